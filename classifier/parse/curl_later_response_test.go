package parse

import "testing"

// curl -i prints one response per request it sends: a response pasted
// after its output, that is neither a redirect curl -L followed nor its
// retry with credentials, is read as a raw message, and its card says so,
// not "read as curl -i output".
func TestCurlLaterResponseIsRaw(t *testing.T) {
	for _, c := range []struct {
		name, text string
		formats    []string
	}{
		{"another response pasted after curl -i's",
			"$ curl -i https://mail.example-lattice.net/?_task=mail\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n" +
				"The login form then answers:\n\n" +
				"HTTP/1.1 401 Unauthorized\nServer: nginx\nContent-Type: text/html\n\n<p>Invalid request</p>\n",
			[]string{"curl", "raw"}},
		{"the redirect curl -L followed",
			"$ curl -i -L https://files.example-lattice.net/dl/7\nHTTP/1.1 302 Found\nLocation: https://cdn.example-lattice.net/dl/7\nContent-Length: 0\n\n" +
				"HTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 6\n\ndenied\n",
			[]string{"curl", "curl"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != len(c.formats) {
				t.Fatalf("%d exchanges, want %d", len(in.Exchanges), len(c.formats))
			}
			for i, x := range in.Exchanges {
				if x.Format != c.formats[i] {
					t.Errorf("exchange %d read as %q (%s), want %q", i+1, x.Format, x.Reading.Summary, c.formats[i])
				}
			}
		})
	}
}
