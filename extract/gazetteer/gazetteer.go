package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/kgraph/kgraph/graph"
)

//go:embed data/countries.tsv data/orgs.tsv data/places.tsv
var files embed.FS

// Kind says how a name refers to its entity.
type Kind uint8

// Kinds of names.
const (
	Name     Kind = iota // the common name: "Belarus", "NATO"'s "North Atlantic Treaty Organization"
	Official             // an official long name: "Republic of Belarus"
	Alias                // another name: "Byelorussia", "U.S.", "Al Qaeda"
	Acronym              // "NATO", "CSTO"
	Demonym              // "Belarusian": the country as an adjective or its people
	Capital              // "Minsk": the capital city, standing for its government
	Seat                 // "Kremlin": a seat of power, standing for its government
)

// String returns the kind's name.
func (k Kind) String() string {
	return [...]string{"name", "official", "alias", "acronym", "demonym", "capital", "seat"}[k]
}

// Entry is one name of one entity.
type Entry struct {
	ID   string // the entity id: "country/belarus", "location/minsk", "org/nato"
	Kind Kind
	// StandsFor is the country a capital, seat or demonym stands for when
	// text uses it for a government ("Minsk has backed its ally Moscow").
	StandsFor string
}

// Gazetteer is a read-only name index. Build it with Load or Parse.
type Gazetteer struct {
	entities map[string]graph.Entity
	names    map[string][]Entry // normalised name -> entries
	synonyms map[string][]Entry // synonym key of multi-word organisation names -> entries
	maxWords map[string]int     // first word of a normalised name -> most words of a name starting with it
	kinds    map[string]string  // org or place id -> kind column ("alliance", "city"...)
	country  map[string]string  // org or location id -> country id it belongs to
	capital  map[string]string  // country id -> its capital's location id
	region   map[string]string  // city id -> region id it lies in
	// lowerCase holds the names written with a lower-case first letter,
	// by key, as written: they match only as written.
	lowerCase  map[string]string
	lowerFirst map[string]bool // first words of the names in lowerCase
	// qualified holds the regions whose names carry a qualifier in
	// brackets because the bare name is another entity's ("Georgia (U.S.
	// state)"), by country id and the bare name's key.
	qualified map[[2]string]string
}

