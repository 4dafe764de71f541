package parse

import (
	"strings"
	"testing"
)

// TestStatusWithArticleOrParenthesis: a status the person gives in prose
// with an article after a verb and its object or "back" ("sends back a
// 403", "gives me a 401", "comes back as a 403") or in parentheses ("fails
// (a 401)") is what came back; a wish or a hypothesis ("I wish it returned
// a 403", "would be better to return a 403") is not (sentences invented).
func TestStatusWithArticleOrParenthesis(t *testing.T) {
	for _, c := range []struct {
		text string
		code int
	}{
		{"Syncing the calendar feed fails (a 401).", 401},
		{"Every export from the vault fails (a 403 each time).", 403},
		{"On the second page the gateway sends back a 429.", 429},
		{"The billing endpoint gives me a 401 whatever token I use.", 401},
		{"Each upload to the bucket comes back as a 403.", 403},
		{"The mirror got a 403 back on the first fetch.", 403},
		{"I wish the mirror returned a 403 instead.", 0},
		{"It would be better to return a 403 here.", 0},
		{"It should fail with an auth error (a 401).", 0},
		{"The proxy should get a 401 from the origin.", 0},
	} {
		h := statusProse(c.text, strings.ToLower(c.text))
		if h.code != c.code {
			t.Errorf("%q: status %d, want %d", c.text, h.code, c.code)
		}
	}
}

// TestProseQuoteClosesItsParenthesis: the words quoted for a status read
// from prose close a parenthesis they open.
func TestProseQuoteClosesItsParenthesis(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Syncing the calendar feed fails (a 401).", `prose ("fails (a 401)")`},
		{"Every export from the vault fails (a 403 each time).", `prose ("fails (a 403 …)")`},
		{"The billing endpoint gives me a 401 whatever token I use.", `prose ("me a 401")`},
	} {
		if h := statusProse(c.text, strings.ToLower(c.text)); h.how != c.want {
			t.Errorf("%q: read as %s, want %s", c.text, h.how, c.want)
		}
	}
}
