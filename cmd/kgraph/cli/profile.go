package cli

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// ProfileAnswer is the JSON form of a question about one entity as a
// whole ("who is Lukashenko"): every stated relation it takes part in.
type ProfileAnswer struct {
	Query  string      `json:"query"`
	Entity graph.Ref   `json:"entity"`
	Also   []graph.Ref `json:"also,omitempty"`
	// Aliases are the other names the entity is known by in the database.
	Aliases []string `json:"aliases,omitempty"`
	// Period is the time the relations are limited to, if any.
	Period *graph.Period `json:"period,omitempty"`
	// Relations are grouped by type (who the entity is before what it
	// did), the best attested first within a type.
	Relations []ProfileRelation `json:"relations"`
}

// ProfileRelation is one relation of the entity a profile is about.
type ProfileRelation struct {
	Relation graph.RelationType `json:"relation"`
	// Incoming says the entity is the relation's target ("Belarus" in
	// "Lukashenko leader-of Belarus" asked about Belarus).
	Incoming   bool      `json:"incoming"`
	Other      graph.Ref `json:"other"`
	Role       string    `json:"role,omitempty"`
	Confidence float64   `json:"confidence"`
	Date       string    `json:"date,omitempty"`
	LastDate   string    `json:"last_date,omitempty"`
	// Evidence counts the quotes; First is the first of them.
	Evidence int             `json:"evidence"`
	First    *graph.Evidence `json:"first,omitempty"`
}

// profileFirst are the relation types a profile shows first, in this
// order: who the entity is (offices, employers, nationality, memberships,
// places) before what it did; the others follow in the registry's order.
var profileFirst = []graph.RelationType{graph.LeaderOf, graph.WorksFor, graph.CitizenOf, graph.MemberOf, graph.AlliedWith,
	graph.LivesIn, graph.BasedIn, graph.LocatedIn, graph.Founded}

// profileLimit is how many relations of one type a text profile lists;
// --json lists all.
const profileLimit = 8

// queryProfile answers "who is X": the entity and the stated relations it
// takes part in, by type.
func queryProfile(opts *QueryOptions, question, name string, period graph.Period) error {
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	out := opts.Factory.IO.Out
	ent, also, err := findEntity(s, name)
	var nf *notFoundError
	if errors.As(err, &nf) {
		fmt.Fprintf(out, "%s\n", upperFirst(nf.Error()))
		return errSilent
	}
	if err != nil {
		return err
	}
	ans, err := profile(s, question, ent, opts.MinConfidence, period)
	if err != nil {
		return err
	}
	for _, a := range also {
		ans.Also = append(ans.Also, a.Ref())
	}
	if opts.JSON {
		return writeJSON(out, ans)
	}
	return printProfile(out, ans)
}

func profile(s Store, question string, ent store.EntityInfo, minConf float64, period graph.Period) (ProfileAnswer, error) {
	ans := ProfileAnswer{Query: question, Entity: ent.Ref(), Aliases: ent.Aliases, Relations: []ProfileRelation{}}
	if !period.IsZero() {
		ans.Period = &period
	}
	rels, err := s.Relations(graph.Filter{Entity: ent.ID, MinConfidence: minConf, Period: period})
	if err != nil {
		return ans, err
	}
	names := newNameCache(s)
	for _, r := range rels {
		if r.Inferred {
			continue
		}
		other, incoming := r.Target, false
		if r.Target == ent.ID && r.Source != ent.ID {
			other, incoming = r.Source, true
		}
		if def, ok := graph.Relations.Lookup(r.Type); ok && def.Symmetric {
			incoming = false
		}
		pr := ProfileRelation{Relation: r.Type, Incoming: incoming, Other: names.entity(other).Ref(), Role: commonRole(r),
			Confidence: r.Confidence, Date: r.Date, LastDate: r.LastDate, Evidence: len(r.Evidence)}
		if len(r.Evidence) > 0 {
			ev := r.Evidence[0]
			pr.First = &ev
		}
		ans.Relations = append(ans.Relations, pr)
	}
	order := make(map[graph.RelationType]int)
	for i, d := range graph.Relations.All() {
		order[d.Type] = len(profileFirst) + i
	}
	for i, t := range profileFirst {
		order[t] = i
	}
	sort.SliceStable(ans.Relations, func(i, j int) bool {
		a, b := ans.Relations[i], ans.Relations[j]
		if a.Relation != b.Relation {
			return order[a.Relation] < order[b.Relation]
		}
		if a.Incoming != b.Incoming {
			return !a.Incoming
		}
		if a.Evidence != b.Evidence {
			return a.Evidence > b.Evidence
		}
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		return a.Other.ID < b.Other.ID
	})
	return ans, nil
}

func printProfile(w io.Writer, a ProfileAnswer) error {
	fmt.Fprintf(w, "%s (%s)  [%s]\n", a.Entity.Name, a.Entity.Type, a.Entity.ID)
	if len(a.Aliases) > 0 {
		fmt.Fprintf(w, "also called: %s\n", joinClipped(a.Aliases, 8))
	}
	if len(a.Also) > 0 {
		var names []string
		for _, e := range a.Also {
			names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.ID))
		}
		fmt.Fprintf(w, "(the name also fits %s)\n", joinClipped(names, 5))
	}
	if a.Period != nil {
		fmt.Fprintf(w, "relations with evidence dated %s\n", a.Period)
	}
	if len(a.Relations) == 0 {
		fmt.Fprintln(w, "No relation in the database.")
		return nil
	}
	type group struct {
		rel      graph.RelationType
		incoming bool
	}
	shown := make(map[group]int)
	for i, r := range a.Relations {
		key := group{r.Relation, r.Incoming}
		if i == 0 || key != (group{a.Relations[i-1].Relation, a.Relations[i-1].Incoming}) {
			// "Lukashenko leader-of …", "… member-of CSTO": which end the
			// entity is
			label := a.Entity.Name + " " + string(r.Relation) + " …"
			if r.Incoming {
				label = "… " + string(r.Relation) + " " + a.Entity.Name
			}
			fmt.Fprintf(w, "\n%s\n", label)
		}
		shown[key]++
		if n := shown[key]; n > profileLimit {
			if n == profileLimit+1 {
				fmt.Fprintf(w, "  … and %d more (--json lists all)\n", countKey(a.Relations, r.Relation, r.Incoming)-profileLimit)
			}
			continue
		}
		how := ""
		if r.Role != "" {
			how = fmt.Sprintf(" (%s)", r.Role)
		}
		fmt.Fprintf(w, "  %s (%s)%s  confidence %.2f, %s, %s\n", r.Other.Name, r.Other.Type, how, r.Confidence,
			plural(r.Evidence, "evidence quote"), orDash(dateRange(r.Date, r.LastDate)))
		if r.First != nil {
			fmt.Fprintf(w, "      %q  [%s]\n", clip(r.First.Text, 160), r.First.Doc)
		}
	}
	return nil
}

func countKey(rs []ProfileRelation, t graph.RelationType, incoming bool) int {
	n := 0
	for _, r := range rs {
		if r.Relation == t && r.Incoming == incoming {
			n++
		}
	}
	return n
}

// joinClipped joins at most n of ss with commas, saying how many more.
func joinClipped(ss []string, n int) string {
	out := ""
	for i, s := range ss {
		if i == n {
			return out + fmt.Sprintf(" and %d more", len(ss)-n)
		}
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}
