package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestSigningWordings: where a signature is the credential (HTTP message
// signatures, HMAC-signed requests), a signature that leaves out a header the
// verifier requires, an unsigned request or an HMAC that does not verify is
// an authentication failure (samples written for this test).
func TestSigningWordings(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"type":"about:blank","title":"Forbidden","detail":"host was not a signed header","status":403}`: rule.Authentication,
		`{"error":"Unsigned request: the inbox only accepts signed deliveries"}`:                          rule.Authentication,
		`{"status":"error","reason":"HMAC mismatch for webhook payload"}`:                                 rule.Authentication,
		`{"message":"invalid HMAC in X-Shop-Signature"}`:                                                  rule.Authentication,
	})
}
