package model

import (
	"math"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/graph"
)

// Name types the tagger knows, in label order.
var types = [...]graph.EntityType{graph.Person, graph.Org, graph.Location, extract.Misc}

// typeTags are the short names of types in label strings.
var typeTags = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	posB = iota
	posI
	posL
	posU
)

// nLabels is O plus B, I, L and U of each type.
const nLabels = 1 + 4*len(types)

func label(typ, pos int) int { return 1 + typ*4 + pos }

func labelType(l int) int { return (l - 1) / 4 }

func labelPos(l int) int { return (l - 1) % 4 }

// LabelName returns a label's name: "O", "B-PER", "U-LOC".
func LabelName(l int) string {
	if l == 0 {
		return "O"
	}
	return [...]string{"B", "I", "L", "U"}[labelPos(l)] + "-" + typeTags[labelType(l)]
}

// allowed reports whether label l may follow label prev (-1 at a sentence
// start) in BILOU, and whether it may stand at a sentence's last token.
func allowed(prev, l int, last bool) bool {
	open := prev > 0 && (labelPos(prev) == posB || labelPos(prev) == posI)
	if l == 0 {
		return !open
	}
	p := labelPos(l)
	switch {
	case open:
		if labelType(l) != labelType(prev) || p == posB || p == posU {
			return false
		}
	case p == posI || p == posL:
		return false
	}
	if last && (p == posB || p == posI) {
		return false
	}
	return true
}

// scorer adds a feature's weights to the label scores.
type scorer interface {
	add(f hash, scores *[nLabels]float64)
}

// decoder tags a document sentence by sentence with Viterbi search over
// BILOU labels, remembering what it said of each word in earlier
// sentences for the history features.
type decoder struct {
	hist     map[string]*[len(types)]int
	surnames map[string]bool
	buf      []hash
}

func newDecoder() *decoder {
	return &decoder{hist: make(map[string]*[len(types)]int), surnames: make(map[string]bool), buf: make([]hash, 0, 64)}
}

// docLevel appends the features of token i that come from earlier
// sentences of the document.
func (d *decoder) docLevel(fs []hash, df *docFeatures, i int) []hash {
	if h, ok := d.hist[histKey(df, i)]; ok {
		best, n := -1, 0
		for t, c := range h {
			if c > n {
				best, n = t, c
			}
		}
		if best >= 0 {
			fs = append(fs, start(fHistory).str(typeTags[best]))
		}
	}
	if d.surnames[df.lower[i]] {
		fs = append(fs, start(fSurname))
	}
	return fs
}

// histKey is the history entry of token i: its word, kept apart for lines
// of tables, where a town's name is often a team's.
func histKey(df *docFeatures, i int) string {
	if df.tabular[i] {
		return "\x00" + df.lower[i]
	}
	return df.lower[i]
}

func prevName(p int) string {
	if p < 0 {
		return "<s>"
	}
	return LabelName(p)
}

// transition returns the two features that join label p of the token
// before to token i.
func transition(df *docFeatures, i, p int) [2]hash {
	pn := prevName(p)
	return [2]hash{start(fLabelPrev).str(pn), start(fLabelPrevWord).str(pn).str(df.lower[i])}
}

// tag labels every token. With learn set and gold given, it trains:
// learn is called with the features of each token whose label or whose
// predecessor's label the search got wrong, its gold label (+1) and its
// predicted label (-1), and once a sentence with nil features to advance
// the averaging clock.
func (d *decoder) tag(df *docFeatures, in *extract.TagInput, sc scorer, gold []int,
	learn func(fs []hash, label int, delta float64)) []int {
	out := make([]int, len(in.Tokens))
	for _, s := range in.Sentences {
		n := s.Last - s.First
		if n == 0 {
			continue
		}
		// emit[k][l]: the score of label l at token s.First+k from features
		// that do not depend on the label before.
		emit := make([][nLabels]float64, n)
		static := make([][]hash, n)
		for k := 0; k < n; k++ {
			i := s.First + k
			fs := d.docLevel(append(d.buf[:0], df.static[i]...), df, i)
			static[k] = append([]hash(nil), fs...)
			for _, f := range fs {
				sc.add(f, &emit[k])
			}
		}
		// Viterbi over labels; back[k][l] is the best label before l.
		best := make([][nLabels]float64, n)
		back := make([][nLabels]int8, n)
		var trans [nLabels]float64
		for k := 0; k < n; k++ {
			i := s.First + k
			last := k == n-1
			for l := 0; l < nLabels; l++ {
				best[k][l] = math.Inf(-1)
			}
			prevs := []int{-1}
			if k > 0 {
				prevs = allLabels[:]
			}
			for _, p := range prevs {
				if k > 0 && math.IsInf(best[k-1][p], -1) {
					continue
				}
				for l := range trans {
					trans[l] = 0
				}
				for _, f := range transition(df, i, p) {
					sc.add(f, &trans)
				}
				base := 0.0
				if k > 0 {
					base = best[k-1][p]
				}
				for l := 0; l < nLabels; l++ {
					if !allowed(p, l, last) {
						continue
					}
					if v := base + emit[k][l] + trans[l]; v > best[k][l] {
						best[k][l] = v
						back[k][l] = int8(p)
					}
				}
			}
		}
		bl := 0
		for l := 1; l < nLabels; l++ {
			if best[n-1][l] > best[n-1][bl] {
				bl = l
			}
		}
		for k := n - 1; k >= 0; k-- {
			out[s.First+k] = bl
			bl = int(back[k][bl])
		}
		if learn != nil && gold != nil {
			learn(nil, 0, 0) // one step of the averaging clock per sentence
			for k := 0; k < n; k++ {
				i := s.First + k
				gp, pp := -1, -1
				if k > 0 {
					gp, pp = gold[i-1], out[i-1]
				}
				if gold[i] == out[i] && gp == pp {
					continue
				}
				gt, pt := transition(df, i, gp), transition(df, i, pp)
				learn(append(static[k], gt[:]...), gold[i], 1)
				learn(append(static[k][:len(static[k]):len(static[k])], pt[:]...), out[i], -1)
			}
		}
		// Remember this sentence's names for the sentences after it.
		spanStart := -1
		for i := s.First; i < s.Last; i++ {
			l := out[i]
			if l <= 0 {
				continue
			}
			t := labelType(l)
			h := d.hist[histKey(df, i)]
			if h == nil {
				h = new([len(types)]int)
				d.hist[histKey(df, i)] = h
			}
			h[t]++
			switch labelPos(l) {
			case posB:
				spanStart = i
			case posL:
				if types[t] == graph.Person && spanStart >= 0 {
					d.surnames[df.lower[i]] = true
				}
			}
		}
	}
	return out
}

// allLabels lists every label, for the search.
var allLabels = func() (a [nLabels]int) {
	for i := range a {
		a[i] = i
	}
	return a
}()

// spans turns labels into typed token spans.
func spans(labels []int) []extract.Span {
	var out []extract.Span
	startAt := -1
	for i, l := range labels {
		if l == 0 {
			startAt = -1
			continue
		}
		t := types[labelType(l)]
		switch labelPos(l) {
		case posU:
			out = append(out, extract.Span{First: i, Last: i + 1, Type: t})
			startAt = -1
		case posB:
			startAt = i
		case posL:
			if startAt >= 0 {
				out = append(out, extract.Span{First: startAt, Last: i + 1, Type: t})
			}
			startAt = -1
		}
	}
	return out
}
