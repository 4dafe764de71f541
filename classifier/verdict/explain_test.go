package verdict_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/verdict"
)

func analyze(t *testing.T, paste string) *classifier.Report {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	return rep
}

// soleVerdict is the verdict of a paste that must read as one exchange;
// what names the case in a failure.
func soleVerdict(t *testing.T, what, paste string) verdict.Verdict {
	t.Helper()
	rep := analyze(t, paste)
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%s: %d exchanges", what, len(rep.Exchanges))
	}
	return rep.Exchanges[0].Verdict
}

func hasRef(v verdict.Verdict, title string) bool {
	for _, r := range v.Refs {
		if strings.Contains(r.Title, title) {
			return true
		}
	}
	return false
}

func hasTopic(v verdict.Verdict, topic string) bool {
	for _, t := range v.Topics {
		if t == topic {
			return true
		}
	}
	return false
}

func mustContain(t *testing.T, what, text string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
			t.Errorf("%s lacks %q:\n%s", what, s, text)
		}
	}
}

// The first example of issue #2: a Basic 401, then a bare 403, neither
// request carrying credentials.
func TestExplainIssueExample(t *testing.T) {
	rep := analyze(t, "GET /protected-resource HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"Access to the protected resource\", charset=\"UTF-8\"\n\nGET /protected-resource HTTP/1.1\nHost: example.com\n\nHTTP/1.1 403 Forbidden\n")
	if len(rep.Exchanges) != 2 {
		t.Fatalf("%d exchanges", len(rep.Exchanges))
	}
	a, b := rep.Exchanges[0].Verdict, rep.Exchanges[1].Verdict
	if a.Class != rule.Authentication || b.Class != rule.Authorization {
		t.Fatalf("classes %s, %s", a.Class, b.Class)
	}
	mustContain(t, "401 headline", a.Headline, "no credentials")
	mustContain(t, "401 explanation", a.Explanation, "401 Unauthorized", "Basic", "Access to the protected resource", "no credentials", "well-formed 401")
	if !hasRef(a, "§15.5.2") || !hasTopic(a, verdict.TopicUnauthorizedMeansUnauthenticated) {
		t.Errorf("401 refs/topics: %v %v", a.Refs, a.Topics)
	}
	mustContain(t, "403 headline", b.Headline, "no credentials")
	mustContain(t, "403 explanation", b.Explanation, "403 Forbidden", "no credentials", "401 with a WWW-Authenticate challenge", "empty body")
	if !hasRef(b, "§15.5.4") || !hasTopic(b, verdict.Topic403ForMissingCredentials) {
		t.Errorf("403 refs/topics: %v %v", b.Refs, b.Topics)
	}
	if len(b.Reasons) == 0 || b.Reasons[0].Evidence == nil || b.Reasons[0].Evidence.Pos.Line != 10 {
		t.Errorf("403 verdict should rest on the status line 10: %+v", b.Reasons)
	}
}

// Each case names the confusion it must clear up, the class and words the
// explanation must use.
var explainCases = []struct {
	name, paste string
	class       rule.Class
	topic       string
	words       []string
}{
	{"drf-403-unauthenticated", "GET /api/x/ HTTP/1.1\nHost: h\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"detail\":\"Authentication credentials were not provided.\"}\n",
		rule.Authentication, verdict.Topic403ForMissingCredentials, []string{"although the status is 403", "Django REST framework"}},
	{"s3-signature", "HTTP/1.1 403 Forbidden\nServer: AmazonS3\n\n<Error><Code>SignatureDoesNotMatch</Code></Error>\n",
		rule.Authentication, verdict.TopicCloudSemantics, []string{"AWS", "403"}},
	{"bearer-invalid-token", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"expired\"\n\n",
		rule.Authentication, verdict.TopicExpiredVersusScope, []string{"refresh", "retry once"}},
	{"registry-insufficient-scope", "GET /v2/x/tags/list HTTP/1.1\nAuthorization: Bearer abc\n\nHTTP/1.1 401 Unauthorized\nWww-Authenticate: Bearer realm=\"https://auth.example/token\",service=\"reg\",scope=\"repository:x:pull\",error=\"insufficient_scope\"\n\n",
		rule.Authorization, verdict.TopicExpiredVersusScope, []string{"scope", "401", "not an expired token"}},
	{"missing-challenge", "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"login required\"}\n",
		rule.Authentication, verdict.Topic401NeedsChallenge, []string{"WWW-Authenticate"}},
	{"github-404", "GET /repos/o/private HTTP/1.1\nHost: api.github.com\n\nHTTP/1.1 404 Not Found\nServer: GitHub.com\n\n{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}\n",
		rule.None, verdict.Topic404Hiding, []string{"no credentials", "hide"}},
	{"cloudflare-waf", "HTTP/1.1 403 Forbidden\nServer: cloudflare\n\nerror code: 1020\n",
		rule.Blocked, verdict.TopicWAFNotApp, []string{"Cloudflare", "never saw the request"}},
	{"rate-limit-403", "HTTP/1.1 403 Forbidden\nX-RateLimit-Remaining: 0\n\n{\"error\":\"forbidden\"}\n",
		rule.Blocked, verdict.TopicRateLimitAs403, []string{"rate limit", "403"}},
	{"csrf", "POST /login HTTP/1.1\nHost: h\n\nHTTP/1.1 403 Forbidden\n\nCSRF verification failed. Request aborted.\n",
		rule.Blocked, verdict.TopicCSRFNotAuthz, []string{"logged in", "CSRF"}},
	{"preflight", "OPTIONS /api HTTP/1.1\nHost: h\nOrigin: https://app.example\nAccess-Control-Request-Method: GET\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\n\n",
		rule.Authentication, verdict.TopicCORSHidesStatus, []string{"preflight"}},
	{"cors-no-acao", "GET /api HTTP/1.1\nHost: h\nOrigin: https://app.example\nAuthorization: Bearer tk-81c2\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"forbidden\"}\n",
		rule.Authorization, verdict.TopicCORSHidesStatus, []string{"Access-Control-Allow-Origin"}},
	{"proxy-407", "GET http://example.com/ HTTP/1.1\nHost: example.com\n\nHTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Negotiate\n\n",
		rule.Authentication, verdict.TopicProxyNotSite, []string{"proxy", "Negotiate"}},
	{"apigw-routing", "HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{\"message\":\"Missing Authentication Token\"}\n",
		rule.Blocked, verdict.TopicCloudSemantics, []string{"route"}},
	{"graphql-200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}\n",
		rule.Authentication, verdict.TopicStatusMismatch, []string{"claims success"}},
}

func TestExplainConfusions(t *testing.T) {
	for _, c := range explainCases {
		t.Run(c.name, func(t *testing.T) {
			rep := analyze(t, c.paste)
			v := rep.Exchanges[len(rep.Exchanges)-1].Verdict
			if v.Class != c.class {
				t.Fatalf("class %s, want %s; reasons %+v", v.Class, c.class, v.Reasons)
			}
			if !hasTopic(v, c.topic) {
				t.Errorf("topics %v lack %s", v.Topics, c.topic)
			}
			mustContain(t, "explanation", v.Headline+" "+v.Explanation, c.words...)
			if len(v.Refs) == 0 {
				t.Error("no refs")
			}
		})
	}
}

