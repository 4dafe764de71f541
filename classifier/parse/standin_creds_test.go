package parse

import "testing"

// TestQueryStandInCredential: a credential's parameter in a URL's query
// whose value is a stand-in the person wrote (an upper-case name, a shell
// variable, a word in angle brackets) went out with the request all the
// same, its value unknown; a stand-in under a name that holds no
// credential is none.
func TestQueryStandInCredential(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"EHttpError: 403 Forbidden while posting to https://files.example.test/api/v3/dir?root=/&token=TOKEN&_=1714550000123", "TOKEN"},
		{"GET /v2/items?page=3&api_key=$ITEMS_API_KEY", "$ITEMS_API_KEY"},
		{"Requesting https://maps.example.test/geo?q=Lyon&key=YOUR_API_KEY failed: 403", "YOUR_API_KEY"},
		{"GET /v2/items?apikey=<key>&page=2", "<key>"},
		{"GET /v2/items?page=PAGE&sort=NAME", ""},
		{"GET /v2/items?user=USER_NAME", ""},
	} {
		f, ok := lineURLCredential(c.line)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
		if ok && !Elided(f.Value) {
			t.Errorf("%q: %q not taken as a stand-in", c.line, f.Value)
		}
	}
}

// TestUserinfoStandIns: a URL whose userinfo the person wrote with stand-ins
// in angle brackets ("https://<user>:<token>@host", a gem source's
// "<user>.<api-key>:REDACTED@") still carries a password; an angle bracket
// that is markup ends the URL as before.
func TestUserinfoStandIns(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"bad response Forbidden 403 (https://<login>.<api-key>:REDACTED@pkgs.example.test/api/gems/x.rz)", "REDACTED"},
		{"remote: fetching https://<user>:<token>@scm.example.test/team/app.git", "<token>"},
		{"fatal: could not read https://<user>:Lq2vDummy9@scm.example.test/team/app.git", "Lq2vDummy9"},
		{"see <a href=\"https://docs.example.test/x\">https://docs.example.test/x</a> and mail me@example.test", ""},
		{"open https://example.test<br>then ana:pw@x", ""},
	} {
		f, ok := lineURLCredential(c.line)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestProductAuthorizationHeader: an x- header named for a product's own
// Authorization (X-Tyk-Authorization, a gateway's admin secret) carries a
// credential: the request that sent it sent credentials.
func TestProductAuthorizationHeader(t *testing.T) {
	in, err := Parse("curl -i -X PUT http://localhost:8080/gw/keys/77 \\\n" +
		"> --header \"x-gw-authorization: 5d1f0e2a9c7b3d4e6f8a0b1c2d3e4f5a\" \\\n" +
		"> --data '{\"rate\": 10}'\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"Forbidden\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	c := in.Exchanges[0].Credentials()
	if c.State != CredSent || c.Header != "x-gw-authorization" {
		t.Errorf("credentials %+v, want sent in x-gw-authorization", c)
	}
	for _, n := range []string{"X-Tyk-Authorization", "x_gw_authorization", "X-Forwarded-Authorization"} {
		if !IsAPIKeyHeader(n) {
			t.Errorf("%s: not a credential header", n)
		}
	}
	for _, n := range []string{"X-Authorization-Required", "Authorization-Info", "X-authorization-x"} {
		if IsAPIKeyHeader(n) {
			t.Errorf("%s: taken for a credential header", n)
		}
	}
}

// TestDoubledBracketMarker: a tracer's "[[REMOVED]]" in a field's place is
// read whole, so the field shows as masked, not as "[REMOVED".
func TestDoubledBracketMarker(t *testing.T) {
	in, err := Parse("node-1:9000 [REQUEST s3.GetObject] [2024-05-01T10:00:00.000] [Client IP: 192.0.2.7]\n" +
		"node-1:9000 GET /bucket/key.txt\n" +
		"node-1:9000 Host: 127.0.0.1:9000\n" +
		"node-1:9000 X-Amz-Security-Token:  [[REMOVED]]\n" +
		"node-1:9000\n" +
		"node-1:9000 [RESPONSE] [2024-05-01T10:00:00.001]\n" +
		"node-1:9000 403 Forbidden\n" +
		"node-1:9000 Content-Type: application/xml\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Request == nil {
			continue
		}
		if v := x.Request.Fields.Get("X-Amz-Security-Token"); v != "" && !IsRedacted(v) {
			t.Errorf("X-Amz-Security-Token %q, want it read as a redaction marker", v)
		}
		if c := x.Credentials(); c.State == CredSent && !c.Redacted {
			t.Errorf("credentials %+v: not marked redacted", c)
		}
		return
	}
	t.Errorf("no request read")
}

// TestProductTokenHeader: a product's own two-word token or secret header
// (1Panel-Token, Acme-Secret) carries the caller's credential, as the
// secret finder already masks it; a token that proves no caller (CSRF,
// paging, push registration) or a key of another kind does not.
func TestProductTokenHeader(t *testing.T) {
	in, err := Parse("GET /api/v2/hosts HTTP/1.1\nHost: panel.example.org\nHarbormaster-Token: 7c0de5a1b2f34e9d8a6b5c4d3e2f1a0b\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":401,\"message\":\"key error\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	c := in.Exchanges[0].Credentials()
	if c.State != CredSent || c.Header != "Harbormaster-Token" {
		t.Errorf("credentials %+v, want sent in Harbormaster-Token", c)
	}
	for _, n := range []string{"1Panel-Token", "acme_secret", "Qbox-Token", "Auth-Token", "App-Key"} {
		if !IsAPIKeyHeader(n) {
			t.Errorf("%s: not a credential header", n)
		}
	}
	for _, n := range []string{"Csrf-Token", "XSRF-TOKEN", "Page-Token", "Continuation-Token", "Push-Token", "Idempotency-Key", "Token-Type", "Cache-Key", "Next-Page-Token", "My.App-Token"} {
		if IsAPIKeyHeader(n) {
			t.Errorf("%s: taken for a credential header", n)
		}
	}
}
