package parse

import (
	"strings"
	"testing"
)

// TestTerminalCutsWithoutCommonWidth: a terminal narrower than the paste
// cuts a long line, and when no other line reaches that width there is no
// common width to tell the cut by (wrapWidth). Three places show it anyway:
// an unmarked piece between two marked header lines of a curl -v
// transcript, a line cut inside a double-quoted string of a JSON or HTML
// body, and the rest of a Chrome-copy value on its own line before the
// next "Name:" line. Each is read back as the line it was (values are
// invented).
func TestTerminalCutsWithoutCommonWidth(t *testing.T) {
	curlV := "* Connected to hooks.example.com (203.0.113.7) port 443\n" +
		"> POST /services/T0001/B0002/abc HTTP/2\n> Host: hooks.example.com\n> content-type: application/json\n>\n" +
		"< HTTP/2 403\n< date: Mon, 07 Dec 2026 10:00:00 GMT\n" +
		"< via: 1.1 edge-prod.example.net, envoy-www-fra-qwertyu, envoy-edge-fra-asdfg\n" +
		"hjkl\n" +
		"< x-backend: main_normal\n<\n{ [13 bytes data]\ninvalid_token\n"
	in, err := Parse(curlV)
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[len(in.Exchanges)-1]
	if x.Response == nil || x.Response.Status != 403 || !strings.Contains(x.Response.Body.Text, "invalid_token") ||
		!strings.HasSuffix(x.Response.Fields.Get("via"), "envoy-edge-fra-asdfghjkl") {
		t.Fatalf("curl -v with a cut header line: response %+v", x.Response)
	}

	wantStatuses(t, "a log line cut inside its quoted HTML: ",
		"Seen in the plugin's log:\n"+
			"`[Media Sensor] 401 - \"<html><head><title>Unauthorized</title></head><body><h1>40\n"+
			"1 Unauthorized</h1></body></html>\"`\n",
		401)

	chrome := "Request URL:\nhttps://watch.example.org/search?q=abc\nRequest Method:\nGET\nStatus Code:\n429 Too Many Requests\n" +
		"Remote Address:\n198.51.100.4:443\n\nContent-Type:\ntext/html\nDate:\nTue, 16 Apr 2024 07:26:51 GMT\n\n" +
		"Accept:\ntext/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,imag\n" +
		"e/apng,*/*;q=0.8\nAccept-Encoding:\ngzip, deflate, br\nAccept-Language:\nnl-NL,nl;q=0.8\nCache-Control:\nno-cache\n"
	wantStatuses(t, "a Chrome copy with a cut value: ", chrome, 429)
}
