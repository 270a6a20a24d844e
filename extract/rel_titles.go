package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// headTitle returns the leader title a role ends with ("Belarusian
// President" gives "president"), or "".
func headTitle(role string) string {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(role, ".", "")))
	for i, w := range words {
		for _, p := range []string{"then-", "ex-"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				w = rest // "then-President": an office once held, PastRole says
			}
		}
		words[i] = w
		if full, ok := titleAbbrevs[w]; ok {
			words[i] = full // "Louisiana Gov. Earl Long"
		}
	}
	for len(words) > 1 && (styleTitles[words[len(words)-1]] || rankTitles[words[len(words)-1]] ||
		words[len(words)-1] == "general" && leaderTitles[words[len(words)-2]]) {
		// "Taliban leader Mullah", "Supreme Leader Ayatollah", "junta
		// leader Colonel": the office before the style or rank ("Secretary
		// General" is an office)
		words = words[:len(words)-1]
	}
	if n := len(words); n > 0 {
		// "vice-president", "co-leader": the seat is the head's
		for _, p := range []string{"vice-", "co-", "deputy-"} {
			words[n-1] = strings.TrimPrefix(words[n-1], p)
		}
	}
	for n := 3; n >= 1; n-- {
		if len(words) >= n {
			t := strings.Join(words[len(words)-n:], " ")
			if leaderTitles[t] {
				if n == 1 && len(words) >= 2 && bodyNouns[words[len(words)-2]] && t != "ruler" {
					return "" // "intelligence chief", "police chief": the head of a body, not of the country
				}
				return t
			}
			// "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia"
			if one := strings.TrimSuffix(t, "s"); one != t && leaderTitles[one] {
				return one
			}
		}
	}
	return ""
}

// bodyOnlyTitles head bodies, never states: a possessive before one owns
// an organisation.
var bodyOnlyTitles = set("secretary-general", "secretary general", "general secretary", "general-secretary", "director-general",
	"director general", "chairman", "chairwoman", "chairperson", "ceo", "chief executive", "chief executive officer")

// styleTitles are forms of address that follow an office in a title:
// "Hezbollah leader Sheik Hassan Nasrallah".
var styleTitles = set("mr", "mrs", "ms", "dr", "sheikh", "sheik", "mullah", "maulana", "maulvi", "mawlawi", "ayatollah", "sir")

// rankTitles are military ranks a titled holder may bear after the office.
var rankTitles = set("colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "marshal", "admiral", "brigadier", "gen")

// titleAbbrevs are leader titles written short.
var titleAbbrevs = map[string]string{"gov": "governor", "pres": "president", "chmn": "chairman"}

// bodyNouns name a state's body before a head title: the "police chief"
// of a province heads its police, not the province; the "Sanctions chief"
// of the UN heads its sanctions committee. Parties and unions
// are not here: the "party leader" of a party leads it.
var bodyNouns = set("police", "intelligence", "army", "military", "spy", "security", "navy", "defense",
	"defence", "nuclear", "aid", "relief", "election", "electoral", "customs", "prison", "tribal", "militia",
	"insurgent", "media", "press", "propaganda", "counterterrorism", "anti-terrorism", "narcotics", "drug",
	"border", "staff", "cabinet", "peacekeeping", "mission", "delegation",
	// a body's department: "U.N. Sanctions chief", "EU Foreign Policy chief"
	"sanctions", "policy", "refugee", "refugees", "humanitarian", "trade", "rights", "health", "food",
	"development", "environment", "climate", "weapons", "budget", "disarmament", "antitrust", "competition",
	// a firm's or a broadcaster's department: "news director for KIRO"
	"news", "sales", "marketing", "finance", "communications", "research", "operations", "programming", "editorial", "bureau")

// disqualified reports whether a role is not a present office: "former
// President", "opposition leader", "deputy prime minister".
func disqualified(role string) bool {
	return hasWord(strings.ToLower(role), disqualifiers)
}

var disqualifiers = set("former", "ex", "late", "opposition", "deputy", "vice", "rebel", "then", "counterpart", "would-be")

// orgDisqualifiers are the disqualifiers of a body's title: a rebel body's
// leader leads it.
var orgDisqualifiers = set("former", "ex", "late", "opposition", "deputy", "vice", "then", "counterpart", "would-be")

// roleHolder returns the mention before person m that its title belongs
// to: the one standing for m.RoleOf, which for a name later in a list under
// a plural title is some way back ("Russian officials Sergei Lavrov and
// Dmitry Peskov"), else the nearest within five words.
func roleHolder(v *sentenceView, m *Mention) *Mention {
	var near *Mention
	for k := m.First - 1; k >= v.s.First && m.First-k <= 12; k-- {
		c := v.mentionAt(k)
		if c == nil {
			continue
		}
		if c.Entity == m.RoleOf || c.Actor() == m.RoleOf {
			return c
		}
		if near == nil && m.First-k < 6 {
			near = c
		}
	}
	return near
}

// envoyTitles reads an envoy's title that names the posting before the
// name: "U.S. Ambassador to Israel Jack Lew", "Russia's envoy to the U.N.
// Vasily Nebenzya": the sender's envoy, posted to the other.
func (l *linkRun) envoyTitles(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		w := lowerNoDot(v.word(i))
		if w != "ambassador" && w != "envoy" || v.word(i+1) != "to" {
			continue
		}
		k := i + 2
		if v.word(k) == "the" {
			k++
		}
		x := v.mentionAt(k)
		if x == nil || x.First != k || actorType(x) != graph.Country && x.Type != graph.Org {
			continue
		}
		p := v.mentionAt(x.Last)
		if p == nil || p.First != x.Last || p.Type != graph.Person {
			continue
		}
		b := i - 1
		if isPossessive(v.word(b)) {
			b--
		}
		c := v.mentionAt(b)
		if c == nil || c.Last != b+1 || actorType(c) != graph.Country || c == x {
			continue
		}
		l.roleRelations(v, p, c, textOf(v.toks, i, x.Last), c.Actor(), "title-apposition", c.First)
	}
}

// envoySender returns the state that sends envoy m to org, a body of
// states, when the state is named right before the body: "Syria's U.N.
// Ambassador", "the French EU envoy"; else nil.
func (l *linkRun) envoySender(v *sentenceView, m, org *Mention) *Mention {
	if org.Type != graph.Org || !envoyRole(m.Role) || !l.statesOnly(org.Entity) {
		return nil
	}
	k := org.First - 1
	if isPossessive(v.word(k)) {
		k--
	}
	if c := v.mentionAt(k); c != nil && c.Last == k+1 && actorType(c) == graph.Country {
		return c
	}
	return nil
}

// sharedTitleOwner returns, for a person titled with a cabinet office and
// no owner ("and Foreign Minister Hossein Amir-Abdollahian"), the person
// titled by a state just before "and" and that state's mention; nil when
// there is none. A head's title ("and Chancellor Olaf Scholz") may be
// another state's and takes none.
func (l *linkRun) sharedTitleOwner(v *sentenceView, m *Mention) (*Mention, *Mention) {
	lower := strings.ToLower(m.Role)
	if !officeRole(lower) || headTitle(lower) != "" || graph.PastRole(m.Role) {
		return nil, nil
	}
	k := m.First - len(strings.Fields(m.Role))
	p := v.mentionAt(k - 2)
	if v.word(k-1) != "and" || p == nil || p.Type != graph.Person || p.Last != k-1 || !strings.HasPrefix(p.RoleOf, graph.Country.Slug()+"/") || graph.PastRole(p.Role) {
		return nil, nil
	}
	if h := roleHolder(v, p); h != nil && actorType(h) == graph.Country {
		return p, h
	}
	return nil, nil
}

// hasWord reports whether one of the space-separated words of s is in words.
func hasWord(s string, words map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		if words[w] {
			return true
		}
	}
	return false
}

// titles reads a person's title and the country or organisation it
// belongs to: "Belarusian President Alexander Lukashenko" (leader-of, and
// as a state's office, works-for and citizen-of), "Russian Foreign
// Minister Sergei Lavrov" (works-for, citizen-of), "American journalist
// Paul Klebnikov" (citizen-of: an occupation is no office of the state),
// "Pentagon Press Secretary John Kirby" (works-for), "Bayern Munich striker
// Javi Martinez" (member-of), "Hamas founder Ahmed Yassin" (founded).
func (l *linkRun) titles(v *sentenceView) {
	l.envoyTitles(v)
	ms := v.ms
	if r := l.ruled[v.index]; len(r) > 0 {
		ms = slices.Concat(ms, r)
	}
	for _, m := range ms {
		if m.Type != graph.Person {
			continue
		}
		if m.Role != "" && m.RoleOf == "" {
			if p, holder := l.sharedTitleOwner(v, m); holder != nil {
				// "Iranian President Ebrahim Raisi and Foreign Minister
				// Hossein Amir-Abdollahian": the minister is the same state's
				l.roleRelations(v, m, holder, m.Role, p.RoleOf, "title-apposition", holder.First)
				continue
			}
		}
		if m.Role == "" || m.RoleOf == "" {
			// "German Angela Merkel", "US experimental composer John Cage": a
			// nationality before the name, with at most a few describing
			// words between.
			k := m.First - 1
			and := false
			for k > v.s.First && m.First-k <= 5 && v.mentionAt(k) == nil && !isCap(v.toks[k].Text) && isWord(v.toks[k].Text) &&
				(v.toks[k].Tag == "JJ" || strings.HasPrefix(v.toks[k].Tag, "NN") || v.word(k) == "and") {
				if v.word(k) == "and" && strings.HasPrefix(v.toks[k-1].Tag, "NNS") {
					k = -1 // "the Vietnamese leaders and Gates": two noun phrases ("author and journalist" is one person)
					break
				}
				and = and || v.word(k) == "and"
				k--
			}
			// A country's name before "and" is one of a list ("Hewitt of
			// Australia and number-two Dominik Hrbaty"); only an adjective
			// describes across it ("French and German officials").
			if d := v.mentionAt(k); k >= 0 && d != nil && d.Last == k+1 && actorType(d) == graph.Country &&
				(d.Kind == "demonym" || k+1 < m.First && !and && agentNoun(v.word(m.First-1))) {
				l.emit(v, graph.CitizenOf, m.Entity, d.Actor(), graph.Person, graph.Country, 0.75, "nationality", "", d.First, m.Last)
			}
			continue
		}
		if org := roleHolder(v, m); org != nil {
			if c := l.envoySender(v, m, org); c != nil {
				// "Syria's U.N. Ambassador Fayssal Mekdad": Syria's envoy to
				// the U.N., whose members are states
				l.roleRelations(v, m, c, m.Role, c.Actor(), "title-apposition", c.First)
				continue
			}
			l.roleRelations(v, m, org, m.Role, m.RoleOf, "title-apposition", org.First)
		}
	}
	l.appositions(v)
	l.possessedPeople(v)
	l.copulaTitles(v)
	l.missionStaff(v)
	l.stateParty(v)
	l.partyAdjectiveTitles(v)
}

// unheldWords are words before a title whose holder does not hold it
// yet: "the nominated", "the likely".
var unheldWords = set("nominated", "designated", "proposed", "chosen", "tipped", "touted", "likely", "probable", "possible", "potential",
	"presumptive", "prospective", "expected")

// copulaTitles reads a title that a copula gives a name after it: "The
// new head of the IMF is Kristalina Georgieva", "The dismissed Supreme
// Court judge was Khin Maung Aye". The title opens the clause with "the"
// and names whose it is, before it or after "of"; the name ends the
// clause ("The NATO chief was Rutte's guest" gives no title).
func (l *linkRun) copulaTitles(v *sentenceView) {
	for c := v.s.First + 2; c+1 < v.s.Last; c++ {
		if w := v.word(c); w != "is" && w != "was" && w != "remains" && w != "remained" {
			continue
		}
		p := v.mentionAt(c + 1)
		if p == nil || p.Type != graph.Person || p.First != c+1 {
			continue
		}
		if w := v.word(p.Last); p.Last < v.s.Last && w != "." && w != "," && w != ";" {
			continue
		}
		var owner *Mention
		var first, end int // the title's words
		if o := v.mentionAt(c - 1); o != nil && o.Last == c && (o.Type == graph.Org || actorType(o) == graph.Country) {
			k := o.First - 1 // "the head of the IMF"
			if v.word(k) == "the" {
				k--
			}
			if v.word(k) != "of" {
				continue
			}
			owner, end = o, k
		} else {
			end = c // "the NATO secretary-general"
		}
		first = end
		for first > v.s.First && v.mentionAt(first-1) == nil && (titleWords[lowerNoDot(v.word(first-1))] || roleAdjectives[v.word(first-1)]) {
			first--
		}
		if first == end || !titleWords[lowerNoDot(v.word(end-1))] {
			continue
		}
		start := first
		if owner == nil {
			o := v.mentionAt(first - 1)
			if o == nil || o.Last != first || o.Type != graph.Org && actorType(o) != graph.Country {
				continue
			}
			owner, start = o, o.First
		}
		for n := 0; n < 3 && start > v.s.First && !unheldWords[v.word(start-1)] && (v.holderAdjectiveAt(start-1) || graph.PastRole(v.word(start-1)) ||
			strings.HasSuffix(v.word(start-1), "ed") && isLowerWord(v.word(start-1)) && hedges[v.word(start-1)] == 0); n++ {
			start-- // "the new", "the former", "the dismissed" (not "the next", "the likely", "the expected")
		}
		if v.word(start-1) != "the" || start-1 > v.s.First && v.word(start-2) != "," && v.word(start-2) != "that" {
			continue
		}
		of := owner.Actor()
		if owner.Type == graph.Org {
			of = owner.Entity
		}
		l.roleRelations(v, p, owner, textOf(v.toks, first, end), of, "copula-title", start-1)
	}
}

// stateParty reads an American politician's state and party told as "X,
// an Ohio Democrat," or "Ohio Republican X": member of the party, living
// in the state.
func (l *linkRun) stateParty(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Person {
			continue
		}
		var st *Mention
		k := 0
		if w := v.word(m.Last + 1); v.word(m.Last) == "," && (w == "a" || w == "an") {
			st, k = v.mentionAt(m.Last+2), -1
			if st != nil {
				k = st.Last
			}
		} else if p := v.mentionAt(m.First - 2); p != nil && p.Last == m.First-1 {
			st, k = p, m.First-1 // "Ohio Republican John Kasich"
		}
		if k < 0 || !l.usState(st) {
			continue
		}
		party := usParty(v.word(k), true)
		if party == "" || k != st.Last && k != m.First-1 {
			continue
		}
		l.emit(v, graph.MemberOf, m.Entity, party, graph.Person, graph.Org, 0.8, "state-party", "", min(m.First, st.First), max(m.Last, k+1))
		l.emit(v, graph.LivesIn, m.Entity, st.Entity, graph.Person, graph.Location, 0.75, "state-party", "", min(m.First, st.First), max(m.Last, k+1))
	}
}

// partyAdjectiveTitles reads "Democratic Senator X", "Republican
// presidential candidate X" as membership of the American party, in a
// story that names the United States or one of its states.
func (l *linkRun) partyAdjectiveTitles(v *sentenceView) {
	if !l.american {
		return
	}
	for _, m := range v.ms {
		if m.Type != graph.Person {
			continue
		}
		if n := m.Last + 2; v.word(m.Last) == "," && (v.word(m.Last+1) == "a" || v.word(m.Last+1) == "an") && n < v.s.Last && isCap(v.toks[n].Text) && v.mentionAt(n) == nil {
			if party := usParty(v.word(n), true); party != "" && !isCap(v.toks[min(n+1, v.s.Last-1)].Text) {
				l.emit(v, graph.MemberOf, m.Entity, party, graph.Person, graph.Org, 0.8, "party-adjective", "", m.First, n+1) // "Nancy Pelosi, a Democrat,"
			}
		}
		if m.First == v.s.First {
			continue
		}
		k := m.First - 1
		for k > v.s.First && v.mentionAt(k) == nil && (titleWords[lowerNoDot(v.word(k))] || isLowerWord(v.word(k)) && v.toks[k].Tag == "JJ") {
			k--
		}
		if v.mentionAt(k) != nil || !isCap(v.toks[k].Text) {
			continue
		}
		// right before the name, a noun: "Democrat Neil Abercrombie",
		// "Republican John McCain"
		party := usParty(v.word(k), k == m.First-1)
		if p := k - 1; party == "" || p >= v.s.First && isCap(v.toks[p].Text) && isWord(v.toks[p].Text) && !isFunctionTag(v.toks[p].Tag) && !l.usState(v.mentionAt(p)) {
			continue // "Christian Democratic leader Angela Merkel", "Social Democratic ...": another party's name
		}
		l.emit(v, graph.MemberOf, m.Entity, party, graph.Person, graph.Org, 0.8, "party-adjective", textOf(v.toks, k+1, m.First), k, m.Last)
	}
}

// usState reports whether m names a state of the United States
// ("California Republican Governor Arnold Schwarzenegger").
func (l *linkRun) usState(m *Mention) bool {
	return m != nil && m.Type == graph.Location && l.gaz.Kind(m.Entity) == "region" && l.gaz.CountryOf(m.Entity) == graph.Country.Slug()+"/united-states"
}

// namesUS reports whether mentions name the United States or one of its
// states.
func (l *linkRun) namesUS(ms []Mention) bool {
	us := graph.Country.Slug() + "/united-states"
	for i := range ms {
		if m := &ms[i]; m.Actor() == us || l.gaz.CountryOf(m.Entity) == us {
			return true
		}
	}
	return false
}

// usParty returns the American party a word names as its member's
// ("democrat", "republican") or, unless noun is set, its adjective
// ("democratic"); else "".
func usParty(w string, noun bool) string {
	if noun && w == "democratic" {
		return ""
	}
	return usPartyWords[w]
}

// usPartyWords name the American parties' members, lower case.
var usPartyWords = map[string]string{
	"democrat": graph.Org.Slug() + "/democratic-party-us", "democratic": graph.Org.Slug() + "/democratic-party-us",
	"republican": graph.Org.Slug() + "/republican-party-us",
}

// missionStaff reads someone on the staff of a country's mission abroad:
// "X, an official at the U.S. embassy in Kabul", "X, a diplomat with the
// Russian embassy" works for that country.
func (l *linkRun) missionStaff(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Person || v.word(m.Last) != "," {
			continue
		}
		k := m.Last + 1
		if w := v.word(k); w != "a" && w != "an" && w != "the" {
			continue
		}
		k++
		start := k
		for k < v.s.Last && k < start+4 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && !phrasePreps[v.word(k)] {
			k++
		}
		if k == start || !agentNoun(v.word(k-1)) || v.word(k) != "at" && v.word(k) != "with" && v.word(k) != "in" && v.word(k) != "of" && v.word(k) != "for" {
			continue
		}
		k++
		if v.word(k) == "the" {
			k++
		}
		c := v.mentionAt(k)
		if c == nil || actorType(c) != graph.Country || v.possessive(c.Last) || !missionNouns[v.word(c.Last)] {
			continue
		}
		role := textOf(v.toks, start, k-1)
		if v.word(k-1) == "the" {
			role = textOf(v.toks, start, k-2)
		}
		l.emit(v, graph.WorksFor, m.Entity, c.Actor(), graph.Person, graph.Country, 0.8, "mission-staff", role, m.First, c.Last+1)
	}
}

// missionNouns are a country's missions abroad.
var missionNouns = set("embassy", "embassies", "consulate", "mission", "delegation", "legation")

// titleModifiers may stand between a possessor and a title without being
// part of the role.
var titleModifiers = union(stanceAdjectives, set("visiting", "new", "newly", "outgoing", "incoming", "longtime", "long-time", "current", "veteran",
	"transitional", "interim", "caretaker", "acting", "special", "first", "female", "woman", "elected", "democratically", "embattled", "beleaguered"))

// stanceAdjectives describe a holder by politics or by how power is held,
// and leave the title the holder's: "Iran's reformist president",
// "Guinea's junta leader", "Syria's de facto leader".
var stanceAdjectives = set("junta", "reformist", "hardline", "hard-line", "populist", "nationalist", "leftist", "socialist",
	"right-wing", "left-wing", "far-right", "moderate", "authoritarian", "conservative", "liberal", "de-facto", "de", "facto")

