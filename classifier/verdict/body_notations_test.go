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

// TestCredentialPromptStandsForChallenge: with no status shown, an HTTP
// client's interactive prompt for credentials, which it shows only after a
// 401 challenge, makes the failure authentication; a line that only
// resembles one does not (values are invented).
func TestCredentialPromptStandsForChallenge(t *testing.T) {
	for _, c := range []struct {
		paste string
		auth  bool
	}{
		{"$ git clone https://code.example.org/ops/deploy-kit.git\nCloning into 'deploy-kit'...\nUsername for 'https://code.example.org': \n", true},
		{"$ GET -C rkim:s3cr3t https://billing.example.net/portal/\nEnter username for Billing Portal at billing.example.net:443:\n", true},
		{"$ svn checkout https://svn.example.com/repos/tools\nAuthentication realm: <https://svn.example.com:443> Tools Repository\nPassword for 'rkim': \n", true},
		{"$ deploy-kit sync --target staging\nUsername for the report (optional):\nsync: remote refused the upload\n", false},
	} {
		v := soleVerdict(t, c.paste, c.paste)
		if got := v.Class == rule.Authentication; got != c.auth {
			t.Errorf("%q: class %s, want authentication %v (%+v)", c.paste, v.Class, c.auth, v.Reasons)
		}
		if c.auth {
			mustContain(t, "reason", v.Reasons[0].Reason, "asked for credentials", "401")
			mustContain(t, "explanation", v.Explanation, "the client's prompt for credentials says the caller was not authenticated")
		}
	}
}
