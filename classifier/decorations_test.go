package classifier_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// What Markdown, editors, terminals and mail clients do to a paste on its
// way to authtriage must not change how it is read. Every paste of the
// shared corpus, our vendor-shape cases and the tune split of the real
// corpus is read as it is and decorated each way below; the exchanges found,
// their statuses and their verdict classes must stay the same.
// (internal/eval does not look at these; the held-out test split is not read
// here.)
var decorations = []struct {
	name string
	do   func(string) string
}{
	{"indented four spaces (a Markdown code block, an editor)", func(s string) string {
		return "    " + strings.ReplaceAll(s, "\n", "\n    ")
	}},
	{"indented with a tab", func(s string) string { return "\t" + strings.ReplaceAll(s, "\n", "\n\t") }},
	{"inside <details> (GitHub's collapsible section)", func(s string) string {
		return "<details>\n<summary>Output</summary>\n\n" + s + "\n\n</details>\n"
	}},
	{"CRLF line ends", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"typographic double quotes", func(s string) string {
		var b strings.Builder
		open := true
		for _, r := range s {
			if r == '"' {
				if open {
					r = '\u201c'
				} else {
					r = '\u201d'
				}
				open = !open
			}
			b.WriteRune(r)
		}
		return b.String()
	}},
	{"no-break spaces from a rendered page", func(s string) string { return strings.ReplaceAll(s, "  ", "\u00a0 ") }},
}

// reading is what must not change: each exchange's status and class.
func reading(t *testing.T, text string) string {
	rep, err := classifier.Analyze(text, classifier.Options{})
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	for _, x := range rep.Exchanges {
		st := 0
		if x.Response != nil {
			st = x.Response.Status
		}
		fmt.Fprintf(&b, "%d %s; ", st, x.Verdict.Class)
	}
	return b.String()
}

func TestDecorationsKeepTheReading(t *testing.T) {
	var files []string
	for _, g := range []string{"testdata/corpus/cases/*", "testdata/extra/*.txt", "testdata/real/tune/*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 500 {
		t.Fatalf("only %d pastes found", len(files))
	}
	changed := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if strings.HasPrefix(strings.TrimSpace(s), "{") && strings.Contains(s[:min(len(s), 400)], `"log"`) {
			continue // a HAR is JSON, not text a person decorates
		}
		want := reading(t, s)
		for _, d := range decorations {
			if got := reading(t, d.do(s)); got != want {
				changed[d.name]++
				if changed[d.name] <= 3 {
					t.Errorf("%s, %s: read as %q, undecorated %q", filepath.Base(f), d.name, got, want)
				}
			}
		}
	}
	for name, n := range changed {
		t.Errorf("%s: %d pastes read differently", name, n)
	}
}
