package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestForbiddenByRule: 403s whose body names a rule no credential changes
// (a transport rule, a rule about the client's software or network, a
// server's path rule, a suspended account) are blocked, and the headline
// names the rule; samples written for the purpose, values invented.
func TestForbiddenByRule(t *testing.T) {
	cases := []struct {
		name, paste, headline string
	}{
		{"IIS 403.4 page copied as text",
			"Server Error in Application \"DEFAULT WEB SITE\"\nInternet Information Services 10.0\n\nHTTP Error 403.4 - Forbidden\nThe page you are trying to access is secured with Secure Sockets Layer (SSL).\n",
			"HTTPS only"},
		{"an API's JSON asking for https",
			">>> requests.get(\"http://api.example.net/v2/items\", headers={\"X-API-Key\": \"k_live_000000\"})\n<Response [403]>\n>>> _.json()\n{'code': 403, 'message': 'SSL is required. Use https:// to call this API.'}\n",
			"HTTPS only"},
		{"a Go log of a User-Agent policy",
			"2026/12/05 06:12:00 http: 403 Forbidden from https://api.example.org/ — body: \"Missing or invalid User-Agent header. Set a descriptive User-Agent per our API policy.\"\n",
			"User-Agent"},
		{"HTTPie against a blocked agent",
			"$ http GET https://api.example.org/feed\nHTTP/1.1 403 Forbidden\nContent-Length: 53\nContent-Type: text/plain\n\nForbidden: your user agent (HTTPie/3.2.2) is blocked\n",
			"User-Agent"},
		{"a streaming API's VPN check in an app log",
			"[2026-12-05T05:10:00Z] WARN  streamer::client: GET https://api.example.tv/v2/play/9981 -> 403 Forbidden\n[2026-12-05T05:10:00Z] WARN  streamer::client: body: {\"errorCode\":\"VPN_DETECTED\",\"message\":\"We detected that you are using a VPN or proxy. Please disable it and try again.\"}\n",
			"network"},
		{"Tor exits refused",
			"HTTP/1.1 403 Forbidden\nServer: openresty\nContent-Type: text/plain\n\nAccess from Tor exit nodes and anonymizing proxies is not permitted.\n",
			"network"},
		{"a suspended account",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\n\n{\"error\":{\"type\":\"account_suspended\",\"message\":\"This account has been suspended for violating the acceptable use policy.\"}}\n",
			"suspended or disabled"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := classifier.Analyze(c.paste, classifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Exchanges) == 0 {
				t.Fatal("no exchange")
			}
			v := rep.Exchanges[len(rep.Exchanges)-1].Verdict
			if v.Class != rule.Blocked {
				t.Fatalf("class %s (%s), want blocked", v.Class, v.Headline)
			}
			if !strings.Contains(v.Headline, c.headline) {
				t.Errorf("headline %q does not name %q", v.Headline, c.headline)
			}
			if !strings.Contains(v.Explanation, "outranks") {
				t.Errorf("explanation does not say what overrode the 403: %q", v.Explanation)
			}
		})
	}
}

// TestEdgeHeadersInAnErrorDump: a client's error dump that prints the
// edge's headers but no body is read like a header block without a body,
// so the edge's no-body signature still answers.
func TestEdgeHeadersInAnErrorDump(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "reqwest error with CloudFront headers",
			paste: "Error: HTTP status client error (403 Forbidden) for url (https://d111111abcdef8.cloudfront.net/data/2026/12/index.json)\n\nCaused by:\n    0: response headers: {\"content-type\": \"text/xml\", \"x-cache\": \"Error from cloudfront\", \"via\": \"1.1 abcd.cloudfront.net (CloudFront)\", \"x-amz-cf-pop\": \"SEA19-C1\", \"x-amz-cf-id\": \"abc123==\"}\n",
			class: rule.Blocked},
	})
}

// TestLoginRefusedAs403: a sign-in refused with 403 (registries that answer
// a wrong password so) is authentication, whatever the status.
func TestLoginRefusedAs403(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "docker login answered 403",
			paste: "$ docker login registry.example.com\nUsername: ci-bot\nPassword:\nError response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 403 Forbidden\n",
			class: rule.Authentication},
	})
}

