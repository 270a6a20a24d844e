package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// placeKindNouns name a kind of place: "the Belarusian metropolis of Gomel".
var placeKindNouns = union(settlementNouns, areaNouns, set("capital", "state", "island"))

// orgKindNouns name a kind of organisation: "the German carmaker Volkswagen".
var orgKindNouns = set("company", "firm", "group", "carmaker", "automaker", "bank", "lender", "insurer",
	"airline", "carrier", "broadcaster", "newspaper", "daily", "weekly", "magazine", "agency", "party",
	"club", "team", "side", "giant", "conglomerate", "manufacturer", "maker", "producer", "retailer",
	"ministry", "department", "government", "court", "parliament", "institute", "university", "foundation",
	"organisation", "organization", "association", "union", "network", "channel", "station", "utility",
	"operator", "publisher", "think", "tank", "watchdog", "service", "broadcaster", "chain", "supplier", "startup", "start-up", "militia",
	"refiner", "steelmaker", "miner", "shipbuilder", "shipper", "exporter", "importer", "developer", "builder", "contractor",
	"automotive", "mining", "shipping", "telecom", "telecommunications", "airline", "aerospace", "brewer", "drugmaker", "chipmaker",
	"top", "major", // ("the oil major Meridian Energy")
	"website", "outlet", "portal", "fund", "consultancy", "platform", // (not "gang" or "cartel": "a Salvadoran gang leader" is a man)
	"bloc", "alliance", "coalition", "charity", "body", // ("the Eurasian Economic Union, the Moscow-based trade bloc", "the Strasbourg-based human rights body")
	"opposition", "national", "state-run", "state-owned", "public", "private", "federal", "energy", "oil",
	"gas", "steel", "chemicals", "pharmaceutical", "defense", "defence", "arms", "tech", "technology",
	"football", "soccer", "news", "wire", "leading", "largest", "biggest", "main", "ruling", "far-right",
	"right-wing", "left-wing", "conservative", "liberal", "socialist", "communist", "green")

// places reads place relations a sentence states: "Aiken, S.C.", "the
// Belarusian metropolis of Gomel", "Munich in Bavaria", "the German
// carmaker Volkswagen", "Berlin-based Zalando", "the Constitutional Court in
// Karlsruhe", "Tom Smith of Dallas".
func (l *linkRun) places(v *sentenceView) {
	l.headquartersOf(v)
	for k, m := range v.ms {
		switch {
		case m.Type == graph.Location && m.StandsFor == "" || m.Kind == "capital":
			l.placeOfPlace(v, k, m)
		case m.Type == graph.Org && m.StandsFor == "":
			l.baseOfOrg(v, m)
		case m.Type == graph.Person:
			l.homeOfPerson(v, m)
		}
	}
	l.ownedPlaces(v)
	l.openingCountryPlaces(v)
	// "the Belarusian metropolis of Gomel", "the German city of Jena".
	for i := v.s.First; i < v.s.Last; i++ {
		c := v.mentionAt(i)
		if c == nil || actorType(c) != graph.Country || c.Last >= v.s.Last {
			continue
		}
		j := c.Last
		if v.possessive(j) {
			j++
		}
		if !placeKindNouns[v.word(j)] {
			continue
		}
		j++
		if v.word(j) == "of" || v.word(j) == "," {
			j++ // "the German city of Jena", "the Belarusian capital, Minsk"
		}
		if p := v.mentionAt(j); p != nil && p.Type == graph.Location && (p.StandsFor == "" || p.StandsFor == c.Actor()) {
			// ("the U.S. capital of Washington": a capital lies in its country)
			l.emit(v, graph.LocatedIn, p.Entity, c.Actor(), graph.Location, graph.Country, 0.85, "country-city-of", "", c.First, p.Last)
		}
		i = c.Last - 1
	}
}

// ownedPlaces reads a place its container owns or names with a kind:
// "Japan's Honshu island", "South Dakota's Ellsworth Air Base", "China's
// westernmost, heavily Muslim Xinjiang province" (only adjectives
// between: not "Israel's attack on Gaza"), "the West Bank city of
// Ramallah", "Pech district of Kunar province". The gazetteer may
// overrule: a place it puts in another country or region is not read in.
func (l *linkRun) ownedPlaces(v *sentenceView) {
	fits := func(p, c *Mention) (string, graph.EntityType, bool) {
		if p == nil || p.Type != graph.Location || p == c || p.Entity == c.Entity {
			return "", "", false
		}
		in, tt := c.Entity, c.Type
		if actorType(c) == graph.Country && c.Kind != "capital" {
			in, tt = c.Actor(), graph.Country
		}
		if p.StandsFor != "" && (p.Kind != "capital" || p.StandsFor != in && l.gaz.CountryOf(c.Entity) != p.StandsFor) {
			return "", "", false // a capital in its own country only ("the West Bank city of Ramallah")
		}
		if tt == graph.Country {
			if cc := l.gaz.CountryOf(p.Entity); cc != "" && cc != in {
				return "", "", false
			}
		} else if l.gazetteerDenies(p.Entity, in) || l.gaz.Kind(p.Entity) == "region" && l.gaz.Kind(in) == "city" {
			return "", "", false
		}
		return in, tt, true
	}
	for _, c := range v.ms {
		if c.Kind == "demonym" || c.Last >= v.s.Last || !(actorType(c) == graph.Country || c.Type == graph.Location) {
			continue
		}
		k := c.Last
		switch {
		case v.possessive(k):
			// "Japan's Honshu island": adjectives and adverbs only between
			j := k + 1
			for j < v.s.Last && j < k+6 && v.mentionAt(j) == nil && (isLowerWord(v.word(j)) && (v.toks[j].Tag == "RB" || compassWords[v.word(j)]) || v.toks[j].Tag == "JJ" || v.word(j) == "," && j > k+1 ||
				v.toks[j].Tag == "NNP" && j+1 < v.s.Last && isLowerWord(v.word(j+1)) && v.mentionAt(j+1) == nil) { // ("Shi'ite slum")
				j++
			}
			if (placeKindNouns[v.word(j)] || quarterNouns[v.word(j)]) && v.word(j+1) == "of" {
				if j == k+1 && placeKindNouns[v.word(j)] && actorType(c) == graph.Country {
					continue // "Pakistan's city of Peshawar": the country-city-of reading's
				}
				j += 2 // "Pakistan's northwestern city of Peshawar", "Baghdad's mostly Shi'ite slum of Sadr City"
			}
			p := v.mentionAt(j)
			if p == nil || p.First != j || v.possessive(p.Last) || p.Last < v.s.Last && v.toks[p.Last].Tag == "POS" || l.water(p) || edgeNouns[v.word(p.Last)] ||
				eventNouns[v.word(p.Last-1)] { // ("Ukraine's Orange Revolution")
				continue // ("Russia's Kursk region's governor"; not "Mexico's Gulf coast", "Somalia's Indian Ocean coast": a sea, a shore)
			}
			if c.Type == graph.Location && (c.Kind == "capital" || l.gaz.Kind(c.Entity) == "city") && (outskirtsNouns[v.word(p.Last)] || outskirtsNouns[v.word(p.Last-1)]) {
				continue // "Washington's Dulles airport", "Kabul's Bagram air base": named for the city, outside it
			}
			if in, tt, ok := fits(p, c); ok && (p.Last >= v.s.Last || !isCap(v.toks[p.Last].Text)) {
				l.emit(v, graph.LocatedIn, p.Entity, in, graph.Location, tt, 0.8, "possessive-place", "", c.First, p.Last)
			}
		case c.Type == graph.Location && (c.StandsFor == "" && settlementNouns[v.word(k)] || quarterNouns[v.word(k)]) && v.word(k+1) == "of" && !l.water(c):
			// ("the Gaza City neighborhood of Shejaiya", "the New York borough of Brooklyn")
			// "the West Bank city of Ramallah"
			p := v.headMentionAt(k + 2)
			if q := v.mentionAt(k + 2); p == nil && q != nil && q.First == k+2 {
				p = q
			}
			if p != nil && quarterNouns[v.word(k)] && l.knownTown(p) && !l.knownTown(c) {
				continue // "the Georgetown neighborhood of Washington": the other way round
			}
			if in, tt, ok := fits(p, c); ok {
				l.emit(v, graph.LocatedIn, p.Entity, in, graph.Location, tt, 0.85, "region-city-of", "", c.First, p.Last)
			}
		}
	}
	for _, m := range v.ms {
		// "Pech district of Kunar province", "the Sahel region of Africa",
		// "the Sadr City district of Baghdad", "the Brighton Beach section
		// of Brooklyn"
		k := m.Last
		area := areaNouns[v.word(k)] // else a town's part, told by a name the gazetteer does not know as a town
		if m.Type != graph.Location || m.StandsFor != "" || !area && !(cityParts[v.word(k)] && !l.knownTown(m)) || v.word(k+1) != "of" || l.water(m) || edgeNouns[v.word(m.Last-1)] {
			continue // (not "the Bekaa Valley town of Anjar": the town is in the valley; "the Gulf Coast region of Mexico" is the region)
		}
		p := v.mentionAt(k + 2)
		if p == nil || p.First != k+2 || p.Type != graph.Location || p.StandsFor != "" && !(p.Kind == "capital" && l.knownTown(p)) || !(phraseEnds(v, p.Last) || placeKindNouns[v.word(p.Last)]) {
			continue
		}
		if !area && !l.knownTown(p) {
			continue // "the Gaza City neighborhood of Shejaiya" the other way: the town is the one the gazetteer knows
		}
		if in, tt, ok := fits(m, p); ok {
			l.emit(v, graph.LocatedIn, m.Entity, in, graph.Location, tt, 0.8, "place-kind-of-place", "", m.First, p.Last)
		}
	}
}

// openingCountryPlaces reads the places a sentence names inside the
// country its opening phrase sets it in: "In Japan, officials are looking
// into an outbreak at a farm in Miyazaki Prefecture", "In Slovakia, the
// Bratislava-Trnava highway was closed", and its capital ("In Baghdad,
// ... in the commercial neighborhood of Shurja": on VOA the three places
// a capital opener gives are all right). Not when the sentence names
// another country, nor a place the gazetteer puts elsewhere.
func (l *linkRun) openingCountryPlaces(v *sentenceView) {
	f := v.s.First
	c := v.mentionAt(f + 1)
	if v.word(f) != "in" || c == nil || c.First != f+1 || actorType(c) != graph.Country || c.Type == graph.Org || c.Kind == "demonym" || v.word(c.Last) != "," {
		return
	}
	for _, m := range v.ms {
		if m != c && actorType(m) == graph.Country && m.Actor() != c.Actor() && m.Type != graph.Org {
			return // "In Iraq, U.S. officials ... in Kuwait": which country holds it?
		}
	}
	for _, p := range v.ms {
		if p.First <= c.Last || p.Type != graph.Location || p.StandsFor != "" || l.water(p) {
			continue
		}
		if cc := l.gaz.CountryOf(p.Entity); cc != "" && cc != c.Actor() {
			continue
		}
		if w := v.word(p.First - 1); w != "in" && w != "at" && w != "near" && w != "of" && w != "the" {
			continue // where something is: "at a farm in Miyazaki Prefecture"
		}
		l.emit(v, graph.LocatedIn, p.Entity, c.Actor(), graph.Location, graph.Country, 0.7, "opening-country", "", f, p.Last)
	}
}

