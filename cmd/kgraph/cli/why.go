package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
)

// WhyOptions are the flags and dependencies of `kgraph why`.
type WhyOptions struct {
	Factory *Factory
	Source  string
	Rel     string
	Target  string
	JSON    bool
}

func newCmdWhy(f *Factory, runF func(*WhyOptions) error) *cobra.Command {
	opts := &WhyOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "why ENTITY RELATION ENTITY",
		Short: "Show the evidence for one relation",
		Long: `Show why the database holds a relation: every quote that states it, with its
document, date, the pattern that read it and its confidence; for an inferred
relation, the rule and the stated relations it follows from, with theirs.`,
		Example: `  kgraph why Belarus allied-with Russia
  kgraph why Armenia allied-with Belarus
  kgraph why "Alexander Lukashenko" leader-of Belarus --json`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Source, opts.Rel, opts.Target = args[0], args[1], args[2]
			if runF != nil {
				return runF(opts)
			}
			return whyRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	return cmd
}

// WhyAnswer is the JSON form of `kgraph why`.
type WhyAnswer struct {
	Relation graph.Relation   `json:"relation"`
	Premises []graph.Relation `json:"premises,omitempty"`
}

func whyRun(opts *WhyOptions) error {
	typ, err := graph.Relations.Parse(opts.Rel)
	if err != nil {
		return usageError{err}
	}
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	a, _, err := findEntity(s, opts.Source)
	if err != nil {
		return err
	}
	b, _, err := findEntity(s, opts.Target)
	if err != nil {
		return err
	}
	ans, rels, err := explain(s, a.Entity, typ, b.Entity, graph.Period{})
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	names := newNameCache(s)
	if ans == nil {
		fmt.Fprintf(out, "No evidence that %s %s %s.\n", a.Name, typ, b.Name)
		if other := heldBetween(names, rels, a.ID, b.ID); len(other) > 0 {
			fmt.Fprintf(out, "The database holds: %s.\n", strings.Join(other, "; "))
		}
		return errSilent
	}
	if opts.JSON {
		return writeJSON(out, ans)
	}
	printWhyAnswer(out, names, ans)
	return nil
}

// heldBetween names the relations among rels (a's) that join a and b:
// what the database holds instead of the one asked about.
func heldBetween(names *nameCache, rels []graph.Relation, a, b string) []string {
	var out []string
	for _, r := range rels {
		if r.Other(a) == b {
			out = append(out, fmt.Sprintf("%s %s %s", names.entity(r.Source).Name, r.Type, names.entity(r.Target).Name))
		}
	}
	return out
}

// printWhyAnswer prints a relation's evidence and, for an inferred one, the
// evidence of each premise.
func printWhyAnswer(w io.Writer, names *nameCache, ans *WhyAnswer) {
	printWhy(w, names, ans.Relation, "")
	for _, p := range ans.Premises {
		fmt.Fprintln(w)
		printWhy(w, names, p, "  ")
	}
}

// explain finds the relation typ from a to b, stated or inferred, with the
// premises of an inferred one; it also returns a's stated relations, to
// say what the database holds instead when it finds none.
//
// With a period it looks only at evidence dated in it, and infers nothing.
func explain(s Store, a graph.Entity, typ graph.RelationType, b graph.Entity, period graph.Period) (*WhyAnswer, []graph.Relation, error) {
	want := graph.Relation{Type: typ, Source: a.ID, Target: b.ID}.Canonical().Key()
	rels, err := s.Relations(graph.Filter{Entity: a.ID, Period: period})
	if err != nil {
		return nil, nil, err
	}
	var ans *WhyAnswer
	for _, r := range rels {
		if r.Key() == want {
			ans = &WhyAnswer{Relation: r}
		}
	}
	if ans == nil && period.IsZero() {
		inferred, err := withInferred(s, graph.Filter{Entity: a.ID, Types: []graph.RelationType{typ}}, nil)
		if err != nil {
			return nil, nil, err
		}
		for _, r := range inferred {
			if r.Key() == want {
				ans = &WhyAnswer{Relation: r}
				for _, k := range r.Premises {
					ps, err := s.Relations(graph.Filter{Entity: k.Source, Types: []graph.RelationType{k.Type}})
					if err != nil {
						return nil, nil, err
					}
					for _, p := range ps {
						if p.Key() == k {
							ans.Premises = append(ans.Premises, p)
						}
					}
				}
			}
		}
	}
	return ans, rels, nil
}

func printWhy(w io.Writer, names *nameCache, r graph.Relation, indent string) {
	head := fmt.Sprintf("%s%s %s %s", indent, names.entity(r.Source).Name, r.Type, names.entity(r.Target).Name)
	if r.Inferred {
		fmt.Fprintf(w, "%s: inferred, confidence %.2f, because %s.\n", head, r.Confidence, r.Because)
		if len(r.Premises) > 0 {
			fmt.Fprintf(w, "%sIt follows from:\n", indent)
		}
		return
	}
	fmt.Fprintf(w, "%s: stated, confidence %.2f, %s, %s\n", head, r.Confidence, orDash(dateRange(r.Date, r.LastDate)), plural(len(r.Evidence), "evidence quote"))
	for _, ev := range r.Evidence {
		meta := []string{ev.Doc}
		if ev.Date != "" {
			meta = append(meta, ev.Date+" ("+ev.DateSource+")")
		}
		if ev.Role != "" {
			meta = append(meta, "role "+ev.Role)
		}
		if ev.Pattern != "" {
			meta = append(meta, "pattern "+ev.Pattern)
		}
		meta = append(meta, fmt.Sprintf("confidence %.2f", ev.Confidence))
		fmt.Fprintf(w, "%s  - %q\n%s    [%s]\n", indent, clip(ev.Text, 300), indent, strings.Join(meta, ", "))
	}
}
