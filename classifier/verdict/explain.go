package verdict

import (
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/signature"
)

var (
	ref401     = rule.RefRFC9110_401
	ref403     = rule.RefRFC9110_403
	ref407     = rule.RefRFC9110_407
	ref404     = rule.RefRFC9110_404
	ref429     = rule.RefRFC6585_429
	ref511     = rule.RefRFC6585_511
	refAuth    = rule.RefRFC9110Auth
	ref6750    = rule.RefRFC6750Errors
	refFetch   = rule.RefFetchCORS
	refOWASPcs = rule.RefOWASPCSRF
)

// Topics name the common 401/403 confusions (docs/research.md §4) an
// explanation clears up; Verdict.Topics lists the ones a case touches.
const (
	TopicUnauthorizedMeansUnauthenticated = "unauthorized-means-unauthenticated"
	Topic403ForMissingCredentials         = "403-for-missing-credentials"
	Topic401NeedsChallenge                = "401-needs-challenge"
	TopicExpiredVersusScope               = "expired-vs-insufficient-scope"
	Topic404Hiding                        = "404-hides-resource"
	TopicCORSHidesStatus                  = "cors-hides-status"
	TopicWAFNotApp                        = "waf-not-application"
	TopicRateLimitAs403                   = "rate-limit-as-403"
	TopicCSRFNotAuthz                     = "csrf-not-authorization"
	TopicCloudSemantics                   = "cloud-semantics"
	TopicProxyNotSite                     = "proxy-not-site"
	TopicStatusMismatch                   = "status-meaning-mismatch"
	TopicHandshakeStep                    = "handshake-step"
)

