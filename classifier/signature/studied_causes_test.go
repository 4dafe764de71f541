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

// TestCSRFInsideTomcatReport: a Spring application in Tomcat shows the CSRF
// filter's refusal inside Tomcat's generic 403 report page; the message names
// the cause, so the container's frame ("the user lacks a role") gives way.
// Tomcat's frame around another message keeps its reading. Values invented.
func TestCSRFInsideTomcatReport(t *testing.T) {
	page := func(msg string) string {
		return `<html><head><title>Apache Tomcat/9.0.71 - Error report</title></head><body><h1>HTTP Status 403 - ` + msg +
			`</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> ` + msg +
			`</p><p><b>Description</b> The server understood the request but refuses to authorize it.</p><hr class="line" /><h3>Apache Tomcat/9.0.71</h3></body></html>`
	}
	hs := Match(ex{st: 403, h: "Content-Type: text/html;charset=utf-8", b: page("Invalid CSRF token found for http://intranet.example.test/orders/submit")}.exchange(), "")
	if !has(hs, "spring-csrf") || has(hs, "tomcat-403") {
		t.Errorf("CSRF message in Tomcat's page: got %v, want spring-csrf without tomcat-403", hitIDs(hs))
	}
	hs = Match(ex{st: 403, h: "Content-Type: text/html;charset=utf-8", b: page("Access to the requested resource has been denied")}.exchange(), "")
	if !has(hs, "tomcat-403") {
		t.Errorf("Tomcat's page without a CSRF message: got %v, want tomcat-403", hitIDs(hs))
	}
}
