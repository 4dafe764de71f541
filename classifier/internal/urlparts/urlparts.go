// Package urlparts reads a URL into the parts the flow reader and the rules
// look at (scheme, host, path, query, fragment), resolves a redirect's
// Location against the request's URL and reads query strings, giving the
// answers the standard library's net/url gives for them: FuzzLikeNetURL
// holds every function here to net/url's on any text. net/url carried
// net/netip and unique into the module (start-up work included), about
// 35 KB of gzip (issue #14).
//
// Two net/url settings are read at their defaults, as the page has no
// GODEBUG: a host with two colons is an error under http and https, and a
// query of more than 10,000 parameters reads as none.
package urlparts

import "strings"

// maxParams is the most parameters a query may have (net/url's limit).
const maxParams = 10000

// mode is a part of a URL, which sets the bytes it may hold unescaped.
type mode uint8

const (
	inPath mode = iota
	inQuery
	inFragment
	inHost
	inZone
	inUserinfo
)

// plain lists, for each mode, the bytes besides letters, digits and
// "-._~" (RFC 3986's unreserved ones) that stay as they are when escaping.
var plain = [...]string{
	inPath:     "$&+,/:;=@",
	inQuery:    "",
	inFragment: "$&+,/:;=?@!()*",
	inHost:     "!$&'()*+,;=:[]<>\"",
	inZone:     "!$&'()*+,;=:[]<>\"",
	inUserinfo: "$&+,;=",
}

func keep(c byte, m mode) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
		return true
	}
	return strings.IndexByte(plain[m], c) >= 0
}

func hexVal(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decode undoes %XX escapes (and, in a query, + for a space). In a host an
// escape may only stand for a non-ASCII byte or be %25, and in a zone only
// for a byte a host may hold, a space or %25; there an ASCII byte that
// would need escaping is an error too.
func decode(s string, m mode) (string, bool) {
	changed := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) {
				return "", false
			}
			hi, ok1 := hexVal(s[i+1])
			lo, ok2 := hexVal(s[i+2])
			if !ok1 || !ok2 {
				return "", false
			}
			pct := s[i+1] == '2' && s[i+2] == '5'
			v := hi<<4 | lo
			if m == inHost && hi < 8 && !pct || m == inZone && !pct && v != ' ' && !keep(v, inHost) {
				return "", false
			}
			changed = true
			i += 2
		case c == '+':
			changed = changed || m == inQuery
		case (m == inHost || m == inZone) && c < 0x80 && !keep(c, m):
			return "", false
		}
	}
	if !changed {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%':
			hi, _ := hexVal(s[i+1])
			lo, _ := hexVal(s[i+2])
			b = append(b, hi<<4|lo)
			i += 2
		case c == '+' && m == inQuery:
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}

// encode escapes the bytes of s that part m may not hold as they are (a
// space in a query as +).
func encode(s string, m mode) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if !keep(s[i], m) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case keep(c, m):
			b = append(b, c)
		case c == ' ' && m == inQuery:
			b = append(b, '+')
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// QueryUnescape decodes a query parameter's text; false when a % is not
// followed by two hexadecimal digits.
func QueryUnescape(s string) (string, bool) { return decode(s, inQuery) }

// QueryEscape escapes s for a query parameter.
func QueryEscape(s string) string { return encode(s, inQuery) }

// URL is a URL read into its parts. Host is as written but unescaped, its
// port and an IPv6 address's brackets kept; Path and Fragment are
// unescaped; RawQuery is as written.
type URL struct {
	Scheme   string
	Opaque   string // the rest of "scheme:rest" when rest does not start with "/"
	User     bool   // the authority had user information
	Host     string
	Path     string
	RawQuery string
	Fragment string
	// ForceQuery: a "?" with nothing after it.
	ForceQuery bool
	// written is the path as the URL wrote it, when that differs from
	// Path escaped.
	written string
}

// Parse reads a URL, absolute or relative; false when it is malformed.
func Parse(s string) (*URL, bool) {
	rest, frag, hasFrag := strings.Cut(s, "#")
	for i := 0; i < len(rest); i++ {
		if rest[i] < 0x20 || rest[i] == 0x7f {
			return nil, false
		}
	}
	u := &URL{}
	if rest == "*" {
		u.Path = "*"
	} else if !u.read(rest) {
		return nil, false
	}
	if hasFrag && frag != "" {
		f, ok := decode(frag, inFragment)
		if !ok {
			return nil, false
		}
		u.Fragment = f
	}
	return u, true
}

// scheme splits "scheme:rest": a letter, then letters, digits, "+", "-" or
// "."; a ":" first is an error.
func scheme(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", s, true
			}
		case c == ':':
			if i == 0 {
				return "", "", false
			}
			return strings.ToLower(s[:i]), s[i+1:], true
		default:
			return "", s, true
		}
	}
	return "", s, true
}

