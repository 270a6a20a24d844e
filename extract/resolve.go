package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// EntityMentions is one canonical entity of a document with its mentions.
type EntityMentions struct {
	graph.Entity
	Mentions []MentionSpan `json:"mentions"`
}

// MentionSpan is where a mention stands in the document's text.
type MentionSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// resolve gives every mention its canonical entity id and returns the
// document's entities sorted by id. An entity's type is decided over all
// of its mentions; a bare surname joins the full name it shortens; an
// acronym defined in the text joins its long form.
func resolve(toks []Token, ms []Mention, gaz *gazetteer.Gazetteer) []EntityMentions {
	voteTypes(ms)
	acronyms := make(map[string]int) // acronym text -> index of the long-form mention
	for i, m := range ms {
		if m.Type == graph.Org && m.Kind == "name" && m.Last+2 < len(toks) && toks[m.Last].Text == "(" && toks[m.Last+2].Text == ")" {
			acronyms[toks[m.Last+1].Text] = i
		}
	}
	// Full names first, so surnames can join them.
	for i := range ms {
		m := &ms[i]
		if m.Entity != "" {
			continue
		}
		switch {
		case m.Type == graph.Date:
			m.Entity = dateEntityID(m.Value, m.name())
		case m.Type == graph.Person && m.Kind != "surname" && strings.Count(personName(m.name()), " ") > 0:
			m.Entity = graph.Person.Slug() + "/" + gazetteer.Slug(personName(m.name()))
		case m.Type != graph.Person && m.Kind != "acronym" && !isDefinedAcronym(acronyms, ms, i):
			// A name the tagger found may be a gazetteer entity written in a
			// way the gazetteer layer did not take ("NEW YORK" in a table);
			// it joins that entity only if the types agree: the team "NEW
			// YORK" stays an organisation.
			m.Entity = m.Type.Slug() + "/" + gazetteer.Slug(personName(m.name()))
			for _, e := range lookupLoosely(gaz, m.name()) {
				ent, ok := gaz.Entity(e.ID)
				// ("New York State" is the state, whatever the tagger read:
				// no team is called so)
				stateName := m.Type == graph.Org && ent.Type == graph.Location && strings.HasSuffix(m.name(), " State")
				if ok && (ent.Type == m.Type || m.Type == graph.Location && ent.Type == graph.Country || stateName) && e.Kind != gazetteer.Demonym {
					m.Entity, m.StandsFor, m.Type = e.ID, e.StandsFor, ent.Type
					break
				}
			}
			if _, known := gaz.Entity(m.Entity); !known && m.Type == graph.Org {
				m.Entity = partyEntity(gaz, m.name(), m.Entity)
			}
			if _, known := gaz.Entity(m.Entity); !known && m.Type == graph.Location && partyStateTag(m.name()) {
				// "Sen. Alan Cranston, D-Calif.": the senator's state.
				for _, e := range gaz.Lookup(graph.NormalizeName(m.name()[2:])) {
					if gaz.Kind(e.ID) == "region" {
						m.Entity = e.ID
						break
					}
				}
			}
		}
	}
	personTails(ms)
	sharedNames(ms, gaz)
	shortOrgNames(ms, gaz)
	stateNamedCities(toks, ms, gaz)
	compassNames(ms, gaz)
	partyShortNames(ms, gaz)
	for i := range ms {
		m := &ms[i]
		if m.Entity != "" {
			continue
		}
		switch {
		case m.Kind == "acronym" || isDefinedAcronym(acronyms, ms, i):
			if j, ok := acronyms[m.name()]; ok {
				m.Entity = ms[j].Entity
			} else {
				m.Entity = m.Type.Slug() + "/" + gazetteer.Slug(m.name())
			}
		case m.Type == graph.Person:
			m.Entity = fullNameFor(toks, ms, i)
		}
	}
	glossedAcronyms(toks, ms, gaz)
	knownAsNames(toks, ms, gaz)
	return entitiesOf(ms, gaz)
}

