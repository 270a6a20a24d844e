package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/kgraph/kgraph/extract/eval"
	"github.com/kgraph/kgraph/graph"
)

// proseLabels maps gold entity types to the labels prose's extracter
// learns; other types are not taught.
var proseLabels = map[string]string{
	string(graph.Person): "PERSON", string(graph.Org): "ORG", string(graph.Location): "LOCATION", string(graph.Country): "LOCATION",
}

// compareProse trains prose's own entity extracter (prose.ModelFromData)
// on the train files and scores it on the dev files with kgraph's scorer:
// the alternative the recogniser issue asks to measure against kgraph's
// tagger. It writes no model.
func compareProse(trainPaths, devPaths []string) error {
	var data []prose.EntityContext
	for _, path := range trainPaths {
		docs, err := eval.ReadGoldFile(path)
		if err != nil {
			return err
		}
		for _, d := range docs {
			ctx := prose.EntityContext{Text: d.Text, Accept: true}
			for _, e := range d.Entities {
				label, ok := proseLabels[e.Type]
				if !ok {
					continue
				}
				for _, sp := range e.Mentions {
					ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: sp[0], End: sp[1], Label: label})
				}
			}
			data = append(data, ctx)
		}
	}
	t0 := time.Now()
	m := prose.ModelFromData("compare", prose.UsingEntities(data))
	fmt.Fprintf(os.Stderr, "prose: trained on %d documents in %s\n", len(data), time.Since(t0).Round(time.Second))
	for _, path := range devPaths {
		docs, err := eval.ReadGoldFile(path)
		if err != nil {
			return err
		}
		var r eval.Report
		for i := range docs {
			d := &docs[i]
			pd, err := prose.NewDocument(d.Text, prose.UsingModel(m), prose.WithSegmentation(false))
			if err != nil {
				return fmt.Errorf("prose on %s %s: %w", path, d.ID, err)
			}
			var p eval.Prediction
			at := 0
			for _, e := range pd.Entities() {
				// prose gives texts, not offsets: find each after the last.
				k := strings.Index(d.Text[at:], e.Text)
				if k < 0 {
					continue
				}
				start := at + k
				at = start + len(e.Text)
				typ := e.Label
				if typ == "GPE" {
					typ = string(graph.Location)
				}
				p.Mentions = append(p.Mentions, eval.Mention{Start: start, End: at, Type: typ})
			}
			r.Add(d, p)
		}
		c := eval.Micro(r.Entities)
		fmt.Printf("%s: prose.ModelFromData entities P %.3f R %.3f F1 %.3f\n", filepath.Base(path), c.Precision(), c.Recall(), c.F1())
	}
	return nil
}
