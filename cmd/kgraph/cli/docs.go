package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/source"
	"github.com/kgraph/kgraph/graph"
)

// extractAll reads the documents at paths and extracts them with jobs
// workers, calling emit with each result in input order. Input problems
// (a bad JSONL line, a missing file) are printed to errOut as they are met
// and counted; they do not stop the run. An error from emit or the
// pipeline does.
//
// skip, when not nil, is asked first about each document; documents it
// declines are not extracted.
func extractAll(ctx context.Context, f *Factory, paths []string, date string, jobs int, errOut io.Writer,
	skip func(graph.Document) (bool, error), emit func(*extract.Result) error) (bad int, err error) {
	p, err := f.Pipeline()
	if err != nil {
		return 0, err
	}
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		n   int
		doc graph.Document
	}
	type done struct {
		n   int
		res *extract.Result
		err error
	}
	jobsCh := make(chan job, jobs*2)
	doneCh := make(chan done, jobs*2)
	var readErr error
	go func() {
		defer close(jobsCh)
		n := 0
		readErr = source.Read(paths, &source.Options{Date: date, Stdin: f.IO.In}, func(d graph.Document) error {
			if skip != nil {
				if s, err := skip(d); err != nil || s {
					return err
				}
			}
			select {
			case jobsCh <- job{n, d}:
				n++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsCh {
				res, err := p.Extract(ctx, j.doc)
				select {
				case doneCh <- done{j.n, res, err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(doneCh) }()

	pending := make(map[int]done)
	next := 0
	var firstErr error
	for d := range doneCh {
		if firstErr != nil {
			continue
		}
		pending[d.n] = d
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				firstErr = r.err
				cancel()
				break
			}
			if err := emit(r.res); err != nil {
				firstErr = err
				cancel()
				break
			}
		}
	}
	if firstErr != nil {
		return 0, firstErr
	}
	if readErr != nil {
		var joined interface{ Unwrap() []error }
		errs := []error{readErr}
		if errors.As(readErr, &joined) {
			errs = joined.Unwrap()
		}
		for _, e := range errs {
			fmt.Fprintf(errOut, "kgraph: skipped %v\n", e)
		}
		return len(errs), nil
	}
	return 0, nil
}
