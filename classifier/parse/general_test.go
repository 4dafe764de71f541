package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// generalCase is a paste no exact reader knows, and what the general reader
// must find in it. Every value is invented.
type generalCase struct {
	name      string
	text      string
	statuses  []int            // per exchange
	conf      StatusConfidence // of the first exchange's status
	statusAt  int              // line of the first status, 0 to skip
	resp      []string         // response field names of the first exchange, in order
	req       []string         // request field names of the first exchange
	method    string
	url       string
	complete  bool
	body      string // the first body contains it
	notBody   string // the first body does not contain it
	format    string // default "general"
	noHeaders bool   // no response fields at all
}

var generalCases = []generalCase{
	{
		name: "a client's log line per request, written again for the same request",
		text: "INFO:httpx:HTTP Request: GET https://geo.example.io/v2/tiles/7 \"HTTP/1.1 403 Forbidden\"\n" +
			"tile 7 skipped: {'reason': 'plan does not include tiles'}\n" +
			"INFO:httpx:HTTP Request: GET https://geo.example.io/v2/tiles/7 \"HTTP/1.1 403 Forbidden\"\n",
		statuses: []int{403, 403}, conf: StatusLine, statusAt: 1,
	},
	{
		name: "a response struct printed with its status first, its fields and body after",
		text: "Caused by:\n  download of https://pkgs.example.org/api/v1/crates/sprocket/1.2.0/download failed\n" +
			"Response {502, server: nginx, content-type: text/html, content-length: 157, <html><head><title>Bad Gateway</title></head></html>]\n",
		statuses: []int{502}, conf: StatusProse, statusAt: 3,
	},
	{
		name:     "a problem document logged as one row of fields joined by pipes",
		text:     "Overnight the sync logged:\n\n451|urn:example:problem:geo|Unavailable For Legal Reasons|Not offered in your region.\n",
		statuses: []int{451}, conf: StatusField, statusAt: 3,
	},
	{
		name:     "Ruby's print of an unrescued error class named for the status",
		text:     "```\n/srv/app/lib/pear/client.rb:102:in `fetch': quota refused (Pear::HTTPTooManyRequestsError)\n```\n",
		statuses: []int{429}, conf: StatusProse,
	},
	{
		name: "two runs of a command at a prompt, the same error each",
		text: "$ ./nodectl query balance --addr n1qz8r\nerror in rpc client: (Status: 404 Not Found, Protocol HTTP/1.1). cannot decode body\n\n" +
			"$ ./nodectl tx send --to n1vv4k 5coin\nerror in rpc client: (Status: 404 Not Found, Protocol HTTP/1.1). cannot decode body\n",
		statuses: []int{404, 404}, conf: StatusField,
	},
	{
		name: "two errors of one run, the same status, each with its own request id",
		text: "Error: creating queue (jobs-dead): AccessDenied: not allowed\n\tstatus code: 403, request id: 3QK9X1F0ZP7M2C4V\n\n" +
			"Error: creating topic (jobs-events): AccessDenied: not allowed\n\tstatus code: 403, request id: 5b1c9e2a-77d0-4f3e-9a61-0c2d8e4f7a13\n",
		statuses: []int{403, 403}, conf: StatusField,
	},
	{
		name:     "the same request id twice is one response",
		text:     "upload refused\nstatus code: 403, request id: 3QK9X1F0ZP7M2C4V\nretry refused\nstatus code: 403, request id: 3QK9X1F0ZP7M2C4V\n",
		statuses: []int{403}, conf: StatusField,
	},
	{
		// "[5120]" opens each line like a JSON array, and is a tag
		name: "a debug trace whose lines open with a bracketed pid",
		text: "sync_shares.pl\n```\n{\n   \"items\" : []\n}\n```\n\nWith DEBUG on:\n\n```\nsync_shares.pl\n" +
			"[5120] 2024-06-02 11:20:31 [+] listShares() started\n[5120] 2024-06-02 11:20:31 [>]  args: share path: 'https://files.example.net/api/v1/shares'\n" +
			"[5120] 2024-06-02 11:20:31 [!] transport error: '501 Scheme 'https' is not supported (TLS module not installed)'\n\n" +
			"[5120] 2024-06-02 11:20:31 [!] Can't list shares\n[5120] 2024-06-02 11:20:31 [*] Logout\n{\n   \"items\" : []\n}\n```\n",
		statuses: []int{501}, conf: StatusProse,
	},
	{
		name:     "a response written out member by member: code, then body",
		text:     "The API says all is well but it is not:\n\ncode: 200\nbody: {\n  \"ok\": false,\n  \"error\": \"daily quota used up, retry tomorrow\"\n}\n",
		statuses: []int{200}, conf: StatusField, statusAt: 3, body: "daily quota used up",
	},
	{
		name:     "a config's code key is no status",
		text:     "retry policy:\ncode: 200\nattempts: 4\n",
		statuses: nil,
	},
	{
		// the client quotes the body it got without escaping its quotes,
		// and the document runs on over the next lines
		name: "exception text quoting an XML body unescaped over several lines",
		text: `com.example.net.ResponseException: Client request(https://dl.example.org/pkgs/tools/index.xml) invalid: 403 Forbidden. Text: "<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2025-01-02T03:04:05Z</Expires>
<RequestId>7QX2MB0LP4RE</RequestId></Error>"
	at com.example.net.Validator.check(Validator.kt:31)
	at com.example.net.Pipeline.run(Pipeline.kt:88)
`,
		statuses: []int{403}, conf: StatusProse, statusAt: 1, body: "<Code>AccessDenied</Code>", notBody: "Validator.kt",
	},
	{
		name:     "exception text quoting an HTML body unescaped on its line",
		text:     `error: Client request(POST https://api.example.org/v1/jobs) invalid: 401 Unauthorized. Text: "<html><body class="err"><h1>Sign-in required</h1></body></html>"` + "\n",
		statuses: []int{401}, conf: StatusProse, statusAt: 1, body: `<h1>Sign-in required</h1></body></html>`,
	},
	{
		name: "python kubernetes ApiException with HTTPHeaderDict",
		text: `Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in <module>
    api.list_namespaced_secret("billing")
kubernetes.client.exceptions.ApiException: (403)
Reason: Forbidden
HTTP response headers: HTTPHeaderDict({'Audit-Id': '5e0d8a7c-2b1f-4f7e-8c11-93ab0c1d2e3f', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'Date': 'Tue, 04 Mar 2025 08:00:01 GMT', 'Content-Length': '250'})
HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"secrets is forbidden: User \"system:serviceaccount:jobs:nightly\" cannot list resource \"secrets\"","reason":"Forbidden","details":{"kind":"secrets"},"code":403}
`,
		statuses: []int{403}, conf: StatusProse, statusAt: 4,
		resp:     []string{"Audit-Id", "Cache-Control", "Content-Type", "X-Content-Type-Options", "Date", "Content-Length"},
		complete: true, body: `"kind":"Status"`,
	},
	{
		name: "axios error object",
		text: `AxiosError: Request failed with status code 401
    at settle (/opt/svc/node_modules/axios/lib/core/settle.js:19:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'post',
    url: 'https://api.example.test/v3/jobs',
    headers: AxiosHeaders {
      Accept: 'application/json',
      Authorization: 'Bearer zzz.yyy.xxx',
    }
  },
  response: {
    status: 401,
    statusText: 'Unauthorized',
    headers: AxiosHeaders {
      'content-type': 'application/json',
      'www-authenticate': 'Bearer error="invalid_token"',
    },
    data: { error: 'invalid_token' }
  }
}
`,
		statuses: []int{401}, conf: StatusField, statusAt: 13,
		resp: []string{"content-type", "www-authenticate"}, req: []string{"Accept", "Authorization"},
		method: "POST", url: "https://api.example.test/v3/jobs", complete: true, body: "invalid_token",
	},
	{
		name: "kubectl -v=8 with klog prefixes",
		text: `I0304 08:00:01.000001   777 round_trippers.go:463] GET https://10.9.8.7:6443/apis/apps/v1/deployments
I0304 08:00:01.000002   777 round_trippers.go:469] Request Headers:
I0304 08:00:01.000003   777 round_trippers.go:473]     Accept: application/json
I0304 08:00:01.000004   777 round_trippers.go:473]     Authorization: Bearer <masked>
I0304 08:00:01.020001   777 round_trippers.go:574] Response Status: 403 Forbidden in 20 milliseconds
I0304 08:00:01.020002   777 round_trippers.go:577] Response Headers:
I0304 08:00:01.020003   777 round_trippers.go:580]     Audit-Id: 00000000-1111-2222-3333-444444444444
I0304 08:00:01.020004   777 round_trippers.go:580]     Content-Type: application/json
I0304 08:00:01.020005   777 request.go:1212] Response Body: {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403}
`,
		statuses: []int{403}, conf: StatusField, statusAt: 5,
		resp: []string{"Audit-Id", "Content-Type"}, req: []string{"Accept", "Authorization"},
		method: "GET", url: "https://10.9.8.7:6443/apis/apps/v1/deployments", complete: true, body: `"code":403`,
	},
	{
		name: "botocore debug log with access-log status and b'' body",
		text: `2025-03-04 08:00:01,001 - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sts.example-region.amazonaws.com/, headers={'Content-Type': b'application/x-www-form-urlencoded', 'Authorization': b'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/x'}>
2025-03-04 08:00:01,100 - MainThread - urllib3.connectionpool - DEBUG - https://sts.example-region.amazonaws.com:443 "POST / HTTP/1.1" 403 311
2025-03-04 08:00:01,101 - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amzn-RequestId': 'abcd-0001', 'Content-Type': 'text/xml', 'Content-Length': '311'}
2025-03-04 08:00:01,101 - MainThread - botocore.parsers - DEBUG - Response body:
b'<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code></Error></ErrorResponse>'
`,
		statuses: []int{403}, conf: StatusField, statusAt: 2,
		resp: []string{"x-amzn-RequestId", "Content-Type", "Content-Length"}, req: []string{"Content-Type", "Authorization"},
		method: "POST", url: "https://sts.example-region.amazonaws.com/", complete: true, body: "<ErrorResponse>", notBody: "b'",
	},
	{
		name: "Go map and key=value log",
		text: `2025/03/04 08:00:01 pull failed: status=401 url=https://registry.example.test/v2/
2025/03/04 08:00:01 header map[Content-Type:[application/json] Www-Authenticate:[Bearer realm="https://auth.example.test/token",service="registry"]]
`,
		statuses: []int{401}, conf: StatusField, statusAt: 1,
		resp: []string{"Content-Type", "Www-Authenticate"}, url: "https://registry.example.test/v2/", complete: true,
	},
	{
		name: "Java printed map of lists",
		text: `org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{"error":"access_denied"}"
headers: {content-type=[application/json], x-request-id=[r-77]}
`,
		statuses: []int{403}, conf: StatusProse, statusAt: 1,
		resp: []string{"content-type", "x-request-id"}, complete: true,
	},
	{
		name: "Ruby hash with =>",
		text: `Faraday::UnauthorizedError: the server responded with status 401
response headers: {"content-type"=>"application/json", "www-authenticate"=>"Basic realm=\"admin\""}
response body: {"error":"bad login"}
`,
		statuses: []int{401}, conf: StatusProse, statusAt: 1,
		resp: []string{"content-type", "www-authenticate"}, complete: true, body: "bad login",
	},
	{
		name: "tuples",
		text: `HTTPError 403 from upstream
headers = [("Content-Type", "text/html"), ("X-Upstream-Id", "u-1"), ("Server", "edge")]
`,
		statuses: []int{403}, conf: StatusProse,
		resp: []string{"Content-Type", "X-Upstream-Id", "Server"}, complete: true,
	},
	{
		name: ".NET RequestFailedException with Headers block",
		text: `Azure.RequestFailedException: Server failed to authenticate the request.
RequestId:aaaa-bbbb
Status: 403 (Server failed to authenticate the request.)
ErrorCode: AuthenticationFailed

Headers:
Server: Windows-Azure-Blob/1.0
x-ms-request-id: aaaa-bbbb
x-ms-error-code: AuthenticationFailed
Content-Type: application/xml
`,
		statuses: []int{403}, conf: StatusField, statusAt: 3,
		resp:   []string{"Server", "x-ms-request-id", "x-ms-error-code", "Content-Type"},
		format: "", // read by an exact reader; only its status must hold
	},
	{
		name:     "python requests HTTPError in a traceback",
		text:     "Traceback (most recent call last):\n  File \"sync.py\", line 401, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://files.example.test/api/v1/upload\n",
		statuses: []int{403}, statusAt: 4, url: "https://files.example.test/api/v1/upload", format: "general", noHeaders: true,
	},
	{
		name: "JSON log lines are several exchanges",
		text: `{"level":"info","time":"2025-03-04T08:00:00Z","msg":"served","method":"GET","path":"/api/ping","status":200}
{"level":"warn","time":"2025-03-04T08:00:01Z","msg":"denied","method":"DELETE","path":"/api/users/7","status":403,"content-type":"application/json"}
`,
		statuses: []int{200, 403}, conf: StatusField, statusAt: 1, method: "GET", url: "/api/ping",
	},
	{
		name: "logfmt",
		text: `time=2025-03-04T08:00:01Z level=error msg="auth failed" method=GET uri=/admin status_code=401 www-authenticate="Basic realm=ops"
`,
		statuses: []int{401}, conf: StatusField, statusAt: 1, resp: []string{"www-authenticate"}, method: "GET", url: "/admin",
	},
	{
		name: "access log",
		text: `203.0.113.9 - - [04/Mar/2025:08:00:01 +0000] "GET /private/report.pdf HTTP/1.1" 403 162 "-" "curl/8.5.0"
`,
		statuses: []int{403}, conf: StatusField, method: "GET", url: "/private/report.pdf",
	},
	{
		name:     "PHP Guzzle exception",
		text:     "GuzzleHttp\\Exception\\ClientException: Client error: `PUT https://api.example.test/v1/items/9` resulted in a `401 Unauthorized` response:\n{\"message\":\"Unauthenticated.\"}\n",
		statuses: []int{401}, conf: StatusProse, method: "PUT", url: "https://api.example.test/v1/items/9", body: "Unauthenticated",
	},
	{
		name:     "PowerShell WebException",
		text:     "Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.\nAt line:1 char:1\n+ Invoke-WebRequest -Uri https://intra.example.test/health -UseDefaultCredentials\n",
		statuses: []int{401}, conf: StatusProse, statusAt: 1, url: "https://intra.example.test/health", noHeaders: true, format: "general",
	},
	{
		name:     "access log, one request per line",
		text:     "POST /api/login 401 12.345 ms - 32\nGET /api/me 401 1.201 ms - 26\n",
		statuses: []int{401, 401}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "nginx's 401 page as text",
		text:     "401 Authorization Required\nnginx\n",
		statuses: []int{401}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "403 Access Denied",
		text:     "The proxy said: 403 Access Denied (policy: block-uploads)\n",
		statuses: []int{403}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "an error page copied as text, titled with the bare code",
		text:     "403\nYou don't have the permission to access this page. Please contact your administrator.\nGo back\n",
		statuses: []int{403}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "Python session with an f-string header",
		text:     ">>> r = requests.get(\"https://api.example.test/v1/me\", headers={\"Authorization\": f\"Bearer {tok}\"})\n>>> r\n<Response [401]>\n",
		statuses: []int{401}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "Java HttpResponse printed",
		text:     "(GET https://api.example.test/v1/me) 401\n",
		statuses: []int{401}, conf: StatusProse, format: "general", noHeaders: true, method: "GET", url: "https://api.example.test/v1/me",
	},
	{
		name:     "npm error code",
		text:     "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"Artifactory Realm\"\n",
		statuses: []int{401}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "npm error code, newer npm",
		text:     "npm error code E403\nnpm error 403 403 Forbidden - PUT https://registry.example.test/@team%2fpkg - You do not have permission to publish \"@team/pkg\".\n",
		statuses: []int{403}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "Go googleapi error",
		text:     "googleapi: Error 403: Caller does not have required permission to use project demo-123., forbidden\n",
		statuses: []int{403}, conf: StatusProse, format: "general", noHeaders: true,
	},
	{
		name:     "Go smithy error",
		text:     "operation error S3: GetObject, https response error StatusCode: 403, RequestID: R1, HostID: H1, api error AccessDenied: Access Denied\n",
		statuses: []int{403}, conf: StatusField, format: "", noHeaders: true,
	},
	{
		name:     "Google error body alone implies the status",
		text:     "{\n  \"error\": {\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
		statuses: []int{403}, conf: StatusImplied, format: "",
	},
	{
		name:     "GraphQL UNAUTHENTICATED",
		text:     `{"errors":[{"message":"You must be signed in","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}` + "\n",
		statuses: []int{401}, conf: StatusImplied, format: "",
	},
	{
		name:     "escaped JSON string body",
		text:     "request failed with status code 401\nbody: \"{\\\"error\\\":\\\"invalid_token\\\",\\\"error_description\\\":\\\"expired\\\"}\"\n",
		statuses: []int{401}, conf: StatusProse, body: `{"error":"invalid_token"`,
	},
	{
		name: "GIT_TRACE_CURL",
		text: `08:00:01.000001 http.c:703              == Info: Connected to git.example.test (192.0.2.7) port 443
08:00:01.000002 http.c:756              => Send header, 0000000099 bytes (0x00000063)
08:00:01.000003 http.c:768              => Send header: GET /team/repo.git/info/refs?service=git-upload-pack HTTP/1.1
08:00:01.000004 http.c:768              => Send header: Host: git.example.test
08:00:01.000005 http.c:756              <= Recv header, 0000000026 bytes (0x0000001a)
08:00:01.000006 http.c:768              <= Recv header: HTTP/1.1 401 Unauthorized
08:00:01.000007 http.c:768              <= Recv header: WWW-Authenticate: Basic realm="Git"
08:00:01.000008 http.c:768              <= Recv header: Content-Length: 0
08:00:01.000009 http.c:768              <= Recv header:
`,
		statuses: []int{401}, conf: StatusLine, statusAt: 6, resp: []string{"WWW-Authenticate", "Content-Length"},
		method: "GET", url: "/team/repo.git/info/refs?service=git-upload-pack", complete: true,
	},
	{
		name: "az --debug",
		text: `DEBUG: cli.azure.cli.core.sdk.policies: Request URL: 'https://management.example.test/subscriptions/0000?api-version=2022-12-01'
DEBUG: cli.azure.cli.core.sdk.policies: Request method: 'GET'
DEBUG: cli.azure.cli.core.sdk.policies: Request headers:
DEBUG: cli.azure.cli.core.sdk.policies:     'Accept': 'application/json'
DEBUG: cli.azure.cli.core.sdk.policies:     'Authorization': '*****'
DEBUG: cli.azure.cli.core.sdk.policies: Response status: 403
DEBUG: cli.azure.cli.core.sdk.policies: Response headers:
DEBUG: cli.azure.cli.core.sdk.policies:     'Cache-Control': 'no-cache'
DEBUG: cli.azure.cli.core.sdk.policies:     'x-ms-failure-cause': 'gateway'
DEBUG: cli.azure.cli.core.sdk.policies: Response content:
DEBUG: cli.azure.cli.core.sdk.policies: {"error":{"code":"AuthorizationFailed","message":"The client does not have authorization"}}
`,
		statuses: []int{403}, conf: StatusField, statusAt: 6, resp: []string{"Cache-Control", "x-ms-failure-cause"},
		req: []string{"Accept", "Authorization"}, method: "GET", url: "https://management.example.test/subscriptions/0000?api-version=2022-12-01",
		complete: true, body: "AuthorizationFailed",
	},
	{
		name: "gcloud --log-http",
		text: `---- response start ----
status: 403
-- headers start --
content-type: application/json; charset=UTF-8
vary: Origin
-- headers end --
-- body start --
{
  "error": {
    "code": 403,
    "status": "PERMISSION_DENIED"
  }
}
-- body end --
---- response end ----
`,
		statuses: []int{403}, conf: StatusField, statusAt: 2, resp: []string{"content-type", "vary"}, complete: true, body: "PERMISSION_DENIED",
	},
	{
		name:     "prose with a Cloudflare block page",
		text:     "Sorry, you have been blocked\nYou are unable to access example.test\nCloudflare Ray ID: 8a1b2c3d4e5f6a7b\n",
		statuses: []int{403}, conf: StatusImplied, format: "",
	},
	{
		name:     "prose never becomes headers",
		text:     "Note: this started yesterday. Server error: unknown\nWell-known: issue\nI got HTTP 401 when calling the API.\n",
		statuses: []int{401}, conf: StatusProse, noHeaders: true, format: "",
	},
	{
		name:     "traceback line numbers are not statuses",
		text:     "Traceback (most recent call last):\n  File \"a.py\", line 403, in main\n  File \"b.py\", line 401, in call\nTimeoutError: timed out after 500 ms\n",
		statuses: nil,
	},
	{
		name: "two dumps become two exchanges",
		text: `$ curl -s https://api.example.test/a
{"status": 401, "message": "no token"}
$ curl -s -H 'Authorization: Bearer t0k' https://api.example.test/b
{"status": 403, "message": "not yours"}
`,
		statuses: []int{401, 403}, format: "",
	},
	{
		name:     "OkHttp Response repr",
		text:     "java.io.IOException: Unexpected response: Response{protocol=h2, code=401, message=, url=https://api.example.test/v1/profile}\n",
		statuses: []int{401}, conf: StatusField, url: "https://api.example.test/v1/profile",
	},
	{
		name:     "Rust reqwest error",
		text:     "Error: HTTP status client error (403 Forbidden) for url (https://api.example.test/v2/repos/acme/tools)\n",
		statuses: []int{403}, conf: StatusProse, url: "https://api.example.test/v2/repos/acme/tools",
	},
	{
		name:     "Elixir HTTPoison response",
		text:     `{:ok, %HTTPoison.Response{status_code: 401, headers: [{"Content-Type", "application/json"}, {"WWW-Authenticate", "Bearer realm=\"api\""}], body: "{\"error\":\"invalid_token\"}", request_url: "https://api.example.test/me"}}` + "\n",
		statuses: []int{401}, conf: StatusField, resp: []string{"Content-Type", "WWW-Authenticate"}, complete: true,
		body: `{"error":"invalid_token"}`, url: "https://api.example.test/me",
	},
	{
		name:     "Dart Dio exception",
		text:     "DioException [bad response]: This exception was thrown because the response has a status code of 403 and RequestOptions.validateStatus was configured to throw for this status code.\n",
		statuses: []int{403}, conf: StatusProse,
	},
	{
		name: "fetch Response printed by Node",
		text: `Response {
  status: 401,
  statusText: 'Unauthorized',
  headers: Headers {
    'content-type': 'application/json',
    'www-authenticate': 'Bearer error="invalid_token"'
  },
  body: ReadableStream { locked: false, state: 'readable', supportsBYOB: true },
  bodyUsed: false,
  url: 'https://api.example.test/v1/items'
}
`,
		statuses: []int{401}, conf: StatusField, statusAt: 2, resp: []string{"content-type", "www-authenticate"}, complete: true,
		url: "https://api.example.test/v1/items",
	},
	{
		name:     "Spring WebClient exception",
		text:     "org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from GET https://api.example.test/v1/accounts\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:316)\n",
		statuses: []int{401}, conf: StatusProse, method: "GET", url: "https://api.example.test/v1/accounts",
	},
	{
		name: "two commands run by their full path, the prompt left out, the same error each",
		text: "```\n/usr/local/bin/vaultctl policy list\nFailed to list policies: Unexpected response code: 403 (permission denied)\n\n" +
			"/usr/local/bin/vaultctl members\nError retrieving members: Unexpected response code: 403 (permission denied)\n```\n",
		statuses: []int{403, 403}, conf: StatusField,
	},
	{
		name: "Jersey LoggingFilter: id-prefixed request and response lines, the bare code first",
		text: "1 * Sending client request on thread main\n1 > GET https://api.example.test/v1/items\n1 > Accept: application/json\n" +
			"1 * Client response received on thread main\n1 < 403\n1 < Content-Type: application/json\n1 < Date: Tue, 07 Aug 2018 02:14:51 GMT\n" +
			"{\"message\":\"not allowed\"}\n",
		statuses: []int{403}, conf: StatusField, statusAt: 5, method: "GET", url: "https://api.example.test/v1/items", body: "not allowed",
	},
	{
		name: "a build snippet in markup, then a trace whose request carries a JSON body: one exchange",
		text: "dependency:\n```xml\n<dependency>\n  <groupId>org.example</groupId>\n  <artifactId>restkit</artifactId>\n</dependency>\n```\n\n" +
			"```\n7 > POST https://cloud.example.test/v2/volumes\n7 > Content-Type: application/json\n{\n\"volume\" : {\n\"size\" : 5\n}\n}\n\n" +
			"7 < 401 Unauthorized\n7 < Content-Type: application/json\n{\"error\":{\"message\":\"token rejected\"}}\n```\n",
		statuses: []int{401}, conf: StatusField, method: "POST", body: "token rejected", notBody: "groupId",
	},
	{
		name:     "PHP var_dump of an error object: one body, not one exchange per key",
		text:     "The service answered with:\nobject(stdClass)#7 (3) {\n  [\"code\"]=>\n  int(401)\n  [\"message\"]=>\n  string(18) \"session has lapsed\"\n  [\"retry\"]=>\n  bool(false)\n}\n",
		statuses: []int{401}, conf: StatusImplied, body: `"message": "session has lapsed"`, // the object's own "code" member: implied
	},
	{
		name:     "PHP var_dump of a nested array with a numeric key and NULL",
		text:     "array(2) {\n  [\"error\"]=>\n  array(2) {\n    [\"status\"]=>\n    int(403)\n    [0]=>\n    string(25) \"role viewer cannot write\"\n  }\n  [\"data\"]=>\n  NULL\n}\n",
		statuses: []int{403}, conf: StatusField, body: "role viewer cannot write",
	},
	{
		name: "PHP print_r of a PSR-7 response",
		text: `GuzzleHttp\Psr7\Response Object
(
    [reasonPhrase:GuzzleHttp\Psr7\Response:private] => Forbidden
    [statusCode:GuzzleHttp\Psr7\Response:private] => 403
    [headers:GuzzleHttp\Psr7\Response:private] => Array
        (
            [WWW-Authenticate] => Array
                (
                    [0] => Bearer error="insufficient_scope"
                )

            [Content-Type] => Array
                (
                    [0] => application/json
                )

        )

    [headerNames:GuzzleHttp\Psr7\Response:private] => Array
        (
            [www-authenticate] => WWW-Authenticate
        )

)
`,
		statuses: []int{403}, conf: StatusField, statusAt: 4, resp: []string{"WWW-Authenticate", "Content-Type"},
	},
	{
		name: "Apache HttpClient wire and headers logs are one response",
		text: `10:00:01.100 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> GET /bucket?list-type=2 HTTP/1.1
10:00:01.101 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/x, SignedHeaders=host, Signature=abc
10:00:01.200 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "HTTP/1.1 403 Forbidden[\r][\n]"
10:00:01.201 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 403 Forbidden
10:00:01.202 [main] DEBUG org.apache.http.headers - http-outgoing-0 << x-amz-request-id: R1
10:00:01.300 [main] DEBUG com.example.Client - Received error response: (Status Code: 403; Error Code: InvalidAccessKeyId)
`,
		statuses: []int{403}, conf: StatusLine, req: []string{"Authorization"}, method: "GET", url: "/bucket?list-type=2",
		resp: []string{"x-amz-request-id"}, complete: true, // the headers logger's block, ended by the next record
	},
	{
		name: "Apache HttpClient's wire log behind log4j's bracketed logger name",
		text: `2026-12-04 09:44:01,220 DEBUG [org.apache.http.wire] http-outgoing-0 >> "GET /rest/api/2/issue/X-1 HTTP/1.1[\r][\n]"
2026-12-04 09:44:01,220 DEBUG [org.apache.http.wire] http-outgoing-0 >> "Accept: application/json[\r][\n]"
2026-12-04 09:44:01,221 DEBUG [org.apache.http.wire] http-outgoing-0 >> "[\r][\n]"
2026-12-04 09:44:01,390 DEBUG [org.apache.http.wire] http-outgoing-0 << "HTTP/1.1 401 [\r][\n]"
2026-12-04 09:44:01,390 DEBUG [org.apache.http.wire] http-outgoing-0 << "WWW-Authenticate: OAuth realm="x"[\r][\n]"
2026-12-04 09:44:01,391 DEBUG [org.apache.http.wire] http-outgoing-0 << "Content-Length: 0[\r][\n]"
2026-12-04 09:44:01,391 DEBUG [org.apache.http.wire] http-outgoing-0 << "[\r][\n]"
`,
		statuses: []int{401}, conf: StatusLine, req: []string{"Accept"}, method: "GET", url: "/rest/api/2/issue/X-1",
		resp: []string{"WWW-Authenticate", "Content-Length"}, complete: true,
	},
	{
		name: "Commons HttpClient 3's wire loggers: no connection id, the logger's name then the arrow",
		text: `DEBUG httpclient.wire.header - >> "PUT /svc/v2/objects/doc-7 HTTP/1.1[\r][\n]"
DEBUG httpclient.wire.header - >> "Host: store.example.net[\r][\n]"
DEBUG httpclient.wire.header - >> "Content-Type: application/xml[\r][\n]"
DEBUG httpclient.wire.header - >> "[\r][\n]"
DEBUG httpclient.wire.header - << "HTTP/1.1 403 Forbidden[\r][\n]"
DEBUG httpclient.wire.header - << "Server: Apache-Coyote/1.1[\r][\n]"
DEBUG httpclient.wire.header - << "Content-Type: text/plain[\r][\n]"
DEBUG httpclient.wire.header - << "[\r][\n]"
DEBUG httpclient.wire.content - << "write access denied for this key"
`,
		statuses: []int{403}, conf: StatusLine, req: []string{"Host", "Content-Type"}, method: "PUT", url: "/svc/v2/objects/doc-7",
		resp: []string{"Server", "Content-Type"}, complete: true,
	},
	{
		name: "an Elixir struct: escaped JSON body closed on its line, tuple headers, an atom method, a quoted URL with parentheses",
		text: `{:ok,
 %HTTPoison.Response{
   status_code: 403,
   body: "{\"error\":{\"code\":403,\"status\":\"PERMISSION_DENIED\"}}",
   headers: [
     {"Content-Type", "application/json; charset=UTF-8"},
     {"Server", "ESF"}
   ],
   request: %HTTPoison.Request{method: :get, url: "https://db.example.com/v1/databases/(default)/documents"}
 }}
`,
		statuses: []int{403}, resp: []string{"Content-Type", "Server"}, method: "GET", url: "https://db.example.com/v1/databases/(default)/documents", complete: true,
	},
	{
		name: "Foundation's NSHTTPURLResponse description: headers as a property list of arrays",
		text: `<NSHTTPURLResponse: 0x600000c1c2a0> { URL: https://api.example.com/v1/notes } { Status Code: 401, Headers {
    "Content-Type" =     (
        "application/json"
    );
    Date =     (
        "Thu, 04 Dec 2026 03:03:03 GMT"
    );
    "Www-Authenticate" =     (
        "Bearer error=\"invalid_token\""
    );
} }
`,
		statuses: []int{401}, resp: []string{"Content-Type", "Date", "Www-Authenticate"}, url: "https://api.example.com/v1/notes",
	},
	{
		name: "a Markdown table of the response's headers, the status among them",
		text: `| Header | Value |
|---|---|
| Status | 403 Forbidden |
| Server | cloudflare |
| ` + "`cf-mitigated`" + ` | challenge |
| Notes | seen twice today |
`,
		statuses: []int{403}, resp: []string{"Server", "cf-mitigated"},
	},
	{
		name:     "a build tool's transfer error: 'Return code is: 401'",
		text:     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:2.8.2:deploy (default-deploy) on project app: Failed to deploy artifacts: Could not transfer artifact a:b:jar:1 from/to snapshots (http://repo.example.net/snapshots): Failed to transfer file: http://repo.example.net/snapshots/b-1.jar. Return code is: 401, ReasonPhrase: Unauthorized. -> [Help 1]\n",
		statuses: []int{401}, conf: StatusProse,
	},
	{
		name:     ".NET's HttpRequestException with the server's reason in place of the phrase",
		text:     "  PUT https://packages.example.org/api/v2/package/\n  Unauthorized https://packages.example.org/api/v2/package/ 603ms\nerror: Response status code does not indicate success: 401 (An API key must be provided in the 'X-Api-Key' header to use this service).\n",
		statuses: []int{401}, conf: StatusField, // NuGet's own response line states it
	},
	{
		name:     "an SDK exception named after the status (google-api-core)",
		text:     "PermissionDenied: 403 Permission 'resourcemanager.tagKeys.list' denied on resource '//cloudresourcemanager.example.com/organizations/40817' (or it may not exist).\n",
		statuses: []int{403}, conf: StatusProse,
	},
	{
		name:     "a list of Name: value pairs",
		text:     "request failed with status code 401\nheaders: [Content-Type: application/json, WWW-Authenticate: Basic realm=\"ops\", X-Trace-Id: t-9]\n",
		statuses: []int{401}, conf: StatusProse, resp: []string{"Content-Type", "WWW-Authenticate", "X-Trace-Id"}, complete: true,
	},
	{
		// ToString() prints the response's and its content's headers in one
		// collection: the whole header block
		name:     ".NET printed headers object",
		text:     "StatusCode: 403, ReasonPhrase: 'Forbidden', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n  Date: Tue, 04 Mar 2025 08:00:01 GMT\n  Server: Kestrel\n  X-Correlation-Id: c-1\n}\n",
		statuses: []int{403}, conf: StatusField, statusAt: 1, resp: []string{"Date", "Server", "X-Correlation-Id"}, complete: true,
	},
	{
		name: "terminal-wrapped and padded lines",
		text: terminal(80, "Response Status: 401 Unauthorized in 5 milliseconds",
			"Response Headers: {'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm=\"example\", error=\"invalid_token\"', 'X-Trace': 'abc'}",
			"Response Body: {\"error\":\"invalid_token\"}"),
		statuses: []int{401}, conf: StatusField, resp: []string{"Content-Type", "WWW-Authenticate", "X-Trace"},
		complete: true, body: `{"error":"invalid_token"}`,
	},
}

func TestGeneral(t *testing.T) {
	for _, c := range generalCases {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if len(c.statuses) == 0 {
				if err == nil {
					for _, x := range in.Exchanges {
						if x.Response != nil && x.Response.Status != 0 {
							t.Errorf("status %d on line %d in a paste that states none", x.Response.Status, x.Response.Pos.Line)
						}
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := responseStatuses(in)
			if !equalInts(got, c.statuses) {
				t.Fatalf("statuses %v, want %v", got, c.statuses)
			}
			x := in.Exchanges[0]
			if c.format != "" && x.Format != c.format {
				t.Errorf("format %q, want %q", x.Format, c.format)
			}
			if c.format == "" && x.Format == "" {
				t.Errorf("no format")
			}
			r := x.Response
			if c.conf != 0 && r.StatusConf != c.conf {
				t.Errorf("confidence %v, want %v", r.StatusConf, c.conf)
			}
			if c.statusAt != 0 && r.Pos.Line != c.statusAt {
				t.Errorf("status on line %d, want %d", r.Pos.Line, c.statusAt)
			}
			if c.resp != nil {
				if got := names(r.Fields); strings.Join(got, ",") != strings.Join(c.resp, ",") {
					t.Errorf("response fields %v, want %v", got, c.resp)
				}
			}
			if c.noHeaders && len(r.Fields) > 0 {
				t.Errorf("response fields %v in a paste that has none", names(r.Fields))
			}
			if c.req != nil {
				if x.Request == nil {
					t.Fatalf("no request")
				}
				if got := names(x.Request.Fields); strings.Join(got, ",") != strings.Join(c.req, ",") {
					t.Errorf("request fields %v, want %v", got, c.req)
				}
			}
			if c.method != "" && (x.Request == nil || x.Request.Method != c.method) {
				t.Errorf("request %+v, want method %s", x.Request, c.method)
			}
			if c.url != "" && (x.Request == nil || firstNonEmpty(x.Request.URL, x.Request.Target) != c.url) {
				t.Errorf("request %+v, want URL %s", x.Request, c.url)
			}
			if r.HeadersComplete != c.complete && (x.Format == "general" || c.complete) {
				t.Errorf("HeadersComplete %v, want %v", r.HeadersComplete, c.complete)
			}
			if c.body != "" && !strings.Contains(r.Body.Text, c.body) {
				t.Errorf("body %q lacks %q", r.Body.Text, c.body)
			}
			if c.notBody != "" && strings.Contains(r.Body.Text, c.notBody) {
				t.Errorf("body %q holds %q", r.Body.Text, c.notBody)
			}
			if x.Format == "general" {
				if !x.Reading.General || x.Reading.Summary == "" {
					t.Errorf("reading %+v", x.Reading)
				}
				if !r.HeadersComplete && (!x.Reading.Partial || x.Reading.Advice == "") {
					t.Errorf("a partial reading without advice: %+v", x.Reading)
				}
			}
		})
	}
}

func names(fs Fields) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

// responseStatuses lists the status of every exchange that has a response,
// in order.
func responseStatuses(in *Input) []int {
	var got []int
	for _, x := range in.Exchanges {
		if x.Response != nil {
			got = append(got, x.Response.Status)
		}
	}
	return got
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGeneralPrefixShapes checks the log-prefix shapes one line at a time.
func TestGeneralPrefixShapes(t *testing.T) {
	for _, c := range []struct{ line, rest string }{
		{"I0304 08:00:01.000001   777 round_trippers.go:463] GET https://h/", "GET https://h/"},
		{"2025-03-04T08:00:01.123Z [DEBUG] provider.terraform-provider-x_v1: [DEBUG] HTTP/1.1 403 Forbidden", "HTTP/1.1 403 Forbidden"},
		{"2025-03-04 08:00:01,001 - MainThread - botocore.parsers - DEBUG - Response body:", "Response body:"},
		{"DEBUG: cli.azure.cli.core.sdk.policies: Response status: 403", "Response status: 403"},
		{"08:00:01.000006 http.c:768              <= Recv header: HTTP/1.1 401", "<= Recv header: HTTP/1.1 401"},
		{"2025/03/04 08:00:01 header map[]", "header map[]"},
		{"Mar  4 08:00:01 gw nginx[12]: x", "x"}, // syslog's host and program with its time
		{"[2025-03-04 08:00:01] ERROR: boom", "boom"},
	} {
		n, sh := linePrefix(c.line)
		if sh == "" || c.line[n:] != c.rest {
			t.Errorf("%q: prefix %d (%s), rest %q, want %q", c.line, n, sh, c.line[n:], c.rest)
		}
	}
	for _, l := range []string{"ERROR something went wrong", "Response Status: 401", "HTTP/1.1 401", "2025 was a year"} {
		if n, sh := linePrefix(l); sh != "" {
			t.Errorf("%q: prefix %d (%s) in a line without one", l, n, sh)
		}
	}
}

// terminal renders lines as a terminal of the given width shows them when
// copied: long lines wrapped at the width, short ones padded with blanks.
func terminal(width int, lines ...string) string {
	var b strings.Builder
	for _, l := range lines {
		for len(l) > width {
			b.WriteString(l[:width] + "\n")
			l = l[width:]
		}
		b.WriteString(l + strings.Repeat(" ", width-len(l)) + "\n")
	}
	return b.String()
}

// TestProseFieldsAreNotAHeaderBlock: lines of a report that happen to use a
// header's name ("Location: (city)", "Date: yesterday") are not a header
// block when their values do not have the field's shape, so the body the
// general reader finds next to them is kept (curl/curl#5127, re-created).
func TestProseFieldsAreNotAHeaderBlock(t *testing.T) {
	in, err := Parse("curl -s http://ip.example.net/\n\noutput:\n\nerror code: 1020\n\nI expected:\n\nYour IP: 203.0.113.7\nLocation: (city) (ISP)\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Format == "headers" {
		t.Fatalf("read as %d exchanges, first %q: want one general reading", len(in.Exchanges), in.Exchanges[0].Format)
	}
	if r := in.Exchanges[0].Response; r == nil || !strings.Contains(r.Body.Text, "error code: 1020") {
		t.Errorf("body lost: %+v", r)
	}
	for _, v := range []string{"https://x.example/a", "/login?next=%2F"} {
		if !valueFits("location", v) {
			t.Errorf("Location %q rejected", v)
		}
	}
	for _, v := range []string{"(city) (ISP)", "the office"} {
		if valueFits("location", v) {
			t.Errorf("Location %q accepted", v)
		}
	}
	// a shell prompt whose host looks like a field name
	if valueFits("jordans-mbp", "Downloads jordan$ chmod +x setup.sh") || !valueFits("x-price", "$5") || !valueFits("x-note", "costs $ 5, paid") {
		t.Errorf("prompt tails misread")
	}
	in, err = Parse("Jordans-MBP:Downloads jordan$ ./setup.sh\nUnable to find image 'busybox:latest' locally\ndocker: Error response from daemon: Get https://registry.example/v2/library/busybox/manifests/latest: unauthorized: incorrect username or password.\nJordans-MBP:Downloads jordan$\n")
	if err != nil || in.Exchanges[0].Format == "headers" {
		t.Errorf("a shell session read as a header block: %v", err)
	}
}

// TestConfigLine: settings pasted next to an error are the paste's text, not
// the server's; logfmt records and query pairs are not settings.
func TestConfigLine(t *testing.T) {
	for _, s := range []string{`logging_filename = "/opt/app/proxy.log"`, "API_URL=https://api.example.com", "export TOKEN_FILE=/run/secrets/t", `request_logging = "true"`} {
		if !configLine(s) {
			t.Errorf("%q not a setting", s)
		}
	}
	for _, s := range []string{`level=error msg="denied" status=403`, "a.b=c", "x == y", "Status = 403 Forbidden and more = here", "= nothing"} {
		if configLine(s) {
			t.Errorf("%q taken for a setting", s)
		}
	}
}

// TestStatusMentions: a code named in prose above or below a dump that shows
// it as a status line or field is a mention of that response; a bare status
// line quoted next to a curl -v transcript of the same response is too.
func TestStatusMentions(t *testing.T) {
	for name, c := range map[string]struct {
		text string
		want []int
	}{
		"prose above and an error line below a debug log": {
			text: "Listing the catalog fails with 403:\n\nDEBU[0000] Request #0\n> Request URL: \"https://registry.example/v2/_catalog\"\n> Request method: \"GET\"\nDEBU[0000] Response #0\n< Response Status: \"401 Unauthorized\"\n< Response headers:\n   \"Www-Authenticate\": \"Bearer realm=\\\"https://registry.example/token\\\"\"\nDEBU[0001] Request #1\n> Request URL: \"https://registry.example/token?scope=registry%3Acatalog%3A%2A\"\n> Request method: \"GET\"\nDEBU[0001] Response #1\n< Response Status: \"403 Forbidden\"\n< Response headers:\n   \"Content-Type\": \"application/json\"\nError: GET \"https://registry.example/v2/_catalog\": response status code 403: denied\n",
			want: []int{401, 403},
		},
		"a bare status line quoted above the transcript": {
			text: "### I got this\n\nHTTP/1.1 401 UNAUTHORIZED\n\n```\n> GET /basic-auth/u/p HTTP/1.1\n> Host: httpbin.example\n> Authorization: Basic dTp3cm9uZw==\n>\n< HTTP/1.1 401 UNAUTHORIZED\n< Content-Length: 0\n< Server: gunicorn\n<\n```\n",
			want: []int{401},
		},
		"a console's summary line above the dump (Postman)": {
			text: "GET https://api.example.com/v1/orders\n401\n173 ms\nGET /v1/orders HTTP/1.1\nAuthorization: Bearer abc.def.ghi\nUser-Agent: PostmanRuntime/7.36.0\nHost: api.example.com\n \nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer error=\"invalid_token\"\n \n{\"message\":\"Jwt is expired\"}\n",
			want: []int{401},
		},
		"a reason word above the line that states the number": {
			text: "I get a Forbidden error like this:\n\n PUT https://packages.example.org/api/v2/package/\n Forbidden https://packages.example.org/api/v2/package/ 38214ms\nResponse status code does not indicate success: 403 (The specified API key is invalid).\n",
			want: []int{403},
		},
		"one JSON error naming the status twice, with two URLs": {
			text: "[\n  {\n    \"errorReason\": \"403 Forbidden. Please check you have permission. See https://docs.example.com/status-codes\",\n    \"errorMessage\": \"GoogleJsonResponseException: 403 Forbidden POST https://storage.example.com/storage/v1/b?project=p1\"\n  }\n]\n",
			want: []int{403},
		},
		"an error line naming another request's 401, written by two loggers": {
			text: "DEBU[0000] fetch response received  host=registry.example.net response.status=\"401 Unauthorized\" url=\"https://registry.example.net/v2/team/app/manifests/1.0\"\nDEBU[0000] Unauthorized  header=\"Bearer realm=\\\"https://auth.example.net/token\\\"\"\nError: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.example.net/token?scope=repository%3Ateam%2Fapp%3Apull&service=registry: 401 Unauthorized\nmain.go:84: [debug] failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.example.net/token?scope=repository%3Ateam%2Fapp%3Apull&service=registry: 401 Unauthorized\n",
			want: []int{401, 401},
		},
		"an error line naming the dump's own request is a mention": {
			text: "DEBU[0000] fetch response received  host=registry.example.net response.status=\"401 Unauthorized\" url=\"https://registry.example.net/v2/team/app/manifests/1.0\"\nError: unexpected status from HEAD request to https://registry.example.net/v2/team/app/manifests/1.0: 401 Unauthorized\n",
			want: []int{401},
		},
		"two printed errors of one kind with two messages are two calls": {
			text: "Error creating index: AuthorizationException(403, 'security_exception', 'action [indices:admin/create] is unauthorized for user [ingest]')\n…\nError performing rollover: AuthorizationException(403, 'security_exception', 'action [indices:admin/rollover] is unauthorized for user [ingest]')\n",
			want: []int{403, 403},
		},
		"the same printed error twice is one": {
			text: "    raise HttpError(resp, content)\n googleapiclient.errors.HttpError: <HttpError 403 returned \"The caller does not have permission\">\n    raise HttpError(resp, content)\n googleapiclient.errors.HttpError: <HttpError 403 returned \"The caller does not have permission\">\n",
			want: []int{403},
		},
		"a summary in prose above the command and the dump": {
			text: "Calling the API always gives me 401 Unauthorized, even with a key that looks valid.\n\n```\ncurl -X GET 'https://deploy.example.com/api/project.all' -H 'x-api-key: k1'\n```\n\n401 Unauthorized with this body:\n```\n{\"message\": \"Unauthorized\"}\n```\n",
			want: []int{401},
		},
		"two lines about one URL, the second with other words after it": {
			text: "Uploading widget-1.0.tar.gz\nReceived 403 response from https://repo.example.net/api/pypi/local: Forbidden\nResponse text:\n<html><body>The requested URL was rejected.</body></html>\nHTTPError: 403 Forbidden from https://repo.example.net/api/pypi/local\nForbidden\n",
			want: []int{403},
		},
		"a stated status above a dump whose body only implies one": {
			text: "The push gets 401 Unauthorized:\n\nPUT https://registry.example.net/v2/team/app/manifests/2.0\nAuthorization → Bearer REDACTED\n\n{\"errors\":[{\"code\":\"DENIED\",\"message\":\"insufficient_scope: authorization failed\"}]}\n",
			want: []int{401},
		},
		"a prose summary above two timestamped log records of the same status": {
			text: "Every download fails with a 403:\n\n2026-10-14 21:13:48.502 T:1187     ERROR <general>: Download exception for https://files.example.org/a.zip. Exception 403 Client Error: Forbidden for url: https://files.example.org/a.zip\n2026-10-14 21:13:49.316 T:1187     ERROR <general>: Download request exception for https://files.example.org/a.zip. Request Exception 403 Client Error: Forbidden for url: https://files.example.org/a.zip\n",
			want: []int{403, 403},
		},
		"two whole responses with the same status stay two": {
			text: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"a\"\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"b\"\n\n",
			want: []int{401, 401},
		},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := responseStatuses(in); !equalInts(got, c.want) {
			t.Errorf("%s: statuses %v, want %v", name, got, c.want)
		}
		if len(in.Exchanges) != len(c.want) {
			t.Errorf("%s: %d exchanges, want %d", name, len(in.Exchanges), len(c.want))
		}
	}
}

// TestDevToolsBlockThenBody: a DevTools General block, then the response body
// pasted under its own heading: the exact reading takes the body the general
// reader found.
func TestDevToolsBlockThenBody(t *testing.T) {
	in, err := Parse("Creating a user gets a 403:\n\n```\nRequest URL: https://api.example.org/users\nRequest Method: POST\nStatus Code: 403 Forbidden\nRemote Address: 203.0.113.58:443\nReferrer Policy: strict-origin-when-cross-origin\n```\n\nResponse:\n\n```\n{\"detail\":\"Authentication credentials were not provided.\"}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 403 || !strings.Contains(r.Body.Text, "credentials were not provided") {
		t.Errorf("status %d, body %q", r.Status, r.Body.Text)
	}
}

// TestSwaggerUIServerResponse: Swagger UI's "Try it out" panel as copied:
// the curl command, "Request URL" over its URL, the "Code  Details" table
// with the status alone on a line, the body and headers under headings. The
// documented-responses table ("Code  Description  Links") is no answer.
func TestSwaggerUIServerResponse(t *testing.T) {
	paste := "Curl\n\ncurl -X 'GET' \\\n  'https://api.example.com/v1/accounts/me' \\\n  -H 'accept: application/json' \\\n  -H 'Authorization: Bearer abc.def.ghi'\n\nRequest URL\n\nhttps://api.example.com/v1/accounts/me\n\nServer response\nCode\tDetails\n401\nUndocumented\nError: Unauthorized\n\nResponse body\n\n{\n  \"detail\": \"Could not validate credentials\"\n}\n\nResponse headers\n\n content-type: application/json \n www-authenticate: Bearer \n\nResponses\nCode\tDescription\tLinks\n200\nSuccessful Response\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{401}) {
		t.Fatalf("statuses %v, want [401]", got)
	}
	x := in.Exchanges[0]
	if q := x.Request; q == nil || !strings.HasSuffix(q.URL, "/v1/accounts/me") || !q.Fields.Has("Authorization") {
		t.Errorf("request %+v: want the curl command's, with its Authorization", q)
	}
	if !x.Response.Fields.Has("www-authenticate") {
		t.Errorf("response fields %v", names(x.Response.Fields))
	}
}

// TestLogAndCommandLines: an application server's log line (a Java logger
// category in brackets) is a record, and a command's options are the
// paste's text; neither is a body the server sent.
func TestLogAndCommandLines(t *testing.T) {
	for _, s := range []string{
		"2024-03-01 10:00:00,123 WARN  [org.keycloak.events] (default task-7) type=LOGIN_ERROR, realmId=r1, clientId=null, ipAddress=192.0.2.9, error=expired_code",
		"10:00:00.001 DEBUG [o.s.s.w.FilterChainProxy] Securing GET /api",
	} {
		if !recordLine(s) {
			t.Errorf("%q not a log record", s)
		}
	}
	if recordLine("See [the guide] and [docs.example.org] for more") {
		t.Errorf("prose with brackets read as a log record")
	}
	for _, s := range []string{"--provider keycloak --upstream http://10.20.30.40:6000", "$ docker pull registry.example/app:1"} {
		if !commandLine(s) {
			t.Errorf("%q not a command line", s)
		}
	}
	if commandLine("-- the server said no") || commandLine("---") {
		t.Errorf("prose read as a command line")
	}
}

// TestNginxErrorLogContext: the context nginx's error log ends a record with
// (client, server, request, host) names the server block and the client, not
// response header fields; the record's words stay readable as text.
func TestNginxErrorLogContext(t *testing.T) {
	in, err := Parse(`2026/12/04 10:00:00 [error] 1234#1234: *7 limiting requests, excess: 10.520 by zone "api", client: 192.0.2.9, server: api.example.com, request: "POST /v1/login HTTP/1.1", host: "api.example.com"` + "\n")
	if err != nil {
		t.Fatal(err)
	}
	r := in.Exchanges[0].Response
	if r != nil && len(r.Fields) > 0 {
		t.Errorf("log context read as header fields: %v", names(r.Fields))
	}
	if r == nil || !strings.Contains(r.Body.Text, "limiting requests") {
		t.Errorf("the record's words are lost: %+v", r)
	}
}

// TestPrintedErrorObjectKeepsItsText: a client's printed error object whose
// only header-like part is a nested "headers: { 'content-type': … }" is read
// with the text around it as the body, so its messages count.
func TestPrintedErrorObjectKeepsItsText(t *testing.T) {
	paste := "Error: GraphqlResponseError: Request failed due to following response errors:\n - Resource not accessible by integration\n    at /home/runner/work/dist/index.js:7142:19 {\n  headers: {\n    'content-type': 'application/json; charset=utf-8',\n    'x-github-request-id': '0C41:7A2E:1B9F3D4'\n  },\n  errors: [ { type: 'FORBIDDEN', message: 'Resource not accessible by integration' } ]\n}\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if r := in.Exchanges[0].Response; r == nil || !strings.Contains(r.Body.Text, "Resource not accessible") {
		t.Errorf("the error's text is not the body: %+v", r)
	}
}

// TestOneLineBlockNotice: a block page reduced to one line of text ("Request
// unsuccessful. Incapsula incident ID: …") is read as a body, not refused as
// a paste with nothing in it.
func TestOneLineBlockNotice(t *testing.T) {
	if _, err := Parse("Request unsuccessful. Incapsula incident ID: 123000450123456789-12345678901234567\n"); err != nil {
		t.Errorf("a one-line block notice was refused: %v", err)
	}
}

// TestStatusConstants: a status named by a language's constant or response
// class, with no number, is read at prose rank; a constant of a success or a
// name after an unknown qualifier is not.
func TestStatusConstants(t *testing.T) {
	for line, want := range map[string]int{
		"RuntimeError: Missing header. Got: #Net::HTTPUnauthorized:0x2b41c07e93d8": 401,
		"expected HttpStatus.FORBIDDEN but the call failed":                        403,
		"assert resp.status_code == HTTPStatus.TOO_MANY_REQUESTS":                  429,
		"response.StatusCode == HttpStatusCode.ProxyAuthenticationRequired":        407,
		"if res.StatusCode == http.StatusUnauthorized {":                           401,
		"return StatusCode(StatusCodes.Status403Forbidden);":                       403,
		"conn.getResponseCode() == HttpURLConnection.HTTP_UNAUTHORIZED":            401,
		"Err(e) if e.status() == Some(StatusCode::UNAUTHORIZED) => {}":             401,
		"return StatusCode(StatusCodes.Status401Forbidden);":                       0, // number and name disagree
		"the handler returns HttpStatus.OK":                                        0,
		"see https://pkg.example.org/net/http.StatusForbidden":                     0, // a path in a link
		"Settings.Forbidden is a property of the widget":                           0,
		"status.forbidden.example.com resolves to the old host":                    0,
		"throw new WebApplicationException(Response.Status.UNAUTHORIZED);":         401,
		// a client's exception class named after the reason phrase, printed
		"Acme::Web::Unauthorized: Acme::Web::Unauthorized":                 401,
		"Gitkit::Forbidden (GET https://api.example.net/orgs/x: 403 - no)": 403,
		"Fetcher::Error::TooManyRequests":                                  429,
		"Hub::UnauthorizedError: the server responded with status 401":     401,
		"rescue Acme::Web::Unauthorized => e":                              0, // a handler in code
		"Store::RecordNotFound: no such row":                               0, // not a reason phrase
		"Acme::Web::UNAUTHORIZED is raised":                                0, // a constant after an unknown qualifier
	} {
		h := statusConstant(line)
		if h.code != want {
			t.Errorf("statusConstant(%q) = %d, want %d", line, h.code, want)
		}
		if want != 0 && h.conf != StatusProse && !(strings.Contains(line, "::") && h.conf == StatusImplied) {
			t.Errorf("statusConstant(%q): confidence %v, want prose", line, h.conf)
		}
	}
}

// TestNpmErrorBlock: npm states the code ("E403"), then the status with the
// request it made, then points at its own log file: one exchange with that
// request, and the log path is the client's, not the server's.
func TestNpmErrorBlock(t *testing.T) {
	text := "npm ERR! code E403\nnpm ERR! 403 403 Forbidden - GET https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\nnpm ERR! 403 In most cases, you or one of your dependencies are requesting\nnpm ERR! 403 a package version that is forbidden by your security policy.\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     C:\\Users\\mara\\AppData\\Roaming\\npm-cache\\_logs\\2026-01-05T10_11_12_345Z-debug.log\n"
	x := oneExchange(t, text)
	if x.Response == nil || x.Response.Status != 403 {
		t.Fatalf("response %+v, want 403", x.Response)
	}
	if x.Request == nil || x.Request.Method != "GET" || !strings.Contains(x.Request.URL, "left-pad-1.3.0.tgz") {
		t.Errorf("request %+v, want the GET of the tarball", x.Request)
	}
	if sent := x.Response.Body.SentText(); strings.Contains(sent, "mara") || strings.Contains(sent, "complete log") {
		t.Errorf("the client's log notice counts as sent by the server:\n%s", sent)
	}
	if !strings.Contains(x.Response.Body.SentText(), "security policy") {
		t.Errorf("npm's text about the 403 was dropped from the body")
	}
}

// TestQuietSnippetIsNoResponse: a JSON snippet of the poster's own settings
// above the error their query got is not a second response.
func TestQuietSnippetIsNoResponse(t *testing.T) {
	text := "I gave the `viewer` role a row check:\n\n```\n{\"owner_id\":{\"_eq\":\"X-Hasura-User-Id\"}}\n```\n\nBut the query gives:\n\n```\n{\"errors\":[{\"extensions\":{\"path\":\"$\",\"code\":\"access-denied\"},\"message\":\"x-hasura-admin-secret/x-hasura-access-key required, but not found\"}]}\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || !strings.Contains(in.Exchanges[0].Response.Body.Text, "access-denied") {
		for _, x := range in.Exchanges {
			t.Logf("exchange body %q", x.Response.Body.Text)
		}
		t.Fatalf("%d exchanges, want only the error", len(in.Exchanges))
	}
	// two quiet bodies alone stay: the paste has nothing else to read
	in, err = Parse("```\n{\"a\":1}\n```\n\nand\n\n```\n{\"b\":2}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) == 0 {
		t.Errorf("a paste of two quiet bodies lost both")
	}
}

