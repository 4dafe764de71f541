package rules

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
			browserBlockedCookie(p)
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

// cookieBlockWords open the browser's own words for a cookie it refused to
// store or to send: Chrome's Network panel and Issues tab, Firefox's console.
var cookieBlockWords = []string{
	"This attempt to set a cookie via a Set-Cookie header was blocked because",
	"This Set-Cookie header didn't specify a \"SameSite\" attribute and was defaulted to",
	"This Set-Cookie was blocked because", "This cookie was blocked because", "This cookie was blocked due to",
	"has been rejected because it is in a cross-site context", "has been rejected for invalid domain",
	"rejected because it has the \"SameSite=None\" attribute but is missing the \"secure\" attribute",
	"has been rejected because it is foreign and does not have the \"Partitioned\" attribute",
}

// browserBlockedCookie names the cause of a 401 or 403 when the paste holds
// the browser's own message that it blocked a cookie (on arrival or on
// sending), on this exchange or an earlier one: the session never reached
// the server, so the refusal is a consequence.
func browserBlockedCookie(p *rule.Pass) {
	x := p.Exchange
	if x.Response == nil || x.Response.Status != 401 && x.Response.Status != 403 {
		return
	}
	xs := append(earlierExchanges(p.Input, x), x)
	for i := len(xs) - 1; i >= 0 && i >= len(xs)-4; i-- {
		y := xs[i]
		for _, b := range []*parse.Body{bodyPtr(y.Request), bodyPtr(y.Response)} {
			if b == nil || len(b.Text) > 256<<10 {
				continue
			}
			for _, w := range cookieBlockWords {
				k := strings.Index(b.Text, w)
				if k < 0 {
					continue
				}
				end := strings.IndexByte(b.Text[k:], '\n')
				if end < 0 {
					end = len(b.Text) - k
				}
				line := strings.TrimSpace(b.Text[k : k+end])
				reason := "the browser says it blocked a cookie (" + clipLine(line, 160) + "), so the request that got " + strconv.Itoa(x.Response.Status) + " went without it and the server saw no session"
				ev := rule.Evidence{Exchange: y.Index, Where: "browser message", Pos: b.LinePos(k), Text: clipLine(line, 200)}
				p.Signal(rule.SignCookieNotSent.Signal(rule.Authentication, reason, &ev))
				evs := []rule.Evidence{ev}
				if x.Request != nil {
					evs = append(evs, requestEvidence(x))
				}
				p.Report(rule.Finding{Message: reason, Evidence: evs, Exchanges: []int{y.Index, x.Index}})
				return
			}
		}
	}
}

// bodyPtr is m's body, nil for no message.
func bodyPtr[M interface {
	*parse.Request | *parse.Response
}](m M) *parse.Body {
	switch v := any(m).(type) {
	case *parse.Request:
		if v != nil {
			return &v.Body
		}
	case *parse.Response:
		if v != nil {
			return &v.Body
		}
	}
	return nil
}

// clipLine cuts s to about n bytes on a rune boundary, marking the cut.
func clipLine(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
