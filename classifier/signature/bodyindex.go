package signature

import (
	"sync"

	"github.com/authtriage/authtriage/classifier/internal/anyof"
)

// The table holds some 600 case-sensitive body markers; searching the body
// for each with strings.Index was a fifth of a bulk analysis. The table's
// index finds them all in one pass over the body instead (package anyof);
// the offset it records for a marker is its first occurrence, what
// strings.Index returns.

// tableIndex is the body index of one table and, per signature, the ids of
// its markers (-1 for a marker the index does not hold).
type tableIndex struct {
	body *anyof.Set
	// fold holds the case-folded body markers, lower-cased, searched for in
	// the lower-cased body; their ids in sigs are foldBase + the id in fold.
	fold *anyof.Set
	sigs []sigIDs
	// headers numbers the markers' header names, lower-cased: a marker's id
	// in sigs is headerBase + its name's number, and an exchange notes which
	// numbers its field names carry (subject.absent).
	headers map[string]int32
	// lower holds the markers' header values that have capitals, lower-cased
	// once (lowering one per header tested was an allocation each).
	lower map[string]string
}

// lowerValue returns the lower-cased form of the marker value v.
func (ix *tableIndex) lowerValue(v string) (string, bool) {
	if ix == nil {
		return "", false
	}
	lv, ok := ix.lower[v]
	return lv, ok
}

type sigIDs struct{ all, any, not []int32 }

// foldBase marks the ids of case-folded markers, headerBase those of header
// markers (by their name's number in tableIndex.headers).
const (
	foldBase   = 1 << 24
	headerBase = 1 << 25
)

var tableIndexes sync.Map // *Signature (the table's first) → *tableIndex

// indexOf returns the index of table, built on first use.
func indexOf(table []Signature) *tableIndex {
	if len(table) == 0 {
		return &tableIndex{body: anyof.New(), fold: anyof.New(), headers: map[string]int32{}}
	}
	if ix, ok := tableIndexes.Load(&table[0]); ok && len(ix.(*tableIndex).sigs) == len(table) {
		return ix.(*tableIndex)
	}
	ix := newTableIndex(table)
	tableIndexes.Store(&table[0], ix)
	return ix
}

func newTableIndex(table []Signature) *tableIndex {
	// Every map and set sized first: the index is built during a first
	// analysis, and growing them entry by entry (rehashing each map
	// several times over some 1,300 markers) was most of that work, in
	// the page the runtime's map code run hot enough for the engine to
	// compile it again with its optimising compiler (issue #14). The
	// counts hold repeated markers too: an upper bound.
	var nBody, nFold, nUpper, nHeader int
	for i := range table {
		for _, ms := range [...][]Marker{table[i].All, table[i].Any, table[i].Not} {
			for _, m := range ms {
				if hasUpper(m.Value) {
					nUpper++
				}
				if m.Header != "" {
					nHeader++
				}
				if m.Body != "" && m.Fold {
					nFold++
				} else if m.Body != "" {
					nBody++
				}
			}
		}
	}
	ix := &tableIndex{body: anyof.Sized(nBody), fold: anyof.Sized(nFold), sigs: make([]sigIDs, len(table)), lower: make(map[string]string, nUpper),
		headers: make(map[string]int32, nHeader)}
	ids, foldIDs := make(map[string]int32, nBody), make(map[string]int32, nFold)
	idsOf := func(ms []Marker) []int32 {
		if len(ms) == 0 {
			return nil
		}
		out := make([]int32, len(ms))
		for i, m := range ms {
			out[i] = -1
			if hasUpper(m.Value) {
				ix.lower[m.Value] = ASCIILower(m.Value)
			}
			if m.Header != "" && isASCII(m.Header) {
				n := ASCIILower(m.Header)
				id, ok := ix.headers[n]
				if !ok {
					id = int32(len(ix.headers))
					ix.headers[n] = id
				}
				out[i] = headerBase + id
				continue
			}
			if m.Body == "" {
				continue
			}
			if m.Fold {
				lb := ASCIILower(m.Body)
				id, ok := foldIDs[lb]
				if !ok {
					id = int32(ix.fold.Add(lb))
					foldIDs[lb] = id
				}
				out[i] = foldBase + id
				continue
			}
			id, ok := ids[m.Body]
			if !ok {
				id = int32(ix.body.Add(m.Body))
				ids[m.Body] = id
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

// noteHeaders records which of the index's header names the response's
// fields carry. It knows them only when every field name is ASCII
// (strings.EqualFold, which match uses, folds a few other letters onto ASCII
// ones) and there are fields (without any, match looks for headers printed
// in the body).
func (s *subject) noteHeaders() {
	fs := s.x.Response.Fields
	if len(fs) == 0 {
		return
	}
	s.hdrs = make([]uint64, len(s.ix.headers)/64+1)
	var buf [64]byte
	for _, f := range fs {
		if !isASCII(f.Name) {
			s.hdrs = nil
			return
		}
		if len(f.Name) > len(buf) {
			continue // longer than any marker's name
		}
		n := buf[:len(f.Name)]
		for i := 0; i < len(n); i++ {
			c := f.Name[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			n[i] = c
		}
		if id, ok := s.ix.headers[string(n)]; ok {
			s.hdrs[id/64] |= 1 << (id % 64)
		}
	}
}

// absent reports whether the marker with index id (in sigIDs) is certainly
// not in the exchange: a body marker the body index did not find, or a header
// none of the fields is named. It is false when unsure; match decides then.
func (s *subject) absent(id int32) bool {
	switch {
	case id >= headerBase:
		id -= headerBase
		return s.hdrs != nil && s.hdrs[id/64]&(1<<(id%64)) == 0
	case id >= foldBase || id < 0:
		return false
	}
	return s.body == "" || s.bodyOffset(id) < 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
