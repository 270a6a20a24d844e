package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestAnalyzeOffsets(t *testing.T) {
	for _, text := range []string{
		"\u201cWe didn\u2019t attack them,\u201d Lukashenko said. Putin\u2019s reply came later.",
		"Minsk has backed its ally Moscow.Kremlin Pool Photo by AP/Mikhail Klimentyev",
		"Line one\n\n  Line two with  double  spaces.\r\nLine three &rsquo;quoted&rsquo;",
		"The U.S. said so. The U.K. did not.",
		"Ünïcödé names like Łukaszenka and Zelenskyy’s aides.",
	} {
		toks, sents := testPipeline(t).analyzer.Analyze(text)
		if len(toks) == 0 {
			t.Errorf("%q: no tokens", text)
		}
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has bad span [%d,%d)", text, tok.Text, tok.Start, tok.End)
			}
			prev = tok.End
		}
		for _, s := range sents {
			if s.First >= s.Last || toks[s.First].Start != s.Start || toks[s.Last-1].End != s.End {
				t.Errorf("%q: sentence %+v does not match its tokens", text, s)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Putin spoke. Lukashenko listened.", []string{"Putin spoke.", "Lukashenko listened."}},
		{`"We didn't launch this war," he added. "We have a clear conscience."`,
			[]string{`"We didn't launch this war," he added.`, `"We have a clear conscience."`}},
		{"Mr. Kirby met Gen. Milley on Sept. 11 in Washington.", []string{"Mr. Kirby met Gen. Milley on Sept. 11 in Washington."}},
		{"It attacked the U.S. The alliance responded.", []string{"It attacked the U.S.", "The alliance responded."}},
		{"He visited the U.S. State Department.", []string{"He visited the U.S. State Department."}},
		{"Caption without a stop\nBody text starts here.", []string{"Caption without a stop", "Body text starts here."}},
		{"Is it over? Not yet!", []string{"Is it over?", "Not yet!"}},
		{"He praised Aung San Suu Kyi. Officials in Rangoon agreed.", // prose keeps "Kyi." as if it were "Gen."
			[]string{"He praised Aung San Suu Kyi.", "Officials in Rangoon agreed."}},
		{"Maj. Gen. Lee met Pres. Bush and Sen. Lee. Both spoke.", []string{"Maj. Gen. Lee met Pres. Bush and Sen. Lee.", "Both spoke."}},
		{"Sen. Alan Cranston, D-Calif., chairman of the committee, spoke.", []string{"Sen. Alan Cranston, D-Calif., chairman of the committee, spoke."}},
		{"It was led by singer Harry Connick Jr. Uruguay's president agreed. Mr. Bush's aides did not.",
			[]string{"It was led by singer Harry Connick Jr.", "Uruguay's president agreed.", "Mr. Bush's aides did not."}},
	} {
		toks, sents := testPipeline(t).analyzer.Analyze(c.text)
		_ = toks
		var got []string
		for _, s := range sents {
			got = append(got, c.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q split as %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLoosen(t *testing.T) {
	for in, want := range map[string]string{
		"Ukraine.Kremlin":   "Ukraine. Kremlin",
		"AP/Mikhail":        "AP / Mikhail",
		"U.S. and U.K.":     "U.S. and U.K.",
		"and/or":            "and/or",
		"e.g. www.Site.com": "e.g. www. Site.com",
		"then-US President": "then- US President",
		"ex-Soviet states":  "ex- Soviet states",
		"Smith-Jones":       "Smith-Jones",
		"Abex-Soviet":       "Abex-Soviet",
		"then-president":    "then-president",
	} {
		if got := loosen(in); got != want {
			t.Errorf("loosen(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnalyzeKeepsEveryWord(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// prose dropped the rest of a word after a contraction it split off
		{"Mark O'Meara, who made par.", "Mark|O'Meara|,|who|made|par|."},
		{"at Lord's, London", "at|Lord|'s|,|London"},
		{"a bid for Boatmen's.", "a|bid|for|Boatmen|'s|."},
		{"O'Sullivan and O'Reilly's aides (O'Malley's)", "O'Sullivan|and|O'Reilly|'s|aides|(|O'Malley|'s|)"},
		{"McDonald\u2019s, the chain", "McDonald|\u2019s|,|the|chain"},
		// what prose already did right stays as it was
		{"O'Brien said they'll go.", "O'Brien|said|they|'ll|go|."},
		{"Moody's said so", "Moody|'s|said|so"},
	} {
		toks, _ := testPipeline(t).analyzer.Analyze(c.text)
		var got []string
		for _, tok := range toks {
			got = append(got, tok.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q tokens %q, want %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

// FuzzAnalyze checks that tokens are in order, point at their own text and
// leave out nothing but white space and bytes that are not UTF-8.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"Mark O'Meara, who made par.", "at Lord's, London", "Moody's.", "'s,'s.", "O'", "D'Souza's)"} {
		f.Add(s)
	}
	an, err := NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := an.Analyze(text)
		covered := make([]bool, len(text))
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("%q: token %q has bad span [%d,%d)", text, tok.Text, tok.Start, tok.End)
			}
			for i := tok.Start; i < tok.End; i++ {
				covered[i] = true
			}
			prev = tok.End
		}
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !covered[i] && !unicode.IsSpace(r) && r != utf8.RuneError {
				t.Fatalf("%q: byte %d (%q) is in no token", text, i, r)
			}
			i += size
		}
	})
}
