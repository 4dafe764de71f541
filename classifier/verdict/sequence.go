package verdict

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// What only the order of exchanges shows (issue #10.5):
//
//   - the same request, refused, then accepted once something that carries no
//     credential changed (only Accept-Encoding, only User-Agent, a CSRF
//     header): the refusal was not about identity, and the explanation says
//     what changed;
//   - a refusal that said Retry-After (or a 429), then the same request
//     accepted: a rate limit;
//   - a session cookie set by one response and missing from a later request
//     that is then refused: the cookie's Domain, Path, Secure, SameSite or
//     partitioning kept it home, or the client never stored it (CookieSignals).
//
// Cross-exchange facts outrank everything a single exchange shows (their
// signs weigh most in the weighing table).

// settleAcross applies the forward-looking facts to vs[0]; it reports whether
// it changed the verdict.
func settleAcross(xs []*parse.Exchange, vs []*Verdict) bool {
	x, v := xs[0], vs[0]
	if x.Response == nil || x.Request == nil {
		return false
	}
	switch v.Class {
	case rule.Authentication, rule.Authorization, rule.Blocked:
	default:
		return false
	}
	st := x.Response.Status
	if st != 0 && st < 400 {
		return false
	}
	for j := 1; j < len(xs) && j < len(vs) && j <= Lookahead; j++ {
		y := xs[j]
		if y.Response == nil || y.Request == nil || !sameTarget(x, y) {
			continue
		}
		ys := y.Response.Status
		if ys < 200 || ys >= 400 || vs[j].Class != rule.None {
			if ys >= 400 {
				continue // refused again: look further
			}
			return false
		}
		if x.Request.Sanitized || y.Request.Sanitized {
			return false // credentials were stripped from the export: "the same credentials" cannot be told
		}
		d := diffRequests(x.Request, y.Request)
		if d.credentials || d.body {
			return false // a credential (or a body that may hold one) changed: not this reasoning
		}
		if preflight(y.Request) && !preflight(x.Request) {
			// the second is a CORS preflight, which servers answer without
			// credentials by design: its success says nothing about the first
			return false
		}
		if ra, ok := rateLimited(x); ok {
			retryAfterSucceeded(x, y, v, ra, ys)
			return true
		}
		if len(d.changed) == 0 {
			if retriedBare403(xs[:j+1], v) {
				identicalRetrySucceeded(x, y, v, ys)
				return true
			}
			return false // the identical request succeeded: transient, nothing named
		}
		sameCredentialsSucceeded(x, y, v, d, ys)
		return true
	}
	return false
}

// redirectedToSignIn settles vs[0] when xs[0] is a redirect shown without
// its Location (a log's record of it) and the very next exchange is the
// client following it to a sign-in page (an access log's "GET /login?next=…"
// right after the 302, a proxy's records of one call): the redirect sent
// the caller to sign in first. It reports whether it changed the verdict.
func redirectedToSignIn(xs []*parse.Exchange, vs []*Verdict) bool {
	x, v := xs[0], vs[0]
	r, q := x.Response, x.Request
	if r == nil || q == nil || v.Class != rule.None || r.Status < 301 || r.Status > 308 || r.Fields.Has("location") ||
		signInStep(q.Target+" "+q.URL) {
		return false
	}
	y := xs[1]
	if y.Request == nil || !strings.EqualFold(y.Request.Method, "GET") {
		return false
	}
	t := strings.ToLower(y.Request.Target + " " + y.Request.URL)
	for _, m := range loginMarkers {
		if strings.Contains(t, m) {
			next := cutText(y.Request.Method+" "+y.Request.Target, 80)
			reclass(v, rule.SignLoginRedirect.Signal(rule.Authentication,
				"the "+strconv.Itoa(r.Status)+" is followed straight to a sign-in page (the next request, "+strconv.Quote(next)+
					"): the server sent the caller to authenticate first instead of answering",
				reqEv(y)))
			v.Headline = "Authentication required: the server sent the client to its sign-in page"
			v.Explanation = sentence(openingOf(x),
				"The next exchange in the paste (#"+strconv.Itoa(y.Index+1)+", "+strconv.Quote(next)+") follows it to a sign-in page, so the redirect was the server asking the caller to authenticate first, in the shape a browser needs; an API client or a CLI cannot follow it.",
				"Next: send credentials this service accepts with the request (a session, a token), or sign in through a browser first.")
			return true
		}
	}
	return false
}