// agentNoun reports whether a lower-case word names a person by what they
// do: a title word or an agent noun ("composer", "novelist", "guardian"),
// not a verb the tagger read as a noun ("helping Israel detain Uda").
func agentNoun(w string) bool {
	if w == "resident" || w == "residents" {
		return false // "former U.S. resident Majid Khan": he lived there, whatever his passport
	}
	if isTitleWord(w) || personNouns[w] {
		return true
	}
	for _, suffix := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "aire", "ic"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// personNouns name people without an agent suffix.
var personNouns = set("tycoon", "aide", "counsel", "magnate", "mogul", "star", "expert", "veteran", "hero", "icon",
	"legend", "rival", "ally", "chef", "nurse", "doctor", "physician", "priest", "monk", "nun", "cleric", "imam",
	"rabbi", "poet", "architect", "pilot", "teen", "teenager", "girl", "boy", "hostage", "victim", "suspect",
	"affaires", "guru", "heir", "heiress", "widow", "envoy", "chief", "head", "spy", "agent", "coach", "diva", "oligarch", "warlord", "dissident")

// compoundAdjective reports whether a token is a hyphenated adjective
// that describes how one holds a title ("reform-minded", "long-serving",
// "newly-elected"), not what one leads ("pro-democracy leader", "anti-war
// leader" lead movements, not their country).
func compoundAdjective(t Token) bool {
	if isCap(t.Text) || titleWords[t.Text] {
		return false
	}
	for _, suffix := range []string{"-minded", "-serving", "-elected", "-appointed", "-term", "-time"} {
		if strings.HasSuffix(t.Text, suffix) {
			return true
		}
	}
	return false
}

// possessedPeople: "Gaza's prime minister, Ismail Haniya" (the title set
// off by a comma), "Hungary's Orban" (a nationality).
func (l *linkRun) possessedPeople(v *sentenceView) {
	for _, c := range v.ms {
		last := c.Last
		if c.Type == graph.Org && genericOrgNouns[v.word(last)] && v.possessive(last+1) {
			last++ // "The Left party's Gregor Gysi"
		}
		if actorType(c) != graph.Country && c.Type != graph.Org && c.Type != graph.Location || last+1 >= v.s.Last || !v.possessive(last) {
			continue
		}
		j := last + 1
		pj := j
		for pj < v.s.Last && pj < c.Last+3 && v.mentionAt(pj) == nil && v.toks[pj].Tag == "JJ" && !isCap(v.toks[pj].Text) {
			pj++ // "Dortmund's homegrown Lars Ricken"
		}
		if p := v.mentionAt(pj); p != nil && p.Type == graph.Person && c.Type != graph.Location {
			if t := v.toks[min(p.Last, v.s.Last-1)]; p.Last < v.s.Last && t.Tag == "NN" && isLowerWord(t.Text) {
				continue // "the CIA's Osama bin Laden unit": the name modifies what the body owns
			}
			switch {
			case actorType(c) == graph.Country:
				l.emit(v, graph.CitizenOf, p.Entity, c.Actor(), graph.Person, graph.Country, 0.7, "possessive-person", "", c.First, p.Last)
			case c.Type == graph.Org && c.StandsFor == "":
				l.emit(v, graph.MemberOf, p.Entity, c.Entity, graph.Person, graph.Org, 0.7, "possessive-person", "", c.First, p.Last) // "Barcelona's Andres Iniesta"
			}
			continue
		}
		for n := 0; n < 3 && j < v.s.Last && v.holderAdjectiveAt(j); n++ {
			j++ // "Russia's visiting foreign minister, Sergei Lavrov", "Louisiana's reform-minded governor", "the country's increasingly unpopular leader, President X"
		}
		start := j
		if j = v.titleEnd(start); j == start {
			continue
		}
		role := textOf(v.toks, start, j)
		if c.Type == graph.Location && headTitle(role) == "" && (c.StandsFor == "" || !envoyTitle(role)) {
			// "Gaza's prime minister" governs it; "Berlin's lawyers" do
			// not; "Moscow's ambassador to Kyiv" serves the state abroad
			continue
		}
		// "Italy's prime minister at the time, Silvio Berlusconi"
		end := j
		if k := j + 1; v.word(j) == "to" && envoyTitle(role) {
			// "Russia's ambassador to the United Nations, Vasily Nebenzya"
			if v.word(k) == "the" {
				k++
			}
			if m := v.mentionAt(k); m != nil && m.First == k {
				j = m.Last
			}
		}
		if v.word(j) == "for" && j+1 < v.s.Last && isCap(v.toks[j+1].Text) && v.mentionAt(j+1) == nil {
			// "NATO's Assistant Secretary General for Defense Investment,
			// Marshall Billingslea": the office's field belongs to the title
			k := j + 1
			for k < v.s.Last && k < j+5 && (isCap(v.toks[k].Text) || v.word(k) == "and") && v.mentionAt(k) == nil {
				k++
			}
			if v.word(k) == "," {
				j, end = k, k
				role = textOf(v.toks, start, k)
			}
		}
		for n := 0; n < 4 && j < v.s.Last && v.word(j) != "," && v.word(j) != "(" && !isCap(v.toks[j].Text) && v.mentionAt(j) == nil; n++ {
			j++
		}
		if v.word(j) == "(" {
			// "the Gulf Cooperation Council's secretary-general (Abdul
			// Rahman al-Attiya) said": the name in brackets
			if p := v.mentionAt(j + 1); p == nil || p.First != j+1 || p.Type != graph.Person || v.word(p.Last) != ")" {
				continue
			}
		} else if v.word(j) != "," {
			continue
		}
		if j > end && (orgKindNouns[strings.ToLower(v.word(j-1))] || v.word(j-1) == "body" || v.word(j-1) == "organ") {
			continue // "the European Union's top executive body, Rocco Buttiglione": a body's description, no one's title
		}
		if j > end && adjectiveTitles[strings.ToLower(v.word(end-1))] && strings.HasPrefix(v.toks[j-1].Tag, "NN") {
			// "Ukraine's chief veterinary official", "the AU's chief
			// mediator": "chief" qualifies the noun that ends the title.
			role = textOf(v.toks, start, j)
		}
		p := v.styledPersonAt(j + 1)
		if k := j + 1; p == nil {
			for k < j+3 && k < v.s.Last && v.mentionAt(k) == nil && v.toks[k].Tag == "NN" && isLowerWord(v.toks[k].Text) {
				k++ // "DIMA's technical manager, engineer Jose Tulio Gomez": the holder's trade before the name
			}
			if k > j+1 {
				p = v.styledPersonAt(k)
			}
		}
		if p == nil {
			continue
		}
		of := c.Actor()
		if h := headTitle(strings.ToLower(role)); c.Type == graph.Org || c.Type == graph.Location && (h == "mayor" || h == "governor") {
			of = c.Entity // "Ankara's mayor, Melih Gokcek": the city's, not the country's
		}
		l.roleRelations(v, p, c, role, of, "possessive-title", c.First)
	}
}

// skipDemonym returns the token after a demonym at k, or k.
func (v *sentenceView) skipDemonym(k int) int {
	if m := v.mentionAt(k); m != nil && m.First == k && m.Kind == "demonym" {
		return m.Last
	}
	return k
}

// soleTitledBefore returns the one person named with a title before
// token k in the sentence (a counterpart's counterpart), or nil when there
// are none or several, or when another person is named after him
// ("Putin said Andrei Belousov would meet Chinese counterpart Dong Jun":
// Belousov's counterpart).
func (v *sentenceView) soleTitledBefore(k int) *Mention {
	var found, last *Mention
	for _, m := range v.ms {
		if m.Type != graph.Person || m.Last > k {
			continue
		}
		last = m
		if m.Role == "" {
			continue
		}
		if found != nil && found.Entity != m.Entity {
			return nil
		}
		found = m
	}
	if found == nil || last.Entity != found.Entity {
		return nil
	}
	return found
}

// placeOfficeOfMember gives person m a place's office held as a member
// of body ("the Taleban governor of Zabul province", "The Hamas mayor of
// Gaza City, Omar Saleh"): the place's office, the body's membership.
func (l *linkRun) placeOfficeOfMember(v *sentenceView, m, place, body *Mention, role, pattern string, first int) {
	l.roleRelations(v, m, place, role, place.Actor(), pattern, first)
	l.emit(v, graph.MemberOf, m.Entity, body.Entity, graph.Person, graph.Org, 0.75, pattern, role, first, body.Last)
}

// placeHeadOffices head a town or region: "the Taleban governor of Zabul
// province" (not "the EU ambassador of Ukraine", an envoy to it).
var placeHeadOffices = set("mayor", "governor", "premier", "councillor", "councilor", "sheriff")

// localHeads govern a state, province or town, and live there.
var localHeads = set("governor", "mayor", "premier", "prime minister", "president", "chief minister", "first minister",
	"leader", "chief executive", "minister-president")

// bodyHeads head organisations, not states.
var bodyHeads = set("director", "director-general", "director general", "ceo", "boss", "administrator")

// adjectiveTitles are title words that also qualify a title after them:
// "chief mediator", "top negotiator".
var adjectiveTitles = set("chief", "top", "senior", "principal")

// stateTitle reports whether a role is an office only a state gives:
// president, prime minister, chancellor, monarch, minister, ambassador.
func stateTitle(role string) bool {
	return hasWord(strings.ReplaceAll(role, "-", " "), stateOffices) || strings.Contains(role, "secretary of state")
}

var stateOffices = set("president", "premier", "chancellor", "king", "queen", "emperor", "monarch", "emir", "sultan", "minister", "ambassador")

// unattachedTitles gives a head-of-state or state office title that names
// no country ("President Demetris Christofias", "foreign minister Joschka
// Fischer") the country the story is about: the one it names most, by a
// clear margin. It never gives a person a second country, nor a country a
// second holder of the same office.
func (l *linkRun) unattachedTitles() {
	focus := l.focus
	if focus == "" || !l.mostly {
		return // no story country, or a digest of several countries' stories
	}
	held := make(map[string]string) // office -> person, for the focus country
	placed := make(map[string]bool) // people the patterns gave a state's office
	for _, c := range l.out {
		if c.tgt == focus && c.typ == graph.LeaderOf {
			held[headTitle(strings.ToLower(c.role))] = c.src
		}
		if c.statePost() {
			placed[c.src] = true
		}
	}
	for si, ms := range l.bySent {
		for _, m := range ms {
			if m.Type != graph.Person || m.Role == "" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 || placed[m.Entity] {
				continue // ("The Sri Lankan government of President X": his state told)
			}
			lower := strings.ToLower(m.Role)
			if !stateTitle(lower) || disqualified(lower) {
				continue // "opposition chief", "party leader": no office of the state
			}
			v := l.views[si]
			if regionalTitle(lower) {
				// "in the eastern state of Saxony, State Premier Stanislaw
				// Tillich": a region's office, whose region the sentence
				// may name before it; never the country's.
				if r := v.regionBefore(m.First); r != nil {
					l.roleRelationsAt(v, m, r, m.Role, r.Entity, "region-title", m.First, 0.1)
				}
				continue
			}
			office := headTitle(lower)
			if who, ok := held[office]; office != "" && ok && who != m.Entity {
				continue // Russia has its president already
			}
			if !nearbyFocus(l.bySent, si, focus) {
				continue // another country's part of the story
			}
			if l.shortFocus && otherCountryNear(l.bySent, si, focus) || otherCountryOpens(l.in.sents, l.bySent, si, focus) {
				continue // "three Nicaraguan officials ... a close ally of President Daniel Ortega, was barred from entering the United States"; "Later Uganda criticised the protests. President Museveni said"
			}
			if foreignLeader(v, m) {
				continue // "visiting President X", "President Bush joined other world leaders in praising Iraq's elections"
			}
			if otherCountryBefore(v, m.First, focus) {
				// "Voting has begun in Venezuela's elections, amid calls for
				// a boycott by opponents of President Hugo Chavez": the
				// country the sentence names before the title is another's.
				continue
			}
			if office != "" {
				held[office] = m.Entity
			}
			holder := countryMention(focus, 0, 0)
			l.roleRelationsAt(v, m, holder, m.Role, focus, "story-country", m.First, 0.15)
		}
	}
}

// officesNamedAfter gives a title that names no country the country whose
// office of that title the story told of just before, unnamed: "Chad's
// president has urged Sudan's government to respect the cease-fire.
// President Idriss Deby told officials ..." (the lead names the office,
// the next sentence its holder). The office must be told in the sentence
// before or earlier in the same one, once, and the person hold no other
// country's title in the story.
func (l *linkRun) officesNamedAfter() {
	type office struct {
		country *Mention
		title   string
	}
	offices := make([][]office, len(l.bySent))
	for si, ms := range l.bySent {
		v := l.views[si]
		for _, c := range ms {
			if actorType(c) != graph.Country || c.Type == graph.Org || c.Kind == "description" {
				continue
			}
			k := c.Last
			switch {
			case v.possessive(k):
				k++ // "Chad's president"
			case c.Kind == "demonym" && v.word(c.First-1) == "the":
				// "the Chadian president"
			default:
				continue
			}
			e := v.titleEnd(k)
			if e == k || v.mentionAt(e) != nil || v.word(e) == "," || isCap(v.toks[min(e, v.s.Last-1)].Text) && e < v.s.Last {
				continue // a name follows: the titles read it
			}
			offices[si] = append(offices[si], office{c, strings.ToLower(textOf(v.toks, k, e))})
		}
	}
	for si, ms := range l.bySent {
		v := l.views[si]
		for _, m := range ms {
			if m.Type != graph.Person || m.Kind == "description" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 {
				continue
			}
			role := m.Role
			if desc := v.sentenceOpeningTitle(m); role == "" && desc != "" {
				// "Iraq's interim defense minister says ... . The minister,
				// Hazem Shaalan, told reporters": the office told before
				if si > 0 {
					for _, o := range offices[si-1] {
						if roleEndsWith(o.title, desc) {
							role = o.title
						}
					}
				}
			}
			if role == "" && si > 0 && l.namesLead(v, m) {
				// "Italy's interior minister says ... . Giuseppe Pisanu
				// told reporters": the lead's office, its holder named first
				// in the next sentence
				var leads []office
				pv := l.views[si-1]
				for _, o := range offices[si-1] {
					e := pv.titleEnd(o.country.Last + 1)
					if !pv.possessive(o.country.Last) {
						e = pv.titleEnd(o.country.Last)
					}
					if pv.word(e) == "has" || pv.word(e) == "have" {
						e++
					}
					if k := o.country.First; (k == l.in.sents[si-1].First || k == l.in.sents[si-1].First+1 && strings.EqualFold(l.in.toks[k-1].Text, "the")) && speechVerbs[pv.word(e)] {
						leads = append(leads, o)
					}
				}
				if len(leads) == 1 && !v.hasToken(headWord(leads[0].title)) {
					role = leads[0].title // (not "Silvio Berlusconi said the minister had done well")
				}
			}
			if role == "" {
				continue
			}
			// (not in the same sentence: "Venezuela's president is urging
			// President Bush" names two)
			var found []office
			if si > 0 {
				for _, o := range offices[si-1] {
					if roleEndsWith(role, o.title) {
						found = append(found, o)
					}
				}
			}
			if len(found) != 1 || otherCountryBefore(v, m.First, found[0].country.Actor()) {
				continue
			}
			holders := 0 // "President Hugo Chavez hopes President Bush's agenda ...": which one?
			for _, p := range ms {
				if p.Type == graph.Person && p.Kind != "description" && p.Entity != m.Entity && p.Role != "" && roleEndsWith(p.Role, found[0].title) {
					holders++
				}
			}
			if holders > 0 {
				continue
			}
			c := found[0].country
			l.roleRelationsAt(v, m, c, role, c.Actor(), "office-named-after", m.First, 0.1)
		}
	}
}

// pressAudience are whom a statement is told to: "told reporters", "told
// a news conference".
var pressAudience = set("reporters", "journalists", "news", "press", "newsmen", "correspondents", "state", "parliament", "lawmakers",
	"newspaper", "television", "radio", "agency", "daily", "broadcaster")

// officialsIncluding gives a title that names no country the country of
// the officials it is one of: "sharp criticism from Afghan officials,
// including President Hamid Karzai", "Iraqi leaders such as Prime
// Minister Nouri al-Maliki".
func (l *linkRun) officialsIncluding(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Person || m.Role == "" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 {
			continue
		}
		lower := strings.ToLower(m.Role)
		if !stateTitle(lower) || disqualified(lower) || graph.PastRole(lower) {
			continue
		}
		r := m.First
		for r > v.s.First && v.mentionAt(r-1) == nil && v.titleWordAt(r-1) {
			r--
		}
		k := r - 1
		switch {
		case v.word(k) == "including":
		case v.word(k) == "as" && v.word(k-1) == "such":
			k--
		default:
			continue
		}
		k--
		if v.word(k) == "," {
			k--
		}
		d := v.mentionAt(k - 1)
		if !officialNouns[v.word(k)] || d == nil || d.Last != k || actorType(d) != graph.Country || d.Type == graph.Org || v.possessive(m.Last) {
			continue // ("officials, including President Vladimir Putin's envoy": the envoy)
		}
		if w := v.word(d.First - 1); w == "and" || w == "," || w == "or" {
			continue // "Palestinian and Israeli officials, including President Mahmoud Abbas": whose?
		}
		l.roleRelationsAt(v, m, d, m.Role, d.Actor(), "officials-including", d.First, 0.1)
	}
}

// officialNouns name a state's people in office.
var officialNouns = union(delegationNouns, set("politicians", "authorities", "lawmakers", "dignitaries"))

// appointedWords say how an office now held was taken: "Russia's newly
// appointed ambassador, Sergei Kislyak".
var appointedWords = set("appointed", "reelected", "re-elected", "named", "installed") // ("elected" is a titleModifier)

// tenureAdjectives say when an office is or was held: "Estonia's previous
// prime minister", "Taiwan's future president" are no holders now
// ("outgoing", "incoming" and "first" are titleModifiers: the holder now).
var tenureAdjectives = set("previous", "future", "former", "late", "next", "last", "prospective", "erstwhile", "past", "second")

// holderAdjectiveAt reports whether the word at j describes the holder of
// a title after it and may be passed over: "visiting", "reform-minded",
// "newly appointed", "increasingly unpopular" (not "previous", "future":
// another time's holder; not a name or a title word).
func (v *sentenceView) holderAdjectiveAt(j int) bool {
	w := v.word(j)
	switch {
	case v.mentionAt(j) != nil:
		return false
	case titleModifiers[w] || compoundAdjective(v.toks[j]):
		return true
	case !isLowerWord(v.toks[j].Text) || strings.Contains(w, "-") || tenureAdjectives[w] || v.titleEnd(j) != j:
		return false
	case v.toks[j].Tag == "JJ" || appointedWords[w]:
		return v.titleEnd(j+1) > j+1
	}
	return (v.toks[j].Tag == "RB" || strings.HasSuffix(w, "ly")) && j+1 < v.s.Last && (v.toks[j+1].Tag == "JJ" || v.toks[j+1].Tag == "VBN")
}

// officialSetOff reads the body or state of a person an indefinite
// "official" description sets off before the name: "An IMF official,
// First Deputy Managing Director John Lipsky, said", "An Afghan official,
// provincial governor Arsala Jamal, says".
func (l *linkRun) officialSetOff(v *sentenceView) {
	for _, c := range v.ms {
		if w := v.word(c.First - 1); w != "a" && w != "an" {
			continue
		}
		body := c.Type == graph.Org && c.StandsFor == ""
		if !body && actorType(c) != graph.Country || !officialWords[v.word(c.Last)] || v.word(c.Last+1) != "," {
			continue
		}
		k := c.Last + 2
		for k < v.s.Last && k < c.Last+8 && v.mentionAt(k) == nil && (v.titleWordAt(k) || isLowerWord(v.word(k)) && v.toks[k].Tag == "JJ" || isCap(v.toks[k].Text) && isWord(v.toks[k].Text)) {
			k++
		}
		p := v.mentionAt(k)
		if p == nil || p.First != k || p.Type != graph.Person || p.RoleOf != "" {
			continue
		}
		role := v.word(c.Last)
		if t := strings.ToLower(textOf(v.toks, c.Last+2, k)); k > c.Last+2 && body && !notTheHolder(t) && v.word(p.Last) != "of" {
			role = textOf(v.toks, c.Last+2, k) // "Managing Director" (a state's official titled "provincial governor" heads no state; a deputy or a former head of another heads no body)
		}
		l.roleRelationsAt(v, p, c, role, c.Actor(), "official-set-off", c.First-1, 0.05)
	}
}

// officialWords describe someone by the body or state they serve.
var officialWords = set("official", "officials", "spokesman", "spokeswoman", "diplomat", "officer", "commander", "envoy")

// namesLead reports whether person m, named in full and untitled, opens
// sentence si and is named there for the first time in the document,
// after a sentence that names no person: the holder of an office the lead
// told of ("Italy's interior minister says ... . Giuseppe Pisanu told
// reporters").
func (l *linkRun) namesLead(v *sentenceView, m *Mention) bool {
	si := v.index
	if m.Role != "" || m.Kind != "name" || m.First != v.s.First || m.Last-m.First < 2 {
		return false
	}
	// both sentences are the holder's statement, the second told to the
	// press: "Giuseppe Pisanu told reporters", "told a Vienna newspaper"
	// (not "Raila Odinga rejected the claim" or "Raila Odinga said the
	// vote was rigged" after "Kenya's president says the election was
	// fair": an answer, often a rival's)
	if v.word(m.Last) != "told" || !v.wordIn(m.Last+1, m.Last+5, pressAudience) {
		return false
	}
	for t := 0; t < si; t++ {
		for _, p := range l.bySent[t] {
			if p.Entity == m.Entity || t == si-1 && p.Type == graph.Person {
				return false
			}
		}
	}
	return true
}

// sentenceOpeningTitle returns the title of a definite description that
// opens m's sentence and is set off before m: "The minister, Hazem
// Shaalan, told reporters" gives "minister"; else "".
func (v *sentenceView) sentenceOpeningTitle(m *Mention) string {
	if m.First-2 <= v.s.First || v.word(m.First-1) != "," || v.word(v.s.First) != "the" {
		return ""
	}
	k := v.s.First + 1
	if e := v.titleEnd(k); e == m.First-1 && e > k {
		return strings.ToLower(textOf(v.toks, k, e))
	}
	return ""
}

// americanTitles gives "Secretary of State" written with no country
// ("Assistant Secretary of State for African Affairs Connie Newman") to
// the United States, whose office the bare title names in the news; a
// British secretary of state names a portfolio that is no bureau's ("for
// Northern Ireland"), and another country's is written with its country.
func (l *linkRun) americanTitles() {
	const us = "country/united-states"
	for si, ms := range l.bySent {
		v := l.views[si]
		for _, m := range ms {
			if m.Type != graph.Person || m.Kind == "description" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 {
				continue
			}
			lower := strings.ToLower(m.Role)
			i := strings.Index(lower, "secretary of state")
			if i < 0 || disqualified(lower) {
				continue
			}
			if rest := lower[i+len("secretary of state"):]; rest != "" && !strings.HasSuffix(rest, " affairs") {
				continue // "Secretary of State for Northern Ireland": Britain's
			}
			if k := m.First - 1; k > v.s.First && v.mentionAt(k) == nil && otherCountryBefore(v, m.First, us) {
				continue
			}
			holder := countryMention(us, 0, 0)
			l.roleRelationsAt(v, m, holder, m.Role, us, "us-office", m.First, 0.05)
		}
	}
}

// legislatureTitles gives a state office title that names no country the
// country whose legislature the same sentence names before it as acting:
// "Malawi's parliament has passed laws paving the way for the impeachment
// of President Bingu wa Mutharika", "Chad's national assembly has
// authorized President Idriss Deby". A legislature acts on its own
// state's officers; the person must hold no title of another country in
// the story.
func (l *linkRun) legislatureTitles() {
	for si, ms := range l.bySent {
		v := l.views[si]
		country := ""
		at := -1
		for _, m := range ms {
			if actorType(m) == graph.Country && m.Type != graph.Org && v.possessive(m.Last) && v.word(m.First-1) != "of" {
				k := m.Last + 1
				if v.word(k) == "national" {
					k++
				}
				if k >= v.s.Last {
					continue // a possessive that ends the text: "... Niger's"
				}
				end := k + 1
				if o := v.mentionAt(k); o != nil && o.Type == graph.Org {
					end = o.Last
				}
				// the legislature acts: "Malawi's parliament has passed",
				// "Chad's national assembly has authorized" (not "a member
				// of Iraq's parliament says")
				if legislatureWords[strings.ToLower(v.toks[end-1].Text)] && end < v.s.Last && isVerbTag(v.toks[end].Tag) {
					country, at = m.Actor(), k
					break
				}
			}
		}
		if country == "" {
			continue
		}
		for _, m := range ms {
			if m.Type != graph.Person || m.First < at || m.Role == "" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 {
				continue
			}
			lower := strings.ToLower(m.Role)
			if !stateTitle(lower) || disqualified(lower) || regionalTitle(lower) || foreignLeader(v, m) {
				continue
			}
			if otherCountryBefore(v, m.First, country) {
				continue
			}
			holder := countryMention(country, 0, 0)
			l.roleRelationsAt(v, m, holder, m.Role, country, "legislature-country", m.First, 0.15)
		}
	}
}

