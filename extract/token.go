package extract

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark with its byte span in the document.
type Token struct {
	// Text is the token as written, or the plain word a paraphrasing
	// tool's phrase stands for ("party" for "social gathering"; see
	// respell), which the span then covers.
	Text       string
	Start, End int    // byte offsets into the document's text, end exclusive
	Tag        string // Penn Treebank POS tag from prose
}

// Sentence is a run of tokens: Tokens[First:Last] of the document.
type Sentence struct {
	Start, End  int // byte span in the document's text
	First, Last int // token indexes, Last exclusive
}

// isCap reports whether s starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether s has letters and all of them are upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isWord reports whether s contains a letter or digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
