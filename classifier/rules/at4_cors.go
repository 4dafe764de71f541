package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/signature"
)

// at4 holds rules about CORS on error responses (Fetch).
var at4 = []*rule.Rule{&AT4001, &AT4002, &AT4003, &AT4004, &AT4005, &AT4006}

// corsRequest describes the CORS side of an exchange's request.
type corsRequest struct {
	origin    parse.Field // the Origin field, when sent
	hasOrigin bool
	options   bool        // the method is OPTIONS
	acrm      parse.Field // Access-Control-Request-Method, when sent
	hasACRM   bool
}

func readCORSRequest(x *parse.Exchange) (corsRequest, bool) {
	if x.Request == nil {
		return corsRequest{}, false
	}
	var c corsRequest
	c.origin, c.hasOrigin = x.Request.Fields.Lookup("origin")
	c.acrm, c.hasACRM = x.Request.Fields.Lookup("access-control-request-method")
	c.options = strings.EqualFold(x.Request.Method, "OPTIONS")
	return c, c.hasOrigin || c.options
}

// consoleCORS finds a browser's CORS console message in the text the reader
// took in for the response (a pasted console, not a response body): which
// one, and where. preflight is set for a failed preflight.
func consoleCORS(x *parse.Exchange) (preflight bool, off int, ok bool) {
	return parse.PastedConsoleCORS(x, scanBody(x))
}

// AT4001: the browser will hide the refusal behind a CORS error.
var AT4001 = rule.Rule{
	ID:       "AT4001",
	Name:     "cors-hides-401",
	Title:    "Cross-origin refusal the browser will report as a CORS error",
	Doc:      "A page calling an API on another origin only sees the response if it passes the CORS check: it needs `Access-Control-Allow-Origin` matching the page's origin, and a preflight (`OPTIONS`) must get a 2xx. Error responses often come from a different layer (an auth middleware, a gateway, a proxy) that does not add the CORS headers, so the browser blocks the response and the script gets a network error (`TypeError: Failed to fetch`, status 0) instead of the 401 or 403. Debugging then goes after CORS when the real problem is authentication or permission.",
	Fix:      "Add the CORS headers to error responses too (in the gateway or the first middleware, before authentication runs), and let preflight requests through without credentials.",
	Example:  "HTTP/1.1 401 Unauthorized\nAccess-Control-Allow-Origin: https://app.example.com\nVary: Origin\nAccess-Control-Expose-Headers: WWW-Authenticate\nWWW-Authenticate: Bearer realm=\"api\"",
	Severity: rule.Medium,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchCORSCheck, pFetchPreflight, pFetchCORS},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || !prDenial(r.Status) {
			return
		}
		c, ok := readCORSRequest(x)
		if !ok {
			// A pasted browser console: the browser itself says it hid the
			// refusal ("No 'Access-Control-Allow-Origin' header is present",
			// "Response to preflight request doesn't pass access control
			// check") next to the status it logged.
			if _, off, seen := consoleCORS(x); seen {
				st := itoa(r.Status)
				p.Report(rule.Finding{Message: "the browser's console says the CORS check blocked this " + st + ": the page saw a network error, not the " + st,
					Evidence: []rule.Evidence{statusEvidence(x), bodyEvidence(x, off)}})
			}
			return
		}
		st := itoa(r.Status)
		acao, hasACAO := r.Fields.Lookup("access-control-allow-origin")
		switch {
		case c.options:
			p.Report(rule.Finding{Message: "the " + st + " answers an OPTIONS preflight: browsers need a 2xx there, so the page sees a CORS error instead of this " + st,
				Evidence: []rule.Evidence{statusEvidence(x), requestEvidence(x)}})
		case !hasACAO:
			if !headersComplete(x) {
				return
			}
			p.Report(rule.Finding{Message: "the " + st + " to a cross-origin request (Origin: " + c.origin.Value + ") has no Access-Control-Allow-Origin: the page sees a network error (status 0), not the " + st,
				Evidence: []rule.Evidence{statusEvidence(x), fieldEvidence(x, c.origin, true)}})
		default:
			v := strings.TrimSpace(acao.Value)
			if v != "*" && !strings.EqualFold(v, strings.TrimSpace(c.origin.Value)) {
				p.Report(rule.Finding{Message: "the " + st + " allows origin " + prQ(v) + " but the request came from " + prQ(c.origin.Value) + ": the browser hides the " + st + " behind a CORS error",
					Evidence: []rule.Evidence{fieldEvidence(x, acao, false), fieldEvidence(x, c.origin, true)}})
			}
		}
	},
}

