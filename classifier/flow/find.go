package flow

import (
	"sort"
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
)

// setCookie is a cookie a step of the flow set, with where it was set.
type setCookie struct {
	c    fields.Cookie
	step int // index into the flow's steps
	host string
	path string // the request path of the step that set it, for the default-path
	http bool   // set by a response to a plain-http request
	x    int    // index of the exchange that set it
}

// maxCookies bounds the cookies a flow follows.
const maxCookies = 64

// entry is a step being assembled: its info and how it was reached.
type entry struct {
	i     *info
	via   int  // index of the step whose redirect led here, -1 when none
	cross bool // the request is cross-site, or reached through a cross-site redirect chain
	saml  *samlMsg
	k     string // the step's kind
}

// assembler reads exchanges in order and grows flows.
type assembler struct {
	flows  []*Flow
	steps  map[*Flow][]*entry
	more   int
	recent []*info // last few exchanges no flow took, for the login form page
}

// Find reads the flows of a parsed paste.
func Find(in *parse.Input) *Result {
	a := &assembler{steps: map[*Flow][]*entry{}}
	for _, x := range in.Exchanges {
		if noise(x) {
			continue
		}
		a.add(read(x))
	}
	res := &Result{More: a.more}
	for _, f := range a.flows {
		a.finish(f)
		// A flow that broke nothing and has no sign-in step (one exchange,
		// or calls with a token whose issue the paste does not show) tells
		// no more than its exchanges' cards.
		if len(f.Causes) == 0 && (len(f.Steps) < 2 || onlyCalls(f)) {
			continue
		}
		res.Flows = append(res.Flows, f)
	}
	return res
}

// onlyCalls reports whether every step of f is a call or a redirect.
func onlyCalls(f *Flow) bool {
	for _, s := range f.Steps {
		if s.Kind != "api" && s.Kind != "redirect" {
			return false
		}
	}
	return true
}

// kind classifies one exchange as a possible step.
func kind(i *info) string {
	m := i.method()
	switch g := i.form.Get("grant_type"); {
	case g == "authorization_code":
		return "token"
	case g == "refresh_token":
		return "refresh"
	case g == "client_credentials":
		return "client-credentials"
	case g == "password":
		return "password"
	case g != "":
		return "token"
	}
	if m == "OPTIONS" && i.x.Request != nil && i.x.Request.Fields.Has("access-control-request-method") && i.u != nil && strings.Contains(strings.ToLower(i.u.Path), "token") {
		return "preflight"
	}
	switch {
	case i.has("SAMLResponse"):
		return "saml-response"
	case i.has("SAMLRequest"):
		return "saml-request"
	case i.has("response_type") && i.has("client_id"):
		return "authorize"
	case i.has("code") && i.has("state"), i.has("state") && i.has("error"), i.has("id_token") && i.has("state"):
		return "callback"
	}
	if i.status == 401 || i.status == 407 {
		if s := challengeScheme(i); s != "" {
			return "challenge"
		}
	}
	switch i.authz {
	case "basic", "digest", "ntlm", "negotiate":
		return "credentials"
	}
	if m == "POST" && hasPassword(i) {
		return "login"
	}
	if i.loc != nil && (i.locQ.Has("response_type") && i.locQ.Has("client_id") || i.locQ.Has("SAMLRequest")) {
		return "start"
	}
	return ""
}

func challengeScheme(i *info) string {
	r := i.x.Response
	for _, name := range []string{"www-authenticate", "proxy-authenticate"} {
		for _, f := range r.Fields.All(name) {
			s := strings.ToLower(strings.TrimSpace(f.Value))
			for _, sc := range []string{"basic", "digest", "ntlm", "negotiate"} {
				if strings.HasPrefix(s, sc) {
					return sc
				}
			}
		}
	}
	return ""
}

var passwordFields = []string{"password", "passwd", "pass", "pwd", "j_password", "credential", "passcode"}

func hasPassword(i *info) bool {
	for k := range i.form {
		lk := strings.ToLower(k)
		for _, p := range passwordFields {
			if lk == p || strings.HasSuffix(lk, "["+p+"]") || strings.HasSuffix(lk, "_"+p) || strings.HasSuffix(lk, "."+p) {
				return true
			}
		}
	}
	return false
}

