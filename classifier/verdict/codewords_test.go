package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCodeWords: error codes the table does not list, read by their words in
// the notations APIs write them in (capitals with underscores, camel case,
// dashes, an exception suffix). Codes written for this test.
func TestCodeWords(t *testing.T) {
	for code, want := range map[string]rule.Class{
		"ERR_SESSION_NOT_FOUND":      rule.Authentication, // not a missing resource
		"SessionTimedOutTimeout":     rule.Authentication,
		"invalid-app-key":            rule.Authentication,
		"ApiKeyRequired":             rule.Authentication,
		"OTP_INVALID":                rule.Authentication,
		"CredentialsExpiredError":    rule.Authentication,
		"USER_NOT_AUTHENTICATED":     rule.Authentication,
		"MissingAuthorizationHeader": rule.Authentication,
		"ACCOUNT_LOCKED":             rule.Authentication,
		"NO_TOKEN":                   rule.Authentication,
		"CLIENT_SECRET_MISMATCH":     rule.Authentication,
		"MISSING_SCOPES":             rule.Authorization,
		"INSUFFICIENT_TOKEN_SCOPE":   rule.Authorization, // the grant, not the token, is what lacks
		"NotOwner":                   rule.Authorization,
		"NOT_A_MEMBER":               rule.Authorization,
		"ROLE_REQUIRED":              rule.Authorization,
		"AuthorizationDeniedError":   rule.Authorization,
		"CSRF_TOKEN_MISSING":         rule.Blocked, // a forgery check, whatever its token
	} {
		m, ok := codeLookup(code)
		if !ok || m.class != want {
			t.Errorf("codeLookup(%q) = %v %v, want %s", code, m, ok, want)
		}
	}
	// words that name no identity's failure: a resource that is missing, a
	// page or stream position, a nonce, a grant that merely is named, an
	// Authorization only said to be invalid (either class)
	for _, code := range []string{"ROLE_NOT_FOUND", "USER_NOT_FOUND", "INVALID_PAGE_TOKEN", "page_token_invalid",
		"InvalidNextTokenException", "SecretNotFound", "INVALID_SCOPE", "invalid_nonce", "ROLE_ALREADY_EXISTS",
		"authorization_invalid_code", "PASSWORD_TOO_SHORT"} {
		if m, ok := codeLookup(code); ok && (m.class == rule.Authentication || m.class == rule.Authorization) {
			t.Errorf("codeLookup(%q) = %v, want no identity failure", code, m)
		}
	}
}

// TestCredentialWordings: messages that name a credential in the ways APIs
// word them beyond the phrase table: a demand to send one, an application's
// key or id, a verification that could not be done, a one-time code turned
// down, a sign-in that lapsed. Samples written for this test.
func TestCredentialWordings(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"error":"You must provide an API key with every call."}`:          rule.Authentication,
		`{"message":"Please supply your access token"}`:                     rule.Authentication,
		`{"errmsg":"invalid AppKey, check the console"}`:                    rule.Authentication,
		`{"error":{"message":"consumer key unknown"}}`:                      rule.Authentication,
		`{"detail":"Unable to verify token signature"}`:                     rule.Authentication,
		`{"error":"Invalid OTP, try again"}`:                                rule.Authentication,
		`{"message":"The verification code has expired"}`:                   rule.Authentication,
		`{"msg":"Login expired, please sign in"}`:                           rule.Authentication,
		`{"error":{"code":"ROLE_NOT_FOUND","message":"No such role: ops"}}`: rule.None,
	})
}
