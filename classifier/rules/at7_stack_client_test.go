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

// A Python traceback whose outermost frame is a script's top level is the
// program the person ran, whatever library raised the error: not a trace
// the server sent, and its home directory is not the server's account.
func TestClientTraceScriptTopLevel(t *testing.T) {
	script := "Traceback (most recent call last):\n  File \"pull_metrics.py\", line 22, in <module>\n    rows = api.fetch(q)\n  File \"/home/kmorel/venv/lib/python3.9/site-packages/telemetry_sdk/rest.py\", line 140, in fetch\n    raise ApiException(http_resp=r)\ntelemetry_sdk.rest.ApiException: (403)\nReason: Forbidden\n"
	if clientTrace(script) == "" {
		t.Errorf("a script's traceback not read as the client's: %q", script)
	}
	// a server's trace whose deeper frame imports a module is still the server's
	server := "Traceback (most recent call last):\n  File \"/srv/portal/venv/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner\n    response = get_response(request)\n  File \"/srv/portal/billing/urls.py\", line 4, in <module>\n    from . import views\nImportError: cannot import name 'views'\n"
	if m := clientTrace(server); m != "" {
		t.Errorf("a server trace read as a client's (%q): %q", m, server)
	}
}
