package cli

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
)

// StatsOptions are the flags and dependencies of `kgraph stats`.
type StatsOptions struct {
	Factory *Factory
	JSON    bool
}

func newCmdStats(f *Factory, runF func(*StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count documents, entities and relations in the database",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return statsRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	return cmd
}

func statsRun(opts *StatsOptions) error {
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats()
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return writeJSON(out, st)
	}
	t := newTable(out, "WHAT", "COUNT")
	t.row("documents", strconv.Itoa(st.Documents))
	total := 0
	for _, n := range st.Entities {
		total += n
	}
	t.row("entities", strconv.Itoa(total))
	for _, typ := range graph.EntityTypes() {
		if n := st.Entities[typ]; n > 0 {
			t.row("  "+string(typ), strconv.Itoa(n))
		}
	}
	total = 0
	for _, n := range st.Relations {
		total += n
	}
	t.row("relations", strconv.Itoa(total))
	for _, d := range graph.Relations.All() {
		if n := st.Relations[d.Type]; n > 0 {
			t.row("  "+string(d.Type), strconv.Itoa(n))
		}
	}
	t.row("evidence quotes", strconv.Itoa(st.Evidence))
	return t.flush()
}
