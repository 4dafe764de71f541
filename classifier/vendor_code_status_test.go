package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestVendorCodeInsideSuccessIsNoStatus: Synology DSM answers every error
// inside a 200 with its own code ({"error":{"code":403,…},"success":false}):
// a 403 read from that code is the vendor's, so the login that wants a
// one-time code is an authentication failure but not one "sent as 403"
// (values are invented).
func TestVendorCodeInsideSuccessIsNoStatus(t *testing.T) {
	rep, err := classifier.Analyze(`After the NAS upgrade the login call gives back this, printed by my script:

{'error': {'code': 403, 'errors': {'token': 'Zq81xkPw', 'types': [{'type': 'otp'}]}}, 'success': False}

and then the library fails on the missing 'data'.
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%d exchanges", len(rep.Exchanges))
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Authentication {
		t.Errorf("verdict %s, want authentication", c)
	}
	if names := rep.FindingNames(); names["authn-failure-as-403"] {
		t.Errorf("authn-failure-as-403 reported for a vendor code inside a 200: %v", names)
	}
}
