package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// exchangeN analyses paste and returns exchange i (0-based).
func exchangeN(t *testing.T, paste string, i int) classifier.ExchangeReport {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) <= i {
		t.Fatalf("%d exchanges read, want more than %d", len(rep.Exchanges), i)
	}
	return rep.Exchanges[i]
}

func req(method, target, host string, fields ...string) string {
	s := method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n"
	for _, f := range fields {
		s += f + "\r\n"
	}
	return s + "\r\n"
}

func resp(status string, fields ...string) string {
	s := "HTTP/1.1 " + status + "\r\n"
	for _, f := range fields {
		s += f + "\r\n"
	}
	return s + "Content-Length: 0\r\n\r\n"
}

const bearer = "Authorization: Bearer dummy-token-0000"

// The same request, refused, then accepted once only a field that carries no
// credential changed: the refusal was not about identity, and the
// explanation says what changed.
func TestSucceedsAfterNonCredentialChange(t *testing.T) {
	paste := req("GET", "/v1/export", "data.example.org", "User-Agent: python-requests/2.31.0", bearer, "Accept: */*") +
		resp("403 Forbidden", "Content-Type: text/plain") +
		req("GET", "/v1/export", "data.example.org", "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", bearer, "Accept: */*") +
		resp("200 OK", "Content-Type: text/csv")
	x := exchangeN(t, paste, 0)
	v := x.Verdict
	if v.Class != rule.Blocked || v.Reasons[0].Kind != "same-credentials-succeeded" {
		t.Fatalf("class %s by %+v, want blocked by the later success", v.Class, v.Reasons)
	}
	if !strings.Contains(v.Headline, "User-Agent") || !strings.Contains(v.Explanation, "User-Agent") || !strings.Contains(v.Explanation, "python-requests/2.31.0") {
		t.Errorf("the change is not named: %s / %s", v.Headline, v.Explanation)
	}
	for _, f := range x.Findings {
		if f.Name == "forbidden-without-credentials" {
			t.Errorf("a finding quiet under blocked survived the re-classification")
		}
	}

	enc := req("GET", "/files/a.tar", "cdn.example.net", "Accept-Encoding: gzip, br", "User-Agent: curl/8.5.0") +
		resp("401 Unauthorized", "WWW-Authenticate: Basic realm=\"files\"") +
		req("GET", "/files/a.tar", "cdn.example.net", "User-Agent: curl/8.5.0") +
		resp("200 OK")
	if v := exchangeN(t, enc, 0).Verdict; v.Class != rule.Blocked || !strings.Contains(v.Headline, "Accept-Encoding") {
		t.Errorf("Accept-Encoding only: %s: %s", v.Class, v.Headline)
	}

	// Near miss: the credentials changed too, so the first refusal may well be about them.
	cred := req("GET", "/v1/export", "data.example.org", "User-Agent: python-requests/2.31.0", bearer) +
		resp("401 Unauthorized", "WWW-Authenticate: Bearer realm=\"data\"") +
		req("GET", "/v1/export", "data.example.org", "User-Agent: Mozilla/5.0 Firefox/128.0", "Authorization: Bearer dummy-token-1111") +
		resp("200 OK")
	if v := exchangeN(t, cred, 0).Verdict; v.Class != rule.Authentication {
		t.Errorf("credentials changed: class %s, want authentication", v.Class)
	}
}

