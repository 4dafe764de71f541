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

// TestToLowerIsStringsToLower: toLower answers strings.ToLower's bytes on
// texts mixing ASCII capitals with letters that lower to ASCII (the Kelvin
// sign, the dotted capital I), letters whose lower case is longer or
// shorter in UTF-8, U+FFFD itself, and invalid bytes, at every position.
func TestToLowerIsStringsToLower(t *testing.T) {
	units := []string{"", "Q", "q", "·", "é", "É", "\u212a", "İ", "\u023a", "\u2c65", "\ufffd", "\xff", "\xe2\x82", "ẞ", "Σ", "7 ", "\x00"}
	for _, a := range units {
		for _, b := range units {
			for _, c := range units {
				s := "Zu " + a + "mid" + b + c + " End"
				if got, want := toLower(s), strings.ToLower(s); got != want {
					t.Fatalf("toLower(%q) = %q, strings.ToLower %q", s, got, want)
				}
			}
		}
	}
}

// FuzzToLower: toLower is strings.ToLower on any text.
func FuzzToLower(f *testing.F) {
	for _, s := range []string{"", "Ab·Cd", "\xffA\u212a", "ΣΑΣ ẞ İ", "plain lower text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, strings.ToLower %q", s, got, want)
		}
	})
}