// TestExplainEveryCase checks that every corpus case gets a headline, an
// explanation that names what decided it, and refs.
func TestExplainEveryCase(t *testing.T) {
	var files []string
	for _, g := range []string{"../testdata/corpus/cases/*.txt", "../testdata/extra/*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := classifier.Analyze(string(b), classifier.Options{})
		if err != nil {
			continue // the corpus test reports parse failures
		}
		for _, x := range rep.Exchanges {
			v := x.Verdict
			if v.Headline == "" || v.Explanation == "" {
				t.Errorf("%s[%d]: empty headline or explanation", filepath.Base(f), x.Index)
			}
			if v.Class != rule.Unknown && len(v.Reasons) == 0 {
				t.Errorf("%s[%d]: class %s without reasons", filepath.Base(f), x.Index, v.Class)
			}
			if v.Class != rule.Unknown && v.Class != rule.None && len(v.Refs) == 0 {
				t.Errorf("%s[%d]: no refs", filepath.Base(f), x.Index)
			}
			if strings.Contains(v.Explanation, "..") && !strings.Contains(v.Explanation, "...") {
				t.Errorf("%s[%d]: doubled period in %q", filepath.Base(f), x.Index, v.Explanation)
			}
		}
	}
}

// TestNoSecretInReasons checks that the reasons quote a credential's scheme,
// never its value.
func TestNoSecretInReasons(t *testing.T) {
	rep := analyze(t, "GET /x HTTP/1.1\nHost: h\nAuthorization: Bearer s3cr3tTOKENvalue\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"x\"\n\n")
	v := rep.Exchanges[0].Verdict
	for _, r := range append(v.Reasons, v.Overruled...) {
		if r.Evidence != nil && strings.Contains(r.Evidence.Text, "s3cr3t") {
			t.Errorf("reason quotes the token: %q", r.Evidence.Text)
		}
	}
	if strings.Contains(v.Explanation, "s3cr3t") {
		t.Errorf("explanation quotes the token")
	}
}

// TestCutText checks that long quotes are cut on a character boundary.
func TestCutText(t *testing.T) {
	long := strings.Repeat("é", 100)
	rep := analyze(t, "GET /"+long+" HTTP/1.1\nHost: h\n\nHTTP/1.1 403 Forbidden\nX-Note: "+long+"\n\n")
	for _, s := range []string{rep.Exchanges[0].Verdict.Explanation} {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in %q", s)
		}
	}
}

// FuzzAnalyze runs the whole engine on mutated corpus pastes: no panic, and
// a verdict that agrees with its strongest reason.
func FuzzAnalyze(f *testing.F) {
	for _, g := range []string{"../testdata/corpus/cases/*.txt", "../testdata/extra/*.txt"} {
		m, _ := filepath.Glob(g)
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil && len(b) < 8<<10 {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, paste string) {
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil {
			return
		}
		for _, x := range rep.Exchanges {
			v := x.Verdict
			switch v.Class {
			case rule.Authentication, rule.Authorization, rule.Blocked, rule.None, rule.Unknown:
			default:
				t.Fatalf("bad class %q", v.Class)
			}
			if len(v.Reasons) > 0 && v.Reasons[0].Class != v.Class {
				t.Fatalf("class %s but strongest reason is %s", v.Class, v.Reasons[0].Class)
			}
			for i := 1; i < len(v.Reasons); i++ {
				if v.Reasons[i].Weight > v.Reasons[i-1].Weight {
					t.Fatalf("reasons not ordered")
				}
			}
			if v.Headline == "" {
				t.Fatalf("empty headline")
			}
		}
	})
}

// TestRedirectFollowed: in `curl -IL` output only responses are printed; the
// 403 is judged against the presigned URL the redirect pointed to.
func TestRedirectFollowed(t *testing.T) {
	rep := analyze(t, "HTTP/1.1 302 Found\nLocation: https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=60&X-Amz-Signature=0a1b\n\nHTTP/1.1 403 Forbidden\nx-amz-request-id: 4F2A\nx-amz-id-2: abc=\nServer: AmazonS3\n")
	if len(rep.Exchanges) != 2 {
		t.Fatalf("%d exchanges", len(rep.Exchanges))
	}
	if v := rep.Exchanges[1].Verdict; v.Class != rule.Authentication {
		t.Errorf("class %s, want authentication from the presigned URL; reasons %+v", v.Class, v.Reasons)
	}
}

// TestHandshakeStep: a Digest 401 answered by a successful retry is a step,
// not a failure; a 401 whose retry fails again stays a failure.
func TestHandshakeStep(t *testing.T) {
	ok := analyze(t, "GET /dir/index.html HTTP/1.1\nHost: h\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Digest realm=\"r\", nonce=\"n\", qop=\"auth\"\n\nGET /dir/index.html HTTP/1.1\nHost: h\nAuthorization: Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"/dir/index.html\", response=\"x\"\n\nHTTP/1.1 200 OK\nContent-Length: 0\n")
	if v := ok.Exchanges[0].Verdict; !hasTopic(v, verdict.TopicHandshakeStep) || !strings.Contains(v.Explanation, "handshake") {
		t.Errorf("handshake not recognised: %+v", v)
	}
	bad := analyze(t, "GET /dir/index.html HTTP/1.1\nHost: h\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"r\"\n\nGET /dir/index.html HTTP/1.1\nHost: h\nAuthorization: Basic dTpw\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"r\"\n")
	if v := bad.Exchanges[0].Verdict; hasTopic(v, verdict.TopicHandshakeStep) {
		t.Errorf("failed retry taken for a handshake: %+v", v)
	}
}

// TestRoutingHeadlines: a route that does not exist is explained in the
// terms of whoever answered; only API Gateway's misleading "Missing
// Authentication Token" gets the sentence about that wording.
func TestRoutingHeadlines(t *testing.T) {
	for _, c := range []struct{ paste, want, not string }{
		{"Cannot GET /api/v3/reports\n", "Express has nothing to serve here", "Missing Authentication Token"},
		{"HTTP/1.1 404 Not Found\nContent-Type: application/json; charset=utf-8\nServer: kong/3.4.2\n\n{\"message\":\"no Route matched with those values\"}\n", "Kong", "Missing Authentication Token"},
		{"HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{\"message\":\"Missing Authentication Token\"}\n", "'Missing Authentication Token' is misleading", ""},
	} {
		rep := analyze(t, c.paste)
		v := rep.Exchanges[0].Verdict
		if !strings.Contains(v.Headline, c.want) || c.not != "" && strings.Contains(v.Headline+v.Explanation, c.not) {
			t.Errorf("%q: headline %q", c.paste, v.Headline)
		}
	}
}

