package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/encoding/dot"
	"github.com/kgraph/kgraph/graph/encoding/graphml"
	"github.com/kgraph/kgraph/graph/encoding/linkcsv"
)

// ExportOptions are the flags and dependencies of `kgraph export`.
type ExportOptions struct {
	Factory  *Factory
	Format   string
	Entity   string
	Depth    int
	Rels     []string
	Inferred bool
	// MinConfidence leaves out relations less sure than this.
	MinConfidence float64
	// Since and Until keep the relations with evidence dated in that
	// time, each with that evidence only: a link chart of a period.
	Since, Until string
}

func newCmdExport(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph for Graphviz (dot), graph tools (graphml), link charts (csv) or programs (json)",
		Long: `Write the graph, or the neighbourhood of one entity, to standard output.

  dot   Graphviz: nodes shaped and coloured by type, edges labelled with the
        relation; render with  kgraph export --format dot | dot -Tsvg > chart.svg
  graphml  GraphML for Gephi, yEd, Cytoscape, NetworkX and graph database
        importers: entities with name, type, aliases and Wikidata id;
        relations with type, confidence, dates, role, inference and the
        first quote with its document; symmetric relations marked so
  csv   one row a relation with both ends named and typed, the link table
        link-chart tools import (i2 Analyst's Notebook, Maltego, a spreadsheet)
  json  {"entities": [...], "relations": [...]} with every field and all
        evidence (each item names its document)

With --since or --until, only relations with evidence dated in that time are
written, each with that evidence only: the chart of a period.`,
		Example: `  kgraph export --format dot | dot -Tsvg > chart.svg
  kgraph export --format dot --entity Belarus --depth 2 --rel member-of --rel allied-with
  kgraph export --format json > graph.json
  kgraph export --format graphml --inferred > graph.graphml
  kgraph export --format csv --entity Belarus --depth 2 > links.csv
  kgraph export --format dot --since 2022-02-24 | dot -Tsvg > war.svg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("depth") && opts.Entity != "" {
				opts.Depth = 1
			}
			if runF != nil {
				return runF(opts)
			}
			return exportRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "dot", "output format: "+strings.Join(exportFormats, ", "))
	cmd.Flags().StringVarP(&opts.Entity, "entity", "e", "", "only the neighbourhood of this entity")
	cmd.Flags().IntVar(&opts.Depth, "depth", 1, "with --entity: hops from the entity")
	cmd.Flags().StringSliceVarP(&opts.Rels, "rel", "r", nil, "only these relation types (repeat or comma-separate)")
	cmd.Flags().BoolVar(&opts.Inferred, "inferred", false, "include inferred relations, marked")
	addMinConfidence(cmd, &opts.MinConfidence)
	addPeriod(cmd, &opts.Since, &opts.Until)
	return cmd
}

// exportFormats are the values --format takes.
var exportFormats = []string{"dot", "graphml", "csv", "json"}

func exportRun(opts *ExportOptions) error {
	if !slices.Contains(exportFormats, opts.Format) {
		return usagef("unknown --format %q (want one of %s)", opts.Format, strings.Join(exportFormats, ", "))
	}
	if opts.Depth < 0 {
		return usagef("--depth must be 0 or more")
	}
	if err := checkConfidence(opts.MinConfidence); err != nil {
		return err
	}
	var types []graph.RelationType
	for _, r := range opts.Rels {
		t, err := graph.Relations.Parse(r)
		if err != nil {
			return usageError{err}
		}
		types = append(types, t)
	}
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	period, err := periodOf(opts.Since, opts.Until)
	if err != nil {
		return err
	}
	f := graph.Filter{Types: types, MinConfidence: opts.MinConfidence, Period: period}
	var g *graph.Graph
	if opts.Entity != "" {
		e, _, err := findEntity(s, opts.Entity)
		if err != nil {
			return err
		}
		g, err = graph.Expand(s, []string{e.ID}, opts.Depth, f)
		if err != nil {
			return err
		}
	} else {
		g, err = loadGraph(s, f)
		if err != nil {
			return err
		}
		if opts.Format == "json" && len(types) == 0 && opts.MinConfidence == 0 && period.IsZero() {
			all, err := s.Entities("")
			if err != nil {
				return err
			}
			for _, e := range all {
				g.AddEntity(e.Entity)
			}
		}
	}
	if opts.Inferred {
		// Inferred from the relations kept: within the period too, though
		// an inference has no evidence of its own to date.
		for _, r := range graph.Infer(g) {
			if (graph.Filter{Types: types, MinConfidence: opts.MinConfidence}).Matches(r) {
				g.AddRelation(r)
			}
		}
	}
	out := opts.Factory.IO.Out
	switch opts.Format {
	case "dot":
		return dot.Encode(out, g, nil)
	case "graphml":
		return graphml.Encode(out, g)
	case "csv":
		return linkcsv.Encode(out, g)
	default:
		rels := g.Relations()
		if rels == nil {
			rels = []graph.Relation{}
		}
		return writeJSON(out, struct {
			Entities  []graph.Entity   `json:"entities"`
			Relations []graph.Relation `json:"relations"`
		}{g.Entities(), rels})
	}
}
