package secret

// frame is one open JSON container while json() walks the text.
type frame struct {
	obj       bool
	key       string // the member key (or enclosing array's key) this container sits under
	lastKey   string
	expectKey bool
	// a {"name": ..., "value": ...} object (HAR headers, cookies, queryString, params)
	name               string
	vStart, vEnd, vLin int
	hasValue           bool
}

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
func (s *scanner) json() {
	t := s.text
	var stack []frame
	deep := 0 // levels beyond maxDepth, not tracked
	line := 1
	for i := 0; i < len(t); i++ {
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
			key := ""
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
				f := stack[n-1]
				if f.obj && f.name != "" && f.hasValue {
					s.nameValue(f)
				}
				stack = stack[:n-1]
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
			for e < len(t) && t[e] != '"' {
				if !stringStop[t[e]] {
					e++
					continue
				}
				if t[e] == '\\' {
					e++
				} else if t[e] == '\n' {
					break // not JSON: stop at the line's end
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
			if f.expectKey {
				f.lastKey = t[st:e]
				continue
			}
			switch f.lastKey {
			case "name":
				if e-st < 128 {
					f.name = t[st:e]
				}
			case "value":
				f.vStart, f.vEnd, f.vLin, f.hasValue = st, e, line, true
			default:
				s.member(f.lastKey, st, e, line)
			}
		}
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
	if nc.f == fStrong || nc.f == fWeak && HighEntropy(v) {
		s.add(nc.k, key, st, e, line)
	}
}

// nameValue masks the value of a HAR name/value object by what array it
// is in: every cookie; headers, query and form parameters by their name.
func (s *scanner) nameValue(f frame) {
	switch f.key {
	case "cookies":
		s.add(Cookie, "cookie "+f.name, f.vStart, f.vEnd, f.vLin)
		return
	case "headers":
		switch s.classify(f.name).h {
		case hAuth:
			s.authValue(f.name, s.text, f.vStart, f.vEnd, 0, f.vLin, true)
		case hCookie:
			s.cookieValue(s.text, f.vStart, f.vEnd, 0, f.vLin, false)
		case hSetCookie:
			s.cookieValue(s.text, f.vStart, f.vEnd, 0, f.vLin, true)
		case hKey:
			s.add(APIKey, f.name, f.vStart, f.vEnd, f.vLin)
		}
		return
	}
	s.member(f.name, f.vStart, f.vEnd, f.vLin)
}
