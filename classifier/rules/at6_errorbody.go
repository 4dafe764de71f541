package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/rule"
)

// at6 holds rules about error bodies, problem details (RFC 9457) and JWT diagnosis.
var at6 = []*rule.Rule{&AT6001}

// AT6001: an error status with no explanation in the body.
var AT6001 = rule.Rule{
	ID:       "AT6001",
	Name:     "empty-error-body",
	Title:    "Auth error response with an empty body",
	Doc:      "RFC 9110 §15.5 says a 4xx response SHOULD carry a representation explaining the error, except for HEAD. An empty 401/403/407 is allowed but terse: the person debugging it gets a status code and nothing else, and cannot tell a missing role from an IP block or an expired session.",
	Fix:      "Return a short body saying what was refused and why, ideally as `application/problem+json` (RFC 9457) with `title` and `detail`, without internal details.",
	Example:  "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"type\":\"https://example.com/probs/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Your account lacks the reports:read permission.\"}",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9110_15_5},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 401 && r.Status != 403 && r.Status != 407) || r.HeadersCut || r.StatusSource != "" {
			return
		}
		if x.Request != nil && x.Request.Method == "HEAD" {
			return
		}
		// A challenge already tells the client what to do about a 401 or 407.
		if (r.Status == 401 && len(p.Facts.Challenges) > 0) || (r.Status == 407 && len(p.Facts.ProxyChallenges) > 0) {
			return
		}
		if strings.TrimSpace(r.Body.Text) != "" {
			return
		}
		// A Content-Length above zero means the body exists and was left out of the paste.
		if cl := strings.TrimSpace(r.Fields.Get("content-length")); cl != "" && cl != "0" {
			return
		}
		if r.Fields.Has("transfer-encoding") {
			return
		}
		p.Report(rule.Finding{Message: itoa(r.Status) + " response has an empty body", Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}
