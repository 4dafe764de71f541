package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestTerminalCutKeepsTheCount: the rules that tell one response logged
// twice from two responses look at how close two lines stand; they count
// lines as written, so a router log cut by a terminal at 80 columns reads
// as the same responses as the log whole (values are invented).
func TestTerminalCutKeepsTheCount(t *testing.T) {
	log := []string{
		"2025/09/03 17:20:05 HTTPRequest [I] router: completed GET /infra/ledger-api.git/info/refs?service=git-upload-pack for 10.8.3.41:60112, 401 Unauthorized in 2.7ms @ repo/githttp.go:511(repo.GetInfoRefs)",
		"2025/09/03 17:20:05 routers/web/web.go:121:Routes.webAuth.10() [E] Failed to verify user: user does not exist [uid: 0, name: CI_DEPLOY]",
		"2025/09/03 17:20:05 HTTPRequest [I] router: completed GET /infra/ledger-api.git/info/refs?service=git-upload-pack for 10.8.3.41:60112, 401 Unauthorized in 5.2ms @ web/web.go:118(web.Routes.webAuth)",
		"2025/09/03 17:20:05 routers/web/web.go:121:Routes.webAuth.10() [E] Failed to verify user: user does not exist [uid: 0, name: CI_DEPLOY]",
		"2025/09/03 17:20:05 HTTPRequest [I] router: completed GET /infra/ledger-api.git/info/refs?service=git-upload-pack for 10.8.3.41:60112, 401 Unauthorized in 4.4ms @ web/web.go:118(web.Routes.webAuth)",
		"2025/09/03 17:21:14 HTTPRequest [I] router: completed POST /login/oauth/access_token for 10.8.3.41:60140, 200 OK in 88.0ms @ auth/oauth2_provider.go:464(auth.AccessTokenOAuth)",
	}
	cut := func(s string) string {
		var b strings.Builder
		for len(s) > 80 {
			b.WriteString(s[:80] + "\n")
			s = s[80:]
		}
		return b.String() + s + "\n"
	}
	whole, wrapped := "server log\n```\n", "server log\n```\n"
	for _, l := range log {
		whole += l + "\n"
		wrapped += cut(l)
	}
	whole += "```\n"
	wrapped += "```\n"
	a, b := statusesOf(t, whole), statusesOf(t, wrapped)
	if !slices.Equal(a, b) {
		t.Errorf("cut at 80 columns: statuses %v, whole %v", b, a)
	}
}