// reproduced settles vs[0] when the paste shows a client's error with only
// its status (an SDK's exception: "PermissionDeniedError: Error code: 403")
// and then the same request again, made with a tool that prints the whole
// response (curl -i, a debug log): the later exchange, same status, same URL
// (or the very next one when either names none), shows who refused and
// why, and its verdict is the error's too. It reports whether it changed
// the verdict.
func reproduced(xs []*parse.Exchange, vs []*Verdict) bool {
	x, v := xs[0], vs[0]
	r := x.Response
	if r == nil || r.Status < 400 || len(r.Fields) > 0 || len(v.Reasons) == 0 || v.Reasons[0].Kind != rule.KindStatus {
		return false
	}
	return reproducedLater(xs, vs, x, v, r)
}

// reproducedLater looks for a later exchange that repeats x's bare status
// with its whole response, past reproduced's guard: under js/wasm a function
// is compiled whole on its first call (issue #14).
func reproducedLater(xs []*parse.Exchange, vs []*Verdict, x *parse.Exchange, v *Verdict, r *parse.Response) bool {
	for j := 1; j < len(xs) && j < len(vs) && j <= Lookahead; j++ {
		y, w := xs[j], vs[j]
		if y.Response == nil || y.Response.Status != r.Status {
			continue
		}
		if !sameURL(x, y) && !(j == 1 && (noURL(x) || noURL(y))) {
			continue
		}
		if len(w.Reasons) == 0 || w.Reasons[0].Kind == rule.KindStatus || w.Class == v.Class {
			return false
		}
		// the person's words read with the repeat are about the refusal,
		// whichever of its copies the reader gave them to
		told := w.Reasons[0].Sign == rule.SignProseRule
		if len(y.Response.Fields) == 0 && !told {
			return false
		}
		switch w.Class {
		case rule.Authentication, rule.Authorization, rule.Blocked:
		default:
			return false
		}
		s := w.Reasons[0]
		with := " with the whole response: "
		if told {
			with = ", and the text around it speaks of both: "
		}
		s.Reason = "exchange " + strconv.Itoa(y.Index+1) + " makes the same request and gets the same " + strconv.Itoa(r.Status) + with + s.Reason
		if s.Evidence != nil {
			e := *s.Evidence
			e.Exchange = y.Index
			s.Evidence = &e
		}
		reclass(v, s)
		v.Headline = w.Headline
		next := ""
		for _, t := range Sentences(w.Explanation) {
			if strings.HasPrefix(t, "Next:") {
				next = t
			}
		}
		says := " with its headers and body, which say more: "
		if told {
			says = ", and the text around the dump, which speaks of both, says more: "
		}
		v.Explanation = sentence(openingOf(x),
			"Exchange #"+strconv.Itoa(y.Index+1)+" makes the same request and gets the same "+strconv.Itoa(r.Status)+says+lowerFirst(strings.TrimSuffix(w.Headline, "."))+".",
			next)
		v.Topics = w.Topics
		v.Refs = w.Refs
		return true
	}
	return false
}

// noURL reports whether an exchange names no URL or target.
func noURL(x *parse.Exchange) bool {
	return x.Request == nil || x.Request.URL == "" && x.Request.Target == ""
}

// sameURL reports whether two exchanges name the same URL (host and path;
// a method left out by one of them does not count).
func sameURL(a, b *parse.Exchange) bool {
	if a.Request == nil || b.Request == nil {
		return false
	}
	ua, ub := a.Request.URL, b.Request.URL
	if ua == "" || ub == "" {
		return false
	}
	cut := func(u string) string {
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		return strings.TrimSuffix(strings.ToLower(u), "/")
	}
	ma, mb := a.Request.Method, b.Request.Method
	return cut(ua) == cut(ub) && (ma == "" || mb == "" || ma == mb)
}

// preflight reports whether q is a CORS preflight: OPTIONS with
// Access-Control-Request-Method.
func preflight(q *parse.Request) bool {
	return strings.EqualFold(q.Method, "OPTIONS") && q.Fields.Has("Access-Control-Request-Method")
}

