package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Helpers shared by the protocol-level rules (AT1, AT3, AT4, AT5, AT61xx).

// prDenial reports whether a status is one of the auth refusals.
func prDenial(status int) bool { return status == 401 || status == 403 || status == 407 }

// prScheme returns "http" or "https" when the paste shows which one the
// request used (an absolute URL or target), and "" otherwise.
func prScheme(x *parse.Exchange) string {
	if x == nil || x.Request == nil {
		return ""
	}
	for _, u := range []string{x.Request.URL, x.Request.Target} {
		l := strings.ToLower(u)
		switch {
		case strings.HasPrefix(l, "https://"):
			return "https"
		case strings.HasPrefix(l, "http://"):
			return "http"
		}
	}
	return ""
}

// prURL returns the best absolute or host-relative URL text for messages.
func prURL(x *parse.Exchange) string {
	if x.Request == nil {
		return ""
	}
	if x.Request.URL != "" {
		return x.Request.URL
	}
	return x.Request.Target
}

// prDate returns the response's Date, parsed.
func prDate(x *parse.Exchange) (time.Time, parse.Field, bool) {
	if x == nil || x.Response == nil {
		return time.Time{}, parse.Field{}, false
	}
	f, ok := x.Response.Fields.Lookup("date")
	if !ok {
		return time.Time{}, f, false
	}
	t, ok := fields.ParseHTTPDate(f.Value)
	return t, f, ok
}

// prChallenges returns the WWW-Authenticate challenges followed by the
// Proxy-Authenticate ones.
func prChallenges(p *rule.Pass) []rule.Challenge {
	return append(append([]rule.Challenge(nil), p.Facts.Challenges...), p.Facts.ProxyChallenges...)
}

// prAuthField returns the request's Authorization (or, with proxy set,
// Proxy-Authorization) field and its scheme.
func prAuthField(x *parse.Exchange, proxy bool) (parse.Field, string, bool) {
	if x == nil || x.Request == nil {
		return parse.Field{}, "", false
	}
	name := "authorization"
	if proxy {
		name = "proxy-authorization"
	}
	f, ok := x.Request.Fields.Lookup(name)
	if !ok {
		return f, "", false
	}
	scheme, _ := parse.AuthScheme(f.Value)
	return f, scheme, true
}

// prSent names what a request's Authorization field sent: its name and
// scheme ("Authorization: Bearer"), or its name alone when a marker stands
// for the whole value (parse.AuthScheme).
func prSent(f parse.Field, scheme string) string {
	if scheme == "" {
		return f.Name
	}
	return f.Name + ": " + scheme
}

// prSchemeList writes schemes as `Basic`, `Basic and Bearer`, `A, B and C`.
func prSchemeList(ss []string) string {
	switch len(ss) {
	case 0:
		return "no scheme"
	case 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
}

// prQ quotes a value for a message: "value", cut to a readable length.
func prQ(v string) string {
	if len(v) > 120 {
		cut := 117
		for cut > 0 && v[cut]&0xC0 == 0x80 {
			cut--
		}
		v = v[:cut] + "..."
	}
	return `"` + v + `"`
}

// prIsAPI reports whether the response or request looks like an API
// call made by a script rather than a page load: a JSON or XML body, an
// Accept of JSON, X-Requested-With, a CORS Origin or Sec-Fetch-Mode cors, or
// a path under /api/.
func prIsAPI(x *parse.Exchange) (string, bool) {
	if r := x.Response; r != nil {
		ct := strings.ToLower(r.Fields.Get("content-type"))
		if strings.Contains(ct, "json") {
			return "the response is JSON", true
		}
		if strings.Contains(ct, "xml") && !strings.Contains(ct, "html") {
			return "the response is XML", true
		}
	}
	if q := x.Request; q != nil {
		if strings.Contains(strings.ToLower(q.Fields.Get("accept")), "application/json") {
			return "the request accepts JSON", true
		}
		if q.Fields.Has("x-requested-with") {
			return "the request carries X-Requested-With", true
		}
		if strings.EqualFold(q.Fields.Get("sec-fetch-mode"), "cors") || q.Fields.Has("origin") {
			return "the request is a cross-origin fetch", true
		}
		path := strings.ToLower(q.Target)
		if strings.Contains(path, "/api/") || strings.HasPrefix(path, "/v1/") || strings.HasPrefix(path, "/v2/") {
			return "the path " + q.Target + " is an API path", true
		}
	}
	return "", false
}

// prFromBrowser reports whether the request shows signs of coming from a
// browser page: Origin, Sec-Fetch-* fields, X-Requested-With, Referer, or a
// browser User-Agent.
func prFromBrowser(x *parse.Exchange) bool {
	q := x.Request
	if q == nil {
		return false
	}
	for _, f := range q.Fields {
		n := strings.ToLower(f.Name)
		if n == "origin" || n == "referer" || n == "x-requested-with" || strings.HasPrefix(n, "sec-fetch-") {
			return true
		}
		if n == "user-agent" && strings.HasPrefix(f.Value, "Mozilla/") {
			return true
		}
	}
	return false
}

// prDur writes a duration the way people say it: "45 s", "12 min", "3 h 12 min", "2 days 4 h".
func prDur(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int64(d / time.Second)
	switch {
	case s < 60:
		return strconv.FormatInt(s, 10) + " s"
	case s < 3600:
		return strconv.FormatInt(s/60, 10) + " min"
	case s < 86400:
		out := strconv.FormatInt(s/3600, 10) + " h"
		if m := (s % 3600) / 60; m > 0 {
			out += " " + strconv.FormatInt(m, 10) + " min"
		}
		return out
	}
	days := s / 86400
	out := strconv.FormatInt(days, 10) + " days"
	if days == 1 {
		out = "1 day"
	}
	if h := (s % 86400) / 3600; h > 0 && days < 30 {
		out += " " + strconv.FormatInt(h, 10) + " h"
	}
	return out
}