// TestHangingWrappedLogMessage: a console logger's message wrapped in its own
// column and padded (Python's rich) is read as one line; a word cut at the
// column's edge joins without a blank. Indented JSON is not joined.
func TestHangingWrappedLogMessage(t *testing.T) {
	in := []string{
		"ERROR    HTTPError: 403       ",
		"         Forbidden from       ",
		"         https://upload.exampl",
		"         e.org/legacy/        ",
		"         Invalid or           ",
		"         non-existent         ",
		"         authentication       ",
		"         information.",
		"next record",
	}
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	got, gn := joinHanging(in, nums)
	want := "ERROR    HTTPError: 403 Forbidden from https://upload.example.org/legacy/ Invalid or non-existent authentication information."
	if len(got) != 2 || got[0] != want || gn[0] != 1 || gn[1] != 9 {
		t.Errorf("joinHanging = %q %v, want [%q, \"next record\"] [1 9]", got, gn, want)
	}
	js := []string{"{", "    \"a\": 1,", "    \"b\": 2,", "    \"c\": 3", "}"}
	if got, _ := joinHanging(js, []int{1, 2, 3, 4, 5}); len(got) != len(js) {
		t.Errorf("indented JSON was joined: %q", got)
	}
}

// TestBareCodeUnderLabel: a status alone on its line under "Response:" or
// under the expression that printed it (a Python prompt) is read at field
// rank; a number under other text is not; a printed dict holding a
// request-only field is the request's headers.
func TestBareCodeUnderLabel(t *testing.T) {
	for _, c := range []struct {
		prev, line string
		want       int
	}{
		{"Response:", "403", 403},
		{"INFO     Response from https://upload.example.org/legacy/:", "400 User 'kim' may not upload here.", 400},
		{"Response from https://upload.example.org/legacy/:", "403 Invalid or non-existent authentication information.", 403},
		{"2025-03-02T08:15:44.1234567Z INFO     Response from https://upload.example.org/legacy/:", "400 File already exists.", 400},
		{"Notes from https://wiki.example.org/faq:", "403 items were moved.", 0},
		{"**Status code:**", "401", 401},
		{">>> r.status_code", "401", 401},
		{"print(resp.status)", "429", 429},
		{"Items in the cart:", "403", 0},
		{">>> len(items)", "403", 0},
		// a literal in the expression: its digits are the URL's, not a count
		{">>> opener.open('https://files.example.test/pkg/tool-2.4.1.tar.gz').code", "403", 403},
		{`>>> requests.get("https://api.example.test/v2/me", headers=h).status_code`, "401", 401},
		{"Response:", "999", 0},
		{"RESPONSE:", "401       Error response: {\"name\":\"PERMISSION_DENIED\"}", 401},
		{">>> r.status_code", "401 and more", 0},
		{`"statusCode":`, "403,", 403},
		{`  'status':`, "  429", 429},
		{`"retries":`, "403,", 0},
		{`PS C:\> $_.Exception.Response.StatusCode.value__`, "403", 403},
		// R's console and reprex, Jupyter's output cell
		{"status_code(p)", "# [1] 403", 403},
		{"httr::status_code(resp)", "#> [1] 401", 401},
		{"resp.status_code", "Out[7]: 429", 429},
		{"length(items)", "[1] 403", 0},
	} {
		h, ok := bareCodeUnder(c.prev, c.line)
		if c.want == 0 && ok || c.want != 0 && (h.code != c.want || h.conf != StatusField) {
			t.Errorf("bareCodeUnder(%q, %q) = %+v %v, want %d", c.prev, c.line, h, ok, c.want)
		}
	}
	text := "Posting with requests.post:\nheaders: {'Authorization': 'Token 9f8e7d6c5b4a', 'Content-type': 'application/json'}\ndata: {'full_name': 'Kim Lee', 'email': ''}\nResponse:\n403\nb'{\"detail\":\"Authentication credentials were not provided.\"}'\n"
	x := oneExchange(t, text)
	if x.Response.Status != 403 || x.Response.StatusConf != StatusField {
		t.Errorf("status %d (%v), want 403 at field rank", x.Response.Status, x.Response.StatusConf)
	}
	if x.Request == nil || x.Request.Fields.Get("authorization") == "" {
		t.Errorf("the printed dict with Authorization is not the request's: request %+v, response fields %+v", x.Request, x.Response.Fields)
	}
	if !strings.Contains(x.Response.Body.Text, "credentials were not provided") || strings.HasPrefix(x.Response.Body.Text, "b'") {
		t.Errorf("body %q: want the error, unquoted", x.Response.Body.Text)
	}
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "full_name") {
		t.Errorf("'data:' under the request's headers is not the request body: %+v", x.Request)
	}
}

