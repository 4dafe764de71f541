package flow

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// stepLabels say what each kind of step does.
var stepLabels = wordlist.Map[string]{
	{K: "start", V: "redirect to sign in"},
	{K: "authorize", V: "authorization request"},
	{K: "form", V: "login page"},
	{K: "login", V: "credentials posted"},
	{K: "callback", V: "authorization response at the redirect URI"},
	{K: "token", V: "token request (code exchange)"},
	{K: "refresh", V: "token refresh"},
	{K: "client-credentials", V: "token request (client credentials)"},
	{K: "password", V: "token request (password grant)"},
	{K: "preflight", V: "CORS preflight of the token request"},
	{K: "saml-request", V: "SAML AuthnRequest"},
	{K: "saml-response", V: "SAML Response at the assertion consumer service"},
	{K: "challenge", V: "challenge"},
	{K: "credentials", V: "credentials sent"},
	{K: "redirect", V: "redirect followed"},
	{K: "api", V: "call using the result"},
}

// describe turns an assembled entry into the step people read.
func describe(n int, e *entry, es []*entry) Step {
	i := e.i
	k := stepKind(e)
	s := Step{N: n + 1, Exchange: i.x.Index, Entry: i.x.Entry, Kind: k, Host: i.host, Method: i.method(),
		Path: shortPath(i.u), Status: i.status, Label: stepLabels.Get(k)}
	if q := i.x.Request; q != nil {
		s.Pos = q.Pos
	} else if r := i.x.Response; r != nil {
		s.Pos = r.Pos
	}
	var extra []string
	switch k {
	case "authorize", "callback", "token", "refresh", "client-credentials", "password", "saml-request", "saml-response":
		extra = protocolDetails(&s, k, e)
	case "challenge":
		if sc := challengeScheme(i); sc != "" {
			extra = append(extra, sc)
		}
	case "credentials":
		extra = append(extra, i.authz)
	case "api":
		if i.authz == "bearer" {
			addOnce(&s.Carries, "access token")
		}
	}
	if k == "start" || k == "authorize" || k == "saml-request" {
		if i.locQ.Get("code") != "" {
			addOnce(&s.Issues, "code")
		}
	}
	for _, c := range i.set {
		addOnce(&s.Issues, "cookie "+c.Name)
	}
	for name := range i.sent {
		if setEarlier(es[:n], name) {
			addOnce(&s.Carries, "cookie "+name)
		}
	}
	if len(extra) > 0 {
		s.Label += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// addOnce appends v to the list unless it is there already.
func addOnce(list *[]string, v string) {
	for _, x := range *list {
		if x == v {
			return
		}
	}
	*list = append(*list, v)
}

// protocolDetails notes what an OAuth or SAML step (kind k) issues and
// carries in s, and returns the words its label adds. A function of its own:
// under js/wasm a function is compiled whole on its first call, and most
// pastes have no such step (issue #14).
func protocolDetails(s *Step, k string, e *entry) (extra []string) {
	i := e.i
	switch k {
	case "authorize":
		for _, p := range []string{"state", "nonce"} {
			if i.param(p) != "" {
				addOnce(&s.Issues, p)
			}
		}
		if c := i.param("code_challenge"); c != "" {
			m := i.param("code_challenge_method")
			if m == "" {
				m = "plain"
			}
			addOnce(&s.Issues, "code_challenge")
			extra = append(extra, "PKCE "+m)
		}
		if rt := i.param("response_type"); rt != "" {
			extra = append(extra, "response_type "+rt)
		}
	case "callback":
		for _, p := range []string{"code", "state", "id_token", "access_token", "error"} {
			if i.param(p) != "" {
				addOnce(&s.Carries, p)
			}
		}
		if e := i.param("error"); e != "" {
			extra = append(extra, "error "+e)
		}
	case "token", "refresh", "client-credentials", "password":
		for _, p := range []string{"code", "code_verifier", "redirect_uri", "refresh_token", "client_secret"} {
			if i.form.Get(p) != "" {
				addOnce(&s.Carries, p)
			}
		}
		for _, p := range []string{"access_token", "id_token", "refresh_token"} {
			if i.bodyString(p) != "" {
				addOnce(&s.Issues, strings.ReplaceAll(p, "_", " "))
			}
		}
		if e := i.bodyString("error"); e != "" {
			extra = append(extra, "error "+e)
		}
	case "saml-request", "saml-response":
		if e.saml != nil {
			if e.saml.id != "" && k == "saml-request" {
				addOnce(&s.Issues, "ID")
			}
			if e.saml.inResponseTo != "" {
				addOnce(&s.Carries, "InResponseTo")
			}
			if e.saml.status != "" && !strings.HasSuffix(e.saml.status, ":Success") {
				extra = append(extra, "status "+e.saml.status[strings.LastIndexByte(e.saml.status, ':')+1:])
			}
		}
		if i.param("RelayState") != "" {
			addOnce(&s.Carries, "RelayState")
		}
	}
	return extra
}

func stepKind(e *entry) string {
	if e.k == "" {
		return "redirect"
	}
	return e.k
}

func setEarlier(es []*entry, name string) bool {
	for _, e := range es {
		for _, c := range e.i.set {
			if c.Name == name {
				return true
			}
		}
	}
	return false
}
