// Package fields parses the header fields authtriage reasons about:
// challenges (WWW-Authenticate, Proxy-Authenticate), Cache-Control, Set-Cookie.
package fields

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// ParseChallenges reads every challenge in the given fields (RFC 9110 §11.6.1:
// a comma-separated list of "scheme [token68 | auth-param, ...]").
//
//	Basic realm="x", charset="UTF-8", Bearer error="invalid_token"
//
// gives two challenges: Basic{realm, charset} and Bearer{error}. A value with no
// scheme (`error="invalid_token"`) gives a challenge with an empty Scheme.
func ParseChallenges(fs []parse.Field) []rule.Challenge {
	var out []rule.Challenge
	for _, f := range fs {
		out = append(out, parseChallengeList(f)...)
	}
	return out
}

type scanner struct {
	s string
	i int
}

func (sc *scanner) skipSpace() {
	for sc.i < len(sc.s) && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t') {
		sc.i++
	}
}

func isTokenChar(c byte) bool {
	if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func isToken68Char(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("-._~+/", c) >= 0
}

func (sc *scanner) token() string {
	start := sc.i
	for sc.i < len(sc.s) && isTokenChar(sc.s[sc.i]) {
		sc.i++
	}
	return sc.s[start:sc.i]
}

// quoted reads a quoted-string starting at a '"', unescaping quoted-pairs.
func (sc *scanner) quoted() (string, bool) {
	sc.i++ // opening quote
	// Most quoted strings hold no escape: their value is a slice of the
	// field, not a copy (a 64 MiB realm must not cost its size again).
	start := sc.i
	for sc.i < len(sc.s) && sc.s[sc.i] != '"' && sc.s[sc.i] != '\\' {
		sc.i++
	}
	if sc.i >= len(sc.s) {
		return sc.s[start:], false
	}
	if sc.s[sc.i] == '"' {
		sc.i++
		return sc.s[start : sc.i-1], true
	}
	var b strings.Builder
	b.WriteString(sc.s[start:sc.i])
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		switch c {
		case '\\':
			if sc.i+1 < len(sc.s) {
				b.WriteByte(sc.s[sc.i+1])
				sc.i += 2
				continue
			}
		case '"':
			sc.i++
			return b.String(), true
		}
		b.WriteByte(c)
		sc.i++
	}
	return b.String(), false
}

// lookParam reports whether a "name =" auth-param starts at the current position.
func (sc *scanner) lookParam() bool {
	j := sc.i
	for j < len(sc.s) && isTokenChar(sc.s[j]) {
		j++
	}
	if j == sc.i {
		return false
	}
	for j < len(sc.s) && (sc.s[j] == ' ' || sc.s[j] == '\t') {
		j++
	}
	if j >= len(sc.s) || sc.s[j] != '=' {
		return false
	}
	// "abc==" is token68 padding, not a parameter.
	return j+1 >= len(sc.s) || sc.s[j+1] != '='
}

// lookPaddedToken68 reports whether the text at the current position is a
// token68 ending in one "=" of padding ("TlRMTVNTUAACAAAA="), which lookParam
// would take for a parameter with an empty value. Parameter names are short
// and never hold '/' or '+'; base64 blobs are long or do.
func (sc *scanner) lookPaddedToken68() bool {
	j := sc.i
	for j < len(sc.s) && isToken68Char(sc.s[j]) {
		j++
	}
	if j >= len(sc.s) || sc.s[j] != '=' {
		return false
	}
	k := j + 1
	for k < len(sc.s) && (sc.s[k] == ' ' || sc.s[k] == '\t') {
		k++
	}
	if k < len(sc.s) && sc.s[k] != ',' {
		return false
	}
	tok := sc.s[sc.i:j]
	return len(tok) >= 12 || strings.ContainsAny(tok, "/+")
}

// lookChallenge reports whether a new challenge starts at the current
// position: a scheme followed by a parameter or a token68, or a scheme name
// known on its own ("Negotiate").
func (sc *scanner) lookChallenge() bool {
	j := sc.i
	for j < len(sc.s) && isTokenChar(sc.s[j]) {
		j++
	}
	if j == sc.i {
		return false
	}
	if KnownScheme(sc.s[sc.i:j]) {
		return true
	}
	k := j
	for k < len(sc.s) && (sc.s[k] == ' ' || sc.s[k] == '\t') {
		k++
	}
	if k == j || k >= len(sc.s) {
		return false
	}
	rest := &scanner{s: sc.s, i: k}
	return rest.lookParam()
}

// maxProblems bounds the problems kept per challenge.
const maxProblems = 8

