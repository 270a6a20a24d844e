package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// Recognizer finds PERSON, ORG, COUNTRY, LOCATION and DATE mentions. It
// layers, in order of trust: dates (rules), organisation names defined or
// paraphrased in the text ("Long Name (ACRONYM)", synonyms of organisation
// words), the gazetteer, and the name tagger (or capitalisation rules), then
// strips titles from person names and keeps them as roles.
type Recognizer struct {
	Gazetteer *gazetteer.Gazetteer
	Names     NameTagger // nil: capitalisation rules
	Dates     DateParser
}

// Recognize returns the mentions in text, given its tokens and sentences,
// sorted by position. ref is the document's date for resolving relative
// dates; it may be zero.
func (r *Recognizer) Recognize(text string, toks []Token, sents []Sentence, ref time.Time) []Mention {
	covered := make([]bool, len(toks))
	var out []Mention
	add := func(m Mention) {
		for i := m.First; i < m.Last; i++ {
			covered[i] = true
		}
		m.Start, m.End = toks[m.First].Start, toks[m.Last-1].End
		out = append(out, m)
	}
	var names [][]Span // per sentence, the name tagger's spans
	var gazTags []string
	var personWords map[string]bool // last words of the tagger's multi-word person names
	if r.Names != nil {
		gazTags = GazetteerTags(r.Gazetteer, toks, sents)
		names = make([][]Span, len(sents))
		si := 0
		sentOf := sentenceIndex(len(toks), sents)
		tagged := partyNames(toks, sentOf, pronounSurnames(toks, sentOf, nicknamed(toks, sentOf, firstNames(toks, sentOf, mergeParticles(toks, sentOf, mergeNumerals(toks, sentOf,
			r.Names.TagNames(&TagInput{Tokens: toks, Sentences: sents, Gazetteer: gazTags})))))))
		nameParts := personNameParts(toks, tagged)
		storms := stormNames(toks, tagged)
		swallowed := 0 // where the last name that ran on over the tagger's next ends
		for _, sp := range tagged {
			if sp.First < swallowed {
				continue // "American Art", inside "the Whitney Museum of American Art"
			}
			if sp = tidySpan(toks, sp); sp.First == sp.Last || styleOnly(toks[sp.First:sp.Last]) || sp.Last-sp.First == 1 && strayStateAbbrev(toks, sp.First) ||
				sp.Last-sp.First == 1 && sp.Type == graph.Org && polityKinds[strings.ToLower(toks[sp.First].Text)] {
				continue // "His Royal Highness": a style of address, no body; "the Spanish Empire": a kind of state
			}
			storm := storms[textOf(toks, sp.First, sp.Last)] || namesStorm(toks[sp.First:sp.Last]) ||
				sp.Type == graph.Person && sp.Last < len(toks) && prizeNouns[strings.ToLower(toks[sp.Last].Text)] || // "Britain's Man Booker prize"
				namesThing(toks, sp)
			if storm {
				sp.Type = Misc // "Hurricane Katrina", and "Katrina" after it: a storm, no person or place
			}
			if sp.Type == graph.Org && toks[sp.Last-1].Text == "Marine" && sp.First > 0 && oneOf(toks[sp.First-1]) {
				sp.Type = Misc // "one U.S. Marine and one Afghan soldier were killed": a marine, no body
			}
			if sp.Type == graph.Org && sp.Last-sp.First > 1 && realmNouns[strings.ToLower(toks[sp.Last-1].Text)] {
				sp.Type = Misc // "the Austro-Hungarian Empire", "the Abbasid Caliphate": a realm of the past, no body
			}
			if sp.Last-sp.First == 1 && sp.Type != graph.Person && !storm && nameParts[toks[sp.First].Text] &&
				len(r.Gazetteer.Lookup(graph.NormalizeName(toks[sp.First].Text))) == 0 {
				sp.Type = graph.Person // "Xi", after "Xi Jinping"; "Kirby", after "John Kirby"
			}
			for si < len(sents) && sents[si].Last <= sp.First {
				si++
			}
			if f := sp.First; sp.Last-f >= 3 && f > 0 && toks[f-1].Text == "," && strings.HasSuffix(toks[f].Text, ".") &&
				honorifics[lowerNoDot(toks[f+1].Text)] && r.knownPlace(toks, Span{First: f, Last: f + 1}) {
				sp.First++ // "near her hometown of Grants, N.M. Ms. Calico, then 19,": a state closes a sentence the source ran on
			}
			if sp.Type == graph.Location && si < len(sents) && sp.Last < sents[si].Last && countyNouns[toks[sp.Last].Text] {
				sp.Last++ // "San Diego County": the county, not the city the tagger stopped at
			}
			if si < len(sents) && toks[sp.First].Text == "New" && r.knownAfterNew(toks, sents[si], sp) {
				sp.First++ // "New World Bank President Jim Yong Kim"
			}
			if sp.Type == Misc && sp.Last-sp.First > 1 && orgWords[lowerNoDot(toks[sp.Last-1].Text)] && isCap(toks[sp.Last-1].Text) &&
				!namesEvent(toks[sp.First:sp.Last]) && !hasEventWord(toks[sp.First:sp.Last]) {
				sp.Type = graph.Org // "Russian Enterprise Channel": a name that ends like an organisation's
			}
			if (sp.Type == graph.Location || sp.Type == graph.Person) && employerAfterTitle(toks, sp) && !r.knownPlace(toks, sp) {
				sp.Type = graph.Org // "president of Vision Seattle", "executive of TreePeople"
			}
			if f := sp.First; sp.Type == graph.Person && f >= 2 && bodyKindNouns[toks[f-1].Text] && (sp.Last-f == 1 || !personKinds[toks[f-1].Text]) && sp.Last-f <= 2 && !subjectOfClause(toks, sp) &&
				(r.demonymOf(toks[f-2].Text) != "" || f >= 3 && isLowerWord(toks[f-2].Text) && r.demonymOf(toks[f-3].Text) != "") {
				// "the Swiss team Gerolsteiner", "the German firm Bilfinger Berger", "French satirical weekly
				// Charlie Hebdo", "the Afghan telecommunications company Roshan" (not "American automaker Henry Ford")
				sp.Type = graph.Org
			}
			if f := sp.First; sp.Type == graph.Person && sp.Last-f == 1 && f >= 3 && (sp.Last >= len(toks) || !isCap(toks[sp.Last].Text)) &&
				(firmMakers[toks[f-1].Text] && r.nationWord(toks[f-2].Text) || toks[f-1].Text == "maker" && makerGoods[toks[f-2].Text] && r.nationWord(toks[f-3].Text)) {
				sp.Type = graph.Org // "U.S. drone maker Skydio", "Chinese chipmaker SMIC": a firm (a "bomb maker" is a man)
			}
			if sp.Last-sp.First == 2 && toks[sp.First].Text == "Group" && len(toks[sp.First+1].Text) == 1 && isCap(toks[sp.First+1].Text) {
				sp.Type = Misc // "Earlier in Group G, South Korea defeated Togo": a tournament's group
			}
			if f := sp.First; sp.Type == graph.Org && f >= 2 && strings.EqualFold(toks[f-1].Text, "of") && isTitleWord(toks[f-2].Text) &&
				portfolios[strings.ToLower(toks[f].Text)] && hasToken(toks[f+1:sp.Last], "for") {
				sp.Type = Misc // "Deputy Assistant Secretary of Defense for Detainee Affairs Matthew Waxman": an office's portfolio, no body
			}
			if f := sp.First; sp.Type == graph.Org && sp.Last-f == 1 && f == sents[si].First+1 && partyHeads[strings.ToLower(toks[f].Text)] &&
				isCap(toks[f-1].Text) && nameAdjectives[strings.ToLower(toks[f-1].Text)] {
				sp.First-- // "Popular Front leader Ali Kerimli": the tagger leaves a sentence's first word out of the name it opens
			}
			if f := sp.First; (sp.Type == graph.Org || sp.Type == graph.Location) && f >= 1 && designateTitle(toks[f-1].Text) &&
				sp.Last-f >= 2 && sp.Last-f <= 3 && personLike(toks[f:sp.Last]) {
				sp.Type = graph.Person // "U.S. Secretary of State-designate Condoleezza Rice": an office not yet taken, then its holder
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && provinceWords[toks[sp.Last-1].Text] && !hasOrgWord(toks[sp.First:sp.Last-1]) && !r.opensWithBody(toks, sp) {
				// (not "Notts County", a club, nor "Bay Area Rapid Transit
				// District", an agency, nor "Islamic State Sahel Province",
				// a branch of a body)
				sp.Type = graph.Location // "the government regained control of the Eastern Province": a province, no body
			}
			if sp.Last-sp.First == 1 && currencyCodes[toks[sp.First].Text] && sp.Last < len(toks) && toks[sp.Last].Tag == "CD" {
				sp.Type = Misc // "USD 6 billion in debt relief": a currency
			}
			if sp.Type == graph.Org && forPortfolio(toks[sp.First:sp.Last]) && !hasOrgWord(toks[sp.First:sp.Last]) && portfolioAfterFor(toks, sents[si].First, sp.First) {
				sp.Type = Misc // "Assistant Secretary of State for East Asian and Pacific Affairs", "the U.N. High Commissioner on Human Rights": the office's portfolio, no body
			}
			if sp.Last-sp.First == 1 && r.nationsCompound(toks[sp.First].Text) {
				sp.Type = Misc // "U.S.-China relations", "the Iran-Iraq war": two nations' affair, no place named so
			}
			if marketIndexes[toks[sp.Last-1].Text] && (sp.Last-sp.First == 1 || toks[sp.First].Text == "Hang") {
				sp.Type = Misc // "the Nikkei in Tokyo and Sensex in Mumbai": stock indexes, no places
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && buildingHeads[toks[sp.Last-1].Text] {
				sp.Type = graph.Location // "the Prudential Building in Newark", "Citicorp Building": a building, no body
				for k := sp.First; k < sp.Last-1 && k < sp.First+3; k++ {
					if basedAdjective(toks[k].Text) || strings.HasSuffix(toks[k].Text, "-owned") || isCompoundModifier(toks[k].Text) {
						sp.First = k + 1 // "the Kenyan-owned Westgate Mall", "the Kuala Lumpur-based Petronas Towers": who owns it or where, then its name
						break
					}
				}
			}
			if (sp.Type == graph.Person || sp.Type == graph.Location) && sp.Last-sp.First == 1 && oneWordBodies[toks[sp.First].Text] {
				sp.Type = Misc // "a Politburo member": a body, but whose the word alone does not say (no town, no one's home)
			}
			if (sp.Type == graph.Person || sp.Type == graph.Location) && sp.Last-sp.First >= 2 && firmHeads[toks[sp.Last-1].Text] && !r.knownPlace(toks, sp) {
				sp.Type = graph.Org // "the oil major Meridian Energy", "Northstar Resources": a firm's name by its last word
			}
			if f := sp.First; sp.Type == graph.Person && f >= 2 && (bodyKindNouns[toks[f-1].Text] || firmMakers[toks[f-1].Text] || groupKinds[toks[f-1].Text]) &&
				(basedAdjective(toks[f-2].Text) || f >= 3 && isLowerWord(toks[f-2].Text) && basedAdjective(toks[f-3].Text)) {
				sp.Type = graph.Org // "Munich-based carmaker Adler Motoren", "Lagos-based lender Zenith", "the Pakistan-based militant group Jaish al-Adl"
			}
			if sp.Type == graph.Person && sp.Last+4 < len(toks) && toks[sp.Last].Text == "," && strings.EqualFold(toks[sp.Last+1].Text, "which") &&
				(toks[sp.Last+2].Text == "is" || toks[sp.Last+2].Text == "was") && (toks[sp.Last+3].Text == "based" || toks[sp.Last+3].Text == "headquartered") &&
				toks[sp.Last+4].Text == "in" && (sp.First == 0 || !nameOfAnother[strings.ToLower(toks[sp.First-1].Text)]) {
				// (not "a network founded by George Soros, which is based in
				// New York": the "which" is the network's)
				sp.Type = graph.Org // "Hon Ming Precision, which is based in New Taipei": no person is "which"
			}
			if sp.Type == graph.Org && reporterByline(toks, sp) {
				sp.Type = graph.Person // "VOA's Mil Arcega reports."
			}
			if sp.Type == graph.Person && r.placeBeforeCountry(toks, sp) {
				sp.Type = graph.Location // "held a summit in Puerto Ordaz, Venezuela"
			}
			if sp.Type != graph.Location && sp.Type != Misc && r.placeApposition(toks, sp) {
				sp.Type = graph.Location // "Mariupol, a port city in southeastern Ukraine"
			}
			if (sp.Type == graph.Location || sp.Type == graph.Person && sp.Last-sp.First == 1) && !r.knownPlace(toks, sp) && r.bodyApposition(toks, sp) {
				sp.Type = graph.Org // "Wirecard, the Aschheim-based payments company": a firm
			}
			if sp.Type == graph.Person && ledAfter(toks, sp) {
				sp.Type = graph.Org // "Viv Ansanm, a coalition led by Jimmy Cherizier": no one leads a person
			}
			if k := officeObject(toks, sp); k > sp.First {
				sp.First, sp.Type = k, graph.Person // "Secretary of State Condoleezza Rice": the office's, then her name
			}
			if (sp.Type == graph.Org || sp.Type == Misc || sp.Type == graph.Location && !anyTokenIn(toks[sp.First:sp.Last], geoFeatures) && !r.knownPlace(toks, sp)) &&
				sp.Last-sp.First > 1 && nobleTitles[lowerNoDot(toks[sp.First].Text)] && namesOnly(toks[sp.First+1:sp.Last]) &&
				!hasToken(toks[sp.First+1:sp.Last], "of") { // (not "The King Of Cool")
				sp.Type = graph.Person // "Pope Benedict XVI", "King Abdullah", "a cousin of Emperor Akihito": a titled person; the title comes off below
			}
			if f := sp.First; (sp.Type == graph.Location || sp.Type == graph.Org) && ownPersonBefore(toks, f) &&
				personLike(toks[f:sp.Last]) && !r.knownPlace(toks, sp) && len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, sp.Last)))) == 0 {
				sp.Type = graph.Person // "bin Laden and his number two Ayman al-Zawahiri", "his wife Laura": one's kin or aide is a person
			}
			if f := sp.First; sp.Type == graph.Location && sp.Last-f >= 3 && personTitles[lowerNoDot(toks[f].Text)] && namesOnly(toks[f+1:sp.Last]) &&
				!hasToken(toks[f+1:sp.Last], "of") &&
				!anyTokenIn(toks[f:sp.Last], geoFeatures) && !r.knownPlace(toks, sp) {
				sp.Type = graph.Person // "General Francisco Franco": a title and a full name (not "General Santos", a city)
			}
			if f := sp.First; sp.Type == graph.Location && f >= 2 && strings.EqualFold(toks[f-1].Text, "of") && lifeEvents[strings.ToLower(toks[f-2].Text)] &&
				sp.Last-f >= 2 && namesOnly(toks[f:sp.Last]) && !anyTokenIn(toks[f:sp.Last], geoFeatures) && !r.knownPlace(toks, sp) &&
				(sp.Last >= sents[si].Last || !strings.HasPrefix(toks[sp.Last].Tag, "NN") && !isCap(toks[sp.Last].Text)) { // (not "the death of Atlanta Hawks center Jason Collier")
				sp.Type = graph.Person // "the birth of Jesus Christ", "the funeral of Yitzhak Rabin": a life's events are a person's
			}
			if sp.Type == graph.Person && sp.First >= 2 && strings.EqualFold(toks[sp.First-1].Text, "of") &&
				placeKindNouns[strings.ToLower(toks[sp.First-2].Text)] && toks[sp.First-2].Text != "State" {
				sp.Type = graph.Location // "in the town of Khan Bani Saad"
			}
			if f := sp.First; sp.Type == graph.Org && f >= 3 && toks[f-1].Text == "of" && !orgWords[strings.ToLower(toks[sp.Last-1].Text)] &&
				(placeKindNouns[toks[f-2].Text] || toks[f-2].Text == "department" && compassWords[strings.ToLower(toks[f-3].Text)]) {
				sp.Type = graph.Location // "in the northwestern department of Solola", "the province of Quebec": lower case, a region (not "Department of Energy")
			}
			if sp.Type == graph.Org && sp.First >= 2 && toks[sp.First].Text == "State" && strings.EqualFold(toks[sp.First-1].Text, "of") &&
				isTitleWord(toks[sp.First-2].Text) {
				continue // "Assistant Secretary of State for International Security": the office's name
			}
			if sp.Type == graph.Org && sp.Last-sp.First == 1 && sp.Last < len(toks) && polityNouns[toks[sp.Last].Text] {
				continue // "the Communist nation", "the Islamist regime": a kind of state, no body
			}
			if sp.Type == graph.Org && sp.Last < len(toks) && firmHeads[toks[sp.Last].Text] && sp.Last < sents[min(si, len(sents)-1)].Last {
				sp.Last++ // "Europa Terminals": the tagger stopped before the firm's head
			}
			if sp.Type == graph.Org {
				sp.Last = r.orgNameEnd(toks, sp.First, sp.Last)
				if l := lowerNoDot(toks[sp.First].Text); sp.Last-sp.First == 1 && personTitles[l] && !orgWords[l] {
					continue // "had been CEO of": a title, not a company
				}
				if sp.Last < len(toks) && (strings.EqualFold(toks[sp.Last].Text, "minister") || strings.EqualFold(toks[sp.Last].Text, "secretary")) &&
					(sp.Last-sp.First == 1 && portfolios[lowerNoDot(toks[sp.First].Text)] ||
						sp.Last-sp.First > 1 && !hasOrgWord(toks[sp.First:sp.Last]) && len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, sp.Last)))) == 0) {
					// "Sudan's Justice Minister", "Israel's [Tourism Minister]",
					// "Russia's Economic Development and Trade Minister": a
					// portfolio, part of the title
					continue
				}
			}
			if sp.Type == graph.Org && sp.First >= 2 && sp.Last-sp.First >= 2 && toks[sp.First-1].Text == "for" &&
				(officeHeads[lowerNoDot(toks[sp.First-2].Text)] || strings.EqualFold(toks[sp.First-2].Text, "general")) &&
				!hasOrgWord(toks[sp.First:sp.Last]) && len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, sp.Last)))) == 0 {
				continue // "Assistant Secretary General for Defense Investment": the office's field, no body
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 3 && officeHeads[lowerNoDot(toks[sp.First].Text)] &&
				(toks[sp.First+1].Text == "for" || toks[sp.First+1].Text == "of") {
				continue // "the Minister for Information and Broadcasting": an office, no body
			}
			if sp.Type == graph.Org && sp.Last-sp.First == 1 && genericOrgNouns[strings.ToLower(toks[sp.First].Text)] &&
				sp.Last < len(toks) && isLowerWord(toks[sp.Last].Text) && isTitleWord(toks[sp.Last].Text) {
				continue // "Party leader Amir Peretz": a title that names no party
			}
			if sp.Type == graph.Org || sp.Type == Misc {
				if k := r.describedKnownOrg(toks, sp); k > sp.First {
					sp.First, sp.Type = k, graph.Org // "The Islamic Militant Group Hamas": what it is, then its name
				}
			}
			if si >= len(sents) {
				continue
			}
			if sp.Type == graph.Person && isOffice(toks[sp.Last-1].Text) {
				continue // "Bosnian Serb President": a title, no one's name
			}
			if sp.Type == graph.Person && !titleWords[lowerNoDot(toks[sp.First].Text)] {
				// "Arizona Sen. John McCain": the name starts after the
				// office, and the place before it is left to the other
				// layers.
				if k := stripTitle(toks, sp.First, sp.Last, sp.Type); k > sp.First && k < sp.Last {
					sp.First = k
				}
			}
			if sp.Type == graph.Org && sp.Last-sp.First == 1 && firmAbbrevs[toks[sp.First].Text] && sp.First > sents[si].First &&
				isCap(toks[sp.First-1].Text) && isWord(toks[sp.First-1].Text) && !isFunctionTag(toks[sp.First-1].Tag) {
				sp.First-- // "Keen Corp. was sued": the tagger took "Keen" for the word
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && isCompoundModifier(toks[sp.First].Text) {
				sp.First++ // "the U.S.-based New England Aquarium", "U.S.-funded Radio Free Europe": a modifier, then the name
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && sp.Last-sp.First <= 3 && initials(toks[sp.First].Text) &&
				namesOnly(toks[sp.First+1:sp.Last]) && len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, sp.Last)))) == 0 {
				sp.Type = graph.Person // "State Department spokesman P.J. Crowley"
			}
			if sp.Type != graph.Person && sp.Last-sp.First >= 2 && honorifics[lowerNoDot(toks[sp.First].Text)] && namesOnly(toks[sp.First+1:sp.Last]) {
				sp.Type = graph.Person // "Ms. Rice": a person, whatever else the story calls Rice; the title comes off below
			}
			if sp.Type != graph.Person && sp.Last-sp.First >= 3 && (lowerNoDot(toks[sp.First].Text) == "justice" || lowerNoDot(toks[sp.First].Text) == "judge") &&
				namesOnly(toks[sp.First+1:sp.Last]) {
				sp.Type = graph.Person // "Justice Sandra Day O'Connor" (not "Justice Department")
			}
			if n := sp.Last; sp.Type == graph.Org && n-sp.First >= 3 && n < sents[si].Last && toks[n-2].Text == "of" &&
				r.demonymOf(toks[n-1].Text) != "" && titleWords[lowerNoDot(toks[n].Text)] {
				sp.Last = n - 2 // "the Fatah Movement of Palestinian President Mahmoud Abbas": the president's, not the name's
			}
			if sp.Type == graph.Org {
				sp.Last = r.knownNameGoesOn(toks, sents[si], sp) // "the Association of Southeast Asian nations"
				sp.Last = r.ofNameGoesOn(toks, sents[si], sp, tagged)
				swallowed = sp.Last
			}
			if t := toks[sp.Last-1].Text; sp.Last-sp.First >= 2 && isCap(t) && usParty(strings.TrimSuffix(strings.ToLower(t), "s"), true) != "" &&
				r.knownPlace(toks, Span{First: sp.First, Last: sp.Last - 1}) {
				sp.Last, sp.Type = sp.Last-1, graph.Location // "an Ohio Democrat": the state, then the party's member
			}
			if sp.Type != graph.Org && sp.Last-sp.First >= 2 && (bodyEnds[strings.ToLower(toks[sp.Last-1].Text)] && sp.Type == graph.Location ||
				bodyStarts[strings.ToLower(toks[sp.First].Text)]) {
				sp.Type = graph.Org // "Halo Trust", "the High Court", "Universidad de los Andes": bodies, not places
			}
			if sp.Type == graph.Location && sp.Last-sp.First >= 2 && sp.First >= 3 && toks[sp.First-1].Text == "," &&
				(kinNouns[toks[sp.First-2].Text] || agentNoun(toks[sp.First-2].Text)) && isLowerWord(toks[sp.First-2].Text) &&
				(toks[sp.First-3].Text == "his" || toks[sp.First-3].Text == "her" || toks[sp.First-3].Text == "their") {
				sp.Type = graph.Person // "his bodyguard, Israel Ramirez": someone's person, whatever place the name starts with
			}
			if sp.Last-sp.First == 1 && sp.Type == graph.Person && kinTitles[strings.ToLower(toks[sp.First].Text)] {
				continue // "Father was killed": a form of address the tagger took for a name
			}
			if sp.Last-sp.First >= 3 && territorialTitles[strings.ToLower(toks[sp.First].Text)] && toks[sp.First+1].Text == "of" {
				sp.Type = graph.Person // "the Duchess of Cornwall", "the Prince of Wales": a person known by a title
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && (toks[sp.Last-1].Text == "Square" || toks[sp.Last-1].Text == "Plaza") {
				sp.Type = graph.Location // "Beijing's Tiananmen Square"
			}
			if t, ok := facilityNames[toks[sp.Last-1].Text]; ok && sp.Type == graph.Person {
				if sp.Last-sp.First == 1 {
					continue // "the Zone": no one's name, and no place's alone
				}
				sp.Type = t // "Bagram Air Base", "the Carter Center": named after people, no one's name
				if t == graph.Org {
					sp.Last = r.ofNameGoesOn(toks, sents[si], sp, tagged) // "the Whitney Museum of American Art"
					swallowed = sp.Last
				}
			}
			if loc := sp.Last; (sp.Type == graph.Org || sp.Type == graph.Person && !personWords[toks[sp.Last-1].Text]) && loc < sents[si].Last && !hasOrgWord(toks[sp.First:sp.Last]) {
				if areaUses[toks[loc].Text] && loc+1 < sents[si].Last {
					loc++ // "the upscale Ayala Alabang shopping district"
				}
				if localityNouns[toks[loc].Text] && (loc+1 == sents[si].Last || !strings.HasPrefix(toks[loc+1].Tag, "NN")) {
					sp.Type = graph.Location // "the southwestern Jihad district", "the restive Kabylie region", "Baghdad's Harithiya district"
				}
			}
			if f := sp.First; sp.Type == graph.Person && f >= 2 && toks[f-1].Text == "," && placeKindNouns[toks[f-2].Text] && isLowerWord(toks[f-2].Text) &&
				indefinitePhrase(toks, sents[si].First, f-2) &&
				(sp.Last >= sents[si].Last || toks[sp.Last].Text == "," || toks[sp.Last].Text == "." || toks[sp.Last].Text == "in") {
				// (not "the president of Iraq's Kurdish autonomous region,
				// Massoud Barzani": the region's president)
				sp.Type = graph.Location // "from a northern Druze village, Majdal Shams, in the Golan Heights"
			}
			if sp.Type == graph.Org && sp.Last-sp.First == 1 && sp.First == sents[si].First && toks[sp.First].Text == "State" &&
				sp.Last < sents[si].Last && isLowerWord(toks[sp.Last].Text) {
				continue // "State media say": the state's, no body named State
			}
			if sp.Type == graph.Org && sp.Last-sp.First >= 2 && sp.Last < len(toks) && isTitleWord(toks[sp.Last].Text) &&
				len(r.Gazetteer.Lookup(graph.NormalizeName(toks[sp.First].Text))) > 0 && onlyDepartment(toks[sp.First+1:sp.Last]) {
				sp.Last = sp.First + 1 // "EU Foreign Policy chief Javier Solana": the EU, then the chief's department
			}
			if sp.Type == graph.Org && sp.Last-sp.First == 1 && legalForm(toks, sents[si], sp.First) {
				continue // "Vodafone Group PLC": the legal form of the name before it, not the Palestinian Legislative Council
			}
			if sp.Type == graph.Person && r.beforeStateAbbrev(toks, sents[si], sp) {
				sp.Type = graph.Location // "his hometown of Russell, Kan."
			}
			if r.dateline(toks, sents[si], sp) {
				// "GRAND RAPIDS, Mich. (AP)": the whole capitalised opening,
				// though the tagger may have read "GRAND" as a word.
				sp.First, sp.Type = sents[si].First, graph.Location
			}
			// "North Bend, Ohio" stays one place when the tagger reads it
			// so: the state tells it from the other North Bends.
			names[si] = append(names[si], sp)
			if sp.Type == graph.Person && sp.Last-sp.First > 1 {
				if personWords == nil {
					personWords = make(map[string]bool)
				}
				personWords[toks[sp.Last-1].Text] = true
			}
		}
	}
	for i, t := range toks {
		if timeZones[t.Text] || holidays[t.Text] && !r.endsPersonName(toks, i) || commonTerms[t.Text] || adherents[t.Text] {
			covered[i] = true // "0700 UTC": a clock, not a name; "Ramadan": a season, not a place; "Muslims": believers
		}
		if t.Text == "Brent" && i+1 < len(toks) && (toks[i+1].Text == "crude" || toks[i+1].Text == "oil") {
			covered[i] = true // "Brent crude": a grade of oil
		}
		if i+1 < len(toks) && (sects[t.Text] && (adherents[toks[i+1].Text] || isLowerWord(toks[i+1].Text) && !particleName(toks[i+1].Text)) || churches[t.Text] && adherents[toks[i+1].Text]) {
			covered[i] = true // "Sunni Muslims", "Shi'ite militia": a faith's branch, not a name
		}
	}
	for _, s := range sents {
		if isCreditLine(toks[s.First:s.Last]) {
			for i := s.First; i < s.Last; i++ {
				covered[i] = true
			}
		}
	}
	for si, s := range sents {
		for _, d := range r.Dates.Find(toks, s.First, s.Last, ref) {
			kind := "date"
			if d.period {
				kind = "period"
			}
			add(Mention{Type: graph.Date, Kind: kind, Value: d.value, First: d.first, Last: d.last, Sent: si, Source: "dates"})
			if p := max(monthPartPrefix(toks[d.first].Text), yearPartPrefix(toks[d.first].Text)); p > 0 {
				out[len(out)-1].Start += p // "mid-February", "mid-2023": the month or year is the name, "mid-" says which part of it
			}
		}
		for _, m := range r.definedNames(toks, s, covered) {
			m.Sent = si
			add(m)
		}
		var spans []Span
		if names != nil {
			spans = names[si]
		}
		for _, m := range longerNames(toks, covered, spans, gazTags) {
			m.Sent = si
			add(m)
		}
		for _, m := range r.gazetteerNames(toks, s, covered, personWords, spans) {
			m.Sent = si
			add(m)
		}
		for _, m := range r.otherNames(toks, s, covered, spans) {
			m.Sent = si
			add(m)
		}
		for _, m := range placesAfterCues(toks, s, covered) {
			m.Sent = si
			add(m)
		}
		for _, m := range r.backerPrefixes(toks, s, out) {
			m.Sent = si
			add(m)
			out[len(out)-1].End = out[len(out)-1].Start + len(m.Text) // the name only: "U.S." of "U.S.-led"
		}
	}
	out = append(out, surnames(toks, sents, out, covered)...)
	out = append(out, definedAcronyms(toks, sents, out, covered)...)
	sort.Slice(out, func(i, j int) bool { return out[i].First < out[j].First })
	for i := range out {
		out[i].Text = text[out[i].Start:out[i].End]
		for k := out[i].First; k < out[i].Last && k < len(toks); k++ {
			if t := toks[k]; t.End <= len(text) && text[t.Start:t.End] != t.Text {
				out[i].Name = textOf(toks, out[i].First, out[i].Last) // a respelled phrase inside
				break
			}
		}
	}
	placesByCue(toks, out)
	peopleByKin(toks, out)
	peopleKilled(toks, out)
	peopleInOffice(toks, out)
	peopleByApposition(toks, out)
	r.namesakes(toks, out)
	r.americanStates(toks, out)
	r.statesAfterTowns(toks, out)
	r.institutions(toks, out)
	r.sharedAcronyms(out)
	return out
}

