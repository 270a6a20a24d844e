package cli

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// QueryOptions are the flags and dependencies of `kgraph query`.
type QueryOptions struct {
	Factory  *Factory
	Question string
	Rel      string
	Entity   string
	Incoming bool // with --rel: the entity is the target ("members of X")
	NoInfer  bool
	JSON     bool
	// MinConfidence leaves out answers less sure than this.
	MinConfidence float64
	// Since and Until limit the answers to relations with evidence dated
	// in that time; the question may say it instead ("in 2005").
	Since, Until string
}

func newCmdQuery(f *Factory, runF func(*QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   `query ["QUESTION"]`,
		Short: "Answer a question about an entity's relations",
		Long: `Answer a plain-English question, or a structured one with --rel and --entity.

Questions follow the phrasings of the relation registry, for example:
  who is allied with X        who met X          who leads X
  members of X                who is a member of X
  what is X a member of       who works for X    who attacked X
  X's allies                  X members          what did X sanction
or ask about two entities, answered yes with the evidence (as "why" gives
it) or no with what the database holds between them instead:
  did X attack Y              is X allied with Y     when did X meet Y
  is X a member of Y          does X lead Y          is X in Y
or about one entity as a whole, answered with every stated relation it
takes part in, by type:
  who is X                    what is X              tell me about X
Any of them may end with a time ("who met Putin in 2005", "... in March
2022", "... since 2022", "... before 2008", "... between 2001 and 2005"),
or take --since and --until: the answers are then the stated relations
with evidence dated in that time (the date the text gives, else the
story's), each with that evidence only.
An entity is found by its name, an alias, a demonym or an acronym, in any
case. Each answer shows its evidence count and first quote; answers that
are inferred (co-members of a mutual-defence alliance are allied) say so and
why, and come after the stated ones.`,
		Example: `  kgraph query "who is allied with Belarus"
  kgraph query "did Russia attack Ukraine"
  kgraph query "who is Lukashenko"
  kgraph query "who met Putin in 2005"
  kgraph query "members of the CSTO" --json
  kgraph query --rel allied-with --entity Belarus`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Question = strings.Join(args, " ")
			if opts.Question == "" && (opts.Rel == "" || opts.Entity == "") {
				return usagef("give a question, or both --rel and --entity")
			}
			if opts.Question != "" && (opts.Rel != "" || opts.Entity != "") {
				return usagef("give a question or --rel and --entity, not both")
			}
			if runF != nil {
				return runF(opts)
			}
			return queryRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Rel, "rel", "r", "", "relation type, for a structured query")
	cmd.Flags().StringVarP(&opts.Entity, "entity", "e", "", "entity name, for a structured query")
	cmd.Flags().BoolVar(&opts.Incoming, "incoming", false, "with --rel: answer with sources whose target is the entity (default for directed relations: targets of the entity)")
	cmd.Flags().BoolVar(&opts.NoInfer, "no-inferred", false, "leave out inferred answers")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	addMinConfidence(cmd, &opts.MinConfidence)
	addPeriod(cmd, &opts.Since, &opts.Until)
	return cmd
}

// QueryAnswer is the JSON form of a query's answer.
type QueryAnswer struct {
	Query    string             `json:"query"`
	Relation graph.RelationType `json:"relation"`
	Entity   graph.Ref          `json:"entity"`
	// Period is the time the answers are limited to, if any.
	Period  *graph.Period `json:"period,omitempty"`
	Results []QueryResult `json:"results"`
	// Also lists other entities the name denotes; the answer is about Entity.
	Also []graph.Ref `json:"also,omitempty"`
}

// QueryResult is one answer.
type QueryResult struct {
	Entity     graph.Ref          `json:"entity"`
	Relation   graph.RelationType `json:"relation"`
	Inferred   bool               `json:"inferred"`
	Because    string             `json:"because,omitempty"`
	Confidence float64            `json:"confidence"`
	// Role is the role word the text gives the answer ("President",
	// "former Prime Minister"), from the relation's first quote.
	Role     string           `json:"role,omitempty"`
	Date     string           `json:"date,omitempty"`
	LastDate string           `json:"last_date,omitempty"`
	Evidence []graph.Evidence `json:"evidence"`
}

