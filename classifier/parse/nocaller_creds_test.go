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
