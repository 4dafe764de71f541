package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/jwt"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at6JWT holds the JWT diagnosis rules, AT6101–AT6199 (family AT6, error
// bodies and tokens). They decode tokens but never verify them.
var at6JWT = []*rule.Rule{&AT6101, &AT6102, &AT6103, &AT6104}

// requestToken is a JWT found in the request, with where it was.
type requestToken struct {
	tok   *jwt.Token
	where string // "Authorization", "cookie \"sid\"", "request body", "request URL"
	ev    rule.Evidence
}

// maxTokenScan bounds the request text searched for tokens.
const maxTokenScan = 1 << 20

// requestTokensFact is the JWTs of an exchange's request. It is made by
// init, not in its declaration (see all.go's init).
var requestTokensFact *rule.Fact[[]requestToken]

func init() { requestTokensFact = rule.NewFact[[]requestToken]("rules.requestTokens") }

// requestTokensOf is requestTokens for the pass's exchange, computed once per
// exchange however many rules ask.
func requestTokensOf(p *rule.Pass) []requestToken {
	return rule.Get(p.Facts, requestTokensFact, func() []requestToken { return requestTokens(p.Exchange) })
}

// requestTokens finds the JWTs the request carried: in Authorization and
// Proxy-Authorization, cookies, API-key headers, the URL and the body.
func requestTokens(x *parse.Exchange) []requestToken {
	q := x.Request
	if q == nil {
		return nil
	}
	var out []requestToken
	seen := map[string]bool{}
	add := func(m jwt.Match, where string, ev rule.Evidence) {
		if seen[m.Token.Raw] {
			return
		}
		seen[m.Token.Raw] = true
		out = append(out, requestToken{tok: m.Token, where: where, ev: ev})
	}
	for _, f := range q.Fields {
		name := strings.ToLower(f.Name)
		switch {
		case name == "authorization" || name == "proxy-authorization" || parse.IsAPIKeyHeader(name):
			for _, m := range jwt.Find(f.Value) {
				add(m, f.Name, fieldEvidence(x, f, true))
			}
		case name == "cookie":
			for _, part := range strings.Split(f.Value, ";") {
				n, v, _ := strings.Cut(strings.TrimSpace(part), "=")
				for _, m := range jwt.Find(v) {
					add(m, "cookie "+prQ(n), fieldEvidence(x, f, true))
				}
			}
		}
	}
	if len(q.Target) <= maxTokenScan {
		for _, m := range jwt.Find(q.Target) {
			add(m, "the request URL", requestEvidence(x))
		}
	}
	if len(q.Body.Text) <= maxTokenScan {
		for _, m := range jwt.Find(q.Body.Text) {
			ev := rule.Evidence{Exchange: x.Index, Where: "request body", Pos: q.Body.LinePos(m.Start), Text: quote(q.Body.Text[m.Start:m.End])}
			add(m, "the request body", ev)
		}
	}
	return out
}

// utc writes t in UTC as "2006-01-02 15:04:05 UTC", the bytes
// t.UTC().Format gives for that layout (TestUTCLikeFormat), written out
// here: time's layout interpreter is large, and under js/wasm a function is
// compiled whole on its first call, which a JWT's expiry date would
// otherwise pay in a first visit's analysis (issue #14).
func utc(t time.Time) string {
	t = t.UTC()
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := make([]byte, 0, len("2006-01-02 15:04:05 UTC"))
	b = padded(b, y, 4)
	b = padded(append(b, '-'), int(mo), 2)
	b = padded(append(b, '-'), d, 2)
	b = padded(append(b, ' '), h, 2)
	b = padded(append(b, ':'), mi, 2)
	b = padded(append(b, ':'), s, 2)
	return string(append(b, " UTC"...))
}

// padded appends v in decimal, its sign first, its digits left-padded with
// zeros to width.
func padded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	digits := strconv.Itoa(v)
	for n := len(digits); n < width; n++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// clockSkew is the tolerance the JWT time checks state: validators allow the
