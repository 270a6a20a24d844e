package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract"
)

var (
	pipeOnce sync.Once
	pipe     *extract.Pipeline
	pipeErr  error
)

// kg runs the command tree in-process with in-memory streams. The
// extraction pipeline is built once for all tests.
func kg(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = (&Factory{}).Pipeline() })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	var out, errOut bytes.Buffer
	f := &Factory{IO: &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut, Getenv: func(k string) string { return env[k] }}}
	f.pipelineOnce.Do(func() { f.pipeline = pipe })
	code = run(f, args)
	return out.String(), errOut.String(), code
}

var seed = filepath.Join("..", "..", "..", "testdata", "article.jsonl")

// seededDB ingests the seed article into a new database.
func seededDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	out, errOut, code := kg(t, nil, "", "--db", db, "ingest", seed)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "1 document new, 0 documents already stored") {
		t.Fatalf("ingest summary: %q", out)
	}
	return db
}

// ingestedDB returns a database with the documents in content, written
// to a file of the given name, ingested.
func ingestedDB(t *testing.T, name, content string) string {
	t.Helper()
	dir := t.TempDir()
	docs := filepath.Join(dir, name)
	if err := os.WriteFile(docs, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "kg.db")
	if _, errOut, code := kg(t, nil, "", "--db", db, "ingest", docs); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	return db
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	db := seededDB(t)
	before, _, _ := kg(t, nil, "", "--db", db, "stats", "--json")
	out, _, code := kg(t, nil, "", "--db", db, "ingest", seed)
	if code != 0 || !strings.HasPrefix(out, "0 documents new, 1 document already stored; 0 entities, 0 relations") {
		t.Errorf("second ingest: exit %d, %q", code, out)
	}
	after, _, _ := kg(t, nil, "", "--db", db, "stats", "--json")
	if before != after {
		t.Errorf("stats changed: %s -> %s", before, after)
	}
}

func TestQueryAllied(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, nil, "", "--db", db, "query", "who is allied with Belarus", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var ans QueryAnswer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Entity.ID != "country/belarus" || ans.Relation != "allied-with" || len(ans.Results) == 0 {
		t.Fatalf("answer = %+v", ans)
	}
	first := ans.Results[0]
	if first.Entity.ID != "country/russia" || first.Inferred || len(first.Evidence) == 0 {
		t.Errorf("first answer = %+v, want Russia, stated, with evidence", first)
	}
	seen := map[string]bool{}
	for _, r := range ans.Results {
		key := r.Entity.ID
		if seen[key] {
			t.Errorf("%s answered twice (stated and inferred mixed up)", key)
		}
		seen[key] = true
		if r.Inferred && (r.Because == "" || len(r.Evidence) != 0) {
			t.Errorf("inferred answer %+v lacks its explanation or claims evidence", r)
		}
	}
	text, _, _ := kg(t, nil, "", "--db", db, "query", "who", "is", "allied", "with", "belarusian")
	if !strings.Contains(text, "Russia (COUNTRY)  stated") || !strings.Contains(text, "its ally Moscow") {
		t.Errorf("text answer via a demonym:\n%s", text)
	}
}

func TestQueryForms(t *testing.T) {
	db := seededDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "members of the CSTO"}, "Tajikistan (COUNTRY)"},
		{[]string{"query", "who leads Belarus"}, "Alexander Lukashenko (PERSON)  stated (President)"},
		{[]string{"query", "what is Belarus a member of"}, "Collective Security Treaty Organization (ORG)"},
		{[]string{"query", "who met Putin"}, "Alexander Lukashenko (PERSON)"},
		// a time ends the question, or comes with --since and --until: the
		// seed story is of 2022-03-11
		{[]string{"query", "who met Putin in March 2022"}, "Alexander Lukashenko (PERSON)  stated, confidence 0.99, 3 evidence quotes, 2022-03-11"},
		{[]string{"query", "who met Putin before 2022"}, "Who met Putin until 2021?  [met-with: Vladimir Putin, PERSON]\nNo answer in the database."},
		{[]string{"query", "who met Putin", "--since", "2023"}, "No answer in the database."},
		{[]string{"query", "who is allied with Belarus since 2022"}, "Russia (COUNTRY)  stated"},
		{[]string{"query", "did Lukashenko meet Putin in 2022"}, "Yes."},
		{[]string{"query", "did Lukashenko meet Putin in 2021"}, "No evidence in the database that Alexander Lukashenko met-with Vladimir Putin in 2021."},
		{[]string{"query", "who is Lukashenko", "--until", "2021"}, "relations with evidence dated until 2021\nNo relation in the database."},
		{[]string{"query", "--rel", "allied-with", "--entity", "Belarus"}, "Russia (COUNTRY)  stated"},
		{[]string{"query", "--rel", "member-of", "--entity", "CSTO", "--incoming"}, "Armenia (COUNTRY)"},
		{[]string{"query", "who works for the Pentagon"}, "John Kirby (PERSON)  stated (Press Secretary)"},
		// the staff of a body that is no state's are stored as its members
		{[]string{"query", "who works for Sputnik"}, "Mikhail Klimentyev (PERSON)  stated as member-of"},
	} {
		out, errOut, code := kg(t, nil, "", append([]string{"--db", db}, c.args...)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d, want %q in:\n%s%s", c.args, code, c.want, out, errOut)
		}
	}
}

