package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// membership: "the CSTO, which counts Armenia, Kazakhstan and Tajikistan as
// members", "A and B are members of Z", "A, a member of Z", "NATO members
// Poland and Lithuania", "A joined Z", "Z admitted A and B".
func (l *linkRun) membership(v *sentenceView) {
	l.membershipLeft(v)
	l.affiliates(v)
	isOrg := func(m *Mention) bool { return m.Type == graph.Org && m.StandsFor == "" }
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case w == "member" && (v.word(i-1) == "alliance" || v.word(i-1) == "bloc") && v.mentionAt(i+1) != nil:
			// "alliance member Greece has blocked Macedonia's bid" after
			// NATO: the body named before
			m := v.mentionAt(i + 1)
			if m.First != i+1 || actorType(m) != graph.Country {
				continue
			}
			kinds := map[string]bool{"alliance": true}
			if v.word(i-1) == "bloc" {
				kinds["igo"] = true
			}
			if z := antecedentOrg(l.bySent, v.index, i, func(o *Mention) bool { return kinds[l.gaz.Kind(o.Entity)] }); z != nil {
				l.emitM(v, graph.MemberOf, m, z, 0.75, "org-members-list", i-1, m.Last)
			}
		case (w == "members" || w == "member") && (v.word(i-2) == "both" || v.word(i-2) == "all") && v.word(i-3) == "," && v.mentionAt(i-1) != nil:
			// "Poland and Hungary, both EU members, objected"
			if z := v.mentionAt(i - 1); isOrg(z) {
				for _, m := range v.listBefore(i - 3) {
					if actorType(m) == graph.Country {
						l.emitM(v, graph.MemberOf, m, z, 0.8, "member-of", m.First, i+1)
					}
				}
			}
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
			at := i + 2
			if v.word(at) == "both" {
				at++ // "a member of both NATO and the European Union"
			}
			z := v.headMentionAt(at)
			if z == nil || !isOrg(z) {
				continue
			}
			bodies := []*Mention{z}
			if at > i+2 || v.word(z.Last) == "and" {
				// ("a member of both NATO and the European Union", "a member
				// of the G20 and ASEAN")
				for _, o := range v.moreJoined(z) {
					if isOrg(o) {
						bodies = append(bodies, o)
					}
				}
			}
			k := i - 1
			for k > v.s.First && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "the" || memberRank(v.word(k)) ||
				v.word(k) == "all" || v.word(k) == "both" ||
				v.word(k) == "only" || v.word(k) == "associate" || v.word(k) == "permanent" || v.word(k) == "non-permanent" || v.word(k) == "key" ||
				v.word(k) == "senior" || v.word(k) == "leading" || v.word(k) == "prominent" || v.word(k) == "top" ||
				(v.word(k) == "already" || v.word(k) == "also" || v.word(k) == "still" || v.word(k) == "long") && v.word(k-1) == "," || // "Indonesia, already a member of"
				w == "members" && (v.toks[k].Tag == "CD" || memberCounts[v.word(k)])) {
				k--
			}
			if v.word(k) == "of" && v.word(k-1) == "one" {
				// "Kazakhstan is one of the founding members of the Eurasian
				// Economic Union"
				k -= 2
			}
			if v.word(k) == "and" {
				// "Saudi Arabia is the world's largest oil supplier and the
				// only member of OPEC that ...": the second of two
				// predicates after one copula
				for c := k - 1; c > v.s.First && c >= k-10; c-- {
					if copulas[v.word(c)] {
						k = c
						break
					}
					if v.mentionAt(c) == nil && (isVerbTag(v.toks[c].Tag) || v.word(c) == ",") {
						break
					}
				}
			}
			var subj, counted []*Mention
			if v.word(k) == "," && w == "members" {
				counted = l.countriesCounted(v, k)
			}
			switch {
			case v.word(k) == "as" && (k == v.s.First || k == v.s.First+1):
				// "As a member of the West African Economic and Monetary
				// Union (WAEMU), Senegal is working ...": the clause's subject
				e := z.Last
				if v.word(e) == "(" && v.word(e+2) == ")" {
					e += 3
				}
				if v.word(e) == "," {
					if m := v.headMentionAt(e + 1); m != nil && m.First == e+1 && (actorType(m) == graph.Country || isOrg(m)) {
						subj = []*Mention{m}
					}
				}
			case copulas[v.word(k)]:
				e := v.subjectEnd(k)
				subj = v.listBefore(e)
				if w := v.word(e - 1); len(subj) == 0 && (w == "," || w == "he" || w == "she" || w == "countries" || w == "nations" || w == "states") {
					// "Sweden, which applied in 2022, became a member of
					// NATO", "She is a member of the Union of Democratic
					// Forces of Guinea", "Both countries are members of the
					// SCO" (subjectOf counts them)
					subj = l.subjectOf(v, k)
				}
			case counted != nil:
				subj = counted // "The three countries, all members of NATO,"
			case v.word(k) == "," && !(w == "members" && len(v.listBefore(k)) == 1):
				// (not "attended by the president, members of the U.S.
				// Congress and ...": one is no "members", a list goes on)
				subj = v.listBefore(k)
				if len(subj) > 0 && memberOfBefore(v, subj[0].First) {
					// "one of five permanent members of the UN Security
					// Council, a founding member of NATO, ... the UK":
					// another of the subject's memberships, not the
					// council's.
					subj = nil
				}
			}
			for _, s := range subj {
				for _, z := range bodies {
					if s != z {
						l.emitM(v, graph.MemberOf, s, z, 0.85, "member-of", s.First, i)
					}
				}
			}
		case (w == "member" || w == "members" || w == "states" || w == "countries" || w == "allies" || w == "ally") && i > v.s.First:
			// "NATO members Poland and Lithuania", "EU member states Poland
			// and Hungary", "NATO allies Poland and Lithuania"
			z := v.mentionAt(i - 1)
			if w == "states" || w == "countries" {
				if v.word(i-1) != "member" {
					continue
				}
				z = v.mentionAt(i - 2)
			}
			if k := i - 1; z == nil && w == "member" {
				for k > v.s.First && memberRank(v.word(k)) {
					k--
				}
				if z = v.mentionAt(k - 1); z != nil && v.possessive(k) && isOrg(z) && memberBodies[l.gaz.Kind(z.Entity)] {
					// "Sweden, NATO's newest member,"; "NATO's 32nd member, Sweden"
					var m *Mention
					if v.word(i+1) == "," {
						m = v.headMentionAt(i + 2)
					}
					if m == nil && z.First >= v.s.First+2 && v.word(z.First-1) == "," {
						m = v.mentionAt(z.First - 2)
					}
					if a := z.First - 1; m == nil && a > v.s.First {
						// "NATO welcomed Finland as the alliance's 31st member"
						if v.word(a) == "the" {
							a--
						}
						if v.word(a) == "as" {
							if x := v.mentionAt(a - 1); x != nil && x.Last == a {
								m = x
							}
						}
						if m == nil && (copulas[v.word(a)] || v.word(a) == "became" || v.word(a) == "become" || v.word(a) == "becomes") {
							// "Montenegro became NATO's 29th member in 2017",
							// "Sweden, which became NATO's 32nd member,"
							subj := v.listBefore(v.subjectEnd(a))
							if len(subj) == 0 && (v.word(a-1) == "which" || v.word(a-1) == "that") {
								subj = l.subjectOf(v, a)
							}
							if len(subj) == 1 {
								m = subj[0]
							}
						}
					}
					if m != nil && actorType(m) == graph.Country {
						l.emitM(v, graph.MemberOf, m, z, 0.85, "member-of", min(z.First, m.First), max(i+1, m.Last))
					}
					continue
				}
				z = nil
			}
			if z == nil || !isOrg(z) || (w == "allies" || w == "ally") && l.gaz.Kind(z.Entity) != "alliance" {
				continue
			}
			list, _ := v.listAt(i + 1)
			if len(list) == 0 && v.word(i+1) == "," && (v.word(i+2) == "including" || v.word(i+2) == "such") {
				k := i + 3
				if v.word(k) == "as" {
					k++
				}
				list, _ = v.listAt(k) // "EU member states, including France and Germany"
			}
			if len(list) == 0 && (w == "members" || w == "states" || w == "countries") && v.word(i+1) == "including" {
				list, _ = v.listAt(i + 2) // "EU members including France and Germany"
			}
			if len(list) == 0 && w == "members" && v.word(i+1) == "," && appositionDeterminers[v.word(z.First-1)] {
				// "the two other new EU members, Cyprus and Malta, already
				// have": the members named in apposition (not "EU members,
				// Russia and China met", a list of three)
				if l2, end := v.listAt(i + 2); len(l2) > 0 && v.word(end) == "," {
					list = l2
				}
			}
			if k := z.First - 1; len(list) == 0 && (w == "member" || w == "members") && v.mentionAt(i+1) == nil {
				// "The United States has been the last W.T.O. member to
				// reach a pact", "Norway is a NATO member"
				for k > v.s.First && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "the" || v.word(k) == "last" || v.word(k) == "first" ||
					v.word(k) == "only" || v.word(k) == "newest" || v.word(k) == "full" || v.word(k) == "founding" || isOrdinal(v.word(k))) {
					k--
				}
				if copulas[v.word(k)] || v.word(k) == "been" && (v.word(k-1) == "has" || v.word(k-1) == "have" || v.word(k-1) == "had") {
					c := k
					if v.word(k) == "been" {
						c = k - 1
					}
					subj := v.listBefore(v.subjectEnd(c))
					if len(subj) == 0 && v.word(v.subjectEnd(c)-1) == "," {
						subj = l.subjectOf(v, c) // "Sweden, which applied in 2022, became a member of NATO"
					}
					for _, x := range subj {
						if actorType(x) == graph.Country && x.Type != graph.Org {
							l.emitM(v, graph.MemberOf, x, z, 0.8, "member-of", x.First, i+1)
						}
					}
					continue
				}
			}
			if len(list) == 0 && (w == "member" || w == "ally") && z.First >= v.s.First+2 &&
				(v.word(z.First-1) == "a" || v.word(z.First-1) == "an") && v.word(z.First-2) == "," {
				if x := v.mentionAt(z.First - 3); x != nil && x != z && v.actor(x) {
					list = []*Mention{x} // "Turkey, a NATO member, blocked the bid"
				}
			}
			for _, m := range list {
				l.emitM(v, graph.MemberOf, m, z, 0.8, "org-members-list", min(z.First, m.First), max(z.Last, m.Last))
			}
		case w == "joined" || w == "joins" || w == "rejoined" || (w == "entered" || w == "enters") && v.headMentionAt(i+1) != nil && memberBodies[l.gaz.Kind(v.headMentionAt(i+1).Entity)] ||
			(w == "readmitted" || w == "admitted") && v.word(i+1) == "to" && isPassiveAux(v.word(i-1)):
			at := i + 1
			if v.word(at) == "to" || v.word(at) == "both" {
				at++ // "Syria was readmitted to the Cairo-based Arab League", "joined both NATO and the EU"
			}
			z := v.headMentionAt(v.skipKindPhrase(at))
			if z == nil {
				z = v.headMentionAt(at)
			}
			if z != nil && strings.HasSuffix(w, "admitted") && !memberBodies[l.gaz.Kind(z.Entity)] {
				continue // "was admitted to Johns Hopkins Hospital": a patient
			}
			if z == nil || !isOrg(z) {
				continue
			}
			if e := v.kindEnd(z.Last); v.word(e) == "as" && (v.word(e+1) == "an" || v.word(e+1) == "a") && (v.word(e+2) == "observer" || v.word(e+2) == "associate" || v.word(e+2) == "partner") {
				continue // "joined the Shanghai Cooperation Organization as an observer", "joined the BRICS group as a partner country": no member
			}
			subj := v.listBefore(v.subjectEnd(i))
			if w := v.word(v.subjectEnd(i) - 1); len(subj) == 0 && (w == "which" || w == "that" || w == "who" || w == ",") {
				// "Kazakhstan, which joined the CSTO in 1992,"; not "it
				// joined", whose antecedent is as often the body left.
				subj = l.subjectOf(v, i)
			}
			if len(subj) == 0 {
				subj = l.coordinatedVerbSubject(v, i) // "Finland ended its neutrality and joined NATO"
			}
			if c := v.mentionAt(v.s.First); len(subj) == 0 && v.word(i-1) == "it" && v.word(i-2) == ";" && c != nil && actorType(c) == graph.Country && c.Kind != "demonym" &&
				!v.possessive(c.Last) && !slices.ContainsFunc(v.ms, func(m *Mention) bool { return m != c && m.First < i && v.actor(m) }) {
				subj = []*Mention{c} // "Lithuania restructured its economy; it joined both NATO and the EU in 2004": the clause before's subject
			}
			for _, s := range subj {
				l.emitM(v, graph.MemberOf, s, z, 0.8, "joined", s.Last, z.Last) // (the object is the match's: "Following its defeat in 1949, Greece joined NATO in 1952")
			}
			for _, o := range v.moreJoined(z) {
				if !isOrg(o) {
					continue
				}
				for _, s := range subj {
					l.emitM(v, graph.MemberOf, s, o, 0.8, "joined", o.First, o.Last) // dated by its own "in 2004"
				}
			}
		case (w == "admitted" || w == "readmitted" || w == "admits" || w == "readmits" || w == "welcomed" || w == "welcomes") && !isPassiveAux(v.word(i-1)) && v.word(i-1) != "been" && v.word(i+1) != "to":
			// "The Arab League readmitted Syria", "NATO welcomed Sweden as
			// its 32nd member": a body of states takes a member in
			subj := l.subjectOf(v, i)
			if len(subj) != 1 || !isOrg(subj[0]) || !memberBodies[l.gaz.Kind(subj[0].Entity)] {
				continue
			}
			list, end := v.listAt(v.skipModifiers(i + 1))
			if len(list) == 0 || strings.HasPrefix(w, "welcome") && !asMember(v, end) {
				continue // ("NATO welcomed Sweden's bid")
			}
			for _, o := range list {
				if actorType(o) == graph.Country && o.Kind != "demonym" && !v.possessive(o.Last) {
					l.emitM(v, graph.MemberOf, o, subj[0], 0.8, "admitted", subj[0].First, o.Last) // ("NATO has not admitted Ukraine")
				}
			}
		case (w == "brings" || w == "bring" || w == "unites" || w == "unite") && v.word(i+1) == "together" || // (not "which brought together Serbia and Kosovo for talks": a meeting)
			includeVerbs[w] && !isPassiveAux(v.word(i-1)):
			// "Mercosur, which includes Brazil and Argentina", "the G7,
			// comprising the United States, Japan, ...", "NATO's 30 members
			// include Turkey": a body that counts states lists them.
			var z *Mention
			if k := i - 1; v.word(k) == "members" || v.word(k) == "member" && v.word(k+1) == "states" {
				k--
				if isOrdinal(v.word(k)) || v.toks[k].Tag == "CD" {
					k-- // "NATO's 30 members"
				}
				if v.possessive(k) {
					z = v.mentionAt(k - 1)
				} else if v.word(k) == "whose" && v.word(k-1) == "," {
					z = v.mentionAt(k - 2) // "The Shanghai Cooperation Organization, whose members include China"
				}
			} else if p := v.mentionAt(i - 1); p != nil && p.Last == i && isOrg(p) && v.word(p.First-1) == "of" &&
				(v.word(p.First-2) == "members" || v.word(p.First-2) == "the" && v.word(p.First-3) == "members") {
				z = p // "Members of the CSTO include Armenia and ..."
			} else if subj := l.subjectOf(v, i); len(subj) == 1 {
				z = subj[0]
			} else if p := v.mentionAt(i - 1); p != nil && isOrg(p) && v.mentionAt(i+1) != nil {
				z = p // "The Shanghai Cooperation Organization groups China, Russia and ...": the tagger's plural noun
			} else if w := v.word(i - 1); w == "," || w == "which" {
				// "the G7, comprising ..."
				k := i - 1
				if w == "which" {
					k--
				}
				if v.word(k) == "," {
					z = v.mentionAt(k - 1)
				}
			}
			if w := v.word(i - 1); (z == nil || !isOrg(z)) && (w == "that" || w == "which") {
				// "Mercosur, the South American trade bloc that groups
				// Brazil, ...": the body the description sets off
				k := i - 2
				for n := 0; n < 7 && k > v.s.First && v.word(k) != ","; n++ {
					if m := v.mentionAt(k); m != nil && m.Kind != "demonym" || strings.HasPrefix(v.toks[k].Tag, "VB") {
						break
					}
					k--
				}
				if v.word(k) == "," && k < i-2 {
					z = v.mentionAt(k - 1)
				}
			}
			if z == nil || !isOrg(z) || z.Kind == "description" || !memberBodies[l.gaz.Kind(z.Entity)] {
				continue // ("the new bloc, which includes Russia": which bloc, the words do not say)
			}
			at := i + 1
			if v.word(at) == "together" {
				at++ // "which brings together the United States, Japan, ..."
			}
			list, _ := v.listAt(v.skipModifiers(at))
			for _, m := range list {
				if actorType(m) == graph.Country && m.Actor() != z.Actor() {
					l.emitM(v, graph.MemberOf, m, z, 0.8, "includes-members", z.First, m.Last)
				}
			}
		case belongVerbs[w] && v.word(i+1) == "to": // (the tagger may read "belong" as a noun)
			// "Burma, Indonesia and Singapore all belong to ASEAN"
			z := v.headMentionAt(i + 2)
			if z == nil || !isOrg(z) {
				continue
			}
			k := i
			for k > v.s.First && (v.word(k-1) == "all" || v.word(k-1) == "both" || v.word(k-1) == "also" || v.word(k-1) == "still") {
				k-- // the adverbs between the list and its verb
			}
			subj := v.listBefore(v.subjectEnd(k))
			if len(subj) == 0 {
				subj = l.subjectOf(v, k) // "which belongs to", "He belongs to"
			}
			for _, s := range subj {
				if s.Type != graph.Person || !l.statesOnly(z.Entity) {
					l.emitM(v, graph.MemberOf, s, z, 0.8, "belongs-to", s.Last, z.Last)
				}
			}
		case w == "membership" && v.possessive(i-1) && (v.word(i+1) == "in" || v.word(i+1) == "of"):
			// "incompatible with Armenia's membership in the Eurasian
			// Economic Union" (not "Ukraine's membership of NATO is years
			// away", read below, nor a bid)
			m, z := v.mentionAt(i-2), v.headMentionAt(i+2)
			if m == nil || m.Last != i-1 || z == nil || !isOrg(z) || actorType(m) != graph.Country || m.Kind == "demonym" || !memberBodies[l.gaz.Kind(z.Entity)] || v.hopedFor(i) {
				continue
			}
			l.emitM(v, graph.MemberOf, m, z, 0.75, "possessive-membership", m.First, z.Last)
		case w == "membership" && gainVerbs[v.word(i-1)] && (v.word(i+1) == "in" || v.word(i+1) == "of"):
			// "Lithuania gained membership in the World Trade Organization"
			z := v.headMentionAt(i + 2)
			if z == nil || !isOrg(z) {
				continue
			}
			subj := v.listBefore(v.subjectEnd(i - 1))
			if len(subj) == 0 {
				subj = l.subjectOf(v, i-1)
			}
			for _, s := range subj {
				if s.Type != graph.Person || !l.statesOnly(z.Entity) {
					l.emitM(v, graph.MemberOf, s, z, 0.8, "gained-membership", s.Last, z.Last)
				}
			}
		case admittedAs[w] && (isPassiveAux(v.word(i-1)) || strings.HasSuffix(v.word(i-1), "ly") && isPassiveAux(v.word(i-2))) && (v.word(i+1) == "to" || v.word(i+1) == "into"):
			// ("Sweden was formally admitted to NATO")
			// "Finland was admitted to NATO", "was accepted into the EU"
			z := v.headMentionAt(i + 2)
			if z == nil || !isOrg(z) || !memberBodies[l.gaz.Kind(z.Entity)] {
				continue
			}
			aux := i - 1
			if strings.HasSuffix(v.word(aux), "ly") {
				aux--
			}
			subj := v.listBefore(v.subjectEnd(aux))
			if w := v.word(v.subjectEnd(aux) - 1); len(subj) == 0 && (w == "which" || w == "that") {
				subj = l.subjectOf(v, aux)
			}
			for _, s := range subj {
				if actorType(s) == graph.Country {
					l.emitM(v, graph.MemberOf, s, z, 0.8, "admitted", s.Last, z.Last)
				}
			}
		case admitVerbs[w] && isVerbTag(v.toks[i].Tag):
			// "NATO admitted Finland", "the bloc admits Sweden": only a
			// body that counts states admits; "Russia admitted the
			// strike" confesses.
			for _, z := range l.subjectOf(v, i) {
				if !isOrg(z) || !memberBodies[l.gaz.Kind(z.Entity)] {
					continue
				}
				list, _ := v.listAt(i + 1)
				for _, m := range list {
					if actorType(m) == graph.Country {
						l.emitM(v, graph.MemberOf, m, z, 0.8, "admitted", z.First, m.Last)
					}
				}
			}
		}
	}
}

