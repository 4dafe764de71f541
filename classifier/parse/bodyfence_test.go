package parse

import (
	"strings"
	"testing"
)

// TestBodyInItsOwnFence: "Response body:" and the body in a fence of its
// own, under the fence that holds the status line and headers, is that
// response's body; a body under another heading stays apart (values are
// invented).
func TestBodyInItsOwnFence(t *testing.T) {
	in, err := Parse("Response headers:\n```\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"files\"\nContent-Type: application/json\n```\nResponse body:\n```\n{\"error\":\"invalid_token\",\"error_description\":\"signature mismatch\"}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || !strings.Contains(in.Exchanges[0].Response.Body.Text, "signature mismatch") {
		t.Fatalf("exchanges %+v", in.Exchanges)
	}
	if in.Exchanges[0].Span.End != 9 {
		t.Errorf("span %+v, want it to end at the body's line 9", in.Exchanges[0].Span)
	}
}
