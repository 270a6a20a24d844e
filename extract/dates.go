package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kgraph/graph"
)

// monthPartPrefix returns the length of the "mid-", "early-" or "late-"
// that a token puts before a capitalised month name ("mid-February"),
// else 0.
func monthPartPrefix(w string) int {
	for _, part := range []string{"mid-", "early-", "late-"} {
		rest, ok := strings.CutPrefix(strings.ToLower(w), part)
		if _, isMonth := months[rest]; ok && isMonth && len(rest) > 3 && isCap(w[len(part):]) {
			return len(part)
		}
	}
	return 0
}

// yearPartPrefix returns the length of the "mid-", "early-" or "late-"
// that a token puts before a year ("mid-2023"), or 0.
func yearPartPrefix(w string) int {
	for _, part := range []string{"mid-", "early-", "late-"} {
		if rest, ok := strings.CutPrefix(strings.ToLower(w), part); ok {
			if _, ok := yearNumber(rest); ok {
				return len(part)
			}
		}
	}
	return 0
}

// months maps month names and abbreviations (lower case, no stop) to 1..12.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// decadeWords are decades written as words ("the Nineties").
var decadeWords = map[string]int{
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990,
}

var partsOfDay = set("morning", "afternoon", "evening", "night", "midday", "noon")

// relativeDays are days named relative to the document's date. "Today" is
// left out: news uses it for the present age ("Europe today") as often as
// for the day of writing.
var relativeDays = map[string]int{"yesterday": -1, "tomorrow": 1}

// relativeUnits are periods named relative to the document's date: "last
// week", "next month", "this year".
var relativeUnits = set("week", "month", "year")

// DateParser finds date expressions in tokens and normalises them against a
// reference date, the document's publication date. It holds no state.
type DateParser struct{}

// dateMatch is one date expression: tokens [first, last) and its value.
type dateMatch struct {
	first, last int
	value       string
	// period marks a relative period ("last week", "this year"): it dates
	// relations but names no calendar unit, so it is no DATE entity.
	period bool
	// next, when set, is where the expression's words end beyond the
	// name's span: "March last year" names "March" and reads on to "year".
	next int
}

// Find returns the date expressions in toks[first:last] (one sentence),
// normalised against ref. With ref zero, relative expressions ("Friday",
// "last week", "March 11") are found but left without a value.
func (DateParser) Find(toks []Token, first, last int, ref time.Time) []dateMatch {
	var out []dateMatch
	for i := first; i < last; {
		if m, ok := matchDate(toks, i, last, ref); ok {
			out = append(out, m)
			i = max(m.last, m.next)
			continue
		}
		i++
	}
	return out
}

func tokLower(toks []Token, i, last int) string {
	if i < last {
		return lowerNoDot(toks[i].Text)
	}
	return ""
}

func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(strings.ToLower(s), ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1000 && n <= 2199
}

