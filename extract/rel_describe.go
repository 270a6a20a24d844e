package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// orgDescriptions map a noun that names an organisation by its kind ("the
// alliance", "the bloc") to the gazetteer kinds it can refer back to.
var orgDescriptions = map[string][]string{
	"alliance": {"alliance"}, "bloc": {"alliance", "igo", "forum"}, "organisation": {"igo", "alliance", "militant"}, // ("the BRICS group ... the bloc")
	"organization": {"igo", "alliance", "militant"}, "union": {"igo"},
	// "Hamas fired rockets. The militant group ...", "the terror network"
	// (nearestOnly: the organisation named last must be of the kind)
	"group": {"militant"}, "militia": {"militant"}, "network": {"militant"}, "party": {"party"},
}

// nearestOnly are the description nouns that refer to the organisation
// named last, or to none: a story names many groups and parties the
// gazetteer does not know ("the same Algerian-based group" after
// al-Qaeda was another), so the last one named must be of the kind.
// "group", "militia" and "network" also need a word saying what kind
// ("the militant group", "the terror network").
var nearestOnly = set("group", "militia", "network", "party")

// militantWords say a group is armed: "the militant group".
var militantWords = set("militant", "islamist", "islamic", "rebel", "terror", "terrorist", "extremist", "armed",
	"jihadist", "guerrilla", "insurgent", "separatist", "radical", "shiite", "shi'ite", "sunni")

// describedOrgs adds to each sentence's mentions the organisations it names
// by their kind, so that every pattern reads them: "the alliance would
// support Kyiv", "Sweden became the 32nd member of the alliance" after
// NATO was named, in the same sentence or the three before. The mention
// covers the noun, has the earlier mention's entity and kind
// "description"; it is the linker's alone, never reported. "The alliance
// between X and Y" describes no earlier body and is left alone. It
// returns the kinds the text calls each body (toldKinds), if it needed
// them, for the passes after it.
func describedOrgs(toks []Token, sents []Sentence, bySent [][]*Mention, gaz *gazetteer.Gazetteer) (told map[string]map[string]bool) {
	for si, s := range sents {
		var added []*Mention
		ms := bySent[si]
		covered := func(i int) bool {
			for _, m := range ms {
				if m.First <= i && i < m.Last {
					return true
				}
			}
			return false
		}
		for i := s.First + 1; i < s.Last; i++ {
			noun := strings.ToLower(toks[i].Text)
			kinds, ok := orgDescriptions[noun]
			heads, named := headDescriptions[noun]
			_, byText := kindClasses[noun]
			byText = byText && !kindOnlyNouns[noun] // ("the army killed Raul Reyes, a FARC spokesman": the state's)
			if !ok && !named && !byText || covered(i) {
				continue
			}
			if i+1 < s.Last {
				switch strings.ToLower(toks[i+1].Text) {
				case "of", "between", "for", "with", "among":
					continue
				}
				if slices.ContainsFunc(ms, func(m *Mention) bool { return m.First == i+1 && m.Type != graph.Date }) {
					continue // the kind before a name: "the Islamist group Hayat Tahrir al-Sham" (not "the militant group Tuesday attacked")
				}
			}
			// "the alliance", "the 30-state alliance", "the Western bloc".
			k := i - 1
			fresh := false // "the new bloc", "a proposed alliance": none named before
			for k > s.First && i-k <= 2 && !covered(k) && describesKind(toks[k]) {
				fresh = fresh || freshWords[strings.ToLower(toks[k].Text)]
				k--
			}
			if !strings.EqualFold(toks[k].Text, "the") || fresh {
				continue
			}
			// Capitalised words describing the body must be in its name:
			// "the South American bloc" is no European Union ("the
			// Western alliance", "the Russian-led bloc" say no name)
			var capWords []string
			for n := k + 1; n < i; n++ {
				if w := toks[n].Text; isCap(w) && !strings.Contains(w, "-") && !kindModifiers[strings.ToLower(w)] && !militantWords[strings.ToLower(w)] {
					capWords = append(capWords, strings.ToLower(w))
				}
			}
			nameHas := func(m *Mention) bool {
				names := strings.ToLower(m.Text + " " + gaz.Name(m.Entity))
				if e, ok := gaz.Entity(m.Entity); ok {
					names += " " + strings.ToLower(strings.Join(e.Aliases, " "))
				}
				for _, w := range capWords {
					if !strings.Contains(names, w) {
						return false
					}
				}
				return true
			}
			var o *Mention
			switch {
			case named:
				// "The Environmental Protection Agency is working on a
				// brochure, said Robin Woods, a spokeswoman for the agency":
				// the body whose own name ends in the noun
				if n := antecedentOrg(bySent, si, i, func(m *Mention) bool { return m.Kind != "description" && nameHeaded(m.Text, heads) }); n != nil &&
					!otherBodyOfKind(toks, bySent, n, si, i, noun, gaz) {
					o = n
				}
			case !ok:
			case noun != "party" && nearestOnly[noun] && !militantWords[strings.ToLower(toks[i-1].Text)]:
				// "the group" alone: of experts, of friends
			default:
				// "the union" is only a body named as one ("European Union").
				fits := func(m *Mention) bool {
					return slices.Contains(kinds, gaz.Kind(m.Entity)) && (noun != "union" || strings.Contains(m.Entity, "union"))
				}
				if !nearestOnly[noun] {
					o = antecedentOrg(bySent, si, i, fits)
				} else if n := antecedentOrg(bySent, si, i, func(m *Mention) bool { return m.Type == graph.Org && m.StandsFor == "" }); n != nil && fits(n) &&
					!otherOrgFits(bySent, si, i, n, fits) {
					o = n // (not "the opposition party PDP and the ruling party APC ... The party": either)
				}
			}
			if o == nil && byText {
				// "Chilean lithium producer Andes Litio ... The Santiago-based
				// company": the body named last, when the text itself called
				// it a thing of that kind (not "the paramilitary group" after
				// the Rapid Support Forces for a charity named before them)
				if told == nil {
					told = toldKinds(toks, sents, bySent)
				}
				fits := func(m *Mention) bool { return toldAs(told, m.Entity, noun) }
				if n := antecedentOrg(bySent, si, i, func(m *Mention) bool { return m.Kind != "description" }); n != nil && n.Sent >= si-1 && fits(n) &&
					!otherOrgFits(bySent, si, i, n, fits) {
					o = n // (named in the sentence or the one before: "the democratic movement" three sentences after al-Qaeda is another)
				}
			}
			if o != nil && !nameHas(o) {
				o = nil
			}
			if o != nil {
				added = append(added, &Mention{Start: toks[i].Start, End: toks[i].End, Text: toks[i].Text, Type: graph.Org,
					Entity: o.Entity, Kind: "description", First: i, Last: i + 1, Sent: si, Source: "rule"})
			}
		}
		if added != nil {
			bySent[si] = withDescriptions(ms, added, nil)
		}
	}
	return told
}

