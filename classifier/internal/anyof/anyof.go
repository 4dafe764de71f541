// Package anyof finds many strings in a text in one pass: the first offset
// of each, what strings.Index returns for it, without one search per string.
//
// Each text position's first four bytes are hashed into a bit set of the
// patterns' first four bytes; only a hit looks the patterns up and compares
// them. Patterns under four bytes are searched for with strings.Index. The
// cost is one pass over the text plus the hits, whatever the number of
// patterns: the vendor table's ~600 body markers, or a rule's marker list.
package anyof

import "strings"

// Set is a set of patterns, ready to search for. Its zero value holds none.
type Set struct {
	pats  []string
	keys  map[uint32][]int32 // patterns of four bytes or more, by their first four
	short []int32            // patterns under four bytes
	bloom [1 << 10]uint64    // the hashed first four bytes of the patterns in keys
}

// New returns a set of pats; a pattern's id is its index in pats. An empty
// pattern is found at offset 0, as strings.Index finds it.
func New(pats ...string) *Set {
	s := &Set{}
	for _, p := range pats {
		s.Add(p)
	}
	return s
}

// Sized returns an empty set with room for n patterns, for a caller that
// knows about how many it will add: the set's map is not grown (and
// rehashed) as they come.
func Sized(n int) *Set {
	return &Set{pats: make([]string, 0, n), keys: make(map[uint32][]int32, n)}
}

// Add adds a pattern and returns its id.
func (s *Set) Add(p string) int {
	id := int32(len(s.pats))
	s.pats = append(s.pats, p)
	if len(p) < 4 {
		s.short = append(s.short, id)
		return int(id)
	}
	if s.keys == nil {
		s.keys = map[uint32][]int32{}
	}
	k := key4(p, 0)
	s.keys[k] = append(s.keys[k], id)
	h := hash4(k)
	s.bloom[h>>6] |= 1 << (h & 63)
	return int(id)
}

// Len is the number of patterns.
func (s *Set) Len() int { return len(s.pats) }

// Pattern returns the pattern with id.
func (s *Set) Pattern(id int) string { return s.pats[id] }

func key4(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func hash4(k uint32) uint32 { return (k * 0x9E3779B1) >> 16 }

// Index returns, by id, the offset of the first occurrence of every pattern
// in text, or -1 for a pattern it does not hold.
func (s *Set) Index(text string) []int { return s.IndexInto(nil, text) }

// IndexInto is Index writing into dst when it has room (a caller searching
// many texts reuses one slice).
func (s *Set) IndexInto(dst []int, text string) []int {
	first := dst[:0]
	if cap(first) < len(s.pats) {
		first = make([]int, len(s.pats))
	}
	first = first[:len(s.pats)]
	for i := range first {
		first[i] = -1
	}
	for _, id := range s.short {
		first[id] = strings.Index(text, s.pats[id])
	}
	if len(s.keys) == 0 {
		return first
	}
	for i := 0; i+4 <= len(text); i++ {
		k := key4(text, i)
		h := hash4(k)
		if s.bloom[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, id := range s.keys[k] {
			if first[id] < 0 && strings.HasPrefix(text[i:], s.pats[id]) {
				first[id] = i
			}
		}
	}
	return first
}

// FirstListed returns the id of the lowest-numbered pattern text holds, or
// -1: the answer of trying strings.Contains on each pattern in order.
func (s *Set) FirstListed(text string) int {
	for id, off := range s.Index(text) {
		if off >= 0 {
			return id
		}
	}
	return -1
}
