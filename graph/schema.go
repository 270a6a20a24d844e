package graph

import (
	"fmt"
	"strings"
)

// EntityType is the kind of an entity.
type EntityType string

// The entity types kgraph recognises.
const (
	Person   EntityType = "PERSON"
	Org      EntityType = "ORG"
	Country  EntityType = "COUNTRY"
	Location EntityType = "LOCATION"
	Date     EntityType = "DATE"
)

// EntityTypes lists every entity type in a fixed order.
func EntityTypes() []EntityType { return []EntityType{Person, Org, Country, Location, Date} }

// ParseEntityType reads an entity type case-insensitively; "organization",
// "loc" and "per" are accepted as the usual short forms.
func ParseEntityType(s string) (EntityType, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "PERSON", "PER", "PEOPLE", "PEOP":
		return Person, nil
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org, nil
	case "COUNTRY", "GPE":
		return Country, nil
	case "LOCATION", "LOC", "PLACE":
		return Location, nil
	case "DATE", "TIME":
		return Date, nil
	}
	return "", fmt.Errorf("graph: unknown entity type %q (want one of PERSON, ORG, COUNTRY, LOCATION, DATE)", s)
}

// Slug is the lower-case form used as an entity id prefix ("country/belarus").
func (t EntityType) Slug() string { return strings.ToLower(string(t)) }

// RelationType names a relation ("allied-with").
type RelationType string

// The relation types of the registry.
const (
	AlliedWith      RelationType = "allied-with"
	MemberOf        RelationType = "member-of"
	MetWith         RelationType = "met-with"
	LeaderOf        RelationType = "leader-of"
	WorksFor        RelationType = "works-for"
	CitizenOf       RelationType = "citizen-of"
	LocatedIn       RelationType = "located-in"
	BasedIn         RelationType = "based-in"
	LivesIn         RelationType = "lives-in"
	Attacked        RelationType = "attacked"
	Killed          RelationType = "killed"
	Supports        RelationType = "supports"
	Aids            RelationType = "aids"
	Opposes         RelationType = "opposes"
	Sanctions       RelationType = "sanctions"
	NegotiatesWith  RelationType = "negotiates-with"
	SeeksMembership RelationType = "seeks-membership"
	Founded         RelationType = "founded"
)

// RelationDef describes one relation type: how it reads, which entity types
// it joins, how a question may ask for it and which words state it.
type RelationDef struct {
	Type RelationType
	// Code is the relation's byte in store keys. Codes are never reused or
	// renumbered: a database written by an older build must stay readable.
	Code      byte
	Symmetric bool
	// Sources and Targets are the entity types allowed at each end.
	Sources, Targets []EntityType
	// Verb reads the relation between two names: "Belarus <is allied with> Russia".
	Verb string
	// Incoming are question phrasings whose answers are sources of the
	// relation for a given target ("members of X"); Outgoing are phrasings
	// whose answers are targets for a given source ("what is X a member of").
	// A symmetric relation lists its phrasings under Incoming.
	Incoming, Outgoing []string
	// Pairs are yes-or-no phrasings about two entities, the source's slot
	// first: "did %s attack %s".
	Pairs []string
	// Cues are lemmas that state the relation in text; the extractor's
	// patterns use them.
	Cues []string
}

// Allows reports whether the relation may join a source of type s to a target of type t.
func (d RelationDef) Allows(s, t EntityType) bool {
	return hasType(d.Sources, s) && hasType(d.Targets, t)
}

