package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/verdict"
)

// A 401's bare Bearer challenge only restates the status when the body names
// a scope the token lacks, even where the paste does not show the request:
// only a token has scopes. A request shown without credentials keeps the
// challenge's reading.
func TestBareChallengeAndMissingScope(t *testing.T) {
	body := `{"error_summary":"missing_scope/..","error":{"tag":"missing_scope","required_scope":"sheets.write"}}`
	for _, c := range []struct {
		state parse.CredState
		want  rule.Class
	}{{parse.CredUnknown, rule.Authorization}, {parse.CredSent, rule.Authorization}, {parse.CredNone, rule.Authentication}} {
		x := &parse.Exchange{Response: &parse.Response{Status: 401, Pos: parse.Pos{Line: 1},
			Fields: parse.Fields{{Name: "WWW-Authenticate", Value: `Bearer realm="Files-API"`}},
			Body:   parse.Body{Text: body, Pos: parse.Pos{Line: 4}}}}
		facts := &rule.Facts{Status: 401, Credentials: parse.Credentials{State: c.state},
			Challenges: []rule.Challenge{{Scheme: "Bearer", Params: []rule.Param{{Name: "realm", Value: "Files-API"}}}}}
		if v := verdict.Decide(x, facts, nil); v.Class != c.want {
			t.Errorf("credentials %v: class %s, want %s (%+v)", c.state, v.Class, c.want, v.Reasons)
		}
	}
}
