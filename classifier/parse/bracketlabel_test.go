package parse

import "testing"

// TestBracketedSectionLabels: a script's own bracketed headings ("[Request
// Header]", "[Response Header]"), as a PHP or SDK debug printer writes them
// under the request's line, label what follows as a heading without
// brackets does: the header lines under "[Request Header]" are the
// request's, its masked Authorization a credential sent.
func TestBracketedSectionLabels(t *testing.T) {
	paste := "### Logs\n\n```\nGET https://api.lampdock.example/v2/switches\n\n[Request Header]\nContent-Type: application/json\nAuthorization: ***\nnonce: 7a1e2c90-5b3d-4e8f-****-c2d9e0f1a3b4\n[Response Header]\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\nContent-Length: 26\n[Response Body]\n{\"message\":\"Unauthorized\"}\n```\n"
	for _, c := range []struct{ line, want string }{
		{"[Request Header]", "request"}, {"[Response Header]", "response"}, {"[ordinary text in brackets]", ""},
	} {
		if got := sectionLabel(c.line); got != c.want {
			t.Errorf("sectionLabel(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	got := lastAnsweredCredentials(t, paste)
	if got.State != CredSent || !got.Redacted {
		t.Errorf("credentials %s masked %v, want sent and masked", got.State, got.Redacted)
	}
}