// A refusal that said Retry-After, then the same request accepted: a rate limit.
func TestRetryAfterSucceeds(t *testing.T) {
	paste := req("GET", "/repos/acme/tool/releases", "api.example.com", bearer, "User-Agent: gh/2.40.0") +
		resp("403 Forbidden", "Retry-After: 60", "Content-Type: application/json") +
		req("GET", "/repos/acme/tool/releases", "api.example.com", bearer, "User-Agent: gh/2.40.0") +
		resp("200 OK", "Content-Type: application/json")
	v := exchangeN(t, paste, 0).Verdict
	if v.Class != rule.Blocked || v.Reasons[0].Kind != "retry-after-succeeded" || !strings.Contains(v.Explanation, "Retry-After: 60") {
		t.Errorf("%s by %+v: %s", v.Class, v.Reasons, v.Explanation)
	}
	// Near miss: the identical request succeeding with no Retry-After names nothing.
	plain := strings.Replace(paste, "Retry-After: 60\r\n", "", 1)
	if v := exchangeN(t, plain, 0).Verdict; v.Class != rule.Authorization {
		t.Errorf("no Retry-After: class %s, want the status's authorization", v.Class)
	}
}

// A session cookie set by one host and missing on the next request to
// another is named as the cause of the 401 that follows.
func TestSessionCookieNotSent(t *testing.T) {
	login := func(setCookie string) string {
		return req("POST", "https://login.example.com/session", "login.example.com", "Content-Type: application/x-www-form-urlencoded") +
			resp("200 OK", "Set-Cookie: "+setCookie)
	}
	for _, c := range []struct {
		name, setCookie, next, want string
	}{
		{"host-only", "sid=7f3e9a2c; Path=/; Secure; HttpOnly",
			req("GET", "https://api.example.com/me", "api.example.com", "Accept: application/json"), "host-only cookie for login.example.com"},
		{"domain", "sid=7f3e9a2c; Domain=login.example.com; Path=/; Secure; HttpOnly",
			req("GET", "https://api.example.com/me", "api.example.com"), "Domain=login.example.com does not cover api.example.com"},
		{"path", "sid=7f3e9a2c; Domain=example.com; Path=/account; Secure; HttpOnly",
			req("GET", "https://api.example.com/me", "api.example.com"), "Path=/account does not cover /me"},
		{"secure over http", "sid=7f3e9a2c; Domain=example.com; Path=/; Secure; HttpOnly",
			req("GET", "http://api.example.com/me", "api.example.com"), "marked Secure and this request goes over plain http"},
		{"rejected on arrival", "sid=7f3e9a2c; Domain=other.example.net; Path=/; Secure",
			req("GET", "https://login.example.com/me", "login.example.com"), "browsers reject the cookie on arrival"},
		{"no cookie jar", "sid=7f3e9a2c; Path=/; Secure; HttpOnly",
			req("GET", "https://login.example.com/me", "login.example.com", "User-Agent: curl/8.5.0"), "keep no cookies unless told to"},
		{"samesite", "sid=7f3e9a2c; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax",
			req("POST", "https://api.example.com/me", "api.example.com", "Origin: https://widgets.example.net", "Sec-Fetch-Mode: cors", "Sec-Fetch-Site: cross-site"), "SameSite=Lax"},
	} {
		paste := login(c.setCookie) + c.next + resp("401 Unauthorized", "WWW-Authenticate: Cookie realm=\"api\"")
		x := exchangeN(t, paste, 1)
		v := x.Verdict
		if v.Class != rule.Authentication || v.Reasons[0].Kind != "cookie-not-sent" || !strings.Contains(v.Explanation, c.want) {
			t.Errorf("%s: %s by %v:\n%s", c.name, v.Class, v.Reasons, v.Explanation)
			continue
		}
		if !strings.Contains(v.Headline, "session cookie was not sent") || strings.Contains(v.Explanation, "7f3e9a2c") {
			t.Errorf("%s: headline %q, or the cookie value is quoted", c.name, v.Headline)
		}
	}
	// Near miss: the cookie was sent; the 401 is about something else.
	paste := login("sid=7f3e9a2c; Domain=example.com; Path=/; Secure") +
		req("GET", "https://api.example.com/me", "api.example.com", "Cookie: sid=7f3e9a2c") + resp("401 Unauthorized", "WWW-Authenticate: Cookie realm=\"api\"")
	if v := exchangeN(t, paste, 1).Verdict; v.Reasons[0].Kind == "cookie-not-sent" {
		t.Errorf("cookie sent, still blamed: %s", v.Explanation)
	}
	// The same in a HAR export: the browser kept the host-only cookie at home.
	har := `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
{"startedDateTime":"2026-01-05T10:00:00.000Z","time":5,"request":{"method":"POST","url":"https://login.example.com/session","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"queryString":[],"headersSize":-1,"bodySize":0},
 "response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[{"name":"Set-Cookie","value":"sid=7f3e9a2c; Path=/"}],"cookies":[],"content":{"size":0,"mimeType":"text/plain"},"redirectURL":"","headersSize":-1,"bodySize":0},"cache":{},"timings":{"send":0,"wait":5,"receive":0}},
{"startedDateTime":"2026-01-05T10:00:01.000Z","time":5,"request":{"method":"GET","url":"https://api.example.com/me","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"queryString":[],"headersSize":-1,"bodySize":0},
 "response":{"status":401,"statusText":"Unauthorized","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"content":{"size":0,"mimeType":"text/plain"},"redirectURL":"","headersSize":-1,"bodySize":0},"cache":{},"timings":{"send":0,"wait":5,"receive":0}}]}}`
	rep, err := classifier.Analyze(har, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x := rep.Exchanges[len(rep.Exchanges)-1]; len(x.Verdict.Reasons) == 0 || x.Verdict.Reasons[0].Kind != "cookie-not-sent" ||
		!strings.Contains(x.Verdict.Explanation, "host-only cookie for login.example.com") {
		t.Errorf("HAR: %s", x.Verdict.Explanation)
	}
}

// An OPTIONS that is no preflight refused, then the real preflight (with
// Access-Control-Request-Method) accepted: servers answer preflights without
// credentials by design, so the success says nothing about the first.
func TestPreflightSuccessSaysNothingAboutIdentity(t *testing.T) {
	paste := req("OPTIONS", "/_session", "db.example.org:5984", "Origin: http://192.0.2.8:8080") +
		resp("401 Unauthorized", "Access-Control-Allow-Origin: http://192.0.2.8:8080", "Content-Type: application/json") +
		req("OPTIONS", "/_session", "db.example.org:5984", "Origin: http://192.0.2.8:8080", "Access-Control-Request-Method: POST") +
		resp("204 No Content", "Access-Control-Allow-Origin: http://192.0.2.8:8080", "Access-Control-Allow-Methods: GET, POST")
	x := exchangeN(t, paste, 0)
	if x.Verdict.Class != rule.Authentication {
		t.Errorf("class %s by %+v, want authentication", x.Verdict.Class, x.Verdict.Reasons)
	}
}

// A client's error that shows only its status, then the same request made
// with curl -i whose whole response names who refused: the error takes the
// reproduction's verdict, and says where it comes from. A reproduction
// that says no more than the status changes nothing.
func TestReproducedRefusal(t *testing.T) {
	paste := "Trying to connect and getting:\n\n```\nError: Client error: HTTP status client error (403 Forbidden) for url (https://docs.example.com/mcp)\n```\n\n`curl -i https://docs.example.com/mcp` gives:\n\n```\nHTTP/2 403\ncontent-type: text/html; charset=UTF-8\ncf-mitigated: challenge\nserver: cloudflare\ncf-ray: 8e1a2b3c4d5e6f70-FRA\n\n<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>\n```\n"
	x := exchangeN(t, paste, 0)
	if x.Verdict.Class != rule.Blocked || !strings.Contains(x.Verdict.Explanation, "Exchange #2") {
		t.Errorf("first exchange: %s, %q", x.Verdict.Class, x.Verdict.Explanation)
	}
	plain := strings.Replace(strings.Replace(paste, "cf-mitigated: challenge\nserver: cloudflare\ncf-ray: 8e1a2b3c4d5e6f70-FRA\n", "", 1), "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>", "", 1)
	if x := exchangeN(t, plain, 0); x.Verdict.Class != rule.Authorization || strings.Contains(x.Verdict.Explanation, "Exchange #2") {
		t.Errorf("reproduction with only a status: %s, %q", x.Verdict.Class, x.Verdict.Explanation)
	}
}

// TestRedirectFollowedToSignIn: a redirect logged without its Location and
// followed at once to a sign-in page sent the caller to authenticate; one
// followed elsewhere is an ordinary redirect (an access log written for
// this test).
func TestRedirectFollowedToSignIn(t *testing.T) {
	const line = `198.51.100.4 - - [09/Apr/2031:07:12:44 +0000] "GET %s HTTP/1.1" %s 0 "-" "curl/8.5.0"` + "\n"
	for _, c := range []struct {
		next string
		want rule.Class
	}{
		{"/users/sign_in", rule.Authentication},
		{"/exports/weekly/", rule.None},
	} {
		paste := strings.Replace(strings.Replace(line, "%s", "/exports/weekly", 1), "%s", "302", 1) +
			strings.Replace(strings.Replace(line, "%s", c.next, 1), "%s", "200", 1)
		if got := exchangeN(t, paste, 0).Verdict.Class; got != c.want {
			t.Errorf("302 then GET %s: %s, want %s", c.next, got, c.want)
		}
	}
}

// A client's retry loop in a log: a bare 403, the same request sent again
// unchanged, and a 200 in the end. Nothing about who asks changed between
// the tries, so the refusal was transient, not about identity. A 401 is
// left alone (a challenge's second leg repeats the request with a
// credential the log does not show), and so is a sign-in between the tries.
func TestRetryLoopGetsPastBare403(t *testing.T) {
	paste := "Moved the harvester to urllib3 retries with backoff, some records need a few tries:\n\n```\n" +
		`2025-02-18 11:02:41 [debug    ] https://registry.openparcels.example:443 "GET /api/v2/parcels/LT-44817 HTTP/1.1" 200 1204 [urllib3.connectionpool] job=parcels
2025-02-18 11:02:41 [debug    ] https://registry.openparcels.example:443 "GET /api/v2/parcels/LT-90233 HTTP/1.1" 403 298 [urllib3.connectionpool] job=parcels
2025-02-18 11:02:41 [debug    ] Incremented Retry for (url='/api/v2/parcels/LT-90233'): Retry(total=4, connect=None, read=None, redirect=None, status=None) [urllib3.util.retry] job=parcels
2025-02-18 11:02:42 [debug    ] Retry: /api/v2/parcels/LT-90233 [urllib3.connectionpool] job=parcels
2025-02-18 11:02:43 [debug    ] https://registry.openparcels.example:443 "GET /api/v2/parcels/LT-90233 HTTP/1.1" 200 1187 [urllib3.connectionpool] job=parcels
` + "```\n"
	x := exchangeN(t, paste, 1)
	if v := x.Verdict; v.Class != rule.Blocked || v.Reasons[0].Kind != "same-credentials-succeeded" || !strings.Contains(v.Explanation, "#3") {
		t.Fatalf("%s by %+v: %s", v.Class, v.Reasons, v.Explanation)
	}
	if v := exchangeN(t, strings.ReplaceAll(paste, `HTTP/1.1" 403 298`, `HTTP/1.1" 401 298`), 1).Verdict; v.Class != rule.Authentication {
		t.Errorf("a 401 retried: class %s, want authentication", v.Class)
	}
	login := strings.Replace(paste, "2025-02-18 11:02:42 [debug    ] Retry:",
		`2025-02-18 11:02:42 [debug    ] https://registry.openparcels.example:443 "POST /api/v2/login HTTP/1.1" 200 88 [urllib3.connectionpool] job=parcels
2025-02-18 11:02:42 [debug    ] Retry:`, 1)
	if v := exchangeN(t, login, 1).Verdict; v.Class != rule.Authorization {
		t.Errorf("a sign-in between the tries: class %s, want the status's authorization", v.Class)
	}
}