// memberOfBefore reports whether the name at i is the object of "member(s)
// of": "permanent members of the UN Security Council".
func memberOfBefore(v *sentenceView, i int) bool {
	k := i - 1
	if v.word(k) == "the" {
		k--
	}
	return v.word(k) == "of" && (v.word(k-1) == "member" || v.word(k-1) == "members")
}

// moreJoined returns the objects of z's type after z in one clause, past
// dates: "joined NATO in 1999 and the European Union in 2004", "joined the
// World Bank and IMF", "attacked Georgia in 2008 and Ukraine in 2014".
func (v *sentenceView) moreJoined(z *Mention) []*Mention {
	var out []*Mention
	k := z.Last
	dated := false // a comma continues only after a date: "joined NATO in 1999, and the EU in 2004"
	for k < v.s.Last && k < z.Last+12 {
		switch w := v.word(k); {
		case v.mentionAt(k) != nil && v.mentionAt(k).Type == graph.Date:
			k = v.mentionAt(k).Last
			dated = true
			continue
		case w == "in" || w == "on" || w == "the" || w == "," && dated:
			k++
			continue
		case w == "and":
			k++
			if v.word(k) == "the" {
				k++
			}
			if m := v.headMentionAt(k); m != nil && m.Type != graph.Date && m.Type == z.Type {
				if m.Last < v.s.Last && (finiteVerbTag(v.toks[m.Last].Tag) || auxiliaries[v.word(m.Last)]) {
					break // "struck Syria on Friday, and Russia condemned the attack": a clause of its own
				}
				out = append(out, m)
				k = m.Last
				continue
			}
		}
		break
	}
	return out
}

