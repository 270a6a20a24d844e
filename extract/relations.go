package extract

import (
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// minConfidence is the confidence below which a candidate edge is dropped:
// a wrong edge costs an analyst more than a missing one.
const minConfidence = 0.5

// Linker finds typed relations between the mentions of a document with
// pattern families over sentences: titles and appositions, "led by",
// definite descriptions ("the U.S. chief"), meeting verbs and nouns,
// alliances and membership lists, verbs and their nouns, places. Each
// pattern checks the words around it for negation and hedging. The
// gazetteer supplies where places and national bodies are. A Linker holds
// no state of its own.
type Linker struct {
	Gazetteer *gazetteer.Gazetteer
	Pairs     PairClassifier // nil: patterns only
	Words     WordClasser    // word classes for Pairs; nil: none
}

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

// statePost reports whether a pattern (not the pair classifier) read
// the edge as its source leading or serving a state.
func (c candidate) statePost() bool {
	return (c.typ == graph.LeaderOf || c.typ == graph.WorksFor) && c.pattern != "learned" && strings.HasPrefix(c.tgt, graph.Country.Slug()+"/")
}

// Link returns the document's relations, merged by key and sorted.
func (lk Linker) Link(in linkInput) []graph.Relation {
	bySent := make([][]*Mention, len(in.sents))
	for i := range in.mentions {
		m := &in.mentions[i]
		bySent[m.Sent] = append(bySent[m.Sent], m)
	}
	told := describedOrgs(in.toks, in.sents, bySent, lk.Gazetteer)
	describedCountries(in.toks, in.sents, bySent)
	periods := make([][]*Mention, len(in.sents))
	for i := range in.periods {
		m := &in.periods[i]
		periods[m.Sent] = append(periods[m.Sent], m)
	}
	l := &linkRun{in: in, gaz: lk.Gazetteer, pairs: lk.Pairs, words: lk.Words, roles: personRoles(in.mentions), told: told}
	tally := tallyCountries(in.mentions)
	l.focus, l.mostly = tally.story()
	if l.focus == "" && len(in.sents) >= 3 {
		l.focus, l.mostly = tally.shortStory()
		l.shortFocus = l.focus != ""
	}
	l.american = l.namesUS(in.mentions)
	l.bySent = bySent
	l.leaders, l.statesmen = make(map[string]bool), make(map[string]bool)
	l.gender = personGenders(in.toks, in.mentions)
	for i := range in.mentions {
		if m := &in.mentions[i]; m.Type == graph.Person && m.Role != "" {
			lower := strings.ToLower(m.Role)
			l.leaders[m.Entity] = l.leaders[m.Entity] || headTitle(m.Role) != "" && !disqualified(m.Role)
			l.statesmen[m.Entity] = l.statesmen[m.Entity] || stateTitle(lower)
		}
	}
	l.describedLeaders()
	l.describedTitled()
	l.ownCountries()
	l.describedCapitals()
	l.governments()
	// One view of each sentence, after the descriptions joined its
	// mentions, for every pass.
	l.views = make([]*sentenceView, len(in.sents))
	for si, s := range in.sents {
		l.views[si] = newSentenceView(in.toks, s, si, l.bySent[si])
		l.views[si].periods = periods[si]
	}
	for _, v := range l.views {
		l.sentOut = len(l.out)
		l.resolveOwnCountries(v.index)
		l.titles(v)
		l.officialsIncluding(v)
		l.officialSetOff(v)
		l.governmentOf(v)
		l.appositionAndTitle(v)
		l.ledBy(v)
		l.heads(v)
		l.becameTitle(v)
		l.leadersStaff(v)
		l.definiteLeader(v)
		l.definiteOrgTitles(v)
		l.meetings(v)
		l.alliances(v)
		l.membership(v)
		l.parties(v)
		l.employment(v)
		l.verbs(v)
		l.toDeath(v)
		l.killingReferred(v)
		l.usedToKill(v)
		l.punishedFor(v)
		l.actedAlone(v)
		l.carriedOutBy(v)
		l.proxies(v)
		l.aid(v)
		l.blacklisted(v)
		l.suspensions(v)
		l.tiesCut(v)
		l.massKillingAt(v)
		l.membersIncluding(v)
		l.allegianceGiven(v)
		l.pluralTitles(v)
		l.backedBy(v)
		l.supportPhrases(v)
		l.protests(v)
		l.nameCalling(v)
		l.hostileStances(v) // (after nameCalling, which reads "branded X a terrorist group" first)
		l.standWith(v)
		l.citizenshipHeld(v)
		l.nationalityStated(v)
		l.nationalsNamed(v)
		l.seekMembership(v)
		l.places(v)
		l.officesLeft(v)
		l.learned(v)
	}
	l.knownPlaces()
	l.unattachedTitles()
	l.americanTitles()
	l.officesNamedAfter()
	l.legislatureTitles()
	l.unattachedOrgHeads()
	l.unattachedPartyTitles()
	l.foundersBelong()
	l.dropContradictedGuesses()
	l.dropNationalTrades()
	// (what these two derive comes from edges the patterns read, not the
	// classifier's guesses, so no guess contradicts it)
	l.statesActing()
	l.successions()
	l.successorsNamed()
	l.chains()
	l.citizenship()
	g := graph.New()
	for _, c := range l.out {
		g.AddRelation(l.relation(c))
	}
	return g.Relations()
}

// dropNationalTrades drops the state a nationality and a trade ("Turkish
// diplomat X", "Bahraini official X") give a person as employer when the
// same sentence has the person head or staff a body of states ("..., who
// heads the OSCE", "a spokeswoman for the Gulf Cooperation Council"): the
// nationality stays, the post is the body's. (A state's envoy chairing the
// Security Council, an organ, still serves the state.)
func (l *linkRun) dropNationalTrades() {
	abroad := make(map[*sentenceView]map[string]bool) // sentence -> people serving international bodies in it
	for _, c := range l.out {
		if (c.typ == graph.LeaderOf || c.typ == graph.WorksFor || c.typ == graph.MemberOf && staffRoles[strings.ToLower(c.role)]) && c.pattern != "learned" && l.statesOnly(c.tgt) {
			if abroad[c.view] == nil {
				abroad[c.view] = make(map[string]bool)
			}
			abroad[c.view][c.src] = true
		}
	}
	out := l.out[:0]
	for _, c := range l.out {
		if c.typ == graph.WorksFor && nationalTrades[strings.ToLower(c.role)] && abroad[c.view][c.src] && strings.HasPrefix(c.tgt, graph.Country.Slug()+"/") {
			continue
		}
		out = append(out, c)
	}
	l.out = out
}

// staffRoles are posts on a body's own staff: "a spokeswoman for the Gulf
// Cooperation Council" (not "a member of the NATO summit delegation").
var staffRoles = set("spokesman", "spokeswoman", "spokesperson", "envoy", "special envoy", "secretary-general", "secretary general",
	"deputy secretary-general", "director-general", "director general", "commissioner")

// nationalTrades are trades a nationality qualifies ("a Turkish diplomat")
// without naming an office of the state.
var nationalTrades = set("diplomat", "official", "veteran diplomat", "senior official", "senior diplomat", "career diplomat")

// dropContradictedGuesses removes the pair classifier's guesses that what
// the patterns or the gazetteer say contradicts: a person living in a place
// of another country than the one the story has them lead, serve or live
// in ("help to Kyiv, President Joe Biden" after "the U.S. chief"; "Hewitt
// of Australia and Hrbaty of Slovakia"), belonging to a party other than
// the one the patterns found, or a place located where the gazetteer puts
// it elsewhere. A pattern's word weighs more than a learnt guess.
func (l *linkRun) dropContradictedGuesses() {
	serves := make(map[string]map[string]bool) // person -> countries they lead, serve, belong to or live in
	party := make(map[string]string)           // person -> the party the patterns put them in
	envoys := make(map[string]map[string]bool) // person -> states they serve abroad
	for _, c := range l.out {
		if c.pattern != "learned" && c.typ == graph.WorksFor && envoyRole(c.role) {
			if envoys[c.src] == nil {
				envoys[c.src] = make(map[string]bool)
			}
			envoys[c.src][c.tgt] = true
		}
		if c.pattern != "learned" && (c.typ == graph.LeaderOf || c.typ == graph.WorksFor || c.typ == graph.CitizenOf) &&
			strings.HasPrefix(c.tgt, graph.Country.Slug()+"/") {
			if serves[c.src] == nil {
				serves[c.src] = make(map[string]bool)
			}
			serves[c.src][c.tgt] = true
		}
		if c.pattern != "learned" && c.typ == graph.LivesIn {
			// "Lleyton Hewitt of Australia and Dominik Hrbaty of Slovakia"
			where := c.tgt
			if !strings.HasPrefix(where, graph.Country.Slug()+"/") {
				where = l.gaz.CountryOf(c.tgt)
			}
			if where != "" {
				if serves[c.src] == nil {
					serves[c.src] = make(map[string]bool)
				}
				serves[c.src][where] = true
			}
		}
		if c.pattern != "learned" && (c.typ == graph.MemberOf || c.typ == graph.LeaderOf) && movementKinds[l.gaz.Kind(c.tgt)] {
			party[c.src] = c.tgt
		}
	}
	// The countries the text itself bases each organisation in, and the
	// state an organisation's name makes it a body of ("Iraqi National
	// Guard"): its forces do not attack that state.
	basedIn := make(map[string]map[string]bool)
	bodyOf := make(map[string]string)
	for _, c := range l.out {
		if c.typ == graph.BasedIn && c.pattern == "place-in-name" && strings.HasPrefix(c.tgt, graph.Country.Slug()+"/") {
			bodyOf[c.src] = c.tgt
		}
		if c.typ != graph.BasedIn || guessPatterns[c.pattern] {
			continue
		}
		where := c.tgt
		if !strings.HasPrefix(where, graph.Country.Slug()+"/") {
			where = l.gaz.CountryOf(where) // "The London-based Syrian Observatory": Britain
		}
		if where != "" {
			if basedIn[c.src] == nil {
				basedIn[c.src] = make(map[string]bool)
			}
			basedIn[c.src][where] = true
		}
	}
	// Killings the patterns read, by sentence: a guess that gives the
	// killer another victim, the victim another killer, or turns one
	// round is contradicted ("Oswald, the man who shot Kennedy, was
	// killed by Ruby" is no killing of Kennedy by Ruby, nor of Ruby).
	type sentPair struct {
		sent     int
		who, how string
	}
	killed := make(map[sentPair]bool)  // {sent, killer, victim}
	killers := make(map[sentPair]bool) // {sent, killer, ""}
	victims := make(map[sentPair]bool) // {sent, "", victim}
	for _, c := range l.out {
		if c.typ == graph.Killed && c.pattern != "learned" {
			killed[sentPair{c.view.index, c.src, c.tgt}] = true
			killers[sentPair{c.view.index, c.src, ""}] = true
			victims[sentPair{c.view.index, "", c.tgt}] = true
		}
	}
	// Homes the patterns read, by sentence and place: a guess that puts
	// someone else there is another reading of the same words ("Washington
	// Irving, author of Rip Van Winkle, was born in New York City").
	homes := make(map[sentPair]string) // {sent, "", place} -> person
	for _, c := range l.out {
		if c.typ == graph.LivesIn && c.pattern != "learned" {
			homes[sentPair{c.view.index, "", c.tgt}] = c.src
		}
	}
	// Hostility the patterns read, by sentence and pair: a guess that the
	// one belongs to or works for the other is another reading of the
	// same words ("Cherizier was sanctioned by the U.N. Security Council").
	hostile := make(map[sentPair]bool)
	stance := make(map[sentPair]bool) // and any stance one takes to the other: "Milei, a staunch supporter of Israel," lives elsewhere
	for _, c := range l.out {
		if c.pattern != "learned" && hostileTypes[c.typ] {
			hostile[sentPair{c.view.index, c.src, c.tgt}] = true
			hostile[sentPair{c.view.index, c.tgt, c.src}] = true
		}
		if c.pattern != "learned" && (hostileTypes[c.typ] || c.typ == graph.Supports || c.typ == graph.Aids) {
			stance[sentPair{c.view.index, c.src, c.tgt}] = true
		}
	}
	kept := l.out[:0]
	for _, c := range l.out {
		if c.pattern == "learned" && (c.typ == graph.MemberOf || c.typ == graph.WorksFor) && hostile[sentPair{c.view.index, c.src, c.tgt}] {
			continue
		}
		if c.pattern == "learned" && (c.typ == graph.LivesIn || c.typ == graph.CitizenOf) && stance[sentPair{c.view.index, c.src, c.tgt}] {
			continue
		}
		if who, ok := homes[sentPair{c.view.index, "", c.tgt}]; ok && c.typ == graph.LivesIn && c.pattern == "learned" && who != c.src &&
			c.view.word(c.a-1) != "born" { // ("Buddy Holly, born Charles Hardin Holley in Lubbock": one man)
			continue
		}
		if s := c.view.index; c.typ == graph.Killed && c.pattern == "learned" && !killed[sentPair{s, c.src, c.tgt}] &&
			(killers[sentPair{s, c.src, ""}] || victims[sentPair{s, "", c.tgt}] || killed[sentPair{s, c.tgt, c.src}]) {
			continue
		}
		if b := bodyOf[c.src]; c.typ == graph.Attacked && b != "" && (b == c.tgt || l.gaz.CountryOf(c.tgt) == b) {
			continue // "Iraqi National Guard troops have raided a Sunni mosque in Baghdad": a raid at home
		}
		if c.pattern == "place-in-name" && len(basedIn[c.src]) > 0 && !basedIn[c.src][c.tgt] && !basedIn[c.src][l.gaz.CountryOf(c.tgt)] {
			continue // "Taiwan's biggest carrier, China Airlines": the text's word over the name's
		}
		if c.pattern == "learned" && c.typ == graph.LocatedIn && l.gazetteerPlacesElsewhere(c.src, c.tgt) {
			continue // "four southern provinces ... Kandahar ... Helmand": the gazetteer knows better
		}
		if c.pattern == "learned" && c.typ == graph.MemberOf && movementKinds[l.gaz.Kind(c.tgt)] && party[c.src] != "" && party[c.src] != c.tgt {
			continue // "Mr. Abbas of the moderate Fatah movement and Hamas' chief": one party is enough
		}
		if c.pattern == "learned" && c.typ == graph.LivesIn && envoys[c.src][c.tgt] {
			continue // "Iran's ambassador to Iraq, Iraj Masjedi,": he serves Iran abroad
		}
		if c.pattern == "learned" && c.typ == graph.LivesIn && len(serves[c.src]) > 0 && len(envoys[c.src]) == 0 { // (an envoy lives abroad)
			where := c.tgt
			if !strings.HasPrefix(where, graph.Country.Slug()+"/") {
				where = l.gaz.CountryOf(c.tgt)
			}
			if where != "" && !serves[c.src][where] {
				continue
			}
		}
		kept = append(kept, c)
	}
	l.out = kept
}

// foundersBelong makes the states that founded a body its members: "The
// United States, Britain and Australia founded the AUKUS security pact",
// "The SCO was founded in 2001 by China, Russia, ...". (A person who
// founds a firm may have left it; a state stays in what it founded
// unless the text says otherwise, which the membership patterns read.)
func (l *linkRun) foundersBelong() {
	founders := make(map[string]int) // body -> states the text says founded it
	for _, c := range l.out {
		if c.typ == graph.Founded && strings.HasPrefix(c.src, graph.Country.Slug()+"/") {
			founders[c.tgt]++
		}
	}
	for _, c := range l.out {
		if c.typ != graph.Founded || c.pattern == "learned" || !strings.HasPrefix(c.src, graph.Country.Slug()+"/") || !strings.HasPrefix(c.tgt, graph.Org.Slug()+"/") {
			continue
		}
		if k := l.gaz.Kind(c.tgt); founders[c.tgt] < 2 && k != "alliance" && k != "igo" && k != "bloc" {
			continue // "Iran founded Hezbollah", "Qatar founded Al Jazeera": a proxy or a state's own body, no club of states
		}
		d := c
		d.typ, d.pattern, d.conf = graph.MemberOf, c.pattern+"-founder", c.conf*0.95
		l.out = append(l.out, d)
	}
}

// statesActing gives a state the aid and sanctions its office-holder
// announces in its name: "Japan's Foreign Minister Takeshi Iwaya
// announced $1 billion in aid for the Philippines" (Japan aids the
// Philippines), "U.S. President Joe Biden imposed sanctions on Russia".
// The holder must hold a present office of that one state in the
// sentence; the person's own aid edge stays (a person sanctions no one).
func (l *linkRun) statesActing() {
	n := len(l.out)
	for i := 0; i < n+len(l.byPerson); i++ {
		var c candidate // the text's edges, then the acts it gives persons
		if i < n {
			c = l.out[i]
		} else {
			c = l.byPerson[i-n]
		}
		if c.typ != graph.Aids && c.typ != graph.Sanctions || c.pattern == "learned" {
			continue
		}
		state := l.stateOffice(c.view, c.src, false)
		if state == "" || state == c.tgt {
			continue
		}
		d := c
		d.src, d.pattern, d.conf = state, c.pattern+"-for-state", c.conf*0.95
		l.out = append(l.out, d)
	}
}

// stateOffice returns the one state whose present office the sentence
// gives person who ("Japan's Foreign Minister Takeshi Iwaya"), or "" for
// none or several. With heads, only a head's office counts.
func (l *linkRun) stateOffice(v *sentenceView, who string, heads bool) string {
	state := ""
	for _, c := range l.out {
		if c.view != v || c.src != who || c.typ != graph.LeaderOf && (heads || c.typ != graph.WorksFor) ||
			!strings.HasPrefix(c.tgt, graph.Country.Slug()+"/") || graph.PastRole(c.role) || disqualified(strings.ToLower(c.role)) ||
			!heads && !stateTitle(strings.ToLower(c.role)) {
			continue
		}
		if state != "" && state != c.tgt {
			return ""
		}
		state = c.tgt
	}
	return state
}

// idType returns the entity type an id's prefix names ("country/..."),
// if any.
func idType(id string) (graph.EntityType, bool) {
	for _, t := range []graph.EntityType{graph.Country, graph.Location, graph.Org, graph.Person} {
		if strings.HasPrefix(id, t.Slug()+"/") {
			return t, true
		}
	}
	return "", false
}

// hostileTypes are relations no member or employee has to its body.
var hostileTypes = map[graph.RelationType]bool{graph.Sanctions: true, graph.Attacked: true, graph.Opposes: true, graph.Killed: true}

// guessPatterns read a relation off a name, the gazetteer or the pair
// classifier rather than off what the sentence says.
var guessPatterns = set("place-in-name", "gazetteer", "via-place", "learned")

// gazetteerPlacesElsewhere reports whether the gazetteer contradicts "src
// located-in tgt": it puts src in another country or region than tgt, or
// src is a region or larger and tgt a place it does not know (a town).
func (l *linkRun) gazetteerPlacesElsewhere(src, tgt string) bool {
	home, region := l.gaz.CountryOf(src), l.gaz.RegionOf(src)
	switch {
	case strings.HasPrefix(tgt, graph.Country.Slug()+"/"):
		return home != "" && home != tgt
	case l.gaz.Kind(tgt) == "region":
		there := l.gaz.CountryOf(tgt)
		return region != "" && region != tgt || home != "" && there != "" && home != there
	case l.placeRank(tgt) == 0:
		return l.placeRank(src) >= 2
	}
	return false
}

// movementKinds are the kinds of organisation one belongs to one of at a
// time: parties and armed movements.
var movementKinds = set("party", "militant")

// placeRank orders places by size as far as the gazetteer knows them:
// towns 1, areas and regions 2, countries and seas 3, continents 4; 0 for
// a place it does not know.
func (l *linkRun) placeRank(id string) int {
	if strings.HasPrefix(id, graph.Country.Slug()+"/") {
		return 3
	}
	switch l.gaz.Kind(id) {
	case "city":
		return 1
	case "area", "region":
		if l.gaz.CountryOf(id) == "" {
			return 4 // "Central America", "the Middle East": larger than a country
		}
		return 2
	case "water":
		return 3
	case "continent":
		return 4
	}
	return 0
}

type linkRun struct {
	in    linkInput
	gaz   *gazetteer.Gazetteer
	pairs PairClassifier
	words WordClasser
	roles map[string]map[string]bool // person entity -> entities its titles attach to
	// focus is the country the story is about (countryTally.story), "" if none;
	// mostly says the document is mostly about it.
	focus  string
	mostly bool
	// shortFocus says the focus is a short story's (countryTally.shortStory):
	// a title takes it only where no other country is named nearby.
	shortFocus bool
	// american says the document names the United States or one of its
	// states: "Democratic Senator X" is then the American party's.
	american bool
	// leaders hold a leader's title somewhere in the document ("President
	// Joe Biden"), statesmen a state's office.
	leaders, statesmen map[string]bool
	// gender is 'm' or 'f' for the people a form of address or a royal
	// title marks ("Mr. Aboul Gheit", "Ms. Rice"); "he" and "she" refer
	// only to people of their gender or of none known.
	gender map[string]byte
	bySent [][]*Mention // the mentions of each sentence, descriptions included
	// ruled are, by sentence, the people whose government a description
	// replaced ("Iraqi President Saddam Hussein's regime"): their titles
	// still tell what they lead.
	ruled map[int][]*Mention
	views []*sentenceView // the view of each sentence, over bySent
	out   []candidate
	// sentOut is where the edges of the sentence the passes read start
	// in out (sentenceEdges).
	sentOut int
	// pendingCountries are the "his country" descriptions whose country
	// the patterns are to tell (resolveOwnCountries).
	pendingCountries []pendingCountry
	// told are the kinds the text calls each body by (toldKinds), built
	// on first use.
	told map[string]map[string]bool
	// byPerson are acts only a state or body takes that the text gives a
	// person ("President Joe Biden imposed sanctions on Russia"):
	// statesActing gives them to the person's state.
	byPerson []candidate
}

// personGenders reads the gender of each person from the words before one
// of their mentions (sexBefore: forms of address, royal titles, sexed
// trades and kin) or a sexed word of the title the recogniser kept; a
// person marked both ways is left unmarked.
func personGenders(toks []Token, ms []Mention) map[string]byte {
	out := make(map[string]byte)
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person || m.First == 0 {
			continue
		}
		g := byte(0)
		if sx := sexBefore(toks, m); sx != "" {
			g = sx[0]
		}
		for _, w := range strings.Fields(strings.ToLower(m.Role)) {
			if sx := titleSex[w]; sx != "" {
				g = sx[0] // "spokeswoman Anna Lee": she
			}
		}
		if g == 0 {
			continue
		}
		if prev, ok := out[m.Entity]; ok && prev != g {
			g = '?'
		}
		out[m.Entity] = g
	}
	return out
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
	if typ == graph.Killed && v.verdictUndone() {
		return // "A jury convicted Jose Diaz of killing Carlos Mendez, but an appeals court overturned the verdict"
	}
	def, ok := graph.Relations.Lookup(typ)
	if !ok {
		return
	}
	byPerson := typ == graph.Sanctions && srcType == graph.Person && !def.Allows(srcType, tgtType) && def.Allows(graph.Country, tgtType)
	if !def.Allows(srcType, tgtType) && !byPerson {
		return
	}
	if (typ == graph.Attacked || typ == graph.Killed) && l.gaz.Kind(src) == "sports" {
		return // "Liverpool's attack against Chelsea": a game
	}
	if typ == graph.LocatedIn && (l.placeRank(src) > l.placeRank(tgt) && l.placeRank(tgt) > 0 || l.gaz.Kind(src) == "continent" ||
		l.gaz.Kind(src) == "water" && l.gaz.Kind(tgt) == "water") {
		return // "the Black Sea city of Trabzon": a sea is in no town, a continent in nothing, an ocean in no ocean
	}
	var skip map[string]bool
	if typ == graph.Opposes {
		skip = accusations
	}
	neg, factor := v.modalityBut(a, b, skip)
	if neg {
		return
	}
	conf *= factor
	if (typ == graph.Supports || typ == graph.Aids) && v.wordIn(a, b, withdrawWords) {
		return // "The United States suspended its support for the government in Niger": support ended
	}
	if typ == graph.Supports && v.phraseIn(a, b, "support", "from") {
		return // "Zelensky increased support from Western allies for Ukraine's air defense": support received
	}
	if typ == graph.Killed && factor < 1 && v.anyWord(clearedWords) {
		return // "Smith allegedly killed Doe, but was acquitted by a jury": the claim fell
	}
	if typ != graph.LocatedIn && typ != graph.BasedIn && !standingPatterns[pattern] {
		// (a title inside what is reported stays the holder's: "checking
		// whether Hamas leader Yahya Sinwar had been killed")
		// "Prosecutors charged that X killed Y"; where a place lies is
		// not what "the Kremlin claims that Washington hid ..." claims.
		if v.disbelievedBefore(a) {
			return // "he does not believe U.S. forces will attack his country"
		}
		conf *= v.reportedBy(a)
		conf *= v.conditionBefore(a)
		if typ != graph.Opposes {
			// ("India blames Pakistan for supporting the militants - a
			// claim Islamabad denies": the blame stands, its content is
			// disputed)
			conf *= v.deniedAfter(b)
		}
	}
	if conf < minConfidence {
		return
	}
	c := candidate{typ: typ, src: src, tgt: tgt, conf: conf, pattern: pattern, role: role, view: v, a: a, b: b}
	if byPerson {
		l.byPerson = append(l.byPerson, c)
		return
	}
	l.out = append(l.out, c)
}

