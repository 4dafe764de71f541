package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/internal/urlparts"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// Rules about OAuth 2.0 token-endpoint error responses (RFC 6749 §5.2).

// oauthErrorNames are the JSON names oauthBody reads.
var oauthErrorNames = []string{"error", "error_description"}

// oauthError is a token-endpoint error body: {"error": "...", "error_description": "..."}.
type oauthError struct {
	Code, Description string
	Off               int // byte offset of "error" in the body, for evidence
}

// oauthCodes are RFC 6749 §5.2's error codes.
var oauthCodes = wordlist.Set{"invalid_request", "invalid_client", "invalid_grant",
	"unauthorized_client", "unsupported_grant_type", "invalid_scope"}

// maxJSONBody bounds the bodies these rules decode.
const maxJSONBody = 1 << 20

// readOAuthError finds an RFC 6749 error object in the response body.
// oauthErrorFact is readOAuthError's answer for an exchange. It is made by
// init, not in its declaration (see all.go's init).
var oauthErrorFact *rule.Fact[oauthErrorRead]

func init() { oauthErrorFact = rule.NewFact[oauthErrorRead]("rules.oauthError") }

type oauthErrorRead struct {
	e  oauthError
	ok bool
}

// oauthErrorOf is readOAuthError for the pass's exchange, read once per
// exchange however many rules ask (it decodes the body as JSON).
func oauthErrorOf(p *rule.Pass) (oauthError, bool) {
	r := rule.Get(p.Facts, oauthErrorFact, func() oauthErrorRead {
		e, ok := readOAuthError(p.Exchange)
		return oauthErrorRead{e, ok}
	})
	return r.e, r.ok
}

