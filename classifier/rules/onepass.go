package rules

import (
	"sync"

	"github.com/authtriage/authtriage/classifier/internal/anyof"
)

// onePass is a fixed list of words that a rule looks for in the same text:
// one pass over the text (anyof) says where each first occurs, instead of
// one strings.Index per word. Under js/wasm, which has no vector
// instructions for strings.Index, each search is a pass over the text of
// its own (issue #14). The set is built on first use; a variable of this
// type is a composite literal the linker lays out (see all.go's init).
type onePass struct {
	lists [][]string // the words: the lists one after the other
	// listed, when lists is nil, makes them on first use: the words of a
	// table defined elsewhere (appErrors' markers), kept there only.
	listed func() [][]string
	once   sync.Once
	set    *anyof.Set
	start  []int // the id of each list's first word, and the number of words
}

func (o *onePass) build() {
	if o.lists == nil && o.listed != nil {
		o.lists = o.listed()
	}
	var words []string
	for _, l := range o.lists {
		o.start = append(o.start, len(words))
		words = append(words, l...)
	}
	o.start = append(o.start, len(words))
	o.set = anyof.New(words...)
}

// index returns, in the lists' order, the offset of each word's first
// occurrence in text or -1 (what strings.Index answers), written into dst
// when it has room: list k's word j is at the sum of the earlier lists'
// lengths plus j.
func (o *onePass) index(dst []int, text string) []int {
	o.once.Do(o.build)
	return o.set.IndexInto(dst, text)
}

// has reports whether the text that index answered first for holds a word
// of list k: hasAnyOf(text, o.lists[k]...).
func (o *onePass) has(first []int, k int) bool {
	for id := o.start[k]; id < o.start[k+1]; id++ {
		if first[id] >= 0 {
			return true
		}
	}
	return false
}

// at is where list k's first word first occurs in that text, or -1:
// strings.Index(text, o.lists[k][0]).
func (o *onePass) at(first []int, k int) int { return first[o.start[k]] }
