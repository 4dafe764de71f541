package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestErrorQuotedAboveItsLog reads an error line that an issue's
// description quotes, and that its log block shows again whole after
// another response, as the log's response: the log's order, one response
// each. The same line printed again inside one block (a retry loop) stays
// one response per line.
func TestErrorQuotedAboveItsLog(t *testing.T) {
	errLine := "sync error: 'https://files.example.org/v3/batch' answered (403): 'Quota policy forbids this call'"
	quoted := "## What happens\nAfter the login prompt the tool stops with:\n\n```\n" + errLine + "\n```\n\n" +
		"## Log\n\n```\n$ VERBOSE=1 filesync push\n> GET /v3/whoami\n< HTTP 200 OK\n\n" + errLine + "\n```\n"
	if got := statusesOf(t, quoted); !slices.Equal(got, []int{200, 403}) {
		t.Errorf("quoted above its log: statuses %v, want [200 403]", got)
	}

	retries := "```\n" + errLine + "\n> GET /v3/whoami\n< HTTP 200 OK\n" + errLine + "\n```\n"
	if got := statusesOf(t, retries); !slices.Equal(got, []int{403, 200, 403}) {
		t.Errorf("one block printing it again: statuses %v, want [403 200 403]", got)
	}
}

// TestTextBeforeSentRequestIsNoBody keeps a client's own notice, printed
// before a trace's sent request line, out of that request's response body.
func TestTextBeforeSentRequestIsNoBody(t *testing.T) {
	paste := "```\nNotice: sign-in required, opening the browser\nPress Enter to continue... > GET /v3/releases/latest\n< HTTP 200 OK\n```\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("want one exchange with a response, got %d", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r.Status != 200 {
		t.Errorf("status %d, want 200", r.Status)
	}
	if strings.Contains(r.Body.Text, "sign-in required") {
		t.Errorf("the client's notice before the request is read as the response body: %q", r.Body.Text)
	}
}