var legislatureWords = set("parliament", "assembly", "legislature", "congress", "senate", "lawmakers", "parliamentarians")

// unattachedOrgHeads gives the head title of an international body that
// names no body ("Secretary-General Kofi Annan", "Director General
// Mohamed ElBaradei") the one intergovernmental body or alliance the
// sentence or the one before it names: "A U.N. spokeswoman said
// Secretary-General Kofi Annan expects ...". With two such bodies there,
// or a title the person holds elsewhere in the story, it gives nothing.
func (l *linkRun) unattachedOrgHeads() {
	led := make(map[string]bool) // people the patterns gave an organisation to lead
	for _, c := range l.out {
		if c.typ == graph.LeaderOf {
			led[c.src] = true
		}
	}
	for si, ms := range l.bySent {
		for _, m := range ms {
			if m.Type != graph.Person || m.Role == "" || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 || led[m.Entity] {
				continue
			}
			if !bodyHeadTitle(m.Role) {
				continue
			}
			if body := l.soleBody(si); body != nil {
				led[m.Entity] = true
				l.roleRelationsAt(l.views[si], m, body, m.Role, body.Entity, "body-head-title", m.First, 0.15)
			}
		}
	}
}

// subUnitBetween reports whether the words from k to end name a unit of
// the body before them: "the AU mission in Sudan", "the U.N. office in
// Kabul".
func subUnitBetween(v *sentenceView, k, end int) bool {
	for j := k; j < end; j++ {
		switch v.word(j) {
		case "mission", "missions", "office", "delegation", "force", "forces", "branch", "bureau", "team", "operation", "operations", "agency", "program", "programme", "commission":
			return true
		}
	}
	return false
}

// stateBodyFields name a state's body written small before its officer's
// title: "an Iraqi election commission spokesman", "the Iraqi military
// spokesman".
var stateBodyFields = set("election", "electoral", "commission", "military", "army", "police", "government", "mission")

// namesStateBody reports whether lower-case words after a country name
// one of its state's bodies: "the Russian foreign ministry", "the Iraqi
// interior ministry", "the Pakistani army".
func namesStateBody(ts []Token) bool {
	if n := len(ts); n >= 3 && ts[n-2].Text == "of" && (ts[n-1].Text == "parliament" || ts[n-1].Text == "representatives") {
		ts = ts[:n-2] // "the lower house of parliament"
	}
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts[:len(ts)-1] {
		if !portfolios[t.Text] && !bodyModifiers[t.Text] {
			return false
		}
	}
	last := ts[len(ts)-1].Text
	return stateBodyWords[last] || last == "embassy" || chamberNouns[last] && len(ts) > 1
}

// stateBodyRole reports whether a role is an office of a state body the
// role names after "of" or "for": "head of central bank", "speaker of
// lower house of parliament", "spokesman for foreign ministry".
func stateBodyRole(role string) bool {
	_, body, ok := strings.Cut(role, " of ")
	if !ok {
		if _, body, ok = strings.Cut(role, " for "); !ok {
			return false
		}
	}
	f := strings.Fields(body)
	if len(f) == 0 || ruleBodies[f[len(f)-1]] {
		return false // "the head of Burma's government": the state's leader
	}
	for _, w := range f {
		if stateBodyWords[w] || chamberNouns[w] {
			return true
		}
	}
	return false
}

// chamberNouns name a state body by its kind once qualified: "the lower
// house", "the central bank", "the upper chamber".
var chamberNouns = set("house", "chamber", "bank")

// ruleBodies are the bodies whose head leads the state: "the head of
// Burma's government".
var ruleBodies = set("government", "administration", "cabinet", "regime", "junta")

// bodyModifiers say which of a state's bodies: "the lower house", "the
// central bank", "the supreme court".
var bodyModifiers = set("lower", "upper", "central", "national", "federal", "supreme", "constitutional", "state", "high",
	"electoral", "election", "security", "intelligence")

// unattachedPartyTitles gives a party office written without the party
// ("party leader Amir Peretz", "party chairman X") the party named last
// before it, in its sentence or the three before: "Labor's Central
// Committee approved the recommendation of party leader Amir Peretz".
func (l *linkRun) unattachedPartyTitles() {
	for si, ms := range l.bySent {
		for _, m := range ms {
			if m.Type != graph.Person || m.RoleOf != "" || len(l.roles[m.Entity]) > 0 {
				continue
			}
			words := strings.Fields(strings.ToLower(m.Role))
			if len(words) != 2 || words[0] != "party" || headTitle(words[1]) == "" {
				continue
			}
			o := antecedentOrg(l.bySent, si, m.First, func(o *Mention) bool {
				return l.gaz.Kind(o.Entity) == "party" || l.gaz.Kind(o.Entity) == "" && partyLikeName(o.Text)
			})
			if o != nil {
				l.roleRelationsAt(l.views[si], m, o, m.Role, o.Entity, "party-title", m.First, 0.1)
			}
		}
	}
}

// partyLikeName reports whether a body the gazetteer does not know is
// named like a party: "Labor Party", "Islamic Iran Participation Front".
func partyLikeName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "party", "front", "league", "congress", "alliance":
		return true
	}
	return false
}

// soleBody returns the one intergovernmental body or alliance that
// sentence si and the one before it name, or nil when they name none or
// several.
func (l *linkRun) soleBody(si int) *Mention {
	var body *Mention
	for s := max(si-1, 0); s <= si; s++ {
		for _, o := range l.bySent[s] {
			if o.Type != graph.Org || o.StandsFor != "" {
				continue
			}
			if k := l.gaz.Kind(o.Entity); k != "igo" && k != "alliance" {
				continue
			}
			if body != nil && body.Entity != o.Entity {
				return nil
			}
			body = o
		}
	}
	return body
}

// bodyHeadTitle reports whether a role is an office of an international
// body's secretariat: "Secretary-General", "Director General", and the
// ranks under them ("Undersecretary-General for Political Affairs",
// "Deputy Secretary-General").
func bodyHeadTitle(role string) bool {
	r := strings.ToLower(strings.ReplaceAll(role, "-", " "))
	r, _, _ = strings.Cut(r, " for ")
	r = strings.Join(strings.Fields(r), " ")
	for _, p := range []string{"", "deputy ", "assistant ", "under ", "under"} {
		if r == p+"secretary general" || r == p+"director general" {
			return true
		}
	}
	return false
}

// itsTitle reads a title owned by "its" or "their" and the name set off
// after it: "Hamas said its leader, Ismail Haniyeh, would speak", "the
// SPLM says funeral services for its late political leader, John Garang,
// will be held". The owner is the body or country "its" refers to.
func (l *linkRun) itsTitle(v *sentenceView) {
	for i := v.s.First; i+2 < v.s.Last; i++ {
		if w := v.word(i); w != "its" && w != "their" && w != "whose" {
			continue
		}
		j := i + 1
		for n := 0; n < 3 && j < v.s.Last && v.mentionAt(j) == nil && (titleModifiers[v.word(j)] || neutralAdjectives[v.word(j)] ||
			v.word(j) == "late" || v.word(j) == "top" || v.word(j) == "senior" || captiveWords[v.word(j)]); n++ {
			j++ // ("its jailed founder Abdullah Ocalan")
		}
		if m := v.mentionAt(j); m != nil && m.First == j && m.Type == graph.Location && m.Last < v.s.Last && isTitleWord(v.toks[m.Last].Text) {
			j = m.Last // "its Baghdad correspondent, Florence Aubenas": where the post is
		}
		start := j
		if j = v.titleEnd(start); j == start {
			continue
		}
		if v.word(j) != "," {
			// "said its director-general Tedros Adhanom Ghebreyesus would visit"
			if p := v.mentionAt(j); p == nil || p.Type != graph.Person || p.First != j {
				continue
			}
		}
		p := v.headMentionAt(j)
		if v.word(j) == "," {
			p = v.headMentionAt(j + 1)
		}
		if p == nil || p.Type != graph.Person || p.First > j+6 {
			continue
		}
		var o *Mention
		joined := false // "and its": the one joined to it owns it
		if v.word(i) == "whose" {
			// "advancing from Belarus, whose leader Alexander Lukashenko
			// allowed": the name the relative clause is about
			k := i
			if v.word(k-1) == "," {
				k--
			}
			if c := v.mentionAt(k - 1); c != nil && c.Last == k && isPolity(c) && !(phrasePreps[v.word(c.First-1)] && v.word(c.First-1) != "from" && v.word(c.First-1) != "to") {
				// (not "The opposition in Belarus, whose leader", "Hezbollah
				// in Lebanon, whose leader": the thing before the place)
				l.roleRelations(v, p, c, textOf(v.toks, start, j), c.Actor(), "possessive-title", i)
			}
			continue
		}
		if v.word(i-1) == "and" && i-2 >= v.s.First {
			c, t := v.mentionAt(i-2), v.toks[i-2]
			switch {
			case c == nil && strings.HasPrefix(t.Tag, "NN") && isLowerWord(t.Text):
				continue // "sanctions on Iran's morality police and its chief, X": the police's chief, which no name gives
			case c != nil && c.Last == i-1 && isPolity(c):
				if p.Last+1 < v.s.Last && v.word(p.Last) == "," && (isVerbTag(v.toks[p.Last+1].Tag) && v.toks[p.Last+1].Tag != "VBG" || v.word(p.Last+1) == "will") {
					continue // "Hezbollah fired rockets at Israel and its leader, Hassan Nasrallah, vowed more": a clause of its own
				}
				o, joined = c, true // "The EU sanctioned Hamas and its leader, Ismail Haniyeh"
			}
		}
		if f := v.subjectOpening(); !joined && f != nil && v.word(i-1) == "," && speechVerbs[v.word(p.Last)] && f.Last < i && (f.Type == graph.Org || actorType(f) == graph.Country) && f.Kind != "demonym" &&
			!v.actorBetween(f.Last, i) {
			// "The IMF approved the loan on Friday, its chief Kristalina
			// Georgieva said": the attribution's "its" is the subject's
			// (not "Ukraine asked Germany for missiles, its defence
			// minister said": either may own him)
			o, joined = f, true
		}
		if !joined {
			o = l.possessor(v, i)
		}
		if f := v.mentionAt(v.s.First); o != nil && !v.speaksOf(o, i) && v.word(i-1) == "and" && v.word(i-2) == "," && f != nil && f != o &&
			actorType(f) != graph.Person && f.Kind != "demonym" && v.speaksOf(f, i) {
			o = f // "Paraguay is one of the few countries that still recognise Taiwan, and its president, Santiago Pena,": the subject's
		}
		if o != nil && bodyOnlyTitles[headTitle(textOf(v.toks, i+1, j))] {
			f := v.subjectOpening()
			// "Saudi Aramco said its CEO": the speaker's (not "Aramco, whose
			// rival is ADNOC, said": past the clause)
			speaker := f != nil && isBody(f) && f.Last <= i && speechVerbs[v.word(i-1)] && !v.actorBetween(f.Last, i-1)
			if actorType(o) == graph.Country {
				// "Belarus joined the SCO. Its secretary-general, Zhang
				// Ming,": no state has one; the body that speaks, else the
				// one named nearest before ("Kenya hosted the summit of the
				// East African Community, and its secretary-general")
				o, joined = l.antecedent(v, i, isBody), true
			}
			if speaker {
				o = f
			}
		}
		opens := i == v.s.First && o != nil && o.Sent == v.index-1 && o.First-l.in.sents[o.Sent].First <= 1 // ("The Houthis ... Their leader")
		if o == nil || actorType(o) == graph.Person || o.Kind == "demonym" || !v.speaksOf(o, i) && !opens && !joined {
			// ("Pakistani Taliban militants ... their leader": the
			// militants', not Pakistan's; but "Hungary, a NATO member,
			// opposed the embargo. Its prime minister, Viktor Orban,
			// said": the subject the story goes on about)
			continue
		}
		role := textOf(v.toks, i+1, j)
		if start > i+1 && v.word(i+1) != "late" {
			role = textOf(v.toks, start, j)
		}
		if f := strings.Fields(role); v.word(i) == "their" && len(f) > 0 && isPluralTitle(strings.ToLower(f[len(f)-1])) && len(v.listBefore(o.Last)) > 1 {
			// "Kyrgyzstan and Tajikistan ... their leaders, Sadyr Japarov
			// and Emomali Rahmon, respectively": each owner's holder in
			// turn. News lists leaders in any order ("Armenia and
			// Azerbaijan ... their leaders, Ilham Aliyev and Nikol
			// Pashinyan"), so without "respectively" none.
			owners, holders := v.listBefore(o.Last), []*Mention{p}
			end := p.Last
			if list, e := v.listAt(p.First); len(list) > 1 && list[0] == p {
				holders, end = list, e
			}
			if len(owners) != len(holders) || v.word(end) != "respectively" && v.word(end+1) != "respectively" {
				continue
			}
			for n, h := range holders {
				if h.Type == graph.Person {
					l.roleRelations(v, h, owners[n], role, owners[n].Actor(), "possessive-title", i)
				}
			}
			continue
		}
		of := o.Actor()
		if o.Type == graph.Org && o.StandsFor == "" {
			of = o.Entity
		}
		l.roleRelations(v, p, o, role, of, "possessive-title", i)
	}
}

// actorBetween reports whether a country or a body is named in tokens
// [a, b).
func (v *sentenceView) actorBetween(a, b int) bool {
	for _, m := range v.ms {
		if m.First >= a && m.Last <= b && (m.Type == graph.Org || actorType(m) == graph.Country) {
			return true
		}
	}
	return false
}

// subjectOpening returns the mention that opens the sentence (after
// "The"), or nil.
func (v *sentenceView) subjectOpening() *Mention {
	k := v.s.First
	if v.word(k) == "the" {
		k++
	}
	if m := v.mentionAt(k); m != nil && m.First == k {
		return m
	}
	return nil
}

// speaksOf reports whether mention o, in this sentence before token i, is
// the subject of the verb that opens the clause "its" stands in: "Hamas
// said its leader, X, ...", "the party, which says its leader, X, ...",
// "Kadima will recommend that its leader, X, ...".
func (v *sentenceView) speaksOf(o *Mention, i int) bool {
	if o.Last > i || o.First < v.s.First {
		return false
	}
	k := o.Last
	if v.word(k) == "," && (v.word(k+1) == "which" || v.word(k+1) == "that") {
		k += 2
	}
	if v.possessive(k) && actorType(o) == graph.Country {
		// "Burkina Faso's military government said its leader, X,": the
		// state speaks through its government
		j := k + 1
		for j < i && j < k+4 && v.mentionAt(j) == nil && isLowerWord(v.toks[j].Text) && !isVerbTag(v.toks[j].Tag) {
			j++
		}
		if j > k+1 && (ruleBodies[v.word(j-1)] || stateNouns[v.word(j-1)]) {
			k = j
		}
	}
	for n := 0; n < 3 && k < i; n++ {
		if isVerbTag(v.toks[k].Tag) && v.mentionAt(k) == nil {
			return true
		}
		k++
	}
	return false
}

// titleCommaName reads a body's or country's title with the name set off
// after a comma: "African Union Chairman, Alpha Oumar Konare, said", "NATO
// Secretary General, Jaap de Hoop Scheffer,". A plural title ("Hamas
// leaders, X and Y") opens a list of its own and is left alone.
func (l *linkRun) titleCommaName(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Org && m.Type != graph.Country || m.StandsFor != "" && m.Type != graph.Country || m.Last >= v.s.Last {
			continue
		}
		if w := v.word(m.First - 1); w == "of" || w == "for" || w == "at" || isPossessive(w) || v.indefiniteBefore(m.First) {
			continue // the holder of a title before it, or "a local Hamas leader, X", read by titleThenName
		}
		e := v.titleEnd(m.Last)
		if e == m.Last || v.word(e) != "," || isPluralTitle(lowerNoDot(v.word(e-1))) {
			continue
		}
		p := v.mentionAt(e + 1)
		if p == nil || p.Type != graph.Person || p.First != e+1 || p.Role != "" {
			continue
		}
		l.roleRelations(v, p, m, textOf(v.toks, m.Last, e), holderID(m), "title-then-name", m.First)
	}
}

// indefiniteBefore reports whether "a" or "an" opens the noun phrase
// that ends with the name at token k: "a local Hamas leader".
func (v *sentenceView) indefiniteBefore(k int) bool {
	for j := k - 1; j >= v.s.First && j >= k-4; j-- {
		switch w := v.word(j); {
		case w == "a" || w == "an":
			return true
		case !isLowerWord(w) || w == "the" || w == ",":
			return false
		}
	}
	return false
}

// countryMeant returns the country "the country" at token i means: the
// one its sentence names before it, else the story's, else the one the
// sentence before names.
func (l *linkRun) countryMeant(v *sentenceView, i int) string {
	country := func(m *Mention) bool {
		// a demonym of a state's people in office, not of anyone: "Pakistani
		// police say", not "A French journalist interviewed the country's
		// president, Idriss Deby, in N'Djamena"
		return actorType(m) == graph.Country && (m.Kind != "demonym" || stateNounAfter(v.toks, v.s, m.Last))
	}
	if c := v.prevActor(i, country); c != nil {
		return c.Actor()
	}
	for k := i - 1; k >= v.s.First; k-- {
		if m := v.mentionAt(k); m != nil && country(m) {
			return m.Actor() // "Pakistani police say the country's former President": named by its adjective
		}
	}
	if l.focus != "" && l.mostly {
		return l.focus
	}
	if c := l.previousSentenceActor(v, country); c != nil {
		return c.Actor()
	}
	return ""
}

// otherCountryBefore reports whether the sentence names a country other
// than focus before token i, by name, adjective or possessive.
func otherCountryBefore(v *sentenceView, i int, focus string) bool {
	for _, m := range v.ms {
		if m.Last <= i && actorType(m) == graph.Country && m.Actor() != focus {
			return true
		}
	}
	return false
}

// nearbyFocus reports whether no other country is named more often than
// the story's in sentence si and the one before, and the story's is named
// there. News digests glue stories of a few sentences each, and a story
// names its country before its people: sentences further on, or after,
// belong as often to the next story ("President Olusegun Obasanjo has
// submitted a list" had read as Israel's president).
func nearbyFocus(bySent [][]*Mention, si int, focus string) bool {
	counts := make(map[string]int)
	for s := max(si-1, 0); s < len(bySent) && s <= si; s++ {
		for _, m := range bySent[s] {
			if actorType(m) == graph.Country {
				counts[m.Actor()]++
			}
		}
	}
	for c, n := range counts {
		if c != focus && n > counts[focus] {
			return false
		}
	}
	return counts[focus] > 0
}

// roleRelations emits what a role of a person at an organisation or
// country says. holder is the mention the role belongs to (a demonym, a
// country, an organisation) and first the token where the pattern starts.
func (l *linkRun) roleRelations(v *sentenceView, m, holder *Mention, role, of, pattern string, first int) {
	l.roleRelationsAt(v, m, holder, role, of, pattern, first, 0)
}

