// Package classifier tells why an HTTP request was refused. Give Analyze a paste
// (raw messages, transcripts, HAR) and it returns, per exchange, a verdict
// (authentication, authorization, blocked, none, unknown) with the evidence it
// rests on, an explanation, and findings about what is missing or leaking.
//
//	rep, err := classifier.Analyze("HTTP/1.1 401 Unauthorized\n\n", classifier.Options{})
//	// rep.Exchanges[0].Verdict.Class == "authentication"
//	// rep.Exchanges[0].Findings[0].Rule == "AT1001" (missing-www-authenticate)
package classifier

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
	"github.com/authtriage/authtriage/classifier/secret"
	"github.com/authtriage/authtriage/classifier/signature"
	"github.com/authtriage/authtriage/classifier/verdict"
)

// Version is the report format and catalogue version.
const Version = "0.1.0"

// Options tune an analysis.
type Options struct {
	// Disable lists rule IDs or names to skip.
	Disable []string `json:"disable,omitempty"`
	// Progress, when set, is called as exchanges are analysed: with done = 0
	// before the first, then every ProgressEvery exchanges, and with done ==
	// total after the last. It runs on the analysing goroutine, so it must be
	// quick; the page's worker forwards it to the progress bar.
	Progress func(done, total int) `json:"-"`
	// KeepAtMost caps how many exchanges a report keeps in full (0: all).
	// The others are still analysed and counted in the summary; the report
	// says how many were left out (Report.Omitted).
	KeepAtMost int `json:"keepAtMost,omitempty"`
	// OnStart, when set, is called by Stream once the report's header
	// fields (tool, version, format, lines, warnings, secrets) are known and
	// before the first exchange is emitted: a streaming writer writes them
	// first. The report it gets is the one Stream returns.
	OnStart func(*Report) `json:"-"`
	// Limits bound what Analyze reads (zero fields: parse.DefaultLimits);
	// the page's worker, whose heap is smaller, reads fewer exchanges.
	Limits parse.Limits `json:"-"`
}

// ProgressEvery is how many exchanges pass between two Options.Progress calls.
const ProgressEvery = 32

// Report is the whole answer for one paste. Its JSON form is what the page and
// `authtriage -format json` consume (README, "JSON format").
type Report struct {
	Tool      string           `json:"tool"`
	Version   string           `json:"version"`
	Format    string           `json:"format"`
	Lines     int              `json:"lines"`
	Warnings  []Warning        `json:"warnings"`
	Exchanges []ExchangeReport `json:"exchanges"`
	Findings  []rule.Finding   `json:"findings"` // cross-exchange findings
	// Flows are the sign-ins found across the exchanges (package flow).
	Flows   []*flow.Flow `json:"flows"`
	Summary Summary      `json:"summary"`
	// Omitted counts the exchanges analysed (and counted in Summary) but not
	// kept in Exchanges, past Options.KeepAtMost.
	Omitted int `json:"omitted,omitempty"`
	// Secrets lists the credentials in the paste: kind, label, line and a
	// preview (a few leading characters and the length), never the value.
	Secrets []secret.Secret `json:"secrets"`
	input   *parse.Input
	masker  *secret.Masker
}

// Warning is a problem with the paste that did not stop the analysis.
type Warning struct {
	Code    string    `json:"code"`
	Message string    `json:"message"`
	Pos     parse.Pos `json:"pos"`
}

// ExchangeReport is the answer for one exchange.
type ExchangeReport struct {
	Index    int             `json:"index"` // 0-based
	Format   string          `json:"format"`
	Entry    int             `json:"entry,omitempty"`
	Span     parse.Span      `json:"span"`
	Request  *RequestInfo    `json:"request"`
	Response *ResponseInfo   `json:"response"`
	Verdict  verdict.Verdict `json:"verdict"`
	Findings []rule.Finding  `json:"findings"`
	Notes    []parse.Note    `json:"notes"`
	// Reading says how the exchange was read (README, "JSON format").
	Reading ReadingInfo `json:"reading"`
	// Vendor lists the vendor signatures recognised in the response, strongest first.
	Vendor []rule.VendorHit `json:"vendor"`
}

