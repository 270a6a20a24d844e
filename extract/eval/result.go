package eval

import "github.com/kgraph/kgraph/extract"

// FromResult turns kgraph's extraction into a Prediction.
func FromResult(r *extract.Result) Prediction {
	var p Prediction
	for _, m := range r.Mentions {
		p.Mentions = append(p.Mentions, Mention{Start: m.Start, End: m.End, Type: string(m.Type)})
	}
	for _, e := range r.Entities {
		pe := Entity{ID: e.ID, Name: e.Name}
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, [2]int{m.Start, m.End})
			pe.Texts = append(pe.Texts, m.Text)
		}
		pe.Texts = append(pe.Texts, e.Aliases...)
		p.Entities = append(p.Entities, pe)
	}
	for _, rel := range r.Relations {
		pat := ""
		if len(rel.Evidence) > 0 {
			pat = rel.Evidence[0].Pattern
		}
		p.Relations = append(p.Relations, Relation{Type: string(rel.Type), Source: rel.Source, Target: rel.Target, Pattern: pat})
	}
	return p
}