// TestRefusedOrMissingHeadline: with no request in the paste, the server's
// own words tell a refused credential from a missing one.
func TestRefusedOrMissingHeadline(t *testing.T) {
	for _, c := range []struct{ paste, want string }{
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"Invalid API key provided\"}\n", "the credentials were refused"},
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"Your session has expired, please sign in again\"}\n", "the credentials were refused"},
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"Authentication required\"}\n", "the server did not authenticate the caller"},
		// the same words as a code or in camel case
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"fault\":{\"faultstring\":\"Invalid ApiKey\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidApiKey\"}}}\n", "the credentials were refused"},
		{"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":{\"message\":\"Incorrect API key provided: sk-****wxyz.\",\"code\":\"invalid_api_key\"}}\n", "the credentials were refused"},
	} {
		rep := analyze(t, c.paste)
		if h := rep.Exchanges[0].Verdict.Headline; !strings.Contains(h, c.want) {
			t.Errorf("%q: headline %q, want %q", c.paste, h, c.want)
		}
	}
}

// TestBodyWordingHeadline: a reason read from the body's words closes with
// what the class means ("credentials missing, invalid or expired"); that
// meaning is not the server saying a credential was refused, so the
// headline follows what the paste shows: a credential sent, none sent, or
// not known.
func TestBodyWordingHeadline(t *testing.T) {
	for _, c := range []struct{ paste, want string }{
		// sent, and refused
		{"POST /api/v2/invoices HTTP/1.1\nHost: billing.example.test\nX-Api-Key: 9f3c2a7be1d04c55a0e6\nContent-Type: application/json\n\n{\"amount\":12}\n\nHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"Unauthenticated. Sign in to continue.\"}\n", "the credentials were refused"},
		// the whole request is shown, a GET without any credential
		{"GET /api/v2/invoices?page=3 HTTP/1.1\nHost: billing.example.test\nAccept: application/json\n\nHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"Unauthenticated. Sign in to continue.\"}\n", "no credentials were sent"},
		// no request, no status: whether one was sent is not known
		{"sync worker: upload failed: Unauthenticated. Sign in to continue.\n", "the server did not authenticate the caller"},
	} {
		rep := analyze(t, c.paste)
		if h := rep.Exchanges[0].Verdict.Headline; !strings.Contains(h, c.want) {
			t.Errorf("%q: headline %q, want %q", c.paste, h, c.want)
		}
	}
}

// TestHidingWithoutStatus: a vendor's "does not exist or may not be seen"
// answer pasted without its status is not said to be a 404 (a registry's
// "denied" comes with 401 or 403), and the next step is the vendor's.
func TestHidingWithoutStatus(t *testing.T) {
	rep := analyze(t, "Error response from daemon: pull access denied for corp/billing-worker, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n")
	v := rep.Exchanges[0].Verdict
	if strings.Contains(v.Headline+v.Explanation, "404") || strings.HasPrefix(v.Headline, "Not found,") {
		t.Errorf("headline %q, explanation %q: a 404 the paste does not show", v.Headline, v.Explanation)
	}
	mustContain(t, "explanation", v.Explanation, "image name", "docker login")
	rep = analyze(t, "HTTP/1.1 404 Not Found\nContent-Type: application/json\nServer: GitHub.com\n\n{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}\n")
	if v := rep.Exchanges[0].Verdict; v.Class == rule.None && !strings.Contains(v.Explanation, "404") {
		t.Errorf("a shown 404 lost its wording: %q", v.Explanation)
	}
}

