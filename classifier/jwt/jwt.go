// Package jwt decodes JSON Web Tokens found in a paste so rules can explain
// them: algorithm, key id, issuer, audience, scopes, roles and the time claims.
// It never verifies a signature and never needs a key: authtriage only reads
// what the token says about itself.
//
//	t, err := jwt.Decode("eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2ln")
//	// t.Alg == "RS256", t.ExpiresAt == 2023-11-14 22:13:20 UTC
package jwt

import (
	"encoding/base64"
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/authtriage/authtriage/internal/jsonlite"
)

// Token is a decoded JWS compact serialization.
type Token struct {
	Raw    string
	Header map[string]any
	Claims map[string]any

	Alg, Kid, Typ string
	Issuer        string
	Subject       string
	Audience      []string
	Scopes        []string // "scope" (space-separated) or "scp"
	Roles         []string // "roles", or Keycloak's realm_access.roles
	// ExpiresAt, NotBefore and IssuedAt are zero when the claim is absent or not a number.
	ExpiresAt, NotBefore, IssuedAt time.Time

	// Unsigned is set when the signature segment is empty (alg "none" tokens).
	Unsigned bool
	// SignatureRedacted is set when a sanitizer replaced the signature
	// ("header.payload.redacted", as HAR sanitizers do).
	SignatureRedacted bool
}

// Errors Decode returns.
var (
	ErrFormat  = errors.New("not three dot-separated segments")
	ErrBase64  = errors.New("segment is not base64url")
	ErrJSON    = errors.New("segment is not a JSON object")
	ErrTooLong = errors.New("token too long")
)

// maxToken bounds the tokens decoded; real JWTs are a few kilobytes.
const maxToken = 64 << 10

// Decode reads a compact JWS ("header.payload.signature"). A signature that is
// a redaction marker is accepted and noted; a token cut short
// ("eyJhbGciOiJFUzI1NiIs...") is an error.
//
// The same token is often decoded several times for one request (the token
// search, the expiry and identity rules, the flow reading): the last few
// answers are remembered, and each caller gets its own copy of the Token
// (its maps and slices are shared and must not be modified).
func Decode(s string) (*Token, error) {
	s = strings.TrimSpace(s)
	if len(s) > maxToken {
		return nil, ErrTooLong
	}
	memo.Lock()
	for _, m := range memo.recent {
		if m.s == s && m.s != "" {
			memo.Unlock()
			if m.err != nil {
				return nil, m.err
			}
			cp := *m.t
			return &cp, nil
		}
	}
	memo.Unlock()
	t, err := decode(s)
	key := strings.Clone(s) // not a slice of the paste, which the memo would keep alive
	if t != nil {
		t.Raw = key
	}
	memo.Lock()
	memo.recent[memo.next] = decoded{key, t, err}
	memo.next = (memo.next + 1) % len(memo.recent)
	memo.Unlock()
	if err != nil {
		return nil, err
	}
	cp := *t
	return &cp, nil
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any ASCII case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// memo holds Decode's last answers.
var memo struct {
	sync.Mutex
	recent [4]decoded
	next   int
}

type decoded struct {
	s   string
	t   *Token
	err error
}

func decode(s string) (*Token, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" {
		return nil, ErrFormat
	}
	t := &Token{Raw: s}
	var err error
	if t.Header, err = decodeSegment(parts[0]); err != nil {
		return nil, err
	}
	if t.Claims, err = decodeSegment(parts[1]); err != nil {
		return nil, err
	}
	sig := parts[2]
	t.Unsigned = sig == ""
	// ASCII case folding, without lower-casing a copy of the signature (no
	// other letter lower-cases to one of "redacted" or to 'x').
	t.SignatureRedacted = containsFold(sig, "redacted") || strings.Trim(sig, "xX*") == "" && sig != ""
	t.Alg = str(t.Header["alg"])
	t.Kid = str(t.Header["kid"])
	t.Typ = str(t.Header["typ"])
	t.Issuer = str(t.Claims["iss"])
	t.Subject = str(t.Claims["sub"])
	t.Audience = strs(t.Claims["aud"], false)
	t.Scopes = strs(t.Claims["scope"], true)
	if len(t.Scopes) == 0 {
		t.Scopes = strs(t.Claims["scp"], true)
	}
	t.Roles = strs(t.Claims["roles"], false)
	if ra, ok := t.Claims["realm_access"].(map[string]any); ok && len(t.Roles) == 0 {
		t.Roles = strs(ra["roles"], false)
	}
	t.ExpiresAt = numericDate(t.Claims["exp"])
	t.NotBefore = numericDate(t.Claims["nbf"])
	t.IssuedAt = numericDate(t.Claims["iat"])
	return t, nil
}

