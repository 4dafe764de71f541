package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented; each stands for a kind of paste (issue #9).

func reportNames(t *testing.T, paste string) map[string]bool {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	return rep.FindingNames()
}

// Log records taken in as a body are what a program logged, not what the
// server sent: an address, a user or a path in them is no response leak.
func TestLogRecordsAreNoResponseLeak(t *testing.T) {
	leaks := []string{"internal-ip", "internal-hostname", "identity-leak", "file-path-leak", "server-version-leak"}
	pastes := map[string]string{
		"access log lines": `our proxy logs this for every call, why?

[Router] 2024-02-11 09:12:44: Started GET /repo/widgets.git/info/refs for 10.31.7.44
[Router] 2024-02-11 09:12:44: Completed GET /repo/widgets.git/info/refs 401 Unauthorized in 1.2ms
`,
		"logfmt mesh records": "blocked connections:\n\n" +
			"`error access connection complete src.addr=10.9.3.17:41100 src.identity=\"spiffe://cluster.local/ns/web/sa/front\" dst.addr=10.9.3.40:15008 error=\"connection closed due to policy rejection\"`\n",
		"pretty audit event": `the audit log shows:

{
    "kind": "Event",
    "level": "Metadata",
    "auditID": "0d6f1c1e-3a4b-4c5d-8e9f-001122334455",
    "requestURI": "/apis/batch/v1/namespaces/ops/jobs",
    "verb": "list",
    "user": {"username": "system:serviceaccount:ops:runner"},
    "sourceIPs": ["10.44.0.12"],
    "responseStatus": {"status": "Failure", "reason": "Forbidden", "code": 403}
}
`,
		"client debug log around a body": `I0301 10:00:00.000001   4242 loader.go:373] Config loaded from file:  /home/dana/.kube/config
I0301 10:00:00.000200   4242 round_trippers.go:466] GET https://192.0.2.10:6443/apis/batch/v1/jobs
I0301 10:00:00.010000   4242 round_trippers.go:553] Response Status: 404 Not Found in 9 milliseconds
I0301 10:00:00.010100   4242 request.go:1154] Response Body: {"kind":"Status","apiVersion":"v1","status":"Failure","message":"the server could not find the requested resource","reas [truncated 40 chars]
`,
	}
	for name, p := range pastes {
		got := reportNames(t, p)
		for _, l := range leaks {
			if got[l] {
				t.Errorf("%s: %s reported from log text", name, l)
			}
		}
	}
	// The same address in a body the server sent is still a leak.
	got := reportNames(t, "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nupstream 10.31.7.44:8080 refused the request\r\n")
	if !got["internal-ip"] {
		t.Errorf("a response body naming a private address: internal-ip not reported (got %v)", got)
	}
	// A wire log's response lines are what the server sent.
	wire := `12:00:01.100 [main] DEBUG org.apache.http.wire - http-outgoing-3 << "HTTP/1.1 403 Forbidden[\r][\n]"
12:00:01.100 [main] DEBUG org.apache.http.wire - http-outgoing-3 << "Content-Type: text/plain[\r][\n]"
12:00:01.100 [main] DEBUG org.apache.http.wire - http-outgoing-3 << "[\r][\n]"
12:00:01.101 [main] DEBUG org.apache.http.wire - http-outgoing-3 << "upstream 10.31.7.44:8080 refused the request[\n]"
`
	if got := reportNames(t, wire); !got["internal-ip"] {
		t.Errorf("a wire log's response body naming a private address: internal-ip not reported (got %v)", got)
	}
}

// A Python object printed with angle brackets is no markup: the fields
// inside it are read, not taken as an HTML body.
func TestPrintedObjectIsNoMarkup(t *testing.T) {
	paste := "nightly job failed:\n\n" +
		"<Task finished name='Task-7' coro=<Fetcher.run() done, defined at /srv/app/fetch.py:40> exception=ClientResponseError(RequestInfo(url=URL('https://data.example.org/v1/export'), method='GET', headers=<CIMultiDictProxy('Host': 'data.example.org', 'User-Agent': 'Python/3.11 aiohttp/3.9.1')>, real_url=URL('https://data.example.org/v1/export')), (), status=403, message='Forbidden', headers=<CIMultiDictProxy('Server': 'AkamaiGHost', 'Content-Type': 'text/html', 'Content-Length': '390')>)>\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
	}
	x := rep.Exchanges[0]
	if x.Verdict.Class != rule.Blocked {
		t.Errorf("class %s, want blocked (Server: AkamaiGHost read from the printed header map)", x.Verdict.Class)
	}
	if rep.FindingNames()["server-version-leak"] {
		t.Errorf("the client's User-Agent was read as a server banner")
	}
}

