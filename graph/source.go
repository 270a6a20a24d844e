package graph

import (
	"errors"
	"sort"
)

// ErrNotFound is returned by a Source for an entity id it does not hold.
var ErrNotFound = errors.New("graph: not found")

// Filter selects relations. The zero Filter selects every stated relation.
type Filter struct {
	Entity string         // an entity id at either end; empty for any
	Types  []RelationType // empty for any
	// MinConfidence is the least confidence a relation needs; 0 lets
	// every relation through.
	MinConfidence float64
	// Period, when set, keeps the relations with evidence dated in it,
	// and of each only that evidence (Apply).
	Period Period
}

// Matches reports whether r passes f.
func (f Filter) Matches(r Relation) bool {
	if f.Entity != "" && r.Source != f.Entity && r.Target != f.Entity || r.Confidence < f.MinConfidence {
		return false
	}
	if !f.Period.IsZero() {
		if _, ok := f.Period.Within(r); !ok {
			return false
		}
	}
	if len(f.Types) == 0 {
		return true
	}
	for _, t := range f.Types {
		if r.Type == t {
			return true
		}
	}
	return false
}

// Source is what graph algorithms need of a store: entities by id and
// relations by filter. The store implements it; Graph.AsSource adapts an
// in-memory graph.
type Source interface {
	Entity(id string) (Entity, error)
	Relations(f Filter) ([]Relation, error)
}

// AsSource returns g as a Source, for running algorithms over an
// in-memory graph.
func (g *Graph) AsSource() Source { return memSource{g} }

type memSource struct{ g *Graph }

func (m memSource) Entity(id string) (Entity, error) {
	if e, ok := m.g.entities[id]; ok {
		return e, nil
	}
	return Entity{}, ErrNotFound
}

func (m memSource) Relations(f Filter) ([]Relation, error) { return m.g.Filtered(f), nil }

// Apply reports whether r passes f and returns it with only the evidence
// f's Period holds.
func (f Filter) Apply(r Relation) (Relation, bool) {
	if !f.Matches(r) {
		return r, false
	}
	return f.Period.Within(r)
}

// Filtered returns the relations that pass f, sorted, each with the
// evidence f's Period holds.
func (g *Graph) Filtered(f Filter) []Relation {
	var out []Relation
	for _, r := range g.relations {
		if kept, ok := f.Apply(*r); ok {
			out = append(out, kept)
		}
	}
	SortRelations(out)
	return out
}

// Expand collects the neighbourhood of seeds from src: the seeds, every
// relation that passes f (its Entity aside) within depth hops, and the
// entities at their ends. Depth 0 returns the seeds alone. It costs one
// Relations call per entity reached before the last hop.
func Expand(src Source, seeds []string, depth int, f Filter) (*Graph, error) {
	g := New()
	frontier := append([]string(nil), seeds...)
	seen := make(map[string]bool)
	for _, id := range seeds {
		e, err := src.Entity(id)
		if err != nil {
			return nil, err
		}
		g.AddEntity(e)
		seen[id] = true
	}
	for hop := 0; hop < depth && len(frontier) > 0; hop++ {
		var next []string
		for _, id := range frontier {
			rs, err := src.Relations(Filter{Entity: id, Types: f.Types, MinConfidence: f.MinConfidence})
			if err != nil {
				return nil, err
			}
			for _, r := range rs {
				g.AddRelation(r)
				other := r.Other(id)
				if seen[other] {
					continue
				}
				seen[other] = true
				e, err := src.Entity(other)
				if err != nil {
					return nil, err
				}
				g.AddEntity(e)
				next = append(next, other)
			}
		}
		sort.Strings(next)
		frontier = next
	}
	return g, nil
}
