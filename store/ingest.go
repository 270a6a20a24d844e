package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kgraph/kgraph/graph"
)

// Item is one document's extraction, ready to store.
type Item struct {
	Doc       graph.Document
	Entities  []graph.Entity
	Mentions  map[string]int // entity id -> mentions in this document
	Relations []graph.Relation
}

// IngestStats counts what an Ingest call changed.
type IngestStats struct {
	Documents int `json:"documents"` // new documents stored
	Skipped   int `json:"skipped"`   // documents whose text was already stored
	Entities  int `json:"entities"`  // new entities
	Relations int `json:"relations"` // new relations
	Evidence  int `json:"evidence"`  // new evidence items, on new or old relations
}

// Add adds o's counts to st.
func (st *IngestStats) Add(o IngestStats) {
	st.Documents += o.Documents
	st.Skipped += o.Skipped
	st.Entities += o.Entities
	st.Relations += o.Relations
	st.Evidence += o.Evidence
}

// Ingest stores items in one transaction: all of them or, on error, none.
// A document whose text (by SHA-256) is already stored is skipped, so
// ingesting the same text again changes nothing. An entity that is new to
// the store but whose one-word person name ("Putin") is an alias of exactly
// one stored person ("Vladimir Putin") joins that person.
func (s *Store) Ingest(items []Item) (IngestStats, error) {
	var st IngestStats
	err := s.update(func(tx *bolt.Tx) error {
		w := writer{tx: tx, ids: make(map[string]uint64)}
		for i := range items {
			if err := w.item(&items[i], &st); err != nil {
				return fmt.Errorf("store: document %s: %w", items[i].Doc.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return IngestStats{}, err
	}
	return st, nil
}

type writer struct {
	tx  *bolt.Tx
	ids map[string]uint64 // entity id -> seq, for this transaction
	// names indexes the stored persons of several words by their first
	// and last words, built on first use in the transaction.
	names *personNames
}

// personNames maps a first or last name word to the stored persons of
// several words that have it there ("putin" -> Vladimir Putin).
type personNames struct {
	first, last map[string][]uint64
}

func (pn *personNames) add(name string, seq uint64) {
	ws := nameWords(name)
	if len(ws) < 2 {
		return
	}
	if f := ws[0]; !slices.Contains(pn.first[f], seq) {
		pn.first[f] = append(pn.first[f], seq)
	}
	if l := ws[len(ws)-1]; !slices.Contains(pn.last[l], seq) {
		pn.last[l] = append(pn.last[l], seq)
	}
}

// personNames returns the index of stored persons' name words, reading
// every stored person once per transaction.
func (w *writer) personNames() *personNames {
	if w.names != nil {
		return w.names
	}
	w.names = &personNames{first: make(map[string][]uint64), last: make(map[string][]uint64)}
	prefix := []byte{entityTypeCodes[graph.Person]}
	c := w.tx.Bucket(bucketTypes).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		seq := decodeSeq(k[1:])
		if rec, err := readEntity(w.tx, seq); err == nil {
			w.names.add(rec.Entity.Name, seq)
		}
	}
	return w.names
}

// namedBy returns the stored persons of several words whose first (or
// last) name word is word, checked against their records (a name may have
// changed to a commoner spelling since it was indexed).
func (w *writer) namedBy(word string, last bool) []uint64 {
	pn := w.personNames()
	seqs := pn.first[word]
	if last {
		seqs = pn.last[word]
	}
	var out []uint64
	for _, seq := range seqs {
		rec, err := readEntity(w.tx, seq)
		if err != nil || rec.Entity.Type != graph.Person {
			continue
		}
		if ws := nameWords(rec.Entity.Name); len(ws) > 1 && (last && ws[len(ws)-1] == word || !last && ws[0] == word) {
			out = append(out, seq)
		}
	}
	return out
}

func (w *writer) item(it *Item, st *IngestStats) error {
	if it.Doc.Hash == "" {
		return fmt.Errorf("no text hash")
	}
	hash := []byte(it.Doc.Hash)
	docs := w.tx.Bucket(bucketDocs)
	if docs.Get(hash) != nil {
		st.Skipped++
		return nil
	}
	b, err := json.Marshal(it.Doc)
	if err != nil {
		return err
	}
	if err := docs.Put(hash, b); err != nil {
		return err
	}
	if err := w.tx.Bucket(bucketDocIDs).Put([]byte(it.Doc.ID), hash); err != nil {
		return err
	}
	st.Documents++

	remap := make(map[string]uint64, len(it.Entities))
	for _, e := range it.Entities {
		seq, isNew, err := w.entity(e, it.Mentions[e.ID])
		if err != nil {
			return err
		}
		if isNew {
			st.Entities++
		}
		remap[e.ID] = seq
	}
	for _, r := range it.Relations {
		src, ok1 := remap[r.Source]
		tgt, ok2 := remap[r.Target]
		if !ok1 || !ok2 {
			return fmt.Errorf("relation %s %s %s names an entity the document does not list", r.Source, r.Type, r.Target)
		}
		if err := w.relation(r, src, tgt, st); err != nil {
			return err
		}
	}
	return nil
}

// entity stores e or merges it into the entity it resolves to, and returns
// that entity's sequence.
func (w *writer) entity(e graph.Entity, mentions int) (uint64, bool, error) {
	if _, ok := entityTypeCodes[e.Type]; !ok || e.ID == "" {
		return 0, false, fmt.Errorf("entity %q has no id or an unknown type %q", e.ID, e.Type)
	}
	seq, found := w.lookupID(e.ID)
	if !found {
		seq, found = w.joinPerson(e)
	}
	variant, givenID := false, e.ID
	absorbed := ""
	if !found {
		seq, found = w.joinVariant(e)
		variant = found
	}
	if !found {
		seq, absorbed, found = w.absorbSurname(e)
	}
	ents := w.tx.Bucket(bucketEntities)
	var rec entityRecord
	if found {
		if err := json.Unmarshal(ents.Get(u64(seq)), &rec); err != nil {
			return 0, false, fmt.Errorf("entity %s: corrupt record: %w", e.ID, err)
		}
		g := graph.New()
		g.AddEntity(rec.Entity)
		old := rec.Entity
		e.ID = old.ID
		g.AddEntity(e)
		rec.Entity, _ = g.Entity(old.ID)
		if graph.NormalizeName(e.Name) == graph.NormalizeName(old.Name) && graph.Shouted(e.Name) < graph.Shouted(old.Name) {
			// One name, written in capitals where the entity was first seen
			// ("Abdoulaye WADE"): show the spelling running text uses.
			rec.Entity.Name = e.Name
			if !contains(rec.Entity.Aliases, old.Name) {
				rec.Entity.Aliases = append(rec.Entity.Aliases, old.Name)
			}
		} else if e.Name != old.Name && !contains(rec.Entity.Aliases, e.Name) {
			rec.Entity.Aliases = append(rec.Entity.Aliases, e.Name)
		}
		if variant || rec.Spellings != nil {
			if rec.Spellings == nil {
				rec.Spellings = map[string]int{old.Name: rec.Docs}
			}
			rec.Spellings[e.Name]++
			if best := commonest(rec.Spellings, rec.Entity.Name); best != rec.Entity.Name {
				// "Condoleeza Rice" seen first, "Condoleezza Rice" far
				// more often: the node shows the usual spelling.
				if !contains(rec.Entity.Aliases, rec.Entity.Name) {
					rec.Entity.Aliases = append(rec.Entity.Aliases, rec.Entity.Name)
				}
				rec.Entity.Name = best
				rec.Entity.Aliases = slices.DeleteFunc(rec.Entity.Aliases, func(a string) bool { return a == best })
			}
		}
		if absorbed != "" {
			// The person stored under the bare surname takes the full
			// name, and its id, as if the full name had come first.
			if err := w.renamePerson(&rec, seq, absorbed, givenID, e.Name); err != nil {
				return 0, false, err
			}
		}
		if variant {
			// The variant's id finds the entity from now on.
			if err := w.tx.Bucket(bucketEntityIDs).Put([]byte(givenID), u64(seq)); err != nil {
				return 0, false, err
			}
			w.ids[givenID] = seq
		}
	} else {
		n, err := ents.NextSequence()
		if err != nil {
			return 0, false, err
		}
		seq = n
		rec.Entity = e
		if err := w.tx.Bucket(bucketEntityIDs).Put([]byte(e.ID), u64(seq)); err != nil {
			return 0, false, err
		}
		if err := w.tx.Bucket(bucketTypes).Put(typeKey(e.Type, seq), nil); err != nil {
			return 0, false, err
		}
		if key := variantKey(e.Name); key != "" && variantTypes[e.Type] {
			if err := w.tx.Bucket(bucketVariants).Put(aliasKey(key, seq), nil); err != nil {
				return 0, false, err
			}
		}
		w.ids[e.ID] = seq
		if e.Type == graph.Person && w.names != nil {
			w.names.add(e.Name, seq)
		}
	}
	rec.Mentions += mentions
	rec.Docs++
	b, err := json.Marshal(rec)
	if err != nil {
		return 0, false, err
	}
	if err := ents.Put(u64(seq), b); err != nil {
		return 0, false, err
	}
	aliases := w.tx.Bucket(bucketAliases)
	for _, n := range append([]string{rec.Entity.Name, rec.Entity.ID}, rec.Entity.Aliases...) {
		if k := graph.NormalizeName(n); k != "" {
			if err := aliases.Put(aliasKey(k, seq), nil); err != nil {
				return 0, false, err
			}
		}
	}
	return seq, !found, nil
}

// commonest returns the spelling seen in the most documents; among equals
// the one least written in capitals, then the current name, then the first
// in byte order.
func commonest(spellings map[string]int, current string) string {
	best := current
	for _, s := range slices.Sorted(maps.Keys(spellings)) {
		n, b := spellings[s], spellings[best]
		if n > b || n == b && graph.Shouted(s) < graph.Shouted(best) {
			best = s
		}
	}
	return best
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (w *writer) lookupID(id string) (uint64, bool) {
	if seq, ok := w.ids[id]; ok {
		return seq, true
	}
	if v := w.tx.Bucket(bucketEntityIDs).Get([]byte(id)); v != nil {
		seq := decodeSeq(v)
		w.ids[id] = seq
		return seq, true
	}
	return 0, false
}

// joinPerson finds the one stored person that a one-word person name
// shortens.
func (w *writer) joinPerson(e graph.Entity) (uint64, bool) {
	if e.Type != graph.Person {
		return 0, false
	}
	key := graph.NormalizeName(e.Name)
	ws := nameWords(e.Name)
	tail := func(rec entityRecord) bool { return true }
	if strings.Contains(strings.TrimSpace(e.Name), " ") {
		// "Bin Laden", "Van Gogh": a surname with its particle ends the
		// stored person's full name ("Osama bin Laden").
		if len(ws) < 2 || !surnameParticles[ws[0]] {
			return 0, false
		}
		key = ws[len(ws)-1]
		tail = func(rec entityRecord) bool { // "De Hoop Scheffer" ends "Jaap de Hoop Scheffer"
			rs := nameWords(rec.Entity.Name)
			return len(rs) > len(ws) && slices.Equal(rs[len(rs)-len(ws):], ws)
		}
	}
	seqs := aliasSeqs(w.tx, key)
	var match []uint64
	for _, seq := range seqs {
		rec, err := readEntity(w.tx, seq)
		if err == nil && rec.Entity.Type == graph.Person && strings.Contains(rec.Entity.Name, " ") && tail(rec) {
			match = append(match, seq)
		}
	}
	if len(match) == 1 {
		return match[0], true
	}
	if len(match) == 0 && len(ws) == 1 {
		// No stored person answers to the surname in its own story: the
		// one stored person of several words whose last name it is, when
		// no other has it as a first or last name ("Putin" after a story
		// that only wrote "Vladimir Putin"; not "Obama" with a Barack and a
		// Michelle Obama stored, nor "Ahmad" with an Ahmad Shah).
		if seqs := w.namedBy(ws[0], true); len(seqs) == 1 && len(w.namedBy(ws[0], false)) == 0 {
			return seqs[0], true
		}
	}
	return 0, false
}

// absorbSurname finds the one stored one-word person that the new
// many-word person e is called by in its own document ("Mahmoud
// Ahmadinejad ... Ahmadinejad said" finds a stored "Ahmadinejad"), when no
// stored many-word person answers to that word as well: the person a
// document named only by the surname would have joined e had e been
// stored first (joinPerson). It asks more than joinPerson does: the word
// must be e's last name and no stored person of several words may have it
// as a first or last name. (joinPerson without those tests keeps "Hu" with
// Hu Jintao and "Obama" with Barack Obama while a Michelle Obama is
// stored; with them, VOA split 41 such people that a story named
// by the surname alone.) It returns the stored person's sequence and id.
func (w *writer) absorbSurname(e graph.Entity) (uint64, string, bool) {
	ws := nameWords(e.Name)
	if e.Type != graph.Person || len(ws) < 2 {
		return 0, "", false
	}
	surname := ws[len(ws)-1]
	var found uint64
	var foundID string
	for _, a := range e.Aliases {
		if aw := nameWords(a); len(aw) != 1 || aw[0] != surname {
			continue // "Carlos" for "Carlos Alvarez" is a first name, which many share
		}
		seqs := aliasSeqs(w.tx, graph.NormalizeName(a))
		if n := len(ws); n > 2 && surnameParticles[ws[n-2]] {
			seqs = append(seqs, aliasSeqs(w.tx, ws[n-2]+" "+surname)...) // "Bin Laden" for "Osama bin Laden"
		}
		for _, seq := range seqs {
			rec, err := readEntity(w.tx, seq)
			if err != nil || rec.Entity.Type != graph.Person {
				continue
			}
			// A bare surname, or one with its particle that ends e's name
			// ("Bin Laden" for "Osama bin Laden"), may be e.
			rs := nameWords(rec.Entity.Name)
			bare := len(rs) == 1 || len(rs) == 2 && surnameParticles[rs[0]] && len(ws) > 2 && slices.Equal(ws[len(ws)-2:], rs)
			if !bare || found != 0 && found != seq {
				return 0, "", false // another full name answers to it, or two bare ones
			}
			found, foundID = seq, rec.Entity.ID
		}
	}
	if found == 0 || w.surnameShared(surname, found) {
		return 0, "", false
	}
	return found, foundID, true
}

// surnameShared reports whether a stored person of several words other
// than the one at except has the word as a first or last name: then a
// story that called someone by it alone ("Smith", "Ahmad") may have meant
// either.
func (w *writer) surnameShared(word string, except uint64) bool {
	for _, seq := range append(w.namedBy(word, false), w.namedBy(word, true)...) {
		if seq != except {
			return true
		}
	}
	return false
}

// renamePerson gives the person stored at seq under the one-word id oldID
// the many-word name and id of the person it turned out to be: the old id
// no longer finds it, as a bare surname's never does (joinPerson), and
// the new name's spellings may join it from now on.
func (w *writer) renamePerson(rec *entityRecord, seq uint64, oldID, newID, name string) error {
	ids := w.tx.Bucket(bucketEntityIDs)
	if err := ids.Delete([]byte(oldID)); err != nil {
		return err
	}
	delete(w.ids, oldID)
	if err := ids.Put([]byte(newID), u64(seq)); err != nil {
		return err
	}
	w.ids[newID] = seq
	if k := graph.NormalizeName(oldID); k != "" {
		if err := w.tx.Bucket(bucketAliases).Delete(aliasKey(k, seq)); err != nil {
			return err
		}
	}
	old := rec.Entity.Name
	rec.Entity.ID, rec.Entity.Name = newID, name
	if w.names != nil {
		w.names.add(name, seq)
	}
	rec.Entity.Aliases = slices.DeleteFunc(rec.Entity.Aliases, func(a string) bool { return a == name })
	if !contains(rec.Entity.Aliases, old) {
		rec.Entity.Aliases = append(rec.Entity.Aliases, old)
	}
	if key := variantKey(name); key != "" {
		return w.tx.Bucket(bucketVariants).Put(aliasKey(key, seq), nil)
	}
	return nil
}

// surnameParticles begin surnames: "bin Laden", "van Gogh", "de Klerk".
var surnameParticles = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "van": true, "von": true,
	"de": true, "da": true, "di": true, "du": true, "del": true, "della": true, "le": true, "la": true}

// variantTypes are the types whose names the writer joins by spelling.
var variantTypes = map[graph.EntityType]bool{graph.Person: true, graph.Org: true, graph.Location: true}

// joinVariant finds the one stored entity of e's type whose name is a
// spelling variant of e's many-word name (sameSpelling): "Mahmud Abbas"
// joins "Mahmoud Abbas", "Lashkar-e-Toiba" the stored "Lashkar-e-Taiba".
// An organisation or place the gazetteer identifies (one with a Wikidata
// id) is never joined to another: it is the canonical one. With two
// candidates it joins neither.
func (w *writer) joinVariant(e graph.Entity) (uint64, bool) {
	key := variantKey(e.Name)
	if !variantTypes[e.Type] || key == "" || e.Type != graph.Person && e.Wikidata != "" {
		return 0, false
	}
	var match []uint64
	prefix := aliasPrefix(key)
	c := w.tx.Bucket(bucketVariants).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+8 {
			continue
		}
		seq := decodeSeq(k[len(prefix):])
		rec, err := readEntity(w.tx, seq)
		if err != nil || rec.Entity.Type != e.Type {
			continue
		}
		if sameSpelling(e.Name, rec.Entity.Name) || slices.ContainsFunc(rec.Entity.Aliases, func(a string) bool { return sameSpelling(e.Name, a) }) {
			match = append(match, seq)
		}
	}
	if len(match) == 1 {
		return match[0], true
	}
	return 0, false
}

// relation merges r into the stored edge src-type-tgt and appends its evidence.
func (w *writer) relation(r graph.Relation, src, tgt uint64, st *IngestStats) error {
	def, ok := graph.Relations.Lookup(r.Type)
	if !ok {
		return fmt.Errorf("unknown relation type %q", r.Type)
	}
	if r.Inferred {
		return fmt.Errorf("relation %s %s %s is inferred: inferred relations are derived, never stored", r.Source, r.Type, r.Target)
	}
	srcID, tgtID := entityIDOf(w.tx, src), entityIDOf(w.tx, tgt)
	edges := w.tx.Bucket(bucketEdges)
	if def.Symmetric && (tgtID < srcID || edges.Get(edgeKey(tgt, def.Code, src)) != nil) && edges.Get(edgeKey(src, def.Code, tgt)) == nil {
		// Ends in id order; an edge stored the other way round (an end
		// renamed since) is the same edge.
		src, tgt, srcID, tgtID = tgt, src, tgtID, srcID
	}
	r.Source, r.Target = srcID, tgtID
	key := edgeKey(src, def.Code, tgt)
	evidence := r.Evidence
	r.Evidence = nil
	var rec edgeRecord
	if v := edges.Get(key); v != nil {
		if err := json.Unmarshal(v, &rec); err != nil {
			return fmt.Errorf("edge %s %s %s: corrupt record: %w", srcID, r.Type, tgtID, err)
		}
		rec.Relation.Merge(r)
	} else {
		rec.Relation = r
		st.Relations++
		if err := w.tx.Bucket(bucketEdgesIn).Put(edgeKey(tgt, def.Code, src), nil); err != nil {
			return err
		}
	}
	evb := w.tx.Bucket(bucketEvidence)
	for _, ev := range evidence {
		b, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if err := evb.Put(evidenceKey(key, uint64(rec.Evidence)), b); err != nil {
			return err
		}
		rec.Evidence++
		st.Evidence++
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return edges.Put(key, b)
}
