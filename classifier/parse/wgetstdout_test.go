package parse

import (
	"strings"
	"testing"
)

// TestWgetStdoutBody: wget -S -O - prints the response's headers indented
// and then writes the body it saves, flush left, after "Saving to:
// 'STDOUT'": that text is the response's body, and wget's own closing line
// ("… - written to stdout [58/58]") is not part of it. Without -O - nothing
// follows, and text flush left after indented headers is still not taken
// for a body (values are invented).
func TestWgetStdoutBody(t *testing.T) {
	paste := "$ wget -S -O - 'https://shop.example.org/api/v2/orders/?key=k-41&token=t-77'\n" +
		"--2021-03-04 09:12:44--  https://shop.example.org/api/v2/orders/?key=k-41&token=t-77\n" +
		"Resolving shop.example.org... 203.0.113.9\n" +
		"Connecting to shop.example.org|203.0.113.9|:443... connected.\n" +
		"HTTP request sent, awaiting response...\n" +
		"  HTTP/1.1 200 OK\n" +
		"  Date: Thu, 04 Mar 2021 09:12:44 GMT\n" +
		"  Content-Type: application/json\n" +
		"  Content-Length: 58\n" +
		"Length: 58 [application/json]\n" +
		"Saving to: 'STDOUT'\n" +
		"\n" +
		"{\"error\":\"You do not have permission to view orders.\"}\n" +
		"2021-03-04 09:12:44 (2.11 MB/s) - written to stdout [58/58]\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("want one exchange with a response, got %d", len(in.Exchanges))
	}
	b := in.Exchanges[0].Response.Body.Text
	if !strings.Contains(b, "You do not have permission") || strings.Contains(b, "written to stdout") {
		t.Fatalf("body = %q, want the JSON wget wrote to stdout without its closing line", b)
	}

	saved := strings.Replace(paste, "'STDOUT'", "'orders.json'", 1)
	saved = strings.Replace(saved, "\n{\"error\":\"You do not have permission to view orders.\"}\n", "\nI opened the file and it only says the error.\n", 1)
	in, err = Parse(saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("saved to a file: want one exchange with a response, got %d", len(in.Exchanges))
	}
	if b := in.Exchanges[0].Response.Body.Text; b != "" {
		t.Fatalf("saved to a file: body = %q, want none (wget printed no body)", b)
	}
}
