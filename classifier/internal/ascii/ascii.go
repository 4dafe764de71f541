// Package ascii holds the byte classes the classifier's packages share when
// they look for a word inside a longer text.
package ascii

import "strings"

// IsIdent reports whether c can be part of an identifier or a hyphenated
// name: an ASCII letter or digit, '-' or '_'.
func IsIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// ContainsWord reports whether w occurs in s with no identifier byte
// (IsIdent) against either side: "csrf" in "CSRF token missing" (lower-cased),
// not in "xsrfcookiename" or "x-csrf-token".
func ContainsWord(s, w string) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		if (i == 0 || !IsIdent(s[i-1])) && (j == len(s) || !IsIdent(s[j])) {
			return true
		}
		off = i + 1
	}
	return false
}

// AllDigits reports whether s is one or more ASCII digits: a status, a
// port, a count or a line number written alone.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ContainsWordStart reports whether w occurs in s with no letter (IsLetter)
// just before it, so that it begins a word: "token" in "the token" or
// "api_token", not in "cancellationtoken".
func ContainsWordStart(s, w string) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 || !IsLetter(s[i-1]) {
			return true
		}
		off = i + 1
	}
	return false
}

// Lower returns s with its ASCII capitals in lower case, byte for byte, so
// that offsets found in the result index s too; other bytes are left as
// they are. It copies only when s holds a capital.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// HasPrefixFold reports whether s starts with p, a lower-case ASCII text,
// ASCII letters without case: strings.HasPrefix(strings.ToLower(s), p)
// without lowering the whole of s (a body, rune by rune when it holds one
// letter outside ASCII), for a p without "k" or "i" (the Kelvin sign and
// the dotted capital I lower-case to those).
func HasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
