package parse

import "testing"

// TestNoCallerCredentials: what a request carries that proves no caller's
// identity is no credential sent: a request-forgery token's header, Jira's
// XSRF switch, an error page's "Cookie: enabled", and a presigned URL's
// query (its signature is a capability of the URL, SigV4 or the older
// AWSAccessKeyId/Signature form); a session cookie beside them still is.
func TestNoCallerCredentials(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  CredState
	}{
		{"POST /rest/api/2/issue HTTP/1.1\nHost: jira.example.net\nX-Atlassian-Token: no-check\nX-CSRF-Token: 4f2a9c1e7b3d5a0f\n\nHTTP/1.1 403 Forbidden\n\n", CredNone},
		{"POST /api/items HTTP/1.1\nHost: shop.example.net\nX-XSRF-TOKEN: eyJpdiI6Ik1h\nCookie: laravel_session=b7e0c2d9f4a1\n\nHTTP/1.1 419 unknown status\n\n", CredSent},
		{"GET /adfs/ls/ HTTP/1.1\nHost: sts.example.net\nCookie: enabled\n\nHTTP/1.1 400 Bad Request\n\n", CredNone},
		{"GET /reports/q3.pdf?AWSAccessKeyId=AKIAEXAMPLE0000&Expires=1700000000&Signature=dGhpcyBpcyBub3Q%3D HTTP/1.1\nHost: files.s3.amazonaws.com\nUser-Agent: Wget/1.21\n\nHTTP/1.1 403 Forbidden\n\n", CredNone},
		{"GET /v1/items?api_key=7d1e0c9b4a2f8e6d5c3b HTTP/1.1\nHost: api.example.net\nUser-Agent: curl/8.4.0\n\nHTTP/1.1 401 Unauthorized\n\n", CredSent},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		if got := in.Exchanges[0].Credentials(); got.State != c.want {
			t.Errorf("credentials %+v, want %s, in\n%s", got, c.want, c.paste)
		}
	}
}

// TestRightPromptContinuation: a command typed under a zsh theme that draws
// a right-hand prompt keeps it after the trailing backslash when copied
// ("curl --request POST \      ─╯"); the lines after it are still the
// command's, and the grant's client secret went out with it.
func TestRightPromptContinuation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"curl --request POST \\                  ─╯", "curl --request POST \\"},
		{"curl -X GET \\     ✔", "curl -X GET \\"},
		{"curl -X GET \\ # comment", "curl -X GET \\ # comment"},
		{"echo a \\ b", "echo a \\ b"},
	} {
		if got := cutRightPrompt(c.in); got != c.want {
			t.Errorf("cutRightPrompt(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	in, err := Parse("curl --request POST \\                                      ─╯\n  --url https://id.example.org/oauth/v2/token \\\n  --data grant_type=client_credentials \\\n  --data client_id=7730019 \\\n  --data client_secret=Hk2mQ9vX4wLp7RtZ3nB8cD5fJ1\n{\"error\":\"invalid_client\",\"error_description\":\"client not found\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, x := range in.Exchanges {
		sent = sent || x.Credentials().Grant == "client_credentials"
	}
	if !sent {
		t.Errorf("the client_credentials grant after a right prompt was not read in %d exchanges", len(in.Exchanges))
	}
}

// TestSchemeThenStandInInSentence: an Authorization field written in a
// sentence whose braces make the reader take it for a collection keeps the
// credential after the scheme when it is a stand-in ({{token}}, $TOKEN,
// <token>) or token-sized, so the request counts as sent, masked; a word of
// the sentence after the scheme is none.
func TestSchemeThenStandInInSentence(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"from Postman with header Authorization: Bearer {{sessionJwt}} and this came back", "Bearer {{sessionJwt}}"},
		{"with {x} set and Authorization: Bearer $API_JWT on every call", "Bearer $API_JWT"},
		{"even with {x} Authorization: Bearer is set", "Bearer"},
	} {
		fs, _ := lineFields(c.line, false)
		got := ""
		for _, f := range fs {
			if f.name == "Authorization" {
				got = f.value
			}
		}
		if got != c.want {
			t.Errorf("%q: Authorization %q, want %q", c.line, got, c.want)
		}
	}
	in, err := Parse("from Postman with header Authorization: Bearer {{sessionJwt}} and this came back\n\n{\"statusCode\": 403, \"message\": \"Insufficient scope\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent {
		t.Errorf("credentials %+v, want sent", c)
	}
}

// TestRepeatedRunsMask: a value a person typed over a token's shape, runs
// of one repeated character each, is masked; a real token, a short value
// or runs too short are not.
func TestRepeatedRunsMask(t *testing.T) {
	for _, c := range []struct {
		v    string
		want bool
	}{
		{"QQQQQQQQQQWWWWWWWWWWEEEEEEEE.QQQQQQQQQQWWWWWWWW", true},
		{"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", true},
		{"0000000000000000", true},
		{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl", false},
		{"aaaabbbb", false},
		{"aaaabbbbccccdddx", false},
		{"Bearer", false},
	} {
		if got := IsRedacted(c.v); got != c.want {
			t.Errorf("IsRedacted(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}
