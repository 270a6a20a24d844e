// Package source reads news documents for kgraph: plain-text and Markdown
// files, JSONL files with one {"id","title","date","url","text"} object a
// line, directories of those (recursively) and standard input.
package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kgraph/kgraph/graph"
)

// Error is a problem with one input: a file, or a line of a JSONL file.
type Error struct {
	Path string
	Line int // 1-based; 0 when the problem is the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Options configure Read. A nil *Options reads with no default date and no
// standard input.
type Options struct {
	// Date is the publication date (YYYY-MM-DD) given to documents that
	// carry none.
	Date string
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Read calls fn with every document found at paths, in order: files as
// given, directories walked in lexical order. A malformed input (a bad JSONL
// line, an unreadable file) does not stop the others: Read collects them
// and returns them at the end as errors of type *Error joined with
// errors.Join. An error from fn stops Read at once and is returned as is.
func Read(paths []string, opts *Options, fn func(graph.Document) error) error {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Date != "" {
		if _, err := time.Parse("2006-01-02", o.Date); err != nil {
			return fmt.Errorf("source: default date %q is not YYYY-MM-DD", o.Date)
		}
	}
	r := reader{opts: o, fn: fn}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return errors.Join(r.bad...)
}

type reader struct {
	opts Options
	fn   func(graph.Document) error
	bad  []error
}

// stop wraps an error from the callback so that Read returns it unchanged.
type stop struct{ err error }

func (s stop) Error() string { return s.err.Error() }

func (r *reader) emit(d graph.Document) error {
	if d.Date == "" {
		d.Date = r.opts.Date
	}
	if err := r.fn(d); err != nil {
		return stop{err}
	}
	return nil
}

func (r *reader) path(p string) error {
	err := r.walk(p)
	var s stop
	if errors.As(err, &s) {
		return s.err
	}
	return nil
}

func (r *reader) walk(p string) error {
	if p == "-" {
		if r.opts.Stdin == nil {
			r.bad = append(r.bad, &Error{Path: "-", Err: errors.New("no standard input")})
			return nil
		}
		return r.stream("-", r.opts.Stdin, true)
	}
	info, err := os.Stat(p)
	if err != nil {
		r.bad = append(r.bad, &Error{Path: p, Err: unwrapPath(err)})
		return nil
	}
	if !info.IsDir() {
		return r.file(p)
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.bad = append(r.bad, &Error{Path: path, Err: unwrapPath(err)})
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && path != p {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && Supported(path) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		r.bad = append(r.bad, &Error{Path: p, Err: err})
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.file(f); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Supported reports whether a directory walk reads the file at path: text
// (.txt, .text, .md) and JSONL (.jsonl, .ndjson) files.
func Supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md", ".jsonl", ".ndjson":
		return true
	}
	return false
}

func isJSONL(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

func (r *reader) file(p string) error {
	f, err := os.Open(p)
	if err != nil {
		r.bad = append(r.bad, &Error{Path: p, Err: unwrapPath(err)})
		return nil
	}
	defer f.Close()
	if isJSONL(p) {
		return r.stream(p, f, false)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		r.bad = append(r.bad, &Error{Path: p, Err: err})
		return nil
	}
	return r.text(p, b)
}

func (r *reader) text(id string, b []byte) error {
	if !isUTF8(b) {
		r.bad = append(r.bad, &Error{Path: id, Err: errors.New("not UTF-8 text")})
		return nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		r.bad = append(r.bad, &Error{Path: id, Err: errors.New("empty document")})
		return nil
	}
	return r.emit(graph.Document{ID: id, Text: string(b)})
}

// stream reads JSONL from rd. With sniff set (standard input), input whose
// first non-space byte is not '{' is one plain-text document.
func (r *reader) stream(name string, rd io.Reader, sniff bool) error {
	br := bufio.NewReaderSize(rd, 1<<16)
	if sniff {
		peek, _ := br.Peek(512)
		if t := bytes.TrimLeft(peek, " \t\r\n\ufeff"); len(t) > 0 && t[0] != '{' {
			b, err := io.ReadAll(br)
			if err != nil {
				r.bad = append(r.bad, &Error{Path: name, Err: err})
				return nil
			}
			return r.text("stdin", b)
		}
	}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			d, perr := ParseLine(b)
			if perr != nil {
				r.bad = append(r.bad, &Error{Path: name, Line: line, Err: perr})
			} else {
				if d.ID == "" {
					d.ID = fmt.Sprintf("%s:%d", name, line)
				}
				if err := r.emit(d); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			r.bad = append(r.bad, &Error{Path: name, Line: line, Err: err})
			return nil
		}
	}
}

// jsonDoc is one JSONL line. Date is a pointer so that null and absent read
// as "no date".
type jsonDoc struct {
	ID    json.RawMessage `json:"id"`
	Title *string         `json:"title"`
	Date  *string         `json:"date"`
	URL   *string         `json:"url"`
	Text  *string         `json:"text"`
}

// ParseLine reads one JSONL document. The id may be a string or a number;
// the text is required; the date, when present, must be YYYY-MM-DD (an
// RFC 3339 time is cut to its date).
func ParseLine(b []byte) (graph.Document, error) {
	var j jsonDoc
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return graph.Document{}, fmt.Errorf("invalid JSON: %w", jsonPos(err))
	}
	if dec.More() {
		return graph.Document{}, errors.New("invalid JSON: more than one value on the line")
	}
	if j.Text == nil || strings.TrimSpace(*j.Text) == "" {
		return graph.Document{}, errors.New(`no "text" field, or it is empty`)
	}
	d := graph.Document{Text: *j.Text}
	if len(j.ID) > 0 && string(j.ID) != "null" {
		var s string
		if err := json.Unmarshal(j.ID, &s); err != nil {
			var n json.Number
			if err := json.Unmarshal(j.ID, &n); err != nil {
				return graph.Document{}, errors.New(`"id" must be a string or a number`)
			}
			s = n.String()
		}
		d.ID = s
	}
	if j.Title != nil {
		d.Title = *j.Title
	}
	if j.URL != nil {
		d.URL = *j.URL
	}
	if j.Date != nil && *j.Date != "" {
		t, err := time.Parse("2006-01-02", *j.Date)
		if err != nil {
			t2, err2 := time.Parse(time.RFC3339, *j.Date)
			if err2 != nil {
				return graph.Document{}, fmt.Errorf(`"date" %q is not YYYY-MM-DD`, *j.Date)
			}
			t = t2
		}
		d.Date = t.Format("2006-01-02")
	}
	return d, nil
}

func jsonPos(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%v (at byte %d)", se, se.Offset)
	}
	return err
}

func isUTF8(b []byte) bool {
	return bytes.Equal(bytes.ToValidUTF8(b, nil), b)
}
