package parse

import "testing"

// TestStatusInClientAndPersonWordings reads a status stated in wordings the
// notation finder missed: a client's check that names what it wanted and
// then what came ("…, but was 401"), a person's sentence that names the
// status before its "is" ("The response code I get is 429."), an error
// member's text that opens with the code and its message ({"detail":"403:
// …"}), and WCF's sentences that print no number at all (implied). A
// sentence about the status someone wants, and a code-numbered line that is
// no JSON member, stay unread. Every value is invented.
func TestStatusInClientAndPersonWordings(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"a client's check, wanted then got", `docker run -e UNLEASH_URL=http://10.11.4.20:4242/api/ -e UNLEASH_API_TOKEN=$TOKEN -p 3000:3000 unleashorg/unleash-proxy
Unleash-proxy is listening on port 3000!
ERROR: Error: Unleash Repository error: Response was not statusCode 2XX, but was 401
`, []int{401}},
		{"the status named before its is", `Logcat says the upload failed with too_many_requests and will be retried later.
I tried three devices, two of them fail the same way.

The response code I get is 429.
`, []int{429}},
		{"the status someone wants is no status", `The response code it should send is 401, not a redirect. This is what comes back:

HTTP/1.1 302 Found
Location: https://auth.wrenfield.example/login
`, []int{302}},
		{"an error member's text opening with the code", `上游错误响应: {"detail":"403: Signature validation failed: 签名验证失败"}
`, []int{403}},
		{"WCF's unauthorized sentence", `Running the C# sample I get this back:

"The HTTP request is unauthorized with client authentication scheme 'Basic'. The authentication header received from the server was 'Basic realm="GATEWAY"'."
`, []int{401}},
		{"WCF's forbidden sentence", `System.ServiceModel.Security.MessageSecurityException: The HTTP request was forbidden with client authentication scheme 'Anonymous'.
`, []int{403}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}

// TestBodyNamingAnotherURLIsNoOtherResponse: kubectl's -v=10 trace gives the
// response's status on the request's line, then its body, whose message
// names the URL of the call the API server made to the kubelet, with the
// same code: one response, not a second request. Every value is invented.
func TestBodyNamingAnotherURLIsNoOtherResponse(t *testing.T) {
	wantStatuses(t, "", `I0311 14:05:21.441702   30918 round_trippers.go:424] curl -k -v -XGET  -H "Accept: application/json, */*" -H "User-Agent: kubectl/v1.18.15 (linux/amd64) kubernetes/73dd5c8" 'https://127.0.0.1:6443/api/v1/namespaces/kube-system/pods/dns-7d9f-x2kq/log?follow=true'
I0311 14:05:21.450917   30918 round_trippers.go:444] GET https://127.0.0.1:6443/api/v1/namespaces/kube-system/pods/dns-7d9f-x2kq/log?follow=true 500 Internal Server Error in 9 milliseconds
I0311 14:05:21.450935   30918 round_trippers.go:450] Response Headers:
I0311 14:05:21.450944   30918 round_trippers.go:453]     Cache-Control: no-cache, private
I0311 14:05:21.450951   30918 round_trippers.go:453]     Content-Type: application/json
I0311 14:05:21.450958   30918 round_trippers.go:453]     Content-Length: 214
I0311 14:05:21.450984   30918 request.go:1068] Response Body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Get https://10.8.0.12:10250/containerLogs/kube-system/dns-7d9f-x2kq/dns?follow=true: Forbidden","code":500}
F0311 14:05:21.451302   30918 helpers.go:115] Error from server: Get https://10.8.0.12:10250/containerLogs/kube-system/dns-7d9f-x2kq/dns?follow=true: Forbidden
`, 500)
}

// TestDeniedCodeIsNoStatus: a code the person says the server no longer
// (or never) answers is not what came back; the code said to come back in
// the same sentence, or a status field below, is. Every value is invented.
func TestDeniedCodeIsNoStatus(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"no longer answers", `Vault no longer answers 403 when the token is bad, it answers 400 with "permission denied".

Status: 400 Bad Request
{"errors":["permission denied"]}
`, []int{400}},
		{"does not return, then another code", `Since the upgrade the gateway does not return 401 anymore, it now gives 500 for an expired token.
`, []int{500}},
		{"never got, then a status line", `We never got a 403 from the old version. Now:

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="api"
`, []int{401}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}

// TestErrorCodeMemberIsImplied: a quoted member named "code" in an error
// body ({"error":{"code":403,…}}) is the body's own code, which implies the
// status (the body does not state it); the prose finder's "code 403" cue
// does not read it as stated. Every value is invented.
func TestErrorCodeMemberIsImplied(t *testing.T) {
	for _, paste := range []string{
		`curl http://10.4.7.19:8080/props
{"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}}
`,
		`The API answers every call with this, whatever the token:

{"code":403,"message":"The owner of the used API token does not have permission to make API calls"}
`,
	} {
		in, err := Parse(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
			t.Fatalf("%d exchanges, want 1 with a response", len(in.Exchanges))
		}
		if r := in.Exchanges[0].Response; r.Status < 400 || r.StatusConf != StatusImplied {
			t.Errorf("status %d (%v), want the body's code, implied", r.Status, r.StatusConf)
		}
	}
}

// TestHypotheticalCodeIsNoStatus: a code the person says they would get
// ("with wrong credentials we'd get a 401") is no response; the one they
// did get is. Every value is invented.
func TestHypotheticalCodeIsNoStatus(t *testing.T) {
	wantStatuses(t, "", `When the provider calls our webhook, authentication succeeds (with wrong credentials we'd get a 401), but then we get a 403 because of the CSRF check.
`, 403)
}

// TestQtNetworkErrorIsNoStatus: Qt apps log QNetworkReply's NetworkError
// number, not the HTTP status: "error 401" is Qt's InternalServerError (a
// 500), "error 204" its AuthenticationRequiredError (a 401). Every value is
// invented.
func TestQtNetworkErrorIsNoStatus(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{`[09:14:22] [warning] "QNetworkReply error 401 from url https://files.quillmoor.example/ocs/v2.php/apps/files_sharing/api/v1/shares: " "Error transferring https://files.quillmoor.example/ocs/v2.php/apps/files_sharing/api/v1/shares - server replied: Internal Server Error"`, 500},
		{`qt.network.reply: QNetworkReply::NetworkError(204) while fetching https://api.quillmoor.example/v1/me`, 401},
	} {
		if h, _ := lineStatus(c.line); h.code != c.want || h.conf != StatusImplied {
			t.Errorf("lineStatus(%q) = %d (%v), want %d implied", c.line, h.code, h.conf, c.want)
		}
	}
}
