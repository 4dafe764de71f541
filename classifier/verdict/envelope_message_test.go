package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestEnvelopeMessageShapes: two envelope shapes that hold an error's
// message outside the usual members: JSend's failed envelope with its
// data a string ({"status":"fail","data":"…"}), and a status object beside
// a numeric business status ({"status":40123,"status_info":{"message":…}}).
// The data of an envelope that did not fail stays data (values are
// invented).
func TestEnvelopeMessageShapes(t *testing.T) {
	for _, c := range []struct {
		body string
		want rule.Class
	}{
		{`{"status":"fail","data":"Session expired, sign in again"}`, rule.Authentication},
		{`{"status":"error","data":"Not authenticated"}`, rule.Authentication},
		{`{"status":"success","data":"Session expired, sign in again"}`, rule.None},
		{`{"status":40123,"status_info":{"message":"会话已过期","detail":{}},"data":{}}`, rule.Authentication},
		{`{"statusInfo":{"message":"Your API key has expired"},"status":90017}`, rule.Authentication},
	} {
		v := soleVerdict(t, c.body, "Answer:\n\n"+c.body+"\n")
		if v.Class != c.want {
			t.Errorf("%s: class %s, want %s (%+v)", c.body, v.Class, c.want, v.Reasons)
		}
	}
}
