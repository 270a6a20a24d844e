package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// Result is what extraction finds in one document: the output contract of
// `kgraph extract --json`.
type Result struct {
	Doc       graph.Document   `json:"doc"`
	Entities  []EntityMentions `json:"entities"`
	Relations []graph.Relation `json:"relations"`
	// Mentions are the resolved mentions in text order, for evaluation and
	// debugging; they are not part of the JSON contract. So are the tokens
	// and sentences they point into.
	Mentions  []Mention  `json:"-"`
	Tokens    []Token    `json:"-"`
	Sentences []Sentence `json:"-"`
}

// Options configures a Pipeline. A nil *Options, or a nil field, means the
// default: the embedded gazetteer, prose's tagger and capitalisation rules
// for names the gazetteer does not know.
type Options struct {
	Gazetteer *gazetteer.Gazetteer
	Analyzer  *Analyzer
	Names     NameTagger
	// Pairs, when set, reads relations between the mentions of a sentence
	// beside the pattern families.
	Pairs PairClassifier
	// Words gives the pair classifier the words' classes; it must be
	// the classer the classifier was trained with (the name model).
	Words WordClasser
}

// Pipeline runs every extraction stage over documents. Build it once with
// NewPipeline: that is where the models load. It is safe for concurrent use.
type Pipeline struct {
	analyzer   *Analyzer
	respeller  respeller
	recognizer *Recognizer
	linker     Linker
}

// NewPipeline loads the models and lists the options do not supply.
func NewPipeline(opts *Options) (*Pipeline, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Gazetteer == nil {
		g, err := gazetteer.Load()
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		o.Gazetteer = g
	}
	if o.Analyzer == nil {
		a, err := NewAnalyzer()
		if err != nil {
			return nil, err
		}
		o.Analyzer = a
	}
	return &Pipeline{
		analyzer:   o.Analyzer,
		respeller:  newRespeller(),
		recognizer: &Recognizer{Gazetteer: o.Gazetteer, Names: o.Names},
		linker:     Linker{Gazetteer: o.Gazetteer, Pairs: o.Pairs, Words: o.Words},
	}, nil
}

// Extract runs the pipeline over doc. doc.Date, when set, must be
// YYYY-MM-DD: relative dates in the text resolve against it. The result's
// Doc carries the hash of the text, the document's identity in the store.
func (p *Pipeline) Extract(ctx context.Context, doc graph.Document) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ref, err := ParseDocDate(doc.Date)
	if err != nil {
		return nil, fmt.Errorf("extract: document %s: %w", doc.ID, err)
	}
	doc.Hash = TextHash(doc.Text)
	toks, sents := p.respeller.respell(p.analyzer.Analyze(doc.Text))
	all := p.recognizer.Recognize(doc.Text, toks, sents, ref)
	// Relative periods ("last week") date relations but are no entities.
	var ms, periods []Mention
	for _, m := range all {
		if m.Kind == "period" {
			periods = append(periods, m)
		} else {
			ms = append(ms, m)
		}
	}
	ents := resolve(toks, ms, p.recognizer.Gazetteer)
	attachRoles(toks, sents, ms)
	if royalsByCountry(ms) {
		ents = entitiesOf(ms, p.recognizer.Gazetteer)
	}
	rels := p.linker.Link(linkInput{doc: doc, ref: ref, toks: toks, sents: sents, mentions: ms, periods: periods})
	ents = p.addStandIns(ents, rels)
	return &Result{Doc: doc, Entities: ents, Relations: rels, Mentions: ms, Tokens: toks, Sentences: sents}, nil
}

// addStandIns lists the countries that relations reach only through a
// capital, seat or demonym standing for them ("Vienna" for Austria), so that
// every relation's ends are entities of the result. They have no mentions
// of their own.
func (p *Pipeline) addStandIns(ents []EntityMentions, rels []graph.Relation) []EntityMentions {
	have := make(map[string]bool, len(ents))
	for _, e := range ents {
		have[e.ID] = true
	}
	added := false
	for _, r := range rels {
		for _, id := range []string{r.Source, r.Target} {
			if have[id] {
				continue
			}
			e, ok := p.recognizer.Gazetteer.Entity(id)
			if !ok {
				continue // the linker only relates resolved mentions and gazetteer countries
			}
			have[id] = true
			added = true
			e.Aliases = append([]string(nil), e.Aliases...)
			ents = append(ents, EntityMentions{Entity: e, Mentions: []MentionSpan{}})
		}
	}
	if added {
		sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	}
	return ents
}

// TextHash is a document's identity: the hex SHA-256 of its text.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
