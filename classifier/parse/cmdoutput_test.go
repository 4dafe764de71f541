package parse

import "testing"

// TestPromptedRunOutput: a command run behind a prompt in a fenced block,
// whose output is neither a body's shape nor a status (curl's progress
// meter, a form-encoded answer), got an answer whose status the paste does
// not show: a response of its own. A command a sentence names prints
// nothing (values are invented).
func TestPromptedRunOutput(t *testing.T) {
	text := "wget is refused, curl is not:\n\n```\n$ wget http://files.example.edu/pub/tools/kit-2.1.tgz\n" +
		"--2025-02-03 09:12:40--  http://files.example.edu/pub/tools/kit-2.1.tgz\nConnecting to files.example.edu (files.example.edu)|198.51.100.40|:80... connected.\n" +
		"HTTP request sent, awaiting response... 403 Forbidden\n2025-02-03 09:12:40 ERROR 403: Forbidden.\n```\n\nThe same file with curl:\n\n" +
		"```\n$ curl http://files.example.edu/pub/tools/kit-2.1.tgz > kit-2.1.tgz\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
		"                                 Dload  Upload   Total   Spent    Left  Speed\n100  812k  100  812k    0     0   301k      0  0:00:02  0:00:02 --:--:--  302k\n```\n"
	if got := statusesOf(t, text); len(got) != 2 || got[0] != 403 || got[1] != 0 {
		t.Errorf("statuses %v, want 403 then one not shown", got)
	}
	named := "```\n$ wget http://files.example.edu/pub/a.tgz\nHTTP request sent, awaiting response... 403 Forbidden\n```\n\n" +
		"curl fails the same way from other hosts, could it be on your side?\n\nThanks,\nAda\n"
	if got := statusesOf(t, named); len(got) != 1 {
		t.Errorf("a command named in a sentence: statuses %v, want one", got)
	}
}
