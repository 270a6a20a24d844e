package graph

import (
	"fmt"
	"sort"
)

// MutualDefence is the entity tag of an alliance whose members are bound to
// defend each other (NATO's Article 5, the CSTO's Article 4).
const MutualDefence = "mutual-defence"

// Infer derives relations from the stated ones in g, by these rules:
//
//   - co-members of a mutual-defence alliance are allied with each other
//     (a membership held once, by its role, counts for nothing);
//   - the leader of a country is a citizen of it.
//
// Inferred relations are marked Inferred, carry no evidence of their own and
// explain themselves in Because. A relation that g already states is not
// inferred again. The result is sorted. It costs O(|E| + Σ m²) for alliances
// of m members.
func Infer(g *Graph) []Relation {
	out := New()
	members := make(map[string][]Relation) // alliance id -> member-of edges
	for _, r := range g.Relations() {
		switch r.Type {
		case MemberOf:
			if !PastRole(r.Role) { // ("Nicaragua withdrew from the OAS": a member no longer)
				members[r.Target] = append(members[r.Target], r)
			}
		case LeaderOf:
			if t, ok := g.Entity(r.Target); ok && t.Type == Country {
				out.AddRelation(Relation{Type: CitizenOf, Source: r.Source, Target: r.Target,
					Date: r.Date, Confidence: r.Confidence, Inferred: true,
					Because:  fmt.Sprintf("%s leads %s", name(g, r.Source), t.Name),
					Premises: []Key{r.Key()}})
			}
		}
	}
	alliances := make([]string, 0, len(members))
	for id := range members {
		alliances = append(alliances, id)
	}
	sort.Strings(alliances)
	for _, id := range alliances {
		a, ok := g.Entity(id)
		if !ok || !a.HasTag(MutualDefence) {
			continue
		}
		ms := members[id]
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				x, y := ms[i], ms[j]
				if x.Source == y.Source || !alliable(g, x.Source) || !alliable(g, y.Source) {
					continue
				}
				out.AddRelation(Relation{Type: AlliedWith, Source: x.Source, Target: y.Source,
					Confidence: 0.8 * minf(x.Confidence, y.Confidence), Inferred: true,
					Because:  fmt.Sprintf("both are members of %s, a mutual-defence alliance", a.Name),
					Premises: []Key{x.Key(), y.Key()}})
			}
		}
	}
	var res []Relation
	for _, r := range out.Relations() {
		if _, stated := g.Relation(r.Key()); !stated {
			res = append(res, r)
		}
	}
	return res
}

func alliable(g *Graph, id string) bool {
	e, ok := g.Entity(id)
	return ok && (e.Type == Country || e.Type == Org)
}

func name(g *Graph, id string) string {
	if e, ok := g.Entity(id); ok {
		return e.Name
	}
	return id
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}
