package parse

import (
	"strings"
	"testing"
)

// TestElidedRemembered holds Elided, which remembers its last answers, to
// the test it remembers (elided) on values asked over and over in turns,
// short and long, elided and not, and one value changed a byte at a time.
func TestElidedRemembered(t *testing.T) {
	vals := []string{"", "***", "token", "REDACTED", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl",
		"ghp_0123456789abcdefghijABCDEFGHIJ012345", "eyJhb...", "sk-live-0123456789abcdef0123456789abcdef", "<your-api-key-here>",
		"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "Bearer REDACTED_TOKEN_VALUE_HERE", "0123456789abcdef0123456789abcdef…"}
	for round := 0; round < 3; round++ {
		for i := range vals {
			for _, v := range vals[:i+1] {
				if got, want := Elided(v), elided(v); got != want {
					t.Fatalf("Elided(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
	v := []byte(strings.Repeat("a1B2c3D4", 6))
	for i := range v {
		saved := v[i]
		for _, c := range []byte{'.', '*', 'x', '<'} {
			v[i] = c
			if got, want := Elided(string(v)), elided(string(v)); got != want {
				t.Fatalf("Elided(%q) = %v, want %v", v, got, want)
			}
		}
		v[i] = saved
	}
	if !Elided("REDACTED_TOKEN_VALUE_HERE_0123") || Elided("sk-live-0123456789abcdef0123456789abcdef") {
		t.Error("Elided answers a redacted or a plain token wrongly")
	}
}
