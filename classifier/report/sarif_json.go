package report

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// The SARIF log's JSON without reflection: sarif_json_gen.go, written by
// classifier/internal/genjson from the sarif types, with the helpers below
// (the classifier's, but for strings, which keep <, > and & as they are), is
// byte for byte what a json.Encoder with SetEscapeHTML(false) writes;
// jsonlite.AppendIndent then indents it as the Encoder's SetIndent does.
// After changing a sarif type, run
//
//go:generate go test -tags genjson -run ^TestSARIFEncoderGenerated$ . -update
//
// (the tag swaps the generated file for encoding/json, so that a stale file
// that no longer compiles can be regenerated). TestSARIFEncoderGenerated
// fails when the file is stale; sarif_json_test.go holds the two encoders
// equal on the corpus and under fuzzing.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a json.Encoder with SetEscapeHTML(false)
// writes a string: quoted, with ", \ and control characters escaped,
// invalid UTF-8 as \ufffd and U+2028, U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
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

// growJSON makes room before record i of the n of a list (as the
// classifier's: by the rest of the list at the mean record size so far).
func growJSON(b []byte, start, i, n int) []byte {
	if cap(b)-len(b) >= 4<<10 {
		return b
	}
	need := max(8<<10, cap(b)/2)
	if i > 0 {
		need = max(need, (len(b)-start)/i*(n-i)*9/8)
	}
	return slices.Grow(b, need)
}

// jsonComma writes the comma before a field that follows fields left out
// by omitempty, unless the object is still empty.
func jsonComma(b []byte) []byte {
	if b[len(b)-1] != '{' {
		b = append(b, ',')
	}
	return b
}

//go:noinline
func jsonKeyString(b []byte, key, v string) []byte {
	return appendJSONString(append(b, key...), v)
}

//go:noinline
func jsonKeyInt(b []byte, key string, v int64) []byte {
	return strconv.AppendInt(append(b, key...), v, 10)
}

//go:noinline
func jsonKeyBool(b []byte, key string, v bool) []byte {
	return strconv.AppendBool(append(b, key...), v)
}

// jsonStrings writes a list of strings (null for nil).
func jsonStrings[S ~string](b []byte, s []S) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, string(v))
	}
	return append(b, ']')
}

// jsonInts writes a list of integers (null for nil).
func jsonInts[I ~int | ~int8 | ~int16 | ~int32 | ~int64](b []byte, s []I) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, ']')
}
