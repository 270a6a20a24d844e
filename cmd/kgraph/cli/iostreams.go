package cli

import (
	"io"
	"os"
)

// IOStreams are the streams a command reads and writes. Tests use buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTTY reports whether ErrOut is a terminal: progress goes there only then.
	ErrTTY bool
	// Getenv reads the environment (KGRAPH_DB).
	Getenv func(string) string
}

// System returns the process's own streams and environment.
func System() *IOStreams {
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrTTY: isTerminal(os.Stderr), Getenv: os.Getenv}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
