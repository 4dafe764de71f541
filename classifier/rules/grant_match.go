package rules

import (
	"strings"
	"unicode/utf8"
)

// Hand-written matchers for a few of the policy-leak expressions (AT7031)
// and the OAuth error member: every refusal that says "scope" or
// "required" reaches them, a typical paste's first analysis among them,
// and each compiled expression was most of that analysis (in the page,
// regexp's compiler run cold in WebAssembly). A guard is a test every
// match starting at the beginning of its text passes; an anchored matcher
// is the expression's own match there, submatches included, as regexp
// gives them for ^(?:expr). TestGrantMatchersLikeRegexp holds each to its
// expression. They see no Kelvin sign or long s (the prefilter hands such
// texts to regexp), so folding case is ASCII's.

// spaceByte is \s: tab, newline, form feed, carriage return, space.
func spaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// spacesAt is the end of the run of \s from i.
func spacesAt(s string, i int) int {
	for i < len(s) && spaceByte(s[i]) {
		i++
	}
	return i
}

// letterByte is an ASCII letter.
func letterByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// lettersAt is the end of the run of ASCII letters from i.
func lettersAt(s string, i int) int {
	for i < len(s) && letterByte(s[i]) {
		i++
	}
	return i
}

// foldIs reports whether w is lit (lower case), ASCII letters without case.
func foldIs(w, lit string) bool {
	if len(w) != len(lit) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lit[i] {
			return false
		}
	}
	return true
}

// foldAny reports whether w is one of lits, without case.
func foldAny(w string, lits ...string) bool {
	for _, l := range lits {
		if foldIs(w, l) {
			return true
		}
	}
	return false
}

// quoteOpens reports whether s[i:] starts with one of ' " ` ‘ “.
func quoteOpens(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case '\'', '"', '`':
		return true
	case 0xE2:
		return len(s)-i >= 3 && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x9C)
	}
	return false
}

// closeQuote reports whether r is one of ' " ` ’ ”.
func closeQuote(r rune) bool {
	return r == '\'' || r == '"' || r == '`' || r == '’' || r == '”'
}

// grantNounAt is the end of grantNouns at i (a noun, "(s)" after it if
// there), trying the plural first; ends lists the ends to try in regexp's
// order (the noun with its "s", then without), none when no noun is there.
func grantNounAt(s string, i int) (ends [2]int, n int) {
	for _, stem := range [...]string{"role", "scope", "permission", "privilege", "right", "group", "authorit"} {
		if len(s)-i < len(stem) || !foldIs(s[i:i+len(stem)], stem) {
			continue
		}
		j := i + len(stem)
		if stem == "authorit" {
			switch {
			case j < len(s) && s[j]|0x20 == 'y':
				ends[0], n = j+1, 1
			case len(s)-j >= 3 && foldIs(s[j:j+3], "ies"):
				ends[0], n = j+3, 1
			}
		} else {
			if j < len(s) && s[j]|0x20 == 's' {
				ends[n] = j + 1
				n++
			}
			ends[n] = j
			n++
		}
		for k := 0; k < n; k++ {
			if e := ends[k]; len(s)-e >= 3 && s[e:e+3] == "(s)" {
				ends[k] = e + 3
			}
		}
		return ends, n
	}
	return ends, 0
}

// grantNameAt matches grantName at i: a quoted name (group 1), a
// bracketed one (group 2) or a permission-shaped word (group 3), tried in
// that order. m receives the groups' offsets (m[0:6]); it returns the
// match's end, or -1.
func grantNameAt(s string, i int, m []int) int {
	for k := range m[:6] {
		m[k] = -1
	}
	if i >= len(s) {
		return -1
	}
	// ['"`‘“]([^'"`’”\r\n]{2,120})['"`’”]
	if quoteOpens(s, i) {
		_, w := utf8.DecodeRuneInString(s[i:])
		st := i + w
		j, n := st, 0
		for j < len(s) && n <= 120 {
			r, w := utf8.DecodeRuneInString(s[j:])
			if closeQuote(r) || r == '\r' || r == '\n' {
				break
			}
			j += w
			n++
		}
		if n >= 2 && n <= 120 && j < len(s) {
			if r, w := utf8.DecodeRuneInString(s[j:]); closeQuote(r) {
				m[0], m[1] = st, j
				return j + w
			}
		}
	}
	// \[\s*['"]?([^\]\r\n]{2,200}?)['"]?\s*\]
	if s[i] == '[' {
		ws := spacesAt(s, i+1)
		for sp := ws; sp >= i+1; sp-- {
			starts := []int{sp}
			if sp == ws && sp < len(s) && (s[sp] == '\'' || s[sp] == '"') {
				starts = []int{sp + 1, sp}
			}
			for _, st := range starts {
				j, n := st, 0
				for j < len(s) && n < 200 {
					r, w := utf8.DecodeRuneInString(s[j:])
					if r == ']' || r == '\r' || r == '\n' {
						break
					}
					j += w
					n++
					if n >= 2 {
						if e := bracketTail(s, j); e >= 0 {
							m[2], m[3] = st, j
							return e
						}
					}
				}
			}
		}
	}
	// [A-Za-z][\w-]*(?:[:/.][\w*-]+)+
	if letterByte(s[i]) {
		j := i + 1
		for j < len(s) && (isWordByte(s[j]) || s[j] == '-') {
			j++
		}
		parts := 0
		for j+1 < len(s) && (s[j] == ':' || s[j] == '/' || s[j] == '.') && nameByte(s[j+1]) {
			j += 2
			for j < len(s) && nameByte(s[j]) {
				j++
			}
			parts++
		}
		if parts > 0 {
			m[4], m[5] = i, j
			return j
		}
	}
	return -1
}

