package model

import (
	"math"
	"sort"
)

// ClusterOptions configure Cluster.
type ClusterOptions struct {
	Classes  int // how many classes
	MinCount int // words seen fewer times are not clustered
	Passes   int // exchange passes over the vocabulary
}

// Cluster groups words that occur in similar contexts, by the exchange
// algorithm of Kneser and Ney (1993): each word starts in a class and is
// moved, pass after pass, to the class that most raises the likelihood of
// a class bigram model of the text. Words used the same way (surnames,
// cities, company suffixes) end up together, which lets the tagger
// generalise from words it was trained on to words it was not.
//
// sentences are token sequences; the result maps each word seen MinCount
// times or more to its class. It costs O(Passes × V × K × C) for V words,
// K classes and C distinct neighbouring classes per word, and is
// deterministic.
func Cluster(sentences [][]string, opts ClusterOptions) map[string]uint16 {
	if opts.Classes < 2 {
		opts.Classes = 2
	}
	if opts.Passes <= 0 {
		opts.Passes = 6
	}
	// Vocabulary, by frequency then text.
	freq := make(map[string]int)
	for _, s := range sentences {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= opts.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	V, K := len(vocab), opts.Classes
	if V == 0 {
		return nil
	}
	// Bigram counts by word; rare words and sentence edges are one
	// "other" word (index V), which keeps its own fixed class K.
	type pair struct {
		w int32
		n float64
	}
	right := make([]map[int32]float64, V+1)
	left := make([]map[int32]float64, V+1)
	for i := range right {
		right[i] = make(map[int32]float64)
		left[i] = make(map[int32]float64)
	}
	wordID := func(w string) int32 {
		if i, ok := id[w]; ok {
			return i
		}
		return int32(V)
	}
	for _, s := range sentences {
		prev := int32(V)
		for _, w := range s {
			cur := wordID(w)
			right[prev][cur]++
			left[cur][prev]++
			prev = cur
		}
		right[prev][int32(V)]++
		left[int32(V)][prev]++
	}
	toList := func(m map[int32]float64) []pair {
		out := make([]pair, 0, len(m))
		for w, n := range m {
			out = append(out, pair{w, n})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].w < out[j].w })
		return out
	}
	rl := make([][]pair, V+1)
	ll := make([][]pair, V+1)
	for i := range right {
		rl[i], ll[i] = toList(right[i]), toList(left[i])
	}
	right, left = nil, nil

	// Classes: the K most frequent words start alone, the rest round-robin.
	cls := make([]int32, V+1)
	for i := 0; i < V; i++ {
		cls[i] = int32(i % K)
	}
	cls[V] = int32(K)
	nc := K + 1
	N := make([]float64, nc*nc) // class bigram counts
	NL := make([]float64, nc)   // class counts as the left word
	NR := make([]float64, nc)   // class counts as the right word
	for w := 0; w <= V; w++ {
		for _, p := range rl[w] {
			N[int(cls[w])*nc+int(cls[p.w])] += p.n
			NL[cls[w]] += p.n
			NR[cls[p.w]] += p.n
		}
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	rByC := make([]float64, nc) // w's right neighbours by class
	lByC := make([]float64, nc) // w's left neighbours by class
	var touchedR, touchedL []int
	for pass := 0; pass < opts.Passes; pass++ {
		moved := 0
		for w := 0; w < V; w++ {
			a := int(cls[w])
			self, nL, nR := 0.0, 0.0, 0.0
			touchedR, touchedL = touchedR[:0], touchedL[:0]
			for _, p := range rl[w] {
				nL += p.n
				if int(p.w) == w {
					self += p.n
					continue
				}
				c := int(cls[p.w])
				if rByC[c] == 0 {
					touchedR = append(touchedR, c)
				}
				rByC[c] += p.n
			}
			for _, p := range ll[w] {
				nR += p.n
				if int(p.w) == w {
					continue
				}
				c := int(cls[p.w])
				if lByC[c] == 0 {
					touchedL = append(touchedL, c)
				}
				lByC[c] += p.n
			}
			// Take w out of a.
			move := func(b int, sign float64) {
				for _, d := range touchedR {
					N[b*nc+d] += sign * rByC[d]
				}
				for _, c := range touchedL {
					N[c*nc+b] += sign * lByC[c]
				}
				N[b*nc+b] += sign * self
				NL[b] += sign * nL
				NR[b] += sign * nR
			}
			move(a, -1)
			best, bestGain := a, math.Inf(-1)
			for b := 0; b < K; b++ {
				g := 0.0
				for _, d := range touchedR {
					if d == b {
						continue
					}
					x := N[b*nc+d]
					g += f(x+rByC[d]) - f(x)
				}
				for _, c := range touchedL {
					if c == b {
						continue
					}
					x := N[c*nc+b]
					g += f(x+lByC[c]) - f(x)
				}
				x := N[b*nc+b]
				g += f(x+rByC[b]+lByC[b]+self) - f(x)
				g -= f(NL[b]+nL) - f(NL[b]) + f(NR[b]+nR) - f(NR[b])
				if g > bestGain+1e-9 {
					best, bestGain = b, g
				}
			}
			move(best, 1)
			if best != a {
				cls[w] = int32(best)
				moved++
			}
			for _, d := range touchedR {
				rByC[d] = 0
			}
			for _, c := range touchedL {
				lByC[c] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, V)
	for i, w := range vocab {
		out[w] = uint16(cls[i])
	}
	return out
}
