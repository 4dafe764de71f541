package flow

import (
	"encoding/base64"
	"fmt"
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/jwt"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// The causes of a break, one rule each in the catalogue's flow family (AT0).
// The rules package declares them with their docs; Names maps IDs to names.
const (
	StateMismatch       = "AT0001"
	NonceMismatch       = "AT0002"
	RedirectURIMismatch = "AT0003"
	PKCEVerifier        = "AT0004"
	CodeRefused         = "AT0005"
	ClockSkew           = "AT0006"
	ExpiredNoRefresh    = "AT0007"
	CookieDomain        = "AT0010"
	CookiePath          = "AT0011"
	CookieSecure        = "AT0012"
	CookieSameSite      = "AT0013"
	CookieThirdParty    = "AT0014"
	CSRFNotEchoed       = "AT0015"
	LoginLoop           = "AT0016"
	SAMLAudience        = "AT0017"
	SAMLInResponseTo    = "AT0018"
	SAMLTimeWindow      = "AT0019"
	TokenCORS           = "AT0020"
)

// Names are the rule names of the causes (a list the linker lays out, not a
// map built by code at start: wordlist).
var Names = wordlist.Map[string]{
	{K: StateMismatch, V: "flow-state-mismatch"},
	{K: NonceMismatch, V: "flow-nonce-mismatch"},
	{K: RedirectURIMismatch, V: "flow-redirect-uri-mismatch"},
	{K: PKCEVerifier, V: "flow-pkce-verifier"},
	{K: CodeRefused, V: "flow-code-refused"},
	{K: ClockSkew, V: "flow-clock-skew"},
	{K: ExpiredNoRefresh, V: "flow-token-expired-refresh-failed"},
	{K: CookieDomain, V: "flow-cookie-domain"},
	{K: CookiePath, V: "flow-cookie-path"},
	{K: CookieSecure, V: "flow-cookie-secure-http"},
	{K: CookieSameSite, V: "flow-cookie-samesite"},
	{K: CookieThirdParty, V: "flow-cookie-third-party-frame"},
	{K: CSRFNotEchoed, V: "flow-csrf-not-echoed"},
	{K: LoginLoop, V: "flow-login-loop"},
	{K: SAMLAudience, V: "flow-saml-audience"},
	{K: SAMLInResponseTo, V: "flow-saml-inresponseto"},
	{K: SAMLTimeWindow, V: "flow-saml-time-window"},
	{K: TokenCORS, V: "flow-token-cors"},
}

// skew is the clock difference below which times are taken as agreeing.
const skew = 30 * time.Second

// diag collects the causes of one flow.
type diag struct {
	f   *Flow
	es  []*entry
	out []Break
}

func (d *diag) add(step int, id, msg string, ev ...rule.Evidence) {
	xs := []int{}
	seen := map[int]bool{}
	for _, e := range ev {
		if !seen[e.Exchange] {
			seen[e.Exchange] = true
			xs = append(xs, e.Exchange)
		}
	}
	d.out = append(d.out, Break{Step: step + 1, Rule: id, Name: Names.Get(id), Message: msg, Evidence: ev, Exchanges: xs})
}

// diagnose runs every check over an assembled flow.
func diagnose(f *Flow, es []*entry) []Break {
	d := &diag{f: f, es: es}
	d.oauth()
	d.tokens()
	d.cookies()
	d.csrf()
	d.saml()
	d.loop()
	return d.out
}

// lastBefore returns the index of the last step before n of kind k, or -1.
func (d *diag) lastBefore(n int, kinds ...string) int {
	for j := n - 1; j >= 0; j-- {
		for _, k := range kinds {
			if d.es[j].k == k {
				return j
			}
		}
	}
	return -1
}

func refused(i *info) bool {
	return i.status >= 400 || i.status == 0 && i.x.Response != nil && i.x.Response.Error != "" || loginRedirect(i) || i.oauthError() != ""
}

// oauth checks the authorization code flow: state, nonce, redirect_uri,
// PKCE, the code itself and CORS on the token endpoint.
func (d *diag) oauth() {
	for n, e := range d.es {
		i := e.i
		switch e.k {
		case "callback":
			d.callback(n, i)
		case "token":
			a := d.lastBefore(n, "authorize")
			var ai *info
			if a >= 0 {
				ai = d.es[a].i
			}
			d.tokenStep(n, e, ai, a)
		case "preflight":
			d.cors(n, i)
		}
		if e.k == "authorize" && i.oauthError() != "" {
			d.authorizeRefused(n, i)
		}
	}
}

// callback checks the OAuth callback of step n (i) against the
// authorization request before it: its state and its ID token's nonce. The
// steps of each kind are checked in functions of their own, so that under
// js/wasm a paste without them does not compile them (issue #14).
func (d *diag) callback(n int, i *info) {
	a := d.lastBefore(n, "authorize")
	if a < 0 {
		return
	}
	ai := d.es[a].i
	sent, got := ai.param("state"), i.param("state")
	if sent != "" && got != sent {
		msg := fmt.Sprintf("the callback's state %s is not the state %s the authorization request at step %d sent", quoteVal(got), quoteVal(sent), a+1)
		if got == "" {
			msg = fmt.Sprintf("the callback carries no state, but the authorization request at step %d sent %s", a+1, quoteVal(sent))
		} else if p := d.lastBefore(a, "authorize"); p >= 0 && d.es[p].i.param("state") == got {
			msg += fmt.Sprintf(": it is the state of the earlier authorization request at step %d, so a second sign-in (another tab, a retry) replaced the first one's state", p+1)
		}
		d.add(n, StateMismatch, msg, paramEv(ai, "state"), paramEv(i, "state"))
	}
	if idt := i.param("id_token"); idt != "" {
		d.nonce(n, a, idt, paramEv(i, "id_token"))
	}
}

// authorizeRefused tells an authorization request of step n (i) that the
// server refused for its redirect_uri.
func (d *diag) authorizeRefused(n int, i *info) {
	if er := i.oauthError(); er == "redirect_uri_mismatch" || er == "invalid_redirect_uri" || strings.Contains(strings.ToLower(i.bodyString("error_description")+i.locQ.Get("error_description")), "redirect") {
		d.add(n, RedirectURIMismatch, fmt.Sprintf("the authorization server refused the redirect_uri %s: %s", quoteVal(i.param("redirect_uri")), er),
			paramEv(i, "redirect_uri"), errorEv(i))
	}
}

func (d *diag) tokenStep(n int, e *entry, ai *info, a int) {
	i := e.i
	er := i.oauthError()
	bad := refused(i)
	if i.x.Request != nil {
		if _, ok := i.reqField("origin"); ok {
			d.cors(n, i)
		}
	}
	if ai != nil {
		r1, r2 := ai.param("redirect_uri"), i.form.Get("redirect_uri")
		switch {
		case r1 != "" && r2 != "" && r1 != r2:
			d.add(n, RedirectURIMismatch, fmt.Sprintf("the token request's redirect_uri %s differs from the %s the authorization request at step %d sent", quoteVal(r2), quoteVal(r1), a+1),
				paramEv(ai, "redirect_uri"), paramEv(i, "redirect_uri"))
			return
		case r1 != "" && r2 == "" && bad:
			d.add(n, RedirectURIMismatch, fmt.Sprintf("the token request has no redirect_uri, but the authorization request at step %d sent %s, so RFC 6749 §4.1.3 requires it", a+1, quoteVal(r1)),
				paramEv(ai, "redirect_uri"), requestEv(i))
			return
		}
		if ch := ai.param("code_challenge"); bad || i.status == 0 {
			v := i.form.Get("code_verifier")
			m := ai.param("code_challenge_method")
			switch {
			case ch != "" && v == "":
				d.add(n, PKCEVerifier, fmt.Sprintf("the authorization request at step %d sent a code_challenge, but the token request has no code_verifier", a+1),
					paramEv(ai, "code_challenge"), requestEv(i), errorEv(i))
				return
			case ch != "" && !verifierMatches(v, ch, m):
				msg := fmt.Sprintf("the code_verifier does not hash to the code_challenge of step %d (method %s)", a+1, orDefault(m, "plain"))
				if l := len(v); l < 43 || l > 128 {
					msg += fmt.Sprintf("; it is also %d characters long, outside the 43 to 128 RFC 7636 allows", l)
				}
				d.add(n, PKCEVerifier, msg, paramEv(ai, "code_challenge"), paramEv(i, "code_verifier"))
				return
			case ch == "" && v != "" && strings.Contains(strings.ToLower(i.bodyString("error_description")), "verifier"):
				d.add(n, PKCEVerifier, fmt.Sprintf("the token request sends a code_verifier, but the authorization request at step %d sent no code_challenge", a+1),
					requestEv(ai), paramEv(i, "code_verifier"))
				return
			}
		}
	}
	if er == "redirect_uri_mismatch" {
		d.add(n, RedirectURIMismatch, "the token endpoint refused the redirect_uri", paramEv(i, "redirect_uri"), errorEv(i))
		return
	}
	if er == "invalid_grant" {
		code := i.form.Get("code")
		for j := 0; j < n; j++ {
			if d.es[j].k == "token" && d.es[j].i.form.Get("code") == code && code != "" {
				d.add(n, CodeRefused, fmt.Sprintf("the code was already redeemed at step %d; a code is good for one token request (RFC 6749 §4.1.2)", j+1),
					paramEv(d.es[j].i, "code"), errorEv(i))
				return
			}
		}
		src := d.codeSource(n, code)
		if src >= 0 {
			si := d.es[src].i
			if !si.date.IsZero() && !i.date.IsZero() && i.date.Sub(si.date) > 60*time.Second {
				d.add(n, CodeRefused, fmt.Sprintf("the code was issued at step %d and redeemed %s later; authorization codes live seconds to minutes (RFC 6749 §4.1.2 says at most 10)", src+1, i.date.Sub(si.date).Round(time.Second)),
					dateEv(si), dateEv(i), errorEv(i))
				return
			}
			d.add(n, CodeRefused, fmt.Sprintf("the token endpoint refused the code issued at step %d: invalid_grant (reused, expired, or issued to another client or redirect_uri)", src+1),
				codeEv(si), errorEv(i))
			return
		}
		d.add(n, CodeRefused, "the token endpoint refused the code: invalid_grant (reused, expired, or issued to another client or redirect_uri)", paramEv(i, "code"), errorEv(i))
		return
	}
	if idt := i.bodyString("id_token"); idt != "" && a >= 0 {
		d.nonce(n, a, idt, bodyEv(i, "id_token"))
	}
}

// codeSource finds the step that issued code: a redirect carrying it or the callback.
func (d *diag) codeSource(n int, code string) int {
	for j := n - 1; j >= 0; j-- {
		e := d.es[j].i
		if code != "" && (e.locQ.Get("code") == code || e.query.Get("code") == code) {
			return j
		}
	}
	return d.lastBefore(n, "callback")
}

func (d *diag) nonce(n, a int, idt string, ev rule.Evidence) {
	if a < 0 {
		return
	}
	sent := d.es[a].i.param("nonce")
	t, err := jwt.Decode(idt)
	if sent == "" || err != nil {
		return
	}
	got, _ := t.Claims["nonce"].(string)
	if got != sent {
		msg := fmt.Sprintf("the ID token's nonce %s is not the nonce %s the authorization request at step %d sent", quoteVal(got), quoteVal(sent), a+1)
		if got == "" {
			msg = fmt.Sprintf("the ID token has no nonce claim, but the authorization request at step %d sent %s", a+1, quoteVal(sent))
		}
		d.add(n, NonceMismatch, msg, paramEv(d.es[a].i, "nonce"), ev)
	}
}

func verifierMatches(v, challenge, method string) bool {
	if strings.EqualFold(method, "S256") {
		h := sum256([]byte(v))
		return base64.RawURLEncoding.EncodeToString(h[:]) == strings.TrimRight(challenge, "=")
	}
	return v == challenge
}

// cors checks a browser's token request (or its preflight) for the CORS
// headers the answer needs.
func (d *diag) cors(n int, i *info) {
	of, ok := i.reqField("origin")
	if !ok || i.x.Response == nil {
		return
	}
	origin := strings.TrimSpace(of.Value)
	if h := hostOfOrigin(origin); h == i.host {
		return
	}
	r := i.x.Response
	acao, has := r.Fields.Lookup("access-control-allow-origin")
	switch {
	case i.status == 0 && r.Error != "":
		d.add(n, TokenCORS, fmt.Sprintf("the browser blocked the answer of the token endpoint to a request from %s (%s)", origin, r.Error), fieldEv(i, of, true), statusEv(i))
	case !has && r.HeadersComplete:
		d.add(n, TokenCORS, fmt.Sprintf("the token endpoint answers a request from %s without Access-Control-Allow-Origin, so the browser hides the answer from the page", origin), fieldEv(i, of, true), statusEv(i))
	case has && strings.TrimSpace(acao.Value) != "*" && !strings.EqualFold(strings.TrimSpace(acao.Value), origin):
		d.add(n, TokenCORS, fmt.Sprintf("the token endpoint allows origin %s, not the page's %s", quoteVal(strings.TrimSpace(acao.Value)), origin), fieldEv(i, of, true), fieldEv(i, acao, false))
	}
}

// tokens checks calls that carry a token: used after exp, refused for a
// clock that disagrees, and the refresh that should have followed.
func (d *diag) tokens() {
	for n, e := range d.es {
		i := e.i
		if e.k != "api" || i.authz != "bearer" || !(i.status == 401 || i.status == 403) {
			continue
		}
		t, err := jwt.Decode(i.authzVal)
		if err != nil {
			continue
		}
		now := i.date
		af, _ := i.reqField("authorization")
		if !now.IsZero() && !t.NotBefore.IsZero() && t.NotBefore.Sub(now) > skew || !now.IsZero() && !t.IssuedAt.IsZero() && t.IssuedAt.Sub(now) > skew {
			at := t.IssuedAt
			claim := "iat"
			if !t.NotBefore.IsZero() && !t.NotBefore.Before(at) {
				at, claim = t.NotBefore, "nbf"
			}
			df, _ := i.respField("date")
			d.add(n, ClockSkew, fmt.Sprintf("the token's %s is %s after the Date of the response that refused it: the issuer's clock runs ahead of the API's", claim, at.Sub(now).Round(time.Second)),
				tokenEv(i, af, claim+" "+at.UTC().Format(time.RFC3339)), fieldEv(i, df, false))
			continue
		}
		if now.IsZero() || t.ExpiresAt.IsZero() || !t.ExpiresAt.Before(now) {
			continue
		}
		df, _ := i.respField("date")
		r := -1
		for j := n + 1; j < len(d.es); j++ {
			if d.es[j].k == "refresh" {
				r = j
				break
			}
		}
		ago := now.Sub(t.ExpiresAt).Round(time.Second)
		switch {
		case r < 0:
			d.add(n, ExpiredNoRefresh, fmt.Sprintf("the access token expired %s before this call and no refresh followed", ago),
				tokenEv(i, af, "exp "+t.ExpiresAt.UTC().Format(time.RFC3339)), fieldEv(i, df, false))
		case refused(d.es[r].i):
			ri := d.es[r].i
			d.add(r, ExpiredNoRefresh, fmt.Sprintf("the access token expired %s before the call at step %d, and the refresh was refused: %s", ago, n+1, orDefault(ri.oauthError(), fmt.Sprint(ri.status))),
				tokenEv(i, af, "exp "+t.ExpiresAt.UTC().Format(time.RFC3339)), fieldEv(i, df, false), errorEv(ri))
		}
	}
	// Dates that run backwards between hosts, before a refusal.
	if len(d.out) > 0 {
		return
	}
	for n := 1; n < len(d.es); n++ {
		i := d.es[n].i
		if i.date.IsZero() || !refused(i) {
			continue
		}
		for j := n - 1; j >= 0; j-- {
			p := d.es[j].i
			if p.date.IsZero() || p.host == i.host {
				continue
			}
			if p.date.Sub(i.date) > 2*skew {
				pf, _ := p.respField("date")
				nf, _ := i.respField("date")
				d.add(n, ClockSkew, fmt.Sprintf("%s answered step %d at a time %s before %s answered step %d: their clocks disagree", i.host, n+1, p.date.Sub(i.date).Round(time.Second), p.host, j+1),
					fieldEv(p, pf, false), fieldEv(i, nf, false))
				return
			}
			break
		}
	}
}

// cookies finds the session cookies a refused step should have carried and
// says which rule of RFC 6265bis kept them back.
func (d *diag) cookies() {
	for n, e := range d.es {
		i := e.i
		if !i.sentKnown || !(i.status == 401 || i.status == 403 || i.status == 419 || loginRedirect(i)) {
			continue
		}
		for _, c := range d.f.cookies {
			if c.step >= n || !sessionish(c) || siteOf(c.host) != i.site {
				continue
			}
			if _, ok := i.sent[c.c.Name]; ok {
				continue
			}
			if later(d.f.cookies, c, n) {
				continue
			}
			if id, why := whyNotSent(c, e, i); id != "" {
				si := d.es[c.step].i
				d.add(n, id, fmt.Sprintf("cookie %s, set at step %d, was not sent at step %d: %s", c.c.Name, c.step+1, n+1, why),
					fieldEv(si, c.c.Field, false), requestEv(i))
				break
			}
		}
	}
}

// later reports whether a cookie of the same name was set again between c and step n.
func later(cs []setCookie, c setCookie, n int) bool {
	for _, o := range cs {
		if o.c.Name == c.c.Name && o.step > c.step && o.step < n {
			return true
		}
	}
	return false
}

func whyNotSent(c setCookie, e *entry, i *info) (string, string) {
	scheme := ""
	if i.u != nil {
		scheme = i.u.Scheme
	}
	switch {
	case c.c.Secure && c.http:
		return CookieSecure, "it is marked Secure but was set over http, so the browser refused to store it"
	case c.c.Secure && scheme == "http":
		return CookieSecure, "it is marked Secure and this request went over http"
	}
	if c.c.Domain == "" && i.host != c.host {
		return CookieDomain, fmt.Sprintf("it has no Domain attribute, so it belongs to %s alone, and this request went to %s", c.host, i.host)
	}
	if dom := strings.TrimPrefix(strings.ToLower(c.c.Domain), "."); dom != "" && i.host != dom && !strings.HasSuffix(i.host, "."+dom) {
		return CookieDomain, fmt.Sprintf("its Domain=%s does not cover %s", c.c.Domain, i.host)
	}
	p := c.c.Path
	if !c.c.HasPath || !strings.HasPrefix(p, "/") {
		p = defaultPath(c.path)
	}
	rp := "/"
	if i.u != nil && i.u.Path != "" {
		rp = i.u.Path
	}
	if !pathMatch(rp, p) {
		return CookiePath, fmt.Sprintf("its Path=%s does not cover %s", p, rp)
	}
	dest := ""
	if f, ok := i.reqField("sec-fetch-dest"); ok {
		dest = strings.ToLower(strings.TrimSpace(f.Value))
	}
	if e.cross && (dest == "iframe" || dest == "frame") {
		if !c.c.Partitioned {
			return CookieThirdParty, "the request comes from a frame embedded in another site, where browsers that block third-party cookies withhold cookies without the Partitioned attribute"
		}
		return CookieThirdParty, "it is Partitioned, so it is kept per top-level site, and this frame sits in another site than the one it was set under"
	}
	if !e.cross {
		return "", ""
	}
	ss := strings.ToLower(c.c.SameSite)
	mode := ""
	if f, ok := i.reqField("sec-fetch-mode"); ok {
		mode = strings.ToLower(strings.TrimSpace(f.Value))
	}
	nav := i.method() == "GET" && (mode == "navigate" || mode == "" && dest != "empty")
	switch {
	case ss == "strict":
		return CookieSameSite, "it is SameSite=Strict and this request is cross-site (it follows a redirect chain that began on another site)"
	case ss == "none" && !c.c.Secure:
		return CookieSameSite, "it is SameSite=None without Secure, which browsers reject"
	case (ss == "lax" || ss == "") && !nav:
		how := "SameSite=Lax"
		if ss == "" {
			how = "without SameSite, so browsers treat it as Lax,"
		}
		return CookieSameSite, fmt.Sprintf("it is %s and this cross-site request is a %s, not a top-level GET navigation", how, i.method()+" "+orDefault(mode, "request"))
	}
	return "", ""
}

// defaultPath is RFC 6265bis §5.1.4's default-path of a request path.
func defaultPath(p string) string {
	if p == "" || p[0] != '/' {
		return "/"
	}
	k := strings.LastIndexByte(p, '/')
	if k == 0 {
		return "/"
	}
	return p[:k]
}

func pathMatch(req, cp string) bool {
	if req == cp {
		return true
	}
	if strings.HasPrefix(req, cp) {
		return strings.HasSuffix(cp, "/") || req[len(cp)] == '/'
	}
	return false
}

// csrfNames are form fields and cookies that carry a CSRF token.
var csrfNames = []string{"csrf", "xsrf", "authenticity_token", "__requestverificationtoken", "_token", "csrfmiddlewaretoken", "anti-forgery", "antiforgery"}

func isCSRFName(n string) bool {
	n = strings.ToLower(n)
	for _, c := range csrfNames {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

// csrf checks that a refused form post echoed the CSRF token its page issued.
func (d *diag) csrf() {
	for n, e := range d.es {
		i := e.i
		if i.method() != "POST" || !(i.status == 400 || i.status == 403 || i.status == 419 || i.status == 422) {
			continue
		}
		for j := n - 1; j >= 0; j-- {
			p := d.es[j].i
			name, val, ev, ok := issuedCSRF(p)
			if !ok {
				continue
			}
			echoed := ""
			for k, vs := range i.form {
				if isCSRFName(k) && len(vs) > 0 {
					echoed = vs[0]
				}
			}
			for _, h := range []string{"x-csrf-token", "x-xsrf-token", "x-csrftoken", "csrf-token", "x-csrf"} {
				if f, ok := i.reqField(h); ok {
					echoed = strings.TrimSpace(f.Value)
				}
			}
			switch {
			case echoed == "" && (len(i.form) > 0 || i.sentKnown):
				d.add(n, CSRFNotEchoed, fmt.Sprintf("step %d issued the CSRF token %s, and the post at step %d carries no CSRF field or header", j+1, name, n+1), ev, requestEv(i))
			case echoed != "" && val != "" && echoed != val && !strings.Contains(val, "…"):
				d.add(n, CSRFNotEchoed, fmt.Sprintf("the post at step %d echoes a CSRF token that is not the one step %d issued in %s (a stale page or another session)", n+1, j+1, name), ev, requestEv(i))
			}
			break
		}
	}
}

var hiddenRe = []string{`name="`, `name='`}

// issuedCSRF finds a CSRF token a response issued: a cookie or a hidden field.
func issuedCSRF(p *info) (name, val string, ev rule.Evidence, ok bool) {
	for _, c := range p.set {
		if isCSRFName(c.Name) {
			return "cookie " + c.Name, c.Value, fieldEv(p, c.Field, false), true
		}
	}
	if p.x.Response == nil {
		return "", "", ev, false
	}
	b := p.x.Response.Body.Text
	if len(b) > maxBody {
		b = b[:maxBody]
	}
	lb := lowered.Text(b)
	for _, cn := range csrfNames {
		for _, q := range hiddenRe {
			k := strings.Index(lb, q+cn)
			if k < 0 {
				continue
			}
			end := strings.IndexByte(lb[k+len(q):], q[len(q)-1])
			if end < 0 {
				continue
			}
			field := b[k+len(q) : k+len(q)+end]
			v := ""
			if vi := strings.Index(lb[k:min(len(lb), k+400)], "value="); vi >= 0 {
				rest := b[k+vi+6:]
				if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
					if e := strings.IndexByte(rest[1:], rest[0]); e >= 0 {
						v = rest[1 : 1+e]
					}
				}
			}
			return "field " + field, v, bodyAt(p, k), true
		}
	}
	return "", "", ev, false
}

// saml checks each SAML Response against the AuthnRequest it answers.
func (d *diag) saml() {
	for n, e := range d.es {
		if e.k == "saml-response" && e.saml != nil {
			d.samlResponse(n, e)
		}
	}
}

// samlResponse checks the SAML Response of step n (e): a function of its
// own, so that under js/wasm a paste without SAML does not compile it (a
// function is compiled whole on its first call; issue #14).
func (d *diag) samlResponse(n int, e *entry) {
	i, m := e.i, e.saml
	r := d.lastBefore(n, "saml-request")
	var req *samlMsg
	var ri *info
	if r >= 0 {
		req, ri = d.es[r].saml, d.es[r].i
	}
	if req != nil && req.issuer != "" && m.audience != "" && m.audience != req.issuer {
		d.add(n, SAMLAudience, fmt.Sprintf("the assertion's Audience %s is not the entity ID %s the service provider named in its AuthnRequest at step %d", quoteVal(m.audience), quoteVal(req.issuer), r+1),
			samlEv(ri, req, "Issuer "+req.issuer), samlEv(i, m, "Audience "+m.audience))
		return
	}
	if req != nil && req.id != "" && m.inResponseTo != "" && m.inResponseTo != req.id {
		d.add(n, SAMLInResponseTo, fmt.Sprintf("the Response answers request %s, but the AuthnRequest at step %d had ID %s", quoteVal(m.inResponseTo), r+1, quoteVal(req.id)),
			samlEv(ri, req, "ID "+req.id), samlEv(i, m, "InResponseTo "+m.inResponseTo))
		return
	}
	if req != nil && req.id != "" && m.inResponseTo == "" && refused(i) {
		d.add(n, SAMLInResponseTo, fmt.Sprintf("the Response has no InResponseTo (an IdP-initiated, unsolicited response), but the service provider sent AuthnRequest %s at step %d and refused it", quoteVal(req.id), r+1),
			samlEv(ri, req, "ID "+req.id), statusEv(i))
		return
	}
	now := i.date
	if now.IsZero() || !refused(i) {
		return
	}
	df, _ := i.respField("date")
	switch {
	case !m.notBefore.IsZero() && m.notBefore.After(now):
		d.add(n, SAMLTimeWindow, fmt.Sprintf("the assertion is valid from %s, %s after the service provider's Date: the IdP's clock runs ahead", m.notBefore.UTC().Format(time.RFC3339), m.notBefore.Sub(now).Round(time.Second)),
			samlEv(i, m, "NotBefore "+m.notBefore.UTC().Format(time.RFC3339)), fieldEv(i, df, false))
	case !m.notOnOrAfter.IsZero() && !m.notOnOrAfter.After(now):
		d.add(n, SAMLTimeWindow, fmt.Sprintf("the assertion expired at %s, %s before the service provider's Date", m.notOnOrAfter.UTC().Format(time.RFC3339), now.Sub(m.notOnOrAfter).Round(time.Second)),
			samlEv(i, m, "NotOnOrAfter "+m.notOnOrAfter.UTC().Format(time.RFC3339)), fieldEv(i, df, false))
	}
}

// loop finds a redirect cycle that repeats: the same sign-in request three
// times or more without the flow completing in between.
func (d *diag) loop() {
	count := map[string][]int{}
	for n, e := range d.es {
		if e.k != "authorize" && e.k != "saml-request" && e.k != "start" && !(e.k == "redirect" && e.i.status/100 == 3) {
			continue
		}
		k := e.i.method() + " " + key(e.i.u)
		count[k] = append(count[k], n)
		if len(count[k]) == 3 {
			first, second := count[k][0], count[k][1]
			cycle := []string{}
			for j := first; j < second && len(cycle) < 6; j++ {
				cycle = append(cycle, d.es[j].i.host+shortPath(d.es[j].i.u))
			}
			d.add(second, LoginLoop, fmt.Sprintf("the cycle %s came back %d times: each pass starts the sign-in again instead of landing signed in", strings.Join(cycle, " → "), len(count[k])),
				requestEv(d.es[first].i), requestEv(d.es[second].i), requestEv(e.i))
			return
		}
	}
}

// ---- evidence ---------------------------------------------------------------

const maxQuote = rule.MaxQuote

var quote = rule.Quote // the one way evidence is quoted

// quoteVal quotes a value in a message, shortened: values in messages are
// state and nonce strings, never credentials.
func quoteVal(s string) string {
	if len(s) > 80 {
		s = s[:77] + "…"
	}
	return "`" + s + "`"
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func requestEv(i *info) rule.Evidence {
	q := i.x.Request
	if q == nil {
		return statusEv(i)
	}
	t := q.Target
	if t == "" {
		t = q.URL
	}
	return rule.Evidence{Exchange: i.x.Index, Where: "request line", Pos: q.Pos, Text: quote(strings.TrimSpace(q.Method + " " + t + " " + q.Proto))}
}

func statusEv(i *info) rule.Evidence {
	r := i.x.Response
	if r == nil {
		return requestEv(i)
	}
	text := strings.TrimSpace(r.Proto + " " + fmt.Sprint(r.Status) + " " + r.Reason)
	if r.Error != "" {
		text += " (" + r.Error + ")"
	}
	return rule.Evidence{Exchange: i.x.Index, Where: "status line", Pos: r.Pos, Text: quote(text)}
}

func fieldEv(i *info, f parse.Field, request bool) rule.Evidence {
	if f.Name == "" {
		if request {
			return requestEv(i)
		}
		return statusEv(i)
	}
	return rule.FieldEvidence(i.x, f, request)
}

func dateEv(i *info) rule.Evidence {
	f, _ := i.respField("date")
	return fieldEv(i, f, false)
}

func tokenEv(i *info, f parse.Field, claim string) rule.Evidence {
	ev := fieldEv(i, f, true)
	if len(ev.Text) > 60 {
		ev.Text = ev.Text[:57] + "…"
	}
	ev.Text += " (" + claim + ")"
	return ev
}

// paramEv points at where a parameter was sent: the request line for a
// query parameter, the body for a form field, a redirect's Location.
func paramEv(i *info, name string) rule.Evidence {
	if i.query.Has(name) {
		ev := requestEv(i)
		return ev
	}
	if i.form.Has(name) && i.x.Request != nil {
		b := i.x.Request.Body
		off := strings.Index(b.Text, name+"=")
		if off < 0 {
			off = 0
		}
		line := b.Text[strings.LastIndexByte(b.Text[:off], '\n')+1:]
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		return rule.Evidence{Exchange: i.x.Index, Where: "request body", Pos: b.LinePos(off), Text: quote(line)}
	}
	if i.locQ.Has(name) {
		f, _ := i.respField("location")
		return fieldEv(i, f, false)
	}
	return requestEv(i)
}

func codeEv(i *info) rule.Evidence {
	if i.locQ.Has("code") && !i.query.Has("code") {
		f, _ := i.respField("location")
		return fieldEv(i, f, false)
	}
	return paramEv(i, "code")
}

// errorEv points at the error a response gave: the body line with "error",
// a Location with an error parameter, or the status line.
func errorEv(i *info) rule.Evidence {
	if r := i.x.Response; r != nil {
		if k := strings.Index(r.Body.Text, `"error"`); k >= 0 && k < maxBody {
			return bodyAt(i, k)
		}
		if i.locQ.Has("error") {
			f, _ := i.respField("location")
			return fieldEv(i, f, false)
		}
	}
	return statusEv(i)
}

func bodyEv(i *info, name string) rule.Evidence {
	if r := i.x.Response; r != nil {
		if k := strings.Index(r.Body.Text, `"`+name+`"`); k >= 0 {
			return bodyAt(i, k)
		}
	}
	return statusEv(i)
}

// bodyAt quotes the response body line holding byte offset off.
func bodyAt(i *info, off int) rule.Evidence {
	b := i.x.Response.Body
	start := strings.LastIndexByte(b.Text[:off], '\n') + 1
	end := strings.IndexByte(b.Text[off:], '\n')
	if end < 0 {
		end = len(b.Text)
	} else {
		end += off
	}
	line := b.Text[start:end]
	if len(line) > maxQuote && off-start > maxQuote/2 {
		line = line[off-start-maxQuote/4:]
	}
	return rule.Evidence{Exchange: i.x.Index, Where: "response body", Pos: b.LinePos(off), Text: quote(line)}
}

// samlEv points at the SAML parameter and quotes the decoded value found in it.
func samlEv(i *info, m *samlMsg, what string) rule.Evidence {
	ev := paramEv(i, m.field)
	ev.Text = quote(m.field + " (decoded): " + what)
	return ev
}
