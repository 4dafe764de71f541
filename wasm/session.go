// The analysis the worker keeps: the last report as Go values, handed to the
// page a page at a time (issue #12), so that a big paste never becomes one
// JSON string of the whole report.

package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/secret"
)

// KeepInFull is how many exchanges the page's analysis keeps in full. Every
// exchange past it is still analysed, classified and counted in the summary;
// the summary says how many were left out. Nobody reads more cards than this
// in one sitting, and it keeps the worker's memory in proportion to the
// paste rather than to the report.
const KeepInFull = 10000

// workerLimits are the reader's limits in the page's worker, whose Go heap is
// smaller than a command line's: past 100,000 exchanges the reader stops and
// says where (the command line reads up to parse.DefaultLimits).
var workerLimits = parse.Limits{Exchanges: 100_000}

// session is the kept analysis: the report of the last input.
type session struct {
	rep  *classifier.Report
	text string             // the input it was made from
	opts classifier.Options // the options it was made with
}

// current is the last successful analysis; a failed one clears it, so an
// old report never answers for a new text.
var current *session

// summary is what open returns: the report without its exchanges, plus
// how many exchanges there are.
type summary struct {
	Tool          string               `json:"tool"`
	Version       string               `json:"version"`
	Format        string               `json:"format"`
	Lines         int                  `json:"lines"`
	Warnings      []classifier.Warning `json:"warnings"`
	Summary       classifier.Summary   `json:"summary"`
	Findings      []rule.Finding       `json:"findings"`
	Flows         []*flow.Flow         `json:"flows"`         // the sign-ins across the exchanges
	ExchangeCount int                  `json:"exchangeCount"` // exchanges kept in full
	Omitted       int                  `json:"omitted"`       // analysed and counted, not kept
	KeepInFull    int                  `json:"keepInFull"`
	// Secrets are the first MaxSecretsListed credentials the analysis found
	// (no values); SecretCount counts them all.
	Secrets     []secret.Secret `json:"secrets"`
	SecretCount int             `json:"secretCount"`
}

// MaxSecretsListed caps the credentials the summary lists: the page's
// notice names a few, and a big HAR holds one per request.
const MaxSecretsListed = 200

// openWith analyses text, keeps the report and returns its summary as JSON
// (or the classifier's error shape).
func openWith(text, optJSON string, progress progressFunc) []byte {
	current = nil
	opts, err := decodeOptions(optJSON)
	if err != nil {
		return usageError(err)
	}
	if progress != nil {
		progress("parsing", 0, 0)
		opts.Progress = func(done, total int) { progress("analyzing", done, total) }
	}
	if opts.KeepAtMost == 0 || opts.KeepAtMost > KeepInFull {
		opts.KeepAtMost = KeepInFull
	}
	opts.Limits = workerLimits
	rep, err := classifier.Analyze(text, opts)
	if err != nil {
		return errorJSON(classifier.NewErrorJSON(err))
	}
	opts.Progress = nil
	current = &session{rep: rep, text: text, opts: opts}
	b, err := json.Marshal(summary{Tool: rep.Tool, Version: rep.Version, Format: rep.Format, Lines: rep.Lines,
		Warnings: rep.Warnings, Summary: rep.Summary, Findings: rep.Findings, Flows: rep.Flows,
		ExchangeCount: len(rep.Exchanges), Omitted: rep.Omitted, KeepInFull: opts.KeepAtMost,
		Secrets: rep.Secrets[:min(len(rep.Secrets), MaxSecretsListed)], SecretCount: len(rep.Secrets)})
	if err != nil {
		return internalError(fmt.Errorf("encoding the summary: %w", err))
	}
	return b
}

// pageQuery selects exchanges: those of any of Classes (all when empty)
// with a finding of any of Severities (all when empty) whose text holds
// Text (case folded), then Limit of them from Offset.
type pageQuery struct {
	Offset     int      `json:"offset"`
	Limit      int      `json:"limit"`
	Classes    []string `json:"classes"`
	Severities []string `json:"severities"`
	Text       string   `json:"text"`
}

// MaxPage is the most exchanges one page holds, whatever is asked.
const MaxPage = 200

// page is what page returns.
type page struct {
	Total int                         `json:"total"`
	Items []classifier.ExchangeReport `json:"items"`
}

// pageJSON answers a page query on the kept report.
func pageJSON(queryJSON string) []byte {
	if current == nil {
		return usageError(fmt.Errorf("no analysis yet"))
	}
	q := pageQuery{Limit: 50}
	if queryJSON != "" {
		if err := json.Unmarshal([]byte(queryJSON), &q); err != nil {
			return usageError(fmt.Errorf("page query: %w", err))
		}
	}
	q.Offset = max(0, q.Offset)
	q.Limit = min(max(0, q.Limit), MaxPage)
	needle := strings.ToLower(strings.TrimSpace(q.Text))
	out := page{Items: []classifier.ExchangeReport{}}
	for i := range current.rep.Exchanges {
		x := &current.rep.Exchanges[i]
		if !q.matches(x, needle) {
			continue
		}
		if out.Total >= q.Offset && len(out.Items) < q.Limit {
			out.Items = append(out.Items, *x)
		}
		out.Total++
	}
	b, err := json.Marshal(out)
	if err != nil {
		return internalError(fmt.Errorf("encoding a page: %w", err))
	}
	return b
}

// matches tells whether x passes the query's filters; needle is the folded
// text filter, matched against the method, target, URL, status, reason,
// verdict class and headline, and each finding's rule, name and title.
func (q pageQuery) matches(x *classifier.ExchangeReport, needle string) bool {
	if len(q.Classes) > 0 && !slices.Contains(q.Classes, string(x.Verdict.Class)) {
		return false
	}
	if len(q.Severities) > 0 && !slices.ContainsFunc(x.Findings, func(f rule.Finding) bool {
		return slices.Contains(q.Severities, f.Severity.String())
	}) {
		return false
	}
	if needle == "" {
		return true
	}
	var hay []string
	if r := x.Request; r != nil {
		hay = append(hay, r.Method, r.Target, r.URL)
	}
	if r := x.Response; r != nil {
		hay = append(hay, strconv.Itoa(r.Status), r.Reason)
	}
	hay = append(hay, string(x.Verdict.Class), x.Verdict.Headline)
	for _, f := range x.Findings {
		hay = append(hay, f.Rule+" "+f.Name+" "+f.Title)
	}
	for _, h := range hay {
		if strings.Contains(strings.ToLower(h), needle) {
			return true
		}
	}
	return false
}
