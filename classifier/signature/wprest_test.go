package signature

import (
	"strconv"
	"testing"
)

// TestWordPressPluginRESTCodes: a WordPress plugin's REST route answers
// the core's "rest_cannot_*" codes under its own prefix (a shop plugin's
// "<plugin>_rest_cannot_view"), through the same status rule: 401 when
// nobody is logged in, 403 for a known user without the capability.
func TestWordPressPluginRESTCodes(t *testing.T) {
	for _, c := range []struct {
		st   int
		want string
	}{{401, "wordpress-rest-401"}, {403, "wordpress-rest-403"}} {
		x := ex{st: c.st, h: "Content-Type: application/json; charset=UTF-8",
			b: `{"code":"shopkit_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":` + strconv.Itoa(c.st) + `}}`}.exchange()
		found := false
		for _, h := range Match(x, "") {
			found = found || h.ID == c.want
		}
		if !found {
			t.Errorf("status %d: %s not matched, got %+v", c.st, c.want, Match(x, ""))
		}
	}
}
