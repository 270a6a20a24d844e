package store

import (
	"strings"
	"unicode"
)

// Spelling variants: news spells one person's name many ways across
// stories ("Mahmoud Abbas", "Mahmud Abbas"; "Viktor Yanukovich",
// "Viktor Yanukovych"; "Condoleeza Rice"), by transliteration or by typo.
// The writer joins a new person to a stored one whose name is a variant
// of it, so that the link chart has one node; so too organisations and
// places the gazetteer does not identify ("Lashkar-e-Toiba",
// "Beit Hanun"). The test is strict, because
// two people joined is worse than one person split: the names have the
// same words in the same order, at least one word of four letters or more
// is written alike, and every other word starts with the same letter, has
// the same consonants in the same order, and is one edit (a letter added,
// dropped, changed, or two swapped) from the other. "Robert Miller" and
// "Robert Mueller", "Kim Jong Il" and "Kim Jong Un", "Paul Allen" and
// "Paul Alley" stay apart.

// nameWords returns a name's words, lower-cased, letters only: "Abdul-Aziz
// al-Hakim" is [abdul aziz al hakim].
func nameWords(name string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		w := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, f)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// skeleton is a word's first letter and then its consonants, doubled
// letters written once: "mahmoud" and "mahmud" are both "mhmd". Letters
// outside ASCII count as vowels.
func skeleton(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i > 0 && (r > unicode.MaxASCII || strings.ContainsRune("aeiouy", r)) {
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// variantKey is the key under which a person's name is indexed in the
// variants bucket: the skeletons of its words. Names of fewer than two
// words have none: "Abbas" alone could be anyone.
func variantKey(name string) string {
	ws := nameWords(name)
	if len(ws) < 2 {
		return ""
	}
	for i, w := range ws {
		ws[i] = skeleton(w)
	}
	return strings.Join(ws, " ")
}

// sameSpelling reports whether two names are spellings of one name, by the
// test above.
func sameSpelling(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	anchored, differ := false, false
	for i := range wa {
		x, y := wa[i], wb[i]
		if x == y {
			anchored = anchored || len([]rune(x)) >= 4
			continue
		}
		differ = true
		if []rune(x)[0] != []rune(y)[0] || skeleton(x) != skeleton(y) || !oneEdit(x, y) {
			return false
		}
	}
	return anchored && differ
}

// oneEdit reports whether a and b differ by exactly one inserted, deleted
// or changed letter, or by two adjacent letters swapped.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	switch len(ra) - len(rb) {
	case 0:
		if i == len(ra) {
			return false // equal
		}
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // one changed
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	case 1:
		return string(ra[i+1:]) == string(rb[i:])
	}
	return false
}