// kindClasses group the nouns a story calls a body by, before its name
// ("the Harare-based group Citizens for Change", "lithium producer Andes
// Litio"), after it ("the Crisis Coalition, an alliance of 80 civic
// bodies") or in it ("Crisis Coalition"), into the classes "the company",
// "the group" or "the coalition" may refer back by.
var kindClasses = map[string]string{
	"company": "firm", "firm": "firm", "producer": "firm", "maker": "firm", "manufacturer": "firm", "carrier": "firm",
	"airline": "firm", "operator": "firm", "conglomerate": "firm", "miner": "firm", "lender": "firm", "insurer": "firm",
	"startup": "firm", "start-up": "firm", "retailer": "firm", "supplier": "firm", "exporter": "firm", "contractor": "firm",
	"bank": "firm", "fund": "firm", // ("the lender": the Asian Development Bank, the International Monetary Fund)
	"group": "group", "movement": "group", "network": "group", "faction": "group", "militia": "group", "organisation": "group",
	"organization": "group", "charity": "group", "ngo": "group", "front": "group", "brigade": "group", "brigades": "group",
	"forces": "group", "army": "group", "rebels": "group", "militants": "group", "fighters": "group",
	"coalition": "coalition", "alliance": "coalition", "bloc": "coalition",
	"party": "party", "union": "union", "court": "court", "tribunal": "court",
}

// otherOrgFits reports whether a body other than n that fits is named in
// sentence si before token i or in the two sentences before: "Glencore and
// Shell ... The company" is either.
func otherOrgFits(bySent [][]*Mention, si, i int, n *Mention, fits func(*Mention) bool) bool {
	for s := max(0, si-2); s <= si; s++ {
		for _, m := range bySent[s] {
			if m.Type == graph.Org && m.StandsFor == "" && m.Kind != "description" && m.Entity != n.Entity && (s < si || m.First < i) && fits(m) {
				return true
			}
		}
	}
	return false
}

// genericKinds refer back to any body of their class the text named so
// ("the company" to "lithium producer Andes Litio"); the other kind nouns
// to one the text called by that very word ("the democratic movement" is
// no "al-Qaida militants").
var genericKinds = set("group", "company", "firm", "coalition", "organisation", "organization", "lender")

// kindOnlyNouns tell a body's kind after its name ("the M23 rebels",
// "Arakan Army") but do not refer back to one: "the army" is the state's,
// "the rebels" any rebels.
var kindOnlyNouns = set("army", "forces", "rebels", "militants", "fighters")

// toldAs reports whether the text called body entity by noun or, for a
// generic noun ("the company"), by a noun of its class.
func toldAs(told map[string]map[string]bool, entity, noun string) bool {
	return told[entity][noun] || genericKinds[noun] && told[entity][kindClasses[noun]]
}

