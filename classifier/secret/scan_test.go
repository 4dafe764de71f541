package secret

import (
	"strings"
	"testing"
)

// A user:password@host argument is a URL's credentials; JSON or code that
// happens to hold a colon before an e-mail address is not.
func TestSchemelessUserinfo(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // passwords found
	}{
		{`curl -s admin:s3cr3t-pass@search.internal:9200/_cat/indices`, 1},
		{`$ curl ':s3cr3t-pass@localhost:9200/'`, 1}, // no user, as Elasticsearch and Redis allow
		{`{"error":"insufficient permissions","user":"alice@example.com"}`, 0},
		{`error: forbidden (user:'bob@corp.example', scope:"read")`, 0},
		{`login failed for [alice:x@example.com]`, 0},
	} {
		n := 0
		for _, s := range Scan(c.text) {
			if s.Kind == Password {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d passwords, want %d (%+v)", c.text, n, c.want, Scan(c.text))
		}
	}
}

// Prose about credentials is not a credential: "auth tokens: (see below)".
func TestProseIsNoCredential(t *testing.T) {
	for _, text := range []string{
		"auth tokens: (see below)",
		"password: (the one from the vault)",
	} {
		if ss := Scan(text); len(ss) != 0 {
			t.Errorf("%q: %+v", text, ss)
		}
	}
	if ss := Scan(`password: "(s3cr3t)"`); len(ss) != 1 {
		t.Errorf("a quoted value stays a credential whatever it starts with: %+v", ss)
	}
}

// Code that builds a header from a variable holds no credential; a literal
// token in the same code does.
func TestCodePlaceholders(t *testing.T) {
	if ss := Scan(`r = requests.get(url, headers={"Authorization": f"Bearer {tok}"})`); len(ss) != 0 {
		t.Errorf("an f-string placeholder: %+v", ss)
	}
	if ss := Scan(`r = requests.get(url, headers={"Authorization": f"Bearer {self.api_token}"})`); len(ss) != 0 {
		t.Errorf("an attribute placeholder: %+v", ss)
	}
	for _, l := range []string{`headers={"Authorization": "Bearer ghp_" + token}`, "Authorization: Bearer sk_live_", "Authorization: Bearer eyJ", "Authorization: token ghp_1a2B3c"} {
		if ss := Scan(l); len(ss) != 0 {
			t.Errorf("%s: only a public prefix, the secret part cut off: %+v", l, ss)
		}
	}
	if ss := Scan(`r = requests.get(url, headers={"Authorization": "Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc"})`); len(ss) != 1 || ss[0].Value != "sk_live_4eC39HqLyjWDarjtT1zdp7dc" {
		t.Errorf("a literal token: %+v", ss)
	}
}

// A value that opens with a known token's prefix and is shorter than that
// token but keeps many characters after the prefix is a credential, masked:
// it may be another format's secret, or the whole token typed by hand. Only
// a few characters after the prefix ("ghp_1a2B3c") make a cut stand-in.
func TestLongValueShortOfItsShapeIsACredential(t *testing.T) {
	const v = "ATATT3wQe7Rt2Yu9Io4Pa6Sd1Fg8Hj5Kl0Zx" // 36 bytes; Atlassian's tokens are far longer
	for _, l := range []string{
		`r = requests.get(url, auth=("svc-sync@example.org", "` + v + `"))`,
		"Authorization: Bearer " + v,
	} {
		ss := Scan(l)
		if len(ss) != 1 || ss[0].Value != v {
			t.Errorf("%s: want the value found as a credential, got %+v", l, ss)
		}
		if m := NewMasker(ss).Text(l); strings.Contains(m, v) {
			t.Errorf("%s: left unmasked: %s", l, m)
		}
	}
	if !Placeholder("ATATT3xY7k") {
		t.Error("ATATT3xY7k: a prefix and four characters is a cut token, a stand-in")
	}
	// a known token masked by hand in the middle: what is left is the user's choice
	for _, v := range []string{"AIzaSyQxxxxxxxxxxxxxxxxxxxm3vbn0xxKT9", "ATATT3xQ7XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXz9"} {
		if !Placeholder(v) {
			t.Errorf("%s: a stretch masked by hand, a stand-in", v)
		}
	}
	if Placeholder("xoxb-1234-5678-aXxXbXxX") {
		t.Error("alternating case is no masked stretch")
	}
}

