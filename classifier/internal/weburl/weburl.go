// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package weburl is the part of the standard library's net/url (Go 1.26)
// that the flow reader and the rules use: Parse, ResolveReference,
// EscapedPath, Hostname, the query's Values and the query escapes, copied
// with the same answers. Without it the module carried net/url, and with it
// net/netip and unique (whose tables net/netip builds at start-up): about
// 19 KB of gzip, code compiled at start and on a first analysis (issue #14).
//
// What differs: errors are plain (callers only test them); a bracketed
// host's IPv6 address is checked by an own reader of net/netip.ParseAddr's
// IPv6 form (TestIPv6LikeNetip, FuzzAgainstNetURL); the GODEBUG settings
// urlstrictcolons and urlmaxqueryparams are always at their defaults (a
// host with two colons is an error under http and https; a query of more
// than 10,000 parameters is an error, so Query is empty). FuzzAgainstNetURL
// holds every function here to net/url's.
package weburl

import (
	"errors"
	"strings"
)

var (
	errEscape      = errors.New("invalid URL escape")
	errHostChar    = errors.New("invalid character in host name")
	errCTL         = errors.New("net/url: invalid control character in URL")
	errScheme      = errors.New("missing protocol scheme")
	errColon       = errors.New("first path segment in URL cannot contain colon")
	errUserinfo    = errors.New("net/url: invalid userinfo")
	errIPLiteral   = errors.New("invalid IP-literal")
	errBracket     = errors.New("missing ']' in host")
	errPort        = errors.New("invalid port after host")
	errHost        = errors.New("invalid host")
	errSemicolon   = errors.New("invalid semicolon separator in query")
	errQueryParams = errors.New("number of URL query parameters exceeded limit")
)

// maxParams is net/url's defaultMaxParams.
const maxParams = 10000

const upperhex = "0123456789ABCDEF"

func ishex(c byte) bool { return table[c]&hexChar != 0 }

// Precondition: ishex(c) is true.
func unhex(c byte) byte { return 9*(c>>6) + (c & 15) }

func shouldEscape(c byte, mode encoding) bool { return table[c]&mode == 0 }

// QueryUnescape is net/url's: each %AB becomes the byte 0xAB and + a space;
// an error if a % is not followed by two hexadecimal digits.
func QueryUnescape(s string) (string, error) { return unescape(s, encodeQueryComponent) }

func unescape(s string, mode encoding) (string, error) {
	n := 0
	hasPlus := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '%':
			n++
			if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
				return "", errEscape
			}
			// In the host only non-ASCII bytes may be escaped, and %25 (a
			// zone's percent sign); in a zone only what a host may hold.
			if mode == encodeHost && unhex(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", errEscape
			}
			if mode == encodeZone {
				v := unhex(s[i+1])<<4 | unhex(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && shouldEscape(v, encodeHost) {
					return "", errEscape
				}
			}
			i += 3
		case '+':
			hasPlus = mode == encodeQueryComponent
			i++
		default:
			if (mode == encodeHost || mode == encodeZone) && s[i] < 0x80 && shouldEscape(s[i], mode) {
				return "", errHostChar
			}
			i++
		}
	}
	if n == 0 && !hasPlus {
		return s, nil
	}
	plus := byte('+')
	if mode == encodeQueryComponent {
		plus = ' '
	}
	t := make([]byte, 0, len(s)-2*n)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			t = append(t, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		case '+':
			t = append(t, plus)
		default:
			t = append(t, s[i])
		}
	}
	return string(t), nil
}

// QueryEscape is net/url's: the string escaped to sit in a query.
func QueryEscape(s string) string { return escape(s, encodeQueryComponent) }

func escape(s string, mode encoding) string {
	spaces, hexes := 0, 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; shouldEscape(c, mode) {
			if c == ' ' && mode == encodeQueryComponent {
				spaces++
			} else {
				hexes++
			}
		}
	}
	if spaces == 0 && hexes == 0 {
		return s
	}
	t := make([]byte, 0, len(s)+2*hexes)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && mode == encodeQueryComponent:
			t = append(t, '+')
		case shouldEscape(c, mode):
			t = append(t, '%', upperhex[c>>4], upperhex[c&15])
		default:
			t = append(t, c)
		}
	}
	return string(t)
}

// A URL is net/url's URL without the user information's contents (User
// says whether there was one).
type URL struct {
	Scheme      string
	Opaque      string
	User        bool
	Host        string
	Path        string
	Fragment    string
	RawQuery    string
	RawPath     string
	RawFragment string
	ForceQuery  bool
	OmitHost    bool
}

