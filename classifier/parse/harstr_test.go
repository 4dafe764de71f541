package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHARStringEnd holds the string reader to the first unescaped quote,
// found byte by byte, on strings of quotes, backslashes and text.
func TestHARStringEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		b.WriteByte('"')
		for k := r.IntN(10); k >= 0; k-- {
			b.WriteString([]string{"a", `\\`, `\"`, `\`, `"`, "é", `\n`}[r.IntN(7)])
		}
		s := b.String()
		want := -1 // the offset of the closing quote
		for i := 1; i < len(s); i++ {
			if s[i] == '\\' {
				i++
				continue
			}
			if s[i] == '"' {
				want = i
				break
			}
		}
		p := &harReader{s: s}
		_, _, err := p.str()
		switch {
		case want < 0 && err == nil:
			t.Fatalf("str(%q): no error, want one", s)
		case want >= 0 && p.i != want+1 && err == nil:
			t.Fatalf("str(%q) ended at %d, want %d", s, p.i, want+1)
		case want >= 0 && err != nil && !strings.Contains(err.Error(), "valid JSON string"):
			t.Fatalf("str(%q): %v", s, err)
		}
	}
}
