package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestNotAssignedIsAuthorization: an identity provider or an application
// that says the signed-in user was not assigned to it refuses a known caller
// (samples written for this test, after the providers' wordings).
func TestNotAssignedIsAuthorization(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`User is not assigned to a role for this application.`:                                            rule.Authorization,
		`{"error":"access_denied","error_description":"User is not assigned to the client application."}`: rule.Authorization,
		`Sorry, you have not been assigned to this workspace yet.`:                                        rule.Authorization,
	})
}
