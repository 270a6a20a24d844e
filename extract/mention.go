package extract

import "github.com/kgraph/kgraph/graph"

// Mention is one reference to an entity in a document.
type Mention struct {
	Start, End int // byte span in the document's text, end exclusive
	Text       string
	// Name is the mention's words as the stages read them when a
	// paraphrasing tool's phrase was respelled inside it ("Peoples
	// Democratic Party" for "Peoples Democratic Social gathering"), else
	// "": entities are named and matched by it, quoted by Text.
	Name string
	Type graph.EntityType
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
	// Of tells one body from others of the same name, when the text says
	// which: the country a generic institution belongs to ("Supreme
	// Court", "Foreign Ministry"), the town or country an embassy is in
	// ("the British Embassy in Tehran"). Its entity is then that one.
	Of          string
	Value       string // ISO 8601 value of a DATE mention, "" if unresolved
	First, Last int    // token range, Last exclusive
	Sent        int    // sentence index
	Source      string // "gazetteer", "model", "rule" or "dates"
}

// name returns the mention's words as read: Name, else Text.
func (m *Mention) name() string {
	if m.Name != "" {
		return m.Name
	}
	return m.Text
}

// Actor returns the entity the linker should relate: the country a
// demonym, capital or seat stands for, else the mention's own entity.
func (m *Mention) Actor() string {
	if m.StandsFor != "" {
		return m.StandsFor
	}
	return m.Entity
}

// Misc is the type a name tagger gives names that are none of kgraph's
// types: events, nationalities, works ("World War III"). Misc spans keep
// other layers off their tokens and are not reported.
const Misc graph.EntityType = "MISC"

// Span is a typed token range proposed by a NameTagger.
type Span struct {
	First, Last int // token indexes into TagInput.Tokens, Last exclusive
	Type        graph.EntityType
}

// TagInput is a document as a name tagger sees it.
type TagInput struct {
	Tokens    []Token
	Sentences []Sentence
	// Gazetteer holds each token's GazetteerTags mark.
	Gazetteer []string
}

// NameTagger proposes typed name spans over a whole document: document-wide
// context (a word's other uses) is part of what a good tagger reads. The
// statistical model implements it; Recognizer falls back to capitalisation
// rules without one.
type NameTagger interface {
	TagNames(in *TagInput) []Span
}

// PairInput is what a relation classifier reads of two mentions of one
// sentence: A is the would-be source, B the target.
type PairInput struct {
	Tokens   []Token
	Sentence Sentence
	A, B     *Mention
	// Known is what the gazetteer says of the pair: "located-in" when it
	// puts place A in B, "based-in" when it puts body A in country B.
	Known string
	// Words, when set, gives the words' classes (the pipeline's
	// Options.Words): a reader that learnt "slain" between a killer and
	// the killed can then read "murdered" there too.
	Words WordClasser
}

// WordClasser gives a lower-case word's class under a clustering of word
// vectors learnt from other text, and whether it knows the word: words of
// like use share a class. The name model implements it.
type WordClasser interface {
	WordClass(lower string) (int, bool)
}

// PairClassifier says which relation, if any, a sentence states between
// two of its mentions, and how sure it is (0 to 1). The trained relation
// model implements it.
type PairClassifier interface {
	Classify(p *PairInput) (graph.RelationType, float64)
}
