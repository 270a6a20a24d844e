// Package model is kgraph's statistical name tagger: a greedy averaged
// perceptron over BILOU tags for PER, ORG, LOC and MISC names, with
// hashed features of the word, its shape and affixes, its neighbours,
// prose's part-of-speech tags, gazetteer marks and what the document said
// of the same word earlier (Ratinov and Roth's "extended prediction
// history").
//
// The trained weights are embedded (data/ner.bin.gz), pruned and quantised
// to 16 bits; Load decodes them once. Train builds a model from annotated
// documents; cmd/kgraph-train is the command that does it.
package model
