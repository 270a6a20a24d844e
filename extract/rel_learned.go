package extract

import (
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// learnedMaxGap is the most tokens between two mentions the pair
// classifier is asked about. On held-out CoNLL04 training sentences it
// costs 0.01 F1 (0.594 to 0.585) and spares long news sentences its
// guesses.
const learnedMaxGap = 12

// learned asks the pair classifier about every pair of mentions in the
// sentence that some relation type allows.
func (l *linkRun) learned(v *sentenceView) {
	if l.pairs == nil {
		return
	}
	for _, a := range v.ms {
		for _, b := range v.ms {
			// A nationality adjective modifies; it is no party to a relation
			// the model reads ("Russian and Ukrainian representatives").
			if a == b || a.Type == graph.Date || b.Type == graph.Date || a.Actor() == b.Actor() || a.Kind == "demonym" || b.Kind == "demonym" {
				continue
			}
			// Far apart in a long sentence, two names are rarely related
			// the way the model learnt from short ones.
			if gap := max(a.First, b.First) - min(a.Last, b.Last); gap > learnedMaxGap {
				continue
			}
			p := PairInput{Tokens: v.toks, Sentence: v.s, A: a, B: b, Known: l.known(a, b)}
			rel, conf := l.pairs.Classify(&p)
			if rel == "" {
				continue
			}
			src, tgt := a.Entity, b.Entity
			st, tt := a.Type, b.Type
			if rel == graph.WorksFor && b.Type == graph.Org && !l.governmentBody(b.Entity) {
				// People serve states and their bodies; they belong to
				// parties, clubs, firms and institutes.
				rel = graph.MemberOf
			}
			if rel == graph.MemberOf && a.Type == graph.Person && l.statesOnly(b.Entity) {
				continue // the United Nations, NATO and BRICS count states as members
			}
			if b.StandsFor != "" && (rel == graph.WorksFor || rel == graph.BasedIn || rel == graph.LivesIn || rel == graph.LocatedIn) {
				tgt, tt = b.Actor(), graph.Country
			}
			if a.StandsFor != "" && a.Type == graph.Country {
				src = a.Actor()
			}
			l.emit(v, rel, src, tgt, st, tt, conf, "learned", "", min(a.First, b.First), max(a.Last, b.Last))
			if rel == graph.WorksFor && tt == graph.Org {
				// The staff of a state body are its members too.
				l.emit(v, graph.MemberOf, src, tgt, st, tt, conf, "learned", "", min(a.First, b.First), max(a.Last, b.Last))
			}
		}
	}
}

// known says what the gazetteer knows of a pair: a place in a country or
// region, a national body in its country.
func (l *linkRun) known(a, b *Mention) string {
	if l.gaz == nil {
		return ""
	}
	target := b.Entity
	if b.Type == graph.Country {
		target = b.Actor()
	}
	if c := l.gaz.CountryOf(a.Entity); c != "" && (c == target || l.gaz.RegionOf(a.Entity) == target) {
		if a.Type == graph.Org {
			return "based-in"
		}
		return "located-in"
	}
	return ""
}

// governmentBody reports whether an organisation is an organ of a state: a
// ministry or agency, an army, a legislature, a court, a seat of power.
func (l *linkRun) governmentBody(id string) bool {
	if l.gaz == nil {
		return false
	}
	switch l.gaz.Kind(id) {
	case "agency", "military", "legislature", "court":
		return true
	}
	if e, ok := l.gaz.Entity(id); ok {
		return e.HasTag("seat-of-power")
	}
	// One the gazetteer does not know says so in its name: "Interior
	// Ministry", "Federal Police".
	_, name, _ := strings.Cut(id, "/")
	for _, w := range strings.Split(name, "-") {
		if stateBodyWords[w] {
			return true
		}
	}
	return false
}

// stateBodyWords name an organ of a state.
var stateBodyWords = set("ministry", "department", "police", "army", "navy", "military", "court", "parliament",
	"senate", "congress", "cabinet", "government", "administration", "agency", "bundestag", "bundesrat",
	"duma", "knesset", "assembly", "pentagon", "kremlin")

// statesOnly reports whether an organisation's members are states: an
// intergovernmental organisation, an alliance, a forum of states.
func (l *linkRun) statesOnly(id string) bool {
	if l.gaz == nil {
		return false
	}
	switch l.gaz.Kind(id) {
	case "igo", "alliance", "forum":
		return true
	}
	return false
}
