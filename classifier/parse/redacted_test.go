package parse

import "testing"

func TestIsRedacted(t *testing.T) {
	for v, want := range map[string]bool{
		"REDACTED":                          true,
		"[token redacted]":                  true,
		"Bearer [Authorization Redacted]":   true,
		"eyJhbGciOiJIUzI1NiJ9.e30.redacted": true,
		"eyJhbGciOiJFUzI1NiIs...":           true,
		"****":                              true,
		"xxxx":                              true,
		"XXX.xx":                            true,
		"<token>":                           true,
		"xx":                                false,
		"":                                  false,
		"dXNlcjpwYXNz":                      false,
		"eyJhbGciOiJIUzI1NiJ9.e30.c2ln":     false,
		"sid=840c79f5":                      false,
		"Redact":                            false,
	} {
		if got := IsRedacted(v); got != want {
			t.Errorf("IsRedacted(%q) = %v, want %v", v, got, want)
		}
	}
}

func BenchmarkIsRedacted(b *testing.B) {
	v := "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		IsRedacted(v)
	}
}