// toldKinds returns, for each organisation, the classes (kindClasses) of
// the nouns the text calls it by, and the nouns themselves: the noun right before its name, past a
// seat adjective ("the Cairo-based charity Darfur Relief Network"), the
// noun right after it ("the Houthi movement"), the head of an apposition
// after it ("X, an opposition party"), and the last word of its name
// ("Crisis Coalition").
func toldKinds(toks []Token, sents []Sentence, bySent [][]*Mention) map[string]map[string]bool {
	out := make(map[string]map[string]bool)
	add := func(m *Mention, w string) {
		w = strings.ToLower(w)
		if c, ok := kindClasses[w]; ok {
			if out[m.Entity] == nil {
				out[m.Entity] = make(map[string]bool)
			}
			out[m.Entity][c] = true
			out[m.Entity][w] = true
		}
	}
	for si, ms := range bySent {
		s := sents[si]
		for _, m := range ms {
			if m.Type != graph.Org || m.StandsFor != "" || m.Kind == "description" {
				continue
			}
			add(m, toks[m.Last-1].Text)
			if k := m.First - 1; k >= s.First && isLowerWord(toks[k].Text) {
				add(m, toks[k].Text)
			}
			if k := m.Last; k < s.Last && isLowerWord(toks[k].Text) {
				add(m, toks[k].Text) // "Yemen's Houthi movement", "the M23 rebels"
			}
			// "X, an alliance of 80 civic bodies", "X, an opposition party,"
			if k := m.Last; k+2 < s.Last && toks[k].Text == "," && (strings.EqualFold(toks[k+1].Text, "a") || strings.EqualFold(toks[k+1].Text, "an")) {
				for j := k + 2; j < s.Last && j <= k+5 && isLowerWord(toks[j].Text); j++ {
					if w := strings.ToLower(toks[j].Text); j+1 == s.Last || !isLowerWord(toks[j+1].Text) || toks[j+1].Text == "of" || toks[j+1].Text == "that" || toks[j+1].Text == "which" {
						add(m, w)
						break
					}
				}
			}
		}
	}
	return out
}

// headDescriptions are the nouns that refer back to a body whose name
// is headed by one of the words given: "the agency" to the Environmental
// Protection Agency, "the company" to Waste Disposal Co., "the fleet's"
// to the Pacific Fleet.
var headDescriptions = map[string][]string{
	"agency": {"agency"}, "department": {"department"}, "ministry": {"ministry"}, "commission": {"commission"},
	"committee": {"committee"}, "council": {"council"}, "fleet": {"fleet"}, "university": {"university"},
	"institute": {"institute"}, "bank": {"bank"}, "court": {"court"}, "hospital": {"hospital"}, "museum": {"museum"},
	"company": {"co.", "co", "company", "corp.", "corp", "corporation", "inc.", "inc"}, "corporation": {"corp.", "corp", "corporation"},
	"newspaper": {"times", "post", "journal", "herald", "tribune", "gazette", "daily", "globe"},
	"paper":     {"times", "post", "journal", "herald", "tribune", "gazette", "daily", "globe"},
}

// otherBodyOfKind reports whether the noun at i might as well mean
// another body than o: one named after o ("Apple Inc. sued Samsung. A
// spokesman for the company"), one of the same kind named around it
// ("Boeing hired Acme Consulting Co. ... the company's chief executive"),
// or the noun used after o for another body ("a Moscow court", "the city
// council", "a bank in Lagos").
func otherBodyOfKind(toks []Token, bySent [][]*Mention, o *Mention, si, i int, noun string, gaz *gazetteer.Gazetteer) bool {
	kind := nounKinds[noun]
	for s := max(si-3, 0); s <= si; s++ {
		for _, m := range bySent[s] {
			if m == o || m.Type != graph.Org || m.Kind == "description" || m.StandsFor != "" || s == si && m.First >= i || m.Entity == o.Entity {
				continue
			}
			if m.First > o.First || kind != "" && gaz.Kind(m.Entity) == kind {
				return true
			}
		}
	}
	for k := o.Last; k < i; k++ {
		if strings.EqualFold(toks[k].Text, noun) {
			return true
		}
	}
	return false
}

// nounKinds are the gazetteer kinds of body a description noun may mean.
var nounKinds = map[string]string{"company": "company", "corporation": "company", "agency": "agency", "court": "court",
	"newspaper": "media", "paper": "media", "university": "university"}

// nameHeaded reports whether the name has one of heads as a word after
// its first: "Waste Disposal Co. of Randolph" is headed by "Co.".
func nameHeaded(name string, heads []string) bool {
	f := strings.Fields(strings.ToLower(name))
	for _, w := range f[min(1, len(f)):] {
		if slices.Contains(heads, w) {
			return true
		}
	}
	return false
}

// freshWords describe a body as one not met before: "the new bloc".
var freshWords = set("new", "proposed", "planned", "future", "rival", "alternative", "other")