// ReadingInfo says how an exchange was read: which reader, what it
// inferred, how sure the status is, and whether the whole header block was
// seen (findings about something missing need it).
type ReadingInfo struct {
	// Summary is one line for people: "curl -v transcript", "a Python
	// requests error: status from a field, 4 headers from a printed dict".
	Summary string `json:"summary"`
	// General is set when the general reader, not an exact format reader, read it.
	General bool `json:"general"`
	// Inferred lists what was inferred rather than read, each with its line.
	Inferred []parse.InfoLine `json:"inferred"`
	// Status says how the status was found: "status-line", "field", "prose",
	// "implied" or "unknown".
	Status string `json:"status"`
	// HeadersComplete is set when the whole response header block was seen.
	HeadersComplete bool `json:"headersComplete"`
	// Partial is set when only part of the exchange was read; Advice then
	// says what to paste for a full answer.
	Partial bool   `json:"partial"`
	Advice  string `json:"advice,omitempty"`
}

// formatWords names the exact readers' formats for a reading summary.
var formatWords = wordlist.Map[string]{
	{K: "raw", V: "raw HTTP messages"}, {K: "curl", V: "curl -i output"}, {K: "curl-v", V: "a curl -v transcript"}, {K: "devtools", V: "a browser DevTools copy"},
	{K: "har", V: "a HAR entry"}, {K: "body", V: "a response body alone"}, {K: "httpie", V: "HTTPie output"}, {K: "wget", V: "wget output"},
	{K: "wire", V: "a wire trace"}, {K: "headers", V: "a list of header fields"}, {K: "httr", V: "an R httr print"}, {K: "erlang", V: "an Erlang header tuple list"},
	{K: "powershell", V: "a PowerShell Invoke-WebRequest command"},
}

// readingOf fills the report's reading from the reader's, with defaults for
// readers that leave parts of it empty.
func readingOf(x *parse.Exchange) ReadingInfo {
	rd := x.Reading
	out := ReadingInfo{Summary: rd.Summary, General: rd.General, Inferred: rd.Inferred, Partial: rd.Partial, Advice: rd.Advice,
		Status: parse.StatusUnknown.String()}
	if out.Inferred == nil {
		out.Inferred = []parse.InfoLine{}
	}
	if out.Summary == "" {
		if w, ok := formatWords.Lookup(x.Format); ok {
			out.Summary = w
		} else if x.Format != "" {
			out.Summary = x.Format
		}
	}
	r := x.Response
	if r == nil {
		return out
	}
	out.Status = r.StatusConf.String()
	out.HeadersComplete = r.HeadersComplete
	if !r.HeadersComplete && r.Error == "" {
		out.Partial = true
	}
	if out.Partial && out.Advice == "" {
		out.Advice = partialAdvice(x)
	}
	return out
}

// partialAdvice says what to paste for a full answer when only part of a
// response was read.
func partialAdvice(x *parse.Exchange) string {
	what := "the whole response header block was not in the paste, so nothing is said about headers it may lack"
	if x.Response.Status == 0 {
		what = "the paste shows no status"
	}
	cmd := "`curl -sv URL`"
	if q := x.Request; q != nil && strings.HasPrefix(q.URL, "http") && len(q.URL) < 200 && !strings.ContainsAny(q.URL, "'` ") {
		cmd = "`curl -sv '" + q.URL + "'`"
		if q.Method != "" && q.Method != "GET" && q.Method != "HEAD" {
			cmd = "`curl -sv -X " + q.Method + " '" + q.URL + "'`"
		}
	}
	return what + "; for a full answer paste the complete response with its status line and headers, e.g. the output of " + cmd + " (add the same credentials the client sends)"
}

// RequestInfo summarises the request side.
type RequestInfo struct {
	Method      string            `json:"method"`
	Target      string            `json:"target"`
	URL         string            `json:"url,omitempty"`
	Pos         parse.Pos         `json:"pos"`
	Credentials parse.Credentials `json:"credentials"`
}

// ResponseInfo summarises the response side.
type ResponseInfo struct {
	Proto        string    `json:"proto,omitempty"`
	Status       int       `json:"status"`
	Reason       string    `json:"reason,omitempty"`
	StatusSource string    `json:"statusSource,omitempty"`
	Pos          parse.Pos `json:"pos"`
	Error        string    `json:"error,omitempty"`
}

// Summary counts verdicts and findings.
type Summary struct {
	Classes    map[rule.Class]int `json:"classes"`
	Severities map[string]int     `json:"severities"`
}

// Analyze is the whole pipeline every front end runs (the command line, the
// page's bridge, the tests): it reads text within opts.Limits, runs every
// enabled rule over it (AnalyzeInput, telling opts.Progress), and quotes the
// evidence as pasted. Front ends that stream a report call parse.ParseWith
// and Stream themselves, with a Quoter.
func Analyze(text string, opts Options) (*Report, error) {
	in, err := parse.ParseWith(text, opts.Limits)
	if err != nil {
		return nil, err
	}
	rep := AnalyzeInput(in, opts)
	rep.QuoteAsPasted(text)
	return rep, nil
}

