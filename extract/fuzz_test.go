package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/kgraph/kgraph/graph"
)

// FuzzExtract runs the whole pipeline over arbitrary text: it must not
// panic, and every span it reports must hold its text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Belarusian President Alexander Lukashenko met Vladimir Putin on March 11.",
		"Minsk has backed its ally Moscow. The CSTO counts Armenia and Kazakhstan as members.",
		"“Quoted” text — with dashes… and the U.S. (USA) in it.\n\nNew paragraph.",
		"Collective Safety Treaty Group (CSTO), led by X Y, and ( ) (A) ((B))",
		"A.B/C.D e/F ... 's 's the the",
		"\xff\xfe invalid UTF-8 \x80",
	} {
		f.Add(s, "2022-03-11")
	}
	p := testPipeline(f)
	f.Fuzz(func(t *testing.T, text, date string) {
		if _, err := ParseDocDate(date); err != nil {
			date = ""
		}
		r, err := p.Extract(context.Background(), graph.Document{ID: "fuzz", Text: text, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v has a bad span in %q", m, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %q splits a character", m.Text)
			}
		}
		for _, rel := range r.Relations {
			if rel.Source == rel.Target {
				t.Fatalf("self relation %+v", rel)
			}
			for _, ev := range rel.Evidence {
				if text[ev.Start:ev.End] != ev.Text {
					t.Fatalf("evidence %+v has a bad span", ev)
				}
			}
		}
	})
}
