package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// EntitiesOptions are the flags and dependencies of `kgraph entities`.
type EntitiesOptions struct {
	Factory *Factory
	Type    string
	Name    string
	Limit   int
	JSON    bool
}

func newCmdEntities(f *Factory, runF func(*EntitiesOptions) error) *cobra.Command {
	opts := &EntitiesOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List the entities in the database",
		Example: `  kgraph entities --type COUNTRY
  kgraph entities --name Lukashenko --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return entitiesRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Type, "type", "t", "", "only this type: PERSON, ORG, COUNTRY, LOCATION or DATE")
	cmd.Flags().StringVar(&opts.Name, "name", "", "only entities this name, alias, demonym or acronym denotes")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "print at most this many (0: all)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON, one object a line")
	return cmd
}

func entitiesRun(opts *EntitiesOptions) error {
	var typ graph.EntityType
	if opts.Type != "" {
		t, err := graph.ParseEntityType(opts.Type)
		if err != nil {
			return usageError{err}
		}
		typ = t
	}
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	var ents []store.EntityInfo
	if opts.Name != "" {
		ents, err = s.Find(opts.Name)
		var kept []store.EntityInfo
		for _, e := range ents {
			if typ == "" || e.Type == typ {
				kept = append(kept, e)
			}
		}
		ents = kept
	} else {
		ents, err = s.Entities(typ)
	}
	if err != nil {
		return err
	}
	if opts.Limit > 0 && len(ents) > opts.Limit {
		ents = ents[:opts.Limit]
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		for _, e := range ents {
			if err := writeJSON(out, e); err != nil {
				return err
			}
		}
		return nil
	}
	t := newTable(out, "ID", "NAME", "TYPE", "MENTIONS", "DOCS", "ALIASES")
	for _, e := range ents {
		t.row(e.ID, e.Name, string(e.Type), strconv.Itoa(e.Mentions), strconv.Itoa(e.Docs), clip(strings.Join(e.Aliases, ", "), 60))
	}
	return t.flush()
}
