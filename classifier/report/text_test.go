package report

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

var findingLine = regexp.MustCompile(`^  (L\d+|-|log\.\S+) (AT\d{4}) (info|low|medium|high) ([a-z0-9-]+): \S`)

func TestTextShape(t *testing.T) {
	for _, src := range analyzed(t, classifier.Options{}) {
		var buf bytes.Buffer
		if err := Text(&buf, src, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%s: colour without Color set", src.Name)
		}
		lines := strings.Split(out, "\n")
		if !strings.HasPrefix(lines[0], src.Name+": ") {
			t.Errorf("%s: first line %q does not name the source", src.Name, lines[0])
		}
		var seen []string
		for _, l := range lines {
			if m := findingLine.FindStringSubmatch(l); m != nil {
				seen = append(seen, m[2])
			}
			// Prose is wrapped; only a quoted line, a URL or one long word may overflow.
			if utf8.RuneCountInString(l) > 100 && !strings.Contains(l, "| ") && !strings.Contains(l, "<http") && strings.Count(strings.TrimSpace(l), " ") > 1 {
				t.Errorf("%s: line longer than 100 columns: %q", src.Name, l)
			}
		}
		var want []string
		for _, f := range allFindings(src.Report) {
			want = append(want, f.Rule)
		}
		if strings.Join(seen, ",") != strings.Join(want, ",") {
			t.Errorf("%s: finding lines for %v, want %v\n%s", src.Name, seen, want, out)
		}
		for _, x := range src.Report.Exchanges {
			if !strings.Contains(out, "] "+string(x.Verdict.Class)+": "+x.Verdict.Headline) {
				t.Errorf("%s: no header for exchange %d's verdict", src.Name, x.Index+1)
			}
		}
	}
}

func TestTextColor(t *testing.T) {
	src := analyzed(t, classifier.Options{})[0]
	var buf bytes.Buffer
	if err := Text(&buf, src, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\x1b[1;33mauthentication\x1b[0m") {
		t.Errorf("no coloured class in:\n%s", buf.String())
	}
}

func TestTextCleansControlCharacters(t *testing.T) {
	rep := hostileReport()
	rep.Exchanges[0].Findings[0].Message = "bell\a esc\x1b[2J cr\r bidi\u202e"
	var buf bytes.Buffer
	if err := Text(&buf, Source{Name: "x\x1b]0;title\a", Report: rep}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"\a", "\x1b", "\r", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds control character %q", bad)
		}
	}
	if !strings.Contains(out, `esc\x1b[2J`) {
		t.Errorf("escape not made visible:\n%s", out)
	}
}

func TestTextError(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, Source{Name: "a.txt", Err: errors.New("line 3: no HTTP")}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "a.txt: error: line 3: no HTTP\n" {
		t.Errorf("got %q", got)
	}
}

func TestWrapWords(t *testing.T) {
	got := wrapWords("aaa bbb ccc dddddddddddd e", 10, "> ", "  ")
	want := []string{"> aaa bbb", "  ccc", "  dddddddddddd", "  e"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrapWords = %q, want %q", got, want)
	}
}

func TestSARIFLevel(t *testing.T) {
	for s, want := range map[rule.Severity]string{rule.High: "error", rule.Medium: "warning", rule.Low: "note", rule.Info: "note"} {
		if got := SARIFLevel(s); got != want {
			t.Errorf("SARIFLevel(%v) = %q, want %q", s, got, want)
		}
	}
}

// TestExplainedOnce: a rule that fires twice is explained once, in text and
// Markdown, unless the second finding carries its own why.
func TestExplainedOnce(t *testing.T) {
	rep := hostileReport()
	f := rep.Exchanges[0].Findings[0]
	g, h := f, f
	h.Why = "a different, case-specific reason"
	rep.Exchanges[0].Findings = []rule.Finding{f, g, h}
	var text, md bytes.Buffer
	if err := Text(&text, Source{Name: "x", Report: rep}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, Source{Name: "x", Report: rep}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text.String(), "why: "); n != 2 {
		t.Errorf("text explains %d times, want 2 (first finding and the one with its own why)", n)
	}
	if n := strings.Count(text.String(), "(why and fix: as for AT9999 above)"); n != 1 {
		t.Errorf("text refers back %d times, want 1", n)
	}
	if n := strings.Count(md.String(), "**Why it matters:**"); n != 2 {
		t.Errorf("Markdown explains %d times, want 2", n)
	}
}