// emitPairs relates every two of sides that ok allows by rel, symmetric
// ("Serbia and Kosovo agreed to normalise relations"); a and b are the
// tokens the pattern matched.
func (l *linkRun) emitPairs(v *sentenceView, rel graph.RelationType, sides []*Mention, ok func(x, y *Mention) bool, conf float64, pattern string, a, b int) {
	for i := 0; i < len(sides); i++ {
		for j := i + 1; j < len(sides); j++ {
			if sides[i].Actor() != sides[j].Actor() && ok(sides[i], sides[j]) {
				l.emitM(v, rel, sides[i], sides[j], conf, pattern, a, b)
			}
		}
	}
}

func (l *linkRun) emitM(v *sentenceView, typ graph.RelationType, src, tgt *Mention, conf float64, pattern string, a, b int) {
	if (typ == graph.Attacked || typ == graph.Killed) && src.Kind == "demonym" && strings.HasSuffix(src.Text, "s") {
		return // "three Palestinians fired rockets at Israel": people of a nation, not its state
	}
	if w, d := v.word(src.First-1), v.word(src.First-2); (w == "suspected" || w == "alleged" || w == "purported") && (d == "the" || d == "a" || d == "an" || src.First-1 == v.s.First) {
		conf *= 0.7 // "The suspected Taleban fired rockets at Mr. Sherzai": who did it is a guess (not "Officials long suspected Iran supplied drones")
	}
	l.emit(v, typ, src.Actor(), tgt.Actor(), actorType(src), actorType(tgt), conf, pattern, "", a, b)
}

