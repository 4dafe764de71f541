package flow

import (
	"strings"
)

// stepLabels say what each kind of step does.
var stepLabels = map[string]string{
	"start":              "redirect to sign in",
	"authorize":          "authorization request",
	"form":               "login page",
	"login":              "credentials posted",
	"callback":           "authorization response at the redirect URI",
	"token":              "token request (code exchange)",
	"refresh":            "token refresh",
	"client-credentials": "token request (client credentials)",
	"password":           "token request (password grant)",
	"preflight":          "CORS preflight of the token request",
	"saml-request":       "SAML AuthnRequest",
	"saml-response":      "SAML Response at the assertion consumer service",
	"challenge":          "challenge",
	"credentials":        "credentials sent",
	"redirect":           "redirect followed",
	"api":                "call using the result",
}

// describe turns an assembled entry into the step people read.
func describe(n int, e *entry, es []*entry) Step {
	i := e.i
	k := stepKind(e)
	s := Step{N: n + 1, Exchange: i.x.Index, Entry: i.x.Entry, Kind: k, Host: i.host, Method: i.method(),
		Path: shortPath(i.u), Status: i.status, Label: stepLabels[k]}
	if q := i.x.Request; q != nil {
		s.Pos = q.Pos
	} else if r := i.x.Response; r != nil {
		s.Pos = r.Pos
	}
	add := func(list *[]string, v string) {
		for _, x := range *list {
			if x == v {
				return
			}
		}
		*list = append(*list, v)
	}
	var extra []string
	switch k {
	case "authorize":
		for _, p := range []string{"state", "nonce"} {
			if i.param(p) != "" {
				add(&s.Issues, p)
			}
		}
		if c := i.param("code_challenge"); c != "" {
			m := i.param("code_challenge_method")
			if m == "" {
				m = "plain"
			}
			add(&s.Issues, "code_challenge")
			extra = append(extra, "PKCE "+m)
		}
		if rt := i.param("response_type"); rt != "" {
			extra = append(extra, "response_type "+rt)
		}
	case "callback":
		for _, p := range []string{"code", "state", "id_token", "access_token", "error"} {
			if i.param(p) != "" {
				add(&s.Carries, p)
			}
		}
		if e := i.param("error"); e != "" {
			extra = append(extra, "error "+e)
		}
	case "token", "refresh", "client-credentials", "password":
		for _, p := range []string{"code", "code_verifier", "redirect_uri", "refresh_token", "client_secret"} {
			if i.form.Get(p) != "" {
				add(&s.Carries, p)
			}
		}
		for _, p := range []string{"access_token", "id_token", "refresh_token"} {
			if i.bodyString(p) != "" {
				add(&s.Issues, strings.ReplaceAll(p, "_", " "))
			}
		}
		if e := i.bodyString("error"); e != "" {
			extra = append(extra, "error "+e)
		}
	case "saml-request", "saml-response":
		if e.saml != nil {
			if e.saml.id != "" && k == "saml-request" {
				add(&s.Issues, "ID")
			}
			if e.saml.inResponseTo != "" {
				add(&s.Carries, "InResponseTo")
			}
			if e.saml.status != "" && !strings.HasSuffix(e.saml.status, ":Success") {
				extra = append(extra, "status "+e.saml.status[strings.LastIndexByte(e.saml.status, ':')+1:])
			}
		}
		if i.param("RelayState") != "" {
			add(&s.Carries, "RelayState")
		}
	case "challenge":
		if sc := challengeScheme(i); sc != "" {
			extra = append(extra, sc)
		}
	case "credentials":
		extra = append(extra, i.authz)
	case "api":
		if i.authz == "bearer" {
			add(&s.Carries, "access token")
		}
	}
	if k == "start" || k == "authorize" || k == "saml-request" {
		if i.locQ.Get("code") != "" {
			add(&s.Issues, "code")
		}
	}
	for _, c := range i.set {
		add(&s.Issues, "cookie "+c.Name)
	}
	for name := range i.sent {
		if setEarlier(es[:n], name) {
			add(&s.Carries, "cookie "+name)
		}
	}
	if len(extra) > 0 {
		s.Label += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
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