func (u *URL) read(s string) bool {
	var ok bool
	if u.Scheme, s, ok = scheme(s); !ok {
		return false
	}
	if q := strings.IndexByte(s, '?'); q >= 0 && q == len(s)-1 {
		u.ForceQuery, s = true, s[:q]
	} else if q >= 0 {
		s, u.RawQuery = s[:q], s[q+1:]
	}
	if !strings.HasPrefix(s, "/") {
		if u.Scheme != "" {
			u.Opaque = s
			return true
		}
		// A relative path's first segment may not hold a colon.
		if first, _, _ := strings.Cut(s, "/"); strings.Contains(first, ":") {
			return false
		}
	}
	if strings.HasPrefix(s, "//") && (u.Scheme != "" || !strings.HasPrefix(s, "///")) {
		auth := s[2:]
		s = ""
		if i := strings.IndexByte(auth, '/'); i >= 0 {
			auth, s = auth[:i], auth[i:]
		}
		if !u.authority(auth) {
			return false
		}
	}
	return u.setPath(s)
}

func (u *URL) setPath(written string) bool {
	p, ok := decode(written, inPath)
	if !ok {
		return false
	}
	u.Path, u.written = p, ""
	if encode(p, inPath) != written {
		u.written = written
	}
	return true
}

// authority reads "[userinfo@]host[:port]".
func (u *URL) authority(a string) bool {
	at := strings.LastIndexByte(a, '@')
	host, ok := readHost(u.Scheme, a[at+1:])
	if !ok {
		return false
	}
	u.Host = host
	if at < 0 {
		return true
	}
	u.User = true
	info := a[:at]
	for _, r := range info {
		if !(r < 0x80 && (keep(byte(r), inUserinfo) || strings.IndexByte(":!'()*%@", byte(r)) >= 0)) {
			return false
		}
	}
	name, pass, _ := strings.Cut(info, ":")
	_, ok1 := decode(name, inUserinfo)
	_, ok2 := decode(pass, inUserinfo)
	return ok1 && ok2
}

// port reports whether s is empty or a colon and digits.
func port(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != ':' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func readHost(scheme, h string) (string, bool) {
	open := strings.LastIndexByte(h, '[')
	switch {
	case open > 0:
		return "", false
	case open == 0:
		end := strings.LastIndexByte(h, ']')
		if end < 0 || !port(h[end+1:]) {
			return "", false
		}
		addr := h[1:end]
		name, ok := decode(addr, inHost)
		if z := strings.Index(addr, "%25"); z >= 0 {
			a, ok1 := decode(addr[:z], inHost)
			zone, ok2 := decode(addr[z:], inZone)
			name, ok = a+zone, ok1 && ok2
		}
		if !ok || !ipv6(name) {
			return "", false
		}
		return "[" + name + "]" + h[end+1:], true
	}
	if first := strings.IndexByte(h, ':'); first >= 0 {
		last := strings.LastIndexByte(h, ':')
		if first != last && (scheme == "http" || scheme == "https") {
			if !port(h[first:]) {
				return "", false
			}
		} else if !port(h[last:]) {
			return "", false
		}
	}
	return decode(h, inHost)
}

// IsIPv6 reports whether s is an IPv6 address in text (as ipv6 reads it).
func IsIPv6(s string) bool { return ipv6(s) }

// ipv6 reports whether s is an IPv6 address in text, a zone after "%"
// allowed (not empty): eight groups of one to four hex digits, or fewer
// with one "::" standing for at least one, the last two groups possibly
// written as a dotted IPv4 address. Like net/netip, a '.' or '%' before the
// first ':' rules it out.
func ipv6(s string) bool {
	if i := strings.IndexAny(s, ".:%"); i < 0 || s[i] != ':' {
		return false
	}
	if i := strings.IndexByte(s, '%'); i >= 0 {
		if i == len(s)-1 {
			return false
		}
		s = s[:i]
	}
	groups, gap := 0, false
	if strings.HasPrefix(s, "::") {
		gap, s = true, s[2:]
	}
	for s != "" {
		if groups == 8 {
			return false
		}
		n := 0
		for n < len(s) && n <= 4 {
			if _, ok := hexVal(s[n]); !ok {
				break
			}
			n++
		}
		if n == 0 || n > 4 {
			return false
		}
		if n < len(s) && s[n] == '.' {
			// A dotted quad ends the address, in place of the last two groups.
			if !gap && groups != 6 || groups > 6 || !ipv4(s) {
				return false
			}
			groups += 2
			break
		}
		groups++
		s = s[n:]
		if s == "" {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return false
		}
		s = s[1:]
		if s[0] == ':' {
			if gap {
				return false
			}
			gap, s = true, s[1:]
		}
	}
	if gap {
		return groups < 8
	}
	return groups == 8
}

// ipv4 reports whether s is four decimal numbers up to 255 joined by dots,
// none with a leading zero.
func ipv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return false
		}
		v := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
			v = v*10 + int(p[i]-'0')
		}
		if v > 255 {
			return false
		}
	}
	return true
}

