package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestRefusalNamedOnTheStatusLine: a client's one-line error that both
// states the status and names who refused (a proxy that would not open
// the tunnel, curl's words about the proxy) is read for the status, not
// as the body; the refusal it names still decides the class. A line that
// quotes an identity error gets no such help (pastes are invented, in the
// shapes of requests' ProxyError and curl's message).
func TestRefusalNamedOnTheStatusLine(t *testing.T) {
	for name, c := range map[string]struct {
		paste, why string
		want       rule.Class
	}{
		"requests ProxyError, person's words around it": {"Deployed the scraper to the shared host and now each call dies with:\n" +
			"HTTPSConnectionPool(host='api.weatherdesk.example', port=443): Max retries exceeded with url: /v2/forecast?city=4417 (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))\n" +
			"Locally it works fine. Any idea?\n", "proxy", rule.Blocked},
		"curl's words about the proxy": {"$ curl -sS https://dl.toolchain.example/releases/v3.1/linux-amd64.tar.gz -o tc.tgz\n" +
			"curl: (56) Received HTTP code 403 from proxy after CONNECT\n", "proxy", rule.Blocked},
	} {
		class, why := firstClass(t, c.paste)
		if class != c.want || !strings.Contains(strings.ToLower(why), c.why) {
			t.Errorf("%s: got %s (%s), want %s naming %q", name, class, why, c.want, c.why)
		}
	}
}
