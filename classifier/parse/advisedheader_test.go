package parse

import "testing"

// TestAdvisedHeaderNotSent: a header a reply advises sending ("you need
// to add a header ...:" over a fenced Authorization line, "did you pass
// -H ...?") is a suggestion, not what the request carried; the same line
// under the person's own words is.
func TestAdvisedHeaderNotSent(t *testing.T) {
	log := "INFO Application - 401 Unauthorized: GET - /api/profile\n\nwhy do I get this?\n\n"
	for _, reply := range []string{
		"maintainer · comment\n@asker you need to add a header to the authenticated requests, otherwise you get the 401:\n```\nAuthorization: Token {{token}}\n```\nThe token comes from the login response.\n",
		"maintainer · comment\nDid you pass `Authorization: Bearer $access_token` with your call?\n",
	} {
		if got := lastAnsweredCredentials(t, log+reply); got.State == CredSent {
			t.Errorf("credentials sent, want none, in\n%s", reply)
		}
	}
	own := "I send this header on every call:\n```\nAuthorization: Token 9c1f27ab44e0d3b85f6a\n```\n"
	if got := lastAnsweredCredentials(t, log+own); got.State != CredSent {
		t.Errorf("credentials %s, want sent, in\n%s", got.State, own)
	}
}
