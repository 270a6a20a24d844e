// Package gazetteer holds kgraph's embedded lists of countries (names,
// official names, demonyms, capitals, seats of power) and organisations
// (names, acronyms, aliases, Wikidata ids), and looks names up in them.
//
// The lists are tab-separated files under data/, written by the team; see
// data/README.md for their columns. Lookups take normalised phrases
// (graph.NormalizeName) and cost one map access.
package gazetteer
