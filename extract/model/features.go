package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract"
)

// Feature templates. A feature is the FNV-1a hash of its template byte and
// its strings; hashing keeps the model a flat table with no string keys.
// Never renumber a template: the committed weights depend on the numbers.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fLongShape
	fPrefix
	fSuffix
	fPOS
	fPOSPrev
	fPOSNext
	fLowerPrev
	fLowerPrev2
	fLowerNext
	fLowerNext2
	fShapePrev
	fShapeNext
	fBigramPrev
	fBigramNext
	fGaz
	fGazPrev
	fGazNext
	fFirst
	fHeadline
	fCapElsewhere
	fPrevTitle
	fLabelPrev
	fLabelPrev2
	fLabelPrevWord
	fHistory
	fSurname
	fLowerCap
	fQuote
	fCapClass
	fCapClassPrev
	fCapClassNext
	fCluster
	fClusterPrev
	fClusterNext
	fTabular
	fEmbed
	fEmbedPrev
	fEmbedNext
)

type hash uint64

const (
	offset64 hash = 14695981039346656037
	prime64  hash = 1099511628211
)

func start(tpl byte) hash { return (offset64 ^ hash(tpl)) * prime64 }

func (h hash) str(s string) hash {
	for i := 0; i < len(s); i++ {
		h = (h ^ hash(s[i])) * prime64
	}
	return (h ^ 0xff) * prime64 // separator: ("ab","c") differs from ("a","bc")
}

// docFeatures holds the features of a document that do not depend on the
// tagger's own predictions, computed once.
type docFeatures struct {
	static  [][]hash // per token
	lower   []string // per token: lower-case form
	words   []string
	tabular []bool // per token: its sentence is a line of a table
}

// shape maps letters to X/x, digits to d and keeps other characters:
// "Lukashenko" gives "Xxxxxxxxxx"; short collapses runs: "Xx".
func shape(s string) (long, short string) {
	var lb, sb strings.Builder
	var last rune = -1
	n := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if n < 8 {
			lb.WriteRune(c)
		}
		n++
		if c != last {
			sb.WriteRune(c)
			last = c
		}
	}
	return lb.String(), sb.String()
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// titleLike are words that stand before a name as a title or role.
var titleLike = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "gen": true, "gen.": true,
	"general": true, "senator": true, "sen.": true, "king": true, "queen": true, "prince": true, "pope": true,
	"spokesman": true, "spokeswoman": true, "leader": true, "chief": true, "premier": true, "governor": true,
	"ambassador": true, "envoy": true, "commander": true, "coach": true, "judge": true, "rep.": true,
	"lt.": true, "col.": true, "sgt.": true, "capt.": true, "adm.": true, "gov.": true, "counterpart": true,
	"minister-president": true, "secretary-general": true, "chairman": true, "director": true,
}

// wordInfo is what the model knows of words from unlabelled text.
type wordInfo struct {
	lex      lexicon
	clusters []map[string]uint16 // word classes at several granularities, coarse to fine
	// embed holds the classes of lower-case words under clusterings of
	// word vectors (ClusterVectors), one per granularity.
	embed map[string][]uint16
}

// embedClass returns a word's class under embedding clustering g, given
// its classes (nil: none), or "-".
func embedClass(classes []uint16, g int) string {
	if g < len(classes) {
		return strconv.Itoa(int(classes[g]))
	}
	return "-"
}

// embedLevels returns how many embedding clusterings the model has.
func (wi *wordInfo) embedLevels() int {
	for _, c := range wi.embed {
		return len(c)
	}
	return 0
}

func (wi *wordInfo) cluster(k int, w string) string {
	if c, ok := wi.clusters[k][w]; ok {
		return strconv.Itoa(int(c))
	}
	return "-"
}

