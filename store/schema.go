package store

import (
	"encoding/binary"

	"github.com/kgraph/kgraph/graph"
)

// SchemaVersion is the layout this build reads and writes. Version 1 files
// (no variants bucket) are read as they are and upgraded in place when
// opened for writing.
const SchemaVersion uint32 = 2

// Bucket names.
var (
	bucketMeta      = []byte("meta")
	bucketDocs      = []byte("docs")
	bucketDocIDs    = []byte("doc_ids")
	bucketEntities  = []byte("entities")
	bucketEntityIDs = []byte("entity_ids")
	bucketAliases   = []byte("aliases")
	bucketTypes     = []byte("types")
	bucketEdges     = []byte("edges")
	bucketEdgesIn   = []byte("edges_in")
	bucketEvidence  = []byte("evidence")
	bucketVariants  = []byte("variants")

	allBuckets = [][]byte{bucketMeta, bucketDocs, bucketDocIDs, bucketEntities, bucketEntityIDs,
		bucketAliases, bucketTypes, bucketEdges, bucketEdgesIn, bucketEvidence, bucketVariants}

	keySchema  = []byte("schema")
	keyCreated = []byte("created")
)

// entityTypeCodes are the type bytes of the types index. Never renumber.
var entityTypeCodes = map[graph.EntityType]byte{
	graph.Person: 1, graph.Org: 2, graph.Country: 3, graph.Location: 4, graph.Date: 5,
}

func u64(n uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, n)
	return b
}

// edgeKey is src | rel | tgt: 17 bytes.
func edgeKey(src uint64, rel byte, tgt uint64) []byte {
	k := make([]byte, 17)
	binary.BigEndian.PutUint64(k, src)
	k[8] = rel
	binary.BigEndian.PutUint64(k[9:], tgt)
	return k
}

// splitEdgeKey reads an edges or edges_in key.
func splitEdgeKey(k []byte) (a uint64, rel byte, b uint64) {
	return binary.BigEndian.Uint64(k), k[8], binary.BigEndian.Uint64(k[9:17])
}

// evidenceKey is the edge key followed by a counter: 25 bytes.
func evidenceKey(edge []byte, n uint64) []byte {
	k := make([]byte, 25)
	copy(k, edge)
	binary.BigEndian.PutUint64(k[17:], n)
	return k
}

// aliasKey is a normalised name, a zero byte and the entity's sequence.
func aliasKey(name string, seq uint64) []byte {
	k := make([]byte, 0, len(name)+9)
	k = append(k, name...)
	k = append(k, 0)
	return append(k, u64(seq)...)
}

// aliasPrefix is the prefix of every alias key of name; variant keys
// (variantKey, a zero byte, the sequence) share the layout.
func aliasPrefix(name string) []byte { return append([]byte(name), 0) }

// typeKey is a type byte and the entity's sequence.
func typeKey(t graph.EntityType, seq uint64) []byte {
	return append([]byte{entityTypeCodes[t]}, u64(seq)...)
}

// entityRecord is the stored form of an entity.
type entityRecord struct {
	Entity   graph.Entity `json:"entity"`
	Mentions int          `json:"mentions"` // mentions over all documents
	Docs     int          `json:"docs"`     // documents that mention it
	// Spellings counts the documents of each spelling of a person joined
	// by spelling variants ("Mahmoud Abbas": 40, "Mahmud Abbas": 3); the
	// commonest is the entity's name. Nil until a variant joins.
	Spellings map[string]int `json:"spellings,omitempty"`
}

// edgeRecord is the stored summary of a relation; its evidence lives in
// the evidence bucket.
type edgeRecord struct {
	Relation graph.Relation `json:"relation"`
	Evidence int            `json:"evidence"` // number of evidence items
}