// reclass makes s the deciding reason of v, moving the old reasons of another
// class to the overruled ones.
func reclass(v *Verdict, s rule.Signal) {
	if v.Class != s.Class {
		v.Overruled = append(append([]rule.Signal{}, v.Reasons...), v.Overruled...)
		v.Reasons = []rule.Signal{}
		v.Class = s.Class
		v.Background = Background(v.Class)
	}
	v.Reasons = append([]rule.Signal{s}, v.Reasons...)
}

func sameCredentialsSucceeded(x, y *parse.Exchange, v *Verdict, d requestDiff, ys int) {
	what := strings.Join(d.changed, ", ")
	cause := d.cause()
	s := rule.SignSameCredentialsSucceeded.Signal(rule.Blocked, "exchange "+strconv.Itoa(y.Index+1)+" sends the same request with the same credentials, changing only "+what+
		", and gets "+strconv.Itoa(ys)+": the refusal was about "+cause+", not about who is asking", nil)
	if d.ev != nil {
		e := *d.ev
		e.Exchange = y.Index
		s.Evidence = &e
	}
	reclass(v, s)
	v.Headline = "Not about identity: the same request succeeded once " + d.short() + " changed"
	v.Explanation = sentence(openingOf(x),
		"A later exchange in the paste (#"+strconv.Itoa(y.Index+1)+") sends the same request to the same URL with the same credentials and gets "+strconv.Itoa(ys)+"; only "+what+" changed.",
		"So this refusal was about "+cause+", not about who is asking: new credentials or permissions would not have changed it.",
		"Next: keep the change that worked, and if the refusal comes from a layer in front of the site (a WAF, a CDN rule, an API that requires a User-Agent), read its documentation for what it filters on.")
	v.Topics = appendTopic(v.Topics, TopicWAFNotApp)
}

// retriedBare403 reports whether xs[0], refused with a 403 whose verdict
// rests on the status alone (no body, challenge or vendor naming a reason),
// is the request xs[len(xs)-1] repeats unchanged and has accepted with a
// 2xx, both read from the records of one log, no sign-in step between
// them: a client's retry loop (urllib3's "Incremented Retry", a scraper's
// backoff). Nothing about who asks changed between the tries, so the
// refusal did not depend on it. Two messages a person pasted one after the
// other are left alone (something the paste does not show, a permission
// granted, may have changed between them), and so is a 401, since a
// challenge's second leg (Basic, Digest, Negotiate) repeats the request
// with a credential a log does not show.
func retriedBare403(xs []*parse.Exchange, v *Verdict) bool {
	x, y := xs[0], xs[len(xs)-1]
	if x.Response.Status != 403 || y.Response.Status < 200 || y.Response.Status > 299 || len(v.Reasons) == 0 ||
		!x.Reading.General || !y.Reading.General {
		return false
	}
	for _, r := range v.Reasons {
		if r.Kind != rule.KindStatus {
			return false
		}
	}
	for _, z := range xs[1:] {
		if z.Request != nil && signInStep(z.Request.Target+" "+z.Request.URL) {
			return false // a sign-in between the tries may have changed the session a log does not show
		}
	}
	return true
}

// identicalRetrySucceeded settles a bare 403 that the same request, sent
// again unchanged, got past (retriedBare403).
func identicalRetrySucceeded(x, y *parse.Exchange, v *Verdict, ys int) {
	reclass(v, rule.SignSameCredentialsSucceeded.Signal(rule.Blocked, "exchange "+strconv.Itoa(y.Index+1)+
		" sends the very same request again and gets "+strconv.Itoa(ys)+": nothing about who is asking changed, so the 403 did not depend on it", reqEv(y)))
	v.Headline = "Not about identity: the same request, sent again unchanged, succeeded"
	v.Explanation = sentence(openingOf(x),
		"A later exchange in the paste (#"+strconv.Itoa(y.Index+1)+") sends the same request to the same URL, nothing changed that the paste shows, and gets "+strconv.Itoa(ys)+".",
		"A refusal that a plain retry gets past is a transient or load-based one (an edge's anti-abuse rule, a per-client allowance, a flaky gateway), not a decision about credentials or permissions.",
		"Next: retry with backoff, send fewer requests, and if it persists read the documentation of the layer in front of the service (a CDN or WAF) for what it filters on.")
	v.Topics = appendTopic(v.Topics, TopicWAFNotApp)
}

