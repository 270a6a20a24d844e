package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

func TestCreditLine(t *testing.T) {
	for text, want := range map[string]bool{
		"mz / msh (AP, AFP, dpa)":                         true,
		"dr / hc (AFP, dpa, PTI)":                         true,
		"jlw/kms (Reuters)":                               true,
		"Putin met Lukashenko (AP, AFP, dpa)":             false,
		"The talks (in Minsk) ended.":                     false,
		"ng / rt (AFP, Reuters) and the rest.":            false,
		"Author: Martin Polansky (jc) Editor: Rob Mudge":  true,
		"tkw / AFP / AP / dpa Editor: Jennifer Abramsohn": true,
		"The editor: a hard job.":                         false,
	} {
		toks, _ := testPipeline(t).analyzer.Analyze(text)
		if got := isCreditLine(toks); got != want {
			t.Errorf("isCreditLine(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestIsCompoundModifier(t *testing.T) {
	for w, want := range map[string]bool{
		"Paris-based":        true,
		"US-led":             true,
		"Kremlin-backed":     true,
		"Saint-Germain":      false,
		"Bosnia-Herzegovina": false,
		"Al-Qaeda":           false,
		"Paris":              false,
		"Paris-":             false,
		"-based":             false,
	} {
		if got := isCompoundModifier(w); got != want {
			t.Errorf("isCompoundModifier(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestMergeParticles(t *testing.T) {
	toks := func(s string) []Token {
		var out []Token
		at := 0
		for _, w := range strings.Fields(s) {
			out = append(out, Token{Text: w, Start: at, End: at + len(w)})
			at += len(w) + 1
		}
		return out
	}
	for _, c := range []struct {
		text  string
		sents []Sentence // one sentence of all the words when nil
		in    []Span
		want  []Span
	}{
		{"Osama bin Laden", nil, []Span{{0, 1, graph.Location}, {2, 3, graph.Person}}, []Span{{0, 3, graph.Person}}},
		{"Ursula von der Leyen", nil, []Span{{0, 1, graph.Person}, {3, 4, graph.Person}}, []Span{{0, 4, graph.Person}}},
		{"Rio de Janeiro", nil, []Span{{0, 1, graph.Location}, {2, 3, graph.Person}}, []Span{{0, 1, graph.Location}, {2, 3, graph.Person}}},
		{"Putin and Xi", nil, []Span{{0, 1, graph.Person}, {2, 3, graph.Person}}, []Span{{0, 1, graph.Person}, {2, 3, graph.Person}}},
		{"Osama bin Laden", nil, []Span{{0, 1, graph.Person}, {2, 3, graph.Org}}, []Span{{0, 1, graph.Person}, {2, 3, graph.Org}}},
		// a table's line break: "(Gerard" ends one sentence, "de Nooijer 80th)." starts the next
		{"Gerard de Nooijer", []Sentence{{First: 0, Last: 1}, {First: 1, Last: 3}}, []Span{{0, 1, graph.Person}, {2, 3, graph.Person}},
			[]Span{{0, 1, graph.Person}, {2, 3, graph.Person}}},
		{"Abu Musab al-Zarqawi", nil, []Span{{0, 2, graph.Person}}, []Span{{0, 3, graph.Person}}},
		{"Abu Musab al-Zarqawi", []Sentence{{First: 0, Last: 2}, {First: 2, Last: 3}}, []Span{{0, 2, graph.Person}}, []Span{{0, 2, graph.Person}}},
	} {
		ts := toks(c.text)
		sents := c.sents
		if sents == nil {
			sents = []Sentence{{First: 0, Last: len(ts)}}
		}
		got := mergeParticles(ts, sentenceIndex(len(ts), sents), append([]Span(nil), c.in...))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func TestEmployerAfterTitle(t *testing.T) {
	for _, c := range []struct {
		text  string
		words int // the name is the last words of text
		want  bool
	}{
		{"president of Vision Seattle", 2, true},
		{"an executive of the TreePeople", 1, true},
		{"assistant news director for KIRO", 1, true},
		{"the mayor of Chicago", 1, false},
		{"flew to Chicago", 1, false},
		{"of Chicago", 1, false},
	} {
		var toks []Token
		for _, w := range strings.Fields(c.text) {
			toks = append(toks, Token{Text: w})
		}
		if got := employerAfterTitle(toks, Span{First: len(toks) - c.words, Last: len(toks)}); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func TestNicknames(t *testing.T) {
	for _, c := range []struct{ in, name, alias string }{
		{`Sean "Diddy" Combs`, "Sean Combs", "Diddy Combs"},
		{`John J. "Jack" Sheehan`, "John J. Sheehan", "Jack Sheehan"},
		{"Moussa \u201cDadis\u201d Camara", "Moussa Camara", "Dadis Camara"},
		{"Mahmoud Abbas", "Mahmoud Abbas", ""},
		{`"Diddy"`, `"Diddy"`, ""},
	} {
		if got := personName(c.in); got != c.name {
			t.Errorf("personName(%q) = %q, want %q", c.in, got, c.name)
		}
		if got := nickname(c.in); got != c.alias {
			t.Errorf("nickname(%q) = %q, want %q", c.in, got, c.alias)
		}
	}
}
