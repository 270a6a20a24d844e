package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/relmodel"
)

func TestLoadModel(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.bin.gz")
	if err := os.WriteFile(junk, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	embedded := &relmodel.Model{}
	load := func() (*relmodel.Model, error) { return embedded, nil }
	refuse := func(io.Reader) (*relmodel.Model, error) { return nil, errors.New("not a model") }
	for _, tc := range []struct {
		path    string
		read    func(io.Reader) (*relmodel.Model, error)
		wantErr string // "" for no error
	}{
		{"", refuse, ""}, // the embedded one, the file reader unused
		{junk, relmodel.Read, junk},
		{junk, refuse, junk + ": not a model"},
		{filepath.Join(dir, "missing.bin.gz"), relmodel.Read, "missing.bin.gz"},
	} {
		m, err := loadModel(tc.path, tc.read, load)
		switch {
		case tc.wantErr == "" && (err != nil || m != embedded):
			t.Errorf("loadModel(%q) = %v, %v; want the embedded model", tc.path, m, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("loadModel(%q): error %v; want one naming %q", tc.path, err, tc.wantErr)
		}
	}
}