// TestClientLogRequestBody: a client's debug log prints the request (with
// its body) and then the response: the first body is the request's, the
// second the response's, one exchange.
func TestClientLogRequestBody(t *testing.T) {
	text := "D, [2026-03-14T09:21:07.118342 #402] DEBUG -- request:\n  url: \"https://api.example.com/services/data/v1/contacts\"\n  method: :post\n  headers: {\"User-Agent\"=>\"Faraday v2.7.0\", \"Content-Type\"=>\"application/json\", \"Authorization\"=>\"OAuth REPLACED\"}\n  body: \"{\\\"LastName\\\":\\\"Okafor\\\"}\"\nD, [2026-03-14T09:21:07.604915 #402] DEBUG -- response:\n  status: \"401\"\n  headers: {\"date\"=>\"Tue, 14 Mar 2026 14:21:04 GMT\", \"content-type\"=>\"application/json\", \"www-authenticate\"=>\"Token\"}\n  body: \"[{\\\"message\\\":\\\"Session expired or invalid\\\",\\\"errorCode\\\":\\\"INVALID_SESSION_ID\\\"}]\"\n"
	x := oneExchange(t, text)
	if x.Response.Status != 401 || !strings.Contains(x.Response.Body.Text, "INVALID_SESSION_ID") {
		t.Errorf("response %d %q", x.Response.Status, x.Response.Body.Text)
	}
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "Okafor") {
		t.Errorf("request body: %+v", x.Request)
	}
}

