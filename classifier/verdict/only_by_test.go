package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestOnlyByCallers: a refusal that restricts an action to some callers in
// the passive or by an adjective ("can only be run by a system
// administrator", "is only available to admins") is an authorization
// failure, as "only admins can …" is; "only" that restricts something else
// says nothing. Samples written for this test.
func TestOnlyByCallers(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"message":"/deploy commands can only be run by a system administrator."}`: rule.Authorization,
		`{"message":"This report is only available to workspace admins."}`:          rule.Authorization,
		`{"error":"Settings can only be changed by the project owner"}`:             rule.Authorization,
	})
	for _, l := range []string{
		"only the first page is shown by default, ask the owner for more",
		"this endpoint only returns items created by the owner account",
	} {
		if p, ok := rolePhrase(l); ok {
			t.Errorf("rolePhrase(%q) = %q, want none", l, p.text)
		}
	}
}
