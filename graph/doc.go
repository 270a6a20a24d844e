// Package graph defines kgraph's data model: the entities and typed,
// evidenced relations extracted from news, the schema of entity and relation
// types (one registry, as data), an in-memory Graph for queries and
// exports, and the inference rules that derive marked edges from stated ones.
//
// The package has no I/O: the store persists these values and the encoders
// under graph/encoding write them in interchange formats.
package graph
