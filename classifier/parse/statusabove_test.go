package parse

import (
	"slices"
	"testing"
)

// TestStatusLineAboveHeaderBlock reads the status line just above a block
// of header lines when a logger's prefix or a copy that lost its transcript
// marker kept it from reading as one, before a response the reader reads
// whole; a request line above a block is no status.
func TestStatusLineAboveHeaderBlock(t *testing.T) {
	for name, paste := range map[string]string{
		"logger prefix": "Probe failed, the server sent:\n[Trace ] Reply headers: (  HTTP/1.1 407\n  Proxy-Authenticate: Negotiate\n  Content-Type: text/html\n  Content-Length: 120\n" +
			"  HTTP/1.1 407\n  Proxy-Authenticate: NTLM TlRMTVNTUAACAAAA\n  Content-Type: text/html\n  Content-Length: 120\n",
		"marker lost": "Output:\n HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Negotiate\n< Content-Type: text/html\n< Content-Length: 120\n<\n\n" +
			"> GET http://files.example.net/ HTTP/1.1\n> Host: files.example.net\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: NTLM TlRMTVNTUAACAAAA\n< Content-Length: 120\n<\n",
	} {
		got := statusesOf(t, paste)
		if !slices.Equal(got, []int{407, 407}) {
			t.Errorf("%s: statuses %v, want [407 407]", name, got)
		}
	}
	if got := statusLineEndingOK("GET /reports/q3 HTTP/1.1"); got {
		t.Errorf("a request line read as a status line")
	}
	if got := statusLineEndingOK(`10.0.0.8 - - "GET /x HTTP/1.1" 407`); got {
		t.Errorf("an access log line read as a status line")
	}
}

func statusLineEndingOK(s string) bool {
	_, _, ok := statusLineEnding(s)
	return ok
}
