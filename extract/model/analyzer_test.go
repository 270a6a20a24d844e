package model

import (
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract"
)

var (
	anOnce sync.Once
	an     *extract.Analyzer
)

func testAnalyzer(t testing.TB) *extract.Analyzer {
	t.Helper()
	anOnce.Do(func() { an = extract.NewAnalyzer() })
	return an
}
