package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/extract/eval"
)

// EvalOptions are the flags and dependencies of `kgraph eval`.
type EvalOptions struct {
	Factory   *Factory
	Paths     []string
	Errors    int
	JSON      bool
	ByPattern bool // also score each extraction pattern
}

func newCmdEval(f *Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl...",
		Short: "Score extraction against annotated documents",
		Long: `Run the pipeline over annotated documents and print precision, recall and F1
per entity type and per relation type, with micro averages.

The gold format is one JSON object a line: {"id","text","date","entity_types",
"relation_types","entities","relations"}, with entity mentions as UTF-8 byte
spans (docs/gold-format.md). A mention is right when its span and type match
a gold mention; spans marked optional, and types a document is not annotated
for, count neither way. A relation is right when its ends land on the right
gold entities (by equal mention spans, else by a mention that ends a gold
one, as "Lincoln" ends "President Lincoln", else by name) and its type
matches.`,
		Example: `  kgraph eval ../shared/data/dev/conll03-testa.gold.jsonl
  kgraph eval --json ../shared/data/dev/*.gold.jsonl
  kgraph eval --errors 50 mydata.gold.jsonl
  kgraph eval --by-pattern mydata.gold.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Errors, "errors", 0, "also list up to this many mistakes per file")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&opts.ByPattern, "by-pattern", false, "also score the relations each extraction pattern found (precision per pattern)")
	return cmd
}

// EvalScore is one line of the JSON report.
type EvalScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func scoreOf(c eval.Counts) EvalScore {
	return EvalScore{Precision: round4(c.Precision()), Recall: round4(c.Recall()), F1: round4(c.F1()), TP: c.TP, FP: c.FP, FN: c.FN}
}

func round4(f float64) float64 { return float64(int(f*10000+0.5)) / 10000 }

// EvalFile is the JSON report of one gold file.
type EvalFile struct {
	File      string               `json:"file"`
	Docs      int                  `json:"docs"`
	Entities  map[string]EvalScore `json:"entities"`
	Relations map[string]EvalScore `json:"relations,omitempty"`
	Patterns  map[string]EvalScore `json:"patterns,omitempty"`
	Mistakes  []eval.Mistake       `json:"mistakes,omitempty"`
}

func evalRun(ctx context.Context, opts *EvalOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	p, err := opts.Factory.Pipeline()
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	for i, path := range opts.Paths {
		docs, err := eval.ReadGoldFile(path)
		if err != nil {
			return err
		}
		rep := eval.Report{Keep: opts.Errors > 0}
		for j := range docs {
			res, err := p.Extract(ctx, docs[j].Document())
			if err != nil {
				return fmt.Errorf("eval: %s: document %s: %w", path, docs[j].ID, err)
			}
			rep.Add(&docs[j], eval.FromResult(res))
		}
		ef := EvalFile{File: filepath.Base(path), Docs: rep.Docs, Entities: map[string]EvalScore{}}
		for _, t := range eval.Types(rep.Entities) {
			ef.Entities[t] = scoreOf(*rep.Entities[t])
		}
		ef.Entities["micro"] = scoreOf(eval.Micro(rep.Entities))
		if len(rep.Relations) > 0 {
			ef.Relations = map[string]EvalScore{}
			for _, t := range eval.Types(rep.Relations) {
				ef.Relations[t] = scoreOf(*rep.Relations[t])
			}
			ef.Relations["micro"] = scoreOf(eval.Micro(rep.Relations))
		}
		if opts.ByPattern && len(rep.Patterns) > 0 {
			ef.Patterns = map[string]EvalScore{}
			for _, t := range eval.Types(rep.Patterns) {
				ef.Patterns[t] = scoreOf(*rep.Patterns[t])
			}
		}
		if opts.Errors > 0 && len(rep.Errors) > 0 {
			ef.Mistakes = rep.Errors
			if len(ef.Mistakes) > opts.Errors {
				ef.Mistakes = ef.Mistakes[:opts.Errors]
			}
		}
		if opts.JSON {
			if err := writeJSON(out, ef); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "%s: %d documents\n\n", ef.File, ef.Docs)
		printScores(out, "ENTITY TYPE", eval.Types(rep.Entities), ef.Entities)
		if ef.Relations != nil {
			fmt.Fprintln(out)
			printScores(out, "RELATION", eval.Types(rep.Relations), ef.Relations)
		}
		if ef.Patterns != nil {
			fmt.Fprintln(out)
			t := newTable(out, "PATTERN", "P", "TP", "FP")
			for _, name := range eval.Types(rep.Patterns) {
				c := ef.Patterns[name]
				t.row(name, fmt.Sprintf("%.3f", c.Precision), strconv.Itoa(c.TP), strconv.Itoa(c.FP))
			}
			if err := t.flush(); err != nil {
				return err
			}
		}
		if len(ef.Mistakes) > 0 {
			fmt.Fprintln(out)
			t := newTable(out, "DOC", "MISTAKE", "WHAT", "TYPE", "GOLD TYPE", "SPAN", "TEXT")
			for _, m := range ef.Mistakes {
				span := ""
				if m.End > 0 {
					span = fmt.Sprintf("%d-%d", m.Start, m.End)
				}
				t.row(m.Doc, m.Kind, m.What, m.Type, m.Gold, span, clip(m.Text, 60))
			}
			if err := t.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func printScores(w interface{ Write([]byte) (int, error) }, head string, types []string, s map[string]EvalScore) {
	t := newTable(w, head, "P", "R", "F1", "TP", "FP", "FN")
	for _, typ := range append(types, "micro") {
		c := s[typ]
		t.row(typ, fmt.Sprintf("%.3f", c.Precision), fmt.Sprintf("%.3f", c.Recall), fmt.Sprintf("%.3f", c.F1),
			strconv.Itoa(c.TP), strconv.Itoa(c.FP), strconv.Itoa(c.FN))
	}
	t.flush()
}
