package graphml

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/encoding/internal/golden"
)

func sample() *graph.Graph {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "country/belarus", Name: "Belarus", Type: graph.Country, Aliases: []string{"Belarusian", "Byelorussia"}, Wikidata: "Q184"})
	g.AddEntity(graph.Entity{ID: "country/russia", Name: "Russia", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "org/csto", Name: "Collective Security Treaty Organization", Type: graph.Org})
	g.AddEntity(graph.Entity{ID: "person/x", Name: "Odd \"quoted\" <name> & \x01co", Type: graph.Person})
	g.AddRelation(graph.Relation{Type: graph.AlliedWith, Source: "country/russia", Target: "country/belarus", Confidence: 0.9, Date: "2022-03-11",
		Evidence: []graph.Evidence{{Doc: "seed", Text: "Minsk has backed its ally Moscow."}}})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.8, Role: "founding member"})
	g.AddRelation(graph.Relation{Type: graph.LeaderOf, Source: "person/x", Target: "country/russia", Inferred: true, Because: "a\nrule", Confidence: 0.5})
	return g
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "sample.graphml"), buf.Bytes())
}

// doc is the part of a GraphML document the round trip reads back.
type doc struct {
	Keys []struct {
		ID  string `xml:"id,attr"`
		For string `xml:"for,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string  `xml:"id,attr"`
			Data []datum `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Data   []datum `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type datum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func value(ds []datum, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

// TestWellFormed reads the output back with an XML parser: every node and
// edge is there with its values, every data key is declared, the ends of
// every edge are nodes, and a symmetric relation is marked so.
func TestWellFormed(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var d doc
	if err := xml.Unmarshal(buf.Bytes(), &d); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, buf.String())
	}
	declared := make(map[string]bool)
	for _, k := range d.Keys {
		declared[k.ID] = true
	}
	nodes := make(map[string]bool)
	for _, n := range d.Graph.Nodes {
		nodes[n.ID] = true
		for _, x := range n.Data {
			if !declared[x.Key] {
				t.Errorf("node %s: undeclared key %q", n.ID, x.Key)
			}
		}
	}
	if len(d.Graph.Nodes) != 4 || len(d.Graph.Edges) != 3 || d.Graph.EdgeDefault != "directed" {
		t.Fatalf("got %d nodes, %d edges, edgedefault %q; want 4, 3, directed", len(d.Graph.Nodes), len(d.Graph.Edges), d.Graph.EdgeDefault)
	}
	if got := value(d.Graph.Nodes[3].Data, "label"); got != `Odd "quoted" <name> & co` {
		t.Errorf("label of person/x read back as %q", got)
	}
	if got := value(d.Graph.Nodes[0].Data, "aliases"); got != "Belarusian; Byelorussia" {
		t.Errorf("aliases of Belarus read back as %q", got)
	}
	for _, e := range d.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s: an end is no node", e.Source, e.Target)
		}
		for _, x := range e.Data {
			if !declared[x.Key] {
				t.Errorf("edge %s -> %s: undeclared key %q", e.Source, e.Target, x.Key)
			}
		}
		switch rel := value(e.Data, "relation"); rel {
		case "allied-with":
			if value(e.Data, "symmetric") != "true" || value(e.Data, "quote") != "Minsk has backed its ally Moscow." || value(e.Data, "first_date") != "2022-03-11" {
				t.Errorf("allied-with edge read back as %+v", e)
			}
		case "leader-of":
			if value(e.Data, "symmetric") != "false" || value(e.Data, "inferred") != "true" || value(e.Data, "because") != "a\nrule" {
				t.Errorf("leader-of edge read back as %+v", e)
			}
		case "member-of":
			if value(e.Data, "role") != "founding member" || value(e.Data, "confidence") != "0.8" {
				t.Errorf("member-of edge read back as %+v", e)
			}
		default:
			t.Errorf("unexpected relation %q", rel)
		}
	}
}

// TestNetworkXAccepts reads the output with NetworkX when Python has it:
// the strictest of the common GraphML readers about attribute types and
// edge direction.
func TestNetworkXAccepts(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import networkx").Run() != nil {
		t.Skip("python3 with networkx is not installed")
	}
	var buf bytes.Buffer
	if err := Encode(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sample.graphml")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", `import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges(), g.edges["country/belarus", "country/russia"]["symmetric"], g.edges["country/belarus", "org/csto"]["confidence"])`, path).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx refused the output: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "4 3 True 0.8" {
		t.Errorf("networkx read %q, want \"4 3 True 0.8\"", got)
	}
}

func ExampleEncode() {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "country/belarus", Name: "Belarus", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "org/csto", Name: "CSTO", Type: graph.Org})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.8})
	var buf bytes.Buffer
	_ = Encode(&buf, g)
	var d doc
	_ = xml.Unmarshal(buf.Bytes(), &d)
	for _, e := range d.Graph.Edges {
		os.Stdout.WriteString(e.Source + " " + value(e.Data, "relation") + " " + e.Target + "\n")
	}
	// Output: country/belarus member-of org/csto
}

// FuzzEncode checks that whatever text names and quotes hold (markup,
// control characters, invalid UTF-8), the output is well-formed XML that
// reads back with every node and edge.
func FuzzEncode(f *testing.F) {
	f.Add("country/x", "Odd <\"name\"> & co", "a quote\x01\x00with \xff bytes")
	f.Fuzz(func(t *testing.T, id, name, quote string) {
		g := graph.New()
		g.AddEntity(graph.Entity{ID: "a/" + id, Name: name, Type: graph.Person, Aliases: []string{quote}})
		g.AddEntity(graph.Entity{ID: "b/" + id, Name: quote, Type: graph.Org})
		g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "a/" + id, Target: "b/" + id, Confidence: 0.5, Role: name,
			Evidence: []graph.Evidence{{Doc: id, Text: quote}}})
		var buf bytes.Buffer
		if err := Encode(&buf, g); err != nil {
			t.Fatal(err)
		}
		var d doc
		if err := xml.Unmarshal(buf.Bytes(), &d); err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, buf.String())
		}
		if len(d.Graph.Nodes) != 2 || len(d.Graph.Edges) != 1 {
			t.Fatalf("read back %d nodes and %d edges, want 2 and 1", len(d.Graph.Nodes), len(d.Graph.Edges))
		}
	})
}
