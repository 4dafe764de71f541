package jsonlite

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Member is an object's member: its name, unquoted, and its value's bytes
// as written (a json.RawMessage).
type Member struct {
	Key string
	Raw string
}

// Members returns the members of the object s, in order and with repeated
// names kept, as json.Unmarshal(s, &m) with m a map[string]json.RawMessage
// reads them (the map keeps each name's last member): a syntax error is an
// error; null is no members and no error; any other value is ErrType.
func Members(s string) ([]Member, error) {
	if err := check(s); err != nil {
		return nil, err
	}
	i := skipSpace(s, 0)
	switch s[i] {
	case 'n':
		return nil, nil
	case '{':
	default:
		return nil, ErrType
	}
	return members(s, i), nil
}

// members lists the members of the valid object at s[i] == '{'.
func members(s string, i int) []Member {
	var out []Member
	i = skipSpace(s, i+1)
	if s[i] == '}' {
		return []Member{}
	}
	for {
		end, _ := scanString(s, i)
		k := unquote(s[i:end])
		i = skipSpace(s, end)
		i = skipSpace(s, i+1)
		vend, _ := scanValue(s, i)
		out = append(out, Member{Key: k, Raw: s[i:vend]})
		i = skipSpace(s, vend)
		if s[i] == '}' {
			return out
		}
		i = skipSpace(s, i+1)
	}
}

// String reads a valid JSON value as json.Unmarshal into a string does: a
// string is set (ok), null leaves the string as it was (ok, set false), and
// anything else is a type error.
func String(raw string) (v string, set bool, err error) {
	switch raw[0] {
	case '"':
		return unquote(raw), true, nil
	case 'n':
		return "", false, nil
	}
	return "", false, ErrType
}

// Float reads a valid JSON value as json.Unmarshal into a float64 does: a
// number in range is set, null leaves it as it was, anything else (a number
// out of range too) is a type error.
func Float(raw string) (v float64, set bool, err error) {
	switch c := raw[0]; {
	case c == 'n':
		return 0, false, nil
	case c == '-' || c >= '0' && c <= '9':
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return 0, false, ErrType
		}
		return f, true, nil
	}
	return 0, false, ErrType
}

// Int reads a valid JSON value as json.Unmarshal into an int (64 bits)
// does: a number that is a whole int64 is set, null leaves it as it was,
// anything else (1.5, 1e3, out of range) is a type error.
func Int(raw string) (v int, set bool, err error) {
	switch c := raw[0]; {
	case c == 'n':
		return 0, false, nil
	case c == '-' || c >= '0' && c <= '9':
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || int64(int(n)) != n {
			return 0, false, ErrType
		}
		return int(n), true, nil
	}
	return 0, false, ErrType
}

// Strings reads a valid JSON value as json.Unmarshal into a []string held
// in old does: an array of strings (a null element leaves an element of old
// as it was, or ""), null sets nil; anything else is a type error (old
// is then returned with what was decoded before the error, as
// encoding/json leaves it: callers drop it with the error).
func Strings(raw string, old []string) ([]string, error) {
	switch raw[0] {
	case 'n':
		return nil, nil
	case '[':
	default:
		return old, ErrType
	}
	var out []string
	if old != nil {
		out = old[:0]
	}
	var err error
	for k, e := range elements(raw, 0) {
		var v string
		if k < len(old) {
			v = old[k]
		}
		s, set, e2 := String(e)
		if set {
			v = s
		}
		if e2 != nil && err == nil {
			err = e2
		}
		out = append(out, v)
	}
	if out == nil {
		out = []string{}
	}
	return out, err
}

// Elements returns the raw elements of a valid JSON array.
func Elements(raw string) []string { return elements(raw, 0) }

func elements(s string, i int) []string {
	out := []string{}
	i = skipSpace(s, i+1)
	if s[i] == ']' {
		return out
	}
	for {
		end, _ := scanValue(s, i)
		out = append(out, s[i:end])
		i = skipSpace(s, end)
		if s[i] == ']' {
			return out
		}
		i = skipSpace(s, i+1)
	}
}

