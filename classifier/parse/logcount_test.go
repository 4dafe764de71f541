package parse

import (
	"slices"
	"testing"
)

// statusesOf parses text and returns the status of each exchange, in order.
func statusesOf(t *testing.T, text string) []int {
	t.Helper()
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, x := range in.Exchanges {
		if x.Response == nil {
			got = append(got, -1)
			continue
		}
		got = append(got, x.Response.Status)
	}
	return got
}

// wantStatuses fails the test when text does not parse to exactly these
// statuses, in order; what names the sample in the message.
func wantStatuses(t *testing.T, what, text string, want ...int) {
	t.Helper()
	if got := statusesOf(t, text); !slices.Equal(got, want) {
		t.Errorf("%sstatuses %v, want %v", what, got, want)
	}
}

// TestCountingResponsesInLogs counts the responses of logs and tool output
// (issue #9): one per record or per failed fetch, none for a line that only
// restates another; one failed call that a program logs and then prints
// again in other words is one response. Every value is invented.
func TestCountingResponsesInLogs(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []int
	}{
		{
			// "..." between two copies of one warning says lines of the log
			// were left out: each copy is another fetch, not a quote of one
			name: "the same record twice with an elision between",
			text: `...
 [03-Feb-2025 11:20:07 UTC] PHP Warning:  fopen(https://cdn.example.org/reports/q4.pdf): Failed to open stream: HTTP request failed! HTTP/1.1 401 Unauthorized

...
 [03-Feb-2025 11:20:07 UTC] PHP Warning:  fopen(https://cdn.example.org/reports/q4.pdf): Failed to open stream: HTTP request failed! HTTP/1.1 401 Unauthorized

...
`,
			want: []int{401, 401},
		},
		{
			// a tool's reasons, one per package, each naming its own URL:
			// none is a summary of the next, though the last shows the
			// header fields its debug log printed
			name: "a tool's reasons about other URLs under its first error",
			text: "Running the update gives:\n" +
				"> error: manifest for '@acme/cli' failed to load. Fetch 'https://pkgs.example.dev/@acme/cli/index.json' failed: 403 Forbidden\n" +
				"\n" +
				"With debug logging:\n" +
				"```\n" +
				"Warning: 2 package(s) could not be checked.\n" +
				"  pkg:@acme/core (registry: https://pkgs.example.dev/)\n" +
				"    Reason: Fetch 'https://pkgs.example.dev/@acme/core/index.json' failed: 403 Forbidden\n" +
				"  pkg:@acme/net (registry: https://pkgs.example.dev/)\n" +
				"    Reason: Fetch 'https://pkgs.example.dev/@acme/net/index.json' failed: 403 Forbidden\n" +
				"DEBUG RS - reqwest::connect:201 - response headers\n" +
				"server: CloudFront\n" +
				"x-cache: Error from cloudfront\n" +
				"```\n",
			want: []int{403, 403, 403},
		},
		{
			// a person's sentence quoting the status line the client showed,
			// then the server's access log: the sentence spoke of the logged
			// requests, each line of which is one response
			name: "a status line quoted in a sentence above access-log records",
			text: "Syncing from the desktop app fails, the error is \"HTTP/1.1 401 Unauthorized\"\n" +
				"\n" +
				"server log:\n" +
				"[WEB] 2025/06/18 - 07:41:02 | 401 |     112.4µs |   192.168.7.31 | REPORT   \"/cal/work/\"\n" +
				"[WEB] 2025/06/18 - 07:41:05 | 401 |      98.0µs |   192.168.7.31 | REPORT   \"/cal/work/\"\n" +
				"[WEB] 2025/06/18 - 07:41:11 | 401 |     101.7µs |   192.168.7.31 | REPORT   \"/cal/work/\"\n",
			want: []int{401, 401, 401},
		},
		{
			// failed sign-ins logged one a record, each naming the URL asked
			// for, then the ban they caused, logged once and naming none:
			// one response a failed sign-in, the ban part of the last
			name: "repeated failed sign-ins, then the ban they caused",
			text: "The tablet keeps reconnecting:\n\n" +
				"```\n" +
				"Feb 09 21:04:17 hub hubd[7712]: 2027-02-09 21:04:17.118 WARNING (MainThread) [media.http.auth] Login attempt with invalid credentials from 192.0.2.45. Requested URL: '/api/library/sync'. (MediaApp/4.1.0 (Android 14; Pixel 7))\n" +
				"Feb 09 21:04:17 hub hubd[7712]: 2027-02-09 21:04:17.540 WARNING (MainThread) [media.http.auth] Login attempt with invalid credentials from 192.0.2.45. Requested URL: '/api/library/sync'. (MediaApp/4.1.0 (Android 14; Pixel 7))\n" +
				"Feb 09 21:04:17 hub hubd[7712]: 2027-02-09 21:04:17.962 WARNING (MainThread) [media.http.auth] Login attempt with invalid credentials from 192.0.2.45. Requested URL: '/api/library/sync'. (MediaApp/4.1.0 (Android 14; Pixel 7))\n" +
				"Feb 09 21:04:18 hub hubd[7712]: 2027-02-09 21:04:18.007 WARNING (MainThread) [media.http.ban] Banned IP 192.0.2.45 after too many failed logins\n" +
				"```\n",
			want: []int{0, 0, 0},
		},
		{
			// an issue form that holds the error under two headings: the
			// report shows it twice, each a response as most labels count
			name: "the same error line under two headings of an issue form",
			text: "### What happened\n\n" +
				"acme_sdk.errors.PermissionDenied: Error code: 403 - {'detail': 'project is archived'}\n\n" +
				"### Steps\n\n" +
				"Call `client.jobs.create()` on the archived project.\n\n" +
				"### Logs\n\n" +
				"acme_sdk.errors.PermissionDenied: Error code: 403 - {'detail': 'project is archived'}\n",
			want: []int{403, 403},
		},
		{
			// a printed error object's own status member and its response's,
			// one indented under the other: one response
			name: "a status member twice in one printed error object",
			text: "HttpError: Resource not accessible by this key\n" +
				"    at fetchJson (/srv/app/node_modules/acme-client/index.js:88:11) {\n" +
				"  status: 403,\n" +
				"  response: {\n" +
				"    url: 'https://api.example.dev/v2/teams/7/members',\n" +
				"    status: 403,\n" +
				"    data: { message: 'Resource not accessible by this key' }\n" +
				"  }\n" +
				"}\n",
			want: []int{403},
		},
		{
			// the link a sentence points to is no request: the sentence
			// still summarises the error printed below it
			name: "prose with a Markdown link above the error it speaks of",
			text: "Pulling the image named in the [guide](https://docs.example.net/setup) fails with 401 Unauthorized.\n" +
				"\n" +
				"```\n" +
				"Error: pull failed: unexpected status from GET request to https://images.example.net/token?scope=repo%3Aacme%2Fweb%3Apull: 401 Unauthorized\n" +
				"```\n",
			want: []int{401},
		},
		{
			// a logger's record of the exception, then the exception that
			// wraps it with the same message, its stack below
			name: "an exception logged, then printed as its wrapper",
			text: "After the upgrade the service dies at start:\n\n" +
				"```\n" +
				"2025-02-11T09:14:03,551  INFO [main] (Boot.java:31) - Starting catalog sync 2.4.0\n" +
				"2025-02-11T09:14:05,902 ERROR [main] (Boot.java:88) - Unhandled error: io.acme.catalog.ApiException: {\"error\":\"403 Forbidden\",\"detail\":\"token lacks read_api\"}\n" +
				"java.lang.Error: io.acme.catalog.ApiException: {\"error\":\"403 Forbidden\",\"detail\":\"token lacks read_api\"}\n" +
				"        at io.acme.catalog.http.Requestor.fetch(Requestor.java:212) ~[catalog-api-3.1.0.jar:?]\n" +
				"        at io.acme.catalog.Sync.run(Sync.java:57) ~[catalog-sync.jar:?]\n" +
				"```\n",
			want: []int{403},
		},
		{
			// a tool failing once per file, each file named before the
			// same message: two failures, however alike the names end
			name: "two files named alike before the same message",
			text: "2025/02/11 09:20:01 ERROR : photos/2024/beach.jpg: Failed to copy: HTTP 403 Forbidden: the bucket policy denies PutObject\n" +
				"2025/02/11 09:20:02 ERROR : photos/2023/beach.jpg: Failed to copy: HTTP 403 Forbidden: the bucket policy denies PutObject\n",
			want: []int{403, 403},
		},
		{
			// urllib3's debug line for the request, then the HTTPError the
			// client raised for it, naming the URL without the method
			name: "urllib3's request line, then requests' error for that URL",
			text: "```\n" +
				"Resolving dependencies...\n" +
				"[urllib3.connectionpool] https://pkgs.example.io:443 \"GET /simple/acme-tools/ HTTP/1.1\" 403 162\n" +
				"\n" +
				"  RepositoryError\n" +
				"\n" +
				"  403 Client Error: Forbidden for url: https://pkgs.example.io/simple/acme-tools/\n" +
				"```\n",
			want: []int{403},
		},
		{
			// the error names another URL than the logged request: the
			// error is about another call
			name: "urllib3's request line, then an error for another URL",
			text: "```\n" +
				"[urllib3.connectionpool] https://pkgs.example.io:443 \"GET /simple/acme-tools/ HTTP/1.1\" 403 162\n" +
				"\n" +
				"  RepositoryError\n" +
				"\n" +
				"  403 Client Error: Forbidden for url: https://pkgs.example.io/simple/acme-cli/\n" +
				"```\n",
			want: []int{403, 403},
		},
		{
			// a command-line tool's "error: …" line in two runs, each with
			// its own message: two refused calls
			name: "a CLI's error line in two runs with other messages",
			text: "The release job fails with:\n" +
				"```\n" +
				"   Uploading tidewatch v1.4.0\n" +
				"error: registry refused the upload (status 403 Forbidden): the token may not publish this package\n" +
				"```\n" +
				"Last month's run on the same workflow got further:\n" +
				"```\n" +
				"error: registry refused the upload (status 403 Forbidden): version 1.3.9 already exists\n" +
				"```\n",
			want: []int{403, 403},
		},
		{
			// a record at error level after another request's completion
			// record, later, stating no status: another response, whose
			// status the log does not give
			name: "an error record after another request's completed record",
			text: "t=2025-03-04T08:10:02+0000 lvl=info msg=\"Request Completed\" logger=context method=GET path=/boards/7 status=302 remote_addr=203.0.113.7 time_ms=1\n" +
				"t=2025-03-04T08:10:40+0000 lvl=eror msg=\"Invalid username or password\" logger=context error=\"invalid credentials\"\n",
			want: []int{302, 0},
		},
		{
			// a message with no level after it may be a step of the next
			// request: no response of its own
			name: "an error message with no level after a completed request",
			text: "198.51.100.9 - - [2025/03/04 08:10:02] app.example.org GET - \"/boards/7\" HTTP/1.1 \"Mozilla/5.0\" 302 41 0.001\n" +
				"[2025/03/04 08:10:40] [session.go:211] Error loading session: cookie \"_app_session\" not present\n",
			want: []int{302},
		},
		{
			// a server's error log refusing each request of a burst, every
			// record naming the request it refused: one response each,
			// though a line of prose above names the same request
			name: "a rate limiter's records, each naming its own request",
			text: "The sync client sends everything at once and gets throttled on /signin:\n" +
				"```\n" +
				"Feb  3 06:12:44 gw7 nginx: 2025/02/03 06:12:44 [error] 3310#3310: *71002 limiting requests, excess: 5.120 by zone \"signin\", client: 10.9.0.14, server: , request: \"POST /signin HTTP/1.1\", host: \"gw7.example.lan\"\n" +
				"Feb  3 06:12:44 gw7 nginx: 2025/02/03 06:12:44 [error] 3310#3310: *71005 limiting requests, excess: 5.118 by zone \"signin\", client: 10.9.0.14, server: , request: \"POST /signin HTTP/1.1\", host: \"gw7.example.lan\"\n" +
				"Feb  3 06:12:45 gw7 nginx: 2025/02/03 06:12:45 [error] 3310#3310: *71004 limiting requests, excess: 5.102 by zone \"signin\", client: 10.9.0.14, server: , request: \"POST /signin HTTP/1.1\", host: \"gw7.example.lan\"\n" +
				"```\n",
			want: []int{0, 0, 0},
		},
		{
			// the records' ids differ but their messages are other events
			// of one request: not the same event logged again
			name: "an error log's records of one request in other words",
			text: "Behind the proxy the admin page fails:\n" +
				"```\n" +
				"Feb  3 06:12:44 gw7 nginx: 2025/02/03 06:12:44 [error] 3310#3310: *71002 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.9.0.14, server: gw7.example.lan, request: \"GET /admin/ HTTP/1.1\", host: \"gw7.example.lan\"\n" +
				"Feb  3 06:12:44 gw7 nginx: 2025/02/03 06:12:44 [error] 3310#3310: *71002 open() \"/srv/www/admin/index.html\" failed (13: Permission denied), client: 10.9.0.14, server: gw7.example.lan, request: \"GET /admin/ HTTP/1.1\", host: \"gw7.example.lan\"\n" +
				"```\n",
			want: []int{0},
		},
		{
			// each command of a shell session with the body it printed
			// just below it is one request and its answer, the status of
			// neither shown
			name: "two commands in a session, each with the body it printed",
			text: "Fetching the index by hand:\n" +
				"```\n" +
				"$ curl https://downloads.example.org/tools/index.json\n" +
				"<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>\n" +
				"You don't have permission to access this resource.<P>\n" +
				"</BODY></HTML>\n" +
				"$ curl -A 'fetcher/2' https://downloads.example.org/tools/index.json\n" +
				"{\n" +
				"    \"schema\": 3,\n" +
				"    \"tools\": [\n" +
				"...\n" +
				"```\n",
			want: []int{403, 0},
		},
		{
			// the same, the second body whole on one line
			name: "two commands in a session, the second body on one line",
			text: "```\n" +
				"$ curl https://downloads.example.org/tools/index.json\n" +
				"<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>\n" +
				"You don't have permission to access this resource.<P>\n" +
				"</BODY></HTML>\n" +
				"$ curl -A 'fetcher/2' https://downloads.example.org/tools/index.json\n" +
				"{\"schema\": 3, \"tools\": [\"lint\", \"fmt\"]}\n" +
				"```\n",
			want: []int{403, 0},
		},
		{
			// the command closes its block and prose follows it: nothing
			// it printed is shown
			name: "a command at the end of its block, prose after it",
			text: "```\n" +
				"$ curl https://downloads.example.org/tools/b.tgz\n" +
				"{\"error\": \"token required\"}\n" +
				"$ curl -H 'Authorization: Bearer x' https://downloads.example.org/tools/b.tgz\n" +
				"```\n" +
				"Error pages should not be cached by the mirror.\n",
			want: []int{0},
		},
		{
			// a client's response object printed with its status field and
			// header map, then a curl dump of the same URL: two responses
			name: "a printed response object above a curl dump",
			text: "The client gets:\n" +
				"```\n" +
				"Response {\n" +
				"    url: \"https://feeds.example.org/latest?fmt=atom\",\n" +
				"    status: 400,\n" +
				"    headers: {\n" +
				"        \"content-type\": \"text/html; charset=UTF-8\",\n" +
				"        \"server\": \"edge-7\",\n" +
				"    },\n" +
				"}\n" +
				"```\n" +
				"while curl gets:\n" +
				"```\n" +
				"curl --head \"https://feeds.example.org/latest?fmt=atom\"\n" +
				"HTTP/2 200 \n" +
				"content-type: application/atom+xml\n" +
				"server: edge-7\n" +
				"```\n",
			want: []int{400, 200},
		},
		{
			// one diagnostic box per failed lookup, each stating the same
			// status: one response each
			name: "diagnostic boxes, each ending with the same status",
			text: "Initializing provider plugins...\n" +
				"╷\n" +
				"│ Error: Failed to resolve provider packages\n" +
				"│ \n" +
				"│ Could not resolve provider acme/alpha: could not connect to registry.example.org: failed to request discovery document: 403 Forbidden\n" +
				"╵\n" +
				"\n" +
				"╷\n" +
				"│ Error: Failed to resolve provider packages\n" +
				"│ \n" +
				"│ Could not resolve provider acme/beta: could not connect to registry.example.org: failed to request discovery document: 403 Forbidden\n" +
				"╵\n",
			want: []int{403, 403},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := statusesOf(t, c.text); !slices.Equal(got, c.want) {
				t.Errorf("statuses %v, want %v", got, c.want)
			}
		})
	}
}

