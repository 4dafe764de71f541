package rules

import (
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at5 holds rules about cookies on auth responses (RFC 6265bis).
var at5 = []*rule.Rule{&AT5001, &AT5002, &AT5003, &AT5004, &AT5005, &AT5006}

// responseCookies parses the response's Set-Cookie fields and its Date.
func responseCookies(x *parse.Exchange) ([]fields.Cookie, time.Time) {
	if x.Response == nil {
		return nil, time.Time{}
	}
	d, _, _ := prDate(x)
	return fields.ParseSetCookies(x.Response.Fields), d
}

func cookieEv(x *parse.Exchange, c fields.Cookie) rule.Evidence {
	return fieldEvidence(x, c.Field, false)
}

// AT5001: session cookie without its protective attributes.
var AT5001 = rule.Rule{
	ID:      "AT5001",
	Name:    "session-cookie-flags",
	Title:   "Session cookie without Secure, HttpOnly or SameSite",
	Doc:     "A cookie that carries a session or a token is a credential. `Secure` keeps the browser from sending it over plain HTTP, where anyone on the path can copy it; `HttpOnly` keeps page scripts (and so any XSS) from reading it; `SameSite=Lax` or `Strict` keeps other sites from riding on it in cross-site requests (CSRF). Browsers default a missing SameSite to Lax today, but not all do, and the default has exceptions, so stating it is safer.",
	Fix:     "Set session cookies with `Secure; HttpOnly; SameSite=Lax` (or `Strict`), and a `__Host-` prefix with `Path=/` where the cookie belongs to one host.",
	Example: "HTTP/1.1 200 OK\nSet-Cookie: __Host-sid=840c79f5; Path=/; Secure; HttpOnly; SameSite=Lax",
	// Info when only SameSite is missing; findings missing Secure or HttpOnly are raised to low.
	Severity: rule.Info,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pCookieSecure, pCookieHTTPOnly, pCookieSameSite},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if !headersComplete(x) {
			return // a Set-Cookie read from a partial dump may have lost its attributes
		}
		cs, date := responseCookies(x)
		https := prScheme(x) == "https"
		for _, c := range cs {
			if !fields.IsSessionCookie(c.Name) || c.Deletes(date) || c.Value == "" {
				continue
			}
			var missing []string
			sev := rule.Info
			if !c.Secure && https {
				missing = append(missing, "Secure")
				sev = rule.Low
			}
			if !c.HTTPOnly {
				missing = append(missing, "HttpOnly")
				sev = rule.Low
			}
			if !c.HasSameSite {
				missing = append(missing, "SameSite")
			}
			if len(missing) == 0 {
				continue
			}
			msg := "session cookie " + prQ(c.Name) + " is set without " + prSchemeList(missing)
			if !c.Secure && !https && prScheme(x) == "" {
				msg += " (and without Secure, which matters if the site is served over HTTPS)"
			}
			p.Report(rule.Finding{Message: msg, Severity: sev, Evidence: []rule.Evidence{cookieEv(x, c)}})
		}
	},
}

// AT5002: SameSite=None without Secure.
var AT5002 = rule.Rule{
	ID:       "AT5002",
	Name:     "samesite-none-without-secure",
	Title:    "Cookie with SameSite=None but without Secure",
	Doc:      "Browsers reject a cookie that says `SameSite=None` without also saying `Secure`: it is dropped on arrival, so the session it carries never exists on the client. The symptom is a login that \"works\" (the server answers 200 and sets the cookie) followed by 401s on every next request, usually only in cross-site contexts such as iframes or third-party logins.",
	Fix:      "Add `Secure` to every `SameSite=None` cookie (and serve the site over HTTPS), or use `SameSite=Lax` if cross-site sending is not needed.",
	Example:  "HTTP/1.1 200 OK\nSet-Cookie: sid=840c79f5; Path=/; Secure; HttpOnly; SameSite=None",
	Severity: rule.Medium,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pCookieSameSite, pCookieSecure},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		cs, date := responseCookies(x)
		for _, c := range cs {
			if strings.EqualFold(strings.TrimSpace(c.SameSite), "none") && !c.Secure && !c.Deletes(date) {
				p.Report(rule.Finding{Message: "cookie " + prQ(c.Name) + " says SameSite=None without Secure: browsers drop it, so the client never stores it",
					Evidence: []rule.Evidence{cookieEv(x, c)}})
			}
		}
	},
}

