package parse

import (
	"strings"
	"testing"
)

// TestDataMemberOfPrintedResponse: a client's response printed whole on one
// log line, its data an object and its headers a printed collection, holds
// its body in the data member when the status is the same object's member;
// a status inside the data is the document's own (values are invented).
func TestDataMemberOfPrintedResponse(t *testing.T) {
	for _, c := range []struct {
		line, body string
	}{
		{"sync failed: { data: { code: 7001, msg: 'session invalid' }, url: 'https://api.example.net/v2/sheets', status: 200, statusText: 'OK', headers: HeadersList { [Symbol(headers map)]: Map(1) { 'server' => { name: 'Server', value: 'edge/2' } } } }",
			"{ code: 7001, msg: 'session invalid' }"},
		{"sync failed: { status: 200, statusText: 'OK', headers: { 'x-trace': 'a1' }, data: { code: 7001, msg: 'session invalid' } }",
			"{ code: 7001, msg: 'session invalid' }"},
		{"sync failed: { data: { status: 200, msg: 'session invalid' } }", ""},
	} {
		got, ok := inlineBody(c.line)
		if c.body == "" {
			if ok && strings.HasPrefix(got, "{ status") {
				t.Errorf("%q: body %q, want none from the data's own status", c.line, got)
			}
			continue
		}
		if !ok || got != c.body {
			t.Errorf("%q: body %q (%v), want %q", c.line, got, ok, c.body)
		}
	}
}
