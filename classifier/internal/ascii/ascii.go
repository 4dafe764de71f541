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