// A sentence after a credential-like name is prose; a passphrase of a few
// words, or a quoted one, is still a credential.
func TestSentenceIsNoCredential(t *testing.T) {
	if ss := Scan("\tEnvironmentCredential: Authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent is the value"); len(ss) != 0 {
		t.Errorf("a sentence: %+v", ss)
	}
	if ss := Scan("password: correct horse battery"); len(ss) != 1 {
		t.Errorf("a three-word passphrase: %+v", ss)
	}
	if ss := Scan(`password: "it is a long pass phrase of many words"`); len(ss) != 1 {
		t.Errorf("a quoted passphrase: %+v", ss)
	}
}

// A short number after a credential-like name is a status, a count or a
// port, not a key; a short numeric password is still a password.
func TestShortNumbersAreNoKeys(t *testing.T) {
	for _, l := range []string{
		`level=fatal msg="unable to retrieve auth token: 401 unauthorized"`,
		"X-Api-Key: 42",
		"token=403",
		"...while holding a completely valid token: right `aud`, v2 issuer",
		"Our APIs refuse valid access tokens: they are issued fine",
	} {
		if ss := Scan(l); len(ss) > 0 {
			t.Errorf("%q: %+v", l, ss)
		}
	}
	if ss := Scan("password: 1234"); len(ss) != 1 {
		t.Errorf("a numeric password was not found: %+v", ss)
	}
}

// An Authorization field with a scheme and nothing after it carries no
// credential, and a framework's own mask ("[PROTECTED]") is a placeholder.
func TestEmptyAndMaskedCredentials(t *testing.T) {
	if ss := Scan(`error="pull access denied, repository does not exist or may require authorization: server message: insufficient_scope"`); len(ss) > 0 {
		t.Errorf("prose after 'authorization:' taken for a secret: %+v", ss)
	}
	if ss := Scan("Authorization: abcdef0123456789abcdef"); len(ss) != 1 {
		t.Errorf("a bare token after Authorization was missed: %+v", ss)
	}
	if ss := Scan("$ curl -H 'Authorization: Bearer ' https://storage.example.com/a/b"); len(ss) > 0 {
		t.Errorf("an empty bearer taken for a secret: %+v", ss)
	}
	if !Placeholder("[PROTECTED]") || Placeholder("[abc123def]") || Placeholder("[AKIAIOSFODNN7EXAMPLE]") {
		t.Errorf("bracketed placeholders misjudged")
	}
}

// DevTools copies a header's name on one line and its value on the next;
// prose that a terminal wrapped after the word "authentication" is no such
// pair.
func TestNameThenValueLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"authorization\nBearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl\n", 1},
		{"authorization:\nQm9iOnNlY3JldC1wYXNzd29yZA==\n", 1},
		{"         non-existent         \n         authentication       \n         information. See     \n", 0},
		{"Authorization\nrequired\n", 0},
	} {
		if ss := Scan(c.text); len(ss) != c.want {
			t.Errorf("%q: %d secrets, want %d (%+v)", c.text, len(ss), c.want, ss)
		}
	}
}

// A YAML reference to a secrets file names the secret, it is not one.
func TestYAMLSecretReference(t *testing.T) {
	if ss := Scan("elastic:\n  username: !secret elastic_user\n  password: !secret elastic_pass\n"); len(ss) != 0 {
		t.Errorf("a !secret reference: %+v", ss)
	}
	if ss := Scan("elastic:\n  password: Wint3r-is-c0ming\n"); len(ss) != 1 {
		t.Errorf("a literal password: %+v", ss)
	}
}

