package graph

import (
	"fmt"
	"strings"
	"testing"
)

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"The U.S.":        "us",
		"U.S.":            "us",
		"Al-Qaeda":        "al qaeda",
		"al  qaeda":       "al qaeda",
		"Côte d'Ivoire":   "côte divoire",
		"  NATO ":         "nato",
		"Theresa May":     "theresa may",
		"the":             "the",
		"Putin\u2019s":    "putins",
		"North-Atlantic ": "north atlantic",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMerge(t *testing.T) {
	r := Relation{Type: AlliedWith, Source: "a", Target: "b", Date: "2022-03-11", Confidence: 0.5,
		Evidence: []Evidence{{Doc: "d1", Start: 0, End: 5}}}
	r.Merge(Relation{Type: AlliedWith, Source: "a", Target: "b", Date: "2021-01", Confidence: 0.5,
		Evidence: []Evidence{{Doc: "d1", Start: 0, End: 5}, {Doc: "d2", Start: 3, End: 9}}})
	if r.Confidence != 0.75 {
		t.Errorf("confidence = %v, want 0.75 (noisy-or)", r.Confidence)
	}
	if r.Date != "2021-01" || r.LastDate != "2022-03-11" {
		t.Errorf("dates = %s..%s, want 2021-01..2022-03-11", r.Date, r.LastDate)
	}
	if len(r.Evidence) != 2 {
		t.Errorf("evidence = %d, want 2 (the same span is kept once)", len(r.Evidence))
	}
}

func TestCanonical(t *testing.T) {
	r := Relation{Type: MetWith, Source: "person/z", Target: "person/a"}.Canonical()
	if r.Source != "person/a" {
		t.Errorf("symmetric relation not put in order: %+v", r)
	}
	d := Relation{Type: LeaderOf, Source: "person/z", Target: "country/a"}.Canonical()
	if d.Source != "person/z" {
		t.Errorf("directed relation reordered: %+v", d)
	}
}

func TestRegistry(t *testing.T) {
	codes := make(map[byte]RelationType)
	for _, d := range Relations.All() {
		if old, dup := codes[d.Code]; dup || d.Code == 0 {
			t.Errorf("%s reuses code %d of %s", d.Type, d.Code, old)
		}
		codes[d.Code] = d.Type
		if len(d.Sources) == 0 || len(d.Targets) == 0 || d.Verb == "" || len(d.Incoming) == 0 || len(d.Cues) == 0 {
			t.Errorf("%s is incomplete", d.Type)
		}
		if d.Symmetric && len(d.Outgoing) > 0 {
			t.Errorf("%s is symmetric but has outgoing phrasings", d.Type)
		}
	}
	for _, name := range []string{"allied-with", "member-of", "met-with", "leader-of", "works-for", "citizen-of",
		"located-in", "based-in", "lives-in", "attacked", "killed", "supports", "aids", "opposes", "sanctions",
		"negotiates-with", "seeks-membership", "founded"} {
		if _, err := Relations.Parse(name); err != nil {
			t.Errorf("registry lacks %s", name)
		}
	}
	if _, err := Relations.Parse("Allied With"); err != nil {
		t.Error(err)
	}
	if _, err := Relations.Parse("friends"); err == nil || !strings.Contains(err.Error(), "allied-with") {
		t.Errorf("unknown relation error %v does not list the known ones", err)
	}
}