// nameByte is [\w*-].
func nameByte(c byte) bool {
	return isWordByte(c) || c == '*' || c == '-'
}

// bracketTail matches ['"]?\s*\] at j: the end, or -1.
func bracketTail(s string, j int) int {
	if j < len(s) && (s[j] == '\'' || s[j] == '"') {
		j++
	}
	j = spacesAt(s, j)
	if j < len(s) && s[j] == ']' {
		return j + 1
	}
	return -1
}

// needNamedAt is needNamedRe anchored: "missing the scope 'x'", "requires
// one of the following roles: [a, b]", "needs permission repo:write".
func needNamedAt(s string) []int {
	w := lettersAt(s, 0)
	if !foldAny(s[:w], "missing", "require", "requires", "required", "lack", "lacks", "lacking", "need", "needs", "needed", "without", "having") {
		return nil
	}
	i := spacesAt(s, w)
	if i == w {
		return nil
	}
	// (?:the\s+|a\s+|an\s+)? and (?:(?:one|any|all)\s+of\s+(?:the\s+)?(?:following\s+)?)?:
	// each is a whole word before spaces, and no noun, so present is taken.
	word := func(i int, lits ...string) int {
		e := lettersAt(s, i)
		if e > i && foldAny(s[i:e], lits...) {
			if j := spacesAt(s, e); j > e {
				return j
			}
		}
		return -1
	}
	if j := word(i, "the", "a", "an"); j >= 0 {
		i = j
	}
	if j := word(i, "one", "any", "all"); j >= 0 {
		j = word(j, "of")
		if j < 0 {
			return nil
		}
		i = j
		if j := word(i, "the"); j >= 0 {
			i = j
		}
		if j := word(i, "following"); j >= 0 {
			i = j
		}
	}
	ends, n := grantNounAt(s, i)
	m := make([]int, 8)
	for k := 0; k < n; k++ {
		j := spacesAt(s, ends[k])
		if j < len(s) && s[j] == ':' {
			j = spacesAt(s, j+1)
		}
		if e := grantNameAt(s, j, m[2:]); e >= 0 {
			m[0], m[1] = 0, e
			return m
		}
	}
	return nil
}

// oauthCodeAt is oauthCodeRe anchored: "error": "invalid_grant".
func oauthCodeAt(s string) []int {
	q := func(i int) bool { return i < len(s) && (s[i] == '"' || s[i] == '\'') }
	if !q(0) || len(s) < 7 || s[1:6] != "error" || !q(6) {
		return nil
	}
	i := spacesAt(s, 7)
	if i >= len(s) || s[i] != ':' {
		return nil
	}
	i = spacesAt(s, i+1)
	if !q(i) {
		return nil
	}
	st := i + 1
	j := st
	for j < len(s) && j-st <= 30 && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '_') {
		j++
	}
	if n := j - st; n < 5 || n > 30 || !q(j) {
		return nil
	}
	return []int{0, j + 1, st, j}
}

// genericRoleMay guards genericRoleRe: a word, one space, "the " perhaps,
// a word, one space, a quote ("requires role 'admin'").
func genericRoleMay(s string) bool {
	w := lettersAt(s, 0)
	if w == 0 || w >= len(s) || s[w] != ' ' {
		return false
	}
	i := w + 1
	e := lettersAt(s, i)
	if foldIs(s[i:e], "the") && e < len(s) && s[e] == ' ' {
		i = e + 1
		e = lettersAt(s, i)
	}
	return e > i && e+1 < len(s) && s[e] == ' ' && (s[e+1] == '\'' || s[e+1] == '"')
}

