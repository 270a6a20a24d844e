package model_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/extract/relmodel"
	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

// corpus loads ../shared/data/corpus/voa-corpus.jsonl, or skips the
// benchmark when the shared data is not beside the checkout.
func corpus(b *testing.B) ([]graph.Document, int) {
	b.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "corpus", "voa-corpus.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no corpus at %s", path)
	}
	var docs []graph.Document
	words := 0
	if err := source.Read([]string{path}, nil, func(d graph.Document) error {
		docs = append(docs, d)
		words += len(strings.Fields(d.Text))
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return docs, words
}

// shippedPipeline builds the pipeline kgraph ships: both models, loaded
// once.
func shippedPipeline(b *testing.B) *extract.Pipeline {
	b.Helper()
	m, err := model.Load()
	if err != nil {
		b.Fatal(err)
	}
	pairs, err := relmodel.Load()
	if err != nil {
		b.Fatal(err)
	}
	p, err := extract.NewPipeline(&extract.Options{Names: m, Pairs: pairs, Words: m})
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// extractAll runs kgraph's pipeline over docs.
func extractAll(b *testing.B, p *extract.Pipeline, docs []graph.Document) {
	for _, d := range docs {
		if _, err := p.Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// proseAll runs prose's NewDocument with model m over docs.
func proseAll(b *testing.B, m *prose.Model, docs []graph.Document) {
	for _, d := range docs {
		if _, err := prose.NewDocument(d.Text, prose.UsingModel(m)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractCorpus runs kgraph's whole extraction pipeline over the
// corpus on one goroutine and reports words per second.
func BenchmarkExtractCorpus(b *testing.B) {
	docs, words := corpus(b)
	p := shippedPipeline(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extractAll(b, p, docs)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkProseCorpus runs prose's NewDocument with its default model
// (loaded once) over the same documents, for comparison.
func BenchmarkProseCorpus(b *testing.B) {
	docs, words := corpus(b)
	m := prose.ModelFromData("prose-default")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		proseAll(b, m, docs)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkSpeedupVsProse times both over the first 400 documents of the
// corpus, one goroutine each, models loaded once, and fails when kgraph's
// extraction is not at least three times as fast as prose's NewDocument.
func BenchmarkSpeedupVsProse(b *testing.B) {
	docs, _ := corpus(b)
	docs = docs[:min(400, len(docs))]
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	p := shippedPipeline(b)
	pm := prose.ModelFromData("prose-default")
	b.ResetTimer()
	var ours, theirs float64
	for i := 0; i < b.N; i++ {
		start := testingNow()
		extractAll(b, p, docs)
		ours += testingSince(start)
		start = testingNow()
		proseAll(b, pm, docs)
		theirs += testingSince(start)
	}
	ratio := theirs / ours
	b.ReportMetric(float64(words*b.N)/ours, "kgraph-words/s")
	b.ReportMetric(float64(words*b.N)/theirs, "prose-words/s")
	b.ReportMetric(ratio, "speedup")
	if ratio < 3 {
		b.Errorf("kgraph extracts %.1fx the words per second of prose's NewDocument; want at least 3x", ratio)
	}
}