// Load parses the embedded lists.
func Load() (*Gazetteer, error) {
	c, err := files.Open("data/countries.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer c.Close()
	o, err := files.Open("data/orgs.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer o.Close()
	p, err := files.Open("data/places.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer p.Close()
	return Parse(c, o, p)
}

// Parse reads the lists in the format of data/README.md: countries,
// organisations and, when places is not nil, other places. It reports every
// malformed row with its file and line, not only the first.
func Parse(countries, orgs, places io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{
		entities:   make(map[string]graph.Entity),
		names:      make(map[string][]Entry),
		synonyms:   make(map[string][]Entry),
		maxWords:   make(map[string]int),
		kinds:      make(map[string]string),
		country:    make(map[string]string),
		capital:    make(map[string]string),
		region:     make(map[string]string),
		lowerCase:  make(map[string]string),
		lowerFirst: make(map[string]bool),
		qualified:  make(map[[2]string]string),
	}
	var errs []error
	errs = append(errs, readTSV("countries.tsv", countries, 12, g.addCountry)...)
	errs = append(errs, readTSV("orgs.tsv", orgs, 8, g.addOrg)...)
	if places != nil {
		errs = append(errs, readTSV("places.tsv", places, 7, g.addPlace)...)
	}
	for id, c := range g.country {
		if _, ok := g.entities[c]; !ok {
			errs = append(errs, fmt.Errorf("gazetteer: %s refers to unknown country %q", id, c))
		}
	}
	for id, r := range g.region {
		if _, ok := g.entities[r]; !ok {
			errs = append(errs, fmt.Errorf("gazetteer: %s refers to unknown region %q", id, r))
		}
	}
	for k, es := range g.names {
		sortEntries(k, es)
	}
	for k, es := range g.synonyms {
		sortEntries(k, es)
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		return nil, fmt.Errorf("gazetteer: %d bad rows: %w", len(errs), joinErrors(errs))
	}
	return g, nil
}

// sortEntries orders the entries of one name: the most direct kind of name
// first; among acronyms shared by several organisations, the one whose id is
// the acronym itself (org/kgb for "KGB") is its primary sense.
func sortEntries(key string, es []Entry) {
	primary := func(e Entry) bool { return strings.HasSuffix(e.ID, "/"+Slug(key)) }
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Kind != es[j].Kind {
			return es[i].Kind < es[j].Kind
		}
		if pi, pj := primary(es[i]), primary(es[j]); pi != pj {
			return pi
		}
		return es[i].ID < es[j].ID
	})
}

type rowFunc func(cols []string) error

func readTSV(name string, r io.Reader, ncols int, add rowFunc) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 || strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != ncols {
			errs = append(errs, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(cols), ncols))
			continue
		}
		if err := add(cols); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return errs
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, ";") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// countries.tsv: id name wikidata iso2 iso3 official aliases demonyms capital capital_wikidata capital_aliases seats
func (g *Gazetteer) addCountry(c []string) error {
	if c[0] == "" || c[1] == "" {
		return fmt.Errorf("empty id or name")
	}
	id := graph.Country.Slug() + "/" + c[0]
	if _, dup := g.entities[id]; dup {
		return fmt.Errorf("duplicate id %q", c[0])
	}
	official, aliases, demonyms := list(c[5]), list(c[6]), list(c[7])
	e := graph.Entity{ID: id, Name: c[1], Type: graph.Country, Wikidata: c[2]}
	e.Aliases = append(append(append(e.Aliases, official...), aliases...), demonyms...)
	g.entities[id] = e
	g.add(c[1], Entry{ID: id, Kind: Name})
	for _, n := range official {
		g.add(n, Entry{ID: id, Kind: Official})
	}
	for _, n := range aliases {
		g.add(n, Entry{ID: id, Kind: Alias})
	}
	for _, n := range demonyms {
		g.add(n, Entry{ID: id, Kind: Demonym, StandsFor: id})
	}
	if c[8] != "" {
		cid := graph.Location.Slug() + "/" + slug(c[8])
		if _, ok := g.entities[cid]; !ok {
			g.entities[cid] = graph.Entity{ID: cid, Name: c[8], Type: graph.Location, Wikidata: c[9], Aliases: list(c[10])}
		}
		if _, ok := g.country[cid]; !ok {
			g.country[cid] = id // Moscow is Russia's, not the Soviet Union's, listed later
		}
		g.capital[id] = cid
		for _, n := range append([]string{c[8]}, list(c[10])...) {
			g.add(n, Entry{ID: cid, Kind: Capital, StandsFor: id})
		}
	}
	for _, n := range list(c[11]) {
		sid := graph.Org.Slug() + "/" + slug(n)
		if _, ok := g.entities[sid]; !ok {
			g.entities[sid] = graph.Entity{ID: sid, Name: n, Type: graph.Org, Tags: []string{"seat-of-power"}}
		}
		g.country[sid] = id
		g.add(n, Entry{ID: sid, Kind: Seat, StandsFor: id})
	}
	return nil
}

// orgs.tsv: id name wikidata kind acronyms aliases tags country
func (g *Gazetteer) addOrg(c []string) error {
	if c[0] == "" || c[1] == "" {
		return fmt.Errorf("empty id or name")
	}
	id := graph.Org.Slug() + "/" + c[0]
	if _, dup := g.entities[id]; dup {
		return fmt.Errorf("duplicate id %q", c[0])
	}
	acr, aliases := list(c[4]), list(c[5])
	e := graph.Entity{ID: id, Name: c[1], Type: graph.Org, Wikidata: c[2], Tags: list(c[6])}
	e.Aliases = append(append(e.Aliases, acr...), aliases...)
	g.entities[id] = e
	g.kinds[id] = c[3]
	if c[7] != "" {
		g.country[id] = graph.Country.Slug() + "/" + c[7]
	}
	g.add(c[1], Entry{ID: id, Kind: Name})
	g.addSynonym(c[1], Entry{ID: id, Kind: Name})
	for _, n := range acr {
		g.add(n, Entry{ID: id, Kind: Acronym})
	}
	for _, n := range aliases {
		g.add(n, Entry{ID: id, Kind: Alias})
		g.addSynonym(n, Entry{ID: id, Kind: Alias})
	}
	return nil
}

