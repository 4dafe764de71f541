package rules

import (
	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/rule"
)

// References of the flow family.
var (
	fRFC6749_4_1_2 = rule.Ref{Title: "RFC 6749 §4.1.2 Authorization Response", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2"}
	fRFC6749_4_1_3 = rule.Ref{Title: "RFC 6749 §4.1.3 Access Token Request", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3"}
	fRFC6749_6     = rule.Ref{Title: "RFC 6749 §6 Refreshing an Access Token", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-6"}
	fRFC6749_10_12 = rule.Ref{Title: "RFC 6749 §10.12 Cross-Site Request Forgery", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-10.12"}
	fRFC6819_4_4_1 = rule.Ref{Title: "RFC 6819 §4.4.1 Threats: Authorization Code", URL: "https://www.rfc-editor.org/rfc/rfc6819#section-4.4.1"}
	fRFC6819_5_1_5 = rule.Ref{Title: "RFC 6819 §5.1.5 Expiration Time", URL: "https://www.rfc-editor.org/rfc/rfc6819#section-5.1.5"}
	fRFC7636_4     = rule.Ref{Title: "RFC 7636 §4 Protocol (PKCE)", URL: "https://www.rfc-editor.org/rfc/rfc7636#section-4"}
	fRFC7636_4_6   = rule.Ref{Title: "RFC 7636 §4.6 Server Verifies code_verifier", URL: "https://www.rfc-editor.org/rfc/rfc7636#section-4.6"}
	fRFC9700_2_1   = rule.Ref{Title: "RFC 9700 §2.1 Protecting Redirect-Based Flows", URL: "https://www.rfc-editor.org/rfc/rfc9700#section-2.1"}
	fRFC9700_4_7   = rule.Ref{Title: "RFC 9700 §4.7 Cross-Site Request Forgery", URL: "https://www.rfc-editor.org/rfc/rfc9700#section-4.7"}
	fRFC9700_2_1_1 = rule.Ref{Title: "RFC 9700 §2.1.1 Authorization Code Grant", URL: "https://www.rfc-editor.org/rfc/rfc9700#section-2.1.1"}
	fRFC9700_4_14  = rule.Ref{Title: "RFC 9700 §4.14 Refresh Token Protection", URL: "https://www.rfc-editor.org/rfc/rfc9700#section-4.14"}
	fOIDCNonce     = rule.Ref{Title: "OpenID Connect Core §3.1.3.7 ID Token Validation (nonce)", URL: "https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation"}
	fOIDCIDToken   = rule.Ref{Title: "OpenID Connect Core §2 ID Token (iat, exp)", URL: "https://openid.net/specs/openid-connect-core-1_0.html#IDToken"}
	fRFC7519_4_1   = rule.Ref{Title: "RFC 7519 §4.1.4 \"exp\" and §4.1.5 \"nbf\" claims", URL: "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4"}
	fSAMLBindings  = rule.Ref{Title: "SAML 2.0 Bindings §3.4 HTTP Redirect and §3.5 HTTP POST", URL: "https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf"}
	fSAMLProfiles  = rule.Ref{Title: "SAML 2.0 Profiles §4.1.4.3 Response Processing Rules", URL: "https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf"}
	fSAMLCore      = rule.Ref{Title: "SAML 2.0 Core §2.5.1 Conditions (NotBefore, NotOnOrAfter, AudienceRestriction)", URL: "https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf"}
	fCookieDomain  = rule.Ref{Title: "RFC 6265bis §5.1.3 Domain Matching and §4.1.2.3 The Domain Attribute", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.1.3"}
	fCookiePath    = rule.Ref{Title: "RFC 6265bis §5.1.4 Paths and Path-Match", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.1.4"}
	fCookieSend    = rule.Ref{Title: "RFC 6265bis §5.8.3 Retrieval Algorithm", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.8.3"}
	fCookieSite    = rule.Ref{Title: "RFC 6265bis §5.2 \"Same-site\" and \"cross-site\" Requests", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.2"}
	fCHIPS         = rule.Ref{Title: "Cookies Having Independent Partitioned State (CHIPS)", URL: "https://datatracker.ietf.org/doc/html/draft-cutler-httpbis-partitioned-cookies"}
	fStorageAccess = rule.Ref{Title: "Storage Access API", URL: "https://privacycg.github.io/storage-access/"}
	fFetchCORS     = rule.Ref{Title: "Fetch: the HTTP CORS protocol", URL: "https://fetch.spec.whatwg.org/#http-cors-protocol"}                                                                               // rule.RefFetchCORS
	fOWASPCSRF     = rule.Ref{Title: "OWASP Cross-Site Request Forgery Prevention Cheat Sheet", URL: "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html"} // rule.RefOWASPCSRF
)

// at0 holds the flow family: the causes of a sign-in that broke, found by
// reading the exchanges of a paste together (package flow). Each rule
// reports the breaks of its cause, with the evidence on both ends.
var at0 = []*rule.Rule{&AT0001, &AT0002, &AT0003, &AT0004, &AT0005, &AT0006, &AT0007, &AT0010, &AT0011, &AT0012,
	&AT0013, &AT0014, &AT0015, &AT0016, &AT0017, &AT0018, &AT0019, &AT0020}

// runFlow reports every break of the pass's rule among the paste's flows.
func runFlow(p *rule.Pass) {
	for _, f := range flow.Of(p.Input, p.Facts).Flows {
		for _, b := range f.Causes {
			if b.Rule != p.Rule.ID {
				continue
			}
			ev := append([]rule.Evidence(nil), b.Evidence...)
			p.Report(rule.Finding{Message: b.Message + " (" + f.Title + ", step " + itoa(b.Step) + ")", Evidence: ev, Exchanges: append([]int(nil), b.Exchanges...)})
		}
	}
}

// init completes the flow rules: each is named as the flow package names
// its cause, and reports the paste's breaks of that cause. It is done here
// rather than by a function called in each rule's declaration: a call
// while the package's variables initialise makes the compiler build every
// rule declared after it with code at start (about 60 KB of the module),
// rather than lay the catalogue out as data.
func init() {
	for _, r := range at0 {
		r.Name, r.Category, r.Scope, r.Run = flow.Names.Get(r.ID), rule.CatFlow, rule.PerInput, runFlow
	}
}

var AT0001 = rule.Rule{ID: flow.StateMismatch, Title: "The callback's state is not the one the authorization request sent",
	Doc:      "The client sends a random `state` with the authorization request and must refuse a callback whose `state` differs: that is its defence against a forged callback (login CSRF). A mismatch in a real sign-in usually means the stored state was lost or replaced between the two steps: a second tab or a retry started another sign-in, the session cookie holding the state was not sent back to the callback, or the callback came back to another host than the one that started the flow.",
	Fix:      "Keep the `state` where the callback can find it (a cookie that is sent back on the top-level redirect: `SameSite=Lax`, the same host), start one sign-in at a time, and make the callback's host the one the sign-in started on.",
	Severity: rule.High, Refs: []rule.Ref{fRFC6749_10_12, fRFC9700_4_7, fRFC6819_4_4_1}}

var AT0002 = rule.Rule{ID: flow.NonceMismatch, Title: "The ID token's nonce is not the one the authorization request sent",
	Doc:      "OpenID Connect binds the ID token to the sign-in with `nonce`: the client sends it in the authorization request and must refuse an ID token whose `nonce` claim differs or is missing. A mismatch means the client compared against another sign-in's value (lost session, several tabs) or the provider did not copy the nonce.",
	Fix:      "Store the `nonce` with the sign-in it belongs to and compare with that; if the provider drops it, fix the provider's client configuration.",
	Severity: rule.High, Refs: []rule.Ref{fOIDCNonce, fRFC9700_2_1}}

var AT0003 = rule.Rule{ID: flow.RedirectURIMismatch, Title: "The redirect_uri differs between the steps or is not registered",
	Doc:      "When the authorization request carries a `redirect_uri`, the token request must carry the identical string, and the authorization server compares both with the registered ones character by character: a trailing slash, `http` against `https`, a port or an encoded character is enough to refuse the code (`invalid_grant` or `redirect_uri_mismatch`).",
	Fix:      "Send the same `redirect_uri` string in the authorization and token requests, and register exactly that string with the authorization server.",
	Severity: rule.High, Refs: []rule.Ref{fRFC6749_4_1_3, fRFC9700_2_1}}

var AT0004 = rule.Rule{ID: flow.PKCEVerifier, Title: "The PKCE code_verifier is missing or does not match the code_challenge",
	Doc:      "With PKCE the authorization request carries `code_challenge` (the SHA-256 of a secret, with `code_challenge_method=S256`) and the token request must carry the secret itself as `code_verifier`. The server refuses the code when the verifier is missing, when it does not hash to the challenge (the client generated a new one, or lost the one it stored), or when it is not 43 to 128 characters.",
	Fix:      "Generate the verifier once per sign-in, keep it with the sign-in's `state`, and send that same value as `code_verifier`; use `S256`.",
	Severity: rule.High, Refs: []rule.Ref{fRFC7636_4, fRFC7636_4_6, fRFC9700_2_1_1}}

var AT0005 = rule.Rule{ID: flow.CodeRefused, Title: "The token endpoint refused the authorization code (invalid_grant)",
	Doc:      "An authorization code is good for one token request, for a short time, for the client and redirect URI it was issued to. `invalid_grant` on a code exchange means one of those failed: the code was redeemed already (a double submit, a retried request, a callback opened twice), it expired while the user or the client waited, or it was issued to another client or redirect URI.",
	Fix:      "Redeem each code once, immediately after the callback; do not retry a code exchange, start a new sign-in instead; check the client ID and redirect URI of both steps.",
	Severity: rule.Medium, Refs: []rule.Ref{fRFC6749_4_1_2, fRFC6749_5_2Ref, fRFC6819_4_4_1}}

var AT0006 = rule.Rule{ID: flow.ClockSkew, Title: "The clocks of the hosts in the flow disagree",
	Doc:      "Tokens and assertions carry times (`iat`, `nbf`, `exp`) that the receiver compares with its own clock. When the issuer's clock runs ahead, a fresh token looks issued in the future and is refused; when hosts' `Date` headers disagree by more than the leeway (often 30 to 60 seconds), the step that checks times fails although every value is right.",
	Fix:      "Synchronise the clocks of the identity provider and the services with NTP; allow a small leeway (30 to 60 seconds) when checking `iat`, `nbf` and `exp`.",
	Severity: rule.Medium, Refs: []rule.Ref{fRFC7519_4_1, fOIDCIDToken, fRFC6819_5_1_5}}

var AT0007 = rule.Rule{ID: flow.ExpiredNoRefresh, Title: "A token was used after it expired, and no refresh fixed it",
	Doc:      "An access token stops working at its `exp`. A client is expected to notice (the 401 with `invalid_token`, or the expiry it was given) and refresh the token with its refresh token, then retry. When no refresh follows, or the refresh itself is refused (`invalid_grant`: the refresh token expired, was revoked or was already rotated), the user is signed out in the middle of their work.",
	Fix:      "Refresh before `exp` (or on the first 401 `invalid_token`) and retry once; store the newest refresh token from each refresh response when the server rotates them; when the refresh is refused, start a new sign-in.",
	Severity: rule.Medium, Refs: []rule.Ref{fRFC6749_6, fRFC9700_4_14, fRFC7519_4_1}}

var AT0010 = rule.Rule{ID: flow.CookieDomain, Title: "The session cookie was not sent back: its Domain does not cover the host",
	Doc:      "A cookie set without a `Domain` attribute is host-only: the browser sends it to the exact host that set it, not to its siblings or subdomains. One with `Domain` goes to that domain and its subdomains only. A sign-in that sets the session on `auth.example.com` and then calls `app.example.com` sends no session there.",
	Fix:      "Set the cookie from the host that will read it, or give it `Domain=` the parent domain both hosts share (and accept that all subdomains then receive it).",
	Severity: rule.High, Refs: []rule.Ref{fCookieDomain, fCookieSend}}

var AT0011 = rule.Rule{ID: flow.CookiePath, Title: "The session cookie was not sent back: its Path does not cover the request",
	Doc:      "A cookie goes only to request paths under its `Path`; without one, the default is the directory of the URL that set it, so a cookie set by `/auth/callback` is sent to `/auth/...` and nowhere else.",
	Fix:      "Set `Path=/` on session cookies (or the path prefix that covers every page that needs the session).",
	Severity: rule.High, Refs: []rule.Ref{fCookiePath, fCookieSend}}

var AT0012 = rule.Rule{ID: flow.CookieSecure, Title: "The session cookie was not sent back: it is Secure and the request went over http",
	Doc:      "A `Secure` cookie is only sent over HTTPS, and browsers refuse to store one set by a plain-http response. A sign-in that lands on an `http://` URL (a proxy that terminates TLS and builds redirects with `http`, a wrong base URL) loses the session.",
	Fix:      "Serve every step of the sign-in over HTTPS, and make the application build its redirect and callback URLs with `https` behind a TLS-terminating proxy (trust `X-Forwarded-Proto`).",
	Severity: rule.High, Refs: []rule.Ref{pCookieSecure, pCookieStorage}}

var AT0013 = rule.Rule{ID: flow.CookieSameSite, Title: "The session cookie was not sent back on a cross-site request because of SameSite",
	Doc:      "`SameSite=Strict` cookies are withheld from every request in a chain that a cross-site page started, including the redirect from the identity provider back to the application and the redirects after it. `SameSite=Lax` (and cookies without SameSite, which browsers treat as Lax) are withheld from cross-site POSTs (an OIDC `form_post` callback, a SAML POST binding) and cross-site subrequests. `SameSite=None` needs `Secure`.",
	Fix:      "Use `SameSite=Lax` for the session cookie and for cookies that must survive the return from the identity provider; use `SameSite=None; Secure` for a cookie that must reach a cross-site POST (form_post, SAML POST binding).",
	Severity: rule.High, Refs: []rule.Ref{pCookieSameSite, fCookieSite, fCookieSend}}

var AT0014 = rule.Rule{ID: flow.CookieThirdParty, Title: "The session cookie was not sent to a frame embedded in another site",
	Doc:      "In a frame whose top-level page is another site, the application's cookies are third-party cookies: browsers that block them (Safari, Firefox, Chrome with third-party cookies off) do not send them, and a `Partitioned` cookie is kept per top-level site, so one set while the application was the top-level page is not there either. A sign-in that completes in the frame, or in a pop-up, then looks signed out in the frame.",
	Fix:      "Run the sign-in at the top level, or use `Partitioned; Secure; SameSite=None` cookies set from inside the frame, or ask for access with the Storage Access API.",
	Severity: rule.High, Refs: []rule.Ref{fCHIPS, fStorageAccess, fCookieSite}}

var AT0015 = rule.Rule{ID: flow.CSRFNotEchoed, Title: "The form post did not echo the CSRF token its page issued",
	Doc:      "A login or consent form protected against CSRF carries a token the server issued with the page (a hidden field, or a cookie to be copied into a header). The post is refused (400, 403, 419) when the token is missing or is not the one issued: a cached or stale page, a second tab, or a session cookie that was not sent so the server cannot find the token it issued.",
	Fix:      "Post the form the page rendered, with its hidden token field (or copy the CSRF cookie into the expected header); do not cache login pages; make sure the session cookie reaches the post.",
	Severity: rule.Medium, Refs: []rule.Ref{fOWASPCSRF, fRFC6749_10_12}}

var AT0016 = rule.Rule{ID: flow.LoginLoop, Title: "The sign-in loops: the same redirect cycle repeats",
	Doc:      "A login loop sends the browser through the same redirects again and again (application → identity provider → callback → application → identity provider …) until it gives up with too many redirects. The sign-in itself succeeds each time; the application then does not find the session it just created: the cookie was not stored or not sent back (SameSite, Secure, Domain, Path), or the session store lost it.",
	Fix:      "Look at the first pass: find the step that sets the session cookie and the next request to the application, and make the cookie reach it (see the cookie rules of this family).",
	Severity: rule.High, Refs: []rule.Ref{fCookieSend, fRFC9700_2_1}}

var AT0017 = rule.Rule{ID: flow.SAMLAudience, Title: "The SAML assertion's Audience is not the service provider's entity ID",
	Doc:      "A service provider accepts an assertion only when its `AudienceRestriction` names the provider's own entity ID. A mismatch (the identity provider configured with another entity ID, a trailing slash, `http` against `https`) makes every sign-in fail after the user has authenticated.",
	Fix:      "Configure the identity provider's application with the exact entity ID the service provider sends as `Issuer` in its AuthnRequest (and publishes in its metadata).",
	Severity: rule.High, Refs: []rule.Ref{fSAMLCore, fSAMLProfiles}}

var AT0018 = rule.Rule{ID: flow.SAMLInResponseTo, Title: "The SAML Response does not answer the AuthnRequest the service provider sent",
	Doc:      "A service provider that started the sign-in checks that the Response's `InResponseTo` is the `ID` of its AuthnRequest. A different ID means the response belongs to another sign-in (another tab, a replay); a missing one is an IdP-initiated response that a provider expecting its own request refuses.",
	Fix:      "Answer the AuthnRequest the browser brought (do not cache or replay responses); allow IdP-initiated sign-in on the service provider only if you mean to.",
	Severity: rule.High, Refs: []rule.Ref{fSAMLProfiles, fSAMLBindings}}

var AT0019 = rule.Rule{ID: flow.SAMLTimeWindow, Title: "The SAML assertion was outside its validity window when it arrived",
	Doc:      "An assertion is valid from `NotBefore` to `NotOnOrAfter`. When the identity provider's clock runs ahead, a fresh assertion is not yet valid at the service provider; when the browser took long, or the window is very short, it has expired. Either way the service provider refuses the sign-in.",
	Fix:      "Synchronise the clocks with NTP; allow a leeway of a minute or two on the service provider; keep the validity window a few minutes long.",
	Severity: rule.Medium, Refs: []rule.Ref{fSAMLCore, fSAMLProfiles}}

var AT0020 = rule.Rule{ID: flow.TokenCORS, Title: "The token endpoint does not allow the browser page that calls it (CORS)",
	Doc:      "A single-page application redeems its code with a cross-origin `fetch` to the token endpoint. Unless the answer (and the preflight, when the request needs one) carries `Access-Control-Allow-Origin` for the page's origin, the browser hides it from the script, which sees a network error instead of the token.",
	Fix:      "Allow the application's origin on the token endpoint (most identity providers do it when the client is registered as a single-page application), or redeem the code from a backend.",
	Severity: rule.Medium, Refs: []rule.Ref{fFetchCORS, fRFC9700_2_1_1}}

var fRFC6749_5_2Ref = pRFC6749_5_2
