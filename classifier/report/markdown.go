package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// Markdown writes a report a support engineer can paste into a ticket: a
// summary table of the exchanges, then per exchange a heading with the
// verdict, the explanation, the reasons, and the findings with their evidence
// in code blocks, why, fix and references as links.
//
// Text from the paste never reaches the output as Markdown: it sits in code
// spans and fenced blocks longer than any backtick run it holds, or is escaped.
// Rule documentation is the project's own Markdown and is written as it is.
func Markdown(w io.Writer, src Source) error {
	m := &mdWriter{}
	m.printf("# authtriage report: %s\n\n", codeSpan(src.Name))
	if src.Err != nil {
		m.printf("The input could not be analysed: %s\n", escapeMD(src.Err.Error()))
		return m.done(w)
	}
	rep := src.Report
	m.printf("%s %s · %s paste · %s · %s · findings: %s\n\n", rep.Tool, escapeMD(rep.Version),
		escapeMD(rep.Format), plural(rep.Lines, "line"), plural(len(rep.Exchanges), "exchange"), severityCounts(rep))
	if len(rep.Exchanges) > 0 {
		m.printf("| # | Lines | Request | Response | Verdict | Findings |\n")
		m.printf("| ---: | --- | --- | --- | --- | --- |\n")
		for _, x := range rep.Exchanges {
			lines := ""
			if x.Span.Start > 0 {
				lines = fmt.Sprintf("%d–%d", x.Span.Start, x.Span.End)
			}
			m.printf("| %d | %s | %s | %s | **%s** | %s |\n", x.Index+1, lines,
				cell(requestLabel(x.Request)), cell(statusLabel(x.Response)),
				escapeMD(string(x.Verdict.Class)), findingSummary(x.Findings))
		}
		m.printf("\n")
	}
	if len(rep.Warnings) > 0 {
		m.printf("**Warnings about the paste**\n\n")
		for _, wn := range rep.Warnings {
			m.printf("- %s: %s\n", lineWord(posLabel(wn.Pos)), inlineMD(wn.Message))
		}
		m.printf("\n")
	}
	m.flows(rep.Flows)
	for _, x := range rep.Exchanges {
		m.exchange(x)
	}
	if len(rep.Findings) > 0 {
		m.printf("## Across exchanges\n\n")
		for _, f := range rep.Findings {
			m.finding(f, true)
		}
	}
	return m.done(w)
}

type mdWriter struct {
	b strings.Builder
	// explained holds the why and fix already written (see textWriter).
	explained map[string]bool
}

func (m *mdWriter) printf(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

func (m *mdWriter) done(w io.Writer) error {
	_, err := io.WriteString(w, m.b.String())
	return err
}

func (m *mdWriter) exchange(x classifier.ExchangeReport) {
	v := x.Verdict
	m.printf("## Exchange %d: %s\n\n", x.Index+1, escapeMD(string(v.Class)))
	m.printf("**%s**\n\n", inlineMD(v.Headline))
	if q := requestLabel(x.Request); q != "" {
		m.printf("- Request: %s\n", codeSpan(q))
	}
	resp := "- Response: " + codeSpan(statusLabel(x.Response))
	if s := spanLabel(x.Span); s != "" {
		resp += " (" + s + ")"
	}
	m.printf("%s\n\n", resp)
	if v.Explanation != "" {
		m.printf("%s\n\n", inlineMD(v.Explanation))
	}
	m.signals("Why this verdict", v.Reasons, false)
	m.signals("Outweighed by the evidence above", v.Overruled, true)
	if len(v.Refs) > 0 {
		m.printf("See %s.\n\n", refLinks(v.Refs))
	}
	if len(x.Findings) > 0 {
		m.printf("### Findings in exchange %d\n\n", x.Index+1)
		for _, f := range x.Findings {
			m.finding(f, false)
		}
	}
}

func (m *mdWriter) signals(title string, ss []rule.Signal, showClass bool) {
	if len(ss) == 0 {
		return
	}
	m.printf("%s:\n\n", title)
	for _, s := range ss {
		reason := inlineMD(s.Reason)
		if showClass {
			reason = "**" + escapeMD(string(s.Class)) + "**: " + reason
		}
		if s.Evidence != nil && (s.Evidence.Pos.Line > 0 || s.Evidence.Pos.Path != "") {
			reason = lineWord(posLabel(s.Evidence.Pos)) + ": " + reason
		}
		m.printf("- %s\n", reason)
		if s.Evidence != nil && s.Evidence.Text != "" {
			m.printf("\n%s\n", fenced(s.Evidence.Text, "  "))
		}
	}
	m.printf("\n")
}

// finding writes one finding as a list item: severity, rule ID linked to the
// rule reference, name, message and line, then evidence blocks, why, fix and
// references indented under it.
func (m *mdWriter) finding(f rule.Finding, cross bool) {
	where := ""
	if p := firstPos(f); p.Line > 0 || p.Path != "" {
		where = " (" + lineWord(posLabel(p)) + ")"
	}
	m.printf("- **%s** [%s](%s) %s: %s%s\n", escapeMD(f.Severity.String()), escapeMD(f.Rule),
		RuleURL(f.Rule), codeSpan(f.Name), inlineMD(f.Message), where)
	const ind = "  "
	if cross && len(f.Exchanges) > 0 {
		nums := make([]string, len(f.Exchanges))
		for i, n := range f.Exchanges {
			nums[i] = fmt.Sprint(n + 1)
		}
		m.printf("\n%sExchanges %s.\n", ind, strings.Join(nums, ", "))
	}
	for _, e := range f.Evidence {
		if e.Text == "" {
			continue
		}
		m.printf("\n%s%s, %s:\n\n%s\n", ind, lineWord(posLabel(e.Pos)), escapeMD(e.Where), fenced(e.Text, ind))
	}
	if m.explained[explanationKey(f)] {
		m.printf("\n%sWhy it matters and how to fix it: as for %s above.\n\n", ind, escapeMD(f.Rule))
		return
	}
	if m.explained == nil {
		m.explained = map[string]bool{}
	}
	m.explained[explanationKey(f)] = true
	r := rules.ByID(f.Rule)
	if f.Why != "" {
		m.printf("\n%s**Why it matters:** %s\n", ind, trustedOrEscaped(f.Why, r, func(r *rule.Rule) string { return r.Doc }))
	}
	if f.Fix != "" {
		m.printf("\n%s**Fix:** %s\n", ind, trustedOrEscaped(f.Fix, r, func(r *rule.Rule) string { return r.Fix }))
	}
	if f.Example != "" {
		m.printf("\n%sFor example:\n\n%s\n", ind, fenced(f.Example, ind))
	}
	if len(f.Refs) > 0 {
		m.printf("\n%s**References:** %s\n", ind, refLinks(f.Refs))
	}
	m.printf("\n")
}

// trustedOrEscaped keeps a rule's own Markdown as written, but escapes a
// case-specific text a rule built from the paste.
func trustedOrEscaped(s string, r *rule.Rule, field func(*rule.Rule) string) string {
	if r != nil && s == field(r) {
		return oneLine(s)
	}
	return inlineMD(s)
}

// findingSummary writes "AT1001 (medium), AT7001 (low)" for the table.
func findingSummary(fs []rule.Finding) string {
	if len(fs) == 0 {
		return "none"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = escapeMD(f.Rule) + " (" + escapeMD(f.Severity.String()) + ")"
	}
	return strings.Join(parts, ", ")
}

// lineWord turns "L4" into "line 4"; a HAR path becomes a code span.
func lineWord(label string) string {
	if strings.HasPrefix(label, "L") && len(label) > 1 && strings.Trim(label[1:], "0123456789") == "" {
		return "line " + label[1:]
	}
	if label == "-" {
		return "no line"
	}
	return codeSpan(label)
}

// refLinks writes references as Markdown links, separated by commas.
func refLinks(refs []rule.Ref) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = "[" + escapeMD(r.Title) + "](" + linkDest(r.URL) + ")"
	}
	return strings.Join(parts, ", ")
}

