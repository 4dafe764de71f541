// Package rule is the vocabulary below the rules: what a rule is and reports
// (rule.go), what it sees (Pass, and Facts in facts.go), verdict classes and
// signals (signal.go), every signal kind and the one weighing table
// (weigh.go), the evidence builders (evidence.go) and the references more
// than one package cites (refs.go). The rules live in package rules.
package rule

import (
	"fmt"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
)

// Severity of a finding, on the scale of docs/research.md.
type Severity int

const (
	Info Severity = iota
	Low
	Medium
	High
)

var severityNames = [...]string{"info", "low", "medium", "high"}

func (s Severity) String() string {
	if s < Info || s > High {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads "info", "low", "medium" or "high".
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(n, name) {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want info, low, medium or high)", name)
}

// Category groups rules; the first digit of a rule ID names its family.
type Category string

const (
	CatFlow      Category = "flow"       // AT0: sign-in flows across exchanges (package flow)
	CatChallenge Category = "challenge"  // AT1: challenges and status semantics, Bearer/OAuth, Basic/Digest/NTLM
	CatHiding    Category = "hiding"     // AT2: 403/404 hiding, existence oracles, enumeration
	CatCaching   Category = "caching"    // AT3
	CatCORS      Category = "cors"       // AT4
	CatCookies   Category = "cookies"    // AT5
	CatErrorBody Category = "error-body" // AT6: problem details, error bodies, JWT
	CatLeak      Category = "leak"       // AT7
	CatBlocked   Category = "blocked"    // AT8: WAF, bot wall, rate limit, CSRF, routing
	CatInput     Category = "input"      // AT9: the paste itself
)

// Scope says what a rule looks at.
type Scope int

const (
	PerExchange Scope = iota // Run once per exchange, Pass.Exchange set
	PerInput                 // Run once per paste, for cross-exchange rules
)

// Rule is one check: data plus one function.
type Rule struct {
	ID       string   // "AT1001": family digit, then three digits; never reused
	Name     string   // kebab-case: "missing-www-authenticate"
	Title    string   // one line, no final period
	Doc      string   // why it matters, a few sentences of Markdown
	Fix      string   // the usual remedy, a verb phrase
	Example  string   // a corrected response, when one applies
	Severity Severity // default severity of its findings
	Category Category
	Refs     []Ref
	Scope    Scope
	// Disabled, when not empty, says why the rule is registered but skipped.
	Disabled string
	// QuietWhen lists verdict classes under which the rule's findings on an
	// exchange are beside the point and are dropped: "a 403 without
	// credentials" says nothing useful about a bot wall.
	QuietWhen []Class
	Run       func(*Pass)
}

// Finding is one thing a rule reports.
type Finding struct {
	Rule     string     `json:"rule"`
	Name     string     `json:"name"`
	Severity Severity   `json:"severity"`
	Category Category   `json:"category"`
	Title    string     `json:"title"`
	Message  string     `json:"message"` // specific to the case: a fact, lower case
	Evidence []Evidence `json:"evidence"`
	Why      string     `json:"why"`               // Rule.Doc unless the rule gives a case-specific one
	Fix      string     `json:"fix"`               // Rule.Fix unless overridden
	Example  string     `json:"example,omitempty"` // corrected response
	Refs     []Ref      `json:"refs"`
	// Exchanges lists every exchange the finding is about (cross-exchange rules).
	Exchanges []int `json:"exchanges"`
}

// Pass is everything a rule sees, and its only way to report.
type Pass struct {
	Input    *parse.Input
	Exchange *parse.Exchange // nil for PerInput rules
	Rule     *Rule
	// Facts holds values computed once per exchange and shared between rules.
	Facts *Facts

	findings *[]Finding
	signals  *[]Signal
}

// NewPass is used by the engine and by tests.
func NewPass(in *parse.Input, x *parse.Exchange, r *Rule, facts *Facts, findings *[]Finding, signals *[]Signal) *Pass {
	return &Pass{Input: in, Exchange: x, Rule: r, Facts: facts, findings: findings, signals: signals}
}

// Report records a finding, filling what the rule left empty from the rule's
// own doc: ID, name, severity, category, title, why, fix, refs, exchanges.
func (p *Pass) Report(f Finding) {
	r := p.Rule
	f.Rule, f.Name, f.Category, f.Title = r.ID, r.Name, r.Category, r.Title
	if f.Severity == 0 {
		f.Severity = r.Severity
	}
	if f.Why == "" {
		f.Why = r.Doc
	}
	if f.Fix == "" {
		f.Fix = r.Fix
	}
	if f.Example == "" {
		f.Example = r.Example
	}
	if len(f.Refs) == 0 {
		f.Refs = r.Refs
	}
	if len(f.Exchanges) == 0 && p.Exchange != nil {
		f.Exchanges = []int{p.Exchange.Index}
	}
	if f.Evidence == nil {
		f.Evidence = []Evidence{}
	}
	*p.findings = append(*p.findings, f)
}

// Signal records evidence for the exchange's verdict.
// Its kind and weight come from its Sign (the weighing table).
func (p *Pass) Signal(s Signal) {
	s = s.Weigh()
	if s.Rule == "" && p.Rule != nil {
		s.Rule = p.Rule.ID
	}
	*p.signals = append(*p.signals, s)
}