// roleRelationsAt is roleRelations with its confidences lowered by penalty.
func (l *linkRun) roleRelationsAt(v *sentenceView, m, holder *Mention, role, of, pattern string, first int, penalty float64) {
	tt := actorType(holder)
	if holder.Type == graph.Org || of == holder.Entity {
		tt = holder.Type
	}
	// The type is what the title is of, which need not be the holder's
	// ("the Iranian president's remarks" after the Security Council).
	if t, ok := idType(of); ok && t != graph.Person {
		tt = t
	}
	lower := strings.ToLower(role)
	// "former Serbian President X" held the office once: the edge stands,
	// less sure, with the role saying so.
	past := graph.PastRole(role)
	if w := strings.TrimSuffix(v.word(first-1), "-"); graph.PastRole(w) {
		past = true
		role = strings.TrimSuffix(v.toks[first-1].Text, "-") + " " + role // "then-US President"
	} else if w := v.word(holder.First - 1); !past && holder.Type == graph.Org && holder.First > v.s.First && graph.PastRole(w) && !graph.PastRole(v.word(holder.First-2)) {
		past = true
		role = w + " " + role // "Petr Pavel, a former NATO general": the office, not the body, is past
	}
	if !past && v.removedFromOffice(m) {
		past, role = true, "ousted "+role // "Peru's Congress removed President Pedro Castillo"
	}
	if past {
		lower = strings.ToLower(graph.CurrentRole(role))
	}
	unsure := penalty
	if past {
		unsure += 0.15
	}
	emit := func(rel graph.RelationType, conf float64) {
		l.emit(v, rel, m.Entity, of, graph.Person, tt, conf-unsure, pattern, role, first, m.Last)
	}
	second := strings.Contains(lower, "deputy") || strings.Contains(lower, "vice") || strings.Contains(lower, "assistant") || strings.Contains(lower, "associate")
	branch := tt == graph.Org && hasWord(lower, branchWords) // "Halo Trust regional director": a branch's head
	if pattern == "title-person-of" && tt == graph.Org && l.gaz.Kind(of) == "party" && stateTitle(lower) && !strings.Contains(lower, "party") {
		// "Bavarian Premier Markus Söder of the CSU", "President X of the
		// ruling party": a state's office held by a party's member
		emit(graph.MemberOf, 0.8)
		return
	}
	dq := disqualifiers
	if tt == graph.Org {
		dq = orgDisqualifiers // "M23 rebel leader X" leads M23; "Libyan rebel leader X" no Libya
	}
	former := hasWord(lower, dq) && !second && !strings.Contains(lower, "opposition")
	head, stateBody := headTitle(lower), stateBodyRole(lower) // (each parses the role: once)
	if tt == graph.Country && (holder.Kind == "demonym" || officeRole(lower) || head != "" || stateBody) {
		emit(graph.CitizenOf, 0.8) // a nationality, or an office only citizens hold
	}
	if designateBase(lower) != lower {
		return // "Chilean President-elect Michelle Bachelet", "Secretary of State-nominee Condoleezza Rice": the office is not hers yet (her nationality stands)
	}
	switch {
	case strings.Contains(lower, "counterpart") && !past && tt == graph.Country:
		// "his Russian counterpart, Sergei Lavrov": an official's
		// counterpart is the other state's official, in the office the
		// official holds ("Polish Prime Minister Donald Tusk hosted his
		// Hungarian counterpart Viktor Orban": Hungary's prime minister);
		// with no office told, none
		office := ""
		official := func(p *Mention) bool {
			return p != nil && p.Role != "" && p.RoleOf != "" && p.RoleOf != of && strings.HasPrefix(p.RoleOf, graph.Country.Slug()+"/") &&
				stateTitle(strings.ToLower(p.Role)) && !disqualified(strings.ToLower(p.Role)) && !graph.PastRole(p.Role)
		}
		var p *Mention
		if w := v.word(first - 1); w == "his" || w == "her" {
			p = l.possessor(v, first-1)
		} else {
			p = v.soleTitledBefore(first) // "Cambodian Prime Minister Hun Manet met Thai counterpart Srettha Thavisin"
		}
		if official(p) {
			office = p.Role
			if h := roleHolder(v, p); h != nil && graph.PastRole(strings.TrimSuffix(v.word(h.First-1), "-")) {
				office = "" // "Former Polish President Lech Walesa met his Czech counterpart"
			}
		}
		l.emit(v, graph.WorksFor, m.Entity, of, graph.Person, tt, 0.7-unsure, pattern, office, first, m.Last)
		if h := headTitle(strings.ToLower(office)); h != "" && !bodyHeads[h] {
			l.emit(v, graph.LeaderOf, m.Entity, of, graph.Person, tt, 0.7-unsure, pattern, office, first, m.Last)
		}
	case former || strings.Contains(lower, "counterpart") || strings.Contains(lower, "opposition") && tt != graph.Org:
	case strings.Contains(lower, "founder"):
		emit(graph.Founded, 0.85)
	case branch:
		emit(graph.MemberOf, 0.8) // a branch's head belongs to the body, and leads only the branch
	case tt == graph.Country && bodyHeads[head]:
		// "British director Ken Loach": a nationality and a trade; a
		// director heads a body, never a state
	case tt == graph.Org && strings.HasPrefix(head, "director") && strings.Contains(of, "ministry"):
		// "the director-general of Iraq's Trade Ministry": a ministry's
		// senior official; its minister heads it
		emit(graph.WorksFor, 0.8)
		emit(graph.MemberOf, 0.8)
	case tt == graph.Country && stateBody:
		// "the head of Germany's central bank", "the chairman of Russia's
		// upper house": a state body's office serves the state, and leads
		// only the body
		emit(graph.WorksFor, 0.85)
	case tt == graph.Org && strings.TrimPrefix(lower, "the ") == "first secretary" && (l.gaz.Kind(of) == "party" || strings.Contains(of, "party")):
		// "first secretary of the Communist Party": the party's head (an
		// embassy's first secretary is a rank)
		emit(graph.LeaderOf, 0.85)
		emit(graph.MemberOf, 0.8)
	case tt == graph.Org && l.gaz.Kind(of) == "party" && (strings.Contains(lower, "secretary general") || strings.Contains(lower, "secretary-general")) && !strings.Contains(of, "communist"):
		// "acting secretary general of Japan's ruling Liberal Democratic
		// Party": a party's secretary-general runs its office under its
		// leader (a communist party's general secretary leads it)
		emit(graph.MemberOf, 0.8)
	case tt == graph.Org && commanderOf(v, lower, holder):
		emit(graph.LeaderOf, 0.85)
		emit(graph.MemberOf, 0.8)
	case head != "" && !second:
		emit(graph.LeaderOf, 0.9)
		switch k := l.gaz.Kind(of); {
		case tt == graph.Country || tt == graph.Location:
			emit(graph.WorksFor, 0.8) // a head of state or government serves it
			if tt == graph.Location && !past && localHeads[head] {
				// A governor, premier or mayor lives in the state, province
				// or town they govern ("Quebec Premier Robert Bourassa");
				// a head of state's residence is told by citizen-of, and
				// the "head" of a place read as a facility ("Olympic
				// Ticketing Center head Rong Jun") lives elsewhere.
				emit(graph.LivesIn, 0.75)
			}
		case tt == graph.Org || k == "party" || k == "sports" || memberRole(lower):
			emit(graph.MemberOf, 0.8) // an organisation's head is its member
		}
	case head != "" && tt == graph.Org:
		// "deputy leader of the Democratic Left party": the party's
		// leadership, the role saying which seat.
		emit(graph.LeaderOf, 0.7)
		emit(graph.MemberOf, 0.8)
	case tt == graph.Country || tt == graph.Location:
		if officeRole(lower) {
			emit(graph.WorksFor, 0.85)
		}
	case tt == graph.Org:
		// People serve states and their bodies; they belong to parties,
		// firms, unions, institutes and international bodies.
		if officeRole(lower) && !memberRole(lower) && l.governmentBody(of) || l.gaz.Kind(of) == "media" && hasWord(lower, pressJobs) {
			emit(graph.WorksFor, 0.85) // ("Reuters journalist Issam Abdallah": the agency's employee)
		}
		emit(graph.MemberOf, 0.8) // the staff of a state body are its members too
	}
}

// commanderOf reports whether a role is the command of the force it is
// told of with "of the": "Esmail Qaani, commander of the Quds Force",
// "appointed X as commander of the Quds Force". A commander is no head
// otherwise: "a commander of the Taliban" is one of many, a "U.S.
// commander" serves the state he does not lead.
func commanderOf(v *sentenceView, role string, holder *Mention) bool {
	switch role {
	case "commander", "top commander", "overall commander", "supreme commander":
	default:
		return false
	}
	c := holder.First - 3 // "commander" in "commander of the Quds Force"
	if v.word(holder.First-1) == "the" && v.word(holder.First-2) == "," || v.word(holder.First-1) == "," {
		// "the commander of Hamas's armed wing, the Qassam Brigades": the
		// wing named after its description
		for c = holder.First - 2; c > v.s.First && c > holder.First-10 && v.word(c) != "commander"; c-- {
		}
		if v.word(c+1) != "of" {
			return false
		}
	} else if holder.First-3 < v.s.First || v.word(holder.First-1) != "the" || v.word(holder.First-2) != "of" || v.word(holder.First-3) != "commander" {
		return false
	}
	k := c - 1
	for k > v.s.First && (v.word(k) == "top" || v.word(k) == "overall" || v.word(k) == "supreme" || v.word(k) == "senior") {
		k--
	}
	w := v.word(k)
	return w != "a" && w != "an" && w != "one" && w != "another" && w != "senior"
}

// pressJobs are the trades of a newspaper's or a broadcaster's staff.
var pressJobs = set("journalist", "reporter", "correspondent", "columnist", "editor", "photographer", "cameraman", "producer", "anchor", "presenter")

// removedFromOffice reports whether the sentence tells of m put out of
// office: "Congress removed President Pedro Castillo", "the ouster of
// Sudan's longtime ruler Omar al-Bashir", "Bazoum, Niger's elected
// president, was overthrown".
func (v *sentenceView) removedFromOffice(m *Mention) bool {
	for k := m.First - 1; k >= v.s.First && k >= m.First-7; k-- {
		w := v.word(k)
		if removalVerbs[w] || (w == "of" && removalNouns[v.word(k-1)]) {
			return true
		}
		if v.mentionAt(k) == nil && isVerbTag(v.toks[k].Tag) {
			break
		}
	}
	k := m.Last
	if v.word(k) == "," && v.word(k+1) == "who" && v.removedAt(k+2) {
		return true // "Dodik, who was stripped of his post as Republika Srpska president,"
	}
	if v.word(k) == "," {
		// past what is set off: "Dina Boluarte, who took office after
		// Castillo's ouster, was removed by Congress"
		for k++; k < v.s.Last && k < m.Last+12 && v.word(k) != ","; k++ {
		}
		k++
	}
	return k > m.Last && v.removedAt(k)
}

// removedAt reports whether a passive removal from office opens at k,
// past its auxiliaries: "was removed", "has been ousted", "was stripped
// of his post".
func (v *sentenceView) removedAt(k int) bool {
	start := k
	for n := 0; n < 2 && (v.word(k) == "was" || v.word(k) == "were" || v.word(k) == "has" || v.word(k) == "had" || v.word(k) == "been"); n++ {
		k++
	}
	if k == start || v.word(k-1) != "was" && v.word(k-1) != "been" && v.word(k-1) != "were" {
		return false
	}
	if v.word(k) == "stripped" {
		return v.word(k+1) == "of" && (v.word(k+2) == "his" || v.word(k+2) == "her") && officeNouns[v.word(k+3)]
	}
	return removalVerbs[v.word(k)]
}

// officeNouns name an office one is stripped of: "stripped of his post".
var officeNouns = set("post", "office", "title", "position", "seat", "mandate", "powers", "crown")

// removalVerbs put a holder out of office; removalNouns name that.
var (
	removalVerbs = set("removed", "ousted", "overthrown", "overthrew", "toppled", "deposed", "dethroned", "sacked", "dismissed", "fired")
	removalNouns = set("ouster", "overthrow", "removal", "ousting", "toppling", "dismissal", "sacking")
)

// branchWords make an organisation's title a branch's: "regional
// director", "local leader", "provincial chief".
var branchWords = set("regional", "local", "provincial", "district", "country", "field")

// thingNouns follow a nationality in apposition to what is no person: "Kibo,
// a Japanese word for hope".
var thingNouns = set("word", "term", "name", "brand", "product", "dish", "city", "town", "village", "region",
	"island", "ship", "vessel", "tanker", "plane", "aircraft", "satellite", "newspaper", "daily", "weekly",
	"magazine", "website", "film", "movie", "novel", "book", "song", "album", "project", "program", "programme")

// memberWords make a role membership rather than employment: a party's
// politicians, a club's players, an institute's researchers.
var memberWords = set("member", "members", "politician", "lawmaker", "legislator", "mp", "deputy", "senator",
	"player", "striker", "midfielder", "defender", "goalkeeper", "forward", "captain", "winger", "keeper",
	"researcher", "analyst", "economist", "expert", "fellow", "scientist", "professor", "scholar",
	"activist", "candidate", "co-founder", "veteran", "lawyer", "strategist", "campaigner", "militant",
	"fighter", "commander", "leader", "correspondent", "editor", "columnist", "photographer", "cameraman")

func memberRole(role string) bool { return hasWord(role, memberWords) }

// appositions: "Sergei Lavrov, the foreign minister of Russia", "Cem
// Özdemir, leader of the Green Party", "X, a member of Y", "Angela Merkel
// (CDU)".
func (l *linkRun) appositions(v *sentenceView) {
	for _, m := range v.ms {
		if m.Type != graph.Person {
			continue
		}
		i := m.Last
		if v.word(i) == "," && v.toks[min(i+1, v.s.Last-1)].Tag == "CD" && v.word(i+2) == "," && v.mentionAt(i+1) == nil {
			i += 2 // "Salman Abedi, 22, a Briton born and raised in Manchester": past the age
			if w := v.word(i + 1); w == "is" || w == "was" || w == "remains" || w == "became" || (w == "has" || w == "had") && v.word(i+2) == "been" {
				i++ // "Hun Sen, 72, remains the president of the ruling Cambodian People's Party", "..., 72, has been": the verbs the switch below reads
			}
		}
		// "Sebastian Kurz (photo) of the ...", "Marine Le Pen (above right)"
		if v.word(i) == "(" {
			j := i + 1
			for j < v.s.Last && j < i+4 && v.word(j) != ")" && !isCap(v.toks[j].Text) && isWord(v.toks[j].Text) {
				j++
			}
			if j > i+1 && v.word(j) == ")" {
				i = j + 1
			}
		}
		if v.word(i) == "(" {
			k := i + 1
			if v.word(k) == "of" {
				k++ // "Petra Pau (of the Left Party)"
			}
			if v.word(k) == "the" {
				k++
			}
			if p := v.mentionAt(k); p != nil && p.Type == graph.Org && v.word(p.Last) == ")" && (l.gaz.Kind(p.Entity) == "party" || k > i+1) {
				l.emit(v, graph.MemberOf, m.Entity, p.Entity, graph.Person, graph.Org, 0.85, "person-party", "", m.First, p.Last+1)
			}
			continue
		}
		if v.word(i) == "," && partyStateTag(v.toks[min(i+1, v.s.Last-1)].Text) {
			// "Sen. Alan Cranston, D-Calif., chairman of the Senate Committee"
			switch {
			case v.word(i+2) == ",":
				i += 2
			case v.word(i+2) == "." && v.word(i+3) == ",":
				i += 3
			}
		}
		if v.word(i) == "," && (v.word(i+1) == "of" || v.word(i+1) == "from") && v.word(i+2) == "the" {
			i++ // "Stephanie Powell, of the DEM's division"
		}
		if v.word(i) == "at" && v.word(i+1) == "the" {
			// "Fang Kaitai at the Institute of Applied Mathematics": a
			// scholar's or a staffer's institution.
			if o := v.mentionAt(i + 2); o != nil && o.Type == graph.Org && o.StandsFor == "" && institutionHead(v.toks[o.First:o.Last]) {
				l.emit(v, graph.MemberOf, m.Entity, o.Entity, graph.Person, graph.Org, 0.7, "person-at-org", "", m.First, o.Last)
			}
			continue
		}
		if v.word(i) == "of" || v.word(i) == "from" {
			// "Claudia Bickmann of the Society for Intercultural Philosophy";
			// "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia".
			k := i + 1
			if v.word(k) == "the" {
				k++
				for k < v.s.Last && k < i+5 && v.mentionAt(k) == nil && isWord(v.toks[k].Text) && !isCap(v.toks[k].Text) &&
					(v.toks[k].Tag == "JJ" || v.toks[k].Tag == "NN" || v.toks[k].Tag == "VBN") {
					k++ // "of the rightist Austrian People's Party"
				}
			}
			o := v.holderAt(k)
			of := ""
			if p := v.mentionAt(k); p != nil && p.First == k && p.Type == graph.Location && (o == nil || o == p) && localHeads[headTitle(strings.ToLower(m.Role))] {
				// "Gov. Bob Miller of Nevada", "Mayor Tom Bradley of Los
				// Angeles", "Mayor Sadiq Khan of London": the town, not
				// the government a capital may stand for
				o, of = p, p.Entity
			}
			switch {
			case o == nil:
			case m.Role != "" && m.RoleOf == "" && v.word(i) == "of" && actorType(o) == graph.Country && bodyOnlyTitles[headTitle(m.Role)]:
				// "led by Secretary General Albert Ramdin of Suriname": no
				// state has one; the country is his own
				l.emit(v, graph.CitizenOf, m.Entity, o.Actor(), graph.Person, graph.Country, 0.75, "title-person-of", "", m.First, o.Last)
			case m.Role != "" && m.RoleOf == "" && v.word(i) == "of":
				if of == "" {
					of = holderID(o)
				}
				l.roleRelations(v, m, o, m.Role, of, "title-person-of", m.First)
			case o.Type == graph.Org && o.StandsFor == "":
				l.emit(v, graph.MemberOf, m.Entity, o.Entity, graph.Person, graph.Org, 0.7, "person-of-org", "", m.First, o.Last)
			}
			continue
		}

		j := i + 1
		switch v.word(i) {
		case ",", "is", "was", "became", "remains": // "X, director of Y", "X is executive director of Y"
		case "has", "had": // "X had been CEO of Y"
			if v.word(j) != "been" {
				continue
			}
			j++
		default:
			continue
		}
		if v.word(i) == "," && v.word(j) == "who" {
			// "Diaz-Canel, who is also first secretary of the Communist
			// Party,": the clause's copula, then the office
			switch v.word(j + 1) {
			case "is", "was", "remains", "became":
				j += 2
			case "has", "had":
				if v.word(j+2) != "been" {
					continue
				}
				j += 3
			default:
				continue
			}
		}
		if clauseAdverbs[v.word(j)] && (v.word(i) != "," || j > i+1) {
			j++ // "X is also president of Y", "X, who is also president of Y"
		}
		if v.word(i) == "," && v.word(j) == "the" && (v.word(j+1) == "country" || v.word(j+1) == "nation") && v.possessive(j+2) {
			// "Abed Theyab, the country's higher education minister": the
			// story's country, or the one named last before
			e := j + 3
			for e < v.s.Last && e < j+7 && isLowerWord(v.word(e)) && !titleWords[v.word(e)] && v.mentionAt(e) == nil {
				e++ // "higher education", "top anti-corruption"
			}
			for e < v.s.Last && titleWords[lowerNoDot(v.word(e))] && v.mentionAt(e) == nil {
				e++
			}
			if e > j+3 && titleWords[lowerNoDot(v.word(e-1))] && v.mentionAt(e) == nil {
				if c := l.countryMeant(v, i); c != "" {
					holder := countryMention(c, 0, 0)
					l.roleRelations(v, m, holder, textOf(v.toks, j+3, e), c, "apposition", m.First)
				}
			}
			continue
		}
		if w := v.word(j); w == "the" || w == "a" || w == "an" {
			j++
		}
		// "Sevim Dagdelen, a Left party MP", "Tal, a senior Defense Ministry
		// official", "John Georges, International Paper's chairman": the
		// organisation first.
		oj := j
		for oj < v.s.Last && oj-j < 2 && v.mentionAt(oj) == nil && !isCap(v.toks[oj].Text) && (v.toks[oj].Tag == "JJ" || roleAdjectives[v.word(oj)]) {
			oj++
		}
		article := j > i+1 // "X, the German ...", not "X, Belarusian President Y"
		if d := v.mentionAt(oj); d != nil && (d.Kind == "demonym" || !v.possessive(d.Last)) && actorType(d) == graph.Country && v.word(i) == "," && d.Last < v.s.Last && article {
			// "Frank-Walter Steinmeier, the German foreign minister", "X,
			// the U.S. ambassador to Japan": the country's office, as
			// "German Foreign Minister X" would say; not when a name
			// follows the title, whose title it is.
			if e := v.nounTitleEnd(d.Last); e > d.Last && v.mentionAt(e) == nil && !speechVerbs[v.word(e)] && !(v.word(e) == "has" || v.word(e) == "had") {
				// (not "killed Hamas commander Rafiq Salama, the Israeli
				// military said": a clause of its own)
				role := textOf(v.toks, d.Last, e)
				for k := j; k < oj; k++ {
					if w := v.word(k); w == "former" || w == "late" || w == "then" {
						role = w + " " + role // "Angela Merkel, the former German chancellor": once
						break
					}
				}
				if o := v.headMentionAt(e + 1); v.word(e) == "of" && o != nil && o.Type == graph.Org && o.StandsFor == "" && d.Kind == "demonym" {
					// "Julian Assange, the Australian founder of WikiLeaks":
					// the body's title, and a nationality
					l.emit(v, graph.CitizenOf, m.Entity, d.Actor(), graph.Person, graph.Country, 0.75, "apposition-nationality", "", m.First, d.Last)
					l.roleRelations(v, m, o, role, o.Entity, "apposition", m.First)
					continue
				}
				if w := v.word(i + 1); (w == "a" || w == "an") && d.Kind == "demonym" && strings.HasPrefix(m.RoleOf, graph.Org.Slug()+"/") && l.international(m.RoleOf) {
					// "UNHCR chief Filippo Grandi, an Italian diplomat": a
					// nationality and a trade; he serves the body he heads
					l.emit(v, graph.CitizenOf, m.Entity, d.Actor(), graph.Person, graph.Country, 0.75, "apposition-nationality", "", m.First, d.Last)
					continue
				}
				l.roleRelations(v, m, d, role, d.Actor(), "apposition", m.First)
				continue
			}
		}
		if d := v.mentionAt(oj); d != nil && d.Kind == "demonym" && actorType(d) == graph.Country && v.word(i) == "," && oj == i+2 &&
			(v.word(i+1) == "a" || v.word(i+1) == "an") && (d.Last >= v.s.Last || v.word(d.Last) == "," || v.word(d.Last) == "." || v.word(d.Last) == "who") {
			// "Ahmed Khan, a Pakistani, was arrested": the nationality as a noun
			l.emit(v, graph.CitizenOf, m.Entity, d.Actor(), graph.Person, graph.Country, 0.75, "apposition-nationality", "", m.First, d.Last)
			continue
		}
		if d := v.mentionAt(oj); d != nil && d.Kind == "demonym" && actorType(d) == graph.Country && v.word(i) == "," && article &&
			d.Last < v.s.Last && v.mentionAt(d.Last) == nil && isWord(v.toks[d.Last].Text) && !isCap(v.toks[d.Last].Text) &&
			!titleWords[lowerNoDot(v.word(d.Last))] && !orgKindNouns[v.word(d.Last)] && !orgWords[v.word(d.Last)] && !thingNouns[v.word(d.Last)] {
			// "Moses Asonya, a retired Ugandan athlete", "Ivan Petrov, a
			// Russian businessman": a nationality told in apposition.
			l.emit(v, graph.CitizenOf, m.Entity, d.Actor(), graph.Person, graph.Country, 0.75, "apposition-nationality", "", m.First, d.Last)
			continue
		}
		if d := v.mentionAt(oj); d != nil && v.word(i) == "," && article && v.localHeadAfter(d) {
			// "George W. Bush, the Texas governor": the place's head.
			if e := v.titleEnd(d.Last); v.mentionAt(e) == nil {
				l.roleRelations(v, m, d, textOf(v.toks, d.Last, e), d.Entity, "apposition", m.First)
				continue
			}
		}
		if c := v.mentionAt(oj); c != nil && actorType(c) == graph.Country && c.Kind != "demonym" && c.Last+1 < v.s.Last &&
			v.possessive(c.Last) {
			// "Kim Jong Un, North Korea's leader", "X, Russia's ambassador
			// to the UN": the country's office; "Belarus's authoritarian
			// president": past describing words.
			t := c.Last + 1
			removed := ""
			for n := 0; n < 2 && t < v.s.Last && (v.toks[t].Tag == "JJ" || graph.PastRole(v.word(t)) || neutralAdjectives[v.word(t)] || titleModifiers[v.word(t)]) && isLowerWord(v.word(t)) && (!titleWords[v.word(t)] || v.word(t) == "first" && titleModifiers[v.word(t+1)]) && !roleAdjectives[v.word(t)]; n++ {
				// ("Japan's first female prime minister": "first" is a title only before one)
				if graph.PastRole(v.word(t)) {
					removed = v.word(t) + " " // "Syria's ousted president": the office held once
				}
				t++
			}
			if e := v.nounTitleEnd(t); e > t && v.mentionAt(e) == nil {
				l.roleRelations(v, m, c, removed+textOf(v.toks, t, e), c.Actor(), "apposition", m.First)
			}
			continue
		}
		if o := v.mentionAt(oj); o != nil && o.Type == graph.Org && o.StandsFor == "" {
			k := o.Last
			if v.possessive(k) {
				k++
			}
			if genericOrgNouns[v.word(k)] {
				k++ // "a Left party MP": the kind of body, not the role
			}
			kt := k
			if titleModifiers[v.word(k)] && titleWords[lowerNoDot(v.word(k+1))] {
				k++ // "the EU's special envoy"
			}
			for k < v.s.Last && k-kt < 3 && (titleWords[lowerNoDot(v.word(k))] || memberWords[v.word(k)]) {
				k++
			}
			k = v.chiefOfficerEnd(k) // "Huawei's chief financial officer"
			if p := v.mentionAt(k); p != nil && p.Type == graph.Person {
				continue // "Tony Blair, U.N. Secretary General Kofi Annan": the next item's title
			}
			if p := v.mentionAt(k + 1); k > kt && v.word(k) == "of" && placeHeadOffices[v.word(k-1)] && p != nil && p.StandsFor == "" &&
				(p.Type == graph.Location || actorType(p) == graph.Country && p.Kind != "demonym") {
				// "Mohammad Naseem, the Taleban governor of Zabul province":
				// the place's office, held by a member of the body
				role := textOf(v.toks, kt, k)
				for q := j; q < oj; q++ {
					if graph.PastRole(v.word(q)) {
						role = v.word(q) + " " + role // "the former Taleban governor": once
						break
					}
				}
				l.placeOfficeOfMember(v, m, p, o, role, "apposition", m.First)
				continue
			}
			if k > kt && (titleWords[lowerNoDot(v.word(k-1))] || memberWords[v.word(k-1)]) &&
				!(isPluralTitle(v.word(k-1)) && k < v.s.Last && strings.HasPrefix(v.toks[k].Tag, "VB")) {
				// not "Following talks with Mr. Abbas, Hamas leaders said":
				// a plural title with its own verb opens a clause.
				if role := textOf(v.toks, kt, k); v.indefiniteUpTo(i, o.First) {
					l.oneOfLeaders(v, m, o, role)
				} else {
					l.roleRelations(v, m, o, role, o.Entity, "apposition", m.First)
				}
			}
			continue
		}
		start := j
		for j < v.s.Last && j-start < 6 && (titleWords[lowerNoDot(v.word(j))] || memberWords[v.word(j)] || v.toks[j].Tag == "JJ" ||
			v.word(j) == "and" || v.toks[j].Tag == "NN" && !isCap(v.toks[j].Text) || roleAdjectives[v.word(j)] || electedWords[v.word(j)]) && v.mentionAt(j) == nil {
			j++
		}
		if v.word(j) == "of" && v.word(j+1) == "staff" && v.word(j+2) == "to" {
			j += 2 // "chief of staff to Hungarian Prime Minister Viktor Orban"
		}
		// "director of Y", "a researcher at Y", "an executive with Y",
		// "a spokesman for Y", "national security adviser to President X"
		if j == start || v.word(j) != "of" && v.word(j) != "at" && v.word(j) != "with" && v.word(j) != "for" &&
			!(v.word(j) == "to" && aideHeads[lowerNoDot(v.word(j-1))]) {
			continue
		}
		rs := start
		for rs < j-1 && electedWords[v.word(rs)] {
			rs++ // "was elected president of": the role is president
		}
		role := textOf(v.toks, rs, j)
		if last := lowerNoDot(v.word(j - 1)); !titleWords[last] && !memberWords[last] && !strings.HasSuffix(role, "of staff") || last == "members" || isPluralTitle(last) {
			continue // (a plural is the list's next item: "the president, members of the U.S. Congress and ...")
		}
		k := j + 1
		if v.word(k) == "the" || v.word(k) == "a" || v.word(k) == "an" {
			k++
		}
		if a := v.skipAdjectives(k); a > k && v.mentionAt(a) != nil && v.mentionAt(a).Kind != "demonym" {
			k = a // "founder of the now-defunct Apple Daily", "leader of the banned Muslim Brotherhood"
		}
		holder := v.holderAt(v.skipKindPhrase(k))
		if holder != nil && v.word(holder.Last) == "," && strings.HasSuffix(v.word(holder.Last+1), "-based") {
			if o := v.mentionAt(holder.Last + 2); o != nil && o.Type == graph.Org {
				holder = o // "chief executive officer of Toledo, Ohio-based Meridian": the firm seated there
			}
		}
		if holder == nil && headTitle(role) != "" {
			// "chief minister of West Bengal": a region's head
			if p := v.mentionAt(k); p != nil && p.Type == graph.Location && p.StandsFor == "" {
				holder = p
			}
		}
		if holder == nil {
			continue
		}
		if n := holder.Last; holder.Type == graph.Org && subUnits[v.word(n)] && v.word(n+1) == "," {
			// "radio director of the VOA affiliate, Radio Veritas": the
			// affiliate's, named after the comma, or no one's.
			o := v.mentionAt(n + 2)
			if o == nil || o.Type != graph.Org {
				continue
			}
			holder = o
		}
		if v.possessive(holder.Last) {
			// "Ichiro Ozawa, the leader of Japan's main opposition party",
			// "Gerry Adams, the leader of the IRA's political arm, Sinn
			// Fein": the title is of what the country or body owns; its
			// name, if given, holds it.
			k := v.skipModifiers(holder.Last + 1)
			o := v.mentionAt(k)
			if o == nil {
				for n := 0; n < 3 && k < v.s.Last && v.mentionAt(k) == nil && !isCap(v.toks[k].Text) && isWord(v.toks[k].Text); n++ {
					k++
				}
				if v.word(k) == "," {
					if v.word(k+1) == "the" {
						k++ // "Hamas's armed wing, the Qassam Brigades"
					}
					o = v.mentionAt(k + 1)
				} else if b := v.mentionAt(k); b != nil && b.First == k && v.word(k-1) != v.word(holder.Last) && orgKindNouns[v.word(k-1)] {
					o = b // "the European Union's border agency Frontex": the body named after its kind
				}
			}
			if o == nil && actorType(holder) == graph.Country && holder.Kind != "demonym" && k > holder.Last+1 && v.word(k) == "," &&
				(stateBodyWords[v.word(k-1)] || v.word(k-1) == "office") && v.stateBodyWordsOnly(holder.Last+1, k-1) {
				// "Andriy Yermak, head of Ukraine's presidential office":
				// a state body's office serves the state (not "Belarus's
				// exiled government")
				c := 0.8
				if first, _, _ := strings.Cut(role, " "); graph.PastRole(first) {
					c -= 0.15 // "a former head of ..."
				}
				l.emit(v, graph.WorksFor, m.Entity, holder.Actor(), graph.Person, graph.Country, c, "apposition", role, m.First, k)
				l.emit(v, graph.CitizenOf, m.Entity, holder.Actor(), graph.Person, graph.Country, c-0.05, "apposition", role, m.First, k)
			}
			if o == nil || o.Type != graph.Org || o.StandsFor != "" {
				continue
			}
			holder = o
		}
		if n := holder.Last; holder.Type != graph.Org && n < v.s.Last && isLowerWord(v.toks[n].Text) && strings.HasPrefix(v.toks[n].Tag, "NN") &&
			!placeKindNouns[v.word(n)] { // "the governor of Zulia state" governs Zulia
			// "the director of the Baghdad office of Care International":
			// a town's or country's office of a body, not its government
			if v.word(n+1) == "of" {
				k := n + 2
				if v.word(k) == "the" {
					k++
				}
				if o := v.mentionAt(k); o != nil && o.Type == graph.Org && o.StandsFor == "" {
					l.emit(v, graph.MemberOf, m.Entity, o.Entity, graph.Person, graph.Org, 0.75, "apposition", role, m.First, o.Last)
				}
			}
			continue
		}
		n := holder.Last
		for j := 0; j < 2 && n+1 < v.s.Last && v.toks[n].Tag == "JJ" && isLowerWord(v.toks[n].Text); j++ {
			n++ // "the chief of ETA international operations"
		}
		if w := v.word(n); holder.Type == graph.Org && l.gaz.Kind(holder.Entity) != "" && n < v.s.Last && isLowerWord(v.toks[n].Text) &&
			strings.HasPrefix(v.toks[n].Tag, "NN") && !genericOrgNouns[w] && !orgKindNouns[w] && !bodyNamesLower[w] {
			// "head of the U.N. bureau in Congo", "the head of the U.N.
			// refugee agency in Quetta": a part of a known body's, which
			// he belongs to and does not lead ("the Asia-Oceania bureau",
			// a body the gazetteer does not know, is its own name).
			l.emit(v, graph.MemberOf, m.Entity, holder.Entity, graph.Person, graph.Org, 0.75, "apposition", role, m.First, holder.Last)
			continue
		}
		id := holderID(holder)
		if localOffice(role) && holder.Type == graph.Location {
			id = holder.Entity // "Ken Livingstone, the mayor of London": the city's, not Britain's
		}
		if v.indefiniteUpTo(i, holder.First) && holder.Type == graph.Org && holder.StandsFor == "" {
			l.oneOfLeaders(v, m, holder, role) // "X, a leader of Hamas"
			continue
		}
		l.roleRelations(v, m, holder, role, id, "apposition", m.First)
	}
	l.titleThenName(v)
}

