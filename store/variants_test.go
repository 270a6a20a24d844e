package store

import (
	"encoding/binary"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kgraph/kgraph/graph"
)

func TestSameSpelling(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Mahmoud Abbas", "Mahmud Abbas", true},
		{"Viktor Yanukovich", "Viktor Yanukovych", true},
		{"Dmitri Medvedev", "Dmitry Medvedev", true},
		{"Condoleeza Rice", "Condoleezza Rice", true},
		{"Michel Suleiman", "Michel Sulieman", true}, // two letters swapped
		{"Adel Abdul-Mahdi", "Adel Abdul Mehdi", true},
		{"Abdullahi Yusef Ahmed", "Abdullahi Yusuf Ahmad", true}, // two words, each one edit
		{"Kurmanbek BAKIEV", "Kurmanbek Bakiyev", true},
		{"Mahmoud Abbas", "Mahmoud Abbas", false},     // the same name: nothing to join
		{"Robert Miller", "Robert Mueller", false},    // two edits
		{"Kim Jong Il", "Kim Jong Un", false},         // other consonants
		{"Paul Allen", "Paul Alley", false},           // other consonants
		{"George Bush", "George Rush", false},         // another first letter
		{"Zhang Hao", "Zhang Hua", false},             // two edits
		{"Mahdi Karroubi", "Mehdi Karoubi", false},    // no word written alike
		{"Kim Il", "Kim Al", false},                   // no word of four letters alike
		{"Mahmoud Abbas", "Mahmud Abbas Khan", false}, // another number of words
		{"Abbas", "Abas", false},                      // one word could be anyone
		{"Jose Manuel Barroso", "José Manuel Barroso", true},
	} {
		if got := sameSpelling(c.a, c.b); got != c.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := sameSpelling(c.b, c.a); got != c.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

func personItem(doc, id, name string) Item {
	return Item{
		Doc:      graph.Document{ID: doc, Hash: doc},
		Entities: []graph.Entity{{ID: id, Name: name, Type: graph.Person}, {ID: "country/palestine", Name: "Palestine", Type: graph.Country}},
		Relations: []graph.Relation{{Type: graph.LeaderOf, Source: id, Target: "country/palestine", Confidence: 0.9,
			Evidence: []graph.Evidence{{Doc: doc, Start: 0, End: 4, Text: name}}}},
	}
}

func TestSpellingVariantJoinsStoredPerson(t *testing.T) {
	s, _ := openTemp(t)
	for _, it := range []Item{
		personItem("d1", "person/mahmoud-abbas", "Mahmoud Abbas"),
		personItem("d2", "person/mahmud-abbas", "Mahmud Abbas"),
		personItem("d3", "person/robert-miller", "Robert Miller"),
		personItem("d4", "person/robert-mueller", "Robert Mueller"),
	} {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	e, err := s.Entity("person/mahmoud-abbas")
	if err != nil {
		t.Fatal(err)
	}
	if !contains(e.Aliases, "Mahmud Abbas") {
		t.Errorf("aliases %q, want the variant spelling among them", e.Aliases)
	}
	if v, err := s.Entity("person/mahmud-abbas"); err != nil || v.ID != "person/mahmoud-abbas" {
		t.Errorf("the variant's id finds %q (%v), want the joined person", v.ID, err)
	}
	rels, _ := s.Relations(graph.Filter{Entity: "person/mahmoud-abbas", Types: []graph.RelationType{graph.LeaderOf}})
	if len(rels) != 1 || len(rels[0].Evidence) != 2 {
		t.Errorf("leader-of relations = %+v, want one with both quotes", rels)
	}
	if found, _ := s.Find("Mahmud Abbas"); len(found) != 1 || found[0].ID != "person/mahmoud-abbas" {
		t.Errorf("Find(variant) = %+v", found)
	}
	for _, id := range []string{"person/robert-miller", "person/robert-mueller"} {
		if _, err := s.Entity(id); err != nil {
			t.Errorf("%s: %v (two people joined)", id, err)
		}
	}
}

func TestCommonestSpellingNames(t *testing.T) {
	s, _ := openTemp(t)
	for _, it := range []Item{
		personItem("d1", "person/condoleeza-rice", "Condoleeza Rice"),
		personItem("d2", "person/condoleezza-rice", "Condoleezza Rice"),
		personItem("d3", "person/condoleezza-rice", "Condoleezza Rice"),
	} {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	e, err := s.Entity("person/condoleeza-rice")
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Condoleezza Rice" || !contains(e.Aliases, "Condoleeza Rice") || contains(e.Aliases, "Condoleezza Rice") {
		t.Errorf("entity %q (aliases %q), want the commonest spelling as its name and the other an alias", e.Name, e.Aliases)
	}
}

func TestTwoCandidatesJoinNeither(t *testing.T) {
	s, _ := openTemp(t)
	for _, it := range []Item{
		personItem("d1", "person/noordin-mohamad", "Noordin Mohamad"),
		personItem("d2", "person/noordin-mohammed", "Noordin Mohammed"), // two edits from the first: a person of its own
		personItem("d3", "person/noordin-mohammad", "Noordin Mohammad"), // one edit from each
	} {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Entity("person/noordin-mohammad"); err != nil {
		t.Errorf("a name one edit from two stored people joined one of them: %v", err)
	}
}

// TestUpgradeVersion1 opens a file written before the variants bucket
// existed: read-only it reads as it is; for writing it is upgraded, and its
// people are found by their variants.
func TestUpgradeVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest([]Item{personItem("d1", "person/mahmoud-abbas", "Mahmoud Abbas")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Make it a version 1 file.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketVariants); err != nil {
			return err
		}
		v := make([]byte, 4)
		binary.BigEndian.PutUint32(v, 1)
		return tx.Bucket(bucketMeta).Put(keySchema, v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	ro, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a version 1 file: %v", err)
	}
	if _, err := ro.Entity("person/mahmoud-abbas"); err != nil {
		t.Error(err)
	}
	ro.Close()

	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("open for writing of a version 1 file: %v", err)
	}
	defer s.Close()
	if _, err := s.Ingest([]Item{personItem("d2", "person/mahmud-abbas", "Mahmud Abbas")}); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Entity("person/mahmud-abbas"); err != nil || v.ID != "person/mahmoud-abbas" {
		t.Errorf("after the upgrade, the variant's id finds %q (%v), want the stored person", v.ID, err)
	}
}

func TestOrganisationVariants(t *testing.T) {
	s, _ := openTemp(t)
	org := func(doc, id, name, wikidata string) Item {
		return Item{Doc: graph.Document{ID: doc, Hash: doc}, Entities: []graph.Entity{{ID: id, Name: name, Type: graph.Org, Wikidata: wikidata}}}
	}
	for _, it := range []Item{
		org("d1", "org/lashkar-e-taiba", "Lashkar-e-Taiba", ""),
		org("d2", "org/lashkar-e-toiba", "Lashkar-e-Toiba", ""),             // a spelling of the stored one
		org("d3", "org/bhartiya-janata-party", "Bhartiya Janata Party", ""), // stored first, misspelt
		org("d4", "org/bjp", "Bharatiya Janata Party", "Q10230"),            // the gazetteer's: never joined to it
	} {
		if _, err := s.Ingest([]Item{it}); err != nil {
			t.Fatal(err)
		}
	}
	if e, err := s.Entity("org/lashkar-e-toiba"); err != nil || e.ID != "org/lashkar-e-taiba" {
		t.Errorf("Lashkar-e-Toiba is %q (%v), want the stored Lashkar-e-Taiba", e.ID, err)
	}
	if e, err := s.Entity("org/bjp"); err != nil || e.ID != "org/bjp" {
		t.Errorf("the gazetteer's BJP is %q (%v), want an entity of its own", e.ID, err)
	}
}

func FuzzSameSpelling(f *testing.F) {
	for _, s := range [][2]string{{"Mahmoud Abbas", "Mahmud Abbas"}, {"José Manuel Barroso", "Jose Manuel Barroso"},
		{"Kim Jong Il", "Kim Jong Un"}, {"Abdul-Aziz al-Hakim", "Abdel Aziz al-Hakim"}, {"", "x"}, {"É É", "E É"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := sameSpelling(a, b), sameSpelling(b, a)
		if ab != ba {
			t.Fatalf("sameSpelling(%q, %q) = %v but the other way round %v", a, b, ab, ba)
		}
		if sameSpelling(a, a) {
			t.Fatalf("sameSpelling(%q, itself) = true", a)
		}
		// The writer finds candidates by key: two spellings of one name
		// must share it.
		if ab && variantKey(a) != variantKey(b) {
			t.Fatalf("%q and %q are one name but have keys %q and %q", a, b, variantKey(a), variantKey(b))
		}
	})
}
