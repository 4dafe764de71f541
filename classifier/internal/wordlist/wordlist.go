// Package wordlist holds the classifier's small fixed word lists as data: a
// list literal of constant strings is laid out by the linker, where a map
// literal is built by code at start-up (under js/wasm about 140 bytes of
// code per entry up to 25 entries, compiled and run before the page is
// ready; issue #14). A lookup reads the list through; the lists hold at most
// a few dozen words, so it takes about as long as a map's hashing.
package wordlist

// Set is a list of words.
type Set []string

// Has reports whether w is in s.
func (s Set) Has(w string) bool {
	for _, x := range s {
		if x == w {
			return true
		}
	}
	return false
}

// Pair is a word and its value.
type Pair[V any] struct {
	K string
	V V
}

// Map is a list of words with a value each; a word is in it once.
type Map[V any] []Pair[V]

// Get is the value of w, or V's zero value when w is not in m.
func (m Map[V]) Get(w string) V {
	v, _ := m.Lookup(w)
	return v
}

// Lookup is the value of w and whether w is in m.
func (m Map[V]) Lookup(w string) (V, bool) {
	for _, p := range m {
		if p.K == w {
			return p.V, true
		}
	}
	var zero V
	return zero, false
}

// Repeated is the first word m holds twice, or "" when each is there once
// (what a map literal checked at compile time; for the lists' tests).
func (m Map[V]) Repeated() string {
	for i, p := range m {
		for _, q := range m[:i] {
			if q.K == p.K {
				return p.K
			}
		}
	}
	return ""
}

// Sorted is a list of words in byte order, each once: Has finds a word by
// binary search, for lists too long to read through. Like Set, a literal
// of it is laid out by the linker, where a map literal of as many words is
// built entry by entry at start-up (issue #14).
type Sorted []string

// Has reports whether w is in s.
func (s Sorted) Has(w string) bool {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m] < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(s) && s[lo] == w
}

// Unsorted is the first word that is out of order or repeated, or "" when
// s is sorted (for the lists' tests).
func (s Sorted) Unsorted() string {
	for i := 1; i < len(s); i++ {
		if s[i] <= s[i-1] {
			return s[i]
		}
	}
	return ""
}
