package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestNginxErrorLogUnderA403: a person's 403 with nginx's error-log record of
// it pasted below: a directory without an index file, or a file the worker
// may not read, is the server's rule about the path, not a refused identity.
// A log record of an upstream's answer names neither. Values invented.
func TestNginxErrorLogUnderA403(t *testing.T) {
	for _, c := range []struct {
		log  string
		want rule.Class
	}{
		{`2024/03/11 09:15:40 [error] 812#812: *4471 directory index of "/srv/www/shop/static/img/" is forbidden, client: 198.51.100.23, server: shop.example.org, request: "GET /img/ HTTP/1.1", host: "shop.example.org"`, rule.Blocked},
		{`2024/03/11 09:15:41 [crit] 812#812: *4472 open() "/home/deploy/shop/public/index.html" failed (13: Permission denied), client: 198.51.100.23, server: shop.example.org, request: "GET / HTTP/1.1", host: "shop.example.org"`, rule.Blocked},
		{`2024/03/11 09:15:42 [warn] 812#812: *4473 an upstream response is buffered to a temporary file, client: 198.51.100.23, server: shop.example.org, request: "GET /api/me HTTP/1.1", host: "shop.example.org"`, rule.Authorization},
	} {
		paste := "Since moving the site to the new box every page answers 403 Forbidden in the browser.\n\nThe error log shows:\n\n```\n" + c.log + "\n```\n"
		if v := soleVerdict(t, c.log[:40], paste); v.Class != c.want {
			t.Errorf("%s…: class %v, want %v (%s)", c.log[:60], v.Class, c.want, v.Headline)
		}
	}
}
