package rules

import "testing"

// FuzzDemandHelpers checks that the demand readers never panic and return
// offsets inside the text, whatever the body holds (non-ASCII case folding
// included).
func FuzzDemandHelpers(f *testing.F) {
	f.Add("İİİ requires role 'admin' granted the: ['repo'] allowed audiences 'a','b'.")
	f.Add(`"needed":"chat:write" missing the 'x' scope does not contain scopes:[a,b]`)
	f.Fuzz(func(t *testing.T, s string) {
		lower := asciiLowerForTest(s)
		for _, m := range []string{"requires role", "missing the ", `"needed":`} {
			if _, off, ok := quotedAfter(s, lower, m, 24); ok && (off < 0 || off > len(s)) {
				t.Fatalf("offset %d outside %d", off, len(s))
			}
		}
		if _, off, ok := bracketAfter(s, "granted the: "); ok && off > len(s) {
			t.Fatalf("offset %d outside %d", off, len(s))
		}
		if _, off, ok := listAfter(s, "allowed audiences "); ok && off > len(s) {
			t.Fatalf("offset %d outside %d", off, len(s))
		}
		_ = splitList(s)
		_ = guidIn(s)
		_, _ = audURLHost(s)
	})
}

func asciiLowerForTest(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
