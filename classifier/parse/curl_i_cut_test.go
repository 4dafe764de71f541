package parse

import "testing"

// curl -i prints a blank line after the response's header block and the
// body after it: a paste that stops on a header line, with a body to come,
// was cut, and what the block lacks is not known. curl -I, or a response
// whose Content-Length is 0, has nothing after its headers, so the copy may
// end there whole.
func TestCurlIncludeHeadersToPasteEnd(t *testing.T) {
	testHeadersCut(t, []cutCase{
		{"curl -i, stopped after a header line",
			"$ curl -i -H 'Authorization: Bearer 7d1e0c55-0a9b-4f3e-b1aa-2c6d8e4f9b10' 'https://api.example-registry.org/v3/works/1182'\n\nHTTP/1.1 401 Unauthorized\nServer: nginx/1.18.0\nDate: Mon, 03 Aug 2026 10:12:40 GMT\nContent-Type: application/json;charset=UTF-8\nTransfer-Encoding: chunked\nCache-Control: no-cache, no-store\nX-Frame-Options: DENY\n",
			true},
		{"curl -i, with its blank line and body",
			"$ curl -i https://api.example-registry.org/v3/works/1182\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"unauthorized\"}\n",
			false},
		{"curl -I",
			"$ curl -I https://files.example-registry.org/dump.tgz\nHTTP/2 401\ncontent-type: text/plain\nwww-authenticate: Basic realm=\"files\"\n",
			false},
		{"curl -i, an empty body",
			"$ curl -i -X DELETE https://api.example-registry.org/v3/works/1182\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\nDate: Mon, 03 Aug 2026 10:12:40 GMT\n",
			false},
	})
}

// cutCase is a paste with one response, and whether its header block was
// cut by the end of the copy.
type cutCase struct {
	name, text string
	cut        bool
}

// testHeadersCut checks, for each case, that the response's header block is
// read as cut (and so not complete) exactly when the case says so.
func testHeadersCut(t *testing.T, cases []cutCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
				t.Fatalf("%d exchanges", len(in.Exchanges))
			}
			if r := in.Exchanges[0].Response; r.HeadersCut != c.cut || r.HeadersComplete == c.cut {
				t.Errorf("cut %v, complete %v; want cut %v", r.HeadersCut, r.HeadersComplete, c.cut)
			}
		})
	}
}