// localOffice reports whether a role's head is a town's or a region's
// office: "the mayor", "Deputy Mayor", "governor".
func localOffice(role string) bool {
	ws := strings.Fields(strings.ToLower(role))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "mayor", "governor", "gov.", "gov":
		return true
	}
	return false
}

// bodyNamesLower end a body's name written in lower case: "the House
// Foreign Affairs committee" is the committee.
var bodyNamesLower = set("committee", "commission", "council", "board", "panel", "caucus")

// subUnits are parts of an organisation with a name of their own.
var subUnits = set("affiliate", "subsidiary", "unit", "arm", "branch", "wing", "division", "station", "chapter")

// institutionHead reports whether an organisation's name is headed by a
// word for a place of study or research, where one works: "Institute",
// "University", "College", "Center", "Laboratory", "Hospital", "Academy".
func institutionHead(name []Token) bool {
	for _, t := range name {
		switch strings.ToLower(t.Text) {
		case "institute", "university", "college", "center", "centre", "laboratory", "laboratories", "hospital", "academy", "school":
			return true
		}
	}
	return false
}

// partyStateTag reports whether a token is an American politician's party
// and state: "D-Calif.", "R-Texas", "I-Vt.".
func partyStateTag(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// roleAdjectives may stand in a title: "outgoing president", "sitting
// president", "International President".
var roleAdjectives = set("outgoing", "incoming", "sitting", "incumbent", "new", "current", "interim",
	"international", "national", "regional", "general", "executive", "managing", "former", "cabinet", "assistant")

// electedWords tell how an office was won: "the first democratically
// elected president of Afghanistan", "the newly appointed head of".
var electedWords = set("elected", "democratically", "popularly", "freely", "newly", "re-elected", "reelected", "appointed",
	"newly-elected", "newly-appointed", "longtime", "long-time", "long-serving", "directly")

// holderAt returns the country or organisation a title belongs to, named at
// token k: "of the Lithuanian Gay League" is the league's, not Lithuania's;
// "of Moscow's Tolstoy Museum" the museum's.
func (v *sentenceView) holderAt(k int) *Mention {
	h := v.mentionAt(k)
	if h == nil {
		if p := v.placeOfKindAt(k); p != nil && p.Type == graph.Location && p.StandsFor == "" {
			return p // "the mayor of the town of Pataz", "of the Andean town of Pataz"
		}
		return nil
	}
	if !isActor(h) || h.Type == graph.Person {
		return nil
	}
	next := h.Last
	if v.possessive(next) {
		next++
	}
	if h.Type != graph.Org || h.StandsFor != "" {
		if o := v.mentionAt(next); o != nil && o.Type == graph.Org && o.StandsFor == "" && (next == h.Last || next == h.Last+1) {
			return o
		}
	}
	if actorType(h) == graph.Country {
		// "the mayor of the Nigerien city of Tillaberi", "Governor Amina
		// Bello of Nigeria's Borno State": the place the country holds
		if p := v.placeOfKindAt(h.First); p != nil && p.Type == graph.Location && p.StandsFor == "" {
			return p
		}
		if p := v.mentionAt(next); v.possessive(h.Last) && p != nil && p.First == next && p.Type == graph.Location && p.StandsFor == "" {
			return p
		}
	}
	return h
}

// localHeadAfter reports whether place m is followed by the title of
// its head: "the Texas governor", "the Chicago mayor".
func (v *sentenceView) localHeadAfter(m *Mention) bool {
	if m.Type != graph.Location || m.StandsFor != "" {
		return false
	}
	end := v.titleEnd(m.Last)
	return end > m.Last && localHeads[headTitle(strings.ToLower(textOf(v.toks, m.Last, end)))]
}

// countryMention stands for country id as a holder or a side where the
// text names the country only through a person or a description ("the
// country's"), spanning tokens first to last.
func countryMention(id string, first, last int) *Mention {
	return &Mention{Type: graph.Country, Entity: id, StandsFor: id, Kind: "name", First: first, Last: last}
}

func holderID(h *Mention) string {
	if h.Type == graph.Org {
		return h.Entity
	}
	return h.Actor()
}

// countrysBodyAfter reports whether token i is the possessive of a country
// that a body's name follows: "Afghanistan's Taliban leader, X", read as
// "the Taliban leader, X" (the country's mark on the body is read apart).
func (v *sentenceView) countrysBodyAfter(i int) bool {
	c := v.mentionAt(i - 1)
	if c == nil || c.Last != i {
		return false
	}
	// A body the gazetteer knows or a name of several words: the tagger's
	// one-word bodies there are as often portfolios ("South Korea's
	// Unification Minister, X").
	return v.ownedBy(c.First, func(o *Mention) bool { return isBody(o) && (o.Source == "gazetteer" || o.Last-o.First > 1) }) != nil
}

// titleThenName: "the chief executive of Germany's Deutsche Bank, Christian
// Sewing", "the head of the Verfassungsschutz, Hans-Georg Maaßen", "a
// spokesman for the Pentagon, John Kirby", "the country's sitting
// president, Paul Kagame" (the story's country).
func (l *linkRun) titleThenName(v *sentenceView) {
	l.itsTitle(v)
	l.titleCommaName(v)
	for i := v.s.First; i+1 < v.s.Last; i++ {
		if v.word(i) != "the" && v.word(i) != "a" && v.word(i) != "an" && !v.countrysBodyAfter(i) {
			continue
		}
		j := i + 1
		var holder *Mention
		ofCountry := false // "the country's <title>": the words up to the comma are all title
		if v.word(i) == "the" && v.word(j) == "country" && v.possessive(j+1) {
			ofCountry = true
			if country := l.countryMeant(v, i); country != "" {
				holder = countryMention(country, 0, 0)
			}
			j += 2
		}
		named := false // "the Russian foreign minister, Sergei Lavrov": the holder before the title
		if holder == nil {
			// "a senior Russian official, Ivan Petrov,", "the top U.N.
			// humanitarian official, Jan Egeland,": a title set off before
			// the name, of the holder it names
			for n := 0; n < 2 && j < v.s.Last && v.mentionAt(j) == nil && (titleModifiers[v.word(j)] || v.word(j) == "senior" || v.word(j) == "top" ||
				v.word(j) == "key" || v.word(j) == "high-level" || v.word(j) == "high-ranking" || branchWords[v.word(j)]); n++ {
				j++
			}
		}
		if m := v.mentionAt(j); holder == nil && m != nil && m.First == j &&
			(actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "" || v.localHeadAfter(m)) && !v.possessive(m.Last) {
			holder, named = m, true
			j = m.Last
		}
		for n := 0; n < 2 && j < v.s.Last && v.mentionAt(j) == nil && (titleModifiers[v.word(j)] || compoundAdjective(v.toks[j])); n++ {
			j++ // "the longtime ruler of Belarus, X"
		}
		start := j
		if named {
			// "a Russian foreign ministry spokesman, Ivan Petrov": the
			// field of the office, written small, is part of the title
			k := j
			for n := 0; n < 3 && k < v.s.Last && v.mentionAt(k) == nil && (portfolios[v.word(k)] || fieldNouns[v.word(k)] || stateBodyFields[v.word(k)]) && isLowerWord(v.toks[k].Text); n++ {
				k++
			}
			if k > j && v.titleEnd(k) > k {
				j = k
			}
		}
		if j = v.titleEnd(j); j == start {
			continue
		}
		role := textOf(v.toks, start, j)
		end := j
		if named {
			if k := j + 1; v.word(j) == "to" && envoyTitle(role) {
				// "the U.S. ambassador to Ukraine, Bridget Brink"
				if v.word(k) == "the" {
					k++
				}
				if m := v.mentionAt(k); m != nil && m.First == k {
					end = m.Last
				}
			}
			if w := v.word(end); w == "in" || w == "at" {
				// "a top U.N. official in Baghdad, Gianni Magazzeni": where
				if m := v.mentionAt(end + 1); m != nil && m.First == end+1 && m.Type == graph.Location {
					end = m.Last
				}
			}
			var place *Mention
			if m := v.mentionAt(end + 1); v.word(end) == "of" && holder.Type == graph.Org && placeHeadOffices[lowerNoDot(v.word(end-1))] && m != nil && m.First == end+1 &&
				m.StandsFor == "" && (m.Type == graph.Location || actorType(m) == graph.Country && m.Kind != "demonym") {
				// "the Hamas mayor of Gaza City, Omar Saleh": the town's
				// office, held by a member of the body
				place, end = m, m.Last
				if placeKindNouns[v.word(end)] {
					end++ // "of Zabul province"
				}
			}
			p := v.styledPersonAt(end + 1)
			if v.word(end) != "," || p == nil {
				continue
			}
			if place != nil {
				l.placeOfficeOfMember(v, p, place, holder, role, "title-then-name", i)
				continue
			}
			if (v.word(i) == "a" || v.word(i) == "an") && holder.Type == graph.Org && holder.StandsFor == "" {
				// "a local Hamas leader, Mohammed Odde,": one of its leaders
				l.oneOfLeaders(v, p, holder, role)
				continue
			}
			l.roleRelations(v, p, holder, role, holderID(holder), "title-then-name", i)
			continue
		}
		if holder == nil {
			// "the head of the IAEA, Rafael Grossi", "a spokesman for the
			// Pentagon, John Kirby"
			if v.word(j) != "of" && v.word(j) != "for" && v.word(j) != "at" {
				continue
			}
			k := j + 1
			if v.word(k) == "the" {
				k++
			}
			for v.word(k) == `"` || v.word(k) == "\u201c" {
				k++
			}
			if v.mentionAt(k) == nil {
				// "the chief of powerful oil cartel OPEC, Abdullah
				// Al-Badri": what the body is, written small before it
				e := k
				for e < v.s.Last && e < k+3 && isLowerWord(v.word(e)) && v.mentionAt(e) == nil &&
					(strings.HasPrefix(v.toks[e].Tag, "JJ") || strings.HasPrefix(v.toks[e].Tag, "NN")) {
					e++
				}
				if m := v.mentionAt(e); e > k && m != nil && m.First == e && m.Type == graph.Org && m.StandsFor == "" {
					k = e
				}
			}
			holder = v.holderAt(k)
			if local := lowerNoDot(v.word(j - 1)); holder == nil && (local == "mayor" || local == "governor") {
				if h := v.mentionAt(k); h != nil && h.Type == graph.Location {
					holder = h // "the mayor of Chicago, Rahm Emanuel": a town's office
				}
			}
			if local := lowerNoDot(v.word(j - 1)); holder == nil && (local == "leader" || local == "president" || local == "head") {
				if h := v.mentionAt(k); h != nil && h.First == k && h.Type == graph.Location && h.StandsFor == "" && l.gaz.Kind(h.Entity) == "region" {
					holder = h // "the leader of Chechnya, Ramzan Kadyrov": a region's
				}
			}
			if holder == nil {
				continue
			}
			end = holder.Last
			if v.possessive(end) {
				// "the director of Moscow's Tolstoy Museum", "the head of
				// Russia's central bank": the title is of what the place
				// owns, never of the place.
				if w := v.word(end + 1); w == "ruling" || w == "opposition" || w == "main" {
					end++ // "the head of India's ruling Congress Party"
				}
				o := v.mentionAt(end + 1)
				if o == nil || o.Type != graph.Org || o.StandsFor != "" {
					// "a spokesman for Iran's foreign ministry, Hamidreza
					// Asefi": a state body written small is the state's
					e := end + 1
					for e < v.s.Last && e < end+5 && isLowerWord(v.word(e)) && v.mentionAt(e) == nil {
						e++
					}
					if actorType(holder) != graph.Country || !namesStateBody(v.toks[end+1:e]) {
						continue
					}
					role += " " + v.word(j) + " " + textOf(v.toks, end+1, e) // "the head of Germany's central bank": the bank's head, not the state's
					end = e
				} else {
					end, holder = o.Last, o
				}
			}
		}
		for v.word(end) == `"` || v.word(end) == "\u201d" {
			end++
		}
		// "the head of the Ifo economic think tank in Munich, Clemens Fuest":
		// a few describing words may follow the holder.
		for n := 0; n < 6 && end < v.s.Last && v.word(end) != "," && (!isCap(v.toks[end].Text) || v.mentionAt(end) != nil && v.mentionAt(end).Type != graph.Person); n++ {
			if m := v.mentionAt(end); m != nil {
				end = m.Last
			} else {
				end++
			}
		}
		var p *Mention
		if ofCountry && v.word(end) != "," {
			// "the country's former President Pervez Musharraf": the name
			// right after the title
			p = v.mentionAt(end)
			if p == nil || p.Type != graph.Person || p.First != end {
				continue
			}
		} else {
			if v.word(end) != "," {
				continue
			}
			if p = v.styledPersonAt(end + 1); p == nil {
				continue
			}
		}
		if ofCountry && end > j {
			role = textOf(v.toks, start, end) // "the country's chief police investigator"
		}
		if w := v.word(holder.Last); holder.Type != graph.Org && holder.Last < end && v.mentionAt(holder.Last) == nil &&
			!isPossessive(w) && isWord(w) && !isCap(v.toks[holder.Last].Text) && w != "in" && w != "of" {
			if !namesStateBody(v.toks[holder.Last:end]) {
				continue // "a spokesman for the U.S. beef industry, J. Patrick Boyle": the country only describes
			}
		}
		of := holderID(holder)
		if holder.Type == graph.Org && subUnitBetween(v, holder.Last, end) {
			// "the acting head of the AU mission in Sudan, X": the head of
			// a body's mission is its member, not its head
			l.emit(v, graph.MemberOf, p.Entity, holder.Entity, graph.Person, graph.Org, 0.75, "title-then-name", role, i, p.Last)
			continue
		}
		if local := lowerNoDot(v.word(start + len(strings.Fields(role)) - 1)); (local == "mayor" || local == "governor") && holder.Type == graph.Location {
			of = holder.Entity // "the mayor of Berlin" governs the city
		}
		l.roleRelations(v, p, holder, role, of, "title-then-name", i)
	}
}

// styledPersonAt returns the person whose name starts at k, or right
// after a style or rank written before it ("Maulvi Muhammad Yasir", "Dr.
// Ayman al-Zawahiri", "Lieutenant-General Soe Win"), else nil.
func (v *sentenceView) styledPersonAt(k int) *Mention {
	// (and a rank: "Burma's leader, Lieutenant-General Soe Win")
	honorific := false
	if d := v.mentionAt(k); d != nil && d.Kind == "demonym" && d.First == k && d.Last < v.s.Last && isTitleWord(v.toks[d.Last].Text) {
		k = d.Last // "the current chairman of the African Union, Nigerian President Olusegun Obasanjo"
	}
	for n := 0; n < 3 && v.mentionAt(k) == nil && (styleTitles[lowerNoDot(v.word(k))] || isTitleWord(v.toks[min(k, v.s.Last-1)].Text) ||
		hyphenatedTitle(v.word(k)) || officeAbbrevs[v.toks[min(k, v.s.Last-1)].Text]) && k < v.s.Last; n++ {
		honorific = honorific || honorifics[lowerNoDot(v.word(k))]
		k++
	}
	p := v.mentionAt(k)
	if p == nil || p.Type != graph.Person || p.First != k {
		return nil
	}
	if w := v.word(p.Last); honorific && w != "," && w != "-" && w != ")" {
		// "Unlike Pakistan's president, Mr. Singh did not speak": a
		// name with "Mr." after the comma, not set off again, is the
		// clause's subject, not the title's holder
		return nil
	}
	return p
}

// officeWords name offices of a state: "Foreign Minister", "Ambassador",
// "Press Secretary". A person titled with one works for the state.
var officeWords = set("minister", "secretary", "undersecretary", "under-secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
	"spokesperson", "official", "officials", "diplomat", "general", "gen", "admiral", "commander",
	"colonel", "senator", "sen", "congressman", "congresswoman", "lawmaker", "legislator", "mp",
	"prosecutor", "judge", "justice", "negotiator", "adviser", "advisor", "agent", "officer",
	"governor", "mayor", "attorney", "chancellor", "president", "premier", "chief", "head",
	"commissioner", "director", "representative", "rep", "deputy", "marshal", "sergeant", "captain",
	"lieutenant", "intelligence", "military", "army", "security", "administrator")

func officeRole(role string) bool {
	role = strings.ReplaceAll(role, ".", "")
	if f := strings.Fields(role); len(f) > 0 && religiousRanks[f[len(f)-1]] {
		return false // "Poland's Chief Rabbi": a faith's office, not the state's
	}
	return hasWord(role, officeWords)
}

// religiousRanks are a faith's offices; a country before them says where,
// not whom the holder serves.
var religiousRanks = set("rabbi", "imam", "mufti", "cleric", "bishop", "archbishop", "patriarch", "metropolitan", "priest", "pastor")

// ledBy: "Ukraine, led by President Volodymyr Zelensky".
func (l *linkRun) ledBy(v *sentenceView) {
	for i := v.s.First; i+1 < v.s.Last; i++ {
		w := v.word(i)
		if w != "led" && w != "headed" && w != "chaired" && w != "founded" && w != "run" && w != "commanded" || v.word(i+1) != "by" {
			continue
		}
		p := v.headMentionAt(i + 2)
		if p == nil || p.Type != graph.Person {
			if q := v.mentionAt(v.skipModifiers(i + 2)); q != nil && q.Type == graph.Person && q.First == v.skipModifiers(i+2) {
				p = q // "founded by billionaire Bidzina Ivanishvili"
			} else if q := v.describedPersonAt(i + 2); q != nil {
				p = q // "founded by former English teacher Jack Ma", "by former People's Liberation Army engineer Ren Zhengfei"
			} else {
				continue
			}
		}
		j := i - 1
		var x *Mention
		described := false
		if isPassiveAux(v.word(j)) && (v.word(j-1) == "which" || v.word(j-1) == "who") && v.word(j-2) == "," {
			j -= 2 // "The group, which is led by Ousmane Dicko,"
		} else if isPassiveAux(v.word(j)) {
			// "The agency is headed by Amy Pope": the clause's subject, a
			// body (a founding in the main clause is the founding verbs')
			subj := l.subjectOf(v, j)
			if len(subj) != 1 || subj[0].Type != graph.Org || subj[0].StandsFor != "" || w == "founded" {
				continue
			}
			x, j = subj[0], subj[0].First
		}
		if x == nil {
			if v.word(j) == "," {
				j--
			}
			if v.word(j) == ")" && v.word(j-2) == "(" {
				j-- // "the Popular Movement for the Liberation of Angola (MPLA), led by X": the acronym
			}
			if m := v.mentionAt(j - 1); v.word(j) == "and" && m != nil && knownAs(v, m) {
				j-- // "Myanmar's military, known as the Tatmadaw and led by Senior General Min Aung Hlaing" (not "linked to al-Qaida and led by Zarqawi")
			}
			x = v.mentionAt(j)
			described = x == nil
			if described {
				x = v.describedBefore(j) // "Mali's military junta, led by", "The IAEA, the U.N. nuclear watchdog headed by"
			}
			if x == nil {
				x = v.describedByApposition(j, isBody) // "Wirecard, the Aschheim-based payments company led by chief executive Markus Braun"
			}
		}
		if x == nil || x.Type == graph.Person || !described && !v.actor(x) {
			continue
		}
		if x.Type == graph.Location || x.StandsFor != "" && wherePrepositions[v.word(x.First-1)] {
			continue // "a diplomatic office in Kabul, headed by Velach": the office's head, there
		}
		role := ""
		if r := textOf(v.toks, i+2, p.First); p.First > i+2 && headTitle(r) != "" &&
			!slices.ContainsFunc(v.ms, func(m *Mention) bool { return m.First >= i+2 && m.First < p.First }) {
			// the leader's title ("headed by Director General Amy Pope"),
			// not an honorific ("chaired by Mr. Clinton") nor another office
			// ("led by former Afghan prime minister Gulbuddin Hekmatyar")
			role = r
		}
		if w == "founded" {
			if x.Type == graph.Org && x.StandsFor == "" {
				l.emit(v, graph.Founded, p.Entity, x.Entity, graph.Person, graph.Org, 0.85, "founded-passive", "", j, p.First)
			}
			continue
		}
		if w == "chaired" && x.Type != graph.Org {
			continue
		}
		l.emit(v, graph.LeaderOf, p.Entity, x.Actor(), graph.Person, actorType(x), 0.85, "led-by", role, j, p.First)
	}
}

// describedPersonAt returns the person named after a short lower-case
// description starting at k, which may hold bodies and nations: "former
// English teacher Jack Ma", "former People's Liberation Army engineer Ren
// Zhengfei"; else nil.
func (v *sentenceView) describedPersonAt(k int) *Mention {
	for n := k; n < v.s.Last && n < k+7; n++ {
		m := v.mentionAt(n)
		switch {
		case m != nil && m.Type == graph.Person:
			if m.First == n && n > k && isLowerWord(v.word(n-1)) {
				return m
			}
			return nil
		case m != nil:
			n = m.Last - 1
		case !isLowerWord(v.word(n)) || isVerbTag(v.toks[n].Tag) || v.word(n) == "and" || v.word(n) == "," || v.word(n) == "of":
			return nil
		}
	}
	return nil
}

// describedBefore returns the body or state a noun phrase ending at token
// j describes: "Mali's military junta" (Mali), "the IAEA, the U.N. nuclear
// watchdog" (the IAEA), "The Georgian Dream party"; else nil.
func (v *sentenceView) describedBefore(j int) *Mention {
	if !isLowerWord(v.word(j)) {
		return nil
	}
	if stateNouns[v.word(j)] || v.word(j) == "junta" {
		k := j - 1
		for k > v.s.First && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && (v.toks[k].Tag == "JJ" || nounModifiers[v.word(k)]) {
			k--
		}
		if v.possessive(k) {
			if c := v.mentionAt(k - 1); c != nil && actorType(c) == graph.Country && c.Kind != "demonym" {
				return c
			}
		}
		if c := v.mentionAt(k); c != nil && c.Last == k+1 && actorType(c) == graph.Country {
			return c // "the Burmese military junta"
		}
		return nil
	}
	if m := v.mentionAt(j - 1); m != nil && m.Type == graph.Org && m.StandsFor == "" && genericOrgNouns[v.word(j)] {
		return m // "The Georgian Dream party"
	}
	for k := j - 1; k > v.s.First && k >= j-8; k-- {
		if v.word(k) == "," {
			if m := v.mentionAt(k - 1); m != nil && m.Type == graph.Org && m.StandsFor == "" && (v.word(k+1) == "the" || v.word(k+1) == "a" || v.word(k+1) == "an") {
				return m // "The IAEA, the U.N. nuclear watchdog"
			}
			return nil
		}
		if isVerbTag(v.toks[k].Tag) || v.word(k) == "of" || v.word(k) == "in" {
			return nil // ("Siemens, a big customer of the firm led by", "a shareholder in the consortium run by": the firm is another)
		}
	}
	return nil
}

// definiteLeader: "the U.S. chief has vowed" names the country's leader
// without a name; it refers back to the latest person with a leader's title
// whose titles name no other country.
func (l *linkRun) definiteLeader(v *sentenceView) {
	for _, m := range v.ms {
		if m.Kind == "description" && m.Type == graph.Person && m.RoleOf != "" {
			// describedLeaders found whom "the Belarusian chief" means;
			// "the foreign minister" leads nothing.
			if !leaderTitles[strings.ToLower(m.Role)] {
				continue
			}
			l.emit(v, graph.LeaderOf, m.Entity, m.RoleOf, graph.Person, graph.Country, 0.75, "definite-description", strings.ToLower(m.Role), m.First, m.Last)
			continue
		}
		k, ok := leaderDescription(v.toks, v.s, m, v.ms)
		if !ok {
			continue
		}
		title := v.word(k)
		// The person must be this country's by a title, or hold a state's
		// title naming no country ("President Joe Biden"): "the Venezuelan
		// leader" after "Pope Benedict XVI" is not the pope.
		// A statesman whose titles name no country may be the leader
		// described, unless the description's own sentence names him:
		// "The Afghan leader also invited Mr. Bush", "Mr. Bush said the
		// Pakistani president is taking steps" are two people.
		// Such a statesman must have been named in this sentence or the
		// one before: in a digest of stories "The Afghan president's
		// office" three stories after "President Hugo Chavez" is not his.
		if p := l.antecedentLeader(v.index, m.First, m.Actor()); p != nil && (p.Role == "" || sameOffice(title, headTitle(p.Role))) &&
			(l.roles[p.Entity][m.Actor()] || len(l.roles[p.Entity]) == 0 && l.statesmen[p.Entity] && !namesPerson(v, p.Entity) && p.Sent >= v.index-1 &&
				l.namedBefore(m.Actor(), v.index)) {
			l.emit(v, graph.LeaderOf, p.Entity, m.Actor(), graph.Person, graph.Country, 0.75, "definite-description", title, m.First, k+1)
		}
	}
}

// namedBefore reports whether a country is named in a sentence before
// sent: in a digest, "the Egyptian president" right after a story on
// "President Yushchenko" is not his, as nothing before was about Egypt.
func (l *linkRun) namedBefore(country string, sent int) bool {
	for s := 0; s < sent; s++ {
		for _, m := range l.bySent[s] {
			if actorType(m) == graph.Country && m.Actor() == country {
				return true
			}
		}
	}
	return false
}

// sameOffice reports whether a description's title can name the holder of
// an office: "the German chancellor" is no premier named before, "the
// Chinese leader" any head.
func sameOffice(desc, office string) bool {
	canon := func(t string) string {
		switch t {
		case "premier", "pm":
			return "prime minister"
		}
		return t
	}
	switch desc {
	case "leader", "chief", "head", "ruler", "strongman":
		return true
	}
	return office == "" || canon(desc) == canon(office)
}

// namesPerson reports whether a sentence names the person.
func namesPerson(v *sentenceView, id string) bool {
	for _, m := range v.ms {
		if m.Type == graph.Person && m.Entity == id && m.Kind != "description" {
			return true
		}
	}
	return false
}

func (l *linkRun) antecedentLeader(sent, before int, country string) *Mention {
	// One whose title names the country first: "U.S. President George
	// Bush ... he will meet with President Lee Myung-bak. The U.S.
	// president also will" is Bush, though Lee was named since.
	for s := sent; s >= 0 && sent-s <= 5; s-- {
		ms := l.bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.Type == graph.Person && (s != sent || m.First < before) && l.leaders[m.Entity] && l.roles[m.Entity][country] {
				return m
			}
		}
	}
	for s := sent; s >= 0 && sent-s <= 5; s-- {
		ms := l.bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.Type != graph.Person || s == sent && m.First >= before || !l.leaders[m.Entity] {
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

// countryTally counts the document's mentions of countries (names,
// demonyms, capitals): the country named most (the first by id of a tie),
// how often, how often the next one is, and all of them.
type countryTally struct {
	top                 string
	best, second, total int
}

// tallyCountries counts the countries ms name.
func tallyCountries(ms []Mention) countryTally {
	counts := make(map[string]int)
	var t countryTally
	for i := range ms {
		if m := &ms[i]; actorType(m) == graph.Country {
			counts[m.Actor()]++
			t.total++
		}
	}
	for _, c := range slices.Sorted(maps.Keys(counts)) {
		switch n := counts[c]; {
		case n > t.best:
			t.second, t.top, t.best = t.best, c, n
		case n > t.second:
			t.second = n
		}
	}
	return t
}

// story returns the country a document is about: the one it names most,
// at least three times and half again as often as any other, or "" when
// no country stands out; and whether the document is mostly about it
// (half its names of countries or more), as a digest of several
// countries' stories is not.
func (t countryTally) story() (focus string, mostly bool) {
	if t.best < 3 || float64(t.best) < 1.5*float64(t.second) {
		return "", false
	}
	return t.top, t.best*2 >= t.total
}

// otherCountryNear reports whether sentence si or the one before names a
// country other than focus.
func otherCountryNear(bySent [][]*Mention, si int, focus string) bool {
	for s := max(0, si-1); s <= si; s++ {
		for _, m := range bySent[s] {
			if actorType(m) == graph.Country && m.Actor() != focus {
				return true
			}
		}
	}
	return false
}

// otherCountryOpens reports whether the sentence before si opens with a
// country other than focus, as its subject: a title after it may well be
// that country's.
func otherCountryOpens(sents []Sentence, bySent [][]*Mention, si int, focus string) bool {
	if si == 0 {
		return false
	}
	for _, m := range bySent[si-1] {
		if m.First-sents[si-1].First > 1 {
			break
		}
		if actorType(m) == graph.Country && m.Kind != "demonym" && m.Actor() != focus {
			return true
		}
	}
	return false
}

// shortStory is story for a story of a few sentences, which names its
// country less often: twice at least, and twice as often as any other
// ("Sierra Leone's government said ... Information Minister Chernor Bah
// said": Sierra Leone's minister); such a story is all about it (a VOA
// digest naming Colombia twice among other countries once gives
// "President Alvaro Uribe" Colombia rightly). The caller asks it only of
// stories of three sentences or more.
func (t countryTally) shortStory() (focus string, mostly bool) {
	if t.best < 2 || t.best < 2*t.second {
		return "", false
	}
	return t.top, true
}

// skipKindPhrase moves past the words that describe an organisation before
// its name: "the internationally recognized non-governmental organization
// Open Society", "the Angolan NGO". It returns k when no kind noun ends
// such words.
func (v *sentenceView) skipKindPhrase(k int) int {
	for j := k; j < v.s.Last && j-k < 6; j++ {
		if v.mentionAt(j) != nil {
			if m := v.mentionAt(j); m.Kind == "demonym" && j == k {
				j = m.Last - 1 // "the Angolan NGO"
				continue
			}
			if j > k && (orgKindNouns[v.word(j-1)] || orgWords[v.word(j-1)] || v.word(j-1) == "ngo" || strings.HasSuffix(v.word(j-1), "-based")) {
				return j
			}
			return k
		}
		t := v.toks[j]
		if strings.HasSuffix(t.Text, "-based") {
			continue // "the Brussels-based Euro Burma Office"
		}
		if isCap(t.Text) && v.word(j) != "ngo" && !creedAdjectives[t.Text] || !isWord(t.Text) && t.Text != "\"" {
			return k
		}
	}
	return k
}

// stateBodyWordsOnly reports whether the words from a to b name one of a
// state's own bodies: "presidential", "foreign", "atomic energy" (not
// "exiled", "parallel", "disbanded").
func (v *sentenceView) stateBodyWordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if w := v.word(k); !portfolios[w] && !stateBodyFields[w] && !officialBodyWords[w] {
			return false
		}
	}
	return true
}

// officialBodyWords describe a state's own bodies.
var officialBodyWords = set("presidential", "atomic", "energy", "nuclear", "central", "state", "national", "armed", "federal", "space", "election", "electoral", "border")

// aideHeads end the titles of a leader's aides, who serve the leader's
// state: "adviser to", "chief of staff to" (an envoy "to Lebanon" is
// posted there, and serves another).
var aideHeads = set("adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "staff")

// creedAdjectives are written capitalised in a body's description: "the
// Islamist group Hayat Tahrir al-Sham", "the Maoist rebels".
var creedAdjectives = set("Islamist", "Jihadist", "Salafist", "Shiite", "Shi'ite", "Sunni", "Marxist", "Maoist", "Communist", "Christian", "Muslim") // (causeAdjectives are the lower-case words of a cause)

// genericOrgKinds are the gazetteer kinds a generic noun may describe:
// "the group" is an armed group, "the agency" an agency or a UN organ.
var genericOrgKinds = map[string]map[string]bool{
	"group":        set("militant", "ngo"),
	"movement":     set("militant", "party"),
	"organization": set("igo", "igo-organ", "alliance", "ngo", "militant"),
	"organisation": set("igo", "igo-organ", "alliance", "ngo", "militant"),
	"union":        set("igo", "ngo"),
	"agency":       set("agency", "igo-organ", "media"),
	"network":      set("media"),
}

// orgNouns name an organisation by its kind in a definite description, with
// the gazetteer kind that agrees with it ("" for any): "the party's leader",
// "the bank's chief executive".
var orgNouns = map[string]string{
	"party": "party", "club": "sports", "team": "sports", "bank": "company", "company": "company",
	"firm": "company", "group": "", "union": "", "movement": "", "organization": "", "organisation": "",
	"institute": "", "agency": "", "foundation": "", "network": "media", "newspaper": "media",
	"broadcaster": "media", "carmaker": "company", "airline": "company",
}

// definiteOrgTitles reads a title owned by an organisation named earlier by
// its kind: "The party's leader, Marine Le Pen, ..." after the National
// Front; "the bank's chief executive, Anshu Jain".
func (l *linkRun) definiteOrgTitles(v *sentenceView) {
	for i := v.s.First; i+3 < v.s.Last; i++ {
		kind, ok := orgNouns[v.word(i+1)]
		if v.word(i) != "the" || !ok || !v.possessive(i+2) {
			continue
		}
		j := i + 3
		start := j
		if j = v.titleEnd(start); j == start {
			continue
		}
		role := textOf(v.toks, start, j)
		if v.word(j) == "," {
			j++
		}
		p := v.mentionAt(j)
		if p == nil || p.Type != graph.Person {
			continue
		}
		noun := v.word(i + 1)
		o := antecedentOrg(l.bySent, v.index, i, func(m *Mention) bool {
			k := l.gaz.Kind(m.Entity)
			return kind != "" && k == kind || strings.Contains(m.Entity, noun) || strings.Contains(strings.ToLower(m.Text), noun) ||
				kind == "" && (k == "" || genericOrgKinds[noun][k]) // ("the institute's director" after the IAEA is another institute's)
		})
		if o == nil {
			continue
		}
		l.roleRelationsAt(v, p, o, role, o.Entity, "definite-org-title", i, 0.1)
	}
}

// antecedentOrg returns the organisation a definite description ("the
// party", "the alliance") most likely refers to: the last one named in
// this sentence before token before or in the three before it that fits.
func antecedentOrg(bySent [][]*Mention, sent, before int, fits func(*Mention) bool) *Mention {
	for s := sent; s >= 0 && sent-s <= 3; s-- {
		ms := bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.Type != graph.Org || m.StandsFor != "" || s == sent && m.First >= before {
				continue
			}
			if fits(m) {
				return m
			}
		}
	}
	return nil
}

// regionalTitle reports whether a role is an office of a region or town:
// "State Premier", "governor", "mayor", "chief minister".
func regionalTitle(role string) bool {
	return hasWord(role, regionalWords) || strings.Contains(role, "chief minister") || strings.Contains(role, "minister-president")
}

var regionalWords = set("state", "governor", "gov", "mayor", "regional", "provincial")

// regionBefore returns the region or town a sentence names before token i
// as "the state of X" or "the city of X", or nil.
func (v *sentenceView) regionBefore(i int) *Mention {
	for k := i - 1; k > v.s.First; k-- {
		m := v.mentionAt(k)
		if m == nil || m.Type != graph.Location || m.StandsFor != "" {
			continue
		}
		j := m.First - 1
		if v.word(j) == "of" && placeKindNouns[v.word(j-1)] {
			return m
		}
		return nil
	}
	return nil
}

// titleEnd returns the end of the title that starts at token start ("prime
// minister", "outgoing president"): up to four title words and role
// adjectives, the last a title word. It returns start when none does.
func (v *sentenceView) titleEnd(start int) int {
	j := start
	for j < v.s.Last && j-start < 4 && (titleWords[lowerNoDot(v.word(j))] || roleAdjectives[v.word(j)] || v.portfolioAt(j)) && v.mentionAt(j) == nil {
		j++
	}
	for j > start && !titleWords[lowerNoDot(v.word(j-1))] {
		j--
	}
	return j
}

// indefiniteUpTo reports whether the apposition opening after the comma at
// i is one indefinite noun phrase up to token k: "a senior Hamas leader",
// not "a jeweler and president of Vision Seattle" (his second title is
// his own).
func (v *sentenceView) indefiniteUpTo(i, k int) bool {
	if w := v.word(i + 1); w != "a" && w != "an" {
		return false
	}
	for j := i + 2; j < k && j < v.s.Last; j++ {
		if w := v.word(j); w == "and" || w == "," || w == "&" {
			return false
		}
	}
	return true
}

// oneOfLeaders reads an organisation's title after an indefinite article:
// "X, a senior Hamas leader", "X, a leader of the party" is one of its
// leaders, a member, and not the one who leads it.
func (l *linkRun) oneOfLeaders(v *sentenceView, m, org *Mention, role string) {
	if h := headTitle(strings.ToLower(role)); h == "" || graph.PastRole(role) && soleOffices[h] {
		// "Lula, a former president of the Workers' Party": one of those
		// who held the one office, once
		l.roleRelations(v, m, org, role, org.Entity, "apposition", m.First)
		return
	}
	l.emit(v, graph.MemberOf, m.Entity, org.Entity, graph.Person, graph.Org, 0.8, "apposition", role, m.First, m.Last)
}

// captiveWords describe a holder held captive or away, not the office:
// "its jailed founder", "their exiled leader".
var captiveWords = set("jailed", "imprisoned", "exiled", "detained", "ailing", "slain", "assassinated", "kidnapped", "self-exiled")

// skipAdjectives returns where a name may start after up to two
// lower-case adjectives or participles at k: "the now-defunct Apple
// Daily", "its jailed founder".
func (v *sentenceView) skipAdjectives(k int) int {
	for n := 0; n < 2 && k < v.s.Last && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && (v.toks[k].Tag == "JJ" || v.toks[k].Tag == "VBN"); n++ {
		k++
	}
	return k
}

// soleOffices are head offices a body has one holder of at a time: "a
// former president of X" held it ("a leader of Hamas" is one of several).
var soleOffices = set("president", "chairman", "chairwoman", "chair", "head", "prime minister", "premier", "chancellor",
	"secretary-general", "secretary general", "director-general", "director general", "chief executive", "ceo", "governor", "mayor")

// chiefOfficerEnd returns where a title that ends in "chief" at e-1 runs
// on to "officer" ("chief financial officer", "chief operating officer":
// an officer, not the chief), or e.
func (v *sentenceView) chiefOfficerEnd(e int) int {
	if e > v.s.First && e+1 < v.s.Last && v.word(e-1) == "chief" && isLowerWord(v.word(e)) && v.mentionAt(e) == nil {
		if v.word(e+1) == "officer" {
			return e + 2
		}
		if isLowerWord(v.word(e+1)) && v.word(e+2) == "officer" {
			return e + 3
		}
	}
	return e
}

// nounTitleEnd is titleEnd that reads on past a leading "chief" or "top"
// through the nouns it qualifies: "chief nuclear negotiator", "top
// economic adviser" (the title's last word then names the office).
func (v *sentenceView) nounTitleEnd(start int) int {
	e := v.titleEnd(start)
	if n := v.chiefOfficerEnd(e); n > e {
		return n
	}
	if e == start || !adjectiveTitles[strings.ToLower(v.word(e-1))] && !adjectiveTitles[strings.ToLower(v.word(start))] {
		return e
	}
	k := e
	for k < v.s.Last && k < e+3 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && isWord(v.word(k)) && !phrasePreps[v.word(k)] && v.word(k) != "and" {
		k++
	}
	if k > e && agentNoun(v.word(k-1)) {
		return k
	}
	return e
}

// tookPower reads a rise to power in a country: "Lukashenko took power in
// Belarus in 1994", "the Taliban seized power in Afghanistan", "came to
// power in Chile".
func (l *linkRun) tookPower(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		w := v.word(i)
		k := i + 1
		if o := v.chairOf(i); o != nil {
			for _, s := range l.subjectOf(v, i) {
				if s.Type == graph.Person {
					l.emitM(v, graph.LeaderOf, s, o, 0.8, "took-chair", s.Last, o.Last)
				}
			}
			continue
		}
		switch {
		case (w == "took" || w == "seized" || w == "assumed" || w == "grabbed") && v.word(k) == "power":
			k++
		case w == "came" && v.word(k) == "to" && v.word(k+1) == "power":
			k += 2
		default:
			continue
		}
		if v.word(k) != "in" {
			continue
		}
		c := v.headMentionAt(k + 1)
		if c == nil || actorType(c) != graph.Country {
			continue
		}
		for _, s := range l.subjectOf(v, i) {
			if s.Type == graph.Person || s.Type == graph.Org && s.StandsFor == "" {
				l.emitM(v, graph.LeaderOf, s, c, 0.75, "took-power", s.Last, c.Last)
			}
		}
	}
}

