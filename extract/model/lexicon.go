package model

import (
	"strings"

	"github.com/kgraph/kgraph/extract"
)

// Capitalisation classes of a word, from how unlabelled text writes it
// inside sentences: a word that is nearly always lower case ("according",
// "practice") is rarely a name even where a headline or a sentence start
// capitalises it.
const (
	capUnseen uint8 = iota
	capAlwaysLower
	capMostlyLower
	capMixed
	capMostlyUpper
	capAlwaysUpper
)

var capClassNames = [...]string{"unseen", "lower", "mostly-lower", "mixed", "mostly-cap", "cap"}

// lexicon maps a lower-case word to its capitalisation class.
type lexicon map[string]uint8

func (l lexicon) class(lower string) uint8 {
	if l == nil {
		return capUnseen
	}
	return l[lower]
}

// LexiconBuilder counts how words are written in running text.
type LexiconBuilder struct {
	counts map[string]*[2]int // lower form -> [lower-case uses, capitalised uses]
}

// NewLexiconBuilder returns an empty builder.
func NewLexiconBuilder() *LexiconBuilder {
	return &LexiconBuilder{counts: make(map[string]*[2]int)}
}

// Add counts the words of a document, skipping each sentence's first word
// and sentences in capitals, where capitalisation says nothing.
func (b *LexiconBuilder) Add(toks []extract.Token, sents []extract.Sentence) {
	for _, s := range sents {
		if isHeadline(toks[s.First:s.Last]) {
			continue
		}
		for i := s.First + 1; i < s.Last; i++ {
			w := toks[i].Text
			if !hasLetter(w) {
				continue
			}
			lw := strings.ToLower(w)
			c := b.counts[lw]
			if c == nil {
				c = new([2]int)
				b.counts[lw] = c
			}
			if isCapital(w) {
				c[1]++
			} else {
				c[0]++
			}
		}
	}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}

// build returns the classes of words seen at least minCount times.
func (b *LexiconBuilder) build(minCount int) lexicon {
	lex := make(lexicon)
	for w, c := range b.counts {
		n := c[0] + c[1]
		if n < minCount {
			continue
		}
		r := float64(c[1]) / float64(n)
		switch {
		case c[1] == 0:
			lex[w] = capAlwaysLower
		case r < 0.3:
			lex[w] = capMostlyLower
		case r < 0.7:
			lex[w] = capMixed
		case c[0] > 0:
			lex[w] = capMostlyUpper
		default:
			lex[w] = capAlwaysUpper
		}
	}
	return lex
}
