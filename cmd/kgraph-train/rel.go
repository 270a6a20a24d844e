package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/eval"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/extract/relmodel"
	"github.com/kgraph/kgraph/graph"
)

// trainRelations trains the relation model on the relations of gold
// documents, over the mentions kgraph's own recogniser finds in them (so
// that it learns from what it will see), and writes it to out.
//
// With calibrate N, every Nth document is first kept out: a model trained
// without it fits the confidence curve on its pairs (relmodel.Calibrate),
// and the model trained on everything keeps that curve.
//
// namesPaths, when not empty, are the name-tagger models whose mentions
// the pairs are drawn from instead of the embedded one: a hold-out must use
// a tagger that has not read the held-out documents either. With n of
// them, a file's document i is read by model i mod n, which should be one
// trained without those documents (jackknifed), so that the relation
// model learns from names found as in text the tagger never saw.
func trainRelations(paths, namesPaths []string, out string, epochs int, seed int64, runs, holdout, calibrate int, threshold float64) error {
	if len(namesPaths) == 0 {
		namesPaths = []string{""}
	}
	var pipes []*extract.Pipeline
	for _, path := range namesPaths {
		names, err := model.Open(path)
		if err != nil {
			return err
		}
		p, err := extract.NewPipeline(&extract.Options{Names: names, Words: names})
		if err != nil {
			return err
		}
		pipes = append(pipes, p)
	}
	var train, held, cal, rest []relmodel.Example // rest: train without cal
	t0 := time.Now()
	for _, path := range paths {
		docs, err := eval.ReadGoldFile(path)
		if err != nil {
			return err
		}
		n := 0
		for i := range docs {
			if len(docs[i].RelationTypes) == 0 {
				continue
			}
			exs, err := pairExamples(pipes[i%len(pipes)], &docs[i])
			if err != nil {
				return err
			}
			n += len(exs)
			if holdout > 0 && i%holdout == holdout-1 {
				held = append(held, exs...)
				continue
			}
			train = append(train, exs...)
			if calibrate > 0 && i%calibrate == calibrate-1 {
				cal = append(cal, exs...)
			} else {
				rest = append(rest, exs...)
			}
		}
		fmt.Fprintf(os.Stderr, "%s: %d documents, %d pairs\n", filepath.Base(path), len(docs), n)
	}
	fmt.Fprintf(os.Stderr, "prepared %d training pairs in %s\n", len(train), time.Since(t0).Round(time.Second))
	opts := relmodel.TrainOptions{Epochs: epochs, Seed: seed, Threshold: threshold, Runs: runs}
	m := relmodel.Train(train, opts)
	if len(cal) > 0 {
		fit := relmodel.Train(rest, opts)
		n := fit.Calibrate(cal)
		m.Calibration = fit.Calibration
		fmt.Fprintf(os.Stderr, "calibrated on %d answers to %d held-out pairs: confidence = 1/(1+exp(-(%.3f + %.3f × margin)))\n",
			n, len(cal), m.Calibration[0], m.Calibration[1])
	}
	if len(held) > 0 {
		var c eval.Counts
		c.TP, c.FP, c.FN = m.Score(held)
		fmt.Fprintf(os.Stderr, "held out pairs: P %.3f R %.3f F1 %.3f (%d right, %d wrong, %d missed)\n", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	if out == "" {
		return nil
	}
	size, err := writeModel(out, m)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.1f MB), classes %v\n", out, float64(size)/1e6, m.Classes())
	return nil
}

// pairExamples labels the mention pairs the pipeline asks its classifier
// about with the gold relation between the gold entities they land on.
func pairExamples(p *extract.Pipeline, d *eval.GoldDoc) ([]relmodel.Example, error) {
	res, err := p.Extract(context.Background(), d.Document())
	if err != nil {
		return nil, err
	}
	gold := make(map[[2]string]graph.RelationType)
	for _, r := range d.Relations {
		gold[[2]string{r.Source, r.Target}] = graph.RelationType(r.Type)
	}
	goldOf := func(m *extract.Mention) string {
		best, bestOv := "", 0
		for _, e := range d.Entities {
			for _, sp := range e.Mentions {
				ov := min(sp[1], m.End) - max(sp[0], m.Start)
				if ov > bestOv && 2*ov >= min(sp[1]-sp[0], m.End-m.Start) {
					best, bestOv = e.ID, ov
				}
			}
		}
		return best
	}
	var out []relmodel.Example
	for _, pair := range p.Pairs(res) {
		rel := graph.RelationType("")
		if ga, gb := goldOf(pair.A), goldOf(pair.B); ga != "" && gb != "" {
			rel = gold[[2]string{ga, gb}]
		}
		out = append(out, relmodel.Example{Pair: pair, Relation: rel})
	}
	return out, nil
}
