package cli

import (
	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
)

// addPeriod adds the --since and --until flags.
func addPeriod(cmd *cobra.Command, since, until *string) {
	cmd.Flags().StringVar(since, "since", "", "only relations with evidence dated on or after this date (2005, 2022-03, 2022-03-11, \"March 2022\")")
	cmd.Flags().StringVar(until, "until", "", "only relations with evidence dated on or before this date")
}

// periodOf reads --since and --until into a Period.
func periodOf(since, until string) (graph.Period, error) {
	var p graph.Period
	var err error
	if since != "" {
		if p.From, err = graph.ParseDate(since); err != nil {
			return p, usagef("--since: %v", err)
		}
	}
	if until != "" {
		if p.To, err = graph.ParseDate(until); err != nil {
			return p, usagef("--until: %v", err)
		}
	}
	if p.From != "" && p.To != "" && !p.Overlaps(p.From) {
		return p, usagef("--since %s is after --until %s", since, until)
	}
	return p, nil
}
