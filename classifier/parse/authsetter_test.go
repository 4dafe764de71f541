package parse

import "testing"

// TestAuthorizationSetterSent: a client given the whole Authorization
// value by a setter of that name (an Arduino WebSocket client's
// setAuthorization, a Java builder's withAuthorization) sent it; a value
// the person wrote over the token ("Bearer xxxxxxxx") is masked. A getter
// or a check of the same name gives nothing.
func TestAuthorizationSetterSent(t *testing.T) {
	fail := "\n[WS-Client][handleHeader] RX: HTTP/1.1 401 Unauthorized\n"
	for _, c := range []struct {
		line   string
		masked bool
	}{
		{`  ws.setAuthorization("Bearer xxxxxxxxxxxxxx");`, true},
		{`  ws.setAuthorization("Bearer 7dQk2LmZp9Xr4TnW8vB1");`, false},
		{`  client.withAuthorization(cfg.authHeader)`, true},
	} {
		got := lastAnsweredCredentials(t, c.line+fail)
		if got.State != CredSent {
			t.Errorf("credentials %s, want sent, in\n%s", got.State, c.line)
			continue
		}
		if got.Redacted != c.masked {
			t.Errorf("masked %v, want %v, in\n%s", got.Redacted, c.masked, c.line)
		}
	}
	for _, line := range []string{
		`  String h = req.getAuthorization();`,
		`  if (ws.hasAuthorization()) {`,
	} {
		if got := lastAnsweredCredentials(t, line+fail); got.State == CredSent {
			t.Errorf("credentials sent in\n%s", line)
		}
	}
}

// TestEncodedStandInMasked: a Basic value written as the formula of its
// encoding ("base64(clientId:clientSecret)"), as a report about a token
// request writes it, is a stand-in: a credential went out, its value is
// not in the paste. A real base64 value is not.
func TestEncodedStandInMasked(t *testing.T) {
	for _, v := range []string{"base64(clientId:clientSecret)", "btoa(user:password)", "base64_encode(<username>:<password>)"} {
		if !Elided(v) {
			t.Errorf("%q not read as a stand-in", v)
		}
	}
	for _, v := range []string{"Y2xpZW50OnNlY3JldDk5", "base64(x7:k2)", "encode(clientId:clientSecret)"} {
		if Elided(v) {
			t.Errorf("%q read as a stand-in", v)
		}
	}
	paste := "POST /user/oauth2/token HTTP/1.1\nHost: portal.example.test\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Basic base64(clientId:clientSecret)\n\ngrant_type=authorization_code&code=Qm8x3KfT1p\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid_client\"}\n"
	in, err := Parse(paste)
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Request == nil {
		t.Fatalf("no request read (%v)", err)
	}
	if got := in.Exchanges[0].Credentials(); got.State != CredSent {
		t.Errorf("credentials %s, want sent", got.State)
	}
	if _, rest := AuthScheme(in.Exchanges[0].Request.Fields.Get("Authorization")); !Elided(rest) {
		t.Errorf("Basic %q not read as a stand-in", rest)
	}
}