// TestProseAroundADump: what the person's words or a server log line around
// an exactly read dump name (the User-Agent decides, nginx's deny rule,
// ModSecurity) outranks the bare 403; without such words the status stands.
func TestProseAroundADump(t *testing.T) {
	wget := "--2026-12-05 09:31:05--  https://files.example.edu/pub/layout.conf\nResolving files.example.edu (files.example.edu)... 203.0.113.58\n" +
		"Connecting to files.example.edu (files.example.edu)|203.0.113.58|:443... connected.\nHTTP request sent, awaiting response...\n" +
		"  HTTP/1.1 403 Forbidden\n  Server: nginx\n  Content-Length: 146\n2026-12-05 09:31:05 ERROR 403: Forbidden.\n"
	runVerdictCases(t, []verdictCase{
		{name: "the person found the User-Agent decides",
			paste: "wget's default user-agent gets 403 from the mirror, a browser user agent downloads fine:\n\n" + wget,
			class: rule.Blocked},
		{name: "the same dump with no such words",
			paste: "the mirror refuses me:\n\n" + wget,
			class: rule.Authorization},
		{name: "nginx's error log line below a curl -v",
			paste: "> GET /status HTTP/1.1\n> Host: 10.0.0.5\n> User-Agent: curl/7.88.1\n>\n< HTTP/1.1 403 Forbidden\n< Server: nginx/1.24.0\n< Content-Length: 0\n<\n\n" +
				"error.log: 2026/12/05 04:40:00 [error] 31#31: *7 access forbidden by rule, client: 10.0.0.9, server: _, request: \"GET /status HTTP/1.1\"\n",
			class: rule.Blocked},
	})
}

// TestProviderHoldCodes: S3's AllAccessDisabled is the provider's hold on
// the bucket, not a permission of the caller.
func TestProviderHoldCodes(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "AllAccessDisabled",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/xml\nServer: AmazonS3\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AllAccessDisabled</Code><Message>All access to this bucket has been disabled.</Message><RequestId>0A1B2C3D</RequestId></Error>\n",
			class: rule.Blocked},
	})
}

// TestAnonymousNamedInA403: a 403 whose message names the anonymous
// principal as the user refused is to a caller nobody signed in.
func TestAnonymousNamedInA403(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a repository manager's download refused for 'anonymous'",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\n  \"errors\" : [ {\n    \"status\" : 403,\n    \"message\" : \"Download request for repo:path 'libs-release:com/example/core/2.1.0/core-2.1.0.jar' is forbidden for user: 'anonymous'.\"\n  } ]\n}\n",
			class: rule.Authentication},
		{name: "the same refusal for a named user",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\n  \"errors\" : [ {\n    \"status\" : 403,\n    \"message\" : \"Download request for repo:path 'libs-release:com/example/core/2.1.0/core-2.1.0.jar' is forbidden for user: 'ci-reader'.\"\n  } ]\n}\n",
			class: rule.Authorization},
		{name: "a Google API key used from a referrer it does not allow",
			paste: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Requests from referer <empty> are blocked.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"API_KEY_HTTP_REFERRER_BLOCKED\", \"domain\": \"googleapis.com\"}]\n  }\n}\n",
			class: rule.Blocked},
		{name: "a policy asking for a User-Agent, read from a Python bytes repr",
			paste: "urllib.error.HTTPError: HTTP Error 403: Forbidden\n>>> e.read()\nb'Please set a user-agent and respect our robot policy https://meta.example.org/wiki/User-Agent_policy.\\n'\n",
			class: rule.Blocked},
	})
}

// TestWorksFromAnotherClient: a person's finding that the refused URL works
// from a browser or another client, with no credential involved, points at
// a rule about the client; when a session or key may be the difference, the
// 403 keeps its meaning.
func TestWorksFromAnotherClient(t *testing.T) {
	dump := "```\nException in thread \"main\" io.ktor.client.features.ClientRequestException: Client request(https://dns.example.net/dns-query?name=example.org) invalid: 403 Forbidden\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "works in the browser, no credential involved",
			paste: "The public endpoint fails from my client, but the same URL works in the browser and in Postman:\n\n" + dump,
			class: rule.Blocked},
		{name: "works in the browser where the user is logged in",
			paste: "It works in the browser where I'm logged in, but my client gets this:\n\n" + dump,
			class: rule.Authorization},
	})
}

