package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/graph"
)

// ExtractOptions are the flags and dependencies of `kgraph extract`.
type ExtractOptions struct {
	Factory *Factory
	Paths   []string
	Date    string
	Jobs    int
	JSON    bool
}

func newCmdExtract(f *Factory, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract entities and relations without a database",
		Long: `Extract entities and relations from documents and print them; nothing is stored.

Inputs are as for ingest. With --json, kgraph prints one JSON object a
document: {"doc": {...}, "entities": [...], "relations": [...]}, with UTF-8
byte offsets into the document's text. It is a Unix filter: "-" reads
standard input.`,
		Example: `  kgraph extract testdata/article.txt
  kgraph extract --json testdata/article.jsonl | jq '.relations[] | [.source, .type, .target]'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "publication date (YYYY-MM-DD) for documents that carry none")
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "extraction workers (default: one per CPU)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object a document")
	return cmd
}

func extractRun(ctx context.Context, opts *ExtractOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Date != "" {
		if _, err := time.Parse("2006-01-02", opts.Date); err != nil {
			return usagef("--date %q is not YYYY-MM-DD", opts.Date)
		}
	}
	out := opts.Factory.IO.Out
	first := true
	bad, err := extractAll(ctx, opts.Factory, opts.Paths, opts.Date, opts.Jobs, opts.Factory.IO.ErrOut, nil, func(r *extract.Result) error {
		if opts.JSON {
			return writeJSON(out, r)
		}
		if !first {
			fmt.Fprintln(out)
		}
		first = false
		return printResult(out, r)
	})
	if err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%s could not be read (listed above)", plural(bad, "input"))
	}
	return nil
}

func printResult(w interface{ Write([]byte) (int, error) }, r *extract.Result) error {
	title := r.Doc.ID
	if r.Doc.Title != "" {
		title += " — " + r.Doc.Title
	}
	if r.Doc.Date != "" {
		title += " (" + r.Doc.Date + ")"
	}
	fmt.Fprintf(w, "%s\n\n", title)
	names := make(map[string]string, len(r.Entities))
	t := newTable(w, "TYPE", "NAME", "ID", "MENTIONS", "AS")
	for _, typ := range graph.EntityTypes() {
		for _, e := range r.Entities {
			names[e.ID] = e.Name
			if e.Type != typ {
				continue
			}
			seen := map[string]bool{}
			var forms []string
			for _, m := range e.Mentions {
				if !seen[m.Text] && m.Text != e.Name {
					seen[m.Text] = true
					forms = append(forms, m.Text)
				}
			}
			t.row(string(e.Type), e.Name, e.ID, strconv.Itoa(len(e.Mentions)), clip(strings.Join(forms, ", "), 50))
		}
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	t = newTable(w, "SOURCE", "RELATION", "TARGET", "DATE", "CONF", "EVIDENCE")
	for _, rel := range r.Relations {
		quote := ""
		if len(rel.Evidence) > 0 {
			quote = strconv.Quote(clip(rel.Evidence[0].Text, 70))
		}
		t.row(names[rel.Source], string(rel.Type), names[rel.Target], rel.Date, fmt.Sprintf("%.2f", rel.Confidence), quote)
	}
	return t.flush()
}