// issuer's and the API's clocks to differ a little. Microsoft.IdentityModel
// allows 5 minutes by default, Spring Security's JwtTimestampValidator 60
// seconds, jsonwebtoken (clockTolerance) none; the largest common default is
// used, so a token outside it is refused by every validator.
const (
	clockSkew     = 5 * time.Minute
	clockSkewText = "5-minute clock skew (Microsoft.IdentityModel's default; Spring Security allows 60 s, jsonwebtoken none)"
)

// AT6101: alg none.
var AT6101 = rule.Rule{
	ID:       "AT6101",
	Name:     "jwt-alg-none",
	Title:    "JWT with alg \"none\": an unsigned token",
	Doc:      "A JWT whose header says `\"alg\": \"none\"` carries no signature (RFC 7519 §6): anyone can write one with any claims. A server that accepts it lets callers make themselves any user; a server that correctly rejects it answers 401, which is then the expected outcome. Such tokens come from test fixtures, misconfigured issuers, or someone probing for the classic \"alg none\" vulnerability.",
	Fix:      "Use a signed token from the real issuer; server side, pin the accepted algorithms (for example RS256 only) and reject `none` (RFC 8725 §3.1).",
	Severity: rule.Medium,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_6, pRFC8725_3_1, pRFC8725_2_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, t := range requestTokensOf(p) {
			if strings.EqualFold(t.tok.Alg, "none") {
				msg := "token in " + t.where + " has alg \"none\": it is unsigned"
				if x.Response != nil && x.Response.Status >= 200 && x.Response.Status < 300 {
					msg += ", and the server answered " + itoa(x.Response.Status)
				}
				p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{t.ev}})
			}
		}
	},
}

// AT6102: expired before the response.
var AT6102 = rule.Rule{
	ID:       "AT6102",
	Name:     "jwt-expired",
	Title:    "JWT expired before the response was sent",
	Doc:      "The token's `exp` claim is earlier than the response's `Date`: by the server's own clock the token had already expired when it answered (RFC 7519 §4.1.4). That alone explains a 401 (`invalid_token`, \"jwt expired\", \"Lifetime validation failed\"). The comparison uses the response's Date header, not the clock of the computer reading the paste, so it holds whenever the paste was made. The message says whether the token expired within the 5-minute clock skew some validators tolerate (Microsoft.IdentityModel's default; Spring Security allows 60 s, jsonwebtoken none) or beyond it; only beyond it is the expiry certain to explain the refusal.",
	Fix:      "Get a new token (use the refresh token, or sign in again) and retry; if fresh tokens also fail, compare the issuer's and the API's clocks, and check that the client refreshes before `exp`.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1_4, pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status < 400 {
			return
		}
		date, df, ok := prDate(x)
		if !ok {
			return
		}
		for _, t := range requestTokensOf(p) {
			exp := t.tok.ExpiresAt
			if exp.IsZero() || !exp.Before(date) {
				continue
			}
			late := date.Sub(exp)
			sentence := "the token in " + t.where + " expired " + prDur(late) + " before this response (exp " + utc(exp) + ", Date " + df.Value + ")"
			sign, why := rule.SignJWTExpired, ", so the server had to reject it"
			if late <= clockSkew {
				sentence += ", within the " + clockSkewText + " a validator may tolerate"
				sign, why = rule.SignJWTExpiredSkew, ": a strict validator rejects it, a tolerant one would not"
			} else {
				sentence += ", beyond the " + clockSkewText + " validators tolerate"
			}
			p.Report(rule.Finding{Message: sentence, Evidence: []rule.Evidence{t.ev, fieldEvidence(x, df, false)}})
			ev := t.ev
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: sign,
				Reason: sentence + why, Evidence: &ev})
			return
		}
	},
}

