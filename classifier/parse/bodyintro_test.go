package parse

import "testing"

// TestBodyEndsBeforeIntro: the person's line that introduces the next
// message ("and the raw request headers:") is not the body of the message
// above it; a body's own last line ending in ":" stays when no message
// follows (values are invented).
func TestBodyEndsBeforeIntro(t *testing.T) {
	in, err := Parse(`HTTP/2 401 
content-type: application/problem+json
www-authenticate: Bearer error="invalid_token"

and the raw request headers:

GET /api/v3/projects HTTP/2
Host: api.example.org
Authorization: Bearer abc.def.ghi
`)
	if err != nil {
		t.Fatal(err)
	}
	var resp *Response
	for _, x := range in.Exchanges {
		if x.Response != nil {
			resp = x.Response
		}
	}
	if resp == nil || resp.Body.Text != "" {
		t.Fatalf("response %+v", resp)
	}
	in, err = Parse("HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nDenied for the following reason:\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response.Body.Text != "Denied for the following reason:" {
		t.Errorf("body %+v", in.Exchanges)
	}
}
