package parse

import "testing"

// A quoted response whose status line the poster set apart with an empty
// quote line: the known fields under it are its header block. A body under
// a blank line stays a body, even one with a "Note:"-style line.
func TestBlankLineAfterStatusLine(t *testing.T) {
	for _, c := range []struct {
		name, text string
		fields     int
		body       string
	}{
		{"quoted, an empty quote line after the status",
			"The gateway answers:\n\n> HTTP/1.1 401 Unauthorized\n>\n> date: Thu, 02 Apr 2026 07:15:09 GMT\n> www-authenticate: Bearer error=\"invalid_token\"\n> x-powered-by: Express\n> content-length: 0\n",
			4, ""},
		{"a body after the blank line",
			"HTTP/1.1 403 Forbidden\n\nNote: this page is served to every caller from outside the office.\nContact the helpdesk.\n",
			0, "Note: this page is served to every caller from outside the office.\nContact the helpdesk."},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
				t.Fatalf("%d exchanges", len(in.Exchanges))
			}
			r := in.Exchanges[0].Response
			if len(r.Fields) != c.fields {
				t.Errorf("%d fields %+v, want %d", len(r.Fields), r.Fields, c.fields)
			}
			if c.body != "" && r.Body.Text != c.body {
				t.Errorf("body %q", r.Body.Text)
			}
		})
	}
}
