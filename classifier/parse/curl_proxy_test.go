package parse

import "testing"

// TestCurlProxyURLUser: the user:password in the URL given to -x is what curl
// sends the proxy in Proxy-Authorization, as -U would; -U, when given too,
// wins; a proxy URL without a user sends none.
func TestCurlProxyURLUser(t *testing.T) {
	for _, c := range []struct{ cmd, want string }{
		{"$ curl -i -x http://svc-build:Pr0xyPw42@gw.corp.example:3128 http://api.example.org/v1/status", "Basic c3ZjLWJ1aWxkOlByMHh5UHc0Mg=="},
		{"$ curl -i --proxy gw.corp.example:3128 -U ops:Other77 http://api.example.org/v1/status", "Basic b3BzOk90aGVyNzc="},
		{"$ curl -i -U ops:Other77 -x http://svc-build:Pr0xyPw42@gw.corp.example:3128 http://api.example.org/v1/status", "Basic b3BzOk90aGVyNzc="},
		{"$ curl -i -x http://gw.corp.example:3128 http://api.example.org/v1/status", ""},
	} {
		in, err := Parse(c.cmd + "\nHTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"corp\"\nContent-Length: 0\n")
		if err != nil {
			t.Fatalf("%s: %v", c.cmd, err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
			t.Fatalf("%s: %d exchanges", c.cmd, len(in.Exchanges))
		}
		if got := in.Exchanges[0].Request.Fields.Get("Proxy-Authorization"); got != c.want {
			t.Errorf("%s: Proxy-Authorization %q, want %q", c.cmd, got, c.want)
		}
	}
}
