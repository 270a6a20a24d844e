// Package postag tags words with prose's part-of-speech model, compiled
// into flat tables for speed and for output that does not change from run
// to run.
//
// prose ships an averaged perceptron (a port of TextBlob's tagger) whose
// weights are a map of maps. Its predict sums the weights of a word's
// features in Go's random map order and takes the best tag in random map
// order too, so a near-tie can tag a word differently from one run to the
// next, and the map lookups make tagging the slowest stage of kgraph's
// pipeline. Tagger reads the same weights from prose's embedded assets,
// hashes every feature name to a row of (tag, weight) pairs, sums in one
// fixed order and breaks ties by the order of prose's tag list. The tags
// are prose's, except where prose itself could give either of two tags.
package postag

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// Tagger tags tokenized sentences. It is immutable and safe for concurrent
// use.
type Tagger struct {
	classes []string          // prose's tag list, in its order
	words   map[string]string // words prose always tags the same way
	rows    map[uint64]int32  // feature hash → row
	start   []int32           // row r's pairs are [start[r], start[r+1])
	class   []uint8           // pairs: tag index
	weight  []float64         // pairs: weight
}

// asset decodes one gob file of prose's averaged perceptron into v.
func asset(name string, v any) error {
	b, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		return fmt.Errorf("postag: prose asset %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("postag: decode prose asset %s: %w", name, err)
	}
	return nil
}

// Load compiles prose's embedded part-of-speech model. It takes about 0.2 s;
// load one Tagger and share it.
func Load() (*Tagger, error) {
	var classes []string
	var words map[string]string
	var weights map[string]map[string]float64
	if err := asset("classes.gob", &classes); err != nil {
		return nil, err
	}
	if err := asset("tags.gob", &words); err != nil {
		return nil, err
	}
	if err := asset("weights.gob", &weights); err != nil {
		return nil, err
	}
	return compile(classes, words, weights)
}

