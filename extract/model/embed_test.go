package model

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// groupedVectors returns words in groups whose vectors scatter around one
// direction a group.
func groupedVectors(groups [][]string, dim int, seed int64) ([]string, [][]float32) {
	rng := rand.New(rand.NewSource(seed))
	var words []string
	var vecs [][]float32
	for g, group := range groups {
		for _, w := range group {
			v := make([]float32, dim)
			for j := range v {
				v[j] = float32(rng.NormFloat64() * 0.1)
			}
			v[g%dim] += 3
			words, vecs = append(words, w), append(vecs, v)
		}
	}
	return words, vecs
}

func TestClusterVectors(t *testing.T) {
	groups := [][]string{
		{"smith", "jones", "czolgosz", "lazutkin"},
		{"paris", "winterset", "giessen", "anzio"},
		{"said", "told", "added", "noted"},
	}
	words, vecs := groupedVectors(groups, 8, 1)
	tests := []struct {
		ks   []int
		same bool // the groups are the classes, under the finest count
	}{
		{ks: []int{3}, same: true},
		{ks: []int{2, 3}, same: true},
		{ks: []int{12}, same: false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.ks), func(t *testing.T) {
			// k-means from a random start can merge groups; several seeds
			// must all separate these well-apart groups for 3 classes.
			for seed := int64(1); seed <= 3; seed++ {
				cl := ClusterVectors(words, vecs, tt.ks, 10, seed)
				if len(cl) != len(words) {
					t.Fatalf("%d words classed, want %d", len(cl), len(words))
				}
				g := len(tt.ks) - 1
				for _, group := range groups {
					for _, w := range group[1:] {
						if len(cl[w]) != len(tt.ks) {
							t.Fatalf("%s has %d classes, want %d", w, len(cl[w]), len(tt.ks))
						}
						if together := cl[w][g] == cl[group[0]][g]; tt.same && !together {
							t.Errorf("seed %d: %s and %s should share a class: %v", seed, w, group[0], cl)
						}
					}
				}
				if tt.same && cl["smith"][g] == cl["paris"][g] {
					t.Errorf("seed %d: names and towns share class %d", seed, cl["smith"][g])
				}
				if again := ClusterVectors(words, vecs, tt.ks, 10, seed); !sameClasses(cl, again) {
					t.Errorf("seed %d: two runs differ", seed)
				}
			}
		})
	}
}

func sameClasses(a, b map[string][]uint16) bool {
	if len(a) != len(b) {
		return false
	}
	for w, c := range a {
		if !slices.Equal(c, b[w]) {
			return false
		}
	}
	return true
}

func TestClusterVectorsEdges(t *testing.T) {
	if cl := ClusterVectors(nil, nil, []int{4}, 5, 1); cl != nil {
		t.Errorf("no words: %v", cl)
	}
	if cl := ClusterVectors([]string{"a"}, nil, []int{4}, 5, 1); cl != nil {
		t.Errorf("words without vectors: %v", cl)
	}
	// More classes than words, and a zero vector.
	cl := ClusterVectors([]string{"a", "b"}, [][]float32{{1, 0}, {0, 0}}, []int{10}, 5, 1)
	if len(cl) != 2 || cl["a"][0] > 1 || cl["b"][0] > 1 {
		t.Errorf("two words, ten classes: %v", cl)
	}
}

func ExampleClusterVectors() {
	words := []string{"paris", "rome", "smith", "jones"}
	vecs := [][]float32{{1, 0.1}, {0.9, 0}, {0, 1}, {0.1, 0.9}}
	cl := ClusterVectors(words, vecs, []int{2}, 5, 1)
	fmt.Println(cl["paris"][0] == cl["rome"][0], cl["smith"][0] == cl["jones"][0], cl["paris"][0] == cl["smith"][0])
	// Output: true true false
}