// sentence joins parts into one paragraph, skipping empty ones.
func sentence(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// story gathers what the explanation of one exchange draws on.
type story struct {
	v      *Verdict
	x      *parse.Exchange
	f      *rule.Facts
	status int // shown status, or the vendor's implied one
	shown  bool
	top    rule.Signal
	hit    *rule.VendorHit // the vendor hit behind the verdict, if any
}

func (s *story) topic(t string) {
	for _, have := range s.v.Topics {
		if have == t {
			return
		}
	}
	s.v.Topics = append(s.v.Topics, t)
}

// explain writes the headline, explanation, background, refs and topics for
// the decided class. The explanation is at most three sentences about this
// case: what happened, why this class, what to do next. What holds for every
// case of the class is in Background; the lines it rests on are in Reasons.
func explain(v *Verdict, x *parse.Exchange, facts *rule.Facts) {
	s := &story{v: v, x: x, f: facts}
	if r := x.Response; r != nil {
		s.status, s.shown = r.Status, r.Status != 0
		if s.status == 0 {
			s.status = facts.Status
		}
	}
	if len(v.Reasons) > 0 {
		s.top = v.Reasons[0]
	}
	// The vendor hit behind the verdict: the strongest hit of the decided class.
	for i := range facts.Vendor {
		if facts.Vendor[i].Class == v.Class {
			s.hit = &facts.Vendor[i]
			break
		}
	}
	switch v.Class {
	case rule.Authentication:
		s.authentication()
	case rule.Authorization:
		s.authorization()
	case rule.Blocked:
		s.blocked()
	case rule.None:
		s.none()
	default:
		s.unknown()
	}
	v.Background = Background(v.Class)
}

// Background is what holds for every case of a class: the general part of an
// explanation, shown once per class rather than on every card.
func Background(c rule.Class) string {
	switch c {
	case rule.Authentication:
		return "An authentication failure means the server does not know who is asking, or did not accept the proof that was sent. Despite its reason phrase, 401 \"Unauthorized\" is about authentication, and its WWW-Authenticate challenge names the scheme and realm to use (RFC 9110 §11); a 407 asks the same for a proxy. Valid credentials fix it; more permissions do not. An invalid or expired token belongs here too, while a token that lacks a scope is an authorization failure."
	case rule.Authorization:
		return "An authorization failure means the server knows who is asking and refuses: a 403 tells the client that authenticating again will not help (RFC 9110 §15.5.4). Other credentials or more permissions might: a role, a group, an OAuth scope (RFC 6750 insufficient_scope), an allowed network. A new token asked for the same way gets the same answer."
	case rule.Blocked:
		return "Blocked means something other than identity decided: a web application firewall or CDN rule, a bot check, a rate limit, a CSRF check or a proxy's policy. These layers often answer 403 as an application would, and some send 403 instead of 429 for a rate limit, but new credentials or roles do not change their answer: the request, its rate, its client or its origin must change."
	case rule.None:
		return "Not every response in a paste is a refusal. A redirect may lead to a sign-in page, the way browser applications ask for authentication; a 404 may hide a resource the caller may not see (RFC 9110 allows it, and GitHub and GitLab do it for private resources); a 2xx is a success unless its body says otherwise."
	}
	return "A verdict needs a status line, the response headers or an error body this tool recognises; with none of them it cannot tell an authentication failure from an authorization failure, or a refusal from a network error."
}

// markSentenceEnds replaces the space after each sentence's end with a NUL:
// a period, question or exclamation mark followed by white space and a
// capital, a digit or a backquote (what the regular expression
// "([.!?])\\s+([A-Z0-9`])" replaced by "$1\x00$2" did, at a tenth of the
// cost: every card's explanation goes through it).
func markSentenceEnds(text string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\f' || text[j] == '\r') {
			j++
		}
		if j == i+1 || j >= len(text) {
			continue
		}
		if c := text[j]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '`' {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last : i+1])
			b.WriteByte(0)
			last = j
			i = j // the capital is the match's last byte
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// Sentences splits an explanation into its sentences.
func Sentences(text string) []string {
	marked := markSentenceEnds(text)
	var out []string
	for _, s := range strings.Split(marked, "\x00") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Said remembers what the last two cards said, so that a card about the
// same situation refers back to them instead of saying it again: a reader of
// three cards in a row hears no sentence twice.
type Said struct {
	last [2]saidCard
}

type saidCard struct {
	index     int // 0-based exchange index; -1 when empty
	sentences []string
}

// NewSaid starts a record of what cards said.
func NewSaid() *Said { return &Said{last: [2]saidCard{{index: -1}, {index: -1}}} }

// Echo rewrites the sentences of v's explanation (the card of exchange index)
// that one of the last two cards already said as references to that card,
// then remembers what this card said. A sentence it replaces may be the
// verdict's reason or only a remark beside it (a missing challenge), so the
// reference names neither: "the rest is as explained for exchange #1".
func (sd *Said) Echo(index int, v *Verdict) {
	own := Sentences(v.Explanation)
	out := make([]string, 0, len(own))
	whyAt, nextAt := -1, -1 // where in out the references go
	whyFrom, nextFrom := -1, -1
	for i, s := range own {
		from := -1
		for _, c := range sd.last {
			if c.index < 0 {
				continue
			}
			for _, t := range c.sentences {
				if t == s && c.index > from {
					from = c.index
				}
			}
		}
		switch {
		case from < 0 || i == 0 && len(own) > 1:
			out = append(out, s)
		case strings.HasPrefix(s, "Next:") || i == len(own)-1 && i > 0:
			nextFrom, nextAt = from, len(out)
			out = append(out, "")
		default:
			whyFrom, whyAt = from, len(out)
			out = append(out, "")
		}
	}
	ref := func(n int) string { return "#" + strconv.Itoa(n+1) }
	switch {
	case whyFrom >= 0 && whyFrom == nextFrom:
		out[whyAt] = "The rest, the next step included, is as explained for exchange " + ref(whyFrom) + "."
		out[nextAt] = ""
	default:
		if whyFrom >= 0 {
			out[whyAt] = "The rest is as explained for exchange " + ref(whyFrom) + "."
		}
		if nextFrom >= 0 {
			out[nextAt] = "Next: as for exchange " + ref(nextFrom) + "."
		}
	}
	v.Explanation = sentence(out...)
	sd.last[0], sd.last[1] = sd.last[1], saidCard{index: index, sentences: own}
}

// say sets the explanation: what happened, why this class, what to do next,
// one sentence each.
func (s *story) say(what, why, next string) {
	s.v.Explanation = sentence(what, why, next)
}

// overrode says which named evidence overruled the status code, when the
// class differs from the status's own class; "" otherwise.
// ruleNamed is the kind of rule (RuleWordings) the leading signal's
// evidence names, when the verdict is blocked.
func (s *story) ruleNamed() (RuleWording, bool) {
	if s.top.Class != rule.Blocked {
		return RuleWording{}, false
	}
	if s.top.Evidence != nil {
		if g, ok := RuleNamed(strings.ToLower(s.top.Evidence.Text)); ok {
			return g, true
		}
	}
	// a body member read without its line, or a line longer than the
	// evidence shows: the reason states the rule's meaning or quotes it
	for _, g := range append(RuleWordings[:len(RuleWordings):len(RuleWordings)], WorksElsewhere, EdgeNamed, NetworkElsewhere, MethodElsewhere, OriginDecides) {
		if strings.Contains(s.top.Reason, g.Meaning) {
			return g, true
		}
	}
	return RuleNamed(strings.ToLower(s.top.Reason))
}

func (s *story) overrode() string {
	if s.top.Kind == "" || s.top.Kind == rule.KindStatus {
		return ""
	}
	for i := range s.v.Overruled {
		if st := s.v.Overruled[i]; st.Kind == rule.KindStatus {
			return "On its own the status " + strconv.Itoa(s.status) + " would mean " + classWords(st.Class) + "; " + s.evidenceName() + " outranks it."
		}
	}
	return ""
}

// classWords names a class in the words of an explanation.
func classWords(c rule.Class) string {
	switch c {
	case rule.Authentication:
		return "an authentication failure"
	case rule.Authorization:
		return "an authorization failure"
	case rule.Blocked:
		return "a refusal for a reason other than identity"
	case rule.None:
		return "no authentication or authorization failure"
	}
	return "nothing definite"
}

// evidenceName names the deciding signal in a few words: which evidence overrode the status.
func (s *story) evidenceName() string {
	t := s.top
	switch t.Kind {
	case rule.KindChallenge, rule.KindProxyChallenge:
		return "the challenge the server sent"
	case rule.KindBearerError:
		return "the Bearer error code in the challenge"
	case rule.KindErrorCode:
		return "the error code in the body"
	case rule.KindBodyStatus:
		return "the status stated in the body"
	case rule.KindErrorMessage:
		if t.Sign == rule.SignProseRule {
			return "what the text around the dump says"
		}
		if t.Evidence != nil && t.Evidence.Where == "response header" {
			return "where the redirect sends the client" // a filter's block page on another host (blockRedirect)
		}
		return "the error message in the body"
	case rule.KindLoginPage:
		return "the sign-in page in the body"
	case rule.KindLoginRedirect:
		if t.Sign == rule.SignLoginLoop {
			return "the sign-in loop the URL shows"
		}
		return "the redirect to a sign-in page"
	case rule.KindCredentialsRefused, rule.KindNoCredentials:
		return "what the request carried"
	case rule.KindSameCredentialsSucceeded, rule.KindRetryAfterSucceeded:
		return "what a later exchange in the paste shows"
	case rule.KindCookieNotSent:
		return "what the earlier exchanges show about the session cookie"
	}
	if t.Vendor != "" {
		return "the " + t.Vendor + " evidence"
	}
	return "stronger evidence (" + string(t.Kind) + ")"
}

// what says what happened in one sentence: the status, the request and the
// credentials it carried, as far as the paste shows them.
func (s *story) what(extra string) string {
	x := s.x
	r := x.Response
	open := strings.TrimSuffix(s.opening(), ".")
	if r != nil && !s.shown && s.status != 0 {
		sent := "this error"
		if s.v.Class == rule.None {
			sent = "this answer" // a served answer the vendor's words describe, not an error
		}
		open = "The paste shows no status line, and " + sent + " is sent as " + strconv.Itoa(s.status)
	}
	if extra != "" {
		open += ", " + extra
	}
	c := s.f.Credentials
	switch {
	case r == nil:
		return open + "."
	case c.State == parse.CredNone:
		return open + "; the request carried no credentials (no Authorization header, cookie or API key)."
	case c.State == parse.CredSent:
		sent := credName(c)
		switch {
		case c.ByVariable(c.Header):
			sent += ", a variable of the code in the paste"
		case c.Redacted:
			sent += ", redacted in the paste"
		}
		return open + "; the request sent " + sent + "."
	case x.Request == nil:
		return open + "; the paste does not include the request, so whether credentials were sent is not known."
	case x.Request.Sanitized:
		return open + "; the export was sanitized, so whether credentials were sent is not known."
	}
	return open + "."
}

// bodiless reports whether the request is a GET or HEAD shown with no
// body, so no credential can have travelled where the paste does not show.
func (s *story) bodiless() bool {
	q := s.x.Request
	return q != nil && (q.Method == "GET" || q.Method == "HEAD") && strings.TrimSpace(q.Body.Text) == ""
}

// emptyBody reports a shown 403 with a complete header block and no body.
func (s *story) emptyBody() bool {
	r := s.x.Response
	head := s.x.Request != nil && s.x.Request.Method == "HEAD"
	return r != nil && s.status == 403 && s.shown && !head && strings.TrimSpace(r.Body.Text) == "" && !r.Body.Truncated && r.HeadersComplete
}

func (s *story) authentication() {
	if s.browser() {
		return
	}
	v, x, f := s.v, s.x, s.f
	cred := f.Credentials
	v.Refs = []rule.Ref{ref401, refAuth}
	if s.status == 407 {
		s.proxyAuthentication()
		return
	}
	switch {
	case s.top.Kind == rule.KindCookieNotSent:
		v.Headline = "Authentication lost: the session cookie was not sent"
	case (s.top.Kind == rule.KindTokenDance || (s.hit != nil && s.hit.Kind == rule.KindTokenDance)) && cred.State != parse.CredSent:
		v.Headline = "Authentication required: the expected first step of a token flow"
	case s.status == 403:
		v.Headline = "Not authenticated, although the status is 403"
	case s.top.Sign == rule.SignLoginLoop:
		v.Headline = "Sign-in loop: the application keeps sending the visitor back to its sign-in page"
	case s.redirectRefused():
		v.Headline = "Sign-in stopped: the client's redirect URI is not accepted"
	case s.top.Kind == rule.KindLoginRedirect:
		v.Headline = "Authentication required: the server sent the client to its sign-in page"
	case s.status >= 200 && s.status < 300:
		v.Headline = "Authentication error inside a " + strconv.Itoa(s.status) + " response"
	case s.hit != nil && s.hit.Traits&rule.TraitStepUp != 0 || s.top.Sign == rule.SignBearerClaims:
		v.Headline = "Authentication incomplete: a stronger or fresher sign-in is needed"
	case cred.State == parse.CredSent:
		v.Headline = "Authentication failed: the credentials were refused"
	case cred.State == parse.CredNone && (s.top.Kind == rule.KindChallenge || s.top.Kind == rule.KindStatus || s.top.Kind == rule.KindNoCredentials ||
		s.top.Sign == rule.SignBearerNoToken || s.bodiless()):
		v.Headline = "Authentication required: no credentials were sent"
	case cred.State == parse.CredNone:
		// Credentials may travel in a body the paste does not show (a token request).
		v.Headline = "Authentication failure: no valid credentials reached the server"
	case s.saysRefused():
		// the request is not shown, but the server's words say it read a
		// credential and turned it down ("invalid_user_credentials",
		// "token has expired")
		v.Headline = "Authentication failed: the credentials were refused"
	default:
		// whether a credential was sent is not shown, and the server's
		// words do not say one was read: neither missing nor refused
		v.Headline = "Authentication failure: the server did not authenticate the caller"
	}
	var why string
	switch {
	case s.top.Kind == rule.KindCookieNotSent:
		why = upperFirst(s.top.Reason) + "."
	case s.status == 403:
		s.topic(Topic403ForMissingCredentials)
		s.topic(TopicStatusMismatch)
		v.Refs = []rule.Ref{ref401, ref403, refAuth}
		why = "The status says 403, but " + s.whoSays() + " says the caller was not authenticated, and that outranks the status code: fix the credentials rather than ask for more permissions."
		if s.top.Sign == rule.SignBareToken {
			// the request's own fact, not the response's words
			why = "The status says 403, but the request sent its token with no scheme (Bearer) in front of it, which a server does not read as a credential, so it never knew who called: fix the header rather than ask for more permissions."
		}
		if s.top.Sign == rule.SignCredentialUnset {
			// the request's own fact, not the response's words
			why = "The status says 403, but the request named its credential (" + f.Credentials.Unset() + ") and sent no value for it, so the server had nobody to weigh a permission for: supply the credential rather than ask for more permissions."
		}
		if s.hit != nil && s.hit.Traits&rule.TraitAuthnAs403 != 0 {
			s.topic(TopicCloudSemantics)
			why = "The status says 403, but " + s.whoSays() + " is about the credentials themselves, which AWS reports as 403 (unknown keys, bad signatures, expired signed links): fix the credentials rather than ask for more permissions."
		}
	case s.status >= 200 && s.status < 300:
		s.topic(TopicStatusMismatch)
		why = "The status claims success, but the body is an authentication error, which clients, caches and monitoring that trust the status will miss."
	case s.top.Sign == rule.SignBearerNoToken:
		v.Refs = append(v.Refs, ref6750)
		why = "The Bearer challenge names an error code, but the request sent no token at all, so the error cannot be about a bad or expired token: the credentials are missing, not refused."
	case s.top.Kind == rule.KindBearerError:
		s.topic(TopicExpiredVersusScope)
		v.Refs = append(v.Refs, ref6750)
		why = "The Bearer error code says the token itself was refused (invalid or expired), which is authentication, not a missing scope."
	case s.status == 401:
		s.topic(TopicUnauthorizedMeansUnauthenticated)
		switch {
		case len(f.Challenges) > 0:
			why = challengeSentence(f)
		case x.Response.HeadersComplete:
			s.topic(Topic401NeedsChallenge)
			why = "It sends no WWW-Authenticate challenge, which RFC 9110 requires with every 401, so a client cannot tell which scheme or realm to use."
		default:
			why = "The paste does not show the whole header block, so whether a WWW-Authenticate challenge came with this 401 is not known."
		}
		if o := s.overrode(); o != "" && s.top.Kind != rule.KindChallenge && s.top.Kind != rule.KindNoCredentials && s.top.Kind != rule.KindCredentialsRefused {
			why = o
		}
	default:
		why = s.overrode()
		if why == "" && s.redirectRefused() {
			why = upperFirst(s.whoSays()) + " refuses the redirect URI the client sent, before any user could sign in."
		}
		if why == "" && s.top.Kind != rule.KindStatus && s.top.Kind != "" {
			why = upperFirst(s.whoSays()) + " says the caller was not authenticated."
		}
	}
	if c := s.corsNote(); c != "" && (s.status == 401 || s.status == 407) && s.top.Kind != rule.KindCookieNotSent && s.top.Kind != rule.KindBearerError {
		why = c
	}
	s.say(s.what(""), why, s.nextAuthn())
}

// proxyAuthentication tells a 407: a proxy, not the site, wants
// credentials. A function of its own, so that under js/wasm a 401 does not
// compile it (a function is compiled whole on its first call; issue #14).
func (s *story) proxyAuthentication() {
	v, x, f := s.v, s.x, s.f
	s.topic(TopicProxyNotSite)
	v.Refs = []rule.Ref{ref407, refAuth}
	v.Headline = "Proxy authentication required: a proxy wants its own credentials"
	why := "This 407 comes from a proxy between the client and the site, which has not seen the request yet"
	if ch := proxyChallengeSentence(f); ch != "" {
		why += "; " + lowerFirst(strings.TrimSuffix(ch, "."))
	}
	why += "."
	if hs := proxyHandshake(f); hs != "" {
		why = hs
	}
	how := "(for curl, `--proxy-user` with `--proxy-ntlm`, `--proxy-negotiate` or `--proxy-anyauth` as offered)"
	if x != nil && !strings.HasPrefix(x.Format, "curl") {
		// another client or SDK: most read the proxy and its user from
		// the proxy variables; curl's flags would not help them
		how = "(most clients and SDKs take them in the proxy URL, such as `HTTPS_PROXY=http://user:password@proxy:port`, or in their own proxy settings; an NTLM or Negotiate proxy needs a client that speaks it)"
	}
	s.say(s.what(""), why,
		"Next: give the client the proxy's credentials "+how+" or use the system's proxy settings; the site's credentials play no part yet.")
}

// scopeCodes are the error codes and phrases with which APIs say that the
// token lacks an OAuth scope (Slack's missing_scope, RFC 6750's
// insufficient_scope, Google's ACCESS_TOKEN_SCOPE_INSUFFICIENT); Azure's
// "over scope '/subscriptions/…'" is a resource scope and is not among them.
var scopeCodes = []string{"missing_scope", "insufficient_scope", "insufficient scope", "required_scope", "scope_insufficient",
	"insufficient authentication scopes", "missing required scope", "missing scope"}

// scopeWords reports whether a reason quotes one of scopeCodes.
func scopeWords(reason string) bool {
	low := strings.ToLower(reason)
	for _, c := range scopeCodes {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

func (s *story) authorization() {
	v, f := s.v, s.f
	cred := f.Credentials
	v.Refs = []rule.Ref{ref403}
	scope := s.top.Kind == rule.KindBearerError || s.top.Kind == rule.KindScopeMissing || (s.hit != nil && s.hit.Traits&rule.TraitScope != 0) ||
		scopeWords(s.top.Reason)
	switch {
	case s.top.Kind == rule.KindNetworkLocation:
		v.Headline = "Refused by network location: only certain addresses may use this"
	case scope:
		v.Headline = "Authorization failure: the token lacks the required scope"
	case s.status == 401:
		v.Headline = "Not allowed, although the status is 401"
	case s.status >= 200 && s.status < 300:
		v.Headline = "Authorization error inside a " + strconv.Itoa(s.status) + " response"
	case cred.State == parse.CredNone && s.status == 403 && s.top.Kind == rule.KindStatus:
		v.Headline = "Forbidden: refused, and no credentials were sent"
	default:
		v.Headline = "Authorization failure: the server refuses this caller"
	}
	extra := ""
	if s.emptyBody() {
		extra = "with an empty body that gives no reason"
	}
	var why string
	switch {
	case s.top.Kind == rule.KindNetworkLocation:
		why = "The rule is about where the request comes from, not who sends it: the same account is allowed from an allowed address."
	case scope:
		s.topic(TopicExpiredVersusScope)
		v.Refs = append(v.Refs, ref6750)
		why = "The server read the token and says it lacks a scope this resource needs; that is not an expired token, so a new token asked for the same way gets the same answer."
		if s.status == 401 {
			s.topic(TopicStatusMismatch)
			v.Refs = append(v.Refs, ref401)
		}
	case s.status == 401 && cred.State == parse.CredNone:
		s.topic(TopicStatusMismatch)
		v.Refs = append(v.Refs, ref401)
		why = "The status is 401, but " + s.whoSays() + " names a missing permission, and that outranks the status code; " + s.noCredsRefused()
	case s.status == 401:
		s.topic(TopicStatusMismatch)
		v.Refs = append(v.Refs, ref401)
		why = "The status is 401, but " + s.whoSays() + " says the caller is known and lacks a permission, and that outranks the status code."
	case s.status >= 200 && s.status < 300:
		s.topic(TopicStatusMismatch)
		why = "The status claims success, but the body is an authorization error, which clients that trust the status will miss."
	case s.status == 403 && cred.State == parse.CredNone && s.top.Kind == rule.KindStatus:
		s.topic(Topic403ForMissingCredentials)
		why = "If signing in could grant access, a 401 with a WWW-Authenticate challenge would tell the client so and how; this 403 says authenticating will not help."
	case s.hit != nil && (s.hit.Kind == rule.KindHiding || s.hit.Traits&rule.TraitMayHide != 0):
		s.topic(Topic404Hiding)
		why = "This 403 does not prove the resource exists: " + s.hit.Name() + " also answers 403 for something missing when the caller may not list or see it."
	default:
		why = s.overrode()
		switch {
		case why == "" && s.top.Kind != rule.KindStatus && s.top.Kind != "" && cred.State == parse.CredNone:
			why = upperFirst(s.whoSays()) + " names a missing permission; " + s.noCredsRefused()
		case why == "" && s.top.Kind != rule.KindStatus && s.top.Kind != "":
			why = upperFirst(s.whoSays()) + " says the caller is known and refused."
		}
	}
	if c := s.corsNote(); c != "" && !scope && s.top.Kind != rule.KindNetworkLocation {
		why = c
	}
	next := s.nextAuthz()
	if s.emptyBody() && s.top.Kind == rule.KindStatus && s.hit == nil {
		next = "Next: nothing in the response says which layer refused (application, web server, proxy or firewall), so read that server's logs for " + shortTarget0(s.x) + "."
	}
	s.say(s.what(extra), why, next)
}

// anonymousRefused ends the explanation of an authorization error that
// refused a request shown whole without credentials: no caller was known,
// so the permission refused is the one anonymous callers lack.
const anonymousRefused = "as the request carried no credentials, that permission is the one anonymous callers lack: send the credentials of an account that has it, or have the rule changed to admit anonymous callers."

// callerUnseen ends the same explanation when the refusal names the
// caller it refused: the server knew who asked by a means the paste does
// not show.
const callerUnseen = "the request shows no credential, yet the server names the caller it refused, so it identified the caller by a means the paste does not show (a client certificate in the TLS handshake, a proxy in front of it): that caller lacks the permission."

// noCredsRefused is the end of the explanation of an authorization error
// to a request shown whole without credentials: anonymousRefused, or
// callerUnseen when the response names the caller.
func (s *story) noCredsRefused() string {
	if r := s.x.Response; r != nil && namesKnownCaller(r.Body.Text) {
		return callerUnseen
	}
	return anonymousRefused
}

// refusedWords say that a credential was read and turned down, not that
// none came ("invalid token", "incorrect password", "session has expired").
var refusedWords = []string{"invalid api key", "invalid key", "invalid token", "invalid_token", "invalid credentials",
	"invalid_credentials", "invalid user", "invalid_user", "invalid username", "invalid password", "invalid_grant",
	"invalid_client", "invalid signature", "invalid access token", "invalid session", "incorrect password",
	"incorrect username", "wrong password", "wrong username", "bad credentials", "bad password", "has expired",
	"token expired", "token is expired", "expired token", "expired_token", "session expired", "revoked",
	"malformed token", "token malformed", "signature does not match", "signaturedoesnotmatch", "user not found",
	"unknown user", "invalidaccesskeyid", "expiredtoken", "invalidclienttokenid", "did not match our records",
	"login failed for user", "incorrect api key", "api key not valid", "api key is invalid", "key is invalid",
	"audience restriction", "invalid audience", "audience is invalid", "saml response is not valid", "invalid saml response"}

// squashedRefused are refusedWords with only their letters and digits, to
// meet the same words written as a code or in camel case ("Invalid ApiKey",
// "invalid_api_key", "oauth.v2.InvalidApiKey").
var squashedRefused = func() []string {
	out := make([]string, 0, len(refusedWords))
	for _, w := range refusedWords {
		if q := squashWord(w); len(q) >= 8 {
			out = append(out, q)
		}
	}
	return out
}()

// squashWord keeps the ASCII letters and digits of lower-cased t.
func squashWord(t string) string {
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// saysRefused reports whether the paste's own words behind the reason (its
// quoted evidence; for a wording read from the body, the sentence quoting
// it) say a credential was refused. A signature's meaning lists every case
// of its error, so it is not read; nor is the class's meaning that closes a
// body wording's reason ("credentials missing, invalid or expired"), which
// names every case of the class and so says nothing of this one.
func saysRefused(r rule.Signal) bool {
	t := ""
	if r.Kind != rule.KindVendor && r.Kind != rule.KindWAF {
		t = strings.ToLower(strings.Replace(r.Reason, classMeaning(rule.Authentication), "", 1))
	}
	if r.Evidence != nil {
		t += " " + strings.ToLower(r.Evidence.Text)
	}
	return hasRefusedWord(t)
}

func hasRefusedWord(t string) bool {
	for _, w := range refusedWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	if _, _, ok := credentialFailure(t, refusedFailureWords); ok {
		return true
	}
	q := squashWord(t)
	for _, w := range squashedRefused {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}

// saysRefused reports whether the reason behind the verdict, or the
// response body's own words, say a credential was refused.
func (s *story) saysRefused() bool {
	if saysRefused(s.top) {
		return true
	}
	if r := s.x.Response; r != nil {
		b := r.Body.SentText()
		if len(b) > 2048 {
			b = b[:2048]
		}
		return hasRefusedWord(lowered.Text(b))
	}
	return false
}

// blockedStatusRef is the section of the status a blocked response carried:
// a block is cited under the code it was sent with (a CSRF check's 401, a
// routing miss's 404, a WAF's 403), and under its class when the code has no
// section of its own (419, 520) or no status was read.
func blockedStatusRef(status int) rule.Ref {
	switch {
	case status == 401:
		return ref401
	case status == 403:
		return ref403
	case status == 404:
		return ref404
	case status == 429:
		return ref429
	case status == 511:
		return ref511
	case status >= 500 && status < 600:
		return rule.RefRFC9110_5xx
	}
	return rule.RefRFC9110_4xx
}

func (s *story) blocked() {
	if s.browser() {
		return
	}
	v := s.v
	kind := s.top.Kind
	if kind == rule.KindErrorMessage && s.top.Evidence != nil && statesAny(strings.ToLower(s.top.Evidence.Text), CSRFWordings) {
		kind = rule.KindCSRF // the message's wording is a CSRF check's ("CSRF token mismatch")
	}
	name := "a layer in front of the application"
	switch {
	case s.hit != nil:
		name = s.hit.Name()
	case s.top.Vendor != "":
		name = s.top.Vendor
	}
	v.Refs = []rule.Ref{blockedStatusRef(s.status)}
	var why string
	// A weak infrastructure signal (headers only, body not shown) is stated as likely, not certain.
	weak := rule.WeakInfra(s.top.Weight)
	quota := s.hit != nil && s.hit.Traits&rule.TraitQuota != 0
	switch {
	case quota:
		// a billing state, whichever signal led (the vendor's, or the body's
		// quota code): not a rate that waiting a moment resets
		if s.status == 403 {
			s.topic(TopicRateLimitAs403)
		}
		v.Headline = "Quota used up: a usage or billing limit, not the credentials"
		why = upperFirst(name) + " says the account's quota or paid allowance is used up; the credentials are fine, and retrying gets the same answer until the quota is raised or renewed."
	case kind == rule.KindWAF:
		s.topic(TopicWAFNotApp)
		v.Headline = "Blocked by " + name + " in front of the site, not by the application"
		why = "The refusal came from " + name + ", which filters requests by what they look like, so the application never saw the request and credentials make no difference."
		if weak {
			v.Headline = "Probably blocked by " + name + " in front of the site"
			why = "The refusal most likely came from " + name + ", which filters requests by what they look like; if so, the application never saw the request."
		}
	case kind == rule.KindBotChallenge, kind == rule.KindWebBotAuth:
		s.topic(TopicWAFNotApp)
		v.Headline = "Bot check: " + name + " wants proof that the client is a browser"
		why = upperFirst(name) + " answered with a browser check instead of the site's page, and a client that cannot run it gets the check again; no login was involved."
	case kind == rule.KindRateLimit:
		v.Headline = "Rate limited"
		why = "The response shows a rate limit: the client sent too many requests, and waiting is the fix, not credentials."
		if s.status == 403 {
			s.topic(TopicRateLimitAs403)
			v.Headline = "Rate limited, although the status is 403"
			if weak {
				v.Headline = "Probably rate limited, although the status is 403"
			}
			v.Refs = append(v.Refs, ref429)
			why = "The status says 403, but the response shows a rate limit that tripped, which some services send as 403 instead of 429."
		}
	case kind == rule.KindCSRF:
		s.topic(TopicCSRFNotAuthz)
		v.Headline = "CSRF check failed: request-forgery protection, not a permission problem"
		v.Refs = append(v.Refs, refOWASPcs)
		why = "The server could not prove that this state-changing request came from its own pages (the anti-CSRF token was missing or wrong, or the Origin was not trusted); the user may well be logged in and allowed."
	case kind == rule.KindRouting:
		s.topic(TopicCloudSemantics)
		if s.hit != nil && s.hit.ID == "aws-apigw-missing-token" {
			v.Headline = "No such route: the gateway's 'Missing Authentication Token' is misleading"
			why = "Despite the wording, the gateway found no deployed route for this method and path, so nothing is wrong with authentication."
			break
		}
		v.Headline = "No such route: " + name + " has nothing to serve here"
		why = "The request did not reach an application handler: " + name + " has no route, site or upstream for this host, method and path, so no authentication or authorization code ran."
	case s.top.Sign == rule.SignNoCredentialsBare:
		s.anonymousBare()
		return
	case s.top.Sign == rule.SignDownloadBare:
		s.downloadBare()
		return
	case s.top.Sign == rule.SignDefaultAgentBare:
		s.defaultAgentBare()
		return
	case kind == rule.KindProxy:
		s.topic(TopicProxyNotSite)
		v.Headline = "Blocked by a proxy between you and the site"
		why = "A forward proxy's policy refused to pass the request on; the site never saw it, and its credentials will not change that."
	default:
		switch s.status {
		case 429:
			v.Headline = "Rate limited"
			why = "429 means too many requests: waiting is the fix, not credentials."
		case 511:
			v.Headline = "A captive portal wants you to sign in to the network"
			why = "511 comes from the network the client is on (a hotel, airport or guest Wi-Fi portal), not from the site."
		default:
			v.Headline = "Blocked for a reason other than identity"
			if g, ok := s.ruleNamed(); ok {
				v.Headline = g.Headline
			}
			why = s.overrode()
			if why == "" {
				why = upperFirst(s.whoSays()) + " shows a refusal that is not about who is asking."
			}
		}
	}
	fix := ""
	if s.hit != nil && s.hit.Fix != "" {
		fix = "Next: " + lowerFirst(s.hit.Fix) + "."
		if d := s.hit.Doc; d != "" {
			v.Refs = appendRef(v.Refs, rule.Ref{Title: s.hit.Name() + " documentation", URL: d})
		}
	} else {
		switch {
		case kind == rule.KindCSRF:
			fix = "Next: load the page or form again (or ask the API's token endpoint) so the request carries a fresh anti-CSRF token together with the cookie it pairs with, sent from the site's own origin; new credentials do not change this check."
		case kind == rule.KindBotChallenge:
			// a bot check served with 429: waiting does not lift it
			fix = "Next: open the URL in a real browser; for automation, ask the site's operator for a way in without the check (an API endpoint, an allow-listed address or token)."
		case s.status == 429:
			fix = "Next: wait for the time in Retry-After (or the rate-limit reset header), then send fewer requests."
		case s.status == 511:
			fix = "Next: open any plain web page in a browser on this network, complete the portal's sign-in, then retry."
		default:
			if g, ok := s.ruleNamed(); ok {
				fix = "Next: " + g.Next + "."
				break
			}
			fix = "Next: find out what the blocking layer reacts to (request rate, address, client fingerprint, a missing CSRF token) or ask the site's operator."
		}
	}
	s.sayOpened(why, fix)
}

// bare403But opens the hedged readings of a 403 that says nothing more:
// what the status alone would mean, then why this one probably does not.
const bare403But = "On its own a 403 would mean an authorization failure, but "

// sayOpened says the exchange's opening sentence, then why and next.
func (s *story) sayOpened(why, next string) {
	s.say(strings.TrimSuffix(s.opening(), ".")+".", why, next)
}

// anonymousBare explains a 403 to a request shown with every credential
// it could carry, which carried none, when nothing else in the exchange
// names a cause (SignNoCredentialsBare): hedged, because the status is
// all the server said.
func (s *story) anonymousBare() {
	v := s.v
	s.topic(Topic403ForMissingCredentials)
	v.Headline = "Probably a rule about the request, not about who asks: the 403 answered a request with no credentials"
	why := bare403But + "the request carried no credentials of any kind (no Authorization, cookie, API key, or credential in the URL or body), so no identity was there to refuse: such a 403 usually comes from a rule about the request itself, such as the client's address or country, the host or path it names, the client software or the page it came from."
	if c := s.corsNote(); c != "" {
		why = bare403But + "the request carried no credentials, so no identity was refused. " + c
	}
	if q := s.x.Request; q != nil && q.NetrcOnChallenge {
		why += " The wget command gives none: wget may read a user and password from ~/.netrc, but it sends them only after a 401 asks for them, and this answer was a 403 (only a header set in ~/.wgetrc could have added one unseen)."
	}
	next := s.nextPreflight()
	if next == "" {
		next = "Next: try the same URL from another network or client (a browser) to see which rule it is; if the resource is meant to need a sign-in, send the credentials, and ask the operator to answer 401 with a challenge when they are missing."
	}
	s.sayOpened(why, next)
}

// downloadBare explains a bare 403 to the download of a published file
// with no credential shown (SignDownloadBare): hedged, because the status
// is all the server said.
func (s *story) downloadBare() {
	v := s.v
	if s.top.Reason == mirrorReason {
		v.Headline = "Probably not about who asks: a bare 403 from a mirror"
		why := bare403But + "the request went to a mirror's host, which republishes public files for anyone, and the paste shows no credential going with it. Mirrors answer 403 when a rule of theirs refuses the client (its address range, country or User-Agent, too many requests) or for a file they do not hold."
		next := "Next: open the same URL from a browser or from another network; if it works there, the mirror's rule is about your client or network (its operators can say which), and if it fails everywhere, check that the mirror holds the file or use another mirror."
		s.sayOpened(why, next)
		return
	}
	v.Headline = "Probably not about who asks: a bare 403 to the download of a published file"
	why := bare403But + "the request fetched a published file (an archive, a package, an installer) and the paste shows no credential going with it. Package sources answer such a download with 403 when the file does not exist (their storage hides missing files behind 403) or when a rule of the mirror, the CDN or the client's own network refuses the client (its address or country, its User-Agent, a proxy or firewall)."
	next := "Next: open the same URL from a browser or with curl from another network; if it works there, the rule is about the client or network, and if it fails everywhere, check that the file exists at that path (version, platform, architecture). If the source is private, send the credentials it expects."
	s.sayOpened(why, next)
}

// defaultAgentBare explains a bare 403 raised by Python's urllib with no
// credential or User-Agent in the paste (SignDefaultAgentBare): hedged,
// because the status is all the server said.
func (s *story) defaultAgentBare() {
	v := s.v
	s.topic(TopicWAFNotApp)
	v.Headline = "Probably the client's default User-Agent, not who asks: a bare 403 to Python's urllib"
	why := bare403But + "the paste shows no credential going with the request, and the client is Python's urllib, which announces itself as \"Python-urllib/3.x\" unless the code sets another User-Agent. Many sites, CDNs and bot rules refuse that agent with a 403 whoever sends it."
	next := "Next: send a descriptive or browser-like User-Agent header (urllib.request.Request(url, headers={\"User-Agent\": …})) and retry; if the page is meant to need a sign-in, send the credentials it expects."
	s.sayOpened(why, next)
}

func (s *story) none() {
	if s.browser() {
		return
	}
	v, x := s.v, s.x
	cred := s.f.Credentials
	r := x.Response
	hiding := s.top.Kind == rule.KindHiding
	switch {
	case s.status == 404 || (hiding && s.status == 0):
		v.Refs = []rule.Ref{ref404, ref403}
		s.topic(Topic404Hiding)
		v.Headline = "Not found, which may also mean 'not allowed to see'"
		why := "A 404 may mean the resource is absent or that the server will not admit it exists to this caller."
		if s.hit != nil && s.status == 404 {
			why = s.hit.Name() + " answers 404 both for what does not exist and for what this caller may not see, to hide private resources."
		} else if s.hit != nil {
			// no status in the paste: the vendor's hiding answer need not be
			// a 404 (a registry's "denied" comes with 401 or 403)
			v.Headline = "Not found or not allowed: the answer does not say which"
			why = s.hit.Name() + " answers alike for what does not exist and for what this caller may not see, to hide private resources."
		}
		next := "Next: if the resource should exist, retry with credentials that can see it before concluding it is absent."
		switch cred.State {
		case parse.CredNone:
			next = "Next: retry with credentials that should see the resource before concluding it is absent."
		case parse.CredSent:
			next = "Next: if the resource should exist, check that the credentials sent have access to it (the right account, token scope or repository grant)."
		}
		if s.status != 404 {
			if n := s.nextVendor(); n != "" {
				next = n // the product's own first check
			}
		}
		s.say(s.what(""), why, next)
	case hiding:
		v.Refs = []rule.Ref{ref403, ref404}
		s.topic(Topic404Hiding)
		s.topic(TopicCloudSemantics)
		v.Headline = "Not an access decision: a missing object served with 403"
		why := upperFirst(s.whoSays()) + " says the object does not exist; this service answers 403 for a missing object when the caller may not list the bucket."
		s.say(s.what(""), why, s.nextVendor())
	case s.status >= 200 && s.status < 300:
		v.Headline = "Not a failure: the request succeeded"
		s.say(s.what(""), "", "")
	case s.status == 304:
		// a conditional request answered from the client's cache: no
		// Location, nothing to follow (RFC 9110 §15.4.5)
		v.Headline = "Not modified: the client's cached copy is still valid, not a refusal"
		s.say(s.opening(), "A 304 answers a conditional request (If-None-Match, If-Modified-Since): the client uses the copy it already holds.", "")
	case s.status >= 300 && s.status < 400:
		v.Headline = "A redirect, not a refusal"
		loc := ""
		if r != nil {
			loc = r.Fields.Get("location")
		}
		l := strings.ToLower(loc)
		extra := ""
		if strings.Contains(l, "login") || strings.Contains(l, "signin") || strings.Contains(l, "sign-in") || strings.Contains(l, "/authorize") || strings.Contains(l, "sso") {
			extra = "It sends the client to what looks like a sign-in page (" + cutText(loc, 80) + "), which is how browser applications ask for authentication; an API client should expect a 401 instead."
		} else if loc != "" {
			extra = "The response to " + cutText(loc, 80) + " tells whether access was granted."
		}
		s.say(s.opening(), extra, "")
	default:
		v.Headline = "Not an authentication or authorization failure"
		why := s.overrode()
		if why == "" && s.top.Kind == rule.KindSuccessBody {
			why = upperFirst(s.top.Reason) + "."
		}
		if why == "" && s.top.Kind != rule.KindStatus && s.top.Kind != "" {
			why = upperFirst(s.whoSays()) + " shows no refusal of the caller."
		}
		s.say(s.what(""), why, s.nextVendor())
	}
}

// browser explains a verdict that rests on a browser-side failure (AT4007):
// a request the browser stopped or could not complete, named by its error.
func (s *story) browser() bool {
	switch s.top.Kind {
	case rule.KindBrowserFailure, rule.KindBrowserBlocked, rule.KindBrowserTLSAuth:
	default:
		return false
	}
	f, ok := signature.BrowserError(s.x)
	if !ok {
		return false
	}
	v := s.v
	v.Headline = f.Headline
	v.Refs = []rule.Ref{{Title: "Browser error " + f.Code, URL: f.Doc}}
	meaning := f.Meaning
	if meaning != "" {
		meaning = strings.ToUpper(meaning[:1]) + meaning[1:] + "."
	}
	v.Explanation = sentence(s.opening(), meaning, "Next: "+lowerFirst(f.Fix)+".")
	return true
}

func (s *story) unknown() {
	v, x := s.v, s.x
	r := x.Response
	if r == nil {
		v.Headline = "No response in the paste for this request"
		v.Explanation = "The paste shows this request but no response to it, so there is nothing to judge. If a later response belongs to it, paste the two together; otherwise include the status line and headers of the answer."
		return
	}
	if f, ok := signature.BrowserError(x); ok && f.Kind != signature.BrowserCORS {
		// not a cross-origin request: say what the browser said, not CORS
		v.Refs = []rule.Ref{{Title: "Browser error " + f.Code, URL: f.Doc}}
		v.Headline = f.Headline
		v.Explanation = sentence(s.opening(), strings.ToUpper(f.Meaning[:1])+f.Meaning[1:]+".", "Next: "+lowerFirst(f.Fix)+".")
		return
	}
	if r.Status == 0 && r.Error != "" {
		s.topic(TopicCORSHidesStatus)
		v.Refs = []rule.Ref{refFetch}
		v.Headline = "No HTTP status: the browser reported an error instead"
		v.Explanation = sentence(
			"The request never produced a visible HTTP status: the browser reported "+strconv.Quote(r.Error)+".",
			"That is what a CORS failure looks like from a page's script: when a 401 or 403 lacks Access-Control-Allow-Origin, or the preflight (OPTIONS) is refused, the browser hides the real status and reports a network error.",
			"Look at the preflight and the response headers in the network panel, or repeat the request with curl to see the real status.")
		return
	}
	v.Headline = "Not enough to judge"
	v.Explanation = "The paste shows no status code and no marker this tool recognises, so it cannot tell an authentication failure from an authorization failure. Paste the status line and the response headers as well as the body."
}

// opening says what happened.
func (s *story) opening() string {
	x := s.x
	r := x.Response
	if r == nil {
		return "The paste holds a request with no response."
	}
	if r.Status == 0 {
		if r.Error != "" {
			return "The request never got an HTTP status: the browser reported " + strconv.Quote(r.Error) + "."
		}
		return "The paste shows the response without its status line."
	}
	line := strconv.Itoa(r.Status)
	if r.Reason != "" && len(r.Reason) < 60 {
		line += " " + r.Reason
	}
	if r.StatusSource == "body" && r.StatusConf == parse.StatusField {
		// the general reader found the status in a field of the body: {"httpStatus":401}
		return "The response body's status field says " + line + "."
	}
	if x.Request != nil && x.Request.Method != "" {
		if t := shortTarget(x.Request); t != "" {
			return "The server answered " + line + " to " + x.Request.Method + " " + t + "."
		}
		return "The server answered " + line + " to a " + x.Request.Method + " request."
	}
	return "The server answered " + line + "."
}

// whoSays names the source of the deciding evidence in plain words.
func (s *story) whoSays() string {
	switch {
	case s.top.Evidence != nil && s.top.Evidence.Where == proseWhere:
		// the person's words, not the server's: inferred, and said so
		return "the text around the dump"
	case s.top.Evidence != nil && s.top.Evidence.Where == promptWhere:
		return "the client's prompt for credentials"
	case s.top.Vendor != "":
		return "the response's " + s.top.Vendor + " error"
	case s.top.Kind == rule.KindBearerError:
		return "the Bearer challenge"
	case s.top.Kind == rule.KindErrorCode, s.top.Kind == rule.KindBodyStatus, s.top.Kind == rule.KindErrorMessage:
		return "the body's error"
	case s.top.Kind == rule.KindLoginPage:
		return "the sign-in page in the body"
	}
	return "the response"
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// shortTarget0 names the request's target, or "this request".
func shortTarget0(x *parse.Exchange) string {
	if x.Request == nil || (x.Request.Target == "" && x.Request.URL == "") {
		return "this request"
	}
	return x.Request.Method + " " + shortTarget(x.Request)
}

// corsNote explains that a browser script would not see this status.
func (s *story) corsNote() string {
	x := s.x
	q, r := x.Request, x.Response
	if q == nil || r == nil || r.HeadersCut {
		return ""
	}
	if q.Method == "OPTIONS" && q.Fields.Has("access-control-request-method") || q.Method == "OPTIONS" && (s.status == 401 || s.status == 403) {
		s.topic(TopicCORSHidesStatus)
		s.v.Refs = append(s.v.Refs, refFetch)
		return "This is a CORS preflight: browsers send it without credentials and need an ok (2xx) answer, so refusing it makes the real request fail in the page as a CORS error, hiding this status."
	}
	if origin := q.Fields.Get("origin"); origin != "" && r.HeadersComplete && !r.Fields.Has("access-control-allow-origin") && (s.status == 401 || s.status == 403) {
		s.topic(TopicCORSHidesStatus)
		s.v.Refs = append(s.v.Refs, refFetch)
		return "The request came from a page on " + origin + " and the response has no Access-Control-Allow-Origin, so the page's script sees a CORS error, not this " + strconv.Itoa(s.status) + "."
	}
	return ""
}

func (s *story) nextVendor() string {
	if s.hit == nil || s.hit.Fix == "" {
		return ""
	}
	if d := s.hit.Doc; d != "" {
		s.v.Refs = appendRef(s.v.Refs, rule.Ref{Title: s.hit.Name() + " documentation", URL: d})
	}
	return "Next: " + lowerFirst(s.hit.Fix) + "."
}

// appendRef adds r unless a reference with its URL is already there.
func appendRef(refs []rule.Ref, r rule.Ref) []rule.Ref {
	for _, x := range refs {
		if x.URL == r.URL {
			return refs
		}
	}
	return append(refs, r)
}

// redirectRefused reports whether the reason the verdict rests on is an
// authorization server's refusal of the client's redirect URI, read from
// its words (redirectURIRefused); a vendor's signature says it in its own
// meaning and fix.
func (s *story) redirectRefused() bool {
	if s.top.Kind == rule.KindVendor {
		return false
	}
	_, ok := redirectURIRefused(strings.ToLower(s.top.Reason))
	return ok
}

func (s *story) nextAuthn() string {
	if s.top.Kind == rule.KindCookieNotSent {
		return "Next: make the session cookie reach this request: give it attributes that cover it (a shared parent Domain, Path=/, Secure with HTTPS, SameSite=None; Secure for a cross-site call with credentials), call both from one host, or, in a script, keep a cookie jar."
	}
	if n := s.nextPreflight(); n != "" {
		return n
	}
	if n := s.nextVendor(); n != "" {
		return n
	}
	if s.top.Kind == rule.KindBearerError {
		return "Next: get a new token (refresh it) and retry once; if a fresh token is refused too, it was issued for another audience or issuer."
	}
	if s.redirectRefused() {
		return "Next: register the exact redirect URI the client sends (scheme, host, port, path, trailing slash) with the client at the authorization server, or make the client send one already registered."
	}
	f, x := s.f, s.x
	if s.top.Sign == rule.SignLoginLoop {
		return "Next: let anonymous visitors reach the sign-in page itself, then check that the session cookie set at sign-in comes back (its Domain, Path, Secure over plain HTTP, SameSite, size) and that the server still knows the session (its keys, or another instance)."
	}
	if s.top.Kind == rule.KindLoginRedirect && x.Request != nil && x.Request.Fields.Get("cookie") != "" && x.Request.Fields.Get("authorization") == "" {
		return "Next: sign in again and retry; if the redirect comes back right after signing in, the session cookie is not reaching this path (its Domain, Path, Secure or SameSite attributes) or the server no longer knows the session (expired, or kept by another instance)."
	}
	cred := f.Credentials
	if s.top.Sign == rule.SignBareToken {
		return "Next: send the token with its scheme, `Authorization: Bearer <token>`, and retry."
	}
	if s.top.Sign == rule.SignCredentialUnset {
		return "Next: find where the client fills in " + cred.Unset() + " (an environment variable not exported, a token not loaded or not stored yet, a misspelt setting), give it the credential, and retry."
	}
	var scheme, realm string
	if len(f.Challenges) > 0 {
		scheme = f.Challenges[0].Scheme
		realm, _ = f.Challenges[0].Param("realm")
	}
	switch {
	case cred.State == parse.CredSent:
		return "Next: check that the credentials are current, meant for this server (issuer, audience, realm) and sent with the scheme it asks for, then retry once; do not retry in a loop."
	case scheme != "" && x.Response != nil && x.Response.Status == 401:
		first := "This is a well-formed 401 and the normal first step of HTTP authentication: "
		switch strings.ToLower(scheme) {
		case "negotiate", "ntlm", "kerberos":
			return first + "the server uses Windows integrated authentication, so retry with a client that speaks " + scheme + " (a browser on the domain, or curl with --negotiate -u : or --ntlm)."
		case "digest":
			return first + "retry with a client that computes the Digest response (curl --digest, or the HTTP library's Digest support); a plain Authorization header cannot be written by hand."
		case "bearer":
			return first + "obtain an access token from the issuer this API trusts and retry with `Authorization: Bearer <token>`."
		}
		if realm != "" {
			return first + "retry with an `Authorization: " + scheme + " …` header for the realm " + strconv.Quote(realm) + "."
		}
		return first + "retry with an `Authorization: " + scheme + " …` header."
	default:
		return "Next: send credentials the server accepts and retry."
	}
}

// nextPreflight is the next step for a refused CORS preflight: a browser's
// preflight carries no credentials and no account can be given a
// permission for it, so the server must let it through.
func (s *story) nextPreflight() string {
	if q := s.x.Request; q != nil && q.Method == "OPTIONS" && q.Fields.Has("access-control-request-method") {
		return "Next: let CORS preflights through before any authentication or permission check (answer OPTIONS with 204 and the Access-Control-Allow-* headers for this origin); no credential, account or permission can fix a refused preflight."
	}
	return ""
}

func (s *story) nextAuthz() string {
	if n := s.nextVendor(); n != "" {
		return n
	}
	if n := s.nextPreflight(); n != "" {
		return n
	}
	if s.top.Kind != rule.KindVendor && termsGate(strings.ToLower(s.top.Reason)) {
		return "Next: sign in to the service's site with this account and accept the terms or licence the resource requires (often on the resource's own page), then retry."
	}
	return "Next: ask for the permission, role or scope this resource needs, or use an account that has it."
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	// keep acronyms and product names as written
	if len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}

func shortTarget(q *parse.Request) string {
	t := q.Target
	if t == "" {
		t = q.URL
	}
	return cutText(t, 80)
}

// cutText shortens s to at most n bytes, ending in "...", without splitting
// a UTF-8 sequence.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - 3
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

func challengeSentence(f *rule.Facts) string {
	if len(f.Challenges) == 0 {
		return ""
	}
	var parts []string
	for _, c := range f.Challenges {
		parts = append(parts, describeChallenge(c))
	}
	return "It challenges with " + strings.Join(parts, " and ") + "."
}

func proxyChallengeSentence(f *rule.Facts) string {
	if len(f.ProxyChallenges) == 0 {
		return ""
	}
	var schemes []string
	for _, c := range f.ProxyChallenges {
		schemes = append(schemes, describeChallenge(c))
	}
	return "The proxy offers " + strings.Join(schemes, ", ") + "."
}

func proxyHandshake(f *rule.Facts) string {
	c := f.Credentials
	if c.State != parse.CredSent || !c.Proxy {
		return ""
	}
	for _, ch := range f.ProxyChallenges {
		if ch.Token68 != "" && (strings.EqualFold(ch.Scheme, "NTLM") || strings.EqualFold(ch.Scheme, "Negotiate")) {
			return "The request already sent Proxy-Authorization and the proxy answered with a " + ch.Scheme + " challenge token: this is the middle of a handshake, and the client should answer it, not give up."
		}
	}
	return "The request already sent Proxy-Authorization, so the proxy refused those credentials."
}

// describeChallenge: `Basic (realm "x", charset UTF-8)`.
func describeChallenge(c rule.Challenge) string {
	name := c.Scheme
	if name == "" {
		name = "a challenge with no scheme"
	}
	var ps []string
	for _, p := range c.Params {
		switch p.Name {
		case "realm", "charset", "error", "scope", "stale", "algorithm", "service":
			v := cutText(p.Value, 60)
			if p.Name == "realm" || p.Name == "scope" || p.Name == "service" {
				v = strconv.Quote(v)
			}
			ps = append(ps, p.Name+" "+v)
		}
	}
	if c.Token68 != "" {
		ps = append(ps, "a token")
	}
	if len(ps) == 0 {
		return name
	}
	return name + " (" + strings.Join(ps, ", ") + ")"
}

// Sequence adds what only the order of exchanges shows: a 401 or 407 that the
// client answered with credentials and that then succeeded was an expected
// step of a handshake (Basic or Digest after a challenge, NTLM or Negotiate
// rounds, the registry token flow), not a failure. vs[i] is the verdict of xs[i].
func Sequence(xs []*parse.Exchange, vs []*Verdict) {
	for i := 0; i < len(xs) && i < len(vs); i++ {
		end := min(len(xs), len(vs), i+Lookahead+1)
		SequenceAt(xs[i:end], vs[i:end])
	}
}

// Lookahead is how many exchanges after an exchange the cross-exchange step
// may read to settle that exchange's verdict. A streaming analysis keeps
// that many exchanges in hand before it emits one, so any reasoning that
// looks further ahead must raise it.
const Lookahead = 3

// SequenceAt settles the verdict vs[0] of the exchange xs[0] from the
// exchanges after it, xs[1:] (at most Lookahead of them).
func SequenceAt(xs []*parse.Exchange, vs []*Verdict) {
	if len(xs) < 2 || len(vs) < 1 {
		return
	}
	x, v := xs[0], vs[0]
	if settleAcross(xs, vs) {
		return
	}
	if reproduced(xs, vs) {
		return
	}
	if redirectedToSignIn(xs, vs) {
		return
	}
	if x.Response == nil || v.Class != rule.Authentication {
		return
	}
	st := x.Response.Status
	if st != 401 && st != 407 {
		return
	}
	// The next exchange for the same target that carries credentials.
	for j := 1; j < len(xs) && j <= Lookahead; j++ {
		y := xs[j]
		if y.Response == nil || y.Request == nil || !sameTarget(x, y) {
			continue
		}
		c := y.Credentials()
		if c.State != parse.CredSent {
			break
		}
		if ys := y.Response.Status; ys >= 200 && ys < 400 {
			v.Topics = append(v.Topics, TopicHandshakeStep)
			v.Headline = "Expected handshake step: the retry with credentials succeeded"
			// The next step was taken: say so instead of advising it.
			ss := Sentences(v.Explanation)
			if len(ss) > 2 {
				ss = ss[:2]
			}
			v.Explanation = sentence(append(ss, "Exchange #"+strconv.Itoa(y.Index+1)+" retries the same request with credentials and gets "+
				strconv.Itoa(ys)+", so this challenge was the normal first step of the handshake, not a failure.")...)
		}
		break
	}
}

// sameTarget reports whether two exchanges ask for the same resource.
func sameTarget(a, b *parse.Exchange) bool {
	if a.Request == nil || b.Request == nil {
		return false
	}
	ta, tb := a.Request.URL, b.Request.URL
	if ta == "" || tb == "" {
		ta, tb = a.Request.Target, b.Request.Target
	}
	return ta != "" && ta == tb && a.Request.Method == b.Request.Method
}
