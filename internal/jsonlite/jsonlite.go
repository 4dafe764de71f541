// Package jsonlite reads JSON as encoding/json does, without reflection:
// Valid, the value of a document as Unmarshal into an `any` gives it (maps,
// slices, strings, float64 or Number, bools, nil), the first value of a
// stream as a Decoder gives it, an object's members with their raw bytes as
// Unmarshal into map[string]json.RawMessage gives them, string and number
// members as Unmarshal into a string or float64 reads them, the key folding
// that matches a member to a struct field, and Indent.
//
// Every answer is encoding/json's for the same input, malformed input and
// the nesting limit (10,000) included (FuzzAgainstEncodingJSON holds them
// equal); only error texts differ. Its point is size: encoding/json is about
// 60 KB gzip of the wasm module, most of it the reflective decoder and
// encoder. Time is linear in the input and memory bounded by it.
package jsonlite

import (
	"errors"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is encoding/json's nesting limit: deeper documents are invalid.
const MaxDepth = 10000

// Number is a JSON number as written, as encoding/json's Number.
type Number string

// String returns the number's text.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64 (strconv.ParseFloat).
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 returns the number as an int64 (strconv.ParseInt).
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// Errors. Their texts are not encoding/json's.
var (
	ErrSyntax      = errors.New("json: syntax error")
	ErrDepth       = errors.New("json: exceeded max depth")
	ErrEOF         = errors.New("EOF")
	ErrUnexpEOF    = errors.New("unexpected EOF")
	ErrNumberRange = errors.New("json: cannot unmarshal number out of range into float64")
	ErrType        = errors.New("json: cannot unmarshal value into the destination's type")
)

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// errEnd is scanValue's answer when s ended inside the value.
var errEnd = errors.New("end")

// scanValue reads the value at s[i] (no leading space) and returns the index
// after it. It keeps the open containers on a stack of its own, so deep
// input costs no call depth.
func scanValue(s string, i int) (int, error) {
	var stack []byte // '{' or '['
	for {
		// A value at s[i].
		if i >= len(s) {
			return i, errEnd
		}
		switch c := s[i]; {
		case c == '{' || c == '[':
			if len(stack) >= MaxDepth {
				return i, ErrDepth
			}
			stack = append(stack, c)
			i = skipSpace(s, i+1)
			if i >= len(s) {
				return i, errEnd
			}
			if c == '{' {
				if s[i] == '}' {
					stack = stack[:len(stack)-1]
					i++
					break
				}
				if s[i] != '"' {
					return i, ErrSyntax
				}
				var err error
				if i, err = scanKey(s, i); err != nil {
					return i, err
				}
				continue
			}
			if s[i] == ']' {
				stack = stack[:len(stack)-1]
				i++
				break
			}
			continue
		case c == '"':
			var err error
			if i, err = scanString(s, i); err != nil {
				return i, err
			}
		case c == '-' || c >= '0' && c <= '9':
			var err error
			if i, err = scanNumber(s, i); err != nil {
				return i, err
			}
		case c == 't':
			var err error
			if i, err = scanWord(s, i, "true"); err != nil {
				return i, err
			}
		case c == 'f':
			var err error
			if i, err = scanWord(s, i, "false"); err != nil {
				return i, err
			}
		case c == 'n':
			var err error
			if i, err = scanWord(s, i, "null"); err != nil {
				return i, err
			}
		default:
			return i, ErrSyntax
		}
		// After a value: close containers, or go on to the next element.
		for {
			if len(stack) == 0 {
				return i, nil
			}
			i = skipSpace(s, i)
			if i >= len(s) {
				return i, errEnd
			}
			top := stack[len(stack)-1]
			c := s[i]
			if c == ',' {
				i = skipSpace(s, i+1)
				if top == '{' {
					if i >= len(s) {
						return i, errEnd
					}
					if s[i] != '"' {
						return i, ErrSyntax
					}
					var err error
					if i, err = scanKey(s, i); err != nil {
						return i, err
					}
				}
				break
			}
			if top == '{' && c == '}' || top == '[' && c == ']' {
				stack = stack[:len(stack)-1]
				i++
				continue
			}
			return i, ErrSyntax
		}
	}
}

// scanKey reads a member's name and its colon at s[i] == '"', and the
// space after, up to the value.
func scanKey(s string, i int) (int, error) {
	i, err := scanString(s, i)
	if err != nil {
		return i, err
	}
	i = skipSpace(s, i)
	if i >= len(s) {
		return i, errEnd
	}
	if s[i] != ':' {
		return i, ErrSyntax
	}
	return skipSpace(s, i+1), nil
}

// scanString reads the string at s[i] == '"'. As encoding/json, it accepts
// any byte from 0x20 up (invalid UTF-8 too) and rejects control bytes.
func scanString(s string, i int) (int, error) {
	i++
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c < 0x20:
			return i, ErrSyntax
		case c == '\\':
			i++
			if i >= len(s) {
				return i, errEnd
			}
			switch s[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				i++
				for k := 0; k < 4; k++ {
					if i >= len(s) {
						return i, errEnd
					}
					if !isHex(s[i]) {
						return i, ErrSyntax
					}
					i++
				}
			default:
				return i, ErrSyntax
			}
		default:
			i++
		}
	}
	return i, errEnd
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber reads the number at s[i]: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
// A number can end at the end of the input (a top-level value).
func scanNumber(s string, i int) (int, error) {
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return i, errEnd
		}
	}
	switch {
	case s[i] == '0':
		i++
	case s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return i, ErrSyntax
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) {
			return i, errEnd
		}
		if !isDigit(s[i]) {
			return i, ErrSyntax
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) {
			return i, errEnd
		}
		if !isDigit(s[i]) {
			return i, ErrSyntax
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i, nil
}

