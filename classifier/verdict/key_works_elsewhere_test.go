package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestKeyWorksElsewhere: the person's finding that the same credential is
// accepted by other calls of the service makes its refusal an authorization
// one, whatever the error calls it; another client that works with it, or
// other calls failing too, says nothing of the kind (samples written for
// this test).
func TestKeyWorksElsewhere(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  rule.Class
	}{
		{"Our board sync stopped. The same token works for `GET /api/v3/boards`, only the cards call fails:\n\n" +
			"```\n{\"error\": \"invalid or expired token\"}\n```\n", rule.Authorization},
		{"The export endpoint answers 401 Unauthorized, while the service key works fine on all the other endpoints of the reporting API.\n", rule.Authorization},
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"Token expired\"}\n\n" +
			"My token works for the other routes too, I checked an hour ago.\n", rule.Authorization},
		// another client with the same token: this client did not send it
		{"The export endpoint answers 401 Unauthorized, though the same token works with curl for the other endpoints.\n", rule.Authentication},
		// other calls fail as well: nothing shows the token is good
		{"The export endpoint answers 401 Unauthorized, and the same token doesn't work for the other endpoints either.\n", rule.Authentication},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%q: %v, %d exchanges", c.paste, err, len(rep.Exchanges))
		}
		if got := rep.Exchanges[0].Verdict.Class; got != c.want {
			t.Errorf("%q: %s, want %s (%v)", c.paste, got, c.want, rep.Exchanges[0].Verdict.Reasons)
		}
	}
}
