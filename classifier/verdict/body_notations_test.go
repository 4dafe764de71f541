package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAnonymousPrincipalInAngles: a gateway that names the refused user as
// "<anonymous>" (JSON-escaped in its log line) refused nobody known, whatever
// its wording of the refusal; the same words for a named user are a refusal
// of that user (values are invented).
func TestAnonymousPrincipalInAngles(t *testing.T) {
	for _, c := range []struct {
		user string
		want rule.Class
	}{
		{`\u003canonymous\u003e`, rule.Authentication},
		{`<anonymous>`, rule.Authentication},
		{`mkovacs`, rule.Authorization},
	} {
		paste := "```\n" + `{"level":"info","method":"GET","msg":"Access to https://boards.example.net/api/stats (method GET) is not authorized to user ` + c.user +
			`, responding with status code 403","path":"/api/verify","remote_ip":"192.0.2.77","time":"2025-03-04T05:06:07Z"}` + "\n```\n"
		if v := soleVerdict(t, c.user, paste); v.Class != c.want {
			t.Errorf("%s: class %s, want %s (%+v)", c.user, v.Class, c.want, v.Reasons)
		}
	}
}

// TestCapturedStderrIsAMessage: a runner's log of a failed command puts the
// command's error output in the error object's "stderr"; what it says is
// the failure, read like any message (values are invented).
func TestCapturedStderrIsAMessage(t *testing.T) {
	paste := "DEBUG: exec failed (job=\"nightly-sync\")\n" +
		"{\n  \"err\": {\n    \"killed\": false,\n    \"code\": 1,\n" +
		"    \"cmd\": \"pkgtool fetch --index https://pkgs.example.io/simple\",\n" +
		"    \"stderr\": \"Resolving index\\n~~~~~~~~\\nAUTHENTICATION FAILURE\\nA user name and access token are required for pkgs.example.io\\n\"\n  }\n}\n"
	if v := soleVerdict(t, "stderr", paste); v.Class != rule.Authentication {
		t.Errorf("class %s, want authentication (%+v)", v.Class, v.Reasons)
	}
}
