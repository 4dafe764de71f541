package parse

import "testing"

// TestQuotedStatusLineAboveItsTranscript: a person quotes the tool's status
// line above the transcript that prints it (wget's "HTTP request sent,
// awaiting response... 403 Forbidden" then the run; "it fails with
// **HTTP/1.1 407 …**" under the curl command, then the -v log): one
// response. Two runs, each with its own status line under its command, stay
// two; so does a quoted line that names another status.
func TestQuotedStatusLineAboveItsTranscript(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"wget's status line quoted, then the run",
			"HTTP request sent, awaiting response... 403 Forbidden\n\nHello,\n\n$ wget https://files.example.org/pub/build.tar.gz\n" +
				"--2025-02-11 10:20:31--  https://files.example.org/pub/build.tar.gz\nResolving files.example.org (files.example.org)... 192.0.2.44\n" +
				"Connecting to files.example.org (files.example.org)|192.0.2.44|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n" +
				"2025-02-11 10:20:31 ERROR 403: Forbidden.\n", "403"},
		{"the status line in prose under the command, then the curl -v log",
			"I run\n\ncurl -v https://app.example.net/ --proxy http://gw.example.net:8080\n\nand get **HTTP/1.1 407 Proxy Authentication Required**\n\nlog:\n```\n" +
				"* Connected to gw.example.net (198.51.100.3) port 8080\n> CONNECT app.example.net:443 HTTP/1.1\n> Host: app.example.net:443\n>\n" +
				"< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm=\"gw\"\n< Content-Length: 0\n<\n```\n", "407"},
		{"two wget runs, each its own status line",
			"$ wget https://files.example.org/a.tgz\n--2025-02-11 10:20:31--  https://files.example.org/a.tgz\nHTTP request sent, awaiting response... 429 Too Many Requests\n" +
				"2025-02-11 10:20:31 ERROR 429: Too Many Requests.\n\n$ wget https://files.example.org/b.tgz\n--2025-02-11 10:20:39--  https://files.example.org/b.tgz\n" +
				"HTTP request sent, awaiting response... 429 Too Many Requests\n2025-02-11 10:20:39 ERROR 429: Too Many Requests.\n", "429,429"},
	} {
		if got := parsedStatuses(t, c.text); got != c.want {
			t.Errorf("%s: statuses %s, want %s", c.name, got, c.want)
		}
	}
}
