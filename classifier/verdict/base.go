package verdict

import (
	"strconv"
	"strings"

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
	// Protocol tier: a challenge on a 401/407 is the server asking for credentials.
	switch {
	case r.Status == 401 && len(facts.Challenges) > 0:
		c := facts.Challenges[0]
		out = append(out, rule.Signal{Class: rule.Authentication, Weight: int(rule.TierProtocol), Kind: "challenge",
			Reason:   "the 401 carries a " + schemeName(c) + " challenge: the server wants credentials it did not get or did not accept",
			Evidence: fieldEv(x, c.Field)})
	case r.Status == 407 && len(facts.ProxyChallenges) > 0:
		c := facts.ProxyChallenges[0]
		out = append(out, rule.Signal{Class: rule.Authentication, Weight: int(rule.TierProtocol), Kind: "proxy-challenge",
			Reason:   "the 407 carries a " + schemeName(c) + " Proxy-Authenticate challenge: a proxy on the way wants its own credentials",
			Evidence: fieldEv(x, c.Field)})
	}
	// Request tier: credentials refused.
	if r.Status == 401 && facts.Credentials.State == parse.CredSent {
		out = append(out, rule.Signal{Class: rule.Authentication, Weight: int(rule.TierRequest) + 10, Kind: "credentials-refused",
			Reason: "the request sent " + credName(facts.Credentials) + " and the server still answered 401, so it did not accept them"})
	}
	// Status tier.
	ev := statusEv(x)
	s := rule.Signal{Weight: int(rule.TierStatus), Kind: "status", Evidence: ev}
	switch {
	case r.Status == 401:
		s.Class, s.Reason = rule.Authentication, "status 401 means the request lacks valid credentials"
	case r.Status == 407:
		s.Class, s.Reason = rule.Authentication, "status 407 means a proxy wants credentials"
	case r.Status == 403:
		s.Class, s.Reason = rule.Authorization, "status 403 means the server understood the request and refuses it"
	case r.Status == 429:
		s.Class, s.Reason = rule.Blocked, "status 429 means too many requests: a rate limit"
	case r.Status == 511:
		s.Class, s.Reason = rule.Blocked, "status 511 means the network (a captive portal) wants you to sign in, not the site"
	case r.Status >= 100 && r.Status < 400:
		s.Class, s.Reason = rule.None, "status "+strconv.Itoa(r.Status)+" is not an error"
	case r.Status >= 400:
		s.Class, s.Reason = rule.None, "status "+strconv.Itoa(r.Status)+" is not an authentication or authorization status"
	default:
		return out // unknown status: no status signal
	}
	out = append(out, s)
	return out
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
	r := x.Response
	text := strings.TrimSpace(r.Proto + " " + strconv.Itoa(r.Status) + " " + r.Reason)
	if r.StatusSource != "" {
		text = "status " + strconv.Itoa(r.Status) + " (from " + r.StatusSource + ")"
	}
	return &rule.Evidence{Exchange: x.Index, Where: "status line", Pos: r.Pos, Text: text}
}

func fieldEv(x *parse.Exchange, f parse.Field) *rule.Evidence {
	t := f.Name + ": " + f.Value
	if len(t) > 200 {
		t = t[:200] + "…"
	}
	return &rule.Evidence{Exchange: x.Index, Where: "response header", Pos: f.Pos, Text: t}
}
