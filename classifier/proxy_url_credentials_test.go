package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// TestProxyURLCredentialsSent: a 407 from a proxy whose URL, shown in the
// paste, carries a user and password: the client sent them to the proxy,
// which refused them (credentials-sent); the same proxy credential says
// nothing of a 401 from the site behind it. Every value is invented.
func TestProxyURLCredentialsSent(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        bool
	}{
		{"407 from the proxy", "Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))': /simple/lxml/\n\n" +
			"My environment:\nHTTPS_PROXY=http://LAB\\svc-build:<password>@gate.ostwind.example:3128\n", true},
		{"401 from the site", "export HTTPS_PROXY=http://svc-build:<password>@gate.ostwind.example:3128\n" +
			"$ curl -i https://api.ostwind.example/v1/items\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Length: 0\n\n", false},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.FindingNames()["credentials-sent"]; got != c.want {
			t.Errorf("%s: credentials-sent %v, want %v", c.name, got, c.want)
		}
	}
}
