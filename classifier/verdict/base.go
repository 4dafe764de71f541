package verdict

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// BaseSignals are the signals every exchange gets from protocol facts, the
// request and the status code; rules and the vendor table add the rest.
func BaseSignals(x *parse.Exchange, facts *rule.Facts) []rule.Signal {
	var out []rule.Signal
	r := x.Response
	if r == nil {
		return out
	}
	out = challengeSignals(out, x, r, facts)
	out = vendorSignals(out, x, facts)
	// Generic error shapes in the body (error codes, a status field, a
	// sign-in page served to an API client).
	out = append(out, BodySignals(x, facts)...)
	if s, ok := loginLoop(x); ok {
		out = append(out, s)
	}
	// The person's words around a dump read exactly: what they found out
	// about a 403 ("with a browser user agent it works").
	if s, ok := proseRule(x, facts); ok {
		out = append(out, s)
	}
	if s, ok := credentialPrompt(x, facts); ok {
		out = append(out, s)
	}
	if s, ok := keyWorksElsewhere(x, facts); ok {
		out = append(out, s)
	}
	out, ok := statusSignals(out, x, r, facts)
	if !ok {
		return out // unknown status: no status signal
	}
	if a, ok := unsetCredential(x, facts); ok {
		out = append(out, a)
	} else if a, ok := anonymousBare(x, facts); ok {
		out = append(out, a)
	} else if a, ok := downloadBare(x, facts); ok {
		out = append(out, a)
	} else if a, ok := defaultAgentBare(x, facts); ok {
		out = append(out, a)
	}
	return out
}

// unavailableWords is the reading of a 503 (read in the paste, not implied)
// whose body only restates a refusal in a word ("forbidden",
// "Unauthorized": a generic code or message among signals): the service
// was unavailable (overloaded, starting or in maintenance) and its error
// template borrowed a refusal's word, which names no cause. It outweighs
// those words and nothing that names one.
func unavailableWords(signals []rule.Signal, status int, implied bool, ev *rule.Evidence) (rule.Signal, bool) {
	if status != 503 || implied {
		return rule.Signal{}, false
	}
	for _, g := range signals {
		if (g.Sign == rule.SignBodyMessageGeneric || g.Sign == rule.SignBodyCodeGeneric) && (g.Class == rule.Authentication || g.Class == rule.Authorization) {
			return rule.SignUnavailableWords.Signal(rule.None,
				"status 503 says the service was unavailable (overloaded, starting up or in maintenance); the body's word for a refusal names no cause, so it is the error template's, not a decision about the caller", ev), true
		}
	}
	return rule.Signal{}, false
}

// Challenged reports whether prev, the exchange before x, went to the same
// host (as far as both name one) and was answered 401 or 407 with a
// challenge.
func Challenged(x, prev *parse.Exchange) bool {
	if prev == nil || prev.Response == nil || x.Request == nil || prev.Request == nil {
		return false
	}
	r := prev.Response
	if (r.Status != 401 || !r.Fields.Has("www-authenticate")) && (r.Status != 407 || !r.Fields.Has("proxy-authenticate")) {
		return false
	}
	a, _, _ := urlParts(x.Request)
	b, _, _ := urlParts(prev.Request)
	return a == "" || b == "" || a == b
}

// shownWhole reports whether the paste shows every credential a request
// could have carried: its request line and header block (a field at
// least), or a curl command line that names every credential curl sends.
func shownWhole(q *parse.Request) bool {
	return q.CredsListed || !q.Partial && len(q.Fields) > 0
}

// knownCallerUnfit reports whether the vendor hit h says a known caller
// lacks a permission while the refused request (401 or 403) is shown whole
// and carried no credential of any kind (no header, cookie, API key, client
// certificate or credential in the URL or body): nobody was known. A vendor
// that gives anonymous callers the same error (TraitAnonymousAlike) is read
// apart, and one whose error may hide a missing resource says more than who
// was refused.
func knownCallerUnfit(x *parse.Exchange, facts *rule.Facts, h rule.VendorHit) bool {
	r := x.Response
	return h.Class == rule.Authorization && h.Kind == rule.KindVendor && h.Traits&(rule.TraitAnonymousAlike|rule.TraitMayHide) == 0 &&
		(r.Status == 401 || r.Status == 403 || r.Status == 0) && x.Request != nil && facts.Credentials.State == parse.CredNone && shownWhole(x.Request) &&
		!namesKnownCaller(r.Body.Text)
}

// callerWords introduce, in a refusal, the principal the server took the
// caller to be: 'forbidden: User "ops-7" cannot get path', "principal
// 'svc-ci' may not…".
var callerWords = []string{"user ", "principal ", "caller "}

