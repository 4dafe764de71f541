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
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
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
	Summary   Summary          `json:"summary"`
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
	// Vendor lists the vendor signatures recognised in the response, strongest first.
	Vendor []rule.VendorHit `json:"vendor"`
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

// Analyze parses text and runs every enabled rule over it.
func Analyze(text string, opts Options) (*Report, error) {
	in, err := parse.Parse(text)
	if err != nil {
		return nil, err
	}
	return AnalyzeInput(in, opts), nil
}

// AnalyzeInput runs the rules over an already parsed paste.
func AnalyzeInput(in *parse.Input, opts Options) *Report {
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
	var prev *parse.Exchange
	total := len(in.Exchanges)
	if opts.Progress != nil {
		opts.Progress(0, total)
	}
	for i, x := range in.Exchanges {
		if opts.Progress != nil && i > 0 && i%ProgressEvery == 0 {
			opts.Progress(i, total)
		}
		facts := newFacts(x, prev)
		prev = x
		var findings []rule.Finding
		var signals []rule.Signal
		for _, r := range rules.All {
			if r.Scope != rule.PerExchange || !enabled(r) {
				continue
			}
			runRule(rule.NewPass(in, x, r, facts, &findings, &signals), &findings, r)
		}
		v := verdict.Decide(x, facts, signals)
		findings = dropQuiet(findings, v.Class)
		sortFindings(findings)
		er := ExchangeReport{Index: x.Index, Format: x.Format, Entry: x.Entry, Span: x.Span,
			Verdict: v, Findings: nonNil(findings), Notes: x.Notes}
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
		}
		rep.Exchanges = append(rep.Exchanges, er)
		rep.Summary.Classes[er.Verdict.Class]++
		for _, f := range er.Findings {
			rep.Summary.Severities[f.Severity.String()]++
		}
	}
	if opts.Progress != nil {
		opts.Progress(total, total)
	}
	verdict.Sequence(in.Exchanges, verdicts(rep))
	var cross []rule.Finding
	var discard []rule.Signal
	for _, r := range rules.All {
		if r.Scope != rule.PerInput || !enabled(r) {
			continue
		}
		runRule(rule.NewPass(in, nil, r, &rule.Facts{}, &cross, &discard), &cross, r)
	}
	sortFindings(cross)
	rep.Findings = nonNil(cross)
	for _, f := range rep.Findings {
		rep.Summary.Severities[f.Severity.String()]++
	}
	return rep
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
	f.Vendor = signature.Match(x, f.FollowedURL)
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

// verdicts returns pointers to the exchanges' verdicts, in paste order.
func verdicts(rep *Report) []*verdict.Verdict {
	out := make([]*verdict.Verdict, len(rep.Exchanges))
	for i := range rep.Exchanges {
		out[i] = &rep.Exchanges[i].Verdict
	}
	return out
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

// dropQuiet removes findings whose rule asks to be quiet under class c.
func dropQuiet(fs []rule.Finding, c rule.Class) []rule.Finding {
	kept := fs[:0]
	for _, f := range fs {
		if r := rules.ByID(f.Rule); r != nil && slices.Contains(r.QuietWhen, c) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

func sortFindings(fs []rule.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
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
	var pe *parse.ParseError
	if errors.As(err, &pe) {
		e.Error.Line = pe.Line
		e.Error.Expected = pe.Expected
	}
	return e
}

// AnalyzeJSON is Analyze with its answer, or its error, as JSON: the one call
// the page makes through the wasm bridge.
func AnalyzeJSON(text string, opts Options) []byte {
	rep, err := Analyze(text, opts)
	var v any = rep
	if err != nil {
		v = NewErrorJSON(err)
	}
	b, mErr := json.Marshal(v)
	if mErr != nil {
		b, _ = json.Marshal(NewErrorJSON(fmt.Errorf("encoding report: %w", mErr)))
	}
	return b
}
