package parse

import "testing"

// TestProseBeforeRawDump: a response dump read with no request of its own
// takes the credential the person's sentence just before it quotes (an
// Authorization field, HTTPie's request item with its quotes); a sentence
// that says the field was not sent, or a dump whose request is shown,
// takes none.
func TestProseBeforeRawDump(t *testing.T) {
	dump := "\n\nHTTP/1.1 401 UNAUTHORIZED\nContent-Type: application/json\nWWW-Authenticate: Bearer realm=\"api\"\n\n{\"error\": \"Unauthorized\"}\n"
	for _, c := range []struct {
		prose string
		state CredState
	}{
		{"From the shell, `http GET http://10.9.8.7:5000/api/items/4 Authorization:\"Bearer $API_TOKEN\"` answers:", CredSent},
		{"Calling it with Authorization: Bearer 4f1c9e2b7a0d gives:", CredSent},
		{"Calling it without Authorization: Bearer 4f1c9e2b7a0d gives:", CredUnknown},
		{"Calling it from the browser gives:", CredUnknown},
	} {
		in, err := Parse(c.prose + dump)
		if err != nil || len(in.Exchanges) != 1 {
			t.Fatalf("%q: %v, %d exchanges", c.prose, err, len(in.Exchanges))
		}
		if got := in.Exchanges[0].Credentials().State; got != c.state {
			t.Errorf("%q: credentials %s, want %s", c.prose, got, c.state)
		}
	}
}
