//go:build !js

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnyPasteInPage tries, as a new user would, the pastes issue #9 names:
// a Python traceback around a client's HTTP error, a JavaScript client's
// logged error object, a Kubernetes client's verbose log, a PowerShell
// web-request error, and a DevTools copy without its section headings (which
// shows no response headers, so no "missing" finding may be claimed). Each
// gets its verdict with the line that decided it; so does a reply that
// quotes someone's dump with "> " and words of its own around it, a Ruby
// client's exception class named after the reason phrase, a curl -v dump
// a terminal cut at its width, and docker service logs whose access record
// names no caller beside its 403.
func TestAnyPasteInPage(t *testing.T) {
	cases := []struct {
		name, paste, verdict, reason string // reason: text the deciding reason quotes
		line                         string // the line the reasons point at
		noRules                      []string
	}{
		{"python traceback", `Traceback (most recent call last):
  File "sync.py", line 42, in <module>
    resp.raise_for_status()
  File "/usr/lib/python3/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v2/reports
`, "authentication", "401", "line 6", nil},
		{"javascript error object", `AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {
  code: 'ERR_BAD_REQUEST',
  response: {
    status: 403,
    statusText: 'Forbidden',
    headers: { 'content-type': 'application/json' },
    data: { error: 'insufficient_permissions', message: 'You do not have permission to delete this project' }
  }
}
`, "authorization", "403", "line 5", nil},
		{"kubernetes verbose log", `I1204 10:00:00.123456   12345 round_trippers.go:463] GET https://203.0.113.10:6443/api/v1/namespaces/default/pods?limit=500
I1204 10:00:00.123500   12345 round_trippers.go:469] Request Headers:
I1204 10:00:00.123520   12345 round_trippers.go:473]     Authorization: Bearer <masked>
I1204 10:00:00.150000   12345 round_trippers.go:574] Response Status: 401 Unauthorized in 26 milliseconds
I1204 10:00:00.150010   12345 round_trippers.go:577] Response Headers:
I1204 10:00:00.150020   12345 round_trippers.go:580]     Content-Type: application/json
I1204 10:00:00.150100   12345 request.go:1212] Response Body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}
`, "authentication", `"reason":"Unauthorized"`, "line 7", nil},
		{"powershell error", `Invoke-RestMethod : The remote server returned an error: (403) Forbidden.
At line:1 char:1
+ Invoke-RestMethod -Uri https://api.example.com/v1/admin -Headers $h
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException
    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand
`, "authorization", "403", "line 1", nil},
		{"devtools copy without headings", `Request URL: https://api.example.com/v1/me
Request Method: GET
Status Code: 401 Unauthorized
Remote Address: 203.0.113.5:443
Referrer Policy: strict-origin-when-cross-origin
accept: application/json
authorization: Bearer [REDACTED]
origin: https://app.example.com
`, "authentication", "401", "line 3", []string{"AT1001", "AT4001", "AT4003"}},
		{"a reply quoting a curl -v dump", `On Wed, Nov 4, 2026 at 4:02 PM Priya Nair <priya@example.org> wrote:
> * Connected to files.example.org (203.0.113.40) port 443
> > GET /dav/reports/ HTTP/1.1
> > Host: files.example.org
> > Authorization: Basic ***
> >
> < HTTP/1.1 401 Unauthorized
> < WWW-Authenticate: Basic realm="files"
> <

We see exactly this since the upgrade. Any idea?
`, "authentication", `Basic realm="files"`, "line 8", nil},
		// a Ruby client names its exception after the reason phrase and
		// prints only that: the class stands for the status
		{"a Ruby client's exception class", `Every call from the gem fails with

RestClient::Unauthorized: RestClient::Unauthorized

while the same URL works in the browser.
`, "authentication", "401", "line 3", nil},
		// a curl -v dump an 80-column terminal cut: its long accept-ch and
		// critical-ch values go on over unmarked lines, and the header
		// block goes on after them
		{"a curl -v dump cut at 80 columns", `* Connected to shop.example.net (198.51.100.23) port 443
> GET /account/orders HTTP/2
> Host: shop.example.net
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/2 403
< date: Thu, 03 Dec 2026 18:20:41 GMT
< content-type: text/html; charset=UTF-8
< accept-ch: Sec-CH-UA-Bitness, Sec-CH-UA-Arch, Sec-CH-UA-Full-Version, Sec-CH-U
A-Mobile, Sec-CH-UA-Model, Sec-CH-UA-Platform-Version, Sec-CH-UA-Full-Version-Li
st, Sec-CH-UA-Platform, Sec-CH-UA
< critical-ch: Sec-CH-UA-Bitness, Sec-CH-UA-Arch, Sec-CH-UA-Full-Version, Sec-CH
-UA-Mobile, Sec-CH-UA-Model, Sec-CH-UA-Platform-Version
< cross-origin-opener-policy: same-origin
< cf-mitigated: challenge
< server: cloudflare
< cf-ray: 8e1f2a3b4c5d6e7f-AMS
<
<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
`, "blocked", "cf-mitigated: challenge", "line 16", nil},
		// docker service logs: the server's access record names no caller
		// beside the 403 it states, the client's line after it restates
		// the failure
		{"a swarm service's log records", `The agent keeps restarting; the swarm logs show:

core.1.m3x8k2v9q1zt@node-a    | {"auth_via": "unauthenticated", "event": "/api/v2/agents/config/", "level": "info", "method": "GET", "status": 403, "user": ""}
agent.1.p7c4n1b6w2rd@node-b    | {"error":"403 Forbidden","event":"could not load agent configuration, retrying in 5 seconds","level":"error"}
`, "authentication", "auth_via: unauthenticated", "line 3", nil},
		// a forum wrapped the command inside an option's name: the token it
		// sends is the request's, so no "403 without credentials"
		{"a command wrapped inside an option", `$ curl --include --request GET 'http://10.20.0.47/app_dev.php/api/users/' --
header 'Authorization: Bearer Rk4Wq9Zt2Lm7Xc1Vb8Nd3Hs6Jp0Fy5Ga'
HTTP/1.1 403 Forbidden
Content-Type: application/json

{"code":403,"message":"Access Denied"}
`, "authorization", "403 Forbidden", "line 3", []string{"AT1020"}},
	}
	p := newPage(t, 1280, 900)
	for i, c := range cases {
		p.pasteFresh(c.paste)
		p.saveShot(fmt.Sprintf("anypaste-%d.png", i+1), p.shot())
		cs := p.cards()
		if len(cs) != 1 {
			t.Errorf("%s: %d cards, want 1", c.name, len(cs))
			continue
		}
		if cs[0].Verdict != c.verdict {
			t.Errorf("%s: verdict %s, want %s (%s)", c.name, cs[0].Verdict, c.verdict, cs[0].Headline)
		}
		if len(cs[0].Reasons) == 0 || !strings.Contains(strings.Join(cs[0].Reasons, "\n"), c.reason) {
			t.Errorf("%s: the reasons do not quote %q: %q", c.name, c.reason, cs[0].Reasons)
		}
		if !strings.Contains(strings.Join(cs[0].Reasons, "\n"), c.line+"✎") {
			t.Errorf("%s: the reasons do not point at %s: %q", c.name, c.line, cs[0].Reasons)
		}
		for _, f := range cs[0].Findings {
			for _, r := range c.noRules {
				if f.Rule == r {
					t.Errorf("%s: %s claimed (%s) though the response headers were not pasted", c.name, r, f.Title)
				}
			}
		}
	}
}
