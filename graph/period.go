package graph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is a span of time that a question or a listing is limited to.
// Its bounds are ISO 8601 dates at any precision ("2005", "2022-03",
// "2022-03-11"), both inclusive; an empty bound is open. The zero Period
// is all of time.
type Period struct {
	From, To string
}

// IsZero reports whether p sets no bound.
func (p Period) IsZero() bool { return p.From == "" && p.To == "" }

// String writes p as a reader would: "in 2005", "since 2022-03", "from
// 2001 to 2005", "until 2008".
func (p Period) String() string {
	switch {
	case p.IsZero():
		return ""
	case p.From == p.To:
		return "in " + p.From
	case p.To == "":
		return "since " + p.From
	case p.From == "":
		return "until " + p.To
	}
	return "from " + p.From + " to " + p.To
}

// span returns the first and last day a date covers, as YYYY-MM-DD strings
// that compare in date order ("2005" is 2005-01-01 to 2005-12-31, "1990s"
// the decade), and false for a date it cannot read.
func span(d string) (string, string, bool) {
	if dec, ok := strings.CutSuffix(d, "s"); ok && len(dec) == 4 && strings.HasSuffix(dec, "0") {
		y, err := strconv.Atoi(dec)
		if err != nil {
			return "", "", false
		}
		return fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y+9), true
	}
	switch len(d) {
	case 4:
		if _, err := time.Parse("2006", d); err != nil {
			return "", "", false
		}
		return d + "-01-01", d + "-12-31", true
	case 7:
		if _, err := time.Parse("2006-01", d); err != nil {
			return "", "", false
		}
		return d + "-01", d + "-31", true // no day sorts after the 31st
	case 10:
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return "", "", false
		}
		return d, d, true
	}
	return "", "", false
}

// Overlaps reports whether the time a date covers meets p: "2005-03" meets
// "in 2005" and "since 2005-03-20". A date it cannot read, or none, meets
// only the zero Period.
func (p Period) Overlaps(date string) bool {
	if p.IsZero() {
		return true
	}
	lo, hi, ok := span(date)
	if !ok {
		return false
	}
	if p.From != "" {
		if from, _, ok := span(p.From); !ok || hi < from {
			return false
		}
	}
	if p.To != "" {
		if _, to, ok := span(p.To); !ok || lo > to {
			return false
		}
	}
	return true
}

// Within returns r with only the evidence dated inside p, and its first
// and last dates taken from that evidence; false when no evidence is. An
// inferred relation, which has no evidence of its own, is never within a
// Period that sets a bound.
func (p Period) Within(r Relation) (Relation, bool) {
	if p.IsZero() {
		return r, true
	}
	var kept []Evidence
	first, last := "", ""
	for _, ev := range r.Evidence {
		if !p.Overlaps(ev.Date) {
			continue
		}
		kept = append(kept, ev)
		first, last = mergeDates(first, last, ev.Date, "")
	}
	if len(kept) == 0 {
		return r, false
	}
	r.Evidence, r.Date, r.LastDate = kept, first, last
	if kept[0].Role != "" {
		r.Role = kept[0].Role
	}
	return r, true
}

// ParseDate reads a date as a user writes one on the command line or in a
// question: ISO 8601 at any precision ("2005", "2022-03", "2022-03-11"), a
// month and year ("March 2022", "Mar 2022"), a day ("March 11, 2022",
// "11 March 2022") or a decade ("1990s", "the 1990s"). It returns the ISO
// form.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	if _, _, ok := span(s); ok {
		return s, nil
	}
	for _, f := range []struct{ layout, out string }{
		{"January 2006", "2006-01"}, {"Jan 2006", "2006-01"}, {"Jan. 2006", "2006-01"},
		{"January 2, 2006", "2006-01-02"}, {"Jan 2, 2006", "2006-01-02"}, {"Jan. 2, 2006", "2006-01-02"},
		{"2 January 2006", "2006-01-02"}, {"2 Jan 2006", "2006-01-02"}, {"January 2 2006", "2006-01-02"},
	} {
		if t, err := time.Parse(f.layout, upperWords(s)); err == nil {
			return t.Format(f.out), nil // the month, or the day, as the text gives it
		}
	}
	return "", fmt.Errorf("graph: cannot read the date %q; write it as 2005, 2022-03, 2022-03-11, March 2022 or 1990s", s)
}

