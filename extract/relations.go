package extract

import (
	"strings"
	"time"

	"github.com/kgraph/kgraph/graph"
)

// minConfidence is the confidence below which a candidate edge is dropped:
// a wrong edge costs an analyst more than a missing one.
const minConfidence = 0.5

// Linker finds typed relations between the mentions of a document with
// pattern families over sentences: titles and appositions, "led by",
// definite descriptions ("the U.S. chief"), meeting verbs and nouns,
// alliances and membership lists. Each pattern checks the words around it
// for negation and hedging. A Linker holds no state.
type Linker struct{}

// linkInput is what the linker reads of a document.
type linkInput struct {
	doc      graph.Document
	ref      time.Time
	toks     []Token
	sents    []Sentence
	mentions []Mention
	periods  []Mention // relative periods ("last week"), for dating only
}

// candidate is one pattern match before merging.
type candidate struct {
	typ      graph.RelationType
	src, tgt string
	conf     float64
	pattern  string
	role     string
	view     *sentenceView
	a, b     int // the tokens the pattern matched, for finding its date
}

// Link returns the document's relations, merged by key and sorted.
func (Linker) Link(in linkInput) []graph.Relation {
	bySent := make([][]*Mention, len(in.sents))
	for i := range in.mentions {
		m := &in.mentions[i]
		bySent[m.Sent] = append(bySent[m.Sent], m)
	}
	periods := make([][]*Mention, len(in.sents))
	for i := range in.periods {
		m := &in.periods[i]
		periods[m.Sent] = append(periods[m.Sent], m)
	}
	l := &linkRun{in: in, roles: personRoles(in.mentions)}
	for si, s := range in.sents {
		v := newSentenceView(in.toks, s, si, bySent[si])
		v.periods = periods[si]
		l.titles(v)
		l.ledBy(v)
		l.definiteLeader(v, bySent)
		l.meetings(v)
		l.alliances(v)
		l.membership(v)
	}
	g := graph.New()
	for _, c := range l.out {
		g.AddRelation(l.relation(c))
	}
	return g.Relations()
}

type linkRun struct {
	in    linkInput
	roles map[string]map[string]bool // person entity -> entities its titles attach to
	out   []candidate
}

// personRoles maps each person to the countries and organisations their
// titles name anywhere in the document.
func personRoles(ms []Mention) map[string]map[string]bool {
	out := make(map[string]map[string]bool)
	for _, m := range ms {
		if m.Type == graph.Person && m.RoleOf != "" {
			if out[m.Entity] == nil {
				out[m.Entity] = make(map[string]bool)
			}
			out[m.Entity][m.RoleOf] = true
		}
	}
	return out
}

// emit records a candidate after checking the relation's type constraints
// and the modality of tokens [a, b).
func (l *linkRun) emit(v *sentenceView, typ graph.RelationType, src, tgt string, srcType, tgtType graph.EntityType,
	conf float64, pattern, role string, a, b int) {
	if src == "" || tgt == "" || src == tgt {
		return
	}
	def, ok := graph.Relations.Lookup(typ)
	if !ok || !def.Allows(srcType, tgtType) {
		return
	}
	neg, factor := v.modality(a, b)
	if neg {
		return
	}
	conf *= factor
	if conf < minConfidence {
		return
	}
	l.out = append(l.out, candidate{typ: typ, src: src, tgt: tgt, conf: conf, pattern: pattern, role: role, view: v, a: a, b: b})
}

func (l *linkRun) emitM(v *sentenceView, typ graph.RelationType, src, tgt *Mention, conf float64, pattern string, a, b int) {
	l.emit(v, typ, src.Actor(), tgt.Actor(), actorType(src), actorType(tgt), conf, pattern, "", a, b)
}