// settlementNouns name a kind of town a region's name may come before
// ("the West Bank city of Ramallah"), and areaNouns a kind of area its
// name may come before, in a larger place ("Pech district of Kunar
// province", "the Sahel region of Africa").
var (
	settlementNouns = set("city", "town", "village", "metropolis", "port", "settlement", "hamlet", "suburb", "resort", "enclave", "borough", "commune")
	areaNouns       = set("region", "province", "district", "county", "municipality", "prefecture", "governorate", "canton", "oblast", "area", "parish")
	// outskirtsNouns name what a city gives its name to beyond its bounds.
	outskirtsNouns = set("airport", "airfield", "base", "airbase", "air", "port", "harbor", "harbour")
	// quarterNouns name a part of a town (a capital's too: "the Baghdad
	// suburb of Abu Ghraib", "the London borough of Camden").
	quarterNouns = set("slum", "neighborhood", "neighbourhood", "quarter", "township", "suburb", "borough")
	// cityParts name a part of a town after the part's name, besides
	// areaNouns: "the Brighton Beach section of Brooklyn", "the Georgetown
	// neighborhood of Washington".
	cityParts = union(quarterNouns, set("section", "suburbs"))
	// edgeNouns are the edges of a place, no place in it: "Mexico's Gulf
	// coast" is Mexico's coast on the Gulf.
	edgeNouns = set("coast", "coastline", "coasts", "shore", "shores", "border", "borders", "waters", "side", "frontier", "rim", "basin")
)

// water reports whether m names a sea, a river or a lake.
func (l *linkRun) water(m *Mention) bool {
	return l.gaz.Kind(m.Entity) == "water" || waterHeads[m.Text[strings.LastIndexByte(m.Text, ' ')+1:]]
}

// knownTown reports whether the gazetteer knows m as a town or a capital.
func (l *linkRun) knownTown(m *Mention) bool {
	return m.Kind == "capital" || l.placeRank(m.Entity) == 1
}

// theAt returns k, or the token after it when k is "the".
func theAt(v *sentenceView, k int) int {
	if v.word(k) == "the" {
		return k + 1
	}
	return k
}

// waterHeads end the names of waters: "the Congo River".
var waterHeads = set("River", "Sea", "Lake", "Ocean", "Gulf", "Bay", "Strait", "Canal")

// describesOthers reports whether the apposition in tokens [a, b) turns
// to other people before its participle: "the daughter of a teacher
// living in Swat", "an advocate for migrants living in Texas".
func describesOthers(v *sentenceView, a, b int) bool {
	for k := a; k < b; k++ {
		switch w := v.word(k); {
		case w == "representing" || w == "among":
			return true
		case w == "of" || w == "for" || w == "on" || w == "with":
			// only when people follow ("a teacher", "migrants"; not "a
			// veteran of the Iraq war living in Ohio")
			q := k + 1
			for q < b && (v.word(q) == "a" || v.word(q) == "an" || v.word(q) == "the" || v.toks[q].Tag == "JJ") {
				q++
			}
			if q < b && (v.toks[q].Tag == "NNS" || appositionPeople[v.word(q)] || personNouns[v.word(q)]) {
				return true
			}
		case v.toks[k].Tag == "NNPS":
			return true
		}
	}
	return false
}

// phraseEnds reports whether a place's noun phrase ends at token k, or
// after a kind of place: "Kayah State,", "Balochistan province" (not
// "Mississippi's namesake", "Kursk campaign").
func phraseEnds(v *sentenceView, k int) bool {
	if k < v.s.Last && placeKindNouns[v.word(k)] {
		k++
	}
	return k >= v.s.Last || !modifiesNext(v.toks[k]) && !v.possessive(k)
}

// regionParts name a part of a country or region: "in the northwest
// corner of South Africa", "the southern tip of Italy".
var regionParts = set("corner", "part", "tip", "edge", "end", "heart", "outskirts", "reaches", "interior")

// placeOfPlace: "Aiken, S.C.", "Halberstadt, Germany", "Munich in Bavaria".
func (l *linkRun) placeOfPlace(v *sentenceView, k int, m *Mention) {
	next := m.Last
	if w := v.word(next + 1); v.word(next) == "," && (w == "on" || w == "in") && m.Type == graph.Location && m.StandsFor == "" {
		// "Kuta, on the Indonesian island of Bali": the island or region
		// the apposition names
		p := v.placeOfKindAt(next + 2)
		if p == nil {
			// "Turbat, in Pakistan's Balochistan province" (not "Antalya, on
			// Turkey's Mediterranean coast": by a sea, not in it)
			if p = v.ownedBy(next+2, isPlace); p != nil && (l.gaz.Kind(p.Entity) == "water" || v.word(next+1) != "in" || !phraseEnds(v, p.Last)) {
				p = nil // ("Rafah, on Egypt's Sinai border", "Lipetsk, in Ukraine's Kursk campaign")
			}
		}
		if p != nil && p.Entity != m.Entity && p.StandsFor == "" && !l.gazetteerDenies(m.Entity, p.Entity) {
			l.emit(v, graph.LocatedIn, m.Entity, p.Entity, graph.Location, graph.Location, 0.8, "place-in-place", "", m.First, p.Last)
		}
	}
	if c := theAt(v, next+1); v.word(next) == "," && m.Type == graph.Location && m.StandsFor == "" {
		if p := v.mentionAt(c + 2); v.word(c) == "capital" && v.word(c+1) == "of" && p != nil && p.First == c+2 && p.Type == graph.Location && p.StandsFor == "" && !l.gazetteerDenies(m.Entity, p.Entity) &&
			phraseEnds(v, p.Last) {
			// "Loikaw, the capital of Kayah State": a region's capital
			l.emit(v, graph.LocatedIn, m.Entity, p.Entity, graph.Location, graph.Location, 0.85, "capital-of-place", "", m.First, p.Last)
		}
	}
	if p := v.mentionAt(next + 2); m.Type == graph.Location && m.StandsFor == "" && (v.word(next) == "region" || v.word(next) == "province" || v.word(next) == "area") &&
		v.word(next+1) == "of" && v.word(m.First-1) == "the" && p != nil && p.First == next+2 && actorType(p) == graph.Country && p.Kind != "demonym" && !v.possessive(p.Last) &&
		(l.gaz.CountryOf(m.Entity) == "" || l.gaz.CountryOf(m.Entity) == p.Actor()) { // (not "the Ogaden region of Somalia": Ethiopia's, the gazetteer knows)
		// "the Essequibo region of Guyana"
		l.emit(v, graph.LocatedIn, m.Entity, p.Actor(), graph.Location, graph.Country, 0.8, "place-kind-of-country", "", m.First, p.Last)
	}
	if d := v.demonymPlace(next); d != nil && actorType(d) == graph.Country {
		// "Brest, a Belarusian city,", "Brest is a Belarusian city"
		conf := 0.85
		if c := l.gaz.CountryOf(m.Entity); c == d.Actor() {
			conf = 0.9
		} else if c != "" {
			return // the gazetteer puts it elsewhere
		}
		l.emit(v, graph.LocatedIn, m.Entity, d.Actor(), graph.Location, graph.Country, conf, "place-a-demonym-noun", "", m.First, d.Last+1)
		return
	}
	var container *Mention
	pattern := ""
	switch v.word(next) {
	case ",":
		c := next + 1
		if compassWords[v.word(c)] {
			c++ // "Mohammadia, south-east Algeria"
		}
		container, pattern = v.mentionAt(c), "place-comma-place"
		if container != nil && container.Last < v.s.Last && strings.HasPrefix(v.toks[container.Last].Tag, "VB") && v.toks[container.Last].Tag != "VBN" &&
			openingPhrase(v, m) {
			// "Earlier in Group G, South Korea defeated Togo", "In Madrid,
			// Macedonia was a winner": the clause's subject after its
			// opening phrase (not "Police in Fort Lauderdale, Florida have").
			return
		}
		if w := v.word(next + 1); container == nil && (w == "a" || w == "an" || w == "the" || w == "one" && v.word(next+2) == "of") {
			// "Bugesera, a district in southern Rwanda", "Port Nolloth,
			// one of the few towns in the northwest corner of South Africa"
			for k := next + 2; k < v.s.Last && k < next+9 && v.mentionAt(k) == nil && !isCap(v.toks[k].Text); k++ {
				if v.word(k) == "in" || v.word(k) == "off" || v.word(k) == "of" && placeKindNouns[v.word(k-1)] && k > next+2 { // ("Kamdesh, a district of Nuristan")
					j := k + 1
					if v.word(j) == "the" {
						j++
					}
					if compassWords[v.word(j)] {
						j++
					}
					if regionParts[v.word(j)] && v.word(j+1) == "of" {
						j += 2 // "in the northwest corner of South Africa"
					}
					container, pattern = v.mentionAt(j), "place-a-noun-in-place"
					break
				}
			}
		}
		// "Paris, London and Berlin" is a list, not a place and its
		// country; so is "Oman, Saudia Arabia, Israel, the West Bank":
		// a country before and a country after.
		if container != nil {
			if v.word(container.Last) == "(" {
				return // "Korea, Formosa (Taiwan), and southern Sakhalin": a list, its names glossed
			}
			end := container.Last
			after := end + 1
			if v.word(after) == "the" {
				after++
			}
			before := v.mentionAt(m.First - 2)
			if v.word(end) == "and" || v.word(end) == "," && v.mentionAt(after) != nil ||
				v.word(m.First-1) == "," && before != nil && actorType(before) == graph.Country && actorType(container) == graph.Country {
				return
			}
		}
	case "in":
		if w := v.word(m.First - 1); w == "of" && compassWords[v.word(m.First-2)] || w == "outside" || w == "near" {
			return // "north of Baghdad in Salahaddin province": where it happened, not where Baghdad is
		}
		if knownAs(v, m) {
			return // "islands known as Diaoyu in China and Senkaku in Japan": who calls it so, not where it lies
		}
		container, pattern = v.mentionAt(next+1), "place-in-place"
		if q := v.mentionAt(next + 2); container == nil && compassWords[v.word(next+1)] && q != nil && q.First == next+2 && (actorType(q) == graph.Country || l.placeRank(q.Entity) == 2) {
			container = q // "Yatsushiro in Kumamoto Prefecture in southern Japan"
		}
		if container == nil && !l.water(m) {
			// "Sibbi in the province of Baluchistan" (a river runs
			// through more than the province where something happened on it)
			container = v.placeOfKindAt(next + 1)
		}
	case "is", "lies", "sits", "was":
		// "Rome is in Lazio province", "Timbuktu lies in northern Mali",
		// "the town of Kidal is located in Mali": the clause's subject
		k := next + 1
		if v.word(k) == "located" || v.word(k) == "situated" {
			k++
		}
		if w := v.word(m.First - 1); v.word(k) != "in" || m.First > v.s.First && w != "," && w != "that" && w != "and" && !(w == "of" && settlementNouns[v.word(m.First-2)]) {
			return
		}
		j := k + 1
		if v.word(j) == "the" {
			j++
		}
		if compassWords[v.word(j)] {
			j++
		}
		if container, pattern = v.mentionAt(j), "place-is-in"; container != nil && (container.First != j || !phraseEnds(v, container.Last) ||
			l.gazetteerPlacesElsewhere(m.Entity, container.Actor())) {
			return // "Basra is in British hands" is no place's; "Paris is in Texas" names a namesake the gazetteer does not know
		}
	case "or", "and":
		// "in Gyandzha or Shamkhor in Azerbaijan": the towns of a pair
		// lie where the second does
		if o := v.mentionAt(next + 1); o != nil && o.Type == graph.Location && o.StandsFor == "" && v.word(o.Last) == "in" &&
			v.mentionAt(m.First-1) == nil && v.word(m.First-1) == "in" {
			container, pattern = v.mentionAt(o.Last+1), "place-in-place"
		}
	}
	// "in Moscow, Russian television showed": an adjective opens the next clause.
	if container == nil || container == m || container.Kind == "demonym" {
		return
	}
	if l.placeRank(m.Entity) >= 2 && container.Type == graph.Location && container.StandsFor == "" && l.placeRank(container.Entity) <= 1 {
		return // "between South Africa and England in Centurion": a region lies in no town (the match is there)
	}
	ct := actorType(container)
	if container.Type == graph.Location && container.StandsFor == "" {
		ct = graph.Location
		kind := l.gaz.Kind(container.Entity)
		if kind == "city" || kind == "" && container.Kind != "name" {
			return // a town holds no town
		}
		if kind == "region" && l.gaz.Kind(m.Entity) == "region" && l.gaz.RegionOf(m.Entity) != container.Entity {
			return // "Edwards of North Carolina, Iowa Governor Vilsack": states side by side
		}
		if kind == "region" && (pattern == "place-in-place" || pattern == "place-is-in") && l.gazetteerDenies(m.Entity, container.Entity) {
			return // a town the gazetteer puts in another region ("Jackson, Wyo." is a namesake, told by the comma)
		}
	}
	if ct != graph.Country && ct != graph.Location {
		return
	}
	target := container.Entity
	if ct == graph.Country {
		target = container.Actor()
	}
	conf := 0.75
	if c := l.gaz.CountryOf(m.Entity); c != "" && (c == target || l.gaz.RegionOf(m.Entity) == target) {
		conf = 0.9 // the gazetteer agrees
	} else if c != "" && ct == graph.Country {
		return // the gazetteer puts it elsewhere: "Paris, Texas" is another Paris
	}
	l.emit(v, graph.LocatedIn, m.Entity, target, graph.Location, ct, conf, pattern, "", m.First, container.Last)
	// "between Salida and Gunnison, Colorado": the town before "and" lies
	// in the state too, unless the gazetteer puts it elsewhere.
	if p := v.mentionAt(m.First - 2); pattern == "place-comma-place" && v.word(m.First-1) == "and" && p != nil &&
		p.Type == graph.Location && p.StandsFor == "" && l.gaz.Kind(p.Entity) != "region" && ct == graph.Location &&
		!l.gazetteerDenies(p.Entity, target) && l.gaz.CountryOf(p.Entity) == "" {
		l.emit(v, graph.LocatedIn, p.Entity, target, graph.Location, ct, conf-0.05, pattern, "", p.First, container.Last)
	}
}

