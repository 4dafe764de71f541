package verdict

import "testing"

// TestNegatedFailureStem: a failure word glued to a negation ("NonExpired",
// "unexpired"), as a dumped principal or account record spells a state that
// is fine, says nothing failed; the failure word on its own, or glued to
// the credential's name in an error code, still does.
func TestNegatedFailureStem(t *testing.T) {
	for l, want := range map[string]bool{
		"principal: svc-ledger; accountnonlocked: true; credentialsnonexpired: true; enabled: true": false,
		"the job renews an unexpired token every hour":                                              false,
		"the credentials for the ledger have expired":                                               true,
		"error=tokenexpired while refreshing the ledger feed":                                       true,
		"session is non-existent or expired":                                                        true,
	} {
		if _, _, ok := credentialFailure(l, failureWords); ok != want {
			t.Errorf("credentialFailure(%q) = %v, want %v", l, ok, want)
		}
	}
}
