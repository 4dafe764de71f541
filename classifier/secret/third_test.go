package secret

import "testing"

// Each third-round notation finds its value, and only it.
func TestThirdNotationsFindTheValue(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// a query parameter named like an API-key header stops at &
		{`GET /api?apikey=dummyQk0123456789&auth_token=dummyAt0123456789 HTTP/1.1`, "dummyQk0123456789"},
		{`GET /api?apikey=dummyQk0123456789&auth_token=dummyAt0123456789 HTTP/1.1`, "dummyAt0123456789"},
		// names
		{`GET /cb?oauth_token=x1&oauth_verifier=dummyVerif0123456 HTTP/1.1`, "dummyVerif0123456"},
		{`code_verifier=dummyPkce0123456789&grant_type=authorization_code`, "dummyPkce0123456789"},
		{`GET /auth/verify?token_hash=dummyHash0123456789&type=magiclink HTTP/1.1`, "dummyHash0123456789"},
		{`passcode:DummyStomp01`, "DummyStomp01"},
		{`    [PHP_AUTH_PW] => DummyPhp01pw`, "DummyPhp01pw"},
		{`    npmAuthIdent: "builder:DummyYarn01"`, "builder:DummyYarn01"},
		{`GET /a.txt?OSSAccessKeyId=DUMMYoss0123456789&Expires=1 HTTP/1.1`, "DUMMYoss0123456789"},
		{`<ds:SignatureValue>RFVNTVktc2lnbmF0dXJlLXZhbHVl</ds:SignatureValue>`, "RFVNTVktc2lnbmF0dXJlLXZhbHVl"},
		{`GET /acs?SAMLart=AAQAADUMMYartifact0123 HTTP/1.1`, "AAQAADUMMYartifact0123"},
		{`<tns:pass>DummyXmlPass01</tns:pass>`, "DummyXmlPass01"},
		// command lines
		{`$ keytool -importkeystore -storepass DummyStore01 -keypass DummyKey01`, "DummyStore01"},
		{`$ keytool -importkeystore -storepass DummyStore01 -keypass DummyKey01`, "DummyKey01"},
		{`$ openssl rsa -in enc.key -passin pass:DummyOssl01`, "DummyOssl01"},
		{`$ sqlcmd -S sql -U sa -P DummySql01 -Q "select 1"`, "DummySql01"},
		{`$ az login --service-principal -u 0000 -p DummyAz01secret --tenant t`, "DummyAz01secret"},
		{`$ smbclient //fs/share -U 'bob%DummySmb01'`, "DummySmb01"},
		{`$ xfreerdp /v:rdp /u:bob /p:DummyRdp01`, "DummyRdp01"},
		{`$ sqlplus system/DummyOra01@//db:1521/ORCL`, "DummyOra01"},
		{`jdbc:oracle:thin:scott/DummyOra02@db.example.com:1521:ORCL`, "DummyOra02"},
		{`$ npm config set "//npm.example.com/:_authToken" "dummyNpm0123456789"`, "dummyNpm0123456789"},
		{`$ aws configure set aws_secret_access_key dummyAws0123456789`, "dummyAws0123456789"},
		{`C:\> setx GITHUB_TOKEN dummySetx0123456789`, "dummySetx0123456789"},
		{`> set -gx NPM_TOKEN dummyFish0123456789`, "dummyFish0123456789"},
		{`ENV SERVICE_PASSWORD DummyEnv01pw`, "DummyEnv01pw"},
		// transcripts
		{`C: AUTH PLAIN AGJvYgBEdW1teVBhc3M=`, "AGJvYgBEdW1teVBhc3M="},
		{"S: 334 UGFzc3dvcmQ6\nC: RHVtbXlTbXRwMDE=", "RHVtbXlTbXRwMDE="},
		{`a001 LOGIN bob@example.com DummyImap01`, "DummyImap01"},
		{`PASS DummyFtp01`, "DummyFtp01"},
		{`127.0.0.1:6379> AUTH default DummyRedis01`, "DummyRedis01"},
		{`/msg NickServ IDENTIFY DummyIrc01`, "DummyIrc01"},
		// client code
		{`given().auth().preemptive().basic("admin", "DummyRest01")`, "DummyRest01"},
		{`headers.setBearerAuth("dummyBearer0123456789");`, "dummyBearer0123456789"},
		{`.bearer_auth("dummyRust0123456789")`, "dummyRust0123456789"},
		{`req.basic_auth 'bob', 'DummyRuby01'`, "DummyRuby01"},
		{`var cred = new NetworkCredential("bob", "DummyNet01");`, "DummyNet01"},
		{`'auth' => ['bob', 'DummyGuzzle01'],`, "DummyGuzzle01"},
		{`client.setSecurity(new soap.WSSecurity('svcbot', 'DummySoap01', {passwordType: 'PasswordText'}));`, "DummySoap01"},
		// layouts and printed objects
		{"    env:\n    - name: API_TOKEN\n      value: \"dummyK8s0123456789\"", "dummyK8s0123456789"},
		{"rawHeaders: [\n    'X-Api-Key',\n    'dummyRaw0123456789',\n  ]", "dummyRaw0123456789"},
		{`Cookie[name=JSESSIONID,value=dummySess0123456789,domain=app.example.com]`, "dummySess0123456789"},
		{"> > Authorization: Bearer dummyQuoted\n> > 0123456789abcdefXYZ", "0123456789abcdefXYZ"},
		{`Authorization Header is present: Basic YWxpY2U6RHVtbXlGaWRkbGVyMDE=`, "YWxpY2U6RHVtbXlGaWRkbGVyMDE="},
		// JSON inside a text that is not JSON, and JSON's keyed notations
		{"the cookie:\n{\"name\":\"auth_token\",\"value\":\"dummyPw0123456789\"}", "dummyPw0123456789"},
		{"params:\n[{\"ParameterKey\":\"DbPassword\",\"ParameterValue\":\"DummyCfn01\"}]", "DummyCfn01"},
		{`{"kty":"oct","kid":"h","k":"dummyJwkK0123456789"}`, "dummyJwkK0123456789"},
		{`{"d":"dummyJwkD0123456789","kty":"EC","crv":"P-256"}`, "dummyJwkD0123456789"},
		{`{"github-oauth":{"github.com":"dummyGho0123456789"}}`, "dummyGho0123456789"},
		// escaped quotes and encoded headers
		{`{\u0022username\u0022:\u0022bob\u0022,\u0022password\u0022:\u0022DummyEsc01\u0022}`, "DummyEsc01"},
		{`<div data-config="{&quot;apiKey&quot;:&quot;dummyEnt0123456789&quot;}"></div>`, "dummyEnt0123456789"},
		{`GET /proxy?headers=Authorization%3A%20Bearer%20dummyPct0123456789 HTTP/1.1`, "dummyPct0123456789"},
	} {
		found := false
		for _, s := range Scan(tc.text) {
			found = found || s.Value == tc.want
		}
		if !found {
			t.Errorf("%q: want %q among %+v", tc.text, tc.want, Scan(tc.text))
		}
	}
}

