package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TextOptions tune the plain-text writer.
type TextOptions struct {
	// Width is the column prose is wrapped at; 0 means 100.
	Width int
	// Color adds ANSI colours to the verdict class and severities. The caller
	// decides (a terminal, NO_COLOR unset); pasted text is never coloured.
	Color bool
}

// Text writes a report for a terminal: a summary line naming the source, then
// per exchange a header with the verdict class and headline, the explanation,
// the reasons, and the findings with their evidence, why, fix and references.
func Text(w io.Writer, src Source, opts TextOptions) error {
	t := &textWriter{opts: opts}
	if t.opts.Width <= 0 {
		t.opts.Width = 100
	}
	if src.Err != nil {
		t.printf("%s: error: %s\n", clean(src.Name), clean(src.Err.Error()))
		return t.done(w)
	}
	rep := src.Report
	t.printf("%s: %s in a %s paste of %s; findings: %s\n", clean(src.Name),
		plural(len(rep.Exchanges), "exchange"), clean(rep.Format), plural(rep.Lines, "line"), severityCounts(rep))
	for _, wn := range rep.Warnings {
		t.printf("  warning %s: %s\n", posLabel(wn.Pos), clean(wn.Message))
	}
	t.flows(rep.Flows)
	for _, x := range rep.Exchanges {
		t.exchange(x)
	}
	if len(rep.Findings) > 0 {
		t.printf("\nAcross exchanges:\n")
		for _, f := range rep.Findings {
			t.finding(f, true)
		}
	}
	return t.done(w)
}

type textWriter struct {
	opts TextOptions
	b    strings.Builder
	// explained holds the why, fix and references already written, so a rule
	// that fires several times is explained once.
	explained map[string]bool
}

func (t *textWriter) printf(format string, args ...any) { fmt.Fprintf(&t.b, format, args...) }

func (t *textWriter) done(w io.Writer) error {
	_, err := io.WriteString(w, t.b.String())
	return err
}

// paint wraps s in an ANSI colour when colours are on.
func (t *textWriter) paint(code, s string) string {
	if !t.opts.Color || code == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

var classColors = map[rule.Class]string{
	rule.Authentication: "1;33", rule.Authorization: "1;35", rule.Blocked: "1;31", rule.None: "1;32", rule.Unknown: "1",
}

var severityColors = map[rule.Severity]string{rule.High: "31", rule.Medium: "33", rule.Low: "36", rule.Info: "2"}

func (t *textWriter) exchange(x classifier.ExchangeReport) {
	v := x.Verdict
	t.printf("\n[%d] %s: %s\n", x.Index+1, t.paint(classColors[v.Class], string(v.Class)), clean(v.Headline))
	where := statusLabel(x.Response)
	if q := requestLabel(x.Request); q != "" {
		where = q + " -> " + where
	}
	if s := spanLabel(x.Span); s != "" {
		where = s + ": " + where
	}
	t.printf("  %s\n", clean(where))
	t.wrap("  ", "  ", v.Explanation)
	t.signals("because", v.Reasons, false)
	t.signals("outweighed", v.Overruled, true)
	if len(x.Findings) > 0 {
		t.printf("\n")
	}
	for _, f := range x.Findings {
		t.finding(f, false)
	}
}

// signals lists the verdict's reasons (or the overruled signals) with the line
// each rests on and the line quoted.
func (t *textWriter) signals(label string, ss []rule.Signal, showClass bool) {
	if len(ss) == 0 {
		return
	}
	t.printf("  %s:\n", label)
	for _, s := range ss {
		pos := "-"
		if s.Evidence != nil {
			pos = posLabel(s.Evidence.Pos)
		}
		reason := s.Reason
		if showClass {
			reason = string(s.Class) + ": " + reason
		}
		head := "    " + pos + " "
		t.wrap(head, strings.Repeat(" ", utf8.RuneCountInString(head)), reason)
		if s.Evidence != nil && s.Evidence.Text != "" {
			t.printf("%s| %s\n", strings.Repeat(" ", utf8.RuneCountInString(head)), clean(s.Evidence.Text))
		}
	}
}

// finding writes "  L4 AT1001 medium missing-www-authenticate: message", the
// evidence quoted, then why, fix and references indented below it.
func (t *textWriter) finding(f rule.Finding, cross bool) {
	const ind = "      "
	head := fmt.Sprintf("  %s %s %s %s: ", posLabel(firstPos(f)), f.Rule, f.Severity, f.Name)
	lines := wrapWords(clean(strings.Join(strings.Fields(f.Message), " ")), t.opts.Width, head, ind)
	if len(lines) == 0 {
		lines = []string{strings.TrimSuffix(head, " ")}
	}
	if t.opts.Color {
		sev := t.paint(severityColors[f.Severity], f.Severity.String())
		colored := fmt.Sprintf("  %s %s %s %s: ", posLabel(firstPos(f)), f.Rule, sev, f.Name)
		lines[0] = colored + strings.TrimPrefix(lines[0], head)
	}
	for _, l := range lines {
		t.printf("%s\n", l)
	}
	if cross && len(f.Exchanges) > 0 {
		nums := make([]string, len(f.Exchanges))
		for i, n := range f.Exchanges {
			nums[i] = fmt.Sprintf("[%d]", n+1)
		}
		t.printf("%sexchanges %s\n", ind, strings.Join(nums, ", "))
	}
	for _, e := range f.Evidence {
		if e.Text == "" {
			continue
		}
		t.printf("%s%s | %s\n", ind, posLabel(e.Pos), clean(e.Text))
	}
	if t.explained[explanationKey(f)] {
		t.printf("%s(why and fix: as for %s above)\n", ind, f.Rule)
		return
	}
	if t.explained == nil {
		t.explained = map[string]bool{}
	}
	t.explained[explanationKey(f)] = true
	if f.Why != "" {
		t.wrap(ind+"why: ", ind+"     ", f.Why)
	}
	if f.Fix != "" {
		t.wrap(ind+"fix: ", ind+"     ", f.Fix)
	}
	for i, r := range f.Refs {
		head := ind + "     "
		if i == 0 {
			head = ind + "see: "
		}
		t.printf("%s%s <%s>\n", head, clean(r.Title), clean(r.URL))
	}
}

// explanationKey identifies what a finding explains: its rule, and its why
// and fix when a rule wrote them for the case.
func explanationKey(f rule.Finding) string {
	return f.Rule + "\x00" + f.Why + "\x00" + f.Fix
}

// wrap writes prose after first (on the first line) and rest (on the others),
// breaking between words so lines stay within the width where words allow.
func (t *textWriter) wrap(first, rest, text string) {
	for _, line := range wrapWords(clean(strings.Join(strings.Fields(text), " ")), t.opts.Width, first, rest) {
		t.printf("%s\n", line)
	}
}

// wrapWords fills lines of at most width runes (a longer word gets a line of
// its own), each starting with its prefix.
func wrapWords(text string, width int, first, rest string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	line := first + words[0]
	n := utf8.RuneCountInString(line)
	for _, w := range words[1:] {
		wl := utf8.RuneCountInString(w)
		if n+1+wl > width {
			lines = append(lines, line)
			line = rest + w
			n = utf8.RuneCountInString(line)
			continue
		}
		line += " " + w
		n += 1 + wl
	}
	return append(lines, line)
}
