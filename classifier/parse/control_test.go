package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasControlWordAtATime holds hasControl, eight bytes at a time, to
// the byte-at-a-time test, with every byte value at every place of a word
// and among the allowed controls and high bytes around it.
func TestHasControlWordAtATime(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 1; n <= 19; n++ {
			for at := 0; at < n; at++ {
				for _, fill := range []byte{'a', '\n', 0xff, 0x80, '\t', ' ', 0x1b} {
					b := []byte(strings.Repeat(string(rune(fill))[:1], n))
					b[at] = byte(c)
					if got, want := hasControl(string(b)), controlIn(string(b)); got != want {
						t.Fatalf("hasControl(%q) = %v, byte by byte %v", b, got, want)
					}
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 20000; k++ {
		b := make([]byte, r.IntN(40))
		for i := range b {
			switch r.IntN(4) {
			case 0:
				b[i] = byte(r.IntN(0x21))
			case 1:
				b[i] = byte(0x80 + r.IntN(0x80))
			default:
				b[i] = byte(0x20 + r.IntN(0x60))
			}
		}
		if got, want := hasControl(string(b)), controlIn(string(b)); got != want {
			t.Fatalf("hasControl(%q) = %v, byte by byte %v", b, got, want)
		}
	}
}