// sharedAcronyms gives a name that several bodies of different countries
// share the one whose country the text names most in its sentence and the
// two before: "JEM" is Sudan's Justice and Equality Movement in a story
// about Darfur and Pakistan's Jaish-e-Mohammed in one about Kashmir. With
// no such country nearby a mention takes the body the story's other
// mentions of the name chose, else the gazetteer's first entry (a story
// about Belarus that mentions Putin's past as "a KGB agent" means the
// Soviet KGB).
// ms is sorted.
func (r *Recognizer) sharedAcronyms(ms []Mention) {
	chosen := make(map[string]string) // acronym -> the body chosen for it
	var open []int                    // mentions with no country nearby
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org || m.Source != "gazetteer" || m.Kind != gazetteer.Acronym.String() {
			continue
		}
		es := r.Gazetteer.Lookup(graph.NormalizeName(m.Text))
		if len(es) < 2 {
			continue
		}
		named := make(map[string]int) // country -> mentions nearby
		for j := range ms {
			if c := &ms[j]; c.Sent >= m.Sent-2 && c.Sent <= m.Sent && actorType(c) == graph.Country {
				named[c.Actor()]++
			}
		}
		best, most := "", 0
		for _, e := range es {
			if !strings.HasPrefix(e.ID, graph.Org.Slug()+"/") {
				continue
			}
			if n := named[r.Gazetteer.CountryOf(e.ID)]; n > most {
				best, most = e.ID, n
			}
		}
		if best == "" {
			open = append(open, i)
			continue
		}
		m.Entity = best
		key := graph.NormalizeName(m.Text)
		if c, ok := chosen[key]; ok && c != best {
			best = "" // two bodies in one story: each mention keeps its own
		}
		chosen[key] = best
	}
	for _, i := range open {
		if c := chosen[graph.NormalizeName(ms[i].Text)]; c != "" {
			ms[i].Entity = c // the body the story meant where it named the country
		}
	}
}

// placesByCue retypes as places the names the tagger read as people right
// after words that only a place follows ("headquartered in Redmond", "was
// born in Hope"), and as people the one-word places it read where only a
// person stands ("Putin met Xi").
func placesByCue(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Source != "model" || m.First < 2 {
			continue
		}
		prep, cue := strings.ToLower(toks[m.First-1].Text), strings.ToLower(toks[m.First-2].Text)
		switch {
		case m.Type == graph.Person && prep == "in" && placeCues[cue]:
			m.Type = graph.Location
		case m.Type == graph.Location && m.Last-m.First == 1 && (meetObjectVerbs[prep] || prep == "with" && meetWithCues[cue]):
			// "Putin met Xi in Beijing", "held talks with Xi": one meets
			// people, and a one-word place the gazetteer does not know
			// there is a surname the tagger misread
			m.Type = graph.Person
		}
	}
}

// peopleByKin retypes as a person a one-word name the tagger read as a
// body or place when what it owns only a person has: "Navalny's widow",
// "Cameron's aide" (not a deputy or a prime minister, which parties and
// states have too: "Labor's longest-serving prime minister").
func peopleByKin(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First != 1 || m.Type != graph.Org && m.Type != graph.Location || m.Last+1 >= len(toks) || !isPossessive(toks[m.Last].Text) {
			continue
		}
		// A town the gazetteer knows yields only to what no town has:
		// "Lincoln's assassin" (not "Lincoln's mayor", "Houston's son").
		town, ok := retypable(m)
		if !ok {
			continue
		}
		k := m.Last + 1
		for n := 0; n < 2 && k < len(toks) && (toks[k].Tag == "JJ" || strings.EqualFold(toks[k].Text, "new")) && isLowerWord(toks[k].Text); n++ {
			k++
		}
		if k >= len(toks) {
			continue
		}
		w := strings.ToLower(toks[k].Text)
		if personalNouns[w] && !town || victimsOwn[w] {
			toPerson(m, town)
		}
	}
}

// peopleByApposition retypes as a person a short name the tagger or the
// gazetteer read as a place or body when an apposition describes a
// person: "Lincoln, the 16th president, was assassinated" (not the town in
// Nebraska).
func peopleByApposition(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if (m.Type == graph.Location || m.Type == graph.Org) && m.Last-m.First <= 3 && personApposition(toks, Span{First: m.First, Last: m.Last}) {
			m.Type, m.Entity, m.StandsFor, m.Kind = graph.Person, "", "", "name" // (the gazetteer's town is another entity)
		}
	}
}

// personalNouns are what only a person has: kin, a deputy, an aide, a
// lawyer.
var personalNouns = set("wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "widower",
	"aide", "aides", "lawyer", "lawyers", "bodyguard", "girlfriend", "boyfriend", "fiancee", "fiance")

// retypable reports whether a person's context may make a person of m:
// a name the tagger read as a place or body, or a town of the gazetteer's
// (town), not a capital standing for its state nor another name the
// gazetteer knows.
func retypable(m *Mention) (town, ok bool) {
	town = m.Source == "gazetteer" && m.Type == graph.Location && m.StandsFor == ""
	return town, m.Source == "model" || town
}

// toPerson makes a person of m; a gazetteer town's entity is another
// than the person's.
func toPerson(m *Mention, town bool) {
	m.Type = graph.Person
	if town {
		m.Entity, m.Kind = "", "name"
	}
}

// peopleKilled retypes as a person a one-word name the tagger or the
// gazetteer read as a place or body right after a verb of killing a
// person: "after shooting Lincoln during a performance", "the plot to
// assassinate Kennedy" (not "killing Hamas commanders": the name
// modifies the noun after it).
func peopleKilled(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First != 1 || m.First == 0 || m.Type != graph.Org && m.Type != graph.Location || !killingVerbs[toks[m.First-1].Text] {
			continue
		}
		if m.Last < len(toks) && (strings.HasPrefix(toks[m.Last].Tag, "NN") || toks[m.Last].Tag == "JJ" || isPossessive(toks[m.Last].Text)) {
			continue
		}
		if town, ok := retypable(m); ok {
			toPerson(m, town)
		}
	}
}

// peopleInOffice retypes as a person a one-word name the tagger or the
// gazetteer read as a place or body before a term of office held by one
// person: "the Hosokawa administration", "the Lincoln presidency" (not
// "the Washington administration": a capital stands for its state).
func peopleInOffice(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First != 1 || m.Last >= len(toks) || m.Type != graph.Org && m.Type != graph.Location || !termsOfOffice[toks[m.Last].Text] {
			continue
		}
		if town, ok := retypable(m); ok {
			toPerson(m, town)
		}
	}
}

// termsOfOffice are held by one person at a time, named after them.
var termsOfOffice = set("administration", "presidency", "premiership")

// killingVerbs kill a person: who they take is a person.
var killingVerbs = set("killing", "assassinated", "assassinating", "assassinate", "murdered", "murdering", "murder", "shooting", "stabbing", "stabbed", "strangled",
	"strangling")

// victimsOwn tell of one who killed a person, or of the killing: what
// a person's name owns, never a town's ("Lincoln's assassin").
var victimsOwn = union(killerNouns, set("assassins", "killers", "murderers", "assassination"))

// meetObjectVerbs take the person met as their object; meetWithCues come
// before "with" and the person met.
var (
	meetObjectVerbs = set("met", "meets", "meet", "hosted", "hosts", "received", "receives", "welcomed", "welcomes")
	meetWithCues    = set("met", "meets", "meet", "meeting", "talks", "spoke", "speaks", "talked", "conferred", "lunched", "dined")
)

// innerNameWords are lower-case words inside names the gazetteer knows,
// too common elsewhere to join a name the tagger found: "Mato Grosso do
// Sul", "Offenbach am Main", "Committee to Protect Journalists".
var innerNameWords = set("do", "im", "an", "am", "upon", "to", "former", "a")

// ofNameGoesOn returns where a body's name ends that the tagger cut at its
// kind word before "of" and the capitalised words that finish it ("the
// Chinese Academy of Carrier Rocket Technology"), or before "for" and
// what the body is for ("the Pontifical Council for Interreligious
// Dialogue", where the tagger may have read the cause as a body of its
// own). It does not run over any other name of its own the tagger or the
// gazetteer found there ("Army of Iraq" stays the army and Iraq).
func (r *Recognizer) ofNameGoesOn(toks []Token, s Sentence, sp Span, tagged []Span) int {
	k := sp.Last
	if k+1 >= s.Last {
		return sp.Last
	}
	if kind := lowerNoDot(toks[k-1].Text); !(toks[k].Text == "of" && orgWords[kind] || toks[k].Text == "for" && forNameKinds[kind] ||
		toks[k].Text == "on" && onNameKinds[kind] && !dateWord(toks[k+1].Text)) {
		return sp.Last
	}
	j := k + 1
	for j < s.Last && j < k+5 && isCap(toks[j].Text) && isWord(toks[j].Text) {
		j++
	}
	if j == k+1 || j < s.Last && isCap(toks[j].Text) {
		return sp.Last
	}
	for _, o := range tagged {
		if toks[k].Text == "for" && (o.Type == graph.Org || o.Type == Misc) && o.First > k && o.Last <= j {
			continue
		}
		if o.First < j && o.Last > k && !(o.First > k && o.Last <= j && o.Last-o.First > 1 && r.demonymOf(toks[o.First].Text) != "") {
			return sp.Last // (not "Museum of American Art": a demonym's phrase, no name)
		}
	}
	for n := k + 1; n < j; n++ {
		if es, end := longestName(r.Gazetteer, toks, s, n, nil); es != nil && !(end < j && r.demonymOf(toks[n].Text) != "") {
			return sp.Last
		}
	}
	return j
}

// opensWithBody reports whether the first words of a span name an
// organisation the gazetteer knows: "Islamic State Sahel Province".
func (r *Recognizer) opensWithBody(toks []Token, sp Span) bool {
	for end := sp.First + 1; end < sp.Last; end++ {
		for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, end))) {
			if strings.HasPrefix(e.ID, graph.Org.Slug()+"/") {
				return true
			}
		}
	}
	return false
}

// provinceWords end the names of provinces and regions, never of bodies.
var provinceWords = set("Province", "Region", "Governorate", "Prefecture", "Oblast")

// currencyCodes are ISO 4217 codes written before amounts: "USD 6
// billion".
var currencyCodes = set("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB", "ZAR", "KES", "NGN", "BRL", "MXN")

// nameAdjectives open the names of parties and movements, partyHeads end
// them: "Popular Front", "Patriotic Union" (not "Democratic Senate
// Majority Leader Harry Reid": a senate is no party).
var (
	partyHeads     = set("front", "party", "movement", "union", "alliance", "league", "bloc", "coalition", "federation")
	nameAdjectives = set("popular", "national", "democratic", "socialist", "liberal", "islamic", "revolutionary", "united", "patriotic",
		"progressive", "communist", "conservative", "republican", "green", "labour", "labor", "people's", "peoples", "free", "independent", "radical", "civic")
)

// onNameKinds are the kinds of body whose names go on with "on" and what
// the body deals with: "the Senate Committee on Foreign Relations", "the
// Commission on Missing Persons" (not "the committee on Tuesday").
var onNameKinds = set("committee", "subcommittee", "commission", "council", "conference", "panel", "board", "caucus")

// dateWord reports whether w names a month or a day of the week.
func dateWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	_, m := months[w]
	_, d := weekdays[w]
	return m || d
}

// forNameKinds are the kinds of body whose names go on with "for" and
// what the body is for: "the Pontifical Council for Interreligious
// Dialogue", "the Campaign for Nuclear Disarmament".
var forNameKinds = set("council", "committee", "commission", "center", "centre", "campaign", "foundation", "institute", "fund",
	"office", "agency", "movement", "alliance", "coalition", "party", "league", "union", "association", "federation",
	"organization", "organisation", "society", "front", "congress", "forum", "network", "court", "tribunal", "initiative")

// describedKnownOrg returns where a known organisation's name starts in a
// tagger's span that writes capitalised describing words or a demonym
// before it ("The Islamic Militant Group Hamas", "Lebanese Hezbollah"),
// or sp.First when the span is no such thing.
func (r *Recognizer) describedKnownOrg(toks []Token, sp Span) int {
	country := "" // the country a demonym before the name names
	for k := sp.First + 1; k < sp.Last; k++ {
		w := toks[k-1].Text
		if c := r.demonymOf(w); c != "" {
			country = c
		} else if !namePrefixWords[lowerNoDot(w)] {
			return sp.First
		}
		for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, k, sp.Last))) {
			// "Lebanese Hezbollah" is Hezbollah; "Egyptian Islamic Jihad"
			// is no Palestinian Islamic Jihad.
			if ent, ok := r.Gazetteer.Entity(e.ID); ok && ent.Type == graph.Org && (country == "" || r.Gazetteer.CountryOf(e.ID) == country) {
				return k
			}
		}
	}
	return sp.First
}

// nationWord reports whether w is a demonym or a country's name:
// "Chinese", "U.S.".
func (r *Recognizer) nationWord(w string) bool {
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(w)) {
		if e.Kind.String() == "demonym" || strings.HasPrefix(e.ID, "country/") {
			return true
		}
	}
	return false
}

// nationsCompound reports whether w joins nations' names or demonyms with
// hyphens ("U.S.-China", "Israeli-Palestinian", "Iran-Iraq") and is no name
// of its own ("Bosnia-Herzegovina", "Guinea-Bissau").
func (r *Recognizer) nationsCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	if len(r.Gazetteer.Lookup(graph.NormalizeName(w))) > 0 {
		return false
	}
	for _, p := range parts {
		if !r.nationWord(p) {
			return false
		}
	}
	return true
}

// demonymOf returns the country w is a demonym of in the gazetteer, or "".
func (r *Recognizer) demonymOf(w string) string {
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(w)) {
		if e.Kind.String() == "demonym" {
			return e.StandsFor
		}
	}
	return ""
}

// officeHeads are the first words of an office's name: "Minister for
// Information", "Secretary of Defense".
var officeHeads = set("minister", "secretary", "commissioner", "undersecretary", "under-secretary")

// namePrefixWords say what kind of body a name is when written before it
// with capitals: "Militant Group Hamas", "Rebel Group SPLA".
var namePrefixWords = set("islamic", "islamist", "militant", "militants", "group", "radical", "rebel", "rebels",
	"terrorist", "terror", "extremist", "insurgent", "separatist", "guerrilla", "armed", "shiite", "shi'ite",
	"sunni", "muslim", "outlawed", "banned", "hardline", "hard-line", "opposition", "ruling")

// bodyStarts are first words that make a name a body's in the languages
// news quotes names in: "Universidad de los Andes", "Banco Santander".
var bodyStarts = set("universidad", "universidade", "université", "universite", "universität", "università", "universita",
	"instituto", "institut", "banco", "banque", "banca", "partido", "fundación", "fundacion", "fondation", "stiftung")

// kinNouns name someone's relative or employee: "his bodyguard, X".
var kinNouns = set("wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "uncle", "aunt",
	"cousin", "nephew", "niece", "bodyguard", "aide", "widow", "fiancee", "fiance", "girlfriend", "boyfriend", "partner")

// kinTitles address a priest or a relative; alone they name no one.
var kinTitles = set("father", "mother", "sister", "brother", "uncle", "aunt", "grandma", "grandpa", "mom", "dad")

// territorialTitles name a person by title and territory: "Duke of
// Edinburgh".
var territorialTitles = set("prince", "princess", "duke", "duchess", "earl", "countess", "baron", "baroness", "marquess")