// admitVerbs let a body take in a member.
var admitVerbs = set("admitted", "admits", "admit", "admitting")

// gainVerbs take up a membership: "gained membership in the WTO".
var gainVerbs = set("gained", "gains", "won", "wins", "obtained", "acquired", "achieved", "secured", "granted")

// admittedAs are participles that, passive, make the subject a member of
// the body after "to" or "into".
var admittedAs = set("admitted", "accepted", "welcomed", "inducted")

// memberBodies are the gazetteer kinds of bodies whose members are states.
var memberBodies = set("alliance", "igo", "forum")

var countVerbs = set("counts", "count", "counted", "includes", "include", "included", "lists",
	"list", "listed", "comprises", "comprise", "comprised", "has", "have", "had", "names")

var copulas = set("is", "are", "was", "were", "became", "become", "becomes", "remain", "remains",
	"remained", "be", "been")

// partyMembers end names of parties told by their members: "the Social
// Democrats", "the Greens".
var partyMembers = set("democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "communists", "nationalists")

// partyNamed reports whether body o is a political party: by the
// gazetteer, by its name, or by the word "party" after it ("the ruling FAST
// party", "the Rally of the Togolese People (RPT) party").
func (l *linkRun) partyNamed(v *sentenceView, o *Mention) bool {
	return l.gaz.Kind(o.Entity) == "party" || strings.Contains(o.Entity, "party") || v.word(o.Last) == "party" || v.acronymThenParty(o)
}

// acronymThenParty reports whether the word "party" follows a name's
// acronym in brackets: "the Rally of the Togolese People (RPT) party".
func (v *sentenceView) acronymThenParty(o *Mention) bool {
	k := o.Last
	if v.word(k) != "(" {
		return false
	}
	for n := 0; n < 3 && k < v.s.Last; n++ {
		if k++; v.word(k) == ")" {
			return v.word(k+1) == "party"
		}
	}
	return false
}

// parties reads a person's party through a possessive: "Merkel's Christian
// Democratic Union", "Viktor Orban and his Fidesz party", "the economic
// council of her party, the Christian Democrats (CDU)".
func (l *linkRun) parties(v *sentenceView) {
	for _, o := range v.ms {
		if o.Type != graph.Org || o.StandsFor != "" {
			continue
		}
		if !l.partyNamed(v, o) && !partyMembers[strings.ToLower(v.toks[o.Last-1].Text)] { // ("Olaf Scholz's Social Democrats")
			continue
		}
		k := o.First - 1
		// "her party, the Christian Democrats"
		if v.word(k) == "the" && v.word(k-1) == "," && v.word(k-2) == "party" {
			k -= 3
		}
		for k > v.s.First && v.mentionAt(k) == nil && (v.toks[k].Tag == "JJ" || v.word(k) == "ruling" || v.word(k) == "own") {
			k--
		}
		var p *Mention
		switch v.word(k) {
		case "'s", "\u2019s":
			if m := v.mentionAt(k - 1); m != nil && m.Type == graph.Person {
				p = m
			}
		case "his", "her":
			p = l.possessor(v, k)
		case "whose":
			// "President Eyadema, whose Rally of the Togolese People party"
			if m := v.mentionAt(k - 2); v.word(k-1) == "," && m != nil && m.Type == graph.Person && m.Last == k-1 {
				p = m
			}
		}
		if p != nil {
			l.emit(v, graph.MemberOf, p.Entity, o.Entity, graph.Person, graph.Org, 0.75, "possessive-party", "", p.First, o.Last)
		}
	}
}

// workVerbs say a person works somewhere: "X worked for the UN for 17
// years", "Y, who works at Deutsche Bank".
var workVerbs = set("works", "worked", "working", "work", "serves", "served", "serving")

// factualToVerbs before "to" report what was done, not what was wanted:
// "used to work for", "continued to serve"; not "wants to work for".
var factualToVerbs = set("used", "continued", "continues", "continue", "went", "began", "begun", "started")

// hireVerbs, in the passive, name the employer after "by".
var hireVerbs = set("employed", "hired", "recruited", "contracted")

// playVerbs say a player plays for a club or a national side: "Guerrero
// played for Peru".
var playVerbs = set("plays", "played", "playing", "play")

// staffOfKind reads "X, a company official" and "Y, an agency
// spokeswoman": the body of that kind named last, in the sentence or the
// one before, employs them ("Waste Disposal Co. of Randolph is preparing
// a service, said Debra Bornstein, a company official").
func (l *linkRun) staffOfKind(v *sentenceView) {
	for _, m := range v.ms {
		k := m.Last
		if m.Type != graph.Person || m.Kind == "description" || v.word(k) != "," || v.word(k+1) != "a" && v.word(k+1) != "an" {
			continue
		}
		n := k + 2
		if w := v.word(n); w == "senior" || w == "former" || w == "top" || w == "local" {
			n++
		}
		noun, title := v.word(n), v.word(n+1)
		heads, named := headDescriptions[noun]
		_, byText := kindClasses[noun]
		if !named && !byText || !kindStaff[title] || n+2 < v.s.Last && isLowerWord(v.word(n+2)) && v.word(n+2) != "and" {
			continue // ("a company official familiar with", read the same; "a bank robbery suspect": no staff)
		}
		if l.told == nil {
			l.told = toldKinds(l.in.toks, l.in.sents, l.bySent)
		}
		o := antecedentOrg(l.bySent, v.index, m.First, func(o *Mention) bool { return o.Kind != "description" })
		if o == nil || o.Sent < v.index-1 || !(named && nameHeaded(o.Text, heads) || toldAs(l.told, o.Entity, noun)) {
			continue
		}
		role := textOf(v.toks, n, n+2)
		if graph.PastRole(v.word(k + 2)) {
			role = "former " + role
		}
		l.emit(v, graph.WorksFor, m.Entity, o.Entity, graph.Person, graph.Org, 0.75, "kind-staff", role, m.First, n+2)
	}
}

// teachesAt reads a teacher's school: "Tom Smith teaches history at Yale
// University", "Karl Malden will teach acting for two weeks at Vanderbilt
// University". Only a place of study (institutionHead): "taught a lesson
// at the White House" names no employer.
func (l *linkRun) teachesAt(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		if !teachVerbs[v.word(i)] || !isVerbTag(v.toks[i].Tag) {
			continue
		}
		k := i + 1
		for k < v.s.Last && k < i+8 && v.word(k) != "at" && v.mentionAt(k) == nil && (isLowerWord(v.word(k)) || isNumberTok(v.toks[k].Text)) &&
			(!isVerbTag(v.toks[k].Tag) || v.toks[k].Tag == "VBG") { // ("teach acting")
			k++
		}
		if v.word(k) != "at" {
			continue
		}
		k = theAt(v, k+1)
		o := v.mentionAt(k)
		if o == nil || o.First != k || o.Type != graph.Org || o.StandsFor != "" ||
			!institutionHead(v.toks[o.First:o.Last]) && l.gaz.Kind(o.Entity) != "university" { // ("at Harvard")
			continue
		}
		for _, p := range l.subjectOf(v, v.auxStart(i)) {
			if p.Type == graph.Person {
				l.emit(v, graph.MemberOf, p.Entity, o.Entity, graph.Person, graph.Org, 0.75, "teaches-at", "", p.First, o.Last)
			}
		}
	}
}

