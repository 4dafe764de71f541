package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLineCursor holds seek to the offsets of the lines as Parse counts
// them ("\n", "\r\n" and a lone "\r" end a line), asked in order with
// repeats and jumps back.
func TestLineCursor(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString([]string{"a", "bc", "\n", "\r", "\r\n", "\n\r", ""}[r.IntN(7)])
		}
		text := b.String()
		starts := []int{0} // starts[i] is the offset of line i+1
		for i := 0; i < len(text); i++ {
			switch {
			case text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n':
				i++
				starts = append(starts, i+1)
			case text[i] == '\r' || text[i] == '\n':
				starts = append(starts, i+1)
			}
		}
		var c lineCursor
		for q := 0; q < 8; q++ {
			line := 1 + r.IntN(len(starts)+2)
			off, ok := c.seek(text, line)
			if want := line <= len(starts); ok != want || ok && off != starts[line-1] {
				t.Fatalf("seek(%q, %d) = %d, %v; want %v at %v", text, line, off, ok, want, starts)
			}
			if !ok {
				c = lineCursor{}
			}
		}
	}
}
