package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestMisusedStatusWordings: the words that tell an authentication failure
// sent as 403 from an authorization failure sent as 401, in wordings the
// lists did not hold: a credential the server has no record of ("No such
// API key"), and a refusal that names whom it is for ("not allowed for your
// account"). An address's ban stays the rule of its own. Pastes written for
// the purpose after public reports; every value is invented.
func TestMisusedStatusWordings(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a key the server has no record of, answered 403",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nContent-Length: 31\n\n{\"message\":\"No such API key\"}\n",
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
		{name: "a refusal for the caller's account, answered 401",
			paste: "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":\"E_ACTION\",\"message\":\"This action is not allowed for your account\"}\n",
			class: rule.Authorization, want: []string{"authz-failure-as-401"}},
		{name: "an address's ban is no credential's",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"Your IP has been banned for 24 hours after repeated failed requests\"}\n",
			class: rule.Blocked, not: []string{"authn-failure-as-403"}},
	})
}