// knownNameGoesOn returns where an organisation's name ends when the
// tagger stopped before a lower-case word that the gazetteer's name for
// it goes on with ("Association of Southeast Asian nations"): the
// longest such name, else the span's end.
func (r *Recognizer) knownNameGoesOn(toks []Token, s Sentence, sp Span) int {
	last := sp.Last
	for k := sp.Last; k < s.Last && k < sp.Last+2 && isLowerWord(toks[k].Text); k++ {
		for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, k+1))) {
			if ent, ok := r.Gazetteer.Entity(e.ID); ok && ent.Type == graph.Org && e.Kind != gazetteer.Acronym {
				last = k + 1
				break
			}
		}
	}
	return last
}

// bodyEnds are last words that make a name a body's, whatever its first
// words ("Halo Trust", "Georgetown University"). Not "Federation",
// "Union" or "Bank": the Mali Federation and the West Bank are places.
var bodyEnds = set("court", "university", "college", "trust", "movement", "corps", "forces", "institute", "foundation",
	"association", "society", "council", "commission", "committee", "party", "ministry", "department", "agency",
	"company", "corporation")

// statesAfterTowns gives a city's name that is also its state's ("New
// York", "Washington": the gazetteer's "New York State") the state after a
// town and a comma: "Lake Placid, New York", "Spokane, Washington" (not New
// York City, not the capital). ms is sorted.
func (r *Recognizer) statesAfterTowns(toks []Token, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		m, town := &ms[i], &ms[i-1]
		if m.Type != graph.Location && m.Type != graph.Country || town.Type != graph.Location || town.Last+1 != m.First ||
			toks[town.Last].Text != "," || town.Entity == m.Entity {
			continue
		}
		if r.Gazetteer.RegionOf(town.Entity) == m.Entity {
			continue // "Brooklyn, New York": the borough's city
		}
		for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(m.Text) + " state") {
			if r.Gazetteer.Kind(e.ID) == "region" && e.ID != m.Entity && r.Gazetteer.CountryOf(e.ID) == r.Gazetteer.CountryOf(m.Entity) {
				m.Entity, m.Type, m.StandsFor, m.Kind = e.ID, graph.Location, "", "name"
				break
			}
		}
	}
}

// americanStates gives a country's name that is also a U.S. state's the
// state when American politics surround it: "Senator Max Cleland of
// Georgia", "a Georgia Republican", "Georgia Governor Sonny Perdue".
// "Atlanta, Georgia" is namesakes' work. ms is sorted.
func (r *Recognizer) americanStates(toks []Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Country || m.Kind == "demonym" {
			continue
		}
		q := r.Gazetteer.QualifiedRegion(graph.Country.Slug()+"/united-states", graph.NormalizeName(m.Text))
		if q == "" {
			continue
		}
		american := m.Last < len(toks) && usPolitics[strings.ToLower(strings.TrimSuffix(toks[m.Last].Text, "."))]
		if k := m.First - 1; k > 0 && strings.EqualFold(toks[k].Text, "of") {
			// "Senator Max Cleland of Georgia": a U.S. title before the person
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if usPolitics[strings.ToLower(strings.TrimSuffix(toks[j].Text, "."))] {
					american = true
					break
				}
			}
		}
		if american {
			m.Entity, m.Type, m.StandsFor, m.Kind = q, graph.Location, "", "name"
		}
	}
}

// usPolitics are words of American politics around a state's name.
var usPolitics = set("senator", "sen", "senators", "congressman", "congresswoman", "representative", "rep",
	"governor", "gov", "democrat", "democrats", "republican", "republicans", "legislature", "lawmakers")

// institutions gives a generic institution ("Supreme Court", "the Foreign
// Ministry") the entity of its country's, so that Pakistan's and India's
// supreme courts stay apart across documents. The country is the one named
// right before it ("Pakistan's Supreme Court", "the Iraqi Foreign
// Ministry") or after "of" ("the Supreme Court of India"); else the one
// another mention of the same name in the document has; else the story's
// country when the document is mostly about it (countryTally.story). With none
// of these the name stays one entity.
// ms is sorted.
func (r *Recognizer) institutions(toks []Token, ms []Mention) {
	r.missionsAbroad(toks, ms)
	r.foreignParties(toks, ms)
	r.foreignInstitutions(toks, ms)
	// name is what a generic institution is called without its country:
	// "Supreme Court", and "Health Ministry" in "the Chinese Health
	// Ministry", whose demonym gives its country (own[i]).
	name := make([]string, len(ms))
	own := make([]string, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org || m.Entity != "" {
			continue
		}
		if n := institutionName(m.Text); n != "" {
			name[i] = n
		} else if c, rest := nationPrefix(r.Gazetteer, m.Text); c != "" {
			name[i], own[i] = rest, c // "Iranian Foreign Ministry", "Iran Foreign Ministry", "South Korea Unification Ministry"
		}
	}
	generic := func(i int) bool { return name[i] != "" }
	focus, mostly := tallyCountries(ms).story()
	if !mostly {
		focus = ""
	}
	byName := make(map[string]map[string]bool) // institution name -> countries the text gives it
	var open []int                             // generic mentions with no country yet
	for i := range ms {
		m := &ms[i]
		if !generic(i) {
			continue
		}
		m.Of = own[i]
		if i > 0 && m.Of == "" {
			p := &ms[i-1]
			k := p.Last
			if k < m.First && isPossessive(toks[k].Text) {
				k++
				for n := 0; n < 2 && k < m.First && isLowerWord(toks[k].Text); n++ {
					k++ // "Israel's opposition Labor Party"
				}
			}
			if actorType(p) == graph.Country && p.Sent == m.Sent && k == m.First {
				m.Of = p.Actor() // "Moscow's Foreign Ministry" is Russia's
			}
		}
		if n := i + 1; m.Of == "" && n < len(ms) && ms[n].Type == graph.Country && ms[n].Kind != "demonym" &&
			ms[n].First == m.Last+1 && strings.EqualFold(toks[m.Last].Text, "of") {
			m.Of = ms[n].Entity
		}
		if m.Of == "" && m.First >= 3 && isPossessive(toks[m.First-1].Text) && strings.EqualFold(toks[m.First-3].Text, "the") &&
			(toks[m.First-2].Text == "country" || toks[m.First-2].Text == "nation") {
			// "Afghanistan's attorney general has asked the country's
			// Supreme Court": the country named last before it.
			for j := i - 1; j >= 0 && ms[j].Sent >= m.Sent-1; j-- {
				if actorType(&ms[j]) == graph.Country {
					m.Of = ms[j].Actor()
					break
				}
			}
		}
		if w := strings.ToLower(m.Text); m.Of == "" && (w == "senate" || w == "house") && m.Last+1 < len(toks) &&
			(toks[m.Last].Text == "Majority" || toks[m.Last].Text == "Minority") {
			m.Of = graph.Country.Slug() + "/united-states" // "Senate Majority Leader Bill Frist": Congress's titles
		}
		if n := i + 1; m.Of == "" && n < len(ms) && ms[n].Kind == "capital" && ms[n].StandsFor != "" &&
			ms[n].First == m.Last+1 && strings.EqualFold(toks[m.Last].Text, "in") {
			m.Of = ms[n].StandsFor // "the Foreign Ministry in Pyongyang" is North Korea's
		}
		key := graph.NormalizeName(name[i])
		if m.Of == "" {
			open = append(open, i)
			continue
		}
		if byName[key] == nil {
			byName[key] = make(map[string]bool)
		}
		byName[key][m.Of] = true
	}
	for _, i := range open {
		m := &ms[i]
		if cs := byName[graph.NormalizeName(name[i])]; len(cs) == 1 {
			for c := range cs {
				m.Of = c
			}
		} else if len(cs) == 0 && namedNear(ms, focus, m.Sent) {
			// The story's country, named in this sentence or the one
			// before: in a digest, "President Bush urged Congress" three
			// stories after Argentina's is not Argentina's.
			m.Of = focus
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Of == "" || !generic(i) {
			continue
		}
		if id := r.countrysBody(m.Of, name[i]); id != "" {
			m.Entity = id // "Senate" of the United States is the gazetteer's U.S. Senate
			continue
		}
		m.Entity = graph.Org.Slug() + "/" + gazetteer.Slug(r.Gazetteer.Name(m.Of)+" "+graph.NormalizeName(name[i]))
	}
}

// nationPrefix splits a body's name into the nation its first words name
// (a demonym, or a country's name of up to three words) and the generic
// institution after them: "Iranian Foreign Ministry", "Iran Foreign
// Ministry" give Iran and "Foreign Ministry". It returns "" when the name
// opens with no nation or goes on with no institution.
func nationPrefix(gaz *gazetteer.Gazetteer, text string) (country, rest string) {
	words := strings.Fields(text)
	for k := 1; k <= 3 && k < len(words); k++ {
		rest := strings.Join(words[k:], " ")
		if !isInstitutionName(rest) || strings.EqualFold(words[k], "affairs") {
			continue // (not "the Taiwan Affairs Office": Beijing's office for Taiwan, the nation its topic)
		}
		for _, e := range gaz.Lookup(graph.NormalizeName(strings.Join(words[:k], " "))) {
			switch {
			case e.Kind == gazetteer.Demonym && strings.HasPrefix(e.StandsFor, graph.Country.Slug()+"/"):
				return e.StandsFor, rest
			case e.Kind != gazetteer.Demonym && strings.HasPrefix(e.ID, graph.Country.Slug()+"/"):
				return e.ID, rest
			}
		}
	}
	return "", ""
}

// namedNear reports whether country is named (by name, demonym or
// capital) in sentence sent or the one before.
func namedNear(ms []Mention, country string, sent int) bool {
	if country == "" {
		return false
	}
	for i := range ms {
		if m := &ms[i]; (m.Sent == sent || m.Sent == sent-1) && actorType(m) == graph.Country && m.Actor() == country {
			return true
		}
	}
	return false
}

// countrysBody returns the gazetteer organisation a country's generic
// institution is ("Senate" of the United States: "U.S. Senate"), found
// under the country's names before the institution's, or "".
func (r *Recognizer) countrysBody(country, text string) string {
	c, ok := r.Gazetteer.Entity(country)
	if !ok {
		return ""
	}
	forms := []string{text}
	if i := strings.LastIndex(text, " "); i > 0 {
		forms = append(forms, text[i+1:]+" of "+text[:i]) // "Foreign Affairs Ministry": "Ministry of Foreign Affairs of Pakistan"
	}
	for _, name := range append([]string{c.Name}, c.Aliases...) {
		for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(name + " " + text)) {
			if strings.HasPrefix(e.ID, graph.Org.Slug()+"/") && r.Gazetteer.CountryOf(e.ID) == country {
				return e.ID
			}
		}
		for _, f := range forms[1:] {
			for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(f + " of " + name)) {
				if strings.HasPrefix(e.ID, graph.Org.Slug()+"/") && r.Gazetteer.CountryOf(e.ID) == country {
					return e.ID
				}
			}
		}
	}
	// "Labor Party (Australia)": the gazetteer's name for one country's
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(text + " (" + c.Name + ")")) {
		if strings.HasPrefix(e.ID, graph.Org.Slug()+"/") && r.Gazetteer.CountryOf(e.ID) == country {
			return e.ID
		}
	}
	return ""
}

// missionsAbroad gives an embassy, consulate or high commission written
// with the place it is in its own entity ("the British Embassy in Tehran"
// and "the British Embassy in Jakarta" are two), named after the country
// when the place is its capital ("in Baghdad" and "in Iraq" are one).
func (r *Recognizer) missionsAbroad(toks []Token, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, p := &ms[i], &ms[i+1]
		if m.Type != graph.Org || !isMissionAbroad(m.Text) || p.Sent != m.Sent || p.First != m.Last+1 ||
			!strings.EqualFold(toks[m.Last].Text, "in") || p.Type != graph.Location && p.Type != graph.Country {
			continue
		}
		m.Of = p.Entity
		if p.StandsFor != "" {
			m.Of = p.StandsFor // an embassy in a capital is the one in that country
		}
		m.Entity = graph.Org.Slug() + "/" + gazetteer.Slug(graph.NormalizeName(m.Text)+" "+r.Gazetteer.Name(m.Of))
	}
}

// foreignParties gives a party the gazetteer files under one country's
// name its own entity when the text gives it another country: "Canada's
// Conservative Party" and "the Cuban Communist Party" are not Britain's
// Conservatives or China's Communists. Named "Conservative Party
// (Canada)".
func (r *Recognizer) foreignParties(toks []Token, ms []Mention) {
	r.unnamedCountryParties(ms)
	for i := 1; i < len(ms); i++ {
		m, p := &ms[i], &ms[i-1]
		if _, known := r.Gazetteer.Entity(m.Entity); !known && m.Type == graph.Org && m.Last < len(toks) && toks[m.Last].Text == "party" &&
			p.Sent == m.Sent && actorType(p) == graph.Country && (p.Last == m.First || p.Last+1 == m.First && isPossessive(toks[p.Last].Text)) {
			// "Israel's Labor party": the party's name with its noun
			// written small, in the country named before it
			if id := r.partyOf(p.Actor(), m.Text+" Party"); id != "" {
				m.Entity = id
				for j := i + 1; j < len(ms); j++ {
					if o := &ms[j]; o.Type == graph.Org && o.Text == m.Text {
						if _, known := r.Gazetteer.Entity(o.Entity); !known {
							o.Entity = id // "Labor's Central Committee" after it
						}
					}
				}
			}
			continue
		}
		if m.Type != graph.Org || m.Entity == "" || r.Gazetteer.Kind(m.Entity) != "party" || p.Sent != m.Sent ||
			actorType(p) != graph.Country {
			continue
		}
		k := p.Last
		if k < m.First && isPossessive(toks[k].Text) {
			k++
		}
		for n := 0; n < 2 && k < m.First && !isCap(toks[k].Text) && isWord(toks[k].Text); n++ {
			k++ // "Canada's opposition Conservative Party"
		}
		if k != m.First {
			continue
		}
		home, said := r.Gazetteer.CountryOf(m.Entity), p.Actor()
		if home == "" || said == home {
			continue
		}
		if id := r.partyOf(said, m.Text); id != "" {
			m.Entity = id // "Canada's Conservative Party" is the Conservative Party of Canada
			continue
		}
		m.Of = said
		m.Entity = graph.Org.Slug() + "/" + gazetteer.Slug(graph.NormalizeName(m.Text)+" "+r.Gazetteer.Name(said))
	}
}

// unnamedCountryParties reads a party name many countries' parties share
// ("the Social Democrats", "the Christian Democrats") as the gazetteer's
// party only when the story names that party's country; else as the party
// of the one country the story names that has such a party, else as a
// party of its own name.
func (r *Recognizer) unnamedCountryParties(ms []Mention) {
	ownName := make(map[string]bool) // parties also named by a name of their own
	for _, m := range ms {
		if m.Type == graph.Org && !sharedPartyNames[graph.NormalizeName(m.Text)] {
			ownName[m.Entity] = true // "the Christian Democrats (CDU)": the party's own name says which
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org || !sharedPartyNames[graph.NormalizeName(m.Text)] || r.Gazetteer.Kind(m.Entity) != "party" || ownName[m.Entity] {
			continue
		}
		// The countries named in the sentence and the two before it, the
		// nearest first: a digest of stories names many.
		var near []string
		for j := i; j >= 0 && ms[j].Sent >= m.Sent-2; j-- {
			if c := &ms[j]; actorType(c) == graph.Country && !slices.Contains(near, c.Actor()) {
				near = append(near, c.Actor())
			}
		}
		for j := i + 1; j < len(ms) && ms[j].Sent == m.Sent; j++ {
			if c := &ms[j]; actorType(c) == graph.Country && !slices.Contains(near, c.Actor()) {
				near = append(near, c.Actor())
			}
		}
		home := r.Gazetteer.CountryOf(m.Entity)
		if home == "" || slices.Contains(near, home) {
			continue
		}
		id := graph.Org.Slug() + "/" + gazetteer.Slug(graph.NormalizeName(m.Text))
		for _, c := range near {
			if p := r.partyOf(c, m.Text); p != "" {
				id = p
				break
			}
		}
		m.Entity = id
	}
}

// sharedPartyNames are what several countries call a party of theirs.
var sharedPartyNames = set("social democrats", "christian democrats")

// partyOf returns the gazetteer's party of country that name stands for
// when written with the country ("Canadian Conservative Party",
// "Conservative Party of Canada"), or "".
func (r *Recognizer) partyOf(country, name string) string {
	c, ok := r.Gazetteer.Entity(country)
	if !ok {
		return ""
	}
	for _, n := range append([]string{c.Name}, c.Aliases...) {
		for _, full := range []string{n + " " + name, name + " of " + n} {
			for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(full)) {
				if r.Gazetteer.Kind(e.ID) == "party" && r.Gazetteer.CountryOf(e.ID) == country {
					return e.ID
				}
			}
		}
	}
	return ""
}

// isMissionAbroad reports whether an organisation's name is that of a
// state's mission in another: it sits abroad.
func isMissionAbroad(name string) bool {
	lower := strings.ToLower(name)
	if before, _, ok := strings.Cut(lower, " in "); ok {
		lower = before // "the Russian Embassy in Malaysia"
	}
	return strings.HasSuffix(lower, "embassy") || strings.HasSuffix(lower, "consulate") ||
		strings.HasSuffix(lower, "high commission") || strings.HasSuffix(lower, "consulate general")
}

// foreignInstitutions gives another country the generic institution the
// gazetteer files under one country's short name, when that other country
// is named right before it: "the Philippine Labor Department", "Manila's
// Justice Department" are not the American departments.
func (r *Recognizer) foreignInstitutions(toks []Token, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		m, p := &ms[i], &ms[i-1]
		if m.Type != graph.Org || p.Sent != m.Sent || actorType(p) != graph.Country || p.Type == graph.Org {
			continue
		}
		if m.Entity == "org/un-security-council" && strings.EqualFold(m.Text, "Security Council") &&
			(p.Last == m.First || p.Last+1 == m.First && isPossessive(toks[p.Last].Text)) {
			// "Russia's Security Council": the state's own, not the U.N.'s
			m.Of = p.Actor()
			m.Entity = graph.Org.Slug() + "/" + gazetteer.Slug(r.Gazetteer.Name(p.Actor())+" security council")
			continue
		}
		if !genericDepartment(m.Text) {
			continue
		}
		home := r.Gazetteer.CountryOf(m.Entity)
		if m.Entity == "" {
			for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(m.Text)) {
				home = r.Gazetteer.CountryOf(e.ID) // what the name alone would resolve to, below
			}
		}
		if home == "" || home == p.Actor() {
			continue
		}
		if k := p.Last; k != m.First && !(k+1 == m.First && isPossessive(toks[k].Text)) {
			continue
		}
		if id := r.countrysBody(p.Actor(), m.Text); id != "" {
			m.Entity = id
			continue
		}
		m.Of = p.Actor()
		m.Entity = graph.Org.Slug() + "/" + gazetteer.Slug(r.Gazetteer.Name(p.Actor())+" "+graph.NormalizeName(m.Text))
	}
}

// genericDepartment reports whether a name is one many states give a
// body: "Labor Department", "Justice Ministry", "Supreme Court".
func genericDepartment(name string) bool {
	if institutionName(name) != "" {
		return true
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 || ws[len(ws)-1] != "department" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !portfolios[w] && w != "and" && w != "human" && w != "services" && w != "affairs" {
			return false
		}
	}
	return true
}

// institutionName returns the generic institution a name is, written with
// its head noun last ("Defense Ministry" for "Ministry of Defense" as for
// itself), or "".
func institutionName(name string) string {
	if isInstitutionName(name) {
		return name
	}
	if head, rest, ok := strings.Cut(name, " of "); ok && !strings.Contains(head, " ") && !strings.Contains(rest, " of ") {
		if flipped := rest + " " + head; isInstitutionName(flipped) {
			return flipped // "Ministry of Defense"
		}
	}
	return ""
}

// isInstitutionName reports whether a name is one every state has: words
// of institutions only, ending in the institution's noun ("Supreme Court",
// "Foreign Ministry", "National Assembly", "Interior Ministry").
func isInstitutionName(name string) bool {
	ws := strings.Fields(graph.NormalizeName(name)) // lower case, no leading "the"
	if len(ws) == 0 || !institutionHeads[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !institutionWords[w] {
			return false
		}
	}
	return true
}

// institutionHeads end the names of institutions every state has.
var institutionHeads = set("ministry", "court", "parliament", "senate", "congress", "assembly", "army", "navy",
	"police", "bank", "commission", "committee", "council", "service", "office", "cabinet", "government",
	"guard", "force", "forces", "legislature", "tribunal", "prosecutor",
	// parties and churches many countries have: "Israel's Labor Party",
	// "Norway's Catholic Church"
	"party", "church")

// institutionWords may stand before an institution's head noun.
var institutionWords = set("foreign", "interior", "defense", "defence", "justice", "finance", "health",
	"education", "agriculture", "trade", "economy", "economic", "supreme", "constitutional", "high", "national",
	"central", "electoral", "election", "security", "intelligence", "federal", "state", "public", "coast",
	"border", "information", "energy", "environment", "labor", "labour", "transport", "culture", "emergency",
	"emergencies", "home", "affairs", "air", "military", "armed", "general", "appeals", "appeal", "district",
	"lower", "upper", "secret", "special", "tax", "customs", "immigration",
	"communist", "socialist", "liberal", "conservative", "green", "social", "democratic", "workers", "catholic",
	"orthodox", "protestant", "anglican", "lutheran", "methodist", "evangelical")

// modifiesNext reports whether the token after a name is a lower-case noun
// or adjective, so that the name modifies it: "U.S. forces", "Iraqi
// troops".
func modifiesNext(t Token) bool {
	return isLowerWord(t.Text) && (strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) && !timeWords[t.Text]
}

// timeWords open a time phrase after a name, which they do not modify:
// "sent aid to Haiti last week".
var timeWords = set("last", "next", "yesterday", "today", "tonight", "overnight", "earlier", "later")