// AT4002: a preflight that asks for credentials.
var AT4002 = rule.Rule{
	ID:       "AT4002",
	Name:     "preflight-auth-required",
	Title:    "CORS preflight (OPTIONS) refused with 401, 403 or 405",
	Doc:      "Before a cross-origin request with an `Authorization` header, a JSON body or a method other than GET/POST, the browser sends an `OPTIONS` preflight. The preflight never carries credentials, by design, and must be answered with a 2xx and the `Access-Control-Allow-*` headers. A server that runs authentication on `OPTIONS` answers it 401 or 403, the preflight fails (\"Response to preflight request doesn't pass access control check: It does not have HTTP ok status\"), and the real request with the token is never sent. A 405 means the server does not handle `OPTIONS` at all.",
	Fix:      "Exempt `OPTIONS` from authentication (in nginx or the gateway, answer it with 204 and the CORS headers before `auth_request`/the auth middleware runs), and route OPTIONS for every API path.",
	Example:  "HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Methods: GET, POST, PUT, DELETE\nAccess-Control-Allow-Headers: Authorization, Content-Type\nAccess-Control-Max-Age: 600\nVary: Origin",
	Severity: rule.Medium,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchPreflight, pFetchCORS, pRFC9110_15_5_6},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r != nil && (r.Status == 401 || r.Status == 403 || r.Status == 407) && (x.Request == nil || !strings.EqualFold(x.Request.Method, "OPTIONS")) {
			// A pasted browser console: the browser says the preflight
			// failed, and the status it logged is a refusal.
			if pre, off, seen := consoleCORS(x); seen && pre {
				p.Report(rule.Finding{Message: "the browser's console says the CORS preflight failed and logs " + itoa(r.Status) + ": the OPTIONS preflight was refused, so the real request with its credentials was never sent",
					Evidence: []rule.Evidence{bodyEvidence(x, off), statusEvidence(x)}})
				return
			}
		}
		if r == nil || x.Request == nil || !strings.EqualFold(x.Request.Method, "OPTIONS") {
			return
		}
		c, _ := readCORSRequest(x)
		st := itoa(r.Status)
		switch {
		case r.Status == 401 || r.Status == 403 || r.Status == 407:
		case r.Status == 405 && c.hasACRM:
		default:
			return
		}
		ev := []rule.Evidence{statusEvidence(x), requestEvidence(x)}
		if c.hasACRM {
			ev = append(ev, fieldEvidence(x, c.acrm, true))
			p.Report(rule.Finding{Message: "CORS preflight for " + c.acrm.Value + " was answered " + st + ": the browser never sends the real request", Evidence: ev})
			return
		}
		p.Report(rule.Finding{Message: "OPTIONS request was answered " + st + "; sent by a browser as a CORS preflight (this one has no Access-Control-Request-Method, as a manual test would), it fails and the real request is never sent",
			Evidence: ev})
	},
}