// knownAsNames joins a name and the other name the text gives it with
// "also known as", "better known as", "formerly known as", "a.k.a." or
// "alias" right after it: "Lehi, also known as the Stern Gang", "the
// Kurdistan Workers Party, known as the PKK", "Hamdi Issac, also known as
// Osman Hussain". Both names must be of one type ("a Taliban commander,
// known as Imran" is no organisation's other name). The pair takes the
// gazetteer's entity when it knows one of them, else the first name's;
// two names the gazetteer knows as different entities stay apart.
func knownAsNames(toks []Token, ms []Mention, gaz *gazetteer.Gazetteer) {
	same := make(map[string]string)
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.Type == graph.Date || a.Type != b.Type || a.Entity == b.Entity || a.Kind == "demonym" || b.Kind == "demonym" ||
			b.First < a.Last || b.First-a.Last > 6 || !knownAsBetween(toks[a.Last:b.First]) { // (at most ", also known as the \"")
			continue
		}
		_, knownA := gaz.Entity(a.Entity)
		_, knownB := gaz.Entity(b.Entity)
		switch {
		case knownA && knownB:
			continue
		case knownB:
			same[a.Entity] = b.Entity
		default:
			same[b.Entity] = a.Entity
		}
	}
	renameEntities(ms, same)
}

// knownAsBetween reports whether words between two names give the second
// as the first's other name: ", also known as the", ", a.k.a.", "alias".
func knownAsBetween(between []Token) bool {
	var ws []string
	for _, t := range between {
		ws = append(ws, strings.ToLower(t.Text))
	}
	if len(ws) > 0 && ws[0] == "," {
		ws = ws[1:]
	}
	for len(ws) > 0 && (ws[len(ws)-1] == "the" || ws[len(ws)-1] == "\"" || ws[len(ws)-1] == "``" || ws[len(ws)-1] == "'") {
		ws = ws[:len(ws)-1] // ', also known as the "Caliph of Cologne,"'
	}
	switch len(ws) {
	case 1:
		return ws[0] == "a.k.a." || ws[0] == "aka" || ws[0] == "alias"
	case 2:
		return ws[0] == "known" && ws[1] == "as"
	case 3:
		return knownAsAdverbs[ws[0]] && ws[1] == "known" && ws[2] == "as"
	}
	return false
}

// knownAsAdverbs may stand before "known as" another name.
var knownAsAdverbs = set("also", "better", "commonly", "popularly", "widely", "formerly", "previously", "once", "now", "locally", "officially")

// personTails joins a person's name of two words or more to the one
// longer name in the document that ends with the same words: "de Hoop
// Scheffer" and "De Hoop Scheffer" after "Jaap de Hoop Scheffer", "W. Bush"
// after "George W. Bush" (not "George Bush" after "George W. Bush", whose
// last two words are not his; nor a tail two longer names share).
func personTails(ms []Mention) {
	words := make(map[string][]string) // entity -> its name's words, lower case
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person || m.Entity == "" {
			continue
		}
		if w := strings.Fields(strings.ToLower(personName(m.name()))); len(w) > len(words[m.Entity]) {
			words[m.Entity] = w
		}
	}
	same := make(map[string]string)
	for id, w := range words {
		if len(w) < 2 {
			continue
		}
		var longer []string // the longer names ending so, longest first
		for other, ow := range words {
			if other != id && len(ow) > len(w) && slices.Equal(ow[len(ow)-len(w):], w) {
				longer = append(longer, other)
			}
		}
		if len(longer) == 0 {
			continue
		}
		slices.SortFunc(longer, func(a, b string) int { return cmp.Or(len(words[b])-len(words[a]), strings.Compare(a, b)) })
		top := words[longer[0]]
		chain := true // "Hoop Scheffer" ends "De Hoop Scheffer", which ends "Jaap de Hoop Scheffer": one man
		for _, o := range longer[1:] {
			ow := words[o]
			chain = chain && len(ow) < len(top) && slices.Equal(top[len(top)-len(ow):], ow)
		}
		if chain {
			same[id] = longer[0]
		}
	}
	renameEntities(ms, same)
}

// renameEntities gives every mention of an entity that same maps to
// another that other's id.
func renameEntities(ms []Mention, same map[string]string) {
	for i := range ms {
		if id, ok := same[ms[i].Entity]; ok {
			ms[i].Entity = id
		}
	}
}

