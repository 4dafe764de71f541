package rules_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// hasFinding reports whether the analysis of paste reports the finding
// name on any exchange.
func hasFinding(t *testing.T, paste, name string) bool {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Name == name {
				return true
			}
		}
	}
	return false
}

// A body that refuses the request for another reason than who sent it (a
// request-forgery check, a rule about the caller's address) with no
// status shown still refuses a request that carried a credential:
// credentials-sent, as for a body that refuses it for who sent it.
func TestCredentialsSentBlockedBodyRefusal(t *testing.T) {
	req := func(cred string) string {
		return "When my app sends this request\n\nPATCH /api/profile/ HTTP/1.1\n" + cred + "Content-Type: application/json\nHost: shop.example.net\n\n{\"nickname\":\"otter\"}\n\n"
	}
	for _, paste := range []string{
		req("Authorization: Basic ********\n") + "I get back {\"detail\":\"CSRF Failed: Referer checking failed - no Referer.\"} .\n",
		req("Cookie: sessionid=q8w7e6r5t4y3u2i1o0p9\n") + "I get back {\"error\":\"Your IP address is not allowed to access this API\"} .\n",
	} {
		if !hasFinding(t, paste, "credentials-sent") {
			t.Errorf("no credentials-sent for\n%s", paste)
		}
	}
	// the same refusal of a request that carried nothing is no such finding
	bare := req("") + "I get back {\"detail\":\"CSRF Failed: Referer checking failed - no Referer.\"} .\n"
	if hasFinding(t, bare, "credentials-sent") {
		t.Errorf("credentials-sent for a request without credentials:\n%s", bare)
	}
}
