package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestNegatedBlockWordings: a body or a person's text that names a rate
// limit, a firewall or a bot check only to rule it out ("this is not a rate
// limit", "without tripping the rate limit") makes no rate-limit finding and
// no blocked verdict; one that states it still does. Samples written for
// this test.
func TestNegatedBlockWordings(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a 403 body that rules a rate limit out",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nReports of this workspace are open to its admins only. This is not a rate limit; retrying changes nothing.\n",
			class: rule.Authorization, not: []string{"rate-limited"}},
		{name: "a person's wish list beside a 403",
			paste: "GET /v2/ledgers HTTP/1.1\nHost: books.example.org\nX-Api-Key: $LEDGER_KEY\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nforbidden\n\n" +
				"Could the docs show a way to test a key without tripping the rate limit?\n",
			class: rule.Authorization, not: []string{"rate-limited"}},
		{name: "a 403 body that states a rate limit",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nRate limit exceeded: no more than 60 calls per minute for this key.\n",
			class: rule.Blocked, want: []string{"rate-limited"}},
	})
}