// glossedAcronyms joins an acronym and the long form written after it in
// brackets, "PAN (National Action Party)", through the document: the long
// form takes the acronym's entity when the gazetteer knows it, else the
// acronym takes the long form's. The letters may come in another order
// than the words of a translation ("Partido Acción Nacional").
func glossedAcronyms(toks []Token, ms []Mention, gaz *gazetteer.Gazetteer) {
	same := make(map[string]string)
	for i := 0; i+1 < len(ms); i++ {
		a, long := &ms[i], &ms[i+1]
		if a.Type == graph.Person || a.Type == graph.Date || a.Type != long.Type || a.Last-a.First != 1 || long.Last-long.First < 2 ||
			long.First != a.Last+1 || toks[a.Last].Text != "(" || long.Last >= len(toks) || toks[long.Last].Text != ")" ||
			a.Entity == long.Entity || !glosses(toks[long.First:long.Last], a.Text) {
			continue
		}
		if _, known := gaz.Entity(a.Entity); known {
			same[long.Entity] = a.Entity
		} else {
			same[a.Entity] = long.Entity
		}
	}
	renameEntities(ms, same)
}

// glosses reports whether name spells out the acronym acr: each capital
// of acr is the initial of one of the name's capitalised words, in any
// order, and the name has no more than one capitalised word besides.
func glosses(name []Token, acr string) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	initials := make(map[rune]int)
	n := 0
	for _, t := range name {
		if isCap(t.Text) {
			initials[unicode.ToUpper([]rune(t.Text)[0])]++
			n++
		}
	}
	k := 0
	for _, c := range acr {
		if !unicode.IsUpper(c) {
			continue
		}
		if initials[c] == 0 {
			return false
		}
		initials[c]--
		k++
	}
	return k >= 2 && n <= k+1
}

// lookupLoosely looks a name up in the gazetteer, and a long one also
// with its last word in the other number: "the Association of Southeast
// Asian Nation's first charter" (for "Nations'") is ASEAN's.
func lookupLoosely(gaz *gazetteer.Gazetteer, text string) []gazetteer.Entry {
	key := graph.NormalizeName(text)
	if found := gaz.Lookup(key); len(found) > 0 || strings.Count(key, " ") < 3 {
		return found
	}
	if k, ok := strings.CutSuffix(key, "s"); ok {
		return gaz.Lookup(k)
	}
	return gaz.Lookup(key + "s")
}

// partyEntity returns the gazetteer's party that an organisation's name
// is with " Party" written after it ("Likud Party" is Likud), else id. A
// name the gazetteer does not know keeps its "Party": "Green Party" is no
// "Green".
func partyEntity(gaz *gazetteer.Gazetteer, text, id string) string {
	bare, ok := strings.CutSuffix(text, " Party")
	if !ok {
		return id
	}
	for _, e := range gaz.Lookup(graph.NormalizeName(bare)) {
		if gaz.Kind(e.ID) == "party" {
			return e.ID
		}
	}
	return id
}

// partyShortNames joins an organisation the gazetteer does not know to
// the party the document names with " Party" after the same words: "Blair
// is Labor's longest-serving prime minister" after "Britain's Labor
// Party".
func partyShortNames(ms []Mention, gaz *gazetteer.Gazetteer) {
	parties := make(map[string]*Mention) // "labor" -> the "Labor Party" mention
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org {
			continue
		}
		if bare, ok := strings.CutSuffix(m.name(), " Party"); ok && parties[bare] == nil {
			parties[bare] = m
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org || m.Kind == "acronym" {
			continue
		}
		if _, known := gaz.Entity(m.Entity); known {
			continue
		}
		if p := parties[m.name()]; p != nil && p.Entity != "" {
			m.Entity, m.StandsFor = p.Entity, p.StandsFor
		}
	}
}

// sharedShortNames are short names two countries share: news writes
// "Congo" and "Korea" for either, and the gazetteer gives neither the name.
var sharedShortNames = map[string][]string{
	"congo": {"country/democratic-republic-of-the-congo", "country/republic-of-the-congo"},
	"korea": {"country/north-korea", "country/south-korea"},
}

// sharedNames resolves a short name two countries share to the one the
// document otherwise names, by itself, its capital or its places ("Congo"
// in a story about Goma is the Democratic Republic of the Congo); with
// both or neither named, the name stays a place of its own.
func sharedNames(ms []Mention, gaz *gazetteer.Gazetteer) {
mentions:
	for i := range ms {
		m := &ms[i]
		candidates := sharedShortNames[graph.NormalizeName(m.name())]
		if candidates == nil || m.Type != graph.Location && m.Type != graph.Country {
			continue
		}
		found := ""
		for _, c := range candidates {
			for j := range ms {
				o := &ms[j]
				if j != i && (o.Entity == c || o.StandsFor == c || o.Entity != "" && gaz.CountryOf(o.Entity) == c) {
					if found != "" {
						continue mentions // both named: it stays a place of its own
					}
					found = c
					break
				}
			}
		}
		if found != "" {
			m.Entity, m.Type, m.StandsFor = found, graph.Country, ""
		}
	}
}

