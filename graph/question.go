package graph

import (
	"fmt"
	"strings"
)

// Direction says which end of a relation a question asks for.
type Direction int

// Directions of a question. For a symmetric relation the direction is Either.
const (
	Either   Direction = iota // both ends: symmetric relations
	Incoming                  // answers are sources and the named entity is the target ("members of X")
	Outgoing                  // answers are targets and the named entity is the source ("what is X a member of")
)

// Question is a parsed plain-English question about one entity.
type Question struct {
	Text     string
	Relation RelationType
	Dir      Direction
	Entity   string     // the entity's name as the question gives it
	Want     EntityType // the answers' type when the question names one ("which countries ..."), else ""
	// Office is the office a leadership question names ("who is the
	// prime minister of Iraq": "prime minister"), else "".
	Office string
}

// offices are the offices a question about leaders may name, by the words
// of its phrasing.
var offices = []string{"prime minister", "president", "king", "chair"}

// officeOf returns the office a phrasing names, else "".
func officeOf(phrasing string) string {
	for _, o := range offices {
		if strings.Contains(phrasing, o) {
			return o
		}
	}
	return ""
}

// HoldsOffice reports whether a role is the question's office, held now or
// once (CurrentRole's reading): "President", "former President", "ousted
// President" are the president's, as is an acting or interim one; "Vice
// President" and "Deputy Prime Minister" are not, nor is a role that names
// no office of the question's kind. A question that names no office
// accepts every role.
func (q Question) HoldsOffice(role string) bool {
	if q.Office == "" {
		return true
	}
	r := asciiLower(CurrentRole(role))
	for _, p := range []string{"acting ", "interim "} {
		r = strings.TrimPrefix(r, p)
	}
	switch q.Office {
	case "chair":
		return r == "chair" || r == "chairman" || r == "chairwoman" || r == "chairperson"
	case "king":
		return r == "king" || r == "monarch" || r == "emir" || r == "sultan" || r == "emperor"
	case "prime minister":
		return r == "prime minister" || r == "premier"
	}
	return r == q.Office
}

// wantWords name the type of the answers a question asks for: "which
// countries are members of NATO", "what organisations is Belarus in".
var wantWords = map[string]EntityType{
	"countries": Country, "states": Country, "nations": Country,
	"organisations": Org, "organizations": Org, "alliances": Org, "bodies": Org, "groups": Org, "companies": Org, "parties": Org,
	"cities": Location, "places": Location, "towns": Location,
	"people": Person, "persons": Person, "leaders": Person, "officials": Person,
}

// wantedType returns the answers' type a question's opening words name:
// "which countries", "what organisations"; else "".
func wantedType(lower string) EntityType {
	f := strings.Fields(lower)
	if len(f) < 2 || f[0] != "which" && f[0] != "what" {
		return ""
	}
	return wantWords[f[1]]
}

// ParseQuestion reads a question such as "who is allied with Belarus",
// "members of NATO" or "what is Belarus a member of" using the phrasings of
// the relation registry. The longest matching phrasing wins. A phrasing with
// %s places the entity there; one without it has the entity after it.
func ParseQuestion(q string) (Question, error) {
	clean := strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(q), "?!. ")), " ")
	lower := asciiLower(clean)
	best, bestLen := Question{}, 0
	for _, d := range Relations.defs {
		try := func(phrasings []string, dir Direction) {
			if d.Symmetric {
				dir = Either
			}
			for _, p := range phrasings {
				prefix, suffix, hasSlot := strings.Cut(p, "%s")
				if !hasSlot {
					prefix, suffix = p+" ", ""
				}
				if len(p) <= bestLen || !strings.HasPrefix(lower, prefix) || !strings.HasSuffix(lower, suffix) {
					continue
				}
				if len(prefix)+len(suffix) >= len(lower) {
					continue
				}
				entity := strings.TrimSpace(clean[len(prefix) : len(clean)-len(suffix)])
				if entity == "" {
					continue
				}
				best, bestLen = Question{Text: clean, Relation: d.Type, Dir: dir, Entity: entity, Want: wantedType(lower)}, len(p)
				if d.Type == LeaderOf && dir == Incoming {
					best.Office = officeOf(p)
				}
			}
		}
		try(d.Incoming, Incoming)
		try(d.Outgoing, Outgoing)
	}
	if bestLen == 0 {
		return Question{}, fmt.Errorf("graph: cannot read the question %q; try a form such as \"who is allied with Belarus\", \"members of NATO\", \"who leads Russia\" or \"who is Lukashenko\", or use --rel and --entity", q)
	}
	return best, nil
}

