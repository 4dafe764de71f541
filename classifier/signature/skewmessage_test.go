package signature

import "testing"

// TestClockSkewMessage: S3's RequestTimeTooSkewed is known by its message
// alone, as a client prints it without the code (rclone's, restic's,
// an SDK's "… The difference between the request time and the current
// time is too large."; MinIO says "the server's time"); a message about
// another time difference is not it (values are invented).
func TestClockSkewMessage(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"Fatal: unable to open repository: Stat: The difference between the request time and the server's time is too large.", true},
		{"upload failed: The difference between the request time and the current time is too large. (status 403)", true},
		{"The difference between the build time and the deploy time is too large.", false},
	} {
		if got := has(Match(ex{b: c.body}.exchange(), ""), "aws-request-expired"); got != c.want {
			t.Errorf("%q: matched %v, want %v", c.body, got, c.want)
		}
	}
}
