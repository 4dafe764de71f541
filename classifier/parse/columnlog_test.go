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
