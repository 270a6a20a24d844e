package extract

import (
	"sync"
	"testing"
)

var (
	pipeOnce sync.Once
	pipe     *Pipeline
	pipeErr  error
)

// testPipeline builds the rules-only pipeline (no trained model) once for
// the package's internal tests.
func testPipeline(t testing.TB) *Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = NewPipeline(nil) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}
