package report

import (
	"strings"
	"testing"
)

// FuzzMarkdownEscapes checks the Markdown helpers on arbitrary pasted text:
// escaped prose leaves no Markdown syntax loose, a code span reads back as
// one span, and a fenced block cannot be closed from inside.
func FuzzMarkdownEscapes(f *testing.F) {
	for _, s := range []string{hostileText, "a `b` c", "```", "`` ` ``", "- x", "1) y", "<a href=x>", "a\nb\r\nc", "\x1b[31m", "|"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"inlineMD": inlineMD(s), "escapeMD": escapeMD(s)} {
			if strings.ContainsAny(out, "\n\r") {
				t.Fatalf("%s(%q) spans lines: %q", name, s, out)
			}
			prose := stripSpans(t, 1, out)
			for _, c := range []byte("<>&*_[]|~#!$`") {
				if unescaped(prose, c) >= 0 {
					t.Fatalf("%s(%q) = %q leaves %q unescaped", name, s, out, c)
				}
			}
		}
		if line := oneLine(s); line != "" {
			if got := stripSpans(t, 1, codeSpan(s)); got != "CODE" {
				t.Fatalf("codeSpan(%q) = %q reads back as %q", s, codeSpan(s), got)
			}
		}
		if rest := stripCode(t, fenced(s, "  ")); strings.TrimSpace(rest) != "" {
			t.Fatalf("fenced(%q) leaks %q", s, rest)
		}
	})
}

// FuzzClean: nothing from the paste reaches a terminal as a control character.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"\x1b[2J", "a\rb", "\u202egnp.exe", "\x9b31m", "ok", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := clean(s)
		if i := strings.IndexFunc(out, isControl); i >= 0 {
			t.Fatalf("clean(%q) = %q keeps a control character at %d", s, out, i)
		}
		if strings.ContainsAny(out, "\n\r\t\x1b") {
			t.Fatalf("clean(%q) = %q", s, out)
		}
	})
}
