package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// A request shown with its credential whose answer, with no status shown,
// refuses it for another cause than who sent it (an address not allowed, a
// list of allowed callers): the credential went out and was not what
// decided, as on a 403 saying so (samples written for this test). A status
// that is no refusal keeps the body's block to itself.
func TestBlockedBodyAfterCredentialSent(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "address not allowed", paste: "The call:\n" +
			" curl -X GET \"http://10.20.4.9:8081/inventory/shelf/42\" -H \"x-api-key: Tq7Lw2Xv9Rb4Nc6Hm1Pz8Ks3Yd5Fg0Ja\"\n\n" +
			"The answer:\n{\"message\":\"Your IP address is not allowed\"}\n",
			class: rule.Blocked, want: []string{"credentials-sent"}},
		{name: "client address refused", paste: "Every call, e.g.\n\n    curl -u reports:Vw8x2Lq5Rt https://books.example.com/v3/ledgers/9\n\nends with\n\n" +
			"    {\"errorCode\": \"1C207/3\", \"errorMessage\": \"IP_ADDRESS_NOT_ALLOWED\"}\n",
			class: rule.Blocked, want: []string{"credentials-sent"}},
		{name: "the same block on a 200", paste: "GET /inventory/shelf/42 HTTP/1.1\r\nHost: 10.20.4.9\r\nX-Api-Key: Tq7Lw2Xv9Rb4Nc6Hm1Pz8Ks3Yd5Fg0Ja\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"message\":\"Your IP address is not allowed\"}\n",
			class: rule.None, not: []string{"credentials-sent"}},
	})
}
