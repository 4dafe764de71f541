package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestRedirectToAFiltersBlockPage: a URL filter on the client's network (a
// DNS filter, a proxy, a router's security service) answers for the site
// with a redirect to its own block or warning page on another host, the
// stopped address as a parameter: blocked, not "a redirect". The site's own
// pages (a same-host /account/blocked) and redirects that carry no
// address stay what they were (pastes invented, in the shapes of curl -sD -
// and curl -i output).
func TestRedirectToAFiltersBlockPage(t *testing.T) {
	for name, c := range map[string]struct {
		paste string
		want  rule.Class
	}{
		"router filter's warn page":           {"$ curl -sD - http://tidecharts.example.report/today\nHTTP/1.1 302 Found\nLocation: http://safebrowse.io/warn.html?url=tidecharts.example.report/today&category=Potential%20Threat&rid=4c19e0aa\nContent-Length: 0\nConnection: close\n\n", rule.Blocked},
		"dns filter's block host":             {"$ curl -i http://forum.example.org/\nHTTP/1.1 302 Found\nServer: nginx\nLocation: https://block.dnsfilter.example/blocked?url=http%3A%2F%2Fforum.example.org%2F&cat=games\nContent-Length: 0\n\n", rule.Blocked},
		"the site's own blocked-account page": {"$ curl -i https://shop.example.com/orders\nHTTP/1.1 302 Found\nLocation: https://shop.example.com/account/blocked?url=/orders\nContent-Length: 0\n\n", rule.None},
		"another host, no address carried":    {"$ curl -i http://old.example.net/\nHTTP/1.1 301 Moved Permanently\nLocation: https://www.example.net/warning-signs-of-burnout\nContent-Length: 0\n\n", rule.None},
	} {
		got, why := firstClass(t, c.paste)
		if got != c.want || c.want == rule.Blocked && !strings.Contains(why, "URL filter") {
			t.Errorf("%s: got %s (%s), want %s", name, got, why, c.want)
		}
	}
}