// demonymPlace returns the demonym of "X, a Belarusian city" or "X is a
// major Belarusian port" after the place name ending at next; else nil.
func (v *sentenceView) demonymPlace(next int) *Mention {
	j := next
	switch v.word(j) {
	case ",", "is", "was", "remains":
		j++
	default:
		return nil
	}
	if w := v.word(j); w != "a" && w != "an" && !(w == "the" && v.word(next) == ",") {
		return nil // ("Minsk, the Belarusian capital"; not "X is the Belarusian city that ...")
	}
	j++
	for n := 0; n < 2 && v.mentionAt(j) == nil && isLowerWord(v.word(j)) && strings.HasPrefix(v.toks[min(j, v.s.Last-1)].Tag, "JJ"); n++ {
		j++ // "a major Belarusian port", "a small Belarusian town"
	}
	if d := v.mentionAt(j); d != nil && d.First == j && d.Kind == "demonym" && placeKindNouns[v.word(d.Last)] {
		return d
	}
	return nil
}

// seatNouns name where a body sits: "whose secretariat is in Jakarta".
var seatNouns = set("secretariat", "headquarters", "seat", "offices", "office")

// basedToken reads a "<place>-based" (or "-headquartered") token at k
// as the seat of m.
func (l *linkRun) basedToken(v *sentenceView, m *Mention, k int) {
	base, ok := strings.CutSuffix(v.toks[k].Text, "-based")
	if !ok {
		if base, ok = strings.CutSuffix(v.toks[k].Text, "-headquartered"); !ok {
			return // ("Toronto-headquartered Northstar Resources")
		}
	}
	if k < m.First && m.Last < v.s.Last && isLowerWord(v.toks[m.Last].Text) && strings.HasPrefix(v.tag(m.Last), "NN") && !timeNouns[v.word(m.Last)] && !orgKindNouns[v.word(m.Last)] && !genericOrgNouns[v.word(m.Last)] {
		return // "Israeli-based al-Jazeera employees": the employees are based there
	}
	// "New York-based": the place's other words stand before the token;
	// the longest name wins ("New York", not York).
	for n := 3; n >= 0; n-- {
		first := k - n
		if first < v.s.First || first < k && !namesOnly(v.toks[first:k]) {
			continue
		}
		name := base
		if first < k {
			name = textOf(v.toks, first, k) + " " + base
		}
		// After a town and its comma the token names the town's state
		// ("Redmond, Washington-based"): a region goes first, in a pass
		// of its own (the gazetteer's entries are shared, not to be
		// reordered).
		entries := l.gaz.Lookup(graph.NormalizeName(name))
		for pass := 0; pass < 2; pass++ {
			regionsFirst := pass == 0 && v.word(first-1) == ","
			for _, e := range entries {
				if regionsFirst && l.gaz.Kind(e.ID) != "region" {
					continue
				}
				if ent, ok := l.gaz.Entity(e.ID); ok && (ent.Type == graph.Location || ent.Type == graph.Country) {
					l.emit(v, graph.BasedIn, m.Entity, e.ID, graph.Org, ent.Type, 0.85, "x-based", "", min(first, m.First), max(k+1, m.Last))
					return
				}
			}
		}
	}
}

// placeBefore seats body m in the place named by tokens [first, last) when
// the gazetteer knows the name as a place.
func (l *linkRun) placeBefore(v *sentenceView, m *Mention, first, last int) {
	if !namesOnly(v.toks[first:last]) {
		return
	}
	if p := v.mentionAt(first); p != nil && p.First == first && p.Last == last && p.Type == graph.Location && p.StandsFor == "" {
		l.emit(v, graph.BasedIn, m.Entity, p.Entity, graph.Org, graph.Location, 0.85, "x-based", "", m.First, last+2)
		// a town the recogniser found ("Cupertino, California-based"), in
		// the state after its comma
		state, _ := strings.CutSuffix(v.toks[last+1].Text, "-based")
		for _, e := range l.gaz.Lookup(graph.NormalizeName(state)) {
			if l.gaz.Kind(e.ID) == "region" && !l.gazetteerDenies(p.Entity, e.ID) {
				l.emit(v, graph.LocatedIn, p.Entity, e.ID, graph.Location, graph.Location, 0.8, "place-comma-place", "", first, last+2)
				break
			}
		}
		return
	}
	for _, e := range l.gaz.Lookup(graph.NormalizeName(textOf(v.toks, first, last))) {
		if ent, ok := l.gaz.Entity(e.ID); ok && ent.Type == graph.Location {
			l.emit(v, graph.BasedIn, m.Entity, e.ID, graph.Org, ent.Type, 0.85, "x-based", "", m.First, last+2)
			return
		}
	}
}

// openingPhrase reports whether place m ends a prepositional phrase that
// opens its sentence, after at most one adverb: "In Madrid, ...",
// "Earlier in Group G, ...".
func openingPhrase(v *sentenceView, m *Mention) bool {
	k := m.First - 1
	if v.word(k) == "the" {
		k--
	}
	if k < v.s.First || !phrasePreps[v.word(k)] {
		return false
	}
	return k == v.s.First || k == v.s.First+1 && strings.HasPrefix(v.toks[v.s.First].Tag, "RB")
}