// describesKind reports whether a token may stand between "the" and a
// kind noun: "30-state", "military", "Western".
func describesKind(t Token) bool {
	return strings.Contains(t.Text, "-") || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "VBN" || kindModifiers[strings.ToLower(t.Text)] ||
		militantWords[strings.ToLower(t.Text)] || // ("the ethnic armed group": "armed" read as a noun)
		t.Tag == "VBD" && strings.HasSuffix(t.Text, "ed") // (or as a past tense)
}

// kindModifiers describe an alliance or bloc whatever their part-of-speech
// tag: "the military alliance", "the Western bloc".
var kindModifiers = set("military", "western", "eastern", "transatlantic", "defence", "defense", "trade",
	"economic", "security", "political", "regional", "western-led", "soviet-era")

// describedLeaders adds to each sentence's mentions the person a definite
// description of a country's leader refers to, so that every pattern reads
// it: "The Belarusian leader met Putin" after "Belarusian President
// Alexander Lukashenko". The mention covers the country word and the title
// and takes the country word's place, is the person's entity and has kind
// "description"; it is the linker's alone.
// The person is the latest one titled as a leader, in the sentence or the
// five before (antecedentLeader), and a title of theirs must name that
// country: in a digest of stories "the Cuban leader" after "President
// Obama" is not Obama.
func (l *linkRun) describedLeaders() {
	l.describeSentences(func(si int, ms []*Mention) ([]*Mention, map[*Mention]bool) {
		var added []*Mention
		replaced := make(map[*Mention]bool)
		for _, c := range ms {
			k, ok := leaderDescription(l.in.toks, l.in.sents[si], c, ms)
			if !ok {
				continue
			}
			p := l.antecedentLeader(si, c.First, c.Actor())
			if opens := c.First == l.in.sents[si].First || c.First-1 == l.in.sents[si].First; (p == nil || !l.roles[p.Entity][c.Actor()]) && opens {
				p = l.soleSubjectBefore(si, c.First) // (only as the subject: "led Uruguay's president to cede control" is anyone's)
			} else if p != nil && !l.roles[p.Entity][c.Actor()] {
				p = nil
			}
			if p != nil {
				// The description replaces the country word in it: "the
				// British leader" is someone to criticise, not Britain.
				replaced[c] = true
				role := l.in.toks[k].Text
				if strings.EqualFold(role, "minister") {
					role = textOf(l.in.toks, k-1, k+1) // "prime minister"
				}
				added = append(added, &Mention{Start: c.Start, End: l.in.toks[k].End, Text: l.in.doc.Text[c.Start:l.in.toks[k].End],
					Type: graph.Person, Entity: p.Entity, Kind: "description", Role: role, RoleOf: c.Actor(),
					First: c.First, Last: k + 1, Sent: si, Source: "rule"})
			}
		}
		return added, replaced
	})
}

// ownCountries adds the country "his country" or "her country" refers to:
// the one country the titles of the person the pronoun means attach to
// ("Maia Sandu won a second term as Moldova's president. Her country
// applied to join the bloc in 2022"). The person is the last one named
// before the pronoun in its sentence, else the previous sentence's
// subject, else its one person; a person of no country, or of two,
// gives none.
func (l *linkRun) ownCountries() {
	toks := l.in.toks
	l.describeSentences(func(si int, ms []*Mention) ([]*Mention, map[*Mention]bool) {
		s := l.in.sents[si]
		var added []*Mention
		for k := s.First; k+1 < s.Last; k++ {
			if w := strings.ToLower(toks[k].Text); w != "his" && w != "her" || !strings.EqualFold(toks[k+1].Text, "country") || mentionCovers(ms, k+1) {
				continue
			}
			p := l.ownerBefore(si, k)
			if p == nil {
				continue
			}
			country := ""
			for e := range l.roles[p.Entity] {
				if strings.HasPrefix(e, graph.Country.Slug()+"/") {
					if country != "" {
						country = "?"
					} else {
						country = e
					}
				}
			}
			if country == "?" {
				continue
			}
			d := &Mention{Start: toks[k].Start, End: toks[k+1].End, Text: textOf(toks, k, k+2), Type: graph.Country,
				Entity: country, Kind: "description", First: k, Last: k + 2, Sent: si, Source: "rule"}
			if country == "" {
				// no title tells it: the state the patterns read the person
				// leading or serving in the sentences before, if one
				// (ownCountryFrom, when the sentence's turn comes)
				l.pendingCountries = append(l.pendingCountries, pendingCountry{d, p.Entity})
			}
			added = append(added, d)
		}
		return added, nil
	})
}

