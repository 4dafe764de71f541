package parse

import "testing"

// TestCommandCredentialGoesToNextCall: a command run after an answered
// call, giving its client a credential ("docker run -e TOKEN=…", "$
// TOKEN=… tool …"), is the next call's: its credential is that call's,
// not the one answered above it; with no call after it, it stays with
// the last.
func TestCommandCredentialGoesToNextCall(t *testing.T) {
	rec := func(what string) string {
		return "time=\"2024-03-05T10:14:53Z\" level=error msg=\"Unable to fetch " + what + ": Unexpected response code: 403 (Permission denied)\"\n"
	}
	in, err := Parse(rec("nodes") + "\ndocker run -e HUB_TOKEN=xxx -e LOG_LEVEL=debug acme/syncer nodes\n" + rec("jobs"))
	if err != nil || len(in.Exchanges) != 2 {
		t.Fatalf("read %d exchanges, %v", len(in.Exchanges), err)
	}
	if a, b := in.Exchanges[0].Credentials(), in.Exchanges[1].Credentials(); a.State == CredSent || b.State != CredSent {
		t.Errorf("credentials %s then %s, want the second call's sent and the first's not", a.State, b.State)
	}
	in, err = Parse(rec("nodes") + "\ndocker run -e HUB_TOKEN=xxx -e LOG_LEVEL=debug acme/syncer nodes\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Credentials().State != CredSent {
		t.Errorf("no call after the command: its credentials are lost")
	}
}