// namesKnownCaller reports whether body names in quotes, after a word for
// a principal, a caller who is somebody (not system:anonymous or another
// value that names nobody): then the server knew who asked, by a means the
// paste cannot show (a client certificate in the TLS handshake, a
// front proxy's headers), whatever the request shows.
func namesKnownCaller(body string) bool {
	if len(body) > 1<<16 {
		body = body[:1<<16]
	}
	l := strings.ToLower(body)
	for _, w := range callerWords {
		for off, n := 0, 0; n < 8; n++ {
			i := strings.Index(l[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			if i > 0 && isWordByte(l[i-1]) {
				continue
			}
			j := off
			if j < len(l) && l[j] == '\\' {
				j++ // a quote escaped inside a JSON string
			}
			if j >= len(l) || l[j] != '"' && l[j] != '\'' {
				continue
			}
			k := strings.IndexByte(l[j+1:], l[j])
			if k < 1 || k > 100 {
				continue
			}
			if v := strings.TrimSuffix(l[j+1:j+1+k], "\\"); v != "" && !nobodyValues.Has(normal(v)) {
				return true
			}
		}
	}
	return false
}

// anonymousBare is the reading of a 403 to a request the paste shows with
// every credential it carried, and that carried none: nobody was
// identified, so a permission of an identity cannot be what was refused.
// A refusal that names the principal it refused (`User "dev-4" cannot
// list pods`) says the server did identify the caller, by a means the
// paste does not show (a client that leaves the token out of its printed
// request, a client certificate): no reading of an empty request then.
func anonymousBare(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	r := x.Response
	if r.Status != 403 || x.Request == nil || facts.Credentials.State != parse.CredNone || len(facts.Challenges) > 0 || facts.Challenged ||
		!shownWhole(x.Request) || namesKnownCaller(r.Body.Text) {
		return rule.Signal{}, false
	}
	for _, h := range facts.Vendor {
		if h.Kind == rule.KindHiding || h.Traits&rule.TraitMayHide != 0 {
			return rule.Signal{}, false
		}
	}
	return rule.SignNoCredentialsBare.Signal(rule.Blocked,
		"the request carried no credentials of any kind, so no identity was refused: a 403 to it names a rule about the request (its address, path, client or origin)",
		reqEv(x)), true
}

// unsetCredential is the reading of a 403 to a request whose only
// credential was named and sent without a value (parse's Credentials.Empty:
// "Authorization: Bearer undefined", "X-Api-Key: ", "?username=&token="):
// the client meant to identify itself and had nothing to identify itself
// with, a token not loaded yet or an environment variable not exported. No
// permission of anybody was weighed, and the fix is to supply the
// credential: an authentication failure the 403 reports in place of a 401.
// It outweighs the status and yields to any wording of the response that
// names its cause.
func unsetCredential(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	c := facts.Credentials
	unset := c.Unset()
	if x.Response.Status != 403 || unset == "" || c.State == parse.CredSent && c.Header != unset {
		return rule.Signal{}, false // another credential went out with it
	}
	ev := reqEv(x)
	if f, ok := x.Request.Fields.Lookup(unset); ok {
		e := rule.FieldEvidence(x, f, true) // the header that went out empty, not the request line
		ev = &e
	}
	return rule.SignCredentialUnset.Signal(rule.Authentication,
		"the request named its credential ("+unset+") but sent no value for it: the client had no credential to send, so the 403 refuses a caller it could not identify",
		ev), true
}

// StatusSign is what the status signal rests on, by the way the status was
// read: a status line outweighs a field naming the status, which outweighs a
// status stated in prose, which outweighs one implied by a body template.
// Whatever the rank, the status stays a prior: any named evidence of a
// higher tier (a challenge, an error code, a vendor template, a
// cross-exchange fact) overrides it.
func StatusSign(c parse.StatusConfidence) rule.Sign {
	switch c {
	case parse.StatusLine:
		return rule.SignStatusLine
	case parse.StatusField:
		return rule.SignStatusField
	case parse.StatusProse:
		return rule.SignStatusProse
	}
	return rule.SignStatusImplied
}

// confWords says in words where a status was read from.
func confWords(c parse.StatusConfidence) string {
	switch c {
	case parse.StatusLine:
		return "a status line"
	case parse.StatusField:
		return "a field naming the status"
	case parse.StatusProse:
		return "a line of text"
	case parse.StatusImplied:
		return "what the body implies"
	}
	return "nowhere"
}

// bareChallenges reports whether no challenge names an error code
// (RFC 6750 error=, or a scheme's own error parameter).
func bareChallenges(cs []rule.Challenge) bool {
	for _, c := range cs {
		if _, ok := c.Param("error"); ok {
			return false
		}
	}
	return true
}

// saysNotAllowed reports whether the response's own words say the caller
// is known and lacks a permission: a specific authorization wording or
// code in the body, or an authorization error of a named vendor.
func saysNotAllowed(x *parse.Exchange, facts *rule.Facts) bool {
	for _, h := range facts.Vendor {
		if h.Kind == rule.KindVendor && h.Class == rule.Authentication {
			return false // the vendor's own words say authentication
		}
	}
	for _, h := range facts.Vendor {
		if h.Kind == rule.KindVendor && h.Class == rule.Authorization {
			return true
		}
	}
	authz := false
	for _, s := range BodySignals(x, facts) {
		switch {
		case s.Class == rule.Authentication || s.Kind == rule.KindLoginPage || s.Kind == rule.KindLoginRedirect:
			return false
		case s.Class == rule.Authorization && (s.Kind == rule.KindErrorMessage || s.Kind == rule.KindErrorCode):
			authz = true
		}
	}
	return authz
}

// namesMissingScope reports whether the body's refusal names a scope the
// caller's token lacks ({"error":{".tag":"missing_scope"},
// "required_scope":"files.content.write"}).
func namesMissingScope(x *parse.Exchange, facts *rule.Facts) bool {
	for _, s := range BodySignals(x, facts) {
		if s.Class == rule.Authorization && (s.Kind == rule.KindErrorCode || s.Kind == rule.KindErrorMessage) &&
			strings.Contains(strings.ToLower(s.Reason), "scope") {
			return true
		}
	}
	return false
}

// Base returns the exchange's base signals (BaseSignals), computed once per
// facts: the meaning of the exchange and its verdict rest on the same ones.
func Base(x *parse.Exchange, facts *rule.Facts) []rule.Signal {
	if facts.Base == nil {
		facts.Base = append([]rule.Signal{}, BaseSignals(x, facts)...)
	}
	return facts.Base
}

// Meaning is the class the protocol and vendor evidence point to, ignoring
// infrastructure, request and status signals, and the signal it rests on.
// Rules that name a mismatch between status and meaning use it.
func Meaning(x *parse.Exchange, facts *rule.Facts) (rule.Class, *rule.Signal) {
	var best *rule.Signal
	for _, s := range Base(x, facts) {
		if !rule.Outranks(s.Weight, rule.TierVendor) && !s.Kind.Body() {
			continue
		}
		if best == nil || s.Weight > best.Weight {
			c := s
			best = &c
		}
	}
	for _, h := range facts.Vendor {
		if h.Kind.Infra() && rule.Outranks(h.Weight, rule.TierVendor) && (best == nil || h.Weight > best.Weight) {
			s := rule.HitSignal(h)
			best = &s
		}
	}
	if best == nil {
		return "", nil
	}
	return best.Class, best
}

func schemeName(c rule.Challenge) string {
	if c.Scheme == "" {
		return "scheme-less"
	}
	return c.Scheme
}

func credName(c parse.Credentials) string {
	switch {
	case c.Scheme != "" && c.Header != "":
		return c.Header + ": " + c.Scheme
	case c.Header == "TLS client certificate":
		return "a TLS client certificate"
	case len(c.Cookies) > 0 && strings.EqualFold(c.Header, "cookie"):
		return "cookies (" + strings.Join(c.Cookies, ", ") + ")"
	case c.Header != "":
		return c.Header
	}
	return "credentials"
}

func statusEv(x *parse.Exchange) *rule.Evidence {
	ev := rule.StatusEvidence(x)
	return &ev
}

func credEv(x *parse.Exchange, c parse.Credentials) *rule.Evidence {
	if x.Request == nil {
		return nil
	}
	for _, f := range x.Request.Fields {
		if f.Pos == c.Pos && f.Pos.Line != 0 {
			// Quote the field without its secret: the scheme or the cookie names only.
			t := f.Name + ": …"
			switch strings.ToLower(f.Name) {
			case "authorization", "proxy-authorization":
				if c.Scheme != "" {
					t = f.Name + ": " + c.Scheme + " …"
				}
			case "cookie":
				if len(c.Cookies) > 0 {
					t = cutText(f.Name+": "+strings.Join(c.Cookies, "=…; ")+"=…", 120)
				}
			}
			return &rule.Evidence{Exchange: x.Index, Where: "request header", Pos: f.Pos, Text: t}
		}
	}
	for _, f := range x.Request.Configured {
		if f.Pos == c.Pos && f.Pos.Line != 0 && strings.IndexByte(f.Name, ' ') < 0 {
			// given to the client (a flag, an environment variable, a
			// constructor's argument): its line, named without its value,
			// rather than a request line the paste does not show
			return &rule.Evidence{Exchange: x.Index, Where: "given to the client", Pos: f.Pos, Text: cutText(f.Name, 120) + ": …"}
		}
	}
	return reqEv(x)
}

func reqEv(x *parse.Exchange) *rule.Evidence {
	q := x.Request
	if q == nil {
		return nil
	}
	ev := rule.RequestEvidence(x)
	return &ev
}

func fieldEv(x *parse.Exchange, f parse.Field) *rule.Evidence {
	ev := rule.FieldEvidence(x, f, false)
	return &ev
}

// proseRule reads the paste's lines outside the exchange (parse.Exchange.Prose)
// for a rule no credential changes (RuleWordings) that the person names
// about a 403, or for their finding that the same URL works from another
// client when no credential is involved (WorksElsewhere): a signal a little
// above the status and below any wording of the response itself.
func proseRule(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	if x.Response == nil {
		return rule.Signal{}, false
	}
	ev := func(l parse.InfoLine) *rule.Evidence {
		return &rule.Evidence{Exchange: x.Index, Where: proseWhere, Pos: l.Pos, Text: cutText(l.Text, 120)}
	}
	if st := cmp.Or(x.Response.Status, facts.Status); st == 0 || st == 400 || st >= 500 {
		return proseOtherStatus(x, st, ev)
	}
	if x.Response.Status != 403 {
		return rule.Signal{}, false
	}
	for _, l := range x.Prose {
		ll := strings.ToLower(l.Text)
		g, ok := RuleNamed(ll)
		if !ok && userAgentDecides(ll) {
			g, ok = RuleNamed("user-agent header")
		}

		if ok {
			return rule.SignProseRule.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": the 403 comes from "+g.Meaning, ev(l)), true
		}
	}
	lines := proseAndPasted(x)
	// a sentence a terminal or a narrow page wrapped goes on in the next
	// line: the person's findings below are read per sentence
	lines = joinWrapped(lines)
	for _, l := range joinWrapped(x.Prose) {
		// the server's log record of the refusal beside the dump, or a
		// person quoting it: the framework's request-forgery check refused
		// the request (the response's own words are the body readings')
		if t, ok := csrfFailure(strings.ToLower(l.Text)); ok {
			return rule.SignCSRFLogged.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+t+"\"): the framework's CSRF check refused the request, before any permission was looked at", ev(l)), true
		}
	}
	for _, l := range lines {
		if ll := strings.ToLower(l.Text); userAgentDecides(ll) && !hasAnyWordStart(ll, identityWords) {
			g, _ := RuleNamed("user-agent header")
			return rule.SignProseRule.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": the 403 comes from "+g.Meaning, ev(l)), true
		}
	}
	for _, l := range lines {
		if ownNetworkBlocks(strings.ToLower(l.Text)) {
			g, _ := RuleNamed("corporate firewall")
			return rule.SignProseRule.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": the 403 comes from "+g.Meaning, ev(l)), true
		}
	}
	for _, l := range lines {
		if ll := strings.ToLower(l.Text); originDecides(ll) && !hasAnyWordStart(ll, identityWords) {
			return rule.SignProseRule.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": the 403 comes from "+OriginDecides.Meaning, ev(l)), true
		}
	}
	for _, l := range lines {
		if ll := strings.ToLower(l.Text); networkDecides(ll) && !networkWithCredential(ll) {
			return rule.SignProseRule.Signal(rule.Blocked,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": the 403 comes from "+NetworkElsewhere.Meaning, ev(l)), true
		}
	}
	for _, l := range lines {
		if signInFixed(strings.ToLower(l.Text)) {
			return rule.SignProseRule.Signal(rule.Authentication,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+": signing in (again) or a fresh credential made the 403 go away, so it was about missing or stale credentials", ev(l)), true
		}
	}
	for i, l := range lines {
		ll := strings.ToLower(l.Text)
		if i >= len(x.Prose) && !pastedAccount(ll) {
			continue
		}
		if c, f, ok := proseCredentialFailure(ll); ok {
			return rule.SignProseRule.Signal(rule.Authentication,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+c+" … "+f+"\"): the credential itself was bad or absent, which a 403 here reports in place of a 401", ev(l)), true
		}
	}
	for _, l := range lines {
		if c, ok := proseSendFix(strings.ToLower(l.Text)); ok {
			return rule.SignProseRule.Signal(rule.Authentication,
				"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+c+"\"): the fix is to send the credential (at all, or in the form the server reads), so the 403 stands for a missing login", ev(l)), true
		}
	}
	if facts.Credentials.State == parse.CredSent {
		return rule.Signal{}, false
	}
	var works, edge, method *parse.InfoLine
	for i := range lines {
		l := strings.ToLower(lines[i].Text)
		if namesIdentity(l) {
			return rule.Signal{}, false // a session or a key may be what the other client has
		}
		if hasAny(l, EdgeAPIWords) {
			return rule.Signal{}, false // the edge vendor's own API refuses by its tokens
		}
		if works == nil && (statesAny(l, WorksElsewhere.Words) || clientWorks(l)) {
			works = &lines[i]
		}
		if method == nil && x.Request != nil && methodDecides(lines[i].Text, x.Request.Method) {
			method = &lines[i]
		}
		// the edge named, or the words of its bot check quoted (what the
		// browser was shown before it got through)
		if edge == nil && (statesAny(l, EdgeNamed.Words) || statesAny(l, BotWordings)) {
			edge = &lines[i]
		}
	}
	if x.Request != nil && hasAny(strings.ToLower(x.Request.URL+" "+x.Request.Target), EdgeAPIWords) {
		edge = nil
	}
	switch {
	case method != nil:
		return rule.SignProseRule.Signal(rule.Blocked,
			"the text around the dump says "+strconv.Quote(cutText(method.Text, 100))+" and no credential is involved: the "+x.Request.Method+" is refused by "+MethodElsewhere.Meaning, ev(*method)), true
	case works != nil:
		return rule.SignProseRule.Signal(rule.Blocked,
			"the text around the dump says "+strconv.Quote(cutText(works.Text, 100))+" and no credential is involved: the 403 comes from "+WorksElsewhere.Meaning, ev(*works)), true
	case edge != nil:
		return rule.SignProseRule.Signal(rule.Blocked,
			"the text around the dump says "+strconv.Quote(cutText(edge.Text, 100))+" and no credential is involved: the 403 comes from "+EdgeNamed.Meaning, ev(*edge)), true
	}
	return rule.Signal{}, false
}

