package graph

import "strings"

// PastRole reports whether a role on an edge says its office was held
// once: "Former President", "the late king", "ex-premier", "then-US
// President", "Syria's ousted president". A word of the role must say so:
// "Executive Director" is held now.
func PastRole(role string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(role), func(r rune) bool { return r == ' ' || r == '-' }) {
		if pastRoleWords[w] {
			return true
		}
	}
	return false
}

// pastRoleWords mark a role held once.
var pastRoleWords = map[string]bool{"former": true, "late": true, "ex": true, "then": true, "onetime": true,
	"ousted": true, "deposed": true, "toppled": true, "overthrown": true, "dethroned": true}
