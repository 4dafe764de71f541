package secret

import "strings"

// frame is one open JSON container while json() walks the text. Its keys
// and name are spans of the text: a frame holds no pointer, so filling the
// stack costs no write barrier.
type frame struct {
	obj       bool
	key       span // the member key (or enclosing array's key) this container sits under
	lastKey   span
	expectKey bool
	// a {"name": ..., "value": ...} object (HAR headers, cookies, queryString, params)
	name               span
	vStart, vEnd, vLin int
	hasValue           bool
	// a JWK: "kty" seen, and its private members' values
	kty     bool
	nJWK    int
	jwkPriv [7]jwkMember
}

// span is text[start:end].
type span struct{ start, end int }

func (s *scanner) str(sp span) string { return s.text[sp.start:sp.end] }

const maxDepth = 512

// jsonByte marks the bytes json() acts on; stringStop those that end or
// escape a string's run ('"', '\\', a line end).
var jsonByte, stringStop = func() (t, u [256]bool) {
	for _, c := range []byte("\n\r{[}]:,\"") {
		t[c] = true
	}
	for _, c := range []byte("\"\\\n") {
		u[c] = true
	}
	return t, u
}()

// json walks a JSON text once, without building it, and masks the values
// of HAR name/value objects (headers, cookies, queryString, postData params)
// and of members with credential-like names, whether pretty or minified.
func (s *scanner) json() { s.jsonFrom(0, 1, false) }

// jsonFrom walks the JSON text from the byte at from, on line, to the end
// of the text; with one, only to the end of the first document (a JSON
// object or array written inside a text that is not JSON), and returns
// where it stopped.
func (s *scanner) jsonFrom(from, line int, one bool) int {
	t := s.text
	var stack []frame
	deep := 0 // levels beyond maxDepth, not tracked
	for i := from; i < len(t); i++ {
		c := t[i]
		if !jsonByte[c] {
			continue // most bytes: one table test
		}
		switch c {
		case '\n':
			line++
		case '\r':
			if i+1 >= len(t) || t[i+1] != '\n' {
				line++
			}
		case '{', '[':
			if len(stack) >= maxDepth {
				deep++
				continue
			}
			var key span
			if n := len(stack); n > 0 {
				if stack[n-1].obj {
					key = stack[n-1].lastKey
				} else {
					key = stack[n-1].key
				}
			}
			stack = append(stack, frame{obj: c == '{', key: key, expectKey: c == '{'})
		case '}', ']':
			if deep > 0 {
				deep--
				continue
			}
			if n := len(stack); n > 0 {
				if f := &stack[n-1]; f.obj && f.name.end > f.name.start && f.hasValue {
					s.nameValue(f)
				} else if f.obj && f.hasValue && f.key.end > f.key.start {
					// {"value": …} under a credential's key: Spring's
					// /actuator/env, a vault's or a parameter store's answer
					s.member(s.str(f.key), f.vStart, f.vEnd, f.vLin)
				}
				if f := &stack[n-1]; f.obj && f.kty {
					s.jwk(f)
				}
				stack = stack[:n-1]
				if one && n == 1 {
					return i + 1
				}
			}
		case ':':
			if n := len(stack); n > 0 && stack[n-1].obj {
				stack[n-1].expectKey = false
			}
		case ',':
			if n := len(stack); n > 0 && stack[n-1].obj {
				stack[n-1].expectKey = true
			}
		case '"':
			st := i + 1
			e := st
			broken := false
			for e < len(t) {
				c := t[e]
				if !stringStop[c] {
					e++
					continue
				}
				if c == '"' {
					break
				}
				if c == '\\' {
					e++
				} else if c == '\n' {
					if !s.cutAt(e) {
						broken = true
						break // not JSON: stop at the line's end
					}
					line++ // a hard wrap cut the string: it goes on below
				}
				e++
			}
			e = min(e, len(t))
			i = e
			n := len(stack)
			if n == 0 || deep > 0 {
				continue
			}
			f := &stack[n-1]
			if !f.obj {
				continue
			}
			if broken {
				// a raw line end inside a string is not JSON ('{"error" =>
				// "…' of a Ruby hash, its string wrapped by a terminal):
				// neither a key nor a value, and the key before it names
				// nothing that follows
				f.lastKey = span{}
				continue
			}
			if f.expectKey {
				f.lastKey = span{st, e}
				continue
			}
			if e < len(t) && t[e] == '"' {
				// A member's value ends here: the next string is a key even
				// when the comma before it is missing (lines of a dump in
				// another order, a hand-edited body), not a second value of
				// this key ("password": "…" then "username").
				f.expectKey = true
			}
			switch lk := s.str(f.lastKey); lk {
			case "Name", "Key", "ParameterKey":
				// AWS' {"Name": …, "Value": …} (SSM, tags) and
				// CloudFormation's parameters
				if e-st < 128 {
					f.name = span{st, e}
				}
				if lk == "Key" {
					s.member(lk, st, e, line)
				}
			case "Value", "ParameterValue":
				f.vStart, f.vEnd, f.vLin, f.hasValue = st, e, line, true
			case "kty":
				f.kty = true
			case "d", "p", "q", "dp", "dq", "qi", "k":
				// a JWK's private members, masked when the object is a
				// JWK (it has "kty", before or after them)
				if f.nJWK < len(f.jwkPriv) {
					f.jwkPriv[f.nJWK] = jwkMember{span{st, e}, line}
					f.nJWK++
				}
			case "name":
				if e-st < 128 {
					f.name = span{st, e}
				}
			case "key":
				// Postman's and Insomnia's {"key": …, "value": …}; a bare
				// "key" member is still read as a weak credential name
				if e-st < 128 {
					f.name = span{st, e}
				}
				s.member("key", st, e, line)
			case "value":
				f.vStart, f.vEnd, f.vLin, f.hasValue = st, e, line, true
			default:
				s.member(lk, st, e, line)
				if n > 1 && hostKey(lk) {
					s.hostKeyed(stack[n-2], lk, st, e, line)
				}
			}
		}
	}
	return len(t)
}