// shortOrgNames joins a body's short name to the one longer name told
// before that begins or ends with its words: "Edison" after "Southern
// California Edison", "the Mercury News" after "the San Jose Mercury News",
// "Acme" after "Acme Widget Corp.". A name the gazetteer knows stays its
// own, and so do a bare kind ("the Bank" after "the World Bank"), a body
// that begins the name of another ("the Sambhavna Trust" and its clinic)
// and a short name two longer ones share.
func shortOrgNames(ms []Mention, gaz *gazetteer.Gazetteer) {
	words := make([][]string, len(ms)) // the bodies' names' words, split once
	for i := range ms {
		if ms[i].Type == graph.Org {
			words[i] = strings.Fields(ms[i].name())
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Org || m.Kind != "name" || m.Of != "" || institutionName(m.name()) != "" {
			continue // ("Japan's Supreme Court" is no short name of "the U.S. Supreme Court")
		}
		if _, known := gaz.Entity(m.Entity); known {
			continue
		}
		short := words[i]
		if len(short) == 0 || len(short) == 1 && genericOrgWord(short[0]) {
			continue
		}
		found := ""
		for j := range ms[:i] {
			o, long := &ms[j], words[j]
			if o.Type != graph.Org || o.Entity == m.Entity || o.Kind == "acronym" || o.Of != "" || len(long) <= len(short) {
				continue
			}
			// The head kept ("Edison" of "Southern California Edison"), or
			// a name cut before its kind ("Acme" of "Acme Widget Corp."); a
			// name with a kind of its own is a body of its own before
			// more words ("the Sambhavna Trust" runs "the Sambhavna Trust
			// Clinic").
			suffix := slices.Equal(long[len(long)-len(short):], short)
			prefix := slices.Equal(long[:len(short)], short) && !genericOrgWord(short[len(short)-1])
			if !suffix && !prefix {
				continue
			}
			if found != "" && found != o.Entity {
				found = ""
				break
			}
			found = o.Entity
		}
		if found != "" {
			m.Entity = found
		}
	}
}

// genericOrgWord reports whether a capitalised word names a kind of body,
// not one body (the recogniser's and linker's kind words, and a few
// more): alone it is no short name of a longer one.
func genericOrgWord(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	return genericOrgNouns[lw] || institutionHeads[lw] || bodyNamesLower[lw] || corporateSuffixes[lw] || mediaHeads[w] ||
		facilityNames[w] == graph.Org || moreBodyKinds[lw]
}

// moreBodyKinds are kinds of body no other word list holds.
// (orgKindNouns holds adjectives too: "Valley Federal" is a short name.)
var moreBodyKinds = set("front", "league", "federation", "college", "school", "authority", "society", "bureau", "institution",
	"trust", "democrats", "republicans", "agency", "department", "university", "association", "network", "coalition", "alliance",
	"fund", "club", "company")

// stateNamedCities makes a city's name followed by a lower-case "state"
// the state of that name, when the gazetteer knows one: "his native New
// York state" is no city.
func stateNamedCities(toks []Token, ms []Mention, gaz *gazetteer.Gazetteer) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Location || m.Last >= len(toks) || toks[m.Last].Text != "state" || gaz.Kind(m.Entity) != "city" {
			continue
		}
		for _, e := range gaz.Lookup(graph.NormalizeName(m.name() + " State")) {
			if gaz.Kind(e.ID) == "region" {
				m.Entity = e.ID
				break
			}
		}
	}
}

