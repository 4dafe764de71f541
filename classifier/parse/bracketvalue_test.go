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

// TestMessageChainIsNoField: a log record whose message is a chain of
// "context: context: reason" links, one of them named like a header
// ("server: 10.0.0.9:80:"), after a span printed in braces, holds no header
// field; a field after a label ("adding header: Set-Cookie: …") still is one
// (values are invented).
func TestMessageChainIsNoField(t *testing.T) {
	for _, c := range []struct {
		line  string
		field string
	}{
		{"INFO inbound:server{port=9090}: respond: request failed error=client 192.0.2.14:40112: server: 192.0.2.80:9090: unauthorized request on route", ""},
		{"[debug] util.c(700): add_cookie: adding outgoing header: Set-Cookie: sid=k29x;Path=/;HttpOnly", "Set-Cookie"},
	} {
		fs, _ := lineFields(c.line, false)
		got := ""
		if len(fs) > 0 {
			got = fs[0].name
		}
		if got != c.field {
			t.Errorf("%q: fields %+v, want %q", c.line, fs, c.field)
		}
	}
}
