// Package graphml writes a kgraph graph as GraphML, the XML graph format
// that Gephi, yEd, Cytoscape, NetworkX and the graph databases' importers
// read: one node per entity and one edge per relation, each with its
// attributes declared as GraphML keys (name, type, aliases and Wikidata id
// of an entity; type, confidence, dates, role, inference, evidence count and
// first quote of a relation). Node ids are kgraph's entity ids, so that an
// export joins with the others and with queries; they hold "/", which the
// GraphML schema's NMTOKEN type does not allow, so the document names no
// schema to validate against. The graph is directed; a symmetric relation
// (allied-with, met-with, negotiates-with) is one edge marked symmetric, as
// readers such as NetworkX refuse undirected edges in a directed graph. The
// output follows the graph's order, so it is byte-for-byte stable.
package graphml

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// Graph is what Encode reads: entities and relations, each sorted by id.
// *graph.Graph implements it.
type Graph interface {
	Entities() []graph.Entity
	Relations() []graph.Relation
}

// key declares one attribute: its id, what it belongs to, its name and its
// GraphML type.
type key struct{ id, of, name, typ string }

// keys are the attributes written, in the order they are declared and,
// within a node or an edge, written.
var keys = []key{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"aliases", "node", "aliases", "string"},
	{"wikidata", "node", "wikidata", "string"},
	{"relation", "edge", "relation", "string"},
	{"symmetric", "edge", "symmetric", "boolean"},
	{"confidence", "edge", "confidence", "double"},
	{"inferred", "edge", "inferred", "boolean"},
	{"because", "edge", "because", "string"},
	{"role", "edge", "role", "string"},
	{"first_date", "edge", "first_date", "string"},
	{"last_date", "edge", "last_date", "string"},
	{"evidence", "edge", "evidence", "int"},
	{"quote", "edge", "quote", "string"},
	{"document", "edge", "document", "string"},
}

// Encode writes g to w as a GraphML document. An attribute with no value
// (an entity with no aliases, a relation with no role) is left out, as
// GraphML allows.
func Encode(w io.Writer, g Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	// No xsi:schemaLocation: node ids are kgraph's ("country/belarus"),
	// which the tools read but the schema's NMTOKEN type does not allow.
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	for _, k := range keys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.of, k.name, k.typ)
	}
	bw.WriteString(`  <graph id="kgraph" edgedefault="directed">` + "\n")
	for _, e := range g.Entities() {
		fmt.Fprintf(bw, "    <node id=%s>\n", attr(e.ID))
		data(bw, "label", e.Name)
		data(bw, "type", string(e.Type))
		data(bw, "aliases", strings.Join(e.Aliases, "; "))
		data(bw, "wikidata", e.Wikidata)
		bw.WriteString("    </node>\n")
	}
	for i, r := range g.Relations() {
		def, _ := graph.Relations.Lookup(r.Type)
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=%s target=%s>\n", i, attr(r.Source), attr(r.Target))
		data(bw, "relation", string(r.Type))
		data(bw, "symmetric", strconv.FormatBool(def.Symmetric))
		data(bw, "confidence", strconv.FormatFloat(r.Confidence, 'f', -1, 64))
		data(bw, "inferred", strconv.FormatBool(r.Inferred))
		data(bw, "because", r.Because)
		data(bw, "role", r.Role)
		data(bw, "first_date", r.Date)
		data(bw, "last_date", r.LastDate)
		data(bw, "evidence", strconv.Itoa(len(r.Evidence)))
		if len(r.Evidence) > 0 {
			data(bw, "quote", r.Evidence[0].Text)
			data(bw, "document", r.Evidence[0].Doc)
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// data writes one attribute value, escaped; nothing when it is empty.
func data(w *bufio.Writer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(w, "      <data key=%q>%s</data>\n", key, text(value))
}

// attr quotes s as an XML attribute value.
func attr(s string) string { return `"` + text(s) + `"` }

// text escapes s for XML character data or a quoted attribute, and drops
// the characters XML 1.0 cannot carry at all (most control characters),
// which news text sometimes holds.
func text(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return -1
	}, s)))
	return b.String()
}