// AT5003: prefix rules broken.
var AT5003 = rule.Rule{
	ID:       "AT5003",
	Name:     "cookie-prefix-violation",
	Title:    "__Host- or __Secure- cookie that breaks its prefix rules",
	Doc:      "Cookie names starting with `__Secure-` must be set with `Secure`; names starting with `__Host-` must also have `Path=/` and no `Domain` (RFC 6265bis §4.1.3). Browsers silently reject a cookie that breaks these rules, so a session stored under such a name never reaches the browser and every following request is unauthenticated.",
	Fix:      "Set `__Host-` cookies with `Secure; Path=/` and no `Domain`, and `__Secure-` cookies with `Secure`.",
	Example:  "HTTP/1.1 200 OK\nSet-Cookie: __Host-session=4f1c; Path=/; Secure; HttpOnly; SameSite=Lax",
	Severity: rule.Medium,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pCookiePrefixes},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		cs, _ := responseCookies(x)
		for _, c := range cs {
			name := strings.ToLower(c.Name)
			var broken []string
			switch {
			case strings.HasPrefix(name, "__host-"):
				if !c.Secure {
					broken = append(broken, "no Secure")
				}
				if c.Domain != "" {
					broken = append(broken, "Domain="+c.Domain)
				}
				if !c.HasPath || c.Path != "/" {
					if c.HasPath {
						broken = append(broken, "Path="+c.Path)
					} else {
						broken = append(broken, "no Path=/")
					}
				}
			case strings.HasPrefix(name, "__secure-"):
				if !c.Secure {
					broken = append(broken, "no Secure")
				}
			default:
				continue
			}
			if len(broken) > 0 {
				p.Report(rule.Finding{Message: "cookie " + prQ(c.Name) + " breaks its prefix rules (" + strings.Join(broken, ", ") + "): browsers reject it",
					Evidence: []rule.Evidence{cookieEv(x, c)}})
			}
		}
	},
}

// AT5004: session cleared on a refusal.
var AT5004 = rule.Rule{
	ID:       "AT5004",
	Name:     "cookie-cleared-on-denial",
	Title:    "Refusal that also deletes a session cookie",
	Doc:      "A `Set-Cookie` with `Max-Age=0` or an `Expires` in the past tells the browser to forget the cookie. Sent with a 401 or 403 it means the server ended the session: it found the session expired, revoked or invalid and cleaned up. That explains why the user appears logged out afterwards, and why retrying without signing in again keeps failing.",
	Fix:      "Sign in again to get a new session; if sessions end sooner than expected, check the server's session lifetime, the clock, and whether several servers share the session store.",
	Severity: rule.Info,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pRFC6265_3_1, pCookieStorage},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || !prDenial(x.Response.Status) {
			return
		}
		cs, date := responseCookies(x)
		for _, c := range cs {
			if !c.Deletes(date) || !fields.IsSessionCookie(c.Name) {
				continue
			}
			how := "Max-Age=" + itoa(c.MaxAge)
			if !c.HasMaxAge {
				how = "Expires=" + c.Expires
			}
			p.Report(rule.Finding{Message: "the " + itoa(x.Response.Status) + " deletes the session cookie " + prQ(c.Name) + " (" + how + "): the server ended the session",
				Evidence: []rule.Evidence{cookieEv(x, c)}})
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignSessionCleared,
				Reason: "the server deleted the session cookie " + prQ(c.Name) + " with this response, so the session is over and a new sign-in is needed"})
			return
		}
	},
}

// AT5005: a new session handed out with a 401.
var AT5005 = rule.Rule{
	ID:       "AT5005",
	Name:     "new-session-on-401",
	Title:    "New session cookie issued with a 401",
	Doc:      "The server refused to authenticate the request but still created a session and sent its cookie. Anonymous sessions are common, but if the same session id survives the later successful login (instead of being replaced), an attacker who planted or learned it before login can ride the logged-in session: session fixation. It also fills the session store with sessions for every failed request.",
	Fix:      "Create sessions only when needed, and always issue a new session id after a successful login.",
	Severity: rule.Low,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pOwaspFixation, rfc9110_15_5_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Response.Status != 401 {
			return
		}
		cs, date := responseCookies(x)
		for _, c := range cs {
			if c.Deletes(date) || !fields.IsSessionCookie(c.Name) || c.Value == "" {
				continue
			}
			if setAbove(x, c.Field) && blockedCookieSaid(p) {
				// a Set-Cookie pasted above the 401's status, with the
				// browser's word that it blocked a cookie: the cookie came
				// with an earlier response (the login's) and never reached
				// this request; the 401 did not hand it out
				continue
			}
			sentSame := false
			for _, n := range p.Facts.Credentials.Cookies {
				if n == c.Name {
					sentSame = true
				}
			}
			if sentSame {
				continue // a refreshed cookie for a session the client already had
			}
			p.Report(rule.Finding{Message: "the 401 sets a new session cookie " + prQ(c.Name) + ": the server created a session for a request it refused",
				Evidence: []rule.Evidence{cookieEv(x, c)}})
			return
		}
	},
}

// setAbove reports whether field f stands above the status line of x's
// response in a text paste: every notation writes a response's status before
// its fields, so such a field was read from another part of the paste.
func setAbove(x *parse.Exchange, f parse.Field) bool {
	r := x.Response
	return r != nil && r.Pos.Path == "" && f.Pos.Path == "" && f.Pos.Line > 0 && r.Pos.Line > f.Pos.Line
}

// blockedCookieSaid reports whether the paste, up to this exchange, holds the
// browser's own message that it blocked a cookie (cookieBlockWords).
func blockedCookieSaid(p *rule.Pass) bool {
	x := p.Exchange
	for _, y := range append(earlierExchanges(p.Input, x), x) {
		for _, b := range []*parse.Body{bodyPtr(y.Request), bodyPtr(y.Response)} {
			if b == nil || len(b.Text) > 256<<10 {
				continue
			}
			for _, w := range cookieBlockWords {
				if strings.Contains(b.Text, w) {
					return true
				}
			}
		}
	}
	return false
}