// Answers reports whether r, a relation of the question's type touching the
// entity id, answers the question, and returns the answering end.
func (q Question) Answers(r Relation, id string) (string, bool) {
	if r.Type != q.Relation {
		return "", false
	}
	switch q.Dir {
	case Incoming:
		return r.Source, r.Target == id
	case Outgoing:
		return r.Target, r.Source == id
	}
	other := r.Other(id)
	return other, other != ""
}

// PairQuestion is a parsed yes-or-no question about two entities: "did
// Russia attack Ukraine", "is Belarus allied with Russia".
type PairQuestion struct {
	Text     string
	Relation RelationType
	Source   string // the names as the question gives them
	Target   string
}

// ParsePairQuestion reads a question about two entities using the Pairs
// phrasings of the relation registry. The longest matching phrasing wins;
// phrasings of equal length that read the question the same way (as "is
// %s in %s" does for membership and for places) are all returned, in
// registry order, for the caller to choose by the entities' types.
func ParsePairQuestion(q string) ([]PairQuestion, error) {
	clean := strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(q), "?!. ")), " ")
	lower := asciiLower(clean)
	var best []PairQuestion
	bestLen := 0
	for _, d := range Relations.defs {
		for _, p := range d.Pairs {
			prefix, rest, ok := strings.Cut(p, "%s")
			if !ok || len(p) < bestLen {
				continue
			}
			middle, suffix, ok := strings.Cut(rest, "%s")
			if !ok || !strings.HasPrefix(lower, prefix) || !strings.HasSuffix(lower, suffix) || len(prefix)+len(suffix) >= len(lower) {
				continue
			}
			inner := lower[len(prefix) : len(lower)-len(suffix)]
			at := strings.Index(inner, middle)
			if at <= 0 || at+len(middle) >= len(inner) {
				continue
			}
			src := strings.TrimSpace(clean[len(prefix) : len(prefix)+at])
			tgt := strings.TrimSpace(clean[len(prefix)+at+len(middle) : len(clean)-len(suffix)])
			if src == "" || tgt == "" {
				continue
			}
			if len(p) > bestLen {
				best, bestLen = nil, len(p)
			}
			best = append(best, PairQuestion{Text: clean, Relation: d.Type, Source: src, Target: tgt})
		}
	}
	if len(best) == 0 {
		return nil, fmt.Errorf("graph: cannot read the question %q as one about two entities", q)
	}
	return best, nil
}

// profileForms ask about one entity as a whole: "who is Alexander
// Lukashenko", "tell me about NATO".
var profileForms = []string{"who is ", "who was ", "who are ", "what is ", "what was ", "what are ", "tell me about ",
	"everything about ", "profile of ", "about "}

// ParseProfileQuestion reads a question about one entity as a whole ("who
// is Lukashenko", "what is the CSTO", "tell me about NATO") and returns the
// entity's name as the question gives it. A question that the relation
// phrasings read ("who is allied with Belarus") is no profile: ask
// ParseQuestion first.
func ParseProfileQuestion(q string) (string, error) {
	clean := strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(q), "?!. ")), " ")
	lower := asciiLower(clean)
	for _, f := range profileForms {
		if strings.HasPrefix(lower, f) && len(lower) > len(f) {
			return clean[len(f):], nil
		}
	}
	return "", fmt.Errorf("graph: cannot read the question %q as one about an entity", q)
}

// asciiLower lowers ASCII letters only, keeping every byte where it was:
// the phrasings are ASCII, and offsets into the lowered question must be
// offsets into the question ("\x82" would become three bytes under
// strings.ToLower).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