// describedCapitals adds the town "the Qatari capital" names, the capital
// the gazetteer gives the demonym's country ("after Israel struck a
// building in the Qatari capital": Doha), when no name follows to say it
// ("the Iraqi capital, Baghdad," is read from the name). The mention covers
// the demonym and the noun and takes the demonym's place.
func (l *linkRun) describedCapitals() {
	toks := l.in.toks
	l.describeSentences(func(si int, ms []*Mention) ([]*Mention, map[*Mention]bool) {
		s := l.in.sents[si]
		var added []*Mention
		replaced := make(map[*Mention]bool)
		for _, d := range ms {
			k := d.Last
			if d.Kind != "demonym" || k >= s.Last || toks[k].Text != "capital" || d.First == s.First || !strings.EqualFold(toks[d.First-1].Text, "the") {
				continue
			}
			if n := k + 1; n < s.Last && (isCap(toks[n].Text) || toks[n].Text == "of" || toks[n].Text == "city") {
				continue // "the Iraqi capital Baghdad", "the Iraqi capital city"
			}
			if b := d.First - 2; b > s.First && toks[b].Text == "," {
				continue // "Minsk, the Belarusian capital": the name is given
			}
			if k+1 < s.Last && isPossessive(toks[k+1].Text) {
				continue // "the Qatari capital's emir": the country's ruler, not the town's
			}
			c := l.gaz.Capital(d.Actor())
			if c == "" {
				continue
			}
			replaced[d] = true
			added = append(added, &Mention{Start: d.Start, End: toks[k].End, Text: textOf(toks, d.First, k+1), Type: graph.Location,
				Entity: c, Kind: "description", First: d.First, Last: k + 1, Sent: si, Source: "rule"})
		}
		return added, replaced
	})
}

// pendingCountry is a "his country" whose country the titles did not tell.
type pendingCountry struct {
	d      *Mention
	person string
}

// resolveOwnCountries gives the pending "his country" descriptions of
// sentence si the one country the patterns have read their person leading
// or serving so far ("Maia Sandu won a second term as Moldova's
// president. Her country applied to join"); the rest name nothing.
func (l *linkRun) resolveOwnCountries(si int) {
	for _, pc := range l.pendingCountries {
		if pc.d.Sent != si {
			continue
		}
		for _, c := range l.out {
			if c.src == pc.person && c.statePost() {
				if pc.d.Entity != "" && pc.d.Entity != c.tgt {
					pc.d.Entity = "?"
					break
				}
				pc.d.Entity = c.tgt
			}
		}
		if pc.d.Entity == "" || pc.d.Entity == "?" {
			// no one country: the words stay covered, naming nothing a
			// pattern relates or counts as another country
			pc.d.Entity, pc.d.Type = "", Misc
		}
	}
}

// ownerBefore returns the person a possessive pronoun at token k of
// sentence si most likely means, of the pronoun's sex where the story
// tells the person's: the last person named before it in the
// sentence, else the person opening the sentence before, else the one
// person that sentence names; past a sentence that names nobody to the
// one before it.
func (l *linkRun) ownerBefore(si, k int) *Mention {
	other := otherGender("he")
	if strings.EqualFold(l.in.toks[k].Text, "her") {
		other = otherGender("she")
	}
	person := func(m *Mention) bool { return m.Type == graph.Person && l.gender[m.Entity] != other } // ("her country" is no man's)
	var last *Mention
	for _, m := range l.bySent[si] {
		if person(m) && m.Last <= k {
			if last != nil && last.Entity != m.Entity {
				return nil // "Macron and Scholz met; he said his country": either's
			}
			last = m
		}
	}
	if last != nil {
		return last
	}
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		var one *Mention
		for _, m := range l.bySent[back] {
			if !person(m) {
				continue
			}
			if m.First == l.in.sents[back].First {
				return m
			}
			if one != nil && one.Entity != m.Entity {
				return nil
			}
			one = m
		}
		if one != nil {
			return one
		}
	}
	return nil // nobody named in the sentence or the two before
}

// soleSubjectBefore returns the person a leader's description refers to
// when no one in the story holds that office by title: the one person the
// previous sentence names, opening it as its subject, who holds no office
// the story tells ("Emmanuel Macron arrived in Berlin. The French president
// held talks with ..."), with no other person named since but by a title
// of theirs. Else nil: "Macron met Scholz. The German chancellor said"
// names two.
func (l *linkRun) soleSubjectBefore(si, before int) *Mention {
	if si == 0 {
		return nil
	}
	for _, m := range l.bySent[si] {
		if m.Type == graph.Person && m.First < before {
			return nil
		}
	}
	var who *Mention
	for _, m := range l.bySent[si-1] {
		if m.Type != graph.Person {
			continue
		}
		if who != nil && who.Entity != m.Entity {
			if m.Role != "" && m.Kind != "description" {
				continue // "Keir Starmer hosted Ukrainian President Volodymyr Zelensky. The British prime minister": the untitled subject, not one the text gave his office
			}
			return nil
		}
		if who == nil {
			who = m
		}
	}
	if who == nil || who.First != l.in.sents[si-1].First || who.Kind == "description" || len(l.roles[who.Entity]) > 0 {
		return nil
	}
	return who
}