// extractFeatures computes the static features of every token of a
// document.
func extractFeatures(in *extract.TagInput, wi *wordInfo) *docFeatures {
	lex := wi.lex
	toks := in.Tokens
	n := len(toks)
	d := &docFeatures{static: make([][]hash, n), lower: make([]string, n), words: make([]string, n), tabular: make([]bool, n)}
	shapes := make([]string, n)
	longs := make([]string, n)
	capMid := make(map[string]bool) // lower forms written capitalised inside a sentence
	for _, s := range in.Sentences {
		headline := isHeadline(toks[s.First:s.Last])
		for i := s.First; i < s.Last; i++ {
			w := toks[i].Text
			d.words[i] = w
			d.lower[i] = strings.ToLower(w)
			longs[i], shapes[i] = shape(w)
			if i > s.First && !headline && isCapital(w) {
				capMid[d.lower[i]] = true
			}
		}
	}
	// Every token's class names, once: its neighbours' features read them
	// too. clus[k][i] is token i's class under exchange clustering k,
	// embs[g][i] under embedding clustering g.
	clus := make([][]string, len(wi.clusters))
	for k := range clus {
		clus[k] = make([]string, n)
		for i, w := range d.words {
			clus[k][i] = wi.cluster(k, w)
		}
	}
	levels := wi.embedLevels()
	embs := make([][]string, levels)
	for g := range embs {
		embs[g] = make([]string, n)
	}
	for i, lw := range d.lower {
		cs := wi.embed[lw]
		for g := range embs {
			embs[g][i] = embedClass(cs, g)
		}
	}
	// neighbour returns names[i+delta] within the sentence, else edge.
	neighbour := func(names []string, s extract.Sentence, i, delta int, edge string) string {
		if j := i + delta; j >= s.First && j < s.Last {
			return names[j]
		}
		return edge
	}
	for _, s := range in.Sentences {
		headline := isHeadline(toks[s.First:s.Last])
		tabular := extract.IsTabular(toks[s.First:s.Last])
		get := func(arr []string, i int, edge string) string {
			if i < s.First {
				return "<s>" + edge
			}
			if i >= s.Last {
				return "</s>" + edge
			}
			return arr[i]
		}
		pos := func(i int) string {
			if i < s.First || i >= s.Last {
				return "-"
			}
			return toks[i].Tag
		}
		capc := func(i int) string {
			if i < s.First || i >= s.Last {
				return "-"
			}
			return capClassNames[lex.class(d.lower[i])]
		}
		gaz := func(i int) string {
			if i < s.First || i >= s.Last || in.Gazetteer == nil {
				return ""
			}
			return in.Gazetteer[i]
		}
		for i := s.First; i < s.Last; i++ {
			w, lw := d.words[i], d.lower[i]
			fs := make([]hash, 0, 64) // about 50 with every clustering
			fs = append(fs,
				start(fBias),
				start(fWord).str(w),
				start(fLower).str(lw),
				start(fShape).str(shapes[i]),
				start(fLongShape).str(longs[i]),
				start(fPOS).str(toks[i].Tag),
				start(fPOSPrev).str(pos(i-1)).str(toks[i].Tag),
				start(fPOSNext).str(toks[i].Tag).str(pos(i+1)),
				start(fLowerPrev).str(get(d.lower, i-1, "")),
				start(fLowerPrev2).str(get(d.lower, i-2, "2")),
				start(fLowerNext).str(get(d.lower, i+1, "")),
				start(fLowerNext2).str(get(d.lower, i+2, "2")),
				start(fShapePrev).str(get(shapes, i-1, "")).str(shapes[i]),
				start(fShapeNext).str(shapes[i]).str(get(shapes, i+1, "")),
				start(fBigramPrev).str(get(d.lower, i-1, "")).str(lw),
				start(fBigramNext).str(lw).str(get(d.lower, i+1, "")),
				start(fGaz).str(gaz(i)),
				start(fGazPrev).str(gaz(i-1)).str(gaz(i)),
				start(fGazNext).str(gaz(i)).str(gaz(i+1)),
				start(fCapClass).str(capc(i)).str(shapes[i]),
				start(fCapClassPrev).str(capc(i-1)).str(capc(i)),
				start(fCapClassNext).str(capc(i)).str(capc(i+1)),
			)
			for k := range clus {
				fs = append(fs, start(fCluster).str(string(rune('0'+k))).str(clus[k][i])) // one feature family per granularity
			}
			if len(clus) > 0 {
				c := clus[len(clus)/2]
				fs = append(fs, start(fClusterPrev).str(neighbour(c, s, i, -1, "<s>")).str(c[i]),
					start(fClusterNext).str(c[i]).str(neighbour(c, s, i, 1, "</s>")))
			}
			for g, c := range embs {
				// The word's class at every granularity, its neighbours'
				// classes, and at the middle one the pairs.
				tag, prev, next := string(rune('0'+g)), neighbour(c, s, i, -1, "<s>"), neighbour(c, s, i, 1, "</s>")
				fs = append(fs, start(fEmbed).str(tag).str(c[i]), start(fEmbedPrev).str(tag).str(prev), start(fEmbedNext).str(tag).str(next))
				if g == levels/2 {
					fs = append(fs, start(fEmbedPrev).str(prev).str(c[i]), start(fEmbedNext).str(c[i]).str(next))
				}
			}
			for k := 1; k <= 4; k++ {
				if utf8.RuneCountInString(lw) > k {
					fs = append(fs, start(fPrefix).str(prefix(lw, k)), start(fSuffix).str(suffix(lw, k)))
				}
			}
			if i == s.First {
				fs = append(fs, start(fFirst).str(shapes[i]))
			}
			if headline {
				fs = append(fs, start(fHeadline).str(shapes[i]))
			}
			if tabular {
				d.tabular[i] = true
				fs = append(fs, start(fTabular).str(shapes[i]), start(fTabular).str(capc(i)).str(gaz(i)), start(fTabular).str(lw))
			}
			if (i == s.First || headline) && capMid[lw] {
				fs = append(fs, start(fCapElsewhere))
			}
			if i > s.First && titleLike[d.lower[i-1]] {
				fs = append(fs, start(fPrevTitle).str(shapes[i]))
			}
			if isCapital(w) {
				fs = append(fs, start(fLowerCap).str(lw))
			}
			if i > s.First && (d.words[i-1] == `"` || d.words[i-1] == "\u201c") {
				fs = append(fs, start(fQuote))
			}
			d.static[i] = fs
		}
	}
	return d
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isHeadline reports whether a sentence is written in capitals, as the
// headlines of some wires are: capitalisation then says nothing.
func isHeadline(toks []extract.Token) bool {
	letters, upper := 0, 0
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters >= 8 && upper*10 >= letters*9
}
