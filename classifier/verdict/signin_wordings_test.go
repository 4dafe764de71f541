package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestSignInMissingWordings: a refusal that says signing in, a signature or
// a valid credential is what the request lacked is an authentication
// failure, even when it opens with a permission wording; one that names a
// grant the caller lacks stays authorization.
func TestSignInMissingWordings(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"You need to be authenticated to access the ledger export":                        rule.Authentication,
		"Not allowed to open /ledger/2024 without authentication":                         rule.Authentication,
		"Access to the ledger is restricted to authenticated users":                       rule.Authentication,
		"This report is only available to logged-in users":                                rule.Authentication,
		"Access denied: the request was not signed":                                       rule.Authentication,
		"git@code.example.net: Permission denied (publickey).":                            rule.Authentication,
		"You are not authorized to access this ledger. Please provide a valid API token.": rule.Authentication,
		"Permission denied. Please check your credentials and retry.":                     rule.Authentication,
		"Unable to open the ledger: credentials not accepted":                             rule.Authentication,
		// a grant named beside the demand: the permission's refusal
		"Permission denied: please check your token's permissions for ledger:write": rule.Authorization,
		"You are not authorized to access this ledger":                              rule.Authorization,
		"Permission denied: the token does not have the required scope":             rule.Authorization,
	})
}
