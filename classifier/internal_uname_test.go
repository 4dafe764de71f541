package classifier

import (
	"strings"
	"testing"
)

// TestUnameNodeNoInternalHost: the node name of the uname -a line a person
// pastes to describe their machine is the client's own host, not an
// internal host the server disclosed; a host a server's message names in
// the same paste still is.
func TestUnameNodeNoInternalHost(t *testing.T) {
	paste := "Client: pkgtool 3.4\nOS: Linux runner-12.lan 6.1.0-18-amd64 #1 SMP Debian 6.1.76-1 x86_64\n" +
		"Uploading fails, the server says 401 Unauthorized.\n"
	rep, err := Analyze(paste, Options{})
	if err != nil || len(rep.Exchanges) == 0 {
		t.Fatalf("not read: %v", err)
	}
	for _, f := range rep.Exchanges[0].Findings {
		if f.Name == "internal-hostname" {
			t.Errorf("the uname node name reported: %s", f.Message)
		}
	}
	rep, _ = Analyze(strings.Replace(paste, "fails,", "fails (upstream db-4.lan:5432 refused),", 1), Options{})
	found := false
	for _, f := range rep.Exchanges[0].Findings {
		found = found || f.Name == "internal-hostname" && strings.Contains(f.Message, "db-4.lan")
	}
	if !found {
		t.Error("a host the message names is no longer reported")
	}
}
