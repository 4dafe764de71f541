package jwt

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestFindTokensLikeRegexp holds the hand-written token search to the
// regular expression it replaced.
func TestFindTokensLikeRegexp(t *testing.T) {
	re := regexp.MustCompile(`ey[A-Za-z0-9_-]{6,}\.ey[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*`)
	parts := []string{"ey", "eyJ", "e", "y", "abc", "ABCDEF", "123456", "_-", ".", "..", " ", "Bearer ", "eyJhbGciOiJIUzI1NiJ9", "=", "é"}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.IntN(14); k >= 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := b.String()
		limit := 1 + r.IntN(4)
		want := re.FindAllStringIndex(text, limit)
		got := findTokens(text, limit)
		if len(got) != len(want) {
			t.Fatalf("findTokens(%q) = %v, want %v", text, got, want)
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Fatalf("findTokens(%q) = %v, want %v", text, got, want)
			}
		}
	}
}

// TestFindTokensLinear: 2 MB of "ey" and near misses hold no token, and are
// searched in linear time (a quadratic search would not finish before the
// test times out).
func TestFindTokensLinear(t *testing.T) {
	for _, text := range []string{strings.Repeat("ey", 1<<20), strings.Repeat("eyABCDE.", 1<<18), "eyABCDEFGH." + strings.Repeat("eyABCDEFG_", 1<<17)} {
		if got := findTokens(text, 32); len(got) != 0 {
			t.Fatalf("found %v in %.40q", got, text)
		}
	}
}

// TestDecodeMemoCopies: a remembered token is handed out as a copy, and an
// error is remembered as the error.
func TestDecodeMemoCopies(t *testing.T) {
	tok := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln"
	a, err := Decode(tok)
	if err != nil {
		t.Fatal(err)
	}
	a.Subject = "changed"
	b, err := Decode(" " + tok)
	if err != nil || b == a || b.Subject != "alice" || b.Raw != tok {
		t.Fatalf("second decode: %+v, %v", b, err)
	}
	for i := 0; i < 2; i++ {
		if _, err := Decode("eyJhbGciOiJIUzI1NiJ9.!!!.x"); err != ErrBase64 {
			t.Fatalf("decode %d of a bad token: %v", i, err)
		}
	}
}
