package parse

import "testing"

// TestSentenceQuotesTheBlocksErrorLine: a sentence that quotes an error
// line in a code span, then the traceback whose last line it is: one
// failure, read where the block prints it (values are invented).
func TestSentenceQuotesTheBlocksErrorLine(t *testing.T) {
	text := "Since this morning I get `webdavkit.errors.RemoteError: HTTP error: 403` on every upload. The web UI still works.\n\n" +
		"```\nTraceback (most recent call last):\n  File \"/srv/sync/push.py\", line 41, in <module>\n    client.put_file(\"reports/q3.pdf\", local)\n" +
		"  File \"/usr/lib/python3/site-packages/webdavkit/client.py\", line 288, in put_file\n    raise RemoteError(res)\n" +
		"webdavkit.errors.RemoteError: HTTP error: 403\n```\n"
	wantStatuses(t, "a quoted error line and its traceback: ", text, 403)
}
