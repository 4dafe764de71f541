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
	// printed holds the compact JSON body markers (compactMarker), searched
	// for in a body printed in another notation once rewritten as compact
	// JSON (printedjson.go); printedIDs maps their ids to the body ids. It
	// is built on the first body that looks printed (printedIndex): most
	// bodies never need it, and telling the compact markers apart rewrites
	// each of some 1,300 markers, a tenth of a first visitor's analysis
	// (issue #14).
	printedOnce sync.Once
	printed     *anyof.Set
	printedIDs  []int32
	sigs        []sigIDs
	// headers numbers the markers' header names, lower-cased: a marker's id
	// in sigs is headerBase + its name's number, and an exchange notes which
	// numbers its field names carry (subject.absent).
	headers map[string]int32
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

// newTableIndex builds the index during a first analysis, so it is kept
// cheap (issue #14): the markers are listed as they come, repeats and all
// (anyof searches a repeated pattern once), every signature's ids share one
// array, and only the header names go through a map. Maps keyed by marker,
// grown entry by entry, were most of that first analysis's work, and in the
// page ran the runtime's map code hot enough for the engine to compile it
// again with its optimising compiler.
func newTableIndex(table []Signature) *tableIndex {
	var nMarkers, nBody, nFold, nHeader int
	for i := range table {
		for _, ms := range [...][]Marker{table[i].All, table[i].Any, table[i].Not} {
			nMarkers += len(ms)
			for j := range ms {
				m := &ms[j]
				switch {
				case m.Header != "":
					nHeader++
				case m.Body != "" && m.Fold:
					nFold++
				case m.Body != "":
					nBody++
				}
			}
		}
	}
	ix := &tableIndex{sigs: make([]sigIDs, len(table)), headers: make(map[string]int32, nHeader)}
	body, fold := make([]string, 0, nBody), make([]string, 0, nFold)
	ids := make([]int32, 0, nMarkers)
	var buf [64]byte
	idsOf := func(ms []Marker) []int32 {
		if len(ms) == 0 {
			return nil
		}
		from := len(ids)
		for j := range ms {
			m := &ms[j]
			id := int32(-1)
			switch {
			case m.Header != "" && isASCII(m.Header):
				n := lowerInto(buf[:0], m.Header)
				h, ok := ix.headers[string(n)]
				if !ok {
					h = int32(len(ix.headers))
					ix.headers[string(n)] = h
				}
				id = headerBase + h
			case m.Body == "":
			case m.Fold:
				id = foldBase + int32(len(fold))
				fold = append(fold, ASCIILower(m.Body))
			default:
				id = int32(len(body))
				body = append(body, m.Body)
			}
			ids = append(ids, id)
		}
		return ids[from:len(ids):len(ids)]
	}
	for i := range table {
		s := &table[i]
		ix.sigs[i] = sigIDs{all: idsOf(s.All), any: idsOf(s.Any), not: idsOf(s.Not)}
	}
	ix.body, ix.fold = anyof.New(body...), anyof.New(fold...)
	return ix
}

// printedIndex returns the index's compact JSON markers and their body ids,
// built on first use.
func (ix *tableIndex) printedIndex() (*anyof.Set, []int32) {
	ix.printedOnce.Do(func() {
		var printed []string
		for id := range ix.body.Len() {
			if m := ix.body.Pattern(id); compactMarker(m) {
				printed = append(printed, m)
				ix.printedIDs = append(ix.printedIDs, int32(id))
			}
		}
		ix.printed = anyof.New(printed...)
	})
	return ix.printed, ix.printedIDs
}

// lowerInto appends s, ASCII lower-cased, to dst.
func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
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
		n := lowerInto(buf[:0], f.Name)
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
