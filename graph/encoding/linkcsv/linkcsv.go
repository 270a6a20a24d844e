// Package linkcsv writes a kgraph graph as one CSV row a relation, both
// ends named and typed on the row: the link table that link-chart tools
// (i2 Analyst's Notebook's importer, Maltego's, a spreadsheet) read, where
// each row makes two entities and the link between them. Rows follow the
// graph's order, so the output is byte-for-byte stable.
package linkcsv

import (
	"encoding/csv"
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
	Entity(id string) (graph.Entity, bool)
}

// Header names the columns Encode writes.
var Header = []string{
	"source_id", "source_name", "source_type", "relation", "target_id", "target_name", "target_type",
	"symmetric", "confidence", "inferred", "because", "role", "first_date", "last_date", "evidence", "quote", "document",
}

// Encode writes g's relations to w as CSV (RFC 4180: CRLF line ends), a
// header row first. An end the graph does not hold is written by its id
// alone. A text cell that opens with "=", "+", "-" or "@" gets a leading
// apostrophe, so that a spreadsheet shows it rather than running it as a
// formula (a quote from the news is data, never code).
func Encode(w io.Writer, g Graph) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(Header); err != nil {
		return err
	}
	for _, r := range g.Relations() {
		src, _ := g.Entity(r.Source)
		tgt, _ := g.Entity(r.Target)
		def, _ := graph.Relations.Lookup(r.Type)
		quote, doc := "", ""
		if len(r.Evidence) > 0 {
			quote, doc = r.Evidence[0].Text, r.Evidence[0].Doc
		}
		row := []string{
			r.Source, cell(src.Name), string(src.Type), string(r.Type), r.Target, cell(tgt.Name), string(tgt.Type),
			strconv.FormatBool(def.Symmetric), strconv.FormatFloat(r.Confidence, 'f', -1, 64), strconv.FormatBool(r.Inferred), cell(r.Because),
			cell(r.Role), r.Date, r.LastDate, strconv.Itoa(len(r.Evidence)), cell(quote), doc,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell defuses a text that a spreadsheet would read as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