// describedTitled adds the person a bare title refers to: "The
// chancellor met Zelensky" after "German Chancellor Olaf Scholz". The
// title, after "the" and with no name after it, must be the title of one
// person only in the sentence and the five before, and that person's
// mention must carry it; two presidents named make "the president"
// nobody's. The mention covers "the" and the title, has kind
// "description" and is the linker's alone.
func (l *linkRun) describedTitled() {
	toks := l.in.toks
	l.describeSentences(func(si int, ms []*Mention) ([]*Mention, map[*Mention]bool) {
		s := l.in.sents[si]
		var added []*Mention
		for k := s.First + 1; k < s.Last; k++ {
			title := strings.ToLower(toks[k].Text)
			// "the foreign minister": one word of the office before its
			// head, which the holder's title must end with too
			the := k - 1
			if the > s.First && !strings.EqualFold(toks[the].Text, "the") && officeModifiers[strings.ToLower(toks[the].Text)] {
				title = strings.ToLower(toks[the].Text) + " " + title
				the--
			}
			if !bareTitles[headWord(title)] || !strings.EqualFold(toks[the].Text, "the") || k+1 < s.Last && (isCap(toks[k+1].Text) || strings.EqualFold(toks[k+1].Text, "of")) ||
				mentionCovers(ms, k) || mentionCovers(ms, the+1) {
				continue // not "the president of Niger", another's office
			}
			if !oldBareTitles[title] && k+1 < s.Last && isPossessive(toks[k+1].Text) {
				continue // "occupying the prime minister's office": the office, whoever holds it
			}
			var who *Mention
			ambiguous := false
			for t := si; t >= 0 && si-t <= 5; t-- {
				for _, m := range l.bySent[t] {
					if m.Type != graph.Person || m.Kind == "description" || t == si && m.First >= k || !roleEndsWith(m.Role, title) || notTheHolder(m.Role) {
						continue // "Vice President Dick Cheney" is not "the president"
					}
					if who != nil && who.Entity != m.Entity {
						ambiguous = true
					}
					who = m
				}
			}
			if who == nil || ambiguous {
				continue
			}
			added = append(added, &Mention{Start: toks[the].Start, End: toks[k].End, Text: l.in.doc.Text[toks[the].Start:toks[k].End],
				Type: graph.Person, Entity: who.Entity, Kind: "description", Role: l.in.doc.Text[toks[the+1].Start:toks[k].End], RoleOf: who.RoleOf,
				First: the, Last: k + 1, Sent: si, Source: "rule"})
		}
		return added, nil
	})
}

// bareTitles are the titles "the" may stand for a person with: one holder
// in a story.
var bareTitles = set("president", "chancellor", "premier", "king", "queen", "emperor", "pope", "emir", "sultan", "monarch",
	"secretary-general", "ayatollah", "dictator", "minister", "secretary", "senator", "governor", "mayor", "ambassador",
	"envoy", "spokesman", "spokeswoman")

// oldBareTitles are the heads of state and the like whose possessive is
// still the holder's: "the president's spokesman".
var oldBareTitles = set("president", "chancellor", "premier", "king", "queen", "emperor", "pope", "emir", "sultan", "monarch",
	"secretary-general", "ayatollah", "dictator")

// officeModifiers say which office of a kind: "the foreign minister",
// "the prime minister", "the defense secretary".
var officeModifiers = set("prime", "foreign", "defense", "defence", "interior", "finance", "justice", "trade", "energy",
	"health", "education", "agriculture", "economy", "oil", "information", "treasury", "home")

// roleEndsWith reports whether a role ends with the words of title:
// "Iranian Foreign Minister" ends with "foreign minister" and "minister".
func roleEndsWith(role, title string) bool {
	role = strings.ToLower(role)
	return role == title || strings.HasSuffix(role, " "+title)
}

// notTheHolder reports whether a role qualifies its title away from the
// holder "the" + title means: a deputy, a predecessor.
func notTheHolder(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(role, "-", " "))) {
		switch w {
		case "vice", "deputy", "assistant", "former", "ex", "acting", "interim", "late", "then":
			return true
		}
	}
	return false
}

// headWord returns the last word of a role, lower-cased: "German
// Chancellor" gives "chancellor".
func headWord(role string) string {
	if i := strings.LastIndexByte(role, ' '); i >= 0 {
		role = role[i+1:]
	}
	return strings.ToLower(role)
}

// mentionCovers reports whether a mention of ms covers token k.
func mentionCovers(ms []*Mention, k int) bool {
	for _, m := range ms {
		if m.First <= k && k < m.Last {
			return true
		}
	}
	return false
}

