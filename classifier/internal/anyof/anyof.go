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
	short []int32 // patterns under four bytes
	// The patterns of four bytes or more by bucket (the top bits of their
	// first four bytes' hash): bucket b's are order[start[b]:start[b+1]],
	// keys their first four bytes. Built by one counting sort: a map of
	// slices, appended to per pattern, was most of the work of building the
	// vendor table's index in a first analysis (issue #14).
	order []int32
	keys  []uint32
	start []int32
	bloom [1 << 10]uint64 // the hashed first four bytes of the patterns in order
}

// buckets is the number of buckets of a Set's patterns (hash4's top bits).
const buckets = 1 << 10

// New returns a set of pats; a pattern's id is its index in pats. An empty
// pattern is found at offset 0, as strings.Index finds it.
func New(pats ...string) *Set {
	s := &Set{pats: pats}
	n := 0
	for _, p := range pats {
		if len(p) >= 4 {
			n++
		}
	}
	if n == 0 {
		for id := range pats {
			s.short = append(s.short, int32(id))
		}
		return s
	}
	s.start = make([]int32, buckets+1)
	for _, p := range pats {
		if len(p) >= 4 {
			s.start[hash4(key4(p, 0))>>6+1]++
		}
	}
	for b := 1; b <= buckets; b++ {
		s.start[b] += s.start[b-1]
	}
	fill := make([]int32, buckets)
	copy(fill, s.start)
	s.order, s.keys = make([]int32, n), make([]uint32, n)
	for id, p := range pats {
		if len(p) < 4 {
			s.short = append(s.short, int32(id))
			continue
		}
		k := key4(p, 0)
		h := hash4(k)
		b := h >> 6
		s.order[fill[b]], s.keys[fill[b]] = int32(id), k
		fill[b]++
		s.bloom[h>>6] |= 1 << (h & 63)
	}
	return s
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
	if len(s.order) == 0 {
		return first
	}
	if len(text) < 4 {
		return first
	}
	// k is key4(text, i), rolled one byte on per place: one byte load per
	// place instead of four (under js/wasm the compiler does not merge
	// them into one load as it does on amd64).
	k := uint32(text[0])<<8 | uint32(text[1])<<16 | uint32(text[2])<<24
	for j := 3; j < len(text); j++ {
		k = k>>8 | uint32(text[j])<<24
		i := j - 3
		h := hash4(k)
		if s.bloom[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		b := h >> 6
		for j := s.start[b]; j < s.start[b+1]; j++ {
			if s.keys[j] != k {
				continue
			}
			if id := s.order[j]; first[id] < 0 && strings.HasPrefix(text[i:], s.pats[id]) {
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
