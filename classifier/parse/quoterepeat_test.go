package parse

import "testing"

// TestQuoteRepeated: the same error line again behind a quote marker, a
// blank line after the first, as a person quotes a page's parts one by
// one, is the quote repeated; a quoted log's records, one per line, stay
// one response each (values are invented).
func TestQuoteRepeated(t *testing.T) {
	text := "Signing in stopped working. The page says:\n\n> Access blocked: notes.example.net has not completed the verification process\n\n" +
		"> notes.example.net has not completed the verification process. The app is being tested and only approved testers can use it.\n" +
		"If you are a developer of notes.example.net, see error details.\nError 403: access_denied\n\n> Error 403: access_denied\n" +
		"Request details: access_type=offline response_type=code prompt=consent\n\nI will add you as a tester.\n"
	wantStatuses(t, "", text, 403)
	logged := "The sync log:\n\n> 2025-04-02 10:00:01 ERROR upload failed: 403 Forbidden\n> 2025-04-02 10:00:31 ERROR upload failed: 403 Forbidden\n"
	if got := statusesOf(t, logged); len(got) != 2 {
		t.Errorf("quoted log: statuses %v, want two", got)
	}
}