// TestSignInFixedA403: the person's words that signing in again made a 403
// go away say it was about credentials; words that it did not help do not.
func TestSignInFixedA403(t *testing.T) {
	dump := "```\n$ infractl up\nerror: could not list stacks: [403] Forbidden\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "running the CLI's login made it go away",
			paste: "Fresh machine, first run:\n\n" + dump + "\nRunning `infractl login` makes it go away, but the message should say so.\n",
			class: rule.Authentication},
		{name: "logging in again did not help",
			paste: "Fresh machine, first run:\n\n" + dump + "\nRunning `infractl login` again did not help, same error.\n",
			class: rule.Authorization},
	})
}

// TestWebServerOwn403Page: a web server's own 403 page (Apache's, XAMPP's
// edition of it, LiteSpeed's) is its configuration refusing every client
// alike — Apache answers a signed-in user a Require rule refuses with 401 —
// so it is blocked; Werkzeug's page, which an application's abort(403) for
// the current user shows, stays an authorization failure. Samples written
// for the purpose, values invented.
func TestWebServerOwn403Page(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "Apache 2.4, copied from the browser", paste: "When I open the app I get:\n\nForbidden\nYou don't have permission to access this resource.\n\nApache/2.4.62 (Debian) Server at 10.0.4.7 Port 8080\n", class: rule.Blocked},
		{name: "XAMPP's Apache", paste: "Access forbidden!\n\nYou don't have permission to access the requested object. It is either read-protected or not readable by the server.\n\nError 403\n\nlocalhost\nApache/2.4.58 (Win64) OpenSSL/3.1.3 PHP/8.2.12\n", class: rule.Blocked},
		{name: "LiteSpeed on shared hosting", paste: "HTTP/1.1 403 Forbidden\nServer: LiteSpeed\nContent-Type: text/html\n\n403\nForbidden\nAccess to this resource on the server is denied!\nProudly powered by LiteSpeed Web Server\n", class: rule.Blocked},
		{name: "Werkzeug's page stays the application's", paste: "HTTP/1.1 403 FORBIDDEN\nServer: Werkzeug/3.0.1 Python/3.12.1\nContent-Type: text/html; charset=utf-8\n\n<!doctype html>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>\n", class: rule.Authorization},
	})
}

// TestNginxOwn403Page: nginx's (and OpenResty's) own 403 page comes from
// the server's configuration (allow/deny, return 403, file permissions, a
// directory without an index), not from an application behind it, whose
// refusal nginx passes on with the application's own body: blocked, as
// Apache's page is. The page copied from a browser counts too; an
// application's JSON refusal served through nginx stays authorization.
// Samples written for the purpose, values invented.
func TestNginxOwn403Page(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "nginx's page through curl -i", paste: "HTTP/1.1 403 Forbidden\nServer: nginx/1.22.1\nContent-Type: text/html\nContent-Length: 153\n\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>nginx/1.22.1</center>\n</body>\n</html>\n", class: rule.Blocked},
		{name: "nginx's page copied from the browser", paste: "The download link on the mirror page gives me this:\n\n403 Forbidden\nnginx/1.18.0 (Ubuntu)\n\nIt worked last week.\n", class: rule.Blocked},
		{name: "OpenResty's page in front of a gateway's admin port", paste: "$ curl -i -X PUT http://10.20.0.5:9180/admin/routes/7 -H 'X-API-KEY: 5f2b…'\nHTTP/1.1 403 Forbidden\nServer: openresty\nContent-Type: text/html; charset=utf-8\n\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>openresty</center>\n</body>\n</html>\n", class: rule.Blocked},
		{name: "an application's refusal served through nginx stays the application's", paste: "HTTP/1.1 403 Forbidden\nServer: nginx/1.22.1\nContent-Type: application/json\n\n{\"error\":\"forbidden\",\"message\":\"user dana lacks the project:write permission\"}\n", class: rule.Authorization},
	})
}

