package extract

import "strings"

// Word lists the rules share. They are small closed classes of English, not
// names: names live in the gazetteer and the model.

// titleWords precede a name and are not part of it ("Press Secretary John
// Kirby"). Lower-case forms; "of" joins them ("Secretary of State").
var titleWords = set(
	"president", "vice", "prime", "minister", "ministers", "secretary", "press", "foreign", "defense",
	"defence", "interior", "finance", "economy", "justice", "chancellor", "chief", "leader", "general",
	"gen", "sen", "senator", "rep", "representative", "king", "queen", "emperor", "empress", "prince", "princess", "crown",
	"mr", "mrs", "ms", "dr", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
	"commander", "colonel", "col", "lt", "lieutenant", "governor", "gov", "mayor", "pope", "sheikh",
	"emir", "deputy", "director", "chairman", "chairwoman", "chair", "premier", "speaker", "counterpart",
	"judge", "attorney", "cardinal", "archbishop", "bishop", "ayatollah", "supreme", "sergeant", "sgt",
	"mullah", "maulana", "maulvi", "mawlawi", "sheik", "imam", "reverend", "rev", "pastor", "rabbi",
	"captain", "capt", "admiral", "adm", "marshal", "officer", "agent", "former", "acting", "interim",
	"senior", "adviser", "advisor", "head", "coach", "professor", "prof", "sir", "dame", "lord", "lady",
	"opposition", "party", "state", "national", "security", "top", "commissioner", "mp", "congressman",
	"congresswoman", "dictator", "strongman", "ruler", "monarch", "sultan", "tsar", "czar", "field", "army",
	"military", "intelligence", "foreign-policy", "first", "executive", "ceo", "founder", "chairperson",
	"secretary-general", "undersecretary-general", "under-secretary-general", "undersecretary", "director-general", "prosecutor", "minister-president", "premier", "presidential", "candidate",
	"challenger", "incumbent", "rebel", "militant", "activist", "dissident", "journalist", "reporter",
	"analyst", "author", "economist", "scientist", "spokesmen", "lawmaker", "legislator", "diplomat",
	"official", "officials", "negotiator", "player", "striker", "midfielder", "defender", "goalkeeper",
	"manager", "boss", "leaders", "president-elect", "mp", "foreign", "trade", "health", "education",
	"environment", "energy", "labor", "labour", "agriculture", "transport", "culture", "development",
	"co-leader", "co-chair", "co-chairman", "co-director", "co-founder", "vice-president", "vice-chairman",
	"administrator", "correspondent", "correspondents", "editor", "columnist", "photographer", "cameraman",
	"editor-in-chief", "commander-in-chief",
	"pilot", "engineer", "researcher", "technician", "astronaut", "physicist", "chemist", "geologist", "staffer", "commentator",
)

// leaderTitles make the person a leader of the country or organisation the
// title is attached to ("Belarusian President", "NATO Secretary-General").
var leaderTitles = set(
	"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "empress", "leader", "chief",
	"head", "head of state", "head of government", "emir", "sultan", "monarch", "supreme leader",
	"secretary-general", "secretary general", "general secretary", "general-secretary", "chairman", "chairwoman", "chairperson", "chair",
	"dictator", "strongman", "ruler", "tsar", "czar", "president-elect", "pope", "ayatollah", "minister-president",
	"director", "director-general", "director general", "ceo", "boss", "founder and leader",
	"governor", "mayor", "chief minister", "first minister", "chief executive", "chief executive officer", "administrator",
	"political bureau chief", "political bureau head", "politburo chief", "politburo head", // Hamas's leadership
)

// personTitles are titles that only ever stand before a person's name.
var personTitles = set(
	"president", "minister", "secretary", "chancellor", "senator", "sen", "rep", "king", "queen", "emperor", "empress",
	"prince", "princess", "mr", "mrs", "ms", "dr", "spokesman", "spokeswoman", "spokesperson",
	"ambassador", "envoy", "commander", "colonel", "col", "lt", "lieutenant", "governor", "gov",
	"mayor", "pope", "sheikh", "emir", "chairman", "chairwoman", "premier", "speaker", "judge",
	"cardinal", "archbishop", "bishop", "ayatollah", "mullah", "maulana", "maulvi", "mawlawi", "sheik", "imam", "reverend", "rev", "pastor", "rabbi",
	"sergeant", "sgt", "captain", "capt", "admiral",
	"adm", "marshal", "gen", "general", "professor", "prof", "sir", "dame", "counterpart", "leader",
	"chief", "coach", "commissioner", "congressman", "congresswoman", "dictator", "strongman",
	"sultan", "tsar", "czar", "ceo", "founder", "prosecutor", "candidate", "challenger", "journalist",
	"author", "analyst", "economist", "scientist", "lawmaker", "diplomat", "official", "negotiator",
	"striker", "midfielder", "defender", "goalkeeper", "manager", "boss", "president-elect",
	"secretary-general", "activist", "dissident", "reporter", "director", "head", "mp", "officer", "agent",
	"co-leader", "co-chair", "co-director", "co-founder", "vice-president", "administrator",
)