func hasType(ts []EntityType, t EntityType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

var (
	polity = []EntityType{Country, Org}
	actors = []EntityType{Person, Org, Country}
	places = []EntityType{Country, Location}
)

// Registry is the read-only set of relation types.
type Registry struct{ defs []RelationDef }

// Relations is the relation registry. It is read-only: it has no method
// that changes it.
var Relations = Registry{defs: []RelationDef{
	{Type: AlliedWith, Code: 1, Symmetric: true, Sources: polity, Targets: polity, Verb: "is allied with",
		Incoming: []string{"who is allied with", "who are allied with", "allies of", "who are the allies of", "who are allies of", "ally of", "allied with", "%s's allies", "who are %s's allies",
			"%s allies", "which countries are allied with", "what countries are allied with", "list the allies of", "list %s's allies",
			"who is %s allied with", "what is %s allied with", "who are %s allied with", "which countries is %s allied with"},
		Pairs: []string{"is %s allied with %s", "are %s and %s allied", "are %s and %s allies", "is %s an ally of %s", "is %s allied to %s"},
		Cues:  []string{"ally", "allied", "alliance", "allies"}},
	{Type: MemberOf, Code: 2, Sources: actors, Targets: []EntityType{Org}, Verb: "is a member of",
		Incoming: []string{"members of", "who is a member of", "who are members of", "who are the members of", "member states of", "who belongs to", "who belong to", "what countries are in", "who is in", "%s members", "who are %s members", "%s's members", "who are %s's members", "%s member states",
			"which countries are members of", "what countries are members of", "which states are members of", "which countries belong to",
			"what countries belong to", "which countries are in", "list %s members", "list the members of", "list members of"},
		Outgoing: []string{"what is %s a member of", "what does %s belong to", "which alliances is %s in", "which organisations is %s in", "which organizations is %s in", "memberships of", "what did %s join", "what has %s joined",
			"what organizations is %s a member of", "what organisations is %s a member of", "which organizations is %s a member of",
			"which organisations is %s a member of", "which alliances is %s a member of", "what alliances is %s in", "what alliances does %s belong to"},
		Pairs: []string{"is %s a member of %s", "is %s in %s", "does %s belong to %s", "did %s join %s", "when did %s join %s", "has %s joined %s"},
		Cues:  []string{"member", "members", "membership", "join", "joined", "belong"}},
	{Type: MetWith, Code: 3, Symmetric: true, Sources: actors, Targets: actors, Verb: "met with",
		Incoming: []string{"who met with", "who met", "who has met", "who has met with", "who did %s meet", "who did %s meet with", "meetings of", "meetings with",
			"who has %s met", "who has %s met with", "whom did %s meet", "whom has %s met"},
		Pairs: []string{"did %s meet %s", "did %s meet with %s", "has %s met %s", "has %s met with %s", "when did %s meet %s", "when did %s meet with %s", "have %s and %s met"},
		Cues:  []string{"meet", "meeting", "talks", "summit", "assembly", "visit", "host", "receive"}},
	{Type: LeaderOf, Code: 4, Sources: []EntityType{Person}, Targets: []EntityType{Country, Org, Location}, Verb: "leads",
		Incoming: []string{"who leads", "who is the leader of", "who is leader of", "leader of", "leaders of", "who heads", "who runs", "head of", "who is the president of", "president of",
			"who is the head of", "who is the prime minister of", "prime minister of", "who is the king of", "who governs", "who rules", "who chairs"},
		Outgoing: []string{"what does %s lead", "what does %s head", "what is %s the leader of"},
		Pairs:    []string{"does %s lead %s", "is %s the leader of %s", "is %s the president of %s", "does %s head %s", "did %s lead %s"},
		Cues:     []string{"president", "prime minister", "leader", "chief", "head", "chancellor", "king", "queen", "premier", "lead"}},
	{Type: WorksFor, Code: 5, Sources: []EntityType{Person}, Targets: []EntityType{Org, Country}, Verb: "works for",
		Incoming: []string{"who works for", "who works at", "employees of", "staff of", "officials of", "who speaks for", "who is employed by", "who worked for"},
		Outgoing: []string{"who does %s work for", "where does %s work", "employer of"},
		Pairs:    []string{"does %s work for %s", "did %s work for %s", "does %s work at %s"},
		Cues:     []string{"spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "official", "agent", "officer", "envoy", "ambassador"}},
	{Type: CitizenOf, Code: 6, Sources: []EntityType{Person}, Targets: []EntityType{Country}, Verb: "is a citizen of",
		Incoming: []string{"citizens of", "who is a citizen of", "who are citizens of", "nationals of"},
		Outgoing: []string{"what is the nationality of", "nationality of", "citizenship of"},
		Pairs:    []string{"is %s a citizen of %s"},
		Cues:     []string{"citizen", "national", "native"}},
	{Type: LocatedIn, Code: 7, Sources: []EntityType{Location, Org}, Targets: places, Verb: "is located in",
		Incoming: []string{"what is in", "what is located in", "places in", "cities in", "what lies in"},
		Outgoing: []string{"where is", "where is %s located", "location of"},
		Pairs:    []string{"is %s in %s", "is %s located in %s"},
		Cues:     []string{"in", "city", "town", "region", "province"}},
	{Type: BasedIn, Code: 8, Sources: []EntityType{Org}, Targets: places, Verb: "is based in",
		Incoming: []string{"what is based in", "organisations based in", "organizations based in", "who is based in", "headquartered in"},
		Outgoing: []string{"where is %s based", "where is %s headquartered", "headquarters of"},
		Pairs:    []string{"is %s based in %s", "is %s headquartered in %s"},
		Cues:     []string{"based", "headquartered", "headquarters"}},
	{Type: LivesIn, Code: 9, Sources: []EntityType{Person}, Targets: places, Verb: "lives in",
		Incoming: []string{"who lives in", "who live in", "residents of"},
		Outgoing: []string{"where does %s live", "residence of"},
		Pairs:    []string{"does %s live in %s", "did %s live in %s"},
		Cues:     []string{"live", "reside", "exile", "resident"}},
	{Type: Attacked, Code: 10, Sources: actors, Targets: []EntityType{Person, Org, Country, Location}, Verb: "attacked",
		Incoming: []string{"who attacked", "who invaded", "who struck", "attackers of"},
		Outgoing: []string{"who did %s attack", "what did %s attack", "who did %s invade", "what did %s invade", "who has %s attacked", "what has %s attacked", "who did %s strike", "what did %s strike", "who was attacked by", "what was attacked by"},
		Pairs:    []string{"did %s attack %s", "has %s attacked %s", "did %s invade %s", "when did %s attack %s", "when did %s invade %s", "did %s strike %s"},
		Cues:     []string{"attack", "invade", "invasion", "assault", "strike", "bomb", "shell", "offensive", "incursion", "war"}},
	{Type: Killed, Code: 11, Sources: actors, Targets: []EntityType{Person}, Verb: "killed",
		Incoming: []string{"who killed", "who assassinated", "who murdered"},
		Outgoing: []string{"who did %s kill", "who has %s killed", "who was killed by", "who was assassinated by"},
		Pairs:    []string{"did %s kill %s", "has %s killed %s"},
		Cues:     []string{"kill", "assassinate", "murder", "shoot", "execute", "assassin"}},
	{Type: Supports, Code: 12, Sources: actors, Targets: actors, Verb: "supports",
		Incoming: []string{"who supports", "who backs", "supporters of", "backers of", "who sides with", "who backed", "who supported", "who is %s backed by", "who is %s supported by"},
		Outgoing: []string{"who does %s support", "who does %s back", "what does %s support", "who did %s support", "who did %s back"},
		Pairs:    []string{"does %s support %s", "did %s support %s", "does %s back %s"},
		Cues:     []string{"support", "back", "endorse", "side", "champion"}},
	{Type: Aids, Code: 13, Sources: actors, Targets: []EntityType{Person, Org, Country, Location}, Verb: "aids", // ("aid to Gaza": a territory's people)
		Incoming: []string{"who aids", "who helps", "who sends aid to", "who arms", "donors to", "who gives aid to"},
		Outgoing: []string{"who does %s aid", "who does %s help", "who does %s arm", "who did %s aid", "who did %s help", "who did %s arm"},
		Pairs:    []string{"does %s aid %s", "did %s aid %s", "does %s help %s", "did %s help %s", "does %s arm %s"},
		Cues:     []string{"aid", "help", "assistance", "arm", "send", "supply", "provide", "donate", "fund"}},
	{Type: Opposes, Code: 14, Sources: actors, Targets: actors, Verb: "opposes",
		Incoming: []string{"who opposes", "opponents of", "critics of", "who criticises", "who criticizes", "who condemns"},
		Outgoing: []string{"who does %s oppose", "what does %s oppose", "who did %s condemn", "what did %s condemn", "who does %s criticise", "who does %s criticize"},
		Pairs:    []string{"does %s oppose %s", "did %s oppose %s", "did %s condemn %s", "did %s criticise %s", "did %s criticize %s"},
		Cues:     []string{"oppose", "condemn", "criticise", "criticize", "denounce", "reject", "opposition"}},
	{Type: Sanctions, Code: 15, Sources: polity, Targets: actors, Verb: "sanctions",
		Incoming: []string{"who sanctions", "who sanctioned", "who has sanctioned", "who imposed sanctions on"},
		Outgoing: []string{"who does %s sanction", "who did %s sanction", "what does %s sanction", "what did %s sanction", "who has %s sanctioned", "sanctions by"},
		Pairs:    []string{"did %s sanction %s", "has %s sanctioned %s", "does %s sanction %s"},
		Cues:     []string{"sanction", "embargo", "blacklist", "penalty"}},
	{Type: NegotiatesWith, Code: 16, Symmetric: true, Sources: actors, Targets: actors, Verb: "negotiates with",
		Incoming: []string{"who negotiates with", "who is negotiating with", "who negotiated with", "negotiations with", "who is in talks with"},
		Pairs:    []string{"is %s negotiating with %s", "did %s negotiate with %s", "are %s and %s negotiating", "did %s and %s hold talks", "is %s in talks with %s"},
		Cues:     []string{"negotiate", "negotiation", "negotiator", "talks", "mediate"}},
	{Type: SeeksMembership, Code: 17, Sources: []EntityType{Country, Org}, Targets: []EntityType{Org}, Verb: "seeks to join",
		Incoming: []string{"who wants to join", "who seeks to join", "who applied to join", "candidates for", "aspirants to", "who is seeking to join"},
		Outgoing: []string{"what does %s want to join", "what does %s seek to join", "what is %s trying to join"},
		Pairs:    []string{"does %s want to join %s", "is %s seeking to join %s", "did %s apply to join %s", "does %s seek to join %s"},
		Cues:     []string{"seek", "apply", "aspire", "bid", "candidate", "application"}},
	{Type: Founded, Code: 18, Sources: actors, Targets: []EntityType{Org}, Verb: "founded",
		Incoming: []string{"who founded", "founders of", "who created", "who established"},
		Outgoing: []string{"what did %s found", "what did %s create"},
		Pairs:    []string{"did %s found %s", "did %s create %s"},
		Cues:     []string{"found", "founder", "establish", "create", "form", "formation"}},
}}

// Lookup returns the definition of t.
func (r Registry) Lookup(t RelationType) (RelationDef, bool) {
	for _, d := range r.defs {
		if d.Type == t {
			return d, true
		}
	}
	return RelationDef{}, false
}

// ByCode returns the definition whose store code is c.
func (r Registry) ByCode(c byte) (RelationDef, bool) {
	for _, d := range r.defs {
		if d.Code == c {
			return d, true
		}
	}
	return RelationDef{}, false
}

// All returns every definition in registry order. The slice is a copy.
func (r Registry) All() []RelationDef {
	return append([]RelationDef(nil), r.defs...)
}

// Parse reads a relation type by name, accepting spaces or underscores for
// hyphens ("allied with", "member_of").
func (r Registry) Parse(s string) (RelationType, error) {
	n := strings.NewReplacer(" ", "-", "_", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
	if d, ok := r.Lookup(RelationType(n)); ok {
		return d.Type, nil
	}
	names := make([]string, len(r.defs))
	for i, d := range r.defs {
		names[i] = string(d.Type)
	}
	return "", fmt.Errorf("graph: unknown relation %q (want one of %s)", s, strings.Join(names, ", "))
}
