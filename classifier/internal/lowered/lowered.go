// Package lowered lower-cases texts the way strings.ToLower does and
// remembers the last few long ones: the rules, the verdict's readers and the
// flows each lower-case the same response body, and a body holding one
// non-ASCII letter costs a rune-by-rune pass every time.
package lowered

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// A text shorter than minKept is lowered on the spot (remembering costs more
// than it saves); one longer than maxKept is not kept, so that the memo holds
// at most slots × 2 × maxKept bytes.
const (
	minKept = 128
	maxKept = 256 << 10
	slots   = 4
)

type entry struct{ in, out string }

var (
	memo [slots]atomic.Pointer[entry]
	next atomic.Uint32
)

// Text is strings.ToLower(s). The texts it keeps are copies, so a body kept
// does not hold the whole paste it was cut from alive.
func Text(s string) string {
	if len(s) < minKept || len(s) > maxKept {
		return toLower(s)
	}
	for i := range memo {
		if e := memo[i].Load(); e != nil && e.in == s {
			return e.out
		}
	}
	out := toLower(s)
	in := strings.Clone(s)
	if out == s {
		out = in // unchanged: ToLower handed s back
	}
	memo[next.Add(1)%slots].Store(&entry{in: in, out: out})
	return out
}

// toLower is strings.ToLower(s), byte for byte: an invalid byte becomes
// U+FFFD as strings.Map writes it, and s itself is returned when nothing
// changes. strings.ToLower takes a text holding one letter outside ASCII
// (a "·", an "é" in a body) rune by rune through unicode.ToLower, about
// four times the work of lowering its ASCII bytes in place as here.
func toLower(s string) string {
	i := 0 // the part lowering leaves as it is
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.ToLower(r) != r {
			break
		}
		i += w
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(unicode.ToLower(r))
		i += w
	}
	return b.String()
}
