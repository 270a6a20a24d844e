package graph

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Document is the metadata of one ingested article. Text is carried through
// extraction but never serialised: evidence quotes hold the text that matters.
type Document struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"` // publication date, YYYY-MM-DD, or empty when unknown
	URL   string `json:"url,omitempty"`
	Hash  string `json:"hash,omitempty"` // hex SHA-256 of Text: the document's identity in the store
	Text  string `json:"-"`
}

// Entity is a canonical real-world thing: a person, organisation, country,
// location or date. Its ID is stable across documents and runs.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases,omitempty"`
	Wikidata string     `json:"wikidata,omitempty"`
	// Tags carry gazetteer facts that inference uses, such as "mutual-defence"
	// on an alliance.
	Tags []string `json:"tags,omitempty"`
	// Value is the ISO 8601 normalisation of a DATE entity (2022-03-11, 2022-03, 1990s).
	Value string `json:"value,omitempty"`
}

// HasTag reports whether e carries tag.
func (e Entity) HasTag(tag string) bool {
	for _, t := range e.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Ref is the short form of an entity used inside results.
type Ref struct {
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Type EntityType `json:"type"`
}

// Ref returns e's short form.
func (e Entity) Ref() Ref { return Ref{ID: e.ID, Name: e.Name, Type: e.Type} }

// Evidence is one place in one document that states a relation.
type Evidence struct {
	Doc   string `json:"doc,omitempty"`
	Start int    `json:"start"` // byte offset of the quote in the document's text
	End   int    `json:"end"`   // end exclusive
	Text  string `json:"text"`
	// Date is when the text says the relation held; DateSource says whether
	// it came from the text ("text") or is the document's date ("document").
	Date       string  `json:"date,omitempty"`
	DateSource string  `json:"date_source,omitempty"`
	Pattern    string  `json:"pattern,omitempty"` // the extraction rule that matched
	Role       string  `json:"role,omitempty"`    // "President", "Press Secretary"...
	Confidence float64 `json:"confidence,omitempty"`
}

// Relation is a typed edge between two entities. A symmetric relation is
// stored once, with Source < Target.
type Relation struct {
	Type       RelationType `json:"type"`
	Source     string       `json:"source"`
	Target     string       `json:"target"`
	Date       string       `json:"date,omitempty"`      // the first date the relation is seen to hold
	LastDate   string       `json:"last_date,omitempty"` // the last one, when it differs
	Confidence float64      `json:"confidence"`          // in [0,1]
	Inferred   bool         `json:"inferred"`            // derived by a rule, not stated
	Because    string       `json:"because,omitempty"`   // for an inferred relation: the rule and its premises
	Premises   []Key        `json:"premises,omitempty"`  // for an inferred relation: the stated relations it follows from
	Role       string       `json:"role,omitempty"`      // the role word of the first evidence
	Evidence   []Evidence   `json:"evidence,omitempty"`
}

// Key identifies a relation: its type and ends, in canonical order.
type Key struct {
	Type   RelationType `json:"type"`
	Source string       `json:"source"`
	Target string       `json:"target"`
}

// Key returns r's identity.
func (r Relation) Key() Key { return Key{r.Type, r.Source, r.Target} }

// Canonical puts a symmetric relation's ends in order. It returns r unchanged
// for a directed type.
func (r Relation) Canonical() Relation {
	if def, ok := Relations.Lookup(r.Type); ok && def.Symmetric && r.Target < r.Source {
		r.Source, r.Target = r.Target, r.Source
	}
	return r
}

// Other returns the end of r that is not id, or "" if id is on neither end.
func (r Relation) Other(id string) string {
	switch id {
	case r.Source:
		return r.Target
	case r.Target:
		return r.Source
	}
	return ""
}

// Merge folds the evidence and dates of o, a relation with the same key,
// into r. Confidence combines as a noisy-or: independent statements add up
// to more certainty than any one of them. Evidence with the same document and
// span is kept once.
func (r *Relation) Merge(o Relation) {
	r.Confidence = math.Round((1-(1-r.Confidence)*(1-o.Confidence))*1e4) / 1e4
	r.Date, r.LastDate = mergeDates(r.Date, r.LastDate, o.Date, o.LastDate)
	if r.Role == "" {
		r.Role = o.Role
	}
	seen := make(map[evidenceKey]bool, len(r.Evidence))
	for _, ev := range r.Evidence {
		seen[ev.key()] = true
	}
	for _, ev := range o.Evidence {
		if !seen[ev.key()] {
			seen[ev.key()] = true
			r.Evidence = append(r.Evidence, ev)
		}
	}
}

type evidenceKey struct {
	doc        string
	start, end int
}

func (ev Evidence) key() evidenceKey { return evidenceKey{ev.Doc, ev.Start, ev.End} }

// mergeDates returns the earliest and the latest of two date ranges. Dates
// are ISO 8601 prefixes, so string order is date order at equal precision.
func mergeDates(first1, last1, first2, last2 string) (string, string) {
	dates := make([]string, 0, 4)
	for _, d := range []string{first1, last1, first2, last2} {
		if d != "" {
			dates = append(dates, d)
		}
	}
	if len(dates) == 0 {
		return "", ""
	}
	sort.Strings(dates)
	first, last := dates[0], dates[len(dates)-1]
	if first == last {
		last = ""
	}
	return first, last
}

// NormalizeName folds a name for lookup: lower case, dots and apostrophes
// dropped, a leading "the" removed, runs of spaces and hyphens made one space.
// "The U.S." and "us" fold alike; so do "Al-Qaeda" and "al qaeda".
func NormalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '.' || r == '\'' || r == '\u2019':
			continue
		case r == ' ' || r == '-' || r == '\t' || r == '\n' || r == '\u2010' || r == '\u2011':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Shouted counts the words of three or more letters a name writes in
// capitals only: "Abdoulaye WADE" has one, "NATO" one, "Angela Merkel"
// none. Of two spellings of one name, the one that shouts less is the one
// to show ("GRAND RAPIDS" in a dateline, "Grand Rapids" in the text).
func Shouted(name string) int {
	n := 0
	for _, w := range strings.Fields(name) {
		letters, upper := 0, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 3 && upper == letters {
			n++
		}
	}
	return n
}
