package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/signature"
)

// at4Browser explains requests a browser recorded without an HTTP response
// (HAR entries with status 0 and an _error) as what they are: a blocker
// extension, mixed content, a certificate, a client certificate, a policy,
// a cancellation or the network, rather than CORS by default.
var at4Browser = []*rule.Rule{&AT4007, &AT4008}

var pNetErrors = rule.Ref{Title: "Chromium net_error_list.h", URL: "https://chromium.googlesource.com/chromium/src/+/HEAD/net/base/net_error_list.h"}

// AT4007: a browser-side failure that is not a CORS failure.
var AT4007 = rule.Rule{
	ID:       "AT4007",
	Name:     "browser-side-failure",
	Title:    "The browser stopped the request itself (no HTTP response)",
	Doc:      "A HAR entry with status 0 records a request that produced no HTTP response the page could see. The browser's error code says why, and most codes have nothing to do with CORS or with the server's access decision: `net::ERR_BLOCKED_BY_CLIENT` is an extension (ad, tracker or privacy blocker) cancelling the request before it is sent; an http:// request from an https:// page is blocked as mixed content; `net::ERR_CERT_*` and `net::ERR_INSECURE_RESPONSE` mean the TLS certificate was refused, so no HTTP exchange took place; `net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED` and `ERR_BAD_SSL_CLIENT_AUTH_CERT` mean the server wanted a client certificate (mutual TLS); `net::ERR_BLOCKED_BY_RESPONSE` is the browser discarding a response whose own headers (X-Frame-Options, Cross-Origin-Resource-Policy) forbid its use; `net::ERR_ABORTED` is a cancellation by the page; `net::ERR_TOO_MANY_REDIRECTS` is a redirect loop, often a session cookie that is never stored; connection, DNS and timeout errors mean the server was not reached. Only a failed cross-origin request with a generic `net::ERR_FAILED` is likely to be CORS hiding a 401 or 403 (AT4006).",
	Fix:      "Act on the cause the code names: disable the blocker, call the https:// URL, fix or trust the certificate, install the client certificate, fix the response's policy headers, or fix the network path; new credentials do not help with any of them.",
	Severity: rule.Info,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pNetErrors, pFetchCORSCheck},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		f, ok := signature.BrowserError(x)
		if !ok || f.Kind == signature.BrowserCORS || f.Kind == signature.BrowserFailed {
			return
		}
		r := x.Response
		label := "_error: " // a HAR entry's field
		if x.Format != "har" {
			label = "" // a console line: the code as it stands there
		}
		ev := rule.Evidence{Exchange: x.Index, Where: "browser error", Pos: r.Pos, Text: quote(label + f.Code)}
		evs := []rule.Evidence{ev}
		if x.Request != nil {
			evs = append([]rule.Evidence{requestEvidence(x)}, evs...)
		}
		p.Report(rule.Finding{Message: f.Headline + " (" + f.Code + "): " + f.Meaning, Evidence: evs})
		sign := rule.SignBrowserFailure
		switch f.Class {
		case rule.Blocked:
			sign = rule.SignBrowserBlocked
		case rule.Authentication:
			sign = rule.SignBrowserTLSAuth
		}
		p.Signal(rule.Signal{Class: f.Class, Sign: sign, Reason: f.Meaning, Evidence: &ev})
	},
}

var (
	pFetchNoCORS     = rule.Ref{Title: "Fetch: request mode \"no-cors\"", URL: "https://fetch.spec.whatwg.org/#concept-request-mode"}
	pFetchSafelisted = rule.Ref{Title: "Fetch: CORS-safelisted request-header", URL: "https://fetch.spec.whatwg.org/#cors-safelisted-request-header"}
)

// AT4008: a browser request made in no-cors mode cannot carry an
// Authorization header, so the refusal that follows is about a credential
// the page's script set and the browser never sent.
var AT4008 = rule.Rule{
	ID:       "AT4008",
	Name:     "no-cors-drops-credentials",
	Title:    "The browser sent the request in no-cors mode, which drops the Authorization header",
	Doc:      "`Sec-Fetch-Mode: no-cors` on a request means the page asked for it with `fetch(url, {mode: 'no-cors'})` (or an element such as `<img>` or `<script>` loaded it). In that mode the browser sends only CORS-safelisted request headers: an `Authorization`, an API-key header or a JSON `Content-Type` set by the script is silently left out, and the script gets an opaque response it cannot read. So a 401 or 403 here is usually the server refusing a request that never carried the token the code set; `mode: 'no-cors'` is often added to silence a CORS error, and it turns that error into this one.",
	Fix:      "Remove `mode: 'no-cors'` from the request and make the API answer cross-origin requests properly: a preflight (`OPTIONS`) answered without authentication and with `Access-Control-Allow-Origin`, `Access-Control-Allow-Headers: Authorization` (and `Access-Control-Allow-Credentials: true` for cookies). Or call the API from the same origin through a proxy.",
	Severity: rule.Low,
	Category: rule.CatCORS,
	Refs:     []rule.Ref{pFetchNoCORS, pFetchSafelisted},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		q, r := x.Request, x.Response
		if q == nil || r == nil || (r.Status != 401 && r.Status != 403) {
			return
		}
		mode, ok := q.Fields.Lookup("Sec-Fetch-Mode")
		if !ok || !strings.EqualFold(strings.TrimSpace(mode.Value), "no-cors") {
			return
		}
		if q.Fields.Has("Authorization") || len(p.Facts.Credentials.APIKeys) > 0 {
			return // the credential went out after all: the refusal is about it, not about the mode
		}
		msg := "the request was sent in no-cors mode (Sec-Fetch-Mode: no-cors): the browser does not send an Authorization header set by the script in that mode, and the " + itoa(r.Status) + " follows"
		if ct := strings.ToLower(q.Fields.Get("Content-Type")); strings.HasPrefix(ct, "text/plain") {
			msg += "; the Content-Type was also reduced to text/plain"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, mode, true), statusEvidence(x)}})
	},
}
