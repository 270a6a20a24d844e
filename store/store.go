package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors returned by Open and by the methods of Store.
var (
	// ErrLocked means another process holds the database: a writer
	// excludes everyone else, a reader excludes writers.
	ErrLocked = errors.New("store: database is in use by another kgraph process")
	// ErrNoDatabase means a read-only open found no file.
	ErrNoDatabase = errors.New("store: no database")
	// ErrSchema means the file was written by an incompatible build or is
	// not a kgraph database.
	ErrSchema = errors.New("store: unsupported schema")
	// ErrReadOnly means a write was attempted on a store opened read-only.
	ErrReadOnly = errors.New("store: opened read-only")
)

// DefaultTimeout is how long Open waits for another process's lock.
const DefaultTimeout = 2 * time.Second

// Options configure Open. A nil *Options opens read-write with DefaultTimeout.
type Options struct {
	ReadOnly bool
	// Timeout is how long to wait for the file lock; zero means DefaultTimeout.
	Timeout time.Duration
}

// Store is a kgraph database in one bbolt file. It is safe for concurrent
// use by goroutines of one process.
type Store struct {
	db       *bolt.DB
	path     string
	readOnly bool
}

// Open opens the database at path, creating it unless opts.ReadOnly is set.
func Open(path string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ReadOnly {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s", ErrNoDatabase, path)
		}
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: o.Timeout, ReadOnly: o.ReadOnly})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s (waited %s)", ErrLocked, path, o.Timeout)
		}
		if errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrVersionMismatch) || errors.Is(err, berrors.ErrChecksum) {
			return nil, fmt.Errorf("%w: %s is not a kgraph database: %v", ErrSchema, path, err)
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, readOnly: o.ReadOnly}
	if err := s.init(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// init creates the buckets of a new file and checks the schema of an old one.
func (s *Store) init() error {
	var version uint32
	check := func(tx *bolt.Tx) (bool, error) {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return false, nil
		}
		v := meta.Get(keySchema)
		if len(v) != 4 {
			return true, fmt.Errorf("%w: %s has no schema version", ErrSchema, s.path)
		}
		if version = binary.BigEndian.Uint32(v); version != SchemaVersion && version != 1 {
			return true, fmt.Errorf("%w: %s has schema %d, this kgraph reads %d", ErrSchema, s.path, version, SchemaVersion)
		}
		return true, nil
	}
	if s.readOnly {
		return s.db.View(func(tx *bolt.Tx) error {
			ok, err := check(tx)
			if err == nil && !ok {
				if tx.Bucket(bucketDocs) == nil && empty(tx) {
					return fmt.Errorf("%w at %s (the file is empty)", ErrNoDatabase, s.path)
				}
				return fmt.Errorf("%w: %s is not a kgraph database", ErrSchema, s.path)
			}
			return err
		})
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		ok, err := check(tx)
		if err != nil {
			return err
		}
		if ok {
			if version == 1 {
				return upgrade1(tx)
			}
			return nil
		}
		if !empty(tx) {
			return fmt.Errorf("%w: %s holds other data", ErrSchema, s.path)
		}
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return fmt.Errorf("store: create bucket %s: %w", b, err)
			}
		}
		v := make([]byte, 4)
		binary.BigEndian.PutUint32(v, SchemaVersion)
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keySchema, v); err != nil {
			return err
		}
		return meta.Put(keyCreated, []byte(time.Now().UTC().Format(time.RFC3339)))
	})
}

// upgrade1 turns a version 1 file into version 2: it adds the variants
// bucket and indexes the people, organisations and places already stored.
func upgrade1(tx *bolt.Tx) error {
	vb, err := tx.CreateBucketIfNotExists(bucketVariants)
	if err != nil {
		return fmt.Errorf("store: create bucket %s: %w", bucketVariants, err)
	}
	for t := range variantTypes {
		prefix := []byte{entityTypeCodes[t]}
		c := tx.Bucket(bucketTypes).Cursor()
		for k, _ := c.Seek(prefix); k != nil && k[0] == prefix[0]; k, _ = c.Next() {
			seq := decodeSeq(k[1:])
			rec, err := readEntity(tx, seq)
			if err != nil {
				return fmt.Errorf("store: upgrade: %w", err)
			}
			if key := variantKey(rec.Entity.Name); key != "" {
				if err := vb.Put(aliasKey(key, seq), nil); err != nil {
					return err
				}
			}
		}
	}
	v := make([]byte, 4)
	binary.BigEndian.PutUint32(v, SchemaVersion)
	return tx.Bucket(bucketMeta).Put(keySchema, v)
}

func empty(tx *bolt.Tx) bool {
	k, _ := tx.Cursor().First()
	return k == nil
}

// Close releases the file.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// view runs fn in a read transaction.
func (s *Store) view(fn func(tx *bolt.Tx) error) error { return s.db.View(fn) }

// update runs fn in a write transaction; a store opened read-only refuses.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	return s.db.Update(fn)
}
