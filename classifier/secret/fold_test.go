package secret

import (
	"math/rand/v2"
	"testing"
)

// foldEverywhere is containsFold's definition, offset by offset: the
// reference the faster search is held to.
func foldEverywhere(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if foldsTo(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// foldAlphabet holds both cases of the words' letters, the control bytes
// that fold to their digits and punctuation (0x14 and 0x16 to '4' and '6',
// 0x05 to '%'), and bytes that fold to nothing.
const foldAlphabet = "bBaAsSeE64\x14\x16%\x052cCdD:x "

func TestContainsFoldEveryOffset(t *testing.T) {
	words := []string{"", "b", "base64", "b64encode", "redacted", "censored", "%22", "%3a%20", "cookie", "B64", "@x"}
	r := rand.New(rand.NewPCG(3, 9))
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(24))
		for k := range b {
			b[k] = foldAlphabet[r.IntN(len(foldAlphabet))]
		}
		s := string(b)
		for _, w := range words {
			if got, want := containsFold(s, w), foldEverywhere(s, w); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
	for _, c := range []struct {
		s, sub string
		want   bool
	}{
		{"Authorization: Basic $(echo -n u:p | BASE64)", "base64", true},
		{"b64ENCODE(b'u:p')", "b64encode", true},
		{"base6", "base64", false},
		{"bbbbbase64", "base64", true},
		{"BaSe\x16\x14", "base64", true}, // 0x16|0x20 is '6': the definition's, kept
	} {
		if got := containsFold(c.s, c.sub); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c.s, c.sub, got, c.want)
		}
	}
}

func FuzzContainsFold(f *testing.F) {
	f.Add("xx BASE64 yy", "base64")
	f.Add("\x16\x14", "64")
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := containsFold(s, sub), foldEverywhere(s, sub); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}
