package parse

import "testing"

// TestColumnPaddedRecordsAreNotWrapped: a logger that pads its fields into
// columns (Gin's "[GIN] date - time | status | latency | client | method
// path") prints every record at one length, which looks like a terminal
// cutting one long line at a fixed width; records that open alike, their
// times aside, are one response each (values are invented).
func TestColumnPaddedRecordsAreNotWrapped(t *testing.T) {
	text := "The sync client keeps getting refused:\n```\n" +
		"[GIN] 2023/09/21 - 16:47:03 | 403 |     214.907µs |    198.51.100.7 | PUT      \"/v2/notes/7731\"\n" +
		"[GIN] 2023/09/21 - 16:47:09 | 403 |      97.215µs |    198.51.100.7 | PUT      \"/v2/notes/7731\"\n" +
		"[GIN] 2023/09/21 - 16:47:21 | 403 |     130.668µs |    198.51.100.7 | PUT      \"/v2/notes/7731\"\n" +
		"```\n"
	wantStatuses(t, "padded access records: ", text, 403, 403, 403)
}

// TestRouterColumnsAfterOwnPrefix: Gin's columns (status, time taken,
// client, method and path) written after a logger's own prefix instead of
// a bar ("[Incoming]  401 |   70.1µs | … | PROPFIND "/dav/""), under
// journald's: each record is a response (values are invented).
func TestRouterColumnsAfterOwnPrefix(t *testing.T) {
	line := func(clock, id, took string) string {
		return "Nov 02 07:" + clock + " vault filesrv[3310]: [Info]         2023-11-02 07:" + clock +
			" [/src/app/pkg/logging/logger.go:77] [Cid: " + id + "] [Incoming]  403 |" + took + " |   203.0.113.19 | PROPFIND  \"/webdav/\"\n"
	}
	text := "from the logs:\n" +
		line("41:02", "0c4a11e2-5b9d-4f3e-9a70-2d6e8f1b3c44", "      81.530µs") +
		line("41:07", "7e2f90ab-3c18-4d55-b6a2-91c0d4e7f812", "    2.014377ms") +
		"\n"
	wantStatuses(t, "router records after a prefix: ", text, 403, 403)
}
