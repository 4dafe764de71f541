package parse

import "testing"

// TestLabelledDumpIsNoBody: "response:" over a client's printed error (an
// OpenAPI-generated Ruby client's ApiError, its HTTP library's log line
// first) is a dump that names its own body further down ("Response body:
// {…}"), not a body: its status field and its printed header collection
// are read, and the header block counts as seen whole. Every value is
// invented.
func TestLabelledDumpIsNoBody(t *testing.T) {
	in, err := Parse("Every call fails with the error below.\n\n" +
		"response:\n" +
		"```\n" +
		"ETHON: Libcurl initialized\n" +
		"ETHON: performed EASY effective_url=https://api.crm-example.io/v3/objects/deals response_code=401 return_code=ok total_time=0.18\n" +
		"Acme::Crm::Deals::ApiError: Error message: the server returns an error\n" +
		"HTTP status code: 401\n" +
		"Response headers: {\"date\"=>\"Mon, 13 Mar 2023 08:12:40 GMT\", \"content-type\"=>\"application/json;charset=utf-8\", \"content-length\"=>\"121\", \"x-request-id\"=>\"5e1f0c7a-2b9d-4c33-9a10-7d6e2f8b4c01\", \"server\"=>\"envoy\"}\n" +
		"Response body: {\"status\":\"error\",\"message\":\"Authentication credentials not found.\",\"category\":\"INVALID_AUTHENTICATION\"}\n" +
		"```\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("read %v, %v", in, err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 {
		t.Errorf("status %d, want 401", r.Status)
	}
	if got := r.Fields.Get("Server"); got != "envoy" {
		t.Errorf("Server %q, want envoy", got)
	}
	if !r.HeadersComplete {
		t.Errorf("the printed header collection was not read as the whole block")
	}
}

// TestAnnouncedHeaderBlock: a client's debug record that announces the
// response's headers with the status line inside it (Jetty HttpClient's
// "Response headers HttpResponse[HTTP/1.1 401 Unauthorized]@…") opens a
// header block as a status line of its own does: the fields below are the
// response's, and a block that ends before the paste does was seen whole.
// Every value is invented.
func TestAnnouncedHeaderBlock(t *testing.T) {
	in, err := Parse("```\n" +
		"09:14:22.508 [HttpClient@1b2c3d4e-27] DEBUG o.eclipse.jetty.client.HttpReceiver.responseHeaders() - Response headers HttpResponse[HTTP/1.1 401 Unauthorized]@7a1e90bc\n" +
		"Content-Type: application/json\n" +
		"Content-Length: 27\n" +
		"Connection: keep-alive\n" +
		"Date: Tue, 09 Mar 2021 08:14:22 GMT\n" +
		"x-amzn-ErrorType: UnauthorizedException\n" +
		"```\n\n" +
		"Then the client fails with a protocol violation.\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("read %v, %v", in, err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 {
		t.Errorf("status %d, want 401", r.Status)
	}
	if got := r.Fields.Get("x-amzn-ErrorType"); got != "UnauthorizedException" {
		t.Errorf("x-amzn-ErrorType %q, want UnauthorizedException", got)
	}
	if !r.HeadersComplete {
		t.Errorf("the header block under the announcing record was not seen whole")
	}
}