// successions give the one succeeded the office its successor took, held
// once: "Julius Maada Bio was elected chairman of ECOWAS, succeeding
// Nigeria's Bola Tinubu" (Tinubu led ECOWAS), "Naim Qassem, who succeeded
// Nasrallah as Hezbollah leader" (Nasrallah led Hezbollah). The office is
// the successor's leadership told nearest the verb: after it when "as"
// names it, else before it.
func (l *linkRun) successions() {
	n := len(l.out)
	for _, v := range l.views {
		for i := v.s.First + 1; i+1 < v.s.Last; i++ {
			if !successionVerbs[v.word(i)] {
				continue
			}
			y := v.headMentionAt(i + 1)
			if y == nil || y.Type != graph.Person || y.First > i+4 {
				continue
			}
			if w := v.word(i); (w == "replaced" || w == "replacing" || w == "replaces") &&
				(y.Role != "" || v.word(y.Last) == "with" || v.word(y.Last) != "as" && v.word(i-1) != "," && v.word(i-1) != "who") {
				continue // "Putin replaced Defence Minister Sergei Shoigu with Andrei Belousov": a dismissal, not the office he holds
			}
			xs := l.subjectOf(v, i)
			if len(xs) == 0 && v.word(i-1) == "," {
				if fv := v.firstVerb(); fv < i && !(appointVerbs[v.word(fv)] && !isPassiveAux(v.word(fv-1))) {
					xs = l.subjectOf(v, fv) // "X was elected chairman of Y, succeeding Z" (not "President X appointed Y as finance minister, replacing Z": Y's office)
				}
			}
			if len(xs) != 1 || xs[0].Type != graph.Person || xs[0].Entity == y.Entity {
				continue
			}
			as := v.word(y.Last) == "as"
			// where the sentence names each office's body or state: the
			// one nearest the verb is the office taken
			at := func(id string) int {
				pos := -1
				for _, m := range v.ms {
					if m.Entity != id && m.Actor() != id && m.RoleOf != id {
						continue
					}
					if as && m.First >= y.Last && (pos < 0 || m.First < pos) || !as && m.First < i && m.Entity != xs[0].Entity && m.First > pos {
						pos = m.First
					}
				}
				return pos
			}
			best, bestAt := -1, -1
			for ci := 0; ci < n; ci++ {
				c := l.out[ci]
				if c.view != v || c.typ != graph.LeaderOf || c.src != xs[0].Entity || graph.PastRole(c.role) {
					continue
				}
				p := at(c.tgt)
				if p < 0 {
					continue
				}
				if best < 0 || as && p < bestAt || !as && p > bestAt {
					best, bestAt = ci, p
				}
			}
			if best < 0 {
				continue
			}
			c := l.out[best]
			role := "former leader"
			if h := headTitle(c.role); h != "" {
				role = "former " + h // ("Japan's new prime minister, succeeded Shigeru Ishiba": the office, not "new")
			}
			tt, ok := idType(c.tgt)
			if !ok {
				tt = graph.Org
			}
			l.emit(v, graph.LeaderOf, y.Entity, c.tgt, graph.Person, tt, 0.75, "succeeded", role, i, y.Last)
			if tt == graph.Country {
				// "succeeded Justin Trudeau as Canadian prime minister": a
				// state's head before him was its citizen too
				l.emit(v, graph.CitizenOf, y.Entity, c.tgt, graph.Person, tt, 0.7, "succeeded", role, i, y.Last)
			}
		}
	}
}

