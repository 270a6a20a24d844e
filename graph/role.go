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

// CurrentRole returns the role with the words that mark it held once left
// out: "Former President" gives "President", "ex-premier" "premier",
// "ousted President" "President". A successor holds the office now.
func CurrentRole(role string) string {
	var out []string
	for _, w := range strings.Fields(role) {
		lw := strings.ToLower(w)
		if pastRoleWords[lw] {
			continue
		}
		if i := strings.IndexByte(lw, '-'); i > 0 && pastRoleWords[lw[:i]] {
			w = w[i+1:] // "ex-premier", "then-US"
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// pastRoleWords mark a role held once.
var pastRoleWords = map[string]bool{"former": true, "late": true, "ex": true, "then": true, "onetime": true, "last": true,
	"ousted": true, "deposed": true, "toppled": true, "overthrown": true, "dethroned": true, "retired": true}