func TestParseQuestion(t *testing.T) {
	for _, c := range []struct {
		q      string
		rel    RelationType
		dir    Direction
		entity string
	}{
		{"who is allied with Belarus", AlliedWith, Either, "Belarus"},
		{"Who is allied with Belarus?", AlliedWith, Either, "Belarus"},
		{"who met with Putin", MetWith, Either, "Putin"},
		{"who met Putin", MetWith, Either, "Putin"},
		{"who did Lukashenko meet?", MetWith, Either, "Lukashenko"},
		{"members of NATO", MemberOf, Incoming, "NATO"},
		{"who is a member of the CSTO", MemberOf, Incoming, "the CSTO"},
		{"what is Belarus a member of", MemberOf, Outgoing, "Belarus"},
		{"who leads Russia", LeaderOf, Incoming, "Russia"},
		{"what does Putin lead", LeaderOf, Outgoing, "Putin"},
		{"who works for the Pentagon", WorksFor, Incoming, "the Pentagon"},
		{"who attacked Ukraine", Attacked, Incoming, "Ukraine"},
		{"who wants to join NATO", SeeksMembership, Incoming, "NATO"},
		{"what did Russia sanction", Sanctions, Outgoing, "Russia"},
		{"who are Russia's allies?", AlliedWith, Either, "Russia"},
		{"NATO members", MemberOf, Incoming, "NATO"},
		{"who are the EU's members", MemberOf, Incoming, "the EU"},
		{"who has Israel attacked?", Attacked, Outgoing, "Israel"},
		{"what did Finland join", MemberOf, Outgoing, "Finland"},
		{"  who   is allied   with  North Korea  ", AlliedWith, Either, "North Korea"},
		{"which countries are members of the CSTO?", MemberOf, Incoming, "the CSTO"},
		{"list CSTO members", MemberOf, Incoming, "CSTO"},
		{"what organizations is Belarus a member of", MemberOf, Outgoing, "Belarus"},
		{"who has Putin met with?", MetWith, Either, "Putin"},
		{"Belarus allies", AlliedWith, Either, "Belarus"},
		{"what is Hezbollah allied with?", AlliedWith, Either, "Hezbollah"},
		{"who is the head of the IAEA", LeaderOf, Incoming, "the IAEA"},
		{"who is the prime minister of Iraq", LeaderOf, Incoming, "Iraq"},
		{"who was killed by Oswald", Killed, Outgoing, "Oswald"},
		{"who was attacked by Russia", Attacked, Outgoing, "Russia"},
		{"who is Hezbollah backed by", Supports, Incoming, "Hezbollah"},
		{"who is employed by Gazprom", WorksFor, Incoming, "Gazprom"},
	} {
		t.Run(c.q, func(t *testing.T) {
			q, err := ParseQuestion(c.q)
			if err != nil {
				t.Fatal(err)
			}
			if q.Relation != c.rel || q.Dir != c.dir || q.Entity != c.entity {
				t.Errorf("got %s dir %d entity %q, want %s dir %d entity %q", q.Relation, q.Dir, q.Entity, c.rel, c.dir, c.entity)
			}
		})
	}
	for q, want := range map[string]EntityType{
		"which countries are members of NATO": Country, "what organizations is Belarus a member of": Org,
		"members of NATO": "", "who is allied with Belarus": "", "what is Belarus a member of": "",
	} {
		if got, err := ParseQuestion(q); err != nil || got.Want != want {
			t.Errorf("ParseQuestion(%q).Want = %q (%v), want %q", q, got.Want, err, want)
		}
	}
	for _, c := range []struct {
		q, office string
		holds     map[string]bool
	}{
		{"who is the prime minister of Iraq", "prime minister", map[string]bool{"Prime Minister": true, "former Prime Minister": true, "interim Prime Minister": true, "ex-premier": true, "Deputy Prime Minister": false, "President": false, "": false}},
		{"who is the president of Iraq", "president", map[string]bool{"President": true, "Former President": true, "ousted President": true, "Vice President": false, "Prime Minister": false}},
		{"who is the king of Jordan", "king", map[string]bool{"King": true, "Emperor": true, "Queen": false, "Crown Prince": false}},
		{"who leads Iraq", "", map[string]bool{"President": true, "Vice President": true}},
	} {
		q, err := ParseQuestion(c.q)
		if err != nil || q.Office != c.office {
			t.Errorf("ParseQuestion(%q).Office = %q (%v), want %q", c.q, q.Office, err, c.office)
			continue
		}
		for role, want := range c.holds {
			if got := q.HoldsOffice(role); got != want {
				t.Errorf("%q: HoldsOffice(%q) = %v, want %v", c.q, role, got, want)
			}
		}
	}
	for _, bad := range []string{"", "hello", "who is allied with", "members of ?"} {
		if q, err := ParseQuestion(bad); err == nil {
			t.Errorf("ParseQuestion(%q) = %+v, want an error", bad, q)
		}
	}
}