// EscapedPath is the path as the URL wrote it when that is a valid escaping
// of Path, else Path escaped.
func (u *URL) EscapedPath() string {
	if w := u.written; w != "" {
		valid := true
		for i := 0; i < len(w) && valid; i++ {
			valid = keep(w[i], inPath) || strings.IndexByte("!'()*[]%", w[i]) >= 0
		}
		if p, ok := decode(w, inPath); valid && ok && p == u.Path {
			return w
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return encode(u.Path, inPath)
}

// Hostname is Host without its port and an IPv6 address's brackets.
func (u *URL) Hostname() string {
	h := u.Host
	if i := strings.LastIndexByte(h, ':'); i >= 0 && port(h[i:]) {
		h = h[:i]
	}
	if len(h) >= 2 && h[0] == '[' && h[len(h)-1] == ']' {
		h = h[1 : len(h)-1]
	}
	return h
}

// Query is the query's parameters, malformed ones left out.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// ResolveReference is ref resolved against u as a base (RFC 3986, section
// 5.2, as net/url does it).
func (u *URL) ResolveReference(ref *URL) *URL {
	r := *ref
	if r.Scheme == "" {
		r.Scheme = u.Scheme
	}
	switch {
	case ref.Scheme != "" || ref.Host != "" || ref.User:
		r.setPath(dotless(ref.EscapedPath()))
		return &r
	case ref.Opaque != "":
		r.User, r.Host, r.Path, r.written = false, "", "", ""
		return &r
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		r.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			r.Fragment = u.Fragment
		}
	}
	if ref.Path == "" && u.Opaque != "" {
		r.Opaque = u.Opaque
		r.User, r.Host, r.Path, r.written = false, "", "", ""
		return &r
	}
	r.Host, r.User = u.Host, u.User
	p := ref.EscapedPath()
	switch base := u.EscapedPath(); {
	case p == "":
		p = base
	case p[0] != '/':
		p = base[:strings.LastIndexByte(base, '/')+1] + p
	}
	r.setPath(dotless(p))
	return &r
}

// dotless removes a path's "." and ".." segments: the path, split at
// slashes, is rebuilt after a leading slash, a ".." taking back the text
// up to the slash before it; a path ending in a dot segment keeps a final
// slash.
func dotless(p string) string {
	if p == "" {
		return ""
	}
	segs := strings.Split(p, "/")
	b := []byte{'/'}
	fresh := true // nothing written since the leading slash or a ".."'s cut
	for _, seg := range segs {
		switch seg {
		case ".":
			fresh = false
		case "..":
			if i := strings.LastIndexByte(string(b[1:]), '/'); i >= 0 {
				b = b[:i+1]
			} else {
				b = b[:1]
			}
			fresh = len(b) == 1
		default:
			if !fresh {
				b = append(b, '/')
			}
			b = append(b, seg...)
			fresh = false
		}
	}
	if last := segs[len(segs)-1]; last == "." || last == ".." {
		b = append(b, '/')
	}
	if len(b) > 1 && b[1] == '/' {
		b = b[1:]
	}
	return string(b)
}

// Values maps a query parameter's name to its values in order.
type Values map[string][]string

// Get is the first value of name, or "".
func (v Values) Get(name string) string {
	if vs := v[name]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Has reports whether name is given.
func (v Values) Has(name string) bool {
	_, ok := v[name]
	return ok
}

// ParseQuery reads "a=1&b=2": a parameter with a ";" or a bad escape is
// left out (and ok is false), an empty one skipped; over 10,000 parameters
// none is read.
func ParseQuery(q string) (Values, bool) {
	v := Values{}
	if strings.Count(q, "&") >= maxParams {
		return v, false
	}
	ok := true
	for _, p := range strings.Split(q, "&") {
		if strings.Contains(p, ";") {
			ok = false
			continue
		}
		if p == "" {
			continue
		}
		name, val, _ := strings.Cut(p, "=")
		n, ok1 := decode(name, inQuery)
		x, ok2 := decode(val, inQuery)
		if !ok1 || !ok2 {
			ok = false
			continue
		}
		v[n] = append(v[n], x)
	}
	return v, ok
}
