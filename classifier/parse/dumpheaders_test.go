package parse

import "testing"

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