// successionVerbs tell one took another's office.
var successionVerbs = union(succeedVerbs, set("succeeding", "replacing"))

// otherPersonIn reports whether the sentence of mention x names another
// person besides x and y (nil for none): a pronoun after it may be
// either's.
func (l *linkRun) otherPersonIn(x, y *Mention) bool {
	for _, m := range l.bySent[x.Sent] {
		if m.Type == graph.Person && m.Entity != x.Entity && (y == nil || m.Entity != y.Entity) {
			return true
		}
	}
	return false
}

// successorsNamed give a leader's successor or predecessor, named in
// apposition to the word, the offices the leader is told to hold or to
// have held: "Alberto Fernandez, the former president of Argentina ...
// His successor, Javier Milei," (Milei leads Argentina); "Merz ... His
// predecessor Olaf Scholz" (Scholz led Germany once). The office must be
// one the patterns read for the leader, and the name must follow the word
// ("his successor as party leader, X" names another office).
func (l *linkRun) successorsNamed() {
	n := len(l.out)
	for _, v := range l.views {
		for i := v.s.First + 1; i+1 < v.s.Last; i++ {
			w := v.word(i)
			var x, y *Mention
			switch {
			case w == "succeeded" && v.word(i+1) == "by" && isPassiveAux(v.word(i-1)):
				// "Haniyeh, the political leader of Hamas ... He was
				// succeeded by Yahya Sinwar": the successor's office
				if y = v.mentionAt(i + 2); y == nil || y.First != i+2 {
					continue
				}
				if subj := l.subjectOf(v, i); len(subj) == 1 {
					x = subj[0]
				}
				w = "successor"
			case w == "successor" || w == "predecessor":
				k := i + 1
				if v.word(k) == "," {
					k++
				}
				if y = v.mentionAt(k); y == nil || y.First != k {
					continue
				}
				switch p := v.word(i - 1); {
				case p == "his" || p == "her":
					x = l.possessor(v, i-1)
				case v.possessive(i - 1):
					x = v.mentionAt(i - 2)
				}
			default:
				continue
			}
			if y.Type != graph.Person {
				continue
			}
			if x == nil || x.Type != graph.Person || x.Entity == y.Entity || l.otherPersonIn(x, y) {
				continue // ("Sunak met Macron. His successor, Keir Starmer,": whose, the words do not say)
			}
			// the office: the leader's one, or of several the one state's
			// ("Merz, who leads the CDU ... His predecessor Olaf Scholz":
			// Germany's chancellor, not the party's chairman)
			var offices []candidate
			for ci := 0; ci < n; ci++ {
				c := l.out[ci]
				if c.typ == graph.LeaderOf && c.src == x.Entity && c.pattern != "learned" &&
					!slices.ContainsFunc(offices, func(o candidate) bool { return o.tgt == c.tgt }) {
					offices = append(offices, c)
				}
			}
			if len(offices) > 1 {
				offices = slices.DeleteFunc(offices, func(o candidate) bool { return !strings.HasPrefix(o.tgt, graph.Country.Slug()+"/") })
			}
			if len(offices) != 1 {
				continue
			}
			c := offices[0]
			role := graph.CurrentRole(c.role)
			if w == "predecessor" {
				role = "former " + role
			}
			tt, _ := idType(c.tgt)
			l.emit(v, graph.LeaderOf, y.Entity, c.tgt, graph.Person, tt, 0.7, w, strings.TrimSpace(role), i, y.Last)
		}
	}
}

// chairOf returns the body whose chair a verb at i says its subject
// takes or holds: "took over the rotating chairmanship of the African
// Union", "assumed the presidency of the EU Council", "holds the
// chairmanship of ASEAN"; else nil.
func (v *sentenceView) chairOf(i int) *Mention {
	k := i + 1
	switch w := v.word(i); {
	case (w == "took" || w == "takes" || w == "take" || w == "taking") && v.word(k) == "over":
		k++
	case w == "assumed" || w == "assumes" || w == "assume" || w == "holds" || w == "held" || w == "hold" || w == "took" && v.word(k) == "up":
		if w == "took" {
			k++
		}
	default:
		return nil
	}
	if v.word(k) == "the" {
		k++
	}
	if v.word(k) == "rotating" || v.word(k) == "rotational" {
		k++
	}
	if w := v.word(k); w != "chairmanship" && w != "presidency" && w != "chairpersonship" && w != "leadership" || v.word(k+1) != "of" {
		return nil
	}
	o := v.headMentionAt(k + 2)
	if o == nil || o.Type != graph.Org || o.StandsFor != "" {
		return nil // ("assumed the presidency of Brazil": a state's office, read by the titles)
	}
	return o
}

// ledSince reports whether a span of leadership follows token k: "since
// 1994", "for 28 years".
func ledSince(v *sentenceView, k int) bool {
	for j := k; j < v.s.Last && j < k+6; j++ {
		if w := v.word(j); w == "captain" || w == "coach" || w == "team" || w == "squad" {
			return false // "has led Argentina since 2011 as captain"
		}
	}
	if v.word(k) == "since" {
		return true
	}
	return forSpan(v, k)
}

// portfolioAt reports whether the word at j is a minister's portfolio
// before the title: "Information Minister", "home affairs minister".
func (v *sentenceView) portfolioAt(j int) bool {
	for k := j; k < v.s.Last && k < j+3; k++ {
		w := v.word(k)
		if !portfolios[w] && w != "affairs" && w != "security" && w != "and" {
			return k > j && (w == "minister" || w == "ministers" || w == "secretary")
		}
	}
	return false
}

// heads reads leadership told by a verb: "Jens Stoltenberg, who heads
// NATO", "Abbas chairs the PLO", "Arafat led the PLO for decades". Only
// of an organisation: "Messi led Argentina" and "led the Lakers to a win"
// are games.
func (l *linkRun) heads(v *sentenceView) {
	l.tookPower(v)
	l.ledUnder(v)
	l.ruleOf(v)
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		if !headVerbs[w] && !ruleVerbs[w] {
			continue
		}
		who := v.word(i-1) == "who" || v.word(i-2) == "who" && clauseAdverbs[v.word(i-1)]
		and := v.word(i-1) == "and" && strings.HasSuffix(w, "s") && v.firstVerb() < i-1 // "Anwar leads the coalition and heads the People's Justice Party"
		if p := v.mentionAt(i - 1); !isVerbTag(v.toks[i].Tag) && !who && !and && (p == nil || p.Type != graph.Person || !strings.HasSuffix(w, "s")) {
			continue // (after a name "rules" and "heads" are verbs, whatever the tagger says)
		}
		conf := 0.8
		if w == "headed" || w == "led" || w == "chaired" || w == "ruled" || w == "governed" || w == "ran" || w == "directed" {
			conf = 0.7 // once, perhaps no longer
		}
		if isPassiveAux(v.word(i-1)) || v.word(i-1) == "been" {
			// "Belarus has been ruled by Lukashenko since 1994"
			if p := v.headMentionAt(i + 2); ruleVerbs[w] && v.word(i+1) == "by" && p != nil && p.Type == graph.Person {
				for _, s := range l.subjectOf(v, i) {
					if actorType(s) == graph.Country {
						l.emitM(v, graph.LeaderOf, p, s, conf, "heads-verb", s.Last, p.Last)
					}
				}
			}
			continue
		}
		if o, p, role := v.ledAntecedent(i); o != nil {
			// "The ANC, which Mandela once led,": the body before the clause
			l.emit(v, graph.LeaderOf, p.Entity, o.Entity, graph.Person, graph.Org, conf, "heads-verb", role, o.First, i+1)
			continue
		}
		if o, p := l.bodyHeLeads(v, i); o != nil {
			// "the ANC would seek a unity government, a day after the
			// party he leads lost its majority"
			role := ""
			if conf < 0.8 {
				role = "former leader" // "the party he led"
			}
			l.emit(v, graph.LeaderOf, p.Entity, o.Entity, graph.Person, graph.Org, conf-0.05, "heads-verb", role, i-3, i+1)
			continue
		}
		obj := v.headMentionAt(i + 1)
		end := -1 // where the object's words end, when not at obj.Last
		if c := v.mentionAt(v.skipModifiers(i + 1)); c != nil && actorType(c) == graph.Country && v.possessive(c.Last) {
			k := c.Last + 1
			for k < v.s.Last && k < c.Last+4 && v.mentionAt(k) == nil && isLowerWord(v.toks[k].Text) && !ruleBodies[v.word(k)] {
				k++ // "opposition", "ruling", "interim", "military"
			}
			if o := v.mentionAt(k); obj == nil && o != nil && o.First == k && o.Type == graph.Org && o.StandsFor == "" {
				obj = o // "who now leads Zimbabwe's opposition Citizens Coalition for Change": the country's body
			} else if ruleBodies[v.word(k)] && k <= c.Last+3 && c.Kind != "demonym" && v.mentionAt(k) == nil &&
				!(k+1 < v.s.Last && (isCap(v.toks[k+1].Text) || strings.HasPrefix(v.toks[k+1].Tag, "NN"))) {
				// "has headed Fiji's government since 2022", "heads
				// Bangladesh's interim government": the state's (not
				// "heads Britain's government communications office")
				obj, end = c, k+1
			}
		}
		if w := v.word(i + 2); obj == nil && v.word(i+1) == "the" && (w == "country" || w == "nation") && l.focus != "" && l.mostly &&
			!otherCountryNear(l.bySent, v.index, l.focus) && (ruleVerbs[v.word(i)] || ledSince(v, i+2)) {
			// "President Julius Maada Bio, who has led the country since
			// 2018": the story's one country, named nearby and no other
			obj = countryMention(l.focus, i+1, i+3)
		}
		if k := v.skipModifiers(i + 1); obj == nil {
			if m := v.mentionAt(k); m != nil && m.First == k && m.Type == graph.Org && m.StandsFor == "" && !v.possessive(m.Last) &&
				(bodyKindAfter[v.word(m.Last)] || m.Last >= v.s.Last || !strings.HasPrefix(v.toks[m.Last].Tag, "NN")) {
				obj = m // "who leads the ruling MAS party", "who heads the Viv Ansanm coalition", "who heads the ruling Justice and Development Party"
			}
		}
		// a body is led; a country is ruled or governed ("Messi led
		// Argentina" is a game), or led for a span of time ("has led
		// Belarus since 1994"); not what a name qualifies ("directed
		// National Guard troops")
		// ("ruled Togo with a heavy hand" is no game)
		if obj == nil || end < 0 && (!ruleVerbs[w] && sportsAfter[v.word(obj.Last)] || obj.Last < v.s.Last && (modifiesNext(v.toks[obj.Last]) && !bodyKindAfter[v.word(obj.Last)] || forceNouns[v.word(obj.Last)] || fighterNouns[v.word(obj.Last)]) ||
			!(obj.Type == graph.Org && obj.StandsFor == "" || (ruleVerbs[w] || ledSince(v, obj.Last) || w == "leads" && v.word(i-1) == "who" && !sportsAfter[v.word(obj.Last)] && v.word(obj.Last) != "in") &&
				actorType(obj) == graph.Country)) { // ("Ruto, who leads Kenya,")
			continue
		}
		if end < 0 {
			end = obj.Last
		}
		role := ""
		if v.spanEnded(i, end) {
			role = "former leader" // "Morales, who led the Movement for Socialism for nearly three decades"
		}
		at := i
		if who && v.word(i-1) != "who" {
			at = i - 1 // "Hun Sen, who now heads the Senate": the clause's subject, past the adverb
		}
		subj := l.subjectOf(v, at)
		if len(subj) == 0 && and {
			subj = l.sharedVerbSubject(v, i) // "Anwar leads the coalition and heads the People's Justice Party"
		}
		for _, s := range subj {
			if s.Type == graph.Person {
				l.emit(v, graph.LeaderOf, s.Entity, obj.Actor(), graph.Person, actorType(obj), conf, "heads-verb", role, s.Last, end)
				if actorType(obj) == graph.Country && (ledSince(v, end) || w == "leads" || w == "rules" || w == "heads") {
					// "Kabila, who has led Congo since 2001": a ruler serves
					// the state, and is its citizen, as a title would say
					l.emit(v, graph.WorksFor, s.Entity, obj.Actor(), graph.Person, graph.Country, conf, "heads-verb", role, s.Last, end)
					l.emit(v, graph.CitizenOf, s.Entity, obj.Actor(), graph.Person, graph.Country, conf-0.05, "heads-verb", role, s.Last, end)
				}
			}
		}
	}
}

// spanEnded reports whether a past verb of leading at i is told over a
// span that is over: "led the party for nearly three decades", "ruled
// Iraq until 2003" (not "has led Belarus for 30 years": it goes on).
func (v *sentenceView) spanEnded(i, after int) bool {
	switch v.word(i) {
	case "led", "headed", "chaired", "ran", "ruled", "governed", "directed":
	default:
		return false
	}
	if w := v.word(i - 1); w == "has" || w == "have" || w == "been" {
		return false
	}
	if w := v.word(after); w == "until" || w == "till" {
		return true
	}
	return forSpan(v, after)
}

// forSpan reports whether a span of time opens at k: "for 28 years", "for
// nearly three decades".
func forSpan(v *sentenceView, k int) bool {
	if v.word(k) != "for" {
		return false
	}
	for j := k + 1; j < v.s.Last && j <= k+4; j++ {
		if w := v.word(j); w == "years" || w == "decades" || w == "months" || w == "decade" {
			return true
		}
	}
	return false
}

// bodyHeLeads reads "the party he leads" with the verb of leading at i:
// the body the sentence named before of that kind, and the person "he" or
// "she" is; nil when either is not clear.
func (l *linkRun) bodyHeLeads(v *sentenceView, i int) (org, person *Mention) {
	k := i - 1
	if w := v.word(k); w != "he" && w != "she" || v.word(k-2) != "the" || !genericOrgNouns[v.word(k-1)] {
		return nil, nil
	}
	kind := orgNouns[v.word(k-1)]
	if kind == "" {
		return nil, nil // "the union he leads": the gazetteer knows parties' kinds, not unions'
	}
	for j := len(v.ms) - 1; j >= 0; j-- {
		m := v.ms[j]
		if m.Last > k-2 || m.Type != graph.Org || m.StandsFor != "" || l.gaz.Kind(m.Entity) != kind {
			continue // "the party": a party the gazetteer knows, not the union named between
		}
		org = m
		break
	}
	if org == nil {
		return nil, nil
	}
	// "he" is the sentence's subject ("Netanyahu told Gantz that ... the
	// party he leads": Netanyahu)
	if subj := l.subjectOf(v, v.firstVerb()); len(subj) == 1 && subj[0].Type == graph.Person && l.gender[subj[0].Entity] != otherGender(v.word(k)) {
		return org, subj[0]
	}
	return nil, nil
}

