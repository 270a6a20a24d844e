package model

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

func TestLabels(t *testing.T) {
	if LabelName(0) != "O" || LabelName(LabelOf("B", "PER")) != "B-PER" || LabelName(LabelOf("U", "MISC")) != "U-MISC" {
		t.Error("label names")
	}
	if LabelOf("X", "PER") != 0 || LabelOf("B", "DATE") != 0 {
		t.Error("unknown positions and types must give O")
	}
	bPer, iPer, lPer, uLoc := LabelOf("B", "PER"), LabelOf("I", "PER"), LabelOf("L", "PER"), LabelOf("U", "LOC")
	for _, c := range []struct {
		prev, l  int
		last, ok bool
	}{
		{-1, bPer, false, true}, {-1, iPer, false, false}, {-1, lPer, false, false}, {-1, bPer, true, false},
		{bPer, iPer, false, true}, {bPer, lPer, false, true}, {bPer, 0, false, false}, {bPer, uLoc, false, false},
		{iPer, LabelOf("L", "ORG"), false, false}, {lPer, 0, false, true}, {uLoc, bPer, false, true},
	} {
		if got := allowed(c.prev, c.l, c.last); got != c.ok {
			t.Errorf("allowed(%s, %s, last=%v) = %v", prevName(c.prev), LabelName(c.l), c.last, got)
		}
	}
	got := spans([]int{0, bPer, iPer, lPer, 0, uLoc})
	want := []extract.Span{{First: 1, Last: 4, Type: graph.Person}, {First: 5, Last: 6, Type: graph.Location}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("spans = %+v, want %+v", got, want)
	}
}

func tagInput(t testing.TB, text string) *extract.TagInput {
	t.Helper()
	toks, sents := testAnalyzer(t).Analyze(text)
	return &extract.TagInput{Tokens: toks, Sentences: sents}
}

func TestTrainWriteRead(t *testing.T) {
	var exs []Example
	for _, text := range []string{"John Smith visited Paris .", "Mary Jones flew to Rome .", "Acme Corp hired John Smith ."} {
		in := tagInput(t, text)
		labels := make([]int, len(in.Tokens))
		for i, tk := range in.Tokens {
			switch tk.Text {
			case "John", "Mary":
				labels[i] = LabelOf("B", "PER")
			case "Smith", "Jones":
				labels[i] = LabelOf("L", "PER")
			case "Paris", "Rome":
				labels[i] = LabelOf("U", "LOC")
			case "Acme":
				labels[i] = LabelOf("B", "ORG")
			case "Corp":
				labels[i] = LabelOf("L", "ORG")
			}
		}
		exs = append(exs, Example{In: in, Labels: labels})
	}
	m := Train(exs, TrainOptions{Epochs: 10, Runs: 2, Clusters: []map[string]uint16{{"Paris": 1, "Rome": 1}},
		Embeddings: map[string][]uint16{"paris": {0, 3}, "rome": {0, 3}, "smith": {1, 5}}})
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !sameClasses(m.words.embed, m2.words.embed) {
		t.Errorf("embedding classes read back as %v, written %v", m2.words.embed, m.words.embed)
	}
	for _, ex := range exs {
		a, b := m.Labels(ex.In), m2.Labels(ex.In)
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("a model read back tags differently: %v vs %v", a, b)
			}
			if a[i] != ex.Labels[i] {
				t.Errorf("%s: %s, trained as %s", ex.In.Tokens[i].Text, LabelName(a[i]), LabelName(ex.Labels[i]))
			}
		}
	}
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted junk")
	}
	trunc := buf.Bytes()[:buf.Len()/2]
	if _, err := Read(bytes.NewReader(trunc)); err == nil {
		t.Error("Read accepted a truncated model")
	}
}

func TestEmbeddedModel(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() < 10000 {
		t.Errorf("embedded model has only %d features", m.Features())
	}
	in := tagInput(t, "Angela Merkel met executives of Siemens in Munich on Tuesday.")
	gaz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	in.Gazetteer = extract.GazetteerTags(gaz, in.Tokens, in.Sentences)
	got := map[string]graph.EntityType{}
	for _, sp := range m.TagNames(in) {
		got[in.Tokens[sp.First].Text] = sp.Type
	}
	if got["Angela"] != graph.Person || got["Siemens"] != graph.Org || got["Munich"] != graph.Location {
		t.Errorf("tagged %v", got)
	}
}

// FuzzTagNames runs the embedded tagger over arbitrary text: spans must be
// in range, in order and not overlap.
func FuzzTagNames(f *testing.F) {
	for _, s := range []string{"Angela Merkel met Putin.", "", "A B C D E F G", "\xff\x00 NATO's (CSTO) ...", "U.S. J. Cox Sept. 11"} {
		f.Add(s)
	}
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := tagInput(t, text)
		end := 0
		for _, sp := range m.TagNames(in) {
			if sp.First < end || sp.Last <= sp.First || sp.Last > len(in.Tokens) {
				t.Fatalf("bad span %+v (previous end %d, %d tokens)", sp, end, len(in.Tokens))
			}
			end = sp.Last
		}
	})
}

// FuzzRead feeds the model reader gzip streams of arbitrary bytes after a
// valid header: it must fail cleanly or give a model that tags.
func FuzzRead(f *testing.F) {
	var small bytes.Buffer
	m := Train([]Example{{In: &extract.TagInput{}, Labels: nil}}, TrainOptions{Epochs: 1,
		Embeddings: map[string][]uint16{"paris": {1, 2}}})
	if err := m.Write(&small); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(&small)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(magic))
	f.Add(append([]byte(magic), byte(nLabels), 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 1, 5, 1, 2))
	f.Fuzz(func(t *testing.T, payload []byte) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(payload)
		zw.Close()
		m, err := Read(&buf)
		if err != nil {
			return
		}
		m.TagNames(&extract.TagInput{})
	})
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.bin.gz")
	if err := os.WriteFile(junk, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(""); err != nil {
		t.Errorf(`Open(""): %v; want the embedded model`, err)
	}
	for _, path := range []string{junk, filepath.Join(dir, "missing.bin.gz")} {
		if _, err := Open(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%q): error %v; want one naming the file", path, err)
		}
	}
}