func (a *assembler) newFlow(k string, i *info) *Flow {
	if len(a.flows) >= MaxFlows {
		a.more++
		return nil
	}
	f := &Flow{Kind: k, Title: Titles.Get(k), Hosts: []string{}, Steps: []Step{}, open: true, expect: map[string]int{},
		tokens: map[string]int{}, challenge: map[string]bool{}, firstX: i.x.Index}
	a.flows = append(a.flows, f)
	return f
}

// expecting returns the flow (latest first) a redirect pointed to i's URL.
func (a *assembler) expecting(i *info) (*Flow, int) {
	k := key(i.u)
	if k == "" {
		return nil, -1
	}
	for n := len(a.flows) - 1; n >= 0; n-- {
		if s, ok := a.flows[n].expect[k]; ok {
			return a.flows[n], s
		}
	}
	return nil, -1
}

func (a *assembler) latest(pred func(*Flow) bool) *Flow {
	for n := len(a.flows) - 1; n >= 0; n-- {
		if pred(a.flows[n]) {
			return a.flows[n]
		}
	}
	return nil
}

func isOAuth(f *Flow) bool { return strings.HasPrefix(f.Kind, "oauth-") }
func isSAML(f *Flow) bool  { return strings.HasPrefix(f.Kind, "saml-") }

// forget drops the cookies i's response deletes from every flow of its
// site: after a sign-out (or a reset) they are no longer expected back.
func (a *assembler) forget(i *info) {
	for _, c := range i.set {
		if !c.Deletes(i.date) {
			continue
		}
		for _, f := range a.flows {
			kept := f.cookies[:0]
			for _, o := range f.cookies {
				if o.c.Name != c.Name || siteOf(o.host) != i.site || o.x == i.x.Index {
					kept = append(kept, o)
				}
			}
			f.cookies = kept
		}
	}
}

// add places one exchange in a flow, or leaves it out. Each kind of step
// finds or starts its flow in a function of its own: under js/wasm a
// function is compiled whole on its first call, so a paste without OAuth or
// SAML steps does not pay for compiling their branches (issue #14).
func (a *assembler) add(i *info) {
	defer a.forget(i)
	k := kind(i)
	ef, via := a.expecting(i)
	var f *Flow
	switch k {
	case "authorize":
		f = a.authorizeFlow(i, ef)
	case "callback":
		f = a.callbackFlow(i, ef)
	case "token", "preflight":
		f = a.tokenFlow(i, k)
	case "refresh":
		f = a.refreshFlow(i)
	case "client-credentials", "password":
		f = a.grantFlow(i, k)
	case "saml-request", "saml-response":
		a.addSAML(i, k, ef, via)
		return
	case "login":
		f = a.loginFlow(i, ef)
	case "challenge", "credentials":
		f = a.challengeFlow(i, ef)
	case "start":
		f = a.startFlow(i, ef)
	default:
		f, k = a.use(i, ef)
	}
	if f == nil {
		a.remember(i)
		return
	}
	a.attach(f, i, k, via, ef == f, nil)
}

// authorizeFlow is the flow of an authorization request: the one expecting
// it, the open OAuth flow of the same client and redirect, or a new one.
func (a *assembler) authorizeFlow(i *info, ef *Flow) *Flow {
	f := ef
	if f == nil {
		f = a.latest(func(g *Flow) bool {
			return isOAuth(g) && g.clientID == i.param("client_id") && g.redirect == keyOf(i.param("redirect_uri")) && !g.used()
		})
	}
	if f == nil {
		f = a.newFlow(oauthKind(i.param("response_type"), i.param("code_challenge")), i)
	} else if !isOAuth(f) {
		f.Kind = oauthKind(i.param("response_type"), i.param("code_challenge"))
		f.Title = Titles.Get(f.Kind)
	}
	if f != nil {
		f.clientID, f.redirect = i.param("client_id"), keyOf(i.param("redirect_uri"))
	}
	return f
}

// callbackFlow is the flow of a redirect back to the client.
func (a *assembler) callbackFlow(i *info, ef *Flow) *Flow {
	f := ef
	if f == nil {
		f = a.latest(func(g *Flow) bool { return isOAuth(g) && g.redirect != "" && g.redirect == key(i.u) })
	}
	if f == nil {
		f = a.latest(isOAuth)
	}
	if f == nil {
		f = a.newFlow("oauth-code", i)
	}
	return f
}