// undoingWords say a finding of guilt did not stand.
// ("acquitted" and "cleared" name whom: "Tom Brown was convicted of
// murdering Jane Smith, and Bill Gray ... was acquitted" stands.)
var undoingWords = set("overturned", "exonerated", "quashed", "vacated", "wrongly", "wrongfully")

// verdictNouns name a finding of guilt.
var verdictNouns = set("verdict", "verdicts", "conviction", "convictions", "convicted", "sentence", "guilty")

// verdictUndone reports whether the sentence says a finding of guilt did
// not stand: an undoing word within four words of a verdict's ("an
// appeals court overturned the verdict", "wrongly convicted"; not "the
// court overturned a key provision of Arizona's death penalty statute in
// the case of John Harvey Adamson, convicted of murdering Don Bolles").
func (v *sentenceView) verdictUndone() bool {
	for i := v.s.First; i < v.s.Last; i++ {
		if undoingWords[v.word(i)] && v.wordIn(i-4, i+5, verdictNouns) {
			return true
		}
	}
	return false
}

// withdrawWords ended or suspended what follows them (past forms only: "to
// press Putin to withdraw his support for Lukashenko" says he gives it).
var withdrawWords = set("suspended", "withdrew", "withdrawn", "ended", "halted", "froze", "frozen", "scrapped", "revoked")

