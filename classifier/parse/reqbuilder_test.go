package parse

import "testing"

// TestRequestBuilderHeadersAreTheRequests: headers a client's code sets
// (a builder's .header("Name", "value"), a hashtable or array assigned to
// a variable named for headers: PowerShell's $headers = @{…}, PHP's
// $header = […], JavaScript's const headers = {…}) are the request's, so
// a response shown only by its body has no header block read, and no
// finding says its challenge is missing; a response object's
// res.header(…) stays the response's.
func TestRequestBuilderHeadersAreTheRequests(t *testing.T) {
	body := "\nresponse body: {\"status\":401,\"message\":\"token rejected\"}\n"
	for _, code := range []string{
		`HttpResponse<String> r = Unirest.get("https://depot.harrow.example/v1/bins").header("Content-Type", "application/json").header("X-Trace", "q81").asString();`,
		`$headers = @{ "Content-Type" = "application/json"; "X-Trace" = "q81" }`,
		`$header = ["Content-Type: application/json", "X-Trace: q81"];`,
		`const headers = { "Content-Type": "application/json", "X-Trace": "q81" };`,
	} {
		x := lastAnswered(t, code+body, 401)
		if len(x.Response.Fields) > 0 {
			t.Errorf("response fields %+v read from the request's code\n%s", x.Response.Fields, code)
		}
	}
	if responseReceiver("app.get('/x', (req, ") || !responseReceiver("  res") {
		t.Error("responseReceiver")
	}
	if codeHeaders(`if headers == {}:`) || !codeHeaders(`let headers = {`) || !codeHeaders(`$Headers = @{`) {
		t.Error("codeHeaders")
	}
}