// TestComposePrefixedRecords: docker compose's service prefix comes off each
// line; records of one failed request each ("… failed to authenticate
// user …") are one exchange each, while the field lines of a record of
// several lines ("[Error] Method: GET", "[Error] Type: …Exception") are one
// record.
func TestComposePrefixedRecords(t *testing.T) {
	if n := composePrefix("elasticsearch-1  | {\"a\":1}"); n != len("elasticsearch-1  | ") {
		t.Errorf("composePrefix = %d", n)
	}
	if n := composePrefix("api.1.q2w8e4r6t0yz@worker-3    | {\"a\":1}"); n != len("api.1.q2w8e4r6t0yz@worker-3    | ") {
		t.Errorf("composePrefix of docker service logs = %d", n)
	}
	for _, s := range []string{"| a | b |", "docker-compose logs vault | grep User", "x"} {
		if n := composePrefix(s); n != 0 {
			t.Errorf("composePrefix(%q) = %d, want 0", s, n)
		}
	}
	rec := "es-1  | {\"@timestamp\":\"2026-04-14T07:22:%02d.641Z\", \"log.level\": \"INFO\", \"message\":\"Authentication of [elastic] was terminated by realm [reserved] - failed to authenticate user [elastic]\"}\n"
	text := "Logs:\n```\n" + fmt.Sprintf(rec, 18) + fmt.Sprintf(rec, 51) + "```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Errorf("%d exchanges, want one per record", len(in.Exchanges))
	}
	multi := "```\napp    | [Error] Timestamp: 2026-03-15T09:41:27+00:00\napp    | [Error] Method: GET\napp    | [Error] URL: /v1/account\napp    | [Error] Type: Utopia\\Exception\napp    | [Error] Message: User (role: guest) missing scope (account)\napp    | [Error] Line: 263\n```\n"
	in, err = Parse(multi)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Errorf("a record of several lines: %d exchanges, want 1", len(in.Exchanges))
	}
	// two such blocks, each about another request, no status anywhere
	two := "```\nsvc  | [Error] Timestamp: 2025-07-01T10:00:01+00:00\nsvc  | [Error] Method: POST\nsvc  | [Error] URL: /v2/teams\nsvc  | [Error] Message: Session expired for actor (role: guest)\n" +
		"svc  | [Error] Timestamp: 2025-07-01T10:00:04+00:00\nsvc  | [Error] Method: GET\nsvc  | [Error] URL: /v2/teams/42/members\nsvc  | [Error] Message: Session expired for actor (role: guest)\n```\n"
	in, err = Parse(two)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 || in.Exchanges[1].Request == nil || in.Exchanges[1].Request.Target != "/v2/teams/42/members" {
		t.Errorf("two records of several lines: %d exchanges, want one per request", len(in.Exchanges))
	}
}

// TestReasonURLTime: NuGet's HTTP log writes each response as its reason
// enum, the URL and the time: a status at field rank.
func TestReasonURLTime(t *testing.T) {
	for line, want := range map[string]int{
		"  Created https://www.example.org/api/v2/package/ 512ms":   201,
		"  Forbidden https://www.example.org/api/v2/package/ 94ms":  403,
		"  NotFound https://api.example.org/v3/registration/x 45ms": 404,
		"  Done https://www.example.org/ 12ms":                      0,
		"  Forbidden https://www.example.org/ slowly":               0,
	} {
		h := reasonURLTime(line)
		if h.code != want || want != 0 && h.conf != StatusField {
			t.Errorf("reasonURLTime(%q) = %+v, want %d", line, h, want)
		}
	}
}

// TestContinuedCommandInGeneralPaste: a curl command continued over several
// lines with trailing backslashes gives its headers to the request.
func TestContinuedCommandInGeneralPaste(t *testing.T) {
	text := "# Steps\n- Call it from a script, same request as:\n```\ncurl -X 'GET' \\\n  'https://deploy.example.com/api/project.all' \\\n  -H 'accept: application/json' \\\n  -H 'x-api-key: k-2f9a77c1e0'\n```\n\n# Actual\n401 Unauthorized with this body:\n```\n{\n  \"message\": \"Unauthorized\"\n}\n```\n\n## Response Headers\n```\ncf-ray: 8e1f3b72c04d9a21-FRA\ncontent-length: 26\ncontent-type: application/json; charset=utf-8\nserver: cloudflare\nvary: accept-encoding\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got *Exchange
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 401 {
			got = x
		}
	}
	if got == nil || got.Request == nil || got.Request.Fields.Get("x-api-key") == "" {
		for _, x := range in.Exchanges {
			t.Logf("%s %+v %+v", x.Format, x.Request, x.Response)
		}
		t.Fatal("the continued command's header is not the 401's request")
	}
}

