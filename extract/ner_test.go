package extract

import "testing"

func TestCreditLine(t *testing.T) {
	for text, want := range map[string]bool{
		"mz / msh (AP, AFP, dpa)":                         true,
		"dr / hc (AFP, dpa, PTI)":                         true,
		"jlw/kms (Reuters)":                               true,
		"Putin met Lukashenko (AP, AFP, dpa)":             false,
		"The talks (in Minsk) ended.":                     false,
		"ng / rt (AFP, Reuters) and the rest.":            false,
		"Author: Martin Polansky (jc) Editor: Rob Mudge":  true,
		"tkw / AFP / AP / dpa Editor: Jennifer Abramsohn": true,
		"The editor: a hard job.":                         false,
	} {
		toks, _ := testPipeline(t).analyzer.Analyze(text)
		if got := isCreditLine(toks); got != want {
			t.Errorf("isCreditLine(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestIsCompoundModifier(t *testing.T) {
	for w, want := range map[string]bool{
		"Paris-based":        true,
		"US-led":             true,
		"Kremlin-backed":     true,
		"Saint-Germain":      false,
		"Bosnia-Herzegovina": false,
		"Al-Qaeda":           false,
		"Paris":              false,
		"Paris-":             false,
		"-based":             false,
	} {
		if got := isCompoundModifier(w); got != want {
			t.Errorf("isCompoundModifier(%q) = %v, want %v", w, got, want)
		}
	}
}