// relation turns a candidate into an evidenced, dated relation.
func (l *linkRun) relation(c candidate) graph.Relation {
	s := c.view.s
	ev := graph.Evidence{Doc: l.in.doc.ID, Start: s.Start, End: s.End, Text: l.in.doc.Text[s.Start:s.End],
		Pattern: c.pattern, Role: c.role, Confidence: round2(c.conf)}
	ev.Date, ev.DateSource = nearestDate(c.view, c.a, c.b), "text"
	if ev.Date == "" && l.in.doc.Date != "" {
		ev.Date, ev.DateSource = l.in.doc.Date, "document"
	}
	if ev.Date == "" {
		ev.DateSource = ""
	}
	return graph.Relation{Type: c.typ, Source: c.src, Target: c.tgt, Date: ev.Date, Confidence: round2(c.conf),
		Role: c.role, Evidence: []graph.Evidence{ev}}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// dateWindow is how many tokens from a pattern's match a date may stand
// and still date the relation.
const dateWindow = 12

// nearestDate returns the resolved date closest to tokens [a, b) of the
// sentence, within dateWindow tokens; "" if there is none. Decades and
// centuries are too vague to date an event.
func nearestDate(v *sentenceView, a, b int) string {
	best, bestDist := "", dateWindow+1
	for _, m := range append(v.ms[:len(v.ms):len(v.ms)], v.periods...) {
		if m.Type != graph.Date || m.Value == "" || strings.HasSuffix(m.Value, "s") || strings.Contains(m.Value, "X") {
			continue
		}
		d := 0
		switch {
		case m.Last <= a:
			d = a - m.Last
		case m.First >= b:
			d = m.First - b
		}
		if d < bestDist || d == bestDist && len(m.Value) > len(best) {
			best, bestDist = m.Value, d
		}
	}
	return best
}

// headTitle returns the leader title a role ends with ("Belarusian
// President" gives "president"), or "".
func headTitle(role string) string {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(role, ".", "")))
	for n := 3; n >= 1; n-- {
		if len(words) >= n {
			t := strings.Join(words[len(words)-n:], " ")
			if leaderTitles[t] {
				return t
			}
		}
	}
	return ""
}

// disqualified reports whether a role is not a present office: "former
// President", "opposition leader", "deputy prime minister".
func disqualified(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch w {
		case "former", "ex", "late", "opposition", "deputy", "vice", "rebel", "acting", "then", "counterpart", "would-be":
			return true
		}
	}
	return false
}

// titles: "Belarusian President Alexander Lukashenko" (leader-of),
// "Pentagon Press Secretary John Kirby", "Russian Foreign Minister Sergei
// Lavrov" (works-for, with the role), "Hamas founder Ahmed Yassin"
// (founded), "American journalist Paul Klebnikov" (citizen-of: an
// occupation is no office of the state).
func (l *linkRun) titles(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Person || m.RoleOf == "" || m.Role == "" {
			continue
		}
		org := v.mentionAt(m.First - 1)
		for k := m.First - 1; org == nil && k >= v.s.First && m.First-k < 6; k-- {
			org = v.mentionAt(k)
		}
		if org == nil {
			continue
		}
		// "former Serbian President X" is no present office.
		if w := v.word(org.First - 1); w == "former" || w == "late" || w == "ex" || w == "then" {
			continue
		}
		tt := actorType(org)
		if org.Type == graph.Org || m.RoleOf == org.Entity {
			tt = org.Type
		}
		role := strings.ToLower(m.Role)
		switch {
		case strings.Contains(role, "counterpart"):
		case strings.Contains(role, "founder"):
			l.emit(v, graph.Founded, m.Entity, m.RoleOf, graph.Person, tt, 0.85, "title-apposition", m.Role, m.First, m.First)
		case headTitle(m.Role) != "" && !disqualified(m.Role):
			l.emit(v, graph.LeaderOf, m.Entity, m.RoleOf, graph.Person, tt, 0.9, "title-apposition", m.Role, m.First, m.First)
		case tt == graph.Country && !officeRole(role):
			if org.Kind == "demonym" {
				l.emit(v, graph.CitizenOf, m.Entity, m.RoleOf, graph.Person, tt, 0.75, "title-apposition", m.Role, m.First, m.First)
			}
		case !disqualified(m.Role) || strings.Contains(role, "deputy") || strings.Contains(role, "vice"):
			l.emit(v, graph.WorksFor, m.Entity, m.RoleOf, graph.Person, tt, 0.85, "title-apposition", m.Role, m.First, m.First)
		}
	}
}