// A credential's own name written where its value was removed ("Token
// token") is a stand-in: masking it would blank the word in every report.
func TestStandInWords(t *testing.T) {
	for _, text := range []string{"Authorization: Token token", "headers: {'Authorization': 'Bearer your-token'}", "password: password"} {
		if ss := Scan(text); len(ss) != 0 {
			t.Errorf("%q: %+v", text, ss)
		}
	}
	if ss := Scan("Authorization: Token 9f8e7d6c5b4a3f2e1d0c"); len(ss) != 1 {
		t.Errorf("a real token: %+v", ss)
	}
}

// TestBracedVariablesCut: a value's end stops at a closing brace, so a shell
// or template variable reaches the placeholder test without it.
func TestBracedVariablesCut(t *testing.T) {
	for _, in := range []string{
		`curl -H "Authorization: Bearer ${ACCESS_TOKEN}" https://a.example.com/`,
		`Authorization: Bearer {{access_token}}`,
		`{"headers":{"Authorization":"Bearer ${TOKEN}"}}`,
	} {
		if ss := Scan(in); len(ss) != 0 {
			t.Errorf("%s: a variable reported as a secret: %+v", in, ss)
		}
	}
	if ss := Scan(`Authorization: Bearer ${x}9f8e7d6c5b4a39281706f5e4d3c2b1a0`); len(ss) == 0 {
		t.Error("a token after a variable not reported")
	}
}

// TestErrorCodesAreNotOAuthCodes: "Code: AuthorizationFailed" is an error
// code; a high-entropy value under "code" is still an OAuth code, and a
// password of words under "pass" is still a password.
func TestErrorCodesAreNotOAuthCodes(t *testing.T) {
	for _, in := range []string{
		"Code: AuthorizationFailed",
		`{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}`,
		"code=PERMISSION_DENIED",
		`{"code": "invalid_grant"}`,
		`Inner error: {
    "code": "ForbiddenByFirewall"
}`, // Azure Key Vault's inner error codes have short words
		`{"errorCode":"x","code":"NotOnAccessList"}`,
	} {
		if ss := Scan(in); len(ss) != 0 {
			t.Errorf("%s: an error code reported as a secret: %+v", in, ss)
		}
	}
	for _, in := range []string{
		"https://app.example.com/callback?code=4Qx9zLm2Pw7Rt3Ks8Vb1&state=xyz",
		`{"code":"SplxlOBeZQQYbYS6WxSbIA"}`,
		`{"code":"SplxlOnZQQYbYSxWxSbIA"}`,
		"pass: CorrectHorseBatteryStaple",
	} {
		if ss := Scan(in); len(ss) == 0 {
			t.Errorf("%s: a credential not reported", in)
		}
	}
}

// TestPrintedNonSecrets: values a client prints under credential-like names
// that are no credentials: an UPPER_SNAKE error code under "code" (got's
// ERR_NON_2XX_3XX_RESPONSE), an object key that is a file path (boto3's
// Key="builds/…/app.tar.gz"), a language's word for no value (Rust's
// password: None). A random code, a key and a password stay credentials.
func TestPrintedNonSecrets(t *testing.T) {
	noCredentialIn(t,
		"  code: 'ERR_NON_2XX_3XX_RESPONSE',",
		`s3.put_object(Bucket="b", Key="builds/1.4.2/app.tar.gz", Body=data)`,
		`Url { scheme: "https", username: "", password: None, host: Some(Domain("r.example")) }`,
		"token: nil",
		"failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized",
		"    at FirebaseTokenVerifier.verify (/app/node_modules/firebase-admin/lib/auth/token-verifier.js:296:20)",
	)
	for _, l := range []string{
		"code=SplxlOBeZQQYbYS6WxSbIA",
		`Key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"`,
		"password: N0ne-Such-9",
		"X-Api-Key: abcdefghijklmnopqrst",
	} {
		if ss := Scan(l); len(ss) != 1 {
			t.Errorf("%s: %+v, want one credential", l, ss)
		}
	}
}