func parseChallengeList(f parse.Field) []rule.Challenge {
	sc := &scanner{s: f.Value}
	// col turns an offset in the value into a 1-based column of the field
	// as quoted in evidence, "Name: value".
	col := func(i int) int { return len(f.Name) + 2 + i + 1 }
	var out []rule.Challenge
	var cur *rule.Challenge
	seen := map[string]bool{} // parameter names of cur, for the repeat check
	problem := func(msg string) {
		switch {
		case len(cur.Problems) < maxProblems:
			cur.Problems = append(cur.Problems, msg)
		case len(cur.Problems) == maxProblems:
			cur.Problems = append(cur.Problems, "more problems not listed")
		}
	}
	for {
		sc.skipSpace()
		for sc.i < len(sc.s) && sc.s[sc.i] == ',' {
			sc.i++
			sc.skipSpace()
		}
		if sc.i >= len(sc.s) {
			break
		}
		if sc.lookParam() {
			if cur == nil {
				out = append(out, rule.Challenge{Field: f})
				cur = &out[len(out)-1]
				clear(seen)
			}
			name := strings.ToLower(sc.token())
			sc.skipSpace()
			sc.i++ // '='
			sc.skipSpace()
			valStart := sc.i
			p := rule.Param{Name: name}
			if sc.i < len(sc.s) && sc.s[sc.i] == '"' {
				v, ok := sc.quoted()
				p.Value, p.Quoted = v, true
				if !ok {
					problem("unterminated quoted string in " + name + " (opened at column " + itoa(col(valStart)) + ")")
				}
			} else {
				// An unquoted value is a token: it ends at a comma or white space.
				start := sc.i
				for sc.i < len(sc.s) && sc.s[sc.i] != ',' && sc.s[sc.i] != ' ' && sc.s[sc.i] != '\t' {
					sc.i++
				}
				// Text after a space that starts neither a parameter nor a
				// challenge belongs to this value: "realm=my realm".
				if j := sc.i; j < len(sc.s) && sc.s[j] != ',' {
					sc.skipSpace()
					if sc.i < len(sc.s) && sc.s[sc.i] != ',' && !sc.lookParam() && !sc.lookChallenge() {
						for sc.i < len(sc.s) && sc.s[sc.i] != ',' {
							sc.i++
						}
						for sc.i > j && (sc.s[sc.i-1] == ' ' || sc.s[sc.i-1] == '\t') {
							sc.i--
						}
					} else {
						sc.i = j
					}
				}
				p.Value = sc.s[start:sc.i]
				switch {
				case p.Value == "":
					problem("parameter " + name + " has an empty unquoted value (column " + itoa(col(start)) + ")")
				case !isToken(p.Value):
					problem("value of " + name + " " + quoteShort(p.Value) + " is neither a token nor a quoted string (column " + itoa(col(start)) + ")")
				case name == "realm":
					// RFC 9110 §11.5: senders MUST use the quoted-string form for realm.
					problem("realm value " + quoteShort(p.Value) + " is not quoted")
				}
			}
			if msg := sc.afterParam(name, col); msg != "" {
				problem(msg)
			}
			if seen[name] {
				problem("parameter " + name + " repeated")
			}
			seen[name] = true
			cur.Params = append(cur.Params, p)
			continue
		}
		scheme := sc.token()
		if scheme == "" {
			// Not a token: skip to the next comma so one bad byte does not end the parse.
			bad := sc.i
			for sc.i < len(sc.s) && sc.s[sc.i] != ',' {
				sc.i++
			}
			if cur != nil {
				problem("unexpected text " + quoteShort(sc.s[bad:sc.i]))
			}
			if sc.i == bad {
				sc.i++
			}
			continue
		}
		out = append(out, rule.Challenge{Scheme: scheme, Field: f})
		cur = &out[len(out)-1]
		clear(seen)
		sc.skipSpace()
		// token68: "NTLM TlRMTVNTUAAC...", "Negotiate YII..."
		if sc.i < len(sc.s) && (!sc.lookParam() || sc.lookPaddedToken68()) && isToken68Char(sc.s[sc.i]) {
			start := sc.i
			for sc.i < len(sc.s) && (isToken68Char(sc.s[sc.i])) {
				sc.i++
			}
			for sc.i < len(sc.s) && sc.s[sc.i] == '=' {
				sc.i++
			}
			cur.Token68 = sc.s[start:sc.i]
		}
	}
	return out
}

// afterParam checks what follows a parameter's value: the end, or a comma
// before the next parameter or challenge. Otherwise it names the actual
// error and its column, and leaves the scanner where parsing can go on.
func (sc *scanner) afterParam(name string, col func(int) int) string {
	gap := sc.i
	sc.skipSpace()
	if sc.i >= len(sc.s) || sc.s[sc.i] == ',' {
		return ""
	}
	at := " (column " + itoa(col(gap)) + ")"
	if sc.lookParam() {
		j := sc.i
		for j < len(sc.s) && isTokenChar(sc.s[j]) {
			j++
		}
		return "missing comma between parameters " + name + " and " + strings.ToLower(sc.s[sc.i:j]) + at
	}
	if sc.lookChallenge() {
		j := sc.i
		for j < len(sc.s) && isTokenChar(sc.s[j]) {
			j++
		}
		return "missing comma between parameter " + name + " and the next challenge " + sc.s[sc.i:j] + at
	}
	// Anything else: skip to the next comma.
	bad := sc.i
	for sc.i < len(sc.s) && sc.s[sc.i] != ',' {
		sc.i++
	}
	return "unexpected text " + quoteShort(sc.s[bad:sc.i]) + " after parameter " + name + at
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isTokenChar(s[i]) {
			return false
		}
	}
	return s != ""
}

func quoteShort(s string) string {
	if len(s) > 30 {
		s = s[:27] + "..."
	}
	return `"` + s + `"`
}

// Find returns the first challenge with the given scheme (case-insensitive).
func Find(chs []rule.Challenge, scheme string) (rule.Challenge, bool) {
	for _, c := range chs {
		if strings.EqualFold(c.Scheme, scheme) {
			return c, true
		}
	}
	return rule.Challenge{}, false
}

// Schemes lists the distinct schemes of chs in order, as first written; a
// scheme-less challenge is left out.
func Schemes(chs []rule.Challenge) []string {
	var out []string
	for _, c := range chs {
		if c.Scheme == "" {
			continue
		}
		dup := false
		for _, s := range out {
			if strings.EqualFold(s, c.Scheme) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c.Scheme)
		}
	}
	return out
}
