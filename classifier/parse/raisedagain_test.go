package parse

import "testing"

// TestOneResponseRaisedAgain counts one response where a client reports it
// and then the error it raised restates its status on the way up, and keeps
// a response per attempt where each attempt reports its own. Every value is
// invented.
func TestOneResponseRaisedAgain(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []int
	}{
		{
			// a Ruby client's debug log: the response's record, then the
			// exception it raised, logged at two levels
			name: "a response's record, then the exception re-raised",
			text: `[2024-11-19T07:44:02+01:00] DEBUG: Initiating GET to https://cfg.example.net/organizations/lab/roles/base
[2024-11-19T07:44:02+01:00] DEBUG: HTTP Request Returned 403 Forbidden: error
[2024-11-19T07:44:02+01:00] DEBUG: Re-raising exception: Net::HTTPServerException - 403 "Forbidden"
[2024-11-19T07:44:02+01:00] ERROR: roles failed to load: HTTP error retrieving role: 403 "Forbidden"
[2024-11-19T07:44:02+01:00] FATAL: Net::HTTPServerException: 403 "Forbidden"
`,
			want: []int{403},
		},
		{
			// each attempt reports its response before the error it raises
			name: "two attempts, each reported then raised",
			text: `[2024-11-19T07:44:02+01:00] INFO: HTTP Request Returned 429 Too Many Requests: slow down
[2024-11-19T07:44:02+01:00] WARN: sync failed: 429 "Too Many Requests", retrying
[2024-11-19T07:44:09+01:00] INFO: HTTP Request Returned 429 Too Many Requests: slow down
[2024-11-19T07:44:09+01:00] ERROR: sync failed: 429 "Too Many Requests"
`,
			want: []int{429, 429},
		},
		{
			// a JavaScript error logged, then its printed members: its
			// stack opens with the same message
			name: "an error's stack member restates its message",
			text: `[2025-02-11T10:03:55.120] [ERROR] Feeder_Node - AxiosError: Request failed with status code 401
  "name": "AxiosError",
  "stack": "AxiosError: Request failed with status code 401\n    at settle (/srv/feeder/node_modules/axios/lib/core/settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/srv/feeder/node_modules/axios/lib/adapters/http.js:512:11)",
      "clarifyTimeoutError": false
`,
			want: []int{401},
		},
		{
			// a sentence ending in a colon introduces the output under it
			name: "a sentence that introduces an unfenced run's output",
			text: `After signing in, listing the tenants returns 401:

PS C:\Users\kwan> Connect-FleetAPI
Connected to the Fleet REST API. Token valid until 2025-06-01T10:00:00

PS C:\Users\kwan> Get-FleetTenant -All
Get-FleetGeneric : Failed to call Invoke-RestMethod against the Fleet API: The remote server returned an error: (401) Unauthorized.
At C:\Program Files\WindowsPowerShell\Modules\FleetAPI\2.0.3\Public\Get-FleetTenant.ps1:88 char:9
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException

What am I missing?
`,
			want: []int{401},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantStatuses(t, "", c.text, c.want...)
		})
	}
}

// TestCompletionLinesAroundAnError reads two requests where a router logs
// a completion, the handler's error record, and a completion of the same
// request again in the same second: the record between is no line a
// terminal wrapped. Every value is invented.
func TestCompletionLinesAroundAnError(t *testing.T) {
	wantStatuses(t, "", `2025/03/02 10:11:12 HTTPRequest [I] router: completed GET /team/tools.git/info/refs?service=git-upload-pack for 192.0.2.8:40112, 401 Unauthorized in 2.2ms @ repo/githttp.go:400(repo.GetInfoRefs)
2025/03/02 10:11:12 routers/web/web.go:98:Routes.webAuth.3() [E] Failed to verify user: user does not exist [uid: 0, name: ci-bot]
2025/03/02 10:11:12 HTTPRequest [I] router: completed GET /team/tools.git/info/refs?service=git-upload-pack for 192.0.2.8:40114, 401 Unauthorized in 5.0ms @ web/web.go:95(web.Routes.webAuth)
`, 401, 401)
}

// TestFilterRecordThenAccessLine reads one response where a proxy's filter
// records the status it answered with, naming no request, and the access
// log line of that request follows in the same second; the expected line
// the person quotes above, in another second, is another. Every value is
// invented.
func TestFilterRecordThenAccessLine(t *testing.T) {
	text := "We expect:\n```\n[2024-05-03T14:20:07.118Z] \"POST /invoices HTTP/1.1\" 403 UAEX 0 31 2 - \"-\" \"httpie/3.2.2\" \"0d5e7c1a-44b2-4e0f-9a61-2f8c3b7d9e10\" \"billing.example.org\" \"-\"\n```\n" +
		"but get:\n```\n[2024-05-03 14:20:09.530][5521][debug][filter] [source/extensions/filters/http/ext_authz/ext_authz.cc:240] [C7][S118] ext_authz filter rejected the request. Response status code: '403\n" +
		"[2024-05-03 14:20:09.530][5521][debug][filter] [source/extensions/filters/http/ext_authz/ext_authz.cc:263] [C7][S118] ext_authz filter added header(s) to the local response:\n" +
		"[2024-05-03T14:20:09.529Z] \"POST /invoices HTTP/1.1\" 403 - 0 31 2 - \"-\" \"httpie/3.2.2\" \"0d5e7c1a-44b2-4e0f-9a61-2f8c3b7d9e10\" \"billing.example.org\" \"-\"\n```\n"
	wantStatuses(t, "", text, 403, 403)
}
