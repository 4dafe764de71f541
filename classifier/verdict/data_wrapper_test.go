package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestWrappedData: an answer whose one member wraps an object of plain
// data ({"header":{"cluster_id":…,"revision":…}}) is an ordinary answer
// when no member names an error, a message, a code or a status; a wrapper
// that is an error container, or data that carries a message, is not read
// so. Samples written for this test.
func TestWrappedData(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"header":{"cluster_id":"7781","member_id":"9920","revision":"14","raft_term":"3"}}`: rule.None,
		`{"account":{"login":"kim","plan":"team","seats":4}}`:                                 rule.None,
		`{"error":{"login":"kim","plan":"team"}}`:                                             "",
		`{"account":{"login":"kim","message":"Invalid session"}}`:                             "",
	})
}
