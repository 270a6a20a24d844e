package eval

import (
	"math"
	"strings"
	"testing"
)

const goldLine = `{"id":"d1","text":"Angela Merkel met Putin in Berlin. German troops.","date":null,
"entity_types":["PERSON","ORG","COUNTRY","LOCATION","DATE"],"relation_types":["met-with","citizen-of"],
"entities":[
 {"id":"e1","type":"PERSON","alt_types":[],"name":"Angela Merkel","link":null,"mentions":[[0,13]],"optional_mentions":[]},
 {"id":"e2","type":"PERSON","alt_types":[],"name":"Vladimir Putin","link":null,"mentions":[[18,23]],"optional_mentions":[]},
 {"id":"e3","type":"LOCATION","alt_types":["COUNTRY"],"name":"Berlin","link":null,"mentions":[[27,33]],"optional_mentions":[]},
 {"id":"e4","type":"COUNTRY","alt_types":[],"name":"Germany","link":null,"mentions":[],"optional_mentions":[[35,41]]}],
"relations":[{"type":"met-with","alt_types":[],"source":"e2","target":"e1"},
 {"type":"citizen-of","alt_types":[],"source":"e1","target":"e4"}]}`

func TestScore(t *testing.T) {
	docs, err := ReadGold("gold", strings.NewReader(strings.ReplaceAll(goldLine, "\n", "")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := Prediction{
		Mentions: []Mention{
			{0, 13, "PERSON"},   // right
			{18, 23, "ORG"},     // right span, wrong type
			{27, 33, "COUNTRY"}, // right by alternative type
			{35, 41, "COUNTRY"}, // optional: neither
			{42, 48, "ORG"},     // wrong
		},
		Entities: []Entity{
			{ID: "p1", Name: "Angela Merkel", Mentions: [][2]int{{0, 13}}},
			{ID: "p2", Name: "Putin", Mentions: [][2]int{{18, 23}}},
			{ID: "p3", Name: "Germany"}, // no mention: matched by name
			{ID: "p4", Name: "Nobody"},
		},
		Relations: []Relation{
			{Type: "met-with", Source: "p1", Target: "p2"},   // right, ends swapped: symmetric
			{Type: "citizen-of", Source: "p1", Target: "p3"}, // right, by name
			{Type: "met-with", Source: "p1", Target: "p4"},   // wrong: p4 is no gold entity
			{Type: "leader-of", Source: "p1", Target: "p3"},  // type not annotated, no gold alternative: ignored
		},
	}
	var r Report
	r.Add(&docs[0], p)
	ents := Micro(r.Entities)
	if ents != (Counts{TP: 2, FP: 2, FN: 1}) {
		t.Errorf("entity counts = %+v, want TP 2 FP 2 FN 1", ents)
	}
	if c := *r.Entities["PERSON"]; c != (Counts{TP: 1, FN: 1}) {
		t.Errorf("PERSON counts = %+v", c)
	}
	rels := Micro(r.Relations)
	if rels != (Counts{TP: 2, FP: 1, FN: 0}) {
		t.Errorf("relation counts = %+v, want TP 2 FP 1", rels)
	}
	if pats := Micro(r.Patterns); pats.TP != rels.TP || pats.FP != rels.FP {
		t.Errorf("pattern counts = %+v, want the relations' right and wrong %+v", pats, rels)
	}
	if f := (Counts{TP: 2, FP: 2, FN: 1}).F1(); math.Abs(f-4.0/7) > 1e-9 {
		t.Errorf("F1 = %v", f)
	}
	if (Counts{}).F1() != 0 || (Counts{}).Precision() != 0 {
		t.Error("empty counts must score 0")
	}
}

// TestScoreAlternativesOnce checks that a gold relation predicted under two
// of the types it accepts counts one hit, not two.
func TestScoreAlternativesOnce(t *testing.T) {
	line := `{"id":"d2","text":"Tom Lee of Acme.","date":null,"entity_types":["PERSON","ORG"],"relation_types":["works-for"],` +
		`"entities":[{"id":"e1","type":"PERSON","alt_types":[],"name":"Tom Lee","link":null,"mentions":[[0,7]],"optional_mentions":[]},` +
		`{"id":"e2","type":"ORG","alt_types":[],"name":"Acme","link":null,"mentions":[[11,15]],"optional_mentions":[]}],` +
		`"relations":[{"type":"works-for","alt_types":["member-of","leader-of"],"source":"e1","target":"e2"}]}` + "\n"
	docs, err := ReadGold("gold", strings.NewReader(line))
	if err != nil {
		t.Fatal(err)
	}
	p := Prediction{
		Entities: []Entity{{ID: "p1", Name: "Tom Lee", Mentions: [][2]int{{0, 7}}}, {ID: "p2", Name: "Acme", Mentions: [][2]int{{11, 15}}}},
		Relations: []Relation{
			{Type: "member-of", Source: "p1", Target: "p2"},
			{Type: "works-for", Source: "p1", Target: "p2"},
		},
	}
	var r Report
	r.Add(&docs[0], p)
	if rels := Micro(r.Relations); rels != (Counts{TP: 1}) {
		t.Errorf("relation counts = %+v, want TP 1", rels)
	}
	// The hit counts for the type the gold gives, whichever accepted type
	// found it.
	if got := Types(r.Relations); len(got) != 1 || got[0] != "works-for" {
		t.Errorf("relation types scored = %v, want [works-for]", got)
	}
}

// TestScoreRelationHeads checks that a relation end lands on a gold
// entity whose mention keeps a title in front or a full stop behind, and
// only then.
func TestScoreRelationHeads(t *testing.T) {
	text := "Booth killed President Lincoln in Washington."
	line := `{"id":"d3","text":"` + text + `","date":null,"entity_types":["PERSON","LOCATION"],"relation_types":["killed","located-in"],` +
		`"entities":[{"id":"e1","type":"PERSON","alt_types":[],"name":"Booth","link":null,"mentions":[[0,5]],"optional_mentions":[]},` +
		`{"id":"e2","type":"PERSON","alt_types":[],"name":"President Lincoln","link":null,"mentions":[[13,30]],"optional_mentions":[]},` +
		`{"id":"e3","type":"LOCATION","alt_types":[],"name":"Washington.","link":null,"mentions":[[34,45]],"optional_mentions":[]}],` +
		`"relations":[{"type":"killed","alt_types":[],"source":"e1","target":"e2"}]}` + "\n"
	docs, err := ReadGold("gold", strings.NewReader(line))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		target [2]int
		want   Counts
	}{
		{"name without the title", [2]int{23, 30}, Counts{TP: 1}},
		{"the title alone", [2]int{13, 22}, Counts{FP: 1, FN: 1}},
		{"part of a word", [2]int{26, 30}, Counts{FP: 1, FN: 1}},
	} {
		p := Prediction{
			Entities:  []Entity{{ID: "p1", Name: "Booth", Mentions: [][2]int{{0, 5}}}, {ID: "p2", Name: "x", Mentions: [][2]int{c.target}}},
			Relations: []Relation{{Type: "killed", Source: "p1", Target: "p2"}},
		}
		var r Report
		r.Add(&docs[0], p)
		if got := Micro(r.Relations); got != c.want {
			t.Errorf("%s: relation counts %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	bad := `{"id":"x","text":"abc","entities":[{"id":"e1","type":"PERSON","mentions":[[0,9]]}]}` + "\n" +
		`{"id":"y","text":"abc","entities":[],"relations":[{"type":"met-with","source":"e1","target":"e2"}]}` + "\n" +
		`{broken` + "\n"
	_, err := ReadGold("f.jsonl", strings.NewReader(bad))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"f.jsonl:1: document x: entity e1: span [0,9) is outside the text", "f.jsonl:2: document y: relation", "f.jsonl:3: invalid JSON"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func FuzzParseGold(f *testing.F) {
	f.Add([]byte(strings.ReplaceAll(goldLine, "\n", "")))
	f.Add([]byte(`{"text":"","entities":[{"id":"a","mentions":[[0,0]]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseGold(b)
		if err != nil {
			return
		}
		var r Report
		r.Add(&d, Prediction{Mentions: []Mention{{0, 1, "PERSON"}}})
		for _, e := range d.Entities {
			for _, sp := range e.Mentions {
				_ = d.Text[sp[0]:sp[1]] // ParseGold promised the span is inside
			}
		}
	})
}