// compile builds a Tagger from the three parts of a prose model.
func compile(classes []string, words map[string]string, weights map[string]map[string]float64) (*Tagger, error) {
	if len(classes) > 256 {
		return nil, fmt.Errorf("postag: %d tags, at most 256 fit", len(classes))
	}
	index := make(map[string]uint8, len(classes))
	for i, c := range classes {
		index[c] = uint8(i)
	}
	t := &Tagger{classes: classes, words: words, rows: make(map[uint64]int32, len(weights))}
	names := make(map[uint64]string, len(weights))
	for feat := range weights {
		h := hashString(feat)
		if other, dup := names[h]; dup {
			return nil, fmt.Errorf("postag: features %q and %q share a hash", feat, other)
		}
		names[h] = feat
	}
	// Rows in the order of their hashes, pairs in the order of the tag
	// list: the tables do not depend on map order.
	hashes := make([]uint64, 0, len(names))
	for h := range names {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	t.start = make([]int32, 0, len(hashes)+1)
	for _, h := range hashes {
		row := weights[names[h]]
		t.rows[h] = int32(len(t.start))
		t.start = append(t.start, int32(len(t.class)))
		for i, c := range classes {
			if w, ok := row[c]; ok {
				t.class = append(t.class, uint8(i))
				t.weight = append(t.weight, w)
			}
		}
		for c := range row {
			if _, ok := index[c]; !ok {
				return nil, fmt.Errorf("postag: feature %q weighs tag %q, which is not in the tag list", names[h], c)
			}
		}
	}
	t.start = append(t.start, int32(len(t.class)))
	return t, nil
}

// Tags returns the tag of each word of one sentence (or line), as prose's
// tagger would give it for the same tokens.
func (t *Tagger) Tags(words []string) []string {
	tags := make([]string, len(words))
	// context: two start symbols, the normalised words, two end symbols
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	var scores [256]float64
	var seen [256]bool
	for i, w := range words {
		tag, ok := fixedTag(w)
		if !ok {
			tag, ok = t.words[w]
		}
		if !ok {
			tag = t.predict(w, ctx, i+2, p1, p2, &scores, &seen)
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

// predict scores the features of the word at ctx[i] and returns the best
// tag; a tag no feature weighs is no candidate, as in prose.
func (t *Tagger) predict(w string, ctx []string, i int, p1, p2 string, scores *[256]float64, seen *[256]bool) string {
	n := len(t.classes)
	clear(scores[:n])
	clear(seen[:n])
	sum := func(h uint64) {
		r, ok := t.rows[h]
		if !ok {
			return
		}
		for k := t.start[r]; k < t.start[r+1]; k++ {
			c := t.class[k]
			scores[c] += t.weight[k]
			seen[c] = true
		}
	}
	var pref1 string
	if w != "" {
		pref1 = string(rune(w[0])) // prose converts the first byte, not the first rune
	}
	prev, next := ctx[i-1], ctx[i+1]
	sum(hashString("bias"))
	sum(feature("i suffix", suffix3(w)))
	sum(feature("i pref1", pref1))
	sum(feature("i-1 tag", p1))
	sum(feature("i-2 tag", p2))
	sum(feature("i tag+i-2 tag", p1, p2))
	sum(feature("i word", ctx[i]))
	sum(feature("i-1 tag+i word", p1, ctx[i]))
	sum(feature("i-1 word", prev))
	sum(feature("i-1 suffix", suffix3(prev)))
	sum(feature("i-2 word", ctx[i-2]))
	sum(feature("i+1 word", next))
	sum(feature("i+1 suffix", suffix3(next)))
	sum(feature("i+2 word", ctx[i+2]))
	best := -1
	for c := 0; c < n; c++ {
		if seen[c] && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return "" // no feature known: prose returns the empty tag too
	}
	return t.classes[best]
}

// suffix3 is the last three bytes of s, or s.
func suffix3(s string) string { return s[len(s)-min(len(s), 3):] }

// FNV-1a, 64 bits.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

// feature hashes prose's feature name: the template and its values joined
// by spaces, without building the string.
func feature(template string, values ...string) uint64 {
	h := hashString(template)
	for _, v := range values {
		h = (h ^ ' ') * prime64
		for i := 0; i < len(v); i++ {
			h = (h ^ uint64(v[i])) * prime64
		}
	}
	return h
}

// Treebank's empty elements and bracketed tags, which prose tags by form.
var (
	emptyElement = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	bracketTag   = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// emoticons prose's tokenizer keeps whole and tags SYM; the common ones.
var emoticons = map[string]bool{
	":)": true, ":(": true, ":-)": true, ":-(": true, ";)": true, ";-)": true, ":D": true,
	":-D": true, ":P": true, ":-P": true, ":p": true, "<3": true, ":/": true, ":'(": true,
}

// fixedTag is the tag prose gives a word by its form alone, before its
// model: a hyphen, an emoticon, a link or e-mail address, a Treebank empty
// element, a bracketed tag.
func fixedTag(w string) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case emoticons[w]:
		return "SYM", true
	case strings.HasPrefix(w, "@"):
		return "NN", true
	case strings.Contains(w, ".") && (commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w)):
		// both patterns need a full stop; the test skips the regexps for
		// the words that have none
		return "NN", true
	case (w == "0" || strings.HasPrefix(w, "*")) && emptyElement.MatchString(w):
		return "-NONE-", true
	case len(w) == 5 && w[0] == '-' && bracketTag.MatchString(w):
		return w, true
	}
	return "", false
}

// normalize is prose's form of a context word: hyphenated words, years and
// numbers fold to one symbol each, the rest to lower case.
func normalize(w string) string {
	switch {
	case w == "":
		return w
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN"
	case len(w) == 4 && isInt(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isInt reports whether strconv.Atoi accepts s.
func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}
