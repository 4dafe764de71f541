package classifier_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// verdictCase is a paste written for the purpose, its expected class and
// findings that must (want) or must not (not) be reported.
type verdictCase struct {
	name  string
	paste string
	class rule.Class
	want  []string
	not   []string
	kind  string // the deciding signal's kind, when it matters
}

func runVerdictCases(t *testing.T, cases []verdictCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, x := lastResponse(t, c.paste)
			if x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s\nreasons: %+v", x.Verdict.Class, c.class, x.Verdict.Explanation, x.Verdict.Reasons)
			}
			if c.kind != "" && (len(x.Verdict.Reasons) == 0 || string(x.Verdict.Reasons[0].Kind) != c.kind) {
				t.Errorf("decided by %+v, want kind %s", x.Verdict.Reasons, c.kind)
			}
			var names []string
			for _, f := range x.Findings {
				names = append(names, f.Name)
			}
			for _, f := range rep.Findings {
				names = append(names, f.Name)
			}
			for _, w := range c.want {
				if !slices.Contains(names, w) {
					t.Errorf("finding %s not reported (got %v)", w, names)
				}
			}
			for _, n := range c.not {
				if slices.Contains(names, n) {
					t.Errorf("finding %s reported, should not be", n)
				}
			}
		})
	}
}

const jsonHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99\r\n\r\n"

// Auth errors inside a success: generic shapes, no vendor signature (#10.2).
func TestAuthErrorInsideSuccess(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "ok false with an error code", paste: jsonHead + `{"result":"failed","ok":false,"error":"token_expired"}`,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "graphql unauthenticated", paste: jsonHead + `{"data":{"viewer":null},"errors":[{"message":"You must be signed in to see this","locations":[{"line":2,"column":3}],"path":["viewer"],"extensions":{"code":"UNAUTHENTICATED"}}]}`,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "graphql forbidden", paste: jsonHead + `{"data":null,"errors":[{"message":"Not allowed","extensions":{"code":"FORBIDDEN","serviceName":"billing"}}]}`,
			class: rule.Authorization, want: []string{"auth-failure-as-200"}},
		{name: "status field 401", paste: jsonHead + `{"status":401,"msg":"login expired, sign in again","data":null}`,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "nested error code 403", paste: jsonHead + "{\n  \"success\": false,\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Project quota owner only\"\n  }\n}",
			class: rule.Authorization, want: []string{"auth-failure-as-200"}},
		{name: "rfc 9457 problem in a 200", paste: "HTTP/1.1 200 OK\r\nContent-Type: application/problem+json\r\n\r\n" + `{"type":"https://example.com/probs/no-access","title":"No access to this account","status":403,"detail":"Account 77 belongs to another tenant"}`,
			class: rule.Authorization, want: []string{"auth-failure-as-200"}},
		{name: "grpc style permission denied", paste: jsonHead + `{"error":{"code":7,"message":"caller lacks role","status":"PERMISSION_DENIED"}}`,
			class: rule.Authorization, want: []string{"auth-failure-as-200"}},
		{name: "soap fault in a 200", paste: "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n<?xml version=\"1.0\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n<soap:Body>\n<soap:Fault>\n<faultcode>soap:Client</faultcode>\n<faultstring>Authentication failed for user svc-batch</faultstring>\n</soap:Fault>\n</soap:Body>\n</soap:Envelope>\n",
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "rate limit in a 200", paste: jsonHead + `{"ok":false,"error":"ratelimited"}`,
			class: rule.Blocked, not: []string{"auth-failure-as-200"}},
		// Near misses: data that merely holds such words is not an error.
		{name: "listing with status fields", paste: jsonHead + `{"status":"ok","items":[{"id":1,"status":403,"code":"FORBIDDEN"},{"id":2,"status":200}]}`,
			class: rule.None, not: []string{"auth-failure-as-200"}},
		{name: "message field in a success", paste: jsonHead + `{"message":"Access denied events: 3 this week","count":3}`,
			class: rule.None, not: []string{"auth-failure-as-200"}},
		// the status written as a string, in an envelope's wrapper or its
		// result code's member
		{name: "status as a string in a wrapper", paste: jsonHead + `{"reply":null,"response":{"code":"401","message":"Session token expired"}}`,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "result code beside its message", paste: jsonHead + `{"response":{"resultCode":"403","resultMessage":"No permission for this ledger"},"payload":{}}`,
			class: rule.Authorization, want: []string{"auth-failure-as-200"}},
		{name: "a success's code as a string", paste: jsonHead + `{"response":{"code":"200","message":"Session token refreshed"}}`,
			class: rule.None, not: []string{"auth-failure-as-200"}},
	})
}

