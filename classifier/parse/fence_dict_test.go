package parse

import (
	"strings"
	"testing"
)

// Every value here is invented.

// TestTextOnAFenceLine: what is written on a fence's own line after its
// backticks is the block's first line, unless it is an info string.
func TestTextOnAFenceLine(t *testing.T) {
	for line, want := range map[string]string{
		"```json":          "",
		"```shell session": "",
		"```":              "",
		"```org.example.client.ApiException: Forbidden: caller lacks role report-reader": "org.example.client.ApiException: Forbidden: caller lacks role report-reader",
		"```⠙ Syncing… (FunctionClauseError) no function clause matching":                "⠙ Syncing… (FunctionClauseError) no function clause matching",
		"```--2024-05-02 08:11:09--  https://files.example.org/a.tar```":                 "--2024-05-02 08:11:09--  https://files.example.org/a.tar",
	} {
		if got := fenceContent(line); got != want {
			t.Errorf("fenceContent(%q) = %q, want %q", line, got, want)
		}
	}
	in, err := Parse("Reading the ledger fails:\n\n```com.example.ledger.ServiceException: AuthorizationFailed: The client 'svc-ledger' with object id '0b5d' does not have authorization to perform action 'Ledger/read' over scope '/ledgers/9'\n```\n")
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
		t.Fatalf("no exchange: %v", err)
	}
	if b := in.Exchanges[0].Response.Body.Text; !strings.Contains(b, "AuthorizationFailed") {
		t.Errorf("the fence line's text is not in the body: %q", b)
	}
}

// TestErrorObjectOnOneLine: an error object printed on one line keeps its
// members in the body, though some are named like header fields.
func TestErrorObjectOnOneLine(t *testing.T) {
	for _, text := range []string{
		"This is what comes back:\n\n{'error': {'code': 'Request_Forbidden', 'message': 'The caller may not read this list.', 'innerError': {'request-id': '6f0e2c1a-8b3d-4e57-a9c0-1d2f3e4a5b6c', 'date': '2021-07-08T10:00:00'}}}\n",
		"This is what comes back:\n\n{\"message\": \"Token rejected\", \"request-id\": \"r-77\", \"date\": \"2021-07-08\"}\n",
	} {
		in, err := Parse(text)
		if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
			t.Fatalf("no exchange: %v", err)
		}
		r := in.Exchanges[0].Response
		if len(r.Fields) != 0 {
			t.Errorf("%q: read header fields %v", text, r.Fields)
		}
		if !strings.Contains(r.Body.Text, "request-id") {
			t.Errorf("%q: the object is not in the body: %q", text, r.Body.Text)
		}
	}
	// a printed header collection stays one
	in, err := Parse("Response headers:\n{'Content-Type': 'application/json', 'Server': 'nginx', 'Date': 'Thu, 08 Jul 2021 10:00:00 GMT'}\n")
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil || len(in.Exchanges[0].Response.Fields) != 3 {
		t.Errorf("a header collection is no longer read as one")
	}
}

// TestMarkdownLinkIsNoBody: a docs template's "* Content: [Title](url)"
// names a page; the bracket opens a link, not a document.
func TestMarkdownLinkIsNoBody(t *testing.T) {
	in, err := Parse("Signing in fails with:\n\n\"AADSTS999999: The sign-in could not be completed for this app.\"\n\n---\n* ID: 1a2b3c4d\n* Content: [Tutorial: single sign-on with the Example portal](https://docs.example.com/tutorials/sso#feedback)\n* Service: **identity**\n")
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
		t.Fatalf("no exchange: %v", err)
	}
	if b := in.Exchanges[0].Response.Body.Text; !strings.Contains(b, "AADSTS999999") {
		t.Errorf("the body is %q, want the text with the error", b)
	}
}
