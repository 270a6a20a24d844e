package extract_test

import (
	"context"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

// FuzzShippedPipeline runs the pipeline kgraph ships, name tagger and pair
// classifier included, over arbitrary text: it must not panic, every
// mention's span must hold its text and lie in its sentence, and every
// relation must join entities of the result.
func FuzzShippedPipeline(f *testing.F) {
	for _, s := range []string{
		"GRAND RAPIDS, Mich. (AP) Atlanta businessman Neil Estes, a native of Chisholm, Minn., told DW.",
		"The National Front denied it. The party's leader, Marine Le Pen (above right), had been CEO of the Australian Securities Exchange.",
		"Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia, and the Munich-based company Siemens held talks with Ukraine.",
		"Sevim Dagdelen, a Left party MP, of the World Bank's research department, worked for the UN – who worked for",
		"\xff, 's the ( ) , of the , a , Vice President",
		// a results table whose line break splits a name: "(Gerard" ends a sentence
		"Vitesse Arnhem 1 (Vierklau 85th) Sparta Rotterdam 1 (Gerard\nde Nooijer 80th).\nHalftime 0-0.\n",
		// a country's possessive that ends the text; a sentence that opens with "After talks"
		"Vladimir Putin said Niger's",
		"After talks with Putin, Xi left. Nicaragua's",
	} {
		f.Add(s)
	}
	p := shippedPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := p.Extract(context.Background(), graph.Document{ID: "fuzz", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v has a bad span in %q", m, text)
			}
			if m.Sent < 0 || m.Sent >= len(r.Sentences) || m.First < r.Sentences[m.Sent].First || m.Last > r.Sentences[m.Sent].Last {
				t.Fatalf("mention %+v runs out of its sentence in %q", m, text)
			}
		}
		ents := make(map[string]bool)
		for _, e := range r.Entities {
			ents[e.ID] = true
		}
		for _, rel := range r.Relations {
			if !ents[rel.Source] || !ents[rel.Target] {
				t.Fatalf("relation %s %s %s joins an entity the result does not list", rel.Source, rel.Type, rel.Target)
			}
		}
	})
}
