package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

func TestZZDemonym(t *testing.T) {
	w := os.Getenv("ZZW")
	if w == "" {
		t.Skip()
	}
	g, _ := gazetteer.Load()
	for _, e := range g.Lookup(graph.NormalizeName(w)) {
		fmt.Println(e.ID, e.Kind.String(), e.StandsFor)
	}
}
