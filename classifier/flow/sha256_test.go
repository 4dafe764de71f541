package flow

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func TestSum256MatchesCrypto(t *testing.T) {
	// Every length around the block and padding boundaries, and a long input.
	for n := 0; n <= 200; n++ {
		b := []byte(strings.Repeat("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", 5)[:n])
		if got, want := sum256(b), sha256.Sum256(b); got != want {
			t.Fatalf("len %d: %x, want %x", n, got, want)
		}
	}
	long := []byte(strings.Repeat("x", 1<<16+3))
	if sum256(long) != sha256.Sum256(long) {
		t.Fatal("long input differs")
	}
	// RFC 7636 appendix B: the verifier and its S256 challenge.
	if !verifierMatches("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "S256") {
		t.Error("RFC 7636's example does not verify")
	}
}

func FuzzSum256(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("abc"))
	f.Add([]byte(strings.Repeat("a", 55)))
	f.Add([]byte(strings.Repeat("a", 56)))
	f.Add([]byte(strings.Repeat("a", 64)))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := sum256(b), sha256.Sum256(b); got != want {
			t.Fatalf("%q: %x, want %x", b, got, want)
		}
	})
}
