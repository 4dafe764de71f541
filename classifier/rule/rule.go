// Package rule defines what a rule is, what it sees and what it reports.
// It holds types only; the rules themselves live in package rules.
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

// Ref is a normative or explanatory source.
type Ref struct {
	Title string `json:"title"` // "RFC 9110 §11.6.1"
	URL   string `json:"url"`
}

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

// Evidence points at the line a finding or reason rests on.
type Evidence struct {
	Exchange int       `json:"exchange"` // 0-based index of the exchange
	Where    string    `json:"where"`    // "status line", "response header", "request header", "response body", "transcript"
	Pos      parse.Pos `json:"pos"`
	Text     string    `json:"text"` // the line or value quoted, cut to a readable length
	// Mark is the part of Text the statement rests on, when it is not all of
	// it (a JSON member in a long body line); the page highlights it.
	Mark string `json:"mark,omitempty"`
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

// Class is a verdict class.
type Class string

const (
	Authentication Class = "authentication"
	Authorization  Class = "authorization"
	Blocked        Class = "blocked"
	None           Class = "none"
	Unknown        Class = "unknown"
)

// Classes lists every class in the order reports and the page name them.
// The page's web/report.js spells them too; wasm's TestPageVocabulary holds
// the two together.
var Classes = []Class{Authentication, Authorization, Blocked, None, Unknown}

// Signal is a piece of evidence for a verdict class.
type Signal struct {
	Class Class `json:"class"`
	// Sign is what was seen; Pass.Signal and Sign.Signal fill Kind and
	// Weight from it (the weighing table, weigh.go).
	Sign Sign `json:"-"`
	// Weight is a Tier plus a small adjustment (0–99) that orders signals within a tier.
	Weight int `json:"weight"`
	// Kind names the signal for the explanation: KindChallenge, KindBearerError, KindVendor, ...
	Kind     Kind      `json:"kind"`
	Reason   string    `json:"reason"` // one sentence, specific to the case
	Evidence *Evidence `json:"evidence,omitempty"`
	Rule     string    `json:"rule,omitempty"`
	// Vendor is set for signals from the vendor table.
	Vendor string `json:"vendor,omitempty"`
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

// Facts are per-exchange values computed once before rules run.
type Facts struct {
	Credentials parse.Credentials
	// Challenges parsed from WWW-Authenticate (or Proxy-Authenticate on a 407).
	Challenges []Challenge
	// ProxyChallenges parsed from Proxy-Authenticate.
	ProxyChallenges []Challenge
	// Vendor lists the vendor-table signatures (package vendor) found in the
	// exchange, strongest first.
	Vendor []VendorHit
	// FollowedURL is the Location of the previous exchange's redirect when this
	// exchange shows no request of its own: the URL the client most likely followed.
	FollowedURL string
	// Status is the response status, or the status the vendor always sends with
	// the error the paste shows when the paste itself has none (0 if unknown).
	Status int
	// Meaning is the class the protocol and vendor evidence point to, before
	// infrastructure, request and status signals ("" when there is none), and
	// MeaningEvidence the signal it rests on. Mismatch rules compare it with the status.
	Meaning         Class
	MeaningEvidence *Signal
	// Base holds the signals every exchange gets from protocol facts, the
	// request, the body, the signature table and the status (verdict.Base),
	// computed once.
	Base []Signal

	facts map[any]any // Get's values, by *Fact key
}

// Fact names a value derived from the exchange or the paste (the JWTs a
// request carried, the body's error shapes, the flows) that several rules
// share; T is its type. Declare one per value, at package level:
//
//	var requestTokens = rule.NewFact[[]requestToken]("rules.requestTokens")
//
// and read it with Get, which computes it on first use for each Facts.
type Fact[T any] struct{ name string }

// NewFact returns a new fact key; name only labels it ("pkg.what").
func NewFact[T any](name string) *Fact[T] { return &Fact[T]{name: name} }

// String is the fact's name.
func (k *Fact[T]) String() string { return k.name }

// Get returns the value of fact k for f, computing and keeping it on first
// use, so a value many rules read is worked out once per exchange.
func Get[T any](f *Facts, k *Fact[T], compute func() T) T {
	if v, ok := f.facts[k]; ok {
		return v.(T) // stored by this function under this key: always a T
	}
	if f.facts == nil {
		f.facts = map[any]any{}
	}
	v := compute()
	f.facts[k] = v
	return v
}

// VendorHit is one signature of the vendor table found in an exchange.
type VendorHit struct {
	ID      string `json:"id"` // "aws-s3-access-denied"
	Vendor  string `json:"vendor"`
	Product string `json:"product,omitempty"`
	Class   Class  `json:"class"`
	Weight  int    `json:"weight"`
	Kind    Kind   `json:"kind"` // KindVendor, KindWAF, KindBotChallenge, KindRateLimit, ...
	Meaning string `json:"meaning"`
	Fix     string `json:"fix"`
	// Doc links the product's own documentation for this error ("" when none).
	Doc string `json:"doc,omitempty"`
	// Evidence holds one entry per marker that matched, in table order.
	Evidence []Evidence `json:"evidence"`
	// Status is the status this vendor always sends with this error (0 when it varies).
	Status int `json:"status,omitempty"`
	// Traits are what the explanation needs to know of the signature beyond
	// its class and kind.
	Traits Trait `json:"-"`
}

// Trait is a fact about a signature, or about every error of its vendor, that
// explanations word differently.
type Trait uint8

const (
	// TraitScope: the error is a token that lacks a scope.
	TraitScope Trait = 1 << iota
	// TraitMayHide: the vendor sends the same error for a resource that does
	// not exist when the caller may not see it.
	TraitMayHide
	// TraitAuthnAs403: the vendor reports errors about the credentials
	// themselves (unknown keys, bad signatures) as 403, by design.
	TraitAuthnAs403
)

// Name is the vendor and product the hit names: "AWS S3", "Cloudflare".
func (h VendorHit) Name() string {
	switch {
	case h.Product == "":
		return h.Vendor
	case strings.HasPrefix(h.Product, h.Vendor):
		return h.Product
	}
	return h.Vendor + " " + h.Product
}

// Challenge is one parsed auth challenge.
type Challenge struct {
	Scheme string
	// Params in order; names lower-cased. Token68 holds a token68 form (NTLM blobs).
	Params  []Param
	Token68 string
	Field   parse.Field
	// Problems found while parsing (unquoted realm, repeated parameter...).
	Problems []string
}

// Param is one auth-param.
type Param struct {
	Name   string
	Value  string
	Quoted bool
}

// Param returns the value of the named parameter and whether it is present.
func (c Challenge) Param(name string) (string, bool) {
	for _, p := range c.Params {
		if strings.EqualFold(p.Name, name) {
			return p.Value, true
		}
	}
	return "", false
}