func retryAfterSucceeded(x, y *parse.Exchange, v *Verdict, ra parse.Field, ys int) {
	said := "said to wait"
	if ra.Name != "" {
		said = "said `" + cutText(ra.Name+": "+ra.Value, 60) + "`"
	}
	s := rule.SignRetryAfterSucceeded.Signal(rule.Blocked,
		"the refusal "+said+" and the same request, retried in exchange "+strconv.Itoa(y.Index+1)+", got "+strconv.Itoa(ys)+": a rate limit", nil)
	if ra.Name != "" {
		s.Evidence = fieldEv(x, ra)
	}
	reclass(v, s)
	v.Headline = "Rate limited: the retry after the wait succeeded"
	if x.Response.Status == 403 {
		v.Topics = appendTopic(v.Topics, TopicRateLimitAs403)
	}
	v.Refs = []rule.Ref{ref429}
	v.Explanation = sentence(openingOf(x),
		"The response "+said+", and a later exchange in the paste (#"+strconv.Itoa(y.Index+1)+") retries the same request with the same credentials and gets "+strconv.Itoa(ys)+".",
		"That is a rate limit, not an identity or permission problem: waiting was the fix.",
		"Next: honour Retry-After (or the rate-limit reset header) before retrying, and send fewer requests.")
}

// rateLimited returns the field that told the client to wait: Retry-After,
// or a rate-limit counter at zero; a 429 counts with no field.
func rateLimited(x *parse.Exchange) (parse.Field, bool) {
	r := x.Response
	if f, ok := r.Fields.Lookup("retry-after"); ok {
		return f, true
	}
	for _, n := range []string{"x-ratelimit-remaining", "ratelimit-remaining", "x-rate-limit-remaining"} {
		if f, ok := r.Fields.Lookup(n); ok && strings.TrimSpace(f.Value) == "0" {
			return f, true
		}
	}
	if r.Status == 429 {
		return parse.Field{}, true
	}
	return parse.Field{}, false
}

// requestDiff is what changed between two requests for the same resource.
type requestDiff struct {
	changed     []string // non-credential fields: "User-Agent (curl/8.5.0 → Mozilla/5.0 …)"
	names       []string // their names, lower case
	credentials bool     // a credential-bearing field changed
	body        bool     // the bodies differ
	ev          *rule.Evidence
}

// ignoredFields change between any two requests and decide nothing.
var ignoredFields = wordlist.Set{"date", "content-length", "host", "x-request-id",
	"x-amzn-trace-id", "traceparent", "tracestate", "request-id", "x-correlation-id",
	"x-b3-traceid", "x-b3-spanid", "x-cloud-trace-context", "postman-token", "if-none-match",
	"if-modified-since", "x-amz-date", "x-amz-content-sha256"}

// credentialField reports whether a request field carries a credential.
// CSRF tokens do not: they prove where a request came from, not who sent it.
func credentialField(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "csrf") || strings.Contains(n, "xsrf") {
		return false
	}
	switch n {
	case "authorization", "proxy-authorization", "cookie":
		return true
	}
	if parse.IsAPIKeyHeader(n) {
		return true
	}
	for _, m := range []string{"token", "auth", "api-key", "apikey", "secret", "session", "signature", "password"} {
		if strings.Contains(n, m) {
			return true
		}
	}
	return false
}

