package verdict

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestProgramLineWithoutStatus: in a long paste with no status, a short
// line of a program's own output that names a credential failure
// ("Session token was revoked.") is the program's message; the same words
// in the person's own sentence, or in a long running line, are not read as
// one (values are invented).
func TestProgramLineWithoutStatus(t *testing.T) {
	intro := strings.Repeat("Our nightly job deploys the reports to the storage portal through its CLI. ", 4) + "\n" +
		"$ portalctl deploy --profile nightly\n" +
		"Contacting https://portal.example.net ...\n"
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Session token was revoked.", true},
		{"Login rejected: password incorrect", true},
		{"My token was revoked, I think.", false},
		{"We think the session key was rejected", false},
		{"Deploying the report bundle, which may take a while for the first run of the job", false},
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: intro + c.line + "\n", Pos: parse.Pos{Line: 1}, Pasted: true}}}
		s, ok := textMessage(x)
		if got := ok && s.Class == rule.Authentication; got != c.want {
			t.Errorf("%q: %+v %v, want authentication %v", c.line, s, ok, c.want)
		}
	}
}