// hasToken reports whether the sentence has the lower-case word w.
func (v *sentenceView) hasToken(w string) bool {
	for k := v.s.First; k < v.s.Last; k++ {
		if v.word(k) == w {
			return true
		}
	}
	return false
}

// wordIn reports whether one of words stands in tokens [a, b).
func (v *sentenceView) wordIn(a, b int, words map[string]bool) bool {
	for k := max(a, v.s.First); k < b && k < v.s.Last; k++ {
		if words[v.word(k)] {
			return true
		}
	}
	return false
}

// phraseIn reports whether words x and y stand side by side in tokens [a, b).
func (v *sentenceView) phraseIn(a, b int, x, y string) bool {
	for k := max(a, v.s.First); k+1 < b && k+1 < v.s.Last; k++ {
		if v.word(k) == x && v.word(k+1) == y {
			return true
		}
	}
	return false
}

// relation turns a candidate into an evidenced, dated relation.
func (l *linkRun) relation(c candidate) graph.Relation {
	s := c.view.s
	ev := graph.Evidence{Doc: l.in.doc.ID, Start: s.Start, End: s.End, Text: l.in.doc.Text[s.Start:s.End],
		Pattern: c.pattern, Role: c.role, Confidence: round2(c.conf)}
	ev.Date, ev.DateSource = "", "text"
	if !standing(c) {
		ev.Date = nearestDate(c.view, c.a, c.b, eventTypes[c.typ])
	}
	if ev.Date == "" && l.in.doc.Date != "" && !graph.PastRole(c.role) {
		// (an office held once, "Former President X", held before the
		// document's day, which does not date it)
		ev.Date, ev.DateSource = l.in.doc.Date, "document"
	}
	if ev.Date == "" {
		ev.DateSource = ""
	}
	return graph.Relation{Type: c.typ, Source: c.src, Target: c.tgt, Date: ev.Date, Confidence: round2(c.conf),
		Role: c.role, Evidence: []graph.Evidence{ev}}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// standing reports whether a candidate was read off a name, a title or
// what the gazetteer knows, as a standing state rather than an event: a
// year elsewhere in its sentence does not date it ("Iranian President
// Mahmoud Ahmadinejad ... the 1979 seizure of the American embassy",
// "Paris, France, where the 1998 World Cup was played"), and it takes the
// document's date. What happened (meetings, attacks, joining, founding,
// killing) keeps the date nearest to it.
func standing(c candidate) bool {
	if c.pattern == "learned" {
		return c.typ != graph.Killed
	}
	return standingPatterns[c.pattern]
}

var standingPatterns = set("gazetteer", "citizen-noun", "title-apposition", "country-org", "place-in-name", "via-place",
	"place-comma-place", "nationality", "apposition", "org-in-place", "country-city-of", "possessive-title",
	"via-national-body", "possessive-person", "story-country", "title-then-name", "person-of-country",
	"definite-description", "place-in-place", "x-based", "possessive-party", "person-of-place", "person-of-org",
	"title-person-of", "org-of-country", "apposition-nationality", "place-org", "home-in-place",
	"place-a-noun-in-place", "place-resident", "definite-org-title", "place-occupation-person", "org-a-place-firm",
	"org-of-place", "org-headquarters", "native-place", "person-a-from-place", "native-of", "led-by",
	"place-born", "org-members-list", "place-a-demonym-noun", "leaders-staff", "nationals-named", "holds-citizenship",
	"possessive-place", "region-city-of", "place-kind-of-place", "officials-including", "official-set-off", "person-a-place-trade", "opening-country")

// eventTypes are relations that happen at a time, rather than hold from
// one: "since 1994" dates no meeting.
var eventTypes = map[graph.RelationType]bool{graph.MetWith: true, graph.Attacked: true, graph.Killed: true,
	graph.NegotiatesWith: true, graph.Sanctions: true, graph.Opposes: true, graph.Aids: true}

// dateWindow is how many tokens from a pattern's match a date may stand
// and still date the relation.
const dateWindow = 12

// finiteVerbIn reports whether tokens [a, b) hold a finite verb: a date
// beyond one belongs to another clause.
func finiteVerbIn(v *sentenceView, a, b int) bool {
	for k := max(a, v.s.First); k < b && k < v.s.Last; k++ {
		if v.mentionAt(k) != nil {
			continue
		}
		switch v.toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			if w := v.word(k - 1); w == "and" || w == "but" || w == "then" {
				return true // "was born in North Korea and defected ... in 1951"
			}
		}
	}
	return false
}

