// Package relmodel is kgraph's learnt relation reader: an averaged
// perceptron that, given two mentions of one sentence, says which relation
// the sentence states from the first to the second, if any. Its features
// are the words between and around the two, their types, heads and order,
// and what the gazetteer knows of the pair. It complements the pattern
// families of package extract for the ways of writing that no pattern
// covers; the weights are embedded (data/rel.bin.gz).
package relmodel

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand"
	"slices"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/internal/modelfile"
	"github.com/kgraph/kgraph/extract/internal/perceptron"
	"github.com/kgraph/kgraph/graph"
)

// Model is a trained relation classifier. It is read-only and safe for
// concurrent use.
type Model struct {
	classes []graph.RelationType // class 0 is "no relation"
	index   map[uint64]int32     // feature -> offset of its row in w
	w       []float32
	// Threshold is the least margin of the best class over "no relation"
	// for an answer.
	Threshold float64
	// Calibration turns an answer's margin over "no relation" into the
	// chance that it is right, 1/(1+exp(-(A+B*margin))), as measured on
	// pairs held out of training (Calibrate). Zero when never fitted: then
	// a fixed curve stands in.
	Calibration [2]float64
}

//go:embed data/rel.bin.gz
var embedded []byte

// Open reads the model file at path (as kgraph-train -task rel -out writes it), or decodes the
// embedded model when path is empty. An error names the file.
func Open(path string) (*Model, error) {
	return modelfile.Open(path, "relmodel", embedded, Read)
}

// Load decodes the embedded model.
func Load() (*Model, error) { return Open("") }

// Classify implements extract.PairClassifier.
func (m *Model) Classify(p *extract.PairInput) (graph.RelationType, float64) {
	best, margin := m.decide(p)
	if best == 0 || margin < m.Threshold {
		return "", 0
	}
	return m.classes[best], m.confidence(margin)
}

// decide returns the best class for the pair and its margin over "no
// relation".
func (m *Model) decide(p *extract.PairInput) (int, float64) {
	scores := make([]float64, len(m.classes))
	m.score(features(p), scores)
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best, scores[best] - scores[0]
}

// confidence is the chance that an answer with this margin is right.
func (m *Model) confidence(margin float64) float64 {
	if a, b := m.Calibration[0], m.Calibration[1]; b != 0 {
		return 1 / (1 + math.Exp(-(a + b*margin)))
	}
	// A margin of one update is a guess; a wide one is near certain.
	return 0.5 + 0.45*(1-math.Exp(-margin/4))
}

// Calibrate fits Calibration to pairs the model was not trained on: a
// logistic curve of the margin, by Newton's method, over the answers the
// model gives (those at or above Threshold), right when they name the
// pair's gold relation. It returns how many answers it fitted on; with
// fewer than 20, or all right or all wrong, it leaves the calibration as it
// was.
func (m *Model) Calibrate(held []Example) int {
	var xs, ys []float64
	for i := range held {
		best, margin := m.decide(&held[i].Pair)
		if best == 0 || margin < m.Threshold {
			continue
		}
		y := 0.0
		if m.classes[best] == held[i].Relation {
			y = 1
		}
		xs, ys = append(xs, margin), append(ys, y)
	}
	m.fit(xs, ys)
	return len(xs)
}

// Score classifies pairs the model was not trained on and counts its
// answers against their gold relations: right, wrong (an answer that is
// not the gold one, including an answer where the gold has none) and
// missed (a gold relation not given; a wrong answer to a pair with one
// also misses it).
func (m *Model) Score(held []Example) (right, wrong, missed int) {
	for i := range held {
		got, _ := m.Classify(&held[i].Pair)
		gold := held[i].Relation
		switch {
		case got != "" && got == gold:
			right++
		case got != "":
			wrong++
			if gold != "" {
				missed++
			}
		case gold != "":
			missed++
		}
	}
	return right, wrong, missed
}

// fit fits Calibration to margins xs and outcomes ys (1 right, 0 wrong).
func (m *Model) fit(xs, ys []float64) {
	right := 0.0
	for _, y := range ys {
		right += y
	}
	if len(xs) < 20 || right == 0 || right == float64(len(ys)) {
		return
	}
	a, b := math.Log(right/(float64(len(ys))-right)), 0.0
	const ridge = 1e-3 // keeps the slope finite when the answers separate
	for it := 0; it < 100; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-(a + b*x)))
			d := p - ys[i]
			ga += d
			gb += d * x
			w := p * (1 - p)
			haa += w
			hab += w * x
			hbb += w * x * x
		}
		gb += ridge * b
		hbb += ridge
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a, b = a-da, b-db
		if math.Abs(da)+math.Abs(db) < 1e-9 {
			break
		}
	}
	if b > 0 { // a wider margin must not mean a worse answer
		m.Calibration = [2]float64{a, b}
	}
}

