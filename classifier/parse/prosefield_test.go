package parse

import "testing"

// TestNameAfterFunctionWordIsNoField: a header name that a sentence's
// preposition or article leads to ("authenticate to server: rejected …",
// "talking to the host: timed out (…)") is a noun in a tool's message, not
// a field, even where a bracket later on the line made the line look like a
// printed collection; a field with a parenthesised comment in its value, or
// inside a real collection, still reads (values are invented).
func TestNameAfterFunctionWordIsNoField(t *testing.T) {
	for _, line := range []string{
		"svn: E215004: Could not authenticate to server: refused Digest challenge (https://vcs.example.org/repos)",
		"hg: abort: error talking to the host: timed out (attempt 3 of 3)",
		"Error: could not connect to origin: handshake failed (see log)",
	} {
		if fs, _ := lineFields(line, false); len(fs) != 0 {
			t.Errorf("%q: read fields %+v", line, fs)
		}
	}
	for _, c := range []struct{ line, name string }{
		{"-   BerespHeader   Via: 1.1 edge-7 (Varnish/7.4)", "Via"},
		{"| `Authorization: Basic Zm9vOmJhcg==` (made up) | `403` |", "Authorization"},
		{"Headers: map[X-Ratelimit-Remaining: 0 Server: envoy]", "Server"},
	} {
		fs, _ := lineFields(c.line, false)
		found := false
		for _, f := range fs {
			found = found || f.name == c.name
		}
		if !found {
			t.Errorf("%q: fields %+v, want %s", c.line, fs, c.name)
		}
	}
}
