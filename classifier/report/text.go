package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// DefaultWidth is the width text is wrapped at when the output is not a
// terminal whose width is known.
const DefaultWidth = 80

// TextOptions tune the plain-text writer.
type TextOptions struct {
	// Width is the column every line is kept within (words longer than a
	// line are broken); 0 means DefaultWidth.
	Width int
	// Color adds ANSI colours to the verdict class and severities. The caller
	// decides (a terminal, NO_COLOR unset); pasted text is never coloured.
	Color bool
	// Summary writes one line per exchange instead of the whole card.
	Summary bool
	// Only keeps some exchanges and findings (see ParseOnly).
	Only Filter
}

// Filter keeps the exchanges of some verdict classes and the findings of
// some severities; an empty set keeps everything of its kind.
type Filter struct {
	Classes    map[rule.Class]bool
	Severities map[rule.Severity]bool
}

// ParseOnly reads a comma-separated list of verdict classes
// (authentication, authorization, blocked, none, unknown) and severities
// (info, low, medium, high).
func ParseOnly(s string) (Filter, error) {
	var f Filter
	for _, w := range strings.Split(s, ",") {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		if c := rule.Class(w); slices.Contains(rule.Classes, c) {
			if f.Classes == nil {
				f.Classes = map[rule.Class]bool{}
			}
			f.Classes[c] = true
			continue
		}
		sev, err := rule.ParseSeverity(w)
		if err != nil {
			return Filter{}, fmt.Errorf("%q is neither a verdict class (authentication, authorization, blocked, none, unknown) nor a severity (info, low, medium, high)", w)
		}
		if f.Severities == nil {
			f.Severities = map[rule.Severity]bool{}
		}
		f.Severities[sev] = true
	}
	return f, nil
}

// Empty reports whether the filter keeps everything.
func (f Filter) Empty() bool { return len(f.Classes) == 0 && len(f.Severities) == 0 }

// findings keeps the findings of the filter's severities.
func (f Filter) findings(fs []rule.Finding) []rule.Finding {
	if len(f.Severities) == 0 {
		return fs
	}
	var out []rule.Finding
	for _, x := range fs {
		if f.Severities[x.Severity] {
			out = append(out, x)
		}
	}
	return out
}

// Keep reports whether an exchange passes the filter, and the exchange with
// only the findings the filter keeps. With severities and no classes, an
// exchange without such a finding is left out.
func (f Filter) Keep(x classifier.ExchangeReport) (classifier.ExchangeReport, bool) {
	if len(f.Classes) > 0 && !f.Classes[x.Verdict.Class] {
		return x, false
	}
	fs := f.findings(x.Findings)
	if len(f.Severities) > 0 && len(f.Classes) == 0 && len(fs) == 0 {
		return x, false
	}
	x.Findings = fs
	return x, true
}

// Text writes a report for a terminal: a line naming the source and what it
// holds, then each exchange, verdict first (its class and headline, where it
// is, the explanation, the reasons with their lines, then its findings), then
// the findings about several exchanges. Every line stays within the width.
func Text(w io.Writer, src Source, opts TextOptions) error {
	t := NewTextWriter(w, opts)
	if src.Err != nil {
		t.printf("%s: error: %s\n", clean(src.Name), clean(src.Err.Error()))
		return t.flush()
	}
	rep := src.Report
	t.Header(src.Name, rep)
	for _, x := range rep.Exchanges {
		if err := t.Exchange(x); err != nil {
			return err
		}
	}
	return t.Footer(rep)
}

// TextWriter writes a text report an exchange at a time, so a caller that
// streams the analysis (classifier.Stream) can print each exchange as soon as
// it is settled: Header, then Exchange for each, then Footer.
type TextWriter struct {
	w    io.Writer
	opts TextOptions
	b    strings.Builder
	// explained holds the why, fix and references already written, so a rule
	// that fires several times is explained once.
	explained map[string]bool
	shown     int // exchanges written
}

// NewTextWriter starts a text report on w.
func NewTextWriter(w io.Writer, opts TextOptions) *TextWriter {
	if opts.Width <= 0 {
		opts.Width = DefaultWidth
	}
	if opts.Width < 40 {
		opts.Width = 40
	}
	return &TextWriter{w: w, opts: opts}
}

// Header writes the line naming the source; with rep (nil while streaming)
// it also says what the paste holds, its warnings and its sign-in flows.
func (t *TextWriter) Header(name string, rep *classifier.Report) error {
	if rep == nil {
		t.wrap("", "  ", clean(name)+":")
		return t.flush()
	}
	t.totals(name, rep)
	return t.flush()
}

// Totals writes, after a streamed report's last exchange, what Header writes
// before the first when it has the whole report: what the paste held, its
// warnings and its sign-in flows.
func (t *TextWriter) Totals(name string, rep *classifier.Report) error {
	t.printf("\n")
	t.totals(name, rep)
	return t.flush()
}