func decodeSegment(seg string) (map[string]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
	if err != nil {
		// Some producers use the standard alphabet.
		if b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(seg, "=")); err != nil {
			return nil, ErrBase64
		}
	}
	// As a json.Decoder with UseNumber decoding into a map (internal/jsonlite).
	v, err := jsonlite.First(string(b), true)
	m, _ := v.(map[string]any)
	if err != nil || m == nil {
		return nil, ErrJSON
	}
	return m, nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case jsonlite.Number:
		return x.String()
	}
	return ""
}

// strs reads a string or an array of strings; split cuts a string on spaces
// (OAuth's "scope" claim).
func strs(v any, split bool) []string {
	switch x := v.(type) {
	case string:
		if split {
			return strings.Fields(x)
		}
		if x == "" {
			return nil
		}
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// numericDate reads seconds since the epoch (a number, or a numeric string).
func numericDate(v any) time.Time {
	var f float64
	switch x := v.(type) {
	case jsonlite.Number:
		var err error
		if f, err = x.Float64(); err != nil {
			return time.Time{}
		}
	case string:
		var err error
		if f, err = strconv.ParseFloat(x, 64); err != nil {
			return time.Time{}
		}
	default:
		return time.Time{}
	}
	// Keep to years 1970–9999 so odd values cannot overflow time arithmetic.
	if math.IsNaN(f) || f <= 0 || f > 253402300799 {
		return time.Time{}
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)).UTC()
}

// findTokens returns the byte ranges of up to n JWS compact tokens in
// text, in order and not overlapping: two base64url JSON segments (both start
// with "ey", the encoding of `{"`) of at least eight characters and a
// signature that may be empty or redacted; what the regular expression
// ey[A-Za-z0-9_-]{6,}\.ey[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]* finds, without one
// (every request's fields go through it).
func findTokens(text string, n int) [][2]int {
	var out [][2]int
	for p := 0; len(out) < n; {
		k := strings.Index(text[p:], "ey")
		if k < 0 {
			break
		}
		p += k
		e, next := tokenAt(text, p)
		if e > 0 {
			out = append(out, [2]int{p, e})
			p = e
			continue
		}
		p = next
	}
	return out
}

// tokenAt returns the end of the token starting at text[p:] ("ey" there),
// or -1 and where the next token may start: no "ey" inside the first
// segment's run can start one (its first segment would end where this one
// does, and fail the same way), so the search stays linear.
func tokenAt(text string, p int) (end, next int) {
	next = b64urlRun(text, p+2)
	i := p
	for seg := 0; seg < 2; seg++ {
		if !strings.HasPrefix(text[i:], "ey") {
			return -1, next
		}
		j := b64urlRun(text, i+2)
		if j-(i+2) < 6 || j >= len(text) || text[j] != '.' {
			return -1, next
		}
		i = j + 1
	}
	return b64urlRun(text, i), next
}

// b64urlRun returns the end of the run of base64url characters at text[i:].
func b64urlRun(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			break
		}
		i++
	}
	return i
}

// maxMatches bounds how many tokens Find returns from one text.
const maxMatches = 32

// Match is a token found in a text, with its byte range.
type Match struct {
	Token      *Token
	Start, End int
}

// Find returns every decodable token in text, in order. Shapes that only look
// like tokens (elided "eyJhbGciOi...", bad base64) are skipped.
func Find(text string) []Match {
	var out []Match
	for _, loc := range findTokens(text, maxMatches) {
		if t, err := Decode(text[loc[0]:loc[1]]); err == nil {
			out = append(out, Match{Token: t, Start: loc[0], End: loc[1]})
		}
	}
	return out
}