// baseOfOrg: "the German carmaker Volkswagen", "Angola's Interior
// Ministry", "Berlin-based Zalando", "the court in Karlsruhe", "X, based in Y".
func (l *linkRun) baseOfOrg(v *sentenceView, m *Mention) {
	// "Berlin-based Zalando", "the Paris-based Reporters Without Borders",
	// "Amnesty International, the London-based rights group": the text
	// says where it sits, international body or not.
	if k := v.kindPhraseStart(m.First) - 1; k >= v.s.First { // "the Munich-based economic research institute Ifo"
		l.basedToken(v, m, k)
	}
	b := m.First - 1
	if v.word(b) == "the" {
		b--
	}
	if v.word(b) == "(" && v.word(m.Last) == ")" {
		// "a U.S.-based mine clearing company (RONCO)": the name in
		// brackets after its kind
		if k := v.kindPhraseStart(b); k < b && k-1 >= v.s.First {
			l.basedToken(v, m, k-1)
		}
	}
	end := m.Last
	if v.word(end) == "(" && v.word(end+2) == ")" {
		end += 3 // "Semiconductor Manufacturing International Corp (SMIC), the Shanghai-based chipmaker"
	}
	if v.word(end) == "," {
		k := end + 1
		if w := v.word(k); w == "a" || w == "an" || w == "the" {
			k++
		}
		if k > end+1 && k+2 < v.s.Last && !strings.HasSuffix(v.toks[k].Text, "-based") && v.word(k+1) == "," && strings.HasSuffix(v.toks[k+2].Text, "-based") {
			// "Silicon Valley Bank, the Santa Clara, California-based
			// lender": the town before its state's token
			l.placeBefore(v, m, k, k+1)
			k += 2
		} else if k > end+1 && k+3 < v.s.Last && !strings.HasSuffix(v.toks[k].Text, "-based") && v.word(k+2) == "," && strings.HasSuffix(v.toks[k+3].Text, "-based") {
			l.placeBefore(v, m, k, k+2)
			k += 3
		}
		if e := basedPhraseEnd(v, k); e > k+1 {
			k = e - 1 // "Mubadala, the Abu Dhabi-based sovereign wealth fund": the token, past the place's first words
		}
		if k > end+1 && k < v.s.Last && v.kindPhraseEnd(k+1) > k+1 {
			l.basedToken(v, m, k)
		}
	}
	if l.international(m.Entity) || l.transnational(m.Entity) {
		// International bodies have seats, not nationalities ("the
		// American Red Cross" is a national society), and branches: only
		// a seat the text names as such ("OPEC, which is headquartered in
		// Vienna").
		l.seatAfter(v, m, true)
		return
	}
	// A country, its demonym or its possessive, then words of kind: "the
	// German carmaker", "Hungary's left-liberal daily Nepszabadsag".
	j := v.kindPhraseStart(m.First) - 1
	if j == m.First-1 && v.word(j) == "," && v.word(m.Last) != "and" {
		// "Taiwan's biggest carrier, China Airlines,": the description in
		// apposition before the name.
		if k := v.kindPhraseStart(j); k < j {
			j = k - 1
		}
	}
	poss := v.possessive(j)
	if poss {
		j--
	}
	if c := v.mentionAt(j); c != nil && c.Last == j+1 && c.Type == graph.Location && c.StandsFor != "" && !poss {
		// "the Moscow daily Kommersant", "Paris AFP": the city, not the
		// government its name may stand for.
		l.emit(v, graph.BasedIn, m.Entity, c.Entity, graph.Org, graph.Location, 0.75, "place-org", "", c.First, m.Last)
	} else if c != nil && c.Last == j+1 && actorType(c) == graph.Country && !strings.EqualFold(v.word(c.First-1), "of") {
		// "Angola's Interior Ministry", "Moscow's Foreign Ministry"
		l.emit(v, graph.BasedIn, m.Entity, c.Actor(), graph.Org, graph.Country, 0.8, "country-org", "", c.First, m.Last)
	} else if c != nil && c.Last == j+1 && c.Type == graph.Location && poss {
		// "Karlsruhe's court"
		l.emit(v, graph.BasedIn, m.Entity, c.Entity, graph.Org, graph.Location, 0.75, "place-org", "", c.First, m.Last)
	}
	l.placeInName(v, m)
	// "OMV of Austria, MOL of Hungary", "the Supreme Court of India",
	// "Manufacturers Hanover Trust Co. of New York".
	if v.word(m.Last) == "of" {
		if c := v.mentionAt(m.Last + 1); c != nil && actorType(c) == graph.Country && !v.possessive(c.Last) {
			l.emit(v, graph.BasedIn, m.Entity, c.Actor(), graph.Org, graph.Country, 0.7, "org-of-country", "", m.First, c.Last)
		} else if c != nil && c.Type == graph.Location && !v.possessive(c.Last) {
			l.emit(v, graph.BasedIn, m.Entity, c.Entity, graph.Org, graph.Location, 0.7, "org-of-place", "", m.First, c.Last)
		}
	}
	// "Sun Hung Kai Properties, a Hong Kong construction firm"
	if v.word(m.Last) == "," {
		k := m.Last + 1
		if w := v.word(k); w == "a" || w == "an" || w == "the" {
			k++
			for n := 0; n < 2 && k < v.s.Last && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && v.toks[k].Tag == "JJ"; n++ {
				k++ // "Pajhwok, a private Afghan news agency"
			}
		}
		if c := v.mentionAt(k); k > m.Last+1 && c != nil && (c.Type == graph.Location || actorType(c) == graph.Country) {
			if e := v.kindPhraseEnd(c.Last); e > c.Last {
				pt, target := graph.Location, c.Entity
				if c.Type == graph.Country || c.Kind == "demonym" {
					pt, target = graph.Country, c.Actor()
				}
				l.emit(v, graph.BasedIn, m.Entity, target, graph.Org, pt, 0.75, "org-a-place-firm", "", m.First, e)
			}
		}
	}
	l.seatAfter(v, m, false)
}

// seatAfter reads where the text after organisation m seats it: "the
// Constitutional Court in Karlsruhe", "X, based in Y", "X, which is
// headquartered in Y", "X has its headquarters in Y", "the Institute for
// National Security Studies (INSS) in Tel Aviv". With explicitOnly, only
// the forms that name a seat as such.
func (l *linkRun) seatAfter(v *sentenceView, m *Mention, explicitOnly bool) {
	i := m.Last
	if v.word(i) == "(" && v.word(i+2) == ")" {
		i += 3
	}
	comma, copula := false, false
	if v.word(i) == "," {
		i++
		comma = true
		if w := v.word(i); w == "whose" && seatNouns[v.word(i+1)] && (v.word(i+2) == "is" || v.word(i+2) == "are" || v.word(i+2) == "has") {
			// "the Shanghai Cooperation Organisation, whose secretariat is
			// in Beijing": where it sits
			i += 3
			if v.word(i-1) == "has" && v.word(i) == "been" && v.word(i+1) == "based" {
				i += 2
			}
			if v.word(i) == "in" {
				if p := v.mentionAt(i + 1); p != nil && p.Kind != "demonym" && (p.Type == graph.Location || actorType(p) == graph.Country) {
					t := asTown(p)
					l.emit(v, graph.BasedIn, m.Entity, t.Actor(), graph.Org, actorType(t), 0.8, "org-headquarters", "", m.First, p.Last)
				} else if q := v.mentionAt(i + 2); p == nil && v.word(i+1) == "the" && q != nil && q.Type == graph.Location {
					l.emit(v, graph.BasedIn, m.Entity, q.Entity, graph.Org, graph.Location, 0.8, "org-headquarters", "", m.First, q.Last) // "in the Fijian capital"
				}
			}
			return
		}
		if w := v.word(i); w == "which" || w == "that" {
			i++
		} else if v.tag(i) == "VBN" {
			// "Yemen's Presidential Leadership Council, headed by Rashad
			// al-Alimi, is based in Aden": past the participle's phrase
			for k := i + 1; k < v.s.Last && k < i+10; k++ {
				if v.word(k) == "," {
					if n := v.word(k + 1); n == "is" || n == "was" || n == "remains" {
						i = k + 1
					}
					break
				}
			}
		} else if w == "a" || w == "an" || w == "the" || w == "whose" {
			// "The World Health Organization, a U.N. agency, is based in
			// Geneva", "The CSTO, whose members include Armenia, is
			// headquartered in Moscow": past the apposition or the
			// relative clause to the copula; "The Andean Development
			// Council, a regional body based in Lima,": the seat inside
			other := false // "The Andean Council, a partner of the Inter-American Development Bank based in Washington,": the bank's seat
			for k := i + 1; k < v.s.Last && k < i+12 && (w == "whose" || !isVerbTag(v.toks[k].Tag) || v.word(k) == "based" || v.word(k) == "headquartered"); k++ {
				if w != "whose" && (v.word(k) == "based" || v.word(k) == "headquartered") {
					if !other {
						i = k
					}
					break
				}
				if o := v.mentionAt(k); o != nil && o.Type == graph.Org {
					other = true
				}
				if v.word(k) == "," && v.mentionAt(k+1) == nil {
					if n := v.word(k + 1); n == "is" || n == "was" || n == "remains" {
						i = k + 1
					}
					break
				}
			}
		}
	}
	if w := v.word(i); w == "is" || w == "are" || w == "was" || w == "remains" {
		i++
		copula = true
	}
	if v.word(i) == "has" && v.word(i+1) == "its" {
		i++
	}
	pattern, conf := "org-in-place", 0.75
	explicit := false
	if v.word(i) == "based" || v.word(i) == "headquartered" || (v.word(i) == "sits" || v.word(i) == "sat") && v.word(i-1) == "which" {
		i++ // ("The International Criminal Court, which sits in The Hague")
		explicit = true
	} else if (comma || copula) && v.word(i) != "its" {
		return
	}
	// "NRC headquarters in nearby Rockville", "the bank's head office in Y"
	owned := v.word(i) == "its"
	if v.possessive(i) || owned {
		i++
	}
	if w := v.word(i); w == "headquarters" || w == "hq" || w == "head" && v.word(i+1) == "office" {
		if w == "head" {
			i++
		}
		i++
		pattern, conf = "org-headquarters", 0.85
		// "U.N. headquarters in Baghdad" is the mission's there; "has
		// its headquarters in Vienna" names the seat.
		explicit = explicit || owned || !explicitOnly
	}
	if explicitOnly && !explicit {
		return
	}
	if v.word(i) != "in" || !explicit && l.transnational(m.Entity) {
		return // "the chairman for Amnesty International in Johannesburg": a branch
	}
	if !explicit && eventNames[v.toks[m.Last-1].Text] {
		return // "the World Economic Forum in Davos", "a trade forum in Nairobi": where it meets, not its seat
	}

	i++
	if w := v.word(i); w == "nearby" || w == "neighboring" || w == "neighbouring" || w == "downtown" {
		i++
	}
	// "in the Lithuanian capital, Vilnius"
	if v.word(i) == "the" && v.mentionAt(i+1) != nil && v.mentionAt(i+1).Kind == "demonym" && placeKindNouns[v.word(v.mentionAt(i+1).Last)] && v.word(v.mentionAt(i+1).Last+1) == "," {
		i = v.mentionAt(i+1).Last + 2
	} else if v.word(i) == "the" && v.mentionAt(i+1) != nil && v.mentionAt(i+1).Type == graph.Location {
		// "the 6th Fleet in the Mediterranean"
	} else {
		i--
	}
	// "in Turkish" is a language, not a place.
	if p := v.mentionAt(i + 1); p != nil && p.Kind != "demonym" && (p.Type == graph.Location || actorType(p) == graph.Country) {
		pt, target := graph.Location, p.Entity
		if p.Type == graph.Country {
			pt, target = graph.Country, p.Actor()
		}
		// "a trader at Deutsche Bank in London": a branch, when the
		// gazetteer seats the organisation in another country.
		if l.seatedElsewhere(m.Entity, target) && (!explicit || l.gaz.CountryOf(target) != "") {
			return // ("Microsoft, headquartered in Redmond": a town the gazetteer does not know, named as the seat)
		}
		if !explicit && v.eventBefore(m) && l.gaz.CountryOf(m.Entity) == "" && !missionNames(m.Entity) {
			return // "killed by U.S. Navy SEALs in Abbottabad", "peace talks with the ELN in Caracas": where it happened ("the Swiss Embassy in Tehran" is there)
		}
		l.emit(v, graph.BasedIn, m.Entity, target, graph.Org, pt, conf, pattern, "", m.First, p.Last)
	}
}