// A CLI's debug log masks the credential it sent: the request still carried
// one (masked in the paste), and the card says so.
func TestMaskedCredentialCountsAsSent(t *testing.T) {
	for _, mask := range []string{"Bearer ***", "token ████████████", "Bearer [REDACTED]", "Bearer <redacted>", "Bearer eyJhbGciOi…", "*****"} {
		paste := `* Connected to api.example.net (192.0.2.7) port 443
> GET /v2/projects/77 HTTP/1.1
> Host: api.example.net
> Authorization: ` + mask + `
> Accept: application/json
>
< HTTP/1.1 401 Unauthorized
< Content-Type: application/json
< WWW-Authenticate: Bearer realm="api", error="invalid_token"
<
{"message":"Bad credentials"}
`
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		names := rep.FindingNames()
		if !names["credentials-sent"] {
			t.Errorf("%q: credentials-sent not reported (got %v)", mask, names)
		}
		if !names["redacted-value"] {
			t.Errorf("%q: redacted-value not reported (got %v)", mask, names)
		}
	}
}

// A curl command written over several lines inside one pair of backticks
// is still the request.
func TestCommandInMultilineCodeSpan(t *testing.T) {
	paste := "when I call it:\n`curl --request GET 'http://localhost:8000/items' \\\n--header 'Authorization: Basic dXNlcjpwYXNz'`\n\nI get:\n```\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\nContent-Length: 26\n\n{\"message\":\"Unauthorized\"}\n```\n"
	names := reportNames(t, paste)
	if !names["credentials-sent"] {
		t.Errorf("credentials-sent not reported (got %v)", names)
	}
}

