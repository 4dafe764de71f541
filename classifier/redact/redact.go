// Package redact finds credentials in a paste and masks them, so that reports,
// exports and share links can leave secrets out unless the user opts in.
//
// It works on the raw text, line by line, without parsing HTTP: it must also
// catch secrets in lines the parser skipped (a curl command, a log prefix).
//
//	Authorization: Basic YWxpY2U6czNjcmV0   →   Authorization: Basic [redacted]
//	Cookie: sid=abc; theme=dark               →   Cookie: sid=[redacted]; theme=[redacted]
//	curl -u alice:s3cret https://…            →   curl -u alice:[redacted] https://…
package redact

import (
	"sort"
	"strings"
)

// Mask replaces a secret's value.
const Mask = "[redacted]"

// Kind names what a secret is.
type Kind string

const (
	Authorization Kind = "authorization" // Authorization / Proxy-Authorization credentials
	Cookie        Kind = "cookie"        // Cookie or Set-Cookie value
	JWT           Kind = "jwt"           // a JSON Web Token anywhere
	APIKey        Kind = "api-key"       // X-Api-Key and similar headers
	Password      Kind = "password"      // curl -u, user:pass@host, "password": in JSON
	Token         Kind = "token"         // access_token / refresh_token / client_secret values
)

// Secret is one credential found in the text.
type Secret struct {
	Kind  Kind   `json:"kind"`
	Line  int    `json:"line"`  // 1-based
	Start int    `json:"start"` // byte offset of the value in the whole text
	End   int    `json:"end"`   // exclusive
	Label string `json:"label"` // what it is, without the value: "Authorization: Basic", "cookie sid"
}

// Find returns every secret in text, in order, without overlaps.
func Find(text string) []Secret {
	var out []Secret
	line := 1
	for off := 0; off <= len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		out = append(out, findInLine(text[off:end], off, line)...)
		line++
		off = end + 1
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// Drop overlaps, keeping the earlier (usually the more specific) secret.
	kept := out[:0]
	last := -1
	for _, s := range out {
		if s.Start < last {
			continue
		}
		kept = append(kept, s)
		last = s.End
	}
	return kept
}

// Text returns text with every secret replaced by Mask, and the secrets found.
func Text(text string) (string, []Secret) {
	secrets := Find(text)
	if len(secrets) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, s := range secrets {
		b.WriteString(text[prev:s.Start])
		b.WriteString(Mask)
		prev = s.End
	}
	b.WriteString(text[prev:])
	return b.String(), secrets
}

// headerKinds maps request/response fields whose value is a credential.
var headerKinds = map[string]Kind{
	"authorization": Authorization, "proxy-authorization": Authorization,
	"cookie": Cookie, "set-cookie": Cookie,
	"x-api-key": APIKey, "api-key": APIKey, "apikey": APIKey, "x-auth-token": APIKey,
	"x-access-token": APIKey, "private-token": APIKey, "x-goog-api-key": APIKey,
	"ocp-apim-subscription-key": APIKey, "x-amz-security-token": APIKey, "x-vault-token": APIKey,
	"x-registry-auth": APIKey, "x-jfrog-art-api": APIKey, "x-functions-key": APIKey,
	"x-session-token": APIKey, "x-csrf-token": APIKey, "x-xsrf-token": APIKey,
}

// jsonKeys are JSON members whose string value is a secret.
var jsonKeys = []string{
	"password", "passwd", "access_token", "refresh_token", "id_token", "client_secret",
	"token", "api_key", "apikey", "secret",
}

func findInLine(l string, base, line int) []Secret {
	var out []Secret
	// Header-shaped lines, also behind transcript prefixes ("> ", "< ", "-> \"").
	if name, vStart, ok := headerAt(l); ok {
		if k, isSecret := headerKinds[strings.ToLower(name)]; isSecret {
			out = append(out, headerSecrets(l, name, k, vStart, base, line)...)
		}
	}
	// curl -u user:pass / --user / --proxy-user and -H 'Authorization: …'.
	out = append(out, curlSecrets(l, base, line)...)
	// user:pass@ in URLs.
	out = append(out, userinfoSecrets(l, base, line)...)
	// JSON "password": "…".
	out = append(out, jsonSecrets(l, base, line)...)
	// JWTs anywhere.
	out = append(out, jwtSecrets(l, base, line)...)
	return out
}

