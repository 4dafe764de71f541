// Package wrapping holds the ways a paste arrives wrapped: what a person,
// Markdown, a terminal or a log transport puts around the same text on its
// way to authtriage (a quote, an indentation, a fence, CRLF, padding, a
// terminal's hard wrap, a log collector's timestamp, syslog's, compose's or
// kubectl's column, a code viewer's line numbers, a page source's HTML
// entities, a structured log's JSON string). The reading of a paste
// should not depend on them: classifier's TestWrappingsKeepTheAnswer counts,
// for each wrapping, the corpus pastes whose answer changes, and
// TestDecorationsKeepTheReading uses the helpers below for its own list.
package wrapping

import (
	"encoding/json"
	"fmt"
	"html"
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
	{"quoted twice, as a reply to a reply ('> > ' on every line)", true, func(s string) string { return QuoteLines(QuoteLines(s, "> "), "> ") }},
	{"a syslog or journalctl prefix on the dump's lines (date, host, program[pid]: )", true, func(s string) string {
		return PrefixDump(strings.TrimRight(s, "\n"), func(i int) string { return fmt.Sprintf("Mar 01 10:%02d:%02d relay7 gateway[2214]: ", i/60%60, i%60) }) + "\n"
	}},
	{"docker compose logs' service column on the dump's lines ('api-1  | ')", true, func(s string) string {
		return PrefixDump(strings.TrimRight(s, "\n"), func(int) string { return "edge-1  | " }) + "\n"
	}},
	{"kubectl logs --prefix on the dump's lines ('[pod/name/container] ')", true, func(s string) string {
		return PrefixDump(strings.TrimRight(s, "\n"), func(int) string { return "[pod/edge-5c9f7b-x2kqp/proxy] " }) + "\n"
	}},
	{"line numbers of a code viewer on the dump's lines ('  7 | ')", true, func(s string) string {
		return PrefixDump(strings.TrimRight(s, "\n"), func(i int) string { return fmt.Sprintf("%3d | ", i+1) }) + "\n"
	}},
	{"HTML-escaped, as copied from a page's source (&quot; &lt; &gt; &amp;)", true, html.EscapeString},
	{"the dump JSON-string-escaped once as a structured log's message field", true, JSONField},
	{"two trailing spaces on every line (Markdown line breaks)", true, func(s string) string {
		ls := Lines(s)
		for i, l := range ls {
			if l != "" {
				ls[i] = l + "  "
			}
		}
		return strings.Join(ls, "\n") + "\n"
	}},
	{"indentation written with tabs for each four spaces", true, Tabify},
	{"hard wrap at 120 columns (a Windows console)", true, func(s string) string { return CutAt(s, 120) }},
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

// JSONField writes each of the paste's fenced dumps, or the whole paste when
// it has no fence, as one structured log record whose message field holds
// the dump as a JSON string (newlines as \n, quotes as \"), as zap, slog or
// a JSON log driver writes a multi-line message.
func JSONField(s string) string {
	ls := Lines(s)
	fenced := false
	for _, l := range ls {
		fenced = fenced || strings.HasPrefix(strings.TrimSpace(l), "```")
	}
	var out, dump []string
	flush := func() {
		if dump != nil {
			out = append(out, `{"level":"debug","ts":"2026-03-01T10:00:00Z","msg":`+jsonString(strings.Join(dump, "\n"))+`}`)
		}
		dump = nil
	}
	in := !fenced
	for _, l := range ls {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			if in {
				flush()
			}
			in = !in
			out = append(out, l)
			continue
		}
		if in {
			dump = append(dump, l)
		} else {
			out = append(out, l)
		}
	}
	flush()
	return strings.Join(out, "\n") + "\n"
}

// Tabify writes each four spaces of a line's indentation as a tab, as an
// editor set to indent with tabs does.
func Tabify(s string) string {
	ls := Lines(s)
	for i, l := range ls {
		n := len(l) - len(strings.TrimLeft(l, " "))
		ls[i] = strings.Repeat("\t", n/4) + l[n/4*4:]
	}
	return strings.Join(ls, "\n") + "\n"
}

// jsonString is s as a JSON string, as a logger writes it (no HTML escaping).
func jsonString(s string) string {
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	_ = e.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
