package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/rule"
)

var (
	pRFC9728_3       = rule.Ref{Title: "RFC 9728 §3 Obtaining Protected Resource Metadata", URL: "https://www.rfc-editor.org/rfc/rfc9728#section-3"}
	pRFC9728_7_1     = rule.Ref{Title: "RFC 9728 §7.1 TLS Requirements", URL: "https://www.rfc-editor.org/rfc/rfc9728#section-7.1"}
	pIANAAuthSchemes = rule.Ref{Title: "IANA HTTP Authentication Scheme Registry", URL: "https://www.iana.org/assignments/http-authschemes/http-authschemes.xhtml"}
	pRFC9110_16_4    = rule.Ref{Title: "RFC 9110 §16.4 Authentication Scheme Extensibility", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-16.4"}
)

// cutShort reports whether a field value looks cut by the paste (an ellipsis
// or a redaction marker), so a parameter may be missing only from the copy.
func cutShort(v string) bool {
	return strings.Contains(v, "…") || strings.Contains(v, "...") || strings.Contains(v, "[REDACTED]")
}

// AT1018: Digest without nonce or realm.
var AT1018 = rule.Rule{
	ID:       "AT1018",
	Name:     "digest-without-nonce",
	Title:    "Digest challenge without a nonce or realm",
	Doc:      "A Digest client hashes the password together with the server's `nonce` and the `realm`; RFC 7616 §3.3 makes both parameters required in every Digest challenge. Without a nonce there is nothing to compute the response over, so no conforming client can answer the challenge and the request fails before any password is checked.",
	Fix:      "Send a fresh, unpredictable nonce and a quoted realm in every Digest challenge: `WWW-Authenticate: Digest realm=\"api\", qop=\"auth\", algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"`.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Digest realm=\"api\", qop=\"auth\", algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"\nContent-Length: 0",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC7616_3_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if !headersComplete(x) {
			return
		}
		for _, c := range prChallenges(p) {
			if !strings.EqualFold(c.Scheme, "digest") || c.Token68 != "" || cutShort(c.Field.Value) {
				continue
			}
			var missing []string
			for _, name := range []string{"nonce", "realm"} {
				if _, ok := c.Param(name); !ok {
					missing = append(missing, name)
				}
			}
			if len(missing) == 0 || len(missing) == 1 && missing[0] == "realm" {
				continue // a realm-less Digest challenge alone is a smaller matter than one a client cannot answer
			}
			msg := "Digest challenge in " + c.Field.Name + " has no nonce"
			if len(missing) == 2 {
				msg = "Digest challenge in " + c.Field.Name + " has neither nonce nor realm"
			}
			p.Report(rule.Finding{Message: msg + ": no client can compute a response to it",
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// AT1019: a scheme nobody registered.
var AT1019 = rule.Rule{
	ID:       "AT1019",
	Name:     "unregistered-scheme",
	Title:    "Challenge uses an auth scheme no client knows",
	Doc:      "Auth schemes are registered with IANA (RFC 9110 §16.4) so that every client can know how to answer them: `Basic`, `Bearer`, `Digest`, `Negotiate`, `DPoP` and a few more. A few unregistered schemes are in wide use and their products' clients know them (`NTLM`, AWS's `AWS4-HMAC-SHA256`, Rails' `Token`). A made-up name such as `FormBased` or `Custom` tells a generic client nothing: it cannot answer the challenge, so the 401 works only for the site's own front end, and a person reading it has to guess how to sign in.",
	Fix:      "Challenge with a registered scheme that matches how clients really authenticate (`Bearer` for tokens, `Basic` for passwords), or, for a sign-in form, answer unauthenticated browsers with a redirect to it and API clients with `WWW-Authenticate: Bearer realm=\"api\"`.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: application/json\n\n{\"error\":\"unauthenticated\",\"message\":\"sign in at /login or send a bearer token\"}",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pIANAAuthSchemes, pRFC9110_16_4},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		seen := map[string]bool{}
		for _, c := range prChallenges(p) {
			if c.Scheme == "" || fields.KnownScheme(c.Scheme) || seen[strings.ToLower(c.Scheme)] {
				continue
			}
			seen[strings.ToLower(c.Scheme)] = true
			p.Report(rule.Finding{Message: "scheme " + prQ(c.Scheme) + " in " + c.Field.Name + " is not in the IANA registry nor a widely deployed vendor scheme: generic clients cannot answer it",
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// AT1049: resource_metadata over plain HTTP.
var AT1049 = rule.Rule{
	ID:       "AT1049",
	Name:     "resource-metadata-not-https",
	Title:    "Bearer challenge's resource_metadata URL is not https",
	Doc:      "A client that follows `resource_metadata` (RFC 9728) learns from that document which authorization servers it may send the user to and which scopes to ask for. RFC 9728 builds the metadata URL from an https resource identifier and requires TLS to fetch it: fetched over plain HTTP, or from a relative or non-URL value, the document can be replaced on the way, steering the client to an attacker's authorization server.",
	Fix:      "Publish the metadata at an absolute https URL, normally `https://<resource host>/.well-known/oauth-protected-resource`, and name that URL in the challenge.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource\"\nContent-Length: 0",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9728_3, pRFC9728_7_1, pRFC9728_5_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range bearerChallenges(p) {
			u, ok := c.Param("resource_metadata")
			if !ok || cutShort(u) {
				continue
			}
			u = strings.TrimSpace(u)
			if len(u) >= 8 && strings.EqualFold(u[:8], "https://") {
				continue
			}
			what := "is not an https URL"
			if len(u) >= 7 && strings.EqualFold(u[:7], "http://") {
				what = "uses plain http"
			} else if !strings.Contains(u, "://") {
				what = "is not an absolute URL"
			}
			p.Report(rule.Finding{Message: "resource_metadata " + prQ(u) + " " + what + ": the metadata that names the authorization servers can be replaced in transit",
				Evidence: []rule.Evidence{bearerEv(x, c)}})
		}
	},
}
