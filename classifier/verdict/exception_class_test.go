package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestExceptionClassByStem: a client's or SDK's exception class named by a
// known code and its kind's suffix (AuthFailureError, TokenExpiredError)
// says what the code says, in a log line or a traceback; a class whose stem
// is no known code, or a generic one, says nothing. A permission checked
// and failed is an authorization failure. Samples written for this test.
func TestExceptionClassByStem(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"W/Volley: com.android.volley.AuthFailureError":                                 rule.Authentication,
		"lib/client.rb:88:in `call': Acme::TokenExpiredError (token refresh)":           rule.Authentication,
		"at Sdk.Http.TimeoutError (client.js:12)":                                       "",
		`{"data":null,"message":"Permission check failed (/nodes/pve1, Sys.Audit)\\n"}`: rule.Authorization,
	})
}