// matchDate tries every date form at token i.
func matchDate(toks []Token, i, last int, ref time.Time) (dateMatch, bool) {
	w := toks[i].Text
	lw := tokLower(toks, i, last)
	hasRef := !ref.IsZero()

	// "mid-February", "early-March 2021": a part of a month, dated to the month.
	if p := monthPartPrefix(w); p > 0 {
		if mo := months[lw[p:]]; mo > 0 {
			if i+1 < last {
				if y, ok := yearNumber(toks[i+1].Text); ok {
					return dateMatch{first: i, last: i + 2, value: fmt.Sprintf("%04d-%02d", y, mo)}, true
				}
			}
			v := ""
			if hasRef {
				v = fmt.Sprintf("%04d-%02d", monthYear(ref, mo, prevWord(toks, i)), mo)
			}
			return dateMatch{first: i, last: i + 1, value: v}, true
		}
	}

	// Month-led forms: "March 11", "March 11, 2022", "Sept. 11", "March 2022", "March".
	if mo, ok := months[lw]; ok && isCap(w) {
		if lw == "may" || lw == "march" {
			// "may" and "march" are also verbs: take them only with a number or a date-like word before.
			if !(i+1 < last && isNumberTok(toks[i+1].Text)) && !datePrecursor(toks, i) {
				return dateMatch{}, false
			}
		}
		j := i + 1
		if j < last && toks[j].Text == "." && toks[j].Start == toks[i].End && len(lw) <= 4 && lw != "may" && lw != "june" && lw != "july" {
			j++ // "Sept" "." split by the tokenizer
		}
		if j < last {
			if d, ok := dayNumber(toks[j].Text); ok {
				k := j + 1
				if k+1 < last && toks[k].Text == "," {
					if y, ok := yearNumber(toks[k+1].Text); ok {
						return dateMatch{first: i, last: k + 2, value: iso(y, mo, d)}, true
					}
				}
				if k < last {
					if y, ok := yearNumber(toks[k].Text); ok {
						return dateMatch{first: i, last: k + 1, value: iso(y, mo, d)}, true
					}
				}
				v := ""
				if hasRef {
					v = iso(yearFor(ref, mo, d), mo, d)
				}
				return dateMatch{first: i, last: k, value: v}, true
			}
			if y, ok := yearNumber(toks[j].Text); ok {
				return dateMatch{first: i, last: j + 1, value: fmt.Sprintf("%04d-%02d", y, mo)}, true
			}
		}
		if len(lw) <= 4 && lw != "may" && lw != "june" && lw != "july" && !strings.HasSuffix(w, ".") {
			return dateMatch{}, false // a bare "Jan" is a name more often than January
		}
		if j+1 < last && tokLower(toks, j+1, last) == "year" {
			// "in March last year", "in June this year": the year the words say
			if step, ok := yearSteps[tokLower(toks, j, last)]; ok {
				v := ""
				if hasRef {
					v = fmt.Sprintf("%04d-%02d", ref.Year()+step, mo)
				}
				return dateMatch{first: i, last: j, value: v, next: j + 2}, true // the name is the month's; the year only read
			}
		}
		v := ""
		if hasRef {
			v = fmt.Sprintf("%04d-%02d", monthYear(ref, mo, prevWord(toks, i)), mo)
		}
		return dateMatch{first: i, last: j, value: v}, true
	}

	// Day-led: "11 March 2022", "18 October".
	if d, ok := dayNumber(w); ok && i+1 < last {
		if mo, ok := months[tokLower(toks, i+1, last)]; ok && isCap(toks[i+1].Text) {
			if i+2 < last {
				if y, ok := yearNumber(toks[i+2].Text); ok {
					return dateMatch{first: i, last: i + 3, value: iso(y, mo, d)}, true
				}
			}
			v := ""
			if hasRef {
				v = iso(yearFor(ref, mo, d), mo, d)
			}
			return dateMatch{first: i, last: i + 2, value: v}, true
		}
	}

	// Weekdays, with an optional part of day: "Friday", "Friday night".
	if wd, ok := weekdays[lw]; ok && isCap(w) {
		j := i + 1
		if j < last && partsOfDay[tokLower(toks, j, last)] {
			j++
		}
		// "Saturday, August 13" is one expression.
		if j+1 < last && toks[j].Text == "," {
			if m, ok := matchDate(toks, j+1, last, ref); ok && strings.Count(m.value, "-") == 2 {
				return dateMatch{first: i, last: m.last, value: m.value}, true
			}
		}
		v := ""
		if hasRef {
			v = weekdayDate(ref, wd, prevWord(toks, i)).Format("2006-01-02")
		}
		return dateMatch{first: i, last: j, value: v}, true
	}

	// last week, next month, this year, past week.
	if (lw == "last" || lw == "next" || lw == "this" || lw == "past") && i+1 < last && relativeUnits[tokLower(toks, i+1, last)] {
		v := ""
		if hasRef {
			v = relativePeriod(ref, lw, tokLower(toks, i+1, last))
		}
		return dateMatch{first: i, last: i + 2, value: v, period: true}, true
	}

	// "two days ago", "three weeks ago", "a year ago": at the unit's precision.
	if n, ok := countWord(lw); ok && i+2 < last && tokLower(toks, i+2, last) == "ago" {
		if unit := strings.TrimSuffix(tokLower(toks, i+1, last), "s"); agoUnits[unit] {
			v := ""
			if hasRef {
				v = agoDate(ref, n, unit)
			}
			// a period like "last week": it dates relations, and is no
			// name of a date (annotators leave it out)
			return dateMatch{first: i, last: i + 3, value: v, period: true}, true
		}
	}

	// "on the 24th": the latest such day of a month on or before the reference.
	if d, ok := dayNumber(w); ok && !isNumberTok(w) && prevWord(toks, i) == "the" && i >= 2 && strings.EqualFold(toks[i-2].Text, "on") &&
		(i+1 >= last || !strings.HasPrefix(toks[i+1].Tag, "NN")) {
		v := ""
		if hasRef {
			t := time.Date(ref.Year(), ref.Month(), d, 0, 0, 0, 0, time.UTC)
			for n := 0; n < 12 && (t.After(ref) || t.Day() != d); n++ {
				t = time.Date(ref.Year(), ref.Month()-time.Month(n+1), d, 0, 0, 0, 0, time.UTC)
			}
			if t.Day() == d && !t.After(ref) {
				v = t.Format("2006-01-02")
			}
		}
		return dateMatch{first: i, last: i + 1, value: v}, true
	}

	// yesterday, tomorrow.
	if off, ok := relativeDays[lw]; ok {
		v := ""
		if hasRef {
			v = ref.AddDate(0, 0, off).Format("2006-01-02")
		}
		return dateMatch{first: i, last: i + 1, value: v}, true
	}

	// Decades: "1990s", "1990's", "'90s", "the Nineties".
	if d, ok := decade(w); ok {
		return dateMatch{first: i, last: i + 1, value: fmt.Sprintf("%ds", d)}, true
	}
	if d, ok := decadeWords[lw]; ok && isCap(w) {
		return dateMatch{first: i, last: i + 1, value: fmt.Sprintf("%ds", d)}, true
	}

	// Centuries: "19th century".
	if n, ok := dayNumber(w); ok && i+1 < last && tokLower(toks, i+1, last) == "century" && n <= 21 && !isNumberTok(w) {
		return dateMatch{first: i, last: i + 2, value: fmt.Sprintf("%02dXX", n-1)}, true
	}

	// Numeric: ISO "2022-03-11", "26.11.2012", "03/16/2016".
	if v, ok := numericDate(w); ok {
		return dateMatch{first: i, last: i + 1, value: v}, true
	}

	// A part of a year: "mid-2023", "early-2022", "late-1990": the year.
	if p := yearPartPrefix(lw); p > 0 {
		y, _ := yearNumber(lw[p:])
		return dateMatch{first: i, last: i + 1, value: strconv.Itoa(y)}, true
	}

	// Years: "in 1949", "2020 elections". A four-digit number tagged as a
	// number, not followed by a unit.
	if y, ok := yearNumber(w); ok && (toks[i].Tag == "CD" || toks[i].Tag == "") {
		next := tokLower(toks, i+1, last)
		if next != "%" && next != "percent" && next != "people" && next != "troops" && next != "km" &&
			next != "kilometers" && next != "meters" && next != "tons" && next != "dollars" && next != "euros" &&
			!strings.HasPrefix(toks[i].Text, "0") && prevWord(toks, i) != "$" {
			return dateMatch{first: i, last: i + 1, value: strconv.Itoa(y)}, true
		}
	}
	return dateMatch{}, false
}

