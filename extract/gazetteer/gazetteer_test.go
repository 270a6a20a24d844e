package gazetteer

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

func TestEmbedded(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, id string
		kind     Kind
		stands   string
	}{
		{"Belarus", "country/belarus", Name, ""},
		{"Belarusian", "country/belarus", Demonym, "country/belarus"},
		{"Republic of Belarus", "country/belarus", Official, ""},
		{"Minsk", "location/minsk", Capital, "country/belarus"},
		{"Kremlin", "org/kremlin", Seat, "country/russia"},
		{"U.S.", "country/united-states", Alias, ""},
		{"NATO", "org/nato", Acronym, ""},
		{"CSTO", "org/csto", Acronym, ""},
		{"OSCE", "org/osce", Acronym, ""},
		{"KGB", "org/kgb", Acronym, ""},
		{"Pentagon", "org/us-department-of-defense", Alias, ""},
		{"Al Qaeda", "org/al-qaeda", Name, ""},
		{"Kiev", "location/kyiv", Capital, "country/ukraine"},
		{"Munich", "location/munich", Name, ""},
		{"München", "location/munich", Alias, ""},
		{"Gomel", "location/gomel", Name, ""},
		{"Bundestag", "org/bundestag", Name, ""},
		{"Dominican", "country/dominican-republic", Demonym, "country/dominican-republic"}, // not Dominica's
		{"Congolese", "country/democratic-republic-of-the-congo", Demonym, "country/democratic-republic-of-the-congo"},
	} {
		es := g.Lookup(graph.NormalizeName(c.name))
		if len(es) == 0 {
			t.Errorf("%s: not found", c.name)
			continue
		}
		if e := es[0]; e.ID != c.id || e.Kind != c.kind || e.StandsFor != c.stands {
			t.Errorf("%s: first entry %+v, want %s %s %s", c.name, e, c.id, c.kind, c.stands)
		}
	}
	for _, id := range []string{"org/nato", "org/csto", "org/warsaw-pact"} {
		if e, ok := g.Entity(id); !ok || !e.HasTag(graph.MutualDefence) {
			t.Errorf("%s is not tagged %s", id, graph.MutualDefence)
		}
	}
	if e, _ := g.Entity("org/european-union"); e.HasTag(graph.MutualDefence) {
		t.Error("the EU is tagged as a mutual-defence alliance")
	}
	if c := g.CountryOf("location/munich"); c != "country/germany" {
		t.Errorf("Munich lies in %q", c)
	}
	if r := g.RegionOf("location/munich"); r != "location/bavaria" {
		t.Errorf("Munich's region is %q", r)
	}
	if n := len(g.Entities()); n < 4000 {
		t.Errorf("only %d entities", n)
	}
}

func TestSynonyms(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]string{
		"Group for Safety and Cooperation in Europe":           "org/osce",
		"Collective Safety Treaty Group":                       "org/csto",
		"North Atlantic Treaty Group":                          "org/nato",
		"Organisation for Security and Co-operation in Europe": "org/osce",
	} {
		es := g.LookupSynonyms(name)
		if len(es) != 1 || es[0].ID != id {
			t.Errorf("LookupSynonyms(%q) = %+v, want %s", name, es, id)
		}
	}
	if es := g.LookupSynonyms("Group for Safety in Europe"); len(es) != 0 {
		t.Errorf("a name with a word missing matched %+v", es)
	}
}

func TestParseErrors(t *testing.T) {
	countries := "id\tname\twikidata\tiso2\tiso3\tofficial\taliases\tdemonyms\tcapital\tcapital_wikidata\tcapital_aliases\tseats\n" +
		"belarus\tBelarus\tQ184\tBY\tBLR\t\t\tBelarusian\tMinsk\t\t\t\n" +
		"short\tShort\n" +
		"belarus\tBelarus again\t\t\t\t\t\t\t\t\t\t\n"
	orgs := "id\tname\twikidata\tkind\tacronyms\taliases\ttags\tcountry\n" +
		"kgb\tKGB\t\tagency\t\t\t\tnowhere\n"
	_, err := Parse(strings.NewReader(countries), strings.NewReader(orgs), nil)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"countries.tsv:3: 2 columns, want 12", `countries.tsv:4: duplicate id "belarus"`, `unknown country "country/nowhere"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Alexander Lukashenko": "alexander-lukashenko",
		"Côte d'Ivoire":        "cote-divoire",
		"Al-Qaeda":             "al-qaeda",
		"U.S.":                 "us",
		"  --  ":               "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("belarus\tBelarus\tQ184\tBY\tBLR\t\t\tBelarusian\tMinsk\t\t\tKremlin", "nato\tNATO\t\talliance\tNATO\t\tmutual-defence\t")
	f.Fuzz(func(t *testing.T, crow, orow string) {
		c := "header\n" + crow + "\n"
		o := "header\n" + orow + "\n"
		g, err := Parse(strings.NewReader(c), strings.NewReader(o), nil)
		if err != nil {
			return
		}
		for _, e := range g.Entities() {
			if e.ID == "" || e.Name == "" {
				t.Errorf("entity without id or name: %+v", e)
			}
		}
	})
}

func TestName(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"country/belarus": "Belarus", "org/nato": "North Atlantic Treaty Organization", "org/no-such-body": "org/no-such-body"} {
		if got := g.Name(id); got != want {
			t.Errorf("Name(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestQualifiedRegion(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ country, name, want string }{
		{"country/united-states", "georgia", "location/georgia-us-state"},
		{"country/germany", "georgia", ""},
		{"country/germany", "frankfurt", ""}, // "Frankfurt (Oder)" is a city: bare Frankfurt stays Frankfurt am Main
	} {
		if got := g.QualifiedRegion(c.country, c.name); got != c.want {
			t.Errorf("QualifiedRegion(%q, %q) = %q, want %q", c.country, c.name, got, c.want)
		}
	}
}