// jwkMember is a JWK's private member's value and its line.
type jwkMember struct {
	sp   span
	line int
}

// jwk masks the private members of a JWK object (RFC 7518 §6.3.2, §6.4).
func (s *scanner) jwk(f *frame) {
	for _, m := range f.jwkPriv[:f.nJWK] {
		if m.sp.end-m.sp.start >= 8 {
			s.add(PrivateKey, "JWK private key member", m.sp.start, m.sp.end, m.line)
		}
	}
}

// hostKey reports whether a member's key is a host name: credentials
// keyed by the host they are for (Composer's auth.json, .dockercfg).
func hostKey(k string) bool {
	return len(k) > 3 && len(k) < 128 && strings.IndexByte(k, '.') > 0 && !strings.ContainsAny(k, " /:@")
}

// hostKeyed masks a string keyed by a host name inside an object whose key
// names a credential: {"github-oauth": {"github.com": "…"}},
// {"bearer": {"example.org": "…"}}.
func (s *scanner) hostKeyed(parent frame, host string, st, e, line int) {
	if !parent.obj || parent.lastKey.end <= parent.lastKey.start {
		return
	}
	pk := s.str(parent.lastKey)
	nc := s.classify(pk)
	if nc.h == hNone && nc.f != fStrong && !strings.Contains(strings.ToLower(pk), "oauth") {
		return
	}
	if v := s.text[st:e]; len(v) >= 8 && !strings.ContainsAny(v, " ") && !urlValue(v) {
		s.add(Token, "credential for "+host, st, e, line)
	}
}

// member masks a string member whose key names a credential.
func (s *scanner) member(key string, st, e, line int) {
	nc := s.classify(key)
	if nc.h == hNone && nc.f == fNone {
		return
	}
	switch nc.h {
	case hAuth:
		s.authValue(key, s.text, st, e, 0, line, true)
		return
	case hCookie:
		s.cookieValue(s.text, st, e, 0, line, false)
		return
	case hSetCookie:
		s.cookieValue(s.text, st, e, 0, line, true)
		return
	case hKey:
		s.add(APIKey, key, st, e, line)
		return
	}
	v := s.text[st:e]
	if nc.f == fStrong || nc.f == fWeak && weakCredential(key, v) {
		s.add(nc.k, key, st, e, line)
	}
}

// nameValue masks the value of a HAR name/value object by what array it
// is in: every cookie; headers, query and form parameters by their name.
func (s *scanner) nameValue(f *frame) {
	name := s.str(f.name)
	switch s.str(f.key) {
	case "cookies":
		if !plainCookie(s.text[f.vStart:f.vEnd]) {
			s.add(Cookie, "cookie "+name, f.vStart, f.vEnd, f.vLin)
		}
		return
	case "headers":
		nc := s.classify(name)
		switch nc.h {
		case hAuth:
			s.authValue(name, s.text, f.vStart, f.vEnd, 0, f.vLin, true)
		case hCookie:
			s.cookieValue(s.text, f.vStart, f.vEnd, 0, f.vLin, false)
		case hSetCookie:
			s.cookieValue(s.text, f.vStart, f.vEnd, 0, f.vLin, true)
		case hKey:
			s.add(APIKey, name, f.vStart, f.vEnd, f.vLin)
		default:
			if len(name) == len("sec-websocket-protocol") && strings.EqualFold(name, "sec-websocket-protocol") {
				s.subprotocols(s.text[:f.vEnd], f.vStart, 0, f.vLin)
				return
			}
			// a header named like a field (Api-Token, Circle-Token): read
			// as the raw header line is, by the field's name
			if nc.f != fNone {
				s.member(name, f.vStart, f.vEnd, f.vLin)
			}
		}
		return
	}
	s.member(name, f.vStart, f.vEnd, f.vLin)
}