// TestEdgeNamedAroundA403: a person's words that a bot- or DDoS-protection
// edge stands in front of the site that refused (Cloudflare's Bot Fight
// Mode, DataDome, a "cloudflare scraper"), with no credential involved,
// point at the edge's bot check, also when the paste is read as one dump
// whose body is the client's error printed as JSON, or when the words of
// the edge's bot check the browser was shown are quoted; the edge vendor's own API refusing a token,
// or a paste that names a session or key, keeps the 403's meaning. Samples
// written for the purpose, values invented.
func TestEdgeNamedAroundA403(t *testing.T) {
	pyDump := "```\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://shop.example.net/catalog?page=2\n```\n"
	nodeDump := "```\nHTTPError: Response code 403 (Forbidden)\n    at Request.<anonymous> (/srv/watch/node_modules/got/dist/source/as-promise/index.js:118:42)\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "the site sits behind Cloudflare",
			paste: "My price watcher stopped working last night. The shop moved behind Cloudflare a week ago.\n\n" + pyDump,
			class: rule.Blocked},
		{name: "a monitor refused by a bot-protection product",
			paste: "Every check of my status page fails now, the sites use DataDome bot protection:\n\n" + nodeDump,
			class: rule.Blocked},
		{name: "the words around a client's error printed as JSON",
			paste: "The ticket site put Cloudflare bot protection in front of it last month, and since then my availability checker fails on it.\nWhat the client prints:\n\n{\n  \"name\": \"HTTPError\",\n  \"code\": \"ERR_NON_2XX_3XX_RESPONSE\",\n  \"timings\": {\n    \"start\": 1790011223344,\n    \"response\": 1790011223561\n  }\n}\n\nHTTPError: Response code 403 (Forbidden)\n    at Request.<anonymous> (/opt/checker/node_modules/got/dist/source/as-promise/index.js:117:42)\n",
			class: rule.Blocked},
		{name: "the browser's check quoted beside a refused download",
			paste: "Downloading the ISO from the mirror stopped working this week:\n\n```\n$ wget https://mirror.example.org/distro/12.4/install-amd64.iso\n--2025-10-08 07:51:12--  https://mirror.example.org/distro/12.4/install-amd64.iso\nResolving mirror.example.org (mirror.example.org)... 192.0.2.44\nConnecting to mirror.example.org (mirror.example.org)|192.0.2.44|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2025-10-08 07:51:12 ERROR 403: Forbidden.\n```\n\nFirefox gets the file, but first shows a page:\n\n```\nVerifying your browser\n\nThis check runs once. Please keep this tab open for a few seconds.\n```\n",
			class: rule.Blocked},
		{name: "the edge vendor's own API refusing a token",
			paste: "Purging the cache through the Cloudflare API fails:\n\n```\nError: 403 Forbidden from https://api.cloudflare.com/client/v4/zones/3f1c/purge_cache\n```\n",
			class: rule.Authorization},
		{name: "Akamai's own API (EdgeGrid) refusing an API client",
			paste: "My .edgerc has the new client, then:\n\negcurl -sS \"https://akab-q7c2m9x1vbn4kd0e.luna.akamaiapis.net/papi/v1/groups\"\n\nreturns only\n\n{\n  \"type\": \"https://problems.luna.akamaiapis.net/papi/v1/forbidden\",\n  \"title\": \"Forbidden\",\n  \"status\": 403\n}\n",
			class: rule.Authorization},
		{name: "a session may be the difference",
			paste: "The shop moved behind Cloudflare; my session cookie from the browser is set in the script:\n\n" + pyDump,
			class: rule.Authorization},
	})
}

// TestPlatformPagesWithoutStatus: pages copied as text that name no status
// but whose sender is known: WordPress's nonce page in its older wording
// (a request-forgery check), Azure Front Door's outage page (no access
// decision) and a DDoS shield's interstitial (a bot check). Samples written
// for the purpose, values invented.
func TestPlatformPagesWithoutStatus(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "WordPress's nonce page, older wording",
			paste: "After the plugin update, saving a post sends me to a page that only says:\n\nThe link you have followed has expired.\n\nPlease try again.\n",
			class: rule.Blocked},
		{name: "Azure Front Door's outage page",
			paste: "The add-on asked me to sign in to my Microsoft account again, and the sign-in window only shows\n\nOur services aren't available right now\n\nWe're working to restore all services as soon as possible. Please check back soon.\n",
			class: rule.None},
		{name: "a DDoS shield's interstitial",
			paste: "my downloader stopped working, it only ever gets the page \"Checking before accessing files.example.org.\" and then nothing\n",
			class: rule.Blocked},
	})
}

