package parse

import (
	"strings"
	"testing"
)

// A console's copy pads every line with blanks to the window's width. A
// command the shell continues over indented lines, so padded, is still a
// command and its arguments: not a logger's message wrapped in a hanging
// column (rich's), whose lines would be joined as text.
func TestPaddedContinuedCommand(t *testing.T) {
	lines := []string{
		"Whatever I try, the board stays read-only:",
		"",
		"curl -X PUT \\",
		"    https://api.example-wren.io/v1/boards/9 \\",
		"    -H 'Authorization: Bearer wr_5fa0c1d2e3b4a59687' \\",
		"    -d '{\"title\":\"q3 planning\"}'",
		"",
		"and it answers {\"error\":\"forbidden\",\"message\":\"board is locked\"} with a 403.",
	}
	for i, l := range lines {
		if n := len(l); n < 80 {
			lines[i] = l + strings.Repeat(" ", 80-n)
		}
	}
	in, err := Parse(strings.Join(lines, "\n") + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
		t.Fatalf("%d exchanges, or no request", len(in.Exchanges))
	}
	q := in.Exchanges[0].Request
	if q.Method != "PUT" || q.URL != "https://api.example-wren.io/v1/boards/9" || !strings.HasPrefix(q.Fields.Get("Authorization"), "Bearer ") {
		t.Errorf("request %s %q, Authorization %q", q.Method, q.URL, q.Fields.Get("Authorization"))
	}
}
