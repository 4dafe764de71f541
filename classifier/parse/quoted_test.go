package parse

import (
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
	checkStatuses(t, "quoted above its log", quoted, []int{200, 403})

	retries := "```\n" + errLine + "\n> GET /v3/whoami\n< HTTP 200 OK\n" + errLine + "\n```\n"
	checkStatuses(t, "one block printing it again", retries, []int{403, 200, 403})
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

func checkStatuses(t *testing.T, name, paste string, want []int) {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, x := range in.Exchanges {
		if x.Response != nil {
			got = append(got, x.Response.Status)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%s: statuses %v, want %v", name, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: statuses %v, want %v", name, got, want)
			break
		}
	}
}