// royalsByCountry tells apart monarchs and nobles known by one name by
// the country their title names: Jordan's King Abdullah and Saudi
// Arabia's King Abdullah become "person/abdullah-jordan" and
// "person/abdullah-saudi-arabia" (named "Abdullah (Jordan)"), in one
// document or across many (one bare "Abdullah" had led both countries in
// the VOA graph). The document's untitled mentions of the name follow the
// titled one before them, else the first; a name no title gives a
// country stays as it is. It reports whether it changed any mention.
func royalsByCountry(ms []Mention) bool {
	countries := make(map[string]map[string]bool) // bare id -> countries its titles name
	titledAt := make(map[int]bool)
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person || m.Role == "" || !strings.HasPrefix(m.RoleOf, graph.Country.Slug()+"/") ||
			strings.Contains(strings.TrimPrefix(m.Entity, graph.Person.Slug()+"/"), "-") {
			continue
		}
		words := strings.Fields(strings.ToLower(m.Role))
		if !nobleTitles[words[len(words)-1]] {
			continue
		}
		if countries[m.Entity] == nil {
			countries[m.Entity] = make(map[string]bool)
		}
		countries[m.Entity][m.RoleOf] = true
		titledAt[i] = true
	}
	latest := make(map[string]string) // bare id -> the latest titled mention's id so far
	first := make(map[string]string)  // bare id -> the first titled mention's id
	var pending []int                 // untitled mentions before any titled one
	for i := range ms {
		m := &ms[i]
		b := m.Entity
		if m.Type != graph.Person || len(countries[b]) == 0 {
			continue
		}
		switch {
		case titledAt[i]:
			m.Of = m.RoleOf
			m.Entity += "-" + strings.TrimPrefix(m.RoleOf, graph.Country.Slug()+"/")
			latest[b] = m.Entity
			if _, ok := first[b]; !ok {
				first[b] = m.Entity
			}
		case latest[b] != "":
			m.Entity = latest[b]
		default:
			pending = append(pending, i)
		}
	}
	for _, i := range pending {
		ms[i].Entity = first[ms[i].Entity]
	}
	return len(first) > 0
}

// compassNames resolves "the North" and "the South" in a story that
// names one country called so: "the North's nuclear program" beside
// North Korea is North Korea's; "the South" beside South Sudan is South
// Sudan.
func compassNames(ms []Mention, gaz *gazetteer.Gazetteer) {
	byWord := make(map[string]map[string]bool) // "north" -> countries named "North ..."
	for i := range ms {
		c := ms[i].Actor()
		if !strings.HasPrefix(c, graph.Country.Slug()+"/") {
			continue
		}
		if word, _, ok := strings.Cut(gaz.Name(c), " "); ok && (word == "North" || word == "South") {
			w := strings.ToLower(word)
			if byWord[w] == nil {
				byWord[w] = make(map[string]bool)
			}
			byWord[w][c] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		cs := byWord[graph.NormalizeName(m.name())]
		if len(cs) != 1 || m.Type == graph.Person || m.Type == graph.Date {
			continue
		}
		for c := range cs {
			m.Entity, m.Type, m.StandsFor = c, graph.Country, ""
		}
	}
}

// isDefinedAcronym reports whether ms[i] is an acronym the text defined
// for an organisation it names in full ("Central Anti-Graft Bureau (CAGB)").
func isDefinedAcronym(acronyms map[string]int, ms []Mention, i int) bool {
	j, ok := acronyms[ms[i].name()]
	return ok && j != i && ms[i].Type == graph.Org
}

// personName drops a possessive from a name and collapses its spacing.
func personName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "\u2019s")
	fs := strings.Fields(s)
	if len(fs) >= 3 {
		// 'Sean "Diddy" Combs' is Sean Combs.
		fs = slices.DeleteFunc(fs, func(f string) bool {
			return len(f) > 2 && strings.ContainsAny(f[:1], "\"\u201c") || strings.HasPrefix(f, "\u201c")
		})
	}
	return strings.Join(fs, " ")
}

// nickname returns the name a quoted nickname makes with the surname after
// it ('Sean "Diddy" Combs': "Diddy Combs"), or "".
func nickname(s string) string {
	fs := strings.Fields(s)
	for i := 1; i+1 < len(fs); i++ {
		f := fs[i]
		for _, q := range [][2]string{{"\"", "\""}, {"\u201c", "\u201d"}} {
			if strings.HasPrefix(f, q[0]) && strings.HasSuffix(f, q[1]) && len(f) > len(q[0])+len(q[1]) {
				return f[len(q[0]):len(f)-len(q[1])] + " " + strings.Join(fs[i+1:], " ")
			}
		}
	}
	return ""
}

