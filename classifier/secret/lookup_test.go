package secret

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLookupsLikeLowerCasedCopies holds standIn and knownScheme to the
// expressions they replace, on words built from the tables' own words with
// their letters' cases, separators and the two non-ASCII letters that
// lower-case to ASCII (U+0130, U+212A) mixed in.
func TestLookupsLikeLowerCasedCopies(t *testing.T) {
	var words []string
	for w := range standInWords {
		words = append(words, w)
	}
	for w := range knownSchemes {
		words = append(words, w)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 200000; n++ {
		w := []rune(words[r.IntN(len(words))])
		for i := range w {
			switch r.IntN(12) {
			case 0:
				w[i] = []rune("-_ İKé")[r.IntN(6)]
			case 1, 2:
				w[i] = []rune(strings.ToUpper(string(w[i])))[0]
			}
		}
		v := string(w)
		if r.IntN(10) == 0 {
			v += []string{"s", "x", "\u212a", "-"}[r.IntN(4)]
		}
		if got, want := standIn(v), standInWords[strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(v))]; got != want {
			t.Fatalf("standIn(%q) = %v, want %v", v, got, want)
		}
		if got, want := knownScheme(v), knownSchemes[strings.ToLower(v)]; got != want {
			t.Fatalf("knownScheme(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestPublicPrefixLikeTableWalk holds publicPrefix, which looks only at the
// shapes that begin with the value's first byte, to a walk of the whole
// table in order, on every prefix, shortened, lengthened and changed.
func TestPublicPrefixLikeTableWalk(t *testing.T) {
	walk := func(v string) string {
		if strings.HasPrefix(v, "eyJ") {
			return "eyJ"
		}
		for _, sh := range shapes {
			if strings.HasPrefix(v, sh.prefix) {
				return sh.prefix
			}
		}
		return ""
	}
	values := []string{"", "e", "eyJ", "x"}
	for _, sh := range shapes {
		p := sh.prefix
		values = append(values, p, p[:len(p)-1], p+"0aZ_-", strings.ToUpper(p), "x"+p)
	}
	for _, v := range values {
		if got, want := publicPrefix(v), walk(v); got != want {
			t.Errorf("publicPrefix(%q) = %q, want %q", v, got, want)
		}
	}
}