func queryRun(opts *QueryOptions) error {
	if err := checkConfidence(opts.MinConfidence); err != nil {
		return err
	}
	period, err := periodOf(opts.Since, opts.Until)
	if err != nil {
		return err
	}
	var q graph.Question
	if opts.Question != "" {
		question := opts.Question
		if rest, p := graph.SplitPeriod(question); !p.IsZero() {
			if !period.IsZero() {
				return usagef("give the time in the question or with --since and --until, not both")
			}
			question, period = rest, p
		}
		if q, err = graph.ParseQuestion(question); err != nil {
			if pqs, perr := graph.ParsePairQuestion(question); perr == nil {
				return queryPair(opts, pqs, period)
			}
			if name, perr := graph.ParseProfileQuestion(question); perr == nil {
				return queryProfile(opts, withPeriod(question, period), name, period)
			}
			return usageError{err}
		}
	} else {
		t, err := graph.Relations.Parse(opts.Rel)
		if err != nil {
			return usageError{err}
		}
		def, _ := graph.Relations.Lookup(t)
		q = graph.Question{Text: fmt.Sprintf("%s --%s--> ?", opts.Entity, t), Relation: t, Entity: opts.Entity, Dir: graph.Outgoing}
		switch {
		case def.Symmetric:
			q.Dir = graph.Either
		case opts.Incoming:
			q.Dir = graph.Incoming
			q.Text = fmt.Sprintf("? --%s--> %s", t, opts.Entity)
		}
	}
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	out := opts.Factory.IO.Out
	ent, also, err := findEntity(s, q.Entity)
	var nf *notFoundError
	if errors.As(err, &nf) {
		if opts.JSON {
			var sugg []graph.Ref
			for _, e := range nf.Suggestions {
				sugg = append(sugg, e.Ref())
			}
			writeJSON(out, struct {
				Query       string      `json:"query"`
				Relation    string      `json:"relation"`
				Error       string      `json:"error"`
				Suggestions []graph.Ref `json:"suggestions"`
			}{q.Text, string(q.Relation), nf.Error(), sugg})
		} else {
			fmt.Fprintf(out, "%s\n", upperFirst(nf.Error()))
		}
		return errSilent
	}
	if err != nil {
		return err
	}
	ans, err := answer(s, q, ent.Entity, !opts.NoInfer, opts.MinConfidence, period)
	if err != nil {
		return err
	}
	if len(ans.Results) == 0 {
		// A name several entities share ("Kennedy") asks about the one the
		// database can answer for: "who killed Kennedy" is John F.
		// Kennedy's question, though Edward Kennedy is named more.
		for i, a := range also {
			alt, err := answer(s, q, a.Entity, !opts.NoInfer, opts.MinConfidence, period)
			if err != nil {
				return err
			}
			if len(alt.Results) > 0 {
				also = append(append([]store.EntityInfo{ent}, also[:i]...), also[i+1:]...)
				ans = alt
				break
			}
		}
	}
	for _, a := range also {
		ans.Also = append(ans.Also, a.Ref())
	}
	if opts.JSON {
		return writeJSON(out, ans)
	}
	return printAnswer(out, ans)
}

// answer answers q about ent. With a period, the answers are the stated
// relations with evidence dated in it: an inference has no date of its own.
func answer(s Store, q graph.Question, ent graph.Entity, infer bool, minConf float64, period graph.Period) (QueryAnswer, error) {
	ans := QueryAnswer{Query: withPeriod(q.Text, period), Relation: q.Relation, Entity: ent.Ref(), Results: []QueryResult{}}
	if !period.IsZero() {
		ans.Period = &period
	}
	f := graph.Filter{Entity: ent.ID, Types: []graph.RelationType{q.Relation}, MinConfidence: minConf, Period: period}
	rels, err := s.Relations(f)
	if err != nil {
		return ans, err
	}
	if infer && period.IsZero() {
		if rels, err = withInferred(s, f, rels); err != nil {
			return ans, err
		}
	}
	names := newNameCache(s)
	if q.Relation == graph.WorksFor && (q.Dir == graph.Incoming) == (ent.Type == graph.Org) {
		// Staff of a body that is not the state's are stored as its members
		// ("U.N. spokesman ..." is member-of the UN): an employment question
		// answers with them too, marked by their relation.
		mf := f
		mf.Types = []graph.RelationType{graph.MemberOf}
		members, err := s.Relations(mf)
		if err != nil {
			return ans, err
		}
		for _, r := range members {
			person := r.Source
			if names.entity(person).Type == graph.Person && (r.Target == ent.ID || r.Source == ent.ID) {
				rels = append(rels, r)
			}
		}
	}
	for _, r := range rels {
		other, ok := q.Answers(r, ent.ID)
		if !ok && r.Type == graph.MemberOf && q.Relation == graph.WorksFor {
			mq := q
			mq.Relation = graph.MemberOf
			other, ok = mq.Answers(r, ent.ID)
			if ok && ans.has(other) {
				continue // both: the employment says it
			}
		}
		if !ok || q.Want != "" && names.entity(other).Type != q.Want {
			continue // ("which countries are members of NATO": not its secretary-general)
		}
		if role := commonRole(r); role != "" && !q.HoldsOffice(role) {
			continue // "who is the prime minister of Iraq": not its president
		}
		ans.Results = append(ans.Results, QueryResult{
			Entity: names.entity(other).Ref(), Relation: r.Type, Inferred: r.Inferred, Because: r.Because,
			Confidence: r.Confidence, Role: commonRole(r), Date: r.Date, LastDate: r.LastDate, Evidence: nonNil(r.Evidence),
		})
	}
	// Stated answers first; a body's members before the people who work
	// in it ("members of NATO" are states before its secretary-general);
	// then by evidence and confidence.
	sort.SliceStable(ans.Results, func(i, j int) bool {
		a, b := ans.Results[i], ans.Results[j]
		if a.Inferred != b.Inferred {
			return !a.Inferred
		}
		if ap, bp := a.Entity.Type == graph.Person, b.Entity.Type == graph.Person; q.Relation == graph.MemberOf && q.Dir == graph.Incoming && ap != bp {
			return bp
		}
		if ap, bp := graph.PastRole(a.Role), graph.PastRole(b.Role); ap != bp {
			return bp // "who leads Pakistan": the prime minister before the former one
		}
		if ao, bo := a.Role != "" && q.Office != "", b.Role != "" && q.Office != ""; ao != bo {
			return ao // "who is the president of Iraq": those named so before leaders of no stated office
		}
		if len(a.Evidence) != len(b.Evidence) {
			return len(a.Evidence) > len(b.Evidence)
		}
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		return a.Entity.ID < b.Entity.ID
	})
	return ans, nil
}