func readOAuthError(x *parse.Exchange) (oauthError, bool) {
	r := x.Response
	if r == nil || len(r.Body.Text) > maxJSONBody {
		return oauthError{}, false
	}
	t := strings.TrimSpace(r.Body.Text)
	if !strings.HasPrefix(t, "{") {
		return embeddedOAuthError(r.Body.Text)
	}
	if !strings.Contains(t, `\`) && !hasErrorWord(t) {
		// No "error" key can be in it (encoding/json matches keys without
		// regard to case, and no other letter folds to e, r or o): the
		// decoding below would find none. Most JSON bodies are not errors.
		return embeddedOAuthError(r.Body.Text)
	}
	// As json.Unmarshal into struct{Error json.RawMessage `json:"error"`;
	// ErrorDescription string `json:"error_description"`} (internal/jsonlite).
	var errRaw, desc string
	if jsonlite.UnmarshalStruct(t, false, oauthErrorNames, func(f int, v string) error {
		if f == 0 {
			errRaw = v
			return nil
		}
		s, set, err := jsonlite.String(v)
		if set {
			desc = s
		}
		return err
	}) != nil || errRaw == "" {
		return embeddedOAuthError(r.Body.Text)
	}
	code, _, err := jsonlite.String(errRaw)
	if err != nil || !oauthCodes.Has(code) {
		return embeddedOAuthError(r.Body.Text)
	}
	off := strings.Index(r.Body.Text, `"error"`)
	if off < 0 {
		off = 0
	}
	return oauthError{Code: code, Description: desc, Off: off}, true
}

// The error object printed inside other text: a client library's exception
// message (`401: b'{"error":"invalid_client",…}'`), a log line, a JSON body
// cut short by the client ("… (truncated...)"), or a Python dict
// ({'error': 'invalid_grant', …}).
var (
	oauthCodeRe = &lazyre.Regexp{Expr: `["']error["']\s*:\s*["']([a-z_]{5,30})["']`, Anchored: oauthCodeAt}
	oauthDescRe = &lazyre.Regexp{Expr: `^[^{}]{0,200}?["']error_description["']\s*:\s*["']((?:[^"'\\\r\n]|\\.){1,400})`}
	// the same, form-encoded: the answer of token endpoints that do not send
	// JSON (GitHub's unless asked, older providers)
	oauthFormRe     = &lazyre.Regexp{Expr: `(?:^|[&\s])error=([a-z_]{5,30})(?:[&\s]|$)`}
	oauthFormDescRe = &lazyre.Regexp{Expr: `(?:^|[&\s])error_description=([^&\s]{1,400})`}
)

// embeddedOAuthError reads the first RFC 6749 error object in body, printed
// inside other text and maybe cut short.
// hasErrorWord reports whether t contains "error" in any ASCII case.
func hasErrorWord(t string) bool {
	for i := 0; i+5 <= len(t); i++ {
		if t[i]|0x20 == 'e' && t[i+1]|0x20 == 'r' && t[i+2]|0x20 == 'r' && t[i+3]|0x20 == 'o' && t[i+4]|0x20 == 'r' {
			return true
		}
	}
	return false
}

func embeddedOAuthError(body string) (oauthError, bool) {
	if len(body) > scanLimit {
		body = body[:scanLimit]
	}
	if !strings.Contains(body, "error") {
		return oauthError{}, false
	}
	for _, m := range oauthCodeRe.FindAllStringSubmatchIndex(body, 4) {
		code := body[m[2]:m[3]]
		if !oauthCodes.Has(code) {
			continue
		}
		e := oauthError{Code: code, Off: m[0]}
		if d := oauthDescRe.FindStringSubmatch(body[m[1]:]); d != nil {
			e.Description = strings.TrimSpace(d[1])
		}
		return e, true
	}
	for _, m := range oauthFormRe.FindAllStringSubmatchIndex(body, 4) {
		code := body[m[2]:m[3]]
		if !oauthCodes.Has(code) {
			continue
		}
		e := oauthError{Code: code, Off: m[2] - len("error=")}
		if d := oauthFormDescRe.FindStringSubmatch(body); d != nil {
			e.Description = d[1]
			if u, ok := urlparts.QueryUnescape(d[1]); ok {
				e.Description = strings.TrimSpace(u)
			}
		}
		return e, true
	}
	return oauthError{}, false
}

// AT1050: invalid_client without 401.
var AT1050 = rule.Rule{
	ID:       "AT1050",
	Name:     "oauth-invalid-client-status",
	Title:    "Token endpoint's invalid_client is not a 401 with a challenge",
	Doc:      "When a client authenticates to the token endpoint with the `Authorization` header (client id and secret as Basic) and fails, RFC 6749 §5.2 requires a 401 with a `WWW-Authenticate` challenge in the scheme the client used. Servers that answer 400 (or 401 without the challenge) make generic HTTP clients treat a wrong client secret as a malformed request, and hide that it is an authentication failure of the application itself.",
	Fix:      "Answer failed client authentication via the Authorization header with `401` and `WWW-Authenticate: Basic realm=\"…\"`; client side, check the client id and secret (and the authentication method the server expects for this client).",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"token\"\nContent-Type: application/json\nCache-Control: no-store\n\n{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6749_5_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		e, ok := oauthErrorOf(p)
		if !ok || e.Code != "invalid_client" {
			return
		}
		f, scheme, ok := prAuthField(x, false)
		if !ok {
			return
		}
		st := x.Response.Status
		var msg string
		switch {
		case st != 401:
			msg = "token endpoint answered invalid_client with " + itoa(st) + " although the client authenticated with " + prSent(f, scheme) + "; RFC 6749 requires 401"
		case len(p.Facts.Challenges) == 0:
			msg = strings.Join(strings.Fields("token endpoint answered invalid_client with 401 but no WWW-Authenticate "+scheme+" challenge"), " ")
		default:
			return
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{statusEvidence(x), fieldEvidence(x, f, true)}})
	},
}

// oauthMeaning explains each token-endpoint error and the class it implies.
var oauthMeaning = map[string]struct {
	class   rule.Class
	meaning string
}{
	"invalid_client":         {rule.Authentication, "the application itself failed to authenticate (unknown client id, wrong secret or assertion, or an authentication method this client is not registered for)"},
	"invalid_grant":          {rule.Authentication, "the grant was refused: wrong user credentials, or an authorization code or refresh token that is expired, revoked, already used or issued to another client"},
	"unauthorized_client":    {rule.Authorization, "the application is known but not allowed to use this grant type: a permission of the app, despite the name"},
	"invalid_scope":          {rule.Authorization, "a requested scope is unknown, malformed or more than this client or user may have"},
	"invalid_request":        {"", "the token request is malformed: a parameter is missing, repeated or unsupported"},
	"unsupported_grant_type": {"", "the server does not support this grant_type"},
}

