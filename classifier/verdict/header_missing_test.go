package verdict

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCredentialHeaderMissing: a framework's refusal of a request without
// a header its handler needs (Spring's "Required request header … is not
// present", "Missing request header …") is an authentication failure when
// the header is a credential's, whatever the 400 says; another header, or
// a sentence that says the credential header is fine, is not. Samples
// written for this test.
func TestCredentialHeaderMissing(t *testing.T) {
	for _, body := range []string{
		`{"timestamp":"2025-03-02T10:11:12.000+00:00","status":400,"error":"Bad Request","message":"Required request header 'Authorization' for method parameter type String is not present","path":"/api/orders"}`,
		`{"message":"Missing request header 'X-Api-Key' for method parameter of type String"}`,
	} {
		if got, why := bodyClass(400, parse.StatusLine, body); got != rule.Authentication {
			t.Errorf("%s: %q (%s), want authentication", body, got, why)
		}
	}
	for _, l := range []string{
		"missing request header 'x-correlation-id' for method parameter of type string",
		"header authorization is fine but the body is missing",
	} {
		if p, ok := credentialHeaderMissing(strings.ToLower(l)); ok {
			t.Errorf("credentialHeaderMissing(%q) = %q, want none", l, p.text)
		}
	}
}
