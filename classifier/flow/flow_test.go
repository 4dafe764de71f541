package flow_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/internal/flowhar"
)

func find(t *testing.T, text string) []*flow.Flow {
	t.Helper()
	in, err := parse.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	return flow.Settle(flow.Find(in), nil)
}

func kinds(f *flow.Flow) string {
	var ks []string
	for _, s := range f.Steps {
		ks = append(ks, s.Kind)
	}
	return strings.Join(ks, " ")
}

// TestLargeHAR finds the sign-in among 500 and 5000 entries of noise: the
// same flow, the same steps, the same break, whatever the size of the HAR.
func TestLargeHAR(t *testing.T) {
	for _, n := range []int{520, 5000} {
		fs := find(t, string(flowhar.HAR(n)))
		if len(fs) != 1 {
			t.Fatalf("%d entries: %d flows, want 1", n, len(fs))
		}
		f := fs[0]
		if len(f.Steps) != flowhar.FlowSteps || f.Folded != (flowhar.FlowSteps-1)*flowhar.NoiseBetween {
			t.Errorf("%d entries: %d steps, %d folded (%s)", n, len(f.Steps), f.Folded, kinds(f))
		}
		if f.Kind != "oauth-code-pkce" || f.Break == nil || f.Break.Rule != flow.CookieSameSite || f.Break.Step != flowhar.BrokenStep {
			t.Fatalf("%d entries: kind %s, break %+v", n, f.Kind, f.Break)
		}
		if !f.Steps[flowhar.BrokenStep-1].Broken || f.Outcome != "broken" {
			t.Errorf("%d entries: step %d not marked broken", n, flowhar.BrokenStep)
		}
		// Evidence on both ends: where the cookie was set, where it was missing.
		ev := f.Break.Evidence
		if len(ev) != 2 || !strings.Contains(ev[0].Text, "SameSite=Strict") || ev[1].Where != "request line" || ev[0].Pos.Path == "" {
			t.Errorf("%d entries: evidence %+v", n, ev)
		}
	}
}

func TestHandshakes(t *testing.T) {
	cases := []struct{ name, text, kind, steps string }{
		{"basic", "GET /admin HTTP/1.1\nHost: nas.example.lan\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"nas\"\n\n" +
			"GET /admin HTTP/1.1\nHost: nas.example.lan\nAuthorization: Basic YWRtaW46aHVudGVyMg==\n\nHTTP/1.1 200 OK\n\n", "basic", "challenge credentials"},
		{"digest", "GET /cam/snapshot HTTP/1.1\nHost: cam.example.lan\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Digest realm=\"cam\", qop=\"auth\", nonce=\"dcd98b7102dd2f0e\"\n\n" +
			"GET /cam/snapshot HTTP/1.1\nHost: cam.example.lan\nAuthorization: Digest username=\"viewer\", realm=\"cam\", nonce=\"dcd98b7102dd2f0e\", uri=\"/cam/snapshot\", response=\"6629fae49393a05397450978507c4ef1\"\n\nHTTP/1.1 200 OK\n\n", "digest", "challenge credentials"},
		{"negotiate", "GET /sso HTTP/1.1\nHost: portal.corp.example\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\n\n" +
			"GET /sso HTTP/1.1\nHost: portal.corp.example\nAuthorization: Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag\n\nHTTP/1.1 200 OK\nWWW-Authenticate: Negotiate oYG3MIG0oAMKAQChCwYJKoZIgvcSAQIC\n\n", "negotiate", "challenge credentials"},
		// NTLM's three legs, as curl -v --ntlm prints them.
		{"ntlm", "> GET /reports/ HTTP/1.1\n> Host: intranet.example.local\n> Authorization: NTLM TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: NTLM TlRMTVNTUAACAAAADAAMADAAAAAGgokA\n<\n" +
			"> GET /reports/ HTTP/1.1\n> Host: intranet.example.local\n> Authorization: NTLM TlRMTVNTUAADAAAAGAAYAEAAAAAYABgAWAAA\n>\n< HTTP/1.1 200 OK\n<\n", "ntlm", "challenge credentials"},
	}
	for _, c := range cases {
		fs := find(t, c.text)
		if len(fs) != 1 || fs[0].Kind != c.kind || kinds(fs[0]) != c.steps {
			for _, f := range fs {
				t.Logf("%s: %s %s", c.name, f.Kind, kinds(f))
			}
			t.Errorf("%s: want one %s flow with steps %q", c.name, c.kind, c.steps)
		}
	}
}

