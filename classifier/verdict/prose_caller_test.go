package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestProseUnknownCallerNot: the person's sentences that proseOtherStatus
// reads for a caller the server did not know, and those it leaves: a
// sentence about both kinds of caller, a program's own error line, a
// client's "400 Bad Request" after a token fetch.
func TestProseUnknownCallerNot(t *testing.T) {
	ev := func(l parse.InfoLine) *rule.Evidence { return &rule.Evidence{Pos: l.Pos} }
	for line, want := range map[string]bool{
		"Anonymous requests get refused with the body below.":                                               true,
		"When I am not logged in the export is denied, as expected.":                                        true,
		"The quota headers are missing for authenticated and unauthenticated calls alike.":                  false,
		"FATA[0000] failed to fetch oauth token: unexpected status: 400 Bad Request":                        false,
		"ERRO[0002] the session expired while uploading":                                                    false,
		"I fetch the oauth token first; the next call says unexpected status: 400 Bad Request for the file": false,
	} {
		x := &parse.Exchange{Response: &parse.Response{}, Prose: []parse.InfoLine{{Text: line, Pos: parse.Pos{Line: 1}}}}
		s, ok := proseOtherStatus(x, 0, ev)
		if ok != want || ok && s.Class != rule.Authentication {
			t.Errorf("proseOtherStatus(%q) = %v %v, want %v", line, s.Class, ok, want)
		}
	}
	if !errorLevel("FATA[0000] failed to fetch oauth token") || !errorLevel("ERRO[0003] cannot push") {
		t.Error("errorLevel: logrus's text levels (FATA[…], ERRO[…]) are error lines")
	}
	if _, _, ok := credentialFailure("failed to fetch oauth token: unexpected status: 400 bad request", failureWords); ok {
		t.Error("credentialFailure: a status's reason phrase (400 Bad Request) is no failure of the token")
	}
	if _, _, ok := credentialFailure("the token is bad or was revoked", failureWords); !ok {
		t.Error("credentialFailure: a bad token is a failure of the token")
	}
}
