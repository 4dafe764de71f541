package parse

import "testing"

// TestBracketedRunnerStamps: a CI server's bracketed stamp on every line of
// a test run's output (Jenkins' timestamper), blank lines included, is the
// transport's, not a logger's: the traceback under it is one failure, its
// locals' "<Response [429]>" and its "E   …Error: … 429" one response
// (values are invented).
func TestBracketedRunnerStamps(t *testing.T) {
	text := "Our nightly suite trips the limit:\n\n```\n" +
		"[2025-01-14T03:12:40.114Z] tests/test_sync.py:88: \n" +
		"[2025-01-14T03:12:40.114Z] _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n" +
		"[2025-01-14T03:12:40.115Z] lib/python3.9/site-packages/tracker/session.py:130: in __verb\n" +
		"[2025-01-14T03:12:40.115Z]     raise_on_error(response, verb=verb, **kwargs)\n" +
		"[2025-01-14T03:12:40.115Z] \n" +
		"[2025-01-14T03:12:40.115Z] r = <Response [429]>, verb = 'PUT'\n" +
		"[2025-01-14T03:12:40.116Z] \n" +
		"[2025-01-14T03:12:40.116Z] >           raise TrackerError(\n" +
		"[2025-01-14T03:12:40.116Z]                 status_code=r.status_code,\n" +
		"[2025-01-14T03:12:40.116Z]             )\n" +
		"[2025-01-14T03:12:40.117Z] E           tracker.exceptions.TrackerError: TrackerError HTTP 429 url: https://tracker.example.org/rest/api/2/issue/5521/transitions\n" +
		"[2025-01-14T03:12:40.117Z] E           \ttext: Rate limit exceeded.\n" +
		"```\n"
	wantStatuses(t, "", text, 429)
	// a logger's own stamp: each record its own, however alike
	logged := "```\n[2025-01-14T03:12:40.114Z] upload a.bin failed: 403 Forbidden\n[2025-01-14T03:12:41.902Z] upload b.bin failed: 403 Forbidden\n```\n"
	if got := statusesOf(t, logged); len(got) != 2 {
		t.Errorf("logger's stamps: statuses %v, want two", got)
	}
}
