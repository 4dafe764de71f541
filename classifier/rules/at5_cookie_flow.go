package rules

import (
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/verdict"
)

// AT5006: the session cookie an earlier response set was not sent.
var AT5006 = rule.Rule{
	ID:       "AT5006",
	Name:     "session-cookie-not-sent",
	Title:    "Refusal after a session cookie set earlier was not sent",
	Doc:      "An earlier response in the paste set a session cookie, and the refused request that follows does not carry it, so the server saw no session. Browsers send a cookie only where its attributes allow: a cookie without `Domain` goes back only to the exact host that set it; `Domain` must cover the host, `Path` the path; a `Secure` cookie never travels over plain HTTP; `SameSite=Lax` (the default when the attribute is missing) and `Strict` keep it out of cross-site `fetch` and `POST` requests; a `Partitioned` cookie stays with the top-level site that set it. Browsers also drop a cookie on arrival when its `Domain` does not cover the host that set it, or when it says `SameSite=None` without `Secure`. Command-line tools and HTTP libraries keep no cookies at all unless given a cookie jar. The 401 or 403 is then a consequence, not the problem.",
	Fix:      "Make the cookie's attributes cover the request that needs it (a shared parent `Domain`, `Path=/`, `Secure` with HTTPS, `SameSite=None; Secure` for a cross-site API called with credentials), or call both from one host; in scripts, keep a cookie jar (curl `-c`/`-b`, a requests `Session`).",
	Example:  "HTTP/1.1 200 OK\nSet-Cookie: sid=840c79f5; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=None",
	Severity: rule.Low,
	Category: rule.CatCookies,
	Refs:     []rule.Ref{pRFC6265_5_4, pCookieStorage, pCookieSameSite},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		m, ok := verdict.MissingCookie(x, earlierExchanges(p.Input, x))
		if !ok {
			return
		}
		p.Signal(m.Signal())
		ev := []rule.Evidence{cookieEv(m.Setter, m.Cookie)}
		if q := x.Request; q != nil {
			ev = append(ev, requestEvidence(x))
		}
		p.Report(rule.Finding{Message: m.Reason, Evidence: ev, Exchanges: []int{m.Setter.Index, x.Index}})
	},
}

// pRFC6265_5_4 is where the rules for sending a cookie back are.
var pRFC6265_5_4 = rule.Ref{Title: "RFC 6265 §5.4 The Cookie Header (which cookies a request carries)", URL: "https://www.rfc-editor.org/rfc/rfc6265#section-5.4"}

// earlierExchanges returns the exchanges before x in the paste.
func earlierExchanges(in *parse.Input, x *parse.Exchange) []*parse.Exchange {
	if in == nil || x == nil || x.Index <= 0 || x.Index >= len(in.Exchanges) || in.Exchanges[x.Index] != x {
		return nil
	}
	return in.Exchanges[:x.Index]
}
