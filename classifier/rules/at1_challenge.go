package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at1 holds challenge and status-semantics rules (RFC 9110 §11, §15.5).
var at1 = []*rule.Rule{&AT1001, &AT1002, &AT1010, &AT1020}

// AT1001: a 401 must carry a challenge.
var AT1001 = rule.Rule{
	ID:       "AT1001",
	Name:     "missing-www-authenticate",
	Title:    "401 response without a WWW-Authenticate challenge",
	Doc:      "A 401 tells the client that credentials are missing or wrong, and the `WWW-Authenticate` challenge tells it which scheme to use (`Basic`, `Bearer`, …) and where. Without one, a client cannot know how to authenticate, generic HTTP libraries will not retry with credentials, and the status is formally invalid: RFC 9110 says the server MUST send at least one challenge with a 401.",
	Fix:      "Send a challenge naming the scheme you accept, for example `WWW-Authenticate: Bearer realm=\"api\"`. If the browser's login pop-up is the worry, use a scheme browsers do not prompt for (Bearer or a custom one) rather than dropping the header.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: application/json\n\n{\"error\":\"unauthenticated\",\"message\":\"send a bearer token\"}",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_15_5_2, rfc9110_11_6_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 401 || x.Response.HeadersCut {
			return
		}
		if v, ok := x.Response.Fields.Lookup("www-authenticate"); ok && strings.TrimSpace(v.Value) != "" {
			return
		}
		msg := "401 response has no WWW-Authenticate challenge"
		if f, ok := x.Response.Fields.Lookup("www-authenticate"); ok {
			msg = "401 response has an empty WWW-Authenticate field"
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			return
		}
		if x.Response.Fields.Has("proxy-authenticate") {
			msg += " (it sends Proxy-Authenticate, which belongs on a 407)"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}

// AT1002: a 407 must carry a proxy challenge.
var AT1002 = rule.Rule{
	ID:       "AT1002",
	Name:     "missing-proxy-authenticate",
	Title:    "407 response without a Proxy-Authenticate challenge",
	Doc:      "A 407 comes from a proxy between the client and the site, asking for the proxy's own credentials. RFC 9110 requires the proxy to send a `Proxy-Authenticate` challenge with it; without one, the client cannot tell which scheme the proxy wants and will usually just fail.",
	Fix:      "Configure the proxy to send `Proxy-Authenticate` with the schemes it accepts (for example `Basic realm=\"corp-proxy\"` or `Negotiate`).",
	Example:  "HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"corp-proxy\"\nContent-Length: 0",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_15_5_8, rfc9110_11_7_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 407 || x.Response.HeadersCut {
			return
		}
		if v := x.Response.Fields.Get("proxy-authenticate"); strings.TrimSpace(v) != "" {
			return
		}
		msg := "407 response has no Proxy-Authenticate challenge"
		if x.Response.Fields.Has("www-authenticate") {
			msg += " (it sends WWW-Authenticate, which belongs on a 401)"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}

// AT1010: Basic needs a realm.
var AT1010 = rule.Rule{
	ID:       "AT1010",
	Name:     "basic-without-realm",
	Title:    "Basic challenge without a realm",
	Doc:      "RFC 7617 makes `realm` a required parameter of the Basic scheme: it names the protection space, so the client knows which stored credentials apply and the browser can tell the user what they are logging in to. Some clients reject a realm-less Basic challenge outright.",
	Fix:      "Add a quoted realm naming the protected area, such as `WWW-Authenticate: Basic realm=\"Staging API\", charset=\"UTF-8\"`.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"Staging API\", charset=\"UTF-8\"",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc7617_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range append(append([]rule.Challenge(nil), p.Facts.Challenges...), p.Facts.ProxyChallenges...) {
			if !strings.EqualFold(c.Scheme, "basic") {
				continue
			}
			if _, ok := c.Param("realm"); ok {
				continue
			}
			p.Report(rule.Finding{Message: "Basic challenge in " + c.Field.Name + " has no realm parameter",
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// AT1020: a 403 to a request that carried no credentials.
var AT1020 = rule.Rule{
	ID:       "AT1020",
	Name:     "forbidden-without-credentials",
	Title:    "403 to a request that carried no credentials",
	Doc:      "403 means the server understood who is asking and refuses anyway; logging in again will not help (RFC 9110 §15.5.4). Here the request carried no credentials at all, so the server refused an anonymous caller. If signing in could grant access, a 401 with a `WWW-Authenticate` challenge tells the client that, and tells it how; a 403 tells it to give up. If no credentials could ever help (an IP rule, a disabled feature), 403 is right and the body should say why.",
	Fix:      "If authenticating would help, answer 401 with a challenge (`WWW-Authenticate: Bearer realm=\"api\"`); otherwise keep 403 and explain the reason in the body.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"Access to the protected resource\", charset=\"UTF-8\"",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_15_5_4, rfc9110_15_5_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 403 || x.Request == nil {
			return
		}
		if p.Facts.Credentials.State != parse.CredNone {
			return
		}
		ev := []rule.Evidence{statusEvidence(x), requestEvidence(x)}
		p.Report(rule.Finding{
			Message:  "403 answered a " + x.Request.Method + " request that sent no Authorization, Cookie or API key",
			Evidence: ev,
		})
	},
}