// headerAt finds "Name: value" in a line, skipping common transcript prefixes.
func headerAt(l string) (name string, valueStart int, ok bool) {
	i := 0
	for i < len(l) && strings.IndexByte(" \t><-\"'`$#*", l[i]) >= 0 {
		i++
	}
	j := i
	for j < len(l) && (l[j] == '-' || l[j] == '_' || l[j] >= '0' && l[j] <= '9' || l[j] >= 'a' && l[j] <= 'z' || l[j] >= 'A' && l[j] <= 'Z') {
		j++
	}
	if j == i || j >= len(l) || l[j] != ':' {
		return "", 0, false
	}
	v := j + 1
	for v < len(l) && (l[v] == ' ' || l[v] == '\t') {
		v++
	}
	return l[i:j], v, true
}

// valueEnd trims a header value's trailing transcript noise (\r\n", quotes).
func valueEnd(l string, start int) int {
	end := len(l)
	for _, suffix := range []string{`\r\n"`, `\r\n`, `"`, `'`} {
		if strings.HasSuffix(l[start:end], suffix) {
			end -= len(suffix)
			break
		}
	}
	for end > start && (l[end-1] == ' ' || l[end-1] == '\t' || l[end-1] == '\r') {
		end--
	}
	return end
}

func headerSecrets(l, name string, k Kind, vStart, base, line int) []Secret {
	vEnd := valueEnd(l, vStart)
	if vEnd <= vStart {
		return nil
	}
	v := l[vStart:vEnd]
	switch k {
	case Authorization:
		// Keep the scheme: "Basic [redacted]".
		scheme, rest, hasRest := strings.Cut(v, " ")
		if !hasRest || strings.TrimSpace(rest) == "" {
			return []Secret{{Kind: k, Line: line, Start: base + vStart, End: base + vEnd, Label: name}}
		}
		s := vStart + len(scheme) + 1
		for s < vEnd && l[s] == ' ' {
			s++
		}
		return []Secret{{Kind: k, Line: line, Start: base + s, End: base + vEnd, Label: name + ": " + scheme}}
	case Cookie:
		// Each cookie value; for Set-Cookie only the first pair is the cookie.
		var out []Secret
		pos := vStart
		for _, part := range strings.Split(v, ";") {
			n, val, hasEq := strings.Cut(part, "=")
			trimmed := strings.TrimSpace(n)
			if hasEq && trimmed != "" && strings.TrimSpace(val) != "" {
				s := pos + len(n) + 1
				e := pos + len(part)
				for s < e && l[s] == ' ' {
					s++
				}
				for e > s && l[e-1] == ' ' {
					e--
				}
				out = append(out, Secret{Kind: k, Line: line, Start: base + s, End: base + e, Label: "cookie " + trimmed})
			}
			pos += len(part) + 1
			if strings.EqualFold(name, "set-cookie") {
				break
			}
		}
		return out
	default:
		return []Secret{{Kind: k, Line: line, Start: base + vStart, End: base + vEnd, Label: name}}
	}
}

// curlSecrets finds -u/--user/--proxy-user credentials and -H header values.
func curlSecrets(l string, base, line int) []Secret {
	if !strings.Contains(l, "curl") && !strings.Contains(l, "-u ") && !strings.Contains(l, "-H") {
		return nil
	}
	var out []Secret
	fields := tokenize(l)
	for i, f := range fields {
		// A scheme-less URL argument with credentials: 'user:pass@host:9200/path'.
		if at := strings.IndexByte(f.text, '@'); at > 0 && !strings.Contains(f.text, "://") && !strings.HasPrefix(f.text, "-") {
			if user, pass, ok := strings.Cut(f.text[:at], ":"); ok && pass != "" && !strings.ContainsAny(f.text[:at], "/ =") {
				s := f.start + len(user) + 1
				out = append(out, Secret{Kind: Password, Line: line, Start: base + s, End: base + f.start + at, Label: "password for " + user})
			}
		}
		switch f.text {
		case "-u", "--user", "-U", "--proxy-user":
			if i+1 < len(fields) {
				a := fields[i+1]
				if user, pass, ok := strings.Cut(a.text, ":"); ok && pass != "" {
					s := a.start + len(user) + 1
					out = append(out, Secret{Kind: Password, Line: line, Start: base + s, End: base + a.end, Label: "password for " + user})
				}
			}
		case "-H", "--header", "--proxy-header":
			if i+1 < len(fields) {
				a := fields[i+1]
				name, v, ok := strings.Cut(a.text, ":")
				if !ok {
					continue
				}
				k, isSecret := headerKinds[strings.ToLower(strings.TrimSpace(name))]
				if !isSecret {
					continue
				}
				vs := a.start + len(name) + 1
				for vs < a.end && l[vs] == ' ' {
					vs++
				}
				if strings.TrimSpace(v) == "" {
					continue
				}
				if k == Authorization {
					if sp := strings.IndexByte(l[vs:a.end], ' '); sp > 0 {
						vs += sp + 1
					}
				}
				out = append(out, Secret{Kind: k, Line: line, Start: base + vs, End: base + a.end, Label: strings.TrimSpace(name)})
			}
		}
	}
	return out
}

