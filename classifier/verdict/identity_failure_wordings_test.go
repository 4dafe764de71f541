package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestIdentityFailureWordings: a 403 whose words say the credential itself
// was turned down is an authentication failure, and the explanation names
// the body as what outranked the status: a credential described by how it
// travelled before what is wrong with it ("The bearer token included in the
// request is invalid", AWS's and many APIs' wording), a whole answer of
// "Invalid key" (Zotero's), a request said not to include a valid
// authentication header. The same words about a configuration key, or a
// credential described the same way and then accepted, are not (samples
// written for this test, after public threads of the kind).
func TestIdentityFailureWordings(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        rule.Class
	}{
		{"carrier clause in an app log",
			"[2026-04-11 08:21:07.114] [Req:10.2.9.44:7f1e22ab] [WARN] [Upstream] 403 response body (callApi): The bearer token included in the request is invalid.\n",
			rule.Authentication},
		{"carrier clause with you provided",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"The API key you provided with this request has expired. Generate a new one in the dashboard.\"}\n",
			rule.Authentication},
		{"whole answer Invalid key",
			"$ curl -s -i -H 'Gravel-Api-Key: 5d0c1e9a7b31' https://api.gravelstore.example/v2/items\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nInvalid key\n",
			rule.Authentication},
		{"request does not include a valid header",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"Request does not include a valid authentication header\"}\n",
			rule.Authentication},
		// other languages' and mutual TLS's words for the same
		{"Russian invalid token",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\n\n{\"status\":\"error\",\"message\":\"Невалидный токен доступа\"}\n",
			rule.Authentication},
		{"no client certificate",
			"< HTTP/2 403\n< content-type: application/json\n<\n{\"code\":\"MTLS_REQUIRED\",\"error\":\"No client certificate presented\"}\n",
			rule.Authentication},
		{"nginx without the client's certificate",
			"HTTP/1.1 400 Bad Request\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>400 No required SSL certificate was sent</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>No required SSL certificate was sent</center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
			rule.Authentication},
		// a 401 that says, in traditional Chinese, the caller lacks the right
		{"traditional Chinese no permission on a 401",
			"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":401,\"msg\":\"您無權限執行此操作\"}\n",
			rule.Authorization},
		// a check that needs a good credential, in the API's words or in
		// an S3-compatible store's (Alibaba OSS's missing signing date)
		{"requires a valid token",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"This endpoint requires a valid API token\"}\n",
			rule.Authentication},
		{"OSS signing date",
			"HTTP/1.1 403 Forbidden\nServer: AliyunOSS\nContent-Type: application/xml\nx-oss-request-id: 67C1A0D2E3F4051627384950\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>OSS authentication requires a valid Date.</Message>\n  <RequestId>67C1A0D2E3F4051627384950</RequestId>\n  <HostId>blog-pics.oss-cn-shanghai.aliyuncs.com</HostId>\n</Error>\n",
			rule.Authentication},
		// a configuration file's key, not a credential
		{"invalid key of a config",
			"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"Invalid key 'retention_days' in section [storage]\"}\n",
			rule.None},
		// the credential travelled and was fine: the role is what is missing
		{"carrier clause then a role",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"The token included in the request is valid, but your role does not allow deleting projects\"}\n",
			rule.Authorization},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%s: %v, %d exchanges", c.name, err, len(rep.Exchanges))
		}
		v := rep.Exchanges[0].Verdict
		if v.Class != c.want {
			t.Errorf("%s: %s, want %s (%v)", c.name, v.Class, c.want, v.Reasons)
			continue
		}
		if c.want == rule.Authentication && rep.Exchanges[0].Response != nil && rep.Exchanges[0].Response.Status == 403 && len(v.Overruled) == 0 {
			t.Errorf("%s: the 403's reading is not named as overruled", c.name)
		}
	}
}
