//go:build !js

package e2e

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The pastes issue #9 names, tried as a new user would: each gets the right
// verdict with its evidence lines, and a copy that shows only part of the
// header block claims nothing is missing. The values are invented.
func TestReadingRealPastes(t *testing.T) {
	cases := []struct {
		name, paste, verdict string
		// evidence lists the lines (1-based) of which a reason must cite one:
		// the status wherever it was read, or the stronger evidence.
		evidence []int
		// noMissing forbids findings about absent headers: the paste does
		// not show the whole header block.
		noMissing bool
	}{
		{name: "Python traceback around a requests HTTPError", verdict: "authentication", evidence: []int{3, 8}, paste: `>>> resp = session.post("https://api.example.com/v2/uploads", files=files)
>>> print(resp.headers)
{'Date': 'Thu, 03 Dec 2026 10:12:44 GMT', 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="uploads", error="invalid_token", error_description="The access token expired"', 'Content-Length': '74'}
>>> resp.raise_for_status()
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/usr/lib/python3/dist-packages/requests/models.py", line 1021, in raise_for_status
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v2/uploads`},
		{name: "JavaScript client's logged error object", verdict: "authorization", evidence: []int{1, 14}, paste: `AxiosError: Request failed with status code 403
    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:2019:12)
    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/dist/node/axios.cjs:3135:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'get',
    url: 'https://api.example.org/v1/projects/7781/members',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      Authorization: 'Bearer tok_dummy_4f1c2a9e8b7d6c5e4f3a2b1c'
    }
  },
  response: {
    status: 403,
    statusText: 'Forbidden',
    headers: Object [AxiosHeaders] {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': 'c0ffee12-3456-7890-abcd-ef0123456789'
    },
    data: { error: 'forbidden', message: 'Your role on project 7781 does not allow listing members' }
  }
}`},
		{name: "Kubernetes client verbose log", verdict: "authorization", evidence: []int{6, 11}, paste: `I1203 10:21:07.118203   51822 round_trippers.go:463] GET https://k8s-api.internal.example:6443/api/v1/namespaces/payments/secrets?limit=500
I1203 10:21:07.118233   51822 round_trippers.go:469] Request Headers:
I1203 10:21:07.118240   51822 round_trippers.go:473]     Accept: application/json
I1203 10:21:07.118248   51822 round_trippers.go:473]     User-Agent: kubectl/v1.29.3 (linux/amd64) kubernetes/6813625
I1203 10:21:07.118255   51822 round_trippers.go:473]     Authorization: Bearer <masked>
I1203 10:21:07.131962   51822 round_trippers.go:574] Response Status: 403 Forbidden in 13 milliseconds
I1203 10:21:07.131978   51822 round_trippers.go:577] Response Headers:
I1203 10:21:07.131991   51822 round_trippers.go:580]     Content-Type: application/json
I1203 10:21:07.132003   51822 round_trippers.go:580]     Content-Length: 279
I1203 10:21:07.132010   51822 round_trippers.go:580]     Date: Thu, 03 Dec 2026 10:21:07 GMT
I1203 10:21:07.132233   51822 request.go:1212] Response Body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"secrets is forbidden: User \"dev-reader@example.com\" cannot list resource \"secrets\" in API group \"\" in the namespace \"payments\"","reason":"Forbidden","details":{"kind":"secrets"},"code":403}
Error from server (Forbidden): secrets is forbidden: User "dev-reader@example.com" cannot list resource "secrets" in API group "" in the namespace "payments"`},
		{name: "PowerShell web-request error", verdict: "authentication", evidence: []int{2}, noMissing: true, paste: `PS C:\Users\dev> Invoke-RestMethod -Uri https://api.example.net/v1/reports -Headers @{ "X-Api-Key" = $key }
Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.
At line:1 char:1
+ Invoke-RestMethod -Uri https://api.example.net/v1/reports -Headers @{ ...
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException
    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand`},
		{name: "DevTools copy without its section headings", verdict: "authentication", evidence: []int{3}, noMissing: true, paste: `Request URL: https://app.example.com/api/account
Request Method: GET
Status Code: 401 Unauthorized
Remote Address: 203.0.113.24:443
Referrer Policy: strict-origin-when-cross-origin`},
	}
	p := newPage(t, 1280, 900)
	lineRef := regexp.MustCompile(`line (\d+)`)
	missing := regexp.MustCompile(`^missing-|without|no-challenge`)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p.t = t
			p.pasteFresh(c.paste)
			cs := p.cards()
			if len(cs) == 0 {
				t.Fatalf("no card")
			}
			// The primary card: the last refusal in the paste.
			got := cs[len(cs)-1]
			if got.Verdict != c.verdict {
				t.Errorf("verdict %q, want %q (headline %q)", got.Verdict, c.verdict, got.Headline)
			}
			cited := false
			for _, r := range got.Reasons {
				for _, m := range lineRef.FindAllStringSubmatch(r, -1) {
					if n, _ := strconv.Atoi(m[1]); slices.Contains(c.evidence, n) {
						cited = true
					}
				}
			}
			if !cited {
				t.Errorf("no reason cites line %v: %q", c.evidence, got.Reasons)
			}
			if c.noMissing {
				var names []string
				p.eval(`[...document.querySelectorAll("#out details.finding")].map(d => d.dataset.name || d.querySelector(".finding-title")?.textContent || "")`, &names)
				for i, f := range got.Findings {
					if strings.HasPrefix(f.Rule, "AT1001") || strings.HasPrefix(f.Rule, "AT1002") || (i < len(names) && missing.MatchString(names[i])) {
						t.Errorf("a paste that shows only part of the header block got %s %q", f.Rule, f.Title)
					}
				}
			}
		})
	}
}
