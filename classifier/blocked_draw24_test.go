package classifier_test

import (
	"slices"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented, in the shape of a notation seen on real
// pastes: blocks by a layer in front of the site, named by the person or
// worded in another language.

// A firewall or a bot check the person names around a bare 403 is the
// layer that refused: waf-block and bot-challenge name it, as they do when
// the response's own body names it.
func TestLayerNamedAroundTheDump(t *testing.T) {
	for _, c := range []struct{ paste, want string }{
		{`Every callback to the job endpoint fails since Tuesday:

HTTP/1.1 403 Forbidden
Content-Type: text/html
Content-Length: 0

Our firewall log shows rule 949110 "Inbound Anomaly Score Exceeded" for each of those calls.
`, "waf-block"},
		{`The scraper gets this for every product page since last week:

HTTP/1.1 403 Forbidden
Content-Type: text/html
Content-Length: 0

In a browser the same URL first shows a JavaScript challenge page for a few seconds and then loads.
`, "bot-challenge"},
	} {
		if got, why := firstClass(t, c.paste); got != rule.Blocked {
			t.Errorf("got %s (%q), want blocked", got, why)
		}
		if fs := firstFindings(t, c.paste); !slices.Contains(fs, c.want) {
			t.Errorf("findings %v, want %s", fs, c.want)
		}
	}
}

// "Web application firewall" in the languages block pages are written in
// names the layer that refused as the English words do.
func TestWebApplicationFirewallTranslated(t *testing.T) {
	for _, body := range []string{
		"<p>当前请求触发了本站 Web应用防火墙 的防护规则，参考编号 7f2c91e0。</p>",
		"<p>Su solicitud coincide con una regla del firewall de aplicaciones web de este sitio. Referencia: 51c0e2a9.</p>",
		"<p>요청이 웹 방화벽 정책과 일치합니다. 참조 번호 3b81c0d4</p>",
	} {
		paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=utf-8\n\n<html><body>" + body + "</body></html>\n"
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked", body, got, why)
		}
		if fs := firstFindings(t, paste); !slices.Contains(fs, "waf-block") {
			t.Errorf("%s: findings %v, want waf-block", body, fs)
		}
	}
}
