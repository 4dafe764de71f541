package verdict

import (
	"strings"
	"unicode/utf8"
)

// unescapeText returns lower-cased l with the escapes a message keeps when
// it was printed through one escaping too many spelt out: JSON's \uXXXX
// (a logfmt field, a cut or doubly escaped JSON string: "msg=\u767b\u5f55
// \u5df2\u8fc7\u671f") and the \xHH bytes of a Python bytes literal that
// form UTF-8 ("Ge\xc3\xa7ersiz imza"). Escapes that spell no letter are
// left as they are.
func unescapeText(l string) string {
	if !strings.Contains(l, `\u`) && !strings.Contains(l, `\x`) {
		return l
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(l); i++ {
		if l[i] != '\\' || i+1 >= len(l) {
			b.WriteByte(l[i])
			continue
		}
		switch l[i+1] {
		case 'u':
			if r, n := uEscape(l[i:]); n > 0 {
				b.WriteRune(r)
				i += n - 1
				changed = true
				continue
			}
		case 'x':
			if s, n := xRun(l[i:]); n > 0 {
				b.WriteString(s)
				i += n - 1
				changed = true
				continue
			}
		}
		b.WriteByte(l[i])
	}
	if !changed {
		return l
	}
	return b.String()
}

// uEscape reads \uXXXX (and a surrogate pair) at the start of s: the rune
// and the bytes read, 0 when it is none or spells an ASCII character.
func uEscape(s string) (rune, int) {
	r, ok := hex4(s)
	if !ok || r < 0x80 {
		return 0, 0
	}
	if r >= 0xd800 && r < 0xdc00 {
		if lo, ok := hex4(s[6:]); ok && lo >= 0xdc00 && lo < 0xe000 {
			return (r-0xd800)<<10 + (lo - 0xdc00) + 0x10000, 12
		}
		return 0, 0
	}
	return r, 6
}

// hex4 reads "\uXXXX" at the start of s.
func hex4(s string) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | (c - '0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | (c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | (c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// xRun reads a run of \xHH escapes at the start of s whose bytes are whole
// UTF-8 characters beyond ASCII: the text and the bytes read.
func xRun(s string) (string, int) {
	var raw []byte
	n := 0
	for n+4 <= len(s) && s[n] == '\\' && s[n+1] == 'x' {
		h, ok := hexByte(s[n+2], s[n+3])
		if !ok || h < 0x80 {
			break
		}
		raw = append(raw, h)
		n += 4
	}
	// keep the longest prefix that is whole characters
	for len(raw) > 0 && !utf8.Valid(raw) {
		raw = raw[:len(raw)-1]
	}
	if len(raw) == 0 {
		return "", 0
	}
	return string(raw), len(raw) * 4
}

// hexByte reads two hexadecimal digits.
func hexByte(a, b byte) (byte, bool) {
	v := func(c byte) (byte, bool) {
		switch {
		case c >= '0' && c <= '9':
			return c - '0', true
		case c >= 'a' && c <= 'f':
			return c - 'a' + 10, true
		case c >= 'A' && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	x, ok1 := v(a)
	y, ok2 := v(b)
	return x<<4 | y, ok1 && ok2
}
