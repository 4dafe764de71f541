package rules

import (
	"encoding/base64"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Rules about Bearer challenges (RFC 6750, RFC 9728, Microsoft's extensions).

// bearerChallenges returns the Bearer (and DPoP) challenges of the response,
// plus scheme-less ones that carry RFC 6750's error parameter.
func bearerChallenges(p *rule.Pass) []rule.Challenge {
	var out []rule.Challenge
	for _, c := range p.Facts.Challenges {
		s := strings.ToLower(c.Scheme)
		if s == "bearer" || s == "dpop" {
			out = append(out, c)
			continue
		}
		if s == "" {
			if _, ok := c.Param("error"); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

func bearerName(c rule.Challenge) string {
	if c.Scheme == "" {
		return "scheme-less"
	}
	return c.Scheme
}

// bearerEv is the evidence for a Bearer challenge.
func bearerEv(x *parse.Exchange, c rule.Challenge) rule.Evidence {
	return fieldEvidence(x, c.Field, false)
}

// AT1040: insufficient_scope on a 401.
var AT1040 = rule.Rule{
	ID:       "AT1040",
	Name:     "bearer-insufficient-scope-on-401",
	Title:    "Bearer insufficient_scope sent with 401 instead of 403",
	Doc:      "`error=\"insufficient_scope\"` means the token was valid but does not grant the scope this request needs. That is an authorization problem, and RFC 6750 §3.1 says to answer it with 403. Some servers (the Docker registry token protocol is the best-known) send 401 on purpose so that clients fetch a new token with the scope the challenge names. Either way, logging in again with the same request will not help: the client must ask for a token with the scope in the challenge, and the account must be allowed that scope.",
	Fix:      "Request a token with the scope the challenge names (for Docker registries: call the realm with that `scope`); server side, answer insufficient_scope with 403 unless a protocol requires 401.",
	Example:  "HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm=\"api\", error=\"insufficient_scope\", scope=\"repository:team/app:pull\"\nContent-Type: application/json\n\n{\"error\":\"insufficient_scope\",\"message\":\"the token does not grant repository:team/app:pull\"}",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3_1, rfc9110_15_5_4},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 401 {
			return
		}
		for _, c := range bearerChallenges(p) {
			if e, _ := c.Param("error"); !strings.EqualFold(e, "insufficient_scope") {
				continue
			}
			scope, hasScope := c.Param("scope")
			msg := "401 carries " + bearerName(c) + " error=\"insufficient_scope\""
			reason := "the 401's Bearer challenge says error=\"insufficient_scope\": the token was accepted but does not grant the needed scope, which is a permission problem despite the 401"
			if hasScope {
				msg += " for scope " + prQ(scope)
				reason = "the 401's Bearer challenge says error=\"insufficient_scope\" for scope " + prQ(scope) + ": the token was accepted but lacks that scope, which is a permission problem despite the 401"
			}
			ev := bearerEv(x, c)
			f := rule.Finding{Message: msg + "; RFC 6750 answers a token that lacks scope with 403", Evidence: []rule.Evidence{ev, statusEvidence(x)}}
			if registryTokenChallenge(c) {
				// The registry token protocol answers 401 on purpose: say what to do, not that it is wrong.
				realm, _ := c.Param("realm")
				f.Message = msg + ", as the registry token protocol does by design: the token sent lacks that scope"
				f.Why = "In the container registry token protocol (Docker Registry v2, OCI distribution) a 401 with `error=\"insufficient_scope\"` is the designed answer to a token that lacks the scope the request needs: the challenge names the token endpoint (`realm`), the `service` and the `scope` to ask for. The account may still be refused that scope when it asks, which is a permission problem, not a login problem."
				f.Fix = "Fetch a token from " + prQ(realm) + " with the `service` and `scope` the challenge names, using credentials allowed that scope, and retry with it; if the token endpoint leaves the scope out of the token, the account lacks the permission."
				f.Example = "HTTP/1.1 200 OK\nDocker-Distribution-Api-Version: registry/2.0\nContent-Type: application/json\n\n{\"name\":\"team/app\",\"tags\":[\"1.0.0\",\"latest\"]}"
			}
			if p.Facts.Credentials.State == parse.CredNone {
				// no token went out: the challenge names the scope a token
				// must carry, and the client has none yet
				f.Message = msg + " to a request that sent no token: get a token for that scope first"
				p.Report(f)
				p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignBearerNoToken,
					Reason: "the request sent no token, and the 401's Bearer challenge names the scope a token must carry: the client has not authenticated yet", Evidence: &ev})
				return
			}
			p.Report(f)
			p.Signal(rule.Signal{Class: rule.Authorization, Sign: rule.SignBearerScope, Reason: reason, Evidence: &ev})
			return
		}
	},
}

// registryTokenChallenge reports whether c is a challenge of the container
// registry token protocol (Docker Registry v2, OCI distribution): a Bearer
// challenge whose realm is the token endpoint's URL and which names the
// service. That protocol answers a token lacking scope with 401 by design, so
// that the client fetches a token for the scope the challenge names.
func registryTokenChallenge(c rule.Challenge) bool {
	realm, _ := c.Param("realm")
	_, hasService := c.Param("service")
	r := strings.ToLower(realm)
	return hasService && (strings.HasPrefix(r, "https://") || strings.HasPrefix(r, "http://"))
}

// bearerWantStatus maps RFC 6750's error codes to the status §3.1 asks for.
var bearerWantStatus = wordlist.Map[int]{{K: "invalid_request", V: 400}, {K: "invalid_token", V: 401}, {K: "insufficient_scope", V: 403}}

// AT1041: other error/status mismatches.
var AT1041 = rule.Rule{
	ID:       "AT1041",
	Name:     "bearer-error-status-mismatch",
	Title:    "Bearer error code does not match the status",
	Doc:      "RFC 6750 §3.1 pairs each Bearer error code with a status: `invalid_request` with 400 (the request is malformed), `invalid_token` with 401 (expired, revoked or malformed token: get a new one and retry), `insufficient_scope` with 403 (the token is fine but lacks scope). Clients decide whether to refresh a token, re-consent or give up from that pair; a mismatched pair sends them down the wrong path, for example refreshing a token forever on a 403, or never refreshing on a 400.",
	Fix:      "Send the status that goes with the error code: 400 for invalid_request, 401 for invalid_token, 403 for insufficient_scope.",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status == 0 {
			return
		}
		st := x.Response.Status
		for _, c := range bearerChallenges(p) {
			e, _ := c.Param("error")
			e = strings.ToLower(strings.TrimSpace(e))
			want, ok := bearerWantStatus.Lookup(e)
			if !ok || want == st || (e == "insufficient_scope" && st == 401) { // the 401 case is AT1040's
				continue
			}
			p.Report(rule.Finding{Message: bearerName(c) + " error=" + prQ(e) + " sent with " + itoa(st) + "; RFC 6750 pairs it with " + itoa(want),
				Evidence: []rule.Evidence{bearerEv(x, c), statusEvidence(x)}})
		}
	},
}

