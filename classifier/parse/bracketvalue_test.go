package parse

import (
	"strings"
	"testing"
)

// TestBracketedTagInSentence: an error code followed by a bracketed tag
// that a sentence goes on from ("Gateway error GW-AUTH-7 : [Denied: T-88]
// You may not …") is a message, kept in the body; a field whose value is a
// printed list ("Content-Type: [text/plain]", Go's header maps) is still a
// field (values are invented).
func TestBracketedTagInSentence(t *testing.T) {
	for _, c := range []struct {
		text  string
		field bool
	}{
		{"Gateway error GW-AUTH-7 : [Denied: T-88] You may not archive this board.\n", false},
		{"Remote error RPC-CORE : [Q17] Your session is no longer valid, sign in again.\n", false},
		{"X-Request-Id: [7f1c2a]\nContent-Type: [text/plain]\n", true},
		{"map[Content-Type:[text/plain] Www-Authenticate:[Basic realm=\"files\"]]\n", true},
	} {
		in, _ := Parse(c.text)
		if in == nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
			t.Errorf("%q: no response read", c.text)
			continue
		}
		r := in.Exchanges[0].Response
		if got := len(r.Fields) > 0; got != c.field {
			t.Errorf("%q: fields %v, want fields read: %v", c.text, r.Fields, c.field)
		}
		if !c.field && !strings.Contains(r.Body.Text, "[") {
			t.Errorf("%q: body %q, want the line kept", c.text, r.Body.Text)
		}
	}
}
