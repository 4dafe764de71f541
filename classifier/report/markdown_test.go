package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// hostileText is pasted text that tries every way out of its place in Markdown.
const hostileText = "x ``` ```` `a` | b | <script>alert(1)</script> **bold** [link](javascript:alert(1)) & &amp; ~~s~~ _i_ \\` # h"

// hostileReport builds a report by hand whose every pasted field is hostile,
// so the test does not depend on what today's rules happen to find.
func hostileReport() *classifier.Report {
	ev := rule.Evidence{Where: "response header", Pos: parse.Pos{Line: 4}, Text: "X-Evil: " + hostileText + "\n# Injected heading\n````"}
	f := rule.Finding{Rule: "AT9999", Name: "made-up", Severity: rule.Medium, Title: "t",
		Message: "value " + hostileText, Evidence: []rule.Evidence{ev}, Why: "case-specific " + hostileText,
		Fix: "- list? " + hostileText, Example: "HTTP/1.1 401 Unauthorized\n```\n# not a heading",
		Refs: []rule.Ref{{Title: "RFC [9110]", URL: "https://example.test/a b>c"}}, Exchanges: []int{0}}
	x := classifier.ExchangeReport{Index: 0, Span: parse.Span{Start: 1, End: 9},
		Request:  &classifier.RequestInfo{Method: "GET", Target: "/a|b`c" + hostileText},
		Response: &classifier.ResponseInfo{Status: 401, Reason: "Unauthorized " + hostileText},
		Findings: []rule.Finding{f}}
	x.Verdict.Class = rule.Authentication
	x.Verdict.Headline = "1. " + hostileText
	x.Verdict.Explanation = "- The server said `" + hostileText + "` and " + hostileText
	x.Verdict.Reasons = []rule.Signal{{Class: rule.Authentication, Reason: "+ " + hostileText, Evidence: &ev}}
	return &classifier.Report{Tool: "authtriage", Version: classifier.Version, Format: "raw", Lines: 9,
		Warnings:  []classifier.Warning{{Code: "w", Message: "# " + hostileText, Pos: parse.Pos{Line: 2}}},
		Exchanges: []classifier.ExchangeReport{x}, Findings: []rule.Finding{},
		Summary: classifier.Summary{Severities: map[string]int{"medium": 1}}}
}

var (
	fenceLine = regexp.MustCompile("^ *(`{3,})")
	linkDestR = regexp.MustCompile(`\]\(<[^<>\n]*>\)`)
)

// stripCode removes fenced code blocks and code spans from Markdown the way
// a CommonMark reader would see them, and returns what is left as Markdown
// proper. It fails the test on a fence that never closes.
func stripCode(t *testing.T, md string) string {
	t.Helper()
	var out []string
	open := ""
	for i, line := range strings.Split(md, "\n") {
		m := fenceLine.FindStringSubmatch(line)
		switch {
		case open == "" && m != nil:
			open = m[1]
		case open != "":
			// A closing fence is at least as long as the opening one and has
			// nothing after it.
			if m != nil && len(m[1]) >= len(open) && strings.TrimSpace(line) == m[1] {
				open = ""
			}
		default:
			out = append(out, stripSpans(t, i+1, line))
		}
	}
	if open != "" {
		t.Fatalf("a code block fenced with %s never closes", open)
	}
	return strings.Join(out, "\n")
}

// stripSpans removes code spans (matching backtick runs, not backslash-escaped)
// from a line.
func stripSpans(t *testing.T, n int, line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		switch {
		case line[i] == '\\' && i+1 < len(line):
			b.WriteString(line[i : i+2])
			i += 2
		case line[i] == '`':
			r := runAt(line, i)
			end := closingRun(line, i+r, r)
			if end < 0 {
				t.Errorf("line %d: unescaped, unmatched backticks: %s", n, line)
				return b.String()
			}
			b.WriteString("CODE")
			i = end + r
		default:
			b.WriteByte(line[i])
			i++
		}
	}
	return b.String()
}

// unescaped finds c in s not preceded by a backslash (itself unescaped).
func unescaped(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == c {
			return i
		}
	}
	return -1
}

