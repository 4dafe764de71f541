package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at1 holds challenge and status-semantics rules (RFC 9110 §11, §15.5).
var at1 = []*rule.Rule{&AT1001, &AT1002, &AT1003, &AT1004, &AT1005, &AT1006, &AT1007, &AT1008, &AT1009,
	&AT1010, &AT1011, &AT1012, &AT1013, &AT1014, &AT1015, &AT1016, &AT1017, &AT1018, &AT1019, &AT1020, &AT1030, &AT1031,
	&AT1040, &AT1041, &AT1042, &AT1043, &AT1044, &AT1045, &AT1046, &AT1047, &AT1048, &AT1049, &AT1050, &AT1051, &AT1052, &AT1054, &AT1055}

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
		if x.Response == nil || x.Response.Status != 401 {
			return
		}
		if v, ok := x.Response.Fields.Lookup("www-authenticate"); ok && strings.TrimSpace(v.Value) != "" {
			return
		}
		if f, ok := x.Response.Fields.Lookup("www-authenticate"); ok {
			p.Report(rule.Finding{Message: "401 response has an empty WWW-Authenticate field", Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			return
		}
		if !headersComplete(x) {
			return // only part of the header block was read: the verdict hedges instead
		}
		msg := "401 response has no WWW-Authenticate challenge"
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
		if x.Response == nil || x.Response.Status != 407 || !headersComplete(x) {
			return
		}
		if v := x.Response.Fields.Get("proxy-authenticate"); strings.TrimSpace(v) != "" {
			return
		}
		msg := "407 response has no Proxy-Authenticate challenge"
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
		if !headersComplete(x) {
			return // a challenge read from a partial dump may have lost its parameters
		}
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
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: application/json\n\n{\"error\":\"unauthenticated\",\"message\":\"sign in to see this resource\"}",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_15_5_4, rfc9110_15_5_2},
	// A WAF, bot wall or rate limit refused the request whoever sent it.
	QuietWhen: []rule.Class{rule.Blocked},
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

// AT1003: the challenge sits in the other field.
var AT1003 = rule.Rule{
	ID:       "AT1003",
	Name:     "challenge-wrong-field",
	Title:    "Challenge sent in the field of the other status",
	Doc:      "`WWW-Authenticate` belongs on a 401 from the origin server; `Proxy-Authenticate` belongs on a 407 from a proxy. A 401 that carries only `Proxy-Authenticate`, or a 407 that carries only `WWW-Authenticate`, mixes the two: clients look for the challenge in the field that matches the status, find nothing, and either give up or send the wrong credentials to the wrong party (site credentials to a proxy, or proxy credentials to the site). It usually means a proxy or gateway was configured to answer with the wrong status; a 401 to a `CONNECT` request is the clearest case, since only the proxy can answer `CONNECT`.",
	Fix:      "Send 407 with `Proxy-Authenticate` when the proxy wants its own credentials, and 401 with `WWW-Authenticate` when the origin wants them; never mix the pair.",
	Example:  "HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"corp-proxy\"\nContent-Length: 0",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_11_6_1, rfc9110_11_7_1, rfc9110_15_5_8},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil {
			return
		}
		www, hasWWW := r.Fields.Lookup("www-authenticate")
		prx, hasPrx := r.Fields.Lookup("proxy-authenticate")
		switch {
		case r.Status == 401 && hasPrx && !hasWWW && headersComplete(x):
			p.Report(rule.Finding{Message: "401 carries its challenge in Proxy-Authenticate (" + prQ(prx.Value) + ") instead of WWW-Authenticate",
				Evidence: []rule.Evidence{fieldEvidence(x, prx, false), statusEvidence(x)}})
		case r.Status == 401 && x.Request != nil && strings.EqualFold(x.Request.Method, "CONNECT"):
			// Only the proxy can answer a CONNECT: its challenge needs 407.
			ev := []rule.Evidence{statusEvidence(x), requestEvidence(x)}
			if hasWWW {
				ev = append(ev, fieldEvidence(x, www, false))
			}
			p.Report(rule.Finding{Message: "a CONNECT to " + x.Request.Target + " was answered 401: only the proxy answers CONNECT, and it must ask for its credentials with 407 and Proxy-Authenticate", Evidence: ev})
		case r.Status == 407 && hasWWW && !hasPrx && headersComplete(x):
			p.Report(rule.Finding{Message: "407 carries its challenge in WWW-Authenticate (" + prQ(www.Value) + ") instead of Proxy-Authenticate",
				Evidence: []rule.Evidence{fieldEvidence(x, www, false), statusEvidence(x)}})
		}
	},
}