// TestHawtioNoCredentials403: hawtio answers a request without credentials
// with an empty 403 and no challenge (hawtio.noCredentials401 is off by
// default), so a client that sends credentials only after a challenge is
// refused before it offers them: authentication. Jolokia's own origin
// check on the same endpoint stays not about identity. Samples written for
// the purpose, values invented.
func TestHawtioNoCredentials403(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "curl -v without credentials",
			paste: "$ curl -v http://10.0.8.14:8181/hawtio/jolokia/read/java.lang:type=Memory\n> GET /hawtio/jolokia/read/java.lang:type=Memory HTTP/1.1\n> Host: 10.0.8.14:8181\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Date: Mon, 02 Mar 2026 10:11:12 GMT\n< Content-Length: 0\n<\n",
			class: rule.Authentication},
		{name: "Jolokia's origin check on the same endpoint",
			paste: "GET /actuator/hawtio/jolokia/version\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error_type\":\"java.lang.Exception\",\"error\":\"java.lang.Exception : Origin https://console.example.org is not allowed to call this agent\",\"status\":403}\n",
			class: rule.Blocked},
	})
}

// TestNacosAuthFailed: Nacos refuses a failed sign-in or a bad accessToken
// with 403 and a message ending in "!" ("unknown user!", "token
// expired!"), also inside Spring Boot's Whitelabel page: authentication,
// not a missing permission. Samples written for the purpose, values
// invented.
func TestNacosAuthFailed(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "the client's login log line",
			paste: "2025-02-03 08:15:22.101 ERROR 1 --- [main] c.a.n.c.a.i.p.HttpLoginProcessor : login failed: {\"code\":403,\"message\":\"unknown user!\",\"header\":{}}\n",
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
		{name: "an expired token inside the Whitelabel page",
			paste: "ErrCode:403, ErrMsg:<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Tue Feb 04 10:00:00 CST 2025</div><div>There was an unexpected error (type=Forbidden, status=403).</div><div>token expired!</div></body></html>\n",
			class: rule.Authentication},
		{name: "a program's own words about its token stay its own",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"code\":403,\"message\":\"authorization failed!\"}\n",
			class: rule.Authorization},
	})
}

// TestWorksFromAnotherNetwork: a person's finding that the refused request
// goes through from another network (a VPN, a mobile hotspot) points at a
// rule about the client's network or address; a network change that did
// not help keeps the 403's meaning. Samples written for the purpose, values
// invented.
func TestWorksFromAnotherNetwork(t *testing.T) {
	// (the request carries a token: a 403 to a request shown with no
	// credential at all is blocked whatever the person says)
	dump := "```\n$ curl -sI -H 'Authorization: Bearer st-5520e1' https://status.example.org/api/v2/summary.json\nHTTP/2 403\ncontent-type: text/html\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "a VPN makes it work",
			paste: "From the office every call to the status API gets this:\n\n" + dump + "\nWith the VPN switched on it works fine.\n",
			class: rule.Blocked},
		{name: "a mobile hotspot makes it go away",
			paste: dump + "\nWhen I tether to my phone's mobile data the error goes away.\n",
			class: rule.Blocked},
		{name: "another network did not help",
			paste: "From the office every call to the status API gets this:\n\n" + dump + "\nSame thing from another network, the VPN didn't change anything.\n",
			class: rule.Authorization},
	})
}

