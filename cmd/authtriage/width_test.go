package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// allPastes is every corpus case of the command's tests, plus the shared
// corpus copy, read into one paste of many exchanges.
func allPastes(t *testing.T) []string {
	t.Helper()
	files := corpus(t)
	more, _ := filepath.Glob(filepath.Join("..", "..", "classifier", "testdata", "corpus", "cases", "*.txt"))
	return append(files, more...)
}

// TestTextWithinWidth: no line of the text report is wider than 80 columns
// when the output is not a terminal, or than -width; -summary writes one
// line per exchange.
func TestTextWithinWidth(t *testing.T) {
	for _, f := range allPastes(t) {
		for _, args := range [][]string{{f}, {"-width", "60", f}, {"-summary", f}, {"-only", "authentication,authorization,high,medium", f}} {
			r := runCmd(t, "", args...)
			if r.code == exitError {
				continue // an unreadable paste says so on standard error
			}
			width := 80
			if args[0] == "-width" {
				width = 60
			}
			for _, l := range strings.Split(r.stdout, "\n") {
				if n := utf8.RuneCountInString(l); n > width {
					t.Errorf("%s %v: line of %d columns: %q", filepath.Base(f), args[:len(args)-1], n, l)
				}
			}
		}
	}
	// Every exchange of a paste of many gets one summary line.
	var b strings.Builder
	for _, f := range corpus(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
		b.WriteString("\n\n")
	}
	r := runCmd(t, b.String(), "-summary")
	j := runCmd(t, b.String(), "-format", "json")
	n := strings.Count(j.stdout, `"verdict": {`)
	if got := strings.Count(r.stdout, "\n["); got != n || n < 5 {
		t.Errorf("-summary wrote %d exchange lines for %d exchanges:\n%s", got, n, r.stdout)
	}
	if r := runCmd(t, "", "-only", "critical"); r.code != exitError || !strings.Contains(r.stderr, "-only") {
		t.Errorf("-only critical: exit %d, %q", r.code, r.stderr)
	}
}