// proseOtherStatus reads, when the paste shows no status or one that names
// no refusal (400, a 5xx), the person's words around a dump (and those the
// general reader took in as a body) for the credential itself named as
// expired, invalid, unknown or absent ("when the client has no valid
// credentials, the call fails with", "the token had already expired by
// then"): with no refusal status to weigh, that account tells a failure of
// the caller's identity from one of its rights or of the server. It
// outweighs the status and a body that only restates a refusal ("Access
// Denied"), and yields to any wording of the response that names its cause.
func proseOtherStatus(x *parse.Exchange, st int, ev func(parse.InfoLine) *rule.Evidence) (rule.Signal, bool) {
	shown := "no status shown"
	if st != 0 {
		shown = "status " + strconv.Itoa(st) + " names no refusal"
	}
	for _, l := range joinWrapped(x.Prose) {
		// the framework's request-forgery check quoted beside a dump that
		// leaves the response out (an issue's first line: "'_xsrf'
		// argument missing from POST"): the check refused the request
		if t, ok := csrfFailure(strings.ToLower(l.Text)); ok {
			return rule.SignCSRFLogged.Signal(rule.Blocked,
				shown+"; the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+t+"\"): the framework's CSRF check refused the request, before any permission was looked at", ev(l)), true
		}
	}
	for _, l := range joinWrapped(proseAndPasted(x)) {
		if c, f, ok := proseCredentialFailure(strings.ToLower(l.Text)); ok {
			return rule.SignProseRule.Signal(rule.Authentication,
				shown+"; the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+c+" … "+f+"\"): the credential itself was bad or absent, so the failure is about who called", ev(l)), true
		}
	}
	for _, l := range joinWrapped(x.Prose) {
		ll := strings.ToLower(l.Text)
		if recordMessage(ll) != "" || errorLevel(ll) {
			continue
		}
		if hasAny(ll, bothCallersWords) {
			continue // "for authenticated and unauthenticated calls alike": both kinds of caller
		}
		if p, ok := phraseOf(ll); ok && p.class == rule.Authentication && !p.generic && !disowned(ll, p.text) {
			return rule.SignProseRule.Signal(rule.Authentication,
				shown+"; the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+p.text+"\"): the refusal is of a caller the server did not know", ev(l)), true
		}
	}
	return rule.Signal{}, false
}

// bothCallersWords name signed-in and anonymous callers together: a
// sentence with one speaks of both kinds, not of the caller refused.
var bothCallersWords = []string{"authenticated and unauthenticated", "unauthenticated and authenticated",
	"authenticated or unauthenticated", "unauthenticated or authenticated", "logged in and logged out",
	"logged-in and logged-out", "logged in or not", "signed in or not", "anonymous and authenticated",
	"authenticated and anonymous"}

// credentialPrompt reads, in a paste that shows no status, a client's
// interactive prompt for a user name or password that the client shows only
// when the server answered 401 with a challenge: git's "Username for
// 'https://host':", LWP's "Enter username for REALM at host:443:",
// Subversion's "Authentication realm: <https://host:443> REALM". The prompt stands for the challenge the paste leaves out.
func credentialPrompt(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	if x.Response == nil || cmp.Or(x.Response.Status, facts.Status) != 0 {
		return rule.Signal{}, false
	}
	for _, l := range proseAndPasted(x) {
		t := strings.TrimSpace(l.Text)
		if i := strings.LastIndex(t, "$ "); i >= 0 && i < len(t)-2 {
			t = t[i+2:] // a prompt answered on the shell's line
		}
		if !promptLine(t) {
			continue
		}
		return rule.SignTextMessage.Signal(rule.Authentication,
			"no status shown; the client asked for credentials ("+strconv.Quote(cutText(t, 80))+"), which it does only when the server answered 401 with a challenge: the server wants the caller to authenticate",
			&rule.Evidence{Exchange: x.Index, Where: promptWhere, Pos: l.Pos, Text: cutText(l.Text, 120)}), true
	}
	return rule.Signal{}, false
}