// namesakes gives a town its own entity when the text puts it in a region
// or country (after a comma or "in") other than the gazetteer's town of that
// name: "St. Petersburg, Florida" is not Russia's St. Petersburg, so it is
// "location/st-petersburg-florida", whichever layer found it. ms is sorted.
func (r *Recognizer) namesakes(toks []Token, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.Type != graph.Location || m.Sent != n.Sent || n.Kind == "demonym" || m.Last >= len(toks) {
			continue
		}
		gap := n.First - m.Last // ", Florida", "in Idaho", "in central Massachusetts"
		sep := strings.ToLower(toks[m.Last].Text)
		if !(gap == 1 && (sep == "," || sep == "in") || gap == 2 && sep == "in" && compassWords[strings.ToLower(toks[m.Last+1].Text)]) {
			continue
		}
		home := ""
		if m.Entity != "" {
			if k := r.Gazetteer.Kind(m.Entity); k != "city" && m.Kind != "capital" {
				continue
			}
			home = r.Gazetteer.CountryOf(m.Entity)
		} else {
			for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(m.Text)) {
				if r.Gazetteer.Kind(e.ID) == "city" || e.Kind == gazetteer.Capital {
					home = r.Gazetteer.CountryOf(e.ID)
					break
				}
			}
		}
		where := n.Entity
		if where == "" || n.Last < len(toks) && (modifiesNext(toks[n.Last]) || isPossessive(toks[n.Last].Text)) {
			continue // "in the holy city of Najaf, U.S. forces handed over": the country's forces
		}
		if n.Last < len(toks) && (strings.EqualFold(toks[n.Last].Text, "and") || strings.EqualFold(toks[n.Last].Text, "or")) {
			continue // "In Kirkuk, U.S. and Iraqi forces", "Hong Kong, Shanghai, Singapore and Taipei": a list
		}
		country := where
		if !strings.HasPrefix(where, graph.Country.Slug()+"/") {
			if r.Gazetteer.Kind(where) != "region" {
				continue
			}
			country = r.Gazetteer.CountryOf(where)
		}
		if home == "" || country == "" || country == home {
			continue
		}
		if m.Kind == "capital" && (clauseAfter(toks, n.Last, len(toks)) || m.First >= 1 && m.First <= 2 && strings.EqualFold(toks[m.First-1].Text, "in")) {
			// "bombings in London, Denmark, an American ally in Iraq,
			// has also been identified", "In Baghdad, U.S. military
			// officials said": the country begins the clause
			continue
		}
		if q := r.Gazetteer.QualifiedRegion(home, graph.NormalizeName(n.Text)); q != "" {
			// "Atlanta, Georgia": the U.S. state, whose bare name the
			// gazetteer gives the country.
			n.Entity, n.Type, n.StandsFor, n.Kind = q, graph.Location, "", "name"
			continue
		}
		m.Entity, m.StandsFor, m.Kind = graph.Location.Slug()+"/"+gazetteer.Slug(m.Text+" "+r.Gazetteer.Name(where)), "", "name"
	}
}

// clauseAfter reports whether a clause's verb follows token k, directly
// or after an apposition set off by commas: "Denmark, an American ally in
// Iraq, has been identified", "Macedonia was".
func clauseAfter(toks []Token, k, last int) bool {
	verb := func(i int) bool {
		return i < last && strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Tag != "VBN" && toks[i].Tag != "VBG"
	}
	if verb(k) {
		return true
	}
	if k+1 >= last || toks[k].Text != "," {
		return false
	}
	if w := strings.ToLower(toks[k+1].Text); w != "a" && w != "an" && w != "the" {
		return false
	}
	for j := k + 2; j < last && j < k+12; j++ {
		if toks[j].Text == "," {
			return verb(j + 1)
		}
	}
	return false
}

// placesAfterCues finds the places no layer claimed after words that only
// a place follows: "was born in Amherst", "a native of Chisholm".
func placesAfterCues(toks []Token, s Sentence, covered []bool) []Mention {
	var out []Mention
	for i := s.First + 2; i < s.Last; i++ {
		prep, cue := strings.ToLower(toks[i-1].Text), strings.ToLower(toks[i-2].Text)
		if covered[i] || !isCap(toks[i].Text) || !isWord(toks[i].Text) || isAllCaps(toks[i].Text) ||
			!(prep == "in" && placeCues[cue] || prep == "of" && (cue == "native" || cue == "hometown")) {
			continue
		}
		end := capRun(toks, i, s.Last, covered)
		if end > i && end-i <= 3 {
			out = append(out, Mention{Type: graph.Location, Kind: "name", First: i, Last: end, Source: "rule"})
			for k := i; k < end; k++ {
				covered[k] = true
			}
		}
		i = end
	}
	return out
}

// placeCues come before "in" and a place: "born in", "lives in".
var placeCues = set("born", "raised", "lives", "lived", "resides", "resided", "residing", "grew", "headquartered", "based")

// sentenceAdverbs open sentences and are never part of a name.
var sentenceAdverbs = set("whereas", "although", "though", "however", "meanwhile", "nevertheless",
	"nonetheless", "moreover", "furthermore", "additionally", "likewise", "therefore", "thus", "hence",
	"instead", "besides", "indeed", "overall", "finally", "still", "yet", "also", "then", "later",
	"earlier", "today", "yesterday", "according", "despite", "while", "since", "unlike", "amid")

// documentNouns end the names of texts: treaties, protocols,
// declarations.
var documentNouns = set("proclamation", "declaration", "protocol", "covenant", "treaty", "accord", "accords", "agreement")

// eventNouns end names of events and periods, never of people: "World War
// III", "Cold War", "Orange Revolution".
var eventNouns = union(documentNouns, set("war", "warfare", "wars", "revolution", "uprising", "crisis", "olympics",
	"games", "cup", "championship", "summit", "conference", "election", "elections", "referendum", "festival", "prize", "award",
	"operation", "doctrine", "offensive", "massacre", "genocide", "pandemic", "intifada", "spring", "act", "amendment"))

// namesEvent reports whether a would-be person's name holds an event noun.
func namesEvent(ts []Token) bool { return anyTokenIn(ts, eventNouns) }

// isCreditLine reports whether a sentence is an editors' credit line, such
// as "mz / msh (AP, AFP, dpa)" (the initials of the editors and the wires
// the story drew on) or "Author: X Editor: Y". It names no one the story is
// about.
func isCreditLine(toks []Token) bool {
	// "By AUSTIN ZALKIN.": a byline.
	if n := len(toks); n >= 3 && n <= 6 && toks[0].Text == "By" {
		names := toks[1:]
		if names[len(names)-1].Text == "." {
			names = names[:len(names)-1]
		}
		all := len(names) >= 2
		for _, t := range names {
			all = all && isAllCaps(t.Text) && isWord(t.Text)
		}
		if all {
			return true
		}
	}
	// "Author: Martin Polansky (jc) Editor: Rob Mudge"
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Text {
		case "Author", "Authors", "Editor", "Editors", "Reporting", "Compiled":
			if toks[i+1].Text == ":" || toks[i+1].Text == "by" {
				return true
			}
		}
	}
	if len(toks) < 4 || toks[len(toks)-1].Text != ")" {
		return false
	}
	slash, open := false, false
	for i, t := range toks {
		switch {
		case t.Text == "/":
			slash = true
		case !open && strings.Contains(t.Text, "/") && strings.ToLower(t.Text) == t.Text && len(t.Text) <= 9:
			slash = true // "jlw/kms" as one token
		case t.Text == "(":
			open = true
		case t.Text == ")" || t.Text == ",":
		case !open:
			if isCap(t.Text) || len(t.Text) > 4 || !isWord(t.Text) {
				return false // before the brackets: lower-case initials only
			}
		default:
			if i > 0 && toks[i-1].Text != "(" && toks[i-1].Text != "," {
				return false // one short name between commas
			}
		}
	}
	return slash && open
}

// timeZones are abbreviations that name no organisation.
var timeZones = set("UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "MSK", "IST", "JST")

// textOf returns the text of toks[first:last] with its original spacing
// collapsed to the tokens' own text joined as in the document.
func textOf(toks []Token, first, last int) string {
	var b strings.Builder
	for i := first; i < last; i++ {
		if i > first && toks[i].Start > toks[i-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text)
	}
	return b.String()
}

// normToken is a token's lookup form: graph.NormalizeName of its text.
func normToken(t Token) string { return graph.NormalizeName(t.Text) }

// capRun returns the end of the run of capitalised words starting at i:
// capitalised tokens, joined by connectors ("of", "for", "and") that are
// followed by another capitalised token, never ending in a connector. It
// stops at covered tokens.
func capRun(toks []Token, i, last int, covered []bool) int {
	j := i
	for j < last {
		t := toks[j]
		if covered[j] {
			break
		}
		if isCap(t.Text) && isWord(t.Text) && !isFunctionTag(t.Tag) {
			j++
			continue
		}
		if t.Text == "-" || t.Text == "&" || nameConnectors[strings.ToLower(t.Text)] {
			if j > i && j+1 < last && isCap(toks[j+1].Text) && !covered[j+1] {
				j++
				continue
			}
		}
		break
	}
	for j > i && nameConnectors[strings.ToLower(toks[j-1].Text)] {
		j--
	}
	return j
}

func isFunctionTag(tag string) bool {
	switch tag {
	case "DT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WP$", "WRB", "MD", "EX", "TO":
		return true
	}
	return false
}

// definedNames finds organisation names that the gazetteer knows only
// through the text: a long form followed by its acronym in brackets
// ("Collective Security Treaty Organization (CSTO)") and paraphrased names
// whose words are synonyms of a known name's words.
func (r *Recognizer) definedNames(toks []Token, s Sentence, covered []bool) []Mention {
	var out []Mention
	for i := s.First; i < s.Last; i++ {
		if m, ok := r.glossAfterAcronym(toks, s, covered, i); ok {
			out = append(out, m)
			i = m.Last
			continue
		}
		if covered[i] || !isCap(toks[i].Text) || isFunctionTag(toks[i].Tag) && toks[i].Tag != "IN" {
			continue
		}
		end := capRun(toks, i, s.Last, covered)
		if end-i < 2 {
			continue
		}
		// "Long Name (ACR)": the long form is a name of the acronym's entity.
		if end+2 < s.Last && toks[end].Text == "(" && toks[end+2].Text == ")" && isAllCaps(toks[end+1].Text) &&
			!r.namesOther(textOf(toks, i, end), toks[end+1].Text) {
			acr := toks[end+1].Text
			start := i
			if id, ok := r.acronymEntity(acr); ok && initialsOverlap(toks[start:end], acr) {
				out = append(out, Mention{Type: graph.Org, Entity: id, Kind: "alias", First: start, Last: end, Source: "rule"})
				i = end - 1
				continue
			}
			if initialsOverlap(toks[start:end], acr) {
				out = append(out, Mention{Type: graph.Org, Kind: "name", First: start, Last: end, Source: "rule"})
				i = end - 1
				continue
			}
		}
		// A paraphrase of a known multi-word organisation name.
		if end-i >= 3 {
			text := textOf(toks, i, end)
			if es := r.Gazetteer.LookupSynonyms(text); len(es) == 1 && len(r.Gazetteer.Lookup(graph.NormalizeName(text))) == 0 && institutionName(text) == "" {
				// (not "the Ministry of Defense": every state has one, and
				// the country decides whose, below)
				out = append(out, Mention{Type: graph.Org, Entity: es[0].ID, Kind: "alias", First: i, Last: end, Source: "rule"})
				i = end - 1
			}
		}
	}
	return out
}

// glossAfterAcronym finds the long form written in brackets after the
// acronym at i, "the PRD (Party of the Democratic Revolution)":
// capitalised words and the small words between them, spelling out the
// acronym (glosses), that the gazetteer does not know by that name.
// glossedAcronyms then joins the two through the document.
func (r *Recognizer) glossAfterAcronym(toks []Token, s Sentence, covered []bool, i int) (Mention, bool) {
	first := i + 2
	if first >= s.Last || !isAllCaps(toks[i].Text) || toks[i+1].Text != "(" || !isCap(toks[first].Text) {
		return Mention{}, false
	}
	end := first
	for end < s.Last && end < first+10 && !covered[end] && toks[end].Text != ")" {
		if t := toks[end].Text; !(isCap(t) && isWord(t)) && !nameConnectors[strings.ToLower(t)] && !isPossessive(t) {
			return Mention{}, false
		}
		end++
	}
	if end >= s.Last || toks[end].Text != ")" || end-first < 2 || !isCap(toks[end-1].Text) || !glosses(toks[first:end], toks[i].Text) || !hasOrgWord(toks[first:end]) || // ("GDP (Gross Domestic Product)": no body)
		len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, first, end)))) > 0 {
		return Mention{}, false // (a name the gazetteer knows is found as such)
	}
	return Mention{Type: graph.Org, Kind: "name", First: first, Last: end, Source: "rule"}, true
}

// namesOther reports whether the gazetteer knows name as a country or
// place, or as an organisation other than the one acr stands for: in
// "JOHANNESBURG, South Africa (AP)" the brackets hold a news agency, not
// South Africa's acronym.
func (r *Recognizer) namesOther(name, acr string) bool {
	id, _ := r.acronymEntity(acr)
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(name)) {
		if e.ID != id {
			return true
		}
	}
	return false
}

func (r *Recognizer) acronymEntity(acr string) (string, bool) {
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(acr)) {
		if e.Kind == gazetteer.Acronym {
			return e.ID, true
		}
	}
	return "", false
}

// initialsOverlap reports whether at least half the letters of acr are
// initials of the capitalised words of name, in order.
func initialsOverlap(name []Token, acr string) bool {
	var initials []rune
	for _, t := range name {
		if isCap(t.Text) {
			initials = append(initials, unicode.ToUpper([]rune(t.Text)[0]))
		}
	}
	hits, k := 0, 0
	for _, c := range acr {
		for k < len(initials) && initials[k] != c {
			k++
		}
		if k < len(initials) {
			hits++
			k++
		}
	}
	return hits*2 >= len([]rune(acr)) && len(initials) >= 2
}

// gazetteerNames finds the longest gazetteer names among uncovered tokens.
// A name must be written as a name: its words capitalised (connectors
// aside) and an acronym of three letters or fewer in capitals, so "us" and
// "chad" in running text are not countries.
//
// A one-word place name that the document also uses as the surname of a
// person ("Michael Jordan" ... "Jordan scored") is left to the person.
func (r *Recognizer) gazetteerNames(toks []Token, s Sentence, covered []bool, personWords map[string]bool,
	spans []Span) []Mention {
	var out []Mention
	tabular := IsTabular(toks[s.First:s.Last])
	for i := s.First; i < s.Last; i++ {
		if covered[i] {
			continue
		}
		es, end := longestName(r.Gazetteer, toks, s, i, covered)
		if es == nil || insideLongerName(toks, s, covered, i) && !r.countrysOwnBody(toks[i-1], es) {
			continue
		}
		if end-i == 1 && personWords[toks[i].Text] && es[0].Kind != gazetteer.Acronym {
			continue
		}
		hint := spanType(spans, i, end)
		if strings.HasPrefix(es[0].ID, graph.Org.Slug()+"/") && end < s.Last && naturalFeatures[toks[end].Text] && len(es) == 1 {
			continue // "Peru's Amazon region": a place, whatever company has the name
		}
		if es[0].Kind == gazetteer.Acronym && end-i == 1 && legalForm(toks, s, i) {
			continue
		}
		if (es[0].Kind == gazetteer.Acronym || es[0].Kind == gazetteer.Alias && end-i == 1 && !isAllCaps(toks[i].Text)) &&
			strings.HasPrefix(es[0].ID, graph.Org.Slug()+"/") && personBeyond(spans, i, end) {
			// "S.P. Thamilselvan": a person's initials, not the Samajwadi
			// Party; "Pakistani spokeswoman Tasnim Aslam": a first name,
			// not the Tasnim News Agency
			continue
		}
		e := choose(r.Gazetteer, es, hint)
		if o, ok := r.ownersPlace(toks, s, i, es); ok {
			e = o // "Pakistan's Punjab province": Pakistan's Punjab, not India's
		}
		ent, _ := r.Gazetteer.Entity(e.ID)
		if end-i == 1 && i > s.First && strayStateAbbrev(toks, i) {
			continue
		}
		if ent.Type == graph.Location && e.Kind != gazetteer.Demonym && end < s.Last && strings.EqualFold(toks[end].Text, "cartel") {
			// "the Sinaloa cartel", "the Gulf Cartel": a gang named after
			// its home ground
			out = append(out, Mention{Type: graph.Org, Kind: "name", First: i, Last: end + 1, Source: "rule"})
			i = end
			continue
		}
		if (ent.Type == graph.Location || ent.Type == graph.Country) &&
			e.Kind != gazetteer.Demonym && (continuesIntoName(toks, s, covered, end) || tabular) {
			// "New York Times", "Van der Westhuizen", "Paris Saint-Germain":
			// the place is part of a longer name. In a table of results a
			// town's name is as often a team's.
			if hint == "" || hint == graph.Person || hint == graph.Org || tabular && hint != graph.Location {
				continue
			}
		}
		if e.Kind == gazetteer.Demonym && continuesIntoName(toks, s, covered, end) {
			// "Lithuanian Gay League", "German Chamber of Industry and
			// Commerce": an organisation named after its country.
			if orgFrom(spans, i, end) {
				continue // the tagger read it
			}
			if k := orgNamedAfter(toks, s, covered, end); k > end+1 && !startsName(r.Gazetteer, toks, s, end) {
				out = append(out, Mention{Type: graph.Org, Kind: "name", First: i, Last: k, Source: "rule"})
				i = k - 1
				continue
			}
		}
		// "born in Lyon", "lives in Lyon": the town, whatever club the
		// tagger read (but "born in Delaware, Ohio" is another town).
		clubAfterCue := hint == graph.Org && !taggedBeyond(spans, covered, i, end) && i >= s.First+2 &&
			strings.EqualFold(toks[i-1].Text, "in") && placeCues[strings.ToLower(toks[i-2].Text)]
		if ent.Type == graph.Location && e.StandsFor == "" &&
			(hint == graph.Person && r.Gazetteer.Kind(e.ID) == "city" && (i > s.First && titleWords[lowerNoDot(toks[i-1].Text)] ||
				end-i == 1 && personContext(toks, s, i, end) && !struckHere(toks, s, i, end)) ||
				hint == graph.Org && !clubAfterCue && !unclubbable[r.Gazetteer.Kind(e.ID)] && !(end < s.Last && (localOfficeWords[lowerNoDot(toks[end].Text)] || roadNouns[toks[end].Text])) &&
					!struckHere(toks, s, i, end) ||
				hint == "" && taggedBeyond(spans, covered, i, end)) {
			// A town's name used for a person ("Mayor Lincoln": after a
			// title) or a club ("Barcelona", "TEXAS" in a results table;
			// no club is named "Central Asia" or "Bay of Bengal"), or
			// inside a longer name: the tagger read the context. A town of several words the tagger reads as a
			// person stays a town ("near Khan Younis", "Dera Ismail Khan"):
			// the story's full name of someone is handled apart.
			continue
		}
		if ent.Type == graph.Org && end < s.Last && !covered[end] && legalForm(toks, s, end) {
			end++ // "Barclays PLC": the company's name with its legal form
		}
		out = append(out, Mention{Type: ent.Type, Entity: e.ID, Kind: e.Kind.String(), StandsFor: e.StandsFor,
			First: i, Last: end, Source: "gazetteer"})
		i = end - 1
	}
	return out
}

// strayStateAbbrev reports whether token i looks like a state written
// short ("Mass.", "Ind.") but follows a small word other than a
// preposition: "celebrated Mass.", "attended a Mass". In AP style such a
// state follows a town and a comma ("Boston, Mass.").
func strayStateAbbrev(toks []Token, i int) bool {
	if i == 0 || !wordAbbrevs[strings.TrimSuffix(toks[i].Text, ".")] {
		return false
	}
	p := toks[i-1]
	return isLowerWord(p.Text) && !abbrevPreps[p.Text]
}

// abbrevPreps may stand before a state written short: "born in Mass.".
var abbrevPreps = set("in", "of", "from", "to", "at", "near", "outside", "across")

// wordAbbrevs are states written short that are also words: "Mass.",
// "Miss.", "Ind.", "Ill.". Only these, after a small word other than a
// preposition, are read as the words ("celebrated Mass.", "the midnight
// Mass"); "in northern Borno", "in upstate NY" keep their regions.
var wordAbbrevs = set("Mass", "Miss", "Ind", "Ill", "Wash", "Ore")

// struckHere reports whether the words around a town's name tell of it
// being attacked or taken, so that it is the town and no club of its
// name: "Odesa was shelled by Russian forces", "missiles hit Kharkiv".
func struckHere(toks []Token, s Sentence, i, end int) bool {
	for k := end; k < s.Last && k <= end+1; k++ {
		if strikeWords[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	for k := i - 1; k >= s.First && k >= i-2; k-- {
		if w := strings.ToLower(toks[k].Text); strikeWords[w] || attackWords[w] {
			return true
		}
	}
	return false
}

// strikeWords tell of an attack on a place.
var strikeWords = set("shelled", "bombed", "struck", "attacked", "pummeled", "pummelled", "pounded", "bombarded", "captured", "seized",
	"besieged", "overran", "recaptured", "liberated", "hit", "invaded", "occupied", "annexed", "shelling", "bombing",
	"strikes", "airstrikes", "airstrike")

// attackWords before a town tell of it attacked ("the attacks on
// Kharkiv"); after it they are a team's ("Liverpool's attack").
var attackWords = set("attack", "attacks")

// styleOnly reports whether words are only a style of address: "His Royal
// Highness", "Her Majesty", "His Excellency"; not "Her Majesty's Treasury".
func styleOnly(ws []Token) bool {
	n := 0
	for i, t := range ws {
		switch w := strings.ToLower(t.Text); {
		case i == 0 && (w == "his" || w == "her" || w == "their" || w == "your"):
		case w == "royal" || w == "imperial" || w == "serene":
		case styleNouns[w]:
			n++
		default:
			return false
		}
	}
	return n > 0
}

// bodyKindNouns, between a demonym and a name, make the name a body's:
// "the Swiss team Gerolsteiner".
var bodyKindNouns = set("team", "club", "side", "firm", "company", "carrier", "airline", "bank", "newspaper", "daily", "weekly", "magazine", "tabloid",
	"conglomerate", "carmaker", "automaker", "broadcaster", "insurer", "lender")

// groupKinds name a body by what it is, after a seat: "the Pakistan-based
// militant group Jaish al-Adl".
var groupKinds = union(genericOrgNouns, set("faction", "network", "outfit", "coalition"))

// nameOfAnother stand before a name that completes another noun phrase:
// "founded by X", "named after X".
var nameOfAnother = set("by", "after", "of", "from", "for", "to", "with")

// marketIndexes are stock market indexes named by one word (or "Hang Seng").
var marketIndexes = set("Sensex", "Nikkei", "Nasdaq", "FTSE", "DAX", "CAC", "Seng", "Kospi", "Sensex-30", "Nifty", "Topix")

// buildingHeads end the names of buildings.
var buildingHeads = set("Building", "Tower", "Towers", "Plaza", "Bridge", "Stadium", "Arena", "Mall")

// oneWordBodies are bodies named by one capitalised word that does not
// say whose they are.
var oneWordBodies = set("Politburo", "Presidium", "Cabinet", "Parliament", "Senate", "Congress", "Junta", "Secretariat", "Directorate")

// firmHeads end the names of firms and never a person's or a place's:
// "Meridian Energy", "Northstar Resources", "Hanbit Electronics".
var firmHeads = set("Energy", "Resources", "Logistics", "Electronics", "Motors", "Terminals", "Holdings", "Industries", "Technologies",
	"Telecom", "Pharmaceuticals", "Petroleum", "Mining", "Partners", "Ventures", "Foods", "Airlines", "Airways", "Shipping", "Insurance",
	"Securities", "Investments", "Networks", "Solutions", "Chemicals", "Construction", "Minerals", "Metals", "Textiles", "Semiconductor",
	"Semiconductors", "Automotive", "Aerospace", "Therapeutics", "Biotech", "Enterprises", "Communications", "Motoren")

// basedAdjective reports whether w says where a body sits: "Munich-based",
// "Toronto-headquartered".
func basedAdjective(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-headquartered")
}

// personKinds before a name of two words may as well tell what the
// person is: "American automaker Henry Ford", "the Brazilian side's Ronaldo".
var personKinds = set("team", "club", "side", "carmaker", "automaker")

// firmMakers and makerGoods name firms by what they make: "chipmaker",
// "drone maker".
var (
	firmMakers = set("carmaker", "chipmaker", "automaker", "drugmaker", "planemaker", "shipmaker", "toymaker", "phonemaker", "steelmaker")
	makerGoods = set("drone", "car", "chip", "steel", "aircraft", "plane", "jet", "arms", "weapons", "phone", "smartphone", "truck", "auto",
		"tank", "ship", "drug", "vaccine", "battery", "engine", "helicopter", "satellite", "missile", "tyre", "tire", "computer", "software", "robot", "device")
)

// oneOf reports whether a token counts one or a few of something: "a",
// "one", "another", "two".
func oneOf(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "a", "an", "one", "another", "each", "every":
		return true
	}
	return t.Tag == "CD"
}

// realmNouns end the names of realms, most of them of the past.
var realmNouns = set("empire", "caliphate", "sultanate", "khanate", "dynasty")

// polityKinds name a kind of state, no body of its own.
var polityKinds = set("empire", "kingdom", "republic", "caliphate", "sultanate", "emirate", "khanate", "dynasty", "principality")

// styleNouns are the nouns of a style of address.
var styleNouns = set("highness", "highnesses", "majesty", "majesties", "excellency", "excellencies", "holiness", "eminence", "lordship", "ladyship")

// particleName reports whether w is a name word after an article or
// particle written small: "al-Islam", "el-Bared", "ad-Din".
func particleName(w string) bool {
	k := strings.IndexByte(w, '-')
	return k >= 1 && k <= 3 && k+1 < len(w) && isLowerWord(w[:k]) && isCap(w[k+1:])
}

// innerCap reports whether a word written small has a capital inside it,
// as names in some languages do: "uMkhonto", "weSizwe".
func innerCap(w string) bool {
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return false
	}
	return strings.IndexFunc(w[1:], unicode.IsUpper) >= 0
}