// teachVerbs tell of teaching.
var teachVerbs = set("teaches", "taught", "teach", "teaching", "lectures", "lectured", "lecturing")

// kindStaff are posts on a body's staff after the body's kind: "a
// company official", "a ministry spokesman".
var kindStaff = set("official", "spokesman", "spokeswoman", "spokesperson", "executive", "director", "manager", "engineer",
	"employee", "representative", "researcher", "analyst", "economist", "lawyer", "adviser", "advisor", "officer")

// employment reads "X works for Y" and its tenses: works-for a state or
// its body, member-of any other organisation, as the titles read them.
func (l *linkRun) employment(v *sentenceView) {
	l.staffOfKind(v)
	l.teachesAt(v)
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		play := playVerbs[v.word(i)] && v.word(i+1) == "for"
		// "is employed by Siemens", "was hired by the BBC": the passive's agent employs
		hired := hireVerbs[v.word(i)] && v.word(i+1) == "by" && isPassiveAux(v.word(i-1))
		if !workVerbs[v.word(i)] && !play && !hired || !isVerbTag(v.toks[i].Tag) {
			continue
		}
		j := i + 1
		asJob := false
		if v.word(j) == "as" && !play && !hired {
			// "worked as an analyst for the CIA", "used to work as an Iran
			// expert at the Pentagon": the job, then the employer
			k := j + 1
			for k < v.s.Last && k < j+7 && v.word(k) != "for" && v.word(k) != "at" && v.word(k) != "," &&
				!isVerbTag(v.toks[k].Tag) && (v.mentionAt(k) == nil || v.mentionAt(k).Type != graph.Person) {
				k++
			}
			if v.word(k) == "for" || v.word(k) == "at" {
				j, asJob = k, true
			}
		}
		if v.word(j) != "for" && v.word(j) != "at" && v.word(j) != "with" && !hired {
			continue
		}
		k := j + 1
		if w := v.word(k); w == "the" || w == "a" || w == "an" {
			k++
		}
		o := v.headMentionAt(v.skipKindPhrase(k))
		if o != nil && v.possessive(o.Last) {
			// "works for Samsung's rival LG", "for Gazprom's Italian partner
			// Eni": the one the possessed noun names
			if q := possessedOrg(v, o); q != nil {
				o = q
			} else {
				continue // "works for Siemens's board": what the firm owns, no employer named
			}
		}
		if o == nil || o.Type == graph.Person || asJob && actorType(o) == graph.Country {
			continue // ("served as special adviser for Iraq": the job's subject, not its employer)
		}
		if w := v.word(o.Last); v.word(j) == "with" && (w == "to" || w == "on") {
			continue // "was working with Congress to make the law ...": with, not for
		}
		verb := i
		if v.word(i-1) == "to" && factualToVerbs[v.word(i-2)] {
			verb = i - 2 // "used to work for", "continued to work at": the subject is the first verb's
		}
		for _, p := range l.subjectOf(v, verb) {
			if p.Type != graph.Person {
				continue
			}
			switch {
			case play:
				// "It's very different playing for Peru": a side's player
				l.emit(v, graph.MemberOf, p.Entity, o.Actor(), graph.Person, actorType(o), 0.75, "plays-for", "", p.First, o.Last)
			case actorType(o) == graph.Country:
				l.emit(v, graph.WorksFor, p.Entity, o.Actor(), graph.Person, graph.Country, 0.75, "works-for-verb", "", p.First, o.Last)
			case o.Type == graph.Org && o.StandsFor == "" && l.governmentBody(o.Entity):
				l.emit(v, graph.WorksFor, p.Entity, o.Entity, graph.Person, graph.Org, 0.75, "works-for-verb", "", p.First, o.Last)
				l.emit(v, graph.MemberOf, p.Entity, o.Entity, graph.Person, graph.Org, 0.75, "works-for-verb", "", p.First, o.Last)
			case o.Type == graph.Org && o.StandsFor == "" && l.gaz.Kind(o.Entity) != "alliance" && l.gaz.Kind(o.Entity) != "forum":
				// the UN's staff belong to it; NATO and BRICS count states;
				// a firm employs ("Gerhard Schroeder works for Rosneft")
				rel := graph.MemberOf
				if l.gaz.Kind(o.Entity) == "company" {
					rel = graph.WorksFor
				}
				l.emit(v, rel, p.Entity, o.Entity, graph.Person, graph.Org, 0.75, "works-for-verb", "", p.First, o.Last)
			}
		}
	}
}

