package eval

import (
	"sort"

	"github.com/kgraph/kgraph/graph"
)

// Mention is a predicted mention.
type Mention struct {
	Start, End int
	Type       string
}

// Entity is a predicted entity: its id, name and mention spans.
type Entity struct {
	ID       string
	Name     string
	Mentions [][2]int
	Texts    []string // the mentions' texts, for matching by name
}

// Relation is a predicted relation between predicted entity ids.
type Relation struct {
	Type           string
	Source, Target string
	Pattern        string // what found it, for listing mistakes
}

// Prediction is what a system found in one document.
type Prediction struct {
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), or 0 without predictions.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 0 without gold items.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report accumulates scores over documents. The zero value is ready to use.
type Report struct {
	Docs      int
	Entities  map[string]*Counts // by entity type
	Relations map[string]*Counts // by relation type
	// Patterns counts the relations each pattern found right and wrong
	// (by Evidence pattern; a pattern misses nothing on its own, so FN
	// stays zero).
	Patterns map[string]*Counts
	// Errors lists the mistakes, when Report.Keep is set, for inspection.
	Keep   bool
	Errors []Mistake
}

// Mistake is one false positive or false negative.
type Mistake struct {
	Doc   string `json:"doc"`
	Kind  string `json:"kind"` // "fp" or "fn" (or "tp" for a relation, to see what found it)
	What  string `json:"what"` // "mention" or "relation"
	Type  string `json:"type"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
	Text  string `json:"text"`
	// Gold is the gold type of a mention with the right span and the
	// wrong type, or of a relation found under a type it also accepts.
	Gold string `json:"gold,omitempty"`
	// Pattern is what found a predicted relation.
	Pattern string `json:"pattern,omitempty"`
}

func (r *Report) counts(m *map[string]*Counts, t string) *Counts {
	if *m == nil {
		*m = make(map[string]*Counts)
	}
	c, ok := (*m)[t]
	if !ok {
		c = &Counts{}
		(*m)[t] = c
	}
	return c
}

type goldMention struct {
	typ    string
	alts   []string
	entity string
}

func (g goldMention) accepts(t string) bool {
	if t == g.typ {
		return true
	}
	for _, a := range g.alts {
		if a == t {
			return true
		}
	}
	return false
}

func has(ts []string, t string) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// Add scores one document's prediction.
func (r *Report) Add(d *GoldDoc, p Prediction) {
	r.Docs++
	gold := make(map[[2]int]goldMention)
	optional := make(map[[2]int]bool)
	for _, e := range d.Entities {
		for _, sp := range e.Mentions {
			if has(d.EntityTypes, e.Type) {
				gold[sp] = goldMention{typ: e.Type, alts: e.AltTypes, entity: e.ID}
			}
		}
		for _, sp := range e.OptionalMentions {
			optional[sp] = true
		}
	}
	// Mentions.
	matched := make(map[[2]int]bool)
	seen := make(map[Mention]bool)
	for _, m := range p.Mentions {
		if seen[m] {
			continue
		}
		seen[m] = true
		sp := [2]int{m.Start, m.End}
		g, isGold := gold[sp]
		switch {
		case isGold && g.accepts(m.Type) && !matched[sp]:
			matched[sp] = true
			r.counts(&r.Entities, g.typ).TP++
		case optional[sp] && !isGold:
		case !has(d.EntityTypes, m.Type) && !isGold:
		default:
			r.counts(&r.Entities, m.Type).FP++
			if r.Keep {
				mk := Mistake{Doc: d.ID, Kind: "fp", What: "mention", Type: m.Type, Start: m.Start, End: m.End, Text: d.Text[m.Start:m.End]}
				if isGold {
					mk.Gold = g.typ
				}
				r.Errors = append(r.Errors, mk)
			}
		}
	}
	for sp, g := range gold {
		if !matched[sp] {
			r.counts(&r.Entities, g.typ).FN++
			if r.Keep {
				r.Errors = append(r.Errors, Mistake{Doc: d.ID, Kind: "fn", What: "mention", Type: g.typ, Start: sp[0], End: sp[1], Text: d.Text[sp[0]:sp[1]]})
			}
		}
	}
	r.addRelations(d, p, gold)
}

// addRelations maps predicted entities to gold ones and compares relations.
func (r *Report) addRelations(d *GoldDoc, p Prediction, gold map[[2]int]goldMention) {
	if len(d.RelationTypes) == 0 {
		return
	}
	byName := make(map[string][]string)
	for _, e := range d.Entities {
		keys := map[string]bool{graph.NormalizeName(e.Name): true}
		for _, sp := range e.Mentions {
			keys[graph.NormalizeName(d.Text[sp[0]:sp[1]])] = true
		}
		for k := range keys {
			if k != "" {
				byName[k] = append(byName[k], e.ID)
			}
		}
	}
	toGold := make(map[string]string, len(p.Entities))
	for _, e := range p.Entities {
		hits := make(map[string]int)
		for _, sp := range e.Mentions {
			if g, ok := gold[sp]; ok {
				hits[g.entity]++
			}
		}
		if len(hits) == 0 {
			// A mention that is the end of a gold mention lands on it:
			// the gold may keep a title in front ("President Lincoln") or
			// a sentence's full stop behind ("Dallas.") that kgraph leaves
			// out of names.
			for _, sp := range e.Mentions {
				for gsp, g := range gold {
					if gsp[0] <= sp[0] && sp[1] <= gsp[1] && gsp != sp && headOf(d.Text, gsp, sp) {
						hits[g.entity]++
					}
				}
			}
		}
		best, n := "", 0
		for id, k := range hits {
			if k > n || k == n && id < best {
				best, n = id, k
			}
		}
		if best == "" {
			for _, name := range append([]string{e.Name}, e.Texts...) {
				if ids := byName[graph.NormalizeName(name)]; len(ids) == 1 {
					best = ids[0]
					break
				}
			}
		}
		if best != "" {
			toGold[e.ID] = best
		}
	}
	type key struct{ typ, a, b string }
	symmetric := func(t string) bool {
		def, ok := graph.Relations.Lookup(graph.RelationType(t))
		return ok && def.Symmetric
	}
	norm := func(k key) key {
		if symmetric(k.typ) && k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		return k
	}
	// goldRel maps every type a gold relation accepts to that relation, so
	// that one fact predicted under two accepted types counts once.
	goldRel := make(map[key]int)
	for i, g := range d.Relations {
		if !has(d.RelationTypes, g.Type) {
			continue
		}
		goldRel[norm(key{g.Type, g.Source, g.Target})] = i + 1
		for _, alt := range g.AltTypes {
			if k := norm(key{alt, g.Source, g.Target}); goldRel[k] == 0 {
				goldRel[k] = i + 1
			}
		}
	}
	matched := make(map[int]bool)
	found := make(map[key]bool)
	predSeen := make(map[key]bool)
	for _, pr := range p.Relations {
		a, okA := toGold[pr.Source]
		b, okB := toGold[pr.Target]
		k := norm(key{pr.Type, a, b})
		if !has(d.RelationTypes, pr.Type) && !(okA && okB && goldRel[k] > 0) {
			// A type the document is not annotated for counts only when a
			// gold relation accepts it as an alternative.
			continue
		}
		if okA && okB {
			if predSeen[k] {
				continue
			}
			predSeen[k] = true
		}
		if okA && okB && goldRel[k] > 0 {
			if matched[goldRel[k]] {
				continue // the same fact under another accepted type
			}
			matched[goldRel[k]] = true
			found[k] = true
			// A hit counts for the gold type, as a mention's does: a
			// works-for fact found as member-of is works-for recall.
			gt := d.Relations[goldRel[k]-1].Type
			r.counts(&r.Relations, gt).TP++
			r.counts(&r.Patterns, patternName(pr.Pattern)).TP++
			if r.Keep {
				mk := Mistake{Doc: d.ID, Kind: "tp", What: "relation", Type: pr.Type, Text: pr.Source + " " + pr.Type + " " + pr.Target, Pattern: pr.Pattern}
				if gt != pr.Type {
					mk.Gold = gt
				}
				r.Errors = append(r.Errors, mk)
			}
			continue
		}
		r.counts(&r.Relations, pr.Type).FP++
		r.counts(&r.Patterns, patternName(pr.Pattern)).FP++
		if r.Keep {
			r.Errors = append(r.Errors, Mistake{Doc: d.ID, Kind: "fp", What: "relation", Type: pr.Type, Text: pr.Source + " " + pr.Type + " " + pr.Target, Pattern: pr.Pattern})
		}
	}
	names := make(map[string]string)
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	for _, g := range d.Relations {
		if !has(d.RelationTypes, g.Type) {
			continue
		}
		hit := found[norm(key{g.Type, g.Source, g.Target})]
		for _, alt := range g.AltTypes {
			hit = hit || found[norm(key{alt, g.Source, g.Target})]
		}
		if !hit {
			r.counts(&r.Relations, g.Type).FN++
			if r.Keep {
				r.Errors = append(r.Errors, Mistake{Doc: d.ID, Kind: "fn", What: "relation", Type: g.Type, Text: names[g.Source] + " " + g.Type + " " + names[g.Target]})
			}
		}
	}
}

// patternName names the pattern of a predicted relation, "-" when the
// prediction says none.
func patternName(p string) string {
	if p == "" {
		return "-"
	}
	return p
}

// Micro sums the counts of the given types, or of all types when none are
// given.
func Micro(m map[string]*Counts, types ...string) Counts {
	var c Counts
	for t, x := range m {
		if len(types) == 0 || has(types, t) {
			c.add(*x)
		}
	}
	return c
}

// Types returns the keys of m, sorted.
func Types(m map[string]*Counts) []string {
	out := make([]string, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// headOf reports whether span sp ends gold span g: it reaches g's end, or
// stops just before a final full stop, and starts at a word of g.
func headOf(text string, g, sp [2]int) bool {
	end := sp[1] == g[1] || sp[1] == g[1]-1 && text[g[1]-1] == '.'
	return end && (sp[0] == g[0] || text[sp[0]-1] == ' ')
}