// TestQueryProfile checks a question about one entity as a whole: its
// offices before its meetings, the other end named, members listed as
// the body's incoming relations, and JSON with every relation.
func TestQueryProfile(t *testing.T) {
	db := seededDB(t)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "who is Lukashenko?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lead := strings.Index(out, "Alexander Lukashenko leader-of …\n  Belarus (COUNTRY) (President)")
	met := strings.Index(out, "Alexander Lukashenko met-with …\n  Vladimir Putin (PERSON)")
	if lead < 0 || met < 0 || met < lead {
		t.Errorf("profile of Lukashenko: offices first, then meetings:\n%s", out)
	}
	out, _, code = kg(t, nil, "", "--db", db, "query", "--json", "what is the CSTO")
	var ans ProfileAnswer
	if err := json.Unmarshal([]byte(out), &ans); code != 0 || err != nil {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	members := 0
	for _, r := range ans.Relations {
		if r.Relation == "member-of" && r.Incoming {
			members++
		}
	}
	if ans.Entity.ID != "org/csto" || members != 6 {
		t.Errorf("CSTO profile: entity %s, %d members, want org/csto and 6:\n%s", ans.Entity.ID, members, out)
	}
	if _, _, code := kg(t, nil, "", "--db", db, "query", "who is Nobody"); code != 1 {
		t.Errorf("unknown entity: exit %d, want 1", code)
	}
}

// TestQueryWantedType checks that a question naming the answers' type
// ("which countries") gets only that type, and that a body's members come
// before the people who work in it.
func TestQueryWantedType(t *testing.T) {
	db := ingestedDB(t, "docs.jsonl", `{"id":"a","text":"NATO Secretary-General Jaap de Hoop Scheffer spoke in Brussels. He said Poland and Lithuania are NATO members."}
{"id":"b","text":"NATO Secretary-General Jaap de Hoop Scheffer met reporters in Kabul."}
`)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "which countries are members of NATO")
	if code != 0 || !strings.Contains(out, "Poland (COUNTRY)") || strings.Contains(out, "Scheffer") {
		t.Errorf("which countries: exit %d, want Poland and no person:\n%s%s", code, out, errOut)
	}
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "members of NATO")
	if p, s := strings.Index(out, "Poland (COUNTRY)"), strings.Index(out, "Scheffer (PERSON)"); code != 0 || p < 0 || s < 0 || s < p {
		t.Errorf("members of NATO: exit %d, want Poland before Scheffer:\n%s%s", code, out, errOut)
	}
}

// TestQuerySharedName checks that a name several stored entities share
// asks about the one the database can answer for.
func TestQuerySharedName(t *testing.T) {
	db := ingestedDB(t, "docs.jsonl", `{"id":"a","text":"Lee Harvey Oswald killed President John F. Kennedy in Dallas in 1963."}
{"id":"b","text":"Senator Edward Kennedy met Tony Blair in London. Edward Kennedy later met Gordon Brown. Edward Kennedy spoke."}
`)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "who killed Kennedy")
	if code != 0 || !strings.Contains(out, "[killed: John F. Kennedy, PERSON]") || !strings.Contains(out, "Lee Harvey Oswald (PERSON)") {
		t.Errorf("who killed Kennedy: exit %d:\n%s%s", code, out, errOut)
	}
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "who met Kennedy")
	if code != 0 || !strings.Contains(out, "[met-with: Edward Kennedy, PERSON]") {
		t.Errorf("who met Kennedy: exit %d:\n%s%s", code, out, errOut)
	}
}