func TestParsePairQuestion(t *testing.T) {
	for _, c := range []struct {
		q        string
		rel      RelationType
		src, tgt string
	}{
		{"did Russia attack Ukraine?", Attacked, "Russia", "Ukraine"},
		{"Is Belarus allied with Russia", AlliedWith, "Belarus", "Russia"},
		{"when did Vladimir Putin meet Xi Jinping", MetWith, "Vladimir Putin", "Xi Jinping"},
		{"are Belarus and Russia allies", AlliedWith, "Belarus", "Russia"},
		{"is Belarus a member of the CSTO", MemberOf, "Belarus", "the CSTO"},
	} {
		t.Run(c.q, func(t *testing.T) {
			qs, err := ParsePairQuestion(c.q)
			if err != nil {
				t.Fatal(err)
			}
			if q := qs[0]; q.Relation != c.rel || q.Source != c.src || q.Target != c.tgt {
				t.Errorf("got %s %q %q, want %s %q %q", q.Relation, q.Source, q.Target, c.rel, c.src, c.tgt)
			}
		})
	}
	// "is X in Y" reads as membership and as a place: both, for the caller
	qs, err := ParsePairQuestion("is Gomel in Belarus")
	if err != nil || len(qs) < 2 {
		t.Errorf("is Gomel in Belarus: %v, %v; want membership and place readings", qs, err)
	}
	for _, bad := range []string{"", "did Russia attack", "who is allied with Belarus", "did attack Ukraine"} {
		if qs, err := ParsePairQuestion(bad); err == nil {
			t.Errorf("ParsePairQuestion(%q) = %+v, want an error", bad, qs)
		}
	}
}

func FuzzParsePairQuestion(f *testing.F) {
	f.Add("did Russia attack Ukraine")
	f.Add("is %s in %s")
	f.Add("are  and  allied")
	f.Fuzz(func(t *testing.T, s string) {
		qs, err := ParsePairQuestion(s)
		if err != nil {
			return
		}
		for _, q := range qs {
			if strings.TrimSpace(q.Source) == "" || strings.TrimSpace(q.Target) == "" || q.Relation == "" {
				t.Errorf("ParsePairQuestion(%q) = %+v without two entities or a relation", s, q)
			}
			if l := strings.ToLower(strings.Join(strings.Fields(s), " ")); !strings.Contains(l, strings.ToLower(q.Source)) || !strings.Contains(l, strings.ToLower(q.Target)) {
				t.Errorf("entities %q, %q are not in the question %q", q.Source, q.Target, s)
			}
		}
	})
}

func FuzzParseQuestion(f *testing.F) {
	f.Add("who is allied with Belarus")
	f.Add("what is %s a member of")
	f.Add("who did  meet")
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuestion(s)
		if err != nil {
			return
		}
		if strings.TrimSpace(q.Entity) == "" || q.Relation == "" {
			t.Errorf("ParseQuestion(%q) = %+v without an entity or relation", s, q)
		}
		// the question's white space is normalised: "0\f0" is asked as "0 0"
		if !strings.Contains(strings.ToLower(strings.Join(strings.Fields(s), " ")), strings.ToLower(q.Entity)) {
			t.Errorf("entity %q is not in the question %q", q.Entity, s)
		}
	})
}

func TestParseProfileQuestion(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"who is Alexander Lukashenko?", "Alexander Lukashenko"},
		{"Tell me about  NATO", "NATO"},
		{"what is the CSTO", "the CSTO"},
		{"who is", ""},
		{"members of NATO", ""},
	} {
		got, err := ParseProfileQuestion(c.q)
		if got != c.want || (err != nil) != (c.want == "") {
			t.Errorf("ParseProfileQuestion(%q) = %q, %v; want %q", c.q, got, err, c.want)
		}
	}
}

func FuzzParseProfileQuestion(f *testing.F) {
	f.Add("who is Lukashenko")
	f.Add("tell me about ")
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseProfileQuestion(s)
		if err != nil {
			return
		}
		if strings.TrimSpace(e) == "" || !strings.Contains(strings.Join(strings.Fields(s), " "), e) {
			t.Errorf("ParseProfileQuestion(%q) = %q: empty or not in the question", s, e)
		}
	})
}

func ExampleParseQuestion() {
	for _, s := range []string{"who is allied with Belarus", "members of the CSTO", "what is Belarus a member of"} {
		q, _ := ParseQuestion(s)
		fmt.Printf("%s | %s | %d\n", q.Entity, q.Relation, q.Dir)
	}
	// Output:
	// Belarus | allied-with | 0
	// the CSTO | member-of | 1
	// Belarus | member-of | 2
}

func testGraph() *Graph {
	g := New()
	for _, e := range []Entity{
		{ID: "country/armenia", Name: "Armenia", Type: Country},
		{ID: "country/belarus", Name: "Belarus", Type: Country},
		{ID: "country/russia", Name: "Russia", Type: Country},
		{ID: "country/poland", Name: "Poland", Type: Country},
		{ID: "org/csto", Name: "CSTO", Type: Org, Tags: []string{MutualDefence}},
		{ID: "org/eu", Name: "EU", Type: Org},
		{ID: "person/putin", Name: "Vladimir Putin", Type: Person},
	} {
		g.AddEntity(e)
	}
	for _, r := range []Relation{
		{Type: MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.9},
		{Type: MemberOf, Source: "country/russia", Target: "org/csto", Confidence: 0.8},
		{Type: MemberOf, Source: "country/armenia", Target: "org/csto", Confidence: 0.9},
		{Type: MemberOf, Source: "country/poland", Target: "org/eu", Confidence: 0.9},
		{Type: MemberOf, Source: "country/belarus", Target: "org/eu", Confidence: 0.9},
		{Type: AlliedWith, Source: "country/russia", Target: "country/belarus", Confidence: 0.9},
		{Type: LeaderOf, Source: "person/putin", Target: "country/russia", Confidence: 0.9},
	} {
		g.AddRelation(r)
	}
	return g
}

