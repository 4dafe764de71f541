package signature

import (
	"strings"
	"sync"
)

// The table holds some 600 case-sensitive body markers; searching the body
// for each with strings.Index was a fifth of a bulk analysis. A bodyIndex
// finds them all in one pass over the body instead: every position's first
// four bytes are hashed into a bit set of the markers' first four bytes, and
// only a hit looks the markers up and compares them. The offset it records
// for a marker is its first occurrence, what strings.Index returns.

// tableIndex is the body index of one table and, per signature, the ids of
// its markers (-1 for a marker the index does not hold).
type tableIndex struct {
	body bodyIndex
	sigs []sigIDs
}

type sigIDs struct{ all, any, not []int32 }

type bodyIndex struct {
	pats  []string
	keys  map[uint32][]int32 // markers of four bytes or more, by their first four
	short []int32            // markers under four bytes
	bloom [1 << 10]uint64    // the hashed first four bytes of the markers in keys
}

var tableIndexes sync.Map // *Signature (the table's first) → *tableIndex

// indexOf returns the index of table, built on first use.
func indexOf(table []Signature) *tableIndex {
	if len(table) == 0 {
		return &tableIndex{}
	}
	if ix, ok := tableIndexes.Load(&table[0]); ok && len(ix.(*tableIndex).sigs) == len(table) {
		return ix.(*tableIndex)
	}
	ix := newTableIndex(table)
	tableIndexes.Store(&table[0], ix)
	return ix
}

func newTableIndex(table []Signature) *tableIndex {
	ix := &tableIndex{body: bodyIndex{keys: map[uint32][]int32{}}, sigs: make([]sigIDs, len(table))}
	ids := map[string]int32{}
	idsOf := func(ms []Marker) []int32 {
		if len(ms) == 0 {
			return nil
		}
		out := make([]int32, len(ms))
		for i, m := range ms {
			out[i] = -1
			if m.Body == "" || m.Fold {
				continue
			}
			id, ok := ids[m.Body]
			if !ok {
				id = int32(len(ix.body.pats))
				ids[m.Body] = id
				ix.body.add(m.Body, id)
			}
			out[i] = id
		}
		return out
	}
	for i := range table {
		s := &table[i]
		ix.sigs[i] = sigIDs{all: idsOf(s.All), any: idsOf(s.Any), not: idsOf(s.Not)}
	}
	return ix
}

func key4(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func hash4(k uint32) uint32 { return (k * 0x9E3779B1) >> 16 }

func (bi *bodyIndex) add(p string, id int32) {
	bi.pats = append(bi.pats, p)
	if len(p) < 4 {
		bi.short = append(bi.short, id)
		return
	}
	k := key4(p, 0)
	bi.keys[k] = append(bi.keys[k], id)
	h := hash4(k)
	bi.bloom[h>>6] |= 1 << (h & 63)
}

// scan returns the offset of the first occurrence of every marker in body
// (-1 for those absent), indexed by id.
func (bi *bodyIndex) scan(body string) []int32 {
	first := make([]int32, len(bi.pats))
	for i := range first {
		first[i] = -1
	}
	for _, id := range bi.short {
		first[id] = int32(strings.Index(body, bi.pats[id]))
	}
	for i := 0; i+4 <= len(body); i++ {
		k := key4(body, i)
		h := hash4(k)
		if bi.bloom[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, id := range bi.keys[k] {
			if first[id] < 0 && strings.HasPrefix(body[i:], bi.pats[id]) {
				first[id] = int32(i)
			}
		}
	}
	return first
}
