package parse

import (
	"strings"
	"testing"
)

// TestPrintedErrorBeforeCurlV: a client's printed error object (AxiosError,
// its status in a "status: 401" field) before the curl -v transcript that
// tries the same call again is a response of its own, before the curl one.
func TestPrintedErrorBeforeCurlV(t *testing.T) {
	text := "AxiosError: Request failed with status code 401\n" +
		"    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12) {\n" +
		"  code: 'ERR_BAD_REQUEST',\n" +
		"  response: {\n" +
		"    status: 401,\n" +
		"    statusText: 'Unauthorized',\n" +
		"    data: { error: 'invalid_token' }\n" +
		"  }\n" +
		"}\n\n" +
		"but curl with the same token works:\n\n" +
		"$ curl -v -H 'Authorization: Bearer x.y.z' https://api.example.com/me\n" +
		"> GET /me HTTP/1.1\n> Host: api.example.com\n>\n" +
		"< HTTP/1.1 200 OK\n< Content-Type: application/json\n<\n{\"id\":7}\n"
	if got := parsedStatuses(t, text); got != "401,200" {
		t.Errorf("statuses %s, want 401,200", got)
	}
	// a prose line about a status before the dump adds nothing
	text = "I expected a 401 here, but:\n\n$ curl -i https://api.example.com/me\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{}\n"
	if got := parsedStatuses(t, text); got != "200" {
		t.Errorf("statuses %s, want 200", got)
	}
}

// TestInspectedHeaderMapIsOneBlock: Node's util.inspect prints a response's
// headers as one object, unquoted names ("date: '…',") between quoted ones
// ("'content-type': '…',"); it is one header block of one response, not a
// one-line block at each unquoted name.
func TestInspectedHeaderMapIsOneBlock(t *testing.T) {
	text := "    body: { status: 'error', category: 'MISSING_SCOPES' },\n" +
		"    [Symbol(kHeaders)]: {\n" +
		"      date: 'Sat, 02 Mar 2024 10:11:12 GMT',\n" +
		"      'content-type': 'application/json;charset=utf-8',\n" +
		"      'content-length': '212',\n" +
		"      connection: 'close',\n" +
		"      'x-request-id': 'a1b2c3',\n" +
		"      vary: 'Accept-Encoding',\n" +
		"      server: 'cloudflare',\n" +
		"      'cf-ray': '0123abcd-AMS'\n" +
		"    }\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	for _, n := range []string{"date", "content-type", "server", "cf-ray"} {
		if !r.Fields.Has(n) {
			t.Errorf("field %s not read (fields %v)", n, r.Fields)
		}
	}
	if v := r.Fields.Get("server"); v != "cloudflare" {
		t.Errorf("server %q, want the value unquoted", v)
	}
}

// TestWarningThenAccessLineIsOneResponse: a server that logs a refusal's
// reason and then its access line, in the same second, for the same request
// and status, logged one response; the same access line again (a retry) or
// the same request a second later is another.
func TestWarningThenAccessLineIsOneResponse(t *testing.T) {
	one := "[W 10:11:12.861 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1): '_xsrf' argument missing from POST\n" +
		"[W 10:11:12.862 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1) 1.92ms referer=http://localhost:8888/lab\n"
	if got := parsedStatuses(t, one); got != "403" {
		t.Errorf("warning then access line: statuses %s, want 403", got)
	}
	retry := "[W 10:11:12.861 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1) 1.80ms referer=http://localhost:8888/lab\n" +
		"[W 10:11:12.962 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1) 1.92ms referer=http://localhost:8888/lab\n"
	if got := parsedStatuses(t, retry); got != "403,403" {
		t.Errorf("the same access line twice: statuses %s, want 403,403", got)
	}
	later := "[W 10:11:12.861 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1): '_xsrf' argument missing from POST\n" +
		"[W 10:11:14.862 ServerApp] 403 POST /api/contents/a.ipynb/checkpoints (127.0.0.1) 1.92ms referer=http://localhost:8888/lab\n"
	if got := parsedStatuses(t, later); got != "403,403" {
		t.Errorf("two seconds apart: statuses %s, want 403,403", got)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"10:11:12 GET /x 401 3ms id=a1b2c3", "10:11:13 GET /x 401 4ms id=d4e5f6", true},
		{"GET /x 401 (token expired)", "GET /x 401 2.1ms", false},
		{"", "", true},
	} {
		if got := sameWords(c.a, c.b); got != c.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSameErrorPerResource: a tool's run that prints the same error line
// for each resource it touched, its own indented lines between, made one
// failed call per resource; the same line shown again after a heading or
// prose (an issue template) is counted again, as most corpus labels count a
// report that shows an error twice; one error object's "status: 403," field
// and its response's is one response.
func TestSameErrorPerResource(t *testing.T) {
	run := "```\n" +
		"  cloud:iam:Binding (deployers):\n" +
		"    error: refresh failed: 1 error occurred:\n" +
		"    \t* [ERROR] reading binding: management API client: 403 Forbidden\n\n" +
		"  cloud:iam:Binding (readers):\n" +
		"    error: refresh failed: 1 error occurred:\n" +
		"    \t* [ERROR] reading binding: management API client: 403 Forbidden\n" +
		"```\n"
	for _, text := range []string{run, strings.ReplaceAll(run, "```", "{noformat}"), "{noformat}\n" + run + "{noformat}\n"} {
		if got := parsedStatuses(t, text); got != "403,403" {
			t.Errorf("the same error for two resources: statuses %s, want 403,403 in\n%s", got, text)
		}
	}
	if got := parsedStatuses(t, run); got != "403,403" {
		t.Errorf("the same error for two resources: statuses %s, want 403,403", got)
	}
	twice := "It fails with:\n\n```\nerrors.Forbidden: 403 Forbidden - plan does not include this endpoint\n```\n\n" +
		"### Actual result\n\n```\nerrors.Forbidden: 403 Forbidden - plan does not include this endpoint\n```\n"
	if got := parsedStatuses(t, twice); got != "403,403" {
		t.Errorf("the same output in two fences: statuses %s, want 403,403", got)
	}
	object := "```\nRequestError [HttpError]: Resource not accessible by integration {\n  status: 403,\n" +
		"  request: { method: 'DELETE', url: 'https://api.example.com/repos/a/b/labels/x' },\n" +
		"  response: {\n    url: 'https://api.example.com/repos/a/b/labels/x',\n    status: 403,\n" +
		"    data: { message: 'Resource not accessible by integration' }\n  }\n}\n```\n"
	if got := parsedStatuses(t, object); got != "403" {
		t.Errorf("one error object's status twice: statuses %s, want 403", got)
	}
}

// TestChainedTracebackInAFence: a traceback that prints the same error
// twice (the chained exception's "raise" line, then its message) inside one
// fence is one response.
func TestChainedTracebackInAFence(t *testing.T) {
	text := "```\n    raise HttpError(resp, content)\ngoogleapiclient.errors.HttpError: <HttpError 403 returned \"The caller does not have permission\">\n" +
		"\nDuring handling of the above exception, another exception occurred:\n\n" +
		"    raise HttpError(resp, content)\ngoogleapiclient.errors.HttpError: <HttpError 403 returned \"The caller does not have permission\">\n```\n"
	if got := parsedStatuses(t, text); got != "403" {
		t.Errorf("statuses %s, want 403", got)
	}
}
