package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kgraph/kgraph/graph"
)

// GoldDoc is one annotated document.
type GoldDoc struct {
	ID            string         `json:"id"`
	Title         *string        `json:"title"`
	Date          *string        `json:"date"`
	Text          string         `json:"text"`
	EntityTypes   []string       `json:"entity_types"`
	RelationTypes []string       `json:"relation_types"`
	Entities      []GoldEntity   `json:"entities"`
	Relations     []GoldRelation `json:"relations"`
}

// GoldEntity is an annotated entity and its mentions.
type GoldEntity struct {
	ID               string   `json:"id"`
	Type             string   `json:"type"`
	AltTypes         []string `json:"alt_types"`
	Name             string   `json:"name"`
	Link             *string  `json:"link"`
	Mentions         [][2]int `json:"mentions"`
	OptionalMentions [][2]int `json:"optional_mentions"`
}

// GoldRelation is an annotated relation between two entity ids.
type GoldRelation struct {
	Type     string   `json:"type"`
	AltTypes []string `json:"alt_types"`
	Source   string   `json:"source"`
	Target   string   `json:"target"`
}

// Document returns the document to extract.
func (d *GoldDoc) Document() graph.Document {
	doc := graph.Document{ID: d.ID, Text: d.Text}
	if d.Title != nil {
		doc.Title = *d.Title
	}
	if d.Date != nil {
		doc.Date = *d.Date
	}
	return doc
}

// ReadGoldFile reads the gold documents of the file at path.
func ReadGoldFile(path string) ([]GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return ReadGold(path, f)
}

// ReadGold reads gold documents, one JSON object a line. name labels
// errors. A malformed line is an error naming its line; so is a span
// outside the text or an entity id a relation names but no entity has.
func ReadGold(name string, r io.Reader) ([]GoldDoc, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var docs []GoldDoc
	var errs []error
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 && !blank(b) {
			d, perr := ParseGold(b)
			if perr != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, perr))
			} else {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", name, line, err)
		}
	}
	if len(errs) > 0 {
		return docs, fmt.Errorf("eval: %w", errors.Join(errs...))
	}
	return docs, nil
}

func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// ParseGold reads and checks one gold document.
func ParseGold(b []byte) (GoldDoc, error) {
	var d GoldDoc
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("invalid JSON: %w", err)
	}
	ids := make(map[string]bool, len(d.Entities))
	for _, e := range d.Entities {
		ids[e.ID] = true
		for _, spans := range [][][2]int{e.Mentions, e.OptionalMentions} {
			for _, sp := range spans {
				if sp[0] < 0 || sp[1] > len(d.Text) || sp[0] >= sp[1] {
					return d, fmt.Errorf("document %s: entity %s: span [%d,%d) is outside the text (%d bytes)", d.ID, e.ID, sp[0], sp[1], len(d.Text))
				}
			}
		}
	}
	for _, r := range d.Relations {
		if !ids[r.Source] || !ids[r.Target] {
			return d, fmt.Errorf("document %s: relation %s %s %s names an unknown entity", d.ID, r.Source, r.Type, r.Target)
		}
	}
	return d, nil
}