// promptWhere is where a client's prompt for credentials is cited from.
const promptWhere = "client's prompt for credentials"

// promptLine reports whether t is an HTTP client's prompt for credentials
// after a challenge (see credentialPrompt).
func promptLine(t string) bool {
	switch {
	case (strings.HasPrefix(t, "Username for '") || strings.HasPrefix(t, "Password for '")) && strings.Contains(t, "://") && strings.Contains(t, "':"):
		return true // git's credential prompt
	case strings.HasPrefix(t, "Enter username for ") && strings.Contains(t, " at ") && strings.HasSuffix(t, ":"):
		return true // LWP (lwp-request, GET, libwww-perl scripts)
	case strings.HasPrefix(t, "Authentication realm: <http"):
		return true // Subversion's
	}
	return false
}

// proseAndPasted is the paste's lines outside the exchange, then the
// person's words the general reader took in as the body (at most
// maxProseScan of them).
func proseAndPasted(x *parse.Exchange) []parse.InfoLine {
	if b := x.Response.Body; b.Pasted {
		return withBodyLines(x.Prose, b.Text, b.Pos.Line, true)
	}
	return x.Prose
}

// withBodyLines is prose followed by the first maxProseScan lines of body
// (split at "\n", the first numbered first; trimmed of spaces when trim),
// in a new slice: prose's array, the exchange's own, is never written to.
// One slice grown as usual, where appending to a copy of prose capped at
// its length copied the whole list again for every line (a 100-line body,
// a tenth of a typical paste's analysis).
func withBodyLines(prose []parse.InfoLine, body string, first int, trim bool) []parse.InfoLine {
	lines := append(make([]parse.InfoLine, 0, len(prose)+64), prose...)
	for i := 0; i < maxProseScan; i++ {
		t, rest, more := strings.Cut(body, "\n")
		if trim {
			t = strings.TrimSpace(t)
		}
		lines = append(lines, parse.InfoLine{Text: t, Pos: parse.Pos{Line: first + i}})
		if !more {
			break
		}
		body = rest
	}
	return lines
}

// proseWhere is where the person's words around a dump are cited from.
const proseWhere = "text around the dump"

// csrfFailure is the CSRFFailureTexts phrase lower-cased l states.
func csrfFailure(l string) (string, bool) {
	for _, t := range CSRFFailureTexts {
		if strings.Contains(l, t) && Stated(l, t) >= 0 {
			return t, true
		}
	}
	return "", false
}

// maxProseScan bounds the lines of a pasted body proseRule reads.
const maxProseScan = 400

// identityWords, in a person's account of a 403, say a credential or a
// session may be what tells the working client from the refused one.
var identityWords = []string{"log in", "logged in", "login", "log-in", "sign in", "signed in", "sign-in", "session", "cookie",
	"token", "api key", "apikey", "api_key", "password", "credential", "authoriz", "authent", "oauth", "bearer"}

// namesIdentity reports whether a person's lower-cased line names a
// credential or a session (identityWords, each beginning a word) where no
// negation before it rules it out: "opens fine in a browser with no
// cookies at all" says the client that works had none.
func namesIdentity(l string) bool {
	for _, w := range identityWords {
		for off := 0; off < len(l); {
			i := strings.Index(l[off:], w)
			if i < 0 {
				break
			}
			i += off
			if (i == 0 || !ascii.IsLetter(l[i-1])) && !Denied(l, i) {
				return true
			}
			off = i + len(w)
		}
	}
	return false
}

// hasAnyWordStart is hasAny for words that begin a word of l
// (ascii.ContainsWordStart): "token", not the end of a stack frame's
// "CancellationToken" or "nextPageToken".
func hasAnyWordStart(l string, ws []string) bool {
	for _, w := range ws {
		if ascii.ContainsWordStart(l, w) {
			return true
		}
	}
	return false
}