// AT4003: the challenge is not exposed to scripts.
var AT4003 = rule.Rule{
	ID:       "AT4003",
	Name:     "challenge-not-exposed",
	Title:    "WWW-Authenticate not exposed to cross-origin scripts",
	Doc:      "Cross-origin scripts can read only the CORS-safelisted response headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma) and those listed in `Access-Control-Expose-Headers`. `WWW-Authenticate` is not safelisted, so unless it is exposed, a single-page app sees the 401 but cannot read the challenge: not the `error=\"invalid_token\"` that says to refresh, not the `scope` it lacks, not the `resource_metadata` that says where to get a token.",
	Fix:      "Add `Access-Control-Expose-Headers: WWW-Authenticate` (plus any rate-limit headers clients need) to CORS responses.",
	Example:  "HTTP/1.1 401 Unauthorized\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Expose-Headers: WWW-Authenticate\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"",
	Severity: rule.Low,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchWWWAuth, pFetchResponses},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || len(p.Facts.Challenges) == 0 {
			return
		}
		if x.Request != nil && strings.EqualFold(x.Request.Method, "OPTIONS") {
			return // a preflight's headers are not read by scripts
		}
		acao, ok := r.Fields.Lookup("access-control-allow-origin")
		if !ok || !headersComplete(x) {
			return
		}
		credentialed := strings.EqualFold(strings.TrimSpace(r.Fields.Get("access-control-allow-credentials")), "true")
		var listed []string
		for _, f := range r.Fields.All("access-control-expose-headers") {
			listed = append(listed, fields.SplitList(f.Value)...)
		}
		for _, h := range listed {
			if strings.EqualFold(h, "www-authenticate") || (h == "*" && !credentialed) {
				return
			}
		}
		msg := "response allows origin " + prQ(acao.Value) + " but does not list WWW-Authenticate in Access-Control-Expose-Headers: scripts cannot read the challenge"
		if len(listed) > 0 {
			msg = "Access-Control-Expose-Headers lists " + prQ(strings.Join(listed, ", ")) + " but not WWW-Authenticate: scripts cannot read the challenge"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, p.Facts.Challenges[0].Field, false), fieldEvidence(x, acao, false)}})
	},
}

// AT4004: Authorization under a wildcard.
var AT4004 = rule.Rule{
	ID:       "AT4004",
	Name:     "allow-headers-wildcard-authorization",
	Title:    "Access-Control-Allow-Headers: * does not cover Authorization",
	Doc:      "In `Access-Control-Allow-Headers`, `*` allows any request header for requests without credentials, but the Fetch standard excludes `Authorization` from the wildcard: it must always be named explicitly. A preflight answer of `*` alone therefore blocks exactly the requests that send a bearer token, and the browser reports a CORS error about the `authorization` header.",
	Fix:      "List the header explicitly: `Access-Control-Allow-Headers: Authorization, Content-Type` (keeping `*` if other headers are needed).",
	Example:  "HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Methods: GET, POST\nAccess-Control-Allow-Headers: Authorization, *",
	Severity: rule.Low,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchResponses, pFetchPreflight},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil {
			return
		}
		acah, ok := r.Fields.Lookup("access-control-allow-headers")
		if !ok {
			return
		}
		wild := false
		for _, f := range r.Fields.All("access-control-allow-headers") {
			for _, h := range fields.SplitList(f.Value) {
				if strings.EqualFold(h, "authorization") {
					return
				}
				wild = wild || h == "*"
			}
		}
		if !wild {
			return
		}
		need := ""
		if x.Request != nil {
			for _, h := range fields.SplitList(x.Request.Fields.Get("access-control-request-headers")) {
				if strings.EqualFold(h, "authorization") {
					need = "the preflight asks for Authorization"
				}
			}
			if need == "" && x.Request.Fields.Has("authorization") {
				need = "the request sends Authorization"
			}
		}
		if need == "" && len(p.Facts.Challenges) > 0 {
			need = "the API asks for credentials"
		}
		if need == "" {
			return
		}
		p.Report(rule.Finding{Message: "Access-Control-Allow-Headers is " + prQ(acah.Value) + " while " + need + ": the wildcard never covers Authorization",
			Evidence: []rule.Evidence{fieldEvidence(x, acah, false)}})
	},
}