// officeWords name offices of a state: "Foreign Minister", "Ambassador",
// "Press Secretary". A person titled with one works for the state.
var officeWords = set("minister", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
	"spokesperson", "official", "officials", "diplomat", "general", "gen", "admiral", "commander",
	"colonel", "senator", "sen", "congressman", "congresswoman", "lawmaker", "legislator", "mp",
	"prosecutor", "judge", "justice", "negotiator", "adviser", "advisor", "agent", "officer",
	"governor", "mayor", "attorney", "chancellor", "president", "premier", "chief", "head",
	"commissioner", "director", "representative", "rep", "deputy", "marshal", "sergeant", "captain",
	"lieutenant", "intelligence", "military", "army", "security")

func officeRole(role string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(role, ".", "")) {
		if officeWords[w] {
			return true
		}
	}
	return false
}

// ledBy: "Ukraine, led by President Volodymyr Zelensky".
func (l *linkRun) ledBy(v *sentenceView) {
	for i := v.s.First; i+1 < v.s.Last; i++ {
		if v.word(i) != "led" || v.word(i+1) != "by" {
			continue
		}
		p := v.headMentionAt(i + 2)
		if p == nil || p.Type != graph.Person {
			continue
		}
		j := i - 1
		if v.word(j) == "," {
			j--
		}
		x := v.mentionAt(j)
		if x == nil || !v.actor(x) || x.Type == graph.Person {
			continue
		}
		role := ""
		if p.First > i+2 {
			role = textOf(v.toks, i+2, p.First)
		}
		l.emit(v, graph.LeaderOf, p.Entity, x.Actor(), graph.Person, actorType(x), 0.85, "led-by", role, j, p.First)
	}
}

// definiteLeader: "the U.S. chief has vowed" names the country's leader
// without a name; it refers back to the latest person with a leader's title
// whose titles name no other country.
func (l *linkRun) definiteLeader(v *sentenceView, bySent [][]*Mention) {
	for _, m := range v.ms {
		if actorType(m) != graph.Country || m.Last >= v.s.Last || v.word(m.First-1) != "the" {
			continue
		}
		title := v.word(m.Last)
		if !leaderTitles[title] || v.mentionAt(m.Last+1) != nil {
			continue
		}
		if p := l.antecedentLeader(v.index, m.First, m.Actor(), bySent); p != nil {
			l.emit(v, graph.LeaderOf, p.Entity, m.Actor(), graph.Person, graph.Country, 0.75, "definite-description", title, m.First, m.Last+1)
		}
	}
}

func (l *linkRun) antecedentLeader(sent, before int, country string, bySent [][]*Mention) *Mention {
	titled := make(map[string]bool) // people with a leader's title somewhere in the document
	for _, m := range l.in.mentions {
		if m.Type == graph.Person && headTitle(m.Role) != "" && !disqualified(m.Role) {
			titled[m.Entity] = true
		}
	}
	for s := sent; s >= 0 && sent-s <= 5; s-- {
		ms := bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.Type != graph.Person || s == sent && m.First >= before || !titled[m.Entity] {
				continue
			}
			if r := l.roles[m.Entity]; len(r) > 0 && !r[country] {
				continue
			}
			return m
		}
	}
	return nil
}