// withPeriod appends the time a question is limited to: "who met Putin in
// 2005".
func withPeriod(question string, p graph.Period) string {
	if p.IsZero() {
		return question
	}
	return question + " " + p.String()
}

// commonRole returns the role the relation's quotes give most often (in the
// case first written), the relation's own role when none gives one: across
// many stories "former President" or "President" says more than whichever
// story came first.
func commonRole(r graph.Relation) string {
	count := make(map[string]int)
	first := make(map[string]string)
	best := ""
	for _, ev := range r.Evidence {
		k := strings.ToLower(ev.Role)
		if k == "" || strings.HasSuffix(k, "counterpart") && len(r.Evidence) > 1 {
			continue // "his Russian counterpart" says whose side, not which office
		}
		if _, ok := first[k]; !ok {
			first[k] = ev.Role
		}
		count[k]++
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	if best == "" {
		return r.Role
	}
	return first[best]
}

// has reports whether an answer already names the entity with id.
func (a *QueryAnswer) has(id string) bool {
	return slices.ContainsFunc(a.Results, func(r QueryResult) bool { return r.Entity.ID == id })
}

func nonNil(ev []graph.Evidence) []graph.Evidence {
	if ev == nil {
		return []graph.Evidence{}
	}
	return ev
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// questionMark returns the "?" that ends a question as the user asked it:
// "Who leads Belarus?", but "NATO members" and "list CSTO members" were no
// questions.
func questionMark(q string) string {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(q)), " ")
	switch first {
	case "who", "whom", "what", "which", "where", "when", "is", "are", "does", "do", "did", "has", "have", "was", "were":
		return "?"
	}
	return ""
}

func printAnswer(w interface{ Write([]byte) (int, error) }, a QueryAnswer) error {
	fmt.Fprintf(w, "%s%s  [%s: %s, %s]\n", upperFirst(a.Query), questionMark(a.Query), a.Relation, a.Entity.Name, a.Entity.Type)
	if len(a.Also) > 0 {
		var names []string
		for _, r := range a.Also {
			names = append(names, fmt.Sprintf("%s (%s)", r.Name, r.ID))
		}
		fmt.Fprintf(w, "(the name also fits %s)\n", strings.Join(names, ", "))
	}
	if len(a.Results) == 0 {
		fmt.Fprintln(w, "No answer in the database.")
		return nil
	}
	fmt.Fprintln(w)
	for _, r := range a.Results {
		if r.Inferred {
			fmt.Fprintf(w, "  %s (%s)  inferred: %s\n", r.Entity.Name, r.Entity.Type, r.Because)
			continue
		}
		how := "stated"
		if r.Relation != a.Relation {
			how = "stated as " + string(r.Relation) // a body's staff, stored as members
		}
		if r.Role != "" {
			how += fmt.Sprintf(" (%s)", r.Role) // "(former President)": which office, and whether still held
		}
		fmt.Fprintf(w, "  %s (%s)  %s, confidence %.2f, %s, %s\n", r.Entity.Name, r.Entity.Type, how, r.Confidence,
			plural(len(r.Evidence), "evidence quote"), orDash(dateRange(r.Date, r.LastDate)))
		if len(r.Evidence) > 0 {
			ev := r.Evidence[0]
			fmt.Fprintf(w, "      %q  [%s]\n", clip(ev.Text, 160), ev.Doc)
		}
	}
	return nil
}