func isNumberTok(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// datePrecursor reports whether the word before token i announces a date:
// "in May", "since March", "early May".
func datePrecursor(toks []Token, i int) bool {
	switch prevWord(toks, i) {
	case "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
		"during", "from", "before", "after", "of", "on", "through", "between", "and":
		return true
	}
	return false
}

func prevWord(toks []Token, i int) string {
	if i == 0 {
		return ""
	}
	return lowerNoDot(toks[i-1].Text)
}

// relativePeriod resolves "last week" and its kin to the ISO 8601 period:
// a week as 2022-W09, a month as 2022-02, a year as 2021.
func relativePeriod(ref time.Time, which, unit string) string {
	step := 0
	switch which {
	case "last", "past":
		step = -1
	case "next":
		step = 1
	}
	switch unit {
	case "week":
		y, w := ref.AddDate(0, 0, 7*step).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
		return t.Format("2006-01")
	}
	return strconv.Itoa(ref.Year() + step)
}

// yearSteps name a year relative to the reference: "last year".
var yearSteps = map[string]int{"last": -1, "this": 0, "next": 1}

// agoUnits are the units of "N units ago".
var agoUnits = set("day", "week", "month", "year")

// countWord reads a small count written as digits or a word: "2", "two", "a".
func countWord(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n, true
	}
	n, ok := countWords[w]
	return n, ok
}

