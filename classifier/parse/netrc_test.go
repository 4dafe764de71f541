package parse

import "testing"

// TestNetrcCredential: a .netrc entry's password, on the entry's line or
// under its machine or login line, is what the client reading the file
// sends; a "password" line elsewhere, or an entry without one, is not.
func TestNetrcCredential(t *testing.T) {
	for _, c := range []struct {
		line, above, want string
	}{
		{"machine artifacts.example.net login deploy password Pq8-dummy-77", "", "Pq8-dummy-77"},
		{"password hunter-dummy-9", "login deploy", "hunter-dummy-9"},
		{"password <my-pat>", "machine code.example.org", "<my-pat>"},
		{"password incorrect", "The server said:", ""},
		{"machine artifacts.example.net login deploy", "", ""},
		{"password: Pq8-dummy-77", "login deploy", ""},
	} {
		f, ok := netrcCredential(c.line, c.above)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q under %q: %q, want %q", c.line, c.above, got, c.want)
		}
	}
	paste := "Fetching with Bazel fails, my ~/.netrc has\n\n```\nmachine code.example.org\nlogin ana\npassword mytoken\n```\n\n" +
		"```\nWARNING: Download from https://code.example.org/acme/lib/archive/v2.tar.gz failed: GET returned 401 Unauthorized\n```\n"
	if !maskedCredentialSent(t, paste, 401) {
		t.Errorf("the .netrc password is not the 401's masked credential in\n%s", paste)
	}
}