// tokenFlow is the flow of a token request (k "token") or of its CORS
// preflight (k "preflight", which starts none).
func (a *assembler) tokenFlow(i *info, k string) *Flow {
	code := i.form.Get("code")
	f := a.latest(func(g *Flow) bool { return code != "" && a.issuedCode(g, code) })
	if f == nil {
		f = a.latest(func(g *Flow) bool {
			return isOAuth(g) && (g.redirect != "" && g.redirect == keyOf(i.param("redirect_uri")) || g.clientID != "" && g.clientID == i.param("client_id"))
		})
	}
	if f == nil {
		f = a.latest(func(g *Flow) bool { return isOAuth(g) && g.open })
	}
	if f == nil && k == "token" {
		f = a.newFlow("oauth-code", i)
	}
	return f
}

// refreshFlow is the flow of a refresh-token grant.
func (a *assembler) refreshFlow(i *info) *Flow {
	f := a.latest(func(g *Flow) bool { return isOAuth(g) || g.Kind == "refresh" || g.Kind == "bearer" })
	if f == nil {
		f = a.newFlow("refresh", i)
	}
	return f
}

// grantFlow is the flow of a client-credentials or password grant (k).
func (a *assembler) grantFlow(i *info, k string) *Flow {
	f := a.latest(func(g *Flow) bool {
		return g.Kind == k && g.open && len(a.steps[g]) > 0 && a.steps[g][0].i.host == i.host
	})
	if f == nil {
		f = a.newFlow(k, i)
	}
	return f
}

// addSAML places a SAML request or response (k): the flow expecting it, the
// one whose request it answers, the open SAML flow, or a new one.
func (a *assembler) addSAML(i *info, k string, ef *Flow, via int) {
	m := readSAML(i)
	f := ef
	if f == nil && k == "saml-response" && m != nil && m.inResponseTo != "" {
		f = a.latest(func(g *Flow) bool { return g.samlID == m.inResponseTo })
	}
	if f == nil && k == "saml-response" {
		f = a.latest(isSAML)
	}
	if f == nil && k == "saml-request" {
		f = a.latest(func(g *Flow) bool { return isSAML(g) && !g.used() && len(a.steps[g]) > 0 && g.hasHost(i.host) })
	}
	if f == nil {
		kk := "saml-post"
		if k == "saml-request" && i.method() == "GET" {
			kk = "saml-redirect"
		}
		f = a.newFlow(kk, i)
	}
	if f != nil && !isSAML(f) {
		f.Kind = "saml-post"
		if k == "saml-request" && i.method() == "GET" {
			f.Kind = "saml-redirect"
		}
		f.Title = Titles.Get(f.Kind)
	}
	if f != nil && k == "saml-request" && m != nil {
		f.samlID = m.id
	}
	if f != nil {
		a.attach(f, i, k, via, ef == f, m)
	}
}

// loginFlow is the flow of a form login, with the form's page when it was
// pasted.
func (a *assembler) loginFlow(i *info, ef *Flow) *Flow {
	f := ef
	if f == nil {
		f = a.latest(func(g *Flow) bool { return g.open && !g.used() && g.hasHost(i.host) })
	}
	if f == nil {
		f = a.newFlow("form-login", i)
		if f != nil {
			if page := a.formPage(i); page != nil {
				a.attach(f, page, "form", -1, false, nil)
			}
		}
	}
	return f
}

// challengeFlow is the flow of a challenge or of the credentials that
// answer one: the same scheme on the same host.
func (a *assembler) challengeFlow(i *info, ef *Flow) *Flow {
	scheme := challengeSchemeOrAuthz(i)
	f := a.latest(func(g *Flow) bool { return g.Kind == scheme && g.hasHost(i.host) })
	if f == nil && ef != nil {
		f = ef
	}
	if f == nil {
		f = a.newFlow(scheme, i)
	}
	return f
}

// startFlow is the flow a redirect to an identity provider starts.
func (a *assembler) startFlow(i *info, ef *Flow) *Flow {
	f := ef
	if f == nil {
		f = a.latest(func(g *Flow) bool { return g.open && !g.used() && g.hasHost(i.host) && (isOAuth(g) || isSAML(g)) })
	}
	if f == nil {
		kk := "saml-redirect"
		if i.locQ.Has("response_type") {
			kk = oauthKind(i.locQ.Get("response_type"), i.locQ.Get("code_challenge"))
		}
		f = a.newFlow(kk, i)
	}
	return f
}

