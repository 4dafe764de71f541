package signature

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// BrowserFailure explains a request that a browser recorded without an HTTP
// response (a HAR entry with status 0 and an _error such as
// net::ERR_BLOCKED_BY_CLIENT): what stopped it, in the browser's terms.
type BrowserFailure struct {
	Code     string // the error as recorded: "net::ERR_BLOCKED_BY_CLIENT"
	Kind     BrowserKind
	Class    rule.Class // Blocked for a client-side block, Authentication for a client certificate or proxy login, None otherwise
	Headline string     // a short title
	Meaning  string     // one sentence: what happened, without a final period
	Fix      string     // one sentence: the next step, without a final period
	Doc      string
}

// BrowserKind says what stopped a request in the browser.
type BrowserKind string

// Browser failure kinds.
const (
	BrowserExtension         BrowserKind = "extension"
	BrowserMixedContent      BrowserKind = "mixed-content"
	BrowserCertificate       BrowserKind = "certificate"
	BrowserClientCertificate BrowserKind = "client-certificate"
	BrowserResponsePolicy    BrowserKind = "response-policy"
	BrowserAdministrator     BrowserKind = "administrator"
	BrowserCORS              BrowserKind = "cors"
	BrowserAborted           BrowserKind = "aborted"
	BrowserNetwork           BrowserKind = "network"
	BrowserRedirectLoop      BrowserKind = "redirect-loop"
	BrowserProxyAuth         BrowserKind = "proxy-auth"
	BrowserContent           BrowserKind = "content"
	BrowserFailed            BrowserKind = "failed"
)

// ServerAnswered reports whether a server may have produced an HTTP answer
// that the browser then withheld (CORS, a response policy): only then can a
// 401 or 403 hide behind the failure.
func (f BrowserFailure) ServerAnswered() bool {
	return f.Kind == BrowserCORS || f.Kind == BrowserResponsePolicy || f.Kind == BrowserFailed
}

const netErrorsDoc = "https://chromium.googlesource.com/chromium/src/+/HEAD/net/base/net_error_list.h"

// BrowserError reads the exchange's browser-side failure; ok is false when
// the exchange has a status or no recorded error.
func BrowserError(x *parse.Exchange) (f BrowserFailure, ok bool) {
	if x == nil || x.Response == nil || x.Response.Status != 0 || strings.TrimSpace(x.Response.Error) == "" {
		return BrowserFailure{}, false
	}
	return browserFailure(x)
}