// TestJSONAccessLogRecord: a proxy's JSON access-log line is a record of the
// request (its status, method and path), not a body the server sent.
func TestJSONAccessLogRecord(t *testing.T) {
	text := "From the listener pod:\n```\n{\":authority\":\"example.com\",\"bytes_received\":0,\"bytes_sent\":0,\"downstream_local_address\":\"10.44.3.182:10443\",\"method\":\"GET\",\"path\":\"/.well-known/x\",\"response_code\":404,\"response_flags\":\"NR\",\"upstream_cluster\":null}\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	x := in.Exchanges[0]
	if x.Response.Status != 404 || x.Request == nil || x.Request.Method != "GET" {
		t.Errorf("status %d, request %+v", x.Response.Status, x.Request)
	}
	if strings.Contains(x.Response.Body.SentText(), "10.44.3.182") {
		t.Errorf("the access-log record counts as sent by the server: %q", x.Response.Body.SentText())
	}
}

// TestEDNHeaderMap: a Clojure client's printed response (clj-http) holds its
// headers in an EDN map, key and value separated by a blank.
func TestEDNHeaderMap(t *testing.T) {
	text := "1. Unhandled clojure.lang.ExceptionInfo\n   clj-http: status 403\n   {:request-time 163,\n    :reason-phrase \"Forbidden\",\n    :headers\n    {\"Server\" \"cloudflare\",\n     \"Content-Type\" \"text/html; charset=UTF-8\",\n     \"CF-RAY\" \"7a4f0d3e8c71e1a4-FRA\",\n     \"Cache-Control\" \"no-cache\"},\n    :status 403}\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r.Status != 403 || r.Fields.Get("server") != "cloudflare" || r.Fields.Get("cf-ray") == "" {
		t.Errorf("status %d, fields %+v", r.Status, r.Fields)
	}
	for _, l := range []string{`the header "Server" says "cloudflare"`, `["Server" "cloudflare"]`} {
		if fs, _ := lineFields(l, false); len(fs) != 0 && l[0] != '[' {
			t.Errorf("%q: %+v", l, fs)
		}
	}
}

// TestCodeThenErrorWord: "a 401 error", "403 errors", "401 Error in …", "a
// 429 response" state a status; a count ("403 users") does not.
func TestCodeThenErrorWord(t *testing.T) {
	for line, want := range map[string]int{
		"401 Error in Jira Integration - API Tokens Only Work with Local Accounts":     401,
		"I get a 403 error when pushing":                                               403,
		"Getting 401 errors since Monday":                                              401,
		"the proxy sends a 429 response after 10 calls":                                429,
		"We have 403 users in the group":                                               0,
		"I get a 401 when I call it":                                                   401,
		"getting 403 on every push":                                                    403,
		"I keep getting 401s":                                                          401,
		"we see 403s in the logs":                                                      403,
		"hit a 429 after ten calls":                                                    429,
		"I have a 401k plan":                                                           0,
		"Failed to load resource: the server responded with a status of 403 ()":        403,
		"接口返回401":                                                                      401,
		"请求报403错误":                                                                     403,
		"Fehler 401 beim Abruf":                                                        401,
		"erreur 403 lors de l'appel":                                                   403,
		"ошибка 403":                                                                   403,
		"エラー 403 が返る":                                                                  403,
		"lista de 403 elementos":                                                       0,
		"Błąd 403 - Dostęp zabroniony":                                                 403,
		"Hata 401: oturum süresi doldu":                                                401,
		"siteye girince 403 hatası alıyorum":                                           403,
		"trang web báo lỗi 403":                                                        403,
		"שגיאה 401 - נדרשת הזדהות":                                                     401,
		"خطأ 403":                                                                      403,
		"त्रुटि 401":                                                                   401,
		"hatalar 403 satırda":                                                          0,
		"the report lists 404 errorless runs":                                          0,
		`{"error":{"code":498,"message":"Invalid token","details":[]}}`:                0,
		`{"error":{"code":403,"message":"Caller lacks access"}}`:                       403,
		`{"error":"Forbidden","errorCode":403,"errorDescription":"no rights"}`:         403,
		`{"errorCode":40317,"errorMessage":"quota"}`:                                   0,
		`E/UploadTask(4412):  Code: -13040 HttpResult: 401`:                            401,
		"Error: request failed, expected statusCode 201 from the upload, but got: 429": 429,
		"assertion failed: expected status: 200, got: 403":                             403,
		"check failed: wanted status 204":                                              0,
		"logged-out visitors just get its 404 page, nothing else":                      404,
		"The 401 comes back for both accounts.":                                        401,
		"404 page not found":                                                           0,
		"see page 403 of the manual":                                                   0,
		"14:02:07.311 request_id=F8x2 [info] Sent 403 in 1ms":                          403,
		"[info] Sent 401 in 412µs":                                                     401,
		"Api.Endpoint: Completed 401 in 3ms (db 0.2ms)":                                401,
		"we sent 500 in 2s bursts":                                                     0,
		"[info] Sent 200 invoices in 3s":                                               0,
	} {
		h, _ := lineStatus(line)
		if h.code != want {
			t.Errorf("lineStatus(%q) = %d, want %d", line, h.code, want)
		}
	}
}

// TestNginxBasicAuthLog: nginx's error-log messages about a refused Basic
// login imply a 401.
func TestNginxBasicAuthLog(t *testing.T) {
	for line, want := range map[string]int{
		`2026/04/09 14:03:51 [error] 1184#1184: *3371 user "admin1" was not found in "/etc/nginx/.htpasswd", client: 203.0.113.58`: 401,
		`2026/04/09 14:41:12 [error] 1184#1184: *4519 user "webops": password mismatch, client: 203.0.113.58`:                      401,
		`the user "ana" was not happy with it`: 0,
	} {
		if h := statusTemplate(line, ascii.Lower(line)); h.code != want {
			t.Errorf("statusTemplate(%q) = %d, want %d", line, h.code, want)
		}
	}
}

// TestShellCutAndWgetOptions: an unquoted "&" ends the command in a shell,
// so the URL sent stops there; a quoted one is part of the URL. wget's
// options that take an argument do not give their argument as the URL.
func TestShellCutAndWgetOptions(t *testing.T) {
	c := parseCommandLine("wget -O out.tar https://b.example.com/f.tar?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=0f1e&Expires=1")
	if c == nil || c.url != "https://b.example.com/f.tar?X-Amz-Algorithm=AWS4-HMAC-SHA256" || strings.Join(c.shellCut, ",") != "X-Amz-Signature,Expires" {
		t.Errorf("unquoted: %+v", c)
	}
	c = parseCommandLine(`curl -s "https://b.example.com/f.tar?a=1&X-Amz-Signature=0f1e"`)
	if c == nil || !strings.Contains(c.url, "X-Amz-Signature") || len(c.shellCut) != 0 {
		t.Errorf("quoted: %+v", c)
	}
	c = parseCommandLine(`C:\Users\dev\models>wget https://dl.example.net/m.bin?Policy=e30&Signature=Zm9v&Key-Pair-Id=K2`)
	if c == nil || c.tool != "wget" || strings.Join(c.shellCut, ",") != "Signature,Key-Pair-Id" {
		t.Errorf("cmd.exe prompt: %+v", c)
	}
	c = parseCommandLine("wget -U agent/1.0 -O page.html https://www.example.org/")
	if c == nil || c.url != "https://www.example.org/" {
		t.Errorf("wget options: %+v", c)
	}
}

// TestElidedDumpIsNotWhole: a dump with "<snip>" or "..." in it was cut, so
// its header block is not known to be whole (nothing may be said missing).
func TestElidedDumpIsNotWhole(t *testing.T) {
	whole := "Calling it gives:\nstatus: 401\nheaders: {\n  \"Content-Type\": \"application/json\",\n  \"Server\": \"nginx\"\n}\n"
	cut := "Calling it gives:\nstatus: 401\nheaders: {\n  \"Content-Type\": \"application/json\",\n  <snip>\n  \"Server\": \"nginx\"\n}\n"
	for text, want := range map[string]bool{whole: true, cut: false} {
		in, err := Parse(text)
		if err != nil || len(in.Exchanges) != 1 {
			t.Fatalf("%v %d", err, len(in.Exchanges))
		}
		if got := in.Exchanges[0].Response.HeadersComplete; got != want {
			t.Errorf("%q: headers complete %v, want %v", text, got, want)
		}
	}
	for _, l := range []string{"<snip>", "[...]", "  ...  ", "(truncated)", "…"} {
		if !elisionLine(l) {
			t.Errorf("elisionLine(%q) = false", l)
		}
	}
	if elisionLine("See more") || elisionLine("cut the cord") {
		t.Error("prose taken for an elision")
	}
}

// TestWgetWithoutHeaders: wget without -S prints the status on its "awaiting
// response" line; the response has that status, and its headers were not
// shown, so nothing may be reported missing from them.
func TestWgetWithoutHeaders(t *testing.T) {
	text := "$ wget https://mirrors.example.org/ubuntu/noble.img\n--2026-11-26 09:14:37--  https://mirrors.example.org/ubuntu/noble.img\nResolving mirrors.example.org (mirrors.example.org)... 198.51.100.110\nConnecting to mirrors.example.org (mirrors.example.org)|198.51.100.110|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2026-11-26 09:14:37 ERROR 403: Forbidden.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	x := in.Exchanges[0]
	if x.Response.Status != 403 || x.Response.HeadersComplete || x.Request == nil || !strings.Contains(x.Request.URL, "noble.img") {
		t.Errorf("status %d, complete %v, request %+v", x.Response.Status, x.Response.HeadersComplete, x.Request)
	}
}

// TestReasonPhraseNotations: a status named by its reason phrase alone is
// stated when the phrase is a thrown error's message with its place in the
// code, and only implied when it is a page's or body's whole text (no number
// shown: a server's words need not match the status it sent — an API answers
// 401 with the body "Forbidden") or prose uses it to describe an error ("an
// unauthorized error").
func TestReasonPhraseNotations(t *testing.T) {
	for line, want := range map[string]statusHit{
		"Request-URI Too Long": {code: 414, conf: StatusImplied},
		"URI Too Long":         {code: 414, conf: StatusImplied},
		"Uncaught (in promise) Error: Forbidden at app.bundle.js:88": {code: 403, conf: StatusProse},
		"Error: Unauthorized at Object.load (store.ts:31)":           {code: 401, conf: StatusProse},
		"Error: Forbidden":     {},
		"HttpError: Forbidden": {code: 403, conf: StatusImplied},
		"E1204 10:22:31.118203 1 controller.go:88] error syncing 'ops/web': Unauthorized":         {code: 401, conf: StatusImplied},
		"2024-12-04 10:22:31 ERROR [worker] got status Forbidden from https://api.example.com/v1": {code: 403, conf: StatusProse},
		`Get "https://proxy.example/mod/@v/list": Proxy Authentication Required`:                  {code: 407, conf: StatusProse},
		`Post "http://10.0.0.9:8080/api": Too Many Requests`:                                      {code: 429, conf: StatusProse},
		`Get "https://h.example/x": EOF`:                                                          {},
		"the sync stops with an unauthorized error every night":                                   {code: 401, conf: StatusImplied},
		"it shows a forbidden response for the admin page":                                        {code: 403, conf: StatusImplied},
		// .NET clients name the HttpStatusCode; Alamofire states it after a colon
		"Error occurred while running the function: Request failed with status code Unauthorized":            {code: 401, conf: StatusProse},
		"Microsoft.Rest.HttpOperationException: 'Operation returned an invalid status code 'Forbidden''":     {code: 403, conf: StatusProse},
		`FAILURE: Error Domain=com.alamofire.error Code=-6003 "Response status code was unacceptable: 401."`: {code: 401, conf: StatusProse},
		// the *arr apps print the HttpStatusCode after its number, joined by a dot
		"25-03-02 10:11:12.4|Warn|HttpClient|HTTP Error - Res: [GET] https://idx.example.net/api?t=caps 401.Unauthorized": {code: 401, conf: StatusProse},
		"… [POST] https://idx.example.net/api/v2/search 429.TooManyRequests (812 ms)":                                     {code: 429, conf: StatusProse},
		"see section 401.Introduction": {},
		// a framework's minimal error page, copied as text
		"403 | Invalid signature.": {code: 403, conf: StatusProse},
		"403":                      {code: 403, conf: StatusImplied},
		"42":                       {},
		"1500":                     {},
		// npm's older log; Hikvision ISAPI's XML status element
		"npm ERR! publish Failed PUT 403": {code: 403, conf: StatusProse},
		"<statusValue>401</statusValue>":  {code: 401, conf: StatusField},
		// what a person wishes the server sent is not what it sent
		"It should rather say the token expired (and come with a 403, like a bad token does).": {},
		"I would expect a 401 here, not an empty page":                                         {},
		"the endpoint should be open, but it returns 403 for every client":                     {code: 403, conf: StatusProse},
		// the verb a wish holds is the wish's, not an outcome; a verb after
		// a code or a comma is the outcome's
		"anonymous callers of the export route should get a 401 (and never a 302)": {},
		"the proxy should have returned 407 for this":                              {},
		"wanted 204, got 403 from the gateway":                                     {code: 403, conf: StatusProse},
		"it should return 204 but returns 401 on every second call":                {code: 401, conf: StatusProse},
		// a code as the subject of a wish after it
		"Replying 410 Gone here would be clearer to the mirror.":         {},
		"Perhaps `423 Locked` should be the answer for frozen projects?": {},
		"The hook gets 403 Forbidden should the token lack repo scope":   {code: 403, conf: StatusProse},
		"403 Forbidden: should you need access, ask an owner":            {code: 403, conf: StatusProse},
		// a code asked for, or given as an example of others
		"Wouldn't a plain error status (401, say) be more useful to clients?":          {},
		"Könnt ihr bitte HTTP 401 als Statuscode liefern?":                             {},
		"if the upstream replies with e.g. 429, the SDK backs off and retries":         {},
		"For example, GET /v1/items returns 403 Forbidden for the viewer role as well": {code: 403, conf: StatusProse},
	} {
		h, _ := lineStatus(line)
		if h.code != want.code || h.conf != want.conf {
			t.Errorf("lineStatus(%q) = %d (%v), want %d (%v)", line, h.code, h.conf, want.code, want.conf)
		}
	}
}

// TestFencedHeaderSection: a header section under a heading, in a code block
// the paste closes, was seen whole; the same section left open at the end of
// the paste, or a traced dump fenced before its end-of-headers mark, was not.
func TestFencedHeaderSection(t *testing.T) {
	const head = "The call answers 401 Unauthorized.\n\n## Response Headers\n```\ncontent-type: application/json\ndate: Tue, 03 Jun 2025 08:00:00 GMT\nserver: envoy\n"
	trace := "```\n10:01:02.000001 http.c:623 <= Recv header: HTTP/2 401\n10:01:02.000002 http.c:623 <= Recv header: date: Tue, 03 Jun 2025 08:00:00 GMT\n10:01:02.000003 http.c:623 <= Recv header: content-type: application/json\n```\n"
	for text, want := range map[string]bool{head + "```\n": true, head + "```\nThe body is empty.\n": true, head: false, trace: false} {
		in, err := Parse(text)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
			t.Fatalf("%q: %v %+v", text, err, in)
		}
		if got := in.Exchanges[0].Response.HeadersComplete; got != want {
			t.Errorf("%q: headers complete %v, want %v", text, got, want)
		}
	}
}

// TestPrefixedJSONRecord: a JSON log record behind a bracketed source
// prefix (kubectl logs --prefix, stern) is a log record.
func TestPrefixedJSONRecord(t *testing.T) {
	if !recordLine(`[pod/api-5d8f9 api] {"level":"warn","msg":"token rejected","client":"10.1.2.3"}`) {
		t.Error("a prefixed JSON record not taken for a log record")
	}
	if recordLine(`[x] {"a": 1}`) {
		t.Error("a short bracketed object taken for a log record")
	}
}

// TestMessageNamingItsStatus: a body's message member that opens with the
// status and its reason is the template's text, which implies the status;
// a sentence that reports a status keeps the prose rank.
func TestMessageNamingItsStatus(t *testing.T) {
	for line, want := range map[string]StatusConfidence{
		`  "message": "403: Forbidden",`:                                            StatusImplied,
		`"error": "429 Too Many Requests"`:                                          StatusImplied,
		`  "message": "Client error: GET /x resulted in a 403 Forbidden response",`: StatusProse,
		`Request failed: "403: Forbidden"`:                                          StatusProse,
	} {
		h, ok := lineStatus(strings.TrimSpace(line))
		if !ok {
			t.Fatalf("no status in %q", line)
		}
		if got := templated(h, strings.TrimSpace(line)).conf; got != want {
			t.Errorf("%q: %v, want %v", line, got, want)
		}
	}
	in, err := Parse("Every lookup comes back with\n`{\n    \"message\": \"403: Forbidden\",\n    \"code\": 50013\n}`\n")
	if err != nil {
		t.Fatal(err)
	}
	if r := in.Exchanges[0].Response; r.Status != 403 || r.StatusConf != StatusImplied {
		t.Errorf("status %d (%v), want 403 implied", r.Status, r.StatusConf)
	}
}

