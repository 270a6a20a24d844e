package model

import (
	"math"
	"math/rand"
	"runtime"
	"sync"
)

// ClusterVectors groups words by their embeddings (word vectors learnt
// from billions of words of other text, such as GloVe) with k-means on the
// unit sphere, once for each class count in ks. The result maps each word
// to its class under each count, in the order of ks. Words of similar use
// share classes ("czolgosz" with other surnames, "winterset" with small
// towns) even when the training data never saw them, which is what lets
// the tagger read rare names.
//
// It costs O(iters × V × K × D) for V words of D dimensions and K classes,
// spread over the machine's cores, and is deterministic for a given seed.
func ClusterVectors(words []string, vecs [][]float32, ks []int, iters int, seed int64) map[string][]uint16 {
	if len(words) == 0 || len(words) != len(vecs) {
		return nil
	}
	dim := len(vecs[0])
	unit := make([][]float32, len(vecs))
	for i, v := range vecs {
		u := make([]float32, dim)
		var n float64
		for _, x := range v[:min(dim, len(v))] {
			n += float64(x) * float64(x)
		}
		if n > 0 {
			s := float32(1 / math.Sqrt(n))
			for j := range u {
				if j < len(v) {
					u[j] = v[j] * s
				}
			}
		}
		unit[i] = u
	}
	out := make(map[string][]uint16, len(words))
	for _, w := range words {
		out[w] = make([]uint16, len(ks))
	}
	for g, k := range ks {
		k = min(max(k, 2), len(words), math.MaxUint16)
		assign := kmeans(unit, k, iters, seed+int64(g))
		for i, w := range words {
			out[w][g] = uint16(assign[i])
		}
	}
	return out
}

// kmeans runs Lloyd's algorithm with cosine similarity from k distinct
// points chosen at random and returns each point's class.
func kmeans(points [][]float32, k, iters int, seed int64) []int {
	dim := len(points[0])
	rng := rand.New(rand.NewSource(seed))
	cent := make([][]float32, k)
	for c, i := range rng.Perm(len(points))[:k] {
		cent[c] = append([]float32(nil), points[i]...)
	}
	assign := make([]int, len(points))
	workers := runtime.GOMAXPROCS(0)
	for it := 0; it < max(iters, 1); it++ {
		var wg sync.WaitGroup
		chunk := (len(points) + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*chunk, min((w+1)*chunk, len(points))
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := lo; i < hi; i++ {
					p := points[i]
					best, bestSim := 0, float32(-2)
					for c, q := range cent {
						var s float32
						for j, x := range q {
							s += x * p[j]
						}
						if s > bestSim {
							best, bestSim = c, s
						}
					}
					assign[i] = best
				}
			}()
		}
		wg.Wait()
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		counts := make([]int, k)
		for i, c := range assign {
			counts[c]++
			for j, x := range points[i] {
				sums[c][j] += float64(x)
			}
		}
		for c := range cent {
			if counts[c] == 0 {
				continue // keep an empty class's centroid where it was
			}
			var n float64
			for _, x := range sums[c] {
				n += x * x
			}
			if n == 0 {
				continue
			}
			s := 1 / math.Sqrt(n)
			for j := range cent[c] {
				cent[c][j] = float32(sums[c][j] * s)
			}
		}
	}
	return assign
}
