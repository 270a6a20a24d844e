// Package dot writes a kgraph graph in Graphviz's DOT language: one node per
// entity, shaped and coloured by type, and one labelled edge per relation;
// symmetric relations have no arrowhead and inferred ones are dashed. The
// output is sorted by id, so it is byte-for-byte stable.
package dot

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// Graph is what Encode reads: entities and relations, each sorted by id.
// *graph.Graph implements it.
type Graph interface {
	Entities() []graph.Entity
	Relations() []graph.Relation
}

// Options tune the output. A nil *Options uses the defaults.
type Options struct {
	Name    string // the digraph's name; "kgraph" when empty
	RankDir string // Graphviz rankdir: "LR" (default), "TB"...
}

type style struct{ shape, fill string }

// styles by entity type; colours from a colour-blind-safe qualitative palette.
var styles = map[graph.EntityType]style{
	graph.Person:   {"ellipse", "#a6cee3"},
	graph.Org:      {"box", "#fdbf6f"},
	graph.Country:  {"hexagon", "#b2df8a"},
	graph.Location: {"house", "#cab2d6"},
	graph.Date:     {"note", "#ffff99"},
}

// Encode writes g to w.
func Encode(w io.Writer, g Graph, opts *Options) error {
	o := Options{Name: "kgraph", RankDir: "LR"}
	if opts != nil {
		if opts.Name != "" {
			o.Name = opts.Name
		}
		if opts.RankDir != "" {
			o.RankDir = opts.RankDir
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph %s {\n", ID(o.Name))
	fmt.Fprintf(bw, "  graph [rankdir=%s, overlap=false, splines=true, fontname=\"Helvetica\"];\n", ID(o.RankDir))
	fmt.Fprintf(bw, "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n")
	fmt.Fprintf(bw, "  edge [fontname=\"Helvetica\", fontsize=9];\n")
	for _, e := range g.Entities() {
		st, ok := styles[e.Type]
		if !ok {
			st = style{"ellipse", "#ffffff"}
		}
		tip := string(e.Type)
		if len(e.Aliases) > 0 {
			tip += ": " + strings.Join(e.Aliases, ", ")
		}
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, fillcolor=%s, tooltip=%s];\n",
			ID(e.ID), ID(e.Name), st.shape, ID(st.fill), ID(tip))
	}
	for _, r := range g.Relations() {
		attrs := []string{"label=" + ID(string(r.Type))}
		if def, ok := graph.Relations.Lookup(r.Type); ok && def.Symmetric {
			attrs = append(attrs, "dir=none")
		}
		if r.Inferred {
			attrs = append(attrs, "style=dashed", `color="#888888"`, "tooltip="+ID(r.Because))
		} else {
			w := 1.0 + float64(min(len(r.Evidence), 5))*0.4
			attrs = append(attrs, fmt.Sprintf("penwidth=%.1f", w))
			if len(r.Evidence) > 0 {
				attrs = append(attrs, "tooltip="+ID(r.Evidence[0].Text))
			}
		}
		fmt.Fprintf(bw, "  %s -> %s [%s];\n", ID(r.Source), ID(r.Target), strings.Join(attrs, ", "))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// ID quotes s as a DOT identifier: always as a double-quoted string, with
// quotes and backslashes escaped, line breaks as \n and invalid UTF-8
// replaced, since Graphviz reads UTF-8.
func ID(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
