package parse

import (
	"slices"
	"strings"
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
			// two records of a JSON access log, each cut by the terminal
			// inside a member's string: two requests
			name: "JSON access-log records wrapped onto a second line",
			text: "Two lines of the access log:\n" +
				"```\n" +
				`{"ClientHost":"203.0.113.40","DownstreamStatus":403,"Duration":3120044,"OriginStatus":403,"RequestHost":"files.example.com","RequestMethod":"PROPFIND","RequestPath":"/remote.php/dav/","ServiceAddr":"10.2.0.7:8080","request_User-Agent":"Mozilla/5.0 (X11; Linux x86_64) Sync` + "\n" +
				`/3.9.1 Desktop","time":"2025-01-09T08:11:02Z"}` + "\n" +
				`{"ClientHost":"203.0.113.40","DownstreamStatus":403,"Duration":2980311,"OriginStatus":403,"RequestHost":"files.example.com","RequestMethod":"PROPFIND","RequestPath":"/remote.php/dav/","ServiceAddr":"10.2.0.7:8080","request_User-Agent":"Mozilla/5.0 (X11; Linux x86_64) Sync` + "\n" +
				`/3.9.1 Desktop","time":"2025-01-09T08:11:04Z"}` + "\n" +
				"```\n",
			want: []int{403, 403},
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
			// a library's record, then its caller's in the same second,
			// naming the URL with its query cut short: one response
			name: "two loggers' records of one URL, the second's query cut",
			text: "2025-04-02 10:03:44.101 ERROR (SyncWorker_3) [acme.client] Client Error: 403 Client Error: Forbidden for url: https://api.example.com/v2/boards/7/items?limit=50&cursor=k4Zq&fields=title%2Cowner | Error Message: access denied\n" +
				"2025-04-02 10:03:44.103 WARNING (MainThread) [custom_components.acme_boards] Error fetching items - 403 Client Error: Forbidden for url: https://api.example.com/v2/boards/7/items?limit=50&cursor=k4Zq\n",
			want: []int{403},
		},
		{
			// the next page asked for and refused: another request
			name: "two records of the same path with other queries",
			text: "2025-04-02 10:03:44.101 ERROR (SyncWorker_3) [acme.client] Client Error: 403 Client Error: Forbidden for url: https://api.example.com/v2/boards/7/items?limit=50&cursor=k4Zq\n" +
				"2025-04-02 10:03:44.103 ERROR (SyncWorker_3) [acme.client] Client Error: 403 Client Error: Forbidden for url: https://api.example.com/v2/boards/7/items?limit=50&cursor=p9Wd\n",
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

// TestWrappedJSONRecordNotSent: a JSON access-log record that the terminal
// wrapped is still a log record, which the server wrote to its log and did
// not send: its line is listed in the body's NotSent, so an address in it
// is not read as a response leaking it.
func TestWrappedJSONRecordNotSent(t *testing.T) {
	rec := `{"ClientHost":"198.51.100.3","DownstreamStatus":401,"OriginStatus":401,"RequestHost":"git.example.com","RequestMethod":"GET","RequestPath":"/api/v1/user","ServiceAddr":"10.9.8.7:3000","request_User-Agent":"curl/8.5` + "\n" +
		`.0","time":"2025-01-09T08:11:02Z"}`
	if !recordLine(strings.SplitN(rec, "\n", 2)[0]) {
		t.Errorf("the first line of a wrapped JSON access-log record is not read as a record")
	}
	in, err := Parse("From the proxy's log:\n\n" + rec + "\n" + strings.Replace(rec, "08:11:02", "08:11:09", 1) + "\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		b := x.Response.Body
		if k := strings.Index(b.Text, "10.9.8.7"); k >= 0 && strings.Contains(b.SentText(), "10.9.8.7") {
			t.Errorf("exchange %d: the record's address is in what the server sent: NotSent %v", x.Index+1, b.NotSent)
		}
	}
	if recordLine(`{"code":401,"message":"token expired"}`) {
		t.Errorf("an error body on one line read as a log record")
	}
}