// upperWords capitalises each word's first letter, as time.Parse wants
// month names: "march 2022" -> "March 2022".
func upperWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// shift returns the date n (1 or -1) steps of d's own precision from d:
// 2005 -> 2006, 2022-12 -> 2023-01, 2022-03-01 -> 2022-02-28; for a decade
// the year just past it: 1990s -> 2000 or 1989.
func shift(d string, n int) string {
	for _, f := range []struct {
		layout     string
		y, m, days int
	}{{"2006", n, 0, 0}, {"2006-01", 0, n, 0}, {"2006-01-02", 0, 0, n}} {
		if len(d) == len(f.layout) {
			if t, err := time.Parse(f.layout, d); err == nil {
				return t.AddDate(f.y, f.m, f.days).Format(f.layout)
			}
		}
	}
	if dec, ok := strings.CutSuffix(d, "s"); ok {
		y, _ := strconv.Atoi(dec)
		if n > 0 {
			return strconv.Itoa(y + 10) // after the 1990s: from 2000
		}
		return strconv.Itoa(y - 1) // before the 1990s: until 1989
	}
	return d
}

// bound reports whether d is an open bound ("") or a date span reads:
// "before 0000" and "after 9999-12-31" name none.
func bound(d string) bool {
	_, _, ok := span(d)
	return d == "" || ok
}

// SplitPeriod takes a time phrase off the end of a question and returns
// the question without it and the Period it names: "who met Putin in 2005",
// "... in March 2022", "... during the 1990s", "... since 2022", "... after
// 2010" (from 2011), "... before 2008" (until 2007), "... until 2008",
// "... between 2001 and 2005", "... from 2001 to 2005". A question without
// one comes back whole with the zero Period. A phrase whose date cannot be
// read is left in the question, whose entity it then is part of.
func SplitPeriod(q string) (string, Period) {
	clean := strings.TrimRight(strings.TrimSpace(q), "?!. ")
	words := strings.Fields(clean)
	lower := strings.Fields(asciiLower(clean))
	// Try the phrase opening furthest left first: "between 2001 and 2005"
	// before "and 2005".
	for i := 1; i < len(words); i++ {
		rest := strings.Join(words[i+1:], " ")
		var p Period
		ok := false
		switch lower[i] {
		case "in", "during":
			if d, err := ParseDate(rest); err == nil {
				p, ok = Period{From: d, To: d}, true
			}
		case "since":
			if d, err := ParseDate(rest); err == nil {
				p, ok = Period{From: d}, true
			}
		case "after":
			if d, err := ParseDate(rest); err == nil {
				p, ok = Period{From: shift(d, 1)}, true
			}
		case "before":
			if d, err := ParseDate(rest); err == nil {
				p, ok = Period{To: shift(d, -1)}, true
			}
		case "until", "till":
			if d, err := ParseDate(rest); err == nil {
				p, ok = Period{To: d}, true
			}
		case "between", "from":
			sep := " and "
			if lower[i] == "from" {
				sep = " to "
			}
			a, b, found := strings.Cut(asciiLower(rest), sep)
			if !found {
				continue
			}
			da, errA := ParseDate(a)
			db, errB := ParseDate(b)
			if errA == nil && errB == nil {
				if db < da {
					da, db = db, da
				}
				p, ok = Period{From: da, To: db}, true
			}
		}
		if ok && bound(p.From) && bound(p.To) {
			return strings.Join(words[:i], " "), p
		}
	}
	return q, Period{}
}