// TestQueryFormerLast checks that a leader the stories call former comes
// after the current one, however often quoted.
func TestQueryFormerLast(t *testing.T) {
	db := ingestedDB(t, "docs.jsonl", `{"id":"a","text":"Pakistan's former Prime Minister Benazir Bhutto spoke in Karachi. Pakistan's former Prime Minister Benazir Bhutto later left."}
{"id":"b","text":"Pakistani Prime Minister Shaukat Aziz arrived in New Delhi."}
`)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "who leads Pakistan")
	if a, b := strings.Index(out, "Shaukat Aziz (PERSON)"), strings.Index(out, "Benazir Bhutto (PERSON)"); code != 0 || a < 0 || b < 0 || b < a {
		t.Errorf("who leads Pakistan: exit %d, want Aziz before Bhutto:\n%s%s", code, out, errOut)
	}
}

// TestQueryOffice checks that a question naming an office answers with
// its holders, now or once, and not with the holders of another.
func TestQueryOffice(t *testing.T) {
	db := ingestedDB(t, "docs.jsonl", `{"id":"a","text":"Iraqi President Jalal Talabani met Prime Minister Nouri al-Maliki in Baghdad. Iraq's Vice President Tareq al-Hashimi spoke."}
{"id":"b","text":"Iraq's former Prime Minister Iyad Allawi criticised the government."}
`)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "who is the prime minister of Iraq")
	if code != 0 || !strings.Contains(out, "Nouri al-Maliki (PERSON)") || !strings.Contains(out, "Iyad Allawi (PERSON)") || strings.Contains(out, "Jalal Talabani (PERSON)") || strings.Contains(out, "Tareq al-Hashimi (PERSON)") {
		t.Errorf("who is the prime minister of Iraq: exit %d, want al-Maliki and Allawi alone:\n%s%s", code, out, errOut)
	}
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "who is the president of Iraq")
	if code != 0 || !strings.Contains(out, "Jalal Talabani (PERSON)") || strings.Contains(out, "Nouri al-Maliki (PERSON)") || strings.Contains(out, "Tareq al-Hashimi (PERSON)") {
		t.Errorf("who is the president of Iraq: exit %d, want Talabani alone (no vice president):\n%s%s", code, out, errOut)
	}
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "who leads Iraq")
	if code != 0 || !strings.Contains(out, "Jalal Talabani (PERSON)") || !strings.Contains(out, "Nouri al-Maliki (PERSON)") {
		t.Errorf("who leads Iraq: exit %d, want both offices:\n%s%s", code, out, errOut)
	}
}

// TestQueryPairSharedSurname checks that a question naming someone by a
// surname several stored people share is answered for the one the
// database holds the relation for.
func TestQueryPairSharedSurname(t *testing.T) {
	db := ingestedDB(t, "docs.jsonl", `{"id":"a","text":"Secretary of State Condoleezza Rice met Russian Foreign Minister Sergei Lavrov in Moscow on Friday."}
{"id":"b","text":"U.N. Ambassador Susan Rice spoke to reporters in New York."}
{"id":"c","text":"Rice said the talks would go on. Rice left for Paris."}
`)
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "did Rice meet Lavrov")
	if code != 0 || !strings.Contains(out, "Yes.") || !strings.Contains(out, "Condoleezza Rice met-with Sergei Lavrov") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	// a surname alone finds the person the store names in full
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "who met Lavrov")
	if code != 0 || !strings.Contains(out, "Condoleezza Rice (PERSON)") {
		t.Errorf("who met Lavrov: exit %d:\n%s%s", code, out, errOut)
	}
}