// AT4005: wildcard origin with credentials.
var AT4005 = rule.Rule{
	ID:       "AT4005",
	Name:     "cors-credentialed-wildcard",
	Title:    "Access-Control-Allow-Origin: * together with Allow-Credentials: true",
	Doc:      "Browsers refuse a credentialed cross-origin response (cookies or HTTP authentication included) whose `Access-Control-Allow-Origin` is `*`: for credentialed requests the origin must be named exactly. The pair `*` + `Access-Control-Allow-Credentials: true` is therefore self-contradictory: credentialed calls fail with a CORS error, and it often signals a configuration that was \"fixed\" by reflecting any Origin instead, which would let every site read authenticated responses.",
	Fix:      "Echo the caller's origin only if it is on an allow-list, with `Vary: Origin`, and keep `Access-Control-Allow-Credentials: true`; or drop credentials and keep `*` for public data.",
	Example:  "HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Credentials: true\nVary: Origin",
	Severity: rule.Medium,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchCredentials, pFetchCORSCheck},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil {
			return
		}
		acao, ok := r.Fields.Lookup("access-control-allow-origin")
		if !ok || strings.TrimSpace(acao.Value) != "*" {
			return
		}
		acac, ok := r.Fields.Lookup("access-control-allow-credentials")
		if !ok || !strings.EqualFold(strings.TrimSpace(acac.Value), "true") {
			return
		}
		p.Report(rule.Finding{Message: "Access-Control-Allow-Origin is \"*\" and Access-Control-Allow-Credentials is \"true\": browsers reject credentialed responses with a wildcard origin",
			Evidence: []rule.Evidence{fieldEvidence(x, acao, false), fieldEvidence(x, acac, false)}})
	},
}

// AT4006: a browser failure with no status on a cross-origin call.
var AT4006 = rule.Rule{
	ID:       "AT4006",
	Name:     "cross-origin-status-0",
	Title:    "Cross-origin request with no HTTP status (status 0)",
	Doc:      "A HAR entry with status 0 and an `_error` such as `net::ERR_FAILED` means the browser did not hand a response to the page. For a cross-origin fetch the most common cause is a failed CORS check: the server did answer, often with a 401 or 403 from an auth layer that adds no `Access-Control-Allow-Origin`, or it refused the preflight. The real status is then only visible on the server, in a proxy log, or by repeating the request outside the browser (curl with the same headers).",
	Fix:      "Repeat the request with curl (same Origin and Authorization) to see the real status; make the server add the CORS headers to error responses and answer preflights with 2xx.",
	Severity: rule.Info,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchCORSCheck, pFetchCORS},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Status != 0 || r.Error == "" || x.Request == nil {
			return
		}
		if f, ok := signature.BrowserError(x); ok && !f.ServerAnswered() {
			return // a blocker, a certificate, a cancellation or the network: AT4007 names it
		}
		o, hasOrigin := x.Request.Fields.Lookup("origin")
		cors := strings.EqualFold(x.Request.Fields.Get("sec-fetch-mode"), "cors")
		if preflight, off, seen := consoleCORS(x); seen {
			// the browser's console, pasted with the failed request, says
			// which CORS check failed
			msg := "the browser's console says the response failed the CORS check (" + prQ(r.Error) + "): the server answered, without Access-Control-Allow-Origin for this page; the real status is hidden"
			if preflight {
				msg = "the browser's console says the CORS preflight (OPTIONS) was refused (" + prQ(r.Error) + "): the real request was never sent; the preflight's status (often 401, 403 or 405 from a layer that checks credentials first) is hidden"
			}
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{requestEvidence(x), bodyEvidence(x, off)}})
			return
		}
		if !hasOrigin && !cors {
			return
		}
		from := "a cross-origin fetch"
		if hasOrigin {
			from = "a cross-origin fetch from " + prQ(o.Value)
		}
		p.Report(rule.Finding{Message: from + " ended with no HTTP status (" + prQ(r.Error) + "): often a 401 or 403 without CORS headers, or a refused preflight",
			Evidence: []rule.Evidence{requestEvidence(x)}})
	},
}
