package dot

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/encoding/internal/golden"
)

func sample() *graph.Graph {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "country/belarus", Name: "Belarus", Type: graph.Country, Aliases: []string{"Belarusian"}})
	g.AddEntity(graph.Entity{ID: "country/russia", Name: "Russia", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "org/csto", Name: "Collective Security Treaty Organization", Type: graph.Org})
	g.AddEntity(graph.Entity{ID: "person/x", Name: `Odd "quoted" \ name`, Type: graph.Person})
	g.AddRelation(graph.Relation{Type: graph.AlliedWith, Source: "country/russia", Target: "country/belarus", Confidence: 0.9,
		Evidence: []graph.Evidence{{Text: "Minsk has backed its ally Moscow."}}})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.8})
	g.AddRelation(graph.Relation{Type: graph.AlliedWith, Source: "country/russia", Target: "person/x", Inferred: true, Because: "a\nrule"})
	return g
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, sample(), nil); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "sample.dot"), buf.Bytes())
}

// TestGraphvizAccepts renders the output with a real dot when one is installed.
func TestGraphvizAccepts(t *testing.T) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot is not installed")
	}
	var buf bytes.Buffer
	if err := Encode(&buf, sample(), &Options{Name: `a "name"`}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dotBin, "-Tsvg")
	cmd.Stdin = &buf
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot rejected the output: %v %s", err, stderr.String())
	}
	if !bytes.Contains(out, []byte("<svg")) || !bytes.Contains(out, []byte("Collective Security Treaty Organization")) {
		t.Error("dot's SVG lacks the graph")
	}
}

// unquote reads back an ID written by ID.
func unquote(s string) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	var b strings.Builder
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if c == '"' {
			return "", false // an unescaped quote would end the string early
		}
		if c == '\\' && i+1 < len(s)-1 {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

func FuzzID(f *testing.F) {
	for _, s := range []string{"Belarus", `a"b`, `back\slash`, "line\nbreak", `\"`, "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := ID(s)
		got, ok := unquote(q)
		want := strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r", "")
		if !ok || got != want {
			t.Errorf("ID(%q) = %s reads back as %q, %v", s, q, got, ok)
		}
	})
}