// AT1004: the challenge list does not follow the grammar.
var AT1004 = rule.Rule{
	ID:       "AT1004",
	Name:     "challenge-syntax",
	Title:    "Challenge does not follow the auth-param syntax",
	Doc:      "A challenge is an auth scheme followed by comma-separated `name=value` parameters, each named at most once, with `realm` always written as a quoted string (RFC 9110 §11.2, §11.5). Strict clients and libraries reject or misread a challenge that repeats a parameter, leaves out a comma, leaves a quote open or writes `realm` unquoted, and then fall back to failing the request. RFC 6750 says the same for Bearer's `realm` and `scope`: each at most once.",
	Fix:      "Write every parameter once, separate them with commas and quote string values: `WWW-Authenticate: Bearer realm=\"api\", scope=\"read write\"`.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", scope=\"read write\"",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9110_11_2, pRFC9110_11_5, pRFC6750_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response != nil {
			for _, f := range x.Response.Fields {
				n := strings.ToLower(f.Name)
				if (n == "www-authenticate" || n == "proxy-authenticate") && strings.TrimSpace(f.Value) != "" &&
					len(fields.ParseChallenges([]parse.Field{f})) == 0 {
					p.Report(rule.Finding{Message: f.Name + " value " + prQ(f.Value) + " holds no challenge a client can parse",
						Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
				}
			}
		}
		for _, c := range prChallenges(p) {
			if c.Scheme == "" || len(c.Problems) == 0 {
				continue // scheme-less challenges are AT1005's
			}
			p.Report(rule.Finding{Message: c.Scheme + " challenge in " + c.Field.Name + ": " + strings.Join(c.Problems, "; "),
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// AT1005: parameters with no scheme in front.
var AT1005 = rule.Rule{
	ID:       "AT1005",
	Name:     "nonstandard-challenge",
	Title:    "Challenge without an auth scheme",
	Doc:      "Every challenge must start with an auth scheme (`Basic`, `Bearer`, `Digest`, …) before its parameters (RFC 9110 §11.3). A value that starts straight with `error=\"invalid_token\"` or `realm=\"…\"` names no scheme, so no client can tell how to answer it; libraries that parse challenges skip it or fail, and the 401 is left without a usable challenge. The OpenID Connect UserInfo example once had exactly this mistake, and code copied from it still does. A program's word for no value where the scheme goes (`WWW-Authenticate: None`, `null Bearer realm=…`) is the same mistake: the server formatted an empty variable into the header.",
	Fix:      "Put the scheme first: `WWW-Authenticate: Bearer realm=\"api\"`, and add `error=\"invalid_token\"` only when the request carried a token (RFC 6750 §3.1: a request without one gets no error code).",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9110_11_1, pRFC9110_11_3, rfc9110_11_6_1, pRFC6750_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range prChallenges(p) {
			if placeholderScheme(c.Scheme) {
				// "WWW-Authenticate: None", "null Bearer realm=…": the
				// server printed an empty value where the scheme goes
				p.Report(rule.Finding{Message: c.Field.Name + " names \"" + c.Scheme + "\" where an auth scheme goes: the server wrote an empty value, not a scheme a client can answer",
					Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
				continue
			}
			if c.Scheme != "" || len(c.Params) == 0 {
				continue
			}
			first := c.Params[0]
			msg := c.Field.Name + " starts with the parameter " + first.Name + "=" + prQ(first.Value) + " instead of an auth scheme"
			if _, ok := c.Param("error"); ok {
				msg += " (the parameters are Bearer's: the scheme name is missing)"
			}
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// placeholderScheme reports whether a challenge's scheme is a program's
// word for no value (Python's None, JavaScript's null and undefined, Go's
// and Ruby's nil) printed where the scheme goes.
func placeholderScheme(s string) bool {
	switch strings.ToLower(s) {
	case "none", "null", "undefined", "nil":
		return true
	}
	return false
}

// equivalentScheme reports whether a client's scheme answers a challenged one:
// same name, or NTLM sent to a Negotiate challenge (SPNEGO falls back to NTLM).
func equivalentScheme(sent string, offered []string) bool {
	for _, o := range offered {
		if strings.EqualFold(sent, o) || strings.EqualFold(sent, "ntlm") && strings.EqualFold(o, "negotiate") ||
			strings.EqualFold(sent, "negotiate") && strings.EqualFold(o, "ntlm") {
			return true
		}
	}
	return false
}

// AT1006: credentials in a scheme the server did not offer.
var AT1006 = rule.Rule{
	ID:       "AT1006",
	Name:     "scheme-not-offered",
	Title:    "Credentials sent in a scheme the challenge does not offer",
	Doc:      "The challenge lists the schemes the server accepts. The request here used a different one (say `Basic` where only `Bearer` is offered), so the server could not even read the credentials: the 401 is not about a wrong password or an expired token but about the wrong kind of credential. This is common when a client library defaults to Basic, when an API moved from API keys to OAuth, or when a gateway in front of the service expects a different scheme than the service itself.",
	Fix:      "Authenticate with a scheme the challenge offers, for example obtain an access token and send `Authorization: Bearer <token>`.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9110_11_6_2, pRFC9110_11_3, rfc9110_15_5_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		check := func(proxy bool, chs []rule.Challenge, status int) {
			if x.Response.Status != status || len(chs) == 0 {
				return
			}
			f, sent, ok := prAuthField(x, proxy)
			if !ok || sent == "" {
				return
			}
			offered := fields.Schemes(chs)
			if len(offered) == 0 || equivalentScheme(sent, offered) {
				return
			}
			p.Report(rule.Finding{
				Message:  "request sent " + f.Name + ": " + sent + " but the " + itoa(status) + " offers only " + prSchemeList(offered),
				Evidence: []rule.Evidence{fieldEvidence(x, f, true), fieldEvidence(x, chs[0].Field, false)}})
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignSchemeMismatch,
				Reason:   "the request authenticated with " + sent + " while the server only accepts " + prSchemeList(offered) + ", so the credentials were never usable",
				Evidence: &rule.Evidence{Exchange: x.Index, Where: "request header", Pos: f.Pos, Text: quote(f.Name + ": " + sent + " …")}})
		}
		check(false, p.Facts.Challenges, 401)
		check(true, p.Facts.ProxyChallenges, 407)
	},
}

// AT1007: a later request ignores an earlier challenge.
var AT1007 = rule.Rule{
	ID:       "AT1007",
	Name:     "scheme-not-offered-earlier",
	Title:    "A later request uses a scheme an earlier challenge did not offer",
	Doc:      "Earlier in the paste the server challenged with one set of schemes; a later request to the same host answered with a different scheme. The server cannot accept credentials in a scheme it did not offer, so the retry was bound to fail for that reason alone, whatever the credentials were.",
	Fix:      "Answer the challenge in one of the schemes it lists; for Bearer challenges, fetch a token from the realm the challenge names and send it as `Authorization: Bearer <token>`.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9110_11_6_2, pRFC9110_11_3},
	Scope:    rule.PerInput,
	Run: func(p *rule.Pass) {
		xs := p.Input.Exchanges
		for j, xj := range xs {
			f, sent, ok := prAuthField(xj, false)
			if !ok || sent == "" {
				continue
			}
			if xj.Response != nil && xj.Response.Status == 401 && xj.Response.Fields.Has("www-authenticate") {
				continue // AT1006 judges it against its own challenge
			}
			for i := j - 1; i >= 0; i-- {
				xi := xs[i]
				if xi.Response == nil || xi.Response.Status != 401 || !sameHost(xi, xj) {
					continue
				}
				chs := fields.ParseChallenges(xi.Response.Fields.All("www-authenticate"))
				offered := fields.Schemes(chs)
				if len(offered) > 0 && !equivalentScheme(sent, offered) {
					p.Report(rule.Finding{
						Message:  "request " + itoa(j+1) + " sent " + f.Name + ": " + sent + " although the 401 of exchange " + itoa(i+1) + " offered only " + prSchemeList(offered),
						Evidence: []rule.Evidence{fieldEvidence(xj, f, true), fieldEvidence(xi, chs[0].Field, false)}, Exchanges: []int{i, j}})
				}
				break
			}
		}
	},
}

// sameHost reports whether two exchanges may address the same host: true
// unless both show a host and the hosts differ.
func sameHost(a, b *parse.Exchange) bool {
	ha, hb := hostOf(a), hostOf(b)
	return ha == "" || hb == "" || strings.EqualFold(ha, hb)
}

// configuredAt returns the credential the request's client was given
// (parse.Request.Configured) on the line at pos.
func configuredAt(r *parse.Request, pos parse.Pos) (parse.Field, bool) {
	for _, f := range r.Configured {
		if f.Pos.Line == pos.Line && pos.Line != 0 {
			return f, true
		}
	}
	return parse.Field{}, false
}

func hostOf(x *parse.Exchange) string {
	if x.Request == nil {
		return ""
	}
	if h := x.Request.Fields.Get("host"); h != "" {
		return h
	}
	u := x.Request.URL
	if i := strings.Index(u, "//"); i >= 0 {
		u = u[i+2:]
		if j := strings.IndexAny(u, "/?#"); j >= 0 {
			u = u[:j]
		}
		return u
	}
	return ""
}

// AT1008: credentials went out and came back refused.
var AT1008 = rule.Rule{
	ID:       "AT1008",
	Name:     "credentials-sent",
	Title:    "Credentials were sent and the request was refused all the same",
	Doc:      "The request carried credentials, yet the answer is a refusal. On a 401 (or a 407 from a proxy) the problem is not that credentials are missing: the server received them and did not accept them. Typical causes are an expired or revoked token, a wrong password, a token issued for another audience or realm, or credentials for the wrong party (site credentials sent to a proxy). In NTLM and Negotiate handshakes the first 401/407 after the client's opening message is expected, and carries the server's challenge for the next step. On another refusal (403, 404, 429…) it tells what the server had to go on: it saw the credential, so the question is what that identity may do, or whether the server accepts this kind of credential at all.",
	Fix:      "Check what the sent credential is (decode a JWT's `exp` and `aud`, re-enter the password, refresh the token) rather than adding credentials; for NTLM/Negotiate, let the client finish the handshake.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_15_5_2, rfc9110_15_5_8, pRFC9110_11_6_2, pRFC9110_11_7_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil {
			return
		}
		st := r.Status
		if st == 0 {
			st = p.Facts.Status // the status the vendor's error implies
		}
		// with no status at all, or one that is no refusal (a GraphQL 200,
		// a 500 for a bad token): the body's own refusal
		var refusal *rule.Signal
		if st < 400 || st > 499 {
			refusal = bodyRefusal(p.Facts.Base, st == 0)
		}
		if (st < 400 || st > 499) && refusal == nil {
			return
		}
		challenge := st == 401 || st == 407
		proxy := st == 407
		f, scheme, ok := prAuthField(x, proxy)
		if _, rest, _ := strings.Cut(strings.TrimSpace(f.Value), " "); ok && strings.TrimSpace(rest) == "" && !strings.EqualFold(scheme, "negotiate") && !strings.EqualFold(scheme, "ntlm") {
			ok = false // "Authorization: Bearer " with nothing after it carries no credential
		}
		what := ""
		var ev []rule.Evidence
		switch {
		case ok:
			what = prSent(f, scheme)
			ev = append(ev, fieldEvidence(x, f, true))
		case proxy && !(p.Facts.Credentials.State == parse.CredSent && p.Facts.Credentials.Proxy):
			// (a proxy credential given to the client, in a proxy URL's
			// userinfo, is read below as what went to the proxy)
			if af, as, ok := prAuthField(x, false); ok {
				p.Report(rule.Finding{Message: "request sent " + af.Name + ": " + as + ", which is meant for the site; the 407 comes from a proxy that wants its own credentials in Proxy-Authorization",
					Evidence: []rule.Evidence{fieldEvidence(x, af, true), statusEvidence(x)}})
			}
			return
		case p.Facts.Credentials.State == parse.CredSent:
			c := p.Facts.Credentials
			switch {
			case c.Proxy && !proxy && !x.Request.Fields.Has("Proxy-Authorization"):
				return // the proxy's credential (from its URL) says nothing of the site's refusal
			case c.ClientCert != "" && !challenge:
				return // a certificate authenticates the connection, not this request
			case c.ClientCert != "":
				what = "a TLS client certificate (" + c.ClientCert + ")"
			case len(c.APIKeys) > 0:
				what = "the " + c.APIKeys[0] + " header"
			case len(c.Cookies) > 0 && strings.EqualFold(c.Header, "cookie"):
				what = "cookies (" + strings.Join(c.Cookies, ", ") + ")"
			default:
				what = c.Header
			}
			if cf, ok := x.Request.Fields.Lookup(c.Header); ok {
				ev = append(ev, fieldEvidence(x, cf, true))
			} else if cf, ok := configuredAt(x.Request, c.Pos); ok {
				// given to the client in code, its configuration or a URL
				// on another line: quote that line, the value previewed
				text := cf.Name
				if cf.Value != "" {
					text += ": " + previewOrKeep(cf.Value)
				}
				ev = append(ev, rule.Evidence{Exchange: x.Index, Where: "transcript", Pos: cf.Pos, Text: quote(text)})
			}
		case p.Facts.Credentials.State == parse.CredUnknown && challenge:
			// the request is not shown, but the handshake says what it
			// carried: a challenge blob answers the client's opening
			// message, and a request after a blob carries the reply
			step, at := handshakeStep(p, proxy)
			if step == "" {
				return
			}
			what, scheme = step, at.Scheme
			ev = append(ev, fieldEvidence(at.X, at.Field, false))
		default:
			return
		}
		if refusal != nil {
			if refusal.Evidence != nil {
				ev = append(ev, *refusal.Evidence)
			}
			how := "no status shown: "
			if st != 0 {
				how = "status " + itoa(st) + "; "
				ev = append(ev, statusEvidence(x))
			}
			by := "the body"
			if refusal.Kind == rule.KindLoginRedirect {
				by = "the redirect to a sign-in page" // the Location refuses, not a body
			}
			p.Report(rule.Finding{Message: "request sent " + what + " and " + by + " refuses it all the same (" + how + strings.TrimPrefix(refusal.Reason, "no status shown; ") + "): credentials are not what is missing",
				Evidence: ev})
			return
		}
		ev = append(ev, statusEvidence(x))
		if u := p.Facts.Credentials.Unset(); u != "" && (ok && strings.EqualFold(f.Name, u) || !ok && p.Facts.Credentials.Header == u) {
			// "Authorization: Bearer undefined": the field went out, the
			// credential it was meant to hold did not
			p.Report(rule.Finding{Message: "request sent " + what + " with no value in it (a credential the client never set) and the server answered " + itoa(st) + ": the credential itself is what is missing",
				Evidence: ev})
			return
		}
		if bareJWT(f.Value) {
			// AT1055's case: the token went out, unreadable without its scheme
			p.Report(rule.Finding{Message: "request sent " + f.Name + " (a token with no scheme in front of it) and the server answered " + itoa(st) + ": a credential went out, in a form the server could not read",
				Evidence: ev})
			return
		}
		if !challenge {
			p.Report(rule.Finding{Message: "request sent " + what + " and the server answered " + itoa(st) + " all the same: credentials are not what is missing",
				Evidence: ev})
			return
		}
		msg := "request sent " + what + " and the server answered " + itoa(st) + ": it did not accept the credentials"
		chs := p.Facts.Challenges
		if proxy {
			chs = p.Facts.ProxyChallenges
		}
		for _, c := range chs {
			if e, _ := c.Param("error"); strings.EqualFold(e, "insufficient_scope") {
				msg = "request sent " + what + " and the server answered " + itoa(st) + " with error=\"insufficient_scope\": it read the token but the token does not grant this resource"
				break
			}
			if (strings.EqualFold(c.Scheme, "ntlm") || strings.EqualFold(c.Scheme, "negotiate")) && c.Token68 != "" &&
				(strings.EqualFold(scheme, "ntlm") || strings.EqualFold(scheme, "negotiate")) {
				msg = "request sent " + what + " and the " + itoa(st) + " answers with a " + c.Scheme + " challenge blob: this is the middle of the handshake, the client must reply with its next message"
				break
			}
		}
		p.Report(rule.Finding{Message: msg, Evidence: ev})
	},
}

// handshakeAt is an NTLM or Negotiate challenge blob and the exchange whose
// response carried it.
type handshakeAt struct {
	Scheme string
	Field  parse.Field
	X      *parse.Exchange
}

// handshakeBlob returns the first NTLM or Negotiate challenge carrying a
// blob among a response's challenges.
func handshakeBlob(cs []rule.Challenge) (rule.Challenge, bool) {
	for _, c := range cs {
		if c.Token68 != "" && (strings.EqualFold(c.Scheme, "ntlm") || strings.EqualFold(c.Scheme, "negotiate")) {
			return c, true
		}
	}
	return rule.Challenge{}, false
}

// handshakeStep tells, for a 401 (or a 407) whose request the paste does
// not show, what an NTLM or Negotiate handshake says that request carried:
// a challenge blob is only ever sent in answer to the client's opening
// message, and a client given a blob sends its reply with the next
// request. It returns "" when neither this response nor the one before it
// carries a blob.
func handshakeStep(p *rule.Pass, proxy bool) (string, handshakeAt) {
	x := p.Exchange
	cs := p.Facts.Challenges
	if proxy {
		cs = p.Facts.ProxyChallenges
	}
	if c, ok := handshakeBlob(cs); ok {
		return "an opening " + c.Scheme + " message (the challenge blob in the answer replies to one)", handshakeAt{c.Scheme, c.Field, x}
	}
	if p.Input == nil || x.Index < 1 || x.Index > len(p.Input.Exchanges) {
		return "", handshakeAt{}
	}
	prev := p.Input.Exchanges[x.Index-1]
	if prev.Response == nil || prev.Response.Status != x.Response.Status {
		return "", handshakeAt{}
	}
	name := "WWW-Authenticate"
	if proxy {
		name = "Proxy-Authenticate"
	}
	var fs parse.Fields
	for _, f := range prev.Response.Fields {
		if strings.EqualFold(f.Name, name) {
			fs = append(fs, f)
		}
	}
	if c, ok := handshakeBlob(fields.ParseChallenges(fs)); ok {
		return "its " + c.Scheme + " reply to the challenge blob of the answer before", handshakeAt{c.Scheme, c.Field, prev}
	}
	return "", handshakeAt{}
}

// bodyRefusal returns the strongest signal of the body's own wording or
// shape (an error code, a message, a vendor's error, a sign-in page) or of
// a redirect to a sign-in page that says the request was refused for who
// sent it, or nil: what AT1008 goes on when the paste shows no status, or a
// status that is no refusal (a 302 that sends a request carrying a session
// cookie or a login body back to sign in has refused it). With no status
// at all (bare), a body that refuses the request for another cause (an
// address not allowed, a missing request-forgery token, a firewall's
// block) refuses it as much: the credential went out and was not what
// decided, as on a 403 that says so. A status that is no refusal (a 200,
// a 500) with such a body stays none: its refusal is the server's to
// state.
func bodyRefusal(base []rule.Signal, bare bool) *rule.Signal {
	var best *rule.Signal
	for i := range base {
		s := &base[i]
		switch {
		case s.Class == rule.Authentication || s.Class == rule.Authorization:
			switch s.Kind {
			case rule.KindErrorCode, rule.KindErrorMessage, rule.KindVendor, rule.KindLoginPage, rule.KindLoginRedirect, rule.KindOAuthError:
			default:
				continue
			}
		case bare && s.Class == rule.Blocked:
			switch s.Kind {
			case rule.KindErrorCode, rule.KindErrorMessage, rule.KindVendor, rule.KindWAF, rule.KindCSRF, rule.KindNetworkLocation:
			default:
				continue
			}
		default:
			continue
		}
		if best == nil || s.Weight > best.Weight {
			best = s
		}
	}
	return best
}

// AT1009: a challenge on a 403.
var AT1009 = rule.Rule{
	ID:       "AT1009",
	Name:     "challenge-on-403",
	Title:    "403 response carries a WWW-Authenticate challenge",
	Doc:      "A server may send `WWW-Authenticate` on responses other than 401 to hint that different credentials might change the answer (RFC 9110 §11.6.1). On a 403 it means: the server knows who you are, refuses this identity, and tells you which scheme would let you try another one. With Bearer and `error=\"insufficient_scope\"` this is exactly what RFC 6750 prescribes: get a token with more scope.",
	Fix:      "Read the challenge: request a token with the scope it names, or authenticate as an identity that has the permission.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_11_6_1, rfc9110_15_5_4, pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 403 || len(p.Facts.Challenges) == 0 {
			return
		}
		c := p.Facts.Challenges[0]
		name := c.Scheme
		if name == "" {
			name = "scheme-less"
		}
		msg := "403 carries a " + name + " challenge: different credentials might be accepted"
		ev := fieldEvidence(x, c.Field, false)
		if e, ok := c.Param("error"); ok {
			msg = "403 carries a " + name + " challenge with error=" + prQ(e)
			s, hasScope := c.Param("scope")
			if hasScope {
				msg += " and scope=" + prQ(s)
			}
			if strings.EqualFold(e, "insufficient_scope") {
				reason := "the 403's Bearer challenge says error=\"insufficient_scope\": the token is valid but lacks the scope this resource needs"
				if hasScope {
					reason = "the 403's Bearer challenge says error=\"insufficient_scope\": the token is valid but lacks the scope " + prQ(s)
				}
				p.Signal(rule.Signal{Class: rule.Authorization, Sign: rule.SignBearerScope, Reason: reason, Evidence: &ev})
			}
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
	},
}

// AT1017: a browser login dialog on an API.
var AT1017 = rule.Rule{
	ID:       "AT1017",
	Name:     "browser-login-popup",
	Title:    "Challenge scheme that makes browsers show a login dialog",
	Doc:      "Browsers answer a 401 carrying a `Basic`, `Digest`, `NTLM` or `Negotiate` challenge with their own username/password dialog (or a silent Windows sign-in), even when the request came from a script. For an API used from a web page that dialog is usually unwanted, which is why some APIs drop the challenge or rename the scheme (`X-Basic`, `xBasic`). Dropping it breaks RFC 9110; using a scheme browsers do not handle, such as `Bearer`, avoids the dialog and keeps the 401 valid.",
	Fix:      "For APIs called from pages, challenge with `Bearer` (or another scheme browsers do not prompt for) and keep the header; keep Basic for endpoints people open directly.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: application/json\n\n{\"error\":\"unauthenticated\"}",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc9110_11_6_1, pRFC7617_4},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 401 {
			return
		}
		why, api := prIsAPI(x)
		if !api || !prFromBrowser(x) {
			return
		}
		for _, c := range p.Facts.Challenges {
			switch strings.ToLower(c.Scheme) {
			case "basic", "digest", "ntlm", "negotiate":
				if c.Token68 != "" {
					continue // a handshake step, not a first challenge
				}
				p.Report(rule.Finding{Message: c.Scheme + " challenge on a 401 where " + why + ": a browser calling this endpoint from a page shows its own login dialog",
					Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
				return
			}
		}
	},
}

// AT1030: 511 from a captive portal.
var AT1030 = rule.Rule{
	ID:       "AT1030",
	Name:     "captive-portal",
	Title:    "511 Network Authentication Required: a captive portal answered",
	Doc:      "511 is not sent by the site you asked for: a network in between (hotel, airport, corporate guest Wi-Fi) intercepted the request and wants you to sign in to the network first (RFC 6585 §6). Nothing about your credentials for the site is wrong, and the site never saw the request.",
	Fix:      "Open any plain page in a browser on that network, complete the portal's sign-in, then retry; automated clients need a network that does not intercept.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC6585_6},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 511 {
			return
		}
		msg := "511 network authentication required: a captive portal intercepted the request before it reached the site"
		if loc := x.Response.Fields.Get("location"); loc != "" {
			msg += "; its sign-in page is " + prQ(loc)
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}

// AT1031: Web Bot Auth.
var AT1031 = rule.Rule{
	ID:       "AT1031",
	Name:     "web-bot-auth",
	Title:    "Accept-Signature on a refusal: a Web Bot Auth challenge",
	Doc:      "A 401, 403 or 429 carrying `Accept-Signature` asks the client to sign its requests with HTTP Message Signatures (RFC 9421) so the site can verify which automated agent is calling; this is the Web Bot Auth scheme some CDNs use to let known crawlers and agents through. It is bot verification, not a user login: a browser user cannot fix it, while a bot operator can register a key and sign requests.",
	Fix:      "If you run the client, register a signing key with the site or CDN and send `Signature-Input`/`Signature` headers as `Accept-Signature` asks; otherwise use the site's official API.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9421_5_1, pWebBotAuth},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 401 && r.Status != 403 && r.Status != 429) {
			return
		}
		f, ok := r.Fields.Lookup("accept-signature")
		if !ok {
			return
		}
		msg := itoa(r.Status) + " carries Accept-Signature: " + prQ(f.Value) + ": the site wants signed bot requests (Web Bot Auth)"
		ev := fieldEvidence(x, f, false)
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
		p.Signal(rule.Signal{Class: rule.Blocked, Sign: rule.SignWebBotAuth,
			Reason:   "the " + itoa(r.Status) + " asks for an HTTP message signature (Accept-Signature): it is a bot-verification gate, not a user login",
			Evidence: &ev})
	},
}
