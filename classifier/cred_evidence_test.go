package classifier

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestConfiguredCredentialEvidence: when the credential refused was given
// to the client (an environment variable of docker run) and the paste
// shows no request, the reason quotes the line that gave it, named without
// its value, not an empty request line.
func TestConfiguredCredentialEvidence(t *testing.T) {
	const key = "pk_live_5Tq8Wn2Rz7Lx4Cv9Bm3H"
	paste := "```\n$ docker run --rm -e TZ=Europe/Paris -e PLOVER_API_KEY=" + key + " plover/agent:2\n" +
		"2025-06-02T14:21:09Z ERROR sync failed: request returned 401 Unauthorized\n```\n"
	rep, err := Analyze(paste, Options{})
	if err != nil || len(rep.Exchanges) == 0 {
		t.Fatalf("not read: %v", err)
	}
	var ev *rule.Evidence
	for _, s := range rep.Exchanges[0].Verdict.Reasons {
		if strings.Contains(s.Reason, "did not accept them") {
			ev = s.Evidence
		}
	}
	if ev == nil {
		t.Fatal("no reason for the credential refused")
	}
	if ev.Pos.Line != 2 || !strings.HasPrefix(ev.Text, "PLOVER_API_KEY") || strings.Contains(ev.Text, key[:10]) {
		t.Errorf("evidence %+v, want line 2 naming PLOVER_API_KEY without its value", *ev)
	}
}
