package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

func TestRespell(t *testing.T) {
	an, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	r := newRespeller()
	for _, tc := range []struct {
		text string
		want string // the respelled tokens' texts, "|" between
	}{
		{"The ruling social gathering won.", "The|ruling|party|won|."},
		{"The Eu Union, primarily based in Brussels, met.", "The|European|Union|,|based|in|Brussels|,|met|."},
		{"Overseas Minister Ann Lee met Chinese language chief Xi Jinping.", "Foreign|Minister|Ann|Lee|met|Chinese|chief|Xi|Jinping|."},
		{"Ukraine has sought to hitch the bloc.", "Ukraine|has|sought|to|join|the|bloc|."},
		{"Finland grew to become a participant of the alliance.", "Finland|became|a|member|of|the|alliance|."},
		{"The Purple Cross and the Folks's Court docket.", "The|Red|Cross|and|the|People|'s|Court|."},
		{"Crimes in opposition to humanity, within the metropolis, in Might 2023.", "Crimes|against|humanity|,|in|the|metropolis|,|in|May|2023|."},
		{"It is the thirty first participant of the bloc.", "It|is|the|thirty-first|member|of|the|bloc|."},
		{"NATO welcomed Sweden as its thirty second participant.", "NATO|welcomed|Sweden|as|its|thirty-second|member|."},
		{"The Thirty First Congress met.", "The|Thirty-First|Congress|met|."},
		// the plain words, or the tool's words in another sense, stay
		{"The EU Commission, overseas bases, well-being.", "The|EU|Commission|,|overseas|bases|,|well-being|."},
		{"The Chinese language is tonal. The navy fleet sailed.", "The|Chinese|language|is|tonal|.|The|navy|fleet|sailed|."},
		{"Might 5 people come? It might rain.", "Might|5|people|come|?|It|might|rain|."},
	} {
		text := tc.text
		toks, sents := an.Analyze(text)
		got, gotSents := r.respell(toks, sents)
		var words []string
		for _, tk := range got {
			words = append(words, tk.Text)
			if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
				t.Errorf("%q: token %q has bad span [%d,%d)", text, tk.Text, tk.Start, tk.End)
			}
		}
		if s := strings.Join(words, "|"); s != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", text, s, tc.want)
		}
		if n := len(gotSents); n == 0 || gotSents[0].First != 0 || gotSents[n-1].Last != len(got) {
			t.Errorf("%q: sentences %v do not cover the %d tokens", text, gotSents, len(got))
		}
		for i := 1; i < len(gotSents); i++ {
			if gotSents[i].First != gotSents[i-1].Last {
				t.Errorf("%q: sentences %v leave a gap", text, gotSents)
			}
		}
	}
}

func TestRespelledNames(t *testing.T) {
	p := testPipeline(t)
	text := "The Peoples Democratic Social gathering won. The Peoples Democratic Party celebrated."
	r, err := p.Extract(context.Background(), graph.Document{ID: "d", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range r.Entities {
		if e.ID != "org/peoples-democratic-party" {
			continue
		}
		found = true
		if e.Name != "Peoples Democratic Party" || !slices.Contains(e.Aliases, "Peoples Democratic Social gathering") || len(e.Mentions) != 2 {
			t.Errorf("entity %s: name %q, aliases %q, %d mentions; want the plain name, the text's as an alias, both mentions", e.ID, e.Name, e.Aliases, len(e.Mentions))
		}
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not quote the text at [%d,%d)", m.Text, m.Start, m.End)
			}
		}
	}
	if !found {
		t.Errorf("no entity org/peoples-democratic-party in %v", r.Entities)
	}
}
