package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCallerInStatusRecord: when the status of a 403 is read from a server's
// log record as one of its fields, the record's other fields speak of the
// same request: a caller field naming nobody ("auth_via": "unauthenticated",
// user=anonymous) makes the 403 an authentication failure, a named caller
// leaves it authorization. Samples written for the purpose, values invented.
func TestCallerInStatusRecord(t *testing.T) {
	cases := []struct {
		name, paste string
		want        rule.Class
	}{
		{"a JSON access record then the client's retry line",
			"worker-7  | {\"auth_via\": \"unauthenticated\", \"event\": \"/api/v2/agents/config/\", \"host\": \"core:9000\", \"level\": \"info\", \"method\": \"GET\", \"remote\": \"10.4.0.3\", \"status\": 403, \"user\": \"\"}\n" +
				"agent-2   | {\"error\":\"403 Forbidden\",\"event\":\"could not load agent configuration, retrying in 5 seconds\",\"level\":\"error\",\"timestamp\":\"2026-11-30T07:21:44Z\"}\n",
			rule.Authentication},
		{"docker service logs, the task and node before the record",
			"core.1.m3x8k2v9q1zt@node-a    | {\"auth_via\": \"unauthenticated\", \"event\": \"/api/v2/agents/config/\", \"level\": \"info\", \"method\": \"GET\", \"status\": 403, \"user\": \"\"}\n" +
				"agent.1.p7c4n1b6w2rd@node-b    | {\"error\":\"403 Forbidden\",\"event\":\"could not load agent configuration, retrying in 5 seconds\",\"level\":\"error\"}\n",
			rule.Authentication},
		{"a logfmt access record with an anonymous user",
			"ts=2026-11-30T07:21:44Z level=info component=http method=POST path=/v1/jobs status=403 user=anonymous duration_ms=3\n" +
				"ts=2026-11-30T07:21:44Z level=error component=scheduler msg=\"submit failed\" err=\"unexpected response: 403 Forbidden\"\n",
			rule.Authentication},
		{"a JSON access record naming the caller",
			"worker-7  | {\"auth_via\": \"token\", \"event\": \"/api/v2/agents/config/\", \"level\": \"info\", \"method\": \"GET\", \"status\": 403, \"user\": \"deploy-bot\"}\n",
			rule.Authorization},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := exchangeN(t, c.paste, 0).Verdict
			if v.Class != c.want {
				t.Fatalf("class %s (%s: %s), want %s", v.Class, v.Headline, v.Explanation, c.want)
			}
			if c.want == rule.Authentication && !strings.Contains(v.Explanation+v.Headline, "caller") {
				t.Errorf("the verdict does not name the caller field: %q / %q", v.Headline, v.Explanation)
			}
		})
	}
}