func (m *Model) score(fs []uint64, scores []float64) {
	n := int32(len(m.classes))
	for _, f := range fs {
		off, ok := m.index[f]
		if !ok {
			continue
		}
		for c, v := range m.w[off : off+n] {
			scores[c] += float64(v)
		}
	}
}

// fnv hashes a feature's strings.
func fnv(parts ...string) uint64 {
	h := uint64(14695981039346656037)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h = (h ^ uint64(p[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211
	}
	return h
}

func typeOf(m *extract.Mention) string {
	if m.StandsFor != "" && m.Type != graph.Org {
		return "COUNTRY"
	}
	if m.Type == graph.Country {
		return "LOCATION" // the training sets do not tell countries from places
	}
	return string(m.Type)
}

// features describes the pair.
func features(p *extract.PairInput) []uint64 {
	toks, s := p.Tokens, p.Sentence
	a, b := p.A, p.B
	ta, tb := typeOf(a), typeOf(b)
	order := "ab"
	lo, hi := a.Last, b.First
	if b.First < a.First {
		order = "ba"
		lo, hi = b.Last, a.First
	}
	pair := ta + ">" + tb + ":" + order
	word := func(i int) string {
		if i < s.First || i >= s.Last {
			return "<edge>"
		}
		return strings.ToLower(toks[i].Text)
	}
	fs := []uint64{fnv("bias"), fnv("pair", pair)}
	if hi < lo {
		return append(fs, fnv("overlap"))
	}
	between := hi - lo
	dist := strconv.Itoa(min(between, 10))
	fs = append(fs, fnv("dist", pair, dist))
	var words []string
	verbs := 0
	for i := lo; i < hi; i++ {
		w := word(i)
		words = append(words, w)
		fs = append(fs, fnv("bw", pair, w))
		if len(w) > 5 {
			fs = append(fs, fnv("bstem", pair, w[:5])) // "killed", "killing", "killings"
		}
		if i > lo {
			fs = append(fs, fnv("bb", pair, words[len(words)-2], w))
		}
		if strings.HasPrefix(toks[i].Tag, "VB") {
			verbs++
			fs = append(fs, fnv("bv", pair, w))
		}
		if p.Words != nil {
			// "murdered" where training saw "slain"; "-" for a word the
			// vectors never saw, mostly a name
			c, ok := p.Words.WordClass(w)
			cs := "-"
			if ok {
				cs = strconv.Itoa(c)
			}
			fs = append(fs, fnv("bc", pair, cs))
		}
	}
	if between <= 5 {
		fs = append(fs, fnv("bs", pair, strings.Join(words, " ")))
	}
	if between <= 8 {
		// names between as one shape: "of Brown University in" reads as
		// "of NAME in"
		var shape []string
		for i := lo; i < hi; i++ {
			w := word(i)
			if t := toks[i].Text; t != "" && t[0] >= 'A' && t[0] <= 'Z' {
				w = "NAME"
			}
			if len(shape) == 0 || w != "NAME" || shape[len(shape)-1] != "NAME" {
				shape = append(shape, w)
			}
		}
		fs = append(fs, fnv("bsx", pair, strings.Join(shape, " ")))
	}
	if between <= 10 {
		// the shape of what stands between: "VBN IN", ", DT NN IN"
		var tags []string
		for i := lo; i < hi; i++ {
			t := toks[i].Tag
			if len(t) > 2 {
				t = t[:2]
			}
			if len(tags) == 0 || tags[len(tags)-1] != t {
				tags = append(tags, t)
			}
		}
		fs = append(fs, fnv("btags", pair, strings.Join(tags, " ")))
	}
	if between > 0 {
		fs = append(fs, fnv("b1", pair, words[0]), fnv("bl", pair, words[len(words)-1]))
	} else {
		fs = append(fs, fnv("adjacent", pair))
	}
	fs = append(fs, fnv("verbs", pair, strconv.Itoa(min(verbs, 3))))
	first, last := a, b
	if order == "ba" {
		first, last = b, a
	}
	fs = append(fs,
		fnv("pre1", pair, word(first.First-1)),
		fnv("pre2", pair, word(first.First-2), word(first.First-1)),
		fnv("post1", pair, word(last.Last)),
		fnv("post2", pair, word(last.Last), word(last.Last+1)),
		fnv("heada", ta, word(a.Last-1)),
		fnv("headb", tb, word(b.Last-1)),
	)
	if p.Known != "" {
		fs = append(fs, fnv("known", pair, p.Known))
	}
	if a.Role != "" {
		fs = append(fs, fnv("rolea", pair, strings.ToLower(a.Role)))
		if a.RoleOf != "" && (a.RoleOf == b.Entity || a.RoleOf == b.Actor()) {
			fs = append(fs, fnv("roleof", pair))
		}
	}
	return fs
}

// Example is one training pair and the relation it states ("" for none).
type Example struct {
	Pair     extract.PairInput
	Relation graph.RelationType
}

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs    int
	Seed      int64
	Threshold float64
	// Runs is how many perceptrons to train on different shuffles (seeds
	// Seed, Seed+1, ...) and average; zero means one. With a few thousand
	// pairs one run's answers depend much on its shuffle.
	Runs int
}

// Train learns a model from examples with an averaged perceptron.
func Train(examples []Example, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 15
	}
	classSet := map[graph.RelationType]bool{}
	for _, e := range examples {
		if e.Relation != "" {
			classSet[e.Relation] = true
		}
	}
	classes := []graph.RelationType{""}
	for c := range classSet {
		classes = append(classes, c)
	}
	slices.Sort(classes[1:])
	cls := map[graph.RelationType]int{}
	for i, c := range classes {
		cls[c] = i
	}
	n := len(classes)
	feats := make([][]uint64, len(examples))
	for i := range examples {
		feats[i] = features(&examples[i].Pair)
	}
	runs := max(opts.Runs, 1)
	sum := make(map[uint64][]float64)
	for r := 0; r < runs; r++ {
		for f, row := range learn(feats, examples, cls, n, opts.Epochs, opts.Seed+int64(r)) {
			acc := sum[f]
			if acc == nil {
				acc = make([]float64, n)
				sum[f] = acc
			}
			for j, v := range row {
				acc[j] += v / float64(runs)
			}
		}
	}
	m := &Model{classes: classes, index: map[uint64]int32{}, Threshold: opts.Threshold}
	for _, f := range slices.Sorted(maps.Keys(sum)) {
		m.index[f] = int32(len(m.w))
		for _, v := range sum[f] {
			m.w = append(m.w, float32(v))
		}
	}
	return m
}

