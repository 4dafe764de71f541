package secret

import (
	"strings"
	"testing"
)

// Cookies a console printed over several lines: a Cookie header a hard
// wrap cut, whose other cookies follow the cut value on the next line, and
// Node's inspect of a response's 'set-cookie' list, one cookie an item. A
// key printed as JavaScript's undefined holds nothing.
func TestCookiesOverSeveralLines(t *testing.T) {
	for _, c := range []struct {
		name, text string
		secrets    []string
		keep       []string
	}{
		{"a wrapped Cookie header's other cookies", "> GET /api/timesheets?week=49 HTTP/1.1\n> Host: intranet.example.com\n" +
			wrapAt("> Cookie: .AspNetCore.Cookies="+strings.Repeat("XXEvdummyFCNQ2BmjLTAsg9sCL", 4)+"; .AspNetCore.Antiforgery.kX2p=6KbLdummyIRIzb3mEocg50s; app_session=b9addummy83c8c4fa2c5aa2b972694381e90336ebb96363abf17", 120) +
			"\n" + strings.Repeat("-", 120) + "\n>\n< HTTP/1.1 403 Forbidden\n",
			[]string{"6KbLdummyIRIzb3mEocg50s", "b9addummy83c8c4f", "2694381e90336ebb96363abf17"}, []string{"403 Forbidden", "app_session="}},
		{"Node's set-cookie list", "{\n  'x-powered-by': 'Express',\n  'set-cookie': [\n    'connect.sid=s%3ARbTmdummyVboeYLljhAYAfSboOaK.ZRS7ezlRRatu5Zz1n44; Path=/; HttpOnly',\n    'remember_me=fTjkdummytrTkqlFgJhti61m0DpmW; Path=/; Max-Age=2592000'\n  ],\n  date: 'Sun, 29 Nov 2026 21:05:33 GMT'\n}\nrequest headers: { cookie: 'connect.sid=s%3ARbTmdummyVboeYLljhAYAfSboOaK.ZRS7ezlRRatu5Zz1n44', 'csrf-token': 'undefined' }\n",
			[]string{"RbTmdummyVboeYLljhAYAfSboOaK", "fTjkdummytrTkqlFgJhti61m0DpmW"}, []string{"Max-Age=2592000", "'csrf-token': 'undefined'", "Sun, 29 Nov 2026"}},
	} {
		got := NewMasker(Scan(c.text)).Text(c.text)
		flat := strings.ReplaceAll(got, "\n", "")
		for _, v := range c.secrets {
			if strings.Contains(flat, v) {
				t.Errorf("%s: %q not masked:\n%s", c.name, v, got)
			}
		}
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q masked:\n%s", c.name, k, got)
			}
		}
	}
}

// Node's inspect of a 'set-cookie' list whose first item a console's hard
// wrap cut: the item ends on the next line, a comma after it, and the
// list's next item is read too.
func TestCookieListItemCutByAWrap(t *testing.T) {
	text := "console.log(res.headers) on the login response, then the next call fails with 403:\n\n{\n  'x-powered-by': 'Express',\n  'set-cookie': [\n" +
		wrapAt("    'connect.sid=s%3AdummyVboeYLljhAYAfSboOaKBoNdA3ZZ.ZRS7ezlRRatu5Zz1n44ruumauFYqfGTOY7gDK7Cl52Y; Path=/; HttpOnly; SameSite=Strict',", 80) + "\n" +
		"    '_csrf=dummyFgJhti61m0DpmW; Path=/'\n  ],\n  date: 'Sun, 29 Nov 2026 21:05:33 GMT',\n" + strings.Repeat("-", 80) + "\n}\n"
	checkMasked(t, "cut set-cookie item", text, []string{"dummyVboeYLljhAYAfSboOaK", "FYqfGTOY7gDK7Cl52Y", "dummyFgJhti61m0DpmW"}, []string{"Path=/'", "Sun, 29 Nov 2026 21:05:33 GMT"})
}
