package parse

import "testing"

// TestSameDumpUnderAnotherRecord: a client's log that prints the same
// error dump (its headers, then the same body) under a record logged at
// another time is failing again: two responses. The same body printed
// twice under one record is one.
func TestSameDumpUnderAnotherRecord(t *testing.T) {
	dump := "Reason: Forbidden\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json', 'Content-Length': '118'})\n" +
		"HTTP response body: {\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"forbidden\",\"reason\":\"Forbidden\",\"code\":403}\n\n"
	wantStatuses(t, "two records", "```\n[2025-02-11 17:40:21 +0000] [SYNCER] [7] [ERROR] ApiException while listing configmaps: (403)\n"+dump+
		"[2025-02-11 17:40:51 +0000] [SYNCER] [7] [ERROR] ApiException while listing configmaps: (403)\n"+dump+"```\n", 403, 403)
	wantStatuses(t, "one record", "```\n[2025-02-11 17:40:21 +0000] [SYNCER] [7] [ERROR] ApiException while listing configmaps: (403)\n"+dump+
		"debug: HTTP response body: {\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"forbidden\",\"reason\":\"Forbidden\",\"code\":403}\n```\n", 403)
}

// TestRecordThenStackMessage: a logger records the error, then prints its
// stack with the message again, bare, on the stack's first line: one
// failure.
func TestRecordThenStackMessage(t *testing.T) {
	wantStatuses(t, "stack", "```\n2025-05-04 21:13:09 [Uploader INFO] Uploading...\n2025-05-04 21:13:10 [Uploader ERROR] StatusCodeError: 403 - \"{\\\"error\\\":\\\"bucket quota denied\\\"}\"\n"+
		"------Error Stack Begin------\nStatusCodeError: 403 - \"{\\\"error\\\":\\\"bucket quota denied\\\"}\"\n    at new StatusCodeError (/app/node_modules/request-promise-core/lib/errors.js:32:15)\n"+
		"    at Request.emit (events.js:210:5)\n-------Error Stack End-------\n```\n", 403)
}

// TestFailurePerResource: a tool's run failing the same way for each
// resource it names, line after line: a response each.
func TestFailurePerResource(t *testing.T) {
	wantStatuses(t, "per resource", "```\nFailed to refresh the feed index contoso.tools.alpha: Response status code does not indicate success: 403 (Forbidden).\n"+
		"Failed to refresh the feed index contoso.tools.beta: Response status code does not indicate success: 403 (Forbidden).\n"+
		"Failed to refresh the feed index contoso.runtime.gamma: Response status code does not indicate success: 403 (Forbidden).\n```\n", 403, 403, 403)
}
