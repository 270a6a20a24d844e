package cli

import (
	"fmt"
	"strings"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// notFoundError is an unknown entity name with the names it may have meant.
type notFoundError struct {
	Name        string
	Suggestions []store.EntityInfo
}

func (e *notFoundError) Error() string {
	msg := fmt.Sprintf("no entity called %q", e.Name)
	if len(e.Suggestions) == 0 {
		return msg + "; `kgraph entities` lists them all"
	}
	var alts []string
	for _, s := range e.Suggestions {
		alts = append(alts, fmt.Sprintf("%s (%s)", s.Name, s.Type))
	}
	return msg + "; did you mean " + strings.Join(alts, ", ") + "?"
}

// findEntity resolves a name, alias, demonym, acronym or id to one entity:
// the most mentioned when several match. Others that match are returned too.
func findEntity(s Store, name string) (store.EntityInfo, []store.EntityInfo, error) {
	found, err := s.Find(name)
	if err != nil {
		return store.EntityInfo{}, nil, err
	}
	if len(found) == 0 {
		sugg, err := s.Suggest(name, 5)
		if err != nil {
			return store.EntityInfo{}, nil, err
		}
		return store.EntityInfo{}, nil, &notFoundError{Name: name, Suggestions: sugg}
	}
	// A name that is an entity's own name beats one that is only an alias.
	best := 0
	for i, e := range found {
		if graph.NormalizeName(e.Name) == graph.NormalizeName(name) {
			best = i
			break
		}
	}
	rest := append(append([]store.EntityInfo(nil), found[:best]...), found[best+1:]...)
	return found[best], rest, nil
}

// nameCache looks entity names up once.
type nameCache struct {
	s     Store
	cache map[string]graph.Entity
}

func newNameCache(s Store) *nameCache {
	return &nameCache{s: s, cache: make(map[string]graph.Entity)}
}

func (c *nameCache) entity(id string) graph.Entity {
	if e, ok := c.cache[id]; ok {
		return e
	}
	e, err := c.s.Entity(id)
	if err != nil {
		e = graph.Entity{ID: id, Name: id}
	}
	c.cache[id] = e
	return e
}