// meetings: "X meets with Y", "X met Y", "a meeting between X and Y",
// "talks with Y" (with the sentence's other person as the subject).
func (l *linkRun) meetings(v *sentenceView) {
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case meetVerbs[w] && (w != "meeting" || auxiliaries[v.word(i-1)]):
			// The subject stands right before the verb and is not inside a
			// prepositional phrase ("Envoys from X and Y met ..." says nothing of X).
			subj := v.listBefore(v.subjectEnd(i))
			if len(subj) > 0 && isFunctionTag(v.toks[max(subj[0].First-1, v.s.First)].Tag) && subj[0].First > v.s.First {
				subj = nil
			}
			j := i + 1
			if v.word(j) == "with" {
				j++
			}
			obj := v.headMentionAt(j)
			if obj == nil {
				if len(subj) >= 2 && !auxiliaries[v.word(j)] { // "X and Y met on Friday"
					for a := 0; a < len(subj); a++ {
						for b := a + 1; b < len(subj); b++ {
							l.emitM(v, graph.MetWith, subj[a], subj[b], 0.8, "meet-verb", subj[0].First, i+1)
						}
					}
				}
				continue
			}
			for _, s := range subj {
				l.emitM(v, graph.MetWith, s, obj, 0.85, "meet-verb", s.Last, obj.First)
			}
		case meetNouns[w]:
			l.meetingNoun(v, i)
		}
	}
}

// meetingNoun reads the nominal forms: "a meeting between X and Y",
// "an assembly held within the Kremlin between X and Y", "X's talks with Y",
// "X was in Syria for talks with Y", and with the subject after an opening
// phrase: "After talks with Y, X said ...".
func (l *linkRun) meetingNoun(v *sentenceView, i int) {
	for j := i + 1; j < v.s.Last && j < i+8; j++ {
		if v.word(j) == "between" {
			pair, _ := v.listAt(j + 1)
			for a := 0; a < len(pair); a++ {
				for b := a + 1; b < len(pair); b++ {
					l.emitM(v, graph.MetWith, pair[a], pair[b], 0.8, "meeting-between", i-2, j)
				}
			}
			return
		}
		// Only a place or a participle may stand between the noun and
		// "between": "the dispute between X and Y" is no meeting.
		if v.mentionAt(j) == nil && !betweenFiller(v.toks[j]) {
			break
		}
	}
	if v.word(i+1) != "with" {
		return
	}
	objs, end := v.listAt(i + 2)
	if len(objs) == 0 || objs[0].Type != graph.Person {
		return
	}
	in := func(m *Mention) bool {
		for _, o := range objs {
			if o.Entity == m.Entity {
				return true
			}
		}
		return false
	}
	subj := v.prevActor(i, func(m *Mention) bool { return m.Type == graph.Person && !in(m) })
	if subj == nil && v.word(end) == "," {
		if m := v.headMentionAt(end + 1); m != nil && m.Type == graph.Person && !in(m) {
			subj = m
		}
	}
	if subj == nil {
		return
	}
	for _, o := range objs {
		l.emitM(v, graph.MetWith, subj, o, 0.65, "meeting-with", i-3, i+1)
	}
}

// betweenFiller reports whether t may stand between a meeting noun and
// "between": "held", "in", "the", "Friday".
func betweenFiller(t Token) bool {
	switch t.Tag {
	case "VBN", "VBD", "IN", "DT", "RB", "JJ", "CD":
		return t.Text != "between"
	}
	return false
}

// subjectEnd returns where the subject before a verb at i ends, skipping
// auxiliaries and adverbs: "X has strongly backed" gives the index after X.
func (v *sentenceView) subjectEnd(i int) int {
	j := i
	for j > v.s.First {
		w := v.word(j - 1)
		if auxiliaries[w] || strings.HasSuffix(w, "ly") && v.mentionAt(j-1) == nil {
			j--
			continue
		}
		break
	}
	return j
}

var auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does",
	"do", "also", "then", "later", "again", "already", "reportedly", "just", "both", "all", "be", "been")

var meetVerbs = set("meet", "meets", "met", "meeting", "hosted", "hosts", "hosting", "received",
	"receives", "greeted", "greets")

var meetNouns = set("meeting", "meetings", "talks", "summit", "assembly", "sit-down", "encounter",
	"visit", "conversation", "call", "negotiations")

