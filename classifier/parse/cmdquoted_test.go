package parse

import (
	"strings"
	"testing"
)

// TestContinuedCommandQuotedBody: a curl command continued over lines
// (trailing backslashes) whose --data argument is quoted over lines of its
// own ('{ then the JSON, then }'), in a report the general reader reads,
// sent that whole body: a login's password in it is a credential sent.
func TestContinuedCommandQuotedBody(t *testing.T) {
	paste := "### Steps To Reproduce\n\n1. Run the app\n2. Send a login request with a wrong password.\n\n```\n" +
		"curl --request POST \\\n  --url http://localhost:8085/login \\\n  --header 'Content-Type: application/json' \\\n  --data '{\n\t\"username\": \"quill\",\n\t\"password\": \"not-the-pass\"\n}'\n```\n\n" +
		"### Actual Behaviour\n\nReturns a 200 status code, not 401.\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	var req *Request
	for _, x := range in.Exchanges {
		if x.Request != nil && x.Request.Method == "POST" {
			req = x.Request
		}
	}
	if req == nil {
		t.Fatal("no POST request read")
	}
	if !strings.Contains(req.Body.Text, `"password": "not-the-pass"`) {
		t.Errorf("body %q, want the whole quoted JSON", req.Body.Text)
	}
	if c := req.Credentials(); c.State != CredSent {
		t.Errorf("credentials %s, want sent", c.State)
	}
}
