// Package extract turns a news document into entities and relations.
//
// The pipeline runs in stages, each a small type with one job:
//
//	Analyzer    tokens with byte spans, sentences and POS tags (prose, wrapped once)
//	Recognizer  PERSON, ORG, COUNTRY, LOCATION and DATE mentions (gazetteer + model + rules)
//	dates       ISO 8601 values for DATE mentions, relative to the document's date
//	resolve     canonical entities: aliases, demonyms, acronyms, surnames
//	Linker      typed relations with evidence, dates and confidences
//
// Pipeline strings them together; it is safe for concurrent use once built,
// and loads every model exactly once, in NewPipeline.
package extract
