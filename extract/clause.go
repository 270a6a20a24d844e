package extract

import (
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// sentenceView is one sentence with its mentions indexed by token, the unit
// the relation patterns read.
type sentenceView struct {
	toks  []Token // the whole document's tokens
	s     Sentence
	ms    []*Mention // mentions in the sentence, in order
	at    []int      // token index - s.First -> index in ms, or -1
	index int        // sentence number
	// periods are the sentence's relative periods ("last week"): they
	// date relations but are no mentions.
	periods []*Mention
}

func newSentenceView(toks []Token, s Sentence, index int, ms []*Mention) *sentenceView {
	v := &sentenceView{toks: toks, s: s, ms: ms, index: index, at: make([]int, s.Last-s.First)}
	for i := range v.at {
		v.at[i] = -1
	}
	for k, m := range ms {
		for i := m.First; i < m.Last; i++ {
			v.at[i-s.First] = k
		}
	}
	return v
}

// word returns the lower-case text of token i, or "" outside the sentence.
func (v *sentenceView) word(i int) string {
	if i < v.s.First || i >= v.s.Last {
		return ""
	}
	return strings.ToLower(v.toks[i].Text)
}

// possessive reports whether token i is the possessive clitic "'s".
func (v *sentenceView) possessive(i int) bool {
	return i >= v.s.First && i < v.s.Last && possessiveAt(v.toks, i)
}

// possessiveAt reports whether token i is a possessive clitic: "'s", or
// the apostrophe alone after a name ending in s ("Siemens' chief
// executive", "the Philippines' president").
func possessiveAt(toks []Token, i int) bool {
	t := toks[i]
	if isPossessive(t.Text) {
		return true
	}
	return (t.Text == "'" || t.Text == "\u2019") && t.Tag == "POS" && i > 0 && toks[i-1].End == t.Start && strings.HasSuffix(toks[i-1].Text, "s")
}

// isPossessive reports whether a token is the possessive clitic, with a
// straight or a typographic apostrophe ("Belarus's", "Belarus’s").
func isPossessive(w string) bool { return w == "'s" || w == "\u2019s" }

// ownedPerson returns the titled person after a possessive at token i:
// "Pakistan's President Pervez Musharraf" gives Musharraf; nil when no
// title and person follow.
func (v *sentenceView) ownedPerson(i int) *Mention {
	if !v.possessive(i) {
		return nil
	}
	k := i + 1
	for k < v.s.Last && k < i+5 && v.mentionAt(k) == nil && titleWords[lowerNoDot(v.word(k))] {
		k++
	}
	if p := v.mentionAt(k); p != nil && p.Type == graph.Person && p.First == k && (k > i+1 || v.countryOwner(i) || v.bodyOwner(i)) {
		return p // ("Venezuela's Nicolas Maduro": the country's man, named; "Islamic State's Abu Yusif": the body's)
	}
	if v.word(k) == "," && k > i+1 {
		// "Uganda's foreign minister, Sam Kutesa", "Burma's leader,
		// Lieutenant-General Soe Win"
		j := k + 1
		for j < v.s.Last && j < k+4 && v.mentionAt(j) == nil && (isTitleWord(v.toks[j].Text) || hyphenatedTitle(v.toks[j].Text)) {
			j++
		}
		if p := v.mentionAt(j); p != nil && p.Type == graph.Person && p.First == j {
			return p
		}
	}
	return nil
}

// bodyOwner reports whether the possessive at i is an organisation's:
// "Islamic State's Abu Yusif", "Hamas's Yahya Sinwar".
func (v *sentenceView) bodyOwner(i int) bool {
	m := v.mentionAt(i - 1)
	return m != nil && m.Last == i && m.Type == graph.Org && m.StandsFor == ""
}

// countryOwner reports whether the possessive at i is a country's: "Venezuela's".
func (v *sentenceView) countryOwner(i int) bool {
	m := v.mentionAt(i - 1)
	return m != nil && m.Last == i && m.Kind != "demonym" && actorType(m) == graph.Country
}

// listOrOwned is listAt, or, when a possessor stands at i, the titled
// person it owns: "talks with Saudi Arabia's King Abdullah".
func (v *sentenceView) listOrOwned(i int) ([]*Mention, int) {
	if m := v.mentionAt(i); m != nil && m.Type != graph.Person {
		if p := v.ownedPerson(m.Last); p != nil {
			return []*Mention{p}, p.Last
		}
	}
	return v.listAt(i)
}

// mentionAt returns the mention covering token i, or nil.
func (v *sentenceView) mentionAt(i int) *Mention {
	if i < v.s.First || i >= v.s.Last {
		return nil
	}
	if k := v.at[i-v.s.First]; k >= 0 {
		return v.ms[k]
	}
	return nil
}

// isActor reports whether m can take part in a relation between actors:
// a person, organisation or country, or a place or demonym standing for a
// country.
func isActor(m *Mention) bool {
	switch m.Type {
	case graph.Person, graph.Org, graph.Country:
		return true
	case graph.Location:
		return m.StandsFor != ""
	}
	return false
}

// bodyKindAfter say what kind of body a name before them is: "the NATO
// alliance", "the BRICS group", "the Viv Ansanm coalition", "the Law and
// Justice party".
var bodyKindAfter = union(genericOrgNouns, set("alliance", "bloc", "grouping", "cartel", "coalition", "pact", "club", "forum", "body",
	"gang", "faction"))

// rivalGovernment reports whether the words between a country and its
// government noun at j, or after it, make the government another than the
// state's: "Myanmar's shadow government", "the interim government",
// "the government in exile".
func rivalGovernment(v *sentenceView, from, j int) bool {
	for k := from; k < j; k++ {
		w := v.word(k)
		if rivalWords[w] || strings.HasSuffix(w, "-based") || strings.HasPrefix(w, "self-") {
			return true
		}
	}
	return v.word(j+1) == "in" && v.word(j+2) == "exile"
}

// rivalWords describe a government that is not the state's own.
var rivalWords = set("shadow", "parallel", "interim", "rival", "exiled", "opposition", "breakaway", "provisional", "separatist", "eastern", "western", "northern", "southern")

// kindEnd returns the token after the kind of body written after a name
// at n ("alliance", "trade union"), or n when none stands there.
func (v *sentenceView) kindEnd(n int) int {
	if v.word(n) == "trade" && v.word(n+1) == "union" {
		return n + 2 // "the Solidarity trade union" ("trade" there is no portfolio)
	}
	if (v.word(n) == "security" || v.word(n) == "intelligence") && (v.word(n+1) == "service" || v.word(n+1) == "agency") {
		return n + 2 // "Ukraine's SBU security service"
	}
	if bodyKindAfter[v.word(n)] {
		return n + 1
	}
	if causeNouns[v.word(n)] && (bodyKindAfter[v.word(n+1)] || v.word(n+1) == "front") {
		return n + 2 // "the Polisario Front independence movement"
	}
	return n
}

// causeNouns name what a movement is for, before its kind: "independence
// movement", "opposition group".
var causeNouns = set("independence", "separatist", "opposition", "rebel", "resistance", "liberation", "protest", "reform", "pro-democracy", "democracy")

// bodyHeadNouns name a kind of body before or after its name: "the
// militant group Hamas", "telecom giant Huawei".
var bodyHeadNouns = union(genericOrgNouns, orgKindNouns)

// bodyHead reports whether w is one of bodyHeadNouns or its plural:
// "giants", "companies".
func bodyHead(w string) bool {
	if bodyHeadNouns[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok {
		return bodyHeadNouns[s+"y"]
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && bodyHeadNouns[s]
}

// bodyNamedWithKind returns the body whose name and kind end before token
// end ("the Houthi movement", "the Solidarity trade union"), or nil.
func (v *sentenceView) bodyNamedWithKind(end int) *Mention {
	for k := end - 3; k <= end-2; k++ { // (a kind of two words: "trade union")
		if m := v.mentionAt(k); m != nil && m.Last == k+1 && isBody(m) && v.kindEnd(m.Last) == end && end > m.Last && isLowerWord(v.toks[end-1].Text) {
			return m
		}
	}
	return nil
}

// bodyKindOnly reports whether the kind of body after m ends its noun
// phrase, no title or name following: "the Law and Justice party,".
func (v *sentenceView) bodyKindOnly(m *Mention) bool {
	e := v.kindEnd(m.Last)
	return e > m.Last && (e >= v.s.Last || !isCap(v.toks[e].Text) && !isTitleWord(v.toks[e].Text))
}

// tag returns the part-of-speech tag of token i, "" outside the sentence.
func (v *sentenceView) tag(i int) string {
	if i < v.s.First || i >= v.s.Last {
		return ""
	}
	return v.toks[i].Tag
}

// actor reports whether m is an actor here: not a modifier of a noun
// ("U.S. troops", "the Iraqi president", "EU leaders") and not the
// possessor in "Britain's prime minister", where the actor is the noun.
func (v *sentenceView) actor(m *Mention) bool {
	if !isActor(m) || m.Kind == "leader" {
		return false // "U.S.-led": the forces after it act, read by forcesBefore
	}
	if m.Type == graph.Person || m.Last >= v.s.Last {
		return true
	}
	next := v.toks[m.Last]
	if timeNouns[v.word(m.Last)] && m.Last+1 < v.s.Last {
		next = v.toks[m.Last+1] // "China today declared": the verb after the time
	}
	if v.possessive(m.Last) {
		// A possessor is an actor only before a relation noun ("Belarus's ally");
		// the patterns that read possessives check that themselves.
		return v.mentionAt(m.Last+1) == nil && !isWord(v.word(m.Last+1)) || relationNouns[v.word(m.Last+1)]
	}
	if v.mentionAt(m.Last) != nil || !isWord(next.Text) {
		return true
	}
	if onlyVerb(next.Text) || timeWords[next.Text] {
		return true // ("sent aid to Haiti last week")
	}
	switch next.Tag {
	case "JJ":
		// "Britain imposed sanctions": the tagger reads some past verbs
		// after a name as adjectives; a name before an adjective is a
		// modifier ("Russian-speaking", "EU foreign").
		return strings.HasSuffix(next.Text, "ed") && !strings.Contains(next.Text, "-")
	case "NN", "NNS", "NNP", "NNPS", "VBG":
		// "joined the NATO alliance", "the BRICS group": the body, named
		// with its kind (not "the NATO summit")
		e := v.kindEnd(m.Last)
		if fighterNouns[v.word(m.Last)] && v.word(m.Last) != "targets" && !pastMembers(v, m.First-1) {
			e = m.Last + 1 // "ELN rebels resumed peace talks": the body, named by its fighters (not "Former Taliban fighters")
		}
		return m.Type == graph.Org && m.StandsFor == "" && e > m.Last && !strings.HasPrefix(v.tag(e), "NN")
	}
	return true
}

// relationNouns may follow a possessive actor: "Belarus's ally Russia".
var relationNouns = set("ally", "allies", "alliance", "partner", "partners", "neighbour", "neighbor",
	"member", "members", "membership", "leader", "president", "prime", "enemy", "enemies", "rival", "rivals")

// actorType is the type the linker sees: a capital standing for a country
// is a country.
func actorType(m *Mention) graph.EntityType {
	if m.StandsFor != "" {
		return graph.Country
	}
	return m.Type
}

// listAt reads a coordinated list of actor mentions starting at token i:
// "Armenia, Kazakhstan, Kyrgyzstan and Tajikistan". It returns the mentions
// and the token after the list. A person's title and the demonym before it
// are skipped ("Russian President Vladimir Putin").
func (v *sentenceView) listAt(i int) ([]*Mention, int) {
	var out []*Mention
	firstComma, commaEnd := -1, 0 // where a comma first continued the list, and the token it stood at
	closed := false               // a conjunction came: a second one opens a clause of its own
	for i < v.s.Last {
		m := v.headMentionAt(i)
		if m == nil {
			break
		}
		out = append(out, m)
		i = m.Last
		if v.possessive(i) {
			break
		}
		switch {
		case v.word(i) == "," && (v.word(i+1) == "and" || v.word(i+1) == "or"):
			if n := v.headMentionAt(i + 2); len(out) == 1 && n != nil && n.Last < v.s.Last && finiteVerbTag(v.toks[n.Last].Tag) || closed && v.clauseListAt(i+2) {
				// "Washington sanctioned Kagame, and Congo welcomed the
				// move", "founded by China, ... and Uzbekistan, and India,
				// Pakistan, Iran and Belarus have since joined": a clause
				// of its own
				return out, i
			}
			i += 2
			firstComma, closed = -1, true // a conjunction closes "A, B and C"
			continue
		case v.word(i) == "and" || v.word(i) == "or" || v.word(i) == "&":
			if closed && v.clauseListAt(i+1) {
				return out, i
			}
			i++
			firstComma, closed = -1, true
			continue
		case v.word(i) == "," && v.headMentionAt(i+1) != nil:
			if firstComma < 0 {
				firstComma, commaEnd = len(out), i
			}
			i++
			continue
		}
		break
	}
	// "Y, X said" is no list: commas without a closing conjunction end it.
	if firstComma >= 0 {
		return out[:firstComma], commaEnd
	}
	return out, i
}

// clauseListAt reports whether the names from token i on are the subject
// of a verb of their own: "..., and India, Pakistan, Iran and Belarus have
// since joined".
func (v *sentenceView) clauseListAt(i int) bool {
	list, end := v.listAt(i)
	if len(list) == 0 || end >= v.s.Last {
		return false
	}
	return finiteVerbTag(v.toks[end].Tag) || auxiliaries[v.word(end)]
}

// finiteVerbTag reports whether a tag is a verb with a tense or a modal:
// a clause's own verb.
func finiteVerbTag(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }

// headMentionAt returns the actor mention that a noun phrase starting at i
// is about, skipping determiners, titles and a demonym before a person:
// "the Russian President Vladimir Putin" gives Putin.
func (v *sentenceView) headMentionAt(i int) *Mention {
	start := i
	for i < v.s.Last && i-start < 6 {
		w := v.word(i)
		if m := v.mentionAt(i); m != nil {
			// "the Palestinian militant group Hamas": a demonym and words
			// saying what kind of body the name after them is
			if m.Kind == "demonym" {
				k := m.Last
				for k+1 < v.s.Last && k < m.Last+4 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && (!bodyHead(v.word(k)) || bodyHead(v.word(k+1))) {
					k++ // ("telecom giant": kind nouns in a row, the last one before the name)
				}
				if p := v.mentionAt(k + 1); bodyHead(v.word(k)) && p != nil && p.First == k+1 && isBody(p) {
					return p // ("Chinese telecom giant Huawei", "Russian oil giants Rosneft and Lukoil": the first)
				}
			}
			// A demonym or country directly before a titled person belongs to the title.
			if m.Type != graph.Person && m.Last < v.s.Last {
				if p := v.mentionAt(m.Last); p == nil && (titleWords[lowerNoDot(v.toks[m.Last].Text)] || roleAdjectives[lowerNoDot(v.toks[m.Last].Text)] ||
					titleModifiers[v.word(m.Last)] && isTitleWord(v.toks[min(m.Last+1, v.s.Last-1)].Text)) && // ("U.S. special envoy Steve Witkoff")
					!v.bodyKindOnly(m) { // ("backed by the Law and Justice party,", "the Solidarity trade union": the body, no title)
					i = m.Last
					continue
				}
				// "arms for Lebanese Hezbollah": a demonym qualifying the
				// name of a body or person after it
				if p := v.mentionAt(m.Last); m.Kind == "demonym" && p != nil && p.First == m.Last && (p.Type == graph.Org || p.Type == graph.Person) {
					i = m.Last
					continue
				}
				// "U.S. Middle East envoy George Mitchell": a region the
				// office covers, then the title
				if p := v.mentionAt(m.Last); p != nil && p.Type == graph.Location && p.Last < v.s.Last && v.mentionAt(p.Last) == nil &&
					titleWords[lowerNoDot(v.toks[p.Last].Text)] {
					i = p.Last
					continue
				}
			}
			if p := v.ownedPerson(m.Last); p != nil && m.Type != graph.Person {
				return p // "met with Jordan's King Abdullah": the titled person the possessor owns
			}
			if w := v.word(start); m.Kind == "demonym" && (w == "his" || w == "her" || w == "their" || w == "its") {
				return nil // "his South Korean and Russian counterparts": someone's people, not the states
			}
			if m.Kind == "demonym" {
				// "Burmese human rights activist Charm Tong": a nationality and a
				// trade before the name the phrase is about
				k := m.Last
				for k < v.s.Last && k < m.Last+4 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) {
					k++
				}
				if p := v.mentionAt(k); k > m.Last && p != nil && p.Type == graph.Person && p.First == k && (agentNoun(v.word(k-1)) || titleWords[v.word(k-1)]) {
					return p
				}
			}
			if m.Type != graph.Person {
				// "Hamas political bureau chief Ismail Haniyeh": the person
				// whose title the recogniser gave to the body
				from := m.Last + 1
				if v.word(m.Last) == "(" && v.word(m.Last+2) == ")" {
					from = m.Last + 3 // "Moro Islamic Liberation Front (MILF) chairman Al Haj Murad Ebrahim"
				}
				for k := from; k < v.s.Last && k <= from+3; k++ { // (a title stands between)
					if p := v.mentionAt(k); p != nil {
						if p.Type == graph.Person && p.First == k && p.Role != "" && (p.RoleOf == m.Entity || p.RoleOf == m.Actor()) {
							return p
						}
						break
					}
				}
			}
			if !v.actor(m) {
				return nil
			}
			return m
		}
		if w == "of" && i > start && titleWords[lowerNoDot(v.word(i-1))] && i+1 < v.s.Last && isCap(v.toks[i+1].Text) && titleWords[lowerNoDot(v.word(i+1))] {
			i++ // "Secretary of State Condoleezza Rice": the office's portfolio
			continue
		}
		if w == "the" || w == "a" || w == "an" || titleWords[lowerNoDot(w)] || i == start && (w == "his" || w == "her" || w == "their") || sizeModifier(w) ||
			i > start && neutralAdjectives[w] || // "the ailing former Cuban leader Fidel Castro"
			i > start && ledBy(w) || // "a member of the Russian-led CSTO"
			titleModifiers[w] || roleAdjectives[w] { // "visiting Palestinian President", "Palestinian Cabinet Minister"
			// "his Japanese counterpart Taro Aso", "the 10-member ASEAN"
			i++
			continue
		}
		if w == "," && i > start && titleWords[lowerNoDot(v.word(i-1))] {
			if p := v.mentionAt(i + 1); p != nil && p.Type == graph.Person {
				i++ // "his Chinese counterpart, Wang Yi"
				continue
			}
			if titleWords[lowerNoDot(v.word(i+1))] {
				i++ // "his counterpart, Prince Faisal bin Farhan", "..., Crown Prince Mohammed bin Salman": the titles, then the name
				continue
			}
		}
		return nil
	}
	return nil
}

// ledBy reports whether w says who leads or backs what it qualifies:
// "Russian-led", "Moscow-backed", "U.S.-dominated".
func ledBy(w string) bool {
	for _, suf := range []string{"-led", "-backed", "-dominated", "-sponsored"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// listBefore reads a coordinated list of actor mentions that ends just
// before token i: "Belarus and Russia are allied".
func (v *sentenceView) listBefore(i int) []*Mention {
	var out []*Mention
	and := false // a list ends in "and": "A, B and C"; "In Moscow, Putin met" is none
	j := i - 1
	if p := v.mentionAt(j - 1); v.word(j) == "," && p != nil && p.Type == graph.Person && v.word(p.First-1) == "," {
		j-- // "... and his Mexican counterpart, Vicente Fox, met": a name set off by commas
	}
	if w := v.word(j - 1); kinNouns[v.word(j)] && (w == "his" || w == "her" || w == "their") && v.word(j-2) == "and" && v.mentionAt(j-3) != nil {
		j -= 3 // "Syed Rizwan Farook and his wife killed 14 people": the one named
	}
	if v.word(j-1) == "other" && v.mentionAt(j) == nil && v.toks[j].Tag == "NNS" {
		// "Nepal's King Birendra and eight other royals were shot dead":
		// the one named, and others
		k := j - 2
		if v.toks[k].Tag == "CD" || v.word(k) == "several" || v.word(k) == "two" || v.word(k) == "many" {
			k--
		}
		if v.word(k) == "and" && v.mentionAt(k-1) != nil {
			j = k - 1
		}
	}
	if w := v.word(j); (w == "allies" || w == "partners") && v.mentionAt(j) == nil {
		// "Saudi Arabia and its Gulf allies began bombing": the one named
		for k := j - 1; k > v.s.First+1 && k >= j-3; k-- {
			if w := v.word(k); w == "its" || w == "their" {
				if v.word(k-1) == "and" && v.mentionAt(k-2) != nil {
					j = k - 2
				}
				break
			}
		}
	}
	if p := v.mentionAt(j - 1); fighterNouns[v.word(j)] && v.mentionAt(j) == nil && p != nil && p.Last == j && p.Type == graph.Org && p.StandsFor == "" {
		j-- // "Gustavo Petro and ELN rebels resumed peace talks": the body its fighters stand for
	}
	if w := v.word(j); (w == "states" || w == "countries" || w == "nations") && v.mentionAt(j) == nil {
		// "Poland and the Baltic states have sent": the named ones of a
		// list whose last item names a group
		k := j - 1
		for n := 0; n < 2 && k > v.s.First && v.word(k) != "the"; n++ {
			if m := v.mentionAt(k); m != nil {
				k = m.First
			}
			k--
		}
		if v.word(k) == "the" && v.word(k-1) == "and" && v.mentionAt(k-2) != nil {
			j, and = k-2, true
		}
	}
	for j >= v.s.First {
		m := v.mentionAt(j)
		if c := v.describedBefore(j); m == nil && len(out) > 0 && and && c != nil && (stateNouns[v.word(j)] || v.word(j) == "junta") && !rivalGovernment(v, c.Last, j) {
			// "Colombia's government and the ELN held talks", "the
			// Colombian government and the ELN": the state its government is
			out = append([]*Mention{c}, out...)
			j = c.First - 1
			break
		}
		if m == nil || !v.actor(m) || len(out) > 0 && !and {
			break
		}
		out = append([]*Mention{m}, out...)
		j = m.First - 1
		if m.Type == graph.Person {
			// "Kishida and his South Korean counterpart Yoon": past the
			// title, its country and the possessive to the "and"
			k := j
			for k > v.s.First && titleWords[lowerNoDot(v.word(k))] && v.mentionAt(k) == nil {
				k--
			}
			if c := v.mentionAt(k); k < j && c != nil && actorType(c) == graph.Country && c.Last == k+1 {
				k = c.First - 1
			}
			if k < j && (v.word(k) == "his" || v.word(k) == "her" || v.word(k) == "their") && v.word(k-1) == "and" {
				j = k - 2 // the name before "and"
				and = true
				continue
			}
			if v.word(j) == "," && v.word(m.Last) == "," {
				// "Roh Moo-hyun and his Mexican counterpart, Vicente Fox, met"
				c := j - 1
				for c > v.s.First && titleWords[lowerNoDot(v.word(c))] && v.mentionAt(c) == nil {
					c--
				}
				if d := v.mentionAt(c); c < j-1 && d != nil && actorType(d) == graph.Country && d.Last == c+1 {
					c = d.First - 1
				}
				if c < j-1 && (v.word(c) == "his" || v.word(c) == "her" || v.word(c) == "their") && v.word(c-1) == "and" {
					j = c - 2
					and = true
					continue
				}
			}
			// "Secretary of State Colin Powell and United Nations
			// Secretary-General Kofi Annan met": past the whole title,
			// with its body, portfolio or country, to the "and"
			k = j
			for n := 0; k > v.s.First && n < 10; n++ {
				if c := v.mentionAt(k); c != nil && c.Last == k+1 && c.Type != graph.Person && c.Type != graph.Date {
					k = c.First - 1
					continue
				}
				if w := lowerNoDot(v.word(k)); titleWords[w] || w == "of" && titleWords[lowerNoDot(v.word(k-1))] || w == "then-" || w == "ex-" || w == "former" {
					k-- // ("Taiwan's then-President Ma Ying-jeou")
					continue
				}
				if c := v.mentionAt(k - 1); isPossessive(v.word(k)) && c != nil && c.Type != graph.Person && c.Last == k {
					k = c.First - 1 // "Congo Republic's President Denis Sassou Nguesso"
					continue
				}
				break
			}
			if k < j && (v.word(k) == "and" || v.word(k) == "," && and) {
				j = k // ("Ukrainian President Volodymyr Zelensky, French President Emmanuel Macron, and ...": past the title to the comma)
			}
		}
		if v.word(j) == "the" && j > v.s.First && (v.word(j-1) == "and" || v.word(j-1) == ",") {
			j-- // "Israel and the United States"
		}
		switch {
		case v.word(j) == "and" && v.word(j-1) == ",":
			if p := v.mentionAt(j - 2); p != nil && v.word(v.phraseStart(p)-1) != "," && v.phraseStart(p) > v.s.First {
				// "reforms opposed by the FLNKS, and Paris accused
				// Azerbaijan": two names joined by a comma and "and" are
				// two clauses' ("A, the B, and C" has its comma before
				// the item's phrase)
				return out
			}
			j -= 2
			and = true
		case v.word(j) == "and":
			j--
			and = true
		case v.word(j) == "," && and:
			j--
		default:
			return out
		}
	}
	return out
}

// phraseStart returns where the noun phrase that names m starts: before
// "the", title words and a demonym or country that owns the title ("the
// United Kingdom", "French President Emmanuel Macron", "Britain's Prime
// Minister Keir Starmer").
func (v *sentenceView) phraseStart(m *Mention) int {
	k := m.First
	for k > v.s.First {
		w := v.word(k - 1)
		if w == "the" || isTitleWord(v.toks[k-1].Text) || graph.PastRole(w) {
			k--
			continue
		}
		if isPossessive(w) {
			if c := v.mentionAt(k - 2); c != nil && c.Last == k-1 {
				k = c.First
				continue
			}
		}
		if c := v.mentionAt(k - 1); c != nil && c.Last == k && (c.Kind == "demonym" || actorType(c) == graph.Country) && k < m.First {
			k = c.First
			continue
		}
		break
	}
	return k
}

// prevActor returns the nearest actor mention ending at or before token i
// in the sentence, skipping those in skip; nil if there is none.
func (v *sentenceView) prevActor(i int, ok func(*Mention) bool) *Mention {
	for k := len(v.ms) - 1; k >= 0; k-- {
		m := v.ms[k]
		if m.Last <= i && v.actor(m) && (ok == nil || ok(m)) {
			return m
		}
	}
	return nil
}

// accusations are hedges that weaken what is alleged, but are themselves
// hostile: "Sandu accused Russia of trying to buy votes".
var accusations = set("accused", "charged")

// negators and hedges are words that deny or weaken a statement near them.
var negators = set("not", "n't", "never", "no", "neither", "nor", "without", "refused", "declined",
	"denied", "cancelled", "canceled", "called off", "rejected")

var hedges = map[string]float64{
	"may": 0.35, "might": 0.3, "could": 0.35, "would": 0.4, "should": 0.4, "if": 0.3, "whether": 0.3,
	"sought": 0.2, "seek": 0.2, "seeks": 0.2, "seeking": 0.2, "want": 0.25, "wants": 0.25,
	"wanted": 0.25, "plan": 0.4, "plans": 0.4, "planned": 0.4, "hope": 0.3, "hopes": 0.3,
	"hoped": 0.3, "threatened": 0.2, "threatens": 0.2, "aims": 0.3, "aim": 0.3, "bid": 0.25,
	"allegedly": 0.6, "alleged": 0.5, "supposedly": 0.6, // (as "claims": a report the text does not vouch for, shown at that)
	"reportedly": 0.7, "possible": 0.4, "possibly": 0.4,
	"potential": 0.4, "expected": 0.5, "expects": 0.5, "expect": 0.5, "expecting": 0.5, "will": 0.7, "proposed": 0.4, "considering": 0.3,
	"unlikely": 0.2, "rumoured": 0.4, "rumored": 0.4, "claims": 0.6, "claimed": 0.6,
	// accusations: what a court or a rival says, not what happened
	"charged": 0.4, "accused": 0.4, "indicted": 0.4, "suspected": 0.5, "suspect": 0.5,
}

// reportedBy returns how far a hedging verb or hearsay noun that
// introduces the clause at token a (or at the name just before it)
// weakens it: "Prosecutors charged that X killed Y", "Iran claims that
// ...", "rumours that ...". 1 when there is none, 0 for a denial.
func (v *sentenceView) reportedBy(a int) float64 {
	k := a - 1
	if m := v.mentionAt(k); m != nil {
		k = m.First - 1 // the span may start after its subject
	}
	for n := 0; n < 5 && k > v.s.First; n++ {
		// "denied that Russian President Vladimir Putin met": the
		// subject's title and whose it is
		if titleWords[lowerNoDot(v.word(k))] || isPossessive(v.word(k)) {
			k--
		} else if m := v.mentionAt(k); m != nil && m.Type != graph.Person && titleWords[lowerNoDot(v.word(m.Last))] || m != nil && v.possessive(m.Last) {
			k = m.First - 1
		} else {
			break
		}
	}
	for n := 0; n < 2 && k > v.s.First && (v.word(k) == "the" || v.word(k) == "a"); n++ {
		k--
	}
	if flatDenials[v.word(k)] {
		return 0 // "The Kremlin denied Putin had met Lukashenko" ("the dismissed judge" is no denial)
	}
	if w := v.word(k); w == "whether" {
		return 0 // "It remains unclear whether Iran supplied the Houthis": a question asserts nothing
	}
	if v.word(k) != "that" {
		return 1
	}
	if w := v.word(k - 2); v.word(k-1) == "evidence" && (w == "no" || w == "little" || w == "scant" || w == "any") {
		return 0 // "There was no evidence that Russia had supplied weapons"
	}
	if denials[v.word(k-1)] {
		return 0 // "Moscow denied that Russia attacked Ukraine"
	}
	if f, ok := hedges[v.word(k-1)]; ok && hearsay[v.word(k-1)] == 0 {
		return f
	}
	if f, ok := hearsay[v.word(k-1)]; ok {
		for j := k - 2; j >= v.s.First && j >= k-5; j-- {
			if denials[v.word(j)] {
				return 0 // "is denying a newspaper report that Russia has helped Iran"
			}
		}
		return f // "rumours that Putin met Lukashenko"
	}
	return 1
}

// deniedAfter returns how far a denial after token b, in the same
// sentence, disputes what comes before it: "claimed North Korea had sent
// troops to help Russia, which Pyongyang denied", "Iran supplied
// missiles to Russia; Tehran denies this". 0.4 for such a denial, else 1.
func (v *sentenceView) deniedAfter(b int) float64 {
	for k := max(b, v.s.First); k < v.s.Last; k++ {
		if w := v.word(k); w != "which" && w != ";" && w != "but" && w != "a" {
			continue
		}
		for j := k + 1; j < v.s.Last && j <= k+5; j++ {
			if !flatDenials[v.word(j)] {
				continue // ("Sweden joined the EU, but the public rejected the euro": another matter)
			}
			n := v.word(j + 1)
			if v.word(k) == "which" || n == "this" || n == "it" || n == "that" || n == "the" || n == "." || j+1 >= v.s.Last || v.word(k) == "a" && v.word(k+1) == "claim" {
				return 0.4
			}
		}
	}
	return 1
}

// flatDenials say a claim is false, whatever it is about.
var flatDenials = set("denied", "denies", "deny", "denying", "disputed", "disputes", "refuted", "refutes")

// denials introduce a clause their subject says is false.
var denials = set("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses",
	"disputed", "disputes", "refuted", "refutes")

// hearsay nouns introduce a clause someone says, not the story: "reports
// that", "rumours that".
var hearsay = map[string]float64{
	"rumors": 0.4, "rumours": 0.4, "rumor": 0.4, "rumour": 0.4, "speculation": 0.4, "allegations": 0.4,
	"allegation": 0.4, "accusations": 0.4, "claim": 0.6, "claims": 0.6, "reports": 0.7, "report": 0.7, "threat": 0.3, "threats": 0.3, "fears": 0.4, "fear": 0.4,
}

// modality scans tokens [a, b) of the sentence and returns whether they
// negate the statement and a factor in (0, 1] for how far they weaken it.
func (v *sentenceView) modality(a, b int) (negated bool, factor float64) {
	return v.modalityBut(a, b, nil)
}

// modalityBut is modality, with the hedging words in skip left out: an
// accusation weakens what it accuses, not the hostility it shows.
func (v *sentenceView) modalityBut(a, b int, skip map[string]bool) (negated bool, factor float64) {
	factor = 1
	if a < v.s.First {
		a = v.s.First
	}
	if b > v.s.Last {
		b = v.s.Last
	}
	for i := a; i < b; i++ {
		if v.word(i) == "," && relativePronouns[v.word(i+1)] {
			// "Helen Keller, who lived most of her life without sight or
			// hearing, was born in Tuscumbia": the clause set off negates
			// its own verb, not the sentence's
			j := i + 2
			for j < b && v.word(j) != "," {
				j++
			}
			// (only a clause closed before the main verb: "Xi, who has
			// never met Biden, Obama or Trump, visited" lists on)
			if j+1 < b && (isVerbTag(v.toks[j+1].Tag) || v.toks[j+1].Tag == "MD") {
				i = j
				continue
			}
		}
		if v.mentionAt(i) != nil {
			continue // "Reporters Without Borders": a name's words negate nothing
		}
		w := v.word(i)
		if negators[w] {
			negated = true
		}
		if m := v.mentionAt(i + 1); (w == "suspected" || w == "alleged") && m != nil && m.First == i+1 && targetPreps[v.word(i-1)] {
			continue // "a NATO attack on suspected Taleban militants": who was hit is hedged, not the attack
		}
		if f, ok := hedges[w]; ok && f < factor && !skip[w] {
			factor = f
		}
		if w == "to" && factor > scheduledFactor && i > v.s.First && i+1 < v.s.Last && v.toks[i+1].Tag == "VB" && scheduledBefore[v.word(i-1)] {
			factor = scheduledFactor // "Chavez was to travel to Algeria for talks", "Abbas is due to meet Sezer": arranged, not done
		}
	}
	return negated, factor
}

// targetPreps open the object of an attack or a sanction.
var targetPreps = set("on", "against", "at")

// scheduledBefore, before "to" and a bare verb, tell of what is arranged
// but not yet done.
var scheduledBefore = set("is", "are", "was", "were", "due", "scheduled", "set")

// scheduledFactor weakens what is only arranged: it may still be called
// off.
const scheduledFactor = 0.7 // as "will"

// sizeModifier reports whether w counts a body's members: "10-member",
// "27-nation", "30-country".
func sizeModifier(w string) bool {
	n, unit, ok := strings.Cut(w, "-")
	if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
		return false
	}
	switch unit {
	case "member", "nation", "country", "state", "strong":
		return true
	}
	return false
}

// hyphenatedTitle reports whether a hyphenated word is made of title
// words: "Lieutenant-General", "Vice-President".
func hyphenatedTitle(w string) bool {
	parts := strings.Split(lowerNoDot(w), "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !titleWords[p] {
			return false
		}
	}
	return true
}

// pastMembers reports whether the word at k says that the fighters after
// it no longer act for their body: "former", "ex-", "disillusioned".
func pastMembers(v *sentenceView, k int) bool {
	w := v.word(k)
	switch w {
	case "former", "ex", "disillusioned", "defecting", "captured", "surrendered", "dissident", "demobilized", "demobilised", "breakaway",
		"reformed", "retired", "rogue", "renegade", "splinter":
		return true
	}
	return strings.HasPrefix(w, "ex-")
}

// describedByApposition returns the name that a lower-case apposition
// ending at token k describes, when ok holds for it: "Alexei Navalny, the
// Russian opposition leader" (Navalny), "Wirecard, the Aschheim-based
// payments company" (Wirecard). The apposition opens with an article
// after a comma and holds lower-case or hyphenated words and nations'
// adjectives; a preposition means its head came before ("Siemens, a big
// customer of the firm").
func (v *sentenceView) describedByApposition(k int, ok func(*Mention) bool) *Mention {
	if !isLowerWord(v.word(k)) || v.mentionAt(k) != nil {
		return nil
	}
	for n := k; n > v.s.First && n > k-7; n-- {
		if m := v.mentionAt(n); m != nil {
			if m.Kind != "demonym" {
				return nil
			}
			n = m.First
			continue
		}
		switch w := v.word(n); {
		case w == "the" || w == "a" || w == "an":
			if p := v.mentionAt(n - 2); v.word(n-1) == "," && p != nil && p.Last == n-1 && ok(p) {
				return p
			}
			return nil
		case isPossessive(w):
			// "The Democratic Alliance, South Africa's second-largest
			// party, led by": the owner opens the apposition
			if c := v.mentionAt(n - 1); c != nil && actorType(c) == graph.Country {
				if p := v.mentionAt(c.First - 2); v.word(c.First-1) == "," && p != nil && p.Last == c.First-1 && ok(p) {
					return p
				}
			}
			return nil
		case w == "of" || w == "in" || w == "for" || w == "with" || isVerbTag(v.toks[n].Tag) || !isLowerWord(w) && !strings.Contains(w, "-"):
			return nil
		}
	}
	return nil
}

// isPersonMention tells describedByApposition to want a person.
func isPersonMention(m *Mention) bool { return m.Type == graph.Person }
