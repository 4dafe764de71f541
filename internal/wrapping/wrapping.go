// Package wrapping holds the ways a paste arrives wrapped: what a person,
// Markdown, a terminal or a log transport puts around the same text on its
// way to authtriage (a quote, an indentation, a fence, CRLF, padding, a
// terminal's hard wrap, a log collector's timestamp). The reading of a paste
// should not depend on them: classifier's TestWrappingsKeepTheAnswer counts,
// for each wrapping, the corpus pastes whose answer changes, and
// TestDecorationsKeepTheReading uses the helpers below for its own list.
package wrapping

import (
	"fmt"
	"strings"
)

// Wrapping is one way a paste arrives wrapped.
type Wrapping struct {
	Name string
	// Realistic is set for wrappings people do use when they post a dump;
	// the others are measured only.
	Realistic bool
	Wrap      func(string) string
}

// All lists the wrappings in print order.
var All = []Wrapping{
	{"quoted in Markdown ('> ' on every line)", true, func(s string) string { return QuoteLines(s, "> ") }},
	{"indented four spaces, blank lines left empty", true, func(s string) string { return Indent(s, "    ") }},
	{"indented with a tab", true, func(s string) string { return Indent(s, "\t") }},
	{"inside a ``` fence", true, func(s string) string { return Fence(s, "") }},
	{"inside a ```console fence", true, func(s string) string { return Fence(s, "console") }},
	{"CRLF line ends", true, func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"trailing spaces (lines padded to 80 columns, as a console copies)", true, func(s string) string { return PadTo(s, 80) }},
	{"hard wrap at 80 columns", true, func(s string) string { return CutAt(s, 80) }},
	{"a log collector's timestamp and level on the dump's lines", true, func(s string) string {
		return PrefixDump(strings.TrimRight(s, "\n"), func(i int) string { return fmt.Sprintf("2026-03-01T10:%02d:%02dZ DEBUG ", i/60%60, i%60) }) + "\n"
	}},
	{"copied from a rendered GitHub issue (fences gone, author line and reactions)", true, RenderedIssue},
	{"inside a Markdown table cell (<br> between lines)", false, func(s string) string {
		return "| output |\n| --- |\n| " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "<br>") + " |\n"
	}},
}

// Lines splits s into its lines, without a last empty one for a final
// newline.
func Lines(s string) []string {
	return strings.Split(strings.TrimRight(s, "\n"), "\n")
}

// QuoteLines puts a quote marker before every line, as a Markdown or email
// reply quotes (a blank line gets the bare marker).
func QuoteLines(s, marker string) string {
	ls := Lines(s)
	for i, l := range ls {
		if strings.TrimSpace(l) == "" {
			ls[i] = strings.TrimSpace(marker)
		} else {
			ls[i] = marker + l
		}
	}
	return strings.Join(ls, "\n") + "\n"
}

// Indent puts ind before every line that is not blank, as an editor indents
// a selection (a Markdown code block).
func Indent(s, ind string) string {
	ls := Lines(s)
	for i, l := range ls {
		if strings.TrimSpace(l) != "" {
			ls[i] = ind + l
		}
	}
	return strings.Join(ls, "\n") + "\n"
}

// Fence puts s inside a Markdown fence with an optional language tag. A
// paste that holds a fence already is a post whose dumps are fenced, which
// nobody fences whole: it is left as it is.
func Fence(s, lang string) string {
	for _, l := range Lines(s) {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			return s
		}
	}
	return "```" + lang + "\n" + strings.TrimRight(s, "\n") + "\n```\n"
}

// PadTo pads every line shorter than w runes with spaces to w, as a console
// copies its screen's rectangle.
func PadTo(s string, w int) string {
	ls := Lines(s)
	for i, l := range ls {
		if n := len([]rune(l)); n < w {
			ls[i] = l + strings.Repeat(" ", w-n)
		}
	}
	return strings.Join(ls, "\n") + "\n"
}

// CutAt cuts every line longer than w runes into lines of w, as a terminal
// shows a long line and a copy from it keeps.
func CutAt(s string, w int) string {
	var b strings.Builder
	for i, l := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		r := []rune(l)
		for len(r) > w {
			b.WriteString(string(r[:w]))
			b.WriteByte('\n')
			r = r[w:]
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// PrefixDump puts a prefix before each line inside the paste's Markdown
// fences, or before every line when it has none: a log's transport adds it to
// what was logged, not to the person's words around it. pre gets the line's
// 0-based index.
func PrefixDump(s string, pre func(int) string) string {
	ls := strings.Split(s, "\n")
	fenced := false
	for _, l := range ls {
		fenced = fenced || strings.HasPrefix(strings.TrimSpace(l), "```")
	}
	in := !fenced
	for i, l := range ls {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			in = !in
			continue
		}
		if in {
			ls[i] = pre(i) + l
		}
	}
	return strings.Join(ls, "\n")
}

// RenderedIssue is s as copied from a GitHub issue's rendered page: the
// fence lines are gone (their text stays), and the comment's author line
// comes before it and its reactions after it.
func RenderedIssue(s string) string {
	var b strings.Builder
	b.WriteString("mhollis commented on Mar 1, 2026\n\n")
	for _, l := range Lines(s) {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	b.WriteString("\n👍 2\n")
	return b.String()
}
