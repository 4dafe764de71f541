package verdict

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

var (
	ref401  = rule.Ref{Title: "RFC 9110 §15.5.2 401 Unauthorized", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"}
	ref403  = rule.Ref{Title: "RFC 9110 §15.5.4 403 Forbidden", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4"}
	ref407  = rule.Ref{Title: "RFC 9110 §15.5.8 407 Proxy Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8"}
	ref404  = rule.Ref{Title: "RFC 9110 §15.5.5 404 Not Found", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"}
	ref429  = rule.Ref{Title: "RFC 6585 §4 429 Too Many Requests", URL: "https://www.rfc-editor.org/rfc/rfc6585#section-4"}
	ref511  = rule.Ref{Title: "RFC 6585 §6 511 Network Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc6585#section-6"}
	refAuth = rule.Ref{Title: "RFC 9110 §11 HTTP Authentication", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11"}
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

// explain writes the headline and explanation for the decided class.
func explain(v *Verdict, x *parse.Exchange, facts *rule.Facts) {
	r := x.Response
	status := 0
	if r != nil {
		status = r.Status
	}
	cred := facts.Credentials
	credText := credentialsSentence(x, cred)
	top := rule.Signal{}
	if len(v.Reasons) > 0 {
		top = v.Reasons[0]
	}
	switch v.Class {
	case rule.Authentication:
		v.Refs = []rule.Ref{ref401, refAuth}
		if status == 407 {
			v.Refs = []rule.Ref{ref407, refAuth}
			v.Headline = "Authentication required by a proxy"
			v.Explanation = sentence(
				"A proxy between you and the site answered 407: it wants credentials for itself, not for the site.",
				proxyChallengeSentence(facts),
				credText,
				"Configure the client's proxy credentials (for curl, `--proxy-user` with the scheme the proxy offers); the site itself has not been reached yet.")
			return
		}
		switch {
		case cred.State == parse.CredSent && status == 401:
			v.Headline = "Authentication failed: the credentials were refused"
		case cred.State == parse.CredNone:
			v.Headline = "Authentication required: no credentials were sent"
		default:
			v.Headline = "Authentication failure"
		}
		v.Explanation = sentence(
			statusOpening(x),
			challengeSentence(facts),
			credText,
			topReasonSentence(top, "challenge", "status"),
			nextStepAuthn(x, facts))
	case rule.Authorization:
		v.Refs = []rule.Ref{ref403}
		v.Headline = "Authorization failure: the server refuses this caller"
		if cred.State == parse.CredNone && status == 403 {
			v.Headline = "Forbidden: refused, and no credentials were sent"
		}
		v.Explanation = sentence(
			statusOpening(x),
			"An authorization failure means the server knows, or has decided, who is asking and says no: retrying with the same credentials will not help.",
			credText,
			topReasonSentence(top, "status"),
			nextStepAuthz(x, facts))
	case rule.Blocked:
		v.Headline = "Blocked for a reason other than identity"
		v.Refs = nil
		switch status {
		case 429:
			v.Refs = []rule.Ref{ref429}
		case 511:
			v.Refs = []rule.Ref{ref511}
		default:
			v.Refs = []rule.Ref{ref403}
		}
		v.Explanation = sentence(
			statusOpening(x),
			topReasonSentence(top),
			"This refusal is not about who you are: new credentials will not change it. Look at what the blocking layer reacts to (rate, address, client fingerprint, missing CSRF token) or ask the site's operator.")
	case rule.None:
		v.Headline = "Not an authentication or authorization failure"
		if status == 404 {
			v.Refs = []rule.Ref{ref404, ref403}
		}
		v.Explanation = sentence(statusOpening(x), topReasonSentence(top), credText)
	default:
		v.Headline = "Not enough to judge"
		v.Explanation = "The paste shows no status code and no marker this tool recognises, so it cannot tell an authentication failure from an authorization failure. Paste the status line and the response headers as well as the body."
	}
}

func statusOpening(x *parse.Exchange) string {
	r := x.Response
	if r == nil {
		return "The paste holds a request with no response."
	}
	if r.Status == 0 {
		if r.Error != "" {
			return "The request never got an HTTP status: the browser reported " + strconv.Quote(r.Error) + "."
		}
		return "The paste does not show the status code."
	}
	line := strconv.Itoa(r.Status)
	if r.Reason != "" {
		line += " " + r.Reason
	}
	what := "The server answered " + line + "."
	if x.Request != nil && x.Request.Method != "" {
		what = "The server answered " + line + " to " + x.Request.Method + " " + shortTarget(x.Request) + "."
	}
	return what
}

func shortTarget(q *parse.Request) string {
	t := q.Target
	if t == "" {
		t = q.URL
	}
	if len(t) > 80 {
		t = t[:77] + "..."
	}
	return t
}

func credentialsSentence(x *parse.Exchange, c parse.Credentials) string {
	switch c.State {
	case parse.CredNone:
		return "The request carried no credentials: no Authorization header, no cookie, no API key."
	case parse.CredSent:
		s := "The request sent " + credName(c) + "."
		if c.Redacted {
			s += " (Its value is redacted in the paste.)"
		}
		return s
	}
	if x.Request == nil {
		return "The paste does not include the request, so it is not known whether credentials were sent."
	}
	if x.Request.Sanitized {
		return "The export was sanitized, so whether credentials were sent is unknown."
	}
	return ""
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
			v := p.Value
			if len(v) > 60 {
				v = v[:57] + "..."
			}
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

// topReasonSentence states the strongest reason unless its kind is already
// said by the fixed sentences (skip lists those kinds).
func topReasonSentence(top rule.Signal, skip ...string) string {
	if top.Reason == "" {
		return ""
	}
	for _, k := range skip {
		if top.Kind == k {
			return ""
		}
	}
	r := top.Reason
	return "Deciding evidence: " + r + "."
}

func nextStepAuthn(x *parse.Exchange, f *rule.Facts) string {
	cred := f.Credentials
	var scheme string
	if len(f.Challenges) > 0 {
		scheme = f.Challenges[0].Scheme
	}
	switch {
	case cred.State == parse.CredSent:
		return "Check that the credentials are current, meant for this server (issuer, audience, realm) and sent with the scheme the server asks for, then retry once; do not loop."
	case scheme != "" && x.Response.Status == 401:
		return "This is a well-formed 401 and the normal first step of HTTP authentication: retry with an `Authorization: " + scheme + " …` header for that realm."
	default:
		return "Send credentials the server accepts and retry."
	}
}

func nextStepAuthz(x *parse.Exchange, f *rule.Facts) string {
	r := x.Response
	cred := f.Credentials
	var s []string
	if r != nil && r.Status == 403 && cred.State == parse.CredNone {
		s = append(s, "If logging in could grant access, the server should have answered 401 with a challenge; a 403 tells the client not to bother.")
	}
	if r != nil && strings.TrimSpace(r.Body.Text) == "" && !r.HeadersCut && r.StatusSource == "" {
		s = append(s, "The response body is empty: allowed, but it gives no reason for the refusal.")
	}
	s = append(s, "Ask for the permission, role or scope this resource needs, or use an account that has it.")
	return sentence(s...)
}