func diffRequests(a, b *parse.Request) requestDiff {
	var d requestDiff
	av, bv := fieldValues(a.Fields), fieldValues(b.Fields)
	var names []string
	for n := range av {
		names = append(names, n)
	}
	for n := range bv {
		if _, ok := av[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		va, ina := av[n]
		vb, inb := bv[n]
		if ina && inb && va.value == vb.value || ignoredFields.Has(n) {
			continue
		}
		if credentialField(n) {
			d.credentials = true
			continue
		}
		name := vb.name
		if !inb {
			name = va.name
		}
		var desc string
		switch {
		case !ina:
			desc = name + " (added: " + strconv.Quote(cutText(vb.value, 40)) + ")"
		case !inb:
			desc = name + " (removed)"
		default:
			desc = name + " (" + strconv.Quote(cutText(va.value, 40)) + " → " + strconv.Quote(cutText(vb.value, 40)) + ")"
		}
		d.changed = append(d.changed, desc)
		d.names = append(d.names, n)
		if inb && d.ev == nil {
			d.ev = &rule.Evidence{Where: "request header", Pos: vb.pos, Text: cutText(vb.name+": "+vb.value, 200)}
		}
	}
	ac, bc := a.Credentials(), b.Credentials()
	if ac.State != bc.State || ac.Scheme != bc.Scheme || ac.Header != bc.Header || ac.ClientCert != bc.ClientCert {
		d.credentials = true
	}
	if strings.TrimSpace(a.Body.Text) != strings.TrimSpace(b.Body.Text) {
		d.body = true
	}
	return d
}

type fieldValue struct {
	name, value string
	pos         parse.Pos
}

func fieldValues(fs parse.Fields) map[string]fieldValue {
	out := map[string]fieldValue{}
	for _, f := range fs {
		n := strings.ToLower(f.Name)
		if strings.HasPrefix(n, ":") {
			continue // pseudo-headers restate the request line
		}
		if v, ok := out[n]; ok {
			v.value += ", " + f.Value
			out[n] = v
			continue
		}
		out[n] = fieldValue{name: f.Name, value: strings.TrimSpace(f.Value), pos: f.Pos}
	}
	return out
}

// cause says what the changed fields suggest the refusal was about.
func (d requestDiff) cause() string {
	var out []string
	for _, n := range d.names {
		var c string
		switch {
		case n == "user-agent":
			c = "the client's User-Agent (bot filtering, or an API that requires one)"
		case n == "accept-encoding":
			c = "the requested compression (a proxy, WAF or server rule on Accept-Encoding)"
		case n == "accept" || n == "content-type":
			c = "the content type asked for or sent"
		case n == "referer" || n == "origin":
			c = "where the request claims to come from (a referer or origin check)"
		case strings.Contains(n, "csrf") || strings.Contains(n, "xsrf"):
			c = "the request-forgery (CSRF) check"
		case strings.HasPrefix(n, "sec-") || n == "accept-language" || n == "connection" || n == "upgrade-insecure-requests":
			c = "how much the request looks like a browser's (bot detection)"
		}
		if c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return "something in the request other than identity"
	}
	return strings.Join(out, " or ")
}

// short names the changed fields: "User-Agent", "Accept-Encoding and User-Agent".
func (d requestDiff) short() string {
	var ns []string
	for _, c := range d.changed {
		n, _, _ := strings.Cut(c, " (")
		ns = append(ns, n)
	}
	switch len(ns) {
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " and " + ns[1]
	}
	return strconv.Itoa(len(ns)) + " headers"
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func appendTopic(ts []string, t string) []string {
	if contains(ts, t) {
		return ts
	}
	return append(ts, t)
}

// openingOf is the opening sentence of an exchange's explanation.
func openingOf(x *parse.Exchange) string {
	s := &story{x: x, v: &Verdict{}}
	return s.opening()
}

// maxLookBack bounds how many earlier exchanges CookieSignals reads.
const maxLookBack = 8

// CookieMiss is a session cookie set by an earlier response and missing
// from a refused request, with the reason it was not sent.
type CookieMiss struct {
	Cookie fields.Cookie
	Setter *parse.Exchange // the exchange whose response set it
	Host   string          // the refused request's host
	Cause  string          // why it was not sent, in words
	Reason string          // the whole sentence, for a signal or a finding
}

// Signal is the verdict signal for the miss: the cause of the refusal.
func (m CookieMiss) Signal() rule.Signal {
	c := m.Cookie
	return rule.SignCookieNotSent.Signal(rule.Authentication, m.Reason,
		&rule.Evidence{Exchange: m.Setter.Index, Where: "response header", Pos: c.Field.Pos, Text: cutText(c.Field.Name+": "+c.Name+"=…"+cookieAttrs(c.Field.Value), 200)})
}

// MissingCookie names the cause of a refusal that follows a session cookie
// set earlier in the paste and missing from this request: a host-only cookie
// or a Domain that does not cover this host, a Path that does not cover this
// path, a Secure cookie over plain HTTP, a SameSite cookie on a cross-site
// request, a cookie the browser rejected on arrival, a partitioned cookie, or
// a client that keeps no cookies. earlier are the exchanges before x, in
// paste order (the last maxLookBack are read).
func MissingCookie(x *parse.Exchange, earlier []*parse.Exchange) (CookieMiss, bool) {
	r, q := x.Response, x.Request
	if r == nil || q == nil || q.Sanitized || (r.Status != 401 && r.Status != 403) || len(earlier) == 0 {
		return CookieMiss{}, false
	}
	host, path, scheme := urlParts(q)
	if host == "" {
		return CookieMiss{}, false
	}
	if cr := q.Credentials(); cr.State == parse.CredSent && !strings.EqualFold(cr.Header, "cookie") {
		return CookieMiss{}, false // another credential was sent: a missing cookie is not the whole story
	}
	sent := sentCookies(q)
	if len(earlier) > maxLookBack {
		earlier = earlier[len(earlier)-maxLookBack:]
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		e := earlier[i]
		if e.Response == nil || e.Request == nil {
			continue
		}
		eh, ep, es := urlParts(e.Request)
		date := time.Time{}
		if f, ok := e.Response.Fields.Lookup("date"); ok {
			date, _ = fields.ParseHTTPDate(f.Value)
		}
		for _, c := range fields.ParseSetCookies(e.Response.Fields) {
			if !fields.IsSessionCookie(c.Name) || c.Value == "" || c.Deletes(date) || sent[c.Name] {
				continue
			}
			cause := cookieCause(c, eh, ep, es, host, path, scheme, q, x.Format)
			if cause == "" {
				continue
			}
			setter := eh
			if setter == "" {
				setter = "an earlier response"
			}
			reason := "the session cookie " + strconv.Quote(c.Name) + " set by " + setter + " (exchange " + strconv.Itoa(e.Index+1) +
				") was not sent with this request to " + host + ": " + cause + ", so the server saw no session and answered " + strconv.Itoa(r.Status)
			return CookieMiss{Cookie: c, Setter: e, Host: host, Cause: cause, Reason: reason}, true
		}
	}
	return CookieMiss{}, false
}

// cookieAttrs is the attribute part of a Set-Cookie value (never the value).
func cookieAttrs(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		return v[i:]
	}
	return ""
}

// cookieCause says why a browser (or client) would not send cookie c, set
// in a response to setHost/setPath over setScheme, with a request to
// host/path over scheme; "" when it should have been sent.
func cookieCause(c fields.Cookie, setHost, setPath, setScheme, host, path, scheme string, q *parse.Request, format string) string {
	dom := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(c.Domain)), ".")
	switch {
	case dom != "" && setHost != "" && !domainMatch(setHost, dom):
		return "its Domain=" + dom + " does not cover " + setHost + ", the host that set it, so browsers reject the cookie on arrival"
	case strings.EqualFold(strings.TrimSpace(c.SameSite), "none") && !c.Secure:
		return "it says SameSite=None without Secure, so browsers reject it on arrival"
	case c.Secure && setScheme == "http":
		return "it is marked Secure but was set over plain http, so browsers reject it on arrival"
	case dom == "" && setHost != "" && setHost != host:
		return "it has no Domain attribute, so it is a host-only cookie for " + setHost + " and is never sent to " + host + " (set Domain=" + parentDomain(setHost, host) + " to share it, or make both calls to one host)"
	case dom != "" && !domainMatch(host, dom):
		return "its Domain=" + dom + " does not cover " + host
	case c.Secure && scheme == "http":
		return "it is marked Secure and this request goes over plain http"
	}
	cp := c.Path
	if !c.HasPath || cp == "" || cp[0] != '/' {
		cp = defaultPath(setPath)
	}
	if path != "" && !pathMatch(path, cp) {
		return "its Path=" + cp + " does not cover " + path
	}
	if site := crossSite(q, host); site != "" {
		ss := strings.ToLower(strings.TrimSpace(c.SameSite))
		lax := !(q.Method == "GET" && navigation(q))
		switch {
		case ss == "strict":
			return "it is SameSite=Strict and this request comes from " + site + ", another site"
		case ss == "lax" && lax:
			return "it is SameSite=Lax, which keeps it out of this cross-site " + q.Method + " from " + site
		case ss == "" && lax:
			return "it has no SameSite attribute, so browsers treat it as SameSite=Lax and keep it out of this cross-site " + q.Method + " from " + site
		case c.Partitioned:
			return "it is Partitioned (CHIPS), so it belongs to the top-level site that set it and is not sent when " + site + " is the top-level site"
		}
	}
	if !strings.HasPrefix(format, "har") && format != "devtools" && (setHost == "" || setHost == host) {
		return "the client did not send it back: command-line tools and HTTP libraries keep no cookies unless told to (curl -c/-b with a cookie jar, a requests.Session, a cookie-jar option)"
	}
	return ""
}

