package model

import (
	"fmt"
	"testing"
)

func TestClusterSeparatesUses(t *testing.T) {
	var sents [][]string
	names := []string{"Smith", "Jones", "Brown", "Taylor"}
	cities := []string{"Paris", "Berlin", "Madrid", "Rome"}
	for i := 0; i < 200; i++ {
		n, c := names[i%4], cities[(i/4)%4]
		sents = append(sents,
			[]string{"Mr.", n, "said", "on", "Monday", "."},
			[]string{"He", "flew", "to", c, "yesterday", "."},
			[]string{"Mrs.", names[(i+1)%4], "told", "reporters", "in", cities[(i+2)%4], "."},
		)
	}
	cl := Cluster(sents, ClusterOptions{Classes: 6, MinCount: 2, Passes: 10})
	for _, group := range [][]string{names, cities} {
		for _, w := range group[1:] {
			if cl[w] != cl[group[0]] {
				t.Errorf("%s (class %d) and %s (class %d) should share a class: %v", w, cl[w], group[0], cl[group[0]], cl)
			}
		}
	}
	if cl["Smith"] == cl["Paris"] {
		t.Errorf("names and cities share class %d", cl["Smith"])
	}
}

func ExampleCluster() {
	var sents [][]string
	for i := 0; i < 20; i++ {
		sents = append(sents,
			[]string{"he", "went", "to", "Paris", "."}, []string{"she", "went", "to", "Rome", "."},
			[]string{"Mr.", "Smith", "said", "so", "."}, []string{"Mr.", "Jones", "said", "no", "."})
	}
	cl := Cluster(sents, ClusterOptions{Classes: 6, MinCount: 1, Passes: 10})
	fmt.Println(cl["Paris"] == cl["Rome"], cl["Smith"] == cl["Jones"], cl["Paris"] == cl["Smith"])
	// Output: true true false
}