// eventBefore reports whether a killing, a strike or an event (talks, a
// summit) stands shortly before organisation m, so that "in" after it
// tells where it happened (violentWords and eventNounsAt, as for the pair
// classifier's eventPlace).
func (v *sentenceView) eventBefore(m *Mention) bool {
	for k := m.First - 1; k >= v.s.First && k >= m.First-6; k-- {
		if w := v.word(k); (violentWords[w] || eventNounsAt[w]) && v.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// missionNames reports whether an entity is an embassy or a consulate,
// which stands where it is named.
func missionNames(id string) bool {
	return strings.Contains(id, "embassy") || strings.Contains(id, "consulate") || strings.Contains(id, "mission")
}

// kindPhraseStart returns where the words that say what kind of
// organisation the name at first is begin: "the German carmaker", "the
// Munich-based economic research institute", "Hungary's left-liberal daily".
// The word before the name must be a kind noun; describing words may come
// before it.
func (v *sentenceView) kindPhraseStart(first int) int {
	j := first
	if j <= v.s.First || !orgKindNouns[v.word(j-1)] {
		return j
	}
	for j > v.s.First && first-j < 5 && v.mentionAt(j-1) == nil {
		t := v.toks[j-1]
		if !orgKindNouns[v.word(j-1)] && (isCap(t.Text) || !isWord(t.Text) || t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS") {
			break
		}
		j--
	}
	return j
}

// kindPhraseEnd returns the end of describing words ending in a kind noun
// that start at token k ("construction firm", "left-leaning daily"), or k.
func (v *sentenceView) kindPhraseEnd(k int) int {
	for j := k; j < v.s.Last && j-k < 4 && v.mentionAt(j) == nil; j++ {
		t := v.toks[j]
		if orgKindNouns[v.word(j)] {
			if j+1 < v.s.Last && !orgKindNouns[v.word(j+1)] && isLowerWord(v.word(j+1)) && strings.HasPrefix(v.toks[j+1].Tag, "NN") && v.mentionAt(j+1) == nil {
				continue // the noun after goes on: "oil services company"; with no kind noun later, "a key Russian gas customer" is no kind of body
			}
			if j+1 >= v.s.Last || !orgKindNouns[v.word(j+1)] {
				return j + 1
			}
			continue
		}
		if isCap(t.Text) || !isWord(t.Text) || t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "VBN" {
			return k // "rights group", "arms maker": plural modifiers too
		}
	}
	return k
}

// occupationWord reports whether t may stand in an occupation before a
// name ("teacher union leader"): a lower-case noun or adjective. prose
// now and then tags such a noun as a conjunction; the real ones are few.
func occupationWord(t Token) bool {
	switch t.Tag {
	case "NN", "NNS", "JJ":
		return true
	case "CC":
		switch strings.ToLower(t.Text) {
		case "and", "or", "but", "nor", "yet", "so", "both", "either", "neither", "plus":
			return false
		}
		return true
	}
	return false
}

// heldWords name those a place held or befell: "a Bagram detainee", "a
// Chernobyl survivor".
var heldWords = set("detainee", "detainees", "prisoner", "prisoners", "inmate", "inmates", "survivor", "survivors", "victim", "victims",
	"hostage", "hostages", "captive", "captives", "evacuee", "evacuees")

// postedWords name those a place is a posting of, no home: "a Moscow
// correspondent", "a Kabul-based diplomat".
var postedWords = union(envoyWords, set("correspondent", "correspondents", "bureau", "diplomat", "reporter", "stringer"))

// localOffices are titles a place gives its own holder ("Harare mayor"):
// the titles read them, not residence.
var localOffices = set("mayor", "governor", "councillor", "councilor", "sheriff", "senator", "congressman",
	"congresswoman", "representative", "premier", "minister", "president", "chancellor", "ambassador")

// eventTitles are won at a place, not a trade practised there: "Salt Lake
// City gold medalist Isabelle Blanc" competed in Salt Lake City.
var eventTitles = set("medalist", "medallist", "champion", "winner", "finalist", "runner-up", "laureate", "host", "hosts")

// compassWords place a town within its country: "south-east Algeria".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
	"northeastern", "northwestern", "southeastern", "southwestern")

// residenceWords make "X, a Y resident" and "Y native X".
var residenceWords = set("resident", "residents", "native", "natives", "local", "citizen")

// dwellingNouns name where one lives: "Sohn's New Jersey home", "his
// Ciudad Madero home".
var dwellingNouns = set("home", "house", "apartment", "residence")

// homeNouns returns how many words at k name one's home place: 1 for
// "hometown" or "birthplace", 2 for "home state" or "home town", else 0.
func homeNouns(v *sentenceView, k int) int {
	switch v.word(k) {
	case "hometown", "birthplace":
		return 1
	case "home", "native":
		if w := v.word(k + 1); w == "state" || w == "town" || w == "city" || w == "country" || w == "province" {
			return 2
		}
	}
	return 0
}

// quotedTitleEnd returns, for an opening quotation mark at k, where the
// short quoted title it opens (up to eight words) ends: its closing mark,
// or the word before a comma set inside the marks, American style
// (""The Legend of Sleepy Hollow," was born"), so that the comma is read
// next; else k.
func quotedTitleEnd(v *sentenceView, k int) int {
	if !isQuote(v.toks[k].Text) {
		return k
	}
	for q := k + 2; q < v.s.Last && q <= k+9; q++ {
		if isQuote(v.toks[q].Text) {
			if v.word(q-1) == "," {
				return q - 2
			}
			return q
		}
	}
	return k
}

// mentionAfterComma returns the mention right after a comma that follows
// m, or nil: a list goes on there.
func mentionAfterComma(v *sentenceView, m *Mention) *Mention {
	if v.word(m.Last) != "," {
		return nil
	}
	return v.mentionAt(m.Last + 1)
}

// homeOfPerson: "Tom Smith of Dallas", "X, a Dallas resident", "X, who
// lives in Y", "X lives in Y", "X was born in Y".
func (l *linkRun) homeOfPerson(v *sentenceView, m *Mention) {
	i := m.Last
	// "Marie Ferraro, 50, of Bethany": an age between.
	if v.word(i) == "," && i+2 < v.s.Last && isNumberTok(v.toks[i+1].Text) && v.word(i+2) == "," {
		i += 2
	}
	from := m.First // where the words that tell the home start, for their modality
	var home func(p *Mention, conf float64, pattern string)
	home = func(p *Mention, conf float64, pattern string) {
		if p == nil || p.Type != graph.Location && actorType(p) != graph.Country {
			return
		}
		pt, target := graph.Location, p.Entity
		if p.Type == graph.Country {
			pt, target = graph.Country, p.Actor()
		}
		l.emit(v, graph.LivesIn, m.Entity, target, graph.Person, pt, conf, pattern, "", min(from, p.First), p.Last)
		// "of Bethany, Conn.": one lives in the town's state too.
		if q := v.mentionAt(p.Last + 1); v.word(p.Last) == "," && q != nil && p.Type == graph.Location && l.gaz.Kind(p.Entity) != "region" &&
			(l.gaz.Kind(q.Entity) == "region" || q.Type == graph.Country && q.Kind != "demonym") && q.StandsFor == "" &&
			(q.Last >= v.s.Last || v.word(q.Last) != "and" && mentionAfterComma(v, q) == nil) {
			home(q, conf-0.05, pattern)
		}
	}
	// "Lleyton Hewitt of Australia", "Bode Miller of the United States":
	// the country a player or delegate represents
	var ofc *Mention
	if at := theAt(v, i+1); v.word(i) == "of" {
		if c := v.mentionAt(at); c != nil && c.First == at && c.Type == graph.Country && c.Kind != "demonym" && !(c.Last < v.s.Last && isCap(v.toks[c.Last].Text)) {
			ofc = c
		}
	}
	switch {
	case v.word(i) == "," && v.word(i+1) == "of":
		home(v.mentionAt(i+2), 0.75, "person-of-place")
	case v.word(i) == "of" && v.mentionAt(i+1) != nil && v.mentionAt(i+1).Type == graph.Location:
		home(v.mentionAt(i+1), 0.7, "person-of-place")
	case v.word(i) == "of" && ofc != nil && m.Role == "":
		l.emit(v, graph.CitizenOf, m.Entity, ofc.Actor(), graph.Person, graph.Country, 0.7, "person-of-country", "", m.First, ofc.Last)
	case (v.word(i) == "," || v.word(i) == "is" || v.word(i) == "was") && (v.word(i+1) == "a" || v.word(i+1) == "an") && v.mentionAt(i+2) != nil:
		// "Evan Gershkovich, a U.S. citizen,": a nationality, wherever he
		// lives; "X, a Dallas resident", "Miller is a Wilmington native"
		p := v.mentionAt(i + 2)
		if w := v.word(p.Last); (w == "citizen" || w == "national") && actorType(p) == graph.Country {
			l.emit(v, graph.CitizenOf, m.Entity, p.Actor(), graph.Person, graph.Country, 0.85, "citizen-noun", "", m.First, p.Last)
		} else if residenceWords[w] && p.First == i+2 {
			home(p, 0.8, "place-resident")
		}
	}
	// "X lives in Y", "X, who lives in Y", "X was born in Y", "X grew up in Y".
	j := i
	for v.word(j) == "and" || v.word(j) == "," && v.word(j+1) != "who" && v.mentionAt(j+1) != nil && v.mentionAt(j+1).Type == graph.Person {
		// "John Smith and Mary Jones live in Ohio": past the other subjects
		p := v.mentionAt(j + 1)
		if p == nil || p.Type != graph.Person {
			break
		}
		j = p.Last
	}
	if v.word(j) == "," && v.word(j+1) == "who" {
		j += 2
		if v.word(j) == "," {
			j++ // "Sviatlana Tsikhanouskaya, who, exiled in Poland, ..."
		}
		if !homeVerbAt(v, j) || !homePlaceAfter(v, j) {
			// "Tim Cook, who runs Apple, lives in Palo Alto": the main
			// clause after the relative one ("Helen Keller, who lived
			// most of her life without sight, was born in Tuscumbia": a
			// home verb with no place)
			for k := j; k < v.s.Last && k < j+12; k++ {
				if v.word(k) == "," {
					if homeVerbAt(v, k+1) {
						j = k + 1
					}
					break
				}
			}
		}
	} else if v.word(j) == "," && m.First > v.s.First && v.word(m.First-1) == "," && homeVerbAt(v, j+1) {
		j++ // "The company's chief executive, Tim Cook, lives in Palo Alto": the title's closing comma
	} else if v.word(j) == "," && v.word(j+1) == "exiled" {
		j++ // "X, exiled in Poland, said"
	} else if v.word(j) == "," {
		// "Washington Irving, author of Rip Van Winkle, was born in New
		// York City": past a short apposition with no verb
		for k, units := j+1, 0; k < v.s.Last && units < 10; k, units = k+1, units+1 {
			if p := v.mentionAt(k); p != nil {
				k = p.Last - 1
				continue
			}
			if q := quotedTitleEnd(v, k); q > k {
				k = q // "author of "The Legend of Sleepy Hollow"": one unit
				continue
			}
			if v.word(k) == "," {
				if units > 0 {
					j = k + 1
					for j < v.s.Last && isQuote(v.toks[j].Text) {
						j++ // "author of "The Legend of Sleepy Hollow," was born in"
					}
				}
				break
			}
			if w := v.word(k); (w == "living" || w == "residing" || w == "born") && units > 0 && !describesOthers(v, j+1, k) {
				// "Karim Benali, a Moroccan national living in Barcelona",
				// "X, the opposition candidate now living in exile in
				// Madrid", "Mariam Diallo, a Guinean journalist born in
				// Conakry"
				q := k + 1
				if v.word(q) == "in" && (v.word(q+1) == "exile" || v.word(q+1) == "hiding") {
					q += 2
				}
				if p := v.mentionAt(q + 1); v.word(q) == "in" && w == "born" && p != nil {
					home(p, 0.75, "born-in")
					k = p.Last - 1 // on to the apposition's end: "..., now lives in Dakar"
					continue
				} else if v.word(q) == "in" {
					home(v.mentionAt(q+1), 0.8, "lives-in")
				}
				break
			}
			if v.word(k) == "who" && units > 0 && homeVerbAt(v, k+1) {
				j = k + 1 // "Edward Snowden, the former contractor who has lived in Russia"
				break
			}
			if strings.HasPrefix(v.toks[k].Tag, "VB") || v.word(k) == "who" || v.word(k) == "which" {
				break
			}
		}
	}
	// "Abraham Lincoln (16th President): Born Feb. 12, 1809, in a log cabin
	// in Hodgenville": a name, a gloss in brackets, and what follows the
	// colon
	colonBorn := false
	colon := j
	for e := j + 1; v.word(j) == "(" && e < v.s.Last && e < j+10; e++ {
		if v.word(e) == ")" {
			colon = e + 1 // past the gloss in brackets
			break
		}
	}
	if v.word(colon) == ":" && v.word(colon+1) == "born" {
		j, colonBorn = colon+1, true
	}
	j = pastAuxiliaries(v, j)
	if w := v.word(j); (w == "granted" || w == "given" || w == "received") && v.word(j+1) == "asylum" && v.word(j+2) == "in" {
		home(v.mentionAt(j+3), 0.75, "lives-in") // "Assad has been granted asylum in Russia"
	}
	for again := true; again; {
		again = false
		switch v.word(j) {
		case "lives", "lived", "live", "living", "resides", "resided", "residing", "born", "settled", "grew", "exiled", "raised",
			"moved", "relocated", "emigrated", "immigrated", "returned": // homeVerbs
			k := j + 1
			if v.word(k) == "up" || v.word(j) == "returned" && v.word(k) == "home" {
				k++
			}
			if homeAdverbs[v.word(k)] {
				k++ // "grew up mainly in Louisville"
			}
			if v.word(k) == "in" && (v.word(k+1) == "exile" || v.word(k+1) == "hiding") && v.word(k+2) == "in" {
				k += 2 // "lives in exile in Germany", "is living in hiding in Caracas"
			}
			prep := "in"
			switch v.word(j) {
			case "moved", "relocated", "emigrated", "immigrated", "returned":
				// "moved to Boston", "returned home to Boston": where one went to live
				// ("returned to Kabul" alone is a trip)
				if prep = "to"; v.word(j) == "returned" && v.word(j+1) != "home" {
					prep = ""
				}
			}
			p := v.mentionAt(k + 1)
			if p == nil {
				p = v.placeOfKindAt(k + 1) // "lives in the town of Juli"
			}
			if q := v.mentionAt(k + 2); p == nil && v.word(k+1) == "the" && q != nil && q.Kind == "description" && q.Type == graph.Location {
				p = q // "lives in the Afghan capital"
			}
			if prep != "" && v.word(k) == prep && p != nil && p.Type != graph.Date {
				home(p, 0.8, "lives-in")
			} else if v.word(j) == "born" {
				// "was born Phoebe Ann Moses in Willowdell", "was born in a log
				// cabin in Hodgenville": the first place after "in" within a
				// few words, before any other clause.
				limit := k + 10
				if colonBorn {
					limit = k + 18 // "Born Feb. 12, 1809, in a one-room log cabin in": the date comes first
				}
				for n := k; n < v.s.Last && n < limit; n++ {
					if w := v.word(n); w == "and" || w == "but" || w == "who" || w == "which" || strings.HasPrefix(v.toks[n].Tag, "VB") {
						break
					}
					if v.word(n) == "in" {
						q := n + 1
						if v.word(q) == "the" {
							q++ // "born in the Bronx"
						}
						if v.word(q) == "what" && (v.word(q+1) == "is" || v.word(q+1) == "was") && v.word(q+2) == "now" {
							q += 3 // "in what is now Larue County"
						}
						if p := v.mentionAt(q); p != nil && (p.Type == graph.Location || actorType(p) == graph.Country) {
							home(p, 0.75, "born-in")
							break
						}
					}
				}
			}
		}
		// "was born in Danville and grew up in Louisville": the same
		// subject's second home verb
		for k := j + 1; k < v.s.Last && k < j+8; k++ {
			if p := v.mentionAt(k); p != nil {
				k = p.Last - 1
				continue
			}
			if w := v.word(k); w == "and" && homeVerbAt(v, k+1) && v.mentionAt(k-1) != nil {
				j, again = pastAuxiliaries(v, k+1), true // ("and has lived in")
				break
			} else if w == "," || w == "and" || w == "but" || w == "who" || w == "which" || isVerbTag(v.toks[k].Tag) {
				break
			}
		}
	}
	// "Budrys comes from the port city of Klaipeda", "hails from Kano",
	// "Mrs. Tsuruyama is from Yatsushiro": where one is from (not "came
	// from Paris", a journey)
	fromAt := -1
	if w := v.word(j); (w == "comes" || w == "hails" || w == "hailed") && v.word(j+1) == "from" {
		fromAt = j + 1
	} else if w == "from" && (v.word(j-1) == "is" || v.word(j-1) == "was") && j-1 == m.Last && slices.Contains(l.subjectOf(v, j-1), m) {
		fromAt = j // "Mrs. Tsuruyama is from Yatsushiro" (the copula the auxiliaries skipped; not "The call to Karzai was from Washington")
	}
	if fromAt > 0 && !phrasePreps[v.word(m.First-1)] { // (not "the support for Orban comes from")
		if p := v.mentionAt(v.skipModifiers(fromAt + 1)); p != nil && (p.Type == graph.Location || actorType(p) == graph.Country && p.Kind != "demonym") && !v.possessive(p.Last) {
			home(p, 0.75, "comes-from") // (not "is from Berlin's Free University")
		}
	}
	// "Born in Lyon, Jean Dupont moved to Paris": a sentence opening with
	// where someone was born says it of the subject after the comma.
	if f := v.s.First; v.word(f) == "born" && v.word(f+1) == "in" {
		q := f + 2
		if v.word(q) == "the" {
			q++
		}
		if p := v.mentionAt(q); p != nil && (p.Type == graph.Location || actorType(p) == graph.Country) {
			comma := p.Last
			for comma < m.First && v.word(comma) != "," {
				comma++
			}
			k := comma + 1
			for k < m.First && isLowerWord(v.word(k)) && (v.toks[k].Tag == "NN" || v.toks[k].Tag == "JJ") {
				k++ // "Born in Kabul, novelist Khaled Rahimi": a trade before the name
			}
			if comma < m.First && k == m.First {
				home(p, 0.75, "born-in")
			}
		}
	}
	// "X is a native of Y", "X, a native of Y"
	if k := i; (v.word(k) == "is" || v.word(k) == "was" || v.word(k) == ",") && (v.word(k+1) == "a" || v.word(k+1) == "an") &&
		(v.word(k+2) == "native" || v.word(k+2) == "resident") && v.word(k+3) == "of" {
		home(v.mentionAt(v.skipModifiers(k+4)), 0.8, "native-of")
	}
	// "Dallas resident Tom Smith", "Ohio native X".
	if m.First >= 2 && residenceWords[v.word(m.First-1)] {
		if c := v.mentionAt(m.First - 2); v.word(m.First-1) == "citizen" && c != nil && actorType(c) == graph.Country {
			// "Belarusian citizen Andrei Kozlov, who lives in Rzeszow": a
			// nationality, wherever he lives
			l.emit(v, graph.CitizenOf, m.Entity, c.Actor(), graph.Person, graph.Country, 0.85, "citizen-noun", "", c.First, m.Last)
		} else {
			home(c, 0.8, "place-resident")
		}
	}
	// "Richard Taylor, an Atlanta architect,", "Robinson, half brother of
	// the Rev. Jesse Jackson and a Greenville native,": a town and a trade
	// or "native" in the person's apposition.
	if m.RoleOf == "" && v.word(i) == "," { // (past an age: "Tom Smith, 50, an Atlanta architect,")
		for k := i + 1; k+2 < v.s.Last && k < i+14 && v.word(k) != "," && !isVerbTag(v.toks[k].Tag); k++ {
			w := v.word(k)
			if w != "a" && w != "an" || k > i+1 && v.word(k-1) != "and" {
				continue
			}
			p := v.mentionAt(k + 1)
			if p == nil || p.First != k+1 || p.Type != graph.Location || p.StandsFor != "" && p.Kind != "capital" {
				break
			}
			if k == i+1 && residenceWords[v.word(p.Last)] {
				continue // "X, a Dallas resident": the place-resident case read it
			}
			if w := v.word(p.Last); l.gaz.Kind(p.Entity) == "region" && w != "native" && w != "resident" {
				continue // "a Texas oilman and a Houston resident": a state's trade names no home, the town after may ("a South Carolina native" does)
			}
			e := p.Last
			for e < v.s.Last && e < p.Last+3 && v.mentionAt(e) == nil && isLowerWord(v.word(e)) && occupationWord(v.toks[e]) && !localOffices[v.word(e)] &&
				!eventTitles[v.word(e)] && !postedWords[v.word(e)] && !heldWords[v.word(e)] {
				e++
			}
			if e > p.Last && (e >= v.s.Last || v.word(e) == "," || v.word(e) == ".") && (strings.HasPrefix(v.toks[e-1].Tag, "NN") || v.word(e-1) == "native") {
				home(p, 0.7, "person-a-place-trade")
			}
			break
		}
	}
	// "Atlanta businessman Neil Estes", "the New York attorney X": a town
	// and an occupation before the name. A title that is the town's own
	// ("Harare mayor") is read by the titles.
	if m.RoleOf == "" {
		k := m.First - 1
		for k > v.s.First && m.First-k <= 4 && v.mentionAt(k) == nil && isWord(v.toks[k].Text) && !isCap(v.toks[k].Text) &&
			occupationWord(v.toks[k]) && !localOffices[v.word(k)] && !eventTitles[v.word(k)] {
			if w := v.word(k); strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "pro-") {
				k = -1 // "Darfur anti-violence campaigner Joey Cheek": the place is the cause
				break
			}
			k--
		}
		if p := v.mentionAt(k); k >= 0 && k < m.First-1 && p != nil && p.Last == k+1 && p.Type == graph.Location && p.StandsFor == "" && l.gaz.Kind(p.Entity) != "region" {
			home(p, 0.65, "place-occupation-person")
		}
	}
	// "Illinois born Charlton Heston", "Ohio-born X", "the Minnesota born
	// artist Duane Hanson": past a trade
	k := m.First - 1
	for n := 0; n < 2 && k > v.s.First && v.mentionAt(k) == nil && isLowerWord(v.toks[k].Text) && occupationWord(v.toks[k]) && v.word(k) != "born" && !strings.HasSuffix(v.word(k), "-born"); n++ {
		k--
	}
	if k > v.s.First && (v.word(k) == "born" || v.word(k) == "-born") {
		home(v.mentionAt(k-1), 0.8, "place-born")
	} else if base, ok := strings.CutSuffix(v.toks[max(k, v.s.First)].Text, "-born"); ok && k >= v.s.First {
		if id, tt := l.bornPlace(base); id != "" {
			l.emit(v, graph.LivesIn, m.Entity, id, graph.Person, tt, 0.8, "place-born", "", k, m.Last)
		}
	}
	// "James Dickey, Georgia born, has been": the place set off after the name
	if p := v.mentionAt(i + 1); v.word(i) == "," && p != nil && p.First == i+1 && v.word(p.Last) == "born" && (v.word(p.Last+1) == "," || p.Last+1 >= v.s.Last) {
		home(p, 0.8, "place-born")
	}
	// "Derwinski, a Republican from Chicago"
	if v.word(i) == "," && (v.word(i+1) == "a" || v.word(i+1) == "an") {
		// (the description may name a body or a nation: "a 26-year-old
		// Ivy League graduate from Towson", "a 32-year-old Norwegian from
		// Oslo")
		for k := i + 2; k < v.s.Last && k < i+8 && v.word(k) != ","; k++ {
			if d := v.mentionAt(k); d != nil {
				if d.Type == graph.Person || d.Type == graph.Location && d.StandsFor == "" {
					break
				}
				k = d.Last - 1
				continue
			}
			if v.word(k) == "from" {
				p := v.mentionAt(k + 1)
				if p == nil {
					p = v.placeOfKindAt(k + 1) // "a Sudanese refugee from the town of Geneina"
				}
				home(p, 0.7, "person-a-from-place")
				break
			}
			if base, ok := strings.CutSuffix(v.toks[k].Text, "-born"); ok && k == i+2 {
				// "Tung Chee-hwa, a Shanghai-born shipping tycoon"
				if id, tt := l.bornPlace(base); id != "" {
					l.emit(v, graph.LivesIn, m.Entity, id, graph.Person, tt, 0.8, "place-born", "", m.First, k+1)
				}
				break
			}
		}
	}
	// "X, one of the top strategists in Israel"
	if v.word(i) == "," && v.word(i+1) == "one" && v.word(i+2) == "of" {
		for k := i + 3; k < v.s.Last && k < i+9 && v.mentionAt(k) == nil && v.word(k) != ","; k++ {
			if v.word(k) == "in" {
				home(v.mentionAt(k+1), 0.65, "one-of-in-place")
				break
			}
		}
	}
	// "X ... died at his home in suburban Larchmont"
	for k := m.Last; k+3 < v.s.Last && k < m.Last+15; k++ {
		if (v.word(k) == "his" || v.word(k) == "her") && v.word(k+1) == "home" && v.word(k+2) == "in" {
			n := k + 3
			if w := v.word(n); w == "suburban" || w == "nearby" || w == "rural" || w == "downtown" || compassWords[w] {
				n++
			}
			if v.word(n) == "the" && placeKindNouns[v.word(n+1)] && v.word(n+2) == "of" {
				n += 3 // "his home in the village of Hajan"
			}
			if p := v.mentionAt(n); p != nil && l.possessor(v, k) == m {
				home(p, 0.75, "home-in-place")
			}
			break
		}
	}
	// "Sohn's New Jersey home"
	if v.possessive(i) {
		if p := v.mentionAt(i + 1); p != nil && dwellingNouns[v.word(p.Last)] {
			home(p, 0.75, "possessive-home")
		}
	}
	// "Beaumont, Texas, Richardson's hometown", "With South Carolina being
	// Jesse Jackson's home state", "Richardson's hometown of Beaumont".
	if v.possessive(i) && homeNouns(v, i+1) > 0 {
		n := i + 1 + homeNouns(v, i+1)
		if v.word(n) == "of" {
			home(v.mentionAt(n+1), 0.75, "possessive-hometown")
		} else if w := v.word(m.First - 1); w == "," || w == "being" || w == "is" || w == "was" {
			if p := v.mentionAt(m.First - 2); p != nil && p.Last == m.First-1 {
				if t := v.mentionAt(p.First - 2); v.word(p.First-1) == "," && t != nil && t.Type == graph.Location && l.gaz.Kind(p.Entity) == "region" {
					home(t, 0.75, "possessive-hometown") // "Beaumont, Texas, Richardson's hometown"
				} else {
					home(p, 0.75, "possessive-hometown")
				}
			}
		}
	}
	// "his native South Carolina", "their hometown of Grants", "returned
	// to his hometown, Chicago"
	for k := m.Last; k < v.s.Last && k < m.Last+30; k++ {
		w := v.word(k)
		if w != "his" && w != "her" && w != "their" {
			continue
		}
		owner := l.possessor(v, k)
		if owner == nil || owner.Entity != m.Entity {
			break // another's: the pronouns after it are too
		}
		from = k // ("announced his bid during a visit to his hometown": the bid is no doubt about the home)
		if p := v.mentionAt(k + 1); p != nil && p.First == k+1 && (homeNouns(v, p.Last) > 0 || dwellingNouns[v.word(p.Last)]) {
			home(p, 0.75, "native-place") // "returning to his Iowa hometown", "a raid on his Ciudad Madero home"
			continue
		}
		if v.word(k+1) == "native" || v.word(k+1) == "hometown" || v.word(k+1) == "home" && (v.word(k+2) == "town" || v.word(k+2) == "state") {
			n := k + 2
			if v.word(n) == "town" || v.word(n) == "state" {
				n++
			}
			if v.word(n) == "of" || v.word(n) == "," && v.word(k+1) != "native" {
				n++
			}
			if p := v.mentionAt(n); p != nil {
				home(p, 0.75, "native-place")
			}
			break
		}
		// ("announced his bid during a visit to his hometown of Russell":
		// his still, further on)
	}
}