// places.tsv: id name wikidata kind country aliases region
func (g *Gazetteer) addPlace(c []string) error {
	if c[0] == "" || c[1] == "" {
		return fmt.Errorf("empty id or name")
	}
	id := graph.Location.Slug() + "/" + c[0]
	if _, dup := g.entities[id]; dup {
		return fmt.Errorf("duplicate id %q", c[0])
	}
	switch c[3] {
	case "city", "region", "area", "continent", "water":
	default:
		return fmt.Errorf("unknown kind %q", c[3])
	}
	aliases := list(c[5])
	g.entities[id] = graph.Entity{ID: id, Name: c[1], Type: graph.Location, Wikidata: c[2], Aliases: aliases}
	g.kinds[id] = c[3]
	g.addArticle(c[1], Entry{ID: id, Kind: Name})
	for _, n := range aliases {
		g.addArticle(n, Entry{ID: id, Kind: Alias})
	}
	if c[4] != "" {
		g.country[id] = graph.Country.Slug() + "/" + c[4]
		if bare, _, ok := strings.Cut(c[1], " ("); ok && c[3] == "region" {
			g.qualified[[2]string{g.country[id], graph.NormalizeName(bare)}] = id
		}
	}
	if c[6] != "" {
		g.region[id] = graph.Location.Slug() + "/" + c[6]
	}
	g.add(c[1], Entry{ID: id, Kind: Name})
	for _, n := range aliases {
		g.add(n, Entry{ID: id, Kind: Alias})
	}
	return nil
}

// addArticle also files a place whose name starts with "The" ("The Hague",
// "The Gambia") under the name with its article, so that a match takes the
// article in: the article is part of such names.
func (g *Gazetteer) addArticle(name string, e Entry) {
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		if k := graph.NormalizeName(rest); k != "" {
			g.addKey("the "+k, e)
		}
	}
}

func (g *Gazetteer) add(name string, e Entry) {
	key := graph.NormalizeName(name)
	if key == "" {
		return
	}
	written := strings.TrimSpace(name)
	if rest, ok := strings.CutPrefix(written, "the "); ok {
		written = rest // "the States" is written "States" after its article
	}
	if strings.HasPrefix(written, "Al-") || strings.HasPrefix(written, "Al ") {
		written = "a" + written[1:] // "Al-Shabaab" is as often "al-Shabaab": the Arabic article
	}
	if r := []rune(written); len(r) > 0 && unicode.IsLower(r[0]) {
		g.lowerCase[key] = written // "dpa", "al-Qaeda": written in lower case
		first, _, _ := strings.Cut(key, " ")
		g.lowerFirst[first] = true
	}
	g.addKey(key, e)
	// British and American spellings of a body's kind word name the same
	// body: "South West Africa People's Organisation" and "...
	// Organization".
	for _, sp := range spellings {
		if strings.Contains(key, sp[0]) {
			g.addKey(strings.ReplaceAll(key, sp[0], sp[1]), e)
		} else if strings.Contains(key, sp[1]) {
			g.addKey(strings.ReplaceAll(key, sp[1], sp[0]), e)
		}
	}
}

// spellings are the British and American forms of words in bodies' names.
var spellings = [][2]string{{"organisation", "organization"}, {"programme", "program"}, {"centre", "center"}, {"defence", "defense"}}

