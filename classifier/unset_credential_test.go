package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestUnsetCredential: a 403 to a request that named its credential and
// sent no value for it (the literal a front end prints for a token it never
// loaded, "Bearer undefined"; an API-key header left empty; a download URL
// built with "token=" from a config that had none) refuses a caller the
// server could not identify: authentication, whatever the status. The field
// that went out is no secret to warn about, and the credentials-sent
// finding says the credential itself is what is missing. A real value, or a
// body that names another cause (an edge's block page), keeps its reading.
// Samples written for this test, after pastes in public issue threads.
func TestUnsetCredential(t *testing.T) {
	const forbidden = "< HTTP/2 403\n< content-type: application/json; charset=utf-8\n< content-length: 23\n<\n{\"message\":\"Forbidden\"}\n"
	cases := []struct {
		name, paste string
		class       rule.Class
		want, not   []string
	}{
		{name: "Bearer undefined from a front end",
			paste: "$ curl -v https://api.tallyroom.app/v2/boards/41/cards -H \"Authorization: Bearer undefined\"\n> GET /v2/boards/41/cards HTTP/2\n> Host: api.tallyroom.app\n> user-agent: curl/8.5.0\n> accept: */*\n> authorization: Bearer undefined\n>\n" + forbidden,
			class: rule.Authentication, want: []string{"sent no value", "credential itself is what is missing"},
			not: []string{"secrets-in-paste", "credentials are not what is missing"}},
		{name: "an API-key header left empty",
			paste: "GET /api/v1/stations?limit=20 HTTP/1.1\nHost: meteo.fernhill.io\nUser-Agent: python-requests/2.31.0\nAccept: */*\nX-Api-Key: \n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nContent-Length: 23\n\n{\"message\":\"Forbidden\"}\n",
			class: rule.Authentication, want: []string{"X-Api-Key"}, not: []string{"secrets-in-paste"}},
		{name: "a download URL built with an empty token",
			paste: "Traceback (most recent call last):\n  File \"/opt/modsync/sync.py\", line 88, in fetch\n    r.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://mods.kestrelgames.net/api/downloads/data/mods/77/RailBridges_1.4.2.zip?username=&token=\n",
			class: rule.Authentication, want: []string{"token in the URL query"}},
		{name: "a real token keeps the status's reading",
			paste: "$ curl -v https://api.tallyroom.app/v2/boards/41/cards -H \"Authorization: Bearer tr_live_7Hq2mVx9KpL4sN8dW3cZ\"\n> GET /v2/boards/41/cards HTTP/2\n> Host: api.tallyroom.app\n> user-agent: curl/8.5.0\n> accept: */*\n> authorization: Bearer tr_live_7Hq2mVx9KpL4sN8dW3cZ\n>\n" + forbidden,
			class: rule.Authorization, not: []string{"sent no value"}},
		{name: "an edge's block page names another cause",
			paste: "> GET /v2/boards/41/cards HTTP/2\n> Host: api.tallyroom.app\n> user-agent: curl/8.5.0\n> authorization: Bearer undefined\n>\n< HTTP/2 403\n< server: cloudflare\n< cf-ray: 8a1f2c3d4e5f6a7b-AMS\n< content-type: text/html; charset=UTF-8\n<\n<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><h2>You are unable to access tallyroom.app</h2><p>This website is using a security service to protect itself from online attacks.</p><p>Cloudflare Ray ID: <strong>8a1f2c3d4e5f6a7b</strong></p></body></html>\n",
			class: rule.Blocked},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, x := lastResponse(t, c.paste)
			if c.class != "" && x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s", x.Verdict.Class, c.class, x.Verdict.Explanation)
			}
			said := explainedWithFindings(x)
			checkSaid(t, said, c.want, c.not)
		})
	}
}

// TestUnsetCredentialEvidence: the reason for an unset credential quotes the
// header that went out empty, the line the reader needs to look at, not the
// request line (values are invented).
func TestUnsetCredentialEvidence(t *testing.T) {
	paste := "> GET /v2/boards/41/cards HTTP/2\n> Host: api.tallyroom.app\n> user-agent: curl/8.5.0\n> authorization: Bearer undefined\n>\n< HTTP/2 403\n< content-type: application/json\n<\n{\"message\":\"Forbidden\"}\n"
	_, x := lastResponse(t, paste)
	for _, r := range x.Verdict.Reasons {
		if r.Class != rule.Authentication || r.Evidence == nil {
			continue
		}
		if r.Evidence.Where != "request header" || r.Evidence.Pos.Line != 4 {
			t.Errorf("the reason quotes %s at line %d (%q), want the request header at line 4", r.Evidence.Where, r.Evidence.Pos.Line, r.Evidence.Text)
		}
		return
	}
	t.Errorf("no authentication reason with evidence: %+v", x.Verdict.Reasons)
}
