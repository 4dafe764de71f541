package parse

import (
	"strings"
	"testing"
)

// TestPartialAdviceNamesWhatWasSeen: the one-line advice of a paste read in
// part says what was visible. A DevTools copy of the General section and the
// request headers shows a status and no response header and no body, so the
// advice must not claim a body was seen; the same copy with a body pasted
// under it says so.
func TestPartialAdviceNamesWhatWasSeen(t *testing.T) {
	head := "Request URL: https://files.example.net/v2/shares/77\nRequest Method: DELETE\nStatus Code: 403 Forbidden\nRemote Address: 198.51.100.61:443\nReferrer Policy: strict-origin-when-cross-origin\naccept: application/json\nauthorization: Bearer [REDACTED]\n"
	for _, c := range []struct {
		name, paste, want, not string
	}{
		{"no body", head, "only the status was visible", "body"},
		{"with a body", head + "\n{\"error\":\"forbidden\",\"message\":\"share belongs to another workspace\"}\n", "only the status and body were visible", ""},
	} {
		in, err := Parse(c.paste)
		if err != nil || len(in.Exchanges) == 0 {
			t.Fatalf("%s: no exchange read (%v)", c.name, err)
		}
		x := in.Exchanges[0]
		if !x.Reading.Partial || !strings.Contains(x.Reading.Advice, c.want) {
			t.Errorf("%s: advice %q (partial %v), want it to contain %q", c.name, x.Reading.Advice, x.Reading.Partial, c.want)
		}
		if c.not != "" && strings.Contains(x.Reading.Advice, c.not) {
			t.Errorf("%s: advice %q mentions %q, which the paste does not show", c.name, x.Reading.Advice, c.not)
		}
	}
}
