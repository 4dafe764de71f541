package parse

import (
	"strings"
	"testing"
)

// credentialPairLowered is credentialPair as it was: strings.ToLower of the
// name, then the two words.
func credentialPairLowered(name string) bool {
	if len(name) > 24 {
		return false
	}
	n := strings.ToLower(name)
	a, b, ok := strings.Cut(n, "-")
	if !ok {
		a, b, ok = strings.Cut(n, "_")
	}
	if !ok || a == "" || strings.IndexByte(b, '-') >= 0 || strings.IndexByte(b, '_') >= 0 {
		return false
	}
	switch a {
	case "api", "auth", "app", "private", "client", "service", "admin", "master", "secret", "bearer", "personal", "integration", "account":
		switch b {
		case "token", "key", "secret", "apikey":
			return true
		}
		return false
	}
	if b != "token" && b != "secret" || tokenNotCredential.Has(a) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if !isAlpha(a[i]) && !isDigit(a[i]) {
			return false
		}
	}
	return true
}

// TestCredentialPairWithoutCopies holds credentialPair, which lowers a name
// on the stack, to the strings.ToLower form, non-ASCII names included (the
// Kelvin sign lowers to k, the long s stays itself), and checks that an
// ASCII name costs no allocation.
func TestCredentialPairWithoutCopies(t *testing.T) {
	firsts := []string{"api", "API", "Auth", "app", "Private", "client", "SERVICE", "admin", "master", "secret", "Bearer", "personal", "integration", "Account", "x", "content", "", "\u212aey", "ſecret", "İ",
		"1Panel", "Acme", "CSRF", "page", "Next", "a.b", "ünï"}
	seconds := []string{"token", "Key", "KEY", "\u212aey", "secret", "ſecret", "apikey", "type", "", "key-id", "key_id", "token\u212a"}
	n := 0
	for _, a := range firsts {
		for _, b := range seconds {
			for _, sep := range []string{"-", "_", "", "--", "-_"} {
				name := a + sep + b
				if got, want := credentialPair(name), credentialPairLowered(name); got != want {
					t.Errorf("credentialPair(%q) = %v, want %v", name, got, want)
				}
				if credentialPair(name) {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no name was a credential pair")
	}
	for _, name := range []string{"Client-Secret", "Content-Type", "X-Request-Id", "Accept", "Page-Token", "Acme-Secret", "Sync-Token"} {
		if a := testing.AllocsPerRun(10, func() { credentialPair(name) }); a != 0 {
			t.Errorf("credentialPair(%q) allocates %v times", name, a)
		}
	}
}
