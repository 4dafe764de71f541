package parse

import (
	"strings"
)

// CredState says whether a request carried credentials.
type CredState string

const (
	CredUnknown CredState = "unknown" // no request in the paste, a partial one, or a sanitized export
	CredNone    CredState = "none"    // the whole request is shown and carries none
	CredSent    CredState = "sent"
)

// Credentials describes what a request presented to prove who sent it.
type Credentials struct {
	State CredState `json:"state"`
	// Scheme is the Authorization (or Proxy-Authorization) scheme: "Basic", "Bearer".
	Scheme string `json:"scheme,omitempty"`
	// Header is the field that carried the main credential.
	Header string `json:"header,omitempty"`
	// Proxy is set when the credential is Proxy-Authorization only.
	Proxy bool `json:"proxy,omitempty"`
	// Cookies are the names of cookies sent; APIKeys the names of API-key-like headers.
	Cookies []string `json:"cookies,omitempty"`
	APIKeys []string `json:"apiKeys,omitempty"`
	// ClientCert is the subject of a TLS client certificate, when a transcript shows one.
	ClientCert string `json:"clientCert,omitempty"`
	// Redacted is set when a value is a redaction marker ("REDACTED", "***").
	Redacted bool `json:"redacted,omitempty"`
	Pos      Pos  `json:"pos"`
}

// apiKeyHeaders are request fields that carry a credential by convention.
var apiKeyHeaders = []string{
	"x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token", "private-token",
	"x-goog-api-key", "ocp-apim-subscription-key", "x-amz-security-token", "x-csrf-token",
	"x-vault-token", "x-registry-auth", "x-jfrog-art-api", "x-functions-key", "x-session-token",
}

// IsAPIKeyHeader reports whether a request field name conventionally carries a credential.
func IsAPIKeyHeader(name string) bool {
	for _, h := range apiKeyHeaders {
		if len(h) == len(name) && strings.EqualFold(name, h) {
			return true
		}
	}
	return false
}

// IsRedacted reports whether a credential value is a placeholder left by a
// sanitizer or a person: "REDACTED", "[token redacted]", "***", "<token>", "xxx…",
// a JWT whose signature is "redacted".
func IsRedacted(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	switch {
	case containsASCIIFold(v, "redacted"), strings.Contains(v, "***"), strings.HasSuffix(v, "..."),
		strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">"):
		return true
	}
	if len(v) < 3 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c != 'x' && c != 'X' && c != '*' && c != '.' {
			return false
		}
	}
	return true
}

// containsASCIIFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case, without allocating (IsRedacted runs on every value of
// every header of a 50 MB HAR).
func containsASCIIFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// Credentials reports what the exchange's request presented.
func (x *Exchange) Credentials() Credentials {
	if x == nil || x.Request == nil {
		return Credentials{State: CredUnknown}
	}
	return x.Request.Credentials()
}

// Credentials reports what the request presented.
func (r *Request) Credentials() Credentials {
	c := Credentials{State: CredNone, Pos: r.Pos}
	if r.ClientCert != "" {
		c.State = CredSent
		c.ClientCert = r.ClientCert
		c.Header = "TLS client certificate"
	}
	for _, f := range r.Fields {
		name := strings.ToLower(f.Name)
		switch {
		case name == "authorization" || name == "proxy-authorization":
			if c.Header != "" && !c.Proxy && c.Header != "TLS client certificate" {
				continue // keep the first Authorization
			}
			scheme, rest, _ := strings.Cut(strings.TrimSpace(f.Value), " ")
			c.State = CredSent
			c.Scheme = scheme
			c.Header = f.Name
			c.Proxy = name == "proxy-authorization"
			c.Pos = f.Pos
			if IsRedacted(rest) || IsRedacted(f.Value) {
				c.Redacted = true
			}
		case name == "cookie":
			for _, part := range strings.Split(f.Value, ";") {
				n, v, _ := strings.Cut(strings.TrimSpace(part), "=")
				if n == "" {
					continue
				}
				c.Cookies = append(c.Cookies, n)
				if IsRedacted(v) {
					c.Redacted = true
				}
			}
			if c.State != CredSent {
				c.State = CredSent
				c.Header = f.Name
				c.Pos = f.Pos
			}
		case IsAPIKeyHeader(name):
			c.APIKeys = append(c.APIKeys, f.Name)
			if IsRedacted(f.Value) {
				c.Redacted = true
			}
			if c.State != CredSent {
				c.State = CredSent
				c.Header = f.Name
				c.Pos = f.Pos
			}
		}
	}
	if c.State == CredNone && (r.Sanitized || r.Partial) {
		c.State = CredUnknown
	}
	return c
}
