package rules

import "testing"

// A command the person typed names the caller's own input; prose, log
// records and server messages are no command line.
func TestCommandLine(t *testing.T) {
	for _, l := range []string{
		"./probe_gateway.py   172.16.8.3",
		"$ kubectl get pods -n billing",
		"ops@jump-2:~/tools$ python3 export_users.py --account reporter@analytics-77.iam.gserviceaccount.com",
		"PS C:\\work> curl.exe -i https://api.example.net/v1/me",
		"sync-assets.sh --target 10.9.0.4",
	} {
		if !commandLine(l) {
			t.Errorf("not read as a command line: %q", l)
		}
	}
	for _, l := range []string{
		"Python 3.12 raises the same error for the account",
		"go to Settings > Tokens and create one",
		"2024-03-01 10:00:01 ERROR user reporter was denied",
		`{"message":"User \"x\" cannot list resource"}`,
		"curl",
		"The gateway at /opt/gw/ answered 403",
	} {
		if commandLine(l) {
			t.Errorf("read as a command line: %q", l)
		}
	}
}
