package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWholeTextPasses holds the tests that read a whole paste with fewer
// passes (countLines, hasTypographic) to what they count or look for, on
// texts of line ends of every kind and of typographic characters among
// their neighbours in UTF-8.
func TestWholeTextPasses(t *testing.T) {
	parts := []string{"a", " ", "\n", "\r", "\r\n", "\n\r", "\u201c", "\u201d", "\u201e", "\u00a0", "\u2019", "\u00e9", "\xe2", "\xc2", "\xe2\x80"}
	r := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := countLines(s), len(splitRaw(s)); got != want {
			t.Fatalf("countLines(%q) = %d, splitRaw has %d lines", s, got, want)
		}
		want := false
		for _, q := range []string{"\u201c", "\u201d", "\u201e", "\u00a0"} {
			want = want || strings.Contains(s, q)
		}
		if got := hasTypographic(s); got != want {
			t.Fatalf("hasTypographic(%q) = %v, want %v", s, got, want)
		}
	}
}
