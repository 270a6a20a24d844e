package graph

import (
	"fmt"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2005", "2005"},
		{"2022-03", "2022-03"},
		{"2022-03-11", "2022-03-11"},
		{"March 2022", "2022-03"},
		{"march 2022", "2022-03"},
		{"Mar 2022", "2022-03"},
		{"March 11, 2022", "2022-03-11"},
		{"11 March 2022", "2022-03-11"},
		{"1990s", "1990s"},
		{"the 1990s", "1990s"},
		{"Moscow", ""},
		{"2022-13", ""},
		{"199", ""},
		{"1995s", ""},
	} {
		got, err := ParseDate(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %q, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestSplitPeriod(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		p        Period
	}{
		{"who met Putin in 2005", "who met Putin", Period{"2005", "2005"}},
		{"who met Putin in March 2022?", "who met Putin", Period{"2022-03", "2022-03"}},
		{"who attacked Israel during the 1990s", "who attacked Israel", Period{"1990s", "1990s"}},
		{"who met Putin since 2022", "who met Putin", Period{From: "2022"}},
		{"who met Putin after 2010", "who met Putin", Period{From: "2011"}},
		{"who met Putin after December 2010", "who met Putin", Period{From: "2011-01"}},
		{"who met Putin before 2008", "who met Putin", Period{To: "2007"}},
		{"who met Putin before 2008-03-01", "who met Putin", Period{To: "2008-02-29"}},
		{"who met Putin until 2008", "who met Putin", Period{To: "2008"}},
		{"who met Putin between 2001 and 2005", "who met Putin", Period{"2001", "2005"}},
		{"who met Putin between 2005 and 2001", "who met Putin", Period{"2001", "2005"}},
		{"did Rice meet Lavrov from 2005 to March 2006", "did Rice meet Lavrov", Period{"2005", "2006-03"}},
		// no time: the question comes back whole
		{"who met Putin in Moscow", "who met Putin in Moscow", Period{}},
		{"who is in NATO", "who is in NATO", Period{}},
		{"who works for the Party of 2005", "who works for the Party of 2005", Period{}},
		{"in 2005", "in 2005", Period{}},
	} {
		rest, p := SplitPeriod(c.in)
		if rest != c.rest || p != c.p {
			t.Errorf("SplitPeriod(%q) = %q, %+v; want %q, %+v", c.in, rest, p, c.rest, c.p)
		}
	}
}

func TestPeriodWithin(t *testing.T) {
	r := Relation{Type: MetWith, Source: "person/a", Target: "person/b", Date: "2004", LastDate: "2022-03-11", Evidence: []Evidence{
		{Doc: "d1", Date: "2004", Role: "President"},
		{Doc: "d2", Date: "2022-03-11", Role: "counterpart"},
		{Doc: "d3"}, // undated
		{Doc: "d4", Date: "2022-02"},
	}}
	for _, c := range []struct {
		p           Period
		docs        string
		first, last string
	}{
		{Period{}, "d1 d2 d3 d4", "2004", "2022-03-11"},
		{Period{"2022", "2022"}, "d2 d4", "2022-02", "2022-03-11"},
		{Period{"2022-03", "2022-03"}, "d2", "2022-03-11", ""},
		{Period{From: "2022-02-15"}, "d2 d4", "2022-02", "2022-03-11"}, // February overlaps its second half
		{Period{To: "2010"}, "d1", "2004", ""},
		{Period{"2005", "2021"}, "", "", ""},
	} {
		got, ok := c.p.Within(r)
		docs := ""
		for _, ev := range got.Evidence {
			if docs != "" {
				docs += " "
			}
			docs += ev.Doc
		}
		if !ok {
			docs = ""
		}
		if docs != c.docs || ok && (got.Date != c.first && !c.p.IsZero() || got.LastDate != c.last && !c.p.IsZero()) {
			t.Errorf("%+v: kept %q (%v), dates %q..%q; want %q, %q..%q", c.p, docs, ok, got.Date, got.LastDate, c.docs, c.first, c.last)
		}
	}
	if _, ok := (Period{From: "2000"}).Within(Relation{Inferred: true}); ok {
		t.Error("an inferred relation, with no evidence to date, is within a period")
	}
	if (Filter{Period: Period{"2005", "2021"}}).Matches(r) {
		t.Error("Filter.Matches passes a relation with no evidence in its period")
	}
}

func ExampleSplitPeriod() {
	q, p := SplitPeriod("who met Putin between 2001 and March 2005?")
	fmt.Printf("%q, %s\n", q, p)
	q, p = SplitPeriod("who met Putin before 2008")
	fmt.Printf("%q, %s\n", q, p)
	// Output:
	// "who met Putin", from 2001 to 2005-03
	// "who met Putin", until 2007
}

func FuzzSplitPeriod(f *testing.F) {
	for _, s := range []string{"who met Putin in 2005", "x between 2001 and 2005", "x from 1990s to 2022-03-11", "x before 0000", "x after 9999-12-31", "in in in 2005"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		rest, p := SplitPeriod(q)
		if p.IsZero() {
			if rest != q {
				t.Fatalf("no period, but the question changed: %q -> %q", q, rest)
			}
			return
		}
		for _, d := range []string{p.From, p.To} {
			if d == "" {
				continue
			}
			if _, _, ok := span(d); !ok {
				t.Fatalf("%q: bound %q is no date", q, d)
			}
		}
		if p.From != "" && p.To != "" && !p.Overlaps(p.From) {
			t.Fatalf("%q: empty period %+v", q, p)
		}
	})
}
