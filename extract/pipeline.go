package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

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
	// debugging; they are not part of the JSON contract.
	Mentions []Mention `json:"-"`
}

// Options configures a Pipeline. A nil *Options, or a nil field, means the
// default: the embedded gazetteer, prose's tagger and capitalisation rules
// for names the gazetteer does not know.
type Options struct {
	Gazetteer *gazetteer.Gazetteer
	Analyzer  *Analyzer
	Names     NameTagger
}

// Pipeline runs every extraction stage over documents. Build it once with
// NewPipeline: that is where the models load. It is safe for concurrent use.
type Pipeline struct {
	analyzer   *Analyzer
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
		o.Analyzer = NewAnalyzer()
	}
	return &Pipeline{
		analyzer:   o.Analyzer,
		recognizer: &Recognizer{Gazetteer: o.Gazetteer, Names: o.Names},
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
	sum := sha256.Sum256([]byte(doc.Text))
	doc.Hash = hex.EncodeToString(sum[:])
	toks, sents := p.analyzer.Analyze(doc.Text)
	ms := p.recognizer.Recognize(doc.Text, toks, sents, ref)
	ents := resolve(toks, ms, p.recognizer.Gazetteer)
	attachRoles(toks, sents, ms)
	rels := p.linker.Link(linkInput{doc: doc, ref: ref, toks: toks, sents: sents, mentions: ms})
	return &Result{Doc: doc, Entities: ents, Relations: rels, Mentions: ms}, nil
}
