package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/kgraph/kgraph/extract/postag"
)

// Analyzer splits text into tokens with byte spans, tags them with prose's
// part-of-speech model and groups them into sentences.
//
// prose's tokens carry no offsets and its tokenizer rewrites curly quotes,
// so Analyzer restores each token's span by aligning it with the text. The
// tags come from package postag, which runs prose's own model faster and the
// same way every time; prose's documents also give every repeat of a word in
// a line the tag of its last occurrence, which postag does not. The model is
// decoded once, in NewAnalyzer; an Analyzer is safe for concurrent use.
type Analyzer struct {
	tagger *postag.Tagger
}

// NewAnalyzer loads prose's tagging model. It takes about 0.2 s; build one
// Analyzer and reuse it.
func NewAnalyzer() (*Analyzer, error) {
	t, err := postag.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Analyzer{tagger: t}, nil
}

// Analyze returns the tokens and sentences of text. Every line is tagged on
// its own and a line break always ends a sentence: news text puts headlines,
// captions and datelines on lines of their own, without a full stop.
func (a *Analyzer) Analyze(text string) ([]Token, []Sentence) {
	var toks []Token
	var sents []Sentence
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) != "" {
			first := len(toks)
			toks = a.tagLine(toks, line, off)
			sents = splitSentences(sents, toks, first)
		}
		off = end + 1
	}
	return toks, sents
}

// tagLine appends the tagged tokens of line, which starts at byte off of the
// document.
func (a *Analyzer) tagLine(toks []Token, line string, off int) []Token {
	first := len(toks)
	pos := 0
	for _, pt := range a.proseTokens(line) {
		start, end, ok := align(line, pos, pt.Text)
		if !ok {
			continue // a token prose invented; nothing in the text to point at
		}
		// prose splits the stop off an initial ("J. Cox") and off
		// abbreviations it does not know ("Sept."): glue it back, so that
		// the stop neither ends a sentence nor splits a name.
		if pt.Text == "." && len(toks) > first && toks[len(toks)-1].End == off+start && isAbbrev(toks[len(toks)-1].Text) {
			toks[len(toks)-1].Text = line[toks[len(toks)-1].Start-off : end]
			toks[len(toks)-1].End = off + end
			pos = end
			continue
		}
		if w := line[start:end]; splitStop(w) {
			// prose keeps the stop on short capitalised words as if they
			// were abbreviations ("Aung San Suu Kyi. Officials"): one that
			// is no abbreviation ends its sentence.
			toks = append(toks, Token{Text: w[:len(w)-1], Start: off + start, End: off + end - 1, Tag: pt.Tag},
				Token{Text: ".", Start: off + end - 1, End: off + end, Tag: "."})
			pos = end
			continue
		}
		toks = append(toks, Token{Text: line[start:end], Start: off + start, End: off + end, Tag: pt.Tag})
		pos = end
	}
	return toks
}

// splitStop reports whether a token is a short capitalised word with a full
// stop glued on that is neither an initial nor a known abbreviation: "Kyi.",
// "Lee.", not "Mr.", "Gen." or "U.S.".
func splitStop(w string) bool {
	body, ok := strings.CutSuffix(w, ".")
	if !ok || len(body) < 2 || len(body) > 4 || !isCap(body) || isAbbrev(body) {
		return false
	}
	for i := 0; i < len(body); i++ {
		if !isASCIILetter(body[i]) {
			return false
		}
	}
	return true
}

// isAbbrev reports whether a word followed by a full stop is an initial or a
// known abbreviation.
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if !isCap(w) {
		return w == "etc" || w == "vs" || w == "approx" // lower-case words with a stop end sentences
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	// "Sen. Alan Cranston, D-Calif., chairman of": a party and a state
	// abbreviation.
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && isCap(w[i+1:]) {
		return abbreviations[strings.ToLower(w[i+1:])]
	}
	return false
}

// proseTokens tokenizes one line with prose and tags it. prose's tokenizer
// indexes a lower-cased copy of a word into the word itself, which breaks
// on bytes that are not UTF-8; they are blanked first (one byte for one,
// so offsets hold). Should prose still panic, the line falls back to tokens
// split at spaces: one bad line must not stop an ingest.
func (a *Analyzer) proseTokens(line string) []prose.Token {
	out := proseWords(line)
	words := make([]string, len(out))
	for i, t := range out {
		words[i] = t.Text
	}
	for i, tag := range a.tagger.Tags(words) {
		out[i].Tag = tag
	}
	return out
}

