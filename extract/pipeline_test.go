package extract

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

var (
	pipeOnce sync.Once
	pipe     *Pipeline
	pipeErr  error
)

// testPipeline builds the pipeline once for the package's tests.
func testPipeline(t testing.TB) *Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = NewPipeline(nil) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
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

func seedResult(t testing.TB) *Result {
	t.Helper()
	docs := readDocs(t, filepath.Join("..", "testdata", "article.jsonl"))
	if len(docs) != 1 {
		t.Fatalf("seed article: %d documents", len(docs))
	}
	r, err := testPipeline(t).Extract(context.Background(), docs[0])
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestMentionSpans checks that every mention's span holds its text and
// that entity mentions do not overlap.
func TestMentionSpans(t *testing.T) {
	r := seedResult(t)
	end := -1
	for _, m := range r.Mentions {
		if r.Doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has span [%d,%d) holding %q", m.Text, m.Start, m.End, r.Doc.Text[m.Start:m.End])
		}
		if m.Start < end {
			t.Errorf("mention %q at %d overlaps the previous one", m.Text, m.Start)
		}
		end = m.End
		if m.Entity == "" {
			t.Errorf("mention %q has no entity", m.Text)
		}
	}
}
