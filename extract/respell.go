package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paraphrasing tools ("article spinners") rewrite news word by word with
// dictionary synonyms, and analysts get much of their text through them:
// "social gathering" for party, "primarily based in" for based in, "Overseas
// Minister" for Foreign Minister, "Chinese language chief" for Chinese
// leader, "sought to hitch" for sought to join. respell gives every stage
// after the analyzer the plain word back: the phrase becomes one token whose
// Text is the plain word and whose span covers what the text wrote, so
// mentions and evidence still quote the text itself.
//
// Only phrases that plain news English does not use in another sense are
// respelled, each where its context says it is the tool's ("Overseas" before
// "Minister", not "overseas bases"); where the plain word means the same
// anyway ("court docket" for court) the phrase is respelled everywhere.

// respelling is one phrase and the word it stands for.
type respelling struct {
	words []string // the phrase, lower case
	to    string   // the plain word, lower case
	tag   int      // which word of the phrase keeps its part-of-speech tag
	// before, when set, must hold the lower-case word after the phrase;
	// after, the one before it.
	before, after map[string]bool
	// month says the phrase is a month's name: capitalised, before a
	// day or a year ("in Might 2023"), after a word of after or a day;
	// lower, that it is written in lower case ("navy help", not "U.S. Navy
	// intelligence"); afterOrdinal, that an ordinal stands before it.
	month, lower, afterOrdinal bool
}

// fits reports whether the phrase of s stands at token i in the context
// s asks for.
func (s respelling) fits(toks []Token, i int) bool {
	n := len(s.words)
	if i+n > len(toks) {
		return false
	}
	for k := 1; k < n; k++ {
		if !strings.EqualFold(toks[i+k].Text, s.words[k]) || toks[i+k].Start == toks[i+k-1].End { // words apart, not "well-being"
			return false
		}
	}
	var prev, next string
	if i > 0 {
		prev = strings.ToLower(toks[i-1].Text)
	}
	if i+n < len(toks) {
		next = strings.ToLower(toks[i+n].Text)
	}
	switch cap := isCap(toks[i].Text); {
	case s.before != nil && !s.before[next], s.after != nil && !s.after[prev] && !(s.month && isNumberTok(prev)):
		return false
	case s.month && (!cap || !isNumberTok(next)), s.lower && cap, s.afterOrdinal && !isOrdinal(prev):
		return false
	case s.before != nil && cap && i > 0 && innerNameWord(toks[i-1].Text):
		return false // "the Witness Protection Ministry": a name of its own
	}
	return true
}

// fieldOffices follow a ministry's field: "Overseas Minister".
var fieldOffices = set("minister", "ministers", "ministry", "ministries", "secretary", "affairs", "office", "department", "service")

var respellings = []respelling{
	{words: []string{"social", "gathering"}, to: "party", tag: 1},
	{words: []string{"social", "gatherings"}, to: "parties", tag: 1},
	{words: []string{"primarily", "based"}, to: "based", tag: 1},
	{words: []string{"court", "docket"}, to: "court", tag: 1},
	{words: []string{"discussion", "board"}, to: "forum", tag: 1},
	{words: []string{"financial", "institution"}, to: "bank", tag: 1},
	{words: []string{"financial", "institutions"}, to: "banks", tag: 1},
	{words: []string{"well", "being"}, to: "health", tag: 1},
	{words: []string{"package", "deal"}, to: "package", tag: 1},
	{words: []string{"restrictive", "measures"}, to: "sanctions", tag: 1},
	{words: []string{"grew", "to", "become"}, to: "became", tag: 0},
	{words: []string{"became", "a", "part", "of"}, to: "joined", tag: 0},
	{words: []string{"become", "a", "part", "of"}, to: "join", tag: 0},
	{words: []string{"be", "a", "part", "of"}, to: "join", tag: 0},
	{words: []string{"hitch"}, to: "join", after: set("to")},
	{words: []string{"affix"}, to: "join", after: set("to")},
	{words: []string{"utilized"}, to: "applied", before: set("for", "to")},
	{words: []string{"utility"}, to: "application", before: set("to", "for")},
	{words: []string{"overseas"}, to: "foreign", before: fieldOffices},
	{words: []string{"protection"}, to: "defence", before: union(fieldOffices, set("forces", "force", "pact", "treaty", "alliance", "agreement"))},
	{words: []string{"inside"}, to: "interior", before: fieldOffices},
	{words: []string{"eu"}, to: "european", before: set("union", "fee", "commission", "parliament", "council")},
	{words: []string{"purple"}, to: "red", before: set("cross", "crescent")},
	{words: []string{"folks"}, to: "people", before: set("'s", "\u2019s")},
	{words: []string{"participant"}, to: "member", before: set("of")},
	{words: []string{"participant"}, to: "member", afterOrdinal: true}, // "welcomed Sweden as its thirty second participant"
	{words: []string{"participants"}, to: "members", before: set("of")},
	{words: []string{"participants"}, to: "members", after: set("whose", "its", "their")},
	{words: []string{"embody"}, to: "include"},
	{words: []string{"embodies"}, to: "includes"},
	{words: []string{"assaulted"}, to: "attacked"},
	{words: []string{"mortgage"}, to: "loan"},
	{words: []string{"in", "opposition", "to"}, to: "against", tag: 2},
	{words: []string{"within"}, to: "in", before: set("the", "a")},
	{words: []string{"the", "place"}, to: "where", tag: 1, after: set(",")},
	{words: []string{"towards"}, to: "against", after: set("war", "warfare", "aggression", "hostility", "hostilities")}, // (an offensive "towards Avdiivka" goes there)
	{words: []string{"each"}, to: "both", before: set("participants", "members"), after: set(",")},
	{words: []string{"workplace"}, to: "office", after: set("took", "take", "takes", "taking", "assumed", "assumes", "left", "leaves")},
	{words: []string{"physique"}, to: "body"},
	{words: []string{"provides"}, to: "supplies", after: set("medical", "humanitarian", "military", "food", "relief", "emergency")},
	{words: []string{"introduced"}, to: "announced", before: set("that", "their", "its", "his", "her", "on")},
	{words: []string{"might"}, to: "may", month: true, after: set("in", "on", "of", "since", "until", "till", "by", "from", "to", "through", "between",
		"during", "before", "after", "early", "late", "mid", "last", "next", "this")}, // (or a day: "5 Might 2023")
	{words: []string{"navy", "assist"}, to: "aid", tag: 1, lower: true},
	{words: []string{"army", "assist"}, to: "aid", tag: 1, lower: true},
	{words: []string{"navy", "help"}, to: "aid", tag: 1, lower: true},
	{words: []string{"army", "help"}, to: "aid", tag: 1, lower: true},
	{words: []string{"navy"}, to: "military", before: set("junta", "offensive", "government", "regime", "rule", "coup"), lower: true},
}

