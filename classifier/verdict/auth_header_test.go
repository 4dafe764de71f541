package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAuthHeaderMissing: "auth header" is the credential's header as
// "authorization header" is ({"message":"auth header missing"}, "Missing
// auth header"), whatever the envelope around it (values are invented).
func TestAuthHeaderMissing(t *testing.T) {
	for _, body := range []string{
		`{"code":3,"message":"auth header missing"}`,
		`{"error":"Missing auth-header in request"}`,
	} {
		if v := soleVerdict(t, body, "response : "+body+"\n"); v.Class != rule.Authentication {
			t.Errorf("%s: class %s, want authentication (%+v)", body, v.Class, v.Reasons)
		}
	}
}
