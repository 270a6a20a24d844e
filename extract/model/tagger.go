package model

import (
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

// decoder tags a document greedily, left to right, sentence by sentence,
// remembering what it said of each word for the history features.
type decoder struct {
	hist     map[string]*[len(types)]int
	surnames map[string]bool
	buf      []hash
}

func newDecoder() *decoder {
	return &decoder{hist: make(map[string]*[len(types)]int), surnames: make(map[string]bool), buf: make([]hash, 0, 64)}
}

// dynamic appends the features that depend on earlier predictions.
func (d *decoder) dynamic(fs []hash, df *docFeatures, i int, prev, prev2 int) []hash {
	pl, pl2 := LabelName(max(prev, 0)), LabelName(max(prev2, 0))
	if prev < 0 {
		pl = "<s>"
	}
	if prev2 < 0 {
		pl2 = "<s>"
	}
	fs = append(fs,
		start(fLabelPrev).str(pl),
		start(fLabelPrev2).str(pl2).str(pl),
		start(fLabelPrevWord).str(pl).str(df.lower[i]),
	)
	if h, ok := d.hist[df.lower[i]]; ok {
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

// tag labels every token. With learn set, it calls learn with each token's
// features, gold label and prediction (training); gold may be nil otherwise.
func (d *decoder) tag(df *docFeatures, in *extract.TagInput, sc scorer, gold []int,
	learn func(fs []hash, gold, pred int)) []int {
	out := make([]int, len(in.Tokens))
	var scores [nLabels]float64
	for _, s := range in.Sentences {
		prev, prev2 := -1, -1
		spanStart := -1
		for i := s.First; i < s.Last; i++ {
			fs := d.dynamic(append(d.buf[:0], df.static[i]...), df, i, prev, prev2)
			d.buf = fs
			for k := range scores {
				scores[k] = 0
			}
			for _, f := range fs {
				sc.add(f, &scores)
			}
			last := i == s.Last-1
			best := -1
			for l := 0; l < nLabels; l++ {
				if allowed(prev, l, last) && (best < 0 || scores[l] > scores[best]) {
					best = l
				}
			}
			if learn != nil && gold != nil {
				learn(fs, gold[i], best)
			}
			out[i] = best
			if best > 0 {
				t := labelType(best)
				h := d.hist[df.lower[i]]
				if h == nil {
					h = new([len(types)]int)
					d.hist[df.lower[i]] = h
				}
				h[t]++
				switch labelPos(best) {
				case posB:
					spanStart = i
				case posL:
					if types[t] == graph.Person && spanStart >= 0 {
						d.surnames[df.lower[i]] = true
					}
				}
			}
			prev2, prev = prev, best
		}
	}
	return out
}

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
