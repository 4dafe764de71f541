package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestProseNamesUnknownCaller: with no status, or one that names no
// refusal, the person's own sentence that the refusal is of callers the
// server did not know ("Unauthenticated requests are blocked") tells more
// than a body that only restates a refusal (the sentences that do not
// count are verdict's TestProseUnknownCallerNot).
func TestProseNamesUnknownCaller(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "the person says the refusal is of unauthenticated requests",
			paste: "Unauthenticated requests are refused, but the code in the error is always the same. Expected?\n\n```\n{\n  \"errors\": [\n    {\n      \"message\": \"Not Authorised!\",\n      \"extensions\": {\"code\": \"INTERNAL_SERVER_ERROR\"}\n    }\n  ],\n  \"data\": null\n}\n```\n",
			class: rule.Authentication},
	})
}
