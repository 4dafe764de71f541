package report

import (
	"bytes"
	"errors"
	"fmt"
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
			// Every line, quotes and URLs included, stays within the width.
			if utf8.RuneCountInString(l) > DefaultWidth {
				t.Errorf("%s: line longer than %d columns: %q", src.Name, DefaultWidth, l)
			}
		}
		var want []string
		for _, f := range allFindings(src.Report) {
			want = append(want, f.Rule)
		}
		if strings.Join(seen, ",") != strings.Join(want, ",") {
			t.Errorf("%s: finding lines for %v, want %v\n%s", src.Name, seen, want, out)
		}
		joined := strings.Join(strings.Fields(out), " ")
		for _, x := range src.Report.Exchanges {
			if !strings.Contains(joined, fmt.Sprintf("[%d] %s: %s", x.Index+1, x.Verdict.Class, strings.Join(strings.Fields(x.Verdict.Headline), " "))) {
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
	want := []string{"> aaa bbb", "  ccc", "  dddddddd", "  dddd e"}
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
	f.Severity, g.Severity, h.Severity = rule.Medium, rule.Medium, rule.Medium
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
	if n := strings.Count(text.String(), "(fix: as for AT9999 above)"); n != 1 {
		t.Errorf("text refers back %d times, want 1", n)
	}
	if n := strings.Count(md.String(), "**Why it matters:**"); n != 2 {
		t.Errorf("Markdown explains %d times, want 2", n)
	}
}

// TestTextSummaryAndOnly: -summary writes one line per exchange within the
// width; -only keeps the exchanges of a class, or the findings of a severity.
func TestTextSummaryAndOnly(t *testing.T) {
	for _, src := range analyzed(t, classifier.Options{}) {
		for _, width := range []int{60, 80, 132} {
			var buf bytes.Buffer
			if err := Text(&buf, src, TextOptions{Width: width, Summary: true}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			var per int
			for _, l := range lines {
				if utf8.RuneCountInString(l) > width {
					t.Errorf("%s: summary line over %d columns: %q", src.Name, width, l)
				}
				if strings.HasPrefix(l, "[") {
					per++
				}
			}
			if per != len(src.Report.Exchanges) {
				t.Errorf("%s: %d summary lines for %d exchanges:\n%s", src.Name, per, len(src.Report.Exchanges), buf.String())
			}
		}
		only, err := ParseOnly("authentication")
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Text(&buf, src, TextOptions{Summary: true, Only: only}); err != nil {
			t.Fatal(err)
		}
		want := src.Report.Summary.Classes[rule.Authentication]
		if got := strings.Count(buf.String(), "\n["); got != want && !(want == 0 && strings.Contains(buf.String(), "No exchange matches")) {
			t.Errorf("%s: -only authentication shows %d exchanges, want %d:\n%s", src.Name, got, want, buf.String())
		}
	}
	if _, err := ParseOnly("authentication,high"); err != nil {
		t.Error(err)
	}
	if _, err := ParseOnly("critical"); err == nil {
		t.Error("ParseOnly accepted an unknown word")
	}
	f, _ := ParseOnly("high")
	x := classifier.ExchangeReport{Findings: []rule.Finding{{Rule: "AT1", Severity: rule.Info}, {Rule: "AT2", Severity: rule.High}}}
	if y, ok := f.Keep(x); !ok || len(y.Findings) != 1 || y.Findings[0].Rule != "AT2" {
		t.Errorf("-only high kept %+v, %v", y.Findings, ok)
	}
	if _, ok := f.Keep(classifier.ExchangeReport{Findings: []rule.Finding{{Rule: "AT1", Severity: rule.Info}}}); ok {
		t.Error("-only high kept an exchange without a high finding")
	}
}

// TestTextWriterStreams: writing the exchanges one at a time gives what Text
// writes, so a streaming caller prints the same report.
func TestTextWriterStreams(t *testing.T) {
	for _, src := range analyzed(t, classifier.Options{}) {
		var whole, parts bytes.Buffer
		if err := Text(&whole, src, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		tw := NewTextWriter(&parts, TextOptions{})
		if err := tw.Header(src.Name, src.Report); err != nil {
			t.Fatal(err)
		}
		for _, x := range src.Report.Exchanges {
			before := parts.Len()
			if err := tw.Exchange(x); err != nil {
				t.Fatal(err)
			}
			if parts.Len() == before {
				t.Errorf("%s: exchange %d wrote nothing", src.Name, x.Index+1)
			}
		}
		if err := tw.Footer(src.Report); err != nil {
			t.Fatal(err)
		}
		if whole.String() != parts.String() {
			t.Errorf("%s: streamed text differs", src.Name)
		}
	}
}

// The status label says where the status came from, in words a person
// reads: a status only implied by the body's sender is not "read".
func TestStatusLabelSources(t *testing.T) {
	for _, c := range []struct {
		r    classifier.ResponseInfo
		want string
	}{
		{classifier.ResponseInfo{Status: 401, Reason: "Unauthorized"}, "401 Unauthorized"},
		{classifier.ResponseInfo{Status: 403, StatusSource: "text"}, "403 (read from the text)"},
		{classifier.ResponseInfo{Status: 200, StatusSource: "implied"}, "200 (not in the paste: implied by the body's sender)"},
		{classifier.ResponseInfo{StatusSource: "implied"}, "status unknown"},
	} {
		if got := statusLabel(&c.r); got != c.want {
			t.Errorf("%+v: %q, want %q", c.r, got, c.want)
		}
	}
	if got := statusLabel(nil); got != "no response" {
		t.Errorf("nil: %q", got)
	}
}