// isOrdinal reports whether a word is an ordinal number: "32nd", "third".
func isOrdinal(w string) bool {
	if _, last, ok := strings.Cut(w, "-"); ok && tensWords[w[:strings.IndexByte(w, '-')]] {
		w = last // "thirty-first"
	}
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
		"twentieth", "thirtieth", "fortieth", "fiftieth":
		return true
	}
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// asMember reports whether "as its (32nd, newest) member" follows token k.
func asMember(v *sentenceView, k int) bool {
	if v.word(k) != "as" || v.word(k+1) != "its" && v.word(k+1) != "the" && v.word(k+1) != "a" {
		return false
	}
	n := k + 2
	for n < v.s.Last && n < k+5 && (memberRank(v.word(n)) || v.word(n) == "new") {
		n++
	}
	return v.word(n) == "member"
}

// memberRank reports whether w says which member one is: "newest",
// "founding", "32nd".
func memberRank(w string) bool {
	return w == "newest" || w == "latest" || w == "founding" || w == "full" || isOrdinal(w)
}

// tensWords open a compound number: "thirty-first".
var tensWords = set("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// coordinatedVerbSubject returns the subject of a verb at i that follows
// "and" after another verb phrase of the same clause: "Finland ended its
// neutrality and joined NATO". The first verb must be finite and have
// names as its subject; no comma may stand between.
func (l *linkRun) coordinatedVerbSubject(v *sentenceView, i int) []*Mention {
	if v.word(i-1) != "and" {
		return nil
	}
	for k := i - 2; k > v.s.First && k >= i-10; k-- {
		switch t := v.toks[k].Tag; {
		case v.word(k) == "," || v.word(k) == "and" || v.word(k) == "that" || v.word(k) == "which" || v.word(k) == "who":
			return nil
		case t == "VBD" || t == "VBZ" || t == "VBP":
			subj := v.listBefore(v.subjectEnd(k))
			for _, s := range subj {
				if s.Type == graph.Person || s.Kind == "description" {
					return nil
				}
			}
			return subj
		}
	}
	return nil
}

// hopedFor reports whether the membership noun at i is one hoped for or
// under way rather than held: "Ukraine's membership of NATO is years
// away", "would block Ukraine's membership", "pave the way for".
func (v *sentenceView) hopedFor(i int) bool {
	for k := max(v.s.First, i-6); k < min(v.s.Last, i+10); k++ {
		if w := v.word(k); k != i && hopeWords[w] || w == "may" && v.toks[k].Tag == "MD" { // (not the month)
			return true
		}
	}
	return false
}

// hopeWords tell a membership sought, not held.
// ("for" and "way" stand near most words: "calls for", "paves the way"
// say it.)
var hopeWords = union(bidNouns, set("applications", "aspiration", "hopes", "hope", "path", "future",
	"eventual", "prospective", "prospects", "away", "block", "blocked", "blocks", "veto", "vetoed", "oppose", "opposes", "opposed",
	"would", "could", "might", "seek", "seeks", "sought", "seeking", "push", "pushing", "support", "supports", "backs", "backing", "talks",
	"candidate", "toward", "towards", "call", "calls", "called", "calling", "urged", "urges", "paves", "paved",
	"demand", "demands", "demanded",
	"table", "goal", "discussed", "debated", "terminated", "ended", "suspended", "revoked", "distant", "not", "never", "question", "doubt",
	"threatened", "threatens", "threaten", "jeopardise", "jeopardize", "jeopardised", "jeopardized"))

// belongVerbs say a subject is one of a body's members: "belong to".
var belongVerbs = set("belong", "belongs", "belonged")

// includeVerbs list what a body is made of: "NATO includes Turkey".
var includeVerbs = set("includes", "included", "include", "including", "comprises", "comprised", "comprising", "groups", "grouping")

// appositionDeterminers open a noun phrase that names its members in
// apposition: "the two other new EU members, Cyprus and Malta,".
var appositionDeterminers = set("the", "two", "three", "four", "five", "other", "new", "fellow", "both")

// memberCounts count the members a phrase names: "two key members of".
var memberCounts = set("two", "three", "four", "five", "six", "several")

// affiliates reads an armed or political body's branch: "JNIM, al-Qaeda's
// affiliate in the Sahel,", "JNIM, an al-Qaeda affiliate,", "al-Qaeda
// affiliate JNIM": the branch belongs to the body.
func (l *linkRun) affiliates(v *sentenceView) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		if !affiliateNouns[v.word(i)] {
			continue
		}
		k := i - 1
		for n := 0; n < 3 && k > v.s.First; n++ {
			if d := v.mentionAt(k); d != nil && d.Kind == "demonym" {
				k = d.First - 1 // "the Islamic State's Afghan affiliate"
				continue
			}
			if v.mentionAt(k) != nil || v.toks[k].Tag != "JJ" && v.toks[k].Tag != "NNP" && v.word(k) != "local" || v.possessive(k) {
				break
			}
			k-- // "al-Qaeda's regional affiliate", "al-Qaeda's East African branch"
		}
		if v.possessive(k) {
			k--
		}
		parent := v.mentionAt(k)
		if parent == nil || parent.Last != k+1 || !isBody(parent) || !armedOrPolitical[l.gaz.Kind(parent.Entity)] {
			continue // (a firm's affiliate is another firm: "Nayara Energy, Rosneft's Indian affiliate")
		}
		past := graph.PastRole(v.word(parent.First - 1))
		for j := parent.Last; j < i && !past; j++ {
			past = graph.PastRole(v.word(j))
		}
		if past {
			continue // "al-Qaeda's former Syrian affiliate": no longer
		}
		var branch *Mention
		b := parent.First - 1
		if w := v.word(b); w == "a" || w == "an" || w == "the" {
			b--
		}
		if v.word(b) == "," {
			branch = v.mentionAt(b - 1) // "JNIM, al-Qaeda's affiliate"
		} else if n := v.mentionAt(i + 1); n != nil && n.First == i+1 {
			branch = n // "al-Qaeda affiliate JNIM"
		} else if n := v.mentionAt(i + 2); v.word(i+1) == "," && n != nil && n.First == i+2 && (v.word(n.Last) == "," || v.word(n.Last) == "." || n.Last >= v.s.Last) {
			branch = n // "al-Qaeda's affiliate, JNIM," (not "an al-Qaeda affiliate, Reuters reported")
		}
		if branch == nil || !isBody(branch) || branch.Entity == parent.Entity {
			continue
		}
		l.emitM(v, graph.MemberOf, branch, parent, 0.75, "affiliate", min(branch.First, parent.First), i+1)
	}
}