// TestQueryPairFormer checks that a relation the text says held once is
// answered as such, not with a plain yes.
func TestQueryPairFormer(t *testing.T) {
	db := ingestedDB(t, "docs.txt", "Qatar left OPEC in 2019 to focus on liquefied natural gas. Iran and Saudi Arabia are members of OPEC.\n")
	out, errOut, code := kg(t, nil, "", "--db", db, "query", "is Qatar a member of OPEC")
	if code != 0 || strings.Contains(out, "Yes.") || !strings.Contains(out, "Once, no longer") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	out, errOut, code = kg(t, nil, "", "--db", db, "query", "is Iran a member of OPEC")
	if code != 0 || !strings.Contains(out, "Yes.") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	out, _, _ = kg(t, nil, "", "--db", db, "query", "--json", "is Qatar a member of OPEC")
	var ans struct {
		Answer, Former bool
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil || !ans.Answer || !ans.Former {
		t.Errorf("query --json: %v, %+v in:\n%s", err, ans, out)
	}
}

// TestQueryPair checks yes-or-no questions about two entities on the seed
// article: stated, inferred and absent relations.
func TestQueryPair(t *testing.T) {
	db := seededDB(t)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"did Russia attack Ukraine?", []string{"Yes.", "Russia attacked Ukraine: stated", "2022-02-24"}},
		{"is Belarus allied with Russia", []string{"Yes.", "Belarus allied-with Russia: stated"}},
		{"is Armenia allied with Belarus", []string{"Yes.", "inferred", "Armenia member-of Collective Security Treaty Organization: stated"}},
		{"did Lukashenko meet Biden", []string{"No evidence in the database that Alexander Lukashenko met-with Joe Biden."}},
		{"is Ukraine a member of NATO", []string{"No evidence", "It holds: Ukraine seeks-membership North Atlantic Treaty Organization."}},
	} {
		out, errOut, code := kg(t, nil, "", "--db", db, "query", c.q)
		for _, w := range c.want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("%q: exit %d, want %q in:\n%s%s", c.q, code, w, out, errOut)
			}
		}
	}
	out, _, code := kg(t, nil, "", "--db", db, "query", "--json", "did Russia attack Ukraine")
	var ans struct {
		Answer bool `json:"answer"`
		Why    struct {
			Relation struct {
				Evidence []json.RawMessage `json:"evidence"`
			} `json:"relation"`
		} `json:"why"`
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil || code != 0 || !ans.Answer || len(ans.Why.Relation.Evidence) == 0 {
		t.Errorf("query --json: exit %d, %v, %+v in:\n%s", code, err, ans, out)
	}
}

func TestQueryUnknownEntity(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, nil, "", "--db", db, "query", "who is allied with Belarrus")
	if code != 1 || !strings.Contains(out, "did you mean Belarus (COUNTRY)") {
		t.Errorf("exit %d, %q; want exit 1 and a did-you-mean", code, out)
	}
}

