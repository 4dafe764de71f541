package parse

import "testing"

// TestProposalTitle: an issue's or a pull request's title that proposes
// what the server should send ("# [API] Return HTTP 401 on …") states no
// response; the status the text says comes back is the one (values are
// invented).
func TestProposalTitle(t *testing.T) {
	text := "# [Webhooks] Return HTTP 403 for a signature mismatch\n\nToday the endpoint answers 200 OK with an error in the body.\n\n---\n\nShipped in 4.1.0\n"
	wantStatuses(t, "", text, 200)
	for _, c := range []struct {
		line string
		want bool
	}{
		{"## Respond with 401 instead of 403 when the token is missing", true},
		{"# [auth] Use 403 for revoked keys", true},
		{"# Returned 403 after upgrading to 2.3", false},
		{"Return HTTP 401 on failed authentication", false},
	} {
		if got := proposalTitle(c.line); got != c.want {
			t.Errorf("%q: %v, want %v", c.line, got, c.want)
		}
	}
}
