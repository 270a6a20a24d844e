// Package modelfile opens the weights of kgraph's trained readers: a file
// named on the command line (as kgraph-train -out writes it), or the copy
// embedded in the binary.
package modelfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Open decodes the model file at path with read, or the embedded bytes
// when path is empty. Errors start with pkg and name the file.
func Open[T any](path, pkg string, embedded []byte, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	if path == "" {
		m, err := read(bytes.NewReader(embedded))
		if err != nil {
			return zero, fmt.Errorf("%s: embedded weights: %w", pkg, err)
		}
		return m, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", pkg, err)
	}
	defer f.Close()
	m, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %s: %w", pkg, path, err)
	}
	return m, nil
}