// knownPlaces adds what the gazetteer knows of where the document's places
// and national bodies are, when the document names that country (or
// region) too: "Munich" and "Germany" in one story give Munich located-in
// Germany. The evidence is the sentence that names both, else the place's
// first sentence, at a lower confidence.
func (l *linkRun) knownPlaces() {
	named := make(map[string]int) // entity -> first sentence naming it
	for i := range l.in.mentions {
		m := &l.in.mentions[i]
		id := m.Entity
		if m.Kind == "demonym" {
			continue // "German" alone names no country the story is about
		}
		if m.StandsFor != "" && m.Type == graph.Country {
			id = m.StandsFor
		}
		if _, ok := named[id]; !ok {
			named[id] = m.Sent
		}
	}
	done := make(map[[2]string]bool)
	for si, ms := range l.bySent {
		for _, m := range ms {
			var rel graph.RelationType
			var st graph.EntityType
			switch {
			case m.Type == graph.Location && m.StandsFor == "" || m.Kind == "capital":
				rel, st = graph.LocatedIn, graph.Location
			case m.Type == graph.Org && m.StandsFor == "":
				if k := l.gaz.Kind(m.Entity); k != "agency" && k != "party" && k != "media" && k != "company" && k != "legislature" && k != "court" && k != "military" && k != "militant" && k != "sports" {
					continue
				}
				rel, st = graph.BasedIn, graph.Org
			default:
				continue
			}
			for _, target := range []string{l.gaz.CountryOf(m.Entity), l.gaz.RegionOf(m.Entity)} {
				if target == "" || done[[2]string{m.Entity, target}] {
					continue
				}
				ts, ok := named[target]
				if !ok {
					continue
				}
				done[[2]string{m.Entity, target}] = true
				tt := graph.Country
				if strings.HasPrefix(target, graph.Location.Slug()+"/") {
					tt = graph.Location
				}
				v := l.views[si]
				conf := 0.6
				if ts == si {
					conf = 0.8
				}
				l.emit(v, rel, m.Entity, target, st, tt, conf, "gazetteer", "", m.First, m.Last)
			}
		}
	}
}

