package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestKnownCallerNeedsCredentials: an error whose meaning is that a known
// caller lacks a permission cannot apply to a request the paste shows whole
// that carried no credential of any kind, and the explanation never says
// both that no credentials were sent and that the caller is known. A
// credential in the query, a cookie, or a request not shown at all leave
// the meaning standing. A request read from a log line without its headers
// is not a request shown whole, nor is a signed request's canonical form a
// server echoes (header lines with no request line): whether it carried
// credentials is not known. A Bearer error code to a request that sent no
// token is not a token refused.
// Samples written for this test.
func TestKnownCallerNeedsCredentials(t *testing.T) {
	const body = "< HTTP/2 403\n< content-type: application/json\n<\n{\"message\":\"403 Forbidden\"}\n"
	cases := []struct {
		name, paste string
		class       rule.Class
		want, not   []string
	}{
		{name: "curl -v with no credential, a known-caller error",
			paste: "$ curl -v https://code.example.net/api/v4/groups/19/members\n> GET /api/v4/groups/19/members HTTP/2\n> Host: code.example.net\n> user-agent: curl/7.88.1\n> accept: */*\n>\n" + body,
			class: rule.Blocked, not: []string{"caller is known"}},
		{name: "the token in the query",
			paste: "$ curl -v \"https://code.example.net/api/v4/groups/19/members?private_token=glpat-Qx81mZtR2bW7vYc4NnLd\"\n> GET /api/v4/groups/19/members?private_token=glpat-Qx81mZtR2bW7vYc4NnLd HTTP/2\n> Host: code.example.net\n> user-agent: curl/7.88.1\n>\n" + body,
			class: rule.Authorization, want: []string{"caller is known"}},
		{name: "a session cookie",
			paste: "> GET /api/v4/groups/19/members HTTP/2\n> Host: code.example.net\n> cookie: _gitlab_session=4be1c09d7aa35e6f\n>\n" + body,
			class: rule.Authorization, want: []string{"caller is known"}},
		{name: "no request in the paste",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"403 Forbidden\"}\n",
			class: rule.Authorization, want: []string{"caller is known"}},
		{name: "a 401 whose body names a permission, no credential",
			paste: "> POST /v1/reports/export HTTP/1.1\n> Host: ledger.example.io\n> User-Agent: python-requests/2.31.0\n>\n< HTTP/1.1 401 Unauthorized\n< Content-Type: application/json\n<\n{\"error\":\"forbidden\",\"message\":\"You do not have permission to perform this action.\"}\n",
			not:   []string{"caller is known"}},
		{name: "a request line from a tool's log",
			paste: "Run pkgtool push dist/*.pkg --source https://feed.example.org/\nPushing Acme.Widgets.3.2.0.pkg to 'https://feed.example.org/'...\n  PUT https://feed.example.org/api/v3/package/\n  Forbidden https://feed.example.org/api/v3/package/ 412ms\nerror: Response status code does not indicate success: 403 (Forbidden).\n",
			not:   []string{"no credentials", "forbidden-without-credentials"}},
		{name: "a Bearer error code on a 401 to a request without a token",
			paste: "> GET /rpc/v2/stream HTTP/1.1\n> Host: tools.example.dev\n> User-Agent: curl/8.4.0\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"no bearer token in the request\"\n< Content-Length: 0\n<\n",
			class: rule.Authentication, want: []string{"no credentials"}, not: []string{"itself was refused"}},
		{name: "a signed request's canonical form echoed in an error",
			paste: "Our uploader gets this from the bucket on every listing:\n\n```\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><CanonicalRequest>GET\n/\nmax-keys=50&prefix=exports%2F\nhost:files-archive.s3.amazonaws.com\nx-amz-content-sha256:UNSIGNED-PAYLOAD\nx-amz-date:20250303T080910Z\n\nhost;x-amz-content-sha256;x-amz-date\nUNSIGNED-PAYLOAD</CanonicalRequest><RequestId>7QW2K9</RequestId></Error>\n```\n",
			class: rule.Authentication, not: []string{"no credentials", "forbidden-without-credentials"}},
		// The refusal names the caller it refused: the server knew who asked
		// by a means no paste shows (a client certificate, a front proxy).
		{name: "a refusal naming its caller, the request without credentials",
			paste: "> GET /apis/batch/v1/namespaces/etl/jobs HTTP/1.1\n> Host: k8s.example.internal:6443\n> User-Agent: curl/8.4.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/json\n<\n{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"jobs.batch is forbidden: User \\\"etl-runner\\\" cannot list resource \\\"jobs\\\" in API group \\\"batch\\\" in the namespace \\\"etl\\\"\",\"reason\":\"Forbidden\",\"code\":403}\n",
			class: rule.Authorization, want: []string{"names the caller it refused"}, not: []string{"anonymous callers lack"}},
		{name: "the same refusal to system:anonymous",
			paste: "> GET /apis/batch/v1/namespaces/etl/jobs HTTP/1.1\n> Host: k8s.example.internal:6443\n> User-Agent: curl/8.4.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/json\n<\n{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"jobs.batch is forbidden: User \\\"system:anonymous\\\" cannot list resource \\\"jobs\\\" in API group \\\"batch\\\" in the namespace \\\"etl\\\"\",\"reason\":\"Forbidden\",\"code\":403}\n",
			not:   []string{"names the caller it refused"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, x := lastResponse(t, c.paste)
			if c.class != "" && x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s", x.Verdict.Class, c.class, x.Verdict.Explanation)
			}
			said := x.Verdict.Explanation
			for _, f := range x.Findings {
				said += "\n" + f.Name
			}
			checkSaid(t, said, c.want, c.not)
		})
	}
}
