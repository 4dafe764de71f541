package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// pasteFindings returns the names of the findings the paste raises, across
// its exchanges.
func pasteFindings(t *testing.T, paste string) map[string]bool {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			got[f.Name] = true
		}
	}
	return got
}

// TestRemovalPhraseInParentheses: PyGithub's debug log prints the request's
// headers with the token replaced by "(oauth token removed)": a
// credential was sent and is masked in the paste (credentials-sent and
// redacted-value).
func TestRemovalPhraseInParentheses(t *testing.T) {
	paste := `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.github.com:443
DEBUG:urllib3.connectionpool:https://api.github.com:443 "GET /repos/quarry-lab/sensor-feed HTTP/1.1" 401 80
DEBUG:github.Requester:GET https://api.github.com/repos/quarry-lab/sensor-feed {'Authorization': 'token (oauth token removed)', 'User-Agent': 'PyGithub/Python'} None ==> 401 {'server': 'GitHub.com', 'date': 'Fri, 11 Nov 2022 08:14:02 GMT', 'content-type': 'application/json; charset=utf-8', 'content-length': '80', 'x-github-media-type': 'github.v3; format=json'} {"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}
github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}
`
	got := pasteFindings(t, paste)
	for _, n := range []string{"credentials-sent", "redacted-value"} {
		if !got[n] {
			t.Errorf("no %s; findings %v", n, got)
		}
	}
}

// TestJWTWithTypedOverParts: a bearer JWT whose header and signature the
// person typed over with runs of letters ("XXXXXXXXKKKKKKKK…") and left the
// claims as they were is masked: the request carried a token (it was
// sent), but no usable one is in the paste. A JWT left whole is not.
func TestJWTWithTypedOverParts(t *testing.T) {
	const claims = "eyJhdWQiOiJhcGk6Ly9pbnZvaWNlcyIsImlzcyI6Imh0dHBzOi8vc3RzLmV4YW1wbGUuY29tLyJ9"
	for _, c := range []struct {
		token string
		want  bool
	}{
		{"XXXXXXXXXXXXKKKKKKKKKKKKSSSSSSSSSSSS." + claims + ".XXXXXXXXXXXXKKKKKKKKKKKKSSSSSSSSSSSS", true},
		{"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + claims + ".xxxxxxxxxxxxxxxxxxxxxxxx", true},
		{"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + claims + ".Qm9Yc2d0Zk1wR3lYa2VQZnRqV2hLbm1Vc0xiVw", false},
	} {
		paste := "error.response:\n{ status: 403,\n  statusText: 'Forbidden',\n  headers:\n   { date: 'Wed, 15 Jan 2020 08:41:02 GMT',\n     'content-type': 'application/json; charset=utf-8' },\n  config:\n   { url: 'https://invoices.example.com/api/v2/batches',\n     method: 'get',\n     headers:\n      { Accept: 'application/json',\n        Authorization: 'Bearer " + c.token + "',\n        'User-Agent': 'axios/0.19.0' } },\n  data: { error: 'access_denied' } }\n"
		got := pasteFindings(t, paste)
		if !got["credentials-sent"] {
			t.Errorf("%s: no credentials-sent; findings %v", c.token[:20], got)
		}
		if got["redacted-value"] != c.want {
			t.Errorf("%s…: redacted-value %v, want %v", c.token[:20], got["redacted-value"], c.want)
		}
	}
}

// TestWgetURLEchoWithoutItsCommand: wget's output behind a prompt the
// reader does not know ("nas.local ➜  ipcam  wget …") still echoes the URL
// it fetches, with the password written "*password*". wget sends a URL's
// credentials only after a challenge selects a scheme: the retry that
// follows "Authentication selected: …" carried them (masked in the paste)
// and was refused; a first request that no challenge followed carried
// none.
func TestWgetURLEchoWithoutItsCommand(t *testing.T) {
	retried := `nas.local ➜  ipcam  wget 'http://viewer:********@10.9.8.21:8081/cgi-bin/configManager.cgi?action=getConfig&name=Snap'
--2022-09-30 07:15:44--  http://viewer:*password*@10.9.8.21:8081/cgi-bin/configManager.cgi?action=getConfig&name=Snap
Connecting to 10.9.8.21:8081... connected.
HTTP request sent, awaiting response... 401 Unauthorized
Authentication selected: Digest realm="Login to 7K0219XPAZ41C", qop="auth", nonce="88213004", opaque="b2f1c0d4e5a6978812345678abcdef01"
Reusing existing connection to 10.9.8.21:8081.
HTTP request sent, awaiting response... 401 Unauthorized
Username/Password Authentication Failed.
`
	got := pasteFindings(t, retried)
	for _, n := range []string{"credentials-sent", "redacted-value"} {
		if !got[n] {
			t.Errorf("retried after the challenge: no %s; findings %v", n, got)
		}
	}
	unchallenged := `nas.local ➜  ipcam  wget 'http://viewer:********@10.9.8.21:8081/status'
--2022-09-30 07:16:02--  http://viewer:*password*@10.9.8.21:8081/status
Connecting to 10.9.8.21:8081... connected.
HTTP request sent, awaiting response... 401 Unauthorized
Unknown authentication scheme.
Authorization failed.
`
	if got := pasteFindings(t, unchallenged); got["credentials-sent"] {
		t.Errorf("no challenge selected, no retry: credentials-sent all the same; findings %v", got)
	}
}

// TestToolEchoedCommand: tools that run other clients echo each command
// before its output (chart-testing's ">>> ", the shell's xtrace "+ " in a
// CI step): the helm command is read as if behind a prompt, so its
// --username/--password (shell variables, masked) went with the refused
// request.
func TestToolEchoedCommand(t *testing.T) {
	for _, echo := range []string{">>> ", "+ "} {
		paste := "**What happened**: ct lint against a chart repository that needs a login\n\n```\n" + echo + `helm repo add nexus https://nexus.build.example/repository/helm-hosted --username ${NEXUS_USER} --password ${NEXUS_PASS}
Error: looks like "https://nexus.build.example/repository/helm-hosted" is not a valid chart repository or cannot be reached: failed to fetch https://nexus.build.example/repository/helm-hosted/index.yaml : 401 Unauthorized
------------------------------------------------------------------------------------------------------------------------
Error: Error linting charts: Error adding repo: nexus=https://nexus.build.example/repository/helm-hosted: Error waiting for process: exit status 1
` + "```\n"
		got := pasteFindings(t, paste)
		for _, n := range []string{"credentials-sent", "redacted-value"} {
			if !got[n] {
				t.Errorf("%q: no %s; findings %v", echo, n, got)
			}
		}
	}
}