// What the third round's notations must not take: test runners' PASS,
// ports after a user, settings that are no credential, a public JWK,
// AWS tags, a cookie holding a setting, an error phrase after "password:",
// and the credentials a client failed to set, which are the evidence
// ("Bearer undefined"): masking them would also blank every "null" in a report.
func TestThirdNotationsLeaveTheRestAlone(t *testing.T) {
	noCredentialIn(t,
		"PASS  src/app.test.js",
		"--- PASS: TestFoo (0.00s)",
		"auth failed for user bob",
		"AUTH OK",
		"a001 OK LOGIN completed",
		"S: 334 VXNlcm5hbWU6",
		"$ psql -U app -p 5432 -h db",
		"$ ssh -l bob -p 2222 host.example.com",
		`setx PATH "C:\bin"`,
		"ENV NODE_ENV production",
		"set -gx EDITOR vim",
		"npm config set registry https://registry.example.com/",
		`{"Tags":[{"Key":"Name","Value":"web-1"}]}`,
		`{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc","e":"AQAB"}`,
		`{"q":"averylongsearchtermwithoutspaces","p":"abcdefghijklmnop"}`,
		"Cookie[name=theme,value=dark]",
		"Invalid/incorrect password: Permission denied, please try again.",
		`WWW-Authenticate: Basic realm="api"`,
		"use Basic auth over TLS",
		"<ds:DigestValue>fVlcVXNxV2RHNGlmbzRhYlFpVmJoWm5DSA==</ds:DigestValue>",
		`{"github-oauth":{"github.com":"https://github.com/settings/tokens"}}`,
		"Authorization: Bearer undefined",
		"Authorization: Bearer null",
		"Authorization: Bearer [object Object]",
		"Authorization: Basic Og==",
		"Authorization: Basic dW5kZWZpbmVkOnVuZGVmaW5lZA==",
		`WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="repo read:org"`,
		"X-OAuth-Scopes: repo, gist",
		"Access-Control-Allow-Headers: Authorization, X-Api-Key",
		"Vary: Authorization, Cookie",
		// a JSON member quoted in Markdown ("> ") is no Redis or SMTP AUTH typed after a prompt
		`> "auth": null,`,
		`>     "auth": "none",`,
	)
}

// TestEmptyQueryParameterBeforeAQuote: a URL string that closes right after
// an empty credential parameter leaves the words after it alone, while a
// value quoted inside the query is still one.
func TestEmptyQueryParameterBeforeAQuote(t *testing.T) {
	noCredentialIn(t,
		`string url = "https://api.example.com/v2/items?username=&token=" + tok;`,
		`Request "https://api.example.com/v2/items?username=&token=" - error: (401) Unauthorized`,
	)
	for _, s := range Scan(`GET /v2/items?user=ana&token='dummyQuoted0123456789' HTTP/1.1`) {
		if s.Value == "dummyQuoted0123456789" {
			return
		}
	}
	t.Error("a quoted value inside a query is no longer found")
}