// TestLoggedNonSecrets: what servers' logs write where a credential was
// (Vault's audit HMACs, Spring Security's [PROTECTED] once a reader took the
// brackets off) and the lists of names next to it are no credentials.
func TestLoggedNonSecrets(t *testing.T) {
	noCredentialIn(t,
		`{"auth":{"client_token":"hmac-sha256:9f3c2a17e4b0","policies":["default","ops"],"token_policies":["default","ops-read"]}}`,
		`Principal=anonymousUser, Credentials=PROTECTED, Authenticated=true`,
		`"token_roles": ["reader", "auditor"]`,
	)
	if ss := Scan(`{"client_token":"hvs.CAESIJ3k9xQ7vZr2LmN8pT4wY6uB1cD5eF0gH2iK4jM6nP8q"}`); len(ss) != 1 {
		t.Errorf("a real client_token: %+v, want one credential", ss)
	}
}

// TestURLCookiesAreNoCredentials: a cookie that holds where to go after
// signing in (a path or a URL, plain or percent-encoded) is no credential;
// the session cookie next to it is.
func TestURLCookiesAreNoCredentials(t *testing.T) {
	noCredentialIn(t,
		"Set-Cookie: redirect_to=%2Fapi%2Fv1%2Freports%3Fpage%3D2; Path=/; HttpOnly",
		"Set-Cookie: returnTo=/settings/profile; Path=/",
		"Cookie: next=https%3A%2F%2Fapp.example.org%2Fboard",
	)
	if ss := Scan("Cookie: next=/board; sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0"); len(ss) != 1 {
		t.Errorf("the session cookie beside a path: %+v, want one credential", ss)
	}
}

// A URL under a name ending in "key" is an address, not a key: Apple's
// NSError user-info keys (NSErrorFailingURLKey=https://…); a key's value
// under the same kind of name stays one.
func TestURLUnderKeyNameIsNoKey(t *testing.T) {
	text := `Error Domain=NSURLErrorDomain Code=-1012 "(null)" UserInfo={NSErrorFailingURLStringKey=https://api.example.de/v2/konto/4821, NSErrorFailingURLKey=https://api.example.de/v2/konto/4821}`
	if ss := Scan(text); len(ss) != 0 {
		t.Errorf("%+v", ss)
	}
	if ss := Scan(`mapsKey=Qz8vN2xLp4RtW9sYk3Hb6MdF`); len(ss) != 1 {
		t.Errorf("a key under a key name: %+v", ss)
	}
}

// TestNonceHeadersAreNoCredentials: headers whose name says token or key
// but whose value is a nonce or an identifier the client made up for one
// request (a browser's WebSocket handshake, Postman's cache-buster, an
// idempotency key); a real key header next to them still counts.
func TestNonceHeadersAreNoCredentials(t *testing.T) {
	noCredentialIn(t,
		"Postman-Token: 3d9b6f20-1c4e-4a8b-92f7-5e0a7c1d8b46",
		"Sec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==",
		"Idempotency-Key: 7a1e4c2d-90b3-4f65-8e2a-c3d5b7f9a104",
		"x-idempotency-key: 0f3b8d2c6a4e19f7",
	)
	if ss := Scan("X-Api-Key: 9c4f1e7a2b8d3f6a0c5e9b1d7f2a8c4e"); len(ss) != 1 {
		t.Errorf("X-Api-Key: %+v, want one credential", ss)
	}
}

// The words loggers and people put where they removed a value, bare or in
// parentheses or brackets, are no credential; a value that only contains
// such a word stays one.
func TestRemovalMarksAreNoCredentials(t *testing.T) {
	for _, v := range []string{"(removed)", "(hidden)", "[hidden]", "(Masked)", "omitted", "(sensitive)", "[filtered]"} {
		if !Placeholder(v) {
			t.Errorf("Placeholder(%q) = false", v)
		}
	}
	for _, v := range []string{"(removed)x9Kq2", "hidden4Tz8Qm", "(a1b2c3d4e5)", "[removedK7]"} {
		if Placeholder(v) {
			t.Errorf("Placeholder(%q) = true", v)
		}
	}
}

