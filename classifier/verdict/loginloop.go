package verdict

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// signInPathWords name a sign-in page's path segment.
var signInPathWords = []string{"login", "signin", "sign-in", "sign_in", "logon", "authenticate"}

// nestedSignIn finds, in a URL of lower-cased t, a sign-in page whose
// return address holds the sign-in page again, and that one again:
// "/Account/Login?ReturnUrl=%2FAccount%2FLogin%3FReturnUrl%3D%252F…". Each
// pass of a sign-in loop wraps the last address in another layer of
// percent-encoding, so the sign-in path stands three times or more, at
// least once under a doubly encoded slash ("%252f"). It reports the path
// word and how often it stands.
func nestedSignIn(t string) (string, int, bool) {
	if !strings.Contains(t, "%25") {
		return "", 0, false
	}
	for _, tok := range strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '"' || r == '\'' || r == '`' || r == '<' || r == '>'
	}) {
		if !strings.Contains(tok, "%252f") {
			continue
		}
		for _, w := range signInPathWords {
			n := 0
			for from := 0; ; {
				k := strings.Index(tok[from:], w)
				if k < 0 {
					break
				}
				i := from + k
				from = i + len(w)
				// the word as a path segment: after a slash, plain or
				// encoded once or more ("/", "%2f", "%252f"), and before
				// the query, the next segment or the end ("login-portal.example"
				// is a host)
				after := from >= len(tok) || strings.IndexByte("?%/#&", tok[from]) >= 0
				if after && (i > 0 && tok[i-1] == '/' || i >= 2 && tok[i-2:i] == "2f") {
					n++
				}
			}
			if n >= 3 {
				return w, n, true
			}
		}
	}
	return "", 0, false
}

// loginLoop reads a sign-in loop from a URL the paste shows (in the
// response's text or the person's words): whatever status the loop ended
// with (a 414 or IIS's 404.15 for a query string grown too long), the
// application keeps sending the visitor to its sign-in page, so the
// sign-in, or the session it should set, does not hold.
func loginLoop(x *parse.Exchange) (rule.Signal, bool) {
	lines := x.Prose
	inBody := len(lines) // lines from here on are the response body's
	if r := x.Response; r != nil && r.Body.Text != "" {
		lines = withBodyLines(x.Prose, r.Body.Text, r.Body.Pos.Line, false)
	}
	for j, l := range lines {
		if !strings.Contains(l.Text, "%25") {
			continue // nestedSignIn's own first test, before a lower-cased copy (lowering leaves "%25" as it is)
		}
		w, n, ok := nestedSignIn(strings.ToLower(l.Text))
		if !ok {
			continue
		}
		where := proseWhere
		if j >= inBody {
			where = "response body"
		}
		return rule.SignLoginLoop.Signal(rule.Authentication,
			"a URL in the paste returns to the sign-in page from the sign-in page ("+strconv.Quote(w)+" "+strconv.Itoa(n)+
				" times, each pass encoded once more): the application sends the visitor back to sign in again and again, so the sign-in or the session it sets does not hold, whatever status ended the loop",
			&rule.Evidence{Exchange: x.Index, Where: where, Pos: l.Pos, Text: cutText(l.Text, 120)}), true
	}
	return rule.Signal{}, false
}