// TestStatusConstantInCode: a status constant passed to a call in source
// code is what the code asks for, not a response's status.
func TestStatusConstantInCode(t *testing.T) {
	for line, want := range map[string]int{
		`    .AllowHttpStatus(HttpStatusCode.Conflict)`:               0,
		`return ResponseEntity.status(HttpStatus.FORBIDDEN).build();`: 403,
		`assertEquals(200, HttpStatus.UNAUTHORIZED, code)`:            0,
		`Got: HttpStatus.FORBIDDEN`:                                   403,
		`status was StatusCode::UNAUTHORIZED (expected OK)`:           401,
	} {
		if h := statusConstant(line); h.code != want {
			t.Errorf("statusConstant(%q) = %d, want %d", line, h.code, want)
		}
	}
}

func TestRunLine(t *testing.T) {
	for line, want := range map[string]bool{
		"$ kubectl get pods": true, "% ./build.sh --fast": true, `PS C:\src> Invoke-RestMethod -Uri https://a.example`: true,
		"./gcli tx send a b": true, "$ 5 per month": false, "./README.md": false, "the $ sign": false,
		`PS C:\> $Error[0].Exception.Response.StatusCode`: false, `PS /home/dev> $_.ErrorDetails.Message`: false,
	} {
		if got := runLine(line); got != want {
			t.Errorf("runLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestRequestBodyAfterSummaryStatus: an error object whose first line states
// the status ("Request failed with status code 403") and whose config part
// then prints what the client posted (`config: { data: '{…}' }`): that body
// is the request's, and the response's own data further down is the body.
func TestRequestBodyAfterSummaryStatus(t *testing.T) {
	text := "[AxiosError: Request failed with status code 403] {\n  message: 'Request failed with status code 403',\n  name: 'AxiosError',\n  config: {\n    url: '/api/things',\n    method: 'post',\n    withCredentials: true,\n    data: '{\"title\":\"draft\"}'\n  },\n  response: {\n    data: { detail: 'Permission check failed here.' },\n    status: 403,\n    statusText: 'Forbidden'\n  }\n}\n"
	x := oneExchange(t, text)
	if x.Response == nil || x.Response.Status != 403 || strings.Contains(x.Response.Body.Text, "draft") {
		t.Errorf("response %+v", x.Response)
	}
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "draft") {
		t.Errorf("request body: %+v", x.Request)
	}
}

// TestREPLSession: a Python session that calls a client, then prints the
// response's status, headers and text. The call names the request (method
// and URL); the dict under ">>> r.headers" is the response's headers even
// after the call's own headers= put the reader on the request's side; the
// body's "documentation_url" is a link, not the request.
func TestREPLSession(t *testing.T) {
	text := ">>> r = requests.get(\"https://api.example.com/v1/items\", headers={\"Authorization\": f\"Bearer {tok}\"})\n>>> r.status_code\n403\n>>> r.headers\n{'Date': 'Thu, 04 Dec 2026 10:11:12 GMT', 'Content-Type': 'application/json', 'X-Accepted-OAuth-Scopes': 'repo'}\n>>> r.text\n'{\"message\":\"Nope\",\"documentation_url\":\"https://docs.example.com/rest/items\"}'\n"
	x := oneExchange(t, text)
	if x.Request == nil || x.Request.Method != "GET" || x.Request.URL != "https://api.example.com/v1/items" {
		t.Errorf("request %+v", x.Request)
	}
	if x.Response == nil || x.Response.Status != 403 || strings.Join(names(x.Response.Fields), ",") != "Date,Content-Type,X-Accepted-OAuth-Scopes" {
		t.Errorf("response %+v", x.Response)
	}
	for _, c := range []struct {
		line string
		side byte
	}{{">>> r.headers", 's'}, {"print(resp.headers)", 's'}, {"irb> res.request.headers", 'q'}, {"Response Headers", 0}, {"the headers", 0}} {
		if got := headersExpr(ascii.Lower(c.line)); got != c.side {
			t.Errorf("headersExpr(%q) = %q, want %q", c.line, got, c.side)
		}
	}
}

// TestGcloudLogHTTPBodies: gcloud --log-http frames each body with
// "== body start ==" / "-- body start --": the request's is what the client
// sent, the response's the answer, one exchange.
func TestGcloudLogHTTPBodies(t *testing.T) {
	text := "==== request start ====\nuri: https://api.example.com/v1/things:get?alt=json\nmethod: POST\n== headers start ==\nb'content-type': b'application/json'\n== headers end ==\n== body start ==\n{\"options\": {\"version\": 3}}\n== body end ==\n==== request end ====\n---- response start ----\nstatus: 403\n-- headers start --\nContent-Type: application/json\n-- headers end --\n-- body start --\n{\"error\": {\"code\": 403, \"status\": \"PERMISSION_DENIED\"}}\n-- body end --\n---- response end ----\n"
	x := oneExchange(t, text)
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "version") {
		t.Errorf("request %+v", x.Request)
	}
	if x.Response == nil || x.Response.Status != 403 || !strings.Contains(x.Response.Body.Text, "PERMISSION_DENIED") {
		t.Errorf("response %+v", x.Response)
	}
}

// TestRestatedInTrace: WebClient's exception, then Reactor's checkpoint that
// names the same status, method and URL further down the trace, then the
// body: one exchange. A second request to another target is another.
func TestRestatedInTrace(t *testing.T) {
	text := "org.springframework.web.reactive.function.client.WebClientResponseException$Forbidden: 403 Forbidden from GET https://api.example.com/v1/users\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:236)\n\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: \nError has been observed at the following site(s):\n\t*__checkpoint ⇢ 403 FORBIDDEN from GET https://api.example.com/v1/users [DefaultWebClient]\nOriginal Stack Trace:\nResponse body: {\"error\":{\"code\":\"Authorization_RequestDenied\"}}\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 || !strings.Contains(in.Exchanges[0].Response.Body.Text, "RequestDenied") {
		t.Fatalf("%d exchanges: %+v", len(in.Exchanges), in.Exchanges[0].Response)
	}
}

// TestNodeCircularRef: Node prints a circular object as "<ref *1> Response
// {": a printed object under the response key, not markup, so its status
// and headers belong to the one exchange.
func TestNodeCircularRef(t *testing.T) {
	text := "Error: Unauthorized\n    at Request.callback (/app/node_modules/superagent/lib/node/index.js:857:15) {\n  status: 401,\n  text: '{\"error\":\"Unauthorized\",\"message\":\"jwt expired\"}',\n  method: 'GET',\n  path: '/api/me',\n  response: <ref *1> Response {\n    statusCode: 401,\n    header: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }\n  }\n}\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	if r := in.Exchanges[0].Response; r == nil || r.Status != 401 || r.Fields.Get("WWW-Authenticate") == "" {
		t.Errorf("response %+v", r)
	}
	if !printedObject("<ref *1> Response {") || looksMarkup("<ref *1> Response {") {
		t.Errorf("<ref *1> is no tag")
	}
}

// TestStatusLineReasonInMessage: HTTP/2 has no reason phrase, and a status
// line quoted inside a sentence runs on into it: the words after the code
// are no reason unless they are the code's own phrase.
func TestStatusLineReasonInMessage(t *testing.T) {
	for line, want := range map[string]string{
		`ClientException: HTTP/2 403 returned for "https://h.example/x".`: "",
		"HTTP/2.0 403 Forbidden":                       "Forbidden",
		"HTTP/1.1 403 Request blocked by policy":       "Request blocked by policy",
		"the server sent HTTP/1.1 401 and then closed": "",
	} {
		h, ok := lineStatus(line)
		if !ok || h.reason != want {
			t.Errorf("lineStatus(%q): reason %q, want %q", line, h.reason, want)
		}
	}
}

// TestCodeUnderRequestLine: Postman's console prints the request line, then
// the status alone, then the time; a code under prose stays no status.
func TestCodeUnderRequestLine(t *testing.T) {
	in, err := Parse("GET https://api.example.com/v3/contacts?limit=10\n403\n312 ms\nResponse Body\n{\"error\":\"nope\"}\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 || in.Exchanges[0].Response.StatusConf != StatusField {
		t.Fatalf("%v %+v", err, in)
	}
	if h, ok := bareCodeUnder("we called it twice", "403"); ok {
		t.Errorf("a code under prose: %+v", h)
	}
}

// TestIdentityProviderCodeText: an identity provider's error page copied as
// text, naming its error code but none of the usual refusal words, is read
// as a response body, not refused as holding no HTTP exchange.
func TestIdentityProviderCodeText(t *testing.T) {
	in, err := Parse("AADSTS65001: The user or administrator has not consented to use the application with ID '0f1e2d3c-aaaa-bbbb-cccc-111122223333' named 'Ledger Sync'. Send an interactive authorization request for this user and resource.\n")
	if err != nil || in == nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("err %v, input %+v", err, in)
	}
	if _, err := Parse("The committee has not yet reached consensus on the schedule.\n"); err == nil {
		t.Errorf("a sentence without an error code read as an exchange")
	}
}

// TestEscapedStatusKey: a JSON body quoted inside a log record escapes its
// quotes, so its status key is followed by a backslash before the colon.
func TestEscapedStatusKey(t *testing.T) {
	for line, want := range map[string]int{
		`level=error msg="call failed" body="{\"status\":401,\"error\":\"Unauthorized\"}"`: 401,
		`resp="{\"statusCode\": \"403\", \"message\": \"denied\"}"`:                        403,
		`{"status":403}`: 403,
	} {
		h, _ := lineStatus(line)
		if h.code != want {
			t.Errorf("lineStatus(%q) = %d, want %d", line, h.code, want)
		}
	}
}

// TestLocalizedBlockPageIsRead: a block page or error message with no
// English word in it is still text worth reading as an error body.
func TestLocalizedBlockPageIsRead(t *testing.T) {
	for _, text := range []string{"アクセスがブロックされました", "请求已被拦截", "Zugriff verweigert", "Доступ запрещен", "Erişim reddedildi", "Anmeldung fehlgeschlagen", "Ошибка аутентификации", "Falha na autenticação"} {
		if !errorish([]gline{{text: text}}) {
			t.Errorf("errorish(%q) = false", text)
		}
	}
	if errorish([]gline{{text: "Guten Morgen, wie geht es?"}}) {
		t.Error("a greeting is not an error")
	}
}

// TestLocalizedStatusLabels: a status under its label in another language,
// capitalised or written against Latin letters, is a status.
func TestLocalizedStatusLabels(t *testing.T) {
	for _, line := range []string{"ステータスコード: 401", "状態コード：401", "Código de estado: 401", "Code d’état : 401", "Код ответа: 401",
		"Mã trạng thái: 401", "Durum kodu: 401", "Kod statusu: 401", "Codice di stato: 401", "Статус: 401", "HTTP状态码：401"} {
		if h, _ := lineStatus(line); h.code != 401 {
			t.Errorf("lineStatus(%q) = %d, want 401", line, h.code)
		}
	}
	if h, _ := lineStatus("Штрихкод 401"); h.code != 0 {
		t.Errorf("a word ending in a cue is not the cue: %d", h.code)
	}
}

// TestLocalizedProseStatus: a status a person says they keep getting, in
// the languages chats come in.
func TestLocalizedProseStatus(t *testing.T) {
	for _, line := range []string{"sigo recibiendo un 401 al llamar al endpoint", "Ребята, опять 401 на /api/admin",
		"Ich bekomme einen 401 vom Gateway", "je reçois une 401 sur /login", "ricevo un 401 dal server"} {
		if h, _ := lineStatus(line); h.code != 401 {
			t.Errorf("lineStatus(%q) = %d, want 401", line, h.code)
		}
	}
}

// oneExchange parses text and returns its only exchange, failing the test
// when there is not exactly one.
func oneExchange(t *testing.T, text string) *Exchange {
	t.Helper()
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	return in.Exchanges[0]
}

// TestErrorCodeInsideSuccessBody: a person says the call returned 200 and
// pastes the body, whose own code is 401: one exchange, the 200 with that
// body (the status misused), not a 200 and then a second response.
func TestErrorCodeInsideSuccessBody(t *testing.T) {
	x := oneExchange(t, "The API returns HTTP 200 but the body is:\n{\"success\":false,\"code\":401,\"msg\":\"token expired\",\"data\":null}\n")
	if x.Response == nil || x.Response.Status != 200 || !strings.Contains(x.Response.Body.Text, `"code":401`) {
		t.Fatalf("response = %+v, want the 200 with the body", x.Response)
	}
}

// TestMsgKeyAloneIsNotALogRecord: {"code":…,"msg":…} is an API's error
// body (the shape of many APIs); "msg" makes a log record only beside a
// logger's other keys.
func TestMsgKeyAloneIsNotALogRecord(t *testing.T) {
	if isLogRecord(`{"code":401,"msg":"token expired","data":null}`) {
		t.Error("an error body with msg read as a log record")
	}
	if !isLogRecord(`{"ts":1712040000.1,"caller":"api/auth.go:52","msg":"refused"}`) {
		t.Error("a zap record not read as a log record")
	}
	x := oneExchange(t, `{"code":401,"msg":"token expired","data":null}`+"\n")
	if x.Response == nil || x.Response.Body.Text == "" || !strings.HasPrefix(x.Response.Body.Text, "{") {
		t.Fatalf("response = %+v, want the JSON as the body", x.Response)
	}
}

// TestSuccessNamedInProse: a 2xx a person says came back, before "but",
// "back", "instead"…, is a status; a count of things is not.
func TestSuccessNamedInProse(t *testing.T) {
	for _, line := range []string{"fetch resolves with 200 but res.json() fails", "I get a 200 back with the login page",
		"it returns 200 instead of 401", "the gateway responds with a 204 even though the token is gone"} {
		if h, _ := lineStatus(line); h.code < 200 || h.code > 299 {
			t.Errorf("lineStatus(%q) = %d, want the 2xx", line, h.code)
		}
	}
	for _, line := range []string{"we got 200 items back", "took 200 ms but nothing happened", "the 200 rows but"} {
		if h, _ := lineStatus(line); h.code != 0 {
			t.Errorf("lineStatus(%q) = %d, want none", line, h.code)
		}
	}
}

// TestFrontEndRelativeCall: front-end code calls its own API with a
// relative path; a route definition is not a request.
func TestFrontEndRelativeCall(t *testing.T) {
	for line, want := range map[string]string{"fetch('/api/items') fails with 401": "/api/items",
		"axios.get('/api/items') fails with 401": "/api/items", "this.http.get('/api/me') gives 403": "/api/me"} {
		x := oneExchange(t, line+"\n")
		if x.Request == nil || !strings.Contains(x.Request.URL+x.Request.Target, want) {
			t.Errorf("%q: request %+v, want %s", line, x.Request, want)
		}
	}
	x := oneExchange(t, "app.get('/api/items', auth, handler) returns 401\n")
	if x.Request != nil {
		t.Errorf("a route definition read as a request: %+v", x.Request)
	}
}

// TestCodeAboveItsReason: a framework's page copied as text puts the code
// on one line and its reason on the next ("403" / "Forbidden"; Next.js's
// "404" / "This page could not be found."), or between bars ("403 |
// Forbidden", Laravel's error view).
func TestCodeAboveItsReason(t *testing.T) {
	for text, want := range map[string]int{"403\nForbidden\n": 403, "404\nThis page could not be found.\n": 404,
		"after deploy every page shows\n\n403 | Forbidden\n": 403, "500\nInternal Server Error\n": 500} {
		x := oneExchange(t, text)
		if x.Response == nil || x.Response.Status != want {
			t.Errorf("%q: response %+v, want %d", text, x.Response, want)
		}
	}
	if h, _ := pageTitleCode("404", "items were imported"); h.code != 0 {
		t.Errorf("a count above a sentence read as a page title: %d", h.code)
	}
}

// TestBodyBetweenRequestAndStatus: a flow printed request line, headers,
// the posted body, then the status, its headers and the answer (mitmproxy's
// flow list, a proxy's log) is one exchange; the first body is the
// request's, not a response of its own.
func TestBodyBetweenRequestAndStatus(t *testing.T) {
	x := oneExchange(t, "198.51.100.20:50112: POST https://api.example.org/graphql\n    content-type: application/json\n    authorization: Bearer REDACTED\n    {\"query\":\"{ viewer { login } }\"}\n << 200 OK 98b\n    content-type: application/json\n    {\"data\":null,\"errors\":[{\"message\":\"Bad credentials\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}\n")
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "viewer") {
		t.Errorf("request body: %+v", x.Request)
	}
	if x.Response == nil || x.Response.Status != 200 || !strings.Contains(x.Response.Body.Text, "UNAUTHENTICATED") {
		t.Errorf("response: %+v", x.Response)
	}
	// two calls, each a status and a body, stay two
	in, err := Parse("POST /a\n{\"q\":1}\nstatus: 200\n{\"ok\":true}\nPOST /b\nstatus: 403\n{\"error\":\"forbidden\"}\n")
	if err != nil || len(in.Exchanges) != 2 {
		t.Errorf("two calls: %v, %d exchanges", err, len(in.Exchanges))
	}
}

// TestMarkdownTableStatusColumn: a table whose header names a status
// column is one call per row; the row's bare status cell is its status.
func TestMarkdownTableStatusColumn(t *testing.T) {
	in, err := Parse("| Endpoint | Method | Status | Response |\n|---|---|---|---|\n| /api/users | GET | 200 | OK |\n| /api/admin/users | GET | 403 | {\"detail\":\"You do not have permission to perform this action.\"} |\n| /api/admin/stats | GET | 401 | {\"detail\":\"Authentication credentials were not provided.\"} |\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, x := range in.Exchanges {
		if x.Response != nil {
			got = append(got, x.Response.Status)
		}
	}
	if !slices.Equal(got, []int{200, 403, 401}) {
		t.Errorf("statuses %v, want [200 403 401]", got)
	}
	if x := in.Exchanges[1]; x.Request == nil || !strings.Contains(x.Request.URL+x.Request.Target, "/api/admin/users") {
		t.Errorf("row 2 request: %+v", x.Request)
	}
	// a table without a status column is left alone
	if cells, _ := mdCells("| Name | Value |"); len(cells) != 2 {
		t.Errorf("cells %q", cells)
	}
}

