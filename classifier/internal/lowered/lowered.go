// Package lowered lower-cases texts the way strings.ToLower does and
// remembers the last few long ones: the rules, the verdict's readers and the
// flows each lower-case the same response body, and a body holding one
// non-ASCII letter costs a rune-by-rune pass every time.
package lowered

import (
	"strings"
	"sync/atomic"
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
		return strings.ToLower(s)
	}
	for i := range memo {
		if e := memo[i].Load(); e != nil && e.in == s {
			return e.out
		}
	}
	out := strings.ToLower(s)
	in := strings.Clone(s)
	if out == s {
		out = in // unchanged: ToLower handed s back
	}
	memo[next.Add(1)%slots].Store(&entry{in: in, out: out})
	return out
}
