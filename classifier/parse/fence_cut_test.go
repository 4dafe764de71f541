package parse

import "testing"

// A Markdown fence that closes under a header line ends the copy as the end
// of the paste does: a curl -v transcript whose fence closes before the
// blank marker that ends its header block was cut, fenced or not. A raw
// header copy often leaves the blank line out, inside a fence too.
func TestFenceClosesInsideTheHeaderBlock(t *testing.T) {
	testHeadersCut(t, []cutCase{
		{"curl -v, the fence closes on a header line",
			"Here is what I get:\n```\n> GET /v2/orders/77 HTTP/1.1\n> Host: shop.example-lattice.net\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Server: envoy\n< Content-Type: text/plain\n```\nany idea?\n",
			true},
		{"curl -v, with its blank marker before the fence closes",
			"```\n> GET /v2/orders/77 HTTP/1.1\n> Host: shop.example-lattice.net\n>\n< HTTP/1.1 403 Forbidden\n< Server: envoy\n<\nRBAC: access denied\n```\n",
			false},
		{"a raw response, the fence closes on a header line",
			"```http\nHTTP/1.1 403 Forbidden\nServer: envoy\nContent-Type: text/plain\n```\n",
			false},
	})
}
