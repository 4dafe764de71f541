package parse

import "testing"

// TestErrorRecordBeforeDump: a client's error logged as a record at an error
// level, with its logger's timestamp, above a curl -v that reproduces the
// call is a response of its own, as the same line without the timestamp
// already was; a record at another level, or the error line after the dump
// about that dump's response, adds nothing.
func TestErrorRecordBeforeDump(t *testing.T) {
	curl := "```\n$ curl -v https://api.example.net/v2/feeds\n> GET /v2/feeds HTTP/1.1\n> Host: api.example.net\n>\n< HTTP/1.1 401 Unauthorized\n< Content-Type: application/json\n<\n{\"error\":\"invalid key\"}\n```\n"
	for _, c := range []struct {
		name, paste string
		want        int
	}{
		{"error record above", "```\n2025-06-02T14:21:09Z ERROR poll failed: request returned 401 Unauthorized\n```\n\nSame with curl:\n\n" + curl, 2},
		{"bracketed level above", "```\n[2025-06-02 14:21:09] [error] poll failed: server answered 403 Forbidden\n```\n\n" + curl, 2},
		{"info record above", "```\n2025-06-02T14:21:09Z INFO retrying after 401 Unauthorized from the feed\n```\n\n" + curl, 1},
		{"error record after", curl + "\n```\n2025-06-02T14:21:10Z ERROR poll failed: request returned 401 Unauthorized\n```\n", 1},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := len(in.Exchanges); got != c.want {
			t.Errorf("%s: %d exchanges, want %d", c.name, got, c.want)
		}
	}
}
