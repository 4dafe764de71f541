package lazyre

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// longTexts are texts long enough to be searched through an index, made of
// the expressions' words and symbols in both cases, with noise (pieces), and
// a Kelvin sign in some.
func longTexts(ps []string, n int) []string {
	r := rand.New(rand.NewPCG(7, 11))
	var out []string
	for len(out) < n {
		var b strings.Builder
		for b.Len() < minIndexed+r.IntN(3000) {
			b.WriteString(ps[r.IntN(len(ps))])
			if r.IntN(2) == 0 {
				b.WriteString(" ")
			}
		}
		out = append(out, b.String())
	}
	return out
}

// TestIndexedSearchLikeScan holds the search through a text's index to the
// scan of the text it stands in for: for every expression of the classifier
// with an indexed prefilter, the same next place from every offset of long
// texts, and regexp's answers from every method.
func TestIndexedSearchLikeScan(t *testing.T) {
	es := exprs(t)
	texts := longTexts(pieces(es), 12)
	indexed := 0
	for _, e := range es {
		p := newPrefilter(e)
		if p == nil || !p.indexed {
			continue
		}
		indexed++
		for _, s := range texts[:3] {
			x := newTextIndex(s)
			for from := 0; from <= len(s); from++ {
				if got, want := p.nextIn(x, s, from), p.next(s, from); got != want {
					t.Fatalf("%q from %d: through the index %d, scanning %d", e, from, got, want)
				}
			}
		}
		re, lr := regexp.MustCompile(e), New(e)
		for _, s := range texts {
			same(t, e, s, re, lr)
		}
	}
	if indexed < len(es)/3 {
		t.Errorf("only %d of %d expressions search through an index", indexed, len(es))
	}
}

// TestLongTextIndexedOnce: a long text searched by several expressions is
// indexed once, and an equal text from another backing array finds the same
// index; a short one is scanned.
func TestLongTextIndexedOnce(t *testing.T) {
	s := strings.Repeat("The caller is missing the Reader role on project x. ", 20)
	a, b := New(`(?i)\bmissing\s+the\s+(\w+)`), New(`(?i)\bthe\s+(\w+)\s+role\b`)
	if a.FindStringSubmatch(s) == nil || b.FindStringSubmatch(s) == nil {
		t.Fatal("no match")
	}
	x := indexOf(s)
	if x == nil {
		t.Fatal("a long text is not indexed")
	}
	if y := indexOf(strings.Clone(s)); y != x {
		t.Error("a copy of the text is indexed again")
	}
	n := 0
	for i := range idxMemo {
		if y := idxMemo[i].Load(); y != nil && y.text == s {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the text is kept %d times, want once", n)
	}
	if indexOf(s[:minIndexed-1]) != nil {
		t.Error("a short text is indexed")
	}
}

// BenchmarkNewTextIndex is the cost of indexing a text of 4 KB, which a
// search through the index pays once per text.
func BenchmarkNewTextIndex(b *testing.B) {
	s := longTexts(pieces(exprs(b)), 1)[0]
	for len(s) < 4096 {
		s += s
	}
	s = s[:4096]
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		newTextIndex(s)
	}
}

// TestIndexBuckets: the index files each place under idxBucket of its two
// bytes, in increasing order within a bucket.
func TestIndexBuckets(t *testing.T) {
	for _, s := range longTexts(pieces(exprs(t)), 4) {
		x := newTextIndex(s)
		seen := 0
		for b := 0; b < idxBuckets; b++ {
			at := x.at[x.start[b]:x.start[b+1]]
			for k, i := range at {
				if got := idxBucket(s[i], s[i+1]); got != uint(b) || k > 0 && at[k-1] >= i {
					t.Fatalf("place %d (bucket %d) filed in bucket %d at %d", i, got, b, k)
				}
				seen++
			}
		}
		if seen != len(s)-1 {
			t.Fatalf("%d places filed, want %d", seen, len(s)-1)
		}
	}
}