// TestAnotherClientGetsThrough: a person's finding in their own words that
// another client gets through ("the same request from python works fine",
// "the browser and curl get 200") points at a rule about the refused
// client; a line that says it fails there too does not. Samples written for
// the purpose, values invented.
func TestAnotherClientGetsThrough(t *testing.T) {
	dump := "```\nError in open.connection(con, \"rb\"): HTTP error 403.\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "the same request from python goes through",
			paste: "Reading the public series with R fails:\n\n" + dump + "\nwhile exactly the same request from python works fine.\n",
			class: rule.Blocked},
		{name: "the browser and curl open it",
			paste: dump + "\nIn the browser and with curl the URL opens fine.\n",
			class: rule.Blocked},
		{name: "curl fails too",
			paste: dump + "\nThe same URL gives a 403 from plain curl too.\n",
			class: rule.Authorization},
		// the finding in a sentence of its own, beside one that names the
		// 403, with a consequence drawn after it ("…, so it doesn't …")
		{name: "wget fetches it fine, so it is not the network",
			paste: dump + "\nOn the same host wget and curl fetch it fine, so it doesn't look like a firewall here.\n",
			class: rule.Blocked},
		{name: "a browser without cookies opens it, in the sentence before the 403 is named",
			paste: dump + "\nThe series opens fine in a private browser window with no cookies at all. Only the script gets the 403.\n",
			class: rule.Blocked},
		{name: "a browser with its session cookie opens it",
			paste: dump + "\nThe series opens fine in a browser with my session cookie. Only the script gets the 403.\n",
			class: rule.Authorization},
	})
}

// TestCSRFFailureLoggedBesideA403: the server's log record of the refusal
// pasted beside the 403 (Django's "Forbidden (CSRF …): path", Spring
// Security's CsrfFilter line) says the framework's request-forgery check
// refused the request, which outweighs the status; a person who only
// mentions the token they send names no failure. Samples written for the
// purpose, values invented.
func TestCSRFFailureLoggedBesideA403(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "Django's warning with its logged extra",
			paste: "Error tracker entry from this morning:\n\nForbidden (CSRF token missing or incorrect.): /orders/77/refund/\n\n{\"status_code\":403,\"request\":\"<WSGIRequest: POST '/orders/77/refund/'>\"}\n",
			class: rule.Blocked, kind: string(rule.KindCSRF)},
		{name: "Spring Security's CsrfFilter at debug level, below the page's words",
			paste: "After the session times out, saving the report form gives a 403 and a page that only says:\n\n```\nSomething went wrong while handling your request. Please contact the administrator.\n```\n\nSame in every browser. I turned on debug logging for the filter chain in `logback.xml`:\n\n```\n<logger name=\"org.springframework.security.web.csrf.CsrfFilter\" level=\"DEBUG\"/>\n```\n\nand this is the line for the failing request:\n\n```\n2025-11-02 16:40:05,118 DEBUG [http-nio-9090-exec-7] o.s.s.w.c.CsrfFilter - Invalid CSRF token found for http://intranet.example.org/reports/save\n```\n",
			class: rule.Blocked, kind: string(rule.KindCSRF)},
		{name: "a person who only mentions the token",
			paste: "I send the csrf token header like the docs say and still get this:\n\n{\"status_code\":403,\"detail\":\"You do not have permission to perform this action.\"}\n",
			class: rule.Authorization},
	})
}

// TestClientFindingPastFrames: a stack frame's identifier that ends in a
// credential word ("CancellationToken", "nextPageToken") names no
// credential, so it does not keep the person's finding that another client
// gets through, or that the User-Agent decides, from counting. Samples
// written for the purpose, values invented.
func TestClientFindingPastFrames(t *testing.T) {
	trace := "Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).\n" +
		"   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n" +
		"   at System.Net.Http.HttpClient.GetStringAsyncCore(HttpRequestMessage request, CancellationToken cancellationToken)\n" +
		"   at Feeds.Program.Main(String[] args) in /src/Feeds/Program.cs:line 14\n"
	runVerdictCases(t, []verdictCase{
		{name: "the browser opens it, below a frame naming a CancellationToken",
			paste: "Fetching the public feed list fails:\n\n" + trace + "\nThe same URL opens fine in the browser. What am I missing?\n",
			class: rule.Blocked},
		{name: "the same trace, the person's session is the difference",
			paste: "Fetching the feed list fails:\n\n" + trace + "\nThe same URL opens fine in the browser where I'm logged in.\n",
			class: rule.Authorization},
		{name: "the User-Agent found to decide, in lines read as the body",
			paste: "python's urllib gets refused:\nurllib.error.HTTPError: HTTP Error 403: Forbidden\nwith a custom User-Agent the download gets 200, any \"Python-urllib\" user agent gets the 403\n",
			class: rule.Blocked},
	})
}

