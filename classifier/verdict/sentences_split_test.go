package verdict

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestMarkSentenceEnds holds the hand-written splitter to the regular
// expression it replaced.
func TestMarkSentenceEnds(t *testing.T) {
	re := regexp.MustCompile("([.!?])\\s+([A-Z0-9`])")
	parts := []string{"", "a", "A", "0", "`", ".", "!", "?", " ", "\t", "\n", "\r", "\f", "\v", "\x00", "é", "Word", "e.g. ", "x. Y", "?!", ".. ", "  "}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.IntN(10); k >= 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := b.String()
		if got, want := markSentenceEnds(text), re.ReplaceAllString(text, "$1\x00$2"); got != want {
			t.Fatalf("markSentenceEnds(%q) = %q, want %q", text, got, want)
		}
	}
}
