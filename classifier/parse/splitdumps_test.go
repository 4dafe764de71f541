package parse

import "testing"

// parsedStatuses parses text and returns each exchange's response status,
// comma-separated.
func parsedStatuses(t *testing.T, text string) string {
	t.Helper()
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	return statuses(in)
}

// TestCodeThenBody: print(r.status_code, r.text) and console.log(res.status,
// data) write the status then the body on one line; under an expression
// that names the status it is a field.
func TestCodeThenBody(t *testing.T) {
	for _, c := range []struct {
		prev, line string
		code       int
		conf       StatusConfidence
	}{
		{">>> print(r.status_code, r.text)", `401 {"error":"Invalid API key","code":40101}`, 401, StatusField},
		{"$ node test.js", "401 { error: 'unauthorized', error_description: 'Missing client assertion' }", 401, StatusProse},
		{"console.log(res.status, await res.json())", "403 {", 403, StatusField},
		{"", `403 b'{"detail":"Forbidden"}'`, 403, StatusProse},
		{"", "200 [{\"id\":1}]", 200, StatusProse},
	} {
		h, ok := codeThenBody(c.prev, c.line)
		if !ok || h.code != c.code || h.conf != c.conf {
			t.Errorf("codeThenBody(%q, %q) = %+v, %v; want %d at %v", c.prev, c.line, h, ok, c.code, c.conf)
		}
	}
	for _, line := range []string{"404 {object}", "401 items {a: b}", "  401 {\"a\":1}", "2026 {\"a\":1}", "401{\"a\":1}", "999 {\"a\":1}", "401 {1, 2}"} {
		if h, ok := codeThenBody("", line); ok {
			t.Errorf("codeThenBody(%q) = %+v, want none", line, h)
		}
	}
	// two calls at a Python prompt, each printing its status and body
	text := ">>> r = requests.get(url, headers={\"X-Api-Key\": key})\n>>> print(r.status_code, r.text)\n401 {\"error\":\"Invalid API key\"}\n>>> r = requests.get(url, headers={\"X-Api-Key\": key2})\n>>> print(r.status_code, r.text)\n200 {\"data\":[]}\n"
	if got := parsedStatuses(t, text); got != "401,200" {
		t.Errorf("statuses %s, want [401 200]", got)
	}
}

