package lowered

import (
	"strings"
	"testing"
)

// TestTextIsToLower holds Text to strings.ToLower on short, long, ASCII and
// non-ASCII texts, asked for in turns so that answers come from the memo and
// are pushed out of it.
func TestTextIsToLower(t *testing.T) {
	var texts []string
	for _, unit := range []string{"Ab", "abc ", "ÀÉÎ Kelvin \u212a İ ", "Access DENIED ", "é"} {
		for _, n := range []int{1, 40, 64, 200, 5000} {
			texts = append(texts, strings.Repeat(unit, n))
		}
	}
	texts = append(texts, strings.Repeat("Ab", maxKept)) // longer than kept
	for round := 0; round < 3; round++ {
		for i, s := range texts {
			if got, want := Text(s), strings.ToLower(s); got != want {
				t.Fatalf("round %d, text %d (%d bytes): Text differs from strings.ToLower", round, i, len(s))
			}
			// an equal text from another backing array gets the same answer
			if c := strings.Clone(s); Text(c) != strings.ToLower(s) {
				t.Fatalf("round %d, text %d: a copy is lowered differently", round, i)
			}
		}
	}
}