// A removal word in parentheses as a query or option value ("?token=(hidden)&…",
// "secret=(masked) 401") is no credential; the value itself stays one.
func TestParenthesisedRemovalInValues(t *testing.T) {
	noCredentialIn(t,
		"Res: [PUT] https://media.example.net/svc/item?id=7&token=(hidden) 403.Forbidden",
		"GET /feed?client_secret=(masked)&page=2 failed",
	)
	if ss := Scan("GET /feed?client_secret=Zq81mXv02Lr7&page=2 failed"); len(ss) != 1 {
		t.Errorf("the same value unmasked was missed: %+v", ss)
	}
}

// A shell's or PowerShell's variable in a header is no credential; a value
// that starts with "$" and has digits or symbols stays one.
func TestShellVariablesAreNoCredentials(t *testing.T) {
	for _, v := range []string{"$tok", "$accessToken", "$bearer_token", "$env:GITHUB_TOKEN", "$($resp.access_token)", "$TOKEN"} {
		if !Placeholder(v) {
			t.Errorf("Placeholder(%q) = false", v)
		}
	}
	for _, v := range []string{"$ummer2024!", "$Xk9vQ2mL7pR4", "$2y$10$abcdefghijklmnopqrstuv"} {
		if Placeholder(v) {
			t.Errorf("Placeholder(%q) = true", v)
		}
	}
}

// TestShortPasswordNames: a form's "pass" or "pw" holds a password, and is
// named as one, not as a token.
func TestShortPasswordNames(t *testing.T) {
	for _, l := range []string{"user=ops&pass=Qx7-Lamp-Tide", "pw=Qx7-Lamp-Tide-04"} {
		ss := Scan(l)
		if len(ss) != 1 || ss[0].Kind != Password {
			t.Errorf("%s: %+v, want one password", l, ss)
		}
	}
}

// TestInspectElisionIsNoValue: util.inspect prints a header past its depth
// as "[Array]": no value, no secret; a real bracketed value still is one.
func TestInspectElisionIsNoValue(t *testing.T) {
	l := "  authorization: [Array],"
	k := strings.Index(l, "[")
	if vs, ve, _ := valueAt(l, k, ':', true); vs != ve {
		t.Errorf("valueAt(%q) = %q, want no value", l, l[vs:ve])
	}
	l = "token: [ghp_abcdefghijklmnopqrstuvwxyz0123456789]"
	k = strings.Index(l, "[")
	if vs, ve, _ := valueAt(l, k, ':', true); l[vs:ve] != "ghp_abcdefghijklmnopqrstuvwxyz0123456789" {
		t.Errorf("valueAt(%q) = %q", l, l[vs:ve])
	}
}

// noCredentialIn checks that Scan finds no credential in any of lines.
func noCredentialIn(t *testing.T, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if ss := Scan(l); len(ss) != 0 {
			t.Errorf("%s: %+v", l, ss)
		}
	}
}

