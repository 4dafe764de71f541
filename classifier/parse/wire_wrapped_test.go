package parse

import (
	"strings"
	"testing"
)

// A Ruby wire trace copied from a terminal 80 columns wide: a received line
// longer than that goes on, without its '-> "' marker, on the next lines up
// to its closing quote. Those lines are the same line's, not a paste of
// their own after the response.
func TestWireLineCutAtTheWidth(t *testing.T) {
	body := `-> "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>QW7PTR4K0ZB1Y2M8</RequestId><HostId>p4Lq9vXoZ2mR8tN1sK6wB3yH0cJ5dF7gA2eU9iO4lP8qW1zX6vC3bN5mT7rY0s=</HostId></Error>"`
	host := `-> "x-amz-id-2: p4Lq9vXoZ2mR8tN1sK6wB3yH0cJ5dF7gA2eU9iO4lP8qW1zX6vC3bN5mT7rY0s=\r\n"`
	var lines []string
	for _, l := range []string{`-> "HTTP/1.1 403 Forbidden\r\n"`, `-> "x-amz-request-id: QW7PTR4K0ZB1Y2M8\r\n"`, host,
		`-> "Content-Type: application/xml\r\n"`, `-> "Server: AmazonS3\r\n"`, `-> "\r\n"`, `reading 243 bytes...`, body} {
		for len(l) > 80 {
			lines = append(lines, l[:80])
			l = l[80:]
		}
		lines = append(lines, l)
	}
	in, err := Parse(strings.Join(lines, "\n") + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r.Status != 403 || !strings.Contains(r.Body.Text, "</HostId></Error>") || !strings.HasSuffix(r.Fields.Get("x-amz-id-2"), "7rY0s=") {
		t.Errorf("status %d, body %q, x-amz-id-2 %q", r.Status, r.Body.Text, r.Fields.Get("x-amz-id-2"))
	}
}