// browserFailure is BrowserError past its guard: a function of its own, so
// that under js/wasm an exchange with a status does not compile the table of
// browser failures (a function is compiled whole on its first call; issue #14).
func browserFailure(x *parse.Exchange) (f BrowserFailure, ok bool) {
	r := x.Response
	code := strings.TrimSpace(r.Error)
	u := strings.ToUpper(code)
	reason := strings.ToLower(r.Reason)
	f = BrowserFailure{Code: code, Class: rule.None, Doc: netErrorsDoc}
	switch {
	case strings.Contains(reason, "mixed-content") || strings.Contains(u, "BLOCKED:MIXED-CONTENT") || (mixedContent(x) && (strings.Contains(u, "BLOCKED") || strings.Contains(u, "ERR_FAILED") || strings.Contains(u, "ABORTED"))):
		f.Kind, f.Class = BrowserMixedContent, rule.Blocked
		f.Headline = "Mixed content: the browser blocked an http:// request from an https:// page"
		f.Meaning = "the page was loaded over HTTPS and asked for an http:// URL; browsers block such active mixed content before sending it, so no server answered and no credential was checked"
		f.Fix = "Call the https:// URL (or serve the API over HTTPS); an upgrade-insecure-requests CSP only helps when the host serves HTTPS"
		f.Doc = "https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content"
	case strings.Contains(reason, "blocked:csp") || strings.Contains(u, "BLOCKED:CSP") || strings.Contains(u, "ERR_BLOCKED_BY_CSP"):
		f.Kind, f.Class = BrowserResponsePolicy, rule.Blocked
		f.Headline = "Blocked by the page's Content Security Policy"
		f.Meaning = "the page's Content-Security-Policy (connect-src, script-src…) does not allow this URL, so the browser refused to send the request"
		f.Fix = "Add the origin to the page's CSP directive for this kind of request, or call an allowed origin"
		f.Doc = "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP"
	case strings.Contains(u, "ERR_BLOCKED_BY_CLIENT"):
		f.Kind, f.Class = BrowserExtension, rule.Blocked
		f.Headline = "Blocked in the browser by an extension (an ad or tracker blocker), not by the server"
		f.Meaning = "the browser itself cancelled the request before sending it: ERR_BLOCKED_BY_CLIENT comes from an extension such as an ad, tracker or privacy blocker whose filter list matches the URL; the server never saw it"
		f.Fix = "Retry with extensions disabled (a private window, or allow-list the site in the blocker); if the URL contains words like ads, track or analytics, rename the path"
	case strings.Contains(u, "ERR_BLOCKED_BY_ADMINISTRATOR"):
		f.Kind, f.Class = BrowserAdministrator, rule.Blocked
		f.Headline = "Blocked by the browser's administrator policy"
		f.Meaning = "an enterprise browser policy (URLBlocklist) forbids this URL, so the browser refused to load it; the server never saw it"
		f.Fix = "Ask the administrators of the browser or device to allow the URL"
	case strings.Contains(u, "ERR_BLOCKED_BY_RESPONSE") || strings.Contains(u, "ERR_BLOCKED_BY_ORB") || strings.Contains(u, "ERR_BLOCKED_BY_CORB"):
		f.Kind, f.Class = BrowserResponsePolicy, rule.Blocked
		f.Headline = "The browser discarded the response because of its own policy headers"
		f.Meaning = "the server answered, but the response's own requirements were not met (X-Frame-Options or CSP frame-ancestors for a frame, Cross-Origin-Resource-Policy or Cross-Origin-Embedder-Policy, or opaque-response blocking), so the page got nothing"
		f.Fix = "Look at the response's X-Frame-Options, frame-ancestors, Cross-Origin-Resource-Policy and the page's Cross-Origin-Embedder-Policy in the network panel"
		f.Doc = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Cross-Origin_Resource_Policy"
	case strings.Contains(u, "ERR_SSL_CLIENT_AUTH") || strings.Contains(u, "ERR_BAD_SSL_CLIENT_AUTH_CERT") || strings.Contains(u, "SSL_ERROR_HANDSHAKE_FAILURE_ALERT") || strings.Contains(u, "SSL_ERROR_BAD_CERT_ALERT"):
		f.Kind, f.Class = BrowserClientCertificate, rule.Authentication
		f.Headline = "TLS client certificate required or refused (mutual TLS)"
		f.Meaning = "the server asked for a client certificate during the TLS handshake and the browser sent none, or one the server does not accept; this is authentication, but at the TLS layer, before any HTTP request"
		f.Fix = "Install the client certificate (with its key) in the browser or OS store and select it when prompted, or use a certificate issued by the CA the server trusts"
		f.Doc = "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS"
	case strings.Contains(u, "ERR_CERT_") || strings.Contains(u, "ERR_INSECURE_RESPONSE") || strings.Contains(u, "ERR_SSL_") || strings.Contains(u, "SEC_ERROR_") || strings.Contains(u, "MOZILLA_PKIX_ERROR") || strings.Contains(u, "SSL_ERROR_"):
		f.Kind = BrowserCertificate
		f.Headline = "The TLS certificate was not accepted: no HTTP exchange took place"
		f.Meaning = "the browser refused the server's TLS certificate (" + certWhy(u) + "), so the request was never sent over the connection and there is no HTTP status to judge"
		f.Fix = "Open the URL directly to see the certificate error; fix the certificate (chain, validity, name) or trust the issuing CA (a corporate proxy's CA, a self-signed development certificate)"
		f.Doc = "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS"
	case strings.Contains(u, "ERR_TOO_MANY_REDIRECTS"):
		f.Kind = BrowserRedirectLoop
		f.Headline = "Redirect loop: the browser gave up"
		f.Meaning = "the server kept redirecting; with logins this is usually a session cookie that is never stored or sent (SameSite, Secure on http://, a Domain or Path mismatch), so the app keeps sending the browser back to sign in"
		f.Fix = "Follow the chain in the network panel: check each Set-Cookie (SameSite, Secure, Domain, Path) and whether the next request carries the cookie"
	case strings.Contains(u, "ERR_PROXY_AUTH") || strings.Contains(u, "ERR_PROXY_CERTIFICATE"):
		f.Kind, f.Class = BrowserProxyAuth, rule.Authentication
		f.Headline = "The proxy between the browser and the site wants credentials"
		f.Meaning = "the configured forward proxy demanded authentication (or its scheme is not supported) and the browser could not provide it, so the request never reached the site"
		f.Fix = "Sign in to the proxy (or fix the proxy settings, PAC file or its certificate); site credentials do not help"
	case strings.Contains(u, "ERR_ABORTED") || strings.Contains(u, "NS_BINDING_ABORTED"):
		f.Kind = BrowserAborted
		f.Headline = "Cancelled by the page or the browser, not refused by the server"
		f.Meaning = "the request was aborted on the client: the page navigated away, an AbortController or a newer request cancelled it, or the response started a download; it says nothing about access"
		f.Fix = "Look at the request the page made next; if it matters, reproduce without navigating away or check the code that aborts it"
	case strings.Contains(u, "ERR_CONNECTION_") || strings.Contains(u, "ERR_NAME_NOT_RESOLVED") || strings.Contains(u, "ERR_NAME_RESOLUTION") || strings.Contains(u, "ERR_INTERNET_DISCONNECTED") || strings.Contains(u, "ERR_TIMED_OUT") || strings.Contains(u, "ERR_ADDRESS_") || strings.Contains(u, "ERR_NETWORK_") || strings.Contains(u, "ERR_EMPTY_RESPONSE") || strings.Contains(u, "ERR_PROXY_CONNECTION_FAILED") || strings.Contains(u, "ERR_TUNNEL_CONNECTION_FAILED") || strings.Contains(u, "ERR_HTTP2_") || strings.Contains(u, "ERR_QUIC_") || strings.Contains(u, "NS_ERROR_NET_") || strings.Contains(u, "NS_ERROR_UNKNOWN_HOST") || strings.Contains(u, "NS_ERROR_CONNECTION_REFUSED"):
		f.Kind = BrowserNetwork
		f.Headline = "The server was not reached (or the connection broke): a network failure"
		f.Meaning = "the browser could not complete the connection (" + code + "): DNS, refused or reset connection, timeout, offline, or a protocol error; no server decided anything about access"
		f.Fix = "Check the host name, port and network path (VPN, proxy, firewall) and that the server is up; then retry"
	case strings.Contains(u, "ERR_CONTENT_") || strings.Contains(u, "ERR_INVALID_RESPONSE") || strings.Contains(u, "ERR_RESPONSE_HEADERS_") || strings.Contains(u, "ERR_INCOMPLETE_CHUNKED_ENCODING") || strings.Contains(u, "ERR_INVALID_HTTP_RESPONSE"):
		f.Kind = BrowserContent
		f.Headline = "The response was malformed and the browser dropped it"
		f.Meaning = "the server (or a proxy) sent a response the browser could not use: bad encoding, a Content-Length mismatch, truncated chunks or oversized headers"
		f.Fix = "Fetch the URL with curl -v to see the raw response and fix the server or proxy that garbles it"
	case crossOrigin(x):
		f.Kind = BrowserCORS
		f.Headline = "No HTTP status: most likely a failed CORS check"
		f.Meaning = "a cross-origin request ended without a status (" + code + "): the usual cause is a CORS failure, where the server did answer (often 401 or 403 from an auth layer without Access-Control-Allow-Origin) or refused the preflight, and the browser hid the answer"
		f.Fix = "Look at the preflight (OPTIONS) and the response headers in the network panel, or repeat the request with curl to see the real status"
		f.Doc = "https://fetch.spec.whatwg.org/#cors-check"
	default:
		f.Kind = BrowserFailed
		f.Headline = "No HTTP status: the browser reported an error instead"
		f.Meaning = "the request ended without a status (" + code + "); the browser's console message for it names the cause (CORS, a blocked or cancelled request, a network error)"
		f.Fix = "Read the console message next to the request, or repeat the request with curl to see whether the server answers"
	}
	return f, true
}

