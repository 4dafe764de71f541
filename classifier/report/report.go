// Package report writes a classifier.Report for people and for tools: plain
// text for a terminal, Markdown for a support ticket, SARIF 2.1.0 for code
// scanning dashboards, and the indented JSON document (JSON, or JSONStream an
// exchange at a time). Format names the four, and Write is the one switch
// between them that the command line and the page's exports share, so both
// write the same bytes for the same input.
//
// Every writer treats the paste as hostile: text from it is stripped of control
// characters for a terminal, escaped or fenced for Markdown, and carried as JSON
// strings in SARIF. The writers take an io.Writer and touch neither the file
// system nor the network, so the page's wasm build can use them as they are.
package report

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Source is one analysed input: the name it was read under and either its
// report or the error that stopped its analysis.
type Source struct {
	// Name is the file name as given on the command line, or "stdin".
	Name   string
	Report *classifier.Report
	// Err is set when the input could not be read or parsed; Report is then nil.
	Err error
	// Size is the input's length in bytes, when known (0 otherwise).
	Size int64
}

// Stdin is the name standard input is reported under.
const Stdin = "stdin"

// posLabel names a position briefly: "L4" for a line, the JSON path for HAR
// evidence without a line, "-" when there is neither.
func posLabel(p parse.Pos) string {
	switch {
	case p.Line > 0:
		return fmt.Sprintf("L%d", p.Line)
	case p.Path != "":
		return p.Path
	default:
		return "-"
	}
}

// spanLabel writes a line range: "line 4", "lines 2-6", or "" when unknown.
func spanLabel(s parse.Span) string {
	switch {
	case s.Start <= 0:
		return ""
	case s.End <= s.Start:
		return fmt.Sprintf("line %d", s.Start)
	default:
		return fmt.Sprintf("lines %d-%d", s.Start, s.End)
	}
}

// statusLabel writes "401 Unauthorized", "status 0 (net::ERR_BLOCKED)" or
// "no response".
func statusLabel(r *classifier.ResponseInfo) string {
	if r == nil {
		return "no response"
	}
	s := fmt.Sprintf("%d", r.Status)
	if r.Status == 0 {
		s = "status unknown"
	}
	if r.Reason != "" {
		s += " " + r.Reason
	}
	if r.Status != 0 {
		switch r.StatusSource {
		case "":
		case "implied":
			// Not in the paste: the body is a template its sender always
			// answers with this status.
			s += " (not in the paste: implied by the body's sender)"
		default:
			s += " (read from the " + r.StatusSource + ")"
		}
	}
	if r.Error != "" {
		s += " (" + r.Error + ")"
	}
	return s
}

// requestLabel writes "GET /v2/" or "" when the paste has no request.
func requestLabel(q *classifier.RequestInfo) string {
	if q == nil {
		return ""
	}
	target := q.Target
	if target == "" {
		target = q.URL
	}
	return strings.TrimSpace(q.Method + " " + target)
}

// firstPos is the position of a finding's first piece of evidence.
func firstPos(f rule.Finding) parse.Pos {
	if len(f.Evidence) == 0 {
		return parse.Pos{}
	}
	return f.Evidence[0].Pos
}

// clean makes one line of pasted text safe for a terminal: control characters
// (escape sequences, carriage returns, bells) become visible \x.. escapes, so a
// paste cannot move the cursor or recolour the screen.
func clean(s string) string {
	if strings.IndexFunc(s, isControl) < 0 && !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString("    ")
		case isControl(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r))
}

// allFindings lists a report's findings: each exchange's, then the
// cross-exchange ones.
func allFindings(rep *classifier.Report) []rule.Finding {
	var out []rule.Finding
	for _, x := range rep.Exchanges {
		out = append(out, x.Findings...)
	}
	return append(out, rep.Findings...)
}

// severityCounts writes "1 high, 2 low" or "none".
func severityCounts(rep *classifier.Report) string {
	var parts []string
	for s := rule.High; s >= rule.Info; s-- {
		if n := rep.Summary.Severities[s.String()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// plural writes "1 exchange" or "3 exchanges".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
