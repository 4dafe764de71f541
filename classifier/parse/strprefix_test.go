package parse

import "testing"

// A Python string literal's prefix (f"...", b'...', r"...") is quoting, not
// part of the value: the scheme of f"Bearer {tok}" is Bearer.
func TestPythonStringPrefixes(t *testing.T) {
	in, err := Parse(">>> r = requests.get(\"https://api.example.test/v1/me\", headers={\"Authorization\": f\"Bearer {tok}\"})\n>>> r\n<Response [401]>\n")
	if err != nil {
		t.Fatal(err)
	}
	if cr := in.Exchanges[0].Credentials(); cr.Scheme != "Bearer" {
		t.Errorf("credentials %+v: the f-string prefix is no part of the scheme", cr)
	}
	for _, c := range []struct {
		s    string
		i, n int
	}{{`f"x"`, 0, 1}, {`rb'x'`, 0, 2}, {`B"x"`, 0, 1}, {`buf"x"`, 0, 0}, {`a f"x"`, 2, 1}, {`af"x"`, 1, 0}, {`"x"`, 0, 0}} {
		if got := strPrefix(c.s, c.i); got != c.n {
			t.Errorf("strPrefix(%q, %d) = %d, want %d", c.s, c.i, got, c.n)
		}
	}
}
