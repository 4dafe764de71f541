package verdict_test

import (
	"strconv"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestSignInLoopURL: a sign-in page whose return address holds the sign-in
// page again, encoded once more at each pass, is a sign-in loop whatever
// status ended it; a return address that names the sign-in page once, or a
// host whose name starts with "signin", is none (values invented).
func TestSignInLoopURL(t *testing.T) {
	page := "The app stopped working after the upgrade, the browser shows\n\n" +
		"```\nHTTP Error 404.15 - Not Found\nThe request filtering module is configured to deny a request where the query string is too long.\n```\n\n" +
		"and the address bar holds\n\n```\n"
	for _, c := range []struct {
		url  string
		want rule.Class
	}{
		{"https://shop.example.test/Users/SignIn?next=%2FUsers%2FSignIn%3Fnext%3D%252FUsers%252FSignIn%253Fnext%253D%25252FUsers%25252FSignIn%25253Fnext%25253D%2525252Forders", rule.Authentication},
		{"https://shop.example.test/Users/SignIn?next=%2Forders%2F2024%3Fpage%3D%252F3", rule.None},
		{"https://app.example.test/cb?u=%2F%2Fsignin-a.example.test%2Fx%3Fu%3D%252F%252Fsignin-a.example.test%252Fx%253Fu%253D%25252F%25252Fsignin-a.example.test", rule.None},
	} {
		if v := soleVerdict(t, strconv.Quote(c.url), page+c.url+"\n```\n"); v.Class != c.want {
			t.Errorf("%q: class %s, want %s (%+v)", c.url, v.Class, c.want, v.Reasons)
		}
	}
}

// TestSignInLoopExplained: the card names the loop and what keeps a
// session from holding, not "send credentials".
func TestSignInLoopExplained(t *testing.T) {
	v := soleVerdict(t, "a sign-in loop's page", "Request-URI Too Long\n\nThe requested URL's length exceeds the capacity limit for this server.\n\n"+
		"http://intranet.example.test/portal/auth/login?back=%2Fportal%2Fauth%2Flogin%3Fback%3D%252Fportal%252Fauth%252Flogin%253Fback%253D%25252Fportal\n")
	if v.Class != rule.Authentication {
		t.Fatalf("class %s (%+v)", v.Class, v.Reasons)
	}
	mustContain(t, "headline", v.Headline, "Sign-in loop")
	mustContain(t, "explanation", v.Explanation, "session cookie")
}
