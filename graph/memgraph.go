package graph

import "sort"

// Graph is an in-memory set of entities and relations: the unit that queries,
// inference and exporters work on. The zero value is not usable; call New.
type Graph struct {
	entities  map[string]Entity
	relations map[Key]*Relation
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{entities: make(map[string]Entity), relations: make(map[Key]*Relation)}
}

// AddEntity adds e, or merges its aliases and tags into the entity with the same id.
func (g *Graph) AddEntity(e Entity) {
	if old, ok := g.entities[e.ID]; ok {
		old.Aliases = union(old.Aliases, e.Aliases)
		old.Tags = union(old.Tags, e.Tags)
		if old.Wikidata == "" {
			old.Wikidata = e.Wikidata
		}
		g.entities[e.ID] = old
		return
	}
	e.Aliases = append([]string(nil), e.Aliases...)
	e.Tags = append([]string(nil), e.Tags...)
	g.entities[e.ID] = e
}

// AddRelation adds r in canonical order, merging it into an existing relation
// with the same key.
func (g *Graph) AddRelation(r Relation) {
	r = r.Canonical()
	if old, ok := g.relations[r.Key()]; ok {
		old.Merge(r)
		return
	}
	r.Evidence = append([]Evidence(nil), r.Evidence...)
	g.relations[r.Key()] = &r
}

// Entity returns the entity with id.
func (g *Graph) Entity(id string) (Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Relation returns the relation with key k.
func (g *Graph) Relation(k Key) (Relation, bool) {
	r, ok := g.relations[k]
	if !ok {
		return Relation{}, false
	}
	return *r, true
}

// Entities returns every entity sorted by id.
func (g *Graph) Entities() []Entity {
	out := make([]Entity, 0, len(g.entities))
	for _, e := range g.entities {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Relations returns every relation sorted by source, type and target.
func (g *Graph) Relations() []Relation {
	out := make([]Relation, 0, len(g.relations))
	for _, r := range g.relations {
		out = append(out, *r)
	}
	SortRelations(out)
	return out
}

// Len returns the number of entities and of relations.
func (g *Graph) Len() (entities, relations int) { return len(g.entities), len(g.relations) }

// SortRelations orders rs by source, type, target: the order of every listing.
func SortRelations(rs []Relation) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Target < b.Target
	})
}

func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
