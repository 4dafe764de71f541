package parse

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// Application and server logs (issue #9): records of one request form one
// exchange, unrelated records none, and a record's own keys are no headers.
// Every value is invented.
func TestAppLogs(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		statuses []int
		methods  []string // per exchange, "" to skip
	}{
		{
			name: "JSON lines of two interleaved requests, grouped by request id",
			text: `{"level":"info","ts":"2024-05-01T10:00:00.120Z","msg":"request started","request_id":"aa11","method":"GET","path":"/api/v2/orders"}
{"level":"info","ts":"2024-05-01T10:00:00.121Z","msg":"request started","request_id":"bb22","method":"DELETE","path":"/api/v2/orders/9"}
{"level":"info","ts":"2024-05-01T10:00:00.125Z","msg":"request finished","request_id":"aa11","status":200,"duration_ms":5}
{"level":"warn","ts":"2024-05-01T10:00:00.126Z","msg":"permission denied","request_id":"bb22","required":"orders:delete"}
{"level":"info","ts":"2024-05-01T10:00:00.127Z","msg":"request finished","request_id":"bb22","status":403,"duration_ms":6}
`,
			statuses: []int{200, 403}, methods: []string{"GET", "DELETE"},
		},
		{
			name: "logfmt records of one request",
			text: `time=2024-05-01T10:00:00Z level=info msg="incoming request" method=POST path=/oauth/token req_id=r-551
time=2024-05-01T10:00:00Z level=error msg="client authentication failed" req_id=r-551 error="invalid_client"
time=2024-05-01T10:00:00Z level=info msg="request done" method=POST path=/oauth/token status=401 req_id=r-551 took=3ms
`,
			statuses: []int{401}, methods: []string{"POST"},
		},
		{
			name: "framework request log with arrows",
			text: `2024-05-01 10:00:00.123  INFO 1 --- [nio-8080-exec-1] c.e.api.RequestLogger : GET /admin/users from 198.51.100.7
2024-05-01 10:00:00.130 DEBUG 1 --- [nio-8080-exec-1] o.s.s.w.a.ExceptionTranslationFilter : Access is denied (user is not anonymous)
2024-05-01 10:00:00.131  INFO 1 --- [nio-8080-exec-1] c.e.api.RequestLogger : GET /admin/users -> 403 in 8 ms
2024-05-01 10:00:05.002  INFO 1 --- [nio-8080-exec-2] c.e.api.RequestLogger : GET /health from 198.51.100.7
2024-05-01 10:00:05.004  INFO 1 --- [nio-8080-exec-2] c.e.api.RequestLogger : GET /health -> 200 in 1 ms
`,
			statuses: []int{403, 200}, methods: []string{"GET", "GET"},
		},
		{
			name: "records whose time the log prefix gave: a failure logged ten seconds after another is another request",
			text: `2025-02-11T07:40:12Z I! Starting shipper 3.4
2025-02-11T07:40:12Z W! [sink.tsdb] While talking to [http://127.0.0.1:8428]: bucket "fleet" setup failed: 401 Unauthorized
2025-02-11T07:40:12Z I! [agent] Config: Interval:10s
2025-02-11T07:40:22Z E! [sink.tsdb] Failed to push samples (dropped: 401 Unauthorized):
2025-02-11T07:40:32Z E! [sink.tsdb] Failed to push samples (dropped: 401 Unauthorized):
`,
			statuses: []int{401, 401, 401},
		},
		{
			name: "a proxy's JSON access log",
			text: `{"ClientHost":"203.0.113.8","DownstreamStatus":401,"OriginStatus":0,"RequestHost":"app.example.io","RequestMethod":"GET","RequestPath":"/admin","RouterName":"admin@docker","level":"info","msg":"","time":"2024-05-01T10:00:00Z"}
`,
			statuses: []int{401}, methods: []string{"GET"},
		},
		{
			name: "W3C extended log",
			text: `#Software: Microsoft Internet Information Services 10.0
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
2024-05-01 10:00:00 10.0.0.5 GET /reports/api/data - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0) 401 2 5 15
2024-05-01 10:00:01 10.0.0.5 GET /reports/api/data - 443 CORP\jdoe 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0) 200 0 0 46
`,
			statuses: []int{401, 200}, methods: []string{"GET", "GET"},
		},
		{
			name:     "request log with the status after the request (dev format)",
			text:     "GET /api/users 401 3.512 ms - 12\nGET /api/users 200 8.101 ms - 512\n",
			statuses: []int{401, 200}, methods: []string{"GET", "GET"},
		},
		{
			name: "hosting log: request finished after dash placeholders",
			text: `info: Microsoft.AspNetCore.Hosting.Diagnostics[1]
      Request starting HTTP/1.1 GET https://localhost:5001/api/values - -
info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[7]
      Bearer was not authenticated. Failure message: Lifetime validation failed. The token is expired.
info: Microsoft.AspNetCore.Hosting.Diagnostics[2]
      Request finished HTTP/1.1 GET https://localhost:5001/api/values - - - 401 0 - 12.3456ms
`,
			statuses: []int{401}, methods: []string{"GET"},
		},
		{
			name: "a security filter chain's debug lines under the request they secure, no status: one exchange",
			text: `2025-03-02T08:14:10.311Z DEBUG 7 --- [nio-8443-exec-9] o.s.security.web.FilterChainProxy        : Securing POST /api/v1/invoices
2025-03-02T08:14:10.318Z DEBUG 7 --- [nio-8443-exec-9] o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext
2025-03-02T08:14:10.322Z DEBUG 7 --- [nio-8443-exec-9] o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access
`,
			statuses: []int{0}, methods: []string{"POST"},
		},
		{
			name:     "a Markdown table of requests and their statuses, one row each",
			text:     "| Call | Status | Response |\n|---|---|---|\n| `GET /v2/projects` | 200 | `[{...}]` |\n| `DELETE /v2/projects/12` | 403 | `{\"error\":\"owner role required\"}` |\n| **POST /v2/session** | 401 | `{\"error\":\"bad password\"}` |\n",
			statuses: []int{200, 403, 401}, methods: []string{"GET", "DELETE", "POST"},
		},
		{
			name: "router log in columns",
			text: `[GIN] 2024/05/01 - 10:00:00 | 401 |     112.5µs |       192.0.2.1 | GET      "/api/v1/me"
[GIN] 2024/05/01 - 10:00:04 | 403 |      98.1µs |       192.0.2.1 | GET      "/api/v1/admin"
`,
			statuses: []int{401, 403},
		},
		{
			name:     "router log in columns, the method and the path in columns of their own (Fiber)",
			text:     "10:00:00 | 401 |      12µs |    192.0.2.1 | GET     | /api/secret     | Missing or malformed API Key\n",
			statuses: []int{401},
		},
		{
			name:     "web server error log naming a refusal",
			text:     `2024/05/01 10:00:00 [error] 12#12: *5 access forbidden by rule, client: 192.0.2.7, server: app.example.com, request: "GET /admin/ HTTP/1.1", host: "app.example.com"` + "\n",
			statuses: []int{403}, methods: []string{"GET"},
		},
		{
			name: "a provider's structured HTTP log",
			text: `2024-05-01T10:00:00.101Z [DEBUG] provider.terraform-provider-acme_v2.3.0: HTTP Request Sent: tf_http_op_type=request tf_http_req_method=GET tf_http_req_uri=/api2/json/nodes/n1/qemu tf_http_trans_id=4f1c2a
2024-05-01T10:00:00.215Z [DEBUG] provider.terraform-provider-acme_v2.3.0: HTTP Response Received: tf_http_op_type=response tf_http_res_status_code=403 tf_http_res_status_reason="403 Permission check failed" tf_http_trans_id=4f1c2a
`,
			statuses: []int{403}, methods: []string{"GET"},
		},
		{
			name: "an HTTP client's own log lines",
			text: `info: System.Net.Http.HttpClient.Default.LogicalHandler[100]
      Start processing HTTP request GET https://api.example.com/v1/me
info: System.Net.Http.HttpClient.Default.ClientHandler[101]
      Received HTTP response headers after 41.2ms - 401
info: System.Net.Http.HttpClient.Default.LogicalHandler[101]
      End processing HTTP request after 44.9ms - 401
`,
			statuses: []int{401}, methods: []string{"GET"},
		},
		{
			name:     "load balancer log: timers, status, then the quoted request",
			text:     `May  1 10:00:00 lb1 haproxy[1234]: 192.0.2.1:51234 [01/May/2024:10:00:00.123] fe_https~ be_api/api1 0/0/1/2/3 403 212 - - ---- 1/1/0/0/0 0/0 "GET /admin HTTP/1.1"` + "\n",
			statuses: []int{403}, methods: []string{"GET"},
		},
		{
			name:     "load balancer log: a phase that did not happen is timed -1 (HAProxy answering itself)",
			text:     "`Feb  3 15:02:29 localhost haproxy[838]: 192.0.2.54:48556 [03/Feb/2025:15:02:29.601] public~ public/<NOSRV> 0/-1/-1/-1/0 401 256 - - LR-- 2/2/0/0/0 0/0 \"GET / HTTP/1.1\"` .\n",
			statuses: []int{401}, methods: []string{"GET"},
		},
		{
			name: "proxy request log with quoted fields after the protocol, one request a line (oauth2-proxy)",
			text: `[2025/02/03 09:12:41] [provider.go:55] Performing OIDC Discovery...
192.0.2.4 - 0f3c9e21a7b84d56 - - [2025/02/03 09:13:02] portal.example.internal GET - "/oauth2/auth" HTTP/1.1 "" 401 13 0.000
192.0.2.9 - 7a1d4be02c9f4e8a - - [2025/02/03 09:13:03] portal.example.internal GET - "/oauth2/auth" HTTP/1.1 "curl/8.5.0" 401 13 0.000
`,
			statuses: []int{401, 401},
		},
		{
			name: "an access log whose format quotes every field in single quotes (an Envoy custom format), behind compose's prefix",
			text: `edge-proxy-1        | [2025-03-04T08:15:20.441Z]' 'localhost:8443' 'billing.svc.internal' 'POST' '/v2/invoices' '/v2/invoices' 'HTTP/1.1' '200' 'via_upstream' '-' 'okhttp/4.12.0' '9f1c2a7e-5b3d-4e08-a6c4-71d2e0b3f5a9' '-' '10.4.0.12:8080' '0' '311' '1024' '-' '88' '0' '2' '1024' '-' '
edge-proxy-1        | [2025-03-04T08:15:31.907Z]' 'localhost:8443' 'localhost:8443' 'POST' '/v2/invoices' '/v2/invoices' 'HTTP/1.1' '401' 'ext_authz_denied' 'UAEX' 'okhttp/4.12.0' '3b8e0d41-c2a6-4f7e-9d15-e64a08b7c2f3' '-' '-' '0' '140' '27' '-' '-' '-' '0' '-' '-' '
`,
			statuses: []int{200, 401},
		},
		{
			name: "two loggers' lines about each request (urllib3's and the SDK's own) are one exchange each",
			text: `DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /repos/acme/tiles HTTP/1.1" 200 None
DEBUG:sdk.Requester:GET https://api.example.com/repos/acme/tiles {'Authorization': 'token (removed)'} None ==> 200 {'server': 'example'} {"id": 1}
DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /repos/acme/tiles/branches/main HTTP/1.1" 401 80
DEBUG:sdk.Requester:GET https://api.example.com/repos/acme/tiles/branches/main {'Authorization': 'token (removed)'} None ==> 401 {'server': 'example'} {"message": "Bad credentials"}
`,
			statuses: []int{200, 401},
		},
		{
			name: "IIS's default W3C lines without their #Fields directive",
			text: `2019-03-12 09:21:07 127.0.0.1 GET /robots.txt - 81 - 192.0.2.7 Indexer - 401 2 5 2
2019-03-12 09:21:08 127.0.0.1 GET /robots.txt - 81 CORP\svc-indexer 192.0.2.7 Indexer - 404 0 2 1422
2019-03-12 09:21:09 127.0.0.1 GET /kb/ article=118 81 CORP\svc-indexer 192.0.2.7 Indexer - 200 0 0 356
`,
			statuses: []int{401, 404, 200}, methods: []string{"GET", "GET", "GET"},
		},
		{
			name:     "cloud load balancer log starting with its scheme",
			text:     `https 2024-05-01T10:00:00.123456Z app/my-lb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 0.000 0.001 0.000 403 403 34 366 "GET https://api.example.com:443/admin HTTP/1.1" "curl/8.4.0" - -` + "\n",
			statuses: []int{403}, methods: []string{"GET"},
		},
		{
			name:     "cloud load balancer log of a request it answered without a target (timers -1)",
			text:     `https 2025-02-11T07:41:09.512034Z app/edge-lb/7c1e0f55a2b94d31 198.51.100.23:40418 - -1 -1 -1 403 - 211 240 "POST https://pay.example.net:443/api/refund HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-67ab0000-0a1b2c3d4e5f60718293a4b5" "pay.example.net" "-" 0 2025-02-11T07:41:09.510000Z "waf" "-" "-" "-" "-" "-" "-"` + "\n",
			statuses: []int{403}, methods: []string{"POST"},
		},
		{
			// a template logs every record at one length: no terminal wrapping
			name: "JSON records of one length, no status, one refusal each",
			text: "Gateway log:\n```\n" +
				`gw-2    | {"ts":"2025-06-11T04:10:02.117Z","lvl":"WARN","msg":"login rejected: bad password for account [ops-robot]","node":"n-7"}` + "\n" +
				`gw-2    | {"ts":"2025-06-11T04:10:39.468Z","lvl":"WARN","msg":"login rejected: bad password for account [ops-robot]","node":"n-7"}` + "\n" +
				`gw-2    | {"ts":"2025-06-11T04:11:15.902Z","lvl":"WARN","msg":"login rejected: bad password for account [ops-robot]","node":"n-7"}` + "\n```\n",
			statuses: []int{0, 0, 0},
		},
		{
			name: "a limiter's records with no status, one rejected request each",
			text: "2024/11/20 16:40:01.215\tINFO\tproxy.limiter\tthrottling client\t{\"bucket\": \"api\", \"client\": \"203.0.113.77\"}\n" +
				"2024/11/20 16:40:01.230\tINFO\tproxy.limiter\tthrottling client\t{\"bucket\": \"api\", \"client\": \"203.0.113.18\"}\n",
			statuses: []int{0, 0},
		},
		{
			name: "the records of one refused request's steps, none with a status, are one response",
			text: "2024-08-03T09:14:22.118Z\tDEBUG\tconfig/spec.go:162\tparam from header \"authorization\": \"Beare...\"\n" +
				"2024-08-03T09:14:22.274Z\tDEBUG\tconfig/spec.go:234\tJWTAuthentication \"corp\" verification error: failed to find matching key for verification\n" +
				"2024-08-03T09:14:22.274Z\tDEBUG\tserver/authorization.go:145\tauthentication requirements not met\n" +
				"2024-08-03T09:14:22.274Z\tDEBUG\tserver/authorization.go:504\tsending downstream: UNAUTHENTICATED\n",
			statuses: []int{0},
		},
		{
			name: "a Go map of settings in a log record is no header block; the refusal retried is two",
			text: "2024-09-21T07:12:36Z INF Settings: map[cred-file:/root/.tool/abc.json credentials-file:/root/.tool/abc.json]\n" +
				"2024-09-21T07:12:37Z ERR Register tunnel error from server side error=\"Unauthorized: Invalid tunnel secret\" connIndex=0\n" +
				"2024-09-21T07:12:37Z INF Retrying connection in up to 2s seconds connIndex=0\n" +
				"2024-09-21T07:12:38Z ERR Register tunnel error from server side error=\"Unauthorized: Invalid tunnel secret\" connIndex=0\n",
			statuses: []int{0, 0},
		},
		{
			name: "a JSON record whose message is an access line with its quotes escaped (journalctl -o json, Docker's json-file)",
			text: `{"__REALTIME_TIMESTAMP":"1733307751118203","SYSLOG_IDENTIFIER":"nginx","MESSAGE":"198.51.100.7 - - [04/Dec/2024:10:22:31 +0000] \"GET /admin/ HTTP/1.1\" 403 153 \"-\" \"curl/8.4.0\""}
{"log":"198.51.100.7 - - [04/Dec/2024:10:22:35 +0000] \"GET /api/me HTTP/1.1\" 401 61 \"-\" \"curl/8.4.0\"\n","stream":"stdout","time":"2024-12-04T10:22:35.118Z"}
`,
			statuses: []int{403, 401}, methods: []string{"GET", "GET"},
		},
		{
			name: "Docker's json-file log lines are no HAR though their first key is \"log\"",
			text: `{"log":"10.12.3.4 - - [04/Dec/2024:10:22:31 +0000] \"GET /api/me HTTP/1.1\" 401 61 \"-\" \"okhttp/4.12.0\"\n","stream":"stdout","time":"2024-12-04T10:22:31.118203456Z"}
{"log":"10.12.3.4 - - [04/Dec/2024:10:22:33 +0000] \"GET /api/me HTTP/1.1\" 200 412 \"-\" \"okhttp/4.12.0\"\n","stream":"stdout","time":"2024-12-04T10:22:33.402110003Z"}
`,
			statuses: []int{401, 200}, methods: []string{"GET", "GET"},
		},
		{
			name:     "a server's request log that opens with the status, then the request (Tornado, Jupyter)",
			text:     "[W 10:22:31.118 ServerApp] 403 POST /api/contents/notes.ipynb (127.0.0.1) 1.20ms referer=None\n[I 10:22:35.002 ServerApp] 200 GET /api/status (127.0.0.1) 0.91ms\n",
			statuses: []int{403, 200}, methods: []string{"POST", "GET"},
		},
		{
			name: "the response's size and status right before the quoted request (Synapse), behind a Python logging prefix",
			text: `2024-12-04 10:22:31,118 - synapse.access.http.8008 - 460 - INFO - GET-4127 - 198.51.100.7 - 8008 - {None} Processed request: 0.002sec/0.000sec (0.000sec, 0.000sec) (0.000sec/0.000sec/0) 91B 401 "GET /_matrix/client/v3/account/whoami HTTP/1.1" "curl/8.4.0" [0 dbevts]
2024-12-04 10:22:33,402 - synapse.access.http.8008 - 460 - INFO - POST-4128 - 198.51.100.7 - 8008 - {@ana:example.com} Processed request: 0.011sec/0.000sec (0.004sec, 0.000sec) (0.001sec/0.003sec/2) 112B 403 "POST /_synapse/admin/v1/purge_history/%21room HTTP/1.1" "curl/8.4.0" [0 dbevts]
`,
			statuses: []int{401, 403}, methods: []string{"GET", "POST"},
		},
		{
			name:     "nginx's error-record context on a line of its own after a traceback is the record's request, not another response",
			text:     "gets 500 with a plain-text body instead of 401\n\n2024/04/18 14:22:37 [error] 41287#0: *1183 lua entry thread aborted: runtime error: handler.lua:223: attempt to concatenate local 'id' (a nil value)\nstack traceback:\ncoroutine 0:\n        /usr/local/share/lua/5.1/kong/plugins/key-auth/handler.lua:135: in function 'access'\n        access_by_lua(nginx-kong.conf:81):2: in function <access_by_lua(nginx-kong.conf:81):1>, client: 10.4.18.22, server: kong, request: \"POST /api/sessions/keepalive HTTP/1.1\", host: \"api.example.com\"\n",
			statuses: []int{500}, methods: []string{"POST"},
		},
		{
			name:     "a load balancer's log entry printed pretty: the request it describes is read",
			text:     "{\n  \"jsonPayload\": {\"statusDetails\": \"response_sent_by_backend\"},\n  \"httpRequest\": {\n    \"requestMethod\": \"GET\",\n    \"requestUrl\": \"https://api.example.com/v1/orders\",\n    \"status\": 401,\n    \"remoteIp\": \"198.51.100.7\"\n  },\n  \"resource\": {\"type\": \"http_load_balancer\"},\n  \"severity\": \"WARNING\"\n}\n",
			statuses: []int{401}, methods: []string{"GET"},
		},
		{
			name: "a logger's own ISO time to the millisecond is its record's prefix, not a runner's: the same error logged again is another failure",
			text: `2024-12-04T10:22:31.118Z [sync-worker] error: Request failed with status code 401 {"method":"get","url":"https://crm.example.com/api/v3/contacts","status":401}
2024-12-04T10:22:41.120Z [sync-worker] error: Request failed with status code 401 {"method":"get","url":"https://crm.example.com/api/v3/contacts","status":401}
`,
			statuses: []int{401, 401},
		},
		{
			name:     "a code then a verb of refusal",
			text:     "[proxy] request 7 401 rejected (API key mismatch): no x-api-key or Authorization header\n",
			statuses: []int{401},
		},
		{
			name:     "a package manager's request log: the status between the method and the URL",
			text:     "npm http fetch GET 200 https://npm.example.com/react 41ms (cache revalidated)\nnpm http fetch GET 403 https://npm.example.com/@acme%2finternal-ui 112ms (cache skip)\n",
			statuses: []int{200, 403}, methods: []string{"GET", "GET"},
		},
		{
			name: "a tool's closing summary quoting the last error is the same failure",
			text: `2024/03/02 10:11:12 DEBUG : syncer: Version "v2.4.0" starting
2024/03/02 10:11:13 ERROR : reports/: sync failed: upload refused: access to this share needs a signed-in user: 401 Unauthorized
2024/03/02 10:11:13 Failed to sync with 1 errors: last error was: upload refused: access to this share needs a signed-in user: 401 Unauthorized
`,
			statuses: []int{401},
		},
		{
			name: "the same record again at another time is another failure",
			text: `2024/03/02 10:11:13 ERROR : reports/: sync failed: upload refused: access to this share needs a signed-in user: 401 Unauthorized
2024/03/02 10:14:40 ERROR : reports/: sync failed: upload refused: access to this share needs a signed-in user: 401 Unauthorized
`,
			statuses: []int{401, 401},
		},
		{
			name: "a tool's run failing once per file, each line naming its own file before the same message: one failure each",
			text: `2025/06/11 08:02:44 ERROR : docs/guide.pdf: Failed to copy: failed to open source object: 403 Forbidden
2025/06/11 08:02:44 ERROR : media/clip-01.webm: Failed to copy: failed to open source object: 403 Forbidden
2025/06/11 08:02:45 ERROR : Attempt 1/3 failed with 2 errors and: failed to open source object: 403 Forbidden
`,
			statuses: []int{403, 403},
		},
		{
			name: "JSON log entries quoted in a diff, one a line, the same status in the same member: one request each",
			text: `+    {"severity":"info","ts":"2025-04-09T07:12:01.118Z","upstream":"shop.example.org","uri":"/cart","status_code":200,"bytes":5120}
+    {"severity":"warn","ts":"2025-04-09T07:12:01.118Z","upstream":"shop.example.org","uri":"/cart","status_code":200,"bytes":5120}
+    {"severity":"info","ts":"2025-04-09T07:12:02.904Z","upstream":"shop.example.org","uri":"/help","status_code":200,"bytes":911}
`,
			statuses: []int{200, 200, 200},
		},
		{
			name: "API server request log: the duration in parentheses between the request and the status",
			text: `I0302 10:00:01.000100       1 wrap.go:47] GET /apis/batch/v1/namespaces/ops/cronjobs: (2.104ms) 403 [[kubectl/v1.29.1] 192.0.2.40:51022]
I0302 10:00:01.200100       1 wrap.go:47] GET /api/v1/namespaces/ops/pods?limit=500: (5.01ms) 200 [[kubectl/v1.29.1] 192.0.2.40:51022]
`,
			statuses: []int{403, 200}, methods: []string{"GET", "GET"},
		},
		{
			name: "router log in columns, status before an unquoted path, colours written as #033 by syslog",
			text: `Mar  2 10:00:01 web1 api[311]: 2025/03/02 10:00:01 #033[1;44m[D] [router.go:88] |   198.51.100.9|#033[43m 401 #033[0m|   2.104ms|   match|#033[44m GET     #033[0m /v2/   r:/v2/*#033[0m
Mar  2 10:00:02 web1 api[311]: 2025/03/02 10:00:02 #033[1;44m[D] [router.go:88] |   198.51.100.9|#033[42m 200 #033[0m|   8.310ms|   match|#033[44m GET     #033[0m /v2/   r:/v2/*#033[0m
`,
			statuses: []int{401, 200},
		},
		{
			name: "audit events, one a line, the status as the code of a status object",
			text: `{"kind":"Event","stage":"ResponseComplete","requestURI":"/apis/apps/v1/namespaces/web/deployments","verb":"patch","user":{"username":"jane@example.org"},"responseStatus":{"metadata":{},"status":"Failure","reason":"Forbidden","code":403}}
{"kind":"Event","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/web/pods","verb":"list","user":{"username":"jane@example.org"},"responseStatus":{"metadata":{},"code":200}}
`,
			statuses: []int{403, 200},
		},
		{
			name: "the SDK logs the URL it asked for, its HTTP library the one a redirect led to: one response",
			text: `DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /orgs/acme/teams/ops HTTP/1.1" 301 None
DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /organizations/7731/team/ops HTTP/1.1" 401 80
DEBUG:sdk.Requester:GET https://api.example.com/orgs/acme/teams/ops {'Authorization': 'token (removed)'} None ==> 401 {'server': 'example'} {"message": "Bad credentials"}
`,
			statuses: []int{301, 401},
		},
		{
			name: "the client's error on its way up gives the same code without the request",
			text: `[3.9.2025, 08:41] [Net] Response from https://notes.example.org/api/tags/?page=2 has status code 401 != 200, body: {"detail":"Invalid token."}
[3.9.2025, 08:41] [Net] Sync aborted: badStatus(code: 401)
[3.9.2025, 08:41] [App] Showing login screen
`,
			statuses: []int{401},
		},
		{
			name: "Squid's native access log: the status after the cache result",
			text: `tail -f /var/log/squid/access.log
1733307751.118    0 10.40.8.17 TCP_DENIED/407 4120 GET http://intranet.example.com/ - HIER_NONE/- text/html
1733307752.008  141 10.40.8.17 TCP_MISS/200 18211 GET http://intranet.example.com/ jdoe HIER_DIRECT/203.0.113.10 text/html
1733307760.911    0 10.40.8.22 TCP_DENIED/403 3912 CONNECT www.example.net:443 jdoe HIER_NONE/- text/html
`,
			statuses: []int{407, 200, 403}, methods: []string{"GET", "GET"},
		},
		{
			name: "two error-log records implying two statuses are two refused requests",
			text: `2024/05/01 10:00:00 [error] 311#311: *88 access forbidden by rule, client: 198.51.100.7, server: intranet.example.com, request: "GET /metrics HTTP/1.1", host: "intranet.example.com"
2024/05/01 10:00:04 [error] 311#311: *91 user "bob" was not found in "/etc/nginx/.htpasswd", client: 198.51.100.9, server: intranet.example.com, request: "GET /grafana/ HTTP/2.0", host: "intranet.example.com"
`,
			statuses: []int{403, 401},
		},
		{
			name: "API Gateway's JSON access log, one request a line",
			text: `{"requestId":"5d0b52e4-0000-4a38-9a3c-0f2b9d3e7a11","ip":"198.51.100.7","requestTime":"01/May/2024:10:00:00 +0000","httpMethod":"GET","resourcePath":"/orders","status":"403","protocol":"HTTP/1.1","responseLength":"42","errorMessage":"Missing Authentication Token"}
{"requestId":"7e2f0a9d-0000-4f61-9d1e-2a4b6c8d0e13","ip":"198.51.100.7","requestTime":"01/May/2024:10:00:04 +0000","httpMethod":"POST","resourcePath":"/v1/orders","status":"401","protocol":"HTTP/1.1","responseLength":"26","errorMessage":"Unauthorized"}
`,
			statuses: []int{403, 401}, methods: []string{"GET", "POST"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			got := responseStatuses(in)
			if !equalInts(got, c.statuses) {
				t.Fatalf("statuses %v, want %v", got, c.statuses)
			}
			for i, m := range c.methods {
				x := in.Exchanges[i]
				if m != "" && (x.Request == nil || x.Request.Method != m) {
					t.Errorf("exchange %d: request %+v, want method %s", i, x.Request, m)
				}
				if x.Response.HeadersComplete {
					t.Errorf("exchange %d: a log record taken as a whole header block", i)
				}
				for _, f := range x.Response.Fields {
					if !isHeaderName(f.Name, true) && !registeredNames.Has(ascii.Lower(f.Name)) {
						t.Errorf("exchange %d: the record's key %q read as a header field", i, f.Name)
					}
				}
			}
		})
	}
}

// A server that logs its warning before the access line of the same request
// (Django's runserver) has the warning read with that request, not with
// the one logged before it.
func TestWarningBeforeItsAccessLine(t *testing.T) {
	in, err := Parse(`web_1  | [01/May/2024 10:00:00] "GET /api/profile/ HTTP/1.1" 200 412
web_1  | Forbidden (CSRF cookie not set.): /api/orders/
web_1  | [01/May/2024 10:00:02] "POST /api/orders/ HTTP/1.1" 403 2870
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); !equalInts(got, []int{200, 403}) {
		t.Fatalf("statuses %v, want [200 403]", got)
	}
	if b := in.Exchanges[0].Response.Body.Text; strings.Contains(b, "CSRF") {
		t.Errorf("the warning about POST /api/orders/ read with the GET before it: %q", b)
	}
	if b := in.Exchanges[1].Response.Body.Text; !strings.Contains(b, "CSRF cookie not set") {
		t.Errorf("the POST's exchange lost its warning: body %q", b)
	}
}
