package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasRedactionWord holds the one-pass search to a case-folded
// strings.Contains of each word.
func TestHasRedactionWord(t *testing.T) {
	parts := []string{"", "x", "R", "r", "[", "(", "]", ")", "edacted", "EDACTED", "Redacted", "[MASKED]", "[hidden",
		"hidden)", "[Filtered]", "[removed]", "[secret]", "(HIDDEN)", "é", "{", "Bearer ", "rredacted",
		"c", "C", "CENSORED", "cEnsored", "(Omitted)", "\x08hidden)"}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(6); k >= 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		v := b.String()
		want := false
		for _, w := range redactionWords {
			want = want || strings.Contains(strings.ToLower(v), w)
		}
		if got := hasRedactionWord(v); got != want {
			t.Fatalf("hasRedactionWord(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestRedactionStarts: the words' table has a bit for each word.
func TestRedactionStarts(t *testing.T) {
	if len(redactionWords) > 64 {
		t.Fatalf("%d redaction words; redactionStarts holds 64", len(redactionWords))
	}
}
