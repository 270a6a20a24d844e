package model

import (
	"fmt"
	"maps"
	"math"
	"math/rand"
	"slices"
	"sync"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/internal/perceptron"
)

// Example is one training document: its tagger input and the gold label of
// every token (see LabelOf).
type Example struct {
	In     *extract.TagInput
	Labels []int
}

// LabelOf returns the label index of a BILOU position ("B", "I", "L", "U")
// of a type ("PER", "ORG", "LOC", "MISC"), or 0 ("O") for anything else.
func LabelOf(pos, typ string) int {
	t := -1
	for i, s := range typeTags {
		if s == typ {
			t = i
		}
	}
	p := map[string]int{"B": posB, "I": posI, "L": posL, "U": posU}
	pi, ok := p[pos]
	if t < 0 || !ok {
		return 0
	}
	return label(t, pi)
}

// TrainOptions configure Train. Seed fixes the order documents are seen in,
// so a training run is reproducible.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// Prune drops averaged weights smaller than this in absolute value,
	// measured in updates; it trades a little accuracy for a smaller model.
	Prune float64
	// Progress, when set, is called after each epoch with its number and
	// the share of training tokens the model tagged right during it.
	Progress func(epoch int, accuracy float64)
	// Lexicon, when set, holds the word counts of unlabelled text for the
	// capitalisation features; the training texts are added to it.
	Lexicon *LexiconBuilder
	// Clusters are word classes (from Cluster), coarse to fine; each is a
	// feature family.
	Clusters []map[string]uint16
	// Embeddings, when set, maps lower-case words to their classes under
	// clusterings of word vectors (ClusterVectors); each is a feature
	// family.
	Embeddings map[string][]uint16
	// Runs is how many perceptrons to train on different shuffles (seeds
	// Seed, Seed+1, ...) and average: it steadies the result. Zero means one.
	Runs int
}

// trainer is the perceptron while it learns, as the decoder's scorer.
type trainer struct {
	*perceptron.Weights[hash]
}

func (t trainer) add(f hash, scores *[nLabels]float64) { t.Add(f, scores[:]) }

// update adds delta to the weights of label for the features fs; nil
// features advance the averaging clock instead.
func (t trainer) update(fs []hash, label int, delta float64) {
	if fs == nil {
		t.Tick()
		return
	}
	t.Update(fs, label, delta)
}

// Train learns a model from examples. It costs O(epochs × tokens ×
// features × labels) time and O(features × labels) memory.
func Train(examples []Example, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	lb := opts.Lexicon
	if lb == nil {
		lb = NewLexiconBuilder()
	}
	seen := make(map[*extract.TagInput]bool)
	for _, ex := range examples {
		if !seen[ex.In] {
			seen[ex.In] = true
			lb.Add(ex.In.Tokens, ex.In.Sentences)
		}
	}
	wi := &wordInfo{lex: lb.build(3), clusters: opts.Clusters, embed: opts.Embeddings}
	feats := make([]*docFeatures, len(examples))
	cache := make(map[*extract.TagInput]*docFeatures)
	for i, ex := range examples {
		if cache[ex.In] == nil {
			cache[ex.In] = extractFeatures(ex.In, wi)
		}
		feats[i] = cache[ex.In]
	}
	runs := max(opts.Runs, 1)
	avgs := make([]map[hash][]float64, runs)
	var wg sync.WaitGroup
	for r := 0; r < runs; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			t := trainer{perceptron.New[hash](nLabels, 1<<20)}
			t.learn(examples, feats, opts.Epochs, opts.Seed+int64(r), func(epoch int, acc float64) {
				if opts.Progress != nil && r == 0 {
					opts.Progress(epoch, acc)
				}
			})
			avgs[r] = t.Averaged()
		}(r)
	}
	wg.Wait()
	m := finish(avgs, opts.Prune)
	m.words = *wi
	return m
}

// learn runs the perceptron over the examples for the given epochs.
func (t trainer) learn(examples []Example, feats []*docFeatures, epochs int, seed int64, progress func(int, float64)) {
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			ex := examples[k]
			got := newDecoder().tag(feats[k], ex.In, t, ex.Labels, t.update)
			for i := range got {
				total++
				if got[i] == ex.Labels[i] {
					right++
				}
			}
		}
		if total > 0 {
			progress(epoch, float64(right)/float64(total))
		}
	}
}

// finish averages the runs' weights, prunes and quantises them.
func finish(runs []map[hash][]float64, prune float64) *Model {
	sum := make(map[hash][]float64)
	for _, r := range runs {
		for f, row := range r {
			acc := sum[f]
			if acc == nil {
				acc = make([]float64, nLabels)
				sum[f] = acc
			}
			for l, v := range row {
				acc[l] += v / float64(len(runs))
			}
		}
	}
	maxAbs := 0.0
	for _, row := range sum {
		for l, v := range row {
			if math.Abs(v) < prune {
				row[l] = 0
			}
			maxAbs = math.Max(maxAbs, math.Abs(row[l]))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m := &Model{index: make(map[hash]int32), scale: maxAbs / math.MaxInt16}
	for _, k := range slices.Sorted(maps.Keys(sum)) {
		row := make([]int16, nLabels)
		nz := false
		for l, v := range sum[k] {
			q := math.Round(v / m.scale)
			row[l] = int16(q)
			nz = nz || q != 0
		}
		if nz {
			m.index[k] = int32(len(m.w))
			m.w = append(m.w, row...)
		}
	}
	return m
}

// Accuracy tags the examples and returns token accuracy and the span
// counts (right, predicted, gold) over PER, ORG and LOC; the spans are the
// ones TagNames gives.
func (m *Model) Accuracy(examples []Example) (acc float64, right, pred, gold int) {
	tokens, ok := 0, 0
	for _, ex := range examples {
		got, names := m.tag(ex.In)
		for i := range got {
			tokens++
			if got[i] == ex.Labels[i] {
				ok++
			}
		}
		gs := map[extract.Span]bool{}
		for _, s := range spans(ex.Labels) {
			if s.Type != extract.Misc {
				gs[s] = true
				gold++
			}
		}
		for _, s := range names {
			if s.Type == extract.Misc {
				continue
			}
			pred++
			if gs[s] {
				right++
			}
		}
	}
	return float64(ok) / math.Max(1, float64(tokens)), right, pred, gold
}

// Confusion counts (gold, predicted) label pairs over the examples.
func (m *Model) Confusion(examples []Example) map[[2]string]int {
	out := make(map[[2]string]int)
	for _, ex := range examples {
		got := m.Labels(ex.In)
		for i := range got {
			out[[2]string{LabelName(ex.Labels[i]), LabelName(got[i])}]++
		}
	}
	return out
}

// String describes the model's size.
func (m *Model) String() string {
	return fmt.Sprintf("%d features × %d labels", len(m.index), nLabels)
}