// use finds the flow an ordinary exchange belongs to: one a redirect led
// to, one whose token or session cookie it carries, or one whose session
// cookie it should have carried and whose refusal shows it did not.
func (a *assembler) use(i *info, ef *Flow) (*Flow, string) {
	if ef != nil {
		return ef, "redirect"
	}
	if i.authz == "bearer" && i.authzVal != "" {
		if f := a.latest(func(g *Flow) bool { _, ok := g.tokens[i.authzVal]; return ok }); f != nil {
			return f, "api"
		}
		if i.status == 401 || i.status == 403 {
			if f := a.latest(func(g *Flow) bool { return g.Kind == "bearer" && g.hasHost(i.host) }); f != nil {
				return f, "api"
			}
			return a.newFlow("bearer", i), "api"
		}
	}
	refused := i.status == 401 || i.status == 403 || i.status == 419 || loginRedirect(i)
	for n := len(a.flows) - 1; n >= 0; n-- {
		g := a.flows[n]
		for _, c := range g.cookies {
			if c.c.Deletes(i.date) || siteOf(c.host) != i.site {
				continue
			}
			if v, ok := i.sent[c.c.Name]; ok && (v == c.c.Value || c.c.Value == "") {
				if refused || !g.used() {
					return g, "api"
				}
				return nil, ""
			}
			if refused && i.sentKnown && sessionish(c) {
				return g, "api"
			}
		}
	}
	return nil, ""
}