// TestServerAnswersCueIntl: "el servidor responde 429", "antwortet mit 401",
// Russian's "with the code" ("отвечает кодом 204", "падает с кодом 403").
func TestServerAnswersCueIntl(t *testing.T) {
	wantLineStatus(t, map[string]int{"al hacer login el servidor responde 429 \"Demasiadas solicitudes\"": 429,
		"der Server antwortet mit 401": 401, "le serveur répond 403": 403,
		"на пустой список API отвечает кодом 204, а клиент бросает исключение": 204, "выгрузка падает с кодом 403": 403,
		// a response named after the status: Korean, Japanese, Chinese
		"로그인 요청에서 401 응답을 받습니다": 401, "アップロードで403レスポンスが返ります": 403, "上传接口一直是403响应": 403})
}

// wantLineStatus fails the test for each line whose status, as lineStatus
// reads it, is not the one given (0: none).
func wantLineStatus(t *testing.T, lines map[string]int) {
	t.Helper()
	for line, want := range lines {
		if h, _ := lineStatus(line); h.code != want {
			t.Errorf("lineStatus(%q) = %d, want %d", line, h.code, want)
		}
	}
}

// TestOAuthTokenErrorImpliesStatus: a token endpoint's error body alone
// implies its status (RFC 6749 §5.2), as a template, never over a stated one.
func TestOAuthTokenErrorImpliesStatus(t *testing.T) {
	for body, want := range map[string]int{`{"error":"invalid_grant","error_description":"code expired"}`: 400,
		`{"error":"invalid_client","error_description":"Client authentication failed"}`: 401} {
		x := oneExchange(t, body+"\n")
		if x.Response == nil || x.Response.Status != want || x.Response.StatusConf != StatusImplied {
			t.Errorf("%s: %+v, want %d implied", body, x.Response, want)
		}
	}
	x := oneExchange(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_client\"}\n")
	if x.Response == nil || x.Response.Status != 400 {
		t.Errorf("the stated 400 lost to the template: %+v", x.Response)
	}
}

// CLI and SDK error outputs whose status is stated in a notation of their
// own, and shell sessions that inspect one error more than once (issue #9).
// Every value is invented.
func TestCLIErrorNotations(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		statuses []int
	}{
		{"a process's exit status is no HTTP status", "ERROR: Error cloning remote repo 'origin'\nhudson.plugins.git.GitException: Command \"git fetch --tags -- https://git.example.com/acme/web.git\" returned status code 128:\nstdout: \nstderr: fatal: could not read Username for 'https://git.example.com': No such device or address\n", []int{0}},
		{"Gradle's failed resource and the build's summary of it are one response",
			"Failed to get resource: HEAD. [HTTP HTTP/1.1 403 Forbidden: https://repo.example.com/libs-release/org/acme/bom/2.3.1/bom-2.3.1.jar]\n[...]\n:storage:compileJava FAILED\n\n* What went wrong:\nCould not resolve all dependencies for configuration ':storage:compileClasspath'.\n> Could not determine artifacts for org.acme:bom:2.3.1\n   > Could not get resource 'https://repo.example.com/libs-release/org/acme/bom/2.3.1/bom-2.3.1.jar'.\n      > Could not HEAD 'https://repo.example.com/libs-release/org/acme/bom/2.3.1/bom-2.3.1.jar'. Received status code 403 from server: Forbidden\n", []int{403}},
		{"pnpm's reason then the code", " ERR_PNPM_FETCH_401  GET https://npm.example.com/@acme%2Fhooks: Unauthorized - 401\n\nNo authorization header was set for the request.\n", []int{401}},
		{"a registry's UNAUTHORIZED code implies 401", "Error: fetching manifest registry.example.com/team/app:latest: GET https://registry.example.com/v2/team/app/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:team/app Type:repository]]\n", []int{401}},
		{"an error chain ending in the server's own reason phrase", "==> proxmox-iso.base: Error creating VM: error creating VM: 403 Permission check failed, error status: {\"data\":null}\n", []int{403}},
		{"PowerShell: printing $Error after the failed call runs nothing new",
			"PS C:\\> Invoke-RestMethod -Uri https://api.example.com/v2/reports -Headers $h\nInvoke-RestMethod : {\"error\":\"invalid_token\"}\nAt line:1 char:1\nPS C:\\> $Error[0].Exception.Response.StatusCode\nUnauthorized\nPS C:\\> $Error[0].Exception.Response.StatusCode.value__\n401\n", []int{401}},
		{"PowerShell's Format-List of one error names its method twice",
			"Exception             : Microsoft.PowerShell.Commands.HttpResponseException: Response status code does not indicate success: 401 (Unauthorized).\n" +
				"TargetObject          : Method: GET, RequestUri: 'https://intranet.example.com/api/health', Version: 1.1, Content: <null>, Headers:\n" +
				"CategoryInfo          : InvalidOperation: (Method: GET, Reque…ept-Encoding: br\n" +
				"ErrorRecord           : Response status code does not indicate success: 401 (Unauthorized).\n", []int{401}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := responseStatuses(in); !equalInts(got, c.statuses) {
				t.Fatalf("statuses %v, want %v", got, c.statuses)
			}
		})
	}
}

// TestResponseSuccessAndErrorCodeKey: "Response 200 from POST /x" states a
// success; an error body's "error_code" holding an HTTP code implies it.
func TestResponseSuccessAndErrorCodeKey(t *testing.T) {
	if h, _ := lineStatus("Response 200 from POST /graphql:"); h.code != 200 {
		t.Errorf("Response 200 from: %d", h.code)
	}
	if h, _ := lineStatus("response 200 items"); h.code != 0 {
		t.Errorf("a count read as a status: %d", h.code)
	}
	x := oneExchange(t, `{"ok":false,"error_code":401,"description":"Unauthorized"}`+"\n")
	if x.Response == nil || x.Response.Status != 401 {
		t.Errorf("error_code 401: %+v", x.Response)
	}
	if h, _ := lineStatus(`{"error":{"message":"Invalid OAuth access token.","code":190,"error_code":463}}`); h.code != 0 {
		t.Errorf("an application's own error code read as a status: %d", h.code)
	}
}

// TestFailureLabelledBodies: "call failed: {…}" on each of several lines
// is one error body each, so one failed call each.
func TestFailureLabelledBodies(t *testing.T) {
	in, err := Parse("2024-04-05 10:00:01 WARN  api-client - call failed: {\"error\":\"unauthorized\",\"message\":\"Missing API key\"}\n" +
		"2024-04-05 10:00:09 WARN  api-client - call failed: {\"error\":\"forbidden\",\"message\":\"API key lacks scope orders:write\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want 2", len(in.Exchanges))
	}
	for i, want := range []string{"Missing API key", "lacks scope"} {
		if r := in.Exchanges[i].Response; r == nil || !strings.Contains(r.Body.Text, want) || !strings.HasPrefix(r.Body.Text, "{") {
			t.Errorf("exchange %d body: %+v", i, r)
		}
	}
	if _, _, ok := bodyLabelAt("the call failed: see the log"); ok {
		t.Error("prose after a failure word read as a body")
	}
}

// TestXMLStatusElement: an XML error document states its status in an
// element, with or without a namespace prefix; a <code> holding a 4xx
// implies it.
func TestXMLStatusElement(t *testing.T) {
	for line, want := range map[string]statusHit{
		"  <ns2:status>401</ns2:status>":         {code: 401, conf: StatusField},
		"<StatusCode>403</StatusCode>":           {code: 403, conf: StatusField},
		"<error><code>403</code><message>denied": {code: 403, conf: StatusImplied},
	} {
		if h, _ := lineStatus(line); h.code != want.code || h.conf != want.conf {
			t.Errorf("lineStatus(%q) = %d/%v, want %d/%v", line, h.code, h.conf, want.code, want.conf)
		}
	}
	for _, line := range []string{"<code>4711</code>", "<count>403</count>", "<status>403 items</status>"} {
		if h, _ := lineStatus(line); h.code != 0 {
			t.Errorf("lineStatus(%q) = %d, want none", line, h.code)
		}
	}
}

// Windows PowerShell prints one error record per failed web call, each with
// the place it failed ("At C:\x.ps1:89 char:15"): two records are two calls
// even with no status shown. The same record shown twice with no place
// (the error quoted, then the debug run that printed it again) is one.
// Every value is invented.
func TestPowerShellErrorRecords(t *testing.T) {
	two := "> Invoke-RestMethod : {\"message\":\"Unauthorized Access\",\"code\":101}\n" +
		"> At D:\\cams\\sync.ps1:89 char:15\n" +
		"> + ... $units = Invoke-RestMethod -UseBasicParsing $uri -Method Get -Head ...\n" +
		">     + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException\n" +
		"> Invoke-RestMethod : {\"message\":\"Unauthorized Access\",\"code\":101}\n" +
		"> At D:\\cams\\sync.ps1:139 char:17\n" +
		"> + ... $media = Invoke-RestMethod -UseBasicParsing $uri -Method Get -Head ...\n" +
		">     + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException\n"
	in, err := Parse(two)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(in.Exchanges); n != 2 {
		t.Errorf("two error records at two places: %d exchanges, want 2", n)
	}
	once := "Error:\n\n```\nInvoke-WebRequest:\n{\n  \"error\": {\n    \"code\": \"InvalidAuthenticationToken\",\n    \"message\": \"The access token is invalid.\"\n  }\n}\n```\n\n" +
		"Debug output:\n\n```\nPS C:\\Users\\dev> Invoke-WebRequest -Method GET -Headers $h -Uri \"https://management.example.com/subscriptions/x/resources\"\n" +
		"Invoke-WebRequest:\n{\n  \"error\": {\n    \"code\": \"InvalidAuthenticationToken\",\n    \"message\": \"The access token is invalid.\"\n  }\n}\n```\n"
	in, err = Parse(once)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(in.Exchanges); n != 1 {
		t.Errorf("one error record shown twice: %d exchanges, want 1", n)
	}
}

// TestRefusalTextInMoreLanguages: a refusal copied as one line of text in
// Swedish, Czech, Dutch, Polish, Turkish, Vietnamese or Spanish is read as a
// response body with no status (samples written for this test).
func TestRefusalTextInMoreLanguages(t *testing.T) {
	for _, text := range []string{
		"Åtkomst nekad. Du har inte behörighet att visa den här sidan.\n",
		"Přístup odepřen. Nemáte oprávnění k zobrazení této stránky.\n",
		"Uw sessie is verlopen. Log opnieuw in om verder te gaan.\n",
		"Sesja wygasła. Zaloguj się ponownie.\n",
		"Oturumunuzun süresi doldu. Lütfen tekrar giriş yapın.\n",
		"Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.\n",
		"Debe iniciar sesión para continuar.\n",
		"> We're sorry... but your computer or network may be sending automated queries. To protect our users, we can't process your request right now.\n",
	} {
		in, err := Parse(text)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 0 {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// TestRecordCutFromItsBrace: a log record pasted from inside its braces
// (`["error","opensearch"],"pid":1,"message":"…"`) is not a JSON body
// ending at its first member: the line is read whole.
func TestRecordCutFromItsBrace(t *testing.T) {
	text := "The dashboards log has this line:\n`[\"error\",\"opensearch\",\"data\"],\"pid\":1,\"message\":\"[security_exception]: no permissions for [indices:data/read/search] and User [name=u1]`\n"
	in, err := Parse(text)
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%v", err)
	}
	if b := in.Exchanges[0].Response.Body.Text; !strings.Contains(b, "no permissions for") {
		t.Errorf("body %q, want the whole record", b)
	}
}

// TestOneCommandAfterProse: prose (with a placeholder line "<redacted
// output>") and then the one command the paste states, followed by its
// error: the command and its error are the exchange, not the prose.
func TestOneCommandAfterProse(t *testing.T) {
	text := "Logging in with the native client works:\n```\nclient --user=u1 --password='x'\nConnected to server version 24.1.\n<redacted output>\n```\n\nOver HTTP the same user fails:\n```\ncurl -u u1:x \"http://db.example.com:8123/?query=SELECT+1\"\nCode: 516. DB::Exception: u1: Authentication failed: password is incorrect. (AUTHENTICATION_FAILED)\n```\n"
	in, err := Parse(text)
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%v", err)
	}
	x := in.Exchanges[0]
	if !strings.Contains(x.Response.Body.Text, "Authentication failed") || x.Request == nil {
		t.Errorf("request %v, body %q: want the curl command and its error", x.Request, x.Response.Body.Text)
	}
	if placeholderLine("<html lang=en>") || !placeholderLine("<redacted output>") || placeholderLine("<option selected>") {
		t.Error("placeholderLine")
	}
}

// TestAngleLevelBeforeRequestLine reads a request line behind a log level in
// angle brackets (a debug dump whose tool prefix was cut: "<DEBUG> PUT /b/k
// HTTP/1.1") as the request, its header block included, not as markup; an
// XML element alone on its line ("<Error>") stays markup.
func TestAngleLevelBeforeRequestLine(t *testing.T) {
	paste := "<TRACE> DELETE /archive/2019/q3.tar HTTP/1.1\nHost: store.example.net\nAuthorization: AWS4-HMAC-SHA256 Credential=**REDACTED**/20250601/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=**REDACTED**\n\n" +
		"cli: <TRACE> HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n<Error>\n<Code>AccessDenied</Code>\n</Error>\n"
	x := oneExchange(t, paste)
	if x.Request == nil || x.Request.Method != "DELETE" || x.Credentials().State != CredSent {
		t.Fatalf("request %+v, want the DELETE with its Authorization", x.Request)
	}
	if x.Response == nil || x.Response.Status != 403 {
		t.Fatalf("response %+v, want the 403", x.Response)
	}
	if !looksMarkup("<Error>") || looksMarkup("<debug> GET /x HTTP/1.1") {
		t.Fatal("looksMarkup: want <Error> markup and a level before a request line not")
	}
}

// TestEDNMapURL reads the request URL a Clojure client prints as a keyword
// of its map ({:opts {:url https://…, :method :get}}), query included.
func TestEDNMapURL(t *testing.T) {
	in, err := Parse("{:opts {:url https://api.example.io/v2/droplets?client_id=c7&api_key=k9x2m4q8, :method :get}, :status 403, :body \"{\\\"message\\\":\\\"Forbidden\\\"}\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[0]
	if x.Request == nil || !strings.HasPrefix(x.Request.URL+x.Request.Target, "https://api.example.io/v2/droplets?client_id=c7&api_key=k9x2m4q8") && !strings.Contains(x.Request.Target, "/v2/droplets?client_id") {
		t.Fatalf("request %+v, want the :url keyword's URL", x.Request)
	}
	if x.Credentials().State != CredSent {
		t.Fatalf("credentials %+v, want the api_key in the query sent", x.Credentials())
	}
}

// TestCodeOpeningItsMessage: notations where a refusal's code opens the
// message and what follows is not the standard reason phrase (an IIS
// sub-status, a client's "CODE:message", a quoted page heading), prose
// cues people write around a code, npm's log before version 5, twine's
// "Response from <URL>:"; and the look-alikes that stay unread.
func TestCodeOpeningItsMessage(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"401.2 Logon failed due to server configuration", 401},
		{"  403.14 Directory listing denied", 403},
		{"\"404.3 MIME map policy\"", 404},
		{"401:Authentication credentials were missing or incorrect.", 401},
		{"429:Rate limit exceeded. Clients may not make more than 150 requests per hour.", 429},
		{"Visitors see the '401 Session Has Ended' screen", 401},
		{"the app shows “403 YOU SHALL NOT PASS” to members", 403},
		{"Each sync ended in 403 after the key rotation.", 403},
		{"and the retry ends in 401 again", 401},
		{"with the new key I get the same 403", 403},
		{"The proxy does answer 407 here, without a challenge", 407},
		{"My browser gets a 307 redirect to the SSO page", 307},
		{"the gateway answers with a 302 redirect to /login", 302},
		{"npm http 304 https://registry.npmjs.org/left-pad", 304},
		{"npm http 404 https://registry.npmjs.org/@corp%2fui", 404},
		{"INFO     Response from https://upload.pypi.org/legacy/: 403 Invalid or non-existent authentication information.", 403},
		// an error chain whose last link is the code the call got
		{"Fatal: unable to open repository: ListObjects: 403", 403},
		{"error: push failed: PUT: 401 ", 401},
		{"The 429 comes from the CDN, not from our API.", 429},
		{"Turns out the 403 was coming from the ingress controller", 403},
		{"/repos/acme/tools/hooks: 404 - Not Found // See: https://docs.github.com/rest/webhooks", 404},
		{"`PATCH https://api.github.com/repos/acme/tools: 403 - Must have admin rights to Repository.`", 403},
		{"Request failed with code 204", 204},
		{"[02/Mar/2025:08:11:45 +0100] - 502 502 - POST https cloud.example.org \"/index.php/login\" [Client 203.0.113.7] [Length 150] [Gzip -] [Sent-to 10.0.0.5] \"Mozilla/5.0\" \"-\"", 502},
		{"[02/Mar/2025:08:11:45 +0100] HIT - 304 - GET https cdn.example.org \"/a.css\" [Client 203.0.113.7]", 304},
		{"Upload failed with HTTP code 413", 413},
		// not a status of this response
		{"We moved to 10:30 and 403.5 MB was left", 0},
		{"about 500.2 Mbps on the uplink", 0},
		{"13:45:10 the job started", 0},
		{"Turn the 302 redirect option off", 0},
		{"detail: Invalid response from http://h.example.net/.well-known/acme-challenge/x: 404", 0},
		{"I'd like the API to answer 200 here", 0},
		{"Note: the port is: 443", 0},
		{"listening on: 8080", 0},
		{"Results: page: 404", 0},
		{"Section 4: 404 - see the appendix", 0},
		{"parsed with code 200 lines", 0},
	} {
		h, _ := lineStatus(c.line)
		if h.code != c.want {
			t.Errorf("%q: status %d (%s), want %d", c.line, h.code, h.how, c.want)
		}
	}
	// a wish that holds its own verb is what the person asks for, not what came back
	in, err := Parse("Without a token the API gets a 302 redirect to the login page.\n\nPlease return 401 for JSON clients instead.\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{302}) {
		t.Errorf("a wish read as a status: %v", got)
	}
}

