package jwt

import (
	"encoding/json"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeObject returns what json.NewDecoder(bytes.NewReader(b)), with
// UseNumber, decodes into a map[string]any, or false when it fails: the
// first JSON value of b, which must be an object (bytes after it are not
// read); objects as map[string]any, arrays as []any (empty, not nil),
// numbers as json.Number, strings unescaped with invalid UTF-8 and lone
// surrogates made U+FFFD, duplicate keys the last one kept, at most 10,000
// levels deep. encoding/json's reflection was most of a token's decoding,
// and slower still in WebAssembly (FuzzDecodeObject holds the two equal).
func decodeObject(b []byte) (map[string]any, bool) {
	r := jsonReader{b: b}
	r.ws()
	if r.i >= len(b) || b[r.i] != '{' {
		return nil, false
	}
	return r.object(1)
}

// maxDepth is encoding/json's limit on nesting.
const maxDepth = 10000

type jsonReader struct {
	b []byte
	i int
}

func (r *jsonReader) ws() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// value reads the value at r.i, depth being the nesting of its container.
func (r *jsonReader) value(depth int) (any, bool) {
	if r.i >= len(r.b) {
		return nil, false
	}
	switch c := r.b[r.i]; {
	case c == '{':
		m, ok := r.object(depth + 1)
		return m, ok
	case c == '[':
		return r.array(depth + 1)
	case c == '"':
		return r.str()
	case c == 't':
		return true, r.lit("true")
	case c == 'f':
		return false, r.lit("false")
	case c == 'n':
		return nil, r.lit("null")
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	}
	return nil, false
}

func (r *jsonReader) object(depth int) (map[string]any, bool) {
	if depth > maxDepth {
		return nil, false
	}
	r.i++ // '{'
	m := map[string]any{}
	r.ws()
	if r.i < len(r.b) && r.b[r.i] == '}' {
		r.i++
		return m, true
	}
	for {
		if r.i >= len(r.b) || r.b[r.i] != '"' {
			return nil, false
		}
		k, ok := r.str()
		if !ok {
			return nil, false
		}
		r.ws()
		if r.i >= len(r.b) || r.b[r.i] != ':' {
			return nil, false
		}
		r.i++
		r.ws()
		v, ok := r.value(depth)
		if !ok {
			return nil, false
		}
		m[k] = v
		r.ws()
		if r.i >= len(r.b) {
			return nil, false
		}
		switch r.b[r.i] {
		case ',':
			r.i++
			r.ws()
		case '}':
			r.i++
			return m, true
		default:
			return nil, false
		}
	}
}

func (r *jsonReader) array(depth int) (any, bool) {
	if depth > maxDepth {
		return nil, false
	}
	r.i++ // '['
	a := make([]any, 0)
	r.ws()
	if r.i < len(r.b) && r.b[r.i] == ']' {
		r.i++
		return a, true
	}
	for {
		v, ok := r.value(depth)
		if !ok {
			return nil, false
		}
		a = append(a, v)
		r.ws()
		if r.i >= len(r.b) {
			return nil, false
		}
		switch r.b[r.i] {
		case ',':
			r.i++
			r.ws()
		case ']':
			r.i++
			return a, true
		default:
			return nil, false
		}
	}
}

func (r *jsonReader) lit(w string) bool {
	if len(r.b)-r.i < len(w) || string(r.b[r.i:r.i+len(w)]) != w {
		return false
	}
	r.i += len(w)
	return true
}

// number reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (r *jsonReader) number() (any, bool) {
	b, st := r.b, r.i
	i := st
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(b, i)
	default:
		return nil, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || !isDigit(b[i]) {
			return nil, false
		}
		i = digits(b, i)
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDigit(b[i]) {
			return nil, false
		}
		i = digits(b, i)
	}
	r.i = i
	return json.Number(b[st:i]), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digits(b []byte, i int) int {
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return i
}

// str reads a string at r.i (its opening quote), unescaped as encoding/json
// does.
func (r *jsonReader) str() (string, bool) {
	b := r.b
	st := r.i + 1
	// The common case: no escape, no control byte, valid UTF-8.
	i := st
	for i < len(b) {
		c := b[i]
		if c == '"' {
			r.i = i + 1
			return string(b[st:i]), true
		}
		if c == '\\' || c < ' ' {
			break
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		rr, size := utf8.DecodeRune(b[i:])
		if rr == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	out := append([]byte(nil), b[st:i]...)
	for i < len(b) {
		switch c := b[i]; {
		case c == '"':
			r.i = i + 1
			return string(out), true
		case c < ' ':
			return "", false
		case c == '\\':
			if i+1 >= len(b) {
				return "", false
			}
			switch b[i+1] {
			case '"', '\\', '/':
				out = append(out, b[i+1])
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				rr := hex4(b, i)
				if rr < 0 {
					return "", false
				}
				i += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, hex4(b, i)); dec != utf8.RuneError {
						out = utf8.AppendRune(out, dec)
						i += 6
						continue
					}
					rr = utf8.RuneError
				}
				out = utf8.AppendRune(out, rr)
				continue
			default:
				return "", false
			}
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			rr, size := utf8.DecodeRune(b[i:])
			out = utf8.AppendRune(out, rr)
			i += size
		}
	}
	return "", false
}

// hex4 reads "\uXXXX" at b[i:], or returns -1.
func hex4(b []byte, i int) rune {
	if len(b)-i < 6 || b[i] != '\\' || b[i+1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[i+2 : i+6] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
