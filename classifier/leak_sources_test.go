package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// What a leak rule reads must be the server's: curl's own "* " lines left
// in a text the curl reader could not take (another protocol's status
// line), a header the code sets on its request, a node's identity that
// names an address, a URL's host in the paste's own text taken for the
// body, a quoted user on a line that refuses nothing, a home path in a
// client's debug record, and an address in a success's body (samples
// written for this test).
func TestLeaksNotReadFromTheClientsOwnLines(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "curl info lines around an RTSP answer",
			paste: "Verbose output against the encoder:\n\n```\n" +
				"< RTSP/1.0 401 Unauthorized\n< CSeq: 2\n< Date: Mon, 03 Feb 2025 09:12:44 GMT\n" +
				"< WWW-Authenticate: Digest realm=\"Streaming Server\", nonce=\"7f3c0a9e51d24b68\"\n< \n" +
				"* Connection #0 to host 192.168.44.21 left intact\n" +
				"* Server auth using Basic with user 'operator7'\n" +
				"* Connected to 192.168.44.21 (192.168.44.21) port 8554 (#0)\n```\n",
			class: rule.Authentication, not: []string{"internal-ip", "identity-leak"}},
		{name: "a header the code adds to its request",
			paste: "Running my script prints\n\nHTTP Error 401: Unauthorized {'code': 7004, 'message': 'login failed'}\n\n" +
				"```python\nimport urllib.request\n\nreq = urllib.request.Request('http://127.0.0.1:9400/api/login', body, method='POST')\n" +
				"req.add_header('Content-Type', 'application/json')\n\nwith urllib.request.urlopen(req) as res:\n    print(res.read())\n```\n",
			class: rule.Authentication, not: []string{"missing-www-authenticate"}},
		{name: "a node's identity named by its address",
			paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: 250\r\n\r\n" +
				`{"kind":"Status","apiVersion":"v1","status":"Failure","message":"secrets is forbidden: User \"system:node:172.20.8.33\" cannot list resource \"secrets\" in API group \"\" in the namespace \"billing\"","reason":"Forbidden","code":403}` + "\n",
			class: rule.Authorization, want: []string{"identity-leak"}, not: []string{"internal-ip"}},
		{name: "an internal host in the person's own account of what they opened",
			paste: "Members who forgot their password are stuck. Following the reset link http://library.lan/members/reset/ from the mail gives this:\n\n" +
				"Access denied. You must be logged in to view this page.\n",
			class: rule.Authentication, not: []string{"internal-hostname"}},
		{name: "a quoted user on a line that refuses nothing",
			paste: "Error: GET https://api.tracker.example/v3/projects/88/issues returned 403 Forbidden\n" +
				"hint: the user `kt-reader` is granted read on this project in the web UI\n",
			class: rule.Authorization, not: []string{"identity-leak"}},
		{name: "a quoted user the refusal names",
			paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n" +
				`{"error":"access_denied","error_description":"The signed in user 'h.lind@fabrikam.example' is not assigned to a role for the application"}` + "\n",
			class: rule.Authorization, want: []string{"identity-leak"}},
		{name: "a home path in a verbose client's debug record",
			paste: "```\nDEBUG Acquired lock at `C:\\Users\\mfelder\\AppData\\Local\\pkgtool\\cache\\index.lock`\n" +
				"  x Failed to download `ledgerkit==0.4.1`\n  |-> Failed to fetch:\n" +
				"  |   `https://packages.corp.example/simple/ledgerkit/ledgerkit-0.4.1.whl`\n" +
				"  `-> HTTP status client error (401 Unauthorized) for url\n" +
				"      (https://packages.corp.example/simple/ledgerkit/ledgerkit-0.4.1.whl)\n" +
				"  help: `ledgerkit` (v0.4.1) was included because `shop-tools:dev` (v0.1.0) depends on `ledgerkit`\n```\n",
			class: rule.Authentication, not: []string{"identity-leak"}},
		{name: "addresses in a success's body are its content",
			paste: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" +
				`{"interfaces":[{"name":"eth0","address":"10.31.7.12","gateway":"10.31.7.1"}]}` + "\n",
			class: rule.None, not: []string{"internal-ip"}},
		{name: "an address in a refusal's body",
			paste: "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n" +
				`{"error":"forbidden","detail":"request from gateway 10.31.7.1 is not on the allow list of node 10.31.7.12"}` + "\n",
			class: rule.Authorization, want: []string{"internal-ip"}},
	})
}