// leaderDescription reports whether country mention c opens a definite
// description of the country's leader ("the Belarusian leader", "the U.S.
// chief"): "the", the country word, a leader's title that no mention
// covers, and no name after it ("the U.S. President Joe Biden" names him
// itself). It returns the title's token.
func leaderDescription(toks []Token, s Sentence, c *Mention, ms []*Mention) (int, bool) {
	k := c.Last
	// "Turkey's president has governed": as the subject only ("led
	// Uruguay's president to cede control" in a country's history is any
	// of them)
	owner := c.First == s.First && k < s.Last && isPossessive(toks[k].Text) && c.Kind != "demonym"
	if owner {
		k++
	}
	prime := k+1 < s.Last && strings.EqualFold(toks[k].Text, "prime") && strings.EqualFold(toks[k+1].Text, "minister")
	if prime {
		k++ // "the Indian prime minister"
	}
	if actorType(c) != graph.Country && (c.Type != graph.Org || c.StandsFor != "") || c.First == s.First && !owner || k >= s.Last ||
		!owner && !strings.EqualFold(toks[c.First-1].Text, "the") || !leaderTitles[strings.ToLower(toks[k].Text)] && !prime ||
		k+1 < s.Last && (isCap(toks[k+1].Text) || owner && toks[k+1].Text == "," || toks[k+1].Text == "of") {
		// (not "Turkey's president, Recep Tayyip Erdogan,": the name is
		// there; not "the Hamas mayor of Gaza City": another's office)
		return 0, false
	}
	for _, m := range ms {
		if m.First <= k+1 && k < m.Last {
			return 0, false // the title is part of a mention, or a name follows it
		}
	}
	return k, true
}

// describeSentences passes each sentence's index and mentions to
// describe, and puts the descriptions it adds among the sentence's
// mentions, in place of those it replaces.
func (l *linkRun) describeSentences(describe func(si int, ms []*Mention) (added []*Mention, replaced map[*Mention]bool)) {
	for si, ms := range l.bySent {
		if added, replaced := describe(si, ms); added != nil {
			l.bySent[si] = withDescriptions(ms, added, replaced)
		}
	}
}

// withDescriptions returns a sentence's mentions with the descriptions
// added, less those they replace, in text order. ms itself is kept: it
// may be the document's list.
func withDescriptions(ms, added []*Mention, replaced map[*Mention]bool) []*Mention {
	all := make([]*Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !replaced[m] {
			all = append(all, m)
		}
	}
	all = append(all, added...)
	slices.SortStableFunc(all, func(a, b *Mention) int { return a.First - b.First })
	return all
}

// countryNouns name a country by its kind: "the kingdom", "the island
// nation".
var countryNouns = set("country", "nation", "kingdom", "republic", "emirate", "sultanate", "monarchy")

// describedCountries adds the country "The country" opening a sentence
// refers to: "Ukraine applied in 2022. The country has sought to join
// NATO." It is the previous sentence's subject when that is a country, or
// the one country that sentence names; otherwise none. The mention covers
// "The country" (or "The nation"), has kind "description" and is the
// linker's alone.
func describedCountries(toks []Token, sents []Sentence, bySent [][]*Mention) {
	for si := range sents {
		countryMentionedBefore(toks, sents[si], si, bySent)
	}
	for si := 1; si < len(sents); si++ {
		s := sents[si]
		i := s.First
		if i+2 >= s.Last || !strings.EqualFold(toks[i].Text, "the") {
			continue
		}
		// "The country", "The Himalayan kingdom", "The former Soviet
		// republic", "The oil-rich nation", before its verb
		n := i + 1
		for n < s.Last-1 && n <= i+3 && !countryNouns[strings.ToLower(toks[n].Text)] && (toks[n].Tag == "JJ" || toks[n].Tag == "NNP" || strings.Contains(toks[n].Text, "-")) {
			n++
		}
		if n+1 >= s.Last || !countryNouns[strings.ToLower(toks[n].Text)] || !strings.HasPrefix(toks[n+1].Tag, "VB") && !strings.HasPrefix(toks[n+1].Tag, "MD") {
			continue
		}
		inside := false
		for _, m := range bySent[si] {
			if m.First < n+1 && !(m.Kind == "demonym" && strings.EqualFold(toks[m.First-1].Text, "former")) {
				inside = true // a name inside the phrase: "The Soviet republic" names its own country ("the former Soviet republic" does not)
			}
		}
		if inside {
			continue
		}
		var country *Mention
		prev := bySent[si-1]
		for _, m := range prev {
			if m.Type != graph.Date {
				if actorType(m) == graph.Country && m.First == sents[si-1].First && m.Last < sents[si-1].Last {
					if w := strings.ToLower(toks[m.Last].Text); w != "and" && w != "," && w != "or" {
						country = m // its subject, alone
					}
				}
				break
			}
		}
		if country == nil {
			for _, m := range prev {
				if actorType(m) != graph.Country {
					continue
				}
				if country != nil && country.Actor() != m.Actor() {
					country = nil
					break
				}
				country = m
			}
		}
		if country == nil {
			continue
		}
		d := &Mention{Start: toks[i].Start, End: toks[n].End, Text: textOf(toks, i, n+1), Type: graph.Country,
			Entity: country.Actor(), Kind: "description", First: i, Last: n + 1, Sent: si, Source: "rule"}
		replaced := make(map[*Mention]bool)
		for _, m := range bySent[si] {
			if m.First < n+1 {
				replaced[m] = true // "the former Soviet republic": the description holds the demonym
			}
		}
		bySent[si] = withDescriptions(bySent[si], []*Mention{d}, replaced)
	}
}