func isPersonish(m *Mention) bool {
	return m.Type == graph.Person || actorType(m) == graph.Country || m.Type == graph.Org
}

// alliances: "Minsk has backed its ally Moscow", "Belarus's ally Russia",
// "from its ally, Russia", "Belarus and Russia ... are allied", "Y, an ally
// of X".
func (l *linkRun) alliances(v *sentenceView) {
	polity := func(m *Mention) bool {
		t := actorType(m)
		return t == graph.Country || t == graph.Org && m.StandsFor == ""
	}
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch w {
		case "ally", "allies":
			k := i - 1
			for k > v.s.First && allyModifiers[v.word(k)] {
				k--
			}
			j := i + 1
			if v.word(j) == "," {
				j++
			}
			targets, _ := v.listAt(j)
			var owner *Mention
			switch v.word(k) {
			case "its", "their":
				owner = v.prevActor(k, polity)
				if owner == nil {
					owner = l.previousSentenceActor(v, polity)
				}
			case "'s":
				owner = v.mentionAt(k - 1)
			case "an", "a", "the", "close", "key":
				// "Y, an ally of X"
				if v.word(i+1) == "of" {
					if x := v.headMentionAt(i + 2); x != nil && polity(x) {
						if y := v.mentionAt(k - 2); y != nil && v.word(k-1) == "," && polity(y) {
							l.emitM(v, graph.AlliedWith, y, x, 0.85, "ally-of", y.First, x.Last)
						}
					}
				}
			}
			if owner == nil || !polity(owner) {
				continue
			}
			for _, t := range targets {
				if polity(t) {
					l.emitM(v, graph.AlliedWith, owner, t, 0.85, "possessive-ally", owner.Last, t.First)
				}
			}
		case "allied":
			subj := v.listBefore(v.subjectEnd(i))
			if len(subj) == 0 {
				subj = v.coordinatedSubject(i, polity)
			}
			if v.word(i+1) == "with" || v.word(i+1) == "to" {
				if obj := v.headMentionAt(i + 2); obj != nil {
					for _, s := range subj {
						l.emitM(v, graph.AlliedWith, s, obj, 0.85, "allied-with", s.Last, i)
					}
				}
				continue
			}
			for a := 0; a < len(subj); a++ {
				for b := a + 1; b < len(subj); b++ {
					l.emitM(v, graph.AlliedWith, subj[a], subj[b], 0.8, "allied-plural", subj[len(subj)-1].Last, i)
				}
			}
			// "... are allied as part of the CSTO": membership of the pact.
			if org := v.partOf(i + 1); org != nil {
				for _, s := range subj {
					l.emitM(v, graph.MemberOf, s, org, 0.8, "allied-as-part-of", s.Last, i)
				}
			}
		}
	}
}

var allyModifiers = set("close", "closest", "key", "staunch", "staunchest", "main", "longtime",
	"long-time", "strategic", "traditional", "chief", "principal", "major", "important", "regional",
	"biggest", "only", "last", "remaining", "loyal", "old")

// coordinatedSubject finds "X and Y" as the subject of a verb at i when a
// relative clause or apposition stands between them and the verb
// ("Belarus and Russia, which enjoy a union, are allied").
func (v *sentenceView) coordinatedSubject(i int, ok func(*Mention) bool) []*Mention {
	for j := v.s.First; j < i; j++ {
		if m := v.mentionAt(j); m != nil && ok(m) {
			list, end := v.listAt(j)
			if len(list) >= 2 && (v.word(end) == "," || end == i) {
				return list
			}
			j = m.Last - 1
		}
	}
	return nil
}

