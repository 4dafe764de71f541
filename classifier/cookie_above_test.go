package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// A Set-Cookie pasted above a later 401, with the browser's word that it
// blocked the cookie, came with an earlier response: the 401 created no
// session (samples written for this test). A 401 that sets the cookie in
// its own header block is still reported.
func TestSetCookieAboveBlockedThen401(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "Chrome: Set-Cookie, blocked warning, later 401",
			paste: "set-cookie: sessionid=Vx81kQpa; Path=/; HttpOnly; SameSite=Lax\n" +
				"This attempt to set a cookie via a Set-Cookie header was blocked because it had the \"SameSite=Lax\" attribute but came from a cross-site response which was not the response to a top-level navigation.\n\n" +
				"GET https://shop.example.dev/api/cart 401 (Unauthorized)\n",
			class: rule.Authentication, not: []string{"new-session-on-401"}},
		{name: "Firefox: Set-Cookie, rejected message, later 401",
			paste: "Set-Cookie: JSESSIONID=0C4D77EE21; Path=/; Secure; HttpOnly\n" +
				"Cookie “JSESSIONID” has been rejected because it is in a cross-site context and its “SameSite” is “Lax” or “Strict”.\n" +
				"XHRGET https://crm.example.dev/api/contacts\n[HTTP/2 401  51ms]\n",
			class: rule.Authentication, not: []string{"new-session-on-401"}},
		{name: "the 401's own Set-Cookie",
			paste: "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nSet-Cookie: JSESSIONID=0C4D77EE21; Path=/; Secure; HttpOnly\r\nContent-Length: 0\r\n\r\n",
			class: rule.Authentication, want: []string{"new-session-on-401"}},
	})
}
