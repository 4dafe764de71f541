package parse

import "testing"

// TestBracketedLineIsNoArray: a command's output whose first line opens
// with a bracketed word or a shell test ("[INFO] …", "[ -f … ]") is no
// JSON array and no response body; output that opens a JSON array is one
// (values are invented).
func TestBracketedLineIsNoArray(t *testing.T) {
	for _, c := range []struct {
		text string
		body bool
	}{
		{"$ curl -s https://dl.example.org/tool.tgz -o tool.tgz\n[ -s tool.tgz ] && tar xzf tool.tgz\n", false},
		{"$ curl -s https://dl.example.org/tool.tgz -o tool.tgz\n[INFO] unpacking tool into /opt/tool\n", false},
		{"$ curl -s https://api.example.org/v1/keys\n[\n  {\"id\": 7, \"scope\": \"read\"}\n]\n", true},
		{"$ curl -s https://api.example.org/v1/keys\n[ -3, 12 ]\n", true},
	} {
		in, _ := Parse(c.text)
		got := false
		if in != nil {
			for _, x := range in.Exchanges {
				got = got || x.Response != nil
			}
		}
		if got != c.body {
			t.Errorf("%q: a response read: %v, want %v", c.text, got, c.body)
		}
	}
}
