package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestTracebackSourceIsNoAnswer: the arguments a Python traceback prints
// as a frame's source line, under 'File "…", line N, in f', are code the
// program runs, not a body a server sent: they do not make the paste an
// ordinary answer (values are invented).
func TestTracebackSourceIsNoAnswer(t *testing.T) {
	paste := "Since the move to the new VPN every poll fails:\n\n" +
		"ERROR: 2024-02-11 14:03:27.118020 LabMonitor Traceback (most recent call last):\n" +
		"  File \"/usr/lib/python3/dist-packages/monitor/servers/Checker.py\", line 211, in _poll\n" +
		"    {\"fields\": [\"name\", \"state\", \"last_check\", \"flags\"], \"expand\": [\"tags\"], \"where\": {}\n})\n" +
		"  File \"/usr/lib/python3/dist-packages/monitor/thirdparty/rpc_api.py\", line 96, in call\n" +
		"    return self.send(self.envelope(method, opts))['result']\n" +
		"monitor.thirdparty.rpc_api.RPCException: ('Error -32500: Application error. while sending {\"method\": \"item.get\", \"id\": 3}', -32500)\n\n" +
		"A restart fixes it.\n"
	v := soleVerdict(t, "traceback", paste)
	for _, r := range v.Reasons {
		if r.Kind == rule.KindSuccessBody {
			// the exception's own words may decide (here a server's
			// application error); the frame's arguments may not
			t.Errorf("read as an ordinary answer: %+v", v.Reasons)
		}
	}
}
