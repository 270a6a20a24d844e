package extract

import (
	"testing"
	"time"
)

// dateTokens tokenizes s simply, for date tests: words and punctuation.
func dateTokens(t *testing.T, s string) []Token {
	t.Helper()
	a := testPipeline(t).analyzer
	toks, _ := a.Analyze(s)
	return toks
}

func TestDates(t *testing.T) {
	ref := time.Date(2022, 3, 11, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct {
		text, span, value string
	}{
		{"They met on March 11.", "March 11", "2022-03-11"},
		{"They met on March 11, 2021 in Minsk.", "March 11, 2021", "2021-03-11"},
		{"Russia launched on February 24 an invasion.", "February 24", "2022-02-24"},
		{"The summit on 11 March 2020 failed.", "11 March 2020", "2020-03-11"},
		{"The talks of Dec. 11 failed.", "Dec. 11", "2021-12-11"},
		{"The attacks of Sept. 11 changed everything.", "Sept. 11", "2021-09-11"},
		{"He spoke on Friday afternoon.", "Friday afternoon", "2022-03-11"},
		{"He spoke on Monday.", "Monday", "2022-03-07"},
		{"He will speak next Monday.", "Monday", "2022-03-14"},
		{"Troops were deployed in January.", "January", "2022-01"},
		{"They met in mid-February.", "mid-February", "2022-02"},
		{"They met in mid-2021.", "mid-2021", "2021"},
		{"Talks began in late-1990.", "late-1990", "1990"},
		{"They met in early-March 2021.", "early-March 2021", "2021-03"},
		{"They met in late-December.", "late-December", "2021-12"},
		{"Elections are held in November.", "November", "2021-11"},
		{"It was founded in 1949.", "1949", "1949"},
		{"The union collapsed in the early Nineties.", "Nineties", "1990s"},
		{"Markets boomed in the 1990s.", "1990s", "1990s"},
		{"Prices fell in March 2009.", "March 2009", "2009-03"},
		{"Reported 1996-08-30 by Reuters.", "1996-08-30", "1996-08-30"},
		{"It happened yesterday.", "yesterday", "2022-03-10"},
		{"They met last week.", "last week", "2022-W09"},
		{"Talks resume next month.", "next month", "2022-04"},
		{"Prices rose last year.", "last year", "2021"},
		{"Elections are due this year.", "this year", "2022"},
		{"It was built in the 19th century.", "19th century", "18XX"},
		{"Sweden joined in March last year.", "March", "2021-03"},
		{"Talks open in June this year.", "June", "2022-06"},
		{"They met two days ago.", "two days ago", "2022-03-09"},
		{"They met 3 weeks ago.", "3 weeks ago", "2022-W07"},
		{"It began a year ago.", "a year ago", "2021"},
		{"Russia attacked on the 24th.", "24th", "2022-02-24"},
		{"They met on the 8th.", "8th", "2022-03-08"},
		{"They met on the 31st.", "31st", "2022-01-31"}, // February has none, March's is to come
	} {
		t.Run(c.text, func(t *testing.T) {
			toks := dateTokens(t, c.text)
			ms := DateParser{}.Find(toks, 0, len(toks), ref)
			if len(ms) != 1 {
				t.Fatalf("found %d dates, want 1: %+v", len(ms), ms)
			}
			m := ms[0]
			if got := c.text[toks[m.first].Start:toks[m.last-1].End]; got != c.span {
				t.Errorf("span = %q, want %q", got, c.span)
			}
			if m.value != c.value {
				t.Errorf("value = %q, want %q", m.value, c.value)
			}
		})
	}
}

func TestDatesNotFound(t *testing.T) {
	ref := time.Date(2022, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Thousands may march on the capital.",
		"Protesters march through Minsk.",
		"The army has 1500 troops there.",
		"It costs $2000 a month.",
		"Jan Schmidt-Burbach said so.",
		"Europe today is richer.",
		"He lives on the 24th floor.",
		"It happened several days ago.",
	} {
		toks := dateTokens(t, text)
		if ms := (DateParser{}).Find(toks, 0, len(toks), ref); len(ms) != 0 {
			t.Errorf("%q: found dates %+v", text, ms)
		}
	}
}

func TestDatesWithoutReference(t *testing.T) {
	toks := dateTokens(t, "He spoke on Friday about March 11 and 1949.")
	ms := DateParser{}.Find(toks, 0, len(toks), time.Time{})
	var values []string
	for _, m := range ms {
		values = append(values, m.value)
	}
	if len(values) != 3 || values[0] != "" || values[1] != "" || values[2] != "1949" {
		t.Errorf("values without a document date = %q, want relative ones unresolved and 1949 kept", values)
	}
}