func TestMarkdownHostilePaste(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, Source{Name: "evil`|<b>.txt", Report: hostileReport()}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	prose := stripCode(t, md)
	prose = linkDestR.ReplaceAllString(prose, "](LINK)")
	for i, line := range strings.Split(prose, "\n") {
		for _, c := range []byte{'<', '>', '&', '_', '~', '['} {
			if j := unescaped(line, c); j >= 0 && !(c == '[' && ourLink(line[j:])) {
				t.Errorf("line %d: unescaped %q from the paste: %s", i+1, c, line)
			}
		}
		if strings.HasPrefix(strings.TrimSpace(line), "#") && !ourHeading.MatchString(line) {
			t.Errorf("line %d: a heading the writer did not make: %s", i+1, line)
		}
		if strings.HasPrefix(line, "|") {
			if cells := strings.Count(line, "|") - strings.Count(line, `\|`); cells != 7 {
				t.Errorf("line %d: table row with %d pipes, want 7: %s", i+1, cells, line)
			}
		}
		trim := strings.TrimLeft(line, " ")
		if strings.HasPrefix(line, "  ") && (strings.HasPrefix(trim, "- ") || strings.HasPrefix(trim, "+ ") || strings.HasPrefix(trim, "1. ")) {
			t.Errorf("line %d: a nested list from the paste: %s", i+1, line)
		}
	}
	if strings.Contains(prose, "**bold**") {
		t.Error("pasted **bold** reached the Markdown unescaped")
	}
	for _, want := range []string{"## Exchange 1: authentication", "### Findings in exchange 1", "| # | Lines |"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("Markdown:\n%s", md)
	}
}

var ourHeading = regexp.MustCompile(`^(# authtriage report: |## Exchange \d+: |### Findings in exchange \d+$|## Across exchanges$)`)

// ourLink accepts the links the writer makes itself: rule IDs and references.
func ourLink(s string) bool {
	return regexp.MustCompile(`^\[(AT\d{4}|RFC \\\[9110\\\]|[^\]]*)\]\((https://github\.com/|LINK)`).MatchString(s)
}

func TestCodeSpanAndFence(t *testing.T) {
	for _, s := range []string{"plain", "a`b", "``x``", "`", "a ```` b", " lead", "trail`"} {
		span := codeSpan(s)
		got := stripSpans(t, 0, span)
		if got != "CODE" {
			t.Errorf("codeSpan(%q) = %q does not read back as one span", s, span)
		}
		block := fenced(s+"\n````````", "  ")
		if rest := stripCode(t, block); strings.TrimSpace(rest) != "" {
			t.Errorf("fenced(%q) leaks %q", s, rest)
		}
	}
}

func TestInlineMD(t *testing.T) {
	for in, want := range map[string]string{
		"retry with `Authorization: Bearer …`": "retry with `Authorization: Bearer …`",
		"a <b> & *c*":                          `a \<b\> \& \*c\*`,
		"odd ` tick":                           "odd \\` tick",
		"- starts a list":                      `\- starts a list`,
		"12. starts a list":                    `12\. starts a list`,
		"``a`b``":                              "``a`b``",
	} {
		if got := inlineMD(in); got != want {
			t.Errorf("inlineMD(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMarkdownRealReport renders a real analysis and checks its skeleton.
func TestMarkdownRealReport(t *testing.T) {
	srcs := analyzed(t, classifier.Options{})
	for _, src := range srcs {
		var buf bytes.Buffer
		if err := Markdown(&buf, src); err != nil {
			t.Fatal(err)
		}
		md := buf.String()
		stripCode(t, md)
		if got, want := strings.Count(md, "\n## Exchange "), len(src.Report.Exchanges); got != want {
			t.Errorf("%s: %d exchange headings, want %d", src.Name, got, want)
		}
		for _, f := range allFindings(src.Report) {
			if !strings.Contains(md, "["+f.Rule+"]("+RuleURL(f.Rule)+")") {
				t.Errorf("%s: finding %s is not linked to its rule", src.Name, f.Rule)
			}
			if r := rules.ByID(f.Rule); r != nil && f.Fix == r.Fix && !strings.Contains(md, oneLine(r.Fix)) {
				t.Errorf("%s: the fix of %s is missing", src.Name, f.Rule)
			}
		}
	}
}
