package anyof

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexLikeStringsIndex holds Index to strings.Index for every pattern,
// on texts built from the patterns, their prefixes and noise.
func TestIndexLikeStringsIndex(t *testing.T) {
	// repeats included: each id of a repeated pattern gets its offset
	pats := []string{"", "a", "ab", "abc", "abcd", "abcde", "bcde", "Access Denied", "AccessDenied", "<title>", "é€x", "aaaa", "aaaaa", "ORA-0", "abcde", "ab", "aaaa", "Access Denied"}
	s := New(pats...)
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(10); k >= 0; k-- {
			p := pats[r.IntN(len(pats))]
			if r.IntN(3) == 0 {
				p = p[:r.IntN(len(p)+1)]
			}
			b.WriteString(p)
			b.WriteString([]string{"", " ", "a", "\n", "é"}[r.IntN(5)])
		}
		text := b.String()
		first := s.Index(text)
		for id, p := range pats {
			if want := strings.Index(text, p); first[id] != want {
				t.Fatalf("%q in %q: Index says %d, strings.Index %d", p, text, first[id], want)
			}
		}
		want := -1
		for id, p := range pats[1:] {
			if strings.Contains(text, p) {
				want = id
				break
			}
		}
		if got := New(pats[1:]...).FirstListed(text); got != want {
			t.Fatalf("FirstListed(%q) = %d, want %d", text, got, want)
		}
	}
}