func TestOAuthKinds(t *testing.T) {
	auth := func(rt string) string {
		return "GET https://op.example.com/authorize?client_id=spa&response_type=" + rt + "&redirect_uri=https%3A%2F%2Fspa.example.com%2Fcb&state=s1&nonce=n1 HTTP/1.1\nHost: op.example.com\n\n" +
			"HTTP/1.1 302 Found\nLocation: https://spa.example.com/cb#id_token=x&state=s1\n\n" +
			"GET https://spa.example.com/cb HTTP/1.1\nHost: spa.example.com\n\nHTTP/1.1 200 OK\n\n"
	}
	for rt, want := range map[string]string{"id_token%20token": "oauth-implicit", "code%20id_token": "oauth-hybrid", "code": "oauth-code"} {
		fs := find(t, auth(rt))
		if len(fs) != 1 || fs[0].Kind != want {
			t.Errorf("response_type %s: %v, want %s", rt, fs, want)
		}
	}
}

// TestClientCredentialsUsed follows an access token from the token
// response to the API call that carries it.
func TestClientCredentialsUsed(t *testing.T) {
	text := "POST https://auth.example.net/oauth/token HTTP/1.1\nHost: auth.example.net\nContent-Type: application/x-www-form-urlencoded\n\n" +
		"grant_type=client_credentials&client_id=etl&client_secret=s3\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"access_token\":\"tok-881\",\"token_type\":\"Bearer\",\"expires_in\":600}\n\n" +
		"GET https://data.example.net/v1/rows HTTP/1.1\nHost: data.example.net\nAuthorization: Bearer tok-881\n\nHTTP/1.1 200 OK\n\n" +
		"GET https://other.example.org/health HTTP/1.1\nHost: other.example.org\n\nHTTP/1.1 200 OK\n\n"
	fs := find(t, text)
	if len(fs) != 1 || kinds(fs[0]) != "client-credentials api" || fs[0].Outcome != "completed" || fs[0].Break != nil {
		t.Fatalf("%+v", fs)
	}
	if got := strings.Join(fs[0].Steps[1].Carries, ","); got != "access token" {
		t.Errorf("api step carries %q", got)
	}
	if got := strings.Join(fs[0].Hosts, ","); got != "auth.example.net,data.example.net" {
		t.Errorf("lanes %q", got)
	}
}

// TestSAMLPostLaxCookie: the SP's pre-login cookie is SameSite=Lax (or has no
// SameSite), so the IdP's cross-site POST to the ACS arrives without it.
// Re-created from catalyst/moodle-auth_saml2#891 (a SameSite policy breaking
// the ACS request) with new hosts and values.
func TestSAMLPostLaxCookie(t *testing.T) {
	text := "GET https://lms.example.edu/my/ HTTP/1.1\nHost: lms.example.edu\n\nHTTP/1.1 302 Found\n" +
		"Set-Cookie: MoodleSession=k8d7s6a5; path=/; secure; HttpOnly\nLocation: https://login.example-idp.com/saml2?SAMLRequest=fZBNT8MwDIb%2FSuU7bbKpm4jWSmhcKiEOgDhwc1NDIzVJFTts%2FHvSfUhcOFj2a%2FvxKx9cjWjWmKYz4nP8WJkd3Zq3fgU1qkfjTCUQBhzkHGRPPK5GGrx9PqL1TZ0nP%2FWJRDK9T%2BTD7vjDqhKeQTd0nsIjt0ud%2B%2FO&RelayState=%2Fmy%2F\n\n" +
		"POST https://lms.example.edu/auth/saml2/sp/saml2-acs.php/lms HTTP/1.1\nHost: lms.example.edu\nOrigin: https://login.example-idp.com\nSec-Fetch-Site: cross-site\nSec-Fetch-Mode: navigate\n" +
		"Content-Type: application/x-www-form-urlencoded\n\nSAMLResponse=PHNhbWxwOlJlc3BvbnNlLz4%3D&RelayState=%2Fmy%2F\n\n" +
		"HTTP/1.1 303 See Other\nLocation: https://lms.example.edu/login/index.php?errorcode=4\n\n"
	fs := find(t, text)
	if len(fs) != 1 || fs[0].Break == nil || fs[0].Break.Rule != flow.CookieSameSite || fs[0].Break.Step != 2 {
		t.Fatalf("%+v", fs)
	}
	if !strings.Contains(fs[0].Break.Message, "without SameSite") || !strings.Contains(fs[0].Break.Message, "POST") {
		t.Errorf("message %q", fs[0].Break.Message)
	}
}

// TestBounds: flows and steps stay within MaxFlows and MaxSteps, and what
// is past them is counted.
func TestBounds(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3*flow.MaxFlows; i++ {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		b.WriteString("POST https://auth" + id + ".example.net/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=c\n\n" +
			"HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"access_token\":\"t-" + id + "\"}\n\n" +
			"GET https://api.example.net/x HTTP/1.1\nAuthorization: Bearer t-" + id + "\n\nHTTP/1.1 403 Forbidden\n\n")
	}
	in, err := parse.Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	r := flow.Find(in)
	// The calls of the flows left out count too: they start flows of their own.
	if len(r.Flows) != flow.MaxFlows || r.More < 2*flow.MaxFlows {
		t.Errorf("%d flows, %d more", len(r.Flows), r.More)
	}
	b.Reset()
	for i := 0; i < 3*flow.MaxSteps; i++ {
		b.WriteString("GET /private HTTP/1.1\nHost: nas.example.lan\nAuthorization: Basic YTpi\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"nas\"\n\n")
	}
	fs := find(t, b.String())
	if len(fs) != 1 || len(fs[0].Steps) != flow.MaxSteps || fs[0].More != 2*flow.MaxSteps {
		t.Errorf("%d flows; steps %d, more %d", len(fs), len(fs[0].Steps), fs[0].More)
	}
}

