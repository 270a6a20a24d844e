package model

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/internal/modelfile"
	"github.com/kgraph/kgraph/graph"
)

// Model is a trained name tagger. It is read-only and safe for concurrent use.
type Model struct {
	index map[hash]int32 // feature -> offset of its row in w
	w     []int16        // nLabels weights a feature, quantised
	scale float64        // w * scale is the weight
	words wordInfo       // capitalisation classes and clusters of words
}

//go:embed data/ner.bin.gz
var embedded []byte

// Open reads the model file at path (as kgraph-train -out writes it), or decodes the
// embedded model when path is empty. An error names the file.
func Open(path string) (*Model, error) {
	return modelfile.Open(path, "model", embedded, Read)
}

// Load decodes the embedded model.
func Load() (*Model, error) { return Open("") }

// TagNames implements extract.NameTagger.
func (m *Model) TagNames(in *extract.TagInput) []extract.Span {
	_, names := m.tag(in)
	return names
}

// tag returns the label of every token and the names they make. A
// sentence's first word is capitalised whatever it is: one that running
// text writes in lower case ("Whereas", "According") is no part of a name.
func (m *Model) tag(in *extract.TagInput) ([]int, []extract.Span) {
	df := extractFeatures(in, &m.words)
	labels := newDecoder().tag(df, in, m, nil, nil)
	out := spans(labels)
	starts := make(map[int]bool, len(in.Sentences))
	for _, s := range in.Sentences {
		starts[s.First] = true
	}
	kept := out[:0]
	for _, sp := range out {
		if starts[sp.First] {
			if c := m.words.lex.class(df.lower[sp.First]); c == capAlwaysLower ||
				c == capMostlyLower && !(sp.Type == graph.Person && sp.Last-sp.First >= 2 && !agentWord(df.lower[sp.First])) {
				// (a person's first name that is mostly a word, "Grant
				// Stafford", "Ally McCoist", stays; a trade, "Actress Angie
				// Dickinson", does not)
				sp.First++
			}
		}
		if sp.First < sp.Last {
			kept = append(kept, sp)
		}
	}
	return labels, kept
}

