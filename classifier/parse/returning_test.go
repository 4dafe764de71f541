package parse

import (
	"slices"
	"testing"
)

// TestServerLogSaysWhatItReturns reads the status a server's own log line
// says it is sending ("… Returning 403.", "responding 429"), one response
// per record; a count after the verb ("returning 200 rows") is no status.
func TestServerLogSaysWhatItReturns(t *testing.T) {
	log := "```\nINFO: Sep 02, 2025 4:10:11 PM org.example.gate.TokenFilter check\n" +
		"WARNING: No valid form token was included in request for /admin/jobs/nightly. Returning 403.\n" +
		"Sep 02, 2025 4:10:40 PM org.example.gate.TokenFilter check\n" +
		"WARNING: No valid form token was included in request for /admin/jobs/weekly. Returning 403.\n```\n"
	if got := statusesOf(t, log); !slices.Equal(got, []int{403, 403}) {
		t.Errorf("statuses %v, want [403 403]", got)
	}
	if h, ok := lineStatus("limiter: bucket empty for client 198.51.100.4, responding 429"); !ok || h.code != 429 {
		t.Errorf("responding 429: %+v %v", h, ok)
	}
	if h, ok := lineStatus("query finished, returning 200 rows to the caller"); ok && h.code == 200 {
		t.Errorf("a row count read as a status: %+v", h)
	}
}