// needOneOfMay guards needOneOfRe: "requires one of" and a quote or a
// bracket.
func needOneOfMay(s string) bool {
	w := lettersAt(s, 0)
	i := spacesAt(s, w)
	e := lettersAt(s, i)
	if i == w || !foldAny(s[i:e], "one", "any", "all") {
		return false
	}
	i = spacesAt(s, e)
	if i == e || len(s)-i < 2 || !foldIs(s[i:i+2], "of") {
		return false
	}
	j := spacesAt(s, i+2)
	return j > i+2 && (quoteOpens(s, j) || j < len(s) && s[j] == '[')
}

// nounNamedMay guards nounNamedRe: a noun, spaces, a word, a colon
// ("permissions required: …").
func nounNamedMay(s string) bool {
	ends, n := grantNounAt(s, 0)
	for k := 0; k < n; k++ {
		i := spacesAt(s, ends[k])
		e := lettersAt(s, i)
		if i > ends[k] && foldAny(s[i:e], "needed", "required", "missing") {
			if j := spacesAt(s, e); j < len(s) && s[j] == ':' {
				return true
			}
		}
	}
	return false
}

// quotedVerbMay guards quotedVerbRe: a noun or "policy", spaces, a quote
// ("role 'auditor' is required").
func quotedVerbMay(s string) bool {
	var ends [2]int
	n := 0
	if e := lettersAt(s, 0); foldAny(s[:e], "policy", "policies") {
		ends[0], n = e, 1
	} else {
		ends, n = grantNounAt(s, 0)
	}
	for k := 0; k < n; k++ {
		if i := spacesAt(s, ends[k]); i > ends[k] && quoteOpens(s, i) {
			return true
		}
	}
	return false
}

// grantKeyMay guards grantKeyRe: a quoted key that names a grant, a
// colon, and a quote or a bracket ("required_scopes": [ …).
func grantKeyMay(s string) bool {
	if len(s) < 2 || s[0] != '"' && s[0] != '\'' {
		return false
	}
	i := 1
	for i < len(s) && (letterByte(s[i]) || s[i] == '_') {
		i++
	}
	if i >= len(s) || s[i] != '"' && s[i] != '\'' || !grantKey(s[1:i]) {
		return false
	}
	i = spacesAt(s, i+1)
	if i >= len(s) || s[i] != ':' {
		return false
	}
	i = spacesAt(s, i+1)
	return i < len(s) && (s[i] == '"' || s[i] == '\'' || s[i] == '[')
}

// grantKey reports whether k is one of grantKeyRe's keys: "permissions",
// "needed", "missing_scopes", "requiredRoles", ….
func grantKey(k string) bool {
	if foldAny(k, "permission", "permissions", "privilege", "privileges", "needed", "required") {
		return true
	}
	for _, p := range [...]string{"required", "missing", "needed", "lacking"} {
		if len(k) > len(p) && foldIs(k[:len(p)], p) {
			n := k[len(p):]
			if n[0] == '_' {
				n = n[1:]
			}
			return foldAny(n, "permission", "permissions", "scope", "scopes", "role", "roles", "privilege", "privileges")
		}
	}
	return false
}

// theNamedMay guards theNamedRe: "the", a grant's name, spaces, a noun
// ("the 'billing.admin' role"). A name's end is the same whichever way
// regexp reads it, so grantNameAt's is the one to test.
func theNamedMay(s string) bool {
	e := lettersAt(s, 0)
	i := spacesAt(s, e)
	if !foldIs(s[:e], "the") || i == e {
		return false
	}
	var m [6]int
	j := grantNameAt(s, i, m[:])
	if j < 0 {
		return false
	}
	k := spacesAt(s, j)
	_, n := grantNounAt(s, k)
	return k > j && n > 0
}

// colonNamedMay guards colonNamedRe: "missing", "required", "needed" or
// "lacking", spaces, a noun, a colon ("Missing required role: admin").
func colonNamedMay(s string) bool {
	e := lettersAt(s, 0)
	i := spacesAt(s, e)
	if i == e || !foldAny(s[:e], "missing", "required", "needed", "lacking") {
		return false
	}
	ends, n := grantNounAt(s, i)
	for k := 0; k < n; k++ {
		if j := spacesAt(s, ends[k]); j < len(s) && s[j] == ':' {
			return true
		}
	}
	return false
}

// capNamedMay guards capNamedRe: "the", spaces, a capitalised word,
// spaces, "role" or "group" ("the Maintainer role").
func capNamedMay(s string) bool {
	if len(s) < 4 || s[:3] != "the" {
		return false
	}
	i := spacesAt(s, 3)
	if i == 3 || i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return false
	}
	j := i + 1
	for j < len(s) && (isWordByte(s[j]) || s[j] == '-') {
		j++
	}
	k := spacesAt(s, j)
	return k > j && (strings.HasPrefix(s[k:], "role") || strings.HasPrefix(s[k:], "group"))
}