func scanWord(s string, i int, w string) (int, error) {
	for k := 0; k < len(w); k++ {
		if i+k >= len(s) {
			return i + k, errEnd
		}
		if s[i+k] != w[k] {
			return i + k, ErrSyntax
		}
	}
	return i + len(w), nil
}

// check reports whether s is one JSON value with optional space around it,
// as encoding/json's checkValid.
func check(s string) error {
	i := skipSpace(s, 0)
	if i >= len(s) {
		return ErrUnexpEOF
	}
	i, err := scanValue(s, i)
	if err == errEnd {
		return ErrUnexpEOF
	}
	if err != nil {
		return err
	}
	if skipSpace(s, i) != len(s) {
		return ErrSyntax
	}
	return nil
}

// Valid reports whether s is valid JSON, as json.Valid.
func Valid(s string) bool { return check(s) == nil }

// Unmarshal returns s's value as json.Unmarshal(s, &v) with v of type any
// sets it: map[string]any, []any, string, float64 (Number when useNumber),
// bool or nil. A syntax error returns a nil value; a number out of float64's
// range is nil in the value, which is returned with ErrNumberRange, as
// encoding/json returns its error after filling the rest.
func Unmarshal(s string, useNumber bool) (any, error) {
	if err := check(s); err != nil {
		return nil, err
	}
	b := builder{s: s, useNumber: useNumber}
	v, _ := b.value(skipSpace(s, 0))
	return v, b.err
}

// First returns the first value of s as a json.Decoder over s gives it
// (UseNumber when useNumber): leading space skipped; an object or an array
// ends at its closing bracket whatever follows, and a scalar
// ends where its grammar does: "1x" is 1 and "truex" true, as for the
// Decoder (the rest would be the next Decode's error). No value at all is
// ErrEOF.
func First(s string, useNumber bool) (any, error) {
	i := skipSpace(s, 0)
	if i >= len(s) {
		return nil, ErrEOF
	}
	end, err := scanValue(s, i)
	if err == errEnd {
		return nil, ErrUnexpEOF
	}
	if err != nil {
		return nil, err
	}
	b := builder{s: s[:end], useNumber: useNumber}
	v, _ := b.value(i)
	return v, b.err
}

// builder makes the value of valid JSON.
type builder struct {
	s         string
	useNumber bool
	err       error // the first number out of range
}

// value returns the value at b.s[i] and the index after it.
func (b *builder) value(i int) (any, int) {
	s := b.s
	switch c := s[i]; c {
	case '{':
		m := map[string]any{}
		i = skipSpace(s, i+1)
		if s[i] == '}' {
			return m, i + 1
		}
		for {
			end, _ := scanString(s, i)
			k := unquote(s[i:end])
			i = skipSpace(s, end)
			i = skipSpace(s, i+1) // ':'
			var v any
			v, i = b.value(i)
			m[k] = v
			i = skipSpace(s, i)
			if s[i] == '}' {
				return m, i + 1
			}
			i = skipSpace(s, i+1) // ','
		}
	case '[':
		a := []any{}
		i = skipSpace(s, i+1)
		if s[i] == ']' {
			return a, i + 1
		}
		for {
			var v any
			v, i = b.value(i)
			a = append(a, v)
			i = skipSpace(s, i)
			if s[i] == ']' {
				return a, i + 1
			}
			i = skipSpace(s, i+1)
		}
	case '"':
		end, _ := scanString(s, i)
		return unquote(s[i:end]), end
	case 't':
		return true, i + 4
	case 'f':
		return false, i + 5
	case 'n':
		return nil, i + 4
	}
	end, _ := scanNumber(s, i)
	n := s[i:end]
	if b.useNumber {
		return Number(n), end
	}
	f, err := strconv.ParseFloat(n, 64)
	if err != nil {
		if b.err == nil {
			b.err = ErrNumberRange
		}
		return nil, end
	}
	return f, end
}

// unquote decodes a valid JSON string literal (quotes included) as
// encoding/json does: invalid UTF-8 and unpaired surrogates become U+FFFD.
func unquote(q string) string {
	s := q[1 : len(q)-1]
	r := 0
	for r < len(s) {
		c := s[r]
		if c == '\\' || c < ' ' {
			break
		}
		if c < utf8.RuneSelf {
			r++
			continue
		}
		rr, size := utf8.DecodeRuneInString(s[r:])
		if rr == utf8.RuneError && size == 1 {
			break
		}
		r += size
	}
	if r == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	b = append(b, s[:r]...)
	for r < len(s) {
		switch c := s[r]; {
		case c == '\\':
			r++
			switch s[r] {
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				rr := getu4(s[r-1:])
				r += 5
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, getu4(s[r:])); dec != unicode.ReplacementChar {
						r += 6
						b = utf8.AppendRune(b, dec)
						break
					}
					rr = unicode.ReplacementChar
				}
				b = utf8.AppendRune(b, rr)
			default: // '"', '\\', '/'
				b = append(b, s[r])
				r++
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRuneInString(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return string(b)
}

// getu4 reads the \uXXXX escape at the start of s, or returns -1.
func getu4(s string) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range []byte(s[2:6]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