func getScheme(raw string) (scheme, path string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errScheme
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse is net/url's Parse: the URL may be relative or absolute.
func Parse(raw string) (*URL, error) {
	u, frag, _ := strings.Cut(raw, "#")
	url, err := parse(u)
	if err != nil {
		return nil, err
	}
	if frag == "" {
		return url, nil
	}
	if err = url.setFragment(frag); err != nil {
		return nil, err
	}
	return url, nil
}

func parse(raw string) (*URL, error) {
	for i := 0; i < len(raw); i++ {
		if b := raw[i]; b < ' ' || b == 0x7f {
			return nil, errCTL
		}
	}
	url := new(URL)
	if raw == "*" {
		url.Path = "*"
		return url, nil
	}
	var rest string
	var err error
	if url.Scheme, rest, err = getScheme(raw); err != nil {
		return nil, err
	}
	url.Scheme = strings.ToLower(url.Scheme)
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		url.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, url.RawQuery, _ = strings.Cut(rest, "?")
	}
	if !strings.HasPrefix(rest, "/") {
		if url.Scheme != "" {
			url.Opaque = rest // a rootless path is opaque
			return url, nil
		}
		if segment, _, _ := strings.Cut(rest, "/"); strings.Contains(segment, ":") {
			return nil, errColon
		}
	}
	if (url.Scheme != "" || !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
		var authority string
		authority, rest = rest[2:], ""
		if i := strings.Index(authority, "/"); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		url.User, url.Host, err = parseAuthority(url.Scheme, authority)
		if err != nil {
			return nil, err
		}
	} else if url.Scheme != "" && strings.HasPrefix(rest, "/") {
		url.OmitHost = true
	}
	if err := url.setPath(rest); err != nil {
		return nil, err
	}
	return url, nil
}

func parseAuthority(scheme, authority string) (user bool, host string, err error) {
	i := strings.LastIndex(authority, "@")
	if i < 0 {
		host, err = parseHost(scheme, authority)
	} else {
		host, err = parseHost(scheme, authority[i+1:])
	}
	if err != nil {
		return false, "", err
	}
	if i < 0 {
		return false, host, nil
	}
	userinfo := authority[:i]
	if !validUserinfo(userinfo) {
		return false, "", errUserinfo
	}
	name, password, _ := strings.Cut(userinfo, ":")
	if _, err = unescape(name, encodeUserPassword); err != nil {
		return false, "", err
	}
	if _, err = unescape(password, encodeUserPassword); err != nil {
		return false, "", err
	}
	return true, host, nil
}

func parseHost(scheme, host string) (string, error) {
	if open := strings.LastIndex(host, "["); open > 0 {
		return "", errIPLiteral
	} else if open == 0 {
		// An IP-literal (RFC 3986 and RFC 6874): "[fe80::1%25en0]:80".
		closing := strings.LastIndex(host, "]")
		if closing < 0 {
			return "", errBracket
		}
		colonPort := host[closing+1:]
		if !validOptionalPort(colonPort) {
			return "", errPort
		}
		port, err := unescape(colonPort, encodeHost)
		if err != nil {
			return "", err
		}
		hostname := host[open+1 : closing]
		var name string
		if zone := strings.Index(hostname, "%25"); zone >= 0 {
			h, err := unescape(hostname[:zone], encodeHost)
			if err != nil {
				return "", err
			}
			z, err := unescape(hostname[zone:], encodeZone)
			if err != nil {
				return "", err
			}
			name = h + z
		} else if name, err = unescape(hostname, encodeHost); err != nil {
			return "", err
		}
		// Only an IPv6 address may be bracketed (an IPv4 one may not).
		if !isIPv6(name) {
			return "", errHost
		}
		return "[" + name + "]" + port, nil
	} else if i := strings.Index(host, ":"); i != -1 {
		if last := strings.LastIndex(host, ":"); last != i {
			// Two colons: an error under http and https (GODEBUG
			// urlstrictcolons at its default), the last one's port otherwise.
			if scheme != "http" && scheme != "https" {
				i = last
			}
		}
		if !validOptionalPort(host[i:]) {
			return "", errPort
		}
	}
	return unescape(host, encodeHost)
}

// isIPv6 reports whether net/netip.ParseAddr reads s as an IPv6 address
// (with or without a zone): the first of '.', ':' and '%' in s is ':' and
// the rest is as netip's parseIPv6 reads it.
func isIPv6(s string) bool {
	if i := strings.IndexAny(s, ".:%"); i < 0 || s[i] != ':' {
		return false
	}
	if i := strings.IndexByte(s, '%'); i != -1 {
		if i == len(s)-1 {
			return false // an empty zone
		}
		s = s[:i]
	}
	groups := 0 // 16-bit groups read, an embedded IPv4 address counting 2
	ellipsis := false
	if strings.HasPrefix(s, "::") {
		ellipsis = true
		s = s[2:]
		if s == "" {
			return true
		}
	}
	for groups < 8 {
		off := 0
		for off < len(s) && ishex(s[off]) {
			if off++; off > 4 {
				return false
			}
		}
		if off == 0 {
			return false
		}
		if off < len(s) && s[off] == '.' {
			if !ellipsis && groups != 6 || groups+2 > 8 {
				return false
			}
			if !isIPv4(s) {
				return false
			}
			s = ""
			groups += 2
			break
		}
		groups++
		s = s[off:]
		if s == "" {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis {
				return false
			}
			ellipsis = true
			s = s[1:]
			if s == "" {
				break
			}
		}
	}
	if s != "" {
		return false
	}
	// An ellipsis stands for at least one group; without one, all eight.
	return ellipsis && groups < 8 || !ellipsis && groups == 8
}

