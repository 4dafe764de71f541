// Package flow tells the story of a sign-in across the exchanges of one paste:
// it finds the authentication flows (OAuth 2 and OpenID Connect, SAML, form
// login with a session cookie, HTTP authentication handshakes), their steps,
// the values that tie the steps together (state, nonce, code, cookies,
// tokens), and the step where a flow broke, with its cause and the evidence
// on both ends.
//
// Find reads a parsed paste once, in order, in time linear in its size; what
// it keeps is bounded by MaxFlows and MaxSteps, not by the paste. Exchanges
// that play no part in a flow (assets, analytics, unrelated calls) are folded
// away and only counted.
package flow

import (
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Bounds on what Find keeps, whatever the size of the paste.
const (
	MaxFlows = 8  // flows kept per paste; later ones are counted in Result.More
	MaxSteps = 40 // steps kept per flow; later ones are counted in Flow.More
)

// Flow is one sign-in (or handshake) and the calls that use its result.
type Flow struct {
	// Kind names the protocol: "oauth-code", "oauth-code-pkce", "oauth-implicit",
	// "oauth-hybrid", "client-credentials", "refresh", "bearer", "password", "saml-redirect",
	// "saml-post", "form-login", "basic", "digest", "ntlm", "negotiate".
	Kind  string `json:"kind"`
	Title string `json:"title"` // "OAuth 2.0 authorization code with PKCE"
	// Hosts are the lanes of the timeline, in order of first appearance; the
	// client (browser or tool) is not one of them.
	Hosts []string `json:"hosts"`
	Steps []Step   `json:"steps"`
	// Folded counts the exchanges between the first and the last step that
	// were left out as noise (assets, analytics, unrelated calls).
	Folded int `json:"folded"`
	// More counts steps past MaxSteps, not kept.
	More int `json:"more,omitempty"`
	// Outcome is "broken" (Break is set), "completed" (the result was used
	// successfully) or "incomplete" (the paste ends before the flow does).
	Outcome string `json:"outcome"`
	// Break is the first step where the flow went wrong and why; nil when it did not.
	Break *Break `json:"break,omitempty"`
	// Causes holds every break found, in step order; Break is the first of
	// them whose rule is enabled.
	Causes []Break `json:"-"`

	// assembly state
	open      bool
	expect    map[string]int // URLs (scheme://host/path) a step redirected to → step index
	clientID  string
	redirect  string // redirect_uri of the authorization request, normalised
	samlID    string
	last      int // exchange index of the last step
	firstX    int
	cookies   []setCookie
	tokens    map[string]int // access tokens issued → step index
	challenge map[string]bool
}

// Step is one exchange of a flow, as the timeline and the numbered list show it.
type Step struct {
	N        int    `json:"n"`        // 1-based within the flow
	Exchange int    `json:"exchange"` // 0-based index of the exchange in the paste
	Entry    int    `json:"entry,omitempty"`
	Kind     string `json:"kind"` // "start", "authorize", "login", "callback", "token", "refresh", "saml-request", "saml-response", "challenge", "credentials", "redirect", "api"
	Host     string `json:"host"` // the lane the request went to ("" when unknown)
	Method   string `json:"method,omitempty"`
	Path     string `json:"path,omitempty"` // path only: no query, no credentials
	Status   int    `json:"status,omitempty"`
	// Label says what the step did, in a few words: "authorization request (state, PKCE S256)".
	Label string `json:"label"`
	// Issues and Carries name the values the step issued and carried, by kind
	// and name, never by value: "state", "code", "cookie sid", "access token".
	Issues  []string  `json:"issues,omitempty"`
	Carries []string  `json:"carries,omitempty"`
	Broken  bool      `json:"broken,omitempty"`
	Pos     parse.Pos `json:"pos"`
}

// Break is where a flow went wrong: the step, the rule naming the cause, what
// happened, and the evidence on both ends (where the value was issued or
// expected, and where it went wrong).
type Break struct {
	Step      int             `json:"step"` // 1-based step number in the flow
	Rule      string          `json:"rule"` // "AT0001"
	Name      string          `json:"name"` // "flow-state-mismatch"
	Message   string          `json:"message"`
	Evidence  []rule.Evidence `json:"evidence"`
	Exchanges []int           `json:"exchanges"`
}

// Result is every flow found in a paste.
type Result struct {
	Flows []*Flow
	More  int // flows past MaxFlows, not kept
}

// Titles names the flow kinds for people (a list the linker lays out, not a
// map built by code at start: wordlist).
var Titles = wordlist.Map[string]{
	{K: "oauth-code", V: "OAuth 2.0 authorization code"},
	{K: "oauth-code-pkce", V: "OAuth 2.0 authorization code with PKCE"},
	{K: "oauth-implicit", V: "OAuth 2.0 implicit grant"},
	{K: "oauth-hybrid", V: "OpenID Connect hybrid flow"},
	{K: "client-credentials", V: "OAuth 2.0 client credentials"},
	{K: "refresh", V: "OAuth 2.0 token refresh"},
	{K: "bearer", V: "Access token in use"},
	{K: "password", V: "OAuth 2.0 resource owner password"},
	{K: "saml-redirect", V: "SAML 2.0 web SSO (redirect binding)"},
	{K: "saml-post", V: "SAML 2.0 web SSO (POST binding)"},
	{K: "form-login", V: "Form login with a session cookie"},
	{K: "basic", V: "HTTP Basic authentication"},
	{K: "digest", V: "HTTP Digest authentication"},
	{K: "ntlm", V: "NTLM handshake"},
	{K: "negotiate", V: "Negotiate (Kerberos/SPNEGO) handshake"},
}

// result is the flows of a paste, shared by the flow rules and the report.
var result = rule.NewFact[*Result]("flow.result")

// Of returns the flows of in, computing them once per facts: the engine
// hands the same facts to every whole-paste rule, so the rules of the flow
// family and the report share one reading.
func Of(in *parse.Input, facts *rule.Facts) *Result {
	if facts == nil {
		return Find(in)
	}
	return rule.Get(facts, result, func() *Result { return Find(in) })
}

// Settle picks each flow's Break: the first cause whose rule enabled
// accepts, and sets the outcome and the broken step accordingly.
func Settle(r *Result, enabled func(id string) bool) []*Flow {
	out := make([]*Flow, 0, len(r.Flows))
	for _, f := range r.Flows {
		g := *f
		g.Steps = append([]Step(nil), f.Steps...)
		g.Break = nil
		for i := range g.Causes {
			if enabled == nil || enabled(g.Causes[i].Rule) {
				b := g.Causes[i]
				g.Break = &b
				break
			}
		}
		for i := range g.Steps {
			g.Steps[i].Broken = g.Break != nil && g.Steps[i].N == g.Break.Step
		}
		switch {
		case g.Break != nil:
			g.Outcome = "broken"
		case g.Outcome == "broken":
			g.Outcome = "incomplete"
		}
		out = append(out, &g)
	}
	return out
}
