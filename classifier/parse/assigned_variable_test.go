package parse

import "testing"

// A header set to a variable the paste assigns ("Basic $credsB64" after
// "$credsB64 = …") holds no credential: the reader's scan of the header
// alone does not list the variable's name as one.
func TestAssignedVariableInAHeaderIsNoSecret(t *testing.T) {
	text := "$credsB64 = [Convert]::ToBase64String($bytes)\n" +
		"GET /v1/packages HTTP/1.1\nHost: repo.example.org\nAuthorization: Basic $credsB64\n\n" +
		"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"repo\"\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range in.Secrets {
		if s.Value == "$credsB64" {
			t.Errorf("the assigned variable listed as a secret: %+v", s)
		}
	}
}