// chains carries a place relation up to the country the document names:
// a firm based in Jena is based in Germany, a man who lives in Dallas lives
// in the United States, when the story names that country.
func (l *linkRun) chains() {
	// The places the story names: a capital names its city, not its
	// country ("Paris AFP" says nothing of France).
	named := make(map[string]bool)
	for i := range l.in.mentions {
		m := &l.in.mentions[i]
		if m.Kind != "demonym" {
			named[m.Entity] = true
			if m.Kind != "capital" && m.Kind != "seat" {
				named[m.Actor()] = true
			}
		}
	}
	n := len(l.out)
	// within[view][place]: the larger places the sentence puts place in
	// ("Denison, Tex.").
	within := make(map[*sentenceView]map[string][]string)
	for _, c := range l.out[:n] {
		// Only a region or country the gazetteer knows: "a town in western
		// Dagestan, Khasavyurt" names the town after its region.
		// "Yatsushiro in Kumamoto Prefecture" names the larger place after
		// "in", which the gazetteer need not know.
		if r := l.placeRank(c.tgt); c.typ == graph.LocatedIn && (c.pattern == "place-comma-place" && (r == 2 || r == 3) || c.pattern == "place-in-place" && r != 1 && r != 4) {
			if within[c.view] == nil {
				within[c.view] = make(map[string][]string)
			}
			within[c.view][c.src] = append(within[c.view][c.src], c.tgt)
		}
	}
	for _, c := range l.out[:n] {
		if c.typ != graph.BasedIn && c.typ != graph.LivesIn && c.typ != graph.LocatedIn {
			continue
		}
		ups := []string{l.gaz.RegionOf(c.tgt), l.gaz.CountryOf(c.tgt)}
		if c.pattern != "place-comma-place" {
			// "born in Denison, Tex.": in Texas too; "is from Yatsushiro in
			// Kumamoto Prefecture in southern Japan": in both
			for _, up := range within[c.view][c.tgt] {
				ups = append(ups, up)
				ups = append(ups, within[c.view][up]...)
			}
		}
		for _, up := range ups {
			if up == "" || up == c.src || !named[up] {
				continue
			}
			ut := graph.Country
			if strings.HasPrefix(up, graph.Location.Slug()+"/") {
				ut = graph.Location
			}
			st := graph.Org
			switch c.typ {
			case graph.LivesIn:
				st = graph.Person
			case graph.LocatedIn:
				st = graph.Location
			}
			l.emit(c.view, c.typ, c.src, up, st, ut, min(c.conf, 0.7), "via-place", c.role, c.a, c.b)
		}
	}
}

// nationalBodies are the kinds of organisation whose members are the
// citizens of its country: parties, legislatures, ministries and agencies,
// armies, courts.
var nationalBodies = set("party", "legislature", "agency", "military", "court")

