package modelfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readAll(r io.Reader) (string, error) {
	b, err := io.ReadAll(r)
	if string(b) == "bad" {
		return "", errors.New("bad weights")
	}
	return string(b), err
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.bin"), filepath.Join(dir, "bad.bin")
	if err := os.WriteFile(good, []byte("file"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("bad"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, embedded, want, wantErr string
	}{
		{"embedded", "", "inside", "inside", ""},
		{"embedded broken", "", "bad", "", "m: embedded weights: bad weights"},
		{"file", good, "inside", "file", ""},
		{"missing file", filepath.Join(dir, "none.bin"), "inside", "", "none.bin"},
		{"broken file", bad, "inside", "", "m: " + bad + ": bad weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Open(tt.path, "m", []byte(tt.embedded), readAll)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