// linkDest makes a URL safe as a link destination: in angle brackets, with
// the characters that could end it percent-encoded.
func linkDest(u string) string {
	r := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "%0A", "\r", "%0D", "\\", "%5C")
	return "<" + r.Replace(u) + ">"
}

// mdEscaper backslash-escapes the ASCII punctuation that Markdown (CommonMark
// and GitHub's tables, strikethrough and autolinks) gives a meaning to.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
	`|`, `\|`, `~`, `\~`, `&`, `\&`, `#`, `\#`, `!`, `\!`, `$`, `\$`,
)

// escapeMD makes text literal in Markdown, on one line, where it does not
// start a paragraph or list item (inlineMD handles that position).
func escapeMD(s string) string {
	return mdEscaper.Replace(oneLine(s))
}

// escapeLineStart escapes what would open a list, a heading underline or a
// quote at the very start of a paragraph ("- ", "+ ", "= ", "1. ").
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// inlineMD renders prose that may mark wire values as code spans, such as a
// verdict's explanation: each matched pair of backtick runs becomes a safe code
// span, and everything else is escaped. An unmatched backtick is escaped too.
func inlineMD(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '`' {
			j := strings.IndexByte(s[i:], '`')
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(mdEscaper.Replace(s[i : i+j]))
			i += j
			continue
		}
		n := runAt(s, i)
		if end := closingRun(s, i+n, n); end >= 0 {
			b.WriteString(codeSpan(s[i+n : end]))
			i = end + n
			continue
		}
		b.WriteString(strings.Repeat("\\`", n))
		i += n
	}
	return escapeLineStart(b.String())
}

// runAt is the length of the backtick run starting at s[i].
func runAt(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

// closingRun finds the next run of exactly n backticks from s[i:], or -1.
func closingRun(s string, i, n int) int {
	for i < len(s) {
		if s[i] != '`' {
			i++
			continue
		}
		m := runAt(s, i)
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// codeSpan puts text in a code span whose delimiters are longer than any
// backtick run inside it, padded when it starts or ends with a backtick.
func codeSpan(s string) string {
	s = oneLine(s)
	if s == "" {
		return ""
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' || (s[0] == ' ' && s[len(s)-1] == ' ') {
		s = " " + s + " "
	}
	return fence + s + fence
}

// fenced puts text in a fenced code block, each line prefixed by indent, with
// a fence of backticks longer than any run in the text, so the text cannot
// close the block early.
func fenced(s, indent string) string {
	fence := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	var b strings.Builder
	b.WriteString(indent + fence + "text\n")
	for _, line := range strings.Split(strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n"), "\n") {
		b.WriteString(indent + clean(line) + "\n")
	}
	b.WriteString(indent + fence)
	return b.String()
}

// cell writes pasted text for a table cell. Escaping every punctuation mark,
// pipes and backslashes included, keeps GitHub's cell splitter and the inline
// parser in step; a code span would not, as a backslash before a pipe inside it
// still ends the cell.
func cell(s string) string {
	if s = escapeMD(s); s == "" {
		return " "
	}
	return s
}

// oneLine joins the lines of s with spaces and drops control characters.
func oneLine(s string) string {
	return clean(strings.Join(strings.Fields(s), " "))
}
