// Package golden compares an encoder's output with a golden file under the
// test's testdata directory, for the tests of the graph encodings. Run a
// test with -update to rewrite the file, then review the diff.
package golden

import (
	"flag"
	"os"
	"testing"
)

// update is the -update test flag; flags are the one package-level state
// a test binary is meant to have.
var update = flag.Bool("update", false, "rewrite golden files")

// Check fails t when got differs from the file at path, after rewriting
// the file with got when the test runs with -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s; run with -update and review:\n%s", path, got)
	}
}
