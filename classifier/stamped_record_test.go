package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestStampedRecordAfterProse: the person's sentence above a log, and the
// log's own ordinary lines, do not hide an error record a program wrote
// with only a timestamp before it ("2023/07/19 14:05:12 proxy error: …"):
// its words about the credential are read against the 403 it names.
// Invented values.
func TestStampedRecordAfterProse(t *testing.T) {
	paste := "Since the relay was redeployed the collector shows it offline most of the day. Relay logs:\n\n```\n" +
		"relay_agent.1.x8k2@node-07    | 2023/07/19 14:05:11 [INFO] gossip: attempting reconnect to 7d21f0 10.20.4.9:7946\n" +
		"relay_agent.1.x8k2@node-07    | 2023/07/19 14:05:12 proxy error: Request signature mismatch (err=Unauthorized) (code=403)\n" +
		"relay_agent.1.x8k2@node-07    | 2023/07/19 14:05:40 [INFO] gossip: attempting reconnect to 7d21f0 10.20.4.9:7946\n```\n"
	if c, why := firstClass(t, paste); c != rule.Authentication {
		t.Errorf("class %s (%s), want authentication", c, why)
	}
}