// agentWord reports whether a lower-case word looks like a noun for a
// person's trade: "actress", "writer", "novelist", "guardian".
func agentWord(w string) bool {
	for _, suffix := range []string{"er", "or", "ist", "ess", "ian", "ant", "ent", "man", "woman"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// Labels returns the label of every token, for evaluation and tests.
func (m *Model) Labels(in *extract.TagInput) []int {
	return newDecoder().tag(extractFeatures(in, &m.words), in, m, nil, nil)
}

func (m *Model) add(f hash, scores *[nLabels]float64) {
	off, ok := m.index[f]
	if !ok {
		return
	}
	row := m.w[off : off+int32(nLabels)]
	for l, v := range row {
		scores[l] += float64(v) * m.scale
	}
}

// WordClass implements extract.WordClasser with the word-vector clustering
// of middle granularity (400 classes in the shipped model).
func (m *Model) WordClass(lower string) (int, bool) {
	cs := m.words.embed[lower]
	if len(cs) == 0 {
		return 0, false
	}
	return int(cs[len(cs)/2]), true
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.index) }

// The file format, gzip-compressed:
//
//	magic "KGNER1\n"
//	labels   uint8 (must be nLabels)
//	scale    float64, little-endian
//	features uvarint
//	per feature, in increasing hash order:
//	  hash delta   uvarint
//	  label mask   uvarint (bit l set: label l has a weight)
//	  weights      zig-zag varint each, for the set bits in order
//	words    uvarint
//	per word, in increasing order:
//	  length uvarint, bytes, capitalisation class byte
//	clusterings uvarint
//	per clustering: words uvarint; per word in increasing order:
//	  length uvarint, bytes, class uvarint
//	embedding clusterings uvarint (G)
//	words uvarint; per lower-case word in increasing order:
//	  length uvarint, bytes, G classes uvarint
const magic = "KGNER4\n"

var errFormat = errors.New("model: not a kgraph NER model")

// Write saves m in the model file format.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.WriteByte(byte(nLabels))
	binary.Write(bw, binary.LittleEndian, m.scale)
	keys := slices.Sorted(maps.Keys(m.index))
	var tmp [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	putS := func(v int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	putU(uint64(len(keys)))
	var last hash
	for _, k := range keys {
		putU(uint64(k - last))
		last = k
		row := m.w[m.index[k] : m.index[k]+int32(nLabels)]
		var mask uint64
		for l, v := range row {
			if v != 0 {
				mask |= 1 << l
			}
		}
		putU(mask)
		for _, v := range row {
			if v != 0 {
				putS(int64(v))
			}
		}
	}
	words := slices.Sorted(maps.Keys(m.words.lex))
	putU(uint64(len(words)))
	for _, w := range words {
		putU(uint64(len(w)))
		bw.WriteString(w)
		bw.WriteByte(m.words.lex[w])
	}
	putU(uint64(len(m.words.clusters)))
	for _, cl := range m.words.clusters {
		words := slices.Sorted(maps.Keys(cl))
		putU(uint64(len(words)))
		for _, w := range words {
			putU(uint64(len(w)))
			bw.WriteString(w)
			putU(uint64(cl[w]))
		}
	}
	levels := m.words.embedLevels()
	putU(uint64(levels))
	words = slices.Sorted(maps.Keys(m.words.embed))
	putU(uint64(len(words)))
	for _, w := range words {
		putU(uint64(len(w)))
		bw.WriteString(w)
		for _, c := range m.words.embed[w] {
			putU(uint64(c))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readWord reads a word written as its length (a uvarint, at most 256)
// and its bytes, and appends the bytes to dst.
func readWord(br *bufio.Reader, dst []byte) ([]byte, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 256 {
		return dst, errors.New("bad length")
	}
	dst = slices.Grow(dst, int(n))
	if _, err := io.ReadFull(br, dst[len(dst):len(dst)+int(n)]); err != nil {
		return dst, err
	}
	return dst[:len(dst)+int(n)], nil
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, errFormat
	}
	if int(head[len(magic)]) != nLabels {
		return nil, fmt.Errorf("model: %d labels, this build has %d", head[len(magic)], nLabels)
	}
	m := &Model{}
	if err := binary.Read(br, binary.LittleEndian, &m.scale); err != nil || math.IsNaN(m.scale) {
		return nil, fmt.Errorf("model: bad scale: %v", err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<26 {
		return nil, fmt.Errorf("model: bad feature count")
	}
	m.index = make(map[hash]int32, n)
	m.w = make([]int16, 0, int(n)*nLabels)
	var last hash
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("model: feature %d: %w", i, err)
		}
		last += hash(d)
		mask, err := binary.ReadUvarint(br)
		if err != nil || bits.Len64(mask) > nLabels {
			return nil, fmt.Errorf("model: feature %d: bad label mask", i)
		}
		off := int32(len(m.w))
		m.w = append(m.w, make([]int16, nLabels)...)
		for l := 0; l < nLabels; l++ {
			if mask&(1<<l) == 0 {
				continue
			}
			v, err := binary.ReadVarint(br)
			if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
				return nil, fmt.Errorf("model: feature %d: bad weight", i)
			}
			m.w[off+int32(l)] = int16(v)
		}
		m.index[last] = off
	}
	nw, err := binary.ReadUvarint(br)
	if err != nil || nw > 1<<24 {
		return nil, fmt.Errorf("model: bad lexicon size")
	}
	m.words.lex = make(lexicon, nw)
	var word []byte
	for i := uint64(0); i < nw; i++ {
		if word, err = readWord(br, word[:0]); err != nil {
			return nil, fmt.Errorf("model: lexicon word %d: %w", i, err)
		}
		c, err := br.ReadByte()
		if err != nil || c > capAlwaysUpper {
			return nil, fmt.Errorf("model: lexicon word %d: bad class", i)
		}
		m.words.lex[string(word)] = c
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc > 8 {
		return nil, fmt.Errorf("model: bad clustering count")
	}
	for k := uint64(0); k < nc; k++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<24 {
			return nil, fmt.Errorf("model: clustering %d: bad size", k)
		}
		cl := make(map[string]uint16, n)
		for i := uint64(0); i < n; i++ {
			if word, err = readWord(br, word[:0]); err != nil {
				return nil, fmt.Errorf("model: clustering %d word %d: %w", k, i, err)
			}
			c, err := binary.ReadUvarint(br)
			if err != nil || c > math.MaxUint16 {
				return nil, fmt.Errorf("model: clustering %d word %d: bad class", k, i)
			}
			cl[string(word)] = uint16(c)
		}
		m.words.clusters = append(m.words.clusters, cl)
	}
	levels, err := binary.ReadUvarint(br)
	if err != nil || levels > 16 {
		return nil, fmt.Errorf("model: bad embedding clustering count")
	}
	ne, err := binary.ReadUvarint(br)
	if err != nil || ne > 1<<24 || levels == 0 && ne > 0 {
		return nil, fmt.Errorf("model: bad embedding vocabulary size")
	}
	if ne > 0 {
		classes := make([]uint16, int(ne)*int(levels)) // one block for every word's classes
		ends := make([]int, ne)
		var arena []byte // every word's bytes, made one string at the end
		for i := uint64(0); i < ne; i++ {
			if arena, err = readWord(br, arena); err != nil {
				return nil, fmt.Errorf("model: embedding word %d: %w", i, err)
			}
			ends[i] = len(arena)
			for g := range levels {
				c, err := binary.ReadUvarint(br)
				if err != nil || c > math.MaxUint16 {
					return nil, fmt.Errorf("model: embedding word %d: bad class", i)
				}
				classes[i*levels+g] = uint16(c)
			}
		}
		all, start := string(arena), 0
		m.words.embed = make(map[string][]uint16, ne)
		for i, end := range ends {
			m.words.embed[all[start:end]] = classes[uint64(i)*levels : uint64(i+1)*levels : uint64(i+1)*levels]
			start = end
		}
	}
	return m, nil
}
