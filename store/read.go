package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kgraph/kgraph/graph"
)

func decodeSeq(v []byte) uint64 { return binary.BigEndian.Uint64(v) }

func readEntity(tx *bolt.Tx, seq uint64) (entityRecord, error) {
	var rec entityRecord
	v := tx.Bucket(bucketEntities).Get(u64(seq))
	if v == nil {
		return rec, fmt.Errorf("store: entity #%d: %w", seq, graph.ErrNotFound)
	}
	if err := json.Unmarshal(v, &rec); err != nil {
		return rec, fmt.Errorf("store: entity #%d: corrupt record: %w", seq, err)
	}
	return rec, nil
}

func entityIDOf(tx *bolt.Tx, seq uint64) string {
	rec, err := readEntity(tx, seq)
	if err != nil {
		return ""
	}
	return rec.Entity.ID
}

func aliasSeqs(tx *bolt.Tx, key string) []uint64 {
	var out []uint64
	prefix := aliasPrefix(key)
	c := tx.Bucket(bucketAliases).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) == len(prefix)+8 {
			out = append(out, decodeSeq(k[len(prefix):]))
		}
	}
	return out
}

// surnameSeqs returns the entities with an alias of several words whose
// last word is key, people only.
func surnameSeqs(tx *bolt.Tx, key string) []uint64 {
	var out []uint64
	suffix := " " + key
	_ = tx.Bucket(bucketAliases).ForEach(func(k, _ []byte) error {
		if len(k) < 9 {
			return nil
		}
		alias, seq := string(k[:len(k)-9]), decodeSeq(k[len(k)-8:])
		if !strings.HasSuffix(alias, suffix) {
			return nil
		}
		if rec, err := readEntity(tx, seq); err == nil && rec.Entity.Type == graph.Person {
			out = append(out, seq)
		}
		return nil
	})
	return out
}

// EntityInfo is an entity with its counts in the store.
type EntityInfo struct {
	graph.Entity
	Mentions int `json:"mentions"`
	Docs     int `json:"docs"`
}

// Entity returns the entity with id, or an error wrapping graph.ErrNotFound.
func (s *Store) Entity(id string) (graph.Entity, error) {
	var e graph.Entity
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketEntityIDs).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("store: entity %q: %w", id, graph.ErrNotFound)
		}
		rec, err := readEntity(tx, decodeSeq(v))
		e = rec.Entity
		return err
	})
	return e, err
}

// Find returns the entities that name, an alias, a demonym, an acronym or
// an id denotes, compared case-insensitively, most mentioned first.
func (s *Store) Find(name string) ([]EntityInfo, error) {
	var out []EntityInfo
	err := s.view(func(tx *bolt.Tx) error {
		seen := make(map[uint64]bool)
		var seqs []uint64
		if v := tx.Bucket(bucketEntityIDs).Get([]byte(strings.TrimSpace(name))); v != nil {
			seqs = append(seqs, decodeSeq(v))
		}
		key := graph.NormalizeName(name)
		seqs = append(seqs, aliasSeqs(tx, key)...)
		if key != "" && !strings.Contains(key, " ") {
			// "Lavrov", "Rice": the people whose names end in the word
			seqs = append(seqs, surnameSeqs(tx, key)...)
		}
		for _, seq := range seqs {
			if seen[seq] {
				continue
			}
			seen[seq] = true
			rec, err := readEntity(tx, seq)
			if err != nil {
				return err
			}
			out = append(out, EntityInfo{Entity: rec.Entity, Mentions: rec.Mentions, Docs: rec.Docs})
		}
		return nil
	})
	sortInfos(out)
	return out, err
}

func sortInfos(es []EntityInfo) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Mentions != es[j].Mentions {
			return es[i].Mentions > es[j].Mentions
		}
		return es[i].ID < es[j].ID
	})
}

