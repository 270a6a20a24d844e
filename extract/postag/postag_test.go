package postag

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
)

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

func testTagger(t testing.TB) *Tagger {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// proseTags tokenizes line with prose and returns its words and prose's own
// tags for them.
func proseTags(t testing.TB, m *prose.Model, line string) (words, tags []string) {
	t.Helper()
	doc, err := prose.NewDocument(line, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range doc.Tokens() {
		words = append(words, tok.Text)
		tags = append(tags, tok.Tag)
	}
	return words, tags
}

// TestSameAsProse tags the seed article and sentences with every form prose
// treats specially, and wants prose's tags. prose's tokenizer hands out one
// token for every repeat of the same space-separated text within a line, so
// each repeat shows the tag of the last: only last occurrences are compared.
func TestSameAsProse(t *testing.T) {
	lines := []string{
		"Belarusian President Alexander Lukashenko met Putin in Moscow on March 11, 2022.",
		"Write to press@example.org or see www.example.com/news for the 3.55 percent figure.",
		"The pro-Kremlin daily said 1949 was a year of 0 growth and -LRB- brackets -RRB- *T*-1 *.",
		"Zelensky - who spoke on Friday - said: \"We will not give up.\" :)",
		"@kgraph says the U.S. and the E.U. agreed, at 5 p.m., to 12,000 more troops.",
		"Ελλάδα and Türkiye: non-ASCII words, the ÷ sign and Ñandú.",
	}
	if b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt")); err == nil {
		lines = append(lines, strings.Split(string(b), "\n")...)
	} else {
		t.Fatal(err)
	}
	m := prose.ModelFromData("test")
	tg := testTagger(t)
	n := 0
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		words, want := proseTags(t, m, line)
		got := tg.Tags(words)
		for i := range words {
			if slices.Contains(words[i+1:], words[i]) {
				continue // prose's repeated tokens show the last one's tag
			}
			n++
			if got[i] != want[i] {
				t.Errorf("%q in %q: tag %q, prose %q", words[i], line, got[i], want[i])
			}
		}
	}
	if n < 400 {
		t.Fatalf("compared %d words; the seed article alone has more", n)
	}
}

func TestTagsByForm(t *testing.T) {
	tg := testTagger(t)
	for _, c := range []struct{ word, tag string }{
		{"-", "-"},
		{":)", "SYM"},
		{"@kgraph", "NN"},
		{"www.example.com", "NN"},
		{"press@example.org", "NN"},
		{"0", "-NONE-"},
		{"*T*-1", "-NONE-"},
		{"-LRB-", "-LRB-"},
	} {
		if got := tg.Tags([]string{"the", c.word, "said"})[1]; got != c.tag {
			t.Errorf("%q: tag %q, want %q", c.word, got, c.tag)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"pro-Kremlin", "!HYPHEN"},
		{"-5", "-5"},
		{"1949", "!YEAR"},
		{"+123", "!YEAR"},
		{"12,000", "!DIGITS"},
		{"3.55", "!DIGITS"},
		{"Minsk", "minsk"},
	} {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTagsEmpty(t *testing.T) {
	tg := testTagger(t)
	if got := tg.Tags(nil); len(got) != 0 {
		t.Errorf("no words: %v", got)
	}
	if got := tg.Tags([]string{""}); len(got) != 1 {
		t.Errorf("one empty word: %v", got)
	}
}

func TestCompileErrors(t *testing.T) {
	if _, err := compile([]string{"NN"}, nil, map[string]map[string]float64{"bias": {"VB": 1}}); err == nil ||
		!strings.Contains(err.Error(), `"VB"`) {
		t.Errorf("a weight for an unknown tag: err %v", err)
	}
	if _, err := compile(make([]string, 300), nil, nil); err == nil {
		t.Error("300 tags: no error")
	}
}

func ExampleTagger_Tags() {
	tg, err := Load()
	if err != nil {
		panic(err)
	}
	fmt.Println(tg.Tags([]string{"Minsk", "has", "backed", "its", "ally", "Moscow", "."}))
	// Output: [NNP VBZ VBN PRP$ NN NNP .]
}

func FuzzTags(f *testing.F) {
	f.Add("Belarusian President Alexander Lukashenko met Putin.")
	f.Add("0 * -LRB- a@b.c :) \xff")
	tg := testTagger(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		tags := tg.Tags(words)
		if len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		again := tg.Tags(words)
		for i := range tags {
			if tags[i] != again[i] {
				t.Fatalf("%q: %q then %q", words[i], tags[i], again[i])
			}
		}
	})
}

func BenchmarkTags(b *testing.B) {
	tg := testTagger(b)
	words := strings.Fields("Minsk has strongly backed its ally Moscow , and Belarusian President Alexander Lukashenko met Putin on March 11 .")
	b.ReportAllocs()
	for b.Loop() {
		tg.Tags(words)
	}
}

// TestRepeatedWords: every occurrence of a word has its own tag (prose's
// documents give all of them the last one's).
func TestRepeatedWords(t *testing.T) {
	words := strings.Fields("Russian tv broadcast footage of the talks , and the talks were broadcast on Friday .")
	tags := testTagger(t).Tags(words)
	if tags[2] != "NN" || tags[12] != "VBN" {
		t.Errorf("broadcast: %s then %s, want NN then VBN", tags[2], tags[12])
	}
}