func TestListings(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, nil, "", "--db", db, "entities", "--type", "country")
	if code != 0 || !strings.Contains(out, "country/belarus") || strings.Contains(out, "person/") {
		t.Errorf("entities --type country: exit %d\n%s", code, out)
	}
	out, _, _ = kg(t, nil, "", "--db", db, "relations", "--rel", "member-of", "--json")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 6 {
		t.Errorf("relations --rel member-of --json: %d lines", len(lines))
	}
	for _, l := range lines {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil || r["type"] != "member-of" {
			t.Errorf("bad line %q: %v", l, err)
		}
	}
	out, _, _ = kg(t, nil, "", "--db", db, "relations", "--entity", "Belarus", "--inferred")
	if !strings.Contains(out, "inferred") || !strings.Contains(out, "mutual-defence") {
		t.Errorf("relations --inferred shows no inferred edge:\n%s", out)
	}
	plain, _, _ := kg(t, nil, "", "--db", db, "relations", "--entity", "Belarus")
	if strings.Contains(plain, "inferred") {
		t.Errorf("relations without --inferred shows inferred edges:\n%s", plain)
	}
	all, _, _ := kg(t, nil, "", "--db", db, "relations", "--json")
	sure, _, code := kg(t, nil, "", "--db", db, "relations", "--json", "--min-confidence", "0.9")
	nAll, nSure := strings.Count(all, "\n"), strings.Count(sure, "\n")
	if code != 0 || nSure == 0 || nSure >= nAll {
		t.Errorf("relations --min-confidence 0.9: exit %d, %d of %d relations", code, nSure, nAll)
	}
	for _, l := range strings.Split(strings.TrimSpace(sure), "\n") {
		var r struct{ Confidence float64 }
		if json.Unmarshal([]byte(l), &r) != nil || r.Confidence < 0.9 {
			t.Errorf("relations --min-confidence 0.9 printed %s", l)
		}
	}
	out, _, _ = kg(t, nil, "", "--db", db, "query", "--min-confidence", "0.95", "who is allied with Belarus")
	if !strings.Contains(out, "Russia") || strings.Contains(out, "Armenia") {
		t.Errorf("query --min-confidence 0.95 (Russia stated at 1.00; co-members inferred at 0.8 x their memberships):\n%s", out)
	}
	// inferred alliances have no date of their own: a period leaves them out
	out, _, _ = kg(t, nil, "", "--db", db, "query", "who is allied with Belarus in 2022")
	if !strings.Contains(out, "Russia") || strings.Contains(out, "Armenia") {
		t.Errorf("query with a period answers with inferred allies:\n%s", out)
	}
	out, _, code = kg(t, nil, "", "--db", db, "relations", "--json", "--since", "2023")
	if code != 0 || out != "" {
		t.Errorf("relations --since 2023 (the seed story is of 2022): exit %d\n%s", code, out)
	}
	in2022, _, _ := kg(t, nil, "", "--db", db, "relations", "--json", "--since", "March 2022", "--until", "2022")
	if strings.Count(in2022, "\n") != nAll {
		t.Errorf("relations in 2022: %d of %d relations", strings.Count(in2022, "\n"), nAll)
	}
	out, _, code = kg(t, nil, "", "--db", db, "stats")
	if code != 0 || !regexp.MustCompile(`(?m)^documents\s+1$`).MatchString(out) {
		t.Errorf("stats:\n%s", out)
	}
}