// citizenship gives the people who lead, serve or belong to a national body
// the citizenship of its country: "Jozsef Tobias, deputy leader of the
// Socialist party (MSZP)" is Hungarian when the story names Hungary. The
// body's country is the gazetteer's or one the document bases it in.
func (l *linkRun) citizenship() {
	named := make(map[string]bool)
	for i := range l.in.mentions {
		if m := &l.in.mentions[i]; m.Kind != "demonym" && actorType(m) == graph.Country {
			named[m.Actor()] = true
		}
	}
	based := make(map[string]string) // organisation -> the one country the document bases it in
	for _, c := range l.out {
		if c.typ == graph.BasedIn && strings.HasPrefix(c.tgt, graph.Country.Slug()+"/") {
			if prev, ok := based[c.src]; ok && prev != c.tgt {
				based[c.src] = "-" // two countries: none
				continue
			}
			based[c.src] = c.tgt
		}
	}
	n := len(l.out)
	for _, c := range l.out[:n] {
		if c.typ != graph.MemberOf && c.typ != graph.LeaderOf && c.typ != graph.WorksFor || !strings.HasPrefix(c.src, graph.Person.Slug()+"/") {
			continue
		}
		kind := l.gaz.Kind(c.tgt)
		country := l.gaz.CountryOf(c.tgt)
		if country == "" && kind == "" && strings.Contains(c.tgt, "party") {
			country = based[c.tgt]
		}
		if country == "" || country == "-" || !named[country] || !nationalBodies[kind] && !strings.Contains(c.tgt, "party") {
			continue
		}
		l.emit(c.view, graph.CitizenOf, c.src, country, graph.Person, graph.Country, min(c.conf, 0.65), "via-national-body", "", c.a, c.b)
	}
}

// panelWords, before "Group" or "Team", name a panel after the place it
// studies or deals with: "the Iraq Study Group", "the Balkans Contact
// Group".
var panelWords = set("Study", "Survey", "Contact", "Working", "Policy", "Action", "Crisis")

// deskHeads end the names of a body's parts that cover a field or a part
// of the world: "the IMF's Africa Department", "the Asia Division".
var deskHeads = set("Department", "Division", "Desk", "Bureau", "Directorate")

// placeInName reads where an organisation is from its name: the place it
// starts with ("Karachi University", "Libya Herald", "Australian Securities
// Exchange") or ends with after "of" ("University of Zurich", "News Agency
// of Nigeria", "Confederation of British Industry").
func (l *linkRun) placeInName(v *sentenceView, m *Mention) {
	// The rest of the name must say it is an institution: "Karachi
	// University", not "Europe 1" or "Cheyenne Indians".
	if m.Last-m.First < 2 || m.Entity == "" || !hasOrgWord(v.toks[m.First:m.Last]) || isMissionAbroad(m.Text) {
		return // "the British Embassy" sits abroad
	}
	at := func(i int) (gazetteer.Entry, graph.EntityType, bool) {
		// Inside the name only, and at its start leaving words of it:
		// "New York" in "New York University", whose whole name the
		// gazetteer may list.
		within := v.s
		within.Last = m.Last
		if i == m.First {
			within.Last--
		}
		es, end := longestName(l.gaz, v.toks, within, i, nil)
		if es == nil {
			return gazetteer.Entry{}, "", false
		}
		e := es[0]
		if m.Source == "gazetteer" && (e.Kind == gazetteer.Demonym || e.ID == l.gaz.CountryOf(m.Entity) || end-i == 1 && i == m.First) {
			// "the German Defence Ministry", "the U.S. Congress": the
			// gazetteer's own national body; its name says no more. A
			// one-word place opening the name names as often a province
			// or a namesake ("Fars News Agency", "Columbia University") as
			// the seat ("University of Michigan" is Michigan's).
			return gazetteer.Entry{}, "", false
		}
		ent, ok := l.gaz.Entity(e.ID)
		if !ok || ent.Type != graph.Country && ent.Type != graph.Location || e.StandsFor != "" && e.Kind != gazetteer.Demonym ||
			l.gaz.Kind(e.ID) == "water" || // "Pacific Marine Inc.", "Atlantic Richfield": no seat at sea
			l.gaz.Kind(e.ID) == "continent" || // "the Africa Commission" works for a continent, from London
			l.gaz.Kind(e.ID) == "area" && l.gaz.CountryOf(e.ID) == "" && deskHeads[v.toks[m.Last-1].Text] || // "the IMF's Middle East and Central Asia Department": a world region its desk covers
			m.Last-m.First >= 3 && panelWords[v.toks[m.Last-2].Text] && (v.toks[m.Last-1].Text == "Group" || v.toks[m.Last-1].Text == "Team") { // "the Iraq Study Group": the place it studies
			return gazetteer.Entry{}, "", false
		}
		if end < m.Last && countyNouns[v.toks[end].Text] {
			return gazetteer.Entry{}, "", false // "the Montgomery County Democratic Party": the county's, not the city's
		}
		// After "of" the place must end the name; at its start the
		// name must go on.
		if i > m.First && end != m.Last {
			return gazetteer.Entry{}, "", false
		}
		if i == m.First && e.Kind == gazetteer.Demonym && (v.word(end) == "american" || v.word(end) == "americans") {
			return gazetteer.Entry{}, "", false // "the Haitian American Historical Society": a body of Americans, in America
		}
		return e, ent.Type, true
	}
	emit := func(e gazetteer.Entry, t graph.EntityType) {
		if c := l.gaz.CountryOf(m.Entity); c != "" && c != e.ID && l.gaz.CountryOf(e.ID) != c {
			return // the gazetteer seats it elsewhere
		}
		l.emit(v, graph.BasedIn, m.Entity, e.ID, graph.Org, t, 0.7, "place-in-name", "", m.First, m.Last)
	}
	// The place after "of" wins: "American University of Beirut".
	for i := m.Last - 2; i > m.First; i-- {
		if strings.EqualFold(v.word(i), "of") {
			if e, t, ok := at(i + 1); ok {
				emit(e, t)
				return
			}
			break
		}
	}
	if e, t, ok := at(m.First); ok {
		emit(e, t)
	}
}

// knownAs reports whether name m follows "known as": a place or country
// after it says who calls it so ("known as Diaoyu in China").
func knownAs(v *sentenceView, m *Mention) bool {
	return v.word(m.First-1) == "as" && (v.word(m.First-2) == "known" || v.word(m.First-2) == "to" && v.word(m.First-3) == "referred")
}

// eventNames end the names of gatherings and contests, whose place is
// where they meet.
var eventNames = union(contestNames, set("Forum", "Conference", "Summit", "Festival", "Expo", "Fair", "Symposium", "Meeting", "Talks"))

// homeVerbs tell where someone lives or comes from.
var homeVerbs = set("lives", "lived", "live", "living", "resides", "resided", "residing", "born", "settled", "grew", "exiled", "raised",
	"moved", "relocated", "emigrated", "immigrated", "returned")

// homeVerbAt reports whether a home verb stands at j, past up to two
// auxiliaries: "lives", "was born", "has long lived".
func homeVerbAt(v *sentenceView, j int) bool {
	return homeVerbs[v.word(pastAuxiliaries(v, j))]
}

// bornPlace returns the place the gazetteer knows by the name before
// "-born" ("Shanghai-born"), and its type; "" for none (not a demonym:
// "Iranian-born" tells a nationality).
func (l *linkRun) bornPlace(name string) (string, graph.EntityType) {
	for _, e := range l.gaz.Lookup(graph.NormalizeName(name)) {
		if ent, ok := l.gaz.Entity(e.ID); ok && (ent.Type == graph.Location || ent.Type == graph.Country) && e.Kind != gazetteer.Demonym {
			return e.ID, ent.Type
		}
	}
	return "", ""
}

// homeAdverbs may stand between a home verb and its place: "grew up
// mainly in Louisville".
var homeAdverbs = set("mainly", "mostly", "partly", "largely", "primarily", "chiefly", "briefly", "later")

// pastAuxiliaries returns where the verb starts after up to two
// auxiliaries or clause adverbs at j: "has now lived", "was born".
func pastAuxiliaries(v *sentenceView, j int) int {
	for n := 0; n < 2 && (auxiliaries[v.word(j)] || v.word(j) == "was" || clauseAdverbs[v.word(j)]); n++ {
		j++
	}
	return j
}

// homePlaceAfter reports whether the home verb at j (past its
// auxiliaries) is followed by where: "lived in", "moved to", "grew up in",
// "was born Phoebe Ann Moses in".
func homePlaceAfter(v *sentenceView, j int) bool {
	j = pastAuxiliaries(v, j)
	for k := j + 1; k < v.s.Last && k <= j+6; k++ {
		switch v.word(k) {
		case "in", "to", "at", "near":
			return true
		case ",", "and", "but":
			return false
		}
	}
	return false
}

// ownedHeadquarters reads a seat named between a body's possessive and
// "headquarters" at i: "the NRC's Rockville headquarters", "the NRC's
// Rockville, Md., headquarters" (the town and its state). Not "the
// party's campaign headquarters": only a place's name.
func (l *linkRun) ownedHeadquarters(v *sentenceView, i int) {
	var places []*Mention
	end := i // where the town's name ends
	if v.word(i-1) == "," {
		// "Rockville, Md.,": the state between commas
		st := v.mentionAt(i - 2)
		if st == nil || st.Last != i-1 || st.Type != graph.Location || v.word(st.First-1) != "," {
			return
		}
		places = append(places, st)
		end = st.First - 1
	}
	p := v.mentionAt(end - 1)
	if p == nil || p.Last != end || p.Type != graph.Location || p.Kind == "demonym" {
		return
	}
	places = append(places, p) // ("NATO's Brussels headquarters": the town, not the government it may stand for)
	o := v.mentionAt(p.First - 2)
	if o == nil || o.Last != p.First-1 || !v.possessive(o.Last) || o.Type != graph.Org || o.StandsFor != "" {
		return
	}
	for _, q := range places {
		l.emit(v, graph.BasedIn, o.Entity, q.Entity, graph.Org, graph.Location, 0.85, "org-headquarters", "", o.First, i+1)
	}
}

// clauseAdverbs may stand between a subject, a relative pronoun or a
// copula and the verb or office that follows: "who now lives in Germany",
// "who now heads the Senate", "is also president of".
var clauseAdverbs = set("still", "now", "currently", "also", "reportedly")

// headquartersOf reads a seat named before the body: "the Los Angeles
// headquarters of the Screen Actors Guild", "the Vienna headquarters of
// OPEC".
func (l *linkRun) headquartersOf(v *sentenceView) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		if v.word(i) == "headquarters" && v.word(i+1) != "of" {
			l.ownedHeadquarters(v, i)
			continue
		}
		if i+2 >= v.s.Last {
			break
		}
		if w := v.word(i); w != "headquarters" && w != "head" || v.word(i+1) != "of" && !(w == "head" && v.word(i+1) == "office" && v.word(i+2) == "of") {
			continue
		}
		p := v.mentionAt(i - 1)
		if p == nil || p.Last != i || p.Type != graph.Location || p.Kind == "demonym" {
			continue
		}
		k := i + 2
		if v.word(i) == "head" {
			k++
		}
		if v.word(k) == "the" {
			k++
		}
		o := v.mentionAt(k)
		if o == nil || o.First != k || o.Type != graph.Org || o.StandsFor != "" {
			continue
		}
		l.emit(v, graph.BasedIn, o.Entity, p.Entity, graph.Org, graph.Location, 0.85, "org-headquarters", "", p.First, o.Last)
	}
}