func certWhy(u string) string {
	switch {
	case strings.Contains(u, "AUTHORITY_INVALID") || strings.Contains(u, "UNKNOWN_ISSUER") || strings.Contains(u, "SELF_SIGNED"):
		return "issued by an authority the browser does not trust: self-signed, or a corporate proxy's CA"
	case strings.Contains(u, "DATE_INVALID") || strings.Contains(u, "EXPIRED"):
		return "expired or not yet valid by the browser's clock"
	case strings.Contains(u, "COMMON_NAME_INVALID") || strings.Contains(u, "BAD_CERT_DOMAIN"):
		return "issued for another host name"
	case strings.Contains(u, "REVOKED"):
		return "revoked by its issuer"
	case strings.Contains(u, "ERR_SSL_"):
		return "the TLS handshake failed"
	}
	return "invalid"
}

// mixedContent reports an http:// request made from an https:// page.
func mixedContent(x *parse.Exchange) bool {
	q := x.Request
	if q == nil {
		return false
	}
	u := strings.ToLower(q.URL)
	if u == "" {
		u = strings.ToLower(q.Target)
	}
	if !strings.HasPrefix(u, "http://") {
		return false
	}
	for _, h := range []string{"referer", "origin"} {
		if strings.HasPrefix(strings.ToLower(q.Fields.Get(h)), "https://") {
			return true
		}
	}
	return false
}

// crossOrigin reports a request the browser made in CORS mode, or one whose
// Origin or Referer names another host than the request's.
func crossOrigin(x *parse.Exchange) bool {
	q := x.Request
	if q == nil {
		return false
	}
	if _, _, ok := parse.PastedConsoleCORS(x, x.Response.Body.Text); ok {
		return true // the browser's console, pasted with it, says the CORS check failed
	}
	if strings.EqualFold(q.Fields.Get("sec-fetch-mode"), "cors") && !strings.EqualFold(q.Fields.Get("sec-fetch-site"), "same-origin") {
		return true
	}
	target := hostOf(q.URL)
	if target == "" {
		target = hostOf(q.Target)
	}
	for _, h := range []string{"origin", "referer"} {
		if o := hostOf(q.Fields.Get(h)); o != "" && target != "" && o != target {
			return true
		}
	}
	return false
}

func hostOf(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	u = u[i+3:]
	if j := strings.IndexAny(u, "/?#"); j >= 0 {
		u = u[:j]
	}
	return u
}
