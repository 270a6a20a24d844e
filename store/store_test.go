package store

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kgraph/graph"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(path, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func sampleItem(docID, hash string) Item {
	ev := func(text string) []graph.Evidence {
		return []graph.Evidence{{Doc: docID, Start: 0, End: len(text), Text: text, Date: "2022-03-11", DateSource: "document"}}
	}
	return Item{
		Doc: graph.Document{ID: docID, Title: "t", Date: "2022-03-11", Hash: hash},
		Entities: []graph.Entity{
			{ID: "country/belarus", Name: "Belarus", Type: graph.Country, Aliases: []string{"Belarusian"}},
			{ID: "country/russia", Name: "Russia", Type: graph.Country, Aliases: []string{"Russian"}},
			{ID: "org/csto", Name: "Collective Security Treaty Organization", Type: graph.Org, Aliases: []string{"CSTO"}, Tags: []string{graph.MutualDefence}},
			{ID: "person/vladimir-putin", Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}},
		},
		Mentions: map[string]int{"country/belarus": 3, "country/russia": 2, "org/csto": 1, "person/vladimir-putin": 4},
		Relations: []graph.Relation{
			{Type: graph.AlliedWith, Source: "country/russia", Target: "country/belarus", Date: "2022-03-11", Confidence: 0.8, Evidence: ev("Minsk backs its ally Moscow.")},
			{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.85, Evidence: ev("Belarus is a member of the CSTO.")},
			{Type: graph.LeaderOf, Source: "person/vladimir-putin", Target: "country/russia", Confidence: 0.9, Evidence: ev("Russian President Vladimir Putin")},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	st, err := s.Ingest([]Item{sampleItem("d1", "h1")})
	if err != nil {
		t.Fatal(err)
	}
	if want := (IngestStats{Documents: 1, Entities: 4, Relations: 3, Evidence: 3}); st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	e, err := s.Entity("org/csto")
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Collective Security Treaty Organization" || !e.HasTag(graph.MutualDefence) {
		t.Errorf("entity = %+v", e)
	}
	rels, err := s.Relations(graph.Filter{Entity: "country/belarus"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rels {
		got = append(got, fmt.Sprintf("%s %s %s %d", r.Source, r.Type, r.Target, len(r.Evidence)))
	}
	want := []string{"country/belarus allied-with country/russia 1", "country/belarus member-of org/csto 1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("relations of Belarus = %q, want %q (symmetric edges are stored in id order and found from both ends)", got, want)
	}
	// The allied-with edge (0.8) is less sure than the membership (0.85).
	sure, err := s.Relations(graph.Filter{Entity: "country/belarus", MinConfidence: 0.85})
	if err != nil || len(sure) != 1 || sure[0].Type != graph.MemberOf {
		t.Errorf("relations of Belarus at 0.85 or more = %v, %v; want the membership alone", sure, err)
	}
	if all, _ := s.Relations(graph.Filter{MinConfidence: 0.81}); len(all) != 2 {
		t.Errorf("all relations at 0.81 or more: %d, want 2", len(all))
	}
	for _, name := range []string{"belarusian", "CSTO", "the csto", "country/russia", "PUTIN"} {
		found, err := s.Find(name)
		if err != nil || len(found) != 1 {
			t.Errorf("Find(%q) = %v, %v; want one entity", name, found, err)
		}
	}
	docs, err := s.Documents()
	if err != nil || len(docs) != 1 || docs[0].ID != "d1" || docs[0].Date != "2022-03-11" {
		t.Errorf("Documents = %+v, %v", docs, err)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.Ingest([]Item{sampleItem("d1", "h1")}); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Stats()
	st, err := s.Ingest([]Item{sampleItem("d1-again", "h1")})
	if err != nil {
		t.Fatal(err)
	}
	if st != (IngestStats{Skipped: 1}) {
		t.Errorf("re-ingest stats = %+v, want only one skipped", st)
	}
	after, _ := s.Stats()
	if !reflect.DeepEqual(before, after) {
		t.Errorf("re-ingest changed the store: %+v -> %+v", before, after)
	}
}

func TestSecondDocumentMergesEvidence(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.Ingest([]Item{sampleItem("d1", "h1")}); err != nil {
		t.Fatal(err)
	}
	it := sampleItem("d2", "h2")
	it.Relations[0].Evidence[0].Date = "2022-04-01"
	it.Relations[0].Date = "2022-04-01"
	st, err := s.Ingest([]Item{it})
	if err != nil {
		t.Fatal(err)
	}
	if st.Relations != 0 || st.Evidence != 3 || st.Entities != 0 {
		t.Errorf("stats = %+v, want 0 new relations, 3 new evidence, 0 new entities", st)
	}
	rels, _ := s.Relations(graph.Filter{Types: []graph.RelationType{graph.AlliedWith}})
	if len(rels) != 1 {
		t.Fatalf("allied-with relations = %d, want 1", len(rels))
	}
	r := rels[0]
	if len(r.Evidence) != 2 || r.Date != "2022-03-11" || r.LastDate != "2022-04-01" || r.Confidence < 0.95 {
		t.Errorf("merged relation = %+v, want 2 evidence, dates 2022-03-11..2022-04-01, confidence 1-(0.2*0.2)", r)
	}
	infos, _ := s.Entities(graph.Country)
	if len(infos) != 2 || infos[0].Docs != 2 || infos[0].Mentions != 6 {
		t.Errorf("countries = %+v, want 2 with 2 docs and 6 mentions for Belarus", infos)
	}
}

func TestSurnameJoinsStoredPerson(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.Ingest([]Item{sampleItem("d1", "h1")}); err != nil {
		t.Fatal(err)
	}
	it := Item{
		Doc:       graph.Document{ID: "d2", Hash: "h2"},
		Entities:  []graph.Entity{{ID: "person/putin", Name: "Putin", Type: graph.Person}, {ID: "country/russia", Name: "Russia", Type: graph.Country}},
		Relations: []graph.Relation{{Type: graph.LeaderOf, Source: "person/putin", Target: "country/russia", Confidence: 0.9}},
	}
	if _, err := s.Ingest([]Item{it}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity("person/putin"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("a bare surname made a new person: %v", err)
	}
	rels, _ := s.Relations(graph.Filter{Entity: "person/vladimir-putin", Types: []graph.RelationType{graph.LeaderOf}})
	if len(rels) != 1 || rels[0].Confidence < 0.98 {
		t.Errorf("leader-of relations = %+v, want one merged relation", rels)
	}
}

func TestSurnameJoinsFullNameItsStoryDidNotShorten(t *testing.T) {
	for _, c := range []struct {
		names []string // stored in this order, each in its own document without aliases
		want  int      // persons stored at the end
	}{
		{[]string{"Vladimir Putin", "Putin"}, 1},                  // the one stored Putin
		{[]string{"Barack Obama", "Michelle Obama", "Obama"}, 3},  // two stored Obamas: neither
		{[]string{"Ahmad Shah Massoud", "Ahmad Zia", "Ahmad"}, 3}, // a first name others have
		{[]string{"Ahmad Zia", "Zia"}, 1},
	} {
		s, _ := openTemp(t)
		for i, name := range c.names {
			e := graph.Entity{ID: graph.Person.Slug() + "/" + strings.ToLower(strings.ReplaceAll(name, " ", "-")), Name: name, Type: graph.Person}
			doc := fmt.Sprint("d", i)
			if _, err := s.Ingest([]Item{{Doc: graph.Document{ID: doc, Hash: doc}, Entities: []graph.Entity{e}}}); err != nil {
				t.Fatal(err)
			}
		}
		if people, _ := s.Entities(graph.Person); len(people) != c.want {
			t.Errorf("%q: %d people %+v, want %d", c.names, len(people), people, c.want)
		}
	}
}

func TestSurnameFirstJoinsFullNameLater(t *testing.T) {
	bare := Item{
		Doc: graph.Document{ID: "d1", Hash: "h1"},
		Entities: []graph.Entity{{ID: "person/ahmadinejad", Name: "Ahmadinejad", Type: graph.Person}, {ID: "country/iran", Name: "Iran", Type: graph.Country},
			{ID: "person/george-bush", Name: "George Bush", Type: graph.Person}},
		Relations: []graph.Relation{{Type: graph.LeaderOf, Source: "person/ahmadinejad", Target: "country/iran", Confidence: 0.8},
			{Type: graph.MetWith, Source: "person/ahmadinejad", Target: "person/george-bush", Confidence: 0.8}},
	}
	full := Item{
		Doc: graph.Document{ID: "d2", Hash: "h2"},
		Entities: []graph.Entity{{ID: "person/mahmoud-ahmadinejad", Name: "Mahmoud Ahmadinejad", Type: graph.Person, Aliases: []string{"Ahmadinejad"}},
			{ID: "country/iran", Name: "Iran", Type: graph.Country}, {ID: "person/george-bush", Name: "George Bush", Type: graph.Person}},
		Relations: []graph.Relation{{Type: graph.LeaderOf, Source: "person/mahmoud-ahmadinejad", Target: "country/iran", Confidence: 0.9},
			{Type: graph.MetWith, Source: "person/george-bush", Target: "person/mahmoud-ahmadinejad", Confidence: 0.8}},
	}
	other := Item{ // a full name that does not answer to the surname in its story
		Doc:      graph.Document{ID: "d3", Hash: "h3"},
		Entities: []graph.Entity{{ID: "person/ali-ahmadinejad", Name: "Ali Ahmadinejad", Type: graph.Person}},
	}
	state := func(order ...Item) (graph.Entity, []graph.Relation, []EntityInfo) {
		t.Helper()
		s, _ := openTemp(t)
		for _, it := range order {
			if _, err := s.Ingest([]Item{it}); err != nil {
				t.Fatal(err)
			}
		}
		e, err := s.Entity("person/mahmoud-ahmadinejad")
		if err != nil {
			t.Fatalf("full name not found: %v", err)
		}
		slices.Sort(e.Aliases)
		rels, err := s.Relations(graph.Filter{Types: []graph.RelationType{graph.LeaderOf, graph.MetWith}})
		if err != nil {
			t.Fatal(err)
		}
		for i := range rels {
			rels[i].Evidence = nil
		}
		people, err := s.Entities(graph.Person)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Entity("person/ahmadinejad"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("the bare surname's id still finds an entity: %v", err)
		}
		return e, rels, people
	}
	e1, r1, p1 := state(bare, full, other)
	e2, r2, p2 := state(full, bare, other)
	if !reflect.DeepEqual(e1, e2) || !reflect.DeepEqual(r1, r2) || !reflect.DeepEqual(p1, p2) {
		t.Errorf("the order of ingest changed the graph:\n%+v\n%+v\n%+v\n%+v\n%+v\n%+v", e1, e2, r1, r2, p1, p2)
	}
	want := []string{"person/george-bush met-with person/mahmoud-ahmadinejad", "person/mahmoud-ahmadinejad leader-of country/iran"}
	var got []string
	for _, r := range r1 {
		got = append(got, r.Source+" "+string(r.Type)+" "+r.Target)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("relations = %q, want %q: one edge each, from the full name, a symmetric one's ends in id order", got, want)
	}
	if len(p1) != 3 {
		t.Errorf("people = %+v, want the full name, Ali Ahmadinejad and George Bush", p1)
	}
}

func TestParticleSurnameJoinsFullName(t *testing.T) {
	s, _ := openTemp(t)
	items := []Item{
		{Doc: graph.Document{ID: "d1", Hash: "h1"}, Entities: []graph.Entity{{ID: "person/osama-bin-laden", Name: "Osama bin Laden", Type: graph.Person, Aliases: []string{"Laden"}}}},
		{Doc: graph.Document{ID: "d2", Hash: "h2"}, Entities: []graph.Entity{{ID: "person/bin-laden", Name: "Bin Laden", Type: graph.Person}}},
		{Doc: graph.Document{ID: "d3", Hash: "h3"}, Entities: []graph.Entity{{ID: "person/theo-van-gogh", Name: "Theo van Gogh", Type: graph.Person, Aliases: []string{"Gogh"}}}},
		{Doc: graph.Document{ID: "d4", Hash: "h4"}, Entities: []graph.Entity{{ID: "person/vincent-van-gogh", Name: "Vincent van Gogh", Type: graph.Person, Aliases: []string{"Gogh"}}}},
		{Doc: graph.Document{ID: "d5", Hash: "h5"}, Entities: []graph.Entity{{ID: "person/van-gogh", Name: "Van Gogh", Type: graph.Person}}},
	}
	for _, it := range items {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Entity("person/bin-laden"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("\"Bin Laden\" made a person of its own: %v", err)
	}
	if e, _ := s.Entity("person/osama-bin-laden"); !contains(e.Aliases, "Bin Laden") {
		t.Errorf("Osama bin Laden's aliases %q lack \"Bin Laden\"", e.Aliases)
	}
	if _, err := s.Entity("person/van-gogh"); err != nil {
		t.Errorf("\"Van Gogh\" joined one of two van Goghs: %v", err)
	}

	// the other order: "Bin Laden" stored first takes the full name
	s2, _ := openTemp(t)
	for _, it := range []Item{items[1], items[0]} {
		it.Doc.Hash += "x"
		if _, err := s2.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	if people, _ := s2.Entities(graph.Person); len(people) != 1 || people[0].ID != "person/osama-bin-laden" {
		t.Errorf("people = %+v, want Osama bin Laden alone", people)
	}
}

func TestSharedSurnameJoinsNothing(t *testing.T) {
	for _, names := range [][]string{
		{"Smith", "Lance Smith", "Colin Smith"}, // another Smith is stored
		{"Kim", "Kim Jong Il", "Kim Dae Jung"},  // a name said first
		{"Carlos", "Carlos Alvarez"},            // a first name
	} {
		s, _ := openTemp(t)
		for i, name := range names {
			e := graph.Entity{ID: graph.Person.Slug() + "/" + strings.ToLower(strings.ReplaceAll(name, " ", "-")), Name: name, Type: graph.Person}
			if i == len(names)-1 {
				e.Aliases = []string{names[0]}
			}
			doc := fmt.Sprint("d", i)
			if _, err := s.Ingest([]Item{{Doc: graph.Document{ID: doc, Hash: doc}, Entities: []graph.Entity{e}}}); err != nil {
				t.Fatal(err)
			}
		}
		if people, _ := s.Entities(graph.Person); len(people) != len(names) {
			t.Errorf("%q: people = %+v, want each apart", names, people)
		}
	}
}

func TestRunningTextNameWins(t *testing.T) {
	s, _ := openTemp(t)
	item := func(doc, name string) Item {
		return Item{Doc: graph.Document{ID: doc, Hash: doc}, Entities: []graph.Entity{{ID: "person/abdoulaye-wade", Name: name, Type: graph.Person}}}
	}
	for _, it := range []Item{item("d1", "Abdoulaye WADE"), item("d2", "Abdoulaye Wade"), item("d3", "ABDOULAYE WADE")} {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	e, err := s.Entity("person/abdoulaye-wade")
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Abdoulaye Wade" || !contains(e.Aliases, "Abdoulaye WADE") {
		t.Errorf("entity %q (aliases %q), want the running text's spelling with the shouted one an alias", e.Name, e.Aliases)
	}
}

func TestBadItemChangesNothing(t *testing.T) {
	s, _ := openTemp(t)
	good := sampleItem("d1", "h1")
	bad := sampleItem("d2", "h2")
	bad.Relations = append(bad.Relations, graph.Relation{Type: graph.MetWith, Source: "person/nobody", Target: "country/russia"})
	if _, err := s.Ingest([]Item{good, bad}); err == nil {
		t.Fatal("Ingest accepted a relation to an unlisted entity")
	}
	st, _ := s.Stats()
	if st.Documents != 0 || len(st.Entities) != 0 {
		t.Errorf("a failed batch left data behind: %+v", st)
	}
}

func TestSuggest(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.Ingest([]Item{sampleItem("d1", "h1")}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Suggest("Belarrus", 3)
	if err != nil || len(got) == 0 || got[0].ID != "country/belarus" {
		t.Errorf("Suggest(Belarrus) = %+v, %v", got, err)
	}
}

func TestReadOnly(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "missing.db"), &Options{ReadOnly: true})
	if !errors.Is(err, ErrNoDatabase) {
		t.Errorf("read-only open of a missing file: %v, want ErrNoDatabase", err)
	}
	s, path := openTemp(t)
	s.Close()
	ro, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Ingest([]Item{sampleItem("d", "h")}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write to read-only store: %v, want ErrReadOnly", err)
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(path, []byte("this is not a bbolt file, it is some text long enough to read a header from......"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, nil); !errors.Is(err, ErrSchema) {
		t.Errorf("Open(junk) = %v, want ErrSchema", err)
	}
}

// TestLockTimeout holds the database in a second process and checks that
// Open gives up with ErrLocked instead of hanging.
func TestLockTimeout(t *testing.T) {
	if os.Getenv("KGRAPH_HOLD_DB") != "" {
		return // the child's own run of this test
	}
	s, path := openTemp(t)
	s.Close() // only the child holds the lock
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldLock$")
	cmd.Env = append(os.Environ(), "KGRAPH_HOLD_DB="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	buf := make([]byte, 6)
	if _, err := stdout.Read(buf); err != nil || string(buf) != "locked" {
		t.Fatalf("child did not take the lock: %q, %v", buf, err)
	}
	start := time.Now()
	_, err = Open(path, &Options{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process writes = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open took %s to give up", d)
	}
	_, err = Open(path, &Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("read-only Open while another process writes = %v, want ErrLocked", err)
	}
}

// TestHoldLock is the child process of TestLockTimeout.
func TestHoldLock(t *testing.T) {
	path := os.Getenv("KGRAPH_HOLD_DB")
	if path == "" {
		t.Skip("run by TestLockTimeout")
	}
	s, err := Open(path, &Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fmt.Print("locked")
	time.Sleep(30 * time.Second)
}