const loginPage = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>\n<form method=\"post\" action=\"/session\">\n<input name=\"login\" type=\"text\">\n<input name=\"password\" type=\"password\">\n<button>Sign in</button>\n</form></body></html>\n"

// A sign-in page served with 200 to an API client is an authentication
// failure; the same page to a browser is just a page.
func TestLoginPageToAPIClient(t *testing.T) {
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + loginPage
	runVerdictCases(t, []verdictCase{
		{name: "json client", paste: "GET /api/v2/projects HTTP/1.1\r\nHost: ci.example.com\r\nAccept: application/json\r\n\r\n" + resp,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}, kind: "login-page"},
		{name: "library user agent", paste: "GET /export/all.csv HTTP/1.1\r\nHost: ci.example.com\r\nUser-Agent: python-requests/2.31.0\r\nAccept: */*\r\n\r\n" + resp,
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "redirect to sign-in for a json client", paste: "GET /api/v1/jobs HTTP/1.1\r\nHost: ci.example.com\r\nAccept: application/json\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://sso.example.com/login?next=%2Fapi%2Fv1%2Fjobs\r\nContent-Length: 0\r\n\r\n",
			class: rule.Authentication, kind: "login-redirect"},
		{name: "redirect to sign-in for a browser", paste: "GET /jobs HTTP/1.1\r\nHost: ci.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\r\nAccept: text/html\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://sso.example.com/login?next=%2Fjobs\r\nContent-Length: 0\r\n\r\n",
			class: rule.Authentication, kind: "login-redirect"},
		{name: "browser signing out", paste: "GET /logout HTTP/1.1\r\nHost: ci.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\r\nCookie: sid=x\r\n\r\nHTTP/1.1 302 Found\r\nLocation: /login\r\nContent-Length: 0\r\n\r\n",
			class: rule.None},
		{name: "browser starting single sign-on", paste: "GET /login HTTP/1.1\r\nHost: ci.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://idp.example.com/oauth2/authorize?client_id=ci&response_type=code\r\nContent-Length: 0\r\n\r\n",
			class: rule.None},
		{name: "browser navigation", paste: "GET /login HTTP/1.1\r\nHost: ci.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml\r\n\r\n" + resp,
			class: rule.None, not: []string{"auth-failure-as-200"}},
	})
}

// An error code in the body outranks the status when it names the failure;
// a code that only restates a refusal never overrides a refusal status.
func TestBodyCodeAgainstStatus(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "403 with unauthenticated", paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n" + `{"error":{"code":"UNAUTHENTICATED","message":"no session"}}`,
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
		{name: "401 with a generic forbidden", paste: "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Type: application/json\r\n\r\n" + `{"error":"Forbidden","message":"Access denied"}`,
			class: rule.Authentication},
		{name: "403 whose logged body is a request-forgery error", paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nCall failed, details follow.\n--> {\"kind\":\"ValidationFault\",\"message\":\"The anti-forgery cookie token and form field token do not match\"}\n",
			class: rule.Blocked},
		{name: "401 page saying the known user lacks permission", paste: "HTTP/1.1 401 Unauthorized\r\nContent-Type: text/html\r\n\r\n<html><body>\n<h1>Error</h1>\n<p>Authenticated user does not have permission to perform this action.</p>\n</body></html>\n",
			class: rule.Authorization},
		{name: "401 page that only restates the status", paste: "HTTP/1.1 401 Unauthorized\r\nContent-Type: text/html\r\n\r\n<html><body>\n<h1>Access denied</h1>\n</body></html>\n",
			class: rule.Authentication},
		{name: "500 carrying invalid_token", paste: "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n" + `{"code":"invalid_token","message":"jwt malformed"}`,
			class: rule.Authentication},
	})
}

