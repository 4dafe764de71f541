package verdict_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAbnormalTrafficBlock: a block page that says the client's address or
// network sent abnormal requests (a public mirror's anti-abuse page, in its
// English and its Chinese wording) refuses an address, not an identity: the
// 403 is blocked, not an authorization failure, and the headline names the
// abuse rule; a page that says there were no abnormal requests names no
// such rule (values are invented).
func TestAbnormalTrafficBlock(t *testing.T) {
	for _, c := range []struct {
		name, line string
		blocked    bool
	}{
		{"english", `<span lang="en">We will check if the IP address that you are using is in the subnets that have had abnormal requests recently. If you are on a campus network, try another network or IPv6.</span>`, true},
		{"chinese", `<span lang="zh">本站会检查您所使用的 IP 地址是否位于近期有异常请求的网段。如果您在使用公共网络，可以尝试切换网络环境后再次访问。</span>`, true},
		{"traffic", `<p>Access from your network has been paused because we saw abnormal traffic from it.</p>`, true},
		// a page that rules the abuse block out and refuses the key: the
		// negation keeps the status's reading
		{"negated", `<p>No abnormal requests were seen from your address. Your API key does not have access to this project.</p>`, false},
	} {
		paste := "Plugin downloads from the mirror fail, HTTP 403. The page in the browser says:\n\n```\n" +
			`<html><head><title>403 Forbidden</title></head><body>` + "\n" +
			`<h1>Check your network environment</h1>` + "\n" + c.line + "\n</body></html>\n```\n"
		v := soleVerdict(t, c.name, paste)
		if got := v.Class == rule.Blocked; got != c.blocked {
			t.Errorf("%s: class %s, want blocked %v (%+v)", c.name, v.Class, c.blocked, v.Reasons)
		}
		if c.blocked && !strings.Contains(strings.ToLower(v.Headline), "traffic from the client's network") {
			t.Errorf("%s: headline %q does not name the abuse rule", c.name, v.Headline)
		}
	}
}
