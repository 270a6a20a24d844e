package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// IngestOptions are the flags and dependencies of `kgraph ingest`.
type IngestOptions struct {
	Factory *Factory
	Paths   []string
	Date    string
	Batch   int
	Jobs    int
	JSON    bool
}

func newCmdIngest(f *Factory, runF func(*IngestOptions) error) *cobra.Command {
	opts := &IngestOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract documents and add them to the database",
		Long: `Extract entities and relations from documents and store them.

PATH is a .txt or .md file (one document; its path is its id), a .jsonl file
with one {"id","title","date","url","text"} object a line, a directory (read
recursively), or "-" for standard input (JSONL, or else one plain-text
document). A document is keyed by a hash of its text: ingesting the same
text again changes nothing. Inputs that cannot be read are reported with
their file and line and skipped; the rest is stored.`,
		Example: `  kgraph ingest testdata/article.jsonl
  kgraph ingest --date 2022-03-11 notes/*.txt
  cat feed.jsonl | kgraph ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return ingestRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "publication date (YYYY-MM-DD) for documents that carry none")
	cmd.Flags().IntVar(&opts.Batch, "batch", 64, "documents per database transaction")
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "extraction workers (default: one per CPU)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON")
	return cmd
}

func ingestRun(ctx context.Context, opts *IngestOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Date != "" {
		if _, err := time.Parse("2006-01-02", opts.Date); err != nil {
			return usagef("--date %q is not YYYY-MM-DD", opts.Date)
		}
	}
	if opts.Batch < 1 {
		opts.Batch = 1
	}
	f := opts.Factory
	s, err := f.OpenStore(false)
	if err != nil {
		return err
	}
	defer s.Close()

	var total store.IngestStats
	batch := make([]store.Item, 0, opts.Batch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st, err := s.Ingest(batch)
		if err != nil {
			return err
		}
		total.Add(st)
		batch = batch[:0]
		if f.IO.ErrTTY {
			fmt.Fprintf(f.IO.ErrOut, "\r%d documents stored, %d skipped", total.Documents, total.Skipped)
		}
		return nil
	}
	// A text already stored is not extracted again.
	var skipped int
	var mu sync.Mutex
	known := func(d graph.Document) (bool, error) {
		ok, err := s.HasDocument(extract.TextHash(d.Text))
		if ok {
			mu.Lock()
			skipped++
			mu.Unlock()
		}
		return ok, err
	}
	bad, err := extractAll(ctx, f, opts.Paths, opts.Date, opts.Jobs, f.IO.ErrOut, known, func(r *extract.Result) error {
		batch = append(batch, ItemOf(r))
		if len(batch) >= opts.Batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	mu.Lock()
	total.Skipped += skipped
	mu.Unlock()
	if f.IO.ErrTTY && total.Documents+total.Skipped > 0 {
		fmt.Fprintln(f.IO.ErrOut)
	}
	if err != nil {
		return err
	}
	if opts.JSON {
		out := struct {
			store.IngestStats
			Errors int `json:"errors"`
		}{total, bad}
		if err := json.NewEncoder(f.IO.Out).Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(f.IO.Out, "%s new, %s already stored; %s, %s and %s added to %s\n",
			plural(total.Documents, "document"), plural(total.Skipped, "document"),
			plural(total.Entities, "entity"), plural(total.Relations, "relation"),
			plural(total.Evidence, "evidence quote"), f.DBPath)
	}
	if bad > 0 {
		return fmt.Errorf("%s could not be read (listed above)", plural(bad, "input"))
	}
	return nil
}

// ItemOf converts an extraction result into a store item.
func ItemOf(r *extract.Result) store.Item {
	it := store.Item{Doc: r.Doc, Relations: r.Relations, Mentions: make(map[string]int, len(r.Entities))}
	for _, e := range r.Entities {
		it.Entities = append(it.Entities, e.Entity)
		it.Mentions[e.ID] = len(e.Mentions)
	}
	return it
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	switch {
	case word == "entity":
		return fmt.Sprintf("%d entities", n)
	case word == "evidence quote":
		return fmt.Sprintf("%d evidence quotes", n)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
