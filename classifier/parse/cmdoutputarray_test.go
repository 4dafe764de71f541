package parse

import "testing"

// TestCommandWithItsOwnOutputAfterARefusal: a command printed with the
// answer it got on the next lines (a JSON array here) is an exchange of its
// own, not the request of the refusal above it (values are invented).
func TestCommandWithItsOwnOutputAfterARefusal(t *testing.T) {
	text := "The worker fails:\n\n```\n" +
		"time=\"2022-10-14T06:02:41Z\" level=error msg=\"Unable to list queues: Unexpected response code: 403 (Permission denied)\"\n```\n\n" +
		"The same token works by hand:\n```\n" +
		"curl -s --header \"X-Broker-Token: xxx\" http://broker.internal.example/v1/queues | jq -r\n" +
		"[\n  {\n    \"ID\": \"ingest-eu\",\n    \"Kind\": \"fifo\",\n" +
		"```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want the refusal and the command's answer", len(in.Exchanges))
	}
	if in.Exchanges[0].Request != nil {
		t.Errorf("the refusal took the later command as its request: %+v", in.Exchanges[0].Request)
	}
	if in.Exchanges[1].Request == nil || in.Exchanges[1].Response == nil || in.Exchanges[1].Response.Status != 0 {
		t.Errorf("the command's exchange: %+v", in.Exchanges[1])
	}
}
