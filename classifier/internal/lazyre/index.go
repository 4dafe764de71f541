package lazyre

import (
	"strings"
	"sync/atomic"
)

// A textIndex lists the places of a text by the first two bytes there
// (idxBucket of the pair), so that a prefilter visits only the places
// whose pair may begin one of its literals, not every byte of the text: a
// response body is searched by a score of expressions (the policy-leak
// rule's fourteen, among others), and one pass per expression over the
// body was an eighth of a typical paste's analysis (issue #14). The index
// costs about one such pass, made once per text.
type textIndex struct {
	text string // a copy, so that an index kept does not hold its paste alive
	// ks: the text holds U+017F or U+212A, which a folded s or k also
	// matches and the literal search does not look for (usable).
	ks bool
	// Bucket b's places are at[start[b]:start[b+1]], in increasing order.
	start [idxBuckets + 1]uint16
	at    []uint16
}

// A text is indexed when it is at least minIndexed bytes long (a shorter
// one is scanned, which costs less than indexing it) and less than
// maxIndexed (the places are uint16).
const (
	idxBuckets = 1 << 10
	minIndexed = 512
	maxIndexed = 1 << 16
	idxSlots   = 4
)

// idxBucket is the bucket of the places whose bytes are a then b: pairHash
// without its lowest two bits, so that the pairs a prefilter tries (a bit
// of its pairSet each) fall in its buckets.
func idxBucket(a, b byte) uint { return pairHash(a, b) >> 2 }

var (
	idxMemo [idxSlots]atomic.Pointer[textIndex]
	idxNext atomic.Uint32
)

// indexOf returns the index of s, made now or remembered from an earlier
// search of the same text (the last idxSlots indexed are kept), or nil when
// s is not one to index.
func indexOf(s string) *textIndex {
	if len(s) < minIndexed || len(s) >= maxIndexed {
		return nil
	}
	for i := range idxMemo {
		if x := idxMemo[i].Load(); x != nil && x.text == s {
			return x
		}
	}
	x := newTextIndex(s)
	idxMemo[idxNext.Add(1)%idxSlots].Store(x)
	return x
}

func newTextIndex(s string) *textIndex {
	x := &textIndex{text: strings.Clone(s), at: make([]uint16, len(s)-1)}
	x.ks = strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
	// idxBucket written out, each byte folded once: the two passes are
	// most of what indexing costs.
	a := uint(foldASCII[s[0]])
	for i := 1; i < len(s); i++ {
		b := uint(foldASCII[s[i]])
		x.start[(a<<6^b)&4095>>2+1]++
		a = b
	}
	for b := 1; b <= idxBuckets; b++ {
		x.start[b] += x.start[b-1]
	}
	fill := x.start
	a = uint(foldASCII[s[0]])
	for i := 1; i < len(s); i++ {
		b := uint(foldASCII[s[i]])
		k := (a<<6 ^ b) & 4095 >> 2
		x.at[fill[k]] = uint16(i - 1)
		fill[k]++
		a = b
	}
	return x
}

// foldASCII maps A–Z to a–z and every other byte to itself.
var foldASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 32
		}
	}
	return t
}()

// nextIn is next for a text with an index: the same answer, the places
// visited bucket by bucket. A place passed over for a lower one found in
// another bucket is looked at again by the next call, at most one a bucket,
// so a search of the whole text stays linear in its places.
func (p *prefilter) nextIn(x *textIndex, s string, from int) int {
	best := len(s)
	for _, b := range p.buckets[:p.nb] {
		at := x.at[x.start[b]:x.start[b+1]]
		lo, hi := 0, len(at)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if int(at[m]) < from {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for _, i := range at[lo:] {
			if int(i) >= best {
				break
			}
			if p.may(s, int(i)) && p.litAt(s, int(i)) {
				best = int(i)
				break
			}
		}
	}
	if best == len(s) {
		return -1
	}
	return best
}