func (t *TextWriter) totals(name string, rep *classifier.Report) {
	t.wrap("", "  ", fmt.Sprintf("%s: %s in a %s paste of %s; %s; findings: %s", clean(name),
		plural(exchangeCount(rep), "exchange"), clean(rep.Format), plural(rep.Lines, "line"), classCounts(rep), severityCounts(rep)))
	if !t.opts.Only.Empty() {
		t.wrap("", "  ", "(showing only "+t.opts.Only.String()+")")
	}
	if !t.opts.Summary {
		for _, wn := range rep.Warnings {
			t.wrap("  warning "+posLabel(wn.Pos)+": ", "    ", clean(wn.Message))
		}
		t.flows(rep.Flows)
	}
}

// exchangeCount is how many exchanges the report counts: those it holds,
// or, for a streamed report that holds none, those its summary counts.
func exchangeCount(rep *classifier.Report) int {
	if len(rep.Exchanges) > 0 {
		return len(rep.Exchanges) + rep.Omitted
	}
	n := 0
	for _, c := range rep.Summary.Classes {
		n += c
	}
	return n
}

// String names what the filter keeps.
func (f Filter) String() string {
	var parts []string
	for _, c := range rule.Classes {
		if f.Classes[c] {
			parts = append(parts, string(c))
		}
	}
	var sev []string
	for s := rule.High; s >= rule.Info; s-- {
		if f.Severities[s] {
			sev = append(sev, s.String())
		}
	}
	if len(sev) > 0 {
		parts = append(parts, "findings "+strings.Join(sev, ", "))
	}
	return strings.Join(parts, "; ")
}

// Exchange writes one exchange (or its one line with Summary), unless the
// filter leaves it out.
func (t *TextWriter) Exchange(x classifier.ExchangeReport) error {
	x, ok := t.opts.Only.Keep(x)
	if !ok {
		return nil
	}
	t.shown++
	if t.opts.Summary {
		t.summaryLine(x)
	} else {
		t.exchange(x)
	}
	return t.flush()
}

// Footer writes the findings about several exchanges, and says so when the
// filter left every exchange out.
func (t *TextWriter) Footer(rep *classifier.Report) error {
	if rep == nil {
		return t.flush()
	}
	fs := t.opts.Only.findings(rep.Findings)
	if len(fs) > 0 && !t.opts.Summary && len(t.opts.Only.Classes) == 0 {
		t.printf("\nAcross exchanges:\n")
		for _, f := range fs {
			t.finding(f, true)
		}
	}
	if t.shown == 0 && !t.opts.Only.Empty() && exchangeCount(rep) > 0 {
		t.wrap("", "  ", "No exchange matches "+t.opts.Only.String()+".")
	}
	return t.flush()
}

func (t *TextWriter) printf(format string, args ...any) { fmt.Fprintf(&t.b, format, args...) }

func (t *TextWriter) flush() error {
	_, err := io.WriteString(t.w, t.b.String())
	t.b.Reset()
	return err
}

// paint wraps s in an ANSI colour when colours are on.
func (t *TextWriter) paint(code, s string) string {
	if !t.opts.Color || code == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

var classColors = map[rule.Class]string{
	rule.Authentication: "1;33", rule.Authorization: "1;35", rule.Blocked: "1;31", rule.None: "1;32", rule.Unknown: "1",
}

var severityColors = map[rule.Severity]string{rule.High: "31", rule.Medium: "33", rule.Low: "36", rule.Info: "2"}

// classCounts writes "2 authentication, 1 blocked".
func classCounts(rep *classifier.Report) string {
	var parts []string
	for _, c := range rule.Classes {
		if n := rep.Summary.Classes[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, c))
		}
	}
	if len(parts) == 0 {
		return "no verdict"
	}
	return strings.Join(parts, ", ")
}

// where says where an exchange is and what it was: "L3-9: GET /x -> 401 Unauthorized".
func where(x classifier.ExchangeReport) string {
	s := statusLabel(x.Response)
	if q := requestLabel(x.Request); q != "" {
		s = q + " -> " + s
	}
	if sp := spanLabel(x.Span); sp != "" {
		s = sp + ": " + s
	}
	return clean(s)
}

// summaryLine writes "[3] authentication: GET /x -> 401 Unauthorized (2
// findings, worst medium): headline", cut to the width.
func (t *TextWriter) summaryLine(x classifier.ExchangeReport) {
	v := x.Verdict
	what := statusLabel(x.Response)
	if q := requestLabel(x.Request); q != "" {
		what = q + " -> " + what
	}
	if n := len(x.Findings); n > 0 {
		what += " (" + plural(n, "finding") + ", worst " + x.Findings[0].Severity.String() + ")" // sorted most severe first
	}
	line := fmt.Sprintf("[%d] %s: %s: %s", x.Index+1, v.Class, clean(what), clean(v.Headline))
	line = cutRunes(line, t.opts.Width)
	if t.opts.Color {
		line = strings.Replace(line, string(v.Class), t.paint(classColors[v.Class], string(v.Class)), 1)
	}
	t.printf("%s\n", line)
}

