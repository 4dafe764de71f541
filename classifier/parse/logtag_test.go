package parse

import (
	"strings"
	"testing"
)

// TestLogTagKeepsMessage: a log line's bracketed tag ("[req-id: …]",
// "[trace: …]") is not a header of a printed list; the record's message
// after it is read as the response's text, as it is without the tag. A
// bracketed list of fields, or a field whose value is one, stays fields
// (values are invented).
func TestLogTagKeepsMessage(t *testing.T) {
	msg := "gateway.go:214: [Error] TAG upstream-OnError, model=chat, err=error, status code: 403, status: 403 Forbidden, message: Country, region, or territory not supported\n"
	for _, tag := range []string{"[req-id: 0b7e41c2-58d9-4c3a-a1f0-3e9d22c6b871]", "[log-id: 20261102101112A7F3]", "[trace: 4be1c07a]", "[x-request-id: 91fd]"} {
		in, err := Parse(strings.Replace(msg, "TAG", tag, 1))
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
			t.Fatalf("%s: %v", tag, err)
		}
		r := in.Exchanges[0].Response
		if r.Status != 403 || len(r.Fields) != 0 || !strings.Contains(r.Body.Text, "territory not supported") {
			t.Errorf("%s: status %d, fields %v, body %q", tag, r.Status, r.Fields, r.Body.Text)
		}
	}
	for _, c := range []struct {
		line string
		name string
	}{
		{"[Retry-After: 30, X-RateLimit-Remaining: 0]", "Retry-After"},
		{"headers=[x-edge-id: 7a1] then 429", "x-edge-id"},
		{"[WWW-Authenticate: Bearer realm=\"files\"] sent with the 401", "WWW-Authenticate"},
	} {
		fs, _ := lineFields(c.line, false)
		if len(fs) == 0 || fs[0].name != c.name {
			t.Errorf("%q: fields %v, want %s", c.line, fs, c.name)
		}
	}
}
