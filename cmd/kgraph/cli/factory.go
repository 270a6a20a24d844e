package cli

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/extract/relmodel"
	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/store"
)

// Factory holds what commands share: the streams, where the database is and
// how to open it, and the extraction pipeline, built once on first use.
type Factory struct {
	IO *IOStreams
	// DBPath is the database file, from --db, KGRAPH_DB or the default.
	DBPath string
	// LockTimeout bounds the wait for another process's lock.
	LockTimeout time.Duration
	// ModelPath, when set, is a name-tagger model file to use instead of
	// the embedded one (from kgraph-train).
	ModelPath string
	// RelModelPath, when set, is a relation model file to use instead of
	// the embedded one (from kgraph-train -task rel).
	RelModelPath string

	pipelineOnce sync.Once
	pipeline     *extract.Pipeline
	pipelineErr  error
}

// DefaultDB is the database file used without --db or KGRAPH_DB.
const DefaultDB = "kgraph.db"

// Store is what the commands need of a database. *store.Store (bbolt)
// implements it; a graph-database backend can implement it too, with the
// value types of package store.
type Store interface {
	graph.Source // Entity(id), Relations(filter)
	Find(name string) ([]store.EntityInfo, error)
	Suggest(name string, n int) ([]store.EntityInfo, error)
	Entities(t graph.EntityType) ([]store.EntityInfo, error)
	Stats() (store.Stats, error)
	Ingest(items []store.Item) (store.IngestStats, error)
	HasDocument(hash string) (bool, error)
	Close() error
}

var _ Store = (*store.Store)(nil)

// OpenStore opens the database, read-only for commands that only read.
func (f *Factory) OpenStore(readOnly bool) (Store, error) {
	s, err := store.Open(f.DBPath, &store.Options{ReadOnly: readOnly, Timeout: f.LockTimeout})
	switch {
	case errors.Is(err, store.ErrNoDatabase):
		return nil, fmt.Errorf("%w; run `kgraph ingest FILE` first, or point --db (or KGRAPH_DB) at a database", err)
	case errors.Is(err, store.ErrLocked):
		return nil, fmt.Errorf("%w; wait for it to finish, or use another --db", err)
	}
	return s, err
}

// Pipeline returns the extraction pipeline, loading its models on first use.
func (f *Factory) Pipeline() (*extract.Pipeline, error) {
	f.pipelineOnce.Do(func() {
		names, err := model.Open(f.ModelPath)
		if err != nil {
			f.pipelineErr = err
			return
		}
		pairs, err := relmodel.Open(f.RelModelPath)
		if err != nil {
			f.pipelineErr = err
			return
		}
		f.pipeline, f.pipelineErr = extract.NewPipeline(&extract.Options{Names: names, Pairs: pairs, Words: names})
	})
	return f.pipeline, f.pipelineErr
}
