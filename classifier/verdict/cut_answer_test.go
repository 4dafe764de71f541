package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCutDataObjectIsAnAnswer: with no status shown, a one-line JSON answer
// cut before its end (then the person's words) whose members are data is an
// ordinary answer; one whose read members hold an error is not (values are
// invented).
func TestCutDataObjectIsAnAnswer(t *testing.T) {
	data := "```\n$ curl -k -u 'ops:pw' https://dns.example.net/control/status\n" +
		`{"version":"v0.107.9","running":true,"dns_port":53,"clients":[{"name":"nas","ip":"192.0.2.9"},{"name":"tv","ip":"192.0.2.10"}],"upstream_avg_ms":12.4,"filter_lists":[{"id":1,"ru` +
		"\n```\n\nThe same credentials work from the host; only the widget is refused.\n"
	if v := soleVerdict(t, "data", data); v.Class != rule.None {
		t.Errorf("cut data: class %s, want none (%+v)", v.Class, v.Reasons)
	}
	failed := "```\n$ curl -k https://dns.example.net/control/status\n" +
		`{"error":"unauthorized","hint":"log in","clients":[{"name":"nas","ip":"192.0.2.9"}],"trace":"handler.go:41 checkAuth(r) f` +
		"\n```\n"
	if v := soleVerdict(t, "error", failed); v.Class == rule.None {
		t.Errorf("cut error object: class none (%+v)", v.Reasons)
	}
}
