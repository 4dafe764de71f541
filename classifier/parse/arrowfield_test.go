package parse

import "testing"

// TestArrowFieldWholeLine: a header dump that writes each field as "Name
// => value" with the arrows aligned (cntlm's) gives the whole rest of the
// line as the value, blanks and commas in it, not its first word.
func TestArrowFieldWholeLine(t *testing.T) {
	text := "Sending PROXY auth request...\n" +
		"Accept                         => text/html, application/xhtml+xml\n" +
		"Host                           => wiki.example.test\n" +
		"Proxy-Authorization            => Negotiate YIIFpQYGKwYBBQUCoIIFmTCC\n" +
		"\n" +
		"Reading PROXY auth response...\n" +
		"HEAD: HTTP/1.1 407 Proxy Authentication Required\n" +
		"Proxy-Authenticate             => Negotiate\n"
	in, err := Parse(text)
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Request == nil {
		t.Fatalf("not read: %v", err)
	}
	fs := in.Exchanges[0].Request.Fields
	if got := fs.Get("Proxy-Authorization"); got != "Negotiate YIIFpQYGKwYBBQUCoIIFmTCC" {
		t.Errorf("Proxy-Authorization = %q", got)
	}
	if got := fs.Get("Accept"); got != "text/html, application/xhtml+xml" {
		t.Errorf("Accept = %q", got)
	}
	for _, s := range []string{`"Authorization" => "x"`, `[Server] => nginx`, `a b => c`} {
		if _, _, ok := arrowField(s); ok {
			t.Errorf("%s: read as a whole-line arrow field", s)
		}
	}
}