// longestName returns the entries of the longest gazetteer name written as
// a name at token i, most direct first, and the token after it; nil if
// there is none. The name stays in the sentence and stops before a blocked
// token (blocked may be nil).
func longestName(gaz *gazetteer.Gazetteer, toks []Token, s Sentence, i int, blocked []bool) ([]gazetteer.Entry, int) {
	lower := !isCap(toks[i].Text)   // then only a name written in lower case ("dpa") may match
	camel := innerCap(toks[i].Text) // "uMkhonto weSizwe party": a name's kind may follow it as with capitals
	if lower && !isWord(toks[i].Text) {
		return nil, 0
	}
	first, _, _ := strings.Cut(normToken(toks[i]), " ")
	maxw := gaz.MaxWords(first)
	if i+1 < s.Last && isPossessive(toks[i+1].Text) && toks[i+1].Start == toks[i].End {
		maxw = max(maxw, gaz.MaxWords(first+"s")) // "Lord's Resistance Army" is filed under "lords"
	}
	if maxw == 0 || lower && !gaz.StartsLowerCaseName(first) {
		return nil, 0
	}
	var best []gazetteer.Entry
	bestEnd := 0
	key := make([]byte, 0, 64)
	for j := i; j < s.Last && j < i+maxw+2 && (blocked == nil || !blocked[j]); j++ {
		n := normToken(toks[j])
		if n == "" {
			break
		}
		if j > i && (!lower || camel) && genericOrgNouns[toks[j].Text] {
			// "a Left party MP": the name "Left Party" with its kind noun
			// written small; the noun stays out of the mention, as in
			// "the IG Metall union".
			if es := gaz.Lookup(string(key) + " " + n); len(es) > 0 {
				best, bestEnd = es, j
			}
			break
		}
		if j > i && isPossessive(toks[j].Text) && toks[j].Start == toks[j-1].End {
			key = append(key, 's') // "Lord's Resistance Army": the name's own possessive
			continue
		}
		if l := strings.ToLower(toks[j].Text); j > i && !isCap(toks[j].Text) && !nameConnectors[l] && !innerNameWords[l] && !strings.HasPrefix(toks[j].Text, "d'") &&
			!particleName(toks[j].Text) && !innerCap(toks[j].Text) { // ("uMkhonto weSizwe")
			break
		}
		if j > i {
			key = append(key, ' ')
		}
		key = append(key, n...)
		es := gaz.Lookup(string(key))
		switch {
		case len(es) == 0:
		case lower:
			if gaz.LowerCaseForm(string(key)) != "" {
				best, bestEnd = es, j+1
			}
		case isCap(toks[j].Text) || particleName(toks[j].Text):
			best, bestEnd = es, j+1 // (and "Fatah al-Islam")
		}
	}
	if best == nil {
		return nil, 0
	}
	var ok []gazetteer.Entry
	for _, e := range best {
		if lower || fitsSurface(gaz, e, toks[i:bestEnd]) {
			ok = append(ok, e)
		}
	}
	if len(ok) == 0 {
		return nil, 0
	}
	return ok, bestEnd
}

// GazetteerTags marks every token that is part of a gazetteer name with the
// name's kind and the token's BILOU position in it: "B-country", "L-country",
// "U-demonym", "U-acronym"; other tokens get "". Name taggers use the marks
// as features.
func GazetteerTags(gaz *gazetteer.Gazetteer, toks []Token, sents []Sentence) []string {
	tags := make([]string, len(toks))
	for _, s := range sents {
		for i := s.First; i < s.Last; i++ {
			es, end := longestName(gaz, toks, s, i, nil)
			if es == nil {
				continue
			}
			e := es[0]
			kind := e.Kind.String()
			if ent, ok := gaz.Entity(e.ID); ok && (e.Kind == gazetteer.Name || e.Kind == gazetteer.Official || e.Kind == gazetteer.Alias) {
				kind = ent.Type.Slug()
				switch k := gaz.Kind(e.ID); {
				case ent.Type == graph.Location && k != "":
					// Towns and regions lend their names to teams, firms and
					// people too often for the mark to help; the tagger
					// reads them from context.
					i = end - 1
					continue
				case ent.Type == graph.Org && k != "":
					kind = "org-" + k
				}
			}
			if end-i == 1 {
				tags[i] = "U-" + kind
			} else {
				tags[i] = "B-" + kind
				for k := i + 1; k < end-1; k++ {
					tags[k] = "I-" + kind
				}
				tags[end-1] = "L-" + kind
			}
			i = end - 1
		}
	}
	return tags
}

// continuesIntoName reports whether the token at end continues a name: a
// capitalised word right after it that is no title ("Mayor") and that no
// layer has claimed.
func continuesIntoName(toks []Token, s Sentence, covered []bool, end int) bool {
	if end >= s.Last || covered[end] || toks[end].Start != toks[end-1].End+1 {
		return false
	}
	t := toks[end]
	if strings.EqualFold(t.Text, "der") || strings.EqualFold(t.Text, "de") || strings.EqualFold(t.Text, "van") {
		return true
	}
	return isCap(t.Text) && isWord(t.Text) && !isFunctionTag(t.Tag) && !titleWords[lowerNoDot(t.Text)] && !isAllCaps(t.Text)
}

// IsTabular reports whether a sentence is a line of a table (sports
// results, standings, prices): more than a third of its tokens are numbers.
func IsTabular(toks []Token) bool {
	nums := 0
	for _, t := range toks {
		if strings.ContainsAny(t.Text, "0123456789") {
			nums++
		}
	}
	return len(toks) >= 4 && nums*3 > len(toks)
}

// orgNamedAfter returns the end of the capitalised words from token end on
// when they name an organisation ("Gay League", "Chamber of Industry and
// Commerce") that a nationality word before them belongs to, else end.
func orgNamedAfter(toks []Token, s Sentence, covered []bool, end int) int {
	k := capRun(toks, end, s.Last, covered)
	for j := end; j < k; j++ {
		if titleWords[lowerNoDot(toks[j].Text)] {
			return end
		}
		if j > end && orgWords[lowerNoDot(toks[j-1].Text)] && !nameConnectors[strings.ToLower(toks[j].Text)] {
			k = j // "Soviet Navy Nikolai Kuznetsov": the name ends at its head
			break
		}
	}
	if !hasOrgWord(toks[end:k]) {
		return end
	}
	return k
}

// inLeaderTitle reports whether token k starts a chamber leader's title
// that runs on past it: "[Democratic] Minority Leader", "Majority Whip".
func inLeaderTitle(toks []Token, k int) bool {
	j := k
	if w := lowerNoDot(toks[j].Text); w == "democratic" || w == "republican" {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	if w := lowerNoDot(toks[j].Text); w != "majority" && w != "minority" {
		return false
	}
	w := lowerNoDot(toks[j+1].Text)
	return w == "leader" || w == "whip"
}

// orgNameEnd trims what follows an organisation's name in a tagger's span:
// a person's title ("a Left party MP", "National Front Vice President") and
// a lower-case kind noun ("the IG Metall union") unless the gazetteer knows
// the name with it ("Left party").
func (r *Recognizer) orgNameEnd(toks []Token, first, last int) int {
	// "Eagle-Picher Industries of Cincinnati": a company's name ends at its
	// legal suffix; the town after "of" is where it sits.
	for k := first + 1; k+1 < last; k++ {
		if strings.EqualFold(toks[k].Text, "of") && corporateSuffixes[lowerNoDot(toks[k-1].Text)] {
			if es, end := longestName(r.Gazetteer, toks, Sentence{First: k + 1, Last: last}, k+1, nil); es != nil && end == last {
				if ent, ok := r.Gazetteer.Entity(es[0].ID); ok && (ent.Type == graph.Location || ent.Type == graph.Country) {
					return k
				}
			}
		}
	}
	for last-first > 1 {
		w := toks[last-1].Text
		l := lowerNoDot(w)
		switch {
		case personTitles[l] && !orgWords[l], w == "Vice":
		case inLeaderTitle(toks, last-1):
			// "Senate Democratic Minority Leader Harry Reid": the leader's
			// title, not the chamber's name
		case creditWords[l]: // "Kremlin Pool Photo via AP": the picture's, not the body's
		case genericOrgNouns[w] && len(r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, first, last)))) == 0:
		default:
			return last
		}
		last--
	}
	return last
}

// initials reports whether a token is a person's initials: "P.J.", "J.D.",
// "W." (not "U.S." or "U.N.", which the gazetteer knows).
func initials(w string) bool {
	if len(w) < 2 || len(w) > 4 || w[len(w)-1] != '.' { // one or two letters: "F.S.B." is a body
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	switch w {
	case "U.S.", "U.N.", "U.K.", "E.U.", "N.V.", "B.V.", "S.A.", "A.G.":
		return false // countries, bodies and legal forms
	}
	return true
}

// onlyHonorifics reports whether a title is forms of address alone.
func onlyHonorifics(ts []Token) bool {
	for _, t := range ts {
		if !honorifics[lowerNoDot(t.Text)] {
			return false
		}
	}
	return len(ts) > 0
}

// onlyDepartment reports whether tokens only name a department of a
// body: "Foreign Policy", "Trade", "Human Rights".
func onlyDepartment(ts []Token) bool {
	for _, t := range ts {
		if w := strings.ToLower(t.Text); !portfolios[w] && w != "policy" && w != "affairs" && w != "human" && w != "rights" &&
			w != "security" && w != "sanctions" && w != "refugee" {
			return false
		}
	}
	return len(ts) > 0
}

// honorifics are titles only people have.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "mister", "madam")

// indefinitePhrase reports whether the noun at k opens with "a" or "an"
// and up to three describing words, none of them "of": "a northern Druze
// village".
func indefinitePhrase(toks []Token, first, k int) bool {
	for j := k - 1; j >= first && j >= k-4; j-- {
		switch w := strings.ToLower(toks[j].Text); {
		case w == "a" || w == "an":
			return true
		case w == "of" || w == "," || !isWord(toks[j].Text):
			return false
		}
	}
	return false
}

// areaUses stand between a place's name and a locality noun: "the Ayala
// Alabang shopping district".
var areaUses = set("shopping", "business", "residential", "commercial", "industrial", "financial", "diplomatic", "entertainment", "market", "tribal", "border", "farming", "mining")

// localityNouns, written after a name and ending the noun phrase, make it
// a place's: "the Jihad district", "the Kabylie region" (not "the
// Microsoft region manager").
var localityNouns = set("district", "region", "province", "village", "valley", "governorate", "prefecture", "county",
	"municipality", "township", "neighborhood", "neighbourhood")

// isLowerWord reports whether s is a word written in lower case.
func isLowerWord(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// legalForm reports whether token i is a company's legal form after its
// name ("Vodafone Group PLC", "Siemens AG"), whatever body has the same
// acronym.
func legalForm(toks []Token, s Sentence, i int) bool {
	return i > s.First && corporateSuffixes[lowerNoDot(toks[i].Text)] && strings.HasPrefix(toks[i-1].Tag, "NNP")
}

// stateOffice reports whether a title names an office of a state, not a
// movement's "leader": "President", "Prime Minister", "Foreign Minister".
func stateOffice(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		switch w {
		case "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "ambassador":
			return true
		}
	}
	return false
}

// stanceAdjective reports whether w says whose side someone is on:
// "pro-Syrian", "anti-American".
func stanceAdjective(w string) bool {
	return strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-")
}

// titleAdjective reports whether a lower-case adjective between a
// country or body and a title may be part of the title: "U.N. financial
// spokesman", "Thailand's revered King", "Kyrgyzstan's provisional
// leader". Before a leader's title only words of time and manner count
// ("Burmese pro-democracy leader", "Jordanian terrorist leader" and
// "Nepali communist leader" lead no state); no title is a cause's or a
// movement's ("anti-drug chief", "militant spokesman").
func titleAdjective(w string, leader bool) bool {
	if strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-") || causeAdjectives[w] {
		return false
	}
	return !leader || neutralAdjectives[w]
}

var (
	causeAdjectives   = set("terrorist", "militant", "rebel", "insurgent", "communist", "opposition", "separatist", "extremist", "islamist", "religious", "spiritual", "underground", "exiled", "dissident", "guerrilla", "tribal", "student", "labor", "labour", "union")
	neutralAdjectives = union(stanceAdjectives, set("new", "former", "outgoing", "incoming", "interim", "acting", "provisional", "current", "longtime", "long-time",
		"revered", "embattled", "ailing", "late", "veteran", "elected", "newly-elected", "caretaker", "powerful", "transitional", "political"))
)

// facilityNames end the names of places and institutions named after
// people; a person's name never ends in one. Surnames ("Hall", "Church")
// are left out.
var facilityNames = map[string]graph.EntityType{
	"Base": graph.Location, "Zone": graph.Location, "Square": graph.Location, "Plaza": graph.Location,
	"Mosque": graph.Location, "Cathedral": graph.Location, "Building": graph.Location, "Station": graph.Location,
	"Airport": graph.Location, "Stadium": graph.Location, "Bridge": graph.Location, "Dam": graph.Location,
	"Palace": graph.Location, "Prison": graph.Location, "Temple": graph.Location, "Island": graph.Location,
	"Center": graph.Org, "Centre": graph.Org, "Hospital": graph.Org, "Museum": graph.Org,
	"Foundation": graph.Org, "Institute": graph.Org, "University": graph.Org,
	"Administration": graph.Org, "Government": graph.Org, // "the Bush Administration"
}

// firmAbbrevs close a company's name wherever it stands: "Keen Corp."
// opening a sentence is a firm though "Keen" is a word.
var firmAbbrevs = set("Corp.", "Inc.", "Ltd.", "Co.", "Cos.", "LLC", "Plc", "PLC")

// corporateSuffixes end a company's name.
var corporateSuffixes = set("inc", "corp", "co", "ltd", "llc", "plc", "industries", "corporation", "company", "ag", "gmbh", "sa")

// mergeNumerals joins a roman numeral the tagger reads as a name of its own
// to the name right before it ("Pope Benedict" + "XVI", "Louis" + "XIV"),
// and drops one that follows no name: a numeral alone names nothing. A
// numeral the tagger left untagged after a person joins the person.
func mergeNumerals(toks []Token, sentOf []int, spans []Span) []Span {
	out := spans[:0:0]
	for i, sp := range spans {
		if sp.Last-sp.First != 1 || !isRoman(toks[sp.First].Text) {
			// "Pope John Paul II", "Queen Elizabeth II": a person's
			// numeral the tagger left out.
			if sp.Type == graph.Person && sp.Last < len(toks) && isRoman(toks[sp.Last].Text) &&
				(i+1 == len(spans) || spans[i+1].First > sp.Last) && sentOf[sp.Last] == sentOf[sp.First] {
				sp.Last++
			}
			out = append(out, sp)
			continue
		}
		if n := len(out); n > 0 && out[n-1].Last == sp.First && sentOf[out[n-1].First] == sentOf[sp.First] {
			out[n-1].Last = sp.Last
		}
	}
	return out
}

// sentenceIndex maps every token to the index of its sentence (-1 for a
// token no sentence holds). Names never run from one sentence into the
// next: the merges below ask it.
func sentenceIndex(n int, sents []Sentence) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for si, s := range sents {
		for i := s.First; i < s.Last && i < n; i++ {
			out[i] = si
		}
	}
	return out
}

// partyNames makes a party of the capitalised words a lower-case "party"
// follows, after a determiner or an adjective: "belongs to the Social
// Convergence party", "ran for the leftist Juntos por el Peru party". The
// tagger reads such names as miscellany or in pieces; a person among them
// keeps the words ("the Trump party" is no party's name).
func partyNames(toks []Token, sentOf []int, spans []Span) []Span {
	for p := 2; p < len(toks); p++ {
		if toks[p].Text != "party" || !isCap(toks[p-1].Text) {
			continue
		}
		s := p - 1
		for s-1 >= 0 && p-(s-1) <= 6 && sentOf[s-1] == sentOf[p] && (isCap(toks[s-1].Text) && isWord(toks[s-1].Text) || nameConnectors[toks[s-1].Text] && toks[s-1].Text != "the") {
			s--
		}
		for nameConnectors[toks[s].Text] {
			s++ // the name opens with a capital: "for the Juntos por el Peru party"
		}
		if s == 0 || sentOf[s-1] != sentOf[p] || !partyOpeners[strings.ToLower(toks[s-1].Text)] && toks[s-1].Tag != "JJ" {
			continue
		}
		var inside []int // the spans within s..p
		ok := true
		for i, sp := range spans {
			if sp.Last <= s || sp.First >= p {
				continue
			}
			if sp.First < s || sp.Last > p || sp.Type == graph.Person || sp.Type == graph.Org {
				ok = false // a name that runs on, a person's, or a body the tagger already read
				break
			}
			inside = append(inside, i)
		}
		if !ok || len(inside) == 0 {
			continue
		}
		out := append(spans[:inside[0]:inside[0]], Span{First: s, Last: p, Type: graph.Org})
		spans = append(out, spans[inside[len(inside)-1]+1:]...)
	}
	return spans
}

// partyOpeners stand before a party's name and "party": "the", "his".
var partyOpeners = set("the", "his", "her", "their", "its", "a", "an")

// mergeParticles joins two names the tagger split at a lower-case particle
// of a person's name when the second is a person's: "Osama" + "bin" +
// "Laden", "Ursula" + "von der" + "Leyen". Arabic "bin" and "ibn" join
// whatever the tagger made of the first part; the European particles join
// two persons only ("Rio de Janeiro" is a place).
func mergeParticles(toks []Token, sentOf []int, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		n := len(out)
		if n == 0 || sp.Type != graph.Person || sp.First-out[n-1].Last < 1 || sp.First-out[n-1].Last > 2 ||
			sentOf[sp.First] != sentOf[out[n-1].First] {
			out = append(out, sp)
			continue
		}
		prev := &out[n-1]
		arabic, european := true, true
		for k := prev.Last; k < sp.First; k++ {
			w := toks[k].Text
			arabic = arabic && (w == "bin" || w == "ibn" || w == "bint")
			european = european && nameParticles[w]
		}
		if arabic || european && prev.Type == graph.Person {
			prev.Last, prev.Type = sp.Last, graph.Person
			continue
		}
		out = append(out, sp)
	}
	// "Abu Musab al-Zarqawi": a surname with its article, which the tagger
	// may leave out of the name or read as another.
	merged := out[:0]
	for i := 0; i < len(out); i++ {
		sp := out[i]
		// (and "the Nahr el-Bared refugee camp": a place's)
		for (sp.Type == graph.Person || sp.Type == graph.Location && !isTitleWord(toks[sp.Last-1].Text)) && sp.Last < len(toks) && articledSurname(toks[sp.Last].Text) && toks[sp.Last].Start > toks[sp.Last-1].End &&
			sentOf[sp.Last] == sentOf[sp.First] {
			if i+1 < len(out) && out[i+1].First == sp.Last && (out[i+1].Type == sp.Type || out[i+1].Last == sp.Last+1) &&
				sentOf[out[i+1].Last-1] == sentOf[sp.First] {
				sp.Last = out[i+1].Last
				i++
				continue
			}
			sp.Last++
		}
		merged = append(merged, sp)
	}
	return merged
}

// articledSurname reports whether a word is an Arabic surname written with
// its article: "al-Zarqawi", "el-Sisi".
func articledSurname(w string) bool {
	for _, a := range []string{"al-", "el-"} { // "Al-Jazeera", "Al-Qaida" are as often names of their own
		if rest, ok := strings.CutPrefix(w, a); ok && isCap(rest) && isWord(rest) {
			return true
		}
	}
	return false
}

// nicknamed makes one person of a name with a quoted nickname inside it,
// which the tagger reads as two names or none: 'Sean "Diddy" Combs',
// 'John J. "Jack" Sheehan'. The first name is the capitalised word right
// before the quote, or before an initial there, not a title; the resolver
// leaves the nickname out of the person's name.
func nicknamed(toks []Token, sentOf []int, spans []Span) []Span {
	var out []Span
	for i := 1; i+3 < len(toks); i++ {
		if sentOf[i-1] != sentOf[i+3] || sentOf[i-1] < 0 ||
			!isQuote(toks[i].Text) || !isQuote(toks[i+2].Text) || !isCap(toks[i+1].Text) || !isWord(toks[i+1].Text) ||
			!isCap(toks[i+3].Text) || !isWord(toks[i+3].Text) || toks[i].End != toks[i+1].Start || toks[i+1].End != toks[i+2].Start {
			continue
		}
		first := i - 1
		if isInitial(toks[first].Text) && first > 0 && sentOf[first-1] == sentOf[first] {
			first-- // "John J."
		}
		if w := toks[first].Text; !isCap(w) || !isWord(w) || titleWords[lowerNoDot(w)] {
			continue
		}
		out = append(out, Span{First: first, Last: i + 4, Type: graph.Person})
		i += 3
	}
	if out == nil {
		return spans
	}
	kept := spans[:0:0]
	for _, sp := range spans {
		if !slices.ContainsFunc(out, func(n Span) bool { return sp.First < n.Last && n.First < sp.Last }) {
			kept = append(kept, sp)
		}
	}
	kept = append(kept, out...)
	slices.SortFunc(kept, func(a, b Span) int { return a.First - b.First })
	return kept
}

