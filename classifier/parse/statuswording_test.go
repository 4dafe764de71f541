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
