package linkcsv

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/encoding/internal/golden"
)

func sample() *graph.Graph {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "country/belarus", Name: "Belarus", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "country/russia", Name: "Russia", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "org/csto", Name: "Collective Security Treaty Organization", Type: graph.Org})
	g.AddRelation(graph.Relation{Type: graph.AlliedWith, Source: "country/russia", Target: "country/belarus", Confidence: 0.9, Date: "2022-03-11",
		Evidence: []graph.Evidence{{Doc: "seed", Text: "Minsk has \"strongly\" backed its ally Moscow,\nsaid one."}}})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.8, Role: "founding member"})
	g.AddRelation(graph.Relation{Type: graph.AlliedWith, Source: "country/russia", Target: "person/unknown", Inferred: true, Because: "a rule, with a comma"})
	return g
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "sample.csv"), buf.Bytes())
}

// TestReadBack parses the output as CSV: a header and one row a relation,
// every row as wide as the header, quotes, commas and line breaks intact,
// both ends named and typed, an end the graph lacks given by its id.
func TestReadBack(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v", err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3", len(rows))
	}
	col := make(map[string]int)
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		if len(r) != len(Header) {
			t.Fatalf("row %v: %d fields, want %d", r, len(r), len(Header))
		}
	}
	allied := rows[1]
	if allied[col["relation"]] != "allied-with" || allied[col["source_name"]] != "Belarus" || allied[col["target_type"]] != "COUNTRY" ||
		allied[col["symmetric"]] != "true" || allied[col["quote"]] != "Minsk has \"strongly\" backed its ally Moscow,\nsaid one." || allied[col["document"]] != "seed" {
		t.Errorf("allied-with row read back as %q", allied)
	}
	var inferred []string
	for _, r := range rows[1:] {
		if r[col["inferred"]] == "true" {
			inferred = r
		}
	}
	if inferred == nil || inferred[col["target_id"]] != "person/unknown" || inferred[col["target_name"]] != "" || inferred[col["because"]] != "a rule, with a comma" {
		t.Errorf("inferred row read back as %q", inferred)
	}
}

func ExampleEncode() {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "country/belarus", Name: "Belarus", Type: graph.Country})
	g.AddEntity(graph.Entity{ID: "org/csto", Name: "CSTO", Type: graph.Org})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "country/belarus", Target: "org/csto", Confidence: 0.8})
	var buf bytes.Buffer
	_ = Encode(&buf, g)
	os.Stdout.WriteString(strings.ReplaceAll(buf.String(), "\r\n", "\n")) // (the file's lines end in CRLF)
	// Output:
	// source_id,source_name,source_type,relation,target_id,target_name,target_type,symmetric,confidence,inferred,because,role,first_date,last_date,evidence,quote,document
	// country/belarus,Belarus,COUNTRY,member-of,org/csto,CSTO,ORG,false,0.8,false,,,,,0,,
}

// FuzzEncode checks that whatever text names and quotes hold (commas,
// quotes, line breaks, invalid UTF-8), the output reads back as CSV with
// a header and one full row.
func FuzzEncode(f *testing.F) {
	f.Add("x", "Odd, \"quoted\"\nname", "a quote\r\nwith \xff bytes")
	f.Fuzz(func(t *testing.T, id, name, quote string) {
		g := graph.New()
		g.AddEntity(graph.Entity{ID: "a/" + id, Name: name, Type: graph.Person})
		g.AddEntity(graph.Entity{ID: "b/" + id, Name: quote, Type: graph.Org})
		g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "a/" + id, Target: "b/" + id, Role: name,
			Evidence: []graph.Evidence{{Doc: id, Text: quote}}})
		var buf bytes.Buffer
		if err := Encode(&buf, g); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&buf)
		r.LazyQuotes = false
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("not valid CSV: %v\n%q", err, buf.String())
		}
		if len(rows) != 2 || len(rows[1]) != len(Header) {
			t.Fatalf("read back %d rows, want a header and one row of %d fields", len(rows), len(Header))
		}
	})
}

// TestFormulaDefused checks that a text cell a spreadsheet would run as a
// formula is written with a leading apostrophe, and that lines end in CRLF.
func TestFormulaDefused(t *testing.T) {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "person/a", Name: "=HYPERLINK(\"x\")", Type: graph.Person})
	g.AddEntity(graph.Entity{ID: "org/b", Name: "Acme", Type: graph.Org})
	g.AddRelation(graph.Relation{Type: graph.MemberOf, Source: "person/a", Target: "org/b", Evidence: []graph.Evidence{{Text: "-- he said", Doc: "d"}}})
	var buf bytes.Buffer
	if err := Encode(&buf, g); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "\r\n") || strings.Count(buf.String(), "\r\n") != 2 {
		t.Errorf("lines do not end in CRLF: %q", buf.String())
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[1][1]; got != "'=HYPERLINK(\"x\")" {
		t.Errorf("source_name written as %q, want a leading apostrophe", got)
	}
	if got := rows[1][15]; got != "'-- he said" {
		t.Errorf("quote written as %q, want a leading apostrophe", got)
	}
}
