// Package jsonenc holds what the generated JSON encoders of the report
// (classifier/json_gen.go) and of the SARIF log (classifier/report/
// sarif_json_gen.go) share: a string written as encoding/json writes it,
// and the growth of the buffer a long list is written into.
package jsonenc

import (
	"slices"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// htmlSafe and plainSafe mark the ASCII bytes a JSON string holds as they
// are, with encoding/json's HTML escaping (<, > and & escaped) and without
// it (a json.Encoder with SetEscapeHTML(false)).
var htmlSafe, plainSafe = func() (h, p [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		p[c] = c != '"' && c != '\\'
		h[c] = p[c] && c != '<' && c != '>' && c != '&'
	}
	return h, p
}()

// AppendString appends s quoted as encoding/json writes a string: ", \ and
// control characters escaped, <, > and & too when escapeHTML, invalid UTF-8
// as \ufffd, U+2028 and U+2029 escaped.
func AppendString(dst []byte, s string, escapeHTML bool) []byte {
	safe := &plainSafe
	if escapeHTML {
		safe = &htmlSafe
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Grow makes room in b before record i of the n of a list whose encoding
// started at b[start]: when less than 4 KiB are left, it grows b by what the
// rest of the list will take at the mean size of the records so far (and a
// margin), and by at least half its capacity, so that a big report is
// copied about once.
func Grow(b []byte, start, i, n int) []byte {
	if cap(b)-len(b) >= 4<<10 {
		return b
	}
	need := max(8<<10, cap(b)/2)
	if i > 0 {
		need = max(need, (len(b)-start)/i*(n-i)*9/8)
	}
	return slices.Grow(b, need) // copies without zeroing what it copies
}
