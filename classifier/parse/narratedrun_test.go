package parse

import "testing"

// TestSentenceThenUnfencedRun reads one response where a person says in
// their own words what a command they then run prints ("my exporter can't
// fetch anymore, it gets a 401."), the run's output unfenced and stating the
// status as a status line: the sentence told of the run. A tool's error line
// before a run that fails again is two failures. Every value is invented.
func TestSentenceThenUnfencedRun(t *testing.T) {
	wantStatuses(t, "sentence then run: ", `Since the 3rd the tracker site wants some kind of sign-in.

My session id still looks right when I copy it from the browser, but the exporter can't fetch anymore, it gets a 401.

/usr/bin/lynx --dump 'http://127.0.0.1/~kiri/tracker-export/export.php'
   Warning:
   file_get_contents(https://app.tracker.example/api/v2/series/9c1e2f.json?days=7)
   [[1]function.file-get-contents]: failed to open stream: HTTP request
   failed! HTTP/1.1 401 Unauthorized in
   /home/kiri/www/tracker-export/export.php on
   line 51
`, 401)
	wantStatuses(t, "tool error then run: ", `error: fetch failed with status 401 for https://app.tracker.example/api/v2/series

/usr/bin/lynx --dump 'http://127.0.0.1/~kiri/tracker-export/export.php'
   Warning:
   file_get_contents(https://app.tracker.example/api/v2/series/9c1e2f.json?days=7)
   [[1]function.file-get-contents]: failed to open stream: HTTP request
   failed! HTTP/1.1 401 Unauthorized in
   /home/kiri/www/tracker-export/export.php on
   line 51
`, 401, 401)
}

// TestRStrMembersAreNoRun reads one response where an issue says what the
// fenced log below it shows and the log prints an R list with str(), whose
// members (" $ fields: chr …") look like a shell prompt: a name and a colon
// after "$ " is a member, not a command run between the two statements.
// Every value is invented.
func TestRStrMembersAreNoRun(t *testing.T) {
	wantStatuses(t, "str() member: ", "### Description\nPulling campaign data with the `adsR` package; the same notebook works on a laptop but returns HTTP 403 here.\n\n```\nERROR [2024-02-11 10:02:41] URL:  https://graph.ads.example/v3.1/act_55012/\nERROR [2024-02-11 10:02:41] Method:  GET\nERROR [2024-02-11 10:02:41] Params:  List of 1\n $ fields: chr \"name,account_id,balance,timezone_id\"\nError in ads_request(path = \"act_55012/\", method = \"GET\") : Received HTTP code 403 from proxy after CONNECT\n```\n", 403)
	// the status is read where the fenced output states it, not in the
	// sentence above
	in, err := Parse("### Description\nPulling campaign data with the `adsR` package; the same notebook works on a laptop but returns HTTP 403 here.\n\n```\nERROR [2024-02-11 10:02:41] URL:  https://graph.ads.example/v3.1/act_55012/\nError in ads_request(path = \"act_55012/\", method = \"GET\") : Received HTTP code 403 from proxy after CONNECT\n```\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Pos.Line != 6 {
		t.Errorf("the status should be read on line 6, in the fenced output: %+v", in.Exchanges)
	}
	if !runLine("$ curl -i https://h.example/x") || runLine(" $ fields: chr \"a,b\"") {
		t.Error("runLine: a command after $ is a run, a member and a colon is not")
	}
}

// TestFailureMessageThenAdvice reads the status that ends a failure message
// followed by a sentence of advice, as libcurl words its errors and
// curl_cffi raises them, and a response per client where two clients fail
// one after the other, a person's line between them. Every value is
// invented.
func TestFailureMessageThenAdvice(t *testing.T) {
	wantStatuses(t, "advice after: ", `curl_cffi.curl.CurlError: Failed to perform, curl: (22) Refused WebSockets upgrade: 403. See https://curl.se/libcurl/c/libcurl-errors.html first for more details.
`, 403)
	wantStatuses(t, "two clients: ", `wscat --connect wss://push.relay.example/hub/streams?access_token=redacted
error: Unexpected server response: 403

Switching to the websocket client of curl_cffi gives the same:
curl_cffi.curl.CurlError: Failed to perform, curl: (22) Refused WebSockets upgrade: 403. See https://curl.se/libcurl/c/libcurl-errors.html first for more details.
`, 403, 403)
	wantStatuses(t, "one call, two places: ", "I get this error message:\n`Models could not be loaded: Error in API request: Client error: 'GET https://api.llm.example/v1/models' resulted in a '401 Unauthorized' response`\n\nThe same key works in another client. Here is the server log:\n`{\"reqId\":\"q81Zr\",\"level\":2,\"app\":\"assistant\",\"message\":\"API request error : Client error: `GET https://api.llm.example/v1/models` resulted in a `401 Unauthorized` response\"}`\n", 401)
}

// TestSentenceThenRunInOneBlock reads the sentence and the run of
// TestSentenceThenUnfencedRun the same way when the whole paste sits in one
// fenced block (Jira's {noformat}, a reply that fences everything).
func TestSentenceThenRunInOneBlock(t *testing.T) {
	wantStatuses(t, "one block: ", "```\nMy session id still looks right when I copy it from the browser, but the exporter can't fetch anymore, it gets a 401.\n\n/usr/bin/lynx --dump 'http://127.0.0.1/~kiri/tracker-export/export.php'\n   Warning:\n   file_get_contents(https://app.tracker.example/api/v2/series/9c1e2f.json?days=7)\n   [[1]function.file-get-contents]: failed to open stream: HTTP request\n   failed! HTTP/1.1 401 Unauthorized in\n   /home/kiri/www/tracker-export/export.php on\n   line 51\n```\n", 401)
}

// TestWrappedJSONRecords reads a response per record of a JSON access log
// whose lines a terminal wrapped, each record's end on a line of its own,
// and one response for a list whose elements state the same status. Every
// value is invented.
func TestWrappedJSONRecords(t *testing.T) {
	wantStatuses(t, "wrapped records: ", "Two lines from the access log:\n```\n{\"ClientAddr\":\"10.0.4.7:51212\",\"ClientHost\":\"10.0.4.7\",\"DownstreamContentSize\":311,\"DownstreamStatus\":207,\"Duration\":7071122,\"OriginStatus\":207,\"RequestMethod\":\"REPORT\",\"RequestPath\":\"/remote.php/dav/calendars/ana/personal/\",\"request_User-Agent\":\"macOS/14.2 (23C64) Calen\ndarAgent/1150\",\"time\":\"2024-11-19T12:42:47+01:00\"}\n{\"ClientAddr\":\"10.0.4.7:51212\",\"ClientHost\":\"10.0.4.7\",\"DownstreamContentSize\":311,\"DownstreamStatus\":207,\"Duration\":8114329,\"OriginStatus\":207,\"RequestMethod\":\"REPORT\",\"RequestPath\":\"/remote.php/dav/calendars/ana/work/\",\"request_User-Agent\":\"macOS/14.2 (23C64) Calen\ndarAgent/1150\",\"time\":\"2024-11-19T12:42:48+01:00\"}\n```\n", 207, 207)
	wantStatuses(t, "list elements: ", "The bulk call answers:\n```\n[\n{\"id\":\"job-1\",\"status\":403,\"message\":\"not allowed\",\"kind\":\"export\"},\n{\"id\":\"job-2\",\"status\":403,\"message\":\"not allowed\",\"kind\":\"export\"}\n]\n```\n", 403)
}