func TestExport(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, nil, "", "--db", db, "export", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var g struct {
		Entities  []map[string]any `json:"entities"`
		Relations []struct {
			Type, Source, Target string
			Evidence             []struct{ Doc string }
		} `json:"relations"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range g.Relations {
		if len(r.Evidence) == 0 || r.Evidence[0].Doc != "seed-lukashenko-putin" {
			t.Errorf("relation %+v: evidence does not name its document", r)
		}
		if r.Source == "country/belarus" && r.Type == "allied-with" && r.Target == "country/russia" {
			found = true
		}
	}
	if !found || len(g.Entities) < 30 {
		t.Errorf("export json: %d entities, Belarus allied-with Russia found: %v", len(g.Entities), found)
	}
	out, _, code = kg(t, nil, "", "--db", db, "export", "--format", "json", "--until", "2021")
	if code != 0 || strings.TrimSpace(out) != `{"entities":[],"relations":[]}` {
		t.Errorf("export --until 2021 (the seed story is of 2022): exit %d\n%.300s", code, out)
	}
	out, _, code = kg(t, nil, "", "--db", db, "export", "--entity", "Belarus", "--depth", "1", "--rel", "member-of")
	if code != 0 || !strings.HasPrefix(out, "digraph") || !strings.Contains(out, `"country/belarus" -> "org/csto"`) || strings.Contains(out, "allied-with") {
		t.Errorf("export dot for Belarus, member-of only:\n%s", out)
	}
	out, _, code = kg(t, nil, "", "--db", db, "export", "--format", "graphml", "--inferred")
	var gm struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(out), &gm); code != 0 || err != nil {
		t.Fatalf("export graphml: exit %d, %v\n%.300s", code, err, out)
	}
	stated, inferred := false, false
	for _, e := range gm.Graph.Edges {
		vals := make(map[string]string)
		for _, d := range e.Data {
			vals[d.Key] = d.Value
		}
		if vals["relation"] == "allied-with" && (e.Source == "country/belarus" || e.Target == "country/belarus") {
			if vals["inferred"] == "true" {
				inferred = true
			} else if vals["document"] == "seed-lukashenko-putin" {
				stated = true
			}
		}
	}
	if len(gm.Graph.Nodes) < 30 || !stated || !inferred {
		t.Errorf("export graphml: %d nodes, Belarus's stated alliance with its quote's document %v, an inferred one %v", len(gm.Graph.Nodes), stated, inferred)
	}
	out, _, code = kg(t, nil, "", "--db", db, "export", "--format", "csv", "--entity", "Belarus", "--rel", "member-of")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 || rows[0][0] != "source_id" {
		t.Fatalf("export csv: exit %d, %v\n%.300s", code, err, out)
	}
	for _, r := range rows[1:] {
		if r[3] != "member-of" {
			t.Errorf("export csv --rel member-of wrote a %s row", r[3])
		}
	}
	if r := rows[1]; r[0] != "country/belarus" || r[1] != "Belarus" || r[2] != "COUNTRY" || r[4] != "org/csto" || r[6] != "ORG" {
		t.Errorf("export csv: first row %q, want Belarus member-of the CSTO, both ends named and typed", r)
	}
}

func TestExtractJSONContract(t *testing.T) {
	out, errOut, code := kg(t, nil, "", "extract", "--json", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Doc      struct{ ID, Title, Date string }
		Entities []struct {
			ID, Name, Type string
			Aliases        []string
			Mentions       []struct {
				Start, End int
				Text       string
			}
		}
		Relations []struct {
			Type, Source, Target, Date string
			Confidence                 float64
			Inferred                   *bool
			Evidence                   []struct {
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Doc.ID != "seed-lukashenko-putin" || r.Doc.Date != "2022-03-11" {
		t.Errorf("doc = %+v", r.Doc)
	}
	text := seedText(t)
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("entity %s: mention %q at [%d,%d) is %q in the text", e.ID, m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
	for _, rel := range r.Relations {
		if rel.Inferred == nil || rel.Confidence <= 0 || rel.Confidence > 1 || len(rel.Evidence) == 0 {
			t.Errorf("relation %+v breaks the contract", rel)
		}
	}
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var d struct{ Text string }
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d.Text
}

func TestExtractStdinAndBadInput(t *testing.T) {
	out, _, code := kg(t, nil, "Belarusian President Alexander Lukashenko met Vladimir Putin in Moscow on Friday.", "extract", "--json", "--date", "2022-03-11", "-")
	if code != 0 || !strings.Contains(out, `"id":"stdin"`) || !strings.Contains(out, `"met-with"`) {
		t.Errorf("extract from stdin: exit %d\n%s", code, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"ok","text":"Putin spoke."}`+"\n"+`{"id":"broken","text":`+"\n"), 0o644)
	db := filepath.Join(t.TempDir(), "kg.db")
	out, errOut, code := kg(t, nil, "", "--db", db, "ingest", bad)
	if code != 1 || !strings.Contains(errOut, "bad.jsonl:2: invalid JSON") || !strings.HasPrefix(out, "1 document new") {
		t.Errorf("ingest with a bad line: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	db := seededDB(t)
	for _, args := range [][]string{
		{"--db", db, "entities", "--type", "PLANET"},
		{"--db", db, "query"},
		{"--db", db, "query", "tell me a story"},
		{"--db", db, "export", "--format", "png"},
		{"--db", db, "relations", "--rel", "friends-with"},
		{"--db", db, "relations", "--min-confidence", "1.5"},
		{"--db", db, "export", "--min-confidence", "-0.1"},
		{"--db", db, "relations", "--since", "yesterday"},
		{"--db", db, "export", "--since", "2022", "--until", "2021"},
		{"--db", db, "query", "who met Putin in 2022", "--since", "2022"},
		{"ingest", "--date", "yesterday", seed},
		{"--db", db, "entities", "--bogus"},
	} {
		_, errOut, code := kg(t, nil, "", args...)
		if code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with usage", args, code, errOut)
		}
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, map[string]string{"KGRAPH_DB": db}, "", "stats")
	if code != 0 || !strings.Contains(out, "documents") {
		t.Errorf("KGRAPH_DB ignored: exit %d %s", code, out)
	}
	_, errOut, code := kg(t, nil, "", "--db", filepath.Join(t.TempDir(), "none.db"), "stats")
	if code != 1 || !strings.Contains(errOut, "run `kgraph ingest FILE` first") {
		t.Errorf("missing database: exit %d, %q", code, errOut)
	}
}