var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// agoDate resolves "n units ago" against ref at the unit's precision.
func agoDate(ref time.Time, n int, unit string) string {
	switch unit {
	case "day":
		return ref.AddDate(0, 0, -n).Format("2006-01-02")
	case "week":
		y, w := ref.AddDate(0, 0, -7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		return time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0).Format("2006-01")
	}
	return strconv.Itoa(ref.Year() - n)
}

func iso(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// yearFor picks the year of a day and month given without one: the
// reference year, unless that puts the date more than two months after the
// reference, when news means the year before.
func yearFor(ref time.Time, mo, d int) int {
	t := time.Date(ref.Year(), time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.After(ref.AddDate(0, 2, 0)) {
		return ref.Year() - 1
	}
	return ref.Year()
}

// monthYear picks the year of a bare month: "in January" written in March is
// this January; "in November" written in March is last November unless the
// text says "next".
func monthYear(ref time.Time, mo int, before string) int {
	switch before {
	case "next":
		if mo <= int(ref.Month()) {
			return ref.Year() + 1
		}
		return ref.Year()
	case "last":
		if mo >= int(ref.Month()) {
			return ref.Year() - 1
		}
		return ref.Year()
	}
	if mo > int(ref.Month())+2 {
		return ref.Year() - 1
	}
	return ref.Year()
}

// weekdayDate resolves a bare weekday to the latest such day on or before
// ref (news reports the past); "next Friday" looks forward instead.
func weekdayDate(ref time.Time, wd time.Weekday, before string) time.Time {
	diff := int(ref.Weekday()) - int(wd)
	if before == "next" || before == "coming" {
		ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return ref.AddDate(0, 0, ahead)
	}
	if diff < 0 {
		diff += 7
	}
	if before == "last" && diff == 0 {
		diff = 7
	}
	return ref.AddDate(0, 0, -diff)
}

func decade(w string) (int, bool) {
	s := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'")
	if len(s) == len(w) {
		return 0, false
	}
	if strings.HasPrefix(s, "'") || strings.HasPrefix(s, "\u2019") {
		s = strings.TrimLeft(s, "'\u2019")
		if n, err := strconv.Atoi(s); err == nil && len(s) == 2 && n%10 == 0 {
			if n >= 30 {
				return 1900 + n, true
			}
			return 2000 + n, true
		}
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil && len(s) == 4 && n%10 == 0 && n >= 1000 && n < 2100 {
		return n, true
	}
	return 0, false
}

func numericDate(w string) (string, bool) {
	if t, err := time.Parse("2006-01-02", w); err == nil {
		return t.Format("2006-01-02"), true
	}
	if t, err := time.Parse("02.01.2006", w); err == nil {
		return t.Format("2006-01-02"), true
	}
	if t, err := time.Parse("01/02/2006", w); err == nil {
		return t.Format("2006-01-02"), true
	}
	return "", false
}

// ParseDocDate reads a document date: "2022-03-11", or an RFC 3339 time
// whose date part is used. An empty string gives the zero time.
func ParseDocDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("extract: date %q is not YYYY-MM-DD", s)
}

// dateEntityID is the id of a DATE entity: its value, or its text when the
// value is unknown.
func dateEntityID(value, text string) string {
	if value != "" {
		return graph.Date.Slug() + "/" + value
	}
	return graph.Date.Slug() + "/" + strings.ToLower(strings.Join(strings.Fields(text), "-"))
}