// isIPv4 is netip's dotted quad: four decimal fields up to 255, no leading
// zero.
func isIPv4(s string) bool {
	fields, val, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if digits == 1 && val == 0 {
				return false
			}
			val = val*10 + int(c-'0')
			digits++
			if val > 255 {
				return false
			}
		case c == '.':
			if i == 0 || i == len(s)-1 || s[i-1] == '.' || fields == 3 {
				return false
			}
			fields++
			val, digits = 0, 0
		default:
			return false
		}
	}
	return fields == 3
}

func (u *URL) setPath(p string) error {
	path, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path = path
	if escape(path, encodePath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// EscapedPath is net/url's: RawPath when it is a valid escaping of Path,
// else Path escaped.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		p, err := unescape(u.RawPath, encodePath)
		if err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return escape(u.Path, encodePath)
}

func validEncoded(s string, mode encoding) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
		default:
			if shouldEscape(s[i], mode) {
				return false
			}
		}
	}
	return true
}

func (u *URL) setFragment(f string) error {
	frag, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment = frag
	if escape(frag, encodeFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// resolvePath applies the dot segments of ref to base (RFC 3986).
func resolvePath(base, ref string) string {
	var full string
	if ref == "" {
		full = base
	} else if ref[0] != '/' {
		i := strings.LastIndex(base, "/")
		full = base[:i+1] + ref
	} else {
		full = ref
	}
	if full == "" {
		return ""
	}
	dst := make([]byte, 0, len(full)+1)
	dst = append(dst, '/')
	elem, remaining, found, first := "", full, true, true
	for found {
		elem, remaining, found = strings.Cut(remaining, "/")
		switch elem {
		case ".":
			first = false
			continue
		case "..":
			if i := strings.LastIndexByte(string(dst[1:]), '/'); i >= 0 {
				dst = dst[:i+1]
			} else {
				dst = dst[:1]
			}
			first = len(dst) == 1
		default:
			if !first {
				dst = append(dst, '/')
			}
			dst = append(dst, elem...)
			first = false
		}
	}
	if elem == "." || elem == ".." {
		dst = append(dst, '/')
	}
	if len(dst) > 1 && dst[1] == '/' {
		return string(dst[1:])
	}
	return string(dst)
}

// ResolveReference is net/url's: ref resolved against the base u (RFC 3986,
// section 5.2).
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User {
		url.setPath(resolvePath(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User, url.Host, url.Path = false, "", ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment = u.Fragment
			url.RawFragment = u.RawFragment
		}
	}
	if ref.Path == "" && u.Opaque != "" {
		url.Opaque = u.Opaque
		url.User, url.Host, url.Path = false, "", ""
		return &url
	}
	url.Host = u.Host
	url.User = u.User
	url.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// Query is the query's values, malformed pairs left out.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// Hostname is Host without a valid port, and without the brackets of an
// IPv6 address.
func (u *URL) Hostname() string {
	host := u.Host
	if colon := strings.LastIndexByte(host, ':'); colon != -1 && validOptionalPort(host[colon:]) {
		host = host[:colon]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host
}

func validUserinfo(s string) bool {
	for _, r := range s {
		if 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			continue
		}
		switch r {
		case '-', '.', '_', ':', '~', '!', '$', '&', '\'',
			'(', ')', '*', '+', ',', ';', '=', '%', '@':
		default:
			return false
		}
	}
	return true
}

// Values maps a parameter's name to its values, as net/url's.
type Values map[string][]string

// Get is the first value of key, or "".
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Has reports whether key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery is net/url's: the values of a query, with the first error met
// (malformed pairs are left out; over 10,000 parameters, none is read).
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	if strings.Count(query, "&")+1 > maxParams {
		return m, errQueryParams
	}
	var err error
	for query != "" {
		var key string
		key, query, _ = strings.Cut(query, "&")
		if strings.Contains(key, ";") {
			err = errSemicolon
			continue
		}
		if key == "" {
			continue
		}
		key, value, _ := strings.Cut(key, "=")
		key, err1 := QueryUnescape(key)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		value, err1 = QueryUnescape(value)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return m, err
}
