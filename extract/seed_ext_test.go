package extract_test

import (
	"path/filepath"
	"testing"

	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

func seedDoc(t testing.TB) graph.Document {
	t.Helper()
	var docs []graph.Document
	if err := source.Read([]string{filepath.Join("..", "testdata", "article.jsonl")}, nil, func(d graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil || len(docs) != 1 {
		t.Fatalf("seed article: %v", err)
	}
	return docs[0]
}
