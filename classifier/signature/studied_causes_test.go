package signature

import "testing"

// TestAccessDeniedOnA401: the authorization endpoint sends access_denied
// back with a redirect; a 401 carrying it is a token endpoint refusing the
// client's own credentials, which the authorization-endpoint entry does not
// explain. Values invented.
func TestAccessDeniedOnA401(t *testing.T) {
	if hs := Match(ex{st: 401, b: `{"error":"access_denied","error_description":"Unauthorized"}`}.exchange(), ""); has(hs, "oauth-access-denied") {
		t.Errorf("oauth-access-denied matched a 401")
	}
	for _, st := range []int{0, 403} {
		if hs := Match(ex{st: st, b: `{"error":"access_denied","error_description":"The user denied the request"}`}.exchange(), ""); !has(hs, "oauth-access-denied") {
			t.Errorf("oauth-access-denied did not match status %d", st)
		}
	}
}
