package classifier

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestQuoterLineStarts holds NewQuoter's line starts to a byte-by-byte
// count ("\n", "\r\n" and a lone "\r" end a line).
func TestQuoterLineStarts(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString([]string{"a", "bc", "\n", "\r", "\r\n", "\n\r", ""}[r.IntN(7)])
		}
		text := b.String()
		want := []int{0}
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case '\r':
				if i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				want = append(want, i+1)
			case '\n':
				want = append(want, i+1)
			}
		}
		if got := NewQuoter(text).starts; !slices.Equal(got, want) {
			t.Fatalf("NewQuoter(%q).starts = %v, want %v", text, got, want)
		}
	}
}
