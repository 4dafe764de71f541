package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCloudflare10000EitherWay: Cloudflare's API answers code 10000
// "Authentication error" both to a request with no usable API token and to
// a valid token that lacks the endpoint's permission. Whether the paste
// shows a token sent decides; the signature alone does not say the caller
// is known. Samples written for this test.
func TestCloudflare10000EitherWay(t *testing.T) {
	const resp = "< HTTP/2 403\n< content-type: application/json\n< server: cloudflare\n< cf-ray: 93c4e1a0b7d25f18-AMS\n<\n" +
		`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}` + "\n"
	const req = "$ curl -v https://api.cloudflare.com/client/v4/zones/5d2e8f0a9c1b47e3a6d4f2b8c0e7a915/dns_records\n" +
		"> GET /client/v4/zones/5d2e8f0a9c1b47e3a6d4f2b8c0e7a915/dns_records HTTP/2\n> Host: api.cloudflare.com\n> user-agent: curl/8.5.0\n> accept: */*\n"
	for _, c := range []struct {
		name, paste string
		class       rule.Class
		want        string
	}{
		// the vendor's error, not only the generic words, explains the refusal
		{"no token shown", req + ">\n" + resp, rule.Authentication, "Cloudflare error says the caller was not authenticated"},
		// the next step covers a token that is not valid as well as one short of a permission
		{"a token sent", req + "> authorization: Bearer q7Hn2VxK9mLt4RcPw8ZsYd3FjB6GaE1uTk0oNi5h\n>\n" + resp, rule.Authorization, "tokens/verify"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, x := lastResponse(t, c.paste)
			if x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s", x.Verdict.Class, c.class, x.Verdict.Explanation)
			}
			if !strings.Contains(x.Verdict.Explanation, c.want) {
				t.Errorf("%q not said:\n%s", c.want, x.Verdict.Explanation)
			}
		})
	}
}