// TestSentenceStatusLine tells a status line quoted in a person's sentence
// from one under a label or alone on its line.
func TestSentenceStatusLine(t *testing.T) {
	for text, want := range map[string]bool{
		`Every upload fails, the error is "HTTP/1.1 403 Forbidden"`: true,
		`the proxy answers 'HTTP/2 401' to the app`:                 true,
		`Response: HTTP/1.1 401 Unauthorized`:                       false,
		`HTTP/1.1 401 Unauthorized`:                                 false,
		`< HTTP/2 403`:                                              false,
		`2025-01-02 10:00:01 HTTP/1.1 401`:                          false,
	} {
		if got := sentenceStatusLine(text); got != want {
			t.Errorf("sentenceStatusLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestThreadPostsEachShowTheError: an issue thread's posts copied one under
// another with a thematic break between them; each post that shows the error
// again shows a failure of its own, while a post whose sentence only speaks
// of the error, or that holds the server's log of the refusal, adds none.
// Every value is invented.
func TestThreadPostsEachShowTheError(t *testing.T) {
	first := "Running the export step fails:\n\nAcmeAuthError: status_code: 403, body: {'detail': 'key disabled'}\n\n---\n\n"
	wantStatuses(t, "another post shows the error: ", first+"Same for me on 2.4:\nacme.errors.AcmeAuthError: status_code: 403, body: {'detail': 'key disabled'}\n", 403, 403)
	wantStatuses(t, "another post speaks of it: ", first+"Fixed it. The \"status_code: 403\" message could say the key was disabled, though.\n", 403)
	wantStatuses(t, "a page, then the host's log: ", "Saving the form gives:\n\n> Forbidden\n> You don't have permission to access this resource.\n> Additionally, a 403 Forbidden error was encountered while trying to use an ErrorDocument.\n\n---\n\nThe host sent me this:\n\n[Tue Mar 04 10:11:12.123456 2025] [:error] [pid 4411] [client 198.51.100.7:50122] ModSecurity: Access denied with code 403 (phase 2). [uri \"/admin/save.php\"]\n", 403)
	wantStatuses(t, "no break: ", "AcmeAuthError: status_code: 403, body: {'detail': 'key disabled'}\nacme.errors.AcmeAuthError: status_code: 403, body: {'detail': 'key disabled'}\n", 403)
}

// TestProxyFlowListRetries: mitmproxy's flow list copied as text, each
// request named alone on its line and the answer under it with an arrow; a
// request sent again after its answer (a client that retries with
// credentials after a 401) is another exchange. Every value is invented.
func TestProxyFlowListRetries(t *testing.T) {
	wantLineStatus(t, map[string]int{
		"      <- 403 application/json 88B": 403,
		"<- 204 [no content]":               204,
		"<- 302 text/html 0.5k":             302,
		"<- 200":                            200,
		"<- 401 people said it works":       0,
		"<-- 401 text/html 1k":              0,
	})
	list := "  GET https://tracker.example.com/rest/items/7701\n       <- 401 text/html 912B\n" +
		"  GET https://tracker.example.com/rest/items/7701\n       <- 200 application/json 3.4kB\n" +
		"  PUT https://tracker.example.com/rest/items/7702\n       <- 401 text/html 912B\n"
	wantStatuses(t, "flow list: ", list, 401, 200, 401)
	// a request restated right under its error, not on a line of its own,
	// stays that error's
	wantStatuses(t, "restated: ", "npm ERR! code E403\nnpm ERR! 403 403 Forbidden - GET https://registry.example.com/pkg-x\n", 403)
}

// TestPowerShellRecordRestatesPage: Windows PowerShell prints a refused
// call's page as the error record's message, "Invoke-RestMethod :" alone on
// its line and IIS's title and heading under it, each with the status: one
// failed call; the next record is another. Every value is invented.
func TestPowerShellRecordRestatesPage(t *testing.T) {
	rec := "Invoke-RestMethod :\n403 - Forbidden: Access is denied.\nServer Error\n\n  403 - Forbidden: Access is denied.\n  You do not have permission to view this directory or page using the credentials that you supplied.\n\n" +
		"At C:\\ops\\sync.ps1:41 char:5\n+     Invoke-RestMethod -Uri $reportUrl -UseDefaultCredentials\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
		"    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException\n"
	wantStatuses(t, "one record: ", rec, 403)
	wantStatuses(t, "two records: ", rec+rec, 403, 403)
}

// TestNestedResultRestatesBody: a client's result object that prints the
// response again in a nested member (urllib's res with its own status and
// data) is one response, though the nested body is quoted where the outer
// one was read bare. Every value is invented.
func TestNestedResultRestatesBody(t *testing.T) {
	obj := "{\n  data: '<h1>403 Forbidden</h1>',\n  status: 403,\n  res: {\n    status: 403,\n    statusMessage: 'Forbidden',\n    data: '<h1>403 Forbidden</h1>',\n    rt: 4\n  }\n}\n"
	wantStatuses(t, "nested result: ", obj, 403)
	if got := quotedMember(`  "a \"b\"",`); got != `  "a \"b\"",` {
		t.Errorf("quotedMember kept an escaped quote's string: %q", got)
	}
}
