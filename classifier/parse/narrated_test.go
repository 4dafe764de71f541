package parse

import "testing"

// TestNarratedStatusIsTheFencedOutput: a person's sentence above fenced
// runs ("the root answers 200 OK, but with a path I get 401") tells what
// the runs print; the runs' own lines are the responses, in their order.
// R's httr2 prints its error over two lines, "Error in `req_perform()`:"
// then "! HTTP 401 Unauthorized.", inside the fence: the tool's output,
// not the person speaking of another call (values are invented).
func TestNarratedStatusIsTheFencedOutput(t *testing.T) {
	text := "Stuck on this since Monday.\n\n" +
		"The root of the API answers \"200 OK\", but as soon as I add a path I get \"401 Unauthorized\".\n\n" +
		"```r\nrequest(\"https://tides.example.org/v1\") |>\n  req_auth_basic(username = usr, password = pwd) |>\n  req_perform() |>\n  resp_status()\n[1] 200\n```\n\n" +
		"```r\nrequest(\"https://tides.example.org/v1\") |>\n  req_auth_basic(username = usr, password = pwd) |>\n  req_url_path_append('/stations/42') |>\n  req_perform() |>\n  resp_status()\n" +
		"Error in `req_perform()`:\n! HTTP 401 Unauthorized.\n```\n"
	if got := statusesOf(t, text); len(got) != 2 || got[0] != 200 || got[1] != 401 {
		t.Errorf("statuses %v, want 200,401 (the runs' own, in their order)", got)
	}
	// a tool's error line outside the fences is output too, not a person's
	// summary of the fenced one: both stay responses
	ps := "Invoke-RestMethod : The remote server returned an error: (403) Forbidden.\n" +
		"At line:1 char:1\n\n### Verbose output\n\n```shell\nVERBOSE: GET with 0-byte payload\n" +
		"Invoke-RestMethod : The remote server returned an error: (403) Forbidden.\nAt line:1 char:1\n```\n"
	if got := statusesOf(t, ps); len(got) != 2 {
		t.Errorf("a tool's error outside the fence and inside: statuses %v, want two", got)
	}
}

// TestPageTitleThenHeadingIsOnePage: a server's error page copied as text
// gives its title ("403 Forbidden") and then its heading ("Forbidden"): one
// page, one response, not the same error printed twice (values are
// invented).
func TestPageTitleThenHeadingIsOnePage(t *testing.T) {
	for _, text := range []string{
		"403 Forbidden\nForbidden\nYou don't have permission to access /reports/2026/q3 on this server.\n",
		"My office network gets this, home works:\n\n```\n403 Forbidden\nForbidden\nYou don't have permission to access /reports/2026/q3 on this server.\n```\n",
	} {
		wantStatuses(t, "", text, 403)
	}
}