// learn runs one averaged perceptron over the examples' features for the
// given epochs, shuffled by seed, and returns its averaged weights.
func learn(feats [][]uint64, examples []Example, cls map[graph.RelationType]int, n, epochs int, seed int64) map[uint64][]float64 {
	t := perceptron.New[uint64](n, 1<<14)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float64, n)
	for epoch := 0; epoch < epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			clear(scores)
			for _, f := range feats[k] {
				t.Add(f, scores)
			}
			pred := 0
			for j := 1; j < n; j++ {
				if scores[j] > scores[pred] {
					pred = j
				}
			}
			if gold := cls[examples[k].Relation]; pred != gold {
				t.Update(feats[k], gold, 1)
				t.Update(feats[k], pred, -1)
			}
			t.Tick()
		}
	}
	return t.Averaged()
}

// Classes returns the relation types the model knows.
func (m *Model) Classes() []graph.RelationType {
	return append([]graph.RelationType(nil), m.classes[1:]...)
}

const magic = "KGREL2\n"

// Write saves m: magic, threshold, calibration, classes, then the features
// in hash order with their class weights as float32, gzip-compressed.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, m.Threshold)
	binary.Write(bw, binary.LittleEndian, m.Calibration)
	var tmp [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	putU(uint64(len(m.classes)))
	for _, c := range m.classes {
		putU(uint64(len(c)))
		bw.WriteString(string(c))
	}
	keys := slices.Sorted(maps.Keys(m.index))
	putU(uint64(len(keys)))
	var last uint64
	n := int32(len(m.classes))
	for _, k := range keys {
		putU(k - last)
		last = k
		off := m.index[k]
		binary.Write(bw, binary.LittleEndian, m.w[off:off+n])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errFormat = errors.New("relmodel: not a kgraph relation model")

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errFormat
	}
	m := &Model{index: map[uint64]int32{}}
	if err := binary.Read(br, binary.LittleEndian, &m.Threshold); err != nil {
		return nil, fmt.Errorf("relmodel: threshold: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, &m.Calibration); err != nil || math.IsNaN(m.Calibration[0]) || math.IsNaN(m.Calibration[1]) {
		return nil, fmt.Errorf("relmodel: bad calibration: %v", err)
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc < 1 || nc > 64 {
		return nil, fmt.Errorf("relmodel: bad class count")
	}
	for i := uint64(0); i < nc; i++ {
		l, err := binary.ReadUvarint(br)
		if err != nil || l > 64 {
			return nil, fmt.Errorf("relmodel: bad class name")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("relmodel: class %d: %w", i, err)
		}
		t := graph.RelationType(b)
		if i > 0 {
			if _, ok := graph.Relations.Lookup(t); !ok {
				return nil, fmt.Errorf("relmodel: unknown relation %q", t)
			}
		}
		m.classes = append(m.classes, t)
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil || nf > 1<<24 {
		return nil, fmt.Errorf("relmodel: bad feature count")
	}
	m.w = make([]float32, 0, int(nf)*int(nc))
	var last uint64
	row := make([]float32, nc)
	for i := uint64(0); i < nf; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("relmodel: feature %d: %w", i, err)
		}
		last += d
		if err := binary.Read(br, binary.LittleEndian, row); err != nil {
			return nil, fmt.Errorf("relmodel: feature %d: %w", i, err)
		}
		m.index[last] = int32(len(m.w))
		m.w = append(m.w, row...)
	}
	return m, nil
}