// AT1051: explain a token-endpoint error.
var AT1051 = rule.Rule{
	ID:       "AT1051",
	Name:     "oauth-token-error",
	Title:    "OAuth token endpoint error",
	Doc:      "A JSON body with an `error` code from RFC 6749 §5.2 comes from an OAuth token endpoint, and the code says who failed: `invalid_client` is the application failing to authenticate, `invalid_grant` is the user's credentials, code or refresh token being refused, `unauthorized_client` is the application not being allowed this grant (an authorization problem of the app, whatever the name suggests), `invalid_scope` is a scope the client may not have. `error_description` often carries the provider's own code (AADSTS…, Keycloak messages) with the details.",
	Fix:      "Act on the code: fix the client credentials for invalid_client, sign in again or get a new code/refresh token for invalid_grant, enable the grant type for the app for unauthorized_client, request only allowed scopes for invalid_scope.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6749_5_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		e, ok := oauthErrorOf(p)
		// A token endpoint answers its errors with 400 or 401; a body pasted
		// without its status (0) is read for what it says.
		if !ok || x.Response.Status != 0 && x.Response.Status < 400 {
			return
		}
		m := oauthMeaning[e.Code]
		msg := "token endpoint error " + prQ(e.Code)
		if e.Description != "" {
			msg += " (" + prQ(e.Description) + ")"
		}
		msg += ": " + m.meaning
		ev := bodyEvidence(x, e.Off)
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
		if m.class != "" {
			p.Signal(rule.Signal{Class: m.class, Sign: rule.SignOAuthError,
				Reason: "the token endpoint answered " + prQ(e.Code) + ": " + m.meaning, Evidence: &ev})
		}
	},
}

// authorizeMeaning explains the error codes an authorization endpoint sends
// back on the redirect to the client (RFC 6749 §4.1.2.1 and §4.2.2.1,
// OpenID Connect Core §3.1.2.6) and the class each implies: a list the
// linker lays out (wordlist), not a map literal built by code at start.
var authorizeMeaning = wordlist.Map[authorizeCode]{
	{K: "access_denied", V: authorizeCode{rule.Authorization, "the authorization server or the user refused: the user declined, or a policy of the provider bars this user from this application (not assigned to it, conditional access, a group rule)"}},
	{K: "unauthorized_client", V: authorizeCode{rule.Authorization, "the application may not ask for authorization this way (this response type or grant is not enabled for it)"}},
	{K: "invalid_scope", V: authorizeCode{rule.Authorization, "a requested scope is unknown, malformed or more than this application may ask for"}},
	{K: "consent_required", V: authorizeCode{rule.Authorization, "the user has not consented to this application's access and the request allowed no prompt"}},
	{K: "login_required", V: authorizeCode{rule.Authentication, "the provider has no signed-in user session and the request allowed no prompt (prompt=none)"}},
	{K: "interaction_required", V: authorizeCode{rule.Authentication, "the user must interact with the provider (sign in again, finish multi-factor) and the request allowed no prompt"}},
	{K: "account_selection_required", V: authorizeCode{rule.Authentication, "the user must choose an account at the provider and the request allowed no prompt"}},
	{K: "invalid_request", V: authorizeCode{"", "the authorization request is malformed: a parameter is missing, repeated or not valid (often a redirect_uri or response_type the application is not registered for)"}},
	{K: "unsupported_response_type", V: authorizeCode{"", "the provider does not issue this response_type to this application"}},
	{K: "invalid_request_uri", V: authorizeCode{"", "the request_uri is not valid"}},
	{K: "invalid_request_object", V: authorizeCode{"", "the request object is not valid"}},
	{K: "server_error", V: authorizeCode{"", "the provider failed while handling the request"}},
	{K: "temporarily_unavailable", V: authorizeCode{"", "the provider is overloaded or down for maintenance"}},
}

// authorizeCode is what an authorization endpoint's error code means.
type authorizeCode struct {
	class   rule.Class
	meaning string
}

// authorizeError is an authorization endpoint's error found in a URL.
type authorizeError struct {
	code, desc string
	off        int // in the body text, for "text"
}

