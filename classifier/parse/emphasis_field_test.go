package parse

import "testing"

// A poster sets the header line that matters in bold inside a quoted dump;
// the line is still a field of the block, and the block goes on after it.
func TestEmphasisedHeaderLine(t *testing.T) {
	text := "**Response**\n\n> HTTP/1.1 407 Proxy Authentication Required\n> Content-Type: text/html\n> **Proxy-Authenticate: Negotiate**\n> __Proxy-Authenticate: Basic realm=\"corp-gw\"__\n> Via: 1.1 gw-edge-2\n> Connection: close\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	fs := in.Exchanges[0].Response.Fields
	if len(fs) != 5 {
		t.Fatalf("%d fields: %+v", len(fs), fs)
	}
	if fs[1].Value != "Negotiate" || fs[2].Value != "Basic realm=\"corp-gw\"" || fs[4].Name != "Connection" {
		t.Errorf("fields %+v", fs)
	}
	for _, s := range []string{"**bold words, not a field**", "**Note:** the proxy answered", "__init__: called"} {
		if e := emphasisedField(s); e != "" {
			t.Errorf("emphasisedField(%q) = %q, want none", s, e)
		}
	}
}