func (t *TextWriter) exchange(x classifier.ExchangeReport) {
	v := x.Verdict
	t.printf("\n")
	head := fmt.Sprintf("[%d] ", x.Index+1)
	lines := wrapWords(string(v.Class)+": "+clean(v.Headline), t.opts.Width, head, strings.Repeat(" ", len(head)))
	if t.opts.Color && len(lines) > 0 {
		lines[0] = strings.Replace(lines[0], string(v.Class), t.paint(classColors[v.Class], string(v.Class)), 1)
	}
	for _, l := range lines {
		t.printf("%s\n", l)
	}
	t.wrap("    ", "    ", where(x))
	t.wrap("    ", "    ", v.Explanation)
	t.signals("because", v.Reasons, false)
	t.signals("outweighed", v.Overruled, true)
	for _, f := range x.Findings {
		t.finding(f, false)
	}
}

// signals lists the verdict's reasons (or the overruled signals) with the
// line each rests on and the line quoted.
func (t *TextWriter) signals(label string, ss []rule.Signal, showClass bool) {
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
		ind := strings.Repeat(" ", utf8.RuneCountInString(head))
		t.wrap(head, ind, reason)
		if s.Evidence != nil && s.Evidence.Text != "" {
			t.wrap(ind+"| ", ind+"| ", clean(s.Evidence.Text))
		}
	}
}

// finding writes "  L4 AT1001 medium missing-www-authenticate: message" and
// the evidence quoted; for a finding above info also the fix (and, from
// medium up, why it matters) and its first reference, once per rule.
func (t *TextWriter) finding(f rule.Finding, cross bool) {
	const ind = "      "
	head := fmt.Sprintf("  %s %s %s %s: ", posLabel(firstPos(f)), f.Rule, f.Severity, f.Name)
	lines := wrapWords(clean(strings.Join(strings.Fields(f.Message), " ")), t.opts.Width, head, ind)
	if len(lines) == 0 {
		lines = []string{strings.TrimSuffix(head, " ")}
	}
	if t.opts.Color && strings.HasPrefix(lines[0], head) {
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
		t.wrap(ind+"exchanges ", ind+"  ", strings.Join(nums, ", "))
	}
	for _, e := range f.Evidence {
		if e.Text == "" {
			continue
		}
		p := ind + posLabel(e.Pos) + " | "
		t.wrap(p, ind+strings.Repeat(" ", utf8.RuneCountInString(posLabel(e.Pos)))+" | ", clean(e.Text))
	}
	if f.Severity == rule.Info {
		return // a note: its message says it; the rule catalogue has the background
	}
	if t.explained[explanationKey(f)] {
		t.wrap(ind, ind, "(fix: as for "+f.Rule+" above)")
		return
	}
	if t.explained == nil {
		t.explained = map[string]bool{}
	}
	t.explained[explanationKey(f)] = true
	if f.Why != "" && f.Severity >= rule.Medium {
		t.wrap(ind+"why: ", ind+"     ", f.Why)
	}
	if f.Fix != "" {
		t.wrap(ind+"fix: ", ind+"     ", f.Fix)
	}
	if len(f.Refs) > 0 {
		t.wrap(ind+"see: ", ind+"     ", clean(f.Refs[0].Title)+" <"+clean(f.Refs[0].URL)+">")
	}
}

// explanationKey identifies what a finding explains: its rule, and its why
// and fix when a rule wrote them for the case.
func explanationKey(f rule.Finding) string {
	return f.Rule + "\x00" + f.Why + "\x00" + f.Fix
}

// wrap writes prose after first (on the first line) and rest (on the others)
// within the width.
func (t *TextWriter) wrap(first, rest, text string) {
	for _, line := range wrapWords(clean(strings.Join(strings.Fields(text), " ")), t.opts.Width, first, rest) {
		t.printf("%s\n", line)
	}
}

// wrapWords fills lines of at most width runes, each starting with its
// prefix, breaking between words; a word too long for a line is broken
// across lines.
func wrapWords(text string, width int, first, rest string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	line, n := first, utf8.RuneCountInString(first)
	empty := true // nothing but the prefix on line yet
	restN := utf8.RuneCountInString(rest)
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if !empty && n+1+wl > width {
			lines = append(lines, line)
			line, n, empty = rest, restN, true
		}
		if !empty {
			line += " "
			n++
		}
		// A word longer than the room left on a fresh line is broken.
		for n+wl > width && width-n > 0 {
			k := width - n
			head, tail := splitRunes(w, k)
			lines = append(lines, line+head)
			line, n = rest, restN
			w, wl = tail, wl-k
		}
		line += w
		n += wl
		empty = false
	}
	return append(lines, line)
}

// splitRunes splits s after k runes.
func splitRunes(s string, k int) (string, string) {
	i := 0
	for j := range s {
		if i == k {
			return s[:j], s[j:]
		}
		i++
	}
	return s, ""
}

// cutRunes shortens s to at most n runes, ending in "…" when cut.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	head, _ := splitRunes(s, n-1)
	return head + "…"
}
