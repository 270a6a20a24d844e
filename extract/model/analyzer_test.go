package model

import (
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract"
)

var (
	anOnce sync.Once
	an     *extract.Analyzer
	anErr  error
)

func testAnalyzer(t testing.TB) *extract.Analyzer {
	t.Helper()
	anOnce.Do(func() { an, anErr = extract.NewAnalyzer() })
	if anErr != nil {
		t.Fatal(anErr)
	}
	return an
}