// urlParts returns the host (lower case, no port), path and scheme of a request.
func urlParts(q *parse.Request) (host, path, scheme string) {
	u := q.URL
	if u == "" && strings.Contains(q.Target, "://") {
		u = q.Target
	}
	if i := strings.Index(u, "://"); i > 0 {
		scheme = strings.ToLower(u[:i])
		rest := u[i+3:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		host, path = rest[:end], rest[end:]
	} else {
		host, path = q.Fields.Get("host"), q.Target
		if host == "" {
			host = q.Fields.Get(":authority")
		}
	}
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	if h, _, ok := strings.Cut(host, ":"); ok && !strings.HasPrefix(host, "[") {
		host = h
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if path == "" {
		path = "/"
	}
	return strings.ToLower(strings.TrimSpace(host)), path, scheme
}

func domainMatch(host, dom string) bool {
	return host == dom || strings.HasSuffix(host, "."+dom)
}

// parentDomain is the longest domain both hosts share, for advice.
func parentDomain(a, b string) string {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	var common []string
	for i := 1; i <= len(pa) && i <= len(pb); i++ {
		if pa[len(pa)-i] != pb[len(pb)-i] {
			break
		}
		common = append([]string{pa[len(pa)-i]}, common...)
	}
	if len(common) < 2 {
		return "<a domain both hosts share>"
	}
	return strings.Join(common, ".")
}

// defaultPath is RFC 6265 §5.1.4's default-path of a request path.
func defaultPath(p string) string {
	if p == "" || p[0] != '/' {
		return "/"
	}
	i := strings.LastIndexByte(p, '/')
	if i <= 0 {
		return "/"
	}
	return p[:i]
}

// pathMatch is RFC 6265 §5.1.4 path-match.
func pathMatch(reqPath, cookiePath string) bool {
	if reqPath == cookiePath {
		return true
	}
	if strings.HasPrefix(reqPath, cookiePath) {
		return strings.HasSuffix(cookiePath, "/") || reqPath[len(cookiePath)] == '/'
	}
	return false
}

// crossSite returns the site a request came from when it is another site
// than host's (Sec-Fetch-Site: cross-site, or an Origin on another
// registrable domain, approximated by the last two labels).
func crossSite(q *parse.Request, host string) string {
	origin := strings.TrimSpace(q.Fields.Get("origin"))
	if strings.EqualFold(strings.TrimSpace(q.Fields.Get("sec-fetch-site")), "cross-site") {
		if origin == "" {
			return "another site"
		}
		return origin
	}
	if origin == "" || origin == "null" {
		return ""
	}
	oh, _, _ := urlParts(&parse.Request{URL: origin})
	if oh == "" || site(oh) == site(host) {
		return ""
	}
	return origin
}

func site(h string) string {
	labels := strings.Split(h, ".")
	if len(labels) <= 2 {
		return h
	}
	return strings.Join(labels[len(labels)-2:], ".")
}

// navigation reports whether a request is a top-level navigation.
func navigation(q *parse.Request) bool {
	m := strings.ToLower(q.Fields.Get("sec-fetch-mode"))
	return m == "navigate"
}

// sentCookies is the set of cookie names a request sends.
func sentCookies(q *parse.Request) map[string]bool {
	out := map[string]bool{}
	for _, f := range q.Fields.All("cookie") {
		for _, part := range strings.Split(f.Value, ";") {
			n, _, _ := strings.Cut(strings.TrimSpace(part), "=")
			if n != "" {
				out[n] = true
			}
		}
	}
	return out
}
