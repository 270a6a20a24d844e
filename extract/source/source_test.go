package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

func TestParseLine(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       graph.Document
		err        string
	}{
		{"full", `{"id":"a","title":"T","date":"2022-03-11","url":"http://x","text":"Hello."}`,
			graph.Document{ID: "a", Title: "T", Date: "2022-03-11", URL: "http://x", Text: "Hello."}, ""},
		{"numeric id", `{"id": 42, "text": "Hi."}`, graph.Document{ID: "42", Text: "Hi."}, ""},
		{"null date", `{"id":"a","date":null,"text":"Hi."}`, graph.Document{ID: "a", Text: "Hi."}, ""},
		{"rfc3339 date", `{"id":"a","date":"2022-03-11T10:00:00Z","text":"Hi."}`, graph.Document{ID: "a", Date: "2022-03-11", Text: "Hi."}, ""},
		{"extra fields", `{"id":"a","text":"Hi.","lang":"en"}`, graph.Document{ID: "a", Text: "Hi."}, ""},
		{"no text", `{"id":"a"}`, graph.Document{}, `no "text" field`},
		{"blank text", `{"id":"a","text":"  "}`, graph.Document{}, `no "text" field`},
		{"bad date", `{"id":"a","date":"11/03/2022","text":"Hi."}`, graph.Document{}, `"date" "11/03/2022" is not YYYY-MM-DD`},
		{"bad id", `{"id":["a"],"text":"Hi."}`, graph.Document{}, `"id" must be a string or a number`},
		{"broken json", `{"id":"a","text":"Hi.`, graph.Document{}, "invalid JSON"},
		{"two values", `{"text":"a"} {"text":"b"}`, graph.Document{}, "more than one value"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseLine([]byte(c.line))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want it to say %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadDirectoryAndErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Plain text article.")
	write(t, dir, "sub/a.jsonl", `{"id":"j1","text":"One."}`+"\n\n"+`{"id":"j2","text":`+"\n"+`{"text":"Three.","date":"2022-01-02"}`+"\n")
	write(t, dir, "notes.pdf", "ignored")
	write(t, dir, ".hidden/c.txt", "ignored")
	write(t, dir, "empty.md", "   \n")
	var ids, dates []string
	err := Read([]string{dir, filepath.Join(dir, "missing.txt")}, &Options{Date: "2021-05-05"}, func(d graph.Document) error {
		ids = append(ids, filepath.Base(d.ID))
		dates = append(dates, d.Date)
		return nil
	})
	if got := strings.Join(ids, ","); got != "b.txt,j1,a.jsonl:4" {
		t.Errorf("ids = %s", got)
	}
	if got := strings.Join(dates, ","); got != "2021-05-05,2021-05-05,2022-01-02" {
		t.Errorf("dates = %s (the default date fills in only missing ones)", got)
	}
	if err == nil {
		t.Fatal("no error for bad inputs")
	}
	msg := err.Error()
	for _, want := range []string{"empty.md: empty document", "a.jsonl:3: invalid JSON", "missing.txt: no such file"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	var se *Error
	if !errors.As(err, &se) {
		t.Errorf("error is not a *source.Error: %T", err)
	}
}

func TestReadStdin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"id":"x","text":"Hi."}` + "\n", "x"},
		{"Just some text.\nMore text.", "stdin"},
	} {
		var ids []string
		err := Read([]string{"-"}, &Options{Stdin: strings.NewReader(c.in)}, func(d graph.Document) error {
			ids = append(ids, d.ID)
			return nil
		})
		if err != nil || len(ids) != 1 || ids[0] != c.want {
			t.Errorf("stdin %q: ids %v, err %v; want [%s]", c.in, ids, err, c.want)
		}
	}
}

func TestReadStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.jsonl", `{"text":"1"}`+"\n"+`{"text":"2"}`+"\n")
	stop := errors.New("stop")
	n := 0
	err := Read([]string{p}, nil, func(graph.Document) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d documents, want the callback's error after 1", err, n)
	}
}

func TestBadDefaultDate(t *testing.T) {
	if err := Read(nil, &Options{Date: "March"}, nil); err == nil {
		t.Error("accepted a default date that is not YYYY-MM-DD")
	}
}

func FuzzParseLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","date":"2022-03-11","url":"u","text":"Hello."}`))
	f.Add([]byte(`{"id": 7, "text": "x", "date": null}`))
	f.Add([]byte(`{"text":"\u00e9\ud800"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseLine(b)
		if err != nil {
			return
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Errorf("accepted a document without text: %q", b)
		}
		if d.Date != "" && len(d.Date) != 10 {
			t.Errorf("date %q is not YYYY-MM-DD", d.Date)
		}
	})
}