// With no status at all, an API error body whose meaning is clear still
// classifies, and the explanation says where the class came from.
func TestBodyWithoutStatus(t *testing.T) {
	for _, c := range []struct {
		body  string
		class rule.Class
	}{
		{`{"result":"error","error_code":"NOT_AUTHENTICATED","detail":"sign in first"}`, rule.Authentication},
		{`{"err":{"type":"insufficient_permissions","msg":"role viewer cannot edit boards"}}`, rule.Authorization},
		{`{"httpStatus":401,"error_message":"session gone"}`, rule.Authentication},
		{"{\n  \"access_token\": \"dummy-0000\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600\n}\n", rule.None},
		{"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse>\n  <Code>InsufficientAccountPermissions</Code>\n  <Message>The account being accessed does not have sufficient permissions.</Message>\n</ErrorResponse>\n", rule.Authorization},
	} {
		rep, err := classifier.Analyze(c.body, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.body, err)
		}
		if len(rep.Exchanges) == 0 || rep.Exchanges[0].Verdict.Class != c.class {
			t.Errorf("%s: %+v, want %s", c.body, rep.Exchanges, c.class)
			continue
		}
		if e := rep.Exchanges[0].Verdict.Explanation; !strings.Contains(e, "body") {
			t.Errorf("%s: explanation does not name the body: %s", c.body, e)
		}
	}
}

// TestWeChatStyleErrcodes: WeChat's, WeCom's and DingTalk's server APIs
// answer failures with 200 and {"errcode","errmsg"}; the shared global
// return codes' wordings name an unaccepted access_token (authentication,
// reported as a failure inside a 200), an API the app may not call
// (authorization) and the app's IP allow-list (blocked). Samples written
// for the purpose, values invented.
func TestWeChatStyleErrcodes(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "an expired access_token answered with 200",
			paste: "HTTP/1.1 200 OK\nContent-Type: application/json; encoding=utf-8\n\n{\"errcode\":42001,\"errmsg\":\"access_token expired rid: 6611a2b3-1c2d3e4f-5a6b7c8d\"}\n",
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "a client's log of the same, printed as an object",
			paste: "2024-06-02 09:14:07 [E] bot sync failed: { data: { errcode: 40014, errmsg: '不合法的access_token' }, url: 'https://oapi.example-im.com/user/list?access_token=undefined', status: 200, statusText: 'OK' }\n",
			class: rule.Authentication, want: []string{"auth-failure-as-200"}},
		{name: "an API the app may not call",
			paste: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"errcode\":48001,\"errmsg\":\"api unauthorized rid: 5f2e1d0c-3b4a5968-7a6b5c4d\"}\n",
			class: rule.Authorization},
		{name: "the app's IP allow-list",
			paste: "{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip, hint: [1714551234], from ip: 198.51.100.23\"}\n",
			class: rule.Blocked},
		{name: "a success of the same API",
			paste: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":20481234}\n",
			class: rule.None, not: []string{"auth-failure-as-200"}},
	})
}

// lastResponse analyses paste and gives its report and the last exchange
// with a response read, failing the test when there is none.
func lastResponse(t *testing.T, paste string) (*classifier.Report, *classifier.ExchangeReport) {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var x *classifier.ExchangeReport
	for i := range rep.Exchanges {
		if rep.Exchanges[i].Response != nil {
			x = &rep.Exchanges[i]
		}
	}
	if x == nil {
		t.Fatal("no response read")
	}
	return rep, x
}

// explainedWithFindings is what the page says of exchange x: its verdict's
// explanation, then each finding's name and message, a line each.
func explainedWithFindings(x *classifier.ExchangeReport) string {
	said := x.Verdict.Explanation
	for _, f := range x.Findings {
		said += "\n" + f.Name + ": " + f.Message
	}
	return said
}

// checkSaid fails t for each of want that said does not hold and each of
// not that it does.
func checkSaid(t *testing.T, said string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(said, w) {
			t.Errorf("%q not said:\n%s", w, said)
		}
	}
	for _, n := range not {
		if strings.Contains(said, n) {
			t.Errorf("%q said:\n%s", n, said)
		}
	}
}
