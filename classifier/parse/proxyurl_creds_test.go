package parse

import "testing"

// TestProxyURLPassword: a password in the userinfo of a proxy's URL (the
// value of HTTPS_PROXY, --proxy, a "proxy" key) is the proxy's credential,
// sent to the proxy; a password in any other URL on a line stays the
// site's. Every value is invented.
func TestProxyURLPassword(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{`HTTPS_PROXY=http://LAB\svc-build:S3cretPw@gate.ostwind.example:3128`, passwordInProxyURL},
		{`export http_proxy="http://svc-build:S3cretPw@gate.ostwind.example:3128"`, passwordInProxyURL},
		{`pip install --proxy http://svc-build:S3cretPw@gate.ostwind.example:3128 lxml`, passwordInProxyURL},
		{`    "proxy": "http://svc-build:S3cretPw@gate.ostwind.example:3128",`, passwordInProxyURL},
		{`git clone https://svc-build:S3cretPw@git.ostwind.example/core/app.git`, passwordInURL},
	} {
		f, ok := lineURLCredential(c.line)
		if !ok || f.Name != c.want {
			t.Errorf("%s: %q %v, want %q", c.line, f.Name, ok, c.want)
		}
	}
	in, err := Parse("Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))': /simple/lxml/\n\n" +
		"My environment:\nHTTPS_PROXY=http://LAB\\svc-build:<password>@gate.ostwind.example:3128\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || !c.Proxy {
		t.Errorf("credentials %+v, want the proxy's, sent", c)
	}
}
