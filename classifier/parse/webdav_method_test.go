package parse

import "testing"

// TestWebDAVMethodInRouterLog: a router log's request column may name
// WebDAV's longest methods (PROPFIND, PROPPATCH), as a WebDAV server's log
// does for every client that lists a folder: each record is a response of
// its own, as one naming GET is. Every value is invented.
func TestWebDAVMethodInRouterLog(t *testing.T) {
	wantStatuses(t, "PROPFIND in Gin's columns: ",
		"[GIN] 2025/03/09 - 07:12:41 | 401 |      63.118µs |      10.20.0.14 | PROPFIND  /webdav\n"+
			"[GIN] 2025/03/09 - 07:12:41 | 200 |     4.550121ms |      10.20.0.14 | OPTIONS  /\n"+
			"[GIN] 2025/03/09 - 07:12:42 | 401 |      58.002µs |      10.20.0.14 | PROPPATCH  /webdav/notes.md\n",
		401, 200, 401)
}