// voteTypes gives every unresolved mention of one name the type most of its
// mentions have: "Gomel" typed LOCATION twice and PERSON once is a LOCATION.
// Ties go to the first type in graph.EntityTypes order.
//
// A mention the gazetteer resolved votes twice, and only for the types of
// the names it knows (a demonym is no vote for "German" the person).
func voteTypes(ms []Mention) {
	votes := make(map[string]map[graph.EntityType]int)
	for _, m := range ms {
		if m.Type == graph.Date || m.Kind == "demonym" || m.Kind == "surname" {
			continue
		}
		k := graph.NormalizeName(personName(m.name()))
		if votes[k] == nil {
			votes[k] = make(map[graph.EntityType]int)
		}
		w := 1
		if m.Entity != "" {
			w = 2
		}
		t := m.Type
		if t == graph.Country {
			t = graph.Location // a country's name is a place's name
		}
		votes[k][t] += w
	}
	// The last names of the people named in full: "Al-Hashimi has been
	// accused" after "Culture Minister Asad Kamal al-Hashimi" is him, though
	// the tagger read an organisation (its "Al-" capitalised at the start).
	lastNames := make(map[string]bool)
	for _, m := range ms {
		if f := strings.Fields(personName(m.name())); m.Type == graph.Person && len(f) >= 2 {
			lastNames[graph.NormalizeName(f[len(f)-1])] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Entity != "" || m.Type == graph.Date {
			continue
		}
		if k := graph.NormalizeName(personName(m.name())); m.Type == graph.Org && !strings.Contains(personName(m.name()), " ") && lastNames[k] && votes[k][graph.Org] <= 1 {
			m.Type = graph.Person
			continue
		}
		v := votes[graph.NormalizeName(personName(m.name()))]
		best, n := m.Type, 0
		for _, t := range graph.EntityTypes() {
			if v[t] > n {
				best, n = t, v[t]
			}
		}
		m.Type = best
	}
}

// fullNameFor returns the entity of the multi-word person name that the
// single-word person mention ms[i] shortens: the nearest such name before
// it, else the first after it, else a new entity of its own.
func fullNameFor(toks []Token, ms []Mention, i int) string {
	word := personName(ms[i].name())
	royal := nobleBefore(toks, ms[i].First)
	match := func(j int) bool {
		m := ms[j]
		if m.Type != graph.Person || j == i || !strings.Contains(m.Entity, "-") {
			return false
		}
		if royal && m.First > 0 && isTitleWord(toks[m.First-1].Text) && !nobleBefore(toks, m.First) {
			return false // "King Abdullah" is not "President Abdullah Gul"
		}
		parts := strings.Fields(personName(m.name()))
		// "Al-Hashimi" opening a sentence is "al-Hashimi": a particle's
		// case is the sentence's, not the name's
		return len(parts) > 1 && (parts[len(parts)-1] == word || parts[0] == word ||
			len(word) > 3 && articledSurname(strings.ToLower(word[:3])+word[3:]) && strings.EqualFold(parts[len(parts)-1], word))
	}
	// Of several people before it who share the name, the one the story
	// is about: the one titled as the mention is ("President Talabani" is
	// "President Jalal Talabani"), else the nearest not brought in as
	// another's relative ("Mr. Bush has invited his father, George H.W.
	// Bush ... Mr. Bush and President-elect Obama held talks") and not
	// of the other sex by the words before ("Mr. Bush" is not "first lady
	// Laura Bush").
	title, sex := "", ""
	if t := ms[i].First - 1; t >= 0 {
		w := lowerNoDot(toks[t].Text)
		switch {
		case honorifics[w]:
			sex = honorificSex[w]
		case isTitleWord(toks[t].Text):
			title = w
		}
	}
	nearest, kinOnly := -1, -1
	for j := i - 1; j >= 0; j-- {
		if !match(j) {
			continue
		}
		first := firstMention(ms[:i], ms[j].Entity)
		if title != "" && titledAs(toks, first, title) {
			return ms[j].Entity
		}
		switch {
		case sex != "" && sexBefore(toks, first) != "" && sexBefore(toks, first) != sex:
		case introducedAsRelative(toks, first):
			if kinOnly < 0 {
				kinOnly = j
			}
		case nearest < 0:
			nearest = j
		}
	}
	if nearest >= 0 {
		return ms[nearest].Entity
	}
	if kinOnly >= 0 {
		return ms[kinOnly].Entity
	}
	for j := i + 1; j < len(ms); j++ {
		if match(j) {
			return ms[j].Entity
		}
	}
	// "Tchiroma" for "Issa Tchiroma Bakary", "Lula" for "Luiz Inacio Lula
	// da Silva": an inner word of one full name in the document, and of
	// no other
	if len(word) > 3 && !strings.Contains(word, " ") {
		inner := ""
		for _, m := range ms[:i] {
			if m.Type != graph.Person || !strings.Contains(m.Entity, "-") || m.Entity == inner {
				continue // (a full name told before: "Tchiroma met Maurice Kamto" is no Ahmadou Tchiroma named after)
			}
			if parts := strings.Fields(personName(m.name())); len(parts) > 2 && slices.Contains(parts[1:len(parts)-1], word) {
				if inner != "" {
					return graph.Person.Slug() + "/" + gazetteer.Slug(word)
				}
				inner = m.Entity
			}
		}
		if inner != "" {
			return inner
		}
	}
	return graph.Person.Slug() + "/" + gazetteer.Slug(word)
}

// firstMention returns the first of ms that names entity.
func firstMention(ms []Mention, entity string) *Mention {
	for k := range ms {
		if ms[k].Entity == entity {
			return &ms[k]
		}
	}
	return nil
}

// titleStart returns the first token of the titles and what qualifies
// them before m: "the late", "former Prime Minister", "then-president".
func titleStart(toks []Token, m *Mention) int {
	k := m.First
	for k > 0 && k > m.First-5 {
		w := strings.ToLower(toks[k-1].Text)
		w = strings.TrimPrefix(strings.TrimPrefix(w, "then-"), "ex-")
		if !isTitleWord(w) && w != "the" && w != "later" && !graph.PastRole(w) { // "the late", "former"
			break
		}
		k--
	}
	return k
}

// titledAs reports whether title is one of the title words before m
// ("Secretary" in "Secretary of State Hillary Clinton").
func titledAs(toks []Token, m *Mention, title string) bool {
	for k := m.First - 1; k >= 0 && k >= m.First-4; k-- {
		w := lowerNoDot(toks[k].Text)
		if w == title {
			return true
		}
		if w != "of" && !isCap(toks[k].Text) {
			return false
		}
	}
	return false
}

// sexBefore returns "f" or "m" when the word before m's titles says which
// ("first lady Laura Bush", "Mrs. Clinton", "his wife, X"), else "".
func sexBefore(toks []Token, m *Mention) string {
	for k := m.First - 1; k >= 0 && k >= m.First-3; k-- {
		w := lowerNoDot(toks[k].Text)
		if sx := honorificSex[w]; sx != "" {
			return sx
		}
		if sx := sexedNouns[w]; sx != "" {
			return sx
		}
		if w != "," && w != "lady" && !isTitleWord(toks[k].Text) {
			return ""
		}
	}
	return ""
}

// honorificSex, titleSex and sexedNouns tell a man from a woman by the
// words before the name: forms of address, titles and trades, and those
// with kin.
var (
	honorificSex = map[string]string{"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f"}
	titleSex     = map[string]string{"queen": "f", "princess": "f", "duchess": "f", "countess": "f", "baroness": "f", "empress": "f",
		"actress": "f", "congresswoman": "f", "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f",
		"king": "m", "prince": "m", "duke": "m", "emperor": "m", "congressman": "m", "spokesman": "m", "chairman": "m", "businessman": "m",
		"sheikh": "m", "sheik": "m", "emir": "m", "sultan": "m"}
	sexedNouns = union(titleSex, map[string]string{"wife": "f", "widow": "f", "daughter": "f", "mother": "f", "sister": "f", "lady": "f",
		"grandmother": "f", "husband": "m", "widower": "m", "son": "m", "father": "m", "brother": "m", "grandfather": "m"})
)

// introducedAsRelative reports whether m, the first mention of a person,
// brings the person in as someone's relative: "his father, George H.W.
// Bush", "His son, Qubad Talabani", "the son of Mr. Hariri, Saad Hariri",
// "Her father, the late Gabriel Betancourt", "Kadyrov is the son of the
// late Chechen president Akhmad Kadyrov".
func introducedAsRelative(toks []Token, m *Mention) bool {
	if m == nil {
		return false
	}
	k := titleStart(toks, m) - 1
	comma := k >= 0 && toks[k].Text == ","
	if comma {
		k--
	}
	if k < 0 {
		return false
	}
	if familyNouns[strings.ToLower(toks[k].Text)] {
		return true
	}
	for n := k; n >= 1 && n >= k-5; n-- {
		w := strings.ToLower(toks[n].Text)
		if w == "," || w == "." {
			return false
		}
		if w != "of" || !familyNouns[strings.ToLower(toks[n-1].Text)] {
			continue
		}
		// "the son of Mr. Hariri, Saad Hariri": back over the parent's
		// name; "is the son of ... Akhmad Kadyrov": told of the subject.
		// "Elham Asghari, the daughter of Ali Reza Asghari" brings the
		// father in as himself.
		if comma {
			return true
		}
		return n >= 3 && toks[n-2].Text == "the" && isCopula(strings.ToLower(toks[n-3].Text))
	}
	return false
}

func isCopula(w string) bool {
	return w == "is" || w == "was" || w == "are" || w == "were"
}

// familyNouns name a person by kinship.
var familyNouns = set("wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "uncle", "aunt",
	"cousin", "nephew", "niece", "widow", "widower", "grandson", "granddaughter", "grandfather", "grandmother",
	"stepson", "stepdaughter", "stepfather", "stepmother", "half-brother", "half-sister", "step-grandmother", "brother-in-law",
	"son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "sister-in-law")

// nobleBefore reports whether a royal or noble title stands right before
// token i ("King Abdullah", "Sheikh Hasina").
func nobleBefore(toks []Token, i int) bool {
	return i > 0 && nobleTitles[lowerNoDot(toks[i-1].Text)]
}

// entitiesOf groups resolved mentions into entities.
func entitiesOf(ms []Mention, gaz *gazetteer.Gazetteer) []EntityMentions {
	byID := make(map[string]*EntityMentions)
	names := make(map[string][]string) // entity -> its mentions' words as read
	var ids []string
	for _, m := range ms {
		names[m.Entity] = append(names[m.Entity], m.name())
		em, ok := byID[m.Entity]
		if !ok {
			em = &EntityMentions{Entity: graph.Entity{ID: m.Entity, Type: m.Type}}
			if e, ok := gaz.Entity(m.Entity); ok {
				em.Entity = e
				em.Aliases = append([]string(nil), e.Aliases...)
			}
			byID[m.Entity] = em
			ids = append(ids, m.Entity)
		}
		em.Mentions = append(em.Mentions, MentionSpan{Start: m.Start, End: m.End, Text: m.Text})
		if m.Of != "" && em.Name == "" {
			// "Supreme Court (Pakistan)": one country's of a name every
			// state has.
			name := strings.TrimPrefix(strings.TrimPrefix(m.name(), "the "), "The ") // "The Supreme Court ruled"
			if c, rest := nationPrefix(gaz, name); c == m.Of {
				name = rest // "the Chinese Health Ministry", "the North Korean Foreign Ministry": Health Ministry (China), Foreign Ministry (North Korea)
			}
			em.Name = personName(name) + " (" + gaz.Name(m.Of) + ")"
		}
		if m.Type == graph.Date && em.Value == "" {
			em.Value = m.Value
		}
	}
	sort.Strings(ids)
	out := make([]EntityMentions, 0, len(ids))
	for _, id := range ids {
		em := byID[id]
		if em.Name == "" {
			em.Name = canonicalName(em, names[id])
		}
		seen := make(map[string]bool)
		for _, a := range em.Aliases {
			seen[a] = true
		}
		seen[em.Name] = true
		for _, n := range names[id] {
			if a := personName(n); !seen[a] && a != "" {
				seen[a] = true
				em.Aliases = append(em.Aliases, a) // "Peoples Democratic Party"
			}
		}
		for _, mt := range em.Mentions {
			if a := personName(mt.Text); !seen[a] && a != "" {
				seen[a] = true
				em.Aliases = append(em.Aliases, a) // and as the text wrote it
			}
			if a := nickname(mt.Text); em.Type == graph.Person && !seen[a] && a != "" {
				seen[a] = true
				em.Aliases = append(em.Aliases, a) // 'Moussa "Dadis" Camara' is also Dadis Camara
			}
		}
		out = append(out, *em)
	}
	return out
}

// canonicalName picks an entity's name from its mentions' names (as read,
// respelled): a date's value, else the longest with possessives dropped (the full name of a
// person, the long form of an organisation), written as running text
// writes it when the text also shouts it: "Grand Rapids" over a dateline's
// "GRAND RAPIDS", but "Didier RATSIRAKA" over a later "Didier".
func canonicalName(em *EntityMentions, names []string) string {
	if em.Type == graph.Date && em.Value != "" {
		return em.Value
	}
	best := ""
	for _, name := range names {
		n := personName(name)
		sn, sb := graph.Shouted(n), graph.Shouted(best)
		switch {
		case best == "":
			best = n
		case strings.EqualFold(n, best):
			if sn < sb || sn == sb && n < best {
				best = n
			}
		case len(n) > len(best) || len(n) == len(best) && (sn < sb || sn == sb && n < best):
			best = n
		}
	}
	return best
}
