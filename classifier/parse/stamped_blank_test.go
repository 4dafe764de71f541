package parse

import (
	"strings"
	"testing"
)

// A time and level on every line of a dump, the blank lines of the page or
// traceback included, are a transport's (or a handler's that logs a message
// line by line), not the records' marks: a program logs no empty record.
// They come off, and the lines under them are read as one text. A log whose
// lines are records (no empty one), or whose stamp names the logger that
// wrote each line, keeps its records.
func TestStampedBlankLinesMarkNoRecords(t *testing.T) {
	page := "2026-05-11T16:20:03Z WARN upload to the mirror refused, the server said:\n" +
		"2026-05-11T16:20:03Z WARN \n" +
		"2026-05-11T16:20:03Z WARN 403 Forbidden\n" +
		"2026-05-11T16:20:03Z WARN \n" +
		"2026-05-11T16:20:03Z WARN nginx/1.24.0"
	records := "2026-05-11T16:20:03Z WARN upload to the mirror refused: 403 Forbidden\n" +
		"2026-05-11T16:20:09Z INFO retrying in 30s\n" +
		"2026-05-11T16:20:39Z WARN upload to the mirror refused: 403 Forbidden"
	named := "2026-05-11T16:20:03.114+0200 [DEBUG] plugin.terraform-provider-heron: HTTP/1.1 403 Forbidden\n" +
		"2026-05-11T16:20:03.114+0200 [DEBUG] plugin.terraform-provider-heron: \n" +
		"2026-05-11T16:20:03.115+0200 [DEBUG] plugin.terraform-provider-heron: {\"error\":\"forbidden\"}"
	for _, c := range []struct {
		name, text string
		records    bool
	}{
		{"a page logged line by line, its blank lines stamped", page, false},
		{"records, none empty", records, true},
		{"a logger's name after the level", named, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, mask := stripPrefixesMask(strings.Split(c.text, "\n"))
			if strings.Contains(out[0], "2026-") {
				t.Fatalf("prefix not taken off: %q", out[0])
			}
			got := false
			for _, m := range mask {
				got = got || m
			}
			if got != c.records {
				t.Errorf("lines read as records %v, want %v (%q)", got, c.records, out)
			}
		})
	}
}
