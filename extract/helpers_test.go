package extract_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/extract/relmodel"
	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

var (
	shippedOnce sync.Once
	shipped     *extract.Pipeline
	shippedErr  error
)

// shippedPipeline is everything kgraph runs: rules, gazetteer, the name
// tagger and the pair classifier.
func shippedPipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	shippedOnce.Do(func() {
		names, err := model.Load()
		if err != nil {
			shippedErr = err
			return
		}
		pairs, err := relmodel.Load()
		if err != nil {
			shippedErr = err
			return
		}
		shipped, shippedErr = extract.NewPipeline(&extract.Options{Names: names, Pairs: pairs, Words: names})
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped
}

func readDocs(t testing.TB, path string) []graph.Document {
	t.Helper()
	var docs []graph.Document
	if err := source.Read([]string{path}, nil, func(d graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return docs
}

func seedResult(t testing.TB) *extract.Result {
	t.Helper()
	r, err := shippedPipeline(t).Extract(context.Background(), seedDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func seedDoc(t testing.TB) graph.Document {
	t.Helper()
	docs := readDocs(t, filepath.Join("..", "testdata", "article.jsonl"))
	if len(docs) != 1 {
		t.Fatalf("seed article: %d documents", len(docs))
	}
	return docs[0]
}
