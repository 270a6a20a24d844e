package relmodel

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/graph"
)

// pair builds the classifier's input for two mention texts of a sentence
// analysed by the rules-only pipeline.
func pair(t *testing.T, p *extract.Pipeline, text, a, b string) extract.PairInput {
	t.Helper()
	r, err := p.Extract(context.Background(), graph.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var ma, mb *extract.Mention
	for i := range r.Mentions {
		switch r.Mentions[i].Text {
		case a:
			ma = &r.Mentions[i]
		case b:
			mb = &r.Mentions[i]
		}
	}
	if ma == nil || mb == nil {
		t.Fatalf("%q: mentions %q and %q not both found", text, a, b)
	}
	return extract.PairInput{Tokens: r.Tokens, Sentence: r.Sentences[ma.Sent], A: ma, B: mb}
}

// TestTrainClassifyRoundTrip trains on a handful of written sentences and
// checks that the model reads held-back sentences of the same shape, and
// reads them the same after a write and read.
func TestTrainClassifyRoundTrip(t *testing.T) {
	p, err := extract.NewPipeline(nil)
	if err != nil {
		t.Fatal(err)
	}
	killers := [][2]string{{"John Smith", "Mark Jones"}, {"Peter Brown", "Alan White"}, {"Mary Green", "Susan Black"},
		{"David Clark", "Henry Adams"}, {"Paul Walker", "Tom Hill"}}
	var exs []Example
	for _, k := range killers[:4] {
		text := k[0] + " shot and killed " + k[1] + " on Monday."
		exs = append(exs, Example{Pair: pair(t, p, text, k[0], k[1]), Relation: graph.Killed})
		text = k[0] + " met " + k[1] + " on Monday."
		exs = append(exs, Example{Pair: pair(t, p, text, k[0], k[1])})
	}
	m := Train(exs, TrainOptions{Epochs: 10, Seed: 1})
	kill := pair(t, p, killers[4][0]+" shot and killed "+killers[4][1]+" on Monday.", killers[4][0], killers[4][1])
	meet := pair(t, p, killers[4][0]+" met "+killers[4][1]+" on Monday.", killers[4][0], killers[4][1])
	if got, _ := m.Classify(&kill); got != graph.Killed {
		t.Errorf("killed sentence read as %q", got)
	}
	if got, _ := m.Classify(&meet); got != "" {
		t.Errorf("meeting sentence read as %q", got)
	}
	// Several runs averaged read the same sentences, and training is
	// deterministic.
	m3 := Train(exs, TrainOptions{Epochs: 10, Seed: 1, Runs: 3})
	if got, _ := m3.Classify(&kill); got != graph.Killed {
		t.Errorf("three runs: killed sentence read as %q", got)
	}
	if got, _ := m3.Classify(&meet); got != "" {
		t.Errorf("three runs: meeting sentence read as %q", got)
	}
	var b1, b2 bytes.Buffer
	if err := m3.Write(&b1); err != nil {
		t.Fatal(err)
	}
	if err := Train(exs, TrainOptions{Epochs: 10, Seed: 1, Runs: 3}).Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("training twice with the same options wrote different models")
	}

	held := []Example{
		{Pair: kill, Relation: graph.Killed}, // right
		{Pair: meet},                         // no answer, none wanted
		{Pair: kill},                         // an answer where the gold has none: wrong
		{Pair: meet, Relation: graph.Killed}, // missed
	}
	if r, w, miss := m.Score(held); r != 1 || w != 1 || miss != 1 {
		t.Errorf("Score = %d right, %d wrong, %d missed; want 1, 1, 1", r, w, miss)
	}

	m.Calibration = [2]float64{-1, 0.25}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Calibration != m.Calibration {
		t.Errorf("calibration read back as %v, written %v", m2.Calibration, m.Calibration)
	}
	for _, in := range []*extract.PairInput{&kill, &meet} {
		r1, c1 := m.Classify(in)
		r2, c2 := m2.Classify(in)
		if r1 != r2 || c1 != c2 {
			t.Errorf("after round trip: %q %v, want %q %v", r2, c2, r1, c1)
		}
	}
}

// TestCalibrate fits the confidence curve to answers whose margins tell
// right from wrong: the curve must rise with the margin and put the wide
// margins' answers above the narrow ones'.
func TestCalibrate(t *testing.T) {
	m := &Model{Threshold: 1}
	if got := m.confidence(10); got < 0.5 || got > 0.95 {
		t.Errorf("uncalibrated confidence at margin 10 = %v", got)
	}
	// Fit directly on margins: wide margins mostly right, narrow mostly
	// wrong.
	var xs, ys []float64
	for i := 0; i < 200; i++ {
		x := float64(i%40) + 1
		y := 0.0
		if i%40 > 8 && i%7 != 0 || i%40 <= 8 && i%5 == 0 {
			y = 1
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	m.fit(xs, ys)
	a, b := m.Calibration[0], m.Calibration[1]
	if b <= 0 {
		t.Fatalf("calibration %v: the slope must be positive", m.Calibration)
	}
	if lo, hi := m.confidence(2), m.confidence(35); !(lo < 0.5 && hi > 0.8) {
		t.Errorf("confidence at margins 2 and 35 = %.2f, %.2f (a %.3f, b %.3f)", lo, hi, a, b)
	}
	before := m.Calibration
	m.fit([]float64{1, 2, 3}, []float64{1, 1, 1}) // too few, all right: nothing to learn
	if m.Calibration != before {
		t.Errorf("a degenerate sample changed the calibration to %v", m.Calibration)
	}
}

func TestLoadEmbedded(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := map[graph.RelationType]bool{graph.Killed: true, graph.WorksFor: true, graph.BasedIn: true}
	for _, c := range m.Classes() {
		delete(want, c)
	}
	if len(want) > 0 {
		t.Errorf("embedded model lacks classes %v (has %v)", want, m.Classes())
	}
}

func TestReadErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	for name, in := range map[string][]byte{
		"not gzip":        []byte("hello"),
		"wrong magic":     gz("KGNER3\n"),
		"truncated":       gz(magic),
		"unknown class":   gz(magic + "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x05bogus"),
		"too many":        gz(magic + "\x00\x00\x00\x00\x00\x00\x00\x00\xff\x01"),
		"empty gzip file": gz(""),
	} {
		if _, err := Read(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.HasPrefix(err.Error(), "relmodel: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
}

// FuzzRead checks that no input makes Read panic or return a model whose
// use panics.
func FuzzRead(f *testing.F) {
	var b bytes.Buffer
	Train(nil, TrainOptions{Epochs: 1}).Write(&b)
	f.Add(b.Bytes())
	f.Add(embedded[:min(len(embedded), 512)])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Classes()
	})
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.bin.gz")
	if err := os.WriteFile(junk, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	if m, err := Open(""); err != nil || len(m.Classes()) == 0 {
		t.Errorf(`Open(""): %v, %v; want the embedded model`, m, err)
	}
	for _, path := range []string{junk, filepath.Join(dir, "missing.bin.gz")} {
		if _, err := Open(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%q): error %v; want one naming the file", path, err)
		}
	}
}
