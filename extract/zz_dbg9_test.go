package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kgraph/kgraph/extract/gazetteer"
)

func TestZZLong2(t *testing.T) {
	s := os.Getenv("ZZL")
	if s == "" {
		t.Skip()
	}
	an, _ := NewAnalyzer()
	toks, sents := an.Analyze(s)
	g, _ := gazetteer.Load()
	for i := range toks {
		es, end := longestName(g, toks, sents[0], i, nil)
		if es != nil {
			fmt.Println(i, toks[i].Text, end, es[0].ID, es[0].Kind.String())
		}
	}
	fmt.Println(GazetteerTags(g, toks, sents))
}