// proseWords is prose's tokenization of line, untagged.
func proseWords(line string) (out []prose.Token) {
	text := loosen(line)
	if !utf8.ValidString(text) {
		b := []byte(text)
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				b[i] = ' '
			}
			i += size
		}
		text = string(b)
	}
	defer func() {
		if recover() != nil {
			out = nil
			for _, w := range strings.Fields(text) {
				out = append(out, prose.Token{Text: w})
			}
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithTagging(false),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil { // prose reports no errors for tokenizing-only documents
		return nil
	}
	return fillGaps(text, doc.Tokens())
}

// fillGaps returns toks with tokens for the text prose dropped. prose's
// tokenizer splits a contraction off a word ("they'll" → "they", "'ll") but
// loses the rest of the word when more follows the contraction: "O'Meara,"
// came out as "O" alone, "Lord's," as "Lord" and "Moody's." as "Moody".
// The lost text is split here the way prose meant to: a possessive "'s" and
// punctuation at either end become tokens of their own. An Irish surname
// ("O'Meara", "O'Sullivan", "O'Reilly") is one token, as prose already
// makes "O'Brien".
func fillGaps(text string, toks []prose.Token) []prose.Token {
	var out []prose.Token
	pos := 0
	for i, t := range toks {
		start, end, ok := align(text, pos, t.Text)
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if strings.TrimSpace(text[pos:start]) != "" {
			if out == nil {
				out = append(make([]prose.Token, 0, len(toks)+4), toks[:i]...)
			}
			out = appendGap(out, text, pos, start)
		}
		if out != nil {
			out = append(out, t)
		}
		pos = end
	}
	if strings.TrimSpace(text[pos:]) != "" {
		if out == nil {
			out = append(make([]prose.Token, 0, len(toks)+4), toks...)
		}
		out = appendGap(out, text, pos, len(text))
	}
	if out == nil {
		return toks
	}
	return out
}

// appendGap appends the tokens of text[from:to], which prose dropped.
func appendGap(out []prose.Token, text string, from, to int) []prose.Token {
	for i := from; i < to; {
		if text[i] == ' ' || text[i] == '\t' || text[i] == '\r' {
			i++
			continue
		}
		j := i
		for j < to && text[j] != ' ' && text[j] != '\t' && text[j] != '\r' {
			j++
		}
		word := text[i:j]
		// "O" + "'Meara": the surname prose cut in two, glued back.
		if n := len(out); n > 0 && i == from && from > 0 && isIrishPrefix(out[n-1].Text) && isApostrophe(word) {
			body, tail := splitClosers(word)
			out[n-1].Text += body
			out = appendClosers(out, tail)
			i = j
			continue
		}
		for len(word) > 0 && strings.ContainsRune(`$("[`, rune(word[0])) && len(word) > 1 {
			out = append(out, prose.Token{Text: word[:1]})
			word = word[1:]
		}
		body, tail := splitClosers(word)
		if lower := strings.ToLower(body); lower != "'s" && strings.HasSuffix(lower, "'s") && len(body) > 2 {
			out = append(out, prose.Token{Text: body[:len(body)-2]})
			body = body[len(body)-2:]
		}
		if body != "" {
			out = append(out, prose.Token{Text: body})
		}
		out = appendClosers(out, tail)
		i = j
	}
	return out
}

// isIrishPrefix reports whether w is the letter before the apostrophe of a
// surname such as "O'Meara" or "D'Souza".
func isIrishPrefix(w string) bool { return w == "O" || w == "D" || w == "L" }

// isApostrophe reports whether w starts with an apostrophe (straight or
// curly) followed by a capital letter.
func isApostrophe(w string) bool {
	for _, q := range []string{"'", "\u2019", "&rsquo;"} {
		if rest, ok := strings.CutPrefix(w, q); ok {
			return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
		}
	}
	return false
}

// splitClosers splits the punctuation prose splits off the end of a word
// from the word.
func splitClosers(w string) (body, tail string) {
	i := len(w)
	for i > 0 && strings.IndexByte(",)\"]!;.?:'", w[i-1]) >= 0 {
		i--
	}
	// "'s" keeps its apostrophe.
	if i == 0 {
		return "", w
	}
	return w[:i], w[i:]
}

// appendClosers appends one token for each byte of tail.
func appendClosers(out []prose.Token, tail string) []prose.Token {
	for k := 0; k < len(tail); k++ {
		out = append(out, prose.Token{Text: tail[k : k+1]})
	}
	return out
}

// align finds tok in s at or after byte i, skipping white space, and returns
// its span. prose replaces curly quotes and "&rsquo;" with ASCII quotes;
// align treats them as equal. If tok is not next in s, align searches ahead
// for it literally.
func align(s string, i int, tok string) (int, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	if end, ok := matchAt(s, i, tok); ok {
		return i, end, true
	}
	if j := strings.Index(s[i:], tok); j >= 0 {
		return i + j, i + j + len(tok), true
	}
	return 0, 0, false
}

func matchAt(s string, i int, tok string) (int, bool) {
	for _, r := range tok {
		if i >= len(s) {
			return 0, false
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == r:
		case r == '"' && (c == '\u201c' || c == '\u201d'):
		case r == '\'' && (c == '\u2018' || c == '\u2019'):
		case r == '\'' && strings.HasPrefix(s[i:], "&rsquo;"):
			size = len("&rsquo;")
		default:
			return 0, false
		}
		i += size
	}
	return i, true
}

// abbreviations end with a full stop that does not end a sentence. prose
// keeps "Mr." and "U.S." whole but splits "Sept." and "Gov." in two.
var abbreviations = map[string]bool{
	"sept": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"cmdr": true, "adm": true, "rep": true, "sen": true, "rev": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "oct": true, "nov": true,
	"dec": true, "st": true, "mt": true, "no": true, "vs": true, "etc": true, "approx": true,
	"corp": true, "inc": true, "ltd": true, "co": true, "jr": true, "sr": true, "prof": true,
	"dept": true, "univ": true, "est": true, "fig": true, "gens": true, "messrs": true,
	"mrs": true, "ms": true, "mr": true, "dr": true, "sens": true, "reps": true, "supt": true,
	"bros": true, "ave": true, "blvd": true, "rd": true, "ft": true, "pt": true, "gov't": true,
	// US state abbreviations in AP style ("Aiken, S.C.", "Boise, Idaho")
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true,
	"md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true,
	"neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true,
	"va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
	// ranks, offices and address words written short
	"maj": true, "cpl": true, "pvt": true, "hon": true, "pres": true, "fr": true, "atty": true,
	"brig": true, "msgr": true, "insp": true, "det": true, "asst": true, "assn": true, "natl": true,
	"intl": true, "bldg": true, "hwy": true, "mtn": true, "dist": true, "twp": true, "ste": true,
}

// sentenceStarters are capitalised words that begin a sentence after an
// abbreviation with a full stop ("... the U.S. The alliance ...").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true,
	"Its": true, "Their": true, "There": true, "However": true, "After": true, "When": true,
	"While": true, "As": true, "If": true, "Some": true, "Many": true, "Meanwhile": true,
}

