// Package cli is kgraph's command tree. Every command has an options struct
// holding its flags and dependencies, a constructor taking the Factory, and
// a run function that writes only to the factory's streams.
package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitError   = 1 // the command ran and failed, or found nothing
	exitUsage   = 2 // bad flags or arguments
	envDatabase = "KGRAPH_DB"
)

// usageError marks an error in how the command was called: Main prints the
// usage with it.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// errSilent is returned by a command that has already printed its answer
// and only needs a non-zero exit ("no such entity").
var errSilent = errors.New("")

// Main runs kgraph with args and returns the exit code.
func Main(args []string, io *IOStreams) int {
	return run(&Factory{IO: io}, args)
}

// run executes the command tree over f and maps errors to exit codes.
func run(f *Factory, args []string) int {
	io := f.IO
	root := NewRootCmd(f)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errSilent) {
		return exitError
	}
	var u usageError
	if errors.As(err, &u) || isFlagError(err) {
		fmt.Fprintf(io.ErrOut, "kgraph: %v\n", err)
		if cmd != nil {
			fmt.Fprintf(io.ErrOut, "\n%s", cmd.UsageString())
		}
		return exitUsage
	}
	fmt.Fprintf(io.ErrOut, "kgraph: %v\n", err)
	return exitError
}

// isFlagError recognises cobra's own argument and flag errors.
func isFlagError(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "unknown command", "accepts ", "requires at least",
		"invalid argument", "flag needs an argument", "bad flag syntax"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// NewRootCmd builds the command tree.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "kgraph",
		Short: "Turn news text into a knowledge graph you can query and chart",
		Long: `kgraph reads news articles, recognises the people, organisations, countries,
places and dates in them, links them with typed relations (allied-with,
member-of, met-with, leader-of, works-for, ...) that keep the sentence that
says so, stores the graph in one bbolt file, answers questions about it and
exports it for Graphviz and analysts' tools.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("db") {
				if env := f.IO.Getenv(envDatabase); env != "" {
					f.DBPath = env
				}
			}
			return nil
		},
	}
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetIn(f.IO.In)
	root.PersistentFlags().StringVar(&f.DBPath, "db", DefaultDB, "database file (env "+envDatabase+")")
	root.PersistentFlags().StringVar(&f.ModelPath, "model", "", "name-tagger model file to use instead of the built-in one (see cmd/kgraph-train)")
	root.PersistentFlags().StringVar(&f.RelModelPath, "rel-model", "", "relation model file to use instead of the built-in one (see cmd/kgraph-train -task rel)")
	root.PersistentFlags().DurationVar(&f.LockTimeout, "lock-timeout", 0, "how long to wait for another kgraph process to release the database (default 2s)")
	root.AddCommand(
		newCmdIngest(f, nil),
		newCmdExtract(f, nil),
		newCmdEntities(f, nil),
		newCmdRelations(f, nil),
		newCmdStats(f, nil),
		newCmdQuery(f, nil),
		newCmdExport(f, nil),
		newCmdEval(f, nil),
		newCmdWhy(f, nil),
	)
	root.CompletionOptions.HiddenDefaultCmd = true
	return root
}
