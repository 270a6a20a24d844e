package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTemp(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadEmbeddings(t *testing.T) {
	tests := []struct {
		name, file, content string
		words               []string
		err                 string
	}{
		{name: "glove text", file: "v.txt", content: "the 0.1 0.2\nparis 1 -1\n1996 0 0\n, 3 3\n", words: []string{"the", "paris"}},
		{name: "wink json", file: "v.json",
			content: `{"dimensions":2,"words":["the","paris","1996"],"vectors":{"the":[0.1,0.2,0.3,0],"paris":[1,-1,1.4,1],"1996":[0,0,0,2]}}`,
			words:   []string{"the", "paris"}},
		{name: "ragged line", file: "v.txt", content: "the 0.1 0.2\nparis 1\n", err: "v.txt:2: 1 numbers, want 2"},
		{name: "not a number", file: "v.txt", content: "the 0.1 x\n", err: "v.txt:1"},
		{name: "bad json", file: "v.json", content: `{"words": [`, err: "v.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, vecs, err := readEmbeddings(writeTemp(t, tt.file, tt.content))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(words, " ") != strings.Join(tt.words, " ") || len(vecs) != len(words) {
				t.Fatalf("words %v (%d vectors), want %v", words, len(vecs), tt.words)
			}
			if vecs[1][0] != 1 || vecs[1][1] != -1 || len(vecs[1]) != 2 {
				t.Errorf("paris = %v, want [1 -1]", vecs[1])
			}
		})
	}
}

func TestEmbeddingClassesCache(t *testing.T) {
	src := writeTemp(t, "v.txt", "smith 1 0\njones 0.9 0.1\nparis 0 1\nrome 0.1 0.9\n")
	cache := filepath.Join(t.TempDir(), "classes.gob")
	first, err := embeddingClasses(src, []int{2}, cache)
	if err != nil {
		t.Fatal(err)
	}
	if first["smith"][0] != first["jones"][0] || first["smith"][0] == first["paris"][0] {
		t.Errorf("classes %v", first)
	}
	if err := os.WriteFile(src, []byte("junk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := embeddingClasses(src, []int{2}, cache) // read back, the vectors untouched
	if err != nil || len(again) != len(first) {
		t.Fatalf("from the cache: %v, %v", again, err)
	}
	if _, err := embeddingClasses(src, []int{3}, cache); err == nil {
		t.Error("other class counts were served from the cache")
	}
}

func FuzzReadEmbeddings(f *testing.F) {
	f.Add("the 0.1 0.2\nparis 1 -1\n")
	f.Add("a 1\nb 1 2\n")
	f.Add("x NaN Inf\n")
	f.Fuzz(func(t *testing.T, content string) {
		words, vecs, err := readEmbeddings(writeTemp(t, "v.txt", content))
		if err != nil {
			return
		}
		if len(words) != len(vecs) {
			t.Fatalf("%d words, %d vectors", len(words), len(vecs))
		}
		for i := range vecs {
			if len(vecs[i]) != len(vecs[0]) {
				t.Fatalf("vector %d has %d numbers, the first %d", i, len(vecs[i]), len(vecs[0]))
			}
		}
	})
}
