package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
)

// RelationsOptions are the flags and dependencies of `kgraph relations`.
type RelationsOptions struct {
	Factory  *Factory
	Rel      string
	Entity   string
	Inferred bool
	JSON     bool
	// MinConfidence hides relations less sure than this.
	MinConfidence float64
	// Since and Until keep the relations with evidence dated in that
	// time, each with that evidence only.
	Since, Until string
}

func newCmdRelations(f *Factory, runF func(*RelationsOptions) error) *cobra.Command {
	opts := &RelationsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "relations",
		Short: "List the relations in the database",
		Long: `List relations with their dates, confidence, evidence count and first quote.

Inferred relations (co-members of a mutual-defence alliance are allied; a
head of state is a citizen) are shown only with --inferred, and marked.
With --since or --until, only relations with evidence dated in that time
(the date the text gives, else the story's) are listed, each with that
evidence only; inferred ones, which have no date of their own, are left out.`,
		Example: `  kgraph relations --rel member-of
  kgraph relations --rel met-with --since 2022-02-24
  kgraph relations --entity Belarus --inferred --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return relationsRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Rel, "rel", "r", "", "only this relation type (allied-with, member-of, met-with, leader-of, ...)")
	cmd.Flags().StringVarP(&opts.Entity, "entity", "e", "", "only relations of this entity (name, alias, acronym or id)")
	cmd.Flags().BoolVar(&opts.Inferred, "inferred", false, "also show inferred relations")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON, one relation a line")
	addMinConfidence(cmd, &opts.MinConfidence)
	addPeriod(cmd, &opts.Since, &opts.Until)
	return cmd
}

// addMinConfidence adds the --min-confidence flag.
func addMinConfidence(cmd *cobra.Command, v *float64) {
	cmd.Flags().Float64Var(v, "min-confidence", 0, "hide relations less sure than this (0 to 1; inferred ones count by their own confidence)")
}

// checkConfidence rejects a --min-confidence outside [0, 1].
func checkConfidence(c float64) error {
	if c < 0 || c > 1 {
		return usagef("--min-confidence must be between 0 and 1, not %g", c)
	}
	return nil
}

// relationFilter builds a filter from --rel, --entity, --min-confidence,
// --since and --until.
func relationFilter(s Store, rel, entity string, minConf float64, since, until string) (graph.Filter, error) {
	f := graph.Filter{MinConfidence: minConf}
	if err := checkConfidence(minConf); err != nil {
		return f, err
	}
	var err error
	if f.Period, err = periodOf(since, until); err != nil {
		return f, err
	}
	if rel != "" {
		t, err := graph.Relations.Parse(rel)
		if err != nil {
			return f, usageError{err}
		}
		f.Types = []graph.RelationType{t}
	}
	if entity != "" {
		e, _, err := findEntity(s, entity)
		if err != nil {
			return f, err
		}
		f.Entity = e.ID
	}
	return f, nil
}

// withInferred adds the relations inference derives from the store's
// graph around f's entity (or the whole graph) and that pass f.
func withInferred(s Store, f graph.Filter, rels []graph.Relation) ([]graph.Relation, error) {
	var g *graph.Graph
	var err error
	if f.Entity != "" {
		g, err = graph.Expand(s, []string{f.Entity}, 2, graph.Filter{Types: []graph.RelationType{graph.MemberOf, graph.LeaderOf}})
	} else {
		g, err = loadGraph(s, graph.Filter{Types: []graph.RelationType{graph.MemberOf, graph.LeaderOf}})
	}
	if err != nil {
		return nil, err
	}
	stated := make(map[graph.Key]bool, len(rels))
	for _, r := range rels {
		stated[r.Canonical().Key()] = true
	}
	for _, r := range graph.Infer(g) {
		if f.Matches(r) && !stated[r.Key()] {
			rels = append(rels, r)
		}
	}
	graph.SortRelations(rels)
	return rels, nil
}

// loadGraph reads the relations that pass f and their entities.
func loadGraph(s Store, f graph.Filter) (*graph.Graph, error) {
	rels, err := s.Relations(f)
	if err != nil {
		return nil, err
	}
	g := graph.New()
	for _, r := range rels {
		for _, id := range []string{r.Source, r.Target} {
			if _, ok := g.Entity(id); ok {
				continue
			}
			e, err := s.Entity(id)
			if err != nil {
				return nil, err
			}
			g.AddEntity(e)
		}
		g.AddRelation(r)
	}
	return g, nil
}

func relationsRun(opts *RelationsOptions) error {
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	f, err := relationFilter(s, opts.Rel, opts.Entity, opts.MinConfidence, opts.Since, opts.Until)
	if err != nil {
		return err
	}
	rels, err := s.Relations(f)
	if err != nil {
		return err
	}
	if opts.Inferred {
		if rels, err = withInferred(s, f, rels); err != nil {
			return err
		}
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		for _, r := range rels {
			if err := writeJSON(out, r); err != nil {
				return err
			}
		}
		return nil
	}
	names := newNameCache(s)
	t := newTable(out, "SOURCE", "RELATION", "TARGET", "DATE", "CONF", "EVIDENCE", "FIRST QUOTE")
	for _, r := range rels {
		ev, quote := strconv.Itoa(len(r.Evidence)), ""
		if len(r.Evidence) > 0 {
			quote = strconv.Quote(clip(r.Evidence[0].Text, 60))
		}
		if r.Inferred {
			ev, quote = "inferred", r.Because
		}
		t.row(names.entity(r.Source).Name, string(r.Type), names.entity(r.Target).Name, dateRange(r.Date, r.LastDate), fmt.Sprintf("%.2f", r.Confidence), ev, quote)
	}
	return t.flush()
}