// Suggest returns up to n entities whose names are close to name: for a
// "did you mean" answer. Closeness is edit distance over case-folded names,
// allowing about one edit in four letters; a name that starts with name
// also counts. It scans every alias.
func (s *Store) Suggest(name string, n int) ([]EntityInfo, error) {
	key := graph.NormalizeName(name)
	if key == "" {
		return nil, nil
	}
	maxDist := len(key)/4 + 1
	type hit struct {
		seq  uint64
		dist int
	}
	best := make(map[uint64]int)
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAliases).ForEach(func(k, _ []byte) error {
			if len(k) < 9 {
				return nil
			}
			alias, seq := string(k[:len(k)-9]), decodeSeq(k[len(k)-8:])
			d := levenshtein(key, alias, maxDist)
			if strings.HasPrefix(alias, key) && len(key) >= 3 {
				d = min(d, 1)
			}
			if d <= maxDist {
				if old, ok := best[seq]; !ok || d < old {
					best[seq] = d
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	hits := make([]hit, 0, len(best))
	for seq, d := range best {
		hits = append(hits, hit{seq, d})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].dist != hits[j].dist {
			return hits[i].dist < hits[j].dist
		}
		return hits[i].seq < hits[j].seq
	})
	if len(hits) > n {
		hits = hits[:n]
	}
	var out []EntityInfo
	err = s.view(func(tx *bolt.Tx) error {
		for _, h := range hits {
			rec, err := readEntity(tx, h.seq)
			if err != nil {
				return err
			}
			out = append(out, EntityInfo{Entity: rec.Entity, Mentions: rec.Mentions, Docs: rec.Docs})
		}
		return nil
	})
	return out, err
}

// levenshtein returns the edit distance of a and b, or limit+1 once it is
// sure to exceed limit.
func levenshtein(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Entities lists the entities of type t (every type when t is ""), sorted by id.
func (s *Store) Entities(t graph.EntityType) ([]EntityInfo, error) {
	var out []EntityInfo
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketTypes).Cursor()
		var prefix []byte
		if t != "" {
			code, ok := entityTypeCodes[t]
			if !ok {
				return fmt.Errorf("store: unknown entity type %q", t)
			}
			prefix = []byte{code}
		}
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			rec, err := readEntity(tx, decodeSeq(k[1:]))
			if err != nil {
				return err
			}
			out = append(out, EntityInfo{Entity: rec.Entity, Mentions: rec.Mentions, Docs: rec.Docs})
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// Relations returns the stated relations that pass f, with all their
// evidence (with f.Period set, the evidence dated in it), sorted by source,
// type and target. With f.Entity set it reads
// only that entity's adjacency lists.
func (s *Store) Relations(f graph.Filter) ([]graph.Relation, error) {
	var out []graph.Relation
	codes := make(map[byte]bool)
	for _, t := range f.Types {
		d, ok := graph.Relations.Lookup(t)
		if !ok {
			return nil, fmt.Errorf("store: unknown relation type %q", t)
		}
		codes[d.Code] = true
	}
	wanted := func(code byte) bool { return len(codes) == 0 || codes[code] }
	err := s.view(func(tx *bolt.Tx) error {
		edges := tx.Bucket(bucketEdges)
		ids := make(map[uint64]string)
		idOf := func(seq uint64) string {
			id, ok := ids[seq]
			if !ok {
				id = entityIDOf(tx, seq)
				ids[seq] = id
			}
			return id
		}
		load := func(k, v []byte) error {
			var rec edgeRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("store: corrupt edge: %w", err)
			}
			r := rec.Relation
			if r.Confidence < f.MinConfidence {
				return nil
			}
			// The ends by what their entities are called now: a person
			// stored under a bare surname may since have taken a full name.
			src, code, tgt := splitEdgeKey(k)
			if a, b := idOf(src), idOf(tgt); a != "" && b != "" {
				r.Source, r.Target = a, b
				if d, ok := graph.Relations.ByCode(code); ok && d.Symmetric && b < a {
					r.Source, r.Target = b, a
				}
			}
			r.Evidence = readEvidence(tx, k)
			if !f.Period.IsZero() {
				var ok bool
				if r, ok = f.Period.Within(r); !ok {
					return nil
				}
			}
			out = append(out, r)
			return nil
		}
		if f.Entity == "" {
			return edges.ForEach(func(k, v []byte) error {
				if !wanted(k[8]) {
					return nil
				}
				return load(k, v)
			})
		}
		idv := tx.Bucket(bucketEntityIDs).Get([]byte(f.Entity))
		if idv == nil {
			return fmt.Errorf("store: entity %q: %w", f.Entity, graph.ErrNotFound)
		}
		prefix := idv
		c := edges.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if wanted(k[8]) {
				if err := load(k, v); err != nil {
					return err
				}
			}
		}
		ci := tx.Bucket(bucketEdgesIn).Cursor()
		for k, _ := ci.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = ci.Next() {
			tgt, code, src := splitEdgeKey(k)
			if !wanted(code) || src == tgt {
				continue
			}
			fk := edgeKey(src, code, tgt)
			if err := load(fk, edges.Get(fk)); err != nil {
				return err
			}
		}
		return nil
	})
	graph.SortRelations(out)
	return out, err
}

func readEvidence(tx *bolt.Tx, edge []byte) []graph.Evidence {
	var out []graph.Evidence
	c := tx.Bucket(bucketEvidence).Cursor()
	for k, v := c.Seek(edge); k != nil && bytes.HasPrefix(k, edge); k, v = c.Next() {
		var ev graph.Evidence
		if json.Unmarshal(v, &ev) == nil {
			out = append(out, ev)
		}
	}
	return out
}

// HasDocument reports whether a document whose text has the given hex
// SHA-256 is stored.
func (s *Store) HasDocument(hash string) (bool, error) {
	found := false
	err := s.view(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketDocs).Get([]byte(hash)) != nil
		return nil
	})
	return found, err
}

// Documents lists the stored documents sorted by id.
func (s *Store) Documents() ([]graph.Document, error) {
	var out []graph.Document
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(_, v []byte) error {
			var d graph.Document
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("store: corrupt document: %w", err)
			}
			out = append(out, d)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// Stats counts what the store holds.
type Stats struct {
	Documents int                        `json:"documents"`
	Entities  map[graph.EntityType]int   `json:"entities"`
	Relations map[graph.RelationType]int `json:"relations"`
	Evidence  int                        `json:"evidence"`
}

// Stats counts documents, entities by type, relations by type and evidence.
func (s *Store) Stats() (Stats, error) {
	st := Stats{Entities: make(map[graph.EntityType]int), Relations: make(map[graph.RelationType]int)}
	codes := make(map[byte]graph.EntityType)
	for t, c := range entityTypeCodes {
		codes[c] = t
	}
	err := s.view(func(tx *bolt.Tx) error {
		st.Documents = tx.Bucket(bucketDocs).Stats().KeyN
		st.Evidence = tx.Bucket(bucketEvidence).Stats().KeyN
		if err := tx.Bucket(bucketTypes).ForEach(func(k, _ []byte) error {
			st.Entities[codes[k[0]]]++
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bucketEdges).ForEach(func(k, _ []byte) error {
			if d, ok := graph.Relations.ByCode(k[8]); ok {
				st.Relations[d.Type]++
			}
			return nil
		})
	})
	return st, err
}
