package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestRateLimitSpellings: a limit named as a participle written with a
// hyphen or run together ("rate-limited", "ratelimited"), or a limit on
// connections or pace named without the word "limit" ("too many
// connections", "excessive requests"), refuses the rate, not the caller: the
// 403 is blocked. The X-RateLimit-* headers printed beside a refusal are not
// such a wording (values are invented).
func TestRateLimitSpellings(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		blocked     bool
	}{
		{"hyphen", "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nThis IP has been rate-limited. Try again in an hour.\r\n", true},
		{"run together", "$ curl -s https://feeds.example-radio.net/api/v2/stations\n{\"status\":403,\"error\":\"You are being ratelimited, slow down.\"}\n", true},
		{"connections", "HTTP/1.1 403 Forbidden\nServer: nginx\nContent-Type: text/html\n\n<html><body><h1>Access denied</h1><p>Too many connections from your IP address.</p></body></html>\n", true},
		{"excessive", "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://data.example-stats.org/v1/series?id=4412\nResponse body: Excessive requests detected from your IP address. Please wait before retrying.\n", true},
		{"headers only", "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 4987\n\n{\"message\":\"Resource not accessible by integration\"}\n", false},
	} {
		v := soleVerdict(t, c.name, c.paste)
		if got := v.Class == rule.Blocked; got != c.blocked {
			t.Errorf("%s: class %s, want blocked %v (%+v)", c.name, v.Class, c.blocked, v.Reasons)
		}
	}
}
