package parse

import (
	"strings"
	"testing"
)

// TestMarkedBodyOpensUnderFields: a debug log that marks each response line
// with "< " and prints no blank line between the fields and the body (the
// Databricks SDKs' "< * Vary: …" then "< {") starts the body at the line
// that opens a JSON document; its members are not folded into the last
// header's value.
func TestMarkedBodyOpensUnderFields(t *testing.T) {
	paste := "GET /api/2.0/jobs/list\n" +
		"> * Accept: application/json\n" +
		"> * Authorization: REDACTED\n" +
		"< HTTP/2.0 403 Forbidden\n" +
		"< * Content-Type: application/json; charset=utf-8\n" +
		"< * Server: ledgerhub\n" +
		"< {\n" +
		"<   \"error_code\": \"PERMISSION_DENIED\",\n" +
		"<   \"message\": \"Token rejected for this workspace.\"\n" +
		"< }\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("want one exchange with a response, got %d", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if got := r.Fields.Get("Server"); got != "ledgerhub" {
		t.Errorf("Server = %q, want the value alone", got)
	}
	if !strings.Contains(r.Body.Text, `"message": "Token rejected for this workspace."`) {
		t.Errorf("body %q: want the JSON document", r.Body.Text)
	}
}