// TestRepeatedRefusalSharesTheAccount: a client's error printed twice for
// the same URL, and the person's words that the URL works from other
// clients: the words are about the refusal, so both copies read the same,
// whichever of them the reader gave the words to. Sample written for the
// purpose, values invented.
func TestRepeatedRefusalSharesTheAccount(t *testing.T) {
	paste := "```\n$ fetchpkg install geo-tools\nError: could not fetch geo-tools-2.4.1.tar.gz\n  -> HTTP status client error (403 Forbidden) for url (https://dl.example.org/pool/geo-tools-2.4.1.tar.gz)\n" +
		"$ fetchpkg install geo-tools --verbose\nError: could not fetch geo-tools-2.4.1.tar.gz\n  -> HTTP status client error (403 Forbidden) for url (https://dl.example.org/pool/geo-tools-2.4.1.tar.gz)\n```\n\n" +
		"Every other package installs. The same URL works in the browser and with wget.\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range rep.Exchanges {
		if x.Response == nil {
			continue
		}
		n++
		if x.Verdict.Class != rule.Blocked {
			t.Errorf("exchange %d: class %s, want blocked (%s)", x.Index+1, x.Verdict.Class, x.Verdict.Explanation)
		}
	}
	if n < 2 {
		t.Fatalf("%d responses read, want the two refusals", n)
	}
}

// TestEdgePageAroundTheDump: an edge's block page copied as text next to a
// line the reader takes for the response (a JSON record of a checker's
// target list) is still that edge's refusal: the signature table reads the
// lines around the exchange when the exchange matched nothing. A vendor's
// error words of another kind there, or a success, do not count. Samples
// written for the purpose, values invented.
func TestEdgePageAroundTheDump(t *testing.T) {
	rec := `  { "id": "NL-EDGE-07", "provider": "Akamai", "country": "NL", "host": "shop.example.nl" },` + "\n\n"
	page := "Access Denied\nYou don't have permission to access \"http://shop.example.nl/\" on this server.\n\nReference #18.2f4d0b17.1790011223.9a3e71c0\n\nhttps://errors.edgesuite.net/18.2f4d0b17.1790011223.9a3e71c0\n"
	runVerdictCases(t, []verdictCase{
		{name: "Akamai's page around a record", paste: rec + page, class: rule.Blocked, kind: "waf"},
	})
	rep, err := classifier.Analyze(rec+"Fetching the list from the bucket gives <Code>SignatureDoesNotMatch</Code> for me.\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rep.Exchanges {
		if x.Verdict.Class == rule.Blocked {
			t.Errorf("a storage error quoted around a record read as an edge block: %s", x.Verdict.Headline)
		}
	}
}

// TestGoodCSRFTokenMentioned: a person's words that they have a good
// request-forgery token ("I get the right csrf", "the xsrf token is fine"),
// read where the reader took their account in as the body, say no
// forgery check failed: the 401 keeps its meaning. A token said to be
// missing or an error about it is still the check's refusal. Samples
// written for the purpose, values invented.
func TestGoodCSRFTokenMentioned(t *testing.T) {
	dump := "```\nStatusCode: 401\nStatusLine: HTTP/1.1 401 Unauthorized \\n Cache-Control: no-cache\nBody:\n```\n"
	runVerdictCases(t, []verdictCase{
		{name: "the right token", paste: "Signing in works on the desktop build (I receive the correct xsrf). Listing the orders afterwards gives:\n\n" + dump, class: rule.Authentication},
		{name: "the token said fine", paste: "Signing in works and the csrf token is fine, but listing the orders afterwards gives:\n\n" + dump, class: rule.Authentication},
		{name: "an error about the token", paste: "Listing the orders afterwards gives a csrf error:\n\n" + dump, class: rule.Blocked},
	})
}