// orgWords make a capitalised phrase an organisation ("Central Election
// Commission", "Russian Enterprise Channel").
var orgWords = set(
	"organization", "organisation", "group", "commission", "committee", "council", "party", "ministry",
	"department", "agency", "bank", "fund", "union", "association", "federation", "institute",
	"university", "college", "court", "parliament", "assembly", "congress", "senate", "army", "navy",
	"forces", "force", "corps", "front", "movement", "alliance", "league", "company", "corporation",
	"corp", "inc", "ltd", "llc", "plc", "ag", "gmbh", "channel", "network", "television", "tv", "radio",
	"news", "times", "post", "press", "agency", "foundation", "society", "service", "services", "office",
	"bureau", "authority", "board", "pact", "treaty", "brigade", "brigades", "militia", "guard", "police",
	"church", "club", "team", "fc", "airlines", "airways", "motors", "industries", "holdings", "group",
	"enterprise", "fee", "directorate", "secretariat", "cabinet", "government", "administration",
	"coalition", "bloc", "tribunal", "centre", "center", "school", "hospital", "museum", "exchange",
	"magazine", "journal", "gazette", "herald", "tribune", "daily", "institution", "observatory",
	"programme", "program", "mission", "chamber", "delegation", "consulate", "embassy", "legion", "taliban",
	"academy",
)

// eventWords mark a capitalised phrase that names an event or a period, not
// a person: "World War III", "Cold War", "Olympic Games".
var eventWords = set(
	"war", "warfare", "cup", "olympics", "olympic", "games", "championship", "championships",
	"summit", "conference", "crisis", "revolution", "uprising", "spring", "election", "elections",
	"referendum", "festival", "prize", "award", "awards", "day", "week", "year", "era", "age",
	"accord", "accords", "agreement", "article", "act", "law", "plan", "operation", "doctrine",
	"treaty", "declaration", "convention", "protocol", "state", "union", "league", "open",
	"marathon", "tour", "grand", "prix", "derby", "series", "bowl", "final", "finals", "i", "ii",
	"iii", "iv", "v", "vi",
)

// nameConnectors may join the words of one name ("Bank of England", "Osama
// bin Laden", "Charles de Gaulle").
var nameConnectors = set("of", "for", "de", "del", "della", "di", "da", "du", "van", "von", "der",
	"den", "bin", "ibn", "al", "el", "la", "le", "y", "and", "in", "on", "the", "&", "es", "dos", "das", "des", "los", "las", "por", "pour", "para")

// locPrepositions precede a place: "in Chernobyl", "near Gomel".
var locPrepositions = set("in", "at", "near", "from", "to", "into", "across", "outside", "inside",
	"towards", "toward", "via", "throughout")

// speechVerbs follow a person who speaks: "Kirby said".
var speechVerbs = set("said", "says", "say", "told", "tells", "added", "asked", "asserted", "claimed",
	"warned", "mentioned", "stated", "noted", "insisted", "argued", "wrote", "explained", "declared",
	"announced", "informed", "replied", "urged", "stressed", "predicted", "acknowledged", "admitted",
	"denied", "believes", "thinks", "vowed", "emphasised", "emphasized", "confirmed", "recalled")

// union returns a new map of the entries of all maps, a later map's
// value for a word winning: the words in any of several sets, or of
// several word lists with values ("sexedNouns").
func union[V any](maps ...map[string]V) map[string]V {
	out := make(map[string]V)
	for _, m := range maps {
		for w, v := range m {
			out[w] = v
		}
	}
	return out
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lowerNoDot is the form word lists are keyed by: lower case, no full stops.
func lowerNoDot(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, ".", ""))
}
