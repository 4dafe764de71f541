package parse

import (
	"strings"
	"testing"
)

// TestMaskedValuesNoted: a value the paste shows masked in a log record, a
// body's member or a prompt, outside the header fields, is noted for the
// exchange it belongs to; a sentence with stars, a Markdown heading, a
// value shortened with "..." and a URL are not.
func TestMaskedValuesNoted(t *testing.T) {
	for _, c := range []struct {
		paste, want string
	}{
		{"12:01:02,003 WARN  [events] type=LOGIN_ERROR, realmId=7d1c, clientId=console, ipAddress=***, error=invalid_user_credentials\nHTTP/1.1 401 Unauthorized\n", "ipAddress"},
		{"Cannot list rules (HTTP 403): {\"client_id\":\"xxxxxxxx\",\"title\":\"Client Forbidden\",\"status\":403}\n", "client_id"},
		{"Email> ***\nPassword>\nFAILED\nThe credentials you entered are incorrect.\nHTTP/1.1 401 Unauthorized\n", "Email"},
		{"{\"error\":{\"message\":\"Expired session provided: sess_live_<redacted>\",\"type\":\"invalid_request_error\"}}\nstatus=401\n", "message"},
		{"2025-01-02 WARN login email=*****@example.org message=\"Authentication failed\"\nHTTP/1.1 401 Unauthorized\n", "email"},
		{"***Admin Login***\nHTTP/1.1 401 Unauthorized\n", ""},
		{"I tried *** everything *** and still get it\nHTTP/1.1 401 Unauthorized\n", ""},
		{"token=eyJhbGciOiJIUzI1NiJ9...\nHTTP/1.1 401 Unauthorized\n", ""},
		{"see https://xxx.example.org/docs\nHTTP/1.1 401 Unauthorized\n", ""},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatalf("%q: %v", c.paste, err)
		}
		got := ""
		for _, x := range in.Exchanges {
			for _, n := range x.Notes {
				if n.Code == "redacted" && got == "" {
					got, _, _ = strings.Cut(n.Message, " is masked")
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: noted %q, want %q", c.paste, got, c.want)
		}
	}
}
