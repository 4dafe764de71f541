package verdict

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestRedirectURIRefused: an authorization server's refusal of the redirect
// URI a client sent, in its own words, stops the sign-in before anyone
// authenticates (the corpus labels it authentication), whatever the status:
// none shown, or the 400 of the page's title. A sentence that says the URI
// is fine, or names it with no failure, says nothing. Samples written for
// this test.
func TestRedirectURIRefused(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`Unregistered redirect_uri ("https://portal.example.org/auth/cb").`:      rule.Authentication,
		`Invalid OAuth2 redirect_uri`:                                            rule.Authentication,
		`{"message":"The redirect URL is not registered for this application."}`: rule.Authentication,
		`The callback URL does not match the one configured for client 4711`:     rule.Authentication,
	})
	if got, why := bodyClass(400, parse.StatusImplied, "Bad Request\n\nUnregistered redirect_uri (\"http://127.0.0.1:38211\")."); got != rule.Authentication {
		t.Errorf("a 400 page refusing the redirect_uri: %q (%s), want authentication", got, why)
	}
	for _, l := range []string{
		"the redirect_uri is set to https://portal.example.org/auth/cb",
		"the redirect uri is not invalid, it is the one registered",
		"we have no invalid redirect urls in the list",
	} {
		if p, ok := redirectURIRefused(strings.ToLower(l)); ok {
			t.Errorf("redirectURIRefused(%q) = %q, want none", l, p.text)
		}
	}
}

// TestNotAValidCredential: "<credential> … is not a valid <credential>" is a
// credential turned down, like "not valid" (a sample written for this test,
// after an app platform's error object).
func TestNotAValidCredential(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"result":{"message":"The appkey supplied is not a valid appkey"},"code":2207}`: rule.Authentication,
		`{"error":"This isn't a valid session token"}`:                                   rule.Authentication,
	})
}
