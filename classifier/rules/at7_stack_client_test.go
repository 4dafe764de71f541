package rules

import "testing"

// A Python client's frames under Debian's system site directory
// (dist-packages) are the client's as much as under site-packages.
func TestClientTraceDebianSiteDirectory(t *testing.T) {
	for _, body := range []string{
		"Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/swiftclient/client.py\", line 812, in get_object\n    raise ClientException.from_response(resp, 'Object GET failed', body)\nswiftclient.exceptions.ClientException: Object GET failed (HTTP 401)\n",
		"Traceback (most recent call last):\n  File \"/usr/local/lib/python3.8/dist-packages/keystoneauth1/session.py\", line 977, in request\n    raise exceptions.from_response(resp, method, url)\nUnauthorized: The request you have made requires authentication. (HTTP 401)\n",
	} {
		if clientTrace(body) == "" {
			t.Errorf("no client marker found in %q", body)
		}
	}
	if m := clientTrace("File \"/srv/app/dist-packages/shop/views.py\", line 9, in index\n"); m != "" {
		t.Errorf("an application's own module read as a client library: %q", m)
	}
}
