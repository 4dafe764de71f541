package flow

import (
	"bytes"
	"encoding/base64"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/lazyre"
)

// samlMsg is what the flow reader takes from a SAML protocol message.
type samlMsg struct {
	xml          string
	id           string // the message's ID
	issuer       string // <Issuer>: the SP's entity ID in an AuthnRequest
	inResponseTo string
	audience     string
	notBefore    time.Time
	notOnOrAfter time.Time
	status       string // StatusCode Value
	acs          string // AssertionConsumerServiceURL of a request
	field        string // "SAMLRequest" or "SAMLResponse"
	// raw is the parameter as sent, for evidence.
	raw string
}

// maxSAML bounds a decoded SAML message.
const maxSAML = 1 << 20

var (
	samlRootRe    = &lazyre.Regexp{Expr: `<(?:\w+:)?(?:AuthnRequest|Response|LogoutRequest|LogoutResponse)\b[^>]*>`}
	samlAttrRe    = &lazyre.Regexp{Expr: `\b(ID|InResponseTo|AssertionConsumerServiceURL)="([^"]*)"`}
	samlIssuerRe  = &lazyre.Regexp{Expr: `<(?:\w+:)?Issuer\b[^>]*>\s*([^<]*?)\s*<`}
	samlAudRe     = &lazyre.Regexp{Expr: `<(?:\w+:)?Audience>\s*([^<]*?)\s*<`}
	samlCondRe    = &lazyre.Regexp{Expr: `<(?:\w+:)?Conditions\b[^>]*>`}
	samlStatusRe  = &lazyre.Regexp{Expr: `<(?:\w+:)?StatusCode\b[^>]*\bValue="([^"]*)"`}
	samlNotBefore = &lazyre.Regexp{Expr: `\bNotBefore="([^"]*)"`}
	samlNotAfter  = &lazyre.Regexp{Expr: `\bNotOnOrAfter="([^"]*)"`}
)

// readSAML decodes the SAMLRequest or SAMLResponse of i: base64, raw DEFLATE
// for the redirect binding, plain XML for the POST binding.
func readSAML(i *info) *samlMsg {
	field := "SAMLResponse"
	v := i.param(field)
	if v == "" {
		field = "SAMLRequest"
		v = i.param(field)
	}
	if v == "" || len(v) > 4*maxSAML {
		return nil
	}
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, v)
	raw, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		if raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(clean, "=")); err != nil {
			return nil
		}
	}
	xml := ""
	if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] == '<' {
		xml = string(t)
	} else {
		b, ok := inflate(raw, maxSAML)
		if !ok && len(b) == 0 {
			return nil
		}
		xml = string(b)
	}
	m := &samlMsg{xml: xml, field: field, raw: v}
	if root := samlRootRe.FindString(xml); root != "" {
		for _, a := range samlAttrRe.FindAllStringSubmatch(root, -1) {
			switch a[1] {
			case "ID":
				m.id = a[2]
			case "InResponseTo":
				m.inResponseTo = a[2]
			case "AssertionConsumerServiceURL":
				m.acs = a[2]
			}
		}
	}
	if s := samlIssuerRe.FindStringSubmatch(xml); s != nil {
		m.issuer = s[1]
	}
	if s := samlAudRe.FindStringSubmatch(xml); s != nil {
		m.audience = s[1]
	}
	if s := samlStatusRe.FindStringSubmatch(xml); s != nil {
		m.status = s[1]
	}
	if c := samlCondRe.FindString(xml); c != "" {
		if s := samlNotBefore.FindStringSubmatch(c); s != nil {
			m.notBefore, _ = fields.ParseRFC3339(s[1]) // time.Parse(time.RFC3339, …)
		}
		if s := samlNotAfter.FindStringSubmatch(c); s != nil {
			m.notOnOrAfter, _ = fields.ParseRFC3339(s[1])
		}
	}
	return m
}
