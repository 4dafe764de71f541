package parse

import "testing"

// A DevTools copy's "Response Headers" section, closed by the next heading,
// lists the response's header block whole: what it lacks, it lacks. A block
// the person introduced with "Response:" may be a few fields picked out, and
// a section the paste ends inside may have been cut.
func TestDevToolsResponseHeadersSectionWhole(t *testing.T) {
	const general = "Request URL:http://localhost:7031/api/reports\nRequest Method:OPTIONS\nStatus Code:401 Unauthorized\nRemote Address:127.0.0.1:7031\n"
	const resp = "Content-Length:0\nDate:Wed, 14 Oct 2026 08:02:11 GMT\nServer:Kestrel\n"
	const req = "Request Headers\nview source\nAccept:*/*\nAccess-Control-Request-Headers:authorization\nAccess-Control-Request-Method:GET\nHost:localhost:7031\nOrigin:http://localhost:4200\n"
	for _, c := range []struct {
		name, text string
		whole      bool
	}{
		{"closed by the request's heading", general + "Response Headers\nview source\n" + resp + req, true},
		{"Firefox's heading with its size", general + "Response Headers (112 B)\n" + resp + req, true},
		{"running to the paste's end", general + "Response Headers\nview source\n" + resp, false},
		{"a few fields under 'Response:'", general + "Response:\n" + resp + req, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			var r *Response
			for _, x := range in.Exchanges {
				if x.Response != nil && x.Response.Status == 401 {
					r = x.Response
				}
			}
			if r == nil {
				t.Fatalf("no 401 read from %d exchanges", len(in.Exchanges))
			}
			if len(r.Fields) != 3 {
				t.Fatalf("response fields %+v", r.Fields)
			}
			if r.HeadersComplete != c.whole {
				t.Errorf("HeadersComplete %v, want %v", r.HeadersComplete, c.whole)
			}
		})
	}
}
