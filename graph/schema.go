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
		Incoming: []string{"who is allied with", "who are allied with", "allies of", "who are the allies of", "who are allies of", "ally of", "allied with"},
		Cues:     []string{"ally", "allied", "alliance", "allies"}},
	{Type: MemberOf, Code: 2, Sources: actors, Targets: []EntityType{Org}, Verb: "is a member of",
		Incoming: []string{"members of", "who is a member of", "who are members of", "who are the members of", "member states of", "who belongs to", "who belong to", "what countries are in", "who is in"},
		Outgoing: []string{"what is %s a member of", "what does %s belong to", "which alliances is %s in", "which organisations is %s in", "which organizations is %s in", "memberships of", "what did %s join", "what has %s joined"},
		Cues:     []string{"member", "members", "membership", "join", "joined", "belong"}},
	{Type: MetWith, Code: 3, Symmetric: true, Sources: actors, Targets: actors, Verb: "met with",
		Incoming: []string{"who met with", "who met", "who has met", "who has met with", "who did %s meet", "who did %s meet with", "meetings of", "meetings with"},
		Cues:     []string{"meet", "meeting", "talks", "summit", "assembly", "visit", "host", "receive"}},
	{Type: LeaderOf, Code: 4, Sources: []EntityType{Person}, Targets: []EntityType{Country, Org, Location}, Verb: "leads",
		Incoming: []string{"who leads", "who is the leader of", "who is leader of", "leader of", "leaders of", "who heads", "who runs", "head of", "who is the president of", "president of"},
		Outgoing: []string{"what does %s lead", "what does %s head", "what is %s the leader of"},
		Cues:     []string{"president", "prime minister", "leader", "chief", "head", "chancellor", "king", "queen", "premier", "lead"}},
	{Type: WorksFor, Code: 5, Sources: []EntityType{Person}, Targets: []EntityType{Org, Country}, Verb: "works for",
		Incoming: []string{"who works for", "who works at", "employees of", "staff of", "officials of", "who speaks for"},
		Outgoing: []string{"who does %s work for", "where does %s work", "employer of"},
		Cues:     []string{"spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "official", "agent", "officer", "envoy", "ambassador"}},
	{Type: CitizenOf, Code: 6, Sources: []EntityType{Person}, Targets: []EntityType{Country}, Verb: "is a citizen of",
		Incoming: []string{"citizens of", "who is a citizen of", "who are citizens of", "nationals of"},
		Outgoing: []string{"what is the nationality of", "nationality of", "citizenship of"},
		Cues:     []string{"citizen", "national", "native"}},
	{Type: LocatedIn, Code: 7, Sources: []EntityType{Location, Org}, Targets: places, Verb: "is located in",
		Incoming: []string{"what is in", "what is located in", "places in", "cities in", "what lies in"},
		Outgoing: []string{"where is", "where is %s located", "location of"},
		Cues:     []string{"in", "city", "town", "region", "province"}},
	{Type: BasedIn, Code: 8, Sources: []EntityType{Org}, Targets: places, Verb: "is based in",
		Incoming: []string{"what is based in", "organisations based in", "organizations based in", "who is based in", "headquartered in"},
		Outgoing: []string{"where is %s based", "where is %s headquartered", "headquarters of"},
		Cues:     []string{"based", "headquartered", "headquarters"}},
	{Type: LivesIn, Code: 9, Sources: []EntityType{Person}, Targets: places, Verb: "lives in",
		Incoming: []string{"who lives in", "who live in", "residents of"},
		Outgoing: []string{"where does %s live", "residence of"},
		Cues:     []string{"live", "reside", "exile", "resident"}},
	{Type: Attacked, Code: 10, Sources: actors, Targets: []EntityType{Person, Org, Country, Location}, Verb: "attacked",
		Incoming: []string{"who attacked", "who invaded", "who struck", "attackers of"},
		Outgoing: []string{"who did %s attack", "what did %s attack", "who did %s invade", "what did %s invade", "who has %s attacked", "what has %s attacked", "who did %s strike", "what did %s strike"},
		Cues:     []string{"attack", "invade", "invasion", "assault", "strike", "bomb", "shell", "offensive", "incursion", "war"}},
	{Type: Killed, Code: 11, Sources: actors, Targets: []EntityType{Person}, Verb: "killed",
		Incoming: []string{"who killed", "who assassinated", "who murdered"},
		Outgoing: []string{"who did %s kill", "who has %s killed"},
		Cues:     []string{"kill", "assassinate", "murder", "shoot", "execute", "assassin"}},
	{Type: Supports, Code: 12, Sources: actors, Targets: actors, Verb: "supports",
		Incoming: []string{"who supports", "who backs", "supporters of", "backers of", "who sides with"},
		Outgoing: []string{"who does %s support", "who does %s back", "what does %s support", "who did %s support", "who did %s back"},
		Cues:     []string{"support", "back", "endorse", "side", "champion"}},
	{Type: Aids, Code: 13, Sources: actors, Targets: actors, Verb: "aids",
		Incoming: []string{"who aids", "who helps", "who sends aid to", "who arms", "donors to", "who gives aid to"},
		Outgoing: []string{"who does %s aid", "who does %s help", "who does %s arm", "who did %s aid", "who did %s help", "who did %s arm"},
		Cues:     []string{"aid", "help", "assistance", "arm", "send", "supply", "provide", "donate", "fund"}},
	{Type: Opposes, Code: 14, Sources: actors, Targets: actors, Verb: "opposes",
		Incoming: []string{"who opposes", "opponents of", "critics of", "who criticises", "who criticizes", "who condemns"},
		Outgoing: []string{"who does %s oppose", "what does %s oppose", "who did %s condemn", "what did %s condemn", "who does %s criticise", "who does %s criticize"},
		Cues:     []string{"oppose", "condemn", "criticise", "criticize", "denounce", "reject", "opposition"}},
	{Type: Sanctions, Code: 15, Sources: polity, Targets: actors, Verb: "sanctions",
		Incoming: []string{"who sanctions", "who sanctioned", "who has sanctioned", "who imposed sanctions on"},
		Outgoing: []string{"who does %s sanction", "who did %s sanction", "what does %s sanction", "what did %s sanction", "who has %s sanctioned", "sanctions by"},
		Cues:     []string{"sanction", "embargo", "blacklist", "penalty"}},
	{Type: NegotiatesWith, Code: 16, Symmetric: true, Sources: actors, Targets: actors, Verb: "negotiates with",
		Incoming: []string{"who negotiates with", "who is negotiating with", "who negotiated with", "negotiations with", "who is in talks with"},
		Cues:     []string{"negotiate", "negotiation", "negotiator", "talks", "mediate"}},
	{Type: SeeksMembership, Code: 17, Sources: []EntityType{Country, Org}, Targets: []EntityType{Org}, Verb: "seeks to join",
		Incoming: []string{"who wants to join", "who seeks to join", "who applied to join", "candidates for", "aspirants to", "who is seeking to join"},
		Outgoing: []string{"what does %s want to join", "what does %s seek to join", "what is %s trying to join"},
		Cues:     []string{"seek", "apply", "aspire", "bid", "candidate", "application"}},
	{Type: Founded, Code: 18, Sources: actors, Targets: []EntityType{Org}, Verb: "founded",
		Incoming: []string{"who founded", "founders of", "who created", "who established"},
		Outgoing: []string{"what did %s found", "what did %s create"},
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