// A status line written inline in prose is a mention: no header block was
// seen after it, so nothing may be reported missing from it; when a dump in
// the paste shows that status, the mention is that dump's.
func TestInlineStatusIsAMention(t *testing.T) {
	alone := "After the upgrade every call fails with\n\n`HTTP/2 401`\n\nand nothing else.\n"
	rep, err := classifier.Analyze(alone, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 || rep.Exchanges[0].Response.Status != 401 {
		t.Fatalf("want one exchange with status 401, got %d", len(rep.Exchanges))
	}
	if names := rep.FindingNames(); names["missing-www-authenticate"] {
		t.Errorf("missing-www-authenticate claimed from a status mentioned in prose")
	}
	withDump := alone + "\n```\n$ curl -v https://svc.example.org/\n> GET / HTTP/2\n> Host: svc.example.org\n>\n< HTTP/2 401\n< content-type: text/plain\n< www-authenticate: Basic realm=\"svc\"\n< content-length: 12\n<\nUnauthorized\n```\n"
	rep, err = classifier.Analyze(withDump, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 {
		t.Errorf("the mention and the dump of the same 401: %d exchanges, want 1", len(rep.Exchanges))
	}
}

// A long key=value access record says why in its error or message key; an
// access policy that refused a known caller is authorization.
func TestLongRecordMessage(t *testing.T) {
	paste := `warn access connection complete src.addr=10.8.1.4:40112 src.workload="web-7d9f" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/web" dst.addr=10.8.1.9:15008 dst.service="billing.finance.svc.cluster.local" dst.workload="billing-5c6d" dst.namespace="finance" dst.identity="spiffe://cluster.local/ns/finance/sa/billing" direction="inbound" bytes_sent=0 bytes_recv=0 duration="1ms" error="connection closed due to policy rejection: explicitly denied by: finance/deny-web"` + "\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 || rep.Exchanges[0].Verdict.Class != rule.Authorization {
		t.Errorf("want one authorization verdict, got %d exchanges", len(rep.Exchanges))
	}
}

// "Authorization: Bearer " with nothing after it carries no credential.
func TestEmptyBearerIsNoCredential(t *testing.T) {
	paste := "$ curl -i -H 'Authorization: Bearer ' https://files.example.org/public/a.txt\nHTTP/1.1 401 Unauthorized\nContent-Type: application/xml\nContent-Length: 96\n\n<?xml version='1.0'?><Error><Code>AuthenticationRequired</Code><Message>Authentication required.</Message></Error>\n"
	if names := reportNames(t, paste); names["credentials-sent"] {
		t.Errorf("credentials-sent claimed for an empty bearer")
	}
}

// A response shown without its status whose fields describe a
// representation being served is a success, not a refusal.
func TestRepresentationHeadersImplySuccess(t *testing.T) {
	paste := "DEBUG - Response Headers:\netag: \"9a0364b9e99bb480dd25e1f0284c8555\"\nlast-modified: Mon, 13 Jan 2014 22:05:41 GMT\naccept-ranges: bytes\ncontent-type: text/plain\ncontent-length: 11\nserver: AmazonS3\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := rep.Exchanges[0]
	if x.Response.Status != 200 || x.Verdict.Class != rule.None {
		t.Errorf("status %d, class %s; want an implied 200 and none", x.Response.Status, x.Verdict.Class)
	}
}

// In a client's debug log, the request's own lines (its URL, its header
// block) are what the client sent: a name or address there is no response
// leak.
func TestRequestLinesAreNoResponseLeak(t *testing.T) {
	paste := `sdk.policies: Request URL: 'https://10.20.0.5:8443/subscriptions/3c9e2f71-58a4-4d0b-9e6c-b17a2d4f0c83/groups/ops'
sdk.policies: Request method: 'PUT'
sdk.policies: Request headers:
sdk.policies:     'Accept': 'application/json'
sdk.policies: Response status: 403
sdk.policies: Response content:
sdk.policies: the operation is not allowed for this caller
`
	names := reportNames(t, paste)
	for _, l := range []string{"internal-ip", "identity-leak"} {
		if names[l] {
			t.Errorf("%s reported from the request's own lines", l)
		}
	}
}

// A CLI's message quoting an OAuth token-endpoint error names an
// authentication failure even when it is not JSON.
func TestQuotedOAuthError(t *testing.T) {
	paste := "ERROR: (cli.instances.list) There was a problem refreshing your current auth tokens: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Authentication {
		t.Errorf("class %s, want authentication", c)
	}
}

// A server's own log message about a caller it could not authenticate.
func TestServerLogAuthenticationMessages(t *testing.T) {
	for _, paste := range []string{
		`E0501 10:00:00.000123       1 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, token is expired]"` + "\n",
		`2024-05-01 10:00:00,123 WARN  [org.example.events] (executor-thread-12) type="LOGIN_ERROR", realmId="3f2a", realmName="corp", clientId="portal", userId="null", ipAddress="198.51.100.20", error="invalid_user_credentials", auth_method="openid-connect", redirect_uri="https://portal.example.com/cb", username="mlee"` + "\n",
	} {
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c := rep.Exchanges[0].Verdict.Class; c != rule.Authentication {
			t.Errorf("class %s, want authentication: %.60s", c, paste)
		}
	}
}