// affiliateNouns name a body's branch.
var affiliateNouns = set("affiliate", "franchise", "branch")

// armedOrPolitical are the gazetteer kinds whose branches are members of
// them ("" for a body the gazetteer does not know).
var armedOrPolitical = set("militant", "party", "")

// membershipLeft reads a membership that ended: "Nicaragua withdrew from
// the Organization of American States", "Britain left the EU", "was
// expelled from the ruling FAST party". The edge is the member's, held
// once (role "former member", so undated by the story).
func (l *linkRun) membershipLeft(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		w, k := v.word(i), i+1
		passive := false
		switch {
		case (w == "withdrew" || w == "withdraws" || w == "withdrawn" || w == "resigned") && v.word(k) == "from":
			k++
		case w == "left" || w == "quit" || w == "exited" || w == "quits" || w == "leaves":
		case w == "expelled" && v.word(k) == "from" && (isPassiveAux(v.word(i-1)) || v.word(i-1) == "been"):
			k++
			passive = true
		default:
			continue
		}
		if w == "withdrawn" && !passive {
			continue // ("has withdrawn from the talks" reads no body)
		}
		o := v.headMentionAt(k)
		if m := v.mentionAt(v.skipModifiers(k)); o == nil && m != nil && m.First == v.skipModifiers(k) && v.word(m.Last) == "party" {
			o = m // "was expelled from the ruling FAST party"
		}
		if o == nil || o.Type != graph.Org || o.StandsFor != "" || o.First > k+3 {
			continue
		}
		gathering := false
		for j := o.Last; j < v.s.Last && j < o.Last+4; j++ {
			if eventNounsAt[v.word(j)] || v.word(j) == "headquarters" || v.word(j) == "building" {
				gathering = true // "leaves the Asia Pacific Economic Cooperation, APEC, summit": a meeting left
			}
		}
		if gathering {
			continue
		}
		if kind := l.gaz.Kind(o.Entity); !memberBodies[kind] && kind != "party" && !strings.Contains(o.Entity, "party") && v.word(o.Last) != "party" {
			continue // ("left the company", "quit Google": a job, not a membership the words name)
		}
		aux := i
		if passive {
			aux = v.auxStart(i - 1)
		}
		party := l.partyNamed(v, o)
		subj := l.subjectOf(v, aux)
		if m := v.mentionAt(i - 1); len(subj) == 0 && m != nil && m.Last == i && !passive &&
			(m.First == v.s.First || v.word(m.First-1) == "," || v.word(m.First-1) == "that" || v.word(m.First-1) == "and") {
			subj = []*Mention{m} // "Qatar quit/NN OPEC": after a name the verb, whatever the tagger says
		}
		for _, s := range subj {
			if neg, f := v.modality(s.First-2, i); neg || f < 0.5 {
				continue // "If Britain leaves the European Union without a deal": a leaving imagined
			}
			// people leave parties, states and bodies leave blocs ("Lavrov
			// left the G20 early": a meeting)
			if t := actorType(s); t == graph.Person && party || (t == graph.Country || t == graph.Org && s.StandsFor == "" && s.Entity != o.Entity) && !party {
				l.emit(v, graph.MemberOf, s.Actor(), o.Entity, t, graph.Org, 0.75, "left-body", "former member", min(s.Last, i), o.Last)
			}
		}
	}
}