// TestReasonPhraseThrown: an exception whose message is the response's
// reason phrase, its stack under it (Node, Java, Kotlin), and the fabric8
// client's fixed texts, state the status; a page's heading with no frame
// under it only implies one.
func TestReasonPhraseThrown(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Error: Unauthorized\n    at ClientRequest.<anonymous> (/app/node_modules/got/dist/source/core/index.js:912:21)\n", 401},
		{"Uncaught (in promise) Error: Too Many Requests\n    at fetchJSON (api.ts:40:11)\n", 429},
		{"Caused by: com.example.sdk.HttpException: Forbidden\n\tat com.example.sdk.Client.send(Client.java:211)\n", 403},
		{"org.openapitools.client.ApiException: Unauthorized\n\tat org.openapitools.client.ApiClient.handleResponse(ApiClient.java:1101)\n", 401},
		{"io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://10.96.0.1/api/v1/namespaces/ci/pods. Message: Unauthorized! Token may have expired! Please log-in again.\n", 401},
		{"[WARN] Failure executing: GET at: https://kube.example.internal/apis/apps/v1. Message: Forbidden! User build-bot doesn't have permission.\n", 403},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if got := responseStatuses(in); !equalInts(got, []int{c.want}) || in.Exchanges[0].Response.StatusConf < StatusProse {
			t.Errorf("%q: statuses %v (conf %v), want %d stated", c.text, got, in.Exchanges[0].Response.StatusConf, c.want)
		}
	}
	for _, l := range [][2]string{
		{"Error: Forbidden", ""},
		{"Error: Forbidden", "You don't have permission to access this resource."},
		{"Note: Forbidden", "    at least one role is needed"},
		{"MyError: Forbidden fruit", "    at eat (x.js:1:1)"},
	} {
		if h, ok := reasonThrown(l[0], l[1]); ok {
			t.Errorf("%q / %q read as a thrown reason phrase: %+v", l[0], l[1], h)
		}
	}
}

func TestFrameLine(t *testing.T) {
	for _, l := range []string{"at io.example.Client.send(Client.java:88)", "at fetchJSON (api.ts:40:11)", "at /srv/app/lib/x.js:337:9"} {
		if !frameLine(l) {
			t.Errorf("%q: not read as a frame", l)
		}
	}
	for _, l := range []string{"at least one role is needed", "at the moment it fails", "at 10:30"} {
		if frameLine(l) {
			t.Errorf("%q: read as a frame", l)
		}
	}
}

// TestFabric8MessageCutByTerminal: fabric8's fixed text states the status
// even when a terminal cut the line between the request and the message.
func TestFabric8MessageCutByTerminal(t *testing.T) {
	in, err := Parse("[WARN] Failure executing: GET at: https://kube.example.internal/apis/apps/v1/namespaces/build/deployments/web-fronten\nd. Message: Forbidden! User build-bot doesn't have permission.\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{403}) {
		t.Errorf("statuses %v, want [403]", got)
	}
	if h, _ := lineStatus("the message: forbidden! was all it said"); h.code != 0 {
		t.Errorf("prose read as fabric8's text: %+v", h)
	}
}

// TestSwaggerCodeRow: Swagger UI's response row copied with its heading on
// one line ("Code", a tab, the code), the error or the body's heading under it.
func TestSwaggerCodeRow(t *testing.T) {
	in, err := Parse("Server response\nCode\t403\nError: Forbidden\nResponse body\n{\"detail\":\"not allowed\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{403}) {
		t.Errorf("statuses %v, want [403]", got)
	}
	if in, err := Parse("Code\t404\nMore text about the zip code 404 area\n"); err == nil && len(responseStatuses(in)) > 0 && responseStatuses(in)[0] == 404 && in.Exchanges[0].Response.StatusConf >= StatusField {
		t.Errorf("a code row with no response under it read as a field")
	}
}

// TestExpectedSectionIsAWish: under an issue template's "Expected behavior"
// heading, a status in prose is what the person wanted; the next heading
// ends that section, and a code comment that opens with "# " is no heading
// that hides the status it prints.
func TestExpectedSectionIsAWish(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"bold template headings",
			"**Describe the bug**\nPOST /api/session answers with status 500 when the password is wrong.\n\n**Expected behavior**\nA plain 401 Unauthorized with a message.\n\n**Screenshots**\nnone\n",
			"500"},
		{"Markdown headings, the actual result after the expected one",
			"### Expected result\nThe key has no role, so a 403 Forbidden.\n\n### Actual result\nThe API responds with 401 Unauthorized every time.\n",
			"401"},
		{"a label ending in a colon",
			"Expected behaviour:\nthe gateway should pass the 429 through\nActual behaviour:\nthe gateway answers 502 Bad Gateway\n",
			"502"},
		{"an R console's printed result under a comment",
			"```\nstatus_code(resp)\n# [1] 403\n```\n",
			"403"},
	} {
		if got := parsedStatuses(t, c.text); got != c.want {
			t.Errorf("%s: statuses %s, want %s", c.name, got, c.want)
		}
	}
}

// TestConsoleRequestThenAnswer: a search engine's console (or an HTTP
// client's request file) shows the request line, the JSON it sent, and the
// JSON answer right under it. Each pair is one exchange whose request
// carries the first object; the second object is the response.
func TestConsoleRequestThenAnswer(t *testing.T) {
	text := "As the audit user, writes fail:\n\n```\nPUT /ledger-2026/_doc/7\n{\n  \"amount\": 12\n}\n{\n  \"error\": {\n    \"type\": \"security_exception\",\n    \"reason\": \"no permissions for [indices:data/write/index] and User [name=auditor]\"\n  },\n  \"status\": 403\n}\n```\n\n```\nPOST /_security/role/clerk\n{\n  \"cluster\": [\"monitor\"]\n}\n{\n  \"error\": {\n    \"type\": \"security_exception\",\n    \"reason\": \"action [cluster:admin/xpack/security/role/put] is unauthorized for user [auditor]\"\n  },\n  \"status\": 403\n}\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{403, 403}) {
		t.Fatalf("statuses %v, want [403 403]", got)
	}
	for i, want := range []string{"amount", "monitor"} {
		x := in.Exchanges[i]
		if x.Request == nil || !strings.Contains(x.Request.Body.Text, want) {
			t.Errorf("exchange %d: request %+v, want its body to hold %q", i, x.Request, want)
		}
		if strings.Contains(x.Response.Body.Text, want) {
			t.Errorf("exchange %d: the request's JSON read as the response body", i)
		}
	}
}

// TestCommandOutputLooseObject: an object printed loosely (single quotes,
// "..." where members were cut) right under the curl command that fetched
// it is that command's answer, a response of its own before the refused
// call, not a snippet of the person's.
func TestCommandOutputLooseObject(t *testing.T) {
	text := "1. sign in\n`kim@laptop ~ % curl -i -d '{\"user\":\"kim\",\"pass\":\"...\"}' http://localhost:7070/api/v3/session`\n```\n{\n  ...\n  'user': 'kim',\n  'groups': 'staff admins',\n  ...\n}\n```\n\n2. create a hook\n`kim@laptop ~ % curl -d '{\"url\":\"https://hooks.example.net/x\"}' -H 'Authorization: Bearer ...' http://localhost:7070/api/v3/hooks`\n\n3. refused:\n```\n{\n   \"message\" : \"You lack the permission to manage hooks\",\n   \"status_code\" : 403\n}\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{0, 403}) {
		t.Fatalf("statuses %v, want [0 403]", got)
	}
	if x := in.Exchanges[0]; x.Request == nil || !strings.HasSuffix(x.Request.URL, "/session") || !strings.Contains(x.Response.Body.Text, "groups") {
		t.Errorf("first exchange: request %+v, response %+v", x.Request, x.Response)
	}
}

// TestRefusalPageTextIsRead: the text of a refusal page or message copied
// alone, with no status and no markup (a host's "this account has been
// suspended" page, a gateway's "no API key found", a firewall's notice that
// the request was 阻断, blocked), is one response whose status the paste
// does not give.
func TestRefusalPageTextIsRead(t *testing.T) {
	for _, text := range []string{
		"Hello, the site shows this now:\n\nWebsite Suspended\nThis site has been suspended by its host.\nPlease get in touch with your provider.\n",
		"The gateway answers\n\nMissing API key in the request\n\nwhen I open https://books.example.org/v1/lookup/12345&apikey=...\n",
		"抱歉，您的访问已被防火墙阻断。\n如有疑问请联系站点管理员。\n",
	} {
		in, err := Parse(text)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if got := responseStatuses(in); !equalInts(got, []int{0}) {
			t.Errorf("%q: statuses %v, want one response with no status", text, got)
		}
	}
}

// TestProseAfterShownResponse: after the paste has shown a response (its
// body with its status), a status the person names in prose with nothing
// else about it is talk of other calls, not a response of the paste.
// Above a dump, a prose status stays (it may be the dump's own).
func TestProseAfterShownResponse(t *testing.T) {
	text := "When the gateway is busy, a few of the calls come back as **401** with:\n\n```json\n{\"error\":{\"code\":401,\"status\":\"Unauthorized\",\"reason\":\"No valid session found.\"}}\n```\n\neven though the keys are fine:\n\n- the very same keys got 200 with `valid: true` a minute before, in the same run;\n- sending the refused key again a moment later gives 200 for most of them;\n- our proxy log shows the `X-Session-Token` header on the failing calls.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{401}) {
		t.Fatalf("statuses %v, want [401]", got)
	}
	above := "The console reports Status 400 for this call:\n\n```json\n{\"error\":{\"code\":\"401\",\"message\":\"Access denied: invalid key.\"}}\n```\n"
	in, err = Parse(above)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); len(got) == 0 || got[0] != 400 {
		t.Errorf("a prose status above the dump: statuses %v, want 400 first", got)
	}
}

// TestRetriedErrorLine: the same error line printed again after the tool
// says it tries again ("Trying again.") is a second attempt's answer, even
// with the tool's sentences between the two; and "403: <message>" at the
// start of a line, the code, a colon and a capitalised message (Google's
// API clients print it so), states the status.
func TestRetriedErrorLine(t *testing.T) {
	if h, ok := lineStatus("403: Insufficient Permission: Request had insufficient authentication scopes."); !ok || h.code != 403 || h.conf != StatusProse {
		t.Errorf("code and message: %+v %v", h, ok)
	}
	text := "Pick the scopes to grant:\n[*] 1) Calendar read-only\n\nEnter the code: 4/******\n\n401: Invalid Credentials: The token was not accepted for this account.\nSign-in failed. Trying again. Type N to stop.\n\nAuthorize the tool for kim@example.com? (yes or no) yes\n\n401: Invalid Credentials: The token was not accepted for this account.\nSign-in failed. Trying again. Type N to stop.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{401, 401}) {
		t.Errorf("statuses %v, want [401 401]", got)
	}
}

// TestCodeThenPrintedBody: request-promise's StatusCodeError message opens
// with the code, " - ", and the body as the library printed it (an object,
// a string, or undefined when there was none); a range of numbers is not.
func TestCodeThenPrintedBody(t *testing.T) {
	for _, line := range []string{"403 - undefined", `401 - {"error":"invalid_client","error_description":"bad secret"}`, `403 - "<html><body>Forbidden</body></html>"`} {
		if h, ok := lineStatus(line); !ok || h.code != codeAt(line, 0) || h.conf != StatusProse {
			t.Errorf("%q: %+v %v", line, h, ok)
		}
	}
	for _, line := range []string{"Showing 400 - 450 of 900", "404 - 410 were skipped"} {
		if h, ok := lineStatus(line); ok {
			t.Errorf("%q read as %+v", line, h)
		}
	}
}

// TestStatusObjectThenBody: a client prints the status it got as an object
// of its own ({"statusCode": 401, "reasonPhrase": "Unauthorized"}) and the
// body right under it: one response. Two error bodies one under the other
// stay two.
func TestStatusObjectThenBody(t *testing.T) {
	text := "The SDK logs this when I post:\n```\n{\n    \"statusCode\": 401,\n    \"reasonPhrase\": \"Unauthorized\"\n}\n{\n    \"serviceErrorCode\": 65600,\n    \"message\": \"Invalid access token\",\n    \"status\": 401\n}\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{401}) {
		t.Fatalf("statuses %v, want [401]", got)
	}
	if b := in.Exchanges[0].Response.Body.Text; !strings.Contains(b, "Invalid access token") {
		t.Errorf("body %q, want the second object", b)
	}
	two := "```\n{\n    \"message\": \"Invalid access token\",\n    \"status\": 401\n}\n{\n    \"message\": \"Not enough permissions\",\n    \"status\": 403\n}\n```\n"
	if in, err = Parse(two); err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{401, 403}) {
		t.Errorf("two bodies: statuses %v, want [401 403]", got)
	}
}

// TestSyslogProcessIDIsNoStatus reads a program's process id in a syslog or
// journald record ("authd[403]:") as no status, and a code a message puts
// in brackets after a space as one.
func TestSyslogProcessIDIsNoStatus(t *testing.T) {
	wantLineStatus(t, map[string]int{
		"Feb 09 21:04:17 gw authd[403]: session opened for user backup":     0,
		"gw relay.worker[429]: 2027-02-09 21:04:17 queue drained":           0,
		"Upload refused by the storage node, check your credentials. [401]": 401,
		"Error [403] while listing the bucket":                              403,
	})
}

// TestAiohttpErrorString reads the string of aiohttp's ClientResponseError
// as apps log it, without the class name: the status before ", message=".
func TestAiohttpErrorString(t *testing.T) {
	wantLineStatus(t, map[string]int{
		"403, message='Forbidden', url=URL('https://hub.example.org/api/v3/devices')":                      403,
		"Error fetching forecast: 429, message=\"Too Many Requests\", url='https://wx.example.org/v1/now'": 429,
		"Token refresh failed. 401, message='Invalid grant', url=URL('https://id.example.org/token')":      401,
		"retry 2.403, message='x', url=y": 0,
		"403, message=Forbidden":          0,
	})
}

// TestIndentedCodeUnderExpression: a session pasted indented, every line
// of its block behind the same spaces, prints the status an expression on
// the line above names (">>> urlopen(…).code", then "   200"): that is the
// call's status, as it is unindented. Every value is invented.
func TestIndentedCodeUnderExpression(t *testing.T) {
	paste := "Only the stock user agent is turned away:\n\n```\n    >>> urlopen('https://mirror.example.test/dist/kit-3.2.0.tgz').code\n    Traceback (most recent call last):\n    ...\n    HTTPError: HTTP Error 403: Forbidden\n```\n\nwith another one it works:\n\n```\n    >>> opener.addheaders = [('User-agent', 'kit-fetch')]\n    >>> opener.open('https://mirror.example.test/dist/kit-3.2.0.tgz').code\n    200\n```\n"
	wantStatuses(t, "", paste, 403, 200)
}

// TestMarkdownTableAnswerColumn: a table of calls whose answer column opens
// each cell with the status ("| `Accept` | Answer |", then "| json |
// **401** {…} |"), or whose header names the status every row got ("|
// Method | Endpoint | 429-Response |"), is one call per row; so is a row
// whose closing pipe was left out. Every value is invented.
func TestMarkdownTableAnswerColumn(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"answer column", "Depends on the header sent:\n\n| Header sent | Answer of the shop |\n|---|---|\n| `Accept: */*` | **303** → `/signin`, a small HTML page |\n| `Accept: application/json` | **401 JSON** (`error: bad login`) |\n", []int{303, 401}},
		{"status in the column's name", "Two calls fail in the network tab:\n\n| HTTP-Method | Endpoint | 429-Response |\n|---|---|---|\n| GET | /v2/feed?page=3 | `{\"msg\":\"slow down\"}` |\n| POST | /v2/likes | `{\"msg\":\"slow down\"}` |\n", []int{429, 429}},
		{"row without its closing pipe", "| Headers | Response |\n| --- | --- |\n| (none) | `200 OK`, a PNG |\n| `Authorization: Basic Zm9vOmJhcg==` | **`400 Bad Request`, empty** |\n| `Cookie: sid=abc` | `200 OK`, a PNG\n", []int{200, 400, 200}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}