// AT6103: not yet valid.
var AT6103 = rule.Rule{
	ID:       "AT6103",
	Name:     "jwt-not-yet-valid",
	Title:    "JWT not yet valid when the response was sent",
	Doc:      "The token's `nbf` (not before) claim, or its issue time `iat`, is later than the response's `Date`: the server received a token that, by its clock, only becomes valid later or has not even been issued yet (RFC 7519 §4.1.5). This almost always means the issuer's and the API server's clocks disagree; servers usually allow a small skew, and a token used right after issue fails when the skew is larger.",
	Fix:      "Synchronise the clocks (NTP) of the issuer and the API servers, or configure a small allowed clock skew in the token validation; retrying a little later also works.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1_5},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status < 400 {
			return
		}
		date, df, ok := prDate(x)
		if !ok {
			return
		}
		for _, t := range requestTokensOf(p) {
			nbf, claim := t.tok.NotBefore, "nbf"
			if nbf.IsZero() || !nbf.After(date) {
				// No nbf in the future; an iat well after the Date shows the same skew.
				nbf, claim = t.tok.IssuedAt, "iat"
				if nbf.IsZero() || nbf.Sub(date) < time.Minute {
					continue
				}
			}
			sentence := "the token in " + t.where + " only becomes valid " + prDur(nbf.Sub(date)) + " after this response (nbf " + utc(nbf) + ", Date " + df.Value + ")"
			if claim == "iat" {
				sentence = "the token in " + t.where + " was issued " + prDur(nbf.Sub(date)) + " after this response (iat " + utc(nbf) + ", Date " + df.Value + ")"
			}
			if nbf.Sub(date) <= clockSkew {
				sentence += ", within the " + clockSkewText + " a validator may tolerate"
			} else {
				sentence += ", beyond the " + clockSkewText + " validators tolerate"
			}
			p.Report(rule.Finding{Message: sentence, Evidence: []rule.Evidence{t.ev, fieldEvidence(x, df, false)}})
			ev := t.ev
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignJWTNotYetValid,
				Reason: sentence + ": the issuer's and the server's clocks disagree", Evidence: &ev})
			return
		}
	},
}

// AT6104: what the token says.
var AT6104 = rule.Rule{
	ID:       "AT6104",
	Name:     "jwt-decoded",
	Title:    "What the JWT the request carried says about itself",
	Doc:      "JWT claims are only base64url-encoded, not encrypted, so the token in the request can be read without any key. Its issuer (`iss`), audience (`aud`), subject (`sub`), scopes (`scope`/`scp`), roles and lifetime (`iat`, `nbf`, `exp`) are what the API checks, and most 401s and 403s with a valid-looking token come down to one of them: a token from another issuer or tenant, for another API, without the needed scope or role, or expired. The signature is not checked here; a sanitizer's `.redacted` signature still leaves the claims readable.",
	Fix:      "Compare the decoded claims with what the API expects (issuer, audience, scope or role); request a token for the right audience and scope. Do not paste live tokens into public issues.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response != nil && x.Response.Status > 0 && x.Response.Status < 400 {
			return // the tool explains refusals; a token that worked needs no reading
		}
		date, _, hasDate := prDate(x)
		for _, t := range requestTokensOf(p) {
			k := t.tok
			var parts []string
			if k.Alg != "" {
				parts = append(parts, "alg "+k.Alg)
			}
			if k.Kid != "" {
				parts = append(parts, "kid "+prQ(k.Kid))
			}
			if k.Issuer != "" {
				parts = append(parts, "iss "+prQ(k.Issuer))
			}
			if len(k.Audience) > 0 {
				parts = append(parts, "aud "+prQ(strings.Join(k.Audience, ", ")))
			}
			if k.Subject != "" {
				parts = append(parts, "sub "+prQ(k.Subject))
			}
			if len(k.Scopes) > 0 {
				parts = append(parts, "scope "+prQ(strings.Join(k.Scopes, " ")))
			}
			if len(k.Roles) > 0 {
				parts = append(parts, "roles "+prQ(strings.Join(k.Roles, ", ")))
			}
			if !k.ExpiresAt.IsZero() {
				e := "exp " + utc(k.ExpiresAt)
				if hasDate {
					if k.ExpiresAt.After(date) {
						e += " (" + prDur(k.ExpiresAt.Sub(date)) + " after the response)"
					} else {
						e += " (" + prDur(date.Sub(k.ExpiresAt)) + " before the response)"
					}
				}
				parts = append(parts, e)
			}
			if len(parts) == 0 {
				continue
			}
			msg := "token in " + t.where + ": " + strings.Join(parts, ", ")
			if k.SignatureRedacted {
				msg += "; its signature was redacted, the claims are intact"
			}
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{t.ev}})
		}
	},
}