func TestEval(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "mini.gold.jsonl")
	line := `{"id":"d1","date":"2022-03-11","text":"Belarusian President Alexander Lukashenko met Vladimir Putin in Moscow on Friday.",` +
		`"entity_types":["PERSON","ORG","COUNTRY","LOCATION","DATE"],"relation_types":["met-with","leader-of"],` +
		`"entities":[{"id":"e1","type":"PERSON","alt_types":[],"name":"Alexander Lukashenko","mentions":[[21,41]],"optional_mentions":[]},` +
		`{"id":"e2","type":"PERSON","alt_types":[],"name":"Vladimir Putin","mentions":[[46,60]],"optional_mentions":[]},` +
		`{"id":"e3","type":"LOCATION","alt_types":["COUNTRY"],"name":"Moscow","mentions":[[64,70]],"optional_mentions":[]},` +
		`{"id":"e4","type":"COUNTRY","alt_types":[],"name":"Belarus","mentions":[],"optional_mentions":[[0,10]]},` +
		`{"id":"e5","type":"DATE","alt_types":[],"name":"Friday","mentions":[[74,80]],"optional_mentions":[]}],` +
		`"relations":[{"type":"met-with","alt_types":[],"source":"e1","target":"e2"},{"type":"leader-of","alt_types":[],"source":"e1","target":"e4"}]}`
	if err := os.WriteFile(gold, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := kg(t, nil, "", "eval", "--json", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep EvalFile
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 1 || rep.Entities["micro"].F1 != 1 || rep.Relations["micro"].F1 != 1 {
		t.Errorf("report = %+v", rep)
	}
	text, _, _ := kg(t, nil, "", "eval", "--errors", "5", gold)
	if !strings.Contains(text, "ENTITY TYPE") || !strings.Contains(text, "micro") {
		t.Errorf("text report:\n%s", text)
	}
	out, _, _ = kg(t, nil, "", "eval", "--json", "--by-pattern", gold)
	rep = EvalFile{}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	right := 0
	for name, c := range rep.Patterns {
		if c.FP != 0 || c.FN != 0 {
			t.Errorf("pattern %s: %+v, want only right answers", name, c)
		}
		right += c.TP
	}
	if right != rep.Relations["micro"].TP {
		t.Errorf("patterns found %d right relations, the types %d: %+v", right, rep.Relations["micro"].TP, rep.Patterns)
	}
	if text, _, _ = kg(t, nil, "", "eval", "--by-pattern", gold); !strings.Contains(text, "PATTERN") {
		t.Errorf("text report has no pattern table:\n%s", text)
	}
	_, errOut, code = kg(t, nil, "", "eval", filepath.Join(t.TempDir(), "missing.jsonl"))
	if code != 1 || !strings.Contains(errOut, "missing.jsonl") {
		t.Errorf("missing gold file: exit %d, %q", code, errOut)
	}
}

func TestWhy(t *testing.T) {
	db := seededDB(t)
	out, _, code := kg(t, nil, "", "--db", db, "why", "Belarus", "allied-with", "Russia")
	if code != 0 || !strings.Contains(out, "stated") || !strings.Contains(out, "its ally Moscow") || !strings.Contains(out, "pattern possessive-ally") {
		t.Errorf("why stated: exit %d\n%s", code, out)
	}
	out, _, code = kg(t, nil, "", "--db", db, "why", "Armenia", "allied-with", "Belarus", "--json")
	var ans WhyAnswer
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || !ans.Relation.Inferred || len(ans.Premises) != 2 {
		t.Errorf("why inferred: exit %d %s", code, out)
	}
	for _, p := range ans.Premises {
		if p.Type != "member-of" || len(p.Evidence) == 0 {
			t.Errorf("premise %+v lacks its evidence", p)
		}
	}
	out, _, code = kg(t, nil, "", "--db", db, "why", "Lukashenko", "met-with", "Biden")
	if code != 1 || !strings.Contains(out, "No evidence") {
		t.Errorf("why unknown: exit %d %s", code, out)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct{ first, last, want string }{
		{"", "", ""},
		{"2022-03-11", "", "2022-03-11"},
		{"", "2022-03-11", "2022-03-11"},
		{"2022-03-11", "2022-03-11", "2022-03-11"},
		{"2022-03-01", "2022-03-11", "2022-03-01..2022-03-11"},
	}
	for _, tt := range tests {
		if got := dateRange(tt.first, tt.last); got != tt.want {
			t.Errorf("dateRange(%q, %q) = %q, want %q", tt.first, tt.last, got, tt.want)
		}
	}
}
