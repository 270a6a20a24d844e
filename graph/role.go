package graph

import "strings"

// PastRole reports whether a role on an edge says its office was held
// once: "Former President", "the late king", "ex-premier", "then-US
// President", "Syria's ousted president". A word of the role must say so:
// "Executive Director" is held now.
func PastRole(role string) bool {
	r := strings.ToLower(role)
	for {
		i := strings.IndexAny(r, " -") // words and hyphenated parts: "ex-premier", "then-US President"
		if i < 0 {
			return pastRoleWords[r]
		}
		if pastRoleWords[r[:i]] {
			return true
		}
		r = r[i+1:]
	}
}

// pastRoleWords mark a role held once.
var pastRoleWords = map[string]bool{"former": true, "late": true, "ex": true, "then": true, "onetime": true, "last": true,
	"ousted": true, "deposed": true, "toppled": true, "overthrown": true, "dethroned": true}
