package parse

import "testing"

// TestCurlBodyOutputIsNoDump: a curl command whose output is the body
// alone (curl -s, no -i or -v) shows no status line and no header: the
// general reader, which reads the status curl -w prints after the body,
// may replace that reading, and the tool's error quoted above it is the same
// response (values are invented).
func TestCurlBodyOutputIsNoDump(t *testing.T) {
	text := "The setup wizard stops with `Could not reach https://api.example.io/v2/account/scopes - Error: 400`\n\n" +
		"The same call by hand:\n\n```sh\n$ curl --request GET \\\n    --url https://api.example.io/v2/account/scopes \\\n" +
		"    --header \"authorization: Bearer <full access token>\" \\\n    -w '\\nHTTP %{response_code}\\n'\n" +
		"{\"errors\": [{\"reason\": \"Scopes are only listed for limited users\"}]}\nHTTP 400\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 400 || in.Exchanges[0].Request == nil {
		for _, x := range in.Exchanges {
			t.Logf("%+v %+v", x.Request, x.Response)
		}
		t.Fatalf("want one exchange, the command's request and 400")
	}
}