// AT1042: error code although no token was sent.
var AT1042 = rule.Rule{
	ID:       "AT1042",
	Name:     "bearer-error-without-credentials",
	Title:    "Bearer error code although the request carried no token",
	Doc:      "When a request carries no credentials at all, RFC 6750 §3 says the server SHOULD NOT include an error code: nothing was wrong with a token, there simply was none. An `error=\"invalid_token\"` here misleads whoever debugs it into hunting for a bad or expired token, when the real cause is that the client never attached one (a missing header, a proxy stripping it, a redirect that dropped it).",
	Fix:      "Answer unauthenticated requests with a plain challenge such as `WWW-Authenticate: Bearer realm=\"api\"`; client side, check that the Authorization header is actually sent (and survives redirects and proxies).",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Request == nil || p.Facts.Credentials.State != parse.CredNone {
			return
		}
		for _, c := range bearerChallenges(p) {
			e, ok := c.Param("error")
			if !ok {
				continue
			}
			p.Report(rule.Finding{Message: bearerName(c) + " challenge says error=" + prQ(e) + " but the request sent no token or other credentials",
				Evidence: []rule.Evidence{bearerEv(x, c), requestEvidence(x)}})
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignBearerNoToken,
				Reason: "the request carried no token at all, so the " + prQ(e) + " error cannot be about a bad token: credentials are missing"})
			return
		}
	},
}