func (g *Gazetteer) addKey(key string, e Entry) {
	for _, old := range g.names[key] {
		if old == e {
			return
		}
	}
	g.names[key] = append(g.names[key], e)
	first, _, _ := strings.Cut(key, " ")
	if n := strings.Count(key, " ") + 1; n > g.maxWords[first] {
		g.maxWords[first] = n
	}
}

func (g *Gazetteer) addSynonym(name string, e Entry) {
	if strings.Count(strings.TrimSpace(name), " ") < 2 {
		return // synonym matching is for long names only: short ones collide
	}
	key := SynonymKey(name)
	for _, old := range g.synonyms[key] {
		if old.ID == e.ID {
			return
		}
	}
	g.synonyms[key] = append(g.synonyms[key], e)
}

// Lookup returns the entries of a normalised name, most direct kinds first.
// The slice must not be modified.
func (g *Gazetteer) Lookup(norm string) []Entry { return g.names[norm] }

// LookupSynonyms returns the organisations whose multi-word name has the
// same synonym key as name: "Group for Safety and Cooperation in Europe"
// finds the OSCE.
func (g *Gazetteer) LookupSynonyms(name string) []Entry { return g.synonyms[SynonymKey(name)] }

// LowerCaseForm returns how a name whose key is norm is written when it
// starts with a lower-case letter ("dpa"), or "" if it does not.
func (g *Gazetteer) LowerCaseForm(norm string) string { return g.lowerCase[norm] }

// StartsLowerCaseName reports whether some name written in lower case starts
// with the normalised word first.
func (g *Gazetteer) StartsLowerCaseName(first string) bool { return g.lowerFirst[first] }

// MaxWords returns the most words of any name whose first normalised word is
// first, or 0 if no name starts with it.
func (g *Gazetteer) MaxWords(first string) int { return g.maxWords[first] }

// Entity returns the canonical entity with id.
func (g *Gazetteer) Entity(id string) (graph.Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Name returns the name of the entity with this id, or the id itself when
// the gazetteer does not know it.
func (g *Gazetteer) Name(id string) string {
	if e, ok := g.entities[id]; ok {
		return e.Name
	}
	return id
}

// QualifiedRegion returns the region of country whose name is the bare
// name plus a qualifier in brackets ("Georgia" in the United States is
// "Georgia (U.S. state)"), or "".
func (g *Gazetteer) QualifiedRegion(country, norm string) string {
	return g.qualified[[2]string{country, norm}]
}

// Kind returns the kind column of an organisation or place ("alliance",
// "agency", "city", "region").
func (g *Gazetteer) Kind(id string) string { return g.kinds[id] }

// CountryOf returns the country a place, capital, seat or national body
// belongs to, or "".
func (g *Gazetteer) CountryOf(id string) string { return g.country[id] }

// RegionOf returns the region a city lies in, or "".
func (g *Gazetteer) RegionOf(id string) string { return g.region[id] }

// Capital returns the location id of a country's capital ("country/qatar"
// gives "location/doha"), or "".
func (g *Gazetteer) Capital(country string) string { return g.capital[country] }

// Entities returns every entity sorted by id.
func (g *Gazetteer) Entities() []graph.Entity {
	out := make([]graph.Entity, 0, len(g.entities))
	for _, e := range g.entities {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// slug makes an id from a name: lower-case ASCII letters and digits joined by
// hyphens; other letters are folded to ASCII where a plain form exists.
func slug(name string) string { return Slug(name) }

// Slug makes an id segment from a name: "Alexander Lukashenko" gives
// "alexander-lukashenko", "Côte d'Ivoire" gives "cote-divoire".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		r = fold(r)
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '\u2019' || r == '.':
		default:
			dash = true
		}
	}
	return b.String()
}

func fold(r rune) rune {
	const from, to = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőřśšşţťùúûüūůűųýÿžźż", "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorsssttuuuuuuuuyyzzz"
	if r < 0x80 {
		return r
	}
	fr := []rune(from)
	for i, c := range fr {
		if c == r {
			return rune(to[i])
		}
	}
	return r
}

func joinErrors(errs []error) error {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return fmt.Errorf("%s", strings.Join(msgs, "; "))
}