// TestAddressListCodes: an error code saying the client's address is not on
// the service's access list is a block by network location, not a refused
// identity, whatever the status.
func TestAddressListCodes(t *testing.T) {
	for _, paste := range []string{
		`{"detail":"IP address 198.51.100.14 is not allowed to access this resource.","error":403,"errorCode":"IP_ADDRESS_NOT_ON_ACCESS_LIST","reason":"Forbidden"}` + "\n",
		"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"code\":\"IP_NOT_WHITELISTED\",\"message\":\"Request rejected\"}\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked {
			t.Errorf("%q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// TestQuotaIsNotARate: a used-up quota or billing allowance is not told to
// wait a moment, whichever signal led (the vendor's or the body's code).
func TestQuotaIsNotARate(t *testing.T) {
	for _, paste := range []string{
		`{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}` + "\n",
		"HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and billing details.\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked || !strings.Contains(v.Headline, "Quota") || strings.Contains(v.Explanation, "waiting is the fix") {
			t.Errorf("%q: %s %q %q", paste, v.Class, v.Headline, v.Explanation)
		}
	}
	v := analyze(t, "HTTP/1.1 429 Too Many Requests\nRetry-After: 20\nContent-Type: application/json\n\n{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}\n").Exchanges[0].Verdict
	if strings.Contains(v.Headline, "Quota") {
		t.Errorf("a request rate read as a quota: %q", v.Headline)
	}
}

// TestClientSideLoginRedirect: a 200 whose page only sends the browser on
// to a sign-in page (script or meta refresh), answered to an API client,
// is an authentication failure; the same page to a browser, or a page that
// sends it elsewhere, is not.
func TestClientSideLoginRedirect(t *testing.T) {
	const api = "GET /api/v2/export HTTP/1.1\nHost: reports.example.org\nAccept: application/json\n\n"
	for _, c := range []struct {
		paste string
		want  rule.Class
	}{
		{api + "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!doctype html><html><body><script>window.location.href = '/auth/login?next=%2Fapi%2Fv2%2Fexport';</script></body></html>\n", rule.Authentication},
		{api + "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://sso.example.org/saml/login\"></head></html>\n", rule.Authentication},
		{api + "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html><head><meta http-equiv=\"refresh\" content=\"0; url=/reports/new-location\"></head></html>\n", rule.None},
		// a service provider handing over to its identity provider (a form
		// posting a SAMLRequest), to an API client or pasted with no request
		{api + "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"https://idp.example.org/saml2/sso\"><input type=\"hidden\" name=\"SAMLRequest\" value=\"fZFBT8Mw\"/></form></body></html>\n", rule.Authentication},
		{"requests.get returns 200 but the text is:\n<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"https://idp.example.org/saml2/sso\"><input type=\"hidden\" name=\"SAMLRequest\" value=\"fZFBT8Mw\"/></form></body></html>\n", rule.Authentication},
	} {
		if v := analyze(t, c.paste).Exchanges[0].Verdict; v.Class != c.want {
			t.Errorf("%q: %s (%s), want %s", c.paste, v.Class, v.Headline, c.want)
		}
	}
}

// TestFirewallEventRecords: a firewall's event log record that names the
// rule it applied and a blocking action is a block, with or without the
// status it sent; an action that let the request through is not.
func TestFirewallEventRecords(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  rule.Class
	}{
		{`{"action":"managed_challenge","clientIP":"198.51.100.9","clientRequestPath":"/checkout","edgeResponseStatus":403,"ruleId":"a1b2c3d4e5f60718293a4b5c6d7e8f90","source":"firewallCustom"}` + "\n", rule.Blocked},
		{`{"time":"2025-03-01T09:00:00Z","category":"ApplicationGatewayFirewallLog","properties":{"clientIp":"192.0.2.8","requestUri":"/search?q=%27%20or%201%3D1","ruleId":"942100","action":"Blocked","hostname":"www.example.org"}}` + "\n", rule.Blocked},
		{`{"action":"allow","clientIP":"198.51.100.9","clientRequestPath":"/checkout","edgeResponseStatus":403,"ruleId":"a1b2c3d4e5f60718293a4b5c6d7e8f90","source":"firewallCustom"}` + "\n", rule.Authorization},
	} {
		if v := analyze(t, c.paste).Exchanges[0].Verdict; v.Class != c.want {
			t.Errorf("%q: %s (%s), want %s", c.paste, v.Class, v.Headline, c.want)
		}
	}
}

// TestStepUpHeadline: a provider that accepted the password and wants
// multi-factor sign-in first is not said to have refused the credentials.
func TestStepUpHeadline(t *testing.T) {
	v := analyze(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50079: The user is required to use multi-factor authentication.\",\"error_codes\":[50079]}\n").Exchanges[0].Verdict
	if v.Class != rule.Authentication || strings.Contains(v.Headline, "refused") || !strings.Contains(v.Headline, "stronger") {
		t.Errorf("%s %q", v.Class, v.Headline)
	}
	v = analyze(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating credentials due to invalid username or password.\"}\n").Exchanges[0].Verdict
	if strings.Contains(v.Headline, "stronger") {
		t.Errorf("a wrong password read as a step-up: %q", v.Headline)
	}
}

// TestRefusedPreflightNextStep: a 403 to a CORS preflight is not fixed by a
// permission or another account: the next step is to let preflights through.
func TestRefusedPreflightNextStep(t *testing.T) {
	v := analyze(t, "OPTIONS /v1/carts HTTP/1.1\nHost: api.example.net\nOrigin: https://shop.example.net\nAccess-Control-Request-Method: PUT\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n").Exchanges[0].Verdict
	if strings.Contains(v.Explanation, "ask for the permission") || !strings.Contains(v.Explanation, "preflight") {
		t.Errorf("%s %q: %q", v.Class, v.Headline, v.Explanation)
	}
}

// TestAssertionRefusedIn500: a service provider's library that refuses a
// SAML response or a token's audience often answers 500; its words say the
// sign-in was refused.
func TestAssertionRefusedIn500(t *testing.T) {
	v := analyze(t, "HTTP/1.1 500 Internal Server Error\nContent-Type: text/plain\n\nSAML Response is not valid: Audience restriction check failed. Expected https://crm.example.org/sp, got https://crm-staging.example.org/sp\n").Exchanges[0].Verdict
	if v.Class != rule.Authentication || !strings.Contains(v.Headline, "refused") {
		t.Errorf("%s %q", v.Class, v.Headline)
	}
}

// TestSOAPAndODataErrors: a SOAP 1.2 fault names its failure in
// <Subcode><Value> and <Reason><Text> (WS-Security's FailedAuthentication),
// a SOAP 1.1 fault in faultstring, and an OData error puts its message in
// {"message":{"lang":…,"value":…}}.
func TestSOAPAndODataErrors(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  rule.Class
	}{
		{`<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value xmlns:a="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">a:InvalidSecurity</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">An error occurred when verifying security for the message.</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>` + "\n", rule.Authentication},
		{"HTTP/1.1 500 Internal Server Error\nContent-Type: text/xml\n\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>The security token could not be authenticated or authorized</faultstring></soap:Fault></soap:Body></soap:Envelope>\n", rule.Authentication},
		{`{"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied. You do not have permission to perform this action or access this resource."}}}` + "\n", rule.Authorization},
	} {
		if v := analyze(t, c.paste).Exchanges[0].Verdict; v.Class != c.want {
			t.Errorf("%q: %s (%s), want %s", c.paste, v.Class, v.Headline, c.want)
		}
	}
}

// TestNetworkRuleWordings: clouds' and gateways' refusals by the client's
// address or network path (an organization's IP allow list, a gateway's IP
// restriction, a service firewall, private-link-only access, a service
// perimeter) are blocks by network location, whatever the status and even
// next to a caller's identity. Re-created from GitHub's IP allow list
// message, Kong's ip-restriction plugin, Apigee's Access Control policy,
// Azure Cosmos DB's and Azure SQL's firewalls and Google's VPC Service
// Controls (cloudquery/cloudquery#1062).
func TestNetworkRuleWordings(t *testing.T) {
	for _, paste := range []string{
		"$ gh api orgs/example-org/repos\n{\"message\":\"Although you appear to have the correct authorization credentials, the `example-org` organization has an IP allow list enabled, and your IP address is not permitted to access this resource.\",\"documentation_url\":\"https://docs.github.com/rest/repos/repos#list-organization-repositories\",\"status\":\"403\"}\n",
		"HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\nServer: kong/3.4.2\n\n{\n  \"message\":\"IP address not allowed: 203.0.113.12\"\n}\n",
		`{"fault":{"faultstring":"Access Denied for client ip : 203.0.113.61","detail":{"errorcode":"accesscontrol.IPDeniedAccess"}}}` + "\n",
		"Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Forbidden (403); Substatus: 0; Reason: (Request originated from IP 203.0.113.77 through public internet. This is blocked by your Cosmos DB account firewall settings. More info: https://aka.ms/cosmosdb-tsg-forbidden\n",
		"pyodbc.ProgrammingError: ('42000', \"[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot open server 'example-sql' requested by the login. Client with IP address '203.0.113.91' is not allowed to access the server.  To enable access, use the Azure Management Portal. (40615) (SQLDriverConnect)\")\n",
		"{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: eXaMpLe-0123456789abcdef\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.PreconditionFailure\", \"violations\": [{\"type\": \"VPC_SERVICE_CONTROLS\", \"description\": \"eXaMpLe-0123456789abcdef\"}]}]\n  }\n}\n",
		"time=\"2026-01-12T08:01:44Z\" level=debug msg=\"source-IP 10.40.2.17 matched none of the white list - rejecting\"\n",
		"Status: 403 (Forbidden)\nErrorCode: ForbiddenByConnection\n\nContent:\n{\"error\":{\"code\":\"Forbidden\",\"message\":\"Public network access is disabled and request is not from a trusted service nor via an approved private link.\",\"innererror\":{\"code\":\"ForbiddenByConnection\"}}}\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked {
			t.Errorf("%.70q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// TestGeographicRuleWordings: a refusal the service or the person puts down
// to where the client is (a geo block, a trade embargo, sanctions) is a
// block by location, not a decision about the caller, whatever the status.
func TestGeographicRuleWordings(t *testing.T) {
	for _, paste := range []string{
		"```\n$ curl -sI https://downloads.example.org/pkg/tool-2.1.tar.gz\nHTTP/2 403\ncontent-type: text/html\n```\nThe other mirror is fine from here; I think the main server has a geo-block on my region.\n",
		"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"Access from your location is restricted due to sanctions.\"}\n",
		"pip install fails on every package:\n```\nERROR: HTTP error 403 while getting https://pkgs.example.net/simple/requests/\n```\nMy guess is export control rules for users from my country, a VPS in another place has no problem.\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked || !strings.Contains(v.Headline, "country or region") {
			t.Errorf("%.70q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// TestGeographicWordsNeedARule: a person who only says where they call
// from names no rule about the place; the 403 keeps its meaning.
func TestGeographicWordsNeedARule(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"```\n$ curl -sI -H 'Authorization: Bearer tk_4410ab' https://api.example.io/v2/reports\nHTTP/2 403\ncontent-type: application/json\n```\nI call it from our country office with the team token, the report belongs to another team.\n": rule.Authorization,
	})
}

// TestMethodDecidesWithoutCredentials: a person's finding that the URL
// refused with 403 goes through with another request method, no credential
// involved, puts the refusal on the method (a CSRF check, a firewall rule),
// not on who asks. A method that fails too, "get" the verb, or a caller
// who sent credentials (a read-only grant) leaves the status its meaning.
func TestMethodDecidesWithoutCredentials(t *testing.T) {
	dump := "```\n$ curl -si -X PATCH http://127.0.0.1:8081/notes/12 -d 'title=x'\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 9\n\nForbidden\n```\n"
	withKey := "```\n$ curl -si -X PATCH -H 'X-Api-Key: k-5501aa' http://127.0.0.1:8081/notes/12 -d 'title=x'\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 9\n\nForbidden\n```\n"
	works := dump + "\nThe same URL sent as a `put` goes through; only PATCH is turned away.\n"
	wantClasses(t, map[string]rule.Class{
		works: rule.Blocked,
		withKey + "\nA GET of the same URL works with this key.\n": rule.Authorization,
	})
	// The anonymous 403 is blocked whatever the person says
	// (SignNoCredentialsBare); only the method they name may decide it.
	for paste, decides := range map[string]bool{
		works: true,
		dump + "\nA PUT of the same URL does not work either.\n":               false,
		dump + "\nSometimes I get a retry that works, most of the time not.\n": false,
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if got := len(v.Reasons) > 0 && v.Reasons[0].Sign == rule.SignProseRule; got != decides {
			t.Errorf("%.90q: the method decided = %v, want %v (%+v)", paste, got, decides, v.Reasons)
		}
	}
	mustContain(t, "explanation", analyze(t, works).Exchanges[0].Verdict.Explanation, "outranks")
}

// TestQuotedServerMessageInLongClientError: googleapiclient's HttpError
// puts the server's message after the whole request URL, and Google words
// some of its messages with a link inside ("exceeded your <a
// href=…>quota</a>"): the message is still read (YouTube Data API's
// quotaExceeded, re-created).
func TestQuotedServerMessageInLongClientError(t *testing.T) {
	paste := "Traceback (most recent call last):\n  File \"/app/upload.py\", line 88, in upload\n    response = request.execute()\n" +
		"googleapiclient.errors.HttpError: <HttpError 403 when requesting https://youtube.googleapis.com/youtube/v3/search?part=snippet&q=" + strings.Repeat("cats%20", 20) +
		"&alt=json returned \"The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.\". Details: \"[{'message': 'The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.', 'domain': 'youtube.quota', 'reason': 'quotaExceeded'}]\">\n"
	v := analyze(t, paste).Exchanges[0].Verdict
	if v.Class != rule.Blocked {
		t.Errorf("class %s (%s)", v.Class, v.Headline)
	}
}

// TestSignInPageByTitle: an identity provider's sign-in page draws its form
// with a script, and pastes cut pages short: a 2xx page titled as a sign-in
// page, answered to an API client, is a request to authenticate; asking for
// the sign-in page itself is not. Redirects to oauth2-proxy's /oauth2/start
// and Jenkins' commenceLogin are sign-in redirects.
func TestSignInPageByTitle(t *testing.T) {
	for paste, want := range map[string]rule.Class{
		"$ curl -si https://portal.example.com/api/reports\nHTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html><html dir=\"ltr\" class=\"\" lang=\"en\"><head><title>Sign in to your account</title><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><link rel=\"stylesheet\" href=\"https://aadcdn.msftauth.example/converged.v2.css\">\n": rule.Authentication,
		"$ curl -si https://idp.example.com/login\nHTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html><html><head><title>Example - Sign In</title></head><body><div id=\"okta-sign-in\"></div><script src=\"/js/widget.js\"></script></body></html>\n":                                                                                                            rule.None,
		"$ curl -si https://portal.example.com/api/reports\nHTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html><html><head><title>Blogin' about logistics</title></head><body><p>hello</p></body></html>\n":                                                                                                                                                       rule.None,
		"$ curl -si https://dash.example.com/api/v1/status\nHTTP/1.1 302 Found\nContent-Type: text/html; charset=utf-8\nLocation: https://dash.example.com/oauth2/start?rd=%2Fapi%2Fv1%2Fstatus\nContent-Length: 0\n\n":                                                                                                                                                                  rule.Authentication,
		"$ curl -si https://ci.example.com/job/build/api/json\nHTTP/1.1 302 Found\nLocation: https://ci.example.com/securityRealm/commenceLogin?from=%2Fjob%2Fbuild%2Fapi%2Fjson\nContent-Length: 0\nServer: Jetty(10.0.20)\n\n":                                                                                                                                                         rule.Authentication,
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != want {
			t.Errorf("%.90q: class %s, want %s (%s)", paste, v.Class, want, v.Headline)
		}
	}
}

// TestPersonsTextMessages: in a person's account with no status, the line
// a colon introduces is what the program said; a quoted error code is its
// message; a block list's words are a block; R's "[1]" is no JSON body.
func TestPersonsTextMessages(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  rule.Class
	}{
		{"I have 31 songs in a shared folder. When I log in with a different account and pick the same folder, I get this message at the bottom many times:\n\nYou are not authorized to read this file or the file does not exist\n\nThere are no other non-music files in the shared folder, and the first account can play every one of them without any problem at all.\n", rule.Authorization},
		{"When I run this code I get the message \"expired_access_token\"\n```\ntoken <- readRDS(\"token.rds\")\ndrop_acc(dtoken = token)\n```\n$error_summary\n[1] \"expired_access_token/.\"\n", rule.Authentication},
		{"Доступ к странице запрещён!\nВероятней всего данный адрес был занесён в\n\"чёрный список\".\n", rule.Blocked},
	} {
		if v := analyze(t, c.paste).Exchanges[0].Verdict; v.Class != c.want {
			t.Errorf("%q: %s (%s), want %s", c.paste, v.Class, v.Headline, c.want)
		}
	}
}

// TestRateAndFirewallWordings: a refusal that names a request rate
// (Shopify's REST throttle) or a network's or application's own firewall
// (Reddit's network-security block page, Spring Security's
// StrictHttpFirewall) is blocked, with or without a status.
func TestRateAndFirewallWordings(t *testing.T) {
	for _, paste := range []string{
		`{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}` + "\n",
		"$ curl -s https://www.example.com/r/golang/new.json | head -3\n<!doctype html><html><head><title>Blocked</title></head><body>\nYou've been blocked by network security.\nTo continue, log in to your account or use your developer token\n",
		"instaloader.exceptions.ConnectionException: JSON Query to graphql/query: 401 Unauthorized - \"fail\" status, message \"Please wait a few minutes before you try again.\" when accessing https://www.example.com/graphql/query\n",
		"$ curl -s http://ads.example-tracker.com/pixel.gif\n<html><head><title>Website Blocked</title></head><body><p>Access to the following website has been denied: ads.example-tracker.com</p><p>This is primarily due to being flagged as: Blacklisted</p></body></html>\n",
		"Error 1033 Ray ID: 8a1b2c3d4e5f6a7b • 2026-12-05 04:30:00 UTC\nArgo Tunnel error\nWhat happened?\nYou've requested a page on a website (app.example.com) that is on the Cloudflare network. The host (app.example.com) is configured as an Argo Tunnel, and Cloudflare is currently unable to resolve it.\n",
		"org.springframework.security.web.firewall.RequestRejectedException: The request was rejected because the URL contained a potentially malicious String \"//\"\n\tat org.springframework.security.web.firewall.StrictHttpFirewall.rejectedBlocklistedUrls(StrictHttpFirewall.java:535)\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked {
			t.Errorf("%.70q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// TestDatabaseRefusals: databases' and caches' own words: a command the
// account has no grant for is authorization; a rule about the client's
// host, checked before any password, is a block by network location.
func TestDatabaseRefusals(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"ERROR 1142 (42000): DROP command denied to user 'app'@'%' for table 'orders'\n":                                                                                                                            rule.Authorization,
		"redis.exceptions.NoPermissionError: this user has no permissions to run the 'flushall' command\n":                                                                                                          rule.Authorization,
		"ERROR 1130 (HY000): Host '198.51.100.7' is not allowed to connect to this MySQL server\n":                                                                                                                  rule.Blocked,
		"psycopg2.OperationalError: connection to server at \"db.example.com\" (203.0.113.5), port 5432 failed: FATAL:  no pg_hba.conf entry for host \"198.51.100.7\", user \"app\", database \"prod\", SSL off\n": rule.Blocked,
		"ERROR 1045 (28000): Access denied for user 'app'@'198.51.100.7' (using password: YES)\n":                                                                                                                   rule.Authentication,
	})
}

// TestFrameworkDefault403ToAnonymous: Spring Boot's default error JSON and
// Werkzeug's default 403 page are what Spring Security (without form login
// or Basic) and Flask views that check for a signed-in user send an
// anonymous caller: a bare curl command gets authentication, a request with
// a token gets authorization.
func TestFrameworkDefault403ToAnonymous(t *testing.T) {
	spring := "\nHTTP/1.1 403 \nContent-Type: application/json\n\n{\"timestamp\":\"2026-12-05T01:40:00.123+00:00\",\"status\":403,\"error\":\"Forbidden\",\"path\":\"/api/orders\"}\n"
	flask := "\nHTTP/1.0 403 FORBIDDEN\nContent-Type: text/html; charset=utf-8\n\n<!doctype html>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>\n"
	wantClasses(t, map[string]rule.Class{
		"$ curl -i http://localhost:8080/api/orders" + spring:                                                          rule.Authentication,
		"$ curl -i -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln' http://localhost:8080/api/orders" + spring: rule.Authorization,
		"$ curl -i http://localhost:5000/admin/api/version" + flask:                                                    rule.Authentication,
		"$ curl -i -b 'session=abc' http://localhost:5000/admin/api/version" + flask:                                   rule.Authorization,
	})
}

// TestEnvelopesOfSuccessAnswers: auth errors inside 2xx answers in shapes
// beyond a top-level error object: a result or rc field that says error
// (in an envelope's meta too), a message that is a namespaced code
// (UniFi's api.err.LoginRequired), an XML-RPC fault (WordPress xmlrpc.php).
func TestEnvelopesOfSuccessAnswers(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"result\":\"error\",\"reason\":\"session_expired\",\"request_id\":\"r-123\"}\n":             rule.Authentication,
		"$ curl -sk https://unifi.example.lan:8443/api/s/default/stat/sta\n{\"meta\":{\"rc\":\"error\",\"msg\":\"api.err.LoginRequired\"},\"data\":[]}\n": rule.Authentication,
		"{\"meta\":{\"rc\":\"error\",\"msg\":\"api.err.NoPermission\"},\"data\":[]}\n":                                                                    rule.Authorization,
		"HTTP/1.1 200 OK\nContent-Type: text/xml; charset=UTF-8\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse>\n  <fault>\n    <value>\n      <struct>\n        <member>\n          <name>faultCode</name>\n          <value><int>403</int></value>\n        </member>\n        <member>\n          <name>faultString</name>\n          <value><string>Incorrect username or password.</string></value>\n        </member>\n      </struct>\n    </value>\n  </fault>\n</methodResponse>\n": rule.Authentication,
		"HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"meta\":{\"rc\":\"ok\"},\"data\":[{\"name\":\"api.err.LoginRequired\"}]}\n": rule.None,
	})
}

// TestNoTokenWordings: a missing token named with its kind ("No auth
// token": passport-jwt's error) is a missing credential.
func TestNoTokenWordings(t *testing.T) {
	for _, paste := range []string{
		"Error: No auth token\n    at JwtStrategy.authenticate (/app/node_modules/passport-jwt/lib/strategy.js:95:25)\n",
		"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"no access token in request\"}\n",
		`{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Forbidden","status":403,"detail":"The API key provided is linked to a different datacenter","instance":"0a1b2c3d-4e60"}` + "\n",
	} {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Authentication {
			t.Errorf("%.70q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// wantClasses checks the class of the first exchange of each paste.
func wantClasses(t *testing.T, want map[string]rule.Class) {
	t.Helper()
	for paste, w := range want {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != w {
			t.Errorf("%.70q: class %s, want %s (%s)", paste, v.Class, w, v.Headline)
		}
	}
}

// wantBlockedNamed checks that every paste is blocked with a headline
// that names the rule (headline, "" for any).
func wantBlockedNamed(t *testing.T, headline string, pastes ...string) {
	t.Helper()
	for _, paste := range pastes {
		v := analyze(t, paste).Exchanges[0].Verdict
		if v.Class != rule.Blocked || !strings.Contains(v.Headline, headline) {
			t.Errorf("%.70q: class %s (%s)", paste, v.Class, v.Headline)
		}
	}
}

// refused403 is a plain 403 whose body is b.
func refused403(b string) string {
	return "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\n" + b + "\n"
}

// TestAllowListRuleWording: a service's refusal of the client's address by
// an allow list, in its own message or in the person's words around a
// dump, is a block named as such: the headline says the address is not
// on the list, whatever the status and whoever asks.
func TestAllowListRuleWording(t *testing.T) {
	wantBlockedNamed(t, "allow list",
		refused403(`{"message":"Your IP address is not allowed to call this API (198.51.100.23)"}`),
		"```\n$ curl -si -X POST http://billing:8080/tenants -d '{\"name\":\"north\"}'\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nContent-Length: 21\n\n{\"error\":\"Forbidden\"}\n```\nThe tenants endpoint sits behind an IP allowlist and the container's bridge address is not on it.\n",
		"{\"status\":{\"code\":403,\"is_success\":false,\"user_message\":\"Forbidden: request from 192.0.2.44 is not on the allowlist\"}}\n")
	// a refusal that names a permission and no rule about addresses keeps
	// its meaning, and so does a word that only ends in "ip"
	wantClasses(t, map[string]rule.Class{
		refused403(`{"message":"Ownership restrictions apply: only the project owner may transfer it"}`): rule.Authorization,
		"```\n$ curl -si -H 'Authorization: Bearer tk_90ab' https://api.example.io/v1/reports/77\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"insufficient permissions for report 77\"}\n```\nThe report belongs to another team.\n": rule.Authorization,
	})
}

// TestMaintenanceRuleWording: a site in maintenance mode that refuses with
// 403 (a CMS's maintenance page, an application's read-only maintenance
// mode) refuses everyone until it ends: a block named as such, not an
// authorization decision.
func TestMaintenanceRuleWording(t *testing.T) {
	wantBlockedNamed(t, "maintenance",
		refused403("<html><body><h1>Briefly unavailable for scheduled maintenance.</h1><p>Check back in a minute.</p></body></html>"),
		"PUT /api/v4/projects/12/repository/files/a.txt HTTP/1.1\nHost: git.example.org\nPRIVATE-TOKEN: glpat-0123456789abcdefghij\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"You cannot perform write operations on a read-only instance: the instance is in maintenance mode\"}\n")
}

// TestOriginCheckWordings: a framework's check of the request's Origin
// against its own host or a trusted list (Rails' forgery protection,
// Jupyter's cross-origin guard, an API gateway's origin allow list) refuses
// the request before any identity counts: blocked, named as a
// request-forgery check.
func TestOriginCheckWordings(t *testing.T) {
	wantBlockedNamed(t, "CSRF",
		refused403("HTTP Origin header (https://shop.example.org) didn't match request.base_url (http://shop.example.org)"),
		refused403("Blocking Cross Origin API request for /api/sessions.  Origin: http://192.0.2.14:8888, Host: localhost:8888"),
		refused403(`{"message":"Request origin is not allowed"}`),
		refused403("Invalid Origin header"))
}

// TestPaceAndAllowanceWordings: a refusal that names the client's pace or
// a used-up allowance without the word "limit" is a rate limit or a quota,
// whatever the status.
func TestPaceAndAllowanceWordings(t *testing.T) {
	wantBlockedNamed(t, "",
		refused403("Slow down! You are sending requests too fast."),
		refused403(`{"message":"Monthly quota exhausted for this API key"}`))
}

// TestTemporaryBanWording: a ban the server lifts by itself after a while
// ("temporarily banned", after repeated bad keys) refuses every request in
// the meantime, the right credential included: blocked as a rate limit,
// whatever the 401 and the credential words beside it say.
func TestTemporaryBanWording(t *testing.T) {
	wantBlockedNamed(t, "",
		"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":\"KEY_REJECTED\",\"detail\":\"Repeated calls with a bad API key: this client is temporarily banned.\"}\n")
	// a key refused without a ban keeps its meaning
	wantClasses(t, map[string]rule.Class{
		"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":\"KEY_REJECTED\",\"detail\":\"Bad API key.\"}\n": rule.Authentication,
	})
}

// TestUnavailableRestatingARefusal: a 503 whose body only restates a
// refusal in a word ("forbidden") is the service being unavailable, its
// error template borrowing the word; a 503 whose body names a credential's
// failure, and a 500 with the same word, keep the body's meaning.
func TestUnavailableRestatingARefusal(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{\"code\":403,\"message\":\"forbidden\"}\n":       rule.None,
		"HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{\"code\":401,\"message\":\"API key expired\"}\n": rule.Authentication,
		"HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{\"code\":401,\"message\":\"Unauthorized\"}\n":  rule.Authentication,
	})
}

// TestEgressProxyRuleWording: a network's firewall that refuses a client
// bypassing the configured forward proxy ("403 Use Proxy Server") refuses
// it whoever it is: a block by the network's rule, named as such.
func TestEgressProxyRuleWording(t *testing.T) {
	wantBlockedNamed(t, "proxy",
		refused403("Direct internet access is not allowed from this network. Configure proxy.corp.example:3128."),
		"tornado.httpclient.HTTPClientError: HTTP 403: Use Proxy Server\n")
}

// TestAnonymousBare403: a 403 to a request the paste shows with every
// credential it could carry (its header block, or a curl command line),
// which carried none, and nothing else named: no identity was refused, so
// the refusal is read as a rule about the request, hedged, and the
// explanation says what overrode the status. A credential sent, a request
// the paste shows only in part, a server that asked for credentials just
// before, or a vendor's words keep their own meaning.
func TestAnonymousBare403(t *testing.T) {
	bare := "*   Trying 198.51.100.23:443...\n* Connected to files.example.org (198.51.100.23) port 443\n> GET /releases/v4/tool.tgz HTTP/1.1\n> Host: files.example.org\n> User-Agent: curl/8.4.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: text/html\n< Content-Length: 0\n<\n"
	cmd := "$ curl -sI https://files.example.org/releases/v4/tool.tgz\nHTTP/2 403\ncontent-type: text/html\ndate: Mon, 02 Mar 2026 10:00:00 GMT\n"
	cookie := strings.Replace(bare, "> Accept: */*\n", "> Accept: */*\n> Cookie: sessid=q81xk2\n", 1)
	logOnly := "PUT https://pkgs.example.org/api/v2/package/\nResponse status code does not indicate success: 403 (Forbidden).\n"
	asked := "GET /reports/q3 HTTP/1.1\nHost: intra.example.net\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"reports\"\n\nGET /reports/q3 HTTP/1.1\nHost: intra.example.net\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n"
	ory := "$ curl -s http://127.0.0.1:4455/admin/flags\n{\"error\":{\"code\":403,\"status\":\"Forbidden\",\"message\":\"Access credentials are not sufficient to access this resource\"}}\n"
	wantClasses(t, map[string]rule.Class{bare: rule.Blocked, cmd: rule.Blocked, cookie: rule.Authorization, ory: rule.Authorization})
	if v := analyze(t, logOnly).Exchanges[0].Verdict; len(v.Reasons) > 0 && v.Reasons[0].Sign == rule.SignNoCredentialsBare {
		t.Errorf("a request the paste shows only in part read as anonymous: %s %q", v.Class, v.Headline)
	}
	if xs := analyze(t, asked).Exchanges; len(xs) != 2 || xs[1].Verdict.Class != rule.Authorization {
		t.Errorf("a 403 after the same server's challenge: %+v", xs)
	}
	v := analyze(t, bare).Exchanges[0].Verdict
	mustContain(t, "headline", v.Headline, "probably", "no credentials")
	mustContain(t, "explanation", v.Explanation, "would mean an authorization failure", "no credentials of any kind", "address")
}

// TestTranslatedBlockAndGeoPages: an edge's or a cloud WAF's block page
// in another language ("the request is blocked", "your access is
// blocked"), and a CDN's geo restriction in its own words or translated,
// are blocks, whatever the status or none. Samples written for the
// purpose, values invented.
func TestTranslatedBlockAndGeoPages(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"HTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=utf-8\n\n<html><body><h2>请求被阻止</h2><p>跟踪引用: 20260301T101500Z-abc</p></body></html>\n": rule.Blocked,
		"<html><body><h1>您的访问被阻断</h1><p>可能存在安全威胁</p><p>事件ID: 7f3a11</p></body></html>\n":                                                                rule.Blocked,
		"HTTP/2 403\ncontent-type: text/html\n\n<p>アクセスはブロックされました。管理者にお問い合わせください。</p>\n":                                                                rule.Blocked,
		"403 ERROR\nThe Amazon CloudFront distribution is configured to block access from your country.\nRequest ID: Zx81_Qp0\n":                        rule.Blocked,
	})
}

// TestAnonymousBareWget: a wget command line that gives no credential
// (no --user, --password, --header, cookie file or wgetrc command naming
// one) shows every credential its first request carried: wget reads
// ~/.netrc but sends a password only after a 401 asks for it. Its 403 is
// read as a rule about the request, and the explanation says why ~/.netrc
// does not change that; a command that gives or may hide a credential
// keeps the status's reading.
func TestAnonymousBareWget(t *testing.T) {
	out := "--2026-03-04 08:11:20--  https://dl.example.net/pub/tools/agent-7.2.tar.gz\nResolving dl.example.net (dl.example.net)... 192.0.2.44\nConnecting to dl.example.net (dl.example.net)|192.0.2.44|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2026-03-04 08:11:20 ERROR 403: Forbidden.\n"
	run := func(opts string) string {
		return "$ wget " + opts + "https://dl.example.net/pub/tools/agent-7.2.tar.gz\n" + out
	}
	for opts, anonymous := range map[string]bool{
		"":                                      true,
		"-c -O agent.tgz ":                      true,
		"-e robots=off ":                        true,
		"--user=builder --password=qx7Lm2 ":     false,
		"--header='Authorization: Token r8v1' ": false,
		"--load-cookies cookies.txt ":           false,
		"-e header='X-Api-Key: 55ab' ":          false,
		"--execute=http_user=builder ":          false,
	} {
		v := analyze(t, run(opts)).Exchanges[0].Verdict
		got := len(v.Reasons) > 0 && v.Reasons[0].Sign == rule.SignNoCredentialsBare
		if got != anonymous {
			t.Errorf("wget %q: read as a request without credentials = %v, want %v (%s %q)", opts, got, anonymous, v.Class, v.Headline)
		}
		if anonymous && v.Class != rule.Blocked {
			t.Errorf("wget %q: class %s, want blocked", opts, v.Class)
		}
	}
	mustContain(t, "explanation", analyze(t, run("")).Exchanges[0].Verdict.Explanation, "~/.netrc", "only after a 401", "~/.wgetrc")
	if e := analyze(t, strings.Replace(run(""), "$ wget", "$ curl -sS -o agent.tgz", 1)).Exchanges; len(e) > 0 && strings.Contains(e[0].Verdict.Explanation, "netrc") {
		t.Errorf("the wget note on another tool's command: %q", e[0].Verdict.Explanation)
	}
}

// TestRedirectURIHeadline: a refused redirect URI read from a page's words
// is told as a sign-in stopped by the client's registration, with the
// registration as the next step, not as credentials refused (a sample
// written for this test).
func TestRedirectURIHeadline(t *testing.T) {
	v := soleVerdict(t, "redirect_uri page", "When I click Login the provider only shows this:\n\n> Bad Request\n>\n> Unregistered redirect_uri (\"https://notes.example.net/oidc/cb/\").\n")
	if v.Class != rule.Authentication {
		t.Fatalf("class %q, want authentication", v.Class)
	}
	mustContain(t, "headline", v.Headline, "redirect URI")
	mustContain(t, "explanation", v.Explanation, "register the exact redirect URI")
}

// TestTermsGateNextStep: the next step for a terms gate is to accept the
// terms, not to ask for a permission (a sample written for this test).
func TestTermsGateNextStep(t *testing.T) {
	v := soleVerdict(t, "terms gate", "The download stops with:\n\n{\"message\":\"Client has not agreed to the required terms and conditions.\",\"reason\":\"missing\"}\n")
	if v.Class != rule.Authorization {
		t.Fatalf("class %q, want authorization", v.Class)
	}
	mustContain(t, "explanation", v.Explanation, "accept the terms")
}

// TestBlockedCitesItsOwnStatus checks that a blocked verdict links the
// section of the status the block was sent with, not 403's whatever the code:
// a CSRF check answered 401, a maintenance page 503, a WAF 403.
func TestBlockedCitesItsOwnStatus(t *testing.T) {
	cases := []struct {
		name, paste, want, not string
	}{
		{"csrf-401", "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"CSRF token mismatch. Reload the form and post it again.\"}\n",
			"§15.5.2 401", "§15.5.4"},
		{"csrf-419", "HTTP/1.1 419 unknown status\nContent-Type: application/json\n\n{\"message\":\"CSRF token mismatch.\"}\n",
			"§15.5 Client Error", "§15.5.4"},
		{"waf-403", "HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6071-LHR\nContent-Type: text/html\n\n<title>Attention Required! | Cloudflare</title>\nSorry, you have been blocked\n",
			"§15.5.4 403", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := soleVerdict(t, c.name, c.paste)
			if v.Class != rule.Blocked {
				t.Fatalf("class %s, want blocked; reasons %+v", v.Class, v.Reasons)
			}
			if !hasRef(v, c.want) {
				t.Errorf("refs %v lack %q", v.Refs, c.want)
			}
			if c.not != "" && hasRef(v, c.not) {
				t.Errorf("refs %v cite %q, a status this response did not carry", v.Refs, c.not)
			}
		})
	}
}

// TestCSRFMessageNamesTheCheck: a refusal whose only evidence is a message in
// a CSRF check's words is explained as that check, with a next step that
// gets a fresh token (the vendor's own when a signature names it),
// whatever status carried it.
func TestCSRFMessageNamesTheCheck(t *testing.T) {
	for _, st := range []string{"401 Unauthorized", "403 Forbidden", "419 unknown status"} {
		v := soleVerdict(t, st, "HTTP/1.1 "+st+"\nContent-Type: application/json\n\n{\"message\":\"CSRF token mismatch. Reload the form and post it again.\"}\n")
		if v.Class != rule.Blocked {
			t.Fatalf("%s: class %s, want blocked", st, v.Class)
		}
		mustContain(t, st, v.Headline+" "+v.Explanation, "CSRF check failed", "fresh")
	}
}
