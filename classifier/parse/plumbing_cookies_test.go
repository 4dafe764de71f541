package parse

import "testing"

// TestNonIdentityCookies: a request whose only cookies are analytics ids,
// a consent string, a bot challenge's clearance or a CSRF token's cookie
// carried no credential; one more cookie that may be a session is one.
func TestNonIdentityCookies(t *testing.T) {
	for _, c := range []struct {
		cookie string
		want   CredState
	}{
		{"ajs_anonymous_id=7f3e2d1c; _hjSessionUser_311=eyJpZCI6IjEifQ; mp_0a1b2c_mixpanel=%7B%7D", CredNone},
		{"csrftoken=Hq3dummyCsrf0099; hubspotutk=5c1e9a77; __stripe_mid=1b2c3d4e", CredNone},
		{"cf_clearance=Zp8dummyClear_77; euconsent-v2=CPx1AAA", CredNone},
		{"csrftoken=Hq3dummyCsrf0099; sessionid=Wm2dummySess4411", CredSent},
	} {
		r := &Request{Method: "GET", Target: "/api/me", Fields: Fields{{Name: "Host", Value: "app.example.test"}, {Name: "Cookie", Value: c.cookie}}}
		if got := r.Credentials().State; got != c.want {
			t.Errorf("Cookie: %s: %s, want %s", c.cookie, got, c.want)
		}
	}
}
