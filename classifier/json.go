package classifier

import (
	"slices"
	"unicode/utf8"
)

// The report's JSON encoding: AppendJSON on Report, ExchangeReport,
// Overview, Page and ErrorJSON (json_gen.go) writes byte for byte what
// encoding/json's Marshal writes for them, with no reflection: a bulk report
// is encoded several times faster, and the wasm bridge needs no reflective
// encoder. json_gen.go is generated from the types by
// classifier/internal/genjson; after changing a report type, run
//
//go:generate go test -tags genjson -run ^TestJSONEncoderGenerated$ . -update
//
// (the tag swaps the generated file for encoding/json, so that a stale file
// that no longer compiles can be regenerated). TestJSONEncoderGenerated
// fails when json_gen.go is stale; the tests in json_test.go hold the two
// encoders equal on the corpus, on filled-in values and under fuzzing.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as encoding/json writes a string: quoted, with
// ", \ and control characters escaped, <, > and & escaped for HTML, invalid
// UTF-8 as \ufffd and U+2028, U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if htmlSafe[c] {
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

// growJSON makes room in b before the next record of a list: when less than
// 4 KiB are left, it doubles the capacity, so that a report of n bytes is
// copied about n bytes over in all.
func growJSON(b []byte) []byte {
	if cap(b)-len(b) >= 4<<10 {
		return b
	}
	return slices.Grow(b, cap(b)+8<<10) // copies without zeroing what it copies
}

// htmlSafe marks the ASCII bytes a JSON string holds as they are.
var htmlSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// textOf is a MarshalText result as the string encoding/json writes
// (the report's MarshalText methods cannot fail).
func textOf(b []byte, _ error) string { return string(b) }