// authorizeErrorIn finds, in s, a URL query or fragment that carries an
// authorization endpoint's error: "…/callback?error=access_denied&
// error_description=User+is+not+assigned…&state=…". It reads at most the
// first maxReports candidates, in one pass over s.
func authorizeErrorIn(s string) (authorizeError, bool) {
	if len(s) > scanLimit {
		s = s[:scanLimit]
	}
	for off, n := 0, 0; n < maxReports*4; n++ {
		i := strings.Index(s[off:], "error=")
		if i < 0 {
			break
		}
		i += off
		off = i + len("error=")
		if i == 0 || !strings.ContainsRune("?&#", rune(s[i-1])) {
			continue
		}
		// the query or fragment this pair belongs to
		start := strings.LastIndexAny(s[:i], "?#")
		if start < 0 || i-start > 2048 {
			continue
		}
		end := off
		for end < len(s) && !urlStop(s[end]) {
			end++
		}
		q := s[start+1 : end]
		var e authorizeError
		for _, kv := range strings.Split(q, "&") {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "error":
				e.code = formValue(v)
			case "error_description":
				e.desc = formValue(v)
			}
		}
		if _, known := authorizeMeaning.Lookup(e.code); known {
			e.off = start
			return e, true
		}
	}
	return authorizeError{}, false
}

// urlStop ends a URL written in text.
func urlStop(c byte) bool {
	return c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == ')' || c == ']'
}

// formValue undoes a query value's form encoding ('+' and %XX); a value
// that does not decode is kept as written.
func formValue(v string) string {
	if u, ok := urlparts.QueryUnescape(v); ok {
		return u
	}
	return v
}

// AT1052: an authorization endpoint's error on the redirect back.
var AT1052 = rule.Rule{
	ID:       "AT1052",
	Name:     "oauth-authorize-error",
	Title:    "OAuth/OpenID Connect authorization error sent back to the application",
	Doc:      "When an identity provider refuses a sign-in or an authorization request, it does not answer with 401 or 403: it redirects the browser back to the application with `error` (and often `error_description`) in the query or the fragment of the redirect URI (RFC 6749 §4.1.2.1, OpenID Connect Core §3.1.2.6). The code says who refused: `access_denied` is the user or a policy of the provider (a user not assigned to the app, conditional access), `unauthorized_client` and `invalid_scope` are limits of the application's registration, `login_required`, `interaction_required` and `account_selection_required` mean a silent sign-in (prompt=none) found no usable session, and `invalid_request` is a malformed request, often a redirect URI or response type the application is not registered for.",
	Fix:      "Act on the code and its description: assign the user (or their group) to the application or ask them to consent for access_denied; enable the response type or grant and the scopes in the application's registration for unauthorized_client and invalid_scope; retry with an interactive sign-in (no prompt=none) for login_required and its kin; compare the request's redirect_uri and response_type with the registration for invalid_request.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6749_4_1_2_1, pOIDC_3_1_2_6},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil {
			return
		}
		var e authorizeError
		var ev rule.Evidence
		found := false
		if f, ok := r.Fields.Lookup("location"); ok && r.Status >= 300 && r.Status < 400 {
			if e, found = authorizeErrorIn(f.Value); found {
				ev = fieldEvidence(x, f, false)
			}
		}
		if !found && x.Request != nil {
			if e, found = authorizeErrorIn(prURL(x)); found {
				ev = requestEvidence(x)
			}
		}
		if !found && (r.Status == 0 || r.Status >= 400 || r.Body.Pasted) {
			if e, found = authorizeErrorIn(r.Body.Text); found {
				ev = bodyEvidence(x, e.off)
			}
		}
		if !found {
			return
		}
		m := authorizeMeaning.Get(e.code)
		msg := "the identity provider sent back " + prQ(e.code)
		if e.desc != "" {
			msg += " (" + prQ(clip(e.desc, 160)) + ")"
		}
		msg += ": " + m.meaning
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
		if m.class != "" {
			p.Signal(rule.Signal{Class: m.class, Sign: rule.SignOAuthError,
				Reason: "the identity provider's redirect carries " + prQ(e.code) + ": " + m.meaning, Evidence: &ev})
		}
	},
}