// isQuote reports whether a token is a quotation mark.
func isQuote(s string) bool {
	return s == "\"" || s == "\u201c" || s == "\u201d" || s == "``" || s == "''"
}

// firstNames gives back to a person the capitalised word before a middle
// initial that the tagger left out: "Grant B. Cooper" had been "B. Cooper"
// (at the start of a sentence "Grant" reads as a word). Not a title word
// ("Gen. B. Smith"), not a token of another name.
func firstNames(toks []Token, sentOf []int, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != graph.Person || sp.First == 0 || sp.Last-sp.First < 2 || !isInitial(toks[sp.First].Text) ||
			sentOf[sp.First-1] != sentOf[sp.First] {
			continue
		}
		k := sp.First - 1
		w := toks[k].Text
		if !isCap(w) || !isWord(w) || isInitial(w) || isTitleWord(w) || strings.HasSuffix(w, ".") || i > 0 && spans[i-1].Last > k ||
			sentenceAdverbs[strings.ToLower(w)] || isFunctionTag(toks[k].Tag) || strings.HasPrefix(toks[k].Tag, "RB") {
			continue
		}
		sp.First = k
	}
	return spans
}

// pronounSurnames gives a person the surname that is also a pronoun, after
// a title: "Vice Premier He Lifeng", "Ambassador He Yafei" ("He" reads as
// the pronoun to the tagger). The title word before it and a capitalised
// word after it, no other name over either, make it a name.
func pronounSurnames(toks []Token, sentOf []int, spans []Span) []Span {
	var added []Span
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "He" || sentOf[i-1] != sentOf[i] || sentOf[i+1] != sentOf[i] || !isTitleWord(toks[i-1].Text) ||
			!isCap(toks[i+1].Text) || !isWord(toks[i+1].Text) || isFunctionTag(toks[i+1].Tag) {
			continue
		}
		k := slices.IndexFunc(spans, func(sp Span) bool { return sp.First <= i+1 && i+1 < sp.Last })
		switch {
		case k >= 0 && spans[k].First == i+1 && spans[k].Type == graph.Person:
			spans[k].First = i // the tagger had "Lifeng"
		case k < 0 && slices.IndexFunc(spans, func(sp Span) bool { return sp.First <= i && i < sp.Last }) < 0:
			added = append(added, Span{First: i, Last: i + 2, Type: graph.Person})
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	slices.SortFunc(spans, func(a, b Span) int { return a.First - b.First })
	return spans
}

// isInitial reports whether a token is a capital letter and a full stop:
// "B.", "J.".
func isInitial(w string) bool { return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.' }

// nameParticles are the lower-case words inside European family names.
var nameParticles = set("de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter", "le", "la")

// stormNames returns the names the document gives storms ("Hurricane
// Katrina", "Typhoon Haiyan"): the tagger reads them as persons.
func stormNames(toks []Token, spans []Span) map[string]bool {
	out := make(map[string]bool)
	listEnd := -1 // "hurricanes Katrina and Rita": the storms a plural names
	for _, sp := range spans {
		k := sp.First
		if k > 0 && (stormWords[strings.ToLower(toks[k-1].Text)] || stormPlurals[strings.ToLower(toks[k-1].Text)]) {
			out[textOf(toks, sp.First, sp.Last)] = true
			if stormPlurals[strings.ToLower(toks[k-1].Text)] {
				listEnd = sp.Last
			}
		} else if listEnd >= 0 && k == listEnd+1 && (toks[listEnd].Text == "and" || toks[listEnd].Text == ",") {
			out[textOf(toks, sp.First, sp.Last)] = true
			listEnd = sp.Last
		} else {
			for ; k < sp.Last-1; k++ {
				if stormWords[strings.ToLower(toks[k].Text)] {
					out[textOf(toks, k+1, sp.Last)] = true
					break
				}
			}
		}
	}
	return out
}

// endsPersonName reports whether the holiday's word at i ends a person's
// name of three capitalised words ("Taha Yassin Ramadan"), not a feast
// a faith or nation names ("Greek Orthodox Easter").
func (r *Recognizer) endsPersonName(toks []Token, i int) bool {
	if i < 2 {
		return false
	}
	for _, t := range toks[i-2 : i] {
		if !isCap(t.Text) || !isWord(t.Text) || holidays[t.Text] || adherents[t.Text] || r.demonymOf(t.Text) != "" || faithWords[strings.ToLower(t.Text)] || titleWords[lowerNoDot(t.Text)] {
			return false
		}
	}
	return true
}

// faithWords qualify a feast by the church that keeps it.
var faithWords = set("orthodox", "catholic", "coptic", "protestant", "anglican", "holy", "happy", "merry", "western", "eastern", "julian")

// holidays are seasons and feasts, which taggers read as places or
// persons.
var holidays = set("Ramadan", "Eid", "Christmas", "Easter", "Hanukkah", "Passover", "Diwali", "Lent",
	"Thanksgiving", "Halloween", "Nowruz", "Yom", "Kippur", "Ashura", "Muharram", "Purim", "Sukkot", "Shavuot",
	"Hanukah", "Chanukah", "Kwanzaa", "Holi", "Vesak", "Songkran", "Navratri", "Mardi", "Gras", "Hajj", "Rosh", "Hashanah",
	"Pentecost", "Tet")

// postingTitles end the title of someone an outlet posts to a place:
// "VOA Jerusalem Correspondent", "AP Moscow bureau chief".
var postingTitles = set("correspondent", "correspondents", "reporter", "producer", "chief", "editor")

// adherents name the followers of a faith, never a body, place or person
// by themselves ("Shi'ite Muslims", "Hindus"); sects name a faith's branch
// before them or a noun written small.
var (
	adherents = set("Muslims", "Hindus", "Christians", "Jews", "Sikhs", "Buddhists", "Catholics", "Protestants", "Sunnis",
		"Shi'ites", "Shiites", "Shias", "Alawites", "Copts", "Druze", "Evangelicals")
	sects = set("Sunni", "Shi'ite", "Shiite", "Shia", "Muslim", "Hindu", "Alawite", "Roman")
	// churches name a church before its followers only: "Orthodox
	// Christians", but "Ethiopia's Orthodox church", "the Catholic church"
	churches = set("Christian", "Catholic", "Orthodox")
)

// commonTerms are capitalised words of economics and science that taggers
// read as organisations: "GDP", "Earth", the planets ("life on Mars").
var commonTerms = set("GDP", "GNP", "CPI", "Earth", "Internet", "Mars", "Venus", "Jupiter", "Saturn", "Neptune",
	"Uranus", "Pluto")

var stormWords = set("hurricane", "typhoon", "cyclone", "storm", "superstorm")

// roadNouns after a town's name make it the place a road or a crossing
// is named for, never a club: "the Spin Boldak highway".
var roadNouns = set("highway", "road", "crossing", "border", "checkpoint", "bridge", "railway")

// stormPlurals name several storms before a list of their names.
var stormPlurals = set("hurricanes", "typhoons", "cyclones", "storms")

// prizeNouns after a name, written small, make it a prize's: "the Man
// Booker prize", "the Pulitzer award".
var prizeNouns = set("prize", "prizes", "award", "awards", "trophy", "medal", "medals", "scholarship")

// namesThing reports whether a name is a disease's or a craft's, by the
// noun after it: "Parkinson's disease", "the Cassini spacecraft", "the
// Hubble telescope"; or a faith's: "Shi'ite Islam".
func namesThing(toks []Token, sp Span) bool {
	if sp.Type != graph.Org && religions[toks[sp.Last-1].Text] {
		// "Islam", "Shi'ite Islam"; not "Army of Islam" or "Hizbul Islam"
		for _, t := range toks[sp.First : sp.Last-1] {
			if !denominations[strings.ToLower(t.Text)] {
				return false
			}
		}
		return true
	}
	if sp.Last-sp.First >= 2 && toks[sp.First].Text == "Operation" {
		return true // "Operation Steel Curtain", "Operation Desert Storm": a military operation's name
	}
	if p := sp.First - 1; p >= 0 && (vesselNouns[toks[p].Text] || vesselPrefixes[toks[p].Text] ||
		toks[p].Text == "carrier" && p > 0 && toks[p-1].Text == "aircraft") || vesselPrefixes[toks[sp.First].Text] {
		return true // "the Danish combat ship Absalon", "the tanker Sirius Star", "the USS Cole": a vessel's name
	}
	if p := sp.First - 1; p >= 0 && workNouns[toks[p].Text] && !subjectOfClause(toks, sp) {
		return true // "the Spanish film Volver", "his novel Snow": a work's title
	}
	k := sp.Last
	if k < len(toks) && isPossessive(strings.ToLower(toks[k].Text)) {
		return k+1 < len(toks) && diseaseNouns[toks[k+1].Text]
	}
	return k < len(toks) && craftNouns[toks[k].Text]
}

// workNouns, written small before a name, make it the title of a work;
// nouns that are also verbs before a name ("play", "show") are left out.
var workNouns = set("film", "films", "movie", "novel", "documentary", "album", "song", "single", "opera", "musical", "painting",
	"sitcom", "memoir", "bestseller", "poem", "symphony")

// vesselNouns, written small before a name, make it a ship's; the
// prefixes navies write before their ships' names do too.
var (
	vesselNouns = set("ship", "warship", "vessel", "frigate", "destroyer", "cruiser", "submarine", "tanker",
		"freighter", "trawler", "ferry", "yacht", "boat", "gunboat", "corvette", "supertanker", "liner")
	vesselPrefixes = set("USS", "HMS", "INS", "HMAS", "HMCS", "MV", "RMS")
)

// denominations qualify a faith's name: "Shi'ite Islam".
var denominations = set("shi'ite", "shiite", "shia", "sunni", "zaydi", "orthodox", "roman", "political", "radical", "militant")

// religions are faiths, no places or bodies.
var religions = set("Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "Sikhism", "Catholicism", "Protestantism")

// diseaseNouns follow a name in a disease's: "Alzheimer's disease".
var diseaseNouns = set("disease", "syndrome")

// craftNouns follow a name in a spacecraft's or an instrument's.
var craftNouns = set("spacecraft", "rover", "telescope", "orbiter", "lander")

// namesStorm reports whether a name has a storm word before its last word:
// "Hurricane Katrina", "Tropical Storm Bilis".
func namesStorm(name []Token) bool {
	for _, t := range name[:len(name)-1] {
		if stormWords[strings.ToLower(t.Text)] && isCap(t.Text) {
			return true
		}
	}
	return false
}

// reporterByline reports whether a span is a reporter's name in a
// byline: an outlet's possessive before it, written in capitals, a
// reporting verb after it ("VOA's Mil Arcega reports", "CNN's Jane Arraf
// says"), and no word of an organisation's name in it.
func reporterByline(toks []Token, sp Span) bool {
	if sp.First < 2 || sp.Last >= len(toks) || sp.Last-sp.First < 2 || sp.Last-sp.First > 3 ||
		!isPossessive(toks[sp.First-1].Text) || !isAllCaps(toks[sp.First-2].Text) || hasOrgWord(toks[sp.First:sp.Last]) {
		return false // the outlet goes by its letters: "VOA's", "CNN's", "NPR's"
	}
	switch strings.ToLower(toks[sp.Last].Text) {
	case "reports", "reported", "says", "said", "has", "tells", "told", "writes", "wrote", "explains", "spoke":
		return true
	}
	return false
}

// employerAfterTitle reports whether a span follows a title that people
// hold in an organisation and "of", "at" or "for": "president of Vision
// Seattle", "an executive of TreePeople", "assistant news director for
// KIRO", "the development department at NASDA". Such a name is the
// organisation, whatever its words suggest.
func employerAfterTitle(toks []Token, sp Span) bool {
	k := sp.First
	if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
		k--
	}
	if k < 2 {
		return false
	}
	switch strings.ToLower(toks[k-1].Text) {
	case "of", "at", "for":
	default:
		return false
	}
	return employerTitles[strings.ToLower(toks[k-2].Text)]
}

// employerTitles are held in an organisation, not a place: a mayor or a
// governor heads a town or a state, so they are not here.
var employerTitles = set("executive", "executives", "director", "manager", "founder", "co-founder",
	"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "president",
	"vice-president", "employee", "employees", "staffer", "officer", "editor", "publisher",
	"researcher", "analyst", "professor", "lecturer", "ceo", "owner", "treasurer", "partner",
	"economist", "engineer", "department", "division")

// knownPlace reports whether the gazetteer knows a span's words as a place
// or a country.
func (r *Recognizer) knownPlace(toks []Token, sp Span) bool {
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, sp.First, sp.Last))) {
		if ent, ok := r.Gazetteer.Entity(e.ID); ok && (ent.Type == graph.Location || ent.Type == graph.Country) {
			return true
		}
	}
	return false
}

// placeBeforeCountry reports whether a span stands after "in", "near" or
// "outside" and before a comma and a country's name that ends the phrase:
// "a summit in Puerto Ordaz, Venezuela, to discuss" names a town.
func (r *Recognizer) placeBeforeCountry(toks []Token, sp Span) bool {
	if sp.First == 0 || sp.Last+1 >= len(toks) || toks[sp.Last].Text != "," {
		return false
	}
	switch strings.ToLower(toks[sp.First-1].Text) {
	case "in", "near", "outside":
	default:
		return false
	}
	s := Sentence{First: sp.Last + 1, Last: min(sp.Last+6, len(toks))}
	es, end := longestName(r.Gazetteer, toks, s, sp.Last+1, nil)
	if es == nil {
		return false
	}
	if e, _ := r.Gazetteer.Entity(es[0].ID); e.Type != graph.Country || es[0].Kind == gazetteer.Demonym {
		return false
	}
	if end >= len(toks) {
		return true
	}
	switch w := strings.ToLower(toks[end].Text); w {
	case ",", ".", ";", ")", "in", "on", "to", "for", "from", "at", "with", "during", "after", "before":
		return true // ("In Orban, Hungary has found a leader": the country is the subject)
	}
	return false
}

