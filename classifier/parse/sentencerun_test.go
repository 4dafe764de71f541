package parse

import "testing"

// TestSentenceThenRunStatesStatus: a person's sentence that states a
// status, then a command run in a fenced block whose output states it, is
// one response, the run's; two runs that each print it are two (values are
// invented).
func TestSentenceThenRunStatesStatus(t *testing.T) {
	one := "Follow-up to PR #318: make the message clearer when the registry answers HTTP 401, since that can just as well mean the image does not exist as a real authorization problem:\n\n" +
		"```\n$ ch-image pull quay.example.org/team/not-there\npulling image:   quay.example.org/team/not-there\nmanifest: downloading\n" +
		"error: GET failed; expected status {200} but got 401: Unauthorized\n```\n\nEither auth or a missing image could be behind this.\n"
	wantStatuses(t, "sentence then run: ", one, 401)
	two := "Both pulls fail with HTTP 403:\n\n```\n$ img-fetch pull registry.example.net/lab/a:1\nerror: HEAD failed; expected status {200} but got 403: Forbidden\n" +
		"$ img-fetch pull registry.example.net/lab/b:2\nerror: HEAD failed; expected status {200} but got 403: Forbidden\n```\n"
	if got := statusesOf(t, two); len(got) != 2 {
		t.Errorf("two runs: statuses %v, want two", got)
	}
}