// TestNoFlow: exchanges without a sign-in make no flow.
func TestNoFlow(t *testing.T) {
	fs := find(t, "GET /a HTTP/1.1\nHost: x.example\n\nHTTP/1.1 200 OK\n\nGET /b.css HTTP/1.1\nHost: x.example\n\nHTTP/1.1 404 Not Found\n\n")
	if len(fs) != 0 {
		t.Errorf("%d flows", len(fs))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("GET https://op.example/authorize?response_type=code&client_id=a&state=s HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /cb?code=1&state=t\n\nGET /cb?code=1&state=t HTTP/1.1\n\nHTTP/1.1 401 Unauthorized\n\n")
	f.Add("POST /acs HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nSAMLResponse=%%%&RelayState=x\n\nHTTP/1.1 403 Forbidden\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		in, err := parse.Parse(s)
		if err != nil {
			return
		}
		r := flow.Find(in)
		if len(r.Flows) > flow.MaxFlows {
			t.Fatalf("%d flows", len(r.Flows))
		}
		for _, fl := range r.Flows {
			if len(fl.Steps) > flow.MaxSteps {
				t.Fatalf("%d steps", len(fl.Steps))
			}
		}
	})
}

// TestSignOutClearsCookie: after a sign-out deletes the session cookie, a
// page that sends the browser to the login page is not a cookie left behind.
func TestSignOutClearsCookie(t *testing.T) {
	text := "POST https://shop.example.com/login HTTP/1.1\nHost: shop.example.com\nContent-Type: application/x-www-form-urlencoded\n\nuser=ana&password=pw-1\n\n" +
		"HTTP/1.1 302 Found\nLocation: https://shop.example.com/account\nSet-Cookie: sid=s-1; Path=/; Secure; HttpOnly; SameSite=Lax\n\n" +
		"GET https://shop.example.com/account HTTP/1.1\nHost: shop.example.com\nCookie: sid=s-1\n\nHTTP/1.1 200 OK\n\n" +
		"POST https://shop.example.com/logout HTTP/1.1\nHost: shop.example.com\nCookie: sid=s-1\n\n" +
		"HTTP/1.1 302 Found\nLocation: https://shop.example.com/\nSet-Cookie: sid=; Path=/; Max-Age=0\n\n" +
		"GET http://shop.example.com/account HTTP/1.1\nHost: shop.example.com\n\nHTTP/1.1 302 Found\nLocation: https://shop.example.com/login?next=%2Faccount\n\n"
	fs := find(t, text)
	for _, f := range fs {
		if f.Break != nil {
			t.Errorf("%s: break %+v after a sign-out", f.Kind, f.Break)
		}
	}
	// Without the sign-out, the same last request is the break.
	text = strings.Replace(text, "Set-Cookie: sid=; Path=/; Max-Age=0\n", "", 1)
	fs = find(t, text)
	if len(fs) != 1 || fs[0].Break == nil || fs[0].Break.Rule != flow.CookieSecure {
		t.Fatalf("no break without the sign-out: %+v", fs)
	}
}

// TestAuthorizationResponseIsNoLoginRedirect: the identity provider's 302
// back to the client's "/auth/callback" with a code is the sign-in's answer,
// not a redirect to sign in, so a host-only cookie of the client that does
// not reach the provider's host (same site, another host) breaks nothing.
func TestAuthorizationResponseIsNoLoginRedirect(t *testing.T) {
	text := "GET https://app.corvell.com/auth/start HTTP/1.1\nHost: app.corvell.com\n\n" +
		"HTTP/1.1 302 Found\nLocation: https://sso.corvell.com/oauth2/authorize?response_type=code&client_id=app&redirect_uri=https%3A%2F%2Fapp.corvell.com%2Fauth%2Fcallback&state=s81x\n" +
		"Set-Cookie: app_state=s81x; Path=/auth; Secure; HttpOnly; SameSite=Lax\n\n" +
		"GET https://sso.corvell.com/oauth2/authorize?response_type=code&client_id=app&redirect_uri=https%3A%2F%2Fapp.corvell.com%2Fauth%2Fcallback&state=s81x HTTP/1.1\nHost: sso.corvell.com\nCookie: sso_sid=q-77\n\n" +
		"HTTP/1.1 302 Found\nLocation: https://app.corvell.com/auth/callback?code=c-4431&state=s81x\n\n"
	fs := find(t, text)
	for _, f := range fs {
		if f.Break != nil {
			t.Errorf("%s: break %+v at the provider's answer", f.Kind, f.Break)
		}
	}
}