type token struct {
	text       string
	start, end int // of the unquoted content
}

// tokenize splits a shell-ish line into words, unquoting '…' and "…".
func tokenize(l string) []token {
	var out []token
	i := 0
	for i < len(l) {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
		}
		if q := l[i]; q == '\'' || q == '"' {
			end := strings.IndexByte(l[i+1:], q)
			if end < 0 {
				end = len(l) - i - 1
			}
			out = append(out, token{text: l[i+1 : i+1+end], start: i + 1, end: i + 1 + end})
			i += end + 2
			continue
		}
		s := i
		for i < len(l) && l[i] != ' ' && l[i] != '\t' {
			i++
		}
		out = append(out, token{text: l[s:i], start: s, end: i})
	}
	return out
}

// userinfoSecrets finds the password in scheme://user:pass@host.
func userinfoSecrets(l string, base, line int) []Secret {
	var out []Secret
	for from := 0; ; {
		k := strings.Index(l[from:], "://")
		if k < 0 {
			return out
		}
		k += from + 3
		from = k
		end := k
		for end < len(l) && strings.IndexByte("/ \t\"'?#", l[end]) < 0 {
			end++
		}
		at := strings.LastIndexByte(l[k:end], '@')
		if at < 0 {
			continue
		}
		userinfo := l[k : k+at]
		user, pass, ok := strings.Cut(userinfo, ":")
		if !ok || pass == "" {
			continue
		}
		s := k + len(user) + 1
		out = append(out, Secret{Kind: Password, Line: line, Start: base + s, End: base + k + at, Label: "password for " + user})
	}
}

// jsonSecrets finds "password": "value" style members.
func jsonSecrets(l string, base, line int) []Secret {
	lower := strings.ToLower(l)
	var out []Secret
	for _, key := range jsonKeys {
		for from := 0; ; {
			k := strings.Index(lower[from:], `"`+key+`"`)
			if k < 0 {
				break
			}
			k += from
			from = k + len(key) + 2
			j := from
			for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
				j++
			}
			if j >= len(l) || l[j] != ':' {
				continue
			}
			j++
			for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
				j++
			}
			if j >= len(l) || l[j] != '"' {
				continue
			}
			// Find the closing quote, honouring backslash escapes.
			e := j + 1
			for e < len(l) && l[e] != '"' {
				if l[e] == '\\' {
					e++
				}
				e++
			}
			if e > len(l) {
				e = len(l)
			}
			if e > j+1 {
				kind := Token
				if strings.Contains(key, "pass") {
					kind = Password
				}
				out = append(out, Secret{Kind: kind, Line: line, Start: base + j + 1, End: base + e, Label: key})
			}
		}
	}
	return out
}

// jwtSecrets finds eyJ….eyJ….sig tokens (the signature may be empty or "redacted").
func jwtSecrets(l string, base, line int) []Secret {
	var out []Secret
	for from := 0; ; {
		k := strings.Index(l[from:], "eyJ")
		if k < 0 {
			return out
		}
		k += from
		if k > 0 && isB64URL(l[k-1]) {
			from = k + 3
			continue
		}
		e := k
		dots := 0
		for e < len(l) && (isB64URL(l[e]) || l[e] == '.') {
			if l[e] == '.' {
				dots++
			}
			e++
		}
		from = e
		if dots >= 2 && e-k >= 20 {
			out = append(out, Secret{Kind: JWT, Line: line, Start: base + k, End: base + e, Label: "JWT"})
		}
	}
}

func isB64URL(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}