// AnalyzeInput runs the rules over an already parsed paste. Every exchange is
// kept in the report unless opts.KeepAtMost caps them.
func AnalyzeInput(in *parse.Input, opts Options) *Report {
	rep, _ := Stream(in, opts, nil)
	return rep
}

// Stream analyses in exchange by exchange and hands each exchange's report
// to emit, in paste order, as soon as the exchanges it may depend on have
// been analysed (verdict.Lookahead of them): a caller that writes each one
// out and keeps nothing holds memory in proportion to the parsed paste, not
// to the report. The returned report holds the header fields, the warnings,
// the cross-exchange findings and the summary of every exchange; its
// Exchanges are those emit did not refuse to keep: when emit is nil, all of
// them up to opts.KeepAtMost (0: no cap), the rest counted in Omitted. An
// error from emit stops the analysis and is returned.
func Stream(in *parse.Input, opts Options, emit func(*ExchangeReport) error) (*Report, error) {
	disabled := map[string]bool{}
	for _, d := range opts.Disable {
		disabled[d] = true
	}
	enabled := func(r *rule.Rule) bool {
		return r.Disabled == "" && !disabled[r.ID] && !disabled[r.Name]
	}
	rep := &Report{Tool: "authtriage", Version: Version, Format: in.Format, Lines: in.Lines,
		Warnings: []Warning{}, Exchanges: []ExchangeReport{}, Findings: []rule.Finding{}, input: in,
		Summary: Summary{Classes: map[rule.Class]int{}, Severities: map[string]int{}}}
	rep.Secrets = make([]secret.Secret, len(in.Secrets))
	copy(rep.Secrets, in.Secrets)
	for _, n := range in.Notes {
		rep.Warnings = append(rep.Warnings, Warning{Code: n.Code, Message: n.Message, Pos: n.Pos})
	}
	if opts.OnStart != nil {
		opts.OnStart(rep)
	}
	if emit == nil {
		n := len(in.Exchanges)
		if opts.KeepAtMost > 0 {
			n = min(n, opts.KeepAtMost)
		}
		rep.Exchanges = make([]ExchangeReport, 0, n) // the list's growth copied it twice over
		emit = func(er *ExchangeReport) error {
			if opts.KeepAtMost > 0 && len(rep.Exchanges) >= opts.KeepAtMost {
				rep.Omitted++
				return nil
			}
			rep.Exchanges = append(rep.Exchanges, *er)
			return nil
		}
	}
	// window holds the reports not yet emitted: the cross-exchange step
	// settles the first of them from those after it.
	var window []*ExchangeReport
	said := verdict.NewSaid() // what the last cards said, so the next one does not repeat it
	flush := func(all bool) error {
		for len(window) > 0 && (all || len(window) > verdict.Lookahead) {
			first := window[0].Index
			xs := in.Exchanges[first : first+len(window)]
			vs := make([]*verdict.Verdict, len(window))
			for i, er := range window {
				vs[i] = &er.Verdict
			}
			verdict.SequenceAt(xs, vs)
			er := window[0]
			said.Echo(er.Index, &er.Verdict)
			window = window[1:]
			er.Findings = dropQuiet(er.Findings, &er.Verdict)
			rep.Summary.Classes[er.Verdict.Class]++
			for _, f := range er.Findings {
				rep.Summary.Severities[f.Severity.String()]++
			}
			if err := emit(er); err != nil {
				return err
			}
		}
		return nil
	}
	var prev *parse.Exchange
	total := len(in.Exchanges)
	if opts.Progress != nil {
		opts.Progress(0, total)
	}
	for i, x := range in.Exchanges {
		if opts.Progress != nil && i > 0 && i%ProgressEvery == 0 {
			opts.Progress(i, total)
		}
		window = append(window, analyzeExchange(in, x, prev, enabled))
		prev = x
		if err := flush(false); err != nil {
			return rep, err
		}
	}
	if err := flush(true); err != nil {
		return rep, err
	}
	if opts.Progress != nil {
		opts.Progress(total, total)
	}
	var cross []rule.Finding
	var discard []rule.Signal
	// One Facts for every whole-paste rule: the flow family shares one reading of the flows.
	inFacts := &rule.Facts{}
	runInputRules(in, inFacts, &cross, &discard, enabled)
	rep.Flows = flow.Settle(flow.Of(in, inFacts), func(id string) bool { r := rules.ByID(id); return r != nil && enabled(r) })
	sortFindings(cross)
	rep.Findings = nonNil(cross)
	for _, f := range rep.Findings {
		rep.Summary.Severities[f.Severity.String()]++
	}
	return rep, nil
}

