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

// TestVendorTemplatesOutsideJSON: a vendor's message template keeps its
// meaning when a person quotes it bare in a sentence (Tyk's "Key not
// authorized") or a client prints the vendor's object as a Python dict
// (DSM's login answer asking for a one-time code). Lower-case prose that
// only resembles a template does not match. Values invented.
func TestVendorTemplatesOutsideJSON(t *testing.T) {
	for _, c := range []struct {
		id, body string
		want     bool
	}{
		{"tyk-auth", "Since the upgrade every call with a token past its exp gets Key not authorized and a 403 from the gateway.", true},
		{"tyk-auth", `{"error": "Key not authorised"}`, true},
		{"tyk-auth", "The partner says our API key not authorized for the reporting endpoint yet.", false},
		{"synology-login-second-factor", "login returned {'error': {'code': 403, 'errors': {'token': 'Zr81', 'types': [{'type': 'otp'}]}}, 'success': False}", true},
		{"synology-login-second-factor", "login returned {'error': {'code': 403}, 'success': False}", false},
		{"fosoauth-authentication-required", "{\n    \"error\": \"access_denied\",\n    \"error_description\": \"OAuth2 authentication required\"\n}", true},
	} {
		if got := has(Match(ex{b: c.body}.exchange(), ""), c.id); got != c.want {
			t.Errorf("%s on %q: matched %v, want %v", c.id, c.body, got, c.want)
		}
	}
	// the bundle's description replaces the authorization endpoint's reading
	if hs := Match(ex{b: `{"error":"access_denied","error_description":"OAuth2 authentication required"}`}.exchange(), ""); has(hs, "oauth-access-denied") {
		t.Errorf("oauth-access-denied kept beside the bundle's own description")
	}
}