// countryMentionedBefore adds the country "the country" inside a
// sentence refers to: the one country the sentence named before it, by
// name or by a demonym of its officials or forces ("Iraq has changed since
// U.S.-led forces invaded the country"; "Pakistani officials say U.S.
// strikes hit the country's Bajaur region" names two; "a Canadian
// engineer" names a nationality, no country the story is in). A state named only inside a hyphenated word
// ("U.S.-led") does not count, nor does a "country" that other words
// qualify ("the host country").
func countryMentionedBefore(toks []Token, s Sentence, si int, bySent [][]*Mention) {
	for i := s.First + 1; i+1 < s.Last; i++ {
		if !strings.EqualFold(toks[i].Text, "the") || !strings.EqualFold(toks[i+1].Text, "country") || i+2 < s.Last && strings.HasPrefix(toks[i+2].Tag, "NN") {
			continue
		}
		var country *Mention
		ok, named := true, false
		for _, m := range bySent[si] {
			if m.First >= i || actorType(m) != graph.Country || m.Type == graph.Org || m.Kind == "leader" || m.Kind == "description" {
				continue
			}
			if country != nil && country.Actor() != m.Actor() {
				ok = false
			}
			country = m
			named = named || m.Kind != "demonym" || stateNounAfter(toks, s, m.Last)
		}
		if !ok || country == nil || !named {
			continue // (a demonym still makes two: "two Afghan presidential rivals ... US Secretary of State John Kerry ... the country's democracy"; but alone, only of officials, forces or an office: "A Canadian engineer was abducted in the country's Sool region")
		}
		d := &Mention{Start: toks[i].Start, End: toks[i+1].End, Text: textOf(toks, i, i+2), Type: graph.Country,
			Entity: country.Actor(), Kind: "description", First: i, Last: i + 2, Sent: si, Source: "rule"}
		bySent[si] = withDescriptions(bySent[si], []*Mention{d}, nil)
	}
}

// stateNounsAfterDemonym make a demonym name its state: "Pakistani
// officials", "Iraqi forces", "Afghan President Hamid Karzai", "Romanian
// law".
var stateNounsAfterDemonym = set("officials", "official", "authorities", "government", "forces", "troops", "police", "military",
	"army", "leaders", "ministers", "diplomats", "lawmakers", "media", "state", "president", "prime", "premier", "leader", "king",
	"law", "constitution", "parliament", "security", "intelligence")

// stateNounAfter reports whether one of the two words from k is a state's
// noun ("Pakistani intelligence officials").
func stateNounAfter(toks []Token, s Sentence, k int) bool {
	for j := k; j < s.Last && j < k+2; j++ {
		if stateNounsAfterDemonym[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	return false
}

// governments adds the state a leader's government or administration
// stands for, so that every pattern reads it as the state: "The Biden
// administration imposed sanctions on Nicaragua", "Erdogan's government
// arrested ...". The state is the one country the story titles the person
// an office of; "administration" with no office told is the United
// States' (the word is Washington's). The mention covers the name and the
// noun, replaces the person's and has kind "description".
func (l *linkRun) governments() {
	toks := l.in.toks
	us := graph.Country.Slug() + "/united-states"
	l.describeSentences(func(si int, ms []*Mention) ([]*Mention, map[*Mention]bool) {
		var added []*Mention
		replaced := make(map[*Mention]bool)
		for _, p := range ms {
			if p.Type != graph.Person || p.Kind == "description" {
				continue
			}
			k := p.Last
			if k < l.in.sents[si].Last && isPossessive(toks[k].Text) {
				k++
			}
			if k >= l.in.sents[si].Last {
				continue
			}
			w := strings.ToLower(toks[k].Text)
			if w != "administration" && w != "government" && w != "regime" {
				continue
			}
			if b := p.First - 1; b >= l.in.sents[si].First && (strings.HasSuffix(toks[b].Text, "-backed") || strings.HasSuffix(toks[b].Text, "-supported")) {
				continue // "the U.S.-backed Karzai government": the backing is of the man
			}
			country, others := "", 0
			for c := range l.roles[p.Entity] {
				if strings.HasPrefix(c, graph.Country.Slug()+"/") {
					country = c
				}
				others++
			}
			if others > 1 {
				continue // offices of several bodies or states: whose government, the words do not say
			}
			if country == "" && others == 0 && w == "administration" {
				country = us
			}
			if country == "" {
				continue
			}
			replaced[p] = true
			if p.Role != "" {
				if l.ruled == nil {
					l.ruled = make(map[int][]*Mention)
				}
				l.ruled[si] = append(l.ruled[si], p)
			}
			added = append(added, &Mention{Start: p.Start, End: toks[k].End, Text: l.in.doc.Text[p.Start:toks[k].End], Type: graph.Country,
				Entity: country, Kind: "description", First: p.First, Last: k + 1, Sent: si, Source: "rule"})
		}
		return added, replaced
	})
}