// AT1043: Bearer with no parameters.
var AT1043 = rule.Rule{
	ID:       "AT1043",
	Name:     "bearer-without-params",
	Title:    "Bearer challenge without parameters",
	Doc:      "RFC 6750 §3 requires the Bearer scheme to be followed by at least one parameter. A bare `WWW-Authenticate: Bearer` is common and most clients tolerate it, but it tells the client nothing: not which realm, not which scope, not whether the token was missing or rejected. Adding `realm` and, after a rejected token, `error` turns the challenge into a diagnosis.",
	Fix:      "Add at least a realm (`WWW-Authenticate: Bearer realm=\"api\"`), and an error code only when a token was sent: `Bearer realm=\"api\", error=\"invalid_token\"` (RFC 6750 §3.1).",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range p.Facts.Challenges {
			if strings.EqualFold(c.Scheme, "bearer") && len(c.Params) == 0 && c.Token68 == "" {
				p.Report(rule.Finding{Message: "Bearer challenge has no parameters: no realm, scope or error",
					Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
				return
			}
		}
	},
}

// AT1044: the challenge names the scope to ask for.
var AT1044 = rule.Rule{
	ID:       "AT1044",
	Name:     "bearer-scope-hint",
	Title:    "Bearer challenge names the scope the request needs",
	Doc:      "A Bearer challenge's `scope` parameter lists the scopes a token needs for this resource (RFC 6750 §3). It is the most direct answer to \"what permission am I missing\": request a token with exactly those scopes. Registries using the Docker token protocol also name the token service in `realm` and `service`; a client gets a suitable token by calling the realm with the service and scope as query parameters.",
	Fix:      "Request a new token with the named scope (and make sure the account or app is allowed to have it), then retry with that token.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3, pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || !prDenial(x.Response.Status) {
			return
		}
		for _, c := range bearerChallenges(p) {
			scope, ok := c.Param("scope")
			if !ok || strings.TrimSpace(scope) == "" {
				continue
			}
			msg := "the resource needs a token with scope " + prQ(scope)
			realm, hasRealm := c.Param("realm")
			service, hasService := c.Param("service")
			if hasRealm && hasService && strings.HasPrefix(realm, "http") {
				msg += "; request one from " + prQ(realm) + " with service=" + service + " and scope=" + scope
			}
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{bearerEv(x, c)}})
			return
		}
	},
}

// AT1045: RFC 9728 resource_metadata.
var AT1045 = rule.Rule{
	ID:       "AT1045",
	Name:     "bearer-resource-metadata",
	Title:    "Bearer challenge points at protected-resource metadata",
	Doc:      "The `resource_metadata` parameter (RFC 9728) gives the URL of a JSON document describing this protected resource: which authorization servers issue tokens for it, which scopes exist, how tokens may be presented. A client that does not know where to get a token can fetch it and discover everything else from there; MCP servers and newer OAuth APIs rely on it.",
	Fix:      "Fetch the metadata URL, pick an authorization server from `authorization_servers`, obtain a token for this resource and retry.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9728_5_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range bearerChallenges(p) {
			if u, ok := c.Param("resource_metadata"); ok {
				p.Report(rule.Finding{Message: "challenge names protected-resource metadata at " + prQ(u) + ": it lists the authorization servers and scopes for this resource",
					Evidence: []rule.Evidence{bearerEv(x, c)}})
				return
			}
		}
	},
}

// guidRe finds a GUID, such as an Entra tenant id.
var guidRe = &lazyre.Regexp{Expr: `(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`}

// AT1046: authorization_uri exposes a tenant id.
var AT1046 = rule.Rule{
	ID:       "AT1046",
	Name:     "bearer-tenant-exposed",
	Title:    "Bearer challenge's authorization_uri exposes a tenant id",
	Doc:      "Microsoft services add non-standard `authorization_uri` (and sometimes `resource_id` or `client_id`) parameters to Bearer challenges so clients can discover where to sign in. The URI contains the directory (tenant) id of the organisation, which anyone can obtain with one unauthenticated request. The id is not a secret by itself, but it identifies the organisation's directory for phishing and password-spraying tooling, and ties the endpoint to a company.",
	Fix:      "Usually accepted as by design for Microsoft-hosted APIs; for your own APIs behind Entra ID, consider whether unauthenticated callers need tenant discovery, and return only `realm` if not.",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3, pMsClaims},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range bearerChallenges(p) {
			for _, name := range []string{"authorization_uri", "authorization", "trusted_issuers"} {
				v, ok := c.Param(name)
				if !ok {
					continue
				}
				if id := guidRe.FindString(v); id != "" {
					p.Report(rule.Finding{Message: name + " " + prQ(v) + " exposes the tenant id " + id,
						Evidence: []rule.Evidence{bearerEv(x, c)}})
					return
				}
			}
		}
	},
}