// ledAntecedent reads a body told before a relative clause whose verb at
// i says who leads it: "The ANC, which Mandela once led," gives the ANC,
// Mandela and the role "former leader" ("once", "formerly": no longer).
func (v *sentenceView) ledAntecedent(i int) (org, person *Mention, role string) {
	k := i - 1
	if w := v.word(k); w == "once" || w == "formerly" || w == "previously" {
		role = "former leader"
		k--
	}
	p := v.mentionAt(k)
	if p == nil || p.Type != graph.Person || p.Last != k+1 || (v.word(p.First-1) != "which" && v.word(p.First-1) != "that") || v.word(p.First-2) != "," {
		return nil, nil, ""
	}
	o := v.mentionAt(p.First - 3)
	if o == nil || o.Type != graph.Org || o.StandsFor != "" || o.Last != p.First-2 {
		return nil, nil, ""
	}
	return o, p, role
}

// ruleOf reads a ruler's rule of a state: "extending his rule of Turkey
// into a third decade", "Assad's rule over Syria". Only the noun with
// its owner and the state: "Putin's rule" alone names no state.
func (l *linkRun) ruleOf(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		if w := v.word(i); w != "rule" && w != "reign" || v.word(i+1) != "of" && v.word(i+1) != "over" {
			continue
		}
		c := v.headMentionAt(i + 2)
		if c == nil || actorType(c) != graph.Country || c.Kind == "demonym" {
			continue
		}
		var ruler *Mention
		before := i - 1 // the token before the ruler's name or pronoun
		switch k := i - 1; {
		case v.word(k) == "his" || v.word(k) == "her":
			ruler = l.possessor(v, k)
			before = k - 1
		case v.possessive(k):
			if ruler = v.mentionAt(k - 1); ruler != nil {
				before = ruler.First - 1
			}
		}
		if ruler == nil || ruler.Type != graph.Person {
			continue
		}
		// Only where the words say whether it goes on: "extending his
		// rule of Turkey" (it does), "the end of Assad's rule over
		// Syria", "during Saddam Hussein's rule of Iraq" (it did); not
		// "vowed to end his rule" (another's aim), nor a rule judged.
		role := ""
		switch w := v.word(before); {
		case extendVerbs[w]:
		case (w == "of" && v.word(before-1) == "end") || w == "ended" || w == "after" || w == "during" || w == "under" && v.word(before-1) != "is":
			role = "former leader"
		default:
			continue
		}
		l.emit(v, graph.LeaderOf, ruler.Entity, c.Actor(), graph.Person, graph.Country, 0.75, "rule-of", role, before, c.Last)
	}
}

// extendVerbs prolong a rule: "extending his rule of Turkey".
var extendVerbs = set("extending", "extended", "extends", "extend", "consolidating", "consolidated", "cementing", "cemented", "prolonging", "prolonged")

// ledUnder reads a state told under its leader: "Under President Xi
// Jinping, China has expanded its navy", "Belarus, under Lukashenko, has
// become isolated", "The Kremlin, under Vladimir Putin, has ...".
func (l *linkRun) ledUnder(v *sentenceView) {
	for i := v.s.First; i < v.s.Last; i++ {
		if v.word(i) != "under" {
			continue
		}
		k := i + 1
		for n := 0; n < 3 && k < v.s.Last && v.mentionAt(k) == nil && (isTitleWord(v.toks[k].Text) || v.word(k) == "the"); n++ {
			k++ // "under President", "under the late King"
		}
		p := v.mentionAt(k)
		if p == nil || p.First != k || p.Type != graph.Person || v.word(p.Last) != "," {
			continue
		}
		var c *Mention
		switch {
		case i == v.s.First:
			c = v.mentionAt(p.Last + 1) // "Under Xi, China has ..."
			if c != nil && c.First != p.Last+1 {
				c = nil
			}
		case v.word(i-1) == ",":
			c = v.mentionAt(i - 2) // "Belarus, under Lukashenko, has ..."
			if c != nil && (c.Last != i-1 || c.First != v.s.First && !(c.First == v.s.First+1 && v.word(v.s.First) == "the")) {
				c = nil
			}
		}
		if c == nil || actorType(c) != graph.Country || c.Kind == "demonym" || v.possessive(c.Last) {
			continue
		}
		l.emit(v, graph.LeaderOf, p.Entity, c.Actor(), graph.Person, graph.Country, 0.75, "led-under", "", min(i, c.First), p.Last)
	}
}

// headVerbs tell who leads a body; ruleVerbs who leads a country too.
var (
	headVerbs = set("heads", "headed", "chairs", "chaired", "leads", "led", "runs", "ran", "directs", "directed")
	ruleVerbs = set("ruled", "rules", "governs", "governed")
)

// sportsAfter follow a team that someone led in a game: "led the Lakers
// to a win", "past Chelsea", "over the Bulls".
var sportsAfter = set("to", "past", "over", "into", "with")

// leadersStaff reads the staff of a head of state or government, who
// serve the state: "Vladimir Putin's spokesman, Dmitry Peskov", "Dmitry
// Peskov, Putin's spokesman", "Erdogan's chief adviser Ibrahim Kalin".
// The leader is one the document titles as leading one country.
func (l *linkRun) leadersStaff(v *sentenceView) {
	for _, c := range v.ms {
		if c.Type != graph.Person || !l.leaders[c.Entity] || !v.possessive(c.Last) {
			continue
		}
		country := ""
		for e := range l.roles[c.Entity] {
			if !strings.HasPrefix(e, graph.Country.Slug()+"/") || country != "" {
				country = "" // a leader of several, or of a body: whose staff is unclear
				break
			}
			country = e
		}
		if country == "" {
			continue
		}
		j := c.Last + 1
		start := j
		for j < v.s.Last && j < start+4 && staffWords[v.word(j)] {
			j++
		}
		if j == start || !staffHeads[v.word(j-1)] {
			continue
		}
		role := textOf(v.toks, start, j)
		var p *Mention
		switch {
		case v.word(j) == ",":
			p = v.mentionAt(j + 1) // "Putin's spokesman, Dmitry Peskov"
		case v.mentionAt(j) != nil:
			p = v.mentionAt(j) // "Erdogan's chief adviser Ibrahim Kalin"
		}
		if p == nil && c.First >= v.s.First+2 && v.word(c.First-1) == "," {
			p = v.mentionAt(c.First - 2) // "Dmitry Peskov, Putin's spokesman"
		}
		if p == nil || p.Type != graph.Person || p.Entity == c.Entity {
			continue
		}
		l.emit(v, graph.WorksFor, p.Entity, country, graph.Person, graph.Country, 0.75, "leaders-staff", role, min(p.First, c.First), max(p.Last, j))
	}
}

// staffWords make up the title of a leader's staff; staffHeads end it.
var (
	staffWords = set("spokesman", "spokeswoman", "spokesperson", "press", "secretary", "chief", "of", "staff", "senior",
		"top", "foreign-policy", "foreign", "policy", "national", "security", "adviser", "advisor", "aide", "special", "envoy")
	staffHeads = union(aideHeads, set("secretary", "envoy"))
)

// becameTitle reads an office taken: "Zelensky was elected president of
// Ukraine in 2019", "Macron won a second term as French president", "was
// sworn in as Nigeria's president", "was appointed foreign minister of
// Iraq". The office goes to the subject as a title would, dated by the
// sentence (when it was taken).
func (l *linkRun) becameTitle(v *sentenceView) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		w := v.word(i)
		if succeedVerbs[w] && isVerbTag(v.toks[i].Tag) && !isPassiveAux(v.word(i-1)) && v.word(i-1) != "been" {
			// (not "Smith was replaced as CEO by Jones": the one replaced)
			// "Raul Castro succeeded his brother as Cuba's president": the
			// one succeeded, then the office taken
			for k := i + 1; k < v.s.Last && k < i+8 && v.word(k) != "," && v.word(k) != "and"; k++ {
				if v.word(k) == "as" {
					l.officeTaken(v, i, k, false)
					break
				}
			}
			continue
		}
		if !takeVerbs[w] && !appointVerbs[w] && !leaveVerbs[w] && w != "served" && w != "serves" && w != "serving" && w != "stepped" && !officeTakeVerbs[w] {
			continue
		}
		j := i + 1
		if officeTakeVerbs[w] {
			if v.word(j) != "over" && v.word(j) != "office" || v.word(j+1) != "as" {
				continue
			}
			j++ // "Mark Rutte took over as NATO secretary-general", "Sheinbaum took office as Mexico's president"
		}
		// "served as president" held the office once; "has served as" still does
		left := leaveVerbs[w] || w == "stepped" || w == "served" && v.word(i-1) != "has" && v.word(i-1) != "have"
		if w == "stepped" {
			if v.word(j) != "down" {
				continue
			}
			j++
		}
		if v.word(j) != "as" && (w == "inaugurated" || w == "installed" || w == "sworn" && v.word(j) == "in") {
			// "was inaugurated in April 2007 as Mauritania's president": a
			// date or place before the office
			k := j
			if w == "sworn" {
				k++
			}
			for n := 0; n < 6 && k < v.s.Last && v.word(k) != "as" && (v.mentionAt(k) != nil && v.mentionAt(k).Type != graph.Person ||
				meetCircumstance[v.word(k)] || v.word(k) == "in" || v.word(k) == "on" || v.toks[k].Tag == "CD"); n++ {
				if m := v.mentionAt(k); m != nil {
					k = m.Last
				} else {
					k++
				}
			}
			if v.word(k) == "as" {
				j = k
			}
		}
		if appointVerbs[w] && !isPassiveAux(v.word(i-1)) && v.word(i-1) != "been" {
			// "Obama named Gene Sperling as the new head of the National
			// Economic Council", "Parliament elected Talabani president":
			// the one named takes the office, not who names him
			p := v.mentionAt(j)
			if o := v.ownedPerson(j + 1); p != nil && p.Type != graph.Person && p.Last == j+1 && o != nil && o.First == j+2 {
				p = o // "elected Suriname's Albert Ramdin as secretary general"
			}
			if k := v.nounsBeforeName(max(j, v.skipDemonym(j))); p == nil || p.Type != graph.Person {
				if o := v.mentionAt(k); o != nil && o.Type == graph.Person && o.First == k {
					p, j = o, k // "named Tongan diplomat Siosaia Vea as its deputy secretary-general": a nationality and a trade before the name
				}
			}
			if p != nil && p.Type == graph.Person && (p.First == j || p.First == j+2) {
				k := p.Last
				if v.word(k) == "," || v.word(k) == "to" {
					continue // "named Rice, who ...", "named Rice to head": another construction
				}
				l.officeTakenBy(v, i, k, false, []*Mention{p})
			}
			continue
		}
		if !takeVerbs[w] && v.word(j) != "as" {
			continue // "resigned as", "served as", "stepped down as": the office follows
		}
		if w == "sworn" && v.word(j) != "as" {
			if v.word(j) != "in" {
				continue
			}
			j++
		}
		if w == "term" {
			if v.word(j) != "as" {
				continue
			}
		}
		verb := i
		if w == "term" {
			verb = i - 2 // "won a second term": the subject is the winner's
			for verb > v.s.First && !isVerbTag(v.toks[verb].Tag) {
				verb--
			}
		}
		l.officeTaken(v, verb, j, left)
	}
}

// officeTaken reads the office named at token j (after "as", or the
// title itself: "elected president of Ukraine", "as Nigeria's
// president") as taken by the subject of the verb at verb; left says it
// was given up ("resigned as").
func (l *linkRun) officeTaken(v *sentenceView, verb, j int, left bool) {
	l.officeTakenBy(v, verb, j, left, nil)
}

// officeTakenBy is officeTaken with the people who take the office given
// (the object of "appointed X as"), nil for the verb's subject.
func (l *linkRun) officeTakenBy(v *sentenceView, verb, j int, left bool, takers []*Mention) {
	given, first := takers, j
	if v.word(j) == "as" {
		j++
	}
	if v.word(j) == "the" {
		j++
		// "as the new head of", "the first woman president of"
		for n := 0; n < 2 && j < v.s.Last && v.mentionAt(j) == nil && isLowerWord(v.word(j)) && !titleWords[v.word(j)] &&
			(v.toks[j].Tag == "JJ" || isOrdinal(v.word(j))); n++ {
			j++
		}
	}
	var holder *Mention
	if v.word(j) == "country" && v.possessive(j+1) {
		// "was sworn in as the country's first female leader": the one
		// "the country" means
		if c := l.countryMeant(v, j); c != "" {
			holder = countryMention(c, j, j+1)
			j += 2
		}
	}
	if w := v.word(j); holder == nil && (w == "its" || w == "their") {
		// "the Liberal Democratic Party chose Fumio Kishida as its leader":
		// the chooser's ("The party elected lawyer Elena Rusu as its
		// chairwoman": a party the sentence does not name)
		o := l.possessor(v, j)
		if takers != nil {
			if subj := l.subjectOf(v, verb); len(subj) == 1 && (subj[0].Type == graph.Org || actorType(subj[0]) == graph.Country) {
				o = subj[0]
			} else if o != nil && o.Sent != v.index {
				o = nil // ("In Kenya, President William Ruto named X as its foreign minister": the country this sentence names)
			}
		}
		if o != nil && (actorType(o) == graph.Country || o.Type == graph.Org && o.StandsFor == "") {
			holder = o
			j++
		}
	}
	if m := v.mentionAt(j); holder == nil && m != nil && m.First == j && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") {
		holder = m // "as French president", "as Nigeria's president"
		j = m.Last
		if v.possessive(j) {
			j++
		}
	}
	if holder != nil {
		// "as Mauritania's first freely and fairly elected president"
		k := j
		for k < v.s.Last && k < j+6 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && (isOrdinal(v.word(k)) || !titleWords[v.word(k)] &&
			(v.toks[k].Tag == "JJ" || v.toks[k].Tag == "RB" || v.toks[k].Tag == "VBN" || v.word(k) == "and")) {
			k++
		}
		if k > j && titleWords[lowerNoDot(v.word(k))] {
			j = k
		}
	}
	start := j
	for j < v.s.Last && j-start < 3 && v.mentionAt(j) == nil && titleWords[lowerNoDot(v.word(j))] {
		j++
	}
	if j == start || isCap(v.toks[min(j, v.s.Last-1)].Text) && v.mentionAt(j) != nil && v.mentionAt(j).Type == graph.Person {
		return // no title, or the title of a name after it
	}
	if v.word(j) == "of" && v.word(j+1) == "staff" {
		j += 2 // "chief of staff": an aide, not a head
	}
	role := textOf(v.toks, start, j)
	if headTitle(strings.ToLower(role)) == "" && !officeRole(strings.ToLower(role)) {
		return
	}
	if holder == nil && v.word(j) == "of" {
		if m := v.headMentionAt(j + 1); m != nil && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") {
			holder = m // "elected president of Ukraine"
		}
	}
	if holder == nil && takers != nil && v.word(j) != "of" {
		// "The Organization of American States elected Albert Ramdin as
		// secretary general": the body that elects gives its own office;
		// "Ghana's president, John Mahama, appointed X as foreign
		// minister": a head of state gives his state's
		if subj := l.subjectOf(v, verb); len(subj) == 1 && subj[0].Type == graph.Org && subj[0].StandsFor == "" && headTitle(strings.ToLower(role)) != "" {
			holder = subj[0]
		} else if len(subj) == 1 && subj[0].Type == graph.Person && stateTitle(strings.ToLower(role)) {
			if c := l.stateOffice(v, subj[0].Entity, true); c != "" {
				holder = countryMention(c, subj[0].First, subj[0].Last)
			}
		}
	}
	if holder == nil {
		return
	}
	if left {
		role = "former " + role // "resigned as head of the IMF": the office held until then
	}
	from := -1
	if takers == nil {
		takers = l.subjectOf(v, verb)
	} else {
		from = max(verb-2, v.s.First) // "Obama may name X as ...": what the naming verb's clause says
	}
	for _, s := range takers {
		// "if he is appointed president of the World Bank", "will be
		// sworn in", "was not elected": an office not (yet) taken
		a := max(s.First-2, v.s.First)
		if from >= 0 {
			a = from
		}
		if neg, factor := v.modality(a, j); s.Type != graph.Person || neg || factor < 1 {
			continue
		}
		l.roleRelations(v, s, holder, role, holder.Actor(), "became-title", s.First)
	}
	if end := max(j, holder.Last); v.word(end) == "and" && end > first {
		// "succeeded Justin Trudeau as Liberal Party leader and Canadian
		// prime minister": a second office taken at once
		l.officeTakenBy(v, verb, end+1, left, given)
	}
}

// governmentOf reads the head a state's government is named after: "The
// Afghan government of President Ashraf Ghani" (Ghani leads Afghanistan),
// "Iraq's government of Prime Minister Nouri al-Maliki".
func (l *linkRun) governmentOf(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		if w := v.word(i); !govNouns[w] || v.word(i+1) != "of" {
			continue
		}
		c := v.mentionAt(i - 1)
		if c == nil || c.Last != i || c.Kind != "demonym" && actorType(c) != graph.Country {
			if p := v.mentionAt(i - 2); v.possessive(i-1) && p != nil && p.Last == i-1 && actorType(p) == graph.Country {
				c = p // "Iraq's government of"
			} else {
				continue
			}
		}
		k := i + 2
		if graph.PastRole(v.word(k)) {
			k++ // "the Afghan government of former President Hamid Karzai"
		}
		p := v.styledPersonAt(k)
		if p == nil || p.Role == "" || headTitle(p.Role) == "" || !stateTitle(strings.ToLower(p.Role)) {
			continue
		}
		l.roleRelations(v, p, c, p.Role, c.Actor(), "government-of", i)
	}
}

// appositionAndTitle reads a second office joined by "and" inside an
// apposition: "Keiko Fujimori, daughter of the former president and
// leader of the Popular Force party,", "Evo Morales, the country's first
// Indigenous leader and head of the Movement Towards Socialism,".
func (l *linkRun) appositionAndTitle(v *sentenceView) {
	for _, p := range v.ms {
		if p.Type != graph.Person || v.word(p.Last) != "," {
			continue
		}
		for k := p.Last + 1; k+3 < v.s.Last && k < p.Last+16; k++ {
			if v.word(k) == "," || v.mentionAt(k) != nil && v.mentionAt(k).Type == graph.Person {
				break
			}
			if v.word(k) != "and" || !isTitleWord(v.toks[k+1].Text) || v.word(k+2) != "of" {
				continue
			}
			at := k + 3
			if v.word(at) == "the" {
				at++
			}
			o := v.mentionAt(at)
			if o == nil || o.First != at || !(o.Type == graph.Org && o.StandsFor == "") {
				continue
			}
			if e := o.Last; e < v.s.Last && v.word(e) != "," && v.word(e) != "." && !(genericOrgNouns[v.word(e)] && (v.word(e+1) == "," || v.word(e+1) == ".")) {
				continue // the apposition must end with the body's name
			}
			l.roleRelations(v, p, o, v.toks[k+1].Text, o.Entity, "apposition-and-title", k)
			break
		}
	}
}

// govNouns name a state's executive after its head: "the government of
// President X".
var govNouns = set("government", "administration", "regime", "cabinet")

// officesLeft marks as held once the offices the sentence's titles give a
// person it then says left or lost office: "Bolivian President Evo
// Morales ... resigned in November 2019", "Peruvian President Pedro
// Castillo was removed by Congress", "... was ousted by lawmakers". The
// edge stays, its role "former", as for "former President" ("resigned
// as president" is read with the office it names).
func (l *linkRun) officesLeft(v *sentenceView) {
	for k := v.s.First + 1; k < v.s.Last; k++ {
		w := v.word(k)
		passive := isPassiveAux(v.word(k-1)) && ousterParticiples[w]
		if !passive && !(leaveVerbs[w] && v.word(k+1) != "as" && v.word(k+1) != "from") && !(w == "stepped" && v.word(k+1) == "down" && v.word(k+2) != "as") {
			continue
		}
		at := k
		if passive {
			at = v.auxStart(k - 1)
		}
		if neg, factor := v.modality(v.s.First, k+1); neg || factor < 1 {
			continue // "refused to step down", "may be removed"
		}
		for _, s := range l.subjectOf(v, at) {
			if s.Type != graph.Person {
				continue
			}
			edges := l.sentenceEdges()
			for n := range edges {
				c := &edges[n]
				if c.src != s.Entity || c.typ != graph.LeaderOf && c.typ != graph.WorksFor || c.role == "" || graph.PastRole(c.role) ||
					headTitle(c.role) == "" && !stateTitle(strings.ToLower(c.role)) {
					continue
				}
				c.role, c.conf = "former "+c.role, c.conf*0.85
			}
		}
	}
}

// ousterParticiples, after "was", put a holder out of office.
var ousterParticiples = set("ousted", "removed", "overthrown", "deposed", "toppled", "impeached", "dismissed", "sacked")

// succeedVerbs take an office from someone, named after "as": "succeeded
// his brother as president".
var succeedVerbs = set("succeeded", "succeeds", "replaced", "replaces")

// leaveVerbs give up an office named after "as": "resigned as president".
var leaveVerbs = set("resigned", "resigns", "quit", "quits", "retired", "retires")

// appointVerbs give an office to their object: "appointed X as head of
// Y", "elected X president" (not "nominated": the office is not yet his).
var appointVerbs = set("appointed", "appoints", "appoint", "named", "names", "elected", "elects", "re-elected", "chose", "chooses")

// officeTakeVerbs take an office "over" or take "office" before "as".
var officeTakeVerbs = set("took", "takes", "assumed", "assumes")

// takeVerbs take an office: "elected president", "named prime minister",
// "a second term as president".
var takeVerbs = set("elected", "re-elected", "reelected", "appointed", "named", "became", "become", "becomes", "sworn",
	"installed", "inaugurated", "term")

// envoyTitle reports whether a role is an envoy's, which names where it
// is posted after "to": "ambassador to the United Nations".
func envoyTitle(role string) bool {
	return hasWord(strings.ToLower(role), envoyWords)
}

var envoyWords = set("ambassador", "envoy", "representative", "emissary", "consul")

// foreignLeader reports whether the sentence marks a titled person as a
// guest of the story's country: "visiting" before the title, or the
// person among "world leaders" or "foreign leaders".
func foreignLeader(v *sentenceView, m *Mention) bool {
	k := m.First - 1
	for k > v.s.First && isTitleWord(v.toks[k].Text) {
		k--
	}
	if v.word(k) == "visiting" || v.word(k+1) == "visiting" {
		return true
	}
	for i := v.s.First; i+1 < v.s.Last; i++ {
		if w := v.word(i + 1); w == "leaders" || w == "dignitaries" {
			switch v.word(i) {
			case "world", "foreign", "international", "other", "western", "visiting":
				return true
			}
		}
	}
	return false
}
