package classifier_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/hostile"
)

// maxSeed keeps big files out of the seed corpus: the fuzzer mutates small
// inputs far faster, and the big ones are tested in internal/hostile.
const maxSeed = 16 << 10

// analyzeSeeds are the labelled corpus, the extra cases, and the hostile
// vectors in a few placements (status line, challenge, HAR header).
func analyzeSeeds(t testing.TB) []string {
	var out []string
	for _, pat := range []string{
		filepath.Join("testdata", "corpus", "cases", "*.txt"),
		filepath.Join("testdata", "extra", "*.txt"),
	} {
		files, _ := filepath.Glob(pat)
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) <= maxSeed {
				out = append(out, string(b))
			}
		}
	}
	cases, err := hostile.Pastes()
	if err != nil {
		t.Fatalf("hostile corpus: %v", err)
	}
	for _, c := range cases {
		switch c.Placement {
		case "reason-phrase", "www-authenticate-value", "header-name", "json-body", "curl-verbose", "har-header-value":
			if len(c.Paste) <= maxSeed {
				out = append(out, c.Paste)
			}
		}
	}
	if len(out) < 100 {
		t.Fatalf("only %d seeds", len(out))
	}
	return out
}

// FuzzAnalyze runs the parser and the classifier together on mutated pastes:
// neither panics (and no rule is caught panicking), the JSON form encodes,
// two runs give the same bytes, and every line the report points at is a
// line of the paste.
func FuzzAnalyze(f *testing.F) {
	for _, s := range analyzeSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, paste string) {
		checkAnalyze(t, paste)
	})
}

// lineCount is the number of lines of paste as an editor shows them: lines
// end at \n, \r\n or a lone \r, and a final line break starts an empty line.
func lineCount(paste string) int {
	return strings.Count(paste, "\n") + strings.Count(paste, "\r") - strings.Count(paste, "\r\n") + 1
}

func checkAnalyze(t *testing.T, paste string) {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	out := classifier.AnalyzeJSON(paste, classifier.Options{})
	again := classifier.AnalyzeJSON(paste, classifier.Options{})
	if !bytes.Equal(out, again) {
		t.Fatalf("two runs differ:\n%.300s\n%.300s", out, again)
	}
	if !json.Valid(out) {
		t.Fatalf("invalid JSON: %.300s", out)
	}
	lines := lineCount(paste)
	inside := func(what string, line int) {
		t.Helper()
		if line < 0 || line > lines {
			t.Fatalf("%s at line %d of a %d-line paste", what, line, lines)
		}
	}
	if err != nil {
		if rep != nil {
			t.Fatalf("both a report and an error: %v", err)
		}
		e := classifier.NewErrorJSON(err)
		if e.Error.Message == "" {
			t.Fatal("an error without a message")
		}
		inside("error", e.Error.Line)
		return
	}
	b, mErr := json.Marshal(rep)
	if mErr != nil {
		t.Fatalf("json.Marshal: %v", mErr)
	}
	if !bytes.Equal(b, out) {
		t.Fatalf("AnalyzeJSON and json.Marshal(Analyze) differ")
	}
	if rep.Lines > lines {
		t.Fatalf("report says %d lines, the paste has %d", rep.Lines, lines)
	}
	for _, w := range rep.Warnings {
		inside("warning "+w.Code, w.Pos.Line)
	}
	for _, x := range rep.Exchanges {
		inside("span start", x.Span.Start)
		inside("span end", x.Span.End)
		if x.Span.End < x.Span.Start {
			t.Fatalf("span %d–%d runs backwards", x.Span.Start, x.Span.End)
		}
		if x.Request != nil {
			inside("request", x.Request.Pos.Line)
		}
		if x.Response != nil {
			inside("response", x.Response.Pos.Line)
		}
		for _, n := range x.Notes {
			inside("note "+n.Code, n.Pos.Line)
		}
		for _, s := range append(x.Verdict.Reasons, x.Verdict.Overruled...) {
			if s.Evidence != nil {
				inside("reason evidence ("+string(s.Kind)+")", s.Evidence.Pos.Line)
			}
		}
		for _, fd := range x.Findings {
			if fd.Title == "internal error in rule" {
				t.Fatalf("rule %s panicked: %s", fd.Rule, fd.Message)
			}
			for _, e := range fd.Evidence {
				inside("evidence of "+fd.Rule, e.Pos.Line)
			}
		}
	}
	for _, fd := range rep.Findings {
		if fd.Title == "internal error in rule" {
			t.Fatalf("rule %s panicked: %s", fd.Rule, fd.Message)
		}
		for _, e := range fd.Evidence {
			inside("evidence of "+fd.Rule, e.Pos.Line)
		}
	}
}

// TestAnalyzeInvariantsLineCount pins the line counting the fuzz test checks
// positions against.
func TestAnalyzeInvariantsLineCount(t *testing.T) {
	for in, want := range map[string]int{"": 1, "a": 1, "a\n": 2, "a\r\nb": 2, "a\rb\nc": 3, "\r\n\r\n": 3} {
		if got := lineCount(in); got != want {
			t.Errorf("lineCount(%q) = %d, want %d", in, got, want)
		}
	}
}