// ObjectMembers returns the members of a valid JSON object value (Raw of a
// member whose value starts with '{').
func ObjectMembers(raw string) []Member { return members(raw, 0) }

// FieldIs reports whether encoding/json decodes an object member named key
// into a struct field named name (its tag name, ASCII): the same name, or
// the same once both are folded (ASCII letters to upper case, other letters
// to the smallest letter of their case orbit: "ſ" is "S", "K" (Kelvin) is "K").
func FieldIs(key, name string) bool {
	if key == name {
		return true
	}
	k := 0
	for i := 0; i < len(name); i++ {
		if k >= len(key) {
			return false
		}
		c := key[k]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			k++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(key[k:])
			r = foldRune(r)
			k += n
		}
		if upperASCII(r) != upperASCII(rune(name[i])) {
			return false
		}
	}
	return k == len(key)
}

func upperASCII(r rune) rune {
	if 'a' <= r && r <= 'z' {
		return r - ('a' - 'A')
	}
	return r
}

// foldRune returns the smallest rune of r's case orbit (encoding/json's).
func foldRune(r rune) rune {
	for {
		r2 := unicode.SimpleFold(r)
		if r2 <= r {
			return r2
		}
		r = r2
	}
}

// ErrUnknownField is Struct's answer, when strict, to a member that matches
// no field (json.Decoder.DisallowUnknownFields).
var ErrUnknownField = errors.New("json: unknown field")

// Bool reads a valid JSON value as json.Unmarshal into a bool does: true or
// false is set, null leaves it as it was, anything else is a type error.
func Bool(raw string) (v, set bool, err error) {
	switch raw[0] {
	case 't':
		return true, true, nil
	case 'f':
		return false, true, nil
	case 'n':
		return false, false, nil
	}
	return false, false, ErrType
}

// Struct reads the valid JSON value raw as json.Unmarshal reads it into a
// struct whose fields' JSON names are names (ASCII): set gets each member
// whose key names a field (FieldIs; the first such name), in order, with the
// field's index and the member's raw value. null is no members; a value
// that is neither an object nor null is ErrType; a member that names no
// field is skipped, or, when strict, an error (DisallowUnknownFields). As
// encoding/json, every member is read and the first error returned.
func Struct(raw string, strict bool, names []string, set func(field int, raw string) error) error {
	switch raw[0] {
	case 'n':
		return nil
	case '{':
	default:
		return ErrType
	}
	var first error
	for _, m := range members(raw, 0) {
		f := -1
		for i, n := range names {
			if m.Key == n {
				f = i
				break
			}
		}
		for i, n := range names {
			if f < 0 && FieldIs(m.Key, n) {
				f = i
			}
		}
		var err error
		switch {
		case f >= 0:
			err = set(f, m.Raw)
		case strict:
			err = fmt.Errorf("%w %q", ErrUnknownField, m.Key)
		}
		if first == nil {
			first = err
		}
	}
	return first
}

// UnmarshalStruct is Struct on the document s, which must be valid JSON
// (json.Unmarshal's check comes first: a syntax error sets nothing).
func UnmarshalStruct(s string, strict bool, names []string, set func(field int, raw string) error) error {
	if err := check(s); err != nil {
		return err
	}
	return Struct(s[skipSpace(s, 0):], strict, names, set)
}

// FirstRaw returns the first value of s as json.Decoder reads it (First),
// as its raw bytes.
func FirstRaw(s string) (string, error) {
	i := skipSpace(s, 0)
	if i >= len(s) {
		return "", ErrEOF
	}
	end, err := scanValue(s, i)
	if err == errEnd {
		return "", ErrUnexpEOF
	}
	if err != nil {
		return "", err
	}
	return s[i:end], nil
}