// TestREPLCallsAreRequests: the same call made twice at an interactive
// prompt, each answered with the same status, is two requests.
func TestREPLCallsAreRequests(t *testing.T) {
	text := "> await client.get('/v1/me').catch(e => console.log(e.response.status, e.response.data))\n401 { message: 'Invalid API key' }\n> await client.get('/v1/me').catch(e => console.log(e.response.status, e.response.data))\n401 { message: 'API key revoked' }\n"
	if got := parsedStatuses(t, text); got != "401,401" {
		t.Errorf("statuses %s, want [401 401]", got)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{">>> r = requests.get(url)", true},
		{"In [4]: resp = httpx.post(url, json=body)", true},
		{"irb(main):002:0> conn.get('/me')", true},
		{"> await fetch('https://api.example.com/x')", true},
		{">>> r.status_code", false},
		{"> quoted prose about a get request", false},
		{"r = requests.get(url)", false},
	} {
		if got := replCall(c.line); got != c.want {
			t.Errorf("replCall(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestErrorObjectsSplit: a status stated inside a printed error object,
// then another error object that states it again, is two failed calls:
// two tracebacks, two AxiosErrors. A traceback chained to the one before
// ("During handling of the above exception…"), or a client's exception
// after a dump whose status it restates, is the same call.
func TestErrorObjectsSplit(t *testing.T) {
	tb := "Traceback (most recent call last):\n  File \"/srv/sync.py\", line 20, in run\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.example.com/v1/export\n"
	if got := parsedStatuses(t, "worker-1:\n"+tb+"\nworker-2:\n"+tb); got != "403,403" {
		t.Errorf("two tracebacks: statuses %s, want [403 403]", got)
	}
	axios := "AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12) {\n  code: 'ERR_BAD_REQUEST',\n  response: {\n    status: 401,\n    statusText: 'Unauthorized',\n    data: { error: 'invalid_token' }\n  }\n}\n"
	if got := parsedStatuses(t, "Both calls fail:\n\n"+axios+axios); got != "401,401" {
		t.Errorf("two AxiosErrors: statuses %s, want [401 401]", got)
	}
	chained := tb + "\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/srv/main.py\", line 8, in <module>\n    client.export()\nclient.ApiError: (403, 'export is forbidden: HTTP 403')\n"
	if got := parsedStatuses(t, chained); got != "403" {
		t.Errorf("chained tracebacks: statuses %s, want [403]", got)
	}
	wrapped := "Traceback (most recent call last):\n  File \"/opt/app/client.py\", line 41, in fetch\n    raise ApiHttpError(resp.status_code, resp.text)\n" +
		"app.errors.ApiHttpError: 403: missing_scope\n\nThe above exception was the direct cause of the following exception:\n\n" +
		"Traceback (most recent call last):\n  File \"/opt/app/cli.py\", line 12, in main\n    raise ApiListError(e.code, e.text) from e\napp.errors.ApiListError: 403: missing_scope\n"
	if got := parsedStatuses(t, wrapped); got != "403" {
		t.Errorf("an exception raised from the one before, another class: statuses %s, want [403]", got)
	}
	dump := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\nContent-Length: 0\n\nTraceback (most recent call last):\n  File \"x.py\", line 9, in <module>\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/items\n"
	if got := parsedStatuses(t, dump); got != "401" {
		t.Errorf("dump then its exception: statuses %s, want [401]", got)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Traceback (most recent call last):", true},
		{"AxiosError: Request failed with status code 401", true},
		{"Faraday::ForbiddenError: the server responded with status 403", true},
		{"RequestError [HttpError]: Resource not accessible by integration", true},
		{"feign.FeignException$Forbidden: [403 Forbidden] during [GET]", true},
		{"Uncaught (in promise) HTTPError: Request failed with status code 429", true},
		{"PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error", true},
		{"Error: GET https://api.github.com/repos/a/b: 404 Not Found", false},
		{"Caused by: java.io.IOException: Server returned HTTP response code: 401", false},
		{"    at settle (node_modules/axios/lib/core/settle.js:19:12)", false},
		{"\tat feign.FeignException.errorStatus(FeignException.java:194)", false},
		{"the Error: was odd", false},
	} {
		if got := errorStart(c.line, ""); got != c.want {
			t.Errorf("errorStart(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	if errorStart("Traceback (most recent call last):", "The above exception was the direct cause of the following exception:") {
		t.Error("a chained traceback starts a new error object")
	}
}

// TestInspectElisionIsNoValue: Node's util.inspect prints a value past its
// depth as "[Array]" or "[Object]": the header was sent, its value is not
// in the paste, and it is no secret.
func TestInspectElisionIsNoValue(t *testing.T) {
	x := oneExchange(t, "AxiosError: Request failed with status code 401\n  request: ClientRequest {\n    [Symbol(kOutHeaders)]: [Object: null prototype] {\n      accept: [Array],\n      authorization: [Array],\n      host: [Array]\n    }\n  },\n  response: {\n    status: 401,\n    statusText: 'Unauthorized'\n  }\n")
	if x.Request == nil {
		t.Fatal("no request")
	}
	if v := x.Request.Fields.Get("authorization"); v != "[Array]" {
		t.Fatalf("authorization %q, want the elision kept", v)
	}
	if c := x.Request.Credentials(); c.State != CredSent || !c.Redacted {
		t.Errorf("credentials %+v: want sent, value not shown", c)
	}
}

// TestErrorThenReproduction: a client's error, then "`curl -i URL` gives:"
// and the dump, is two responses even with the same status: the error is
// not a mention of the dump. Prose that only speaks of the status above
// the dump is.
func TestErrorThenReproduction(t *testing.T) {
	text := "The SDK fails with:\n\n```\nopenai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'type': 'request_forbidden'}}\n```\n\nand `curl -i https://api.example-ai.com/v1/models -H \"Authorization: Bearer $KEY\"` gives:\n\n```\nHTTP/2 403\ncontent-type: application/json\n\n{\"error\":{\"code\":\"unsupported_country_region_territory\"}}\n```\n"
	if got := parsedStatuses(t, text); got != "403,403" {
		t.Errorf("statuses %s, want 403,403", got)
	}
	prose := "Calling the API gives me a 403 error every time, `curl -i https://api.example.com/v1/x` shows:\n\nHTTP/2 403\ncontent-type: application/json\n\n{\"error\":\"forbidden\"}\n"
	if got := parsedStatuses(t, prose); got != "403" {
		t.Errorf("prose then dump: statuses %s, want 403", got)
	}
	after := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n\nError: request to https://api.example.com/v1/x failed with status 401\n"
	if got := parsedStatuses(t, after); got != "401" {
		t.Errorf("dump then its error: statuses %s, want 401", got)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"and `curl -i https://h.example/x` gives:", true},
		{"running `wget -S https://h.example/x` prints", true},
		{"with `Invoke-WebRequest -Uri https://h.example/x` I get", true},
		{"the `curl` binary is old", false},
		{"MCP client for `docs` failed", false},
	} {
		if got := spanRun(c.line); got != c.want {
			t.Errorf("spanRun(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestKubectlErrorsSplit: kubectl prints one "Error from server (…)" line
// per failed call; two with different messages are two responses.
func TestKubectlErrorsSplit(t *testing.T) {
	text := "Error from server (Forbidden): pods is forbidden: User \"dev@example.com\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"\nError from server (Forbidden): services is forbidden: User \"dev@example.com\" cannot list resource \"services\" in API group \"\" in the namespace \"prod\"\n"
	if got := parsedStatuses(t, text); got != "403,403" {
		t.Errorf("statuses %s, want 403,403", got)
	}
}

// TestWrappedErrorRestated: a program that logs an error and then exits
// with it wrapped in its own context ("fatal: sync: list items: <the
// earlier line>") reports one failure.
func TestWrappedErrorRestated(t *testing.T) {
	text := "2026/12/04 10:00:00 request to https://api.example.com/v1/items failed: 403 Forbidden: {\"message\":\"missing scope items:read\"}\n2026/12/04 10:00:00 fatal: sync: list items: request to https://api.example.com/v1/items failed: 403 Forbidden: {\"message\":\"missing scope items:read\"}\n"
	if got := parsedStatuses(t, text); got != "403" {
		t.Errorf("statuses %s, want 403", got)
	}
}

// TestDotNetMessageHeaders: .NET's HttpResponseMessage.ToString() ends its
// first line with "Headers:" and prints the collection's braces on the
// lines below: the whole header block. HttpRequestMessage's is the
// request's.
func TestDotNetMessageHeaders(t *testing.T) {
	x := oneExchange(t, "StatusCode: 401, ReasonPhrase: 'Unauthorized', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n  Date: Fri, 04 Dec 2026 10:00:00 GMT\n  Server: Kestrel\n  Content-Length: 0\n}\n")
	if x.Response == nil || x.Response.Status != 401 || len(x.Response.Fields) != 3 || !x.Response.HeadersComplete {
		t.Errorf("response %+v", x.Response)
	}
	x = oneExchange(t, "Method: GET, RequestUri: 'https://api.example.com/v1/me', Version: 1.1, Content: <null>, Headers:\n{\n  X-Trace: 1\n}\n\nresponse status: 401\n")
	if x.Response == nil || x.Response.HeadersComplete || x.Request == nil || x.Request.Fields.Get("X-Trace") != "1" {
		t.Errorf("request %+v, response %+v", x.Request, x.Response)
	}
}

// TestFailureMessageEndingInStatus: client code throws "Failed to load
// album: ${response.statusCode}"; the code that ends a failure message
// after a colon is the status it got.
func TestFailureMessageEndingInStatus(t *testing.T) {
	for _, c := range []struct {
		line string
		code int
	}{
		{"Exception: Failed to load album: 403", 403},
		{"Error: could not fetch user: 401.", 401},
		{"Unable to refresh token: 401", 401},
		{"Loaded album: 403", 0},
		{"Failed to load 403 items", 0},
		{"Failed to load: 4031", 0},
		{"Failed to load album: 403 of 900 tracks", 0},
	} {
		h, _ := lineStatus(c.line)
		if h.code != c.code {
			t.Errorf("lineStatus(%q) = %d, want %d", c.line, h.code, c.code)
		}
	}
}

// TestPrintedObjectsSplit: two objects a language printed (util.inspect,
// one line or several), each with its own status field, are two responses;
// the members of one object are one.
func TestPrintedObjectsSplit(t *testing.T) {
	one := "error.response.data on login:\n{ statusCode: 401, message: 'Unauthorized' }\nerror.response.data on refresh:\n{ statusCode: 401, message: 'Refresh token expired' }\n"
	if got := parsedStatuses(t, one); got != "401,401" {
		t.Errorf("one-line objects: statuses %s, want 401,401", got)
	}
	obj := "{\n  message: 'Request failed with status code 401',\n  name: 'AxiosError',\n  code: 'ERR_BAD_REQUEST',\n  status: 401\n}\n"
	if got := parsedStatuses(t, "Here's the error for the login call:\n"+obj+"and here's the one from /me:\n"+obj); got != "401,401" {
		t.Errorf("multi-line objects: statuses %s, want 401,401", got)
	}
	nested := "Response {\n  status: 403,\n  statusText: 'Forbidden',\n  headers: Headers {\n    server: 'cloudflare'\n  },\n  ok: false\n}\n"
	if got := parsedStatuses(t, nested); got != "403" {
		t.Errorf("one object: statuses %s, want 403", got)
	}
	for _, c := range []struct {
		line string
		want bool
	}{{"{", true}, {"Response {", true}, {"<ref *1> Response {", true}, {"config: {", false}, {"  {", false}, {"if (x) {", false}} {
		if got := errorStart(c.line, ""); got != c.want {
			t.Errorf("errorStart(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestSameErrorUnderTwoRecords: a log record of a failure, then the
// exception, and the same again under a later record: two failed calls,
// though the exception's text is the same. One record whose own text
// states the status, then the exception, is one.
func TestSameErrorUnderTwoRecords(t *testing.T) {
	rec := func(ts string) string {
		return "2026-12-04 " + ts + " ERROR 1 --- [pool-1-thread-1] c.a.Worker : call failed\n\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]\n\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:105)\n\n"
	}
	if got := parsedStatuses(t, rec("10:00:00.000")+rec("10:01:00.000")); got != "401,401" {
		t.Errorf("statuses %s, want 401,401", got)
	}
	one := "2026-12-04 10:15:32.101 ERROR 1 --- [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception [Request processing failed; nested exception is org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]] with root cause\n\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]\n\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:105)\n"
	if got := parsedStatuses(t, one); got != "401" {
		t.Errorf("one record: statuses %s, want 401", got)
	}
}

// TestDotNetConsoleLoggerRecords: .NET's console logger opens each error
// record with "fail: Category[EventId]" and indents the message; the same
// exception under two such records is two failed calls.
func TestDotNetConsoleLoggerRecords(t *testing.T) {
	rec := "fail: Acme.Sync[0]\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).\n         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
	if got := parsedStatuses(t, rec+rec); got != "403,403" {
		t.Errorf("statuses %s, want 403,403", got)
	}
	for _, c := range []struct {
		line string
		want bool
	}{{"fail: Acme.Sync[0]", true}, {"crit: Microsoft.Hosting.Lifetime[7]", true}, {"info: Acme.Sync[0]", false}, {"fail: the call [0]", false}, {"fail: Acme.Sync", false}} {
		if got := dotnetFailHeader(c.line); got != c.want {
			t.Errorf("dotnetFailHeader(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
