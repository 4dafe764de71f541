package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// Findings that name the layer from the body's reading, whatever the status
// (samples written for this test).
func TestBlockedLayerFromReading(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "rate limit inside a 200", paste: jsonHead + `{"status":"0","message":"NOTOK","result":"Max rate limit reached"}`,
			class: rule.Blocked, want: []string{"rate-limited"}},
		{name: "csrf on a 409", paste: "HTTP/1.1 409 Conflict\r\nContent-Type: text/html\r\n\r\n<h1>409: Conflict</h1>\n<p>Your request had an invalid session-id header.</p>\n<p>To fix this, get the X-Session-Id header of a response and send it back.</p>\n<p>This requirement has been added to help prevent CSRF attacks.</p>\n",
			class: rule.Blocked, want: []string{"csrf-rejected"}},
		{name: "firewall page without a known product", paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\n\r\n<html><body><h1>Request blocked</h1><p>Your request has been blocked by our firewall. Incident ID: 4711-0815</p></body></html>\n",
			class: rule.Blocked, want: []string{"waf-block"}},
	})
}

// A status stated in a person's sentence, with a body printed after it: the
// sentence's words count, not only the body's.
func TestStatedSentenceBesideBody(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "expired JWT answered 500", paste: "If the JWT is expired, the endpoint responds with HTTP 500 and {\"message\":\"Internal server error\"}.\n",
			class: rule.Authentication},
		{name: "wrong password answered 200", paste: "Calling the API with a wrong password returns 200 OK and the body {\"result\": null}\n",
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
	})
}