// placeApposition reports whether the words after a span say it is a
// place: ", a port city", ", the provincial capital", ", a village".
func (r *Recognizer) placeApposition(toks []Token, sp Span) bool {
	k := sp.Last
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	k++
	if w := strings.ToLower(toks[k].Text); w != "a" && w != "an" && w != "the" {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+4; n++ {
		w := strings.ToLower(toks[n].Text)
		if placeKindNouns[w] && isLowerWord(toks[n].Text) { // (not "a member of the District of Columbia Council": a name's word)
			// The kind noun must end the phrase: "a port city in", not "a
			// city official".
			if n+1 >= len(toks) {
				return true
			}
			switch strings.ToLower(toks[n+1].Text) {
			case ",", ".", "in", "on", "near", "of", "that", "where", "which", "with", ")", "about", "some", "just", "outside", "north", "south", "east", "west", "located", "close":
				return true
			}
		}
		if isCap(toks[n].Text) && r.demonymOf(toks[n].Text) == "" || !isWord(toks[n].Text) {
			return false // (a nation's adjective may qualify the kind: "Mariupol, a Ukrainian port city")
		}
	}
	return false
}

// subjectOfClause reports whether the name in sp is followed by a verb
// of its own: "the Russian bank Vladimir Putin praised", "the novel Salman
// Rushdie published" hold a clause with the name as its subject, not a
// name of the bank or the novel.
func subjectOfClause(toks []Token, sp Span) bool {
	if sp.Last >= len(toks) || sp.Last-sp.First < 2 {
		return false // (a one-word title is the work's: "the Spanish film Volver won")
	}
	// A phrase that opens its sentence or clause names its subject: "The
	// German magazine Der Spiegel reported", "French satirical weekly
	// Charlie Hebdo was attacked".
	d := sp.First - 1
	for d > 0 && sp.First-d < 5 && !strings.EqualFold(toks[d].Text, "the") && !strings.EqualFold(toks[d].Text, "a") {
		d--
	}
	if d <= 0 || sp.First-d >= 5 {
		return false
	}
	switch strings.ToLower(toks[d-1].Text) {
	case "is", "was", "are", "were", "be", "been":
	default:
		return false // only a predicate holds such a clause: "Sberbank is the Russian bank Vladimir Putin praised" (not "Shares in the Swiss bank Julius Baer fell")
	}
	switch toks[sp.Last].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	w := strings.ToLower(toks[sp.Last].Text)
	return w == "has" || w == "had" || w == "is" || w == "was" || w == "will"
}

// bodyApposition reports whether the name in sp is set off by a comma and
// an apposition whose head is a kind of body: "Wirecard, the
// Aschheim-based payments company", "Rusal, the Moscow-based producer".
func (r *Recognizer) bodyApposition(toks []Token, sp Span) bool {
	k := sp.Last
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if p := sp.First - 1; p > 0 && (placePreps[strings.ToLower(toks[p].Text)] && !stakeNouns[strings.ToLower(toks[p-1].Text)] ||
		toks[p].Tag == "JJ" && placePreps[strings.ToLower(toks[p-1].Text)]) {
		return false // "in suburban Larchmont, the university said", "in Badajoz, a company of ...": a place, then a clause or a list ("shares in Wirecard" is a firm's)
	}
	k++
	if w := strings.ToLower(toks[k].Text); w != "a" && w != "an" && w != "the" {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+5; n++ {
		w := strings.ToLower(toks[n].Text)
		if w == "of" || w == "for" || w == "with" || w == "at" {
			return false // "Navalny, the founder of the group that ...": the head came before
		}
		if bodyKindNouns[w] || appositionBodies[w] {
			if n+1 >= len(toks) {
				return true
			}
			return appositionEnds[strings.ToLower(toks[n+1].Text)] // the kind noun heads the phrase: "the company, ...", not "the company's founder"
		}
		if isCap(toks[n].Text) && !strings.Contains(toks[n].Text, "-") && r.demonymOf(toks[n].Text) == "" || !isWord(toks[n].Text) {
			return false // (a nation's adjective may qualify the kind: "Roshan, the Afghan telecommunications company")
		}
	}
	return false
}

// personApposition reports whether the name in sp opens its clause and
// is set off by a comma and an apposition headed by a word for a person,
// closed by a comma and the clause's verb: "Lincoln, the 16th president,
// was assassinated", "the night when Lincoln, the president, was shot".
// Not "Like Boston, the mayor of Chicago ..." (a phrase before the
// clause), "Congress, the president and the courts share power" (a
// list), "Texas, the governor of which is ..." (a relative clause).
func personApposition(toks []Token, sp Span) bool {
	k := sp.Last
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if p := sp.First - 1; p >= 0 && !subjectOpeners[strings.ToLower(toks[p].Text)] {
		return false
	}
	k++
	if appositionAdverbs[strings.ToLower(toks[k].Text)] && k+1 < len(toks) {
		k++ // "Garrison, currently an appeals court judge,"
	}
	if w := strings.ToLower(toks[k].Text); w != "a" && w != "an" && w != "the" {
		return false
	}
	head := -1
	for n := k + 1; n < len(toks) && n <= k+4; n++ {
		w := strings.ToLower(toks[n].Text)
		if appositionPeople[w] {
			head = n
			break
		}
		if !isWord(toks[n].Text) || w == "of" || w == "for" || w == "'s" {
			return false
		}
	}
	if head < 0 {
		return false
	}
	for n := head + 1; n < len(toks) && n <= head+8; n++ {
		switch w := strings.ToLower(toks[n].Text); {
		case w == ",":
			return n+1 < len(toks) && (isVerbTag(toks[n+1].Tag) || toks[n+1].Tag == "MD")
		case w == "and" || w == "or" || w == "which" || w == "who" || w == "whom" || w == ".":
			return false
		}
	}
	return false
}

// subjectOpeners may stand before a clause's subject: "when Lincoln, the
// president, was shot", or end the sentence before.
var subjectOpeners = set("when", "that", "while", "where", "because", "since", "as", "but", "and", "``", "\"", ";", ".", "?", "!")

// appositionPeople head appositions that describe a person.
var appositionPeople = set("president", "senator", "governor", "mayor", "actor", "actress", "singer", "writer", "author", "novelist",
	"man", "woman", "leader", "founder", "assassin", "killer", "gunman", "lawyer", "attorney", "judge", "businessman", "businesswoman",
	"officer", "soldier", "spy", "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "student", "teacher",
	"professor", "pastor", "minister", "ambassador", "general", "king", "queen", "prince", "princess", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "poet", "painter", "composer", "musician", "journalist", "reporter", "editor", "candidate", "congressman",
	"congresswoman", "lawmaker", "dictator", "emperor", "physician", "doctor", "scientist", "economist", "banker", "executive")

// appositionAdverbs may open an apposition before its article: "now the
// mayor", "currently an appeals court judge".
var appositionAdverbs = set("currently", "now", "once", "formerly", "then", "also", "still")

// appositionEnds may follow the head noun of an apposition.
var appositionEnds = set(",", ".", ";", ")", "in", "that", "which", "whose", "led", "run", "based", "founded", "owned", "controlled", "with", "and", "known")

// stakeNouns are held in a firm: "shares in Wirecard".
var stakeNouns = set("shares", "stake", "stakes", "investment", "investments", "interest")

// ledAfter reports whether the name in sp is said to be led, headed or
// founded by someone: ", led by", ", a coalition led by".
func ledAfter(toks []Token, sp Span) bool {
	k := sp.Last
	if k+3 >= len(toks) || toks[k].Text != "," {
		return false
	}
	k++
	if w := strings.ToLower(toks[k].Text); w == "a" || w == "an" || w == "the" {
		body := func(w string) bool { return appositionBodies[strings.ToLower(w)] || bodyKindNouns[w] }
		for k++; k < len(toks) && k < sp.Last+6 && isLowerWord(toks[k].Text) && !body(toks[k].Text); k++ {
		}
		if k >= len(toks) || !body(toks[k].Text) {
			return false
		}
		k++
	}
	switch strings.ToLower(toks[min(k, len(toks)-1)].Text) {
	case "led", "headed", "founded", "run":
		if k+1 >= len(toks) || toks[k+1].Text != "by" {
			return false
		}
		// by a name, maybe after a description ("by former police officer
		// Jimmy Cherizier"; not "Tom Smith, led by his lawyer,")
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if isCap(toks[j].Text) {
				return true
			}
			if !isLowerWord(toks[j].Text) || toks[j].Text == "his" || toks[j].Text == "her" || toks[j].Text == "their" {
				return false
			}
		}
	}
	return false
}

// appositionBodies head appositions that describe a body: "the largest
// Muslim rebel group", "a Moscow-based producer".
var appositionBodies = set("group", "party", "militia", "movement", "organisation", "organization", "agency", "startup", "start-up", "coalition", "gang", "alliance", "faction",
	"giant", "producer", "manufacturer", "retailer", "operator", "foundation", "charity", "institute", "university", "nonprofit", "non-profit")

// officeObject returns where a person's name starts in a tagger's span that
// opens with the department of a title before it ("Secretary of [State
// Condoleezza Rice]", "Minister of [Defence Ehud Barak]"), or sp.First
// when it does not: the department must follow "<title> of" and a name of
// two words or more must follow it.
func officeObject(toks []Token, sp Span) int {
	if sp.First < 2 || !strings.EqualFold(toks[sp.First-1].Text, "of") || !titleWords[lowerNoDot(toks[sp.First-2].Text)] {
		return sp.First
	}
	k := sp.First
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	n := 0
	for k < sp.Last && n < 2 && departmentWords[designateBase(strings.ToLower(toks[k].Text))] {
		k++
		n++
	}
	if n == 0 || sp.Last-k < 2 || !namesOnly(toks[k:sp.Last]) {
		return sp.First
	}
	return k
}

// portfolioAfterFor reports whether the capitalised words before k go
// back to "for" or "on" after an office: "Secretary of State for East
// Asian and ...", "High Commissioner on ...".
func portfolioAfterFor(toks []Token, first, k int) bool {
	j := k - 1
	for j > first && j >= k-6 && (isCap(toks[j].Text) || toks[j].Text == "and" || toks[j].Text == ",") {
		j--
	}
	return j > first && (toks[j].Text == "for" || toks[j].Text == "on") && (isTitleWord(toks[j-1].Text) || departmentWords[strings.ToLower(toks[j-1].Text)])
}

// pendingSuffixes mark an office not yet taken: "President-elect",
// "Secretary of State-nominee", "Prime Minister-designate", "king-in-waiting".
var pendingSuffixes = []string{"-designate", "-nominee", " nominee", "-elect", " elect", "-in-waiting"}

// designateBase returns an office's word, or role, without the suffix that
// marks it not yet taken: "State" of "Secretary of State-designate"; w
// itself when it has none.
func designateBase(w string) string {
	for _, suf := range pendingSuffixes {
		if b, ok := strings.CutSuffix(w, suf); ok {
			return b
		}
	}
	return w
}

// designateTitle reports whether w is an office not yet taken:
// "State-nominee", "Minister-designate", "President-elect".
func designateTitle(w string) bool {
	l := lowerNoDot(w)
	b := designateBase(l)
	return b != l && (titleWords[b] || departmentWords[b])
}

// departmentWords name what a minister or secretary is in charge of.
var departmentWords = set("state", "defense", "defence", "health", "energy", "commerce", "homeland", "security",
	"interior", "agriculture", "labor", "labour", "education", "transportation", "transport", "treasury",
	"justice", "finance", "trade", "industry", "navy", "army", "war", "foreign", "affairs", "environment")

// namesOnly reports whether every token is a capitalised word with no
// organisation word among them: "Benedict XVI", not "of South" or "'s Park".
func namesOnly(ts []Token) bool {
	for _, t := range ts {
		if !isCap(t.Text) || !isWord(t.Text) {
			return false
		}
	}
	return !hasOrgWord(ts)
}

// geoFeatures are words of places' names that a title may open ("Prince
// Edward Island", "King George Sound").
var geoFeatures = union(placeKindNouns, outskirtsNouns, set("islands", "sound", "land", "bay", "mountain", "mountains", "river", "lake", "strait",
	"cape", "coast", "valley", "park", "street", "square", "range", "peninsula", "falls",
	"bridge", "station", "stadium", "hospital", "school", "university", "center", "centre", "memorial", "avenue", "road", "highway"))

// personLike reports whether words could be a person's name: capitalised,
// or a particle, or an Arabic article before a capitalised word ("Ayman
// al-Zawahiri", "Abu Musab al-Zarqawi", "Ludwig van Beethoven").
func personLike(ts []Token) bool {
	if len(ts) == 0 || !isCap(ts[0].Text) {
		return false
	}
	for _, t := range ts {
		w := t.Text
		if _, rest, ok := strings.Cut(w, "-"); ok && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
			w = rest
		}
		if !isWord(w) || !isCap(w) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// ownPersonBefore reports whether the words before k name someone's kin
// or aide: "his wife", "her deputy", "his number two".
func ownPersonBefore(toks []Token, k int) bool {
	j := k - 1
	switch {
	case j >= 2 && toks[j].Text == "two" && toks[j-1].Text == "number":
		j -= 2
	case j >= 1 && ownPeople[toks[j].Text]:
		j--
	default:
		return false
	}
	return possessivePronouns[strings.ToLower(toks[j].Text)]
}

// ownPeople are one's kin and aides, who are people: "his wife Laura".
var ownPeople = union(kinNouns, set("grandson", "granddaughter", "deputy", "successor", "predecessor", "lieutenant"))

// possessivePronouns own what follows them.
var possessivePronouns = set("his", "her", "their")

// hasToken reports whether a token is w, in any case.
func hasToken(ts []Token, w string) bool {
	return slices.ContainsFunc(ts, func(t Token) bool { return strings.EqualFold(t.Text, w) })
}

// lifeEvents are events of a person's life: "the birth of", "the funeral of".
var lifeEvents = set("dictatorship", "regime", "rule", "birth", "death", "funeral", "burial", "wedding", "assassination", "murder", "killing", "life", "memory", "legacy",
	"reign", "presidency", "resignation", "ouster", "arrest", "release", "widow", "widower", "son", "daughter", "wife", "husband", "cousin", "brother", "sister")

// nobleTitles stand before the names of persons only: a tagger's
// organisation, or place, that starts with one is a titled person.
var nobleTitles = set("pope", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "cardinal", "prophet", "emperor", "empress", "tsar", "czar", "shah",
	"archbishop", "bishop", "ayatollah", "rabbi", "imam", "crown", "duke", "duchess", "sir", "dame", "lord", "lady")

// creditWords end a picture credit after the name of who took it.
var creditWords = set("photo", "photos", "photograph", "photographs", "picture", "pictures", "file")

// genericOrgNouns follow an organisation's name in lower case and are no
// part of it: "the IG Metall union", "the Democratic Left party".
var genericOrgNouns = set("party", "union", "group", "movement", "militia", "organization", "organisation")

// personNameParts returns the first and last words of the multi-word
// person names the tagger found: a story that wrote "Xi Jinping" means him
// by a lone "Xi" whatever the tagger reads of that word alone.
func personNameParts(toks []Token, spans []Span) map[string]bool {
	parts := make(map[string]bool)
	for _, sp := range spans {
		if k := officeObject(toks, sp); k > sp.First {
			sp.First, sp.Type = k, graph.Person // "State Condoleezza Rice", which the tagger read as a body
		}
		if sp.Type == graph.Person && sp.Last-sp.First > 1 {
			for _, t := range []Token{toks[sp.First], toks[sp.Last-1]} {
				if isCap(t.Text) && !isAllCaps(t.Text) && len(t.Text) > 1 {
					parts[t.Text] = true
				}
			}
		}
	}
	return parts
}

// dateline reports whether a span ends a wire story's dateline: capital
// letters from the start of a sentence to the span's end, then a comma and
// a known region or country ("GRAND RAPIDS, Mich.", "BANGKOK, Thailand").
func (r *Recognizer) dateline(toks []Token, s Sentence, sp Span) bool {
	if sp.First < s.First || sp.Last+1 >= s.Last || toks[sp.Last].Text != "," {
		return false
	}
	for _, t := range toks[s.First:sp.Last] {
		if !isAllCaps(t.Text) || len(t.Text) < 2 {
			return false
		}
	}
	es, _ := longestName(r.Gazetteer, toks, s, sp.Last+1, nil)
	if es == nil {
		return false
	}
	e, _ := r.Gazetteer.Entity(es[0].ID)
	return e.Type == graph.Country || e.Type == graph.Location
}

// beforeStateAbbrev reports whether a name is followed by a comma and a
// state written short in AP style that ends the phrase ("Russell, Kan.",
// "Denison, Tex.,"): what stands there is a town, whatever it looks like.
// A politician's state comes with the party ("Bob Dole, R-Kan.").
func (r *Recognizer) beforeStateAbbrev(toks []Token, s Sentence, sp Span) bool {
	k := sp.Last + 1
	if k >= s.Last || toks[sp.Last].Text != "," || !strings.HasSuffix(toks[k].Text, ".") || len(toks[k].Text) > 6 {
		return false
	}
	if k+1 < s.Last && !strings.Contains(",;:)", toks[k+1].Text) {
		return false
	}
	for _, e := range r.Gazetteer.Lookup(graph.NormalizeName(toks[k].Text)) {
		if r.Gazetteer.Kind(e.ID) == "region" {
			return true
		}
	}
	return false
}

// knownAfterNew reports whether a span that starts with "New" is a
// gazetteer name without it and none with it: "New World Bank", not "New
// York Times".
func (r *Recognizer) knownAfterNew(toks []Token, s Sentence, sp Span) bool {
	if sp.Last-sp.First < 2 {
		return false
	}
	if _, end := longestName(r.Gazetteer, toks, s, sp.First, nil); end >= sp.First+2 {
		return false
	}
	_, end := longestName(r.Gazetteer, toks, s, sp.First+1, nil)
	return end == sp.Last
}

// startsName reports whether a gazetteer name starts at token i.
func startsName(gaz *gazetteer.Gazetteer, toks []Token, s Sentence, i int) bool {
	es, _ := longestName(gaz, toks, s, i, nil)
	return es != nil
}

// orgFrom reports whether the tagger read an organisation's name that
// starts at token i and reaches past end.
func orgFrom(spans []Span, i, end int) bool {
	for _, sp := range spans {
		if sp.First == i && sp.Last > end && sp.Type == graph.Org {
			return true
		}
	}
	return false
}

// spanType returns the type the tagger gave exactly tokens [i, end), or "".
func spanType(spans []Span, i, end int) graph.EntityType {
	for _, sp := range spans {
		if sp.First == i && sp.Last == end {
			return sp.Type
		}
	}
	return ""
}

// naturalFeatures, written small after a name, make it a place's.
var naturalFeatures = set("region", "basin", "rainforest", "river", "jungle", "forest", "valley", "delta", "desert",
	"province", "mountains", "island", "islands", "coast", "peninsula")

// personBeyond reports whether the tagger put tokens [i, end) inside a
// longer person's name.
func personBeyond(spans []Span, i, end int) bool {
	for _, sp := range spans {
		if sp.Type == graph.Person && sp.First <= i && sp.Last >= end && sp.Last-sp.First > end-i {
			return true
		}
	}
	return false
}

// taggedBeyond reports whether the tagger put tokens [i, end) inside a
// span that reaches past them: a longer name holds the place's.
func taggedBeyond(spans []Span, covered []bool, i, end int) bool {
	for _, sp := range spans {
		// A club's name may hold a date's word ("Sheffield Wednesday");
		// a place's or a person's read with one is the tagger's slip.
		loose := sp.Type != graph.Org
		if sp.First < end && sp.Last > i && (sp.First < i && !(loose && allCovered(covered, sp.First, i)) || sp.Last > end && !(loose && allCovered(covered, end, sp.Last))) {
			return true
		}
	}
	return false
}

// countyNouns after a town's name make a county of the same name.
var countyNouns = set("County", "Parish", "Township")

// localOfficeWords after a town's name make it the town: "Monterrey Mayor
// Fernando Larrazabal", not the club.
var localOfficeWords = set("mayor", "governor", "gov")

// personContext reports whether a one-word name the tagger reads as a
// person stands where a place cannot: not after a place's preposition,
// and right before a verb of saying or doing or after one that takes a
// person ("killing Lincoln", "Lincoln said"; "in Lincoln" stays a town).
func personContext(toks []Token, s Sentence, i, end int) bool {
	if i > s.First {
		switch strings.ToLower(toks[i-1].Text) {
		case "in", "at", "from", "to", "near", "of", "outside", "into", "across", "toward", "towards", "via":
			return false
		case "killing", "killed", "assassinated", "shot", "murdered", "met", "elected", "succeeded", "defeated":
			return true
		}
	}
	if end < s.Last && strings.HasPrefix(toks[end].Tag, "VB") && toks[end].Tag != "VBN" {
		return speechVerbs[strings.ToLower(toks[end].Text)] || isPastVerb(toks[end])
	}
	return false
}

// isPastVerb reports whether a token is a verb in the past tense.
func isPastVerb(t Token) bool { return t.Tag == "VBD" }

// unclubbable are the kinds of place no team is named after.
var unclubbable = map[string]bool{"area": true, "water": true, "continent": true}

// allCovered reports whether tokens [a, b) are all covered: "Gaza City
// Monday" read as one name goes beyond "Gaza City" only by a date.
func allCovered(covered []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if !covered[k] {
			return false
		}
	}
	return true
}

// fitsSurface reports whether the written form allows the entry: a short
// acronym must be in capitals ("US", not "us") or spelled as the gazetteer
// spells it ("AfD").
func fitsSurface(gaz *gazetteer.Gazetteer, e gazetteer.Entry, span []Token) bool {
	if e.Kind != gazetteer.Acronym || len(span) != 1 {
		return true
	}
	letters := 0
	for _, c := range span[0].Text {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters > 3 || isAllCaps(span[0].Text) {
		return true
	}
	ent, _ := gaz.Entity(e.ID)
	return slices.Contains(ent.Aliases, span[0].Text)
}

// ownersPlace returns, of the places the gazetteer knows by the name at
// token i, the one in the country whose possessive stands just before it:
// "Pakistan's Punjab".
func (r *Recognizer) ownersPlace(toks []Token, s Sentence, i int, es []gazetteer.Entry) (gazetteer.Entry, bool) {
	if len(es) < 2 || i < s.First+2 || !isPossessive(toks[i-1].Text) {
		return gazetteer.Entry{}, false
	}
	owner := ""
	for k := i - 2; k >= s.First && k >= i-4; k-- {
		for _, c := range r.Gazetteer.Lookup(graph.NormalizeName(textOf(toks, k, i-1))) {
			if ent, ok := r.Gazetteer.Entity(c.ID); ok && ent.Type == graph.Country && c.Kind != gazetteer.Demonym {
				owner = c.ID
			}
		}
		if owner != "" {
			break
		}
	}
	if owner == "" {
		return gazetteer.Entry{}, false
	}
	for _, e := range es {
		if r.Gazetteer.CountryOf(e.ID) == owner {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}

// choose picks among the entries of one name the one whose type the name
// tagger gave the same span (hint), else the most direct one.
func choose(gaz *gazetteer.Gazetteer, es []gazetteer.Entry, hint graph.EntityType) gazetteer.Entry {
	if hint != "" {
		for _, e := range es {
			ent, _ := gaz.Entity(e.ID)
			if ent.Type == hint || hint == graph.Location && ent.Type == graph.Country && e.Kind != gazetteer.Demonym {
				return e
			}
		}
	}
	return es[0]
}

// otherNames finds the names the gazetteer does not know, with the name
// tagger when there is one and capitalisation rules otherwise.
func (r *Recognizer) otherNames(toks []Token, s Sentence, covered []bool, spans []Span) []Mention {
	if r.Names != nil {
		var out []Mention
		var recut []bool // tokens of spans the tagger cut across a trusted name
		for _, sp := range spans {
			first, last := sp.First, sp.Last
			// What the more trusted layers found stands; a span that
			// crosses it was cut wrong, and the rules cut its words again.
			if anyCovered(covered, first, last) {
				if recut == nil {
					recut = make([]bool, len(toks))
				}
				for i := first; i < last; i++ {
					recut[i] = true
				}
				continue
			}
			if first = stripTitle(toks, first, last, sp.Type); first == last {
				continue
			}
			if sp.Type == graph.Person && last-first == 1 && titleWords[lowerNoDot(toks[first].Text)] && first > 0 &&
				(strings.EqualFold(toks[first-1].Text, "the") || covered[first-1]) {
				for i := first; i < last; i++ {
					covered[i] = true
				}
				continue // "the German Chancellor said": a title with no name is nobody's name ("King said" may be)
			}
			if sp.Type == Misc || sp.Type == graph.Person && namesEvent(toks[first:last]) ||
				sp.Type == graph.Org && eventNouns[lowerNoDot(toks[last-1].Text)] || // "the Chilly Warfare": an event, not a body
				sp.Type == graph.Location && documentNouns[lowerNoDot(toks[last-1].Text)] { // "the Peking Protocol": a text, not a place
				for i := first; i < last; i++ {
					covered[i] = true
				}
				continue
			}
			typ := sp.Type
			if (typ == graph.Location || typ == graph.Person && last-first >= 2) && first > s.First && strings.EqualFold(toks[first-1].Text, "the") && last < s.Last && bodyKindAfter[strings.ToLower(toks[last].Text)] {
				// (not "the Trump party": one man's, named by his surname)
				typ = graph.Org // "who heads the Viv Ansanm coalition", "head of the Yisrael Beitenu party": a name the tagger read as a place or person, before a body's kind
			}
			out = append(out, Mention{Type: typ, Kind: "name", First: first, Last: last, Source: "model"})
		}
		if recut != nil {
			taken := append([]bool(nil), covered...)
			for _, m := range out {
				for i := m.First; i < m.Last; i++ {
					taken[i] = true
				}
			}
			for _, m := range ruleNames(toks, s, taken) {
				if recut[m.First] {
					out = append(out, m)
				}
			}
		}
		return out
	}
	return ruleNames(toks, s, covered)
}

// leadingConnector reports whether a word that starts a tagger's span is
// a connector to cut off: any in lower case ("the", "al"), and "The",
// "And", "Of", "For", "In", "On" capitalised. A capitalised particle starts
// a name: "Al Gore", "Van Morrison", "De Klerk".
func leadingConnector(w string) bool {
	l := strings.ToLower(w)
	if !nameConnectors[l] {
		return false
	}
	if !isCap(w) {
		return true
	}
	switch l {
	case "the", "and", "of", "for", "in", "on":
		return true
	}
	return false
}

// tidySpan trims a tagger's span of punctuation and connectors at its ends
// and empties it when what is left cannot be a name: a lone function word
// ("The", "Whereas") or a span starting in lower case.
func tidySpan(toks []Token, sp Span) Span {
	// A bracket the span does not close ends it; one it does not open
	// starts it: "SHP (Social Democrat Populist Party", "Communist) Party".
	open := -1
	for k := sp.First; k < sp.Last; k++ {
		switch toks[k].Text {
		case "(", "[":
			open = k
		case ")", "]":
			if open < 0 {
				sp.First = k + 1
			}
			open = -1
		}
	}
	if open >= 0 {
		sp.Last = open
	}
	if sp.First >= sp.Last {
		sp.Last = sp.First
		return sp
	}
	for sp.First < sp.Last && (!isWord(toks[sp.First].Text) || leadingConnector(toks[sp.First].Text) ||
		sentenceAdverbs[strings.ToLower(toks[sp.First].Text)]) {
		sp.First++
	}
	for sp.Last > sp.First && (!isWord(toks[sp.Last-1].Text) || nameConnectors[strings.ToLower(toks[sp.Last-1].Text)]) {
		sp.Last--
	}
	if sp.First == sp.Last {
		return sp
	}
	t := toks[sp.First]
	if !isCap(t.Text) && !startsWithDigit(t.Text) || sp.Last-sp.First == 1 && isFunctionTag(t.Tag) {
		sp.Last = sp.First
	}
	return sp
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// longerNames accepts the tagger's names that hold a gazetteer name inside
// a longer one: "Bank of England", "Russian Enterprise Channel", "George
// Washington". The longer name is the mention; the gazetteer name in it is
// not. A person's name first loses the titles and the country before it
// ("Pentagon Press Secretary John Kirby").
func longerNames(toks []Token, covered []bool, spans []Span, gaz []string) []Mention {
	var out []Mention
	for _, sp := range spans {
		first, last := sp.First, sp.Last
		if sp.Type == graph.Person {
			for first < last-1 && (gaz[first] != "" || titleWords[lowerNoDot(toks[first].Text)]) {
				first++
			}
		}
		if anyCovered(covered, first, last) || strings.HasPrefix(gaz[first], "I-") || strings.HasPrefix(gaz[first], "L-") ||
			strings.HasPrefix(gaz[last-1], "B-") || strings.HasPrefix(gaz[last-1], "I-") {
			continue
		}
		inGaz, outside, titled := false, false, false
		for i := first; i < last; i++ {
			if gaz[i] != "" {
				inGaz = true
			} else if isCap(toks[i].Text) {
				outside = true
			}
			titled = titled || sp.Type != graph.Person && personTitles[lowerNoDot(toks[i].Text)]
		}
		if titled {
			continue // "Pentagon Press Secretary John Kirby" is a titled person, not one name
		}
		if !inGaz || !outside {
			continue
		}
		if sp.Type == Misc || sp.Type == graph.Org && eventNouns[lowerNoDot(toks[last-1].Text)] {
			for i := first; i < last; i++ {
				covered[i] = true // "the Cuban Missile Crisis", "the Federal Bankruptcy Act"
			}
			continue
		}
		out = append(out, Mention{Type: sp.Type, Kind: "name", First: first, Last: last, Source: "model"})
	}
	return out
}

func anyCovered(covered []bool, first, last int) bool {
	for i := first; i < last; i++ {
		if covered[i] {
			return true
		}
	}
	return false
}

// StripTitle returns where a person's name starts in toks[first:last] once
// the title words in front are left out: "President Joe Biden" starts at
// "Joe". Training data that glues titles to names is cut the same way.
func StripTitle(toks []Token, first, last int) int {
	return stripTitle(toks, first, last, graph.Person)
}

// stripTitle moves the start of a person's name past title words
// ("President Joe Biden" gives "Joe Biden"); attachRoles keeps them as the
// mention's role.
func stripTitle(toks []Token, first, last int, typ graph.EntityType) int {
	if typ != graph.Person {
		return first
	}
	i := first
	for i < last-1 && (titleWords[lowerNoDot(toks[i].Text)] || i > first && strings.EqualFold(toks[i].Text, "of")) {
		if religiousStyles[lowerNoDot(toks[i].Text)] && last-i <= 2 {
			break // "Mullah Omar", "Imam Ali": known by the style and one name, which alone names no one
		}
		i++
	}
	// "Manhattan District Attorney Robert Morgenthau": the name starts
	// after the last title word that has a name after it; what stands
	// before is the office's place or body, for the other layers.
	for k := last - 2; k > i; k-- {
		if isOffice(toks[k].Text) {
			if next := lowerNoDot(toks[k+1].Text); isCap(toks[k+1].Text) && !titleWords[next] && !nameSuffixes[next] {
				return k + 1
			}
			break
		}
	}
	return i
}

// religiousStyles come off a name of two words or more ("Mullah Mohammad
// Omar" is Mohammad Omar) but stay with a single one ("Mullah Omar").
var religiousStyles = set("mullah", "maulana", "maulvi", "mawlawi", "sheik", "sheikh", "imam")

// officeTitles are offices, never parts of a name, that the tagger may
// read into a person's name with the place or body before them
// ("Manhattan District Attorney Robert Morgenthau"); "King" and "Sheikh"
// are not here, as they are ("Martin Luther King", "Khalid Sheikh
// Mohammed").
var officeTitles = set("attorney", "sheriff", "president", "minister", "secretary", "chancellor", "senator",
	"governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commander", "judge",
	"prosecutor", "director", "chairman", "chairwoman", "officer", "commissioner", "ayatollah")

// officeAbbrevs are offices' abbreviations, offices only with their full
// stop: "Arizona Sen. John McCain", "Army Gen. David Petraeus", but "Hun
// Sen".
var officeAbbrevs = set("Sen.", "Gov.", "Rep.", "Gen.", "Adm.", "Lt.", "Sgt.", "Capt.", "Maj.")

// isOffice reports whether a word names an office ("Senator", "Sen.").
func isOffice(w string) bool { return officeTitles[lowerNoDot(w)] || officeAbbrevs[w] }

// nameSuffixes follow a name and belong to it.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv", "day")

// ruleNames is the fallback name finder: capitalised runs typed by the
// words in and around them.
func ruleNames(toks []Token, s Sentence, covered []bool) []Mention {
	var out []Mention
	for i := s.First; i < s.Last; i++ {
		t := toks[i]
		if covered[i] || !isCap(t.Text) || !isWord(t.Text) || isFunctionTag(t.Tag) {
			continue
		}
		if i == s.First && t.Tag != "NNP" && t.Tag != "NNPS" {
			continue
		}
		end := capRun(toks, i, s.Last, covered)
		// "and" joins two names more often than it sits inside one.
		if !hasOrgWord(toks[i:end]) {
			for k := i + 1; k < end; k++ {
				if strings.EqualFold(toks[k].Text, "and") || strings.EqualFold(toks[k].Text, "in") {
					end = k
					break
				}
			}
		}
		if end <= i {
			continue
		}
		typ, ok := classifyRun(toks, i, end, s)
		if ok && typ == graph.Person && isOffice(toks[end-1].Text) {
			ok = false // "Bosnian Serb President Dragan Cavic": "Serb President" is a title
		}
		if ok {
			if first := stripTitle(toks, i, end, typ); first < end && !(first > s.First && strings.EqualFold(toks[first-1].Text, "of") && portfolioRun(toks[first:end])) &&
				!(typ == graph.Person && end-first == 1 && (orgWords[lowerNoDot(toks[first].Text)] || lowerNoDot(toks[first].Text) == "staff")) &&
				!isLowerWord(toks[first].Text) {
				// (not "Chief of the General Staff": a body, no General named
				// Staff; not "the U.N. Commissioner for Human Rights": an
				// office's portfolio, no one named "for Human Rights")
				// (not "The U.S. Secretary of Energy says": the office's
				// portfolio, no one's name)
				out = append(out, Mention{Type: typ, Kind: "name", First: first, Last: end, Source: "rule"})
			}
		}
		i = end - 1
	}
	return out
}

func hasEventWord(ts []Token) bool { return anyTokenIn(ts, eventWords) }

func hasOrgWord(ts []Token) bool { return anyTokenIn(ts, orgWords) }

// anyTokenIn reports whether a token's lower-case form, full stops aside,
// is in words.
func anyTokenIn(ts []Token, words map[string]bool) bool {
	for _, t := range ts {
		if words[lowerNoDot(t.Text)] {
			return true
		}
	}
	return false
}

func classifyRun(toks []Token, i, end int, s Sentence) (graph.EntityType, bool) {
	words := toks[i:end]
	for _, t := range words {
		w := lowerNoDot(t.Text)
		if eventWords[w] || stormWords[w] || isRoman(t.Text) {
			return "", false
		}
	}
	// Titles in front make a person, whatever follows.
	k := i
	for k < end && (titleWords[lowerNoDot(toks[k].Text)] || roleAdjectives[strings.ToLower(toks[k].Text)]) {
		k++
	}
	if k == end {
		return "", false // only title words: "President", "International President"
	}
	if hasOrgWord(toks[k:end]) || k > i && hasOrgWord(words) && !personTitles[lowerNoDot(toks[k-1].Text)] {
		return graph.Org, true
	}
	if k > i && personTitles[lowerNoDot(toks[k-1].Text)] {
		return graph.Person, true
	}
	next := ""
	if end < s.Last {
		next = strings.ToLower(toks[end].Text)
	}
	prev := ""
	if i > s.First {
		prev = strings.ToLower(toks[i-1].Text)
	}
	if i > s.First && personTitles[lowerNoDot(toks[i-1].Text)] {
		return graph.Person, true
	}
	if speechVerbs[next] {
		return graph.Person, true
	}
	if end-k >= 2 && end-k <= 4 {
		return graph.Person, true
	}
	if locPrepositions[prev] || prev == "of" && i >= 2 && placeNouns[strings.ToLower(toks[i-2].Text)] {
		return graph.Location, true
	}
	return "", false
}

// placeNouns precede "of" and a place's name: "the city of Gomel".
var placeNouns = set("city", "town", "village", "region", "province", "metropolis", "capital",
	"district", "port", "island", "state", "county", "republic", "area", "outskirts", "suburbs")

func isRoman(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// surnames finds later mentions of a person by one part of their name
// ("Lukashenko" after "Alexander Lukashenko") among tokens no layer claimed.
func surnames(toks []Token, sents []Sentence, ms []Mention, covered []bool) []Mention {
	parts := make(map[string]bool)
	for _, m := range ms {
		if m.Type != graph.Person || m.Last-m.First < 2 {
			continue
		}
		parts[toks[m.Last-1].Text] = true
	}
	return claimWords(toks, sents, covered, parts, graph.Person, "surname")
}

// claimWords makes a mention of every unclaimed token whose text is in words.
func claimWords(toks []Token, sents []Sentence, covered []bool, words map[string]bool, typ graph.EntityType, kind string) []Mention {
	if len(words) == 0 {
		return nil
	}
	var out []Mention
	for si, s := range sents {
		for i := s.First; i < s.Last; i++ {
			if !covered[i] && words[toks[i].Text] {
				out = append(out, Mention{Type: typ, Kind: kind, First: i, Last: i + 1, Sent: si, Source: "rule",
					Start: toks[i].Start, End: toks[i].End})
				covered[i] = true
			}
		}
	}
	return out
}

// attachRoles completes resolved person mentions with the title words in
// front of them and the country or organisation the title belongs to:
// "Belarusian President Alexander Lukashenko", "Pentagon Press Secretary
// John Kirby", "opposition chief Sviatlana Tsikhanouskaya". ms is sorted.
func attachRoles(toks []Token, sents []Sentence, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person {
			continue
		}
		start := sents[m.Sent].First
		if i > 0 && ms[i-1].Last > start {
			start = ms[i-1].Last
		}
		if i > 0 && m.First > start+1 && toks[m.First-1].Text == ")" {
			// "(Croatian President) Franjo Tudjman": an editor's title in
			// brackets before the name.
			j := m.First - 2
			for j >= start && isTitleWord(toks[j].Text) {
				j--
			}
			if prev := &ms[i-1]; j < m.First-2 && prev.Last == j+1 && prev.Sent == m.Sent && prev.First > 0 &&
				toks[prev.First-1].Text == "(" && (prev.Type == graph.Country || prev.Type == graph.Org) {
				m.Role = textOf(toks, j+1, m.First-1)
				m.RoleOf = prev.Actor()
				if prev.Type == graph.Org {
					m.RoleOf = prev.Entity
				}
				continue
			}
		}
		k := m.First
		for {
			for k > start && (isTitleWord(toks[k-1].Text) || k-1 > start && strings.EqualFold(toks[k-1].Text, "of")) {
				k--
			}
			// "Secretary of State", "Minister of Foreign Affairs": an
			// office's capitalised portfolio after "of".
			if j := officeOf(toks, start, k); j < k {
				k = j
				continue
			}
			break
		}
		for k < m.First && strings.EqualFold(toks[k].Text, "of") {
			k++
		}
		if k == m.First {
			continue
		}
		// "U.N. financial spokesman Fred Eckhard": a lower-case adjective
		// or two between the body and the title belong to the title.
		if i > 0 && ms[i-1].Sent == m.Sent {
			j := k
			leader := headTitle(textOf(toks, k, m.First)) != ""
			byState := ms[i-1].Type == graph.Country || ms[i-1].Kind == "demonym"
			byBody := ms[i-1].Type == graph.Org && ms[i-1].StandsFor == ""
			for j > start && k-j < 3 && (toks[j-1].Text == "then-" || toks[j-1].Text == "ex-" || // "Taiwan's then-President Ma Ying-jeou"
				isLowerWord(toks[j-1].Text) && ((toks[j-1].Tag == "JJ" || neutralAdjectives[toks[j-1].Text]) && titleAdjective(toks[j-1].Text, leader) ||
					byBody && fighterModifiers[toks[j-1].Text] || // "M23 rebel leader Sultani Makenga": an armed body's own kind, not a cause beside the office
					stanceAdjective(toks[j-1].Text) && j-2 >= start && possessiveAt(toks, j-2) && stateOffice(textOf(toks, k, m.First)) ||
					// ("Lebanon's pro-Syrian President"; not "Burma's pro-democracy
					// leader", a cause's)
					portfolios[toks[j-1].Text] || fieldNouns[toks[j-1].Text] && !(byState && privateFields[toks[j-1].Text]))) {
				j-- // "U.N. financial spokesman Fred Eckhard", "EU foreign policy chief Josep Borrell"
			}
			if prev := ms[i-1]; j < k && (prev.Last == j || prev.Last+1 == j && possessiveAt(toks, prev.Last)) && (prev.Type == graph.Org || prev.Type == graph.Country || prev.Kind == "demonym") {
				k = j
			}
		}
		// "Germany's Integration Commissioner", "EU Migration Commissioner":
		// capitalised words that join the title to whose it is.
		if i > 0 && ms[i-1].Sent == m.Sent {
			j := k
			for j > start && k-j < 2 && isCap(toks[j-1].Text) && isWord(toks[j-1].Text) && !isFunctionTag(toks[j-1].Tag) {
				j--
			}
			end := ms[i-1].Last
			if end+1 == j && possessiveAt(toks, end) {
				end = j
			}
			if j < k && end == j {
				k = j
			}
		}
		m.Role = textOf(toks, k, m.First)
		if i == 0 || onlyHonorifics(toks[k:m.First]) {
			continue // "C.I.A. Mr. Wilson" (a sentence the splitter missed): no body's Mr.
		}
		prev := &ms[i-1]
		end := prev.Last
		if end < k && k-end == 1 && possessiveAt(toks, end) {
			end = k // "Belarus's President"
		}
		if end < k && k-end == 1 && toks[end].Text == ")" && prev.First > 0 && toks[prev.First-1].Text == "(" {
			end = k // "National Liberation Army (ELN) leader Francisco Galan"
		}
		if end != k || prev.Sent != m.Sent {
			continue
		}
		// "In the Netherlands President Bush": a place after a preposition
		// is where, not whose.
		if f, first := prev.First, sents[m.Sent].First; prev.Kind != "demonym" && (f > first && wherePrepositions[strings.ToLower(toks[f-1].Text)] ||
			f > first+1 && toks[f-1].Tag == "DT" && wherePrepositions[strings.ToLower(toks[f-2].Text)] ||
			f > first+2 && compassWords[strings.ToLower(toks[f-1].Text)] && strings.ToLower(toks[f-2].Text) == "in" && isTitleWord(toks[f-3].Text)) {
			continue // ("the top U.S. military commander in southern Iraq Colonel Butch Kievenaar": where he is posted; not "Speaking in northern Israel Prime Minister Netanyahu")
		}
		if prev.Kind == "demonym" && strings.HasSuffix(prev.Text, "s") && !strings.HasSuffix(prev.Text, "ss") {
			continue // "militants attacking Israelis Incoming Bolivian President Evo Morales": a people holds no office ("Swiss President" is singular)
		}
		switch prev.Type {
		case graph.Country, graph.Location:
			m.RoleOf = prev.Actor()
			if local := lowerNoDot(toks[m.First-1].Text); local == "mayor" || local == "governor" {
				m.RoleOf = prev.Entity // "Harare mayor": the city's, not the country's
			}
			if o := i - 2; prev.Type == graph.Location && o >= 0 && ms[o].Type == graph.Org && ms[o].Sent == m.Sent &&
				(ms[o].Last == prev.First || ms[o].Last+1 == prev.First && possessiveAt(toks, ms[o].Last)) &&
				postingTitles[lowerNoDot(toks[m.First-1].Text)] {
				m.RoleOf = ms[o].Entity // "VOA Jerusalem Correspondent Luis Ramirez": the outlet's, posted there
			}
		case graph.Org:
			m.RoleOf = prev.Entity
		}
	}
	// "Deutsche Bank heads Jürgen Fitschen and Anshu Jain": a plural title
	// covers every name of the list after it.
	for i := 1; i < len(ms); i++ {
		m, prev := &ms[i], &ms[i-1]
		if m.Type != graph.Person || m.Role != "" || prev.Type != graph.Person || prev.Role == "" || prev.Sent != m.Sent {
			continue
		}
		words := strings.Fields(strings.ToLower(prev.Role))
		if !isPluralTitle(words[len(words)-1]) {
			continue // singular: "President X and Y" makes Y no president
		}
		between := textOf(toks, prev.Last, m.First)
		if between == "and" || between == "," || between == "und" || between == ", and" {
			m.Role, m.RoleOf = prev.Role, prev.RoleOf
		}
	}
	// "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia": the
	// list goes on past each name's country.
	for i := 2; i < len(ms); i++ {
		m, place, prev := &ms[i], &ms[i-1], &ms[i-2]
		if m.Type != graph.Person || m.Role != "" || prev.Type != graph.Person || prev.Role == "" || prev.Sent != m.Sent || place.Sent != m.Sent {
			continue
		}
		words := strings.Fields(strings.ToLower(prev.Role))
		if last := words[len(words)-1]; !strings.HasSuffix(last, "s") || titleWords[last] {
			continue
		}
		if between := textOf(toks, place.Last, m.First); textOf(toks, prev.Last, place.First) == "of" && place.Type != graph.Person &&
			(between == "," || (between == "and" || between == ", and") && ofPlaceAfter(toks, ms, i)) {
			// "Presidents Aleksander Kwasniewski of Poland and Valdas
			// Adamkus of Lithuania"; not "... of Russia and Jacob Zuma",
			// whose country is unsaid
			m.Role = prev.Role
		}
	}
}

// ofPlaceAfter reports whether mention i is followed by "of" and a place
// or country: "Valdas Adamkus of Lithuania".
func ofPlaceAfter(toks []Token, ms []Mention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].Sent != ms[i].Sent {
		return false
	}
	n := &ms[i+1]
	return textOf(toks, ms[i].Last, n.First) == "of" && (n.Type == graph.Country || n.Type == graph.Location)
}

// polityNouns, written small after an adjective the tagger reads as an
// organisation, make it a kind of state: "the Communist nation".
var polityNouns = set("nation", "country", "regime", "state", "island", "world", "bloc", "era", "rule", "system", "ideology", "government", "countries", "nations", "regimes")

// portfolios are the fields a minister answers for, written before the
// title ("Justice Minister", "Labor Secretary").
var portfolios = set("justice", "interior", "finance", "defense", "defence", "foreign", "economy", "trade",
	"health", "education", "environment", "energy", "labor", "labour", "agriculture", "transport", "culture",
	"development", "information", "tourism", "industry", "commerce", "treasury", "home", "housing",
	"unification", "immigration", "fisheries", "petroleum", "oil", "planning", "welfare", "communications", "mines", "mining", "water")

// portfolioRun reports whether capitalised words name a portfolio:
// "Energy", "Homeland Security", "Foreign Affairs".
func portfolioRun(ts []Token) bool {
	for _, t := range ts {
		if w := strings.ToLower(t.Text); !portfolios[w] && w != "security" && w != "affairs" && w != "state" && w != "commerce" &&
			w != "transportation" && w != "veterans" && w != "homeland" && w != "and" {
			return false
		}
	}
	return len(ts) > 0
}

// officeOf returns where an office named with its portfolio starts when the
// tokens before k end one ("Secretary of State", "Minister of Foreign
// Affairs"), else k. It looks no further back than start.
func officeOf(toks []Token, start, k int) int {
	if k-2 >= start && k < len(toks) && toks[k-1].Text == "for" && isTitleWord(toks[k-2].Text) && forPortfolio(toks[k:k+1]) {
		return k - 2 // "Commissioner for Trade": the portfolio read as a title word
	}
	for n := 1; n <= 2; n++ {
		j := k - n
		if j-2 < start {
			return k
		}
		if !isCap(toks[j].Text) || !isWord(toks[j].Text) {
			return k
		}
		if strings.EqualFold(toks[j-1].Text, "of") && isTitleWord(toks[j-2].Text) {
			return j - 2
		}
		if toks[j-1].Text == "for" && isTitleWord(toks[j-2].Text) && forPortfolio(toks[j:k]) {
			return j - 2 // "Undersecretary-General for Political Affairs"
		}
	}
	return k
}

// forPortfolio reports whether capitalised words name what an office
// "for" covers: "Political Affairs", "Trade", "Peacekeeping Operations".
func forPortfolio(ts []Token) bool {
	for _, t := range ts {
		if !isCap(t.Text) || !isWord(t.Text) {
			return false
		}
	}
	return len(ts) > 0 && (portfolios[strings.ToLower(ts[len(ts)-1].Text)] || forOfficeEnds[strings.ToLower(ts[len(ts)-1].Text)])
}

var forOfficeEnds = set("affairs", "operations", "relations", "rights", "refugees", "enlargement", "competition", "security", "aid")

// wherePrepositions put a place before a title as where the person is, not
// whose title it is: "In the Netherlands President Bush".
var wherePrepositions = set("in", "at", "near", "inside", "outside", "across", "throughout", "within", "around")

// isTitleWord reports whether w is a title word or the plural of one ("heads").
func isTitleWord(w string) bool {
	l := lowerNoDot(w)
	return titleWords[l] || strings.HasSuffix(l, "s") && len(l) > 3 && titleWords[strings.TrimSuffix(l, "s")]
}

// isPluralTitle reports whether a lower-case title word is a plural:
// "heads", "ministers", "officials", but not "boss" or "press".
func isPluralTitle(w string) bool {
	return strings.HasSuffix(w, "s") && (!titleWords[w] || titleWords[strings.TrimSuffix(w, "s")])
}

// definedAcronyms finds the later uses of an acronym the text defined for an
// organisation the gazetteer does not know: after "Central Election
// Commission (CEC)", every "CEC" is that organisation.
func definedAcronyms(toks []Token, sents []Sentence, ms []Mention, covered []bool) []Mention {
	acrs := make(map[string]bool)
	for _, m := range ms {
		if m.Type == graph.Org && m.Entity == "" && m.Last+2 < len(toks) && toks[m.Last].Text == "(" && toks[m.Last+2].Text == ")" {
			acrs[toks[m.Last+1].Text] = true
		}
	}
	return claimWords(toks, sents, covered, acrs, graph.Org, "acronym")
}

// backerPrefixes finds a country or body named before "-led" inside one
// token when forces or an attack follow ("U.S.-led forces", "the
// Saudi-led coalition"): a mention of the leader. Its Text is the name
// alone; the mention covers the token.
func (r *Recognizer) backerPrefixes(toks []Token, s Sentence, found []Mention) []Mention {
	var out []Mention
	for i := s.First; i < s.Last; i++ {
		w := toks[i].Text
		k := strings.LastIndexByte(w, '-')
		if k <= 0 || i+1 >= s.Last || !(w[k+1:] == "led" && ledForces[toks[i+1].Text] || w[k+1:] == "imposed" && imposedNouns[toks[i+1].Text]) ||
			slices.ContainsFunc(found, func(m Mention) bool { return m.First <= i && i < m.Last }) {
			continue // (a token the tagger took as a modifier is no name it found)
		}
		prefix := w[:k]
		if e, typ := polityEntry(r.Gazetteer, prefix); typ != "" {
			out = append(out, Mention{Type: typ, Entity: e.ID, Kind: "leader", StandsFor: e.StandsFor, Text: prefix,
				First: i, Last: i + 1, Source: "gazetteer"})
		}
	}
	return out
}

// polityEntry returns the gazetteer's country or body a word names as an
// actor (a country, its demonym, a body, or a capital or seat standing for
// a government: "Moscow-led", "Kremlin-backed") and its type, COUNTRY for
// a place standing for one; else a zero entry and "".
func polityEntry(gaz *gazetteer.Gazetteer, word string) (gazetteer.Entry, graph.EntityType) {
	for _, e := range gaz.Lookup(graph.NormalizeName(word)) {
		ent, ok := gaz.Entity(e.ID)
		switch {
		case !ok:
		case ent.Type == graph.Country || ent.Type == graph.Org:
			return e, ent.Type
		case e.StandsFor != "":
			return e, graph.Country
		}
	}
	return gazetteer.Entry{}, ""
}

// imposedNouns follow "X-imposed" when X imposes them: "U.S.-imposed
// sanctions".
var imposedNouns = set("sanctions", "embargo", "embargoes", "blockade")

// ledForces follow "X-led" when X's forces act: "U.S.-led forces", "the
// Saudi-led coalition", "the U.S.-led invasion of Iraq". ("Iran-backed
// militias", "the Hamas-led government", "Kremlin-backed President X" are
// someone else's, and a title after the name would be read as X's.)
var ledForces = set("forces", "troops", "coalition", "invasion", "offensive", "airstrikes", "strikes", "military", "attacks", "operation", "assault")

// isCompoundModifier reports whether a word is a hyphenated modifier whose
// last part is written small ("Paris-based", "US-led", "Kremlin-backed"):
// it describes the name after it and is no part of it, unlike
// "Saint-Germain" or "Bosnia-Herzegovina".
func isCompoundModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	for _, r := range w[k+1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// insideLongerName reports whether a name starting at token i continues a
// capitalised name before it that no layer has claimed: "Security Council"
// in "National Security Council", "Mexico" in "New Mexico". The longer name
// is something else.
func insideLongerName(toks []Token, s Sentence, covered []bool, i int) bool {
	if i == s.First || covered[i-1] {
		return false
	}
	p := toks[i-1]
	if !isCap(p.Text) || !isWord(p.Text) || isFunctionTag(p.Tag) || titleWords[lowerNoDot(p.Text)] || isCompoundModifier(p.Text) {
		return false
	}
	// A capitalised sentence opener ("Visiting Moscow", "Whereas Washington")
	// is too often an ordinary word to veto a known name.
	return i-1 != s.First
}

// countrysOwnBody reports whether a gazetteer body is the one of the
// country named by the word before it: "U.S. Health and Human Services"
// is the American department, not part of a longer name.
func (r *Recognizer) countrysOwnBody(prev Token, es []gazetteer.Entry) bool {
	for _, p := range r.Gazetteer.Lookup(graph.NormalizeName(prev.Text)) {
		c := p.StandsFor
		if c == "" && strings.HasPrefix(p.ID, graph.Country.Slug()+"/") {
			c = p.ID
		}
		if c == "" {
			continue
		}
		for _, e := range es {
			if strings.HasPrefix(e.ID, graph.Org.Slug()+"/") && r.Gazetteer.CountryOf(e.ID) == c {
				return true
			}
		}
	}
	return false
}

// privateFields are fields a country's citizens work in outside its
// service: "Iranian human rights attorney Shirin Ebadi" is no official.
var privateFields = set("rights", "human", "humanitarian", "aid", "relief", "refugee", "climate")

// fieldNouns name what an office covers, written small before its title:
// "foreign policy chief", "human rights envoy".
var fieldNouns = set("bureau", "policy", "ministry", "military", "affairs", "security", "rights", "human", "humanitarian", "aid", "relief", "migration",
	"climate", "refugee", "nuclear", "disarmament", "peace", "enlargement", "competition")
