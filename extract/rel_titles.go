package extract

import (
	"strings"

	"github.com/kgraph/kgraph/graph"
)

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