// AT1047: Microsoft continuous access evaluation.
var AT1047 = rule.Rule{
	ID:       "AT1047",
	Name:     "bearer-insufficient-claims",
	Title:    "Bearer insufficient_claims: a claims challenge (continuous access evaluation)",
	Doc:      "`error=\"insufficient_claims\"` with a base64 `claims` value is Microsoft Entra's claims challenge. It is sent when continuous access evaluation revokes a still-unexpired token (password change, disabled account, session revoked, a sign-in from a new IP location) or when a Conditional Access policy needs more (MFA, a compliant device). The token is no longer accepted; a new one must be requested with the `claims` value passed to the token request, which may prompt the user.",
	Fix:      "Pass the decoded `claims` value to the token request (MSAL: `WithClaims`/`claims` option) and retry with the new token; do not simply retry with the cached token.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pMsClaims, pMsCAE},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range bearerChallenges(p) {
			if e, _ := c.Param("error"); !strings.EqualFold(e, "insufficient_claims") {
				continue
			}
			msg := "Bearer error=\"insufficient_claims\": the token was revoked or needs more claims; request a new one with the claims challenge"
			if cl, ok := c.Param("claims"); ok {
				if dec := decodeClaims(cl); dec != "" {
					msg += " " + prQ(dec)
				}
			}
			ev := bearerEv(x, c)
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignBearerClaims,
				Reason:   "the Bearer challenge says error=\"insufficient_claims\": the identity provider revoked the token or requires a stronger sign-in, so a new token is needed",
				Evidence: &ev})
			return
		}
	},
}

// decodeClaims decodes a claims challenge (base64, padded or not), keeping it
// only when it is printable JSON.
func decodeClaims(v string) string {
	v = strings.TrimSpace(v)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(v)
		if err != nil || len(b) == 0 || b[0] != '{' {
			continue
		}
		for _, ch := range b {
			if ch < 0x20 || ch == 0x7f {
				return ""
			}
		}
		return string(b)
	}
	return ""
}

// tokenCauses maps error_description wording to a cause, checked in order.
var tokenCauses = []struct{ needle, cause string }{
	{"expired", "the token has expired: get a new one (refresh it) and retry"},
	{"lifetime validation failed", "the token has expired: get a new one (refresh it) and retry"},
	{"signature key was not found", "the server cannot find the key that signed the token: it was issued by another issuer or tenant, or the server's key set is stale"},
	{"unable to match key", "the server cannot find the key that signed the token: it was issued by another issuer or tenant, or the server's key set is stale"},
	{"signature", "the token's signature did not verify: wrong issuer, a tampered token, or a key mismatch"},
	{"audience", "the token was issued for another audience: request it for this API's resource or audience"},
	{"issuer", "the token comes from an issuer this API does not trust"},
	{"malformed", "the token could not be parsed: check that the whole token is sent, without quotes or line breaks"},
	{"decode", "the token could not be decoded: check that the whole token is sent, without quotes or line breaks"},
	{"revoked", "the token was revoked: sign in again"},
	{"unsecured", "the token is unsigned (alg none) and was rejected"},
}

// AT1048: invalid_token, with its description read.
var AT1048 = rule.Rule{
	ID:       "AT1048",
	Name:     "bearer-invalid-token",
	Title:    "Bearer invalid_token: the token was rejected",
	Doc:      "`error=\"invalid_token\"` means the server received a token and rejected it as expired, revoked, malformed or otherwise invalid (RFC 6750 §3.1). This is an authentication failure: the client may get a new token and retry. The optional `error_description` usually says which check failed; the common texts point at an expired token, a signing key the server does not know (token from another issuer or tenant), or a token meant for another audience.",
	Fix:      "Obtain a fresh token from the issuer this API trusts, for this API's audience, and retry; decode the token to compare `exp`, `iss` and `aud` with what the API expects.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range bearerChallenges(p) {
			if e, _ := c.Param("error"); !strings.EqualFold(e, "invalid_token") {
				continue
			}
			desc, _ := c.Param("error_description")
			cause := "the token was rejected as expired, revoked or malformed"
			low := strings.ToLower(desc)
			for _, tc := range tokenCauses {
				if desc != "" && strings.Contains(low, tc.needle) {
					cause = tc.cause
					break
				}
			}
			msg := bearerName(c) + " error=\"invalid_token\""
			if desc != "" {
				msg += " (" + prQ(desc) + ")"
			}
			msg += ": " + cause
			ev := bearerEv(x, c)
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
			reason := "the Bearer challenge says error=\"invalid_token\": the server received a token and rejected it"
			if desc != "" {
				reason += " (" + prQ(desc) + ")"
			}
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignBearerInvalidToken, Reason: reason, Evidence: &ev})
			return
		}
	},
}