// partOf finds "(as) (a) part of ... ORG", "in ORG", "within ORG" after
// token i, within a few words.
func (v *sentenceView) partOf(i int) *Mention {
	for j := i; j < v.s.Last && j < i+6; j++ {
		if v.word(j) == "part" && v.word(j+1) == "of" || v.word(j) == "within" || v.word(j) == "through" || v.word(j) == "in" {
			for k := j + 1; k < v.s.Last && k < j+10; k++ {
				if m := v.mentionAt(k); m != nil {
					if m.Type == graph.Org && m.StandsFor == "" {
						return m
					}
					return nil
				}
			}
		}
	}
	return nil
}

// previousSentenceActor returns the last matching actor of the sentence
// before v, for a pronoun opening a sentence.
func (l *linkRun) previousSentenceActor(v *sentenceView, ok func(*Mention) bool) *Mention {
	var last *Mention
	for i := range l.in.mentions {
		m := &l.in.mentions[i]
		if m.Sent == v.index-1 && isActor(m) && ok(m) {
			last = m
		}
	}
	return last
}

// membership: "the CSTO, which counts Armenia, Kazakhstan and Tajikistan as
// members", "A and B are members of Z", "A, a member of Z", "NATO members
// Poland and Lithuania", "A joined Z".
func (l *linkRun) membership(v *sentenceView) {
	isOrg := func(m *Mention) bool { return m.Type == graph.Org && m.StandsFor == "" }
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case (w == "members" || w == "member") && v.word(i-1) == "as" || (w == "members" || w == "member") && v.word(i-1) == "its" && v.word(i-2) == "as":
			// Z ... counts LIST as members
			asAt := i - 1
			if v.word(asAt) == "its" {
				asAt--
			}
			for j := asAt - 1; j > v.s.First && asAt-j < 20; j-- {
				if !countVerbs[v.word(j)] {
					continue
				}
				list, end := v.listAt(j + 1)
				if end != asAt || len(list) == 0 {
					break
				}
				z := v.prevActor(j, isOrg)
				if z == nil {
					break
				}
				for _, m := range list {
					l.emitM(v, graph.MemberOf, m, z, 0.85, "counts-as-members", z.Last, end)
				}
				break
			}
		case (w == "member" || w == "members") && v.word(i+1) == "of":
			z := v.headMentionAt(i + 2)
			if z == nil || !isOrg(z) {
				continue
			}
			k := i - 1
			for k > v.s.First && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "the" || v.word(k) == "full" || v.word(k) == "founding" || v.word(k) == "all" || v.word(k) == "both") {
				k--
			}
			var subj []*Mention
			switch {
			case copulas[v.word(k)]:
				subj = v.listBefore(v.subjectEnd(k))
			case v.word(k) == ",":
				subj = v.listBefore(k)
			}
			for _, s := range subj {
				if s != z {
					l.emitM(v, graph.MemberOf, s, z, 0.85, "member-of", s.First, i)
				}
			}
		case (w == "member" || w == "members" || w == "states" || w == "countries") && i > v.s.First:
			// "NATO members Poland and Lithuania", "EU member states Poland and Hungary"
			z := v.mentionAt(i - 1)
			if w == "states" || w == "countries" {
				if v.word(i-1) != "member" {
					continue
				}
				z = v.mentionAt(i - 2)
			}
			if z == nil || !isOrg(z) {
				continue
			}
			list, _ := v.listAt(i + 1)
			for _, m := range list {
				l.emitM(v, graph.MemberOf, m, z, 0.8, "org-members-list", z.First, m.First)
			}
		case w == "joined" || w == "joins":
			z := v.headMentionAt(i + 1)
			if z == nil || !isOrg(z) {
				continue
			}
			subj := v.listBefore(v.subjectEnd(i))
			for _, s := range subj {
				l.emitM(v, graph.MemberOf, s, z, 0.8, "joined", s.Last, i)
			}
		}
	}
}

var countVerbs = set("counts", "count", "counted", "includes", "include", "included", "lists",
	"list", "listed", "comprises", "comprise", "comprised", "has", "have", "had", "names")

var copulas = set("is", "are", "was", "were", "became", "become", "becomes", "remain", "remains",
	"remained", "be", "been")
