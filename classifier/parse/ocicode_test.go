package parse

import "testing"

// TestStatusDashErrorCode: Oracle Cloud names an error by its status and
// its code joined by a dash ("Error: 404-NotAuthorizedOrNotFound"); a
// number and a word joined so elsewhere (a ticket "INC-4031-Review", an
// id) is no status (values are invented).
func TestStatusDashErrorCode(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"Error: 404-NotAuthorizedOrNotFound", 404},
		{"401-NotAuthenticated", 401},
		{"│ Error: 409-IncorrectState, compartment is being deleted", 409},
		{"see ticket 4031-ReviewDone", 0},
		{"build 403-Final", 0},
	} {
		h, ok := lineStatus(c.line)
		if got := 0; ok && h.conf > StatusImplied {
			got = h.code
			if got != c.want {
				t.Errorf("%q: status %d, want %d", c.line, got, c.want)
			}
		} else if c.want != 0 {
			t.Errorf("%q: no status, want %d", c.line, c.want)
		}
	}
}
