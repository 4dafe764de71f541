package parse

import "testing"

// TestClientLibraryStatusNotations: statuses as three client stacks print
// them, each read once. Android Volley logs "Unexpected response code N for
// URL" from NetworkUtility.shouldRetryException (an identifier holding
// "should", no wish); Alamofire 4 prints its AFError as
// "….unacceptableStatusCode(N)"; ASP.NET Core's hosting log before .NET 5
// ends a request with "Request finished in 12.3ms N", a content type after
// it when the answer had a body.
func TestClientLibraryStatusNotations(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  int
	}{
		{"E/Volley: [3317] NetworkUtility.shouldRetryException: Unexpected response code 401 for https://sheets.example.io/v4/docs/77Qx?key=AIzaSyQ-xxxxxxxx\n" +
			"W/System.err: com.android.volley.AuthFailureError\nW/System.err:     at com.android.volley.toolbox.NetworkUtility.shouldRetryException(NetworkUtility.java:195)\n", 401},
		{"print(\"\\(error)\") gives:\n\nresponseValidationFailed(Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(403))\n", 403},
		{"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[1]\n      Request starting HTTP/1.1 POST http://localhost:5080/api/orders application/json 52\n" +
			"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[2]\n      Request finished in 18.204ms 403 application/json; charset=utf-8\n", 403},
		{"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[2]\n      Request finished in 7.9ms 302\n", 302},
	} {
		got := statusesOf(t, c.paste)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: read %v, want [%d]", c.paste, got, c.want)
		}
	}
	// a wish word as a word of its own still makes the code a wish
	if got := statusesOf(t, "It shouldn't answer 403 here.\nHTTP/1.1 401 Unauthorized\n"); len(got) != 1 || got[0] != 401 {
		t.Errorf("a wish: read %v, want [401]", got)
	}
}

// TestSerilogRequestLog: Serilog.AspNetCore's request log, "HTTP POST
// /path responded 401 in 12.3 ms", is an access log: each line one
// response, the same request answered the same way twice read twice.
func TestSerilogRequestLog(t *testing.T) {
	wantStatuses(t, "serilog", "Login stopped working after the upgrade.\n\n"+
		"[14:07:02 INF] HTTP POST /api/auth/token responded 401 in 95.1023 ms\n"+
		"[14:07:05 INF] HTTP GET /api/auth/mode responded 200 in 3.0716 ms\n"+
		"[14:07:06 INF] HTTP GET /api/auth/token responded 401 in 21.4452 ms\n"+
		"[14:07:15 INF] HTTP POST /api/auth/token responded 401 in 6.6013 ms\n", 401, 200, 401, 401)
}

// TestExpectedBehaviorQuestionHeading: an issue template's heading asked
// as a question ("**What is the expected behavior?**") opens what the
// person wanted: a status under it is no response.
func TestExpectedBehaviorQuestionHeading(t *testing.T) {
	wantStatuses(t, "template", "**What is the current behavior?**\nWith a lapsed session cookie I get: Session invalid with code 403\n\n"+
		"**What is the expected behavior?**\nerror: Session lapsed, sign in again with code 401\n\n**Which version?**\n4.1.0\n", 403)
}

// TestTransportSummaryWithoutDump: go-containerregistry's logging
// transport (crane -v) prints "<-- 200 https://h/x (1.2s)" then the
// response's dump, except when it redacts a token response's body: the
// summary line alone is then that response.
func TestTransportSummaryWithoutDump(t *testing.T) {
	p := "$ crane -v digest reg.example.test/team/app:1\n" +
		"2025/03/02 08:11:40 --> GET https://reg.example.test/v2/\n2025/03/02 08:11:40 GET /v2/ HTTP/1.1\nHost: reg.example.test\n\n\n" +
		"2025/03/02 08:11:40 <-- 401 https://reg.example.test/v2/ (120.4ms)\n2025/03/02 08:11:40 HTTP/1.1 401 Unauthorized\n" +
		"Www-Authenticate: Bearer realm=\"https://reg.example.test/auth\",service=\"reg.example.test\"\nContent-Length: 0\n\n" +
		"2025/03/02 08:11:41 --> GET https://reg.example.test/auth?scope=repository%3Ateam%2Fapp%3Apull [body redacted: basic token response contains credentials]\n" +
		"2025/03/02 08:11:41 GET /auth?scope=repository%3Ateam%2Fapp%3Apull HTTP/1.1\nHost: reg.example.test\n\n\n" +
		"2025/03/02 08:11:41 <-- 200 https://reg.example.test/auth?scope=repository%3Ateam%2Fapp%3Apull (88.2ms) [body redacted: basic token response contains credentials]\n" +
		"2025/03/02 08:11:41 --> HEAD https://reg.example.test/v2/team/app/manifests/1\n2025/03/02 08:11:41 HEAD /v2/team/app/manifests/1 HTTP/1.1\nHost: reg.example.test\nAuthorization: <redacted>\n\n\n" +
		"2025/03/02 08:11:41 <-- 200 https://reg.example.test/v2/team/app/manifests/1 (40.9ms)\n2025/03/02 08:11:41 HTTP/1.1 200 OK\nContent-Length: 1042\n\n"
	wantStatuses(t, "crane", p, 401, 200, 200)
	// OkHttp's BASIC level prints every summary without a dump: the general
	// reader reads those, one response each
	wantStatuses(t, "okhttp basic", "I/okhttp: --> POST https://ingest.example.test/v1/batch (88-byte body)\nI/okhttp: <-- 401 Unauthorized https://ingest.example.test/v1/batch (3ms, 41-byte body)\n", 401)
}

// TestStatusNamedInOneWord: a status written as an error or response
// class named "HTTP" and its reason (Zig's and Bun's "HTTPForbidden",
// Ruby's Net::HTTPUnauthorized), or as "HTTP-401", or after "answering"
// is read; a class named only to catch it is none.
func TestStatusNamedInOneWord(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  int
	}{
		{"C:\\Users\\ops> deno upgrade\nUpgrade failed with error: HTTPForbidden\n", 403},
		{"resp = #<Net::HTTPUnauthorized readbody=true>\n", 401},
		{"[sync] --> GET https://files.example.test/v2/disk/\n[sync] --> Retry 2/5: HTTP-403: Forbidden\n", 403},
		{"Since yesterday the proxy keeps answering 401 for every call to the reports API.\n", 401},
	} {
		if got := statusesOf(t, c.paste); len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: read %v, want [%d]", c.paste, got, c.want)
		}
	}
	if in, err := Parse("try:\n    call()\nexcept web.HTTPForbidden:\n    pass\n"); err == nil {
		for _, x := range in.Exchanges {
			if x.Response != nil && x.Response.Status != 0 {
				t.Errorf("a class caught: read %d", x.Response.Status)
			}
		}
	}
}