// respeller finds the respellings that start with a word, written small or
// capitalised, so that most tokens are looked up as they are written (no
// lower-casing on the way of every word of every document).
type respeller map[string][]respelling

func newRespeller() respeller {
	r := make(respeller)
	for _, s := range respellings {
		w := s.words[0]
		c := strings.ToUpper(w[:1]) + w[1:]
		r[w] = append(r[w], s)
		r[c] = append(r[c], s)
	}
	return r
}

// respell returns the tokens and sentences with every phrase of the table
// made one token of the plain word (capitalised as the phrase was), and
// "<demonym> language" before a title or a name made the demonym ("Chinese
// language chief Xi Jinping"). toks is left as it was.
func (r respeller) respell(toks []Token, sents []Sentence) ([]Token, []Sentence) {
	var out []Token // nil until the first phrase
	newIndex := make([]int, len(toks)+1)
	for i := 0; i < len(toks); {
		n, t := r.match(toks, i)
		if out == nil && n == 0 {
			newIndex[i] = i
			i++
			continue
		}
		if out == nil {
			out = append(make([]Token, 0, len(toks)), toks[:i]...)
		}
		newIndex[i] = len(out)
		if n == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		out = append(out, t)
		for k := i + 1; k < i+n; k++ {
			newIndex[k] = len(out) - 1
		}
		i += n
	}
	if out == nil {
		return toks, sents
	}
	newIndex[len(toks)] = len(out)
	ns := make([]Sentence, len(sents))
	for i, s := range sents {
		ns[i] = Sentence{Start: s.Start, End: s.End, First: newIndex[s.First], Last: newIndex[s.Last]}
	}
	return out, ns
}

// capitalTens are the tensWords as a title or a headline writes them:
// "Thirty", "THIRTY".
var capitalTens = func() map[string]bool {
	out := make(map[string]bool, 2*len(tensWords))
	for w := range tensWords {
		out[strings.ToUpper(w[:1])+w[1:]] = true
		out[strings.ToUpper(w)] = true
	}
	return out
}()

// match returns how many tokens from i a respelling covers and the token
// that stands for them, or 0.
func (r respeller) match(toks []Token, i int) (int, Token) {
	if n, ok := demonymLanguage(toks, i); ok {
		return n, Token{Text: toks[i].Text, Start: toks[i].Start, End: toks[i+1].End, Tag: toks[i].Tag}
	}
	if w := toks[i].Text; (tensWords[w] || capitalTens[w]) && i+1 < len(toks) && toks[i+1].Start > toks[i].End &&
		isOrdinal(strings.ToLower(toks[i+1].Text)) {
		// "the thirty first participant", "its Thirty First Congress": one
		// ordinal, as "thirty-first" (no word is lower-cased unless the
		// tens word matches)
		return 2, Token{Text: toks[i].Text + "-" + toks[i+1].Text, Start: toks[i].Start, End: toks[i+1].End, Tag: toks[i+1].Tag}
	}
	for _, s := range r[toks[i].Text] { // ("EU", the acronym, is no key: "Eu" is the tool's)
		if !s.fits(toks, i) {
			continue
		}
		n := len(s.words)
		text := s.to
		if c, _ := utf8.DecodeRuneInString(toks[i].Text); unicode.IsUpper(c) {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
		return n, Token{Text: text, Start: toks[i].Start, End: toks[i+n-1].End, Tag: toks[i+s.tag].Tag}
	}
	return 0, Token{}
}

// innerNameWord reports whether w would make a capitalised word after it
// part of a longer name: a capitalised word that is no demonym-like
// adjective ("Witness Protection Ministry"; not "Fijian Overseas Minister").
func innerNameWord(w string) bool {
	if !isCap(w) || !isWord(w) || nameConnectors[strings.ToLower(w)] || w == "A" || w == "An" {
		return false // ("The Eu Union": an article opening the sentence)
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// demonymLanguage reports whether tokens i, i+1 are a demonym in -ese and
// "language" before a title: "Chinese language chief Xi Jinping", "the
// Japanese language Prime Minister" (a tool's word for the nationality;
// "the Chinese language is tonal" and "Portuguese language TV Globo" keep
// their language).
func demonymLanguage(toks []Token, i int) (int, bool) {
	if i+2 >= len(toks) || !strings.HasSuffix(toks[i].Text, "ese") || !isCap(toks[i].Text) || toks[i+1].Text != "language" {
		return 0, false
	}
	next := strings.ToLower(toks[i+2].Text)
	if titleWords[next] || portfolios[next] || next == "overseas" || next == "protection" || next == "inside" {
		return 2, true
	}
	return 0, false
}
