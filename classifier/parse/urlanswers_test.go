package parse

import "testing"

// TestRequestsNamedByURLEachWithItsError: with no status anywhere, paths
// (with their query) or URLs alone on a line, each followed by the error it
// got, are one response each; one URL and its error stays one (values are
// invented).
func TestRequestsNamedByURLEachWithItsError(t *testing.T) {
	text := "But I still get errors like:\n\n/api/invoices?order=id.desc\n`permission denied for relation invoices`\n\n" +
		"/api/payouts?order=created_at.desc&user_id=eq.7\n`permission denied for relation payouts`\n"
	wantStatuses(t, "two paths and their errors: ", text, 0, 0)
	one := "Calling\n\nhttps://ledger.example.net/api/payouts?user_id=eq.7\n\ngives `permission denied for relation payouts`\n"
	wantStatuses(t, "one URL and its error: ", one, 0)
}
