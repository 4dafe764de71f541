package classifier

import (
	"slices"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/secret"
)

// The report as a front end that pages through it reads it (the page's
// worker keeps the report and hands it over a page at a time, so that a big
// paste never becomes one JSON string): an Overview first, then Pages of
// exchanges. The JSON shapes are defined here, next to Report's, and the
// bridge only encodes them.

// MaxSecretsListed caps the credentials an Overview lists: the page's
// notice names a few, and a big HAR holds one per request.
const MaxSecretsListed = 200

// MaxPage is the most exchanges one Page holds, whatever is asked.
const MaxPage = 200

// Overview is the report without its exchanges, plus how many there are.
type Overview struct {
	Tool          string         `json:"tool"`
	Version       string         `json:"version"`
	Format        string         `json:"format"`
	Lines         int            `json:"lines"`
	Warnings      []Warning      `json:"warnings"`
	Summary       Summary        `json:"summary"`
	Findings      []rule.Finding `json:"findings"`
	Flows         []*flow.Flow   `json:"flows"`         // the sign-ins across the exchanges
	ExchangeCount int            `json:"exchangeCount"` // exchanges kept in full
	Omitted       int            `json:"omitted"`       // analysed and counted, not kept
	KeepInFull    int            `json:"keepInFull"`    // the cap the analysis kept them under
	// Secrets are the first MaxSecretsListed credentials the analysis found
	// (no values), one per place a value is written; SecretCount counts
	// them all. A value written in several places (a token sent with every
	// request) is one credential: SecretValues counts the distinct values,
	// and SecretSame gives, for each listed credential, the index in
	// Secrets of the first listed one with the same value (its own index
	// when it is the first).
	Secrets      []secret.Secret `json:"secrets"`
	SecretCount  int             `json:"secretCount"`
	SecretValues int             `json:"secretValues"`
	SecretSame   []int           `json:"secretSame"`
}

// Overview is r without its exchanges; keepInFull is the Options.KeepAtMost
// r was made with.
func (r *Report) Overview(keepInFull int) Overview {
	o := Overview{Tool: r.Tool, Version: r.Version, Format: r.Format, Lines: r.Lines,
		Warnings: r.Warnings, Summary: r.Summary, Findings: r.Findings, Flows: r.Flows,
		ExchangeCount: len(r.Exchanges), Omitted: r.Omitted, KeepInFull: keepInFull,
		Secrets: r.Secrets[:min(len(r.Secrets), MaxSecretsListed)], SecretCount: len(r.Secrets),
		SecretSame: []int{}}
	first := make(map[string]int, len(r.Secrets))
	for i := range r.Secrets {
		j, seen := first[r.Secrets[i].Value]
		if !seen {
			j = i
			first[r.Secrets[i].Value] = i
			o.SecretValues++
		}
		if i < len(o.Secrets) {
			o.SecretSame = append(o.SecretSame, j)
		}
	}
	return o
}

// PageQuery selects exchanges: those of any of Classes (all when empty)
// with a finding of any of Severities (all when empty) whose text holds
// Text (case folded), then Limit of them (at most MaxPage) from Offset.
type PageQuery struct {
	Offset     int      `json:"offset"`
	Limit      int      `json:"limit"`
	Classes    []string `json:"classes"`
	Severities []string `json:"severities"`
	Text       string   `json:"text"`
}

// Page is one page of a report's exchanges, and how many pass the query.
type Page struct {
	Total int              `json:"total"`
	Items []ExchangeReport `json:"items"`
}

// Page answers q on r's exchanges.
func (r *Report) Page(q PageQuery) Page {
	q.Offset = max(0, q.Offset)
	q.Limit = min(max(0, q.Limit), MaxPage)
	needle := strings.ToLower(strings.TrimSpace(q.Text))
	out := Page{Items: []ExchangeReport{}}
	for i := range r.Exchanges {
		x := &r.Exchanges[i]
		if !q.matches(x, needle) {
			continue
		}
		if out.Total >= q.Offset && len(out.Items) < q.Limit {
			out.Items = append(out.Items, *x)
		}
		out.Total++
	}
	return out
}

// matches tells whether x passes the query's filters; needle is the folded
// text filter, matched against the method, target, URL, status, reason,
// verdict class and headline, and each finding's rule, name and title.
func (q PageQuery) matches(x *ExchangeReport, needle string) bool {
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