// FindingNames is the set of the names of every finding in the report, on
// an exchange or across exchanges.
func (r *Report) FindingNames() map[string]bool {
	names := map[string]bool{}
	for _, x := range r.Exchanges {
		for _, f := range x.Findings {
			names[f.Name] = true
		}
	}
	for _, f := range r.Findings {
		names[f.Name] = true
	}
	return names
}

// analyzeExchange runs the per-exchange rules and decides the verdict of x;
// prev is the exchange before it in the paste.
func analyzeExchange(in *parse.Input, x, prev *parse.Exchange, enabled func(*rule.Rule) bool) *ExchangeReport {
	facts := newFacts(x, prev)
	var findings []rule.Finding
	var signals []rule.Signal
	// One Pass for all the exchange's rules, each run with its own Rule (a
	// Pass per rule and exchange was most of the analysis's allocations
	// after the report itself).
	runExchangeRules(rule.NewPass(in, x, nil, facts, &findings, &signals), &findings, enabled)
	v := verdict.Decide(x, facts, signals)
	findings = dropQuiet(findings, &v)
	sortFindings(findings)
	er := &ExchangeReport{Index: x.Index, Format: x.Format, Entry: x.Entry, Span: x.Span,
		Verdict: v, Findings: nonNil(findings), Notes: x.Notes, Reading: readingOf(x)}
	if er.Notes == nil {
		er.Notes = []parse.Note{}
	}
	er.Vendor = facts.Vendor
	if er.Vendor == nil {
		er.Vendor = []rule.VendorHit{}
	}
	if q := x.Request; q != nil {
		er.Request = &RequestInfo{Method: q.Method, Target: q.Target, URL: q.URL, Pos: q.Pos, Credentials: facts.Credentials}
	}
	if r := x.Response; r != nil {
		er.Response = &ResponseInfo{Proto: r.Proto, Status: r.Status, Reason: r.Reason, StatusSource: r.StatusSource, Pos: r.Pos, Error: r.Error}
		if r.Status == 0 && facts.Status != 0 && r.Error == "" {
			// No status in the paste, but the vendor template shown is always
			// sent with one: report it, marked as implied.
			er.Response.Status, er.Response.StatusSource = facts.Status, "implied"
			er.Reading.Status = parse.StatusImplied.String()
		}
	}
	return er
}

// runExchangeRules runs every enabled per-exchange rule on p, one Pass
// for all, each run with its own Rule. The loops over the rules are
// functions of their own, not part of Stream and analyzeExchange: V8
// recompiles a function of the page's module whole once its loops have run
// a while, at a cost that grows with the loop's distance from the
// function's start in Go's code, and a first visit paid its optimising
// compiler for those two, called once per paste and per exchange (issue
// #14).
func runExchangeRules(p *rule.Pass, findings *[]rule.Finding, enabled func(*rule.Rule) bool) {
	for _, r := range rules.All {
		if r.Scope != rule.PerExchange || !enabled(r) {
			continue
		}
		p.Rule = r
		runRule(p, findings, r)
	}
}

// runInputRules runs every enabled whole-paste rule on in, a Pass each,
// sharing facts.
func runInputRules(in *parse.Input, facts *rule.Facts, cross *[]rule.Finding, discard *[]rule.Signal, enabled func(*rule.Rule) bool) {
	for _, r := range rules.All {
		if r.Scope != rule.PerInput || !enabled(r) {
			continue
		}
		runRule(rule.NewPass(in, nil, r, facts, cross, discard), cross, r)
	}
}

// runRule runs one rule, turning a panic into an internal finding so that one
// broken rule cannot take the whole analysis down.
func runRule(p *rule.Pass, out *[]rule.Finding, r *rule.Rule) {
	defer func() {
		if v := recover(); v != nil {
			*out = append(*out, rule.Finding{Rule: r.ID, Name: r.Name, Severity: rule.Info, Category: rule.CatInput,
				Title: "internal error in rule", Message: fmt.Sprintf("rule %s failed on this input: %v", r.ID, v),
				Evidence: []rule.Evidence{}, Refs: []rule.Ref{}, Exchanges: []int{}})
		}
	}()
	r.Run(p)
}

// NewFacts computes the values rules share for one exchange.
func NewFacts(x *parse.Exchange) *rule.Facts { return newFacts(x, nil) }