func TestInfer(t *testing.T) {
	var got []string
	for _, r := range Infer(testGraph()) {
		if !r.Inferred || r.Because == "" || len(r.Evidence) != 0 {
			t.Errorf("inferred relation not marked: %+v", r)
		}
		got = append(got, fmt.Sprintf("%s %s %s", r.Source, r.Type, r.Target))
	}
	want := []string{
		"country/armenia allied-with country/belarus",
		"country/armenia allied-with country/russia",
		"person/putin citizen-of country/russia",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("inferred:\n%s\nwant:\n%s\n(stated Belarus-Russia is not repeated; the EU is no mutual-defence alliance)", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInferPastMembers checks that a membership held once makes no ally.
func TestInferPastMembers(t *testing.T) {
	g := testGraph()
	g.AddEntity(Entity{ID: "country/georgia", Name: "Georgia", Type: Country})
	g.AddRelation(Relation{Type: MemberOf, Source: "country/georgia", Target: "org/csto", Role: "former member", Confidence: 0.75})
	for _, r := range Infer(g) {
		if r.Source == "country/georgia" || r.Target == "country/georgia" {
			t.Errorf("inferred from a past membership: %s %s %s", r.Source, r.Type, r.Target)
		}
	}
}

func TestExpand(t *testing.T) {
	g := testGraph()
	sub, err := Expand(g.AsSource(), []string{"country/poland"}, 2, Filter{Types: []RelationType{MemberOf}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range sub.Entities() {
		ids = append(ids, e.ID)
	}
	if got := strings.Join(ids, ","); got != "country/belarus,country/poland,org/eu" {
		t.Errorf("2 hops of member-of from Poland = %s", got)
	}
	if _, err := Expand(g.AsSource(), []string{"nobody"}, 1, Filter{}); err == nil {
		t.Error("Expand of an unknown seed did not fail")
	}
}

func TestShouted(t *testing.T) {
	for name, want := range map[string]int{
		"Angela Merkel": 0, "Abdoulaye WADE": 1, "GRAND RAPIDS": 2, "NATO": 1, "U.S.": 0, "AP": 0, "": 0, "McDONALD": 0,
	} {
		if got := Shouted(name); got != want {
			t.Errorf("Shouted(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestFilterMinConfidence(t *testing.T) {
	r := Relation{Type: MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.7}
	for _, c := range []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{MinConfidence: 0.7}, true},
		{Filter{MinConfidence: 0.71}, false},
		{Filter{Entity: "org/csto", MinConfidence: 0.5}, true},
		{Filter{Types: []RelationType{MemberOf}, MinConfidence: 0.9}, false},
	} {
		if got := c.f.Matches(r); got != c.want {
			t.Errorf("%+v matches a 0.7 relation: %v, want %v", c.f, got, c.want)
		}
	}
}

func TestPastRole(t *testing.T) {
	for _, c := range []struct {
		role string
		want bool
	}{
		{"Former President", true},
		{"late king", true},
		{"ex-premier", true},
		{"then-US President", true},
		{"ousted president", true},
		{"retired Admiral", true},
		{"President", false},
		{"Executive Director", false},
		{"chief executive officer", false},
		{"Deputy Director-General", false},
	} {
		if got := PastRole(c.role); got != c.want {
			t.Errorf("PastRole(%q) = %v, want %v", c.role, got, c.want)
		}
	}
}

func TestCurrentRole(t *testing.T) {
	for _, c := range []struct{ role, want string }{
		{"Former President", "President"},
		{"ousted President", "President"},
		{"ex-premier", "premier"},
		{"then-US President", "US President"},
		{"the late king", "the king"},
		{"Executive Director", "Executive Director"},
		{"", ""},
	} {
		if got := CurrentRole(c.role); got != c.want {
			t.Errorf("CurrentRole(%q) = %q, want %q", c.role, got, c.want)
		}
	}
}
