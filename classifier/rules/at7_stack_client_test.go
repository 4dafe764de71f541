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

// A trace raised in an interactive console (irb, pry, Node's REPL) or one
// ending in Python requests' HTTPError message is the program that called
// the API, not a trace the server sent.
func TestClientTraceConsoleAndRequestsMessage(t *testing.T) {
	for _, body := range []string{
		"irb(main):004:0> client.tickets.list(status: \"open\")\nTraceback (most recent call last):\n        2: from (irb):4\n        1: from /usr/local/bundle/gems/helpdesk-2.3.1/lib/helpdesk/request.rb:57:in `perform'\nHelpdesk::AuthError (https://desk.example.org/api/v1/tickets => 401 (invalid_grant): Access token is not valid.)\n",
		"[3] pry(main)> Billing.sync!\nBilling::Forbidden: 403 Forbidden\nfrom /srv/billing/lib/billing/api.rb:41:in `check!'\nfrom (pry):3:in `__pry__'\n",
		"Uncaught Error: 403 Forbidden\n    at fetchInvoices (REPL7:9:11)\n    at async REPL8:1:33\n",
		"Traceback (most recent call last):\n  File \"/opt/erp/addons/parcel/carrier.py\", line 98, in _post\n    raise exc\nHTTPError: 401 Client Error: Unauthorized for url: https://api.parcel.example/v3/labels\n",
	} {
		if clientTrace(body) == "" {
			t.Errorf("no client marker found in %q", body)
		}
	}
	for _, body := range []string{
		"Traceback (most recent call last):\n        3: from /srv/ledger/app/jobs/sync_job.rb:18:in `perform'\n/srv/ledger/lib/ledger/client.rb:88:in `raise_for': 401 Unauthorized (Ledger::TokenExpired)\n",
		"Error: the REPLACE statement failed\n    at Query.run (/srv/app/db.js:12:5)\n",
		"Traceback (most recent call last):\n  File \"/srv/portal/views.py\", line 12, in export\nRuntimeError: upstream answered 502 Server Error: Bad Gateway\n",
	} {
		if m := clientTrace(body); m != "" {
			t.Errorf("a server's trace read as a client's (%q): %q", m, body)
		}
	}
}

// The HTTP clients that ship with server stacks (Jetty's client, Reactor
// Netty's, Spring's WebClient on them) are clients: a trace through their
// frames is the caller's, though "org.eclipse.jetty" and "io.netty" also
// name the servers.
func TestClientTraceServerStackClients(t *testing.T) {
	for _, body := range []string{
		"java.util.concurrent.ExecutionException: org.eclipse.jetty.client.HttpResponseException: HTTP protocol violation: Authentication challenge without WWW-Authenticate header\n\tat java.base/java.util.concurrent.CompletableFuture.get(CompletableFuture.java:2022)\n\tat org.acme.billing.it.AuthIT.rejectsStaleToken(AuthIT.java:54)\nCaused by: org.eclipse.jetty.client.HttpResponseException: HTTP protocol violation: Authentication challenge without WWW-Authenticate header\n\tat org.eclipse.jetty.client.AuthenticationProtocolHandler$AuthenticationListener.onComplete(AuthenticationProtocolHandler.java:162)\n",
		"org.springframework.web.reactive.function.client.WebClientResponseException$Forbidden: 403 Forbidden from GET https://inventory.example.net/v2/items\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:217)\n\tat reactor.netty.http.client.HttpClientOperations.onInboundNext(HttpClientOperations.java:710)\n",
	} {
		if clientTrace(body) == "" {
			t.Errorf("no client marker found in %q", body)
		}
	}
	server := "javax.servlet.ServletException: denied\n\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)\n\tat org.eclipse.jetty.servlet.ServletHandler.doHandle(ServletHandler.java:552)\n"
	if m := clientTrace(server); m != "" {
		t.Errorf("Jetty's server frames read as a client's (%q)", m)
	}
}

// A Java client's refused call: HttpURLConnection's IOException ("Server
// returned HTTP response code: 403 … for URL") and the GitHub API for Java's
// frames mark the trace as the caller's, not a body the server sent.
func TestClientTraceJavaURLConnection(t *testing.T) {
	for _, body := range []string{
		"java.io.IOException: Server returned HTTP response code: 403 for URL: https://repo.example.net/releases/tool-2.1.jar\n\tat sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1997)\n\tat org.acme.fetch.Downloader.get(Downloader.java:41)\n",
		"org.kohsuke.github.HttpException: {\"message\":\"Not Found\"}\n\tat org.kohsuke.github.GitHubClient.detectKnownErrors(GitHubClient.java:511)\n\tat org.kohsuke.github.Requester.fetch(Requester.java:90)\n",
	} {
		if clientTrace(body) == "" {
			t.Errorf("no client marker found in %q", body)
		}
	}
}
