package secret

import "testing"

// TestNoLogMaskIsNoSecret: the value Ansible prints for a no_log parameter
// in a task's result is a stand-in, no password; a value next to it is
// still found.
func TestNoLogMaskIsNoSecret(t *testing.T) {
	if got := Scan("            \"url_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\",\n"); len(got) != 0 {
		t.Errorf("the no_log stand-in read as %+v", got)
	}
	found := false
	for _, s := range Scan("            \"url_password\": \"Tq7-wrenfield-33\",\n") {
		found = found || s.Value == "Tq7-wrenfield-33"
	}
	if !found {
		t.Error("a real password under the same key not found")
	}
}
