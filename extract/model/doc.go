// Package model is kgraph's statistical name tagger: a structured averaged
// perceptron over BILOU tags for PER, ORG, LOC and MISC names, decoded with
// Viterbi, with hashed features of the word, its shape and affixes, its
// neighbours, prose's part-of-speech tags, gazetteer marks, how the word is
// capitalised in running text, word classes (the exchange algorithm over
// the training texts, and k-means over pretrained word vectors) and what
// the document said of the same word earlier (Ratinov and Roth's "extended
// prediction history").
//
// The trained weights are embedded (data/ner.bin.gz), quantised to 16 bits,
// with the word classes they read; Load decodes them once. Train builds a
// model from annotated documents; cmd/kgraph-train is the command that does
// it.
package model