// A value whose first characters are kept and the rest masked by a run of
// x, *, or # is a stand-in; a random value that merely contains an x is not.
func TestMaskedTail(t *testing.T) {
	for _, v := range []string{"4fe1xxxxxxxxxxxx", "3.XXXXXXXXXX", "AKIA####", "sk_test_xxxxxxx", "q9****", "(censored)", "CENSORED", "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9xxxxxxxx",
		"PVEAPIToken=ci-bot@pve!deploy-7=XXXXXXXX", "svc-reader:********"} {
		if !Placeholder(v) {
			t.Errorf("Placeholder(%q) = false", v)
		}
	}
	for _, v := range []string{"xxxxx-not-a-mask-9f8e7d", "Zx7qLm2pXv9w", "abcdefghijklmnopxxxx", "ab xxxx", "xxx", "k8Qw2Lp0Zr5Vn3Tb7Hy1Mc4Xd6Fs9Ga2Je5Ku8Wo0Pi3Ul6Ry1EtXXXXXX",
		// most of an opaque key kept: not a stand-in, it is masked
		"Qm7vR2nX8kLp4Tz9Wc3Hy6Bd1Fs5Gj0KaUe7XXXXXX", "sk_live_9Tq2WmZ7rKd4Yh8Lp3Nc6VxbXXXXXXXX",
		// a JWT past its header: the payload names the caller
		"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9XXXXXXXX"} {
		if MaskedTail(v) {
			t.Errorf("MaskedTail(%q) = true", v)
		}
	}
}

// TestLongKeptHeadStillMasked: a credential masked by hand at its end but
// with most of it kept is still a credential: Scan finds it, so every output
// masks it; a JWT whose header alone was kept is a stand-in.
func TestLongKeptHeadStillMasked(t *testing.T) {
	for _, v := range []string{"Qm7vR2nX8kLp4Tz9Wc3Hy6Bd1Fs5Gj0KaUe7XXXXXX", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9XXXXXXXX"} {
		l := "Authorization: Bearer " + v
		ss := Scan(l)
		if len(ss) != 1 || ss[0].Start < 0 || l[ss[0].Start:ss[0].End] != v {
			t.Errorf("%s: %+v, want the value found", l, ss)
		}
	}
	noCredentialIn(t, "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9xxxxxxxx")
}

// The stand-ins people write where a credential goes are no credential:
// its name wrapped in "my", "your" or "here", an upper-case name ending in
// a credential word, a logger's bracketed upper-case phrase. A value that
// only looks like one (digits, mixed case, another word) stays a secret.
func TestWrittenStandIns(t *testing.T) {
	for _, v := range []string{"mypwd", "yourpass", "Your-Api-Key", "token_here", "client_id_here", "my_access_token",
		"RELAY_PASSWORD", "DEPLOY_API_TOKEN", "SHOP_TOKEN_PLACEHOLDER", "[PRIVATE DATA HIDDEN]", "[VALUE NOT SHOWN]"} {
		if !Placeholder(v) {
			t.Errorf("Placeholder(%q) = false", v)
		}
	}
	for _, v := range []string{"mypwd7Kq2", "Hunter_2_PASSWORD", "RELAY_PASSWORD9", "myhouse", "keyholder", "Relay_Password",
		"[AKIA0EXAMPLE7 KEY]", "[SOME VERY LONG BRACKETED PHRASE HERE]", "PASSWORD_x"} {
		if Placeholder(v) {
			t.Errorf("Placeholder(%q) = true", v)
		}
	}
	if ss := Scan("curl -u ops:RELAY_PASSWORD https://relay.example.net/v1/jobs"); len(ss) != 0 {
		t.Errorf("an upper-case stand-in: %+v", ss)
	}
	if ss := Scan("curl -u ops:Rq7vX2mPz9Lk https://relay.example.net/v1/jobs"); len(ss) != 1 {
		t.Errorf("the same command with a real password: %+v, want one credential", ss)
	}
}

// A value written in double brackets is the bracketed word inside: a
// marker there ("[[REMOVED]]", as mc admin trace prints a removed token)
// is no credential, and anything else in them is still found whole.
func TestDoubleBracketedValue(t *testing.T) {
	if got := Scan("node-1:9000 X-Amz-Security-Token:  [[REMOVED]]\n"); len(got) != 0 {
		t.Errorf("a removed token read as %+v", got)
	}
	found := false
	for _, s := range Scan("node-1:9000 X-Amz-Security-Token:  [[DummySts0123456789abcdef]]\n") {
		found = found || strings.Contains(s.Value, "DummySts0123456789abcdef")
	}
	if !found {
		t.Error("a token in double brackets not found")
	}
}