// loginRedirect reports whether a response sends the browser (back) to a
// sign-in: a Location with authorization or SAML parameters, or a login path.
func loginRedirect(i *info) bool {
	if i.loc == nil || i.status < 300 || i.status > 399 {
		return false
	}
	if i.locQ.Has("response_type") || i.locQ.Has("SAMLRequest") {
		return true
	}
	if i.locQ.Has("code") || i.locQ.Has("error") && i.locQ.Has("state") || i.locQ.Has("SAMLResponse") ||
		strings.Contains(i.loc.Fragment, "access_token=") || strings.Contains(i.loc.Fragment, "id_token=") {
		// the sign-in's answer on its way back to the client (RFC 6749
		// §4.1.2, §4.2.2; a "/auth/callback" path): not a redirect to sign in
		return false
	}
	p := strings.ToLower(i.loc.Path)
	for _, w := range []string{"login", "signin", "sign-in", "sign_in", "logon", "authorize", "/auth"} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

func sessionish(c setCookie) bool {
	return fields.IsSessionCookie(c.c.Name) || c.c.HTTPOnly
}

func challengeSchemeOrAuthz(i *info) string {
	if i.x.Response != nil {
		if s := challengeScheme(i); s != "" && (i.status == 401 || i.status == 407) {
			return s
		}
	}
	return i.authz
}

func oauthKind(responseType, challenge string) string {
	rt := strings.Fields(responseType)
	has := func(w string) bool {
		for _, t := range rt {
			if t == w {
				return true
			}
		}
		return false
	}
	switch {
	case has("code") && (has("token") || has("id_token")):
		return "oauth-hybrid"
	case has("token") || has("id_token"):
		return "oauth-implicit"
	case challenge != "":
		return "oauth-code-pkce"
	}
	return "oauth-code"
}

func (f *Flow) hasHost(h string) bool {
	for _, x := range f.Hosts {
		if x == h {
			return true
		}
	}
	return false
}

// used reports whether the flow's result (a token, a session) has been used
// successfully already, so a new sign-in starts a new flow.
func (f *Flow) used() bool { return f.Outcome == "completed" }

func (a *assembler) issuedCode(f *Flow, code string) bool {
	for _, e := range a.steps[f] {
		if e.i.locQ.Get("code") == code || e.i.query.Get("code") == code || e.i.form.Get("code") == code && e.i.form.Get("grant_type") == "" {
			return true
		}
	}
	return false
}

// remember keeps the last few exchanges no flow took: a login form's page
// is one of them until the form is posted.
func (a *assembler) remember(i *info) {
	if i.method() != "GET" {
		return
	}
	if len(a.recent) == 16 {
		copy(a.recent, a.recent[1:])
		a.recent = a.recent[:15]
	}
	a.recent = append(a.recent, i)
}

// formPage finds the page a login form was posted from: its Referer, or
// the same URL fetched with GET.
func (a *assembler) formPage(i *info) *info {
	ref := ""
	if f, ok := i.reqField("referer"); ok {
		ref = keyOf(f.Value)
	}
	for n := len(a.recent) - 1; n >= 0; n-- {
		r := a.recent[n]
		if k := key(r.u); k != "" && (k == ref || k == key(i.u)) {
			return r
		}
	}
	return nil
}

// attach adds i to f as a step of kind k.
func (a *assembler) attach(f *Flow, i *info, k string, via int, viaOK bool, m *samlMsg) {
	f.last = i.x.Index
	steps := a.steps[f]
	if len(steps) >= MaxSteps {
		f.More++
		return
	}
	if k == "" {
		k = "redirect"
	}
	if !viaOK {
		via = -1
	}
	if m == nil && (k == "saml-request" || k == "saml-response") {
		m = readSAML(i)
	}
	e := &entry{i: i, via: via, saml: m, k: k}
	e.cross = crossSite(i)
	if via >= 0 && via < len(steps) {
		p := steps[via].i
		if p.site != i.site || steps[via].cross {
			e.cross = true
		}
	}
	n := len(steps)
	a.steps[f] = append(steps, e)
	if i.host != "" && !f.hasHost(i.host) {
		f.Hosts = append(f.Hosts, i.host)
	}
	if i.loc != nil && i.status >= 300 && i.status <= 399 {
		f.expect[key(i.loc)] = n
	}
	path := "/"
	if i.u != nil && i.u.Path != "" {
		path = i.u.Path
	}
	for _, c := range i.set {
		if c.Deletes(i.date) || len(f.cookies) >= maxCookies {
			continue
		}
		f.cookies = append(f.cookies, setCookie{c: c, step: n, host: i.host, path: path, http: i.u != nil && i.u.Scheme == "http", x: i.x.Index})
	}
	if k == "token" || k == "refresh" || k == "client-credentials" || k == "password" {
		if t := i.bodyString("access_token"); t != "" && i.status/100 == 2 {
			f.tokens[t] = n
		}
	}
	if i.status/100 == 2 && (k == "api" || k == "token" || k == "client-credentials" || k == "password" || k == "credentials" || k == "redirect" && n > 0 && hasSession(f)) {
		if k != "token" || i.bodyString("access_token") != "" {
			f.Outcome = "completed"
		}
	}
	if k == "authorize" || k == "saml-request" || k == "start" {
		f.Outcome = ""
	}
}

func hasSession(f *Flow) bool {
	for _, c := range f.cookies {
		if sessionish(c) {
			return true
		}
	}
	return false
}

// crossSite reports whether the request says it is cross-site.
func crossSite(i *info) bool {
	if f, ok := i.reqField("sec-fetch-site"); ok {
		return strings.EqualFold(strings.TrimSpace(f.Value), "cross-site")
	}
	if f, ok := i.reqField("origin"); ok && i.method() != "GET" {
		if h := hostOfOrigin(f.Value); h != "" && siteOf(h) != i.site {
			return true
		}
	}
	return false
}

func hostOfOrigin(o string) string {
	u := keyOf(strings.TrimSpace(o) + "/")
	if u == "" {
		return ""
	}
	u = u[strings.Index(u, "://")+3:]
	return strings.TrimSuffix(u[:strings.IndexByte(u, '/')], "")
}

// finish builds the flow's steps, runs the diagnosis and counts what was folded.
func (a *assembler) finish(f *Flow) {
	es := a.steps[f]
	for n, e := range es {
		f.Steps = append(f.Steps, describe(n, e, es))
	}
	if len(es) > 0 {
		f.Folded = es[len(es)-1].i.x.Index - es[0].i.x.Index + 1 - len(es)
		if f.Folded < 0 {
			f.Folded = 0
		}
	}
	f.Causes = diagnose(f, es)
	sort.SliceStable(f.Causes, func(x, y int) bool { return f.Causes[x].Step < f.Causes[y].Step })
	switch {
	case len(f.Causes) > 0:
		f.Outcome = "broken"
	case f.Outcome != "completed":
		f.Outcome = "incomplete"
	}
	if f.Title == "" {
		f.Title = Titles.Get(f.Kind)
	}
}