// newFacts computes the shared values; prev is the exchange before x in the
// paste, whose redirect x may be following.
func newFacts(x *parse.Exchange, prev *parse.Exchange) *rule.Facts {
	f := &rule.Facts{Credentials: x.Credentials()}
	if x.Response == nil {
		return f
	}
	f.Challenges = fields.ParseChallenges(x.Response.Fields.All("www-authenticate"))
	f.ProxyChallenges = fields.ParseChallenges(x.Response.Fields.All("proxy-authenticate"))
	f.FollowedURL = followedURL(x, prev)
	f.Challenged = verdict.Challenged(x, prev)
	f.Vendor = signature.Match(x, f.FollowedURL)
	if len(f.Vendor) == 0 {
		f.Vendor = signature.MatchAround(x)
	}
	if len(f.Vendor) == 0 {
		f.Vendor = signature.MatchStatusText(x)
	}
	f.Status = x.Response.Status
	if f.Status == 0 {
		for _, h := range f.Vendor {
			if h.Status != 0 {
				f.Status = h.Status
				break
			}
		}
	}
	f.Meaning, f.MeaningEvidence = verdict.Meaning(x, f)
	return f
}

// followedURL is the Location of prev's redirect when x shows no request of
// its own, as in `curl -IL` output, where only the responses are printed.
func followedURL(x, prev *parse.Exchange) string {
	if prev == nil || prev.Response == nil || (x.Request != nil && x.Request.Target != "") {
		return ""
	}
	switch prev.Response.Status {
	case 301, 302, 303, 307, 308:
		return strings.TrimSpace(prev.Response.Fields.Get("location"))
	}
	return ""
}

// dropQuiet removes findings whose rule asks to be quiet under the verdict's
// class. forbidden-without-credentials is quiet under a blocked verdict that
// a firewall, bot wall or rate limit decided; a blocked verdict that rests on
// the request having carried no credentials, nothing else named
// (SignNoCredentialsBare), is that finding's own reading, and keeps it.
func dropQuiet(fs []rule.Finding, v *verdict.Verdict) []rule.Finding {
	bare := len(v.Reasons) > 0 && v.Reasons[0].Sign == rule.SignNoCredentialsBare
	kept := fs[:0]
	for _, f := range fs {
		if r := rules.ByID(f.Rule); r != nil && slices.Contains(r.QuietWhen, v.Class) && !(bare && r == &rules.AT1020) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// sortFindings orders findings by severity, most severe first, then by the
// line of their first evidence, then by rule.
func sortFindings(fs []rule.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Severity != fs[j].Severity {
			return fs[i].Severity > fs[j].Severity
		}
		li, lj := firstLine(fs[i]), firstLine(fs[j])
		if li != lj {
			return li < lj
		}
		return fs[i].Rule < fs[j].Rule
	})
}

func firstLine(f rule.Finding) int {
	if len(f.Evidence) == 0 {
		return 1 << 30
	}
	return f.Evidence[0].Pos.Line
}

func nonNil(fs []rule.Finding) []rule.Finding {
	if fs == nil {
		return []rule.Finding{}
	}
	return fs
}

// Input returns the parsed paste the report was made from.
func (r *Report) Input() *parse.Input { return r.input }

// ErrorJSON is the JSON shape of a failed analysis: {"error":{"message","line"}}.
type ErrorJSON struct {
	Error ErrorBody `json:"error"`
}

// ErrorBody describes why a paste could not be analysed.
type ErrorBody struct {
	Message  string `json:"message"`
	Line     int    `json:"line,omitempty"`
	Expected string `json:"expected,omitempty"`
	Internal bool   `json:"internal,omitempty"`
}

// NewErrorJSON turns an error into its JSON shape, keeping a parse error's line.
func NewErrorJSON(err error) ErrorJSON {
	e := ErrorJSON{Error: ErrorBody{Message: err.Error()}}
	if pe, ok := errors.AsType[*parse.ParseError](err); ok {
		e.Error.Line = pe.Line
		e.Error.Expected = pe.Expected
	}
	return e
}

// AnalyzeJSON is Analyze with its answer, or its error, as JSON: the one call
// the page makes through the wasm bridge. The bytes are json.Marshal's,
// written by the generated encoder (json_gen.go).
func AnalyzeJSON(text string, opts Options) []byte {
	rep, err := Analyze(text, opts)
	if err != nil {
		e := NewErrorJSON(err)
		return e.AppendJSON(nil)
	}
	return rep.AppendJSON(nil)
}
