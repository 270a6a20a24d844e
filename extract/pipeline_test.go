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

func TestOnlyVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"supports": true, "attacked": true, "aids": true, // verbs whatever the POS tagger says after a name
		"sanctions": false, "attacks": false, // nouns of their families too ("imposed sanctions")
		"AIDS": false, "Supports": false, "": false, "table": false,
	} {
		if got := onlyVerb(w); got != want {
			t.Errorf("onlyVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsOrdinal(t *testing.T) {
	for w, want := range map[string]bool{
		"32nd": true, "1st": true, "third": true, "103rd": true, "4th": true,
		"32": false, "nd": false, "2n": false, "x2nd": false, "": false, "member": false,
	} {
		if got := isOrdinal(w); got != want {
			t.Errorf("isOrdinal(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsInstitutionName(t *testing.T) {
	for name, want := range map[string]bool{
		"Supreme Court": true, "The Supreme Court": true, "Foreign Ministry": true, "the Interior Ministry": true, "National Assembly": true,
		"Army": true, "Central Bank": true,
		"Deutsche Bank": false, "European Court": false, "Ministry": true, "Ministry of Defence": false, "Sony": false, "": false,
		"Labor Party": true, "Catholic Church": true, "Communist Party": true, "Likud Party": false,
	} {
		if got := isInstitutionName(name); got != want {
			t.Errorf("isInstitutionName(%q) = %v, want %v", name, got, want)
		}
	}
}
