package parse

import (
	"strings"
	"testing"
)

// TestCallerRelogsCutURL: a library's error record, then its caller's record
// in the same second that repeats the status and the URL with its query cut
// shorter, is one response logged twice; the same pair a second apart is two
// calls.
func TestCallerRelogsCutURL(t *testing.T) {
	u := "https://api.example.com/v2/users/8c1f/events?limit=250&from=2026-01-04T00%3A00%3A00Z&fields=id%2Cstart%2Cend%2Ctitle"
	first := "2026-01-04 11:02:07.114 ERROR (Worker_3) [sync.client] HTTP error: 401 Client Error: Unauthorized for url: " + u
	second := "2026-01-04 11:02:07.119 WARNING (MainThread) [app.events] Could not refresh events - 401 Client Error: Unauthorized for url: " + u[:70]
	for _, c := range []struct {
		name string
		text string
		want int
	}{
		{"same second", "My log:\n```\n" + first + "\n" + second + "\n```\n", 1},
		{"a second later", "My log:\n```\n" + first + "\n" + strings.Replace(second, "11:02:07.119", "11:02:09.404", 1) + "\n```\n", 2},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Exchanges) != c.want {
			t.Errorf("%s: %d exchanges, want %d", c.name, len(in.Exchanges), c.want)
		}
	}
}