// hasAny reports whether l contains any of ws.
func hasAny(l string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// uaWords name the User-Agent in a person's text; outcomeWords say what
// happened to a request.
var (
	uaWords      = []string{"user-agent", "user agent", "useragent"}
	outcomeWords = []string{"works", "worked", "working", "succeeds", "succeeded", "goes through", "went through", "gets through",
		"200", "403", "forbidden", "reject", "refus", "block", "denied", "fails", "failed"}
)

// userAgentDecides reports whether a person's lower-cased line ties what
// happened to the request to its User-Agent ("with a different user-agent
// it works fine", "rejects every request whose user agent contains Wget",
// "answers the curl user agent with a 403; with an empty UA the download
// works"): the outcome turns on the client's software, not its identity.
// A header line ("User-Agent: curl/8.5.0") names no outcome.
func userAgentDecides(l string) bool {
	t := strings.TrimLeft(l, " >*-`#")
	if strings.HasPrefix(t, "user-agent:") || strings.HasPrefix(t, "user-agent =") || strings.Count(t, " ") < 4 {
		return false
	}
	named := ascii.ContainsWord(t, "ua")
	for _, w := range uaWords {
		if strings.Contains(t, w) {
			named = true
		}
	}
	if !named {
		return false
	}
	for _, w := range outcomeWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// keyWorksElsewhere reads the person's words around a refusal (a 401, a
// 403 or no status) for their finding that the same credential is accepted
// by other calls of the same service ("the same key works for every other
// call the library makes", "an API key that works fine on the other
// endpoints", "the same token works for GET /api/v2/boards"): the
// credential is valid, so the refusal is about what it may do, whatever
// the error calls it (401, "invalid token"), a little above the response's
// own wording. Another client that works with it (curl, a browser, the
// CLI) says something else, that this client did not send it, and is not
// read here.
func keyWorksElsewhere(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	switch cmp.Or(x.Response.Status, facts.Status) {
	case 0, 401, 403:
	default:
		return rule.Signal{}, false
	}
	for i, l := range joinWrapped(proseAndPasted(x)) {
		ll := strings.ToLower(l.Text)
		if i >= len(x.Prose) && (recordMessage(ll) != "" || errorLevel(ll) || hasAny(ll, []string{"{", "}", "\":", " = ", "=>"})) {
			continue // output or code pasted with the body, not the person's words
		}
		for _, c := range clauses(ll) {
			if w, ok := keyWorksClause(c); ok {
				return rule.SignProseKeyWorks.Signal(rule.Authorization,
					"the text around the dump says "+strconv.Quote(cutText(l.Text, 100))+" (\""+w+"\"): the same credential is accepted by other calls of this service, so it is valid and this refusal is about what it may do",
					&rule.Evidence{Exchange: x.Index, Where: proseWhere, Pos: l.Pos, Text: cutText(l.Text, 120)}), true
			}
		}
	}
	return rule.Signal{}, false
}

// keyWorkWords say, after a credential, that it was accepted; otherCallWords
// name other parts of the same API than the refused call.
var (
	keyWorkWords   = []string{"works", "work fine", "work for", "work on", "working", "can call", "can access", "can read", "can list", "succeeds", "is accepted", "are accepted"}
	otherCallWords = []string{"other endpoint", "other call", "other route", "other api", "other request", "other resource", "other operation", "rest of the api"}
	// the credential words, and a key named as such ("the service key")
	keyCredentialWords = append(slices.Clip(credentialWords), " key ", " keys ")
)

// keyWorksClause reports, for one lower-cased clause, a credential named
// before a word that it was accepted, followed by other calls of the API or
// by an API path ("… works for `GET api/v1/projects`"), with no other
// client named and nothing that turns it round ("doesn't work for the
// other endpoints either"). It returns the words from the credential on.
func keyWorksClause(c string) (string, bool) {
	if hasAny(c, otherClientWords) || hasAny(c, notWorkWords) || hasAny(c, []string{"either", " cli", "by hand", "manually"}) {
		return "", false
	}
	for _, v := range keyWorkWords {
		i := strings.Index(c, v)
		if i < 0 {
			continue
		}
		// the credential the verb is said of: the last one named before it
		k := -1
		for _, w := range keyCredentialWords {
			if j := strings.LastIndex(c[:i], w); j > k {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		if rest := c[i+len(v):]; hasAny(rest, otherCallWords) || apiPathIn(rest) {
			return cutText(c[k:], 80), true
		}
	}
	return "", false
}

// apiPathIn reports whether lower-cased s names a path of an API within its
// first words: "/v1/jobs", "`get api/v1/projects`", not a URL of another
// host ("https://…") or a file name.
func apiPathIn(s string) bool {
	if len(s) > 40 {
		s = s[:40]
	}
	for i := 0; i+1 < len(s); i++ {
		switch {
		case s[i] == '/' && (i == 0 || s[i-1] == ' ' || s[i-1] == '`' || s[i-1] == '\'' || s[i-1] == '"') && ascii.IsLetter(s[i+1]):
			return true
		case strings.HasPrefix(s[i:], "api/") && (i == 0 || s[i-1] == ' ' || s[i-1] == '`' || s[i-1] == '\'' || s[i-1] == '"'):
			return true
		}
	}
	return false
}

// otherClientWords name another HTTP client in a person's text;
// clientOutcomeWords say the request went through there.
var (
	otherClientWords = []string{"browser", "firefox", "chrome", "safari", "postman", "insomnia", "curl", "wget", "python", "httpie", "powershell",
		// other software named as a class ("other tools can upload to the
		// same share", "another client gets the answer")
		"other tools", "other clients", "another client", "other programs", "other apps"}
	clientOutcomeWords = []string{"works", "worked", "just fine", "works fine", "get 200", "gets 200", "got 200", "returns 200", "returned 200",
		"200 ok", "opens", "loads", "succeeds", "succeeded", "goes through",
		// the answer itself named ("a browser gets the expected answer",
		// "other tools can download the files")
		"expected answer", "expected response", "expected result", "the right answer", "the correct answer", "can download", "can upload",
		// what it did named with "fine" after it ("curl and wget download
		// it fine", "both fetch them fine")
		" it fine", " them fine"}
)

// clientWorks reports whether a person's lower-cased line says the refused
// request goes through from another client ("the very same request from
// python works fine", "both the browser and curl get 200", "I can open the
// site in a browser just fine"), and not that it fails there too.
func clientWorks(l string) bool {
	for _, c := range clauses(l) {
		if hasAny(c, otherClientWords) && hasAny(c, clientOutcomeWords) && !hasAny(c, notWorkWords) && !strings.Contains(c, "403") {
			return true
		}
	}
	return false
}

// clauses splits a lower-cased line where it turns ("…, but …", "…; …",
// "…, so …") and where a sentence ends, so that what works and what fails
// are judged apart ("Curl and wget download it fine, so it doesn't look
// like the network"; "… opens fine in a browser. The change that turns the
// 403 into a 200 …").
func clauses(l string) []string {
	for _, sep := range []string{", but ", " but ", "; ", ", while ", " while ", ", whereas ", " whereas ", ", so ", ". "} {
		l = strings.ReplaceAll(l, sep, "\x00")
	}
	return strings.Split(l, "\x00")
}

// joinWrapped joins a line with the lines that continue its sentence
// (wrapsOn) when they follow it directly.
func joinWrapped(lines []parse.InfoLine) []parse.InfoLine {
	var out []parse.InfoLine
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for j := 0; j < 4 && i+1 < len(lines) && lines[i+1].Pos.Line == lines[i].Pos.Line+1 && wrapsOn(l.Text, lines[i+1].Text); j++ {
			i++
			l.Text = strings.TrimRight(l.Text, " \r") + " " + strings.TrimSpace(lines[i].Text)
		}
		out = append(out, l)
	}
	return out
}

// ownNetworkWords name the client's own network in a person's text.
var ownNetworkWords = []string{"our corporate network", "our company network", "our company's network", "our office network",
	"our work network", "our internal network", "our university network", "our campus network", "my company's network",
	"my company network", "my corporate network", "my work network", "my office network"}

// ownNetworkBlocks reports whether a clause of a person's lower-cased line
// says something is blocked in their own network ("Plain http is blocked
// completely in our corporate network"): the network the client sits in
// refuses, whatever the site or the credentials. A negated block ("it is
// not blocked in our company network") says no.
func ownNetworkBlocks(l string) bool {
	for _, c := range clauses(l) {
		if !hasAny(c, ownNetworkWords) {
			continue
		}
		for _, w := range []string{"blocked", "blocks", "blocking"} {
			if Stated(c, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// originWords name the request's Origin header in a person's text (not
// git's remote, nor an origin server); originCauseWords say it decides:
// what happened, a fix, or a cause.
var (
	originWords = []string{"origin header", "header origin", "origin: null", "origin:null", `"origin":`, `'origin':`,
		"its own origin", "sends an origin", "send an origin", "sends the origin", "send the origin", "without an origin",
		"without the origin"}
	originCauseWords = append([]string{"because", "need to", "needs to", "have to", "has to", "must", "adding", "add an", "add the",
		"removing", "remove the", "dropping", "hace falta", "hay que", "es necesario", "il faut", "muss"}, outcomeWords...)
)

// originDecides reports whether a person's lower-cased line ties what
// happened to the request to its Origin header ("hace falta mandar un
// header Origin", "adding Origin: null to the request headers gets it
// through", "that's because Postman sends its own origin"). A header line
// ("Origin: https://app.example") names no outcome, and a CORS response
// header (Access-Control-Allow-Origin) is about what the browser may read,
// not about what the server accepted.
func originDecides(l string) bool {
	t := strings.TrimLeft(l, " >*-`#")
	if strings.HasPrefix(t, "origin:") || strings.Contains(t, "allow-origin") || strings.Count(t, " ") < 4 {
		return false
	}
	return hasAny(t, originWords) && hasAny(t, originCauseWords)
}

// netChangeWords name a change of the client's network in a person's text;
// worksWords say the request then went through (at a word's start: not the
// "loads" of "downloads"); notWorkWords negate it.
var (
	netChangeWords = []string{"vpn", "hotspot", "mobile data", "tethering", "another network", "different network", "other network",
		"another ip", "different ip", "new ip", "other ip", "another country", "different country", "another location", "different location",
		// one network of the person's against another ("from my home network it works")
		"home network", "office network", "company network", "corporate network", "work network", "another wifi", "different wifi",
		"other wifi", "another wi-fi", "different wi-fi"}
	worksWords   = []string{"works", "worked", "working", "loads", "loaded", "goes away", "went away", "goes through", "went through", "fine", "succeeds", "200"}
	notWorkWords = []string{"doesn't", "does not", "didn't", "did not", "not work", "still", "same error", "same thing", "same result", "no luck", "neither", "nor "}
)

// networkDecides reports whether a person's lower-cased line says that the
// request went through from another network ("with a VPN turned on it
// works", "when I switch to a mobile hotspot the error goes away"): the
// refusal turns on the client's network or address, not its identity. A
// line that says the change did not help ("same thing from another
// network") says no.
func networkDecides(l string) bool {
	return hasAny(l, netChangeWords) && hasAnyWordStart(l, worksWords) && !hasAny(l, notWorkWords)
}

// networkWithCredential reports whether a clause of lower-cased l that
// names the other network also names a credential ("over the VPN it works
// with the deploy token"): the network was not the only change.
func networkWithCredential(l string) bool {
	for _, c := range clauses(l) {
		if hasAny(c, netChangeWords) && hasAnyWordStart(c, identityWords) {
			return true
		}
	}
	return false
}

// httpMethods are the request methods a person names in their account.
var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// methodWorks say a request went through; methodFails say it did not.
var (
	methodWorks = []string{"works", "worked", "goes through", "go through", "went through", "succeeds", "succeeded", "returns 200", "gets 200", "get 200", "answers 200"}
	methodFails = []string{"doesn't", "does not", "didn't", "did not", "not work", "same error", "same thing", "same result", "no luck",
		"neither", "nor ", "also fail", "fails too", "fail too", "still fail", "still get", "still return", "also get", "also return", "403"}
)

// methodDecides reports whether a person's line (as written) says the
// refused request goes through with a method other than refused: the
// method written in capitals or as code ("a plain `GET` of the same URL
// still works", "changing `post` to `get` makes it go through"), with an
// outcome and no word that it failed there too. A lower-case "get" in
// running text is the verb, not the method.
func methodDecides(line, refused string) bool {
	l := strings.ToLower(line)
	if refused == "" || !hasAny(l, methodWorks) || hasAny(l, methodFails) || hasAnyWordStart(l, identityWords) {
		return false
	}
	for _, m := range httpMethods {
		if m == refused {
			continue
		}
		if ascii.ContainsWord(line, m) || strings.Contains(l, "`"+strings.ToLower(m)+"`") {
			return true
		}
	}
	return false
}

// Sign-in words and the words of a fix, for signInFixed.
var (
	signInWords = []string{" login", "log in", "logging in", "logged in again", "sign in", "signing in", "re-login", "relogin",
		"re-authenticat", "reauthenticat", "new token", "fresh token", "new pat", "regenerated the token", "renewed the token",
		// a new key or secret asked for, issued or rotated ("In the end I
		// asked for a new API key and that one works")
		"new api key", "new key", "fresh key", "new access key", "new secret", "new credential", "regenerated the key",
		"regenerated the api key", "rotated the key", "new app password"}
	fixedWords = []string{"then it worked", "then it works", "it worked", "it works now", "works now", "fixed it", "fixes it",
		"go away", "goes away", "went away", "solved it", "resolved it", "did the trick", "does the trick",
		"that one works", "this one works", "the new one works", "that one worked", "this one worked"}
)

// grantFixWords name a grant of the account: a fix that adds one is about
// what the account may do, whoever signs in.
var grantFixWords = []string{"permission", " role", "privilege", "scope", "granted", "grant "}

// signInFixed reports whether lower-cased l says that signing in (again),
// or a new credential, made the failure go away: "I had to do `helm
// registry login ghcr.io`, then it worked", "running `pulumi login` makes
// it go away". A line that negates ("didn't help", "still fails") says no.
func signInFixed(l string) bool {
	i := -1
	for _, w := range signInWords {
		if k := strings.Index(" "+l, w); k >= 0 && (i < 0 || k < i) {
			i = k
		}
	}
	if i < 0 {
		return false
	}
	rest := l[max(0, i-1):]
	end := -1
	for _, w := range fixedWords {
		if k := strings.Index(rest, w); k >= 0 && (end < 0 || k+len(w) < end) {
			end = k + len(w)
		}
	}
	if end < 0 {
		return false
	}
	// what lies between the sign-in and the fix: a negation there ("didn't
	// help", "still fails") says no, while one in a later sentence ("I've
	// thrown away the one that didn't") is about something else
	span := rest[:end]
	if hasAny(span, []string{"didn't", "did not", "doesn't", "does not", "still get", "still fail", "still the same", "no luck",
		"not work", "no difference", "not help", "n't help"}) {
		return false
	}
	// "make sure the customer you log in with has the API user permission;
	// adding the role solved it": what changed is a grant of the account,
	// not its sign-in
	return !hasAny(span, grantFixWords)
}

// sendFixWords, in a person's or a maintainer's words beside a 403, say
// the fix is to send a credential: "you need to include the key in a Basic
// Authorization header", "I guess I need to pass some sort of creds", "I
// forgot to send the token". ("The client must send the token" describes
// a design as often as it names a fix, and is not read.)
var sendFixWords = []string{"need to pass", "need to include", "need to send", "need to provide", "need to supply",
	"have to pass", "have to include", "have to send", "have to provide", "forgot to pass", "forgot to send", "forgot to include",
	"forgot to add", "forgot to set"}

// proseSendFix finds, in a sentence of lower-cased l, one of sendFixWords
// followed by a credential (credentialWords, or "creds"), in a sentence
// that names no grant (a scope or role to include is a permission) and
// does not doubt it, outside a log record.
func proseSendFix(l string) (string, bool) {
	if recordMessage(l) != "" || errorLevel(l) {
		return "", false
	}
	for _, sentence := range strings.FieldsFunc(l, func(r rune) bool { return r == '.' || r == '?' || r == '!' || r == ';' }) {
		for _, w := range sendFixWords {
			i := strings.Index(sentence, w)
			if i < 0 {
				continue
			}
			rest := sentence[i+len(w):]
			if !hasAny(rest, credentialWords) && !ascii.ContainsWord(rest, "creds") || hasAny(sentence, grantFixWords) ||
				disowned(l, w) || hasAny(sentence[:i], []string{"don't ", "do not ", "doesn't ", "does not ", "no need", "not "}) {
				continue
			}
			return w, true
		}
	}
	return "", false
}

// proseStaleWords, said of a credential in a person's account of a 403,
// name the credential itself as the cause: it had expired, was revoked,
// unknown to the server or not sent at all ("when the credentials for the
// backend have expired", "the token doesn't exist", "calling the API
// without a valid API key"), not a permission it lacks.
var proseStaleWords = append([]string{"does not exist", "doesn't exist", "no longer exist", "stale",
	"without a valid", "without valid", "not provided", "was missing", "is missing", "are missing", "not set"}, append(refusedFailureWords, missingAbroad...)...)

// pastedAccount reports whether lower-cased l, a line the general reader
// took in with the body, reads as the person's own account of the failure
// rather than output or a statement about statuses: it names no status
// code (a client's "status code does not indicate success: 403 (…)", a
// table of what 401 and 403 mean), does not say the same credential
// worked elsewhere, and does not set a first impression against what
// follows ("it looks like the key is wrong, but …"), and is not a line of
// code ("$flash->add('error', 'Invalid password');").
func pastedAccount(l string) bool {
	return !hasAny(l, []string{"401", "403", "status", "same credential", "same token", "same key", "same api key", "at first", ", but ", " but the "}) &&
		!hasAny(l, []string{"->", "::", ");", "('", "(\"", " = ", "=>", "{", "}", "$"})
}

// proseCredentialFailure reads, in a lower-cased line of the person's
// words, a credential named next to one of proseStaleWords that the line
// does not rule out, ask about ("is it an expired token?") or guard
// against ("refreshing in case the token has expired"), outside a log
// record.
func proseCredentialFailure(l string) (cred, failure string, ok bool) {
	if recordMessage(l) != "" || errorLevel(l) {
		return "", "", false // a log record's words, not the person's
	}
	c, f, ok := credentialFailure(l, proseStaleWords)
	if !ok || disowned(l, f) || strings.Contains(l, "in case") {
		return "", "", false
	}
	return c, strings.TrimSpace(f), true
}

// downloadExts are, lower case, the endings of the files package managers
// and installers fetch from a public source: archives, packages, package
// metadata, installers and checksums.
var downloadExts = []string{".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar.zst", ".tar", ".whl", ".gem", ".gemspec.rz", ".jar",
	".pom", ".aar", ".rpm", ".deb", ".conda", ".nupkg", ".crate", ".msi", ".exe", ".dmg", ".pkg", ".apk", ".iso", ".7z",
	".sha1", ".sha256", ".sha512", ".md5", ".asc", ".sig",
	// a repository's own metadata, fetched before any package (dnf/yum's
	// repomd.xml, Maven's maven-metadata.xml, Gradle's .module, a CocoaPods
	// spec, conda's repodata.json, apt's Release files)
	"/repomd.xml", "/maven-metadata.xml", ".module", ".podspec", ".podspec.json", "/repodata.json", "/current_repodata.json",
	"/inrelease", "/release.gpg", "/packages.gz", "/packages.xz"}

// uploadWords mark a line about sending a file rather than fetching one:
// a refused publish is a question of the publisher's rights.
var uploadWords = []string{"upload", "publish", "deploy", "push", "put ", "\"put\"", "post "}

// signedQuery marks a URL whose query carries a signature or a key (a
// pre-signed or SAS link): its 403 may be the credential's.
var signedQuery = []string{"sig=", "signature", "token=", "key=", "credential=", "expires="}

// downloadBare is the reading of a bare 403 to the download of a published
// file (an archive, a package, an installer) when nothing shows that a
// credential went with it and nothing else names a cause. Public package
// sources and their storage answer 403 for what is not about the caller:
// an object that does not exist (storage that hides missing keys), or a
// rule of a mirror, a CDN or the client's network (its address, country,
// User-Agent or proxy). Just above the status, below any words of the
// response.
func downloadBare(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	if !bare403(x, facts) {
		return rule.Signal{}, false
	}
	if q := x.Request; q != nil {
		if q.Method != "" && q.Method != "GET" && q.Method != "HEAD" {
			return rule.Signal{}, false
		}
		if ok, mirror := downloadURL(strings.ToLower(q.URL + " " + q.Target)); ok {
			return rule.SignDownloadBare.Signal(rule.Blocked, downloadReasonOf(mirror), reqEv(x)), true
		}
	}
	// the line a client's error gives the status on ("reading https://…/v1.2.3.zip:
	// 403 Forbidden", "HTTP 403 Forbidden for url <…/pkg-1.0.conda>")
	for _, l := range responseLines(x) {
		ll := strings.ToLower(l.Text)
		if !strings.Contains(ll, "403") || hasAny(ll, uploadWords) {
			continue
		}
		ok, mirror := downloadURL(ll)
		if !ok {
			continue
		}
		return rule.SignDownloadBare.Signal(rule.Blocked, downloadReasonOf(mirror),
			&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: l.Pos, Text: cutText(strings.TrimSpace(l.Text), 120)}), true
	}
	return rule.Signal{}, false
}

// bare403 reports whether x is a 403 that nothing but its status explains
// so far, to a request that shows no credential: no challenge, no
// challenge before it, no product's reading but a web server's default page.
func bare403(x *parse.Exchange, facts *rule.Facts) bool {
	if x.Response.Status != 403 || facts.Credentials.State == parse.CredSent || len(facts.Challenges) > 0 || facts.Challenged {
		return false
	}
	for _, h := range facts.Vendor {
		if h.Kind != rule.KindDefaultPage {
			return false // a product's own reading says more
		}
	}
	return true
}

// responseLines are the line a status was stated on and the first lines of
// the response's body (a client's error and its traceback, as the general
// reader takes them in).
func responseLines(x *parse.Exchange) []parse.InfoLine {
	r := x.Response
	lines := []parse.InfoLine{{Text: r.StatusText, Pos: r.Pos}}
	body := r.Body.Text
	for off := 0; off < len(body) && off < 16<<10; {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		lines = append(lines, parse.InfoLine{Text: body[off : off+end], Pos: r.Body.LinePos(off)})
		off += end + 1
	}
	return lines
}

// defaultAgentClients are, lower case, the marks of Python's urllib in a
// client's error: its exception class, its module's frames, and the words
// of its HTTPError ("HTTP Error 403: Forbidden"). Unless the code sets one,
// urllib sends "Python-urllib/3.x" as its User-Agent, which many sites,
// CDNs and bot rules refuse with 403; tools built on it (youtube-dl) share
// the default.
var defaultAgentClients = []string{"urllib.error.httperror", "urllib2.httperror", "urllib/request.py", "urllib2.py",
	"http error 403: forbidden"}

// defaultAgentBare is the reading of a bare 403 that Python's urllib
// raised, when nothing in the paste names a credential, a session or a
// User-Agent the code set: the default User-Agent is the usual cause.
func defaultAgentBare(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	if !bare403(x, facts) || x.Request != nil && x.Request.Fields.Has("user-agent") {
		return rule.Signal{}, false
	}
	var at *parse.InfoLine
	lines := append(responseLines(x), x.Prose...)
	for i := range lines {
		ll := strings.ToLower(lines[i].Text)
		if hasAnyWordStart(ll, identityWords) || strings.Contains(ll, "user-agent") || strings.Contains(ll, "user_agent") {
			return rule.Signal{}, false // a credential, or a User-Agent the code chose, may be what the 403 is about
		}
		if at == nil && hasAny(ll, defaultAgentClients) {
			at = &lines[i]
		}
	}
	if at == nil {
		return rule.Signal{}, false
	}
	return rule.SignDefaultAgentBare.Signal(rule.Blocked,
		"a bare 403 raised by Python's urllib, with no credential or User-Agent in the paste: urllib sends \"Python-urllib/3.x\" unless told otherwise, and many sites and CDNs refuse that agent with 403 whoever asks",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: at.Pos, Text: cutText(strings.TrimSpace(at.Text), 120)}), true
}

// downloadReason and mirrorReason are downloadBare's readings: of a file by
// its name, and of anything from a mirror's host (mirrorHost).
const (
	downloadReason = "a bare 403 to the download of a published file (an archive, a package, an installer) with no credential shown: package sources and their storage answer so for a file that does not exist or for a rule of a mirror, a CDN or the client's network (address, country, User-Agent, proxy), not for who asks"
	mirrorReason   = "a bare 403 from a mirror's host with no credential shown: a mirror republishes public files for anyone, and answers 403 for a rule about the client (its address range, country or User-Agent, too many requests) or for a file it does not hold, not for who asks"
)

// downloadReasonOf is mirrorReason when the URL was a mirror's, else
// downloadReason.
func downloadReasonOf(mirror bool) string {
	if mirror {
		return mirrorReason
	}
	return downloadReason
}

// downloadURL reports whether lower-cased l names an http(s) URL whose path
// ends in a file of downloadExts, or whose host is a mirror's (mirror
// set), and whose query carries no signature or key.
func downloadURL(l string) (ok, mirror bool) {
	for from := 0; from < len(l); {
		i := strings.Index(l[from:], "http")
		if i < 0 {
			return false, false
		}
		u := l[from+i:]
		from += i + 4
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			continue
		}
		if k := strings.IndexAny(u, " \t'\"<>)`,"); k >= 0 {
			u = u[:k]
		}
		u = strings.TrimRight(u, ".:;")
		path, query, _ := strings.Cut(u, "?")
		path, _, _ = strings.Cut(path, "#")
		if query != "" && hasAny(query, signedQuery) {
			continue
		}
		for _, e := range downloadExts {
			if strings.HasSuffix(path, e) {
				return true, false
			}
		}
		if mirrorHost(path) {
			return true, true
		}
	}
	return false, false
}

// mirrorHost reports whether lower-cased u, an http(s) URL, names a mirror
// by its host ("mirrors.tuna.tsinghua.edu.cn", "mirror.example.org",
// "ftp-mirror.example.net"): a mirror republishes a public source for
// anyone, so whatever it serves is a published file, whatever the path's
// ending (a conda package, a Jenkins plugin, a path cut by the client).
func mirrorHost(u string) bool {
	_, host, _ := strings.Cut(u, "://")
	host, _, _ = strings.Cut(host, "/")
	host, _, _ = strings.Cut(host, ":")
	for label := range strings.SplitSeq(host, ".") {
		if strings.HasPrefix(label, "mirror") || strings.HasSuffix(label, "mirror") || strings.HasSuffix(label, "mirrors") {
			return true
		}
	}
	return false
}

// challengeSignals appends BaseSignals' protocol tier: what the response's
// challenges say. (BaseSignals is split in parts: V8 recompiles a large
// function of the page's module whole once it has run a while, and a
// first visit paid its optimising compiler for a function called once per
// exchange; issue #14.)
func challengeSignals(out []rule.Signal, x *parse.Exchange, r *parse.Response, facts *rule.Facts) []rule.Signal {
	// Protocol tier: RFC 6750 error codes in a Bearer challenge say what the
	// server thinks of the token, whatever refusal status it chose. On a
	// response that was served (2xx, 3xx) the challenge refused nothing: a
	// module that tried one requirement after another may leave the
	// challenge of the one that failed on the answer another granted.
	served := r.Status >= 200 && r.Status < 400
	for _, c := range facts.Challenges {
		if served {
			break
		}
		code, _ := c.Param("error")
		switch strings.ToLower(code) {
		case "insufficient_scope":
			out = append(out, rule.SignChallengeError.Signal(rule.Authorization,
				"the Bearer challenge says insufficient_scope: the token was accepted but does not carry the scope this resource needs",
				fieldEv(x, c.Field)))
		case "invalid_token":
			out = append(out, rule.SignChallengeError.Signal(rule.Authentication,
				"the challenge says invalid_token: the access token is expired, revoked, malformed or meant for another audience",
				fieldEv(x, c.Field)))
		case "insufficient_user_authentication", "insufficient_claims":
			out = append(out, rule.SignChallengeError.Signal(rule.Authentication,
				"the challenge says "+strings.ToLower(code)+": the user must sign in again, more strongly or with fresh claims",
				fieldEv(x, c.Field)))
		}
	}
	// Protocol tier: a challenge on a 401/407 is the server asking for credentials.
	switch {
	case r.Status == 401 && len(facts.Challenges) > 0:
		c := facts.Challenges[0]
		s := rule.SignChallenge.Signal(rule.Authentication,
			"the 401 carries a "+schemeName(c)+" challenge: the server wants credentials it did not get or did not accept",
			fieldEv(x, c.Field))
		if (facts.Credentials.State == parse.CredSent || facts.Credentials.State != parse.CredNone && namesMissingScope(x, facts)) &&
			bareChallenges(facts.Challenges) && saysNotAllowed(x, facts) {
			// Servers put a challenge on every 401 (RFC 9110 requires one),
			// so a challenge that names no error only restates the status:
			// when credentials were sent, the response's own words that the
			// caller is known and lacks a permission say more (a 401 used
			// for a 403). Without credentials, such words mean "not for
			// anonymous callers" and the challenge stands. A paste that
			// does not show the request still shows a token was sent when
			// the body names a scope the token lacks: only a token has
			// scopes.
			s = rule.SignChallengeBare.Signal(rule.Authentication,
				"the 401 carries a "+schemeName(c)+" challenge with no error code, which every 401 must carry; it only restates the status",
				s.Evidence)
		}
		out = append(out, s)
	case r.Status == 0 && len(facts.Challenges) > 0:
		// no status shown: a challenge is what a server sends with 401
		c := facts.Challenges[0]
		out = append(out, rule.SignChallenge.Signal(rule.Authentication,
			"no status shown; the response carries a "+schemeName(c)+" challenge, which a server sends with 401: it wants credentials it did not get or did not accept",
			fieldEv(x, c.Field)))
	case r.Status == 0 && len(facts.ProxyChallenges) > 0:
		c := facts.ProxyChallenges[0]
		out = append(out, rule.SignProxyChallenge.Signal(rule.Authentication,
			"no status shown; the response carries a "+schemeName(c)+" Proxy-Authenticate challenge, which a proxy sends with 407: it wants its own credentials",
			fieldEv(x, c.Field)))
	case r.Status == 407 && len(facts.ProxyChallenges) > 0:
		c := facts.ProxyChallenges[0]
		out = append(out, rule.SignProxyChallenge.Signal(rule.Authentication,
			"the 407 carries a "+schemeName(c)+" Proxy-Authenticate challenge: a proxy on the way wants its own credentials",
			fieldEv(x, c.Field)))
	}
	return out
}

// vendorSignals appends BaseSignals' vendor tier: the vendor table's hits.
func vendorSignals(out []rule.Signal, x *parse.Exchange, facts *rule.Facts) []rule.Signal {
	// Vendor tier (and weak default-page hits): the vendor table. Infrastructure
	// kinds are signalled by the AT8 rules together with their findings.
	for _, h := range facts.Vendor {
		if h.Kind.Infra() {
			continue
		}
		s := rule.HitSignal(h)
		switch {
		case h.Class == rule.Authorization && h.Traits&rule.TraitAnonymousAlike != 0 && facts.Credentials.State == parse.CredNone:
			// The vendor refuses an unsigned request with the same error
			// as a known caller: here nobody was known.
			s.Class = rule.Authentication
			s.Reason = h.Name() + ": the request carried no credentials, and " + h.Vendor +
				" answers an anonymous request with the same error it gives a caller without the permission, so this refusal is to an anonymous caller"
		case h.Class == rule.Authentication && h.Traits&rule.TraitAnonymousAlike != 0 && facts.Credentials.State == parse.CredSent:
			// The same error, most often met by anonymous callers, here
			// refused a request that carried a credential: its principal
			// is known and lacks the permission.
			s.Class = rule.Authorization
			s.Reason = h.Name() + ": the request carried credentials, and " + h.Vendor +
				" gives a caller without the permission the same error it gives an anonymous request, so this refusal is to a known caller"
		case knownCallerUnfit(x, facts, h):
			// The error says a known caller lacks a permission, but the
			// paste shows the whole request and it carried no credential
			// of any kind: nobody was known, so that meaning cannot
			// apply. It stays in view, weighed as the status it restates.
			s = rule.SignKnownCallerUnfit.Signal(rule.Authorization,
				h.Name()+": this error means a known caller lacks a permission, but the request carried no credentials of any kind, so no caller was known to refuse",
				s.Evidence)
			s.Vendor = h.Vendor
		}
		out = append(out, s)
	}
	return out
}

// statusSignals appends BaseSignals' request and status tiers; false when
// the status is unknown (no status signal, and BaseSignals ends there).
func statusSignals(out []rule.Signal, x *parse.Exchange, r *parse.Response, facts *rule.Facts) ([]rule.Signal, bool) {
	// Request tier: credentials refused, or none sent.
	switch {
	case r.Status == 401 && facts.Credentials.State == parse.CredSent:
		out = append(out, rule.SignCredentialsRefused.Signal(rule.Authentication,
			"the request sent "+credName(facts.Credentials)+" and the server still answered 401, so it did not accept them",
			credEv(x, facts.Credentials)))
	case r.Status == 401 && facts.Credentials.State == parse.CredNone:
		out = append(out, rule.SignNoCredentials.Signal(rule.Authentication,
			"the request carried no credentials, so a 401 is the expected answer",
			reqEv(x)))
	}
	// Status tier. When the paste shows no status, the status the vendor always
	// uses for the error it shows stands in, a little weaker.
	status, implied := r.Status, false
	if status == 0 && facts.Status != 0 {
		status, implied = facts.Status, true
	}
	s := rule.Signal{Evidence: statusEv(x)}
	st := strconv.Itoa(status)
	switch {
	case status == 401:
		s.Class, s.Reason = rule.Authentication, "status 401 means the request lacks valid credentials"
	case status == 407:
		s.Class, s.Reason = rule.Authentication, "status 407 means a proxy wants credentials"
	case status == 403:
		s.Class, s.Reason = rule.Authorization, "status 403 means the server understood the request and refuses it"
	case status == 429:
		s.Class, s.Reason = rule.Blocked, "status 429 means too many requests: a rate limit"
	case status == 451:
		s.Class, s.Reason = rule.Blocked, "status 451 means unavailable for legal reasons: a legal, country or data-export rule refuses the request, whoever asks"
	case status == 511:
		s.Class, s.Reason = rule.Blocked, "status 511 means the network (a captive portal) wants you to sign in, not the site"
	case status == 404:
		s.Class, s.Reason = rule.None, "status 404 says the resource was not found (some servers say so to hide a resource the caller may not see)"
	case status >= 100 && status < 400:
		s.Class, s.Reason = rule.None, "status "+st+" is not an error"
	case status >= 400:
		s.Class, s.Reason = rule.None, "status "+st+" is not an authentication or authorization status"
	default:
		return out, false // unknown status: no status signal
	}
	if implied {
		s.Sign = rule.SignStatusVendorImplied
		s.Reason += " (the paste shows no status line; " + st + " is what this vendor sends with this error)"
		s.Evidence = nil
	} else {
		s.Sign = StatusSign(r.StatusConf)
		if r.StatusConf > parse.StatusUnknown && r.StatusConf < parse.StatusLine {
			s.Reason += " (read from " + confWords(r.StatusConf) + ")"
		}
	}
	out = append(out, s.Weigh())
	if u, ok := unavailableWords(out, status, implied, s.Evidence); ok {
		out = append(out, u)
	}
	return out, true
}
