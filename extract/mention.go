package extract

import "github.com/kgraph/kgraph/graph"

// Mention is one reference to an entity in a document.
type Mention struct {
	Start, End int // byte span in the document's text, end exclusive
	Text       string
	Type       graph.EntityType
	// Entity is the canonical entity id, set when mentions are resolved.
	Entity string
	// Kind says how the mention names its entity: "name", "acronym",
	// "alias", "demonym", "capital", "seat", "surname" or "date".
	Kind string
	// StandsFor is the country a demonym, capital or seat of power stands
	// for when text uses it for a government. The linker relates that
	// country; the mention keeps its own text, span and entity.
	StandsFor string
	// Role is the title before a person's name ("President", "Press
	// Secretary"); RoleOf is the entity the title belongs to ("Belarusian
	// President" gives country/belarus).
	Role, RoleOf string
	Value        string // ISO 8601 value of a DATE mention, "" if unresolved
	First, Last  int    // token range, Last exclusive
	Sent         int    // sentence index
	Source       string // "gazetteer", "model", "rule" or "dates"
}

// Actor returns the entity the linker should relate: the country a
// demonym, capital or seat stands for, else the mention's own entity.
func (m *Mention) Actor() string {
	if m.StandsFor != "" {
		return m.StandsFor
	}
	return m.Entity
}

// Span is a typed token range proposed by a NameTagger.
type Span struct {
	First, Last int // token indexes relative to the tokens given, Last exclusive
	Type        graph.EntityType
}

// NameTagger proposes typed name spans in one sentence's tokens. The
// statistical model implements it; Recognizer falls back to capitalisation
// rules without one.
type NameTagger interface {
	TagNames(toks []Token) []Span
}