// splitSentences appends the sentences of toks[first:], which are one line.
func splitSentences(sents []Sentence, toks []Token, first int) []Sentence {
	start := first
	for i := first; i < len(toks); i++ {
		if !endsSentence(toks, i) {
			continue
		}
		// Closing quotes and brackets glued to the full stop belong to this sentence.
		for i+1 < len(toks) && toks[i+1].Start == toks[i].End && isCloser(toks[i+1].Text) {
			i++
		}
		sents = append(sents, Sentence{Start: toks[start].Start, End: toks[i].End, First: start, Last: i + 1})
		start = i + 1
	}
	if start < len(toks) {
		sents = append(sents, Sentence{Start: toks[start].Start, End: toks[len(toks)-1].End, First: start, Last: len(toks)})
	}
	return sents
}

func endsSentence(toks []Token, i int) bool {
	t := toks[i].Text
	if i+1 >= len(toks) {
		return false // the line's end closes the last sentence
	}
	next := toks[i+1]
	for j := i + 1; j < len(toks) && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End; j++ {
		if j+1 < len(toks) {
			next = toks[j+1]
		}
	}
	switch {
	case t == "!" || t == "?":
		return true
	case t == ".":
		return true
	case len(t) > 1 && strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ".."):
		// "U.S." and "Mr." keep their stop; only a clear sentence opener follows a sentence end,
		// or, after an abbreviation that ends a name ("Jr.", "Inc."), a name owning something:
		// "singer Harry Connick Jr. Uruguay's new president ..." ("Mr. Bush's" goes on).
		if sentenceStarters[next.Text] {
			return true
		}
		k := i + 1
		for k < len(toks) && toks[k].Start == toks[k-1].End && isCloser(toks[k].Text) {
			k++
		}
		return nameEndings[t] && k+1 < len(toks) && isCap(toks[k].Text) && isPossessive(toks[k+1].Text) && toks[k+1].Start == toks[k].End
	}
	return false
}

func isCloser(s string) bool {
	return s == `"` || s == "'" || s == ")" || s == "]" || s == "\u201d" || s == "\u2019"
}

// loosen returns line with spaces where words are glued by a full stop or a
// slash that a writer would have spaced: "Ukraine.Kremlin" (a missing space
// after a sentence), "AP/Mikhail", "then-US". Only spaces are added, so the tokens
// prose returns still align with the original line.
func loosen(line string) string {
	glued := func(i int) bool {
		if i == 0 || i+1 >= len(line) {
			return false
		}
		prev, next := line[i-1], line[i+1]
		switch line[i] {
		case '.':
			return prev >= 'a' && prev <= 'z' && next >= 'A' && next <= 'Z'
		case '/':
			return isASCIILetter(prev) && next >= 'A' && next <= 'Z'
		case '-':
			// "then-US President", "ex-Soviet": the country is a name of its own.
			if next < 'A' || next > 'Z' {
				return false
			}
			j := i
			for j > 0 && isASCIILetter(line[j-1]) {
				j--
			}
			switch strings.ToLower(line[j:i]) {
			case "then", "ex":
				return j == 0 || !isASCIILetter(line[j-1])
			}
		}
		return false
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if !glued(i) {
			if b.Len() > 0 {
				b.WriteByte(line[i])
			}
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(line) + 8)
			b.WriteString(line[:i])
		}
		if line[i] == '/' {
			b.WriteString(" / ")
		} else if line[i] == '-' {
			b.WriteString("- ")
		} else {
			b.WriteString(". ")
		}
	}
	if b.Len() == 0 {
		return line
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// nameEndings are abbreviations that end a name rather than start one.
var nameEndings = set("Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Plc.", "L.P.")