// dateRange writes a relation's first and last dates as "first..last",
// one date when they agree or one is missing, "" when both are.
func dateRange(first, last string) string {
	switch {
	case last == "" || last == first:
		return first
	case first == "":
		return last
	}
	return first + ".." + last
}

func orDash(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}

// PairAnswer is the JSON form of a yes-or-no question about two entities.
type PairAnswer struct {
	Query    string             `json:"query"`
	Relation graph.RelationType `json:"relation"`
	Source   graph.Ref          `json:"source"`
	Target   graph.Ref          `json:"target"`
	Answer   bool               `json:"answer"`
	// Period is the time the question is limited to, if any.
	Period *graph.Period `json:"period,omitempty"`
	// Former says the relation held once and no longer, by the role the
	// text gives it ("former member", "ousted President").
	Former bool `json:"former,omitempty"`
	// Why is the evidence, or the inference and its premises, when the
	// answer is yes.
	Why *WhyAnswer `json:"why,omitempty"`
}

// queryPair answers "did Russia attack Ukraine", "is Belarus allied with
// Russia": the relation between the two, with its evidence, or no. Of the
// readings a question allows ("is X in Y": a member or a place), the
// first that the entities' types fit is taken.
func queryPair(opts *QueryOptions, pqs []graph.PairQuestion, period graph.Period) error {
	s, err := opts.Factory.OpenStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	pq := pqs[0]
	a, aAlso, err := findEntity(s, pq.Source)
	if err != nil {
		return err
	}
	b, bAlso, err := findEntity(s, pq.Target)
	if err != nil {
		return err
	}
	pick := func(a, b store.EntityInfo) graph.PairQuestion {
		for _, c := range pqs {
			if def, ok := graph.Relations.Lookup(c.Relation); ok && def.Allows(a.Type, b.Type) {
				return c
			}
		}
		return pqs[0]
	}
	pq = pick(a, b)
	ans, rels, err := explain(s, a.Entity, pq.Relation, b.Entity, period)
	if err != nil {
		return err
	}
	if ans == nil {
		// "when did Rice meet Lavrov": a bare surname names several people;
		// the first pair the database holds the relation for answers.
		as := append([]store.EntityInfo{a}, limit(aAlso, 5)...)
		bs := append([]store.EntityInfo{b}, limit(bAlso, 5)...)
	pairs:
		for _, x := range as {
			for _, y := range bs {
				if x.ID == a.ID && y.ID == b.ID || x.ID == y.ID {
					continue
				}
				c := pick(x, y)
				xa, xr, err := explain(s, x.Entity, c.Relation, y.Entity, period)
				if err != nil {
					return err
				}
				if xa != nil {
					a, b, pq, ans, rels = x, y, c, xa, xr
					break pairs
				}
			}
		}
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		pa := PairAnswer{Query: withPeriod(pq.Text, period), Relation: pq.Relation, Source: a.Ref(), Target: b.Ref(), Answer: ans != nil,
			Former: ans != nil && graph.PastRole(ans.Relation.Role), Why: ans}
		if !period.IsZero() {
			pa.Period = &period
		}
		return writeJSON(out, pa)
	}
	names := newNameCache(s)
	fmt.Fprintf(out, "%s?  [%s %s %s]\n", upperFirst(withPeriod(pq.Text, period)), a.Name, pq.Relation, b.Name)
	if ans == nil {
		fmt.Fprintf(out, "No evidence in the database that %s %s %s.\n", a.Name, pq.Relation, withPeriod(b.Name, period))
		if other := heldBetween(names, rels, a.ID, b.ID); len(other) > 0 {
			fmt.Fprintf(out, "It holds: %s.\n", strings.Join(other, "; "))
		}
		return nil
	}
	if graph.PastRole(ans.Relation.Role) {
		// "is Qatar a member of OPEC" after "Qatar left OPEC in 2019"
		fmt.Fprintf(out, "Once, no longer: the text calls it %q.\n", ans.Relation.Role)
	} else {
		fmt.Fprintln(out, "Yes.")
	}
	printWhyAnswer(out, names, ans)
	return nil
}

// limit returns at most n of es.
func limit(es []store.EntityInfo, n int) []store.EntityInfo {
	if len(es) > n {
		return es[:n]
	}
	return es
}
