package verdict

import "testing"

// TestStampedErrorLevel: a program that logs with only a timestamp before
// its words (Go's log package) writes an error record all the same: its
// error words after the timestamp mark the line as one; a stamped line
// with none does not (values are invented).
func TestStampedErrorLevel(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2023/07/19 14:05:12 proxy error: Request signature mismatch (err=Unauthorized) (code=403)", true},
		{"2023-07-19T14:05:12Z error: Request signature mismatch (code=403)", true},
		{"[14:05:12] fatal: relay key unknown", true},
		{"2023/07/19 14:05:12 retrying in 5s: peer gone", false},
		{"2023/07/19 14:05:12 forwarding 412 items after a mismatch on peer 3", false},
		{"proxy error: no timestamp before it", false},
	} {
		if got := errorLevel(c.line); got != c.want {
			t.Errorf("errorLevel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
