package parse

import "testing"

// TestResponsePrintedAgainByTheError: a client's trace shows the response,
// then its error prints the same status line and header fields again (the
// same Date): one response. The same dump with another Date is another
// response. Every value is invented.
func TestResponsePrintedAgainByTheError(t *testing.T) {
	trace := "> GET /v1/index HTTP/1.1\n> Host: pkg.ostergaard.example\n> authorization: <hidden>\n>\n" +
		"< HTTP/1.1 403 Forbidden\n< content-type: application/json\n< content-length: 36\n< date: Sat, 14 Mar 2026 09:20:11 GMT\n<\n"
	again := func(date string) string {
		return "error: the index could not be read\n\nCaused by:\n  unexpected response, got 403\n  headers:\n" +
			"  \tHTTP/1.1 403 Forbidden\n  \tcontent-type: application/json\n  \tcontent-length: 36\n  \tdate: " + date + "\n  \n" +
			"  body:\n  {\"errors\":[{\"detail\":\"scope denied\"}]}\n"
	}
	in, err := Parse(trace + again("Sat, 14 Mar 2026 09:20:11 GMT"))
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	wantStatuses(t, "another Date: ", trace+again("Sat, 14 Mar 2026 09:20:41 GMT"), 403, 403)
}
