package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestFirewallNamedAsAgent: a web application firewall or ban tool in the
// server or in front of it (ModSecurity, Wordfence, AWS WAF, fail2ban) named
// as what blocked a request makes its 403 a firewall's block, as an edge
// vendor's name does; the product only mentioned beside the 403, not as its
// agent, leaves the status to speak (values are invented).
func TestFirewallNamedAsAgent(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		blocked     bool
	}{
		{"modsecurity", "Saving the post fails:\n\nREST API Endpoint: https://blog.example.org/wp-json/wp/v2/posts/412\nREST API Response: (403) Forbidden\n\nThe host says the request was blocked by mod_security, rule 949110.\n", true},
		{"wordfence", "HTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=UTF-8\n\n<p>Your access to this page was denied by Wordfence, a security provider who protects sites from malicious activity.</p>\n", true},
		{"aws waf", "POST https://api.shop-example.net/v1/orders returned 403 Forbidden.\n\nThe body contains HTML, and the WAF log shows it was blocked by AWS WAF (SQLi rule).\n", true},
		{"mentioned", "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nAccess forbidden. mod_security is installed on this server.\n", false},
	} {
		v := soleVerdict(t, c.name, c.paste)
		if got := v.Class == rule.Blocked; got != c.blocked {
			t.Errorf("%s: class %s, want blocked %v (%+v)", c.name, v.Class, c.blocked, v.Reasons)
		}
	}
}
