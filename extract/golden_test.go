package extract_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// TestGolden compares the extraction of every article in testdata with its
// golden JSON. Run `go test ./extract -update` after an intended change and
// review the diff.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("..", "testdata", "*.jsonl"))
	txts, _ := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	inputs = append(inputs, txts...)
	if len(inputs) == 0 {
		t.Fatal("no articles in testdata")
	}
	p := shippedPipeline(t)
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			var out strings.Builder
			for _, d := range readDocs(t, in) {
				d.ID = filepath.ToSlash(strings.TrimPrefix(d.ID, ".."+string(filepath.Separator)))
				r, err := p.Extract(context.Background(), d)
				if err != nil {
					t.Fatal(err)
				}
				b, err := json.MarshalIndent(r, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				out.Write(b)
				out.WriteByte('\n')
			}
			golden := filepath.Join("..", "testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if out.String() != string(want) {
				t.Errorf("extraction of %s differs from %s; run go test ./extract -update and review the diff", in, golden)
			}
		})
	}
}

// TestSeedEdges checks the edges the end-to-end issue requires of the
// seed article, and the ones it must not hold.
func TestSeedEdges(t *testing.T) {
	r := seedResult(t)
	has := func(src string, typ graph.RelationType, tgt string) (graph.Relation, bool) {
		want := graph.Relation{Type: typ, Source: src, Target: tgt}.Canonical()
		for _, rel := range r.Relations {
			if rel.Key() == want.Key() {
				return rel, true
			}
		}
		return graph.Relation{}, false
	}
	for _, c := range []struct {
		src  string
		typ  graph.RelationType
		tgt  string
		date string
	}{
		{"person/alexander-lukashenko", graph.MetWith, "person/vladimir-putin", "2022-03-11"},
		{"country/belarus", graph.AlliedWith, "country/russia", ""},
		{"country/belarus", graph.MemberOf, "org/csto", ""},
		{"country/russia", graph.MemberOf, "org/csto", ""},
		{"country/armenia", graph.MemberOf, "org/csto", ""},
		{"country/kazakhstan", graph.MemberOf, "org/csto", ""},
		{"country/kyrgyzstan", graph.MemberOf, "org/csto", ""},
		{"country/tajikistan", graph.MemberOf, "org/csto", ""},
		{"person/alexander-lukashenko", graph.LeaderOf, "country/belarus", ""},
		{"person/vladimir-putin", graph.LeaderOf, "country/russia", ""},
		{"person/volodymyr-zelensky", graph.LeaderOf, "country/ukraine", ""},
		{"person/joe-biden", graph.LeaderOf, "country/united-states", ""},
		// The relations issue adds these.
		{"country/russia", graph.Attacked, "country/ukraine", "2022-02-24"},
		{"country/belarus", graph.Supports, "country/russia", ""},
		{"country/united-states", graph.Aids, "country/ukraine", ""},
		{"country/russia", graph.NegotiatesWith, "country/ukraine", ""},
		{"location/gomel", graph.LocatedIn, "country/belarus", ""},
		{"person/john-kirby", graph.WorksFor, "org/us-department-of-defense", ""},
		{"country/ukraine", graph.SeeksMembership, "org/nato", ""},
	} {
		t.Run(c.src+" "+string(c.typ)+" "+c.tgt, func(t *testing.T) {
			rel, ok := has(c.src, c.typ, c.tgt)
			if !ok {
				t.Fatal("missing")
			}
			if c.date != "" && rel.Date != c.date {
				t.Errorf("date = %q, want %q", rel.Date, c.date)
			}
			if c.typ == graph.WorksFor && rel.Role != "Press Secretary" {
				t.Errorf("role = %q, want Press Secretary", rel.Role)
			}
			if len(rel.Evidence) == 0 || rel.Evidence[0].Text == "" {
				t.Error("no evidence")
			}
			for _, ev := range rel.Evidence {
				if r.Doc.Text[ev.Start:ev.End] != ev.Text {
					t.Errorf("evidence span [%d,%d) does not hold its quote", ev.Start, ev.End)
				}
			}
		})
	}
	for _, c := range []struct {
		src string
		typ graph.RelationType
		tgt string
	}{
		{"country/ukraine", graph.MemberOf, "org/nato"},
		{"person/alexander-lukashenko", graph.MetWith, "person/joe-biden"},
		{"country/china", graph.AlliedWith, "country/russia"},
		{"person/vladimir-putin", graph.LeaderOf, "country/belarus"},
		// "help to Kyiv, President Joe Biden": the U.S. chief has no home there.
		{"person/joe-biden", graph.LivesIn, "location/kyiv"},
		{"person/joe-biden", graph.LivesIn, "country/ukraine"},
	} {
		if _, ok := has(c.src, c.typ, c.tgt); ok {
			t.Errorf("holds %s %s %s, which the text does not say", c.src, c.typ, c.tgt)
		}
	}
}

// TestMentionSpans checks that every mention of the seed article holds its
// span's text, has an entity and overlaps no other.
func TestMentionSpans(t *testing.T) {
	r := seedResult(t)
	end := -1
	for _, m := range r.Mentions {
		if r.Doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has span [%d,%d) holding %q", m.Text, m.Start, m.End, r.Doc.Text[m.Start:m.End])
		}
		if m.Start < end {
			t.Errorf("mention %q at %d overlaps the previous one", m.Text, m.Start)
		}
		end = m.End
		if m.Entity == "" {
			t.Errorf("mention %q has no entity", m.Text)
		}
	}
}