// An audit log pasted as the body: the records are not the response (no
// leak from their addresses) and the record holding the error says why.
func TestAuditRecordsAsBody(t *testing.T) {
	paste := `{"time":"2024-05-01T10:00:00.1Z","type":"request","auth":{"policies":["default","app-read"]},"request":{"id":"5c2e","operation":"read","path":"secret/data/prod/db","remote_address":"10.0.4.7"}}
{"time":"2024-05-01T10:00:00.1Z","type":"response","auth":{"policies":["default","app-read"]},"request":{"id":"5c2e","operation":"read","path":"secret/data/prod/db","remote_address":"10.0.4.7"},"response":{},"error":"1 error occurred:\n\t* permission denied\n\n"}
`
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Authorization {
		t.Errorf("class %s, want authorization", c)
	}
	if rep.FindingNames()["internal-ip"] {
		t.Errorf("internal-ip reported from audit records")
	}
}

// A client's traceback printed around the error it raised is not a stack
// trace the server sent.
func TestClientTracebackIsNoServerTrace(t *testing.T) {
	paste := `Traceback (most recent call last):
  File "/srv/jobs/sync.py", line 31, in <module>
    resp.raise_for_status()
  File "/srv/venv/lib/python3.12/site-packages/niche_client/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
niche_client.HTTPError: 403 Client Error: Forbidden for url: https://api.example.com/v2/items
`
	if names := reportNames(t, paste); names["stack-trace"] {
		t.Errorf("stack-trace reported for the client's own traceback")
	}
}

// A server path on any Windows drive, not only under a known root folder.
func TestWindowsDrivePathLeak(t *testing.T) {
	paste := "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nCould not load D:\\home\\site\\wwwroot\\web.config: access denied\r\n"
	if names := reportNames(t, paste); !names["file-path-leak"] {
		t.Errorf("file-path-leak not reported for a drive path (got %v)", names)
	}
	if names := reportNames(t, "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nsee C:\\ for details\r\n"); names["file-path-leak"] {
		t.Errorf("a bare drive read as a path")
	}
}

// A 407 in a paste from another client than curl gets advice for any client
// (the proxy URL's user), not curl's flags; a curl transcript keeps them.
func TestProxyAdviceFollowsTheClient(t *testing.T) {
	for paste, want := range map[string]string{
		`Get "https://proxy.example.org/mod/@v/list": Proxy Authentication Required` + "\n":                                                                                     "HTTPS_PROXY=",
		"> CONNECT api.example.com:443 HTTP/1.1\n> Host: api.example.com:443\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm=\"corp\"\n<\n": "--proxy-user",
	} {
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil || len(rep.Exchanges) != 1 {
			t.Fatalf("%q: %v", paste, err)
		}
		if e := rep.Exchanges[0].Verdict.Explanation; !strings.Contains(e, want) {
			t.Errorf("%q: explanation %q, want %q in it", paste, e, want)
		}
	}
}

// An error code that names a missing OAuth scope (Slack's missing_scope in a
// client's printed answer) heads the card as a missing scope; Azure's
// resource "scope" in AuthorizationFailed does not.
func TestScopeHeadline(t *testing.T) {
	for paste, want := range map[string]bool{
		"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write', 'provided': 'channels:read'}\n":             true,
		`{"error":{"code":"AuthorizationFailed","message":"The client 'a@b.example' with object id '1' does not have authorization to perform action 'Microsoft.Web/sites/read' over scope '/subscriptions/0/resourcegroups/rg' or the scope is invalid."}}` + "\n": false,
	} {
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil || len(rep.Exchanges) != 1 {
			t.Fatalf("%q: %v", paste, err)
		}
		if got := strings.Contains(rep.Exchanges[0].Verdict.Headline, "scope"); got != want {
			t.Errorf("%q: headline %q", paste, rep.Exchanges[0].Verdict.Headline)
		}
	}
}