// setOffClause reports whether mention m, inside the span [a, b), stands in
// a relative clause set off by commas within it: ", which applied in
// 2022,", ", whose party ended the 1994 genocide,".
func setOffClause(v *sentenceView, m *Mention, a, b int) bool {
	open := false
	for k := m.First - 1; k > a; k-- {
		if w := v.word(k); w == "," {
			return false
		} else if relativePronouns[w] && appositionOpensAt(v, k, a) {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := m.Last; k < b; k++ {
		if v.word(k) == "," {
			return true
		}
	}
	return false
}

// appositionOpensAt reports whether a comma after token a sets off the
// relative pronoun at k, directly (", who") or after the noun phrase it
// describes (", a former army commander who").
func appositionOpensAt(v *sentenceView, k, a int) bool {
	for j := k - 1; j >= a && j >= v.s.First && j >= k-6; j-- {
		if v.word(j) == "," {
			return true
		}
		if v.mentionAt(j) != nil || isVerbTag(v.toks[j].Tag) {
			return false
		}
	}
	return false
}

// participleBetween reports whether a participle set off by a comma opens
// a phrase in tokens [a, b): "the Zaporizhzhia plant, built by the Soviet
// Union in 1984".
func participleBetween(v *sentenceView, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if v.word(k) == "," && v.toks[k+1].Tag == "VBN" {
			return true
		}
	}
	return false
}

// relativeBetween reports whether a relative pronoun opens a clause in
// tokens [a, b).
func relativeBetween(v *sentenceView, a, b int) bool {
	for k := a; k < b; k++ {
		if relativePronouns[v.word(k)] {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause.
var relativePronouns = set("which", "who", "whose", "where", "whom")

// nearestDate returns the resolved date closest to tokens [a, b) of the
// sentence, within dateWindow tokens; "" if there is none. Decades and
// centuries are too vague to date an event.
func nearestDate(v *sentenceView, a, b int, event bool) string {
	best, bestDist := "", dateWindow+1
	for _, m := range append(v.ms[:len(v.ms):len(v.ms)], v.periods...) {
		if m.Type != graph.Date || m.Value == "" || strings.HasSuffix(m.Value, "s") || strings.Contains(m.Value, "X") {
			continue
		}
		if w := v.word(m.First - 1); event && (w == "since" || w == "until" || w == "till") {
			continue // "Lukashenko, Belarus's leader since 1994, met Putin": when a state began or ends, not when this happened
		}
		if m.First > a && m.Last < b && setOffClause(v, m, a, b) {
			continue // "Sweden, which applied in 2022, became a member of NATO": when it applied
		}
		if m.Last <= a && setOffClause(v, m, v.s.First-1, a) || m.First >= b && (relativeBetween(v, b, m.First) || participleBetween(v, b, m.First)) {
			continue // "In Geneva, where Reagan met Gorbachev in 1985, Biden met Putin"; "met Tshisekedi in Luanda, whose 2002 peace accord ...": another clause's date
		}
		d := 0
		switch {
		case m.Last <= a:
			d = a - m.Last // "In 1949, neutrality was abandoned and Norway became a member": an opening phrase dates the sentence
		case m.First >= b:
			d = m.First - b
			k := b
			for k < m.First && (isVerbTag(v.toks[k].Tag) || auxiliaries[v.word(k)]) {
				k++ // the match's own verb: "Romania [joined] NATO in 2004"
			}
			if finiteVerbIn(v, k, m.First) {
				continue // "Portugal is a founding member of NATO and entered the EC in 1986": the EC's year
			}
		}
		if d < bestDist || d == bestDist && len(m.Value) > len(best) {
			best, bestDist = m.Value, d
		}
	}
	return best
}

// disbelievedBefore reports whether the clause of token a is what someone
// does not believe, think or expect, or doubts: "he does not believe U.S.
// forces will attack", "Officials doubt that Iran supplied the drones".
func (v *sentenceView) disbelievedBefore(a int) bool {
	for k := a - 1; k > v.s.First && k >= a-8; k-- {
		switch w := v.word(k); {
		case w == "," || w == ";":
			return false
		case w == "doubt" || w == "doubts" || w == "doubted":
			// the verb ("Officials doubt that"), not the noun ("proves
			// beyond a reasonable doubt that Oswald was the gunman")
			p := v.word(k - 1)
			return p != "a" && p != "no" && p != "reasonable" && p != "without" && p != "beyond" && p != "little" && p != "any" && p != "some" && p != "the"
		case w == "believe" || w == "think" || w == "expect" || w == "believes" || w == "thinks" || w == "expects":
			p := v.word(k - 1)
			return p == "not" || p == "n't" || p == "never"
		}
	}
	return false
}

// conditionBefore returns how far a condition that opens the clause of
// token a weakens it: "If Israel bombs Gaza, Egypt will ...", "Should Iran
// attack Israel, ...", "Unless Russia withdraws, ..."; 1 when none does.
// The clause runs back to the sentence's start or a comma.
func (v *sentenceView) conditionBefore(a int) float64 {
	for k := a - 1; k >= v.s.First && k >= a-16; k-- {
		switch w := v.word(k); {
		case w == ";":
			return 1
		case w == ",":
			if p := v.word(k - 1); p == "if" || p == "unless" {
				return hedges["if"] // "If, as Western officials fear, Russia invades Ukraine"
			}
			if m := v.mentionAt(k + 1); m != nil && m.First == k+1 && k+1 < a {
				continue // "If Russia, Belarus and Iran attack Ukraine": a list in the condition
			}
			for n := k - 1; n > v.s.First && n >= k-8; n-- {
				if v.word(n) == "," && (v.word(n-1) == "if" || v.word(n-1) == "unless") {
					return hedges["if"] // "If, as Western officials fear, Russia invades Ukraine"
				}
			}
			return 1
		case (w == "if" || w == "unless") && (k == v.s.First || conditionOpeners[v.word(k-1)]), w == "should" && k == v.s.First:
			return hedges["if"] // (the condition opens the clause; "decide whether to appoint X, who commands Y" conditions the appointment only)
		}
	}
	return 1
}

// conditionOpeners may stand before a condition's "if": "Even if", "But
// if", "said that if".
var conditionOpeners = set(",", "even", "but", "and", "that", "only", "or")
