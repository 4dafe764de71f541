package parse

import "testing"

// TestConfiguredCredential: a credential the paste shows given to a client
// in code, configuration or the environment, masked by the person, or an
// environment variable a CLI reads; literals that may be placeholders,
// computed values, types, comments, sentences and URL queries are not.
func TestConfiguredCredential(t *testing.T) {
	for _, c := range []struct {
		line, name string
	}{
		{`    client.auth.userpass.login(username="ops", password="**********")`, "password"},
		{`api = Client(user='...', passwd='...', region='eu')`, "passwd"},
		{`  Plugin: <Inputs::Http urls=>["http://db:9200"], user=>"reader", password=><password>, id=>"a1">`, "password"},
		{`password: <hidden>`, "password"},
		{`  --env STORE_SECRET_KEY="$SK" \`, "STORE_SECRET_KEY"},
		{"2. `export VAULT_TOKEN=s.notreal`", "VAULT_TOKEN"},
		{`GITEA_TOKEN="redacted"`, "GITEA_TOKEN"},
		{`  api_token: "[REDACTED]"`, "api_token"},
		{`    apiSecret: '[removed]',`, "apiSecret"},
		// stand-ins written in words, and a pair built from template fields
		{`$partner_secret = 'my-partner-secret';`, "partner_secret"},
		{`    secretKey: 'YOUR-SECRETKEY',`, "secretKey"},
		{`api_token = "api-token-placeholder"`, "api_token"},
		{`cli = Client(base, token=f"{login}:{pw}", org="-")`, "token"},
	} {
		f, ok := configuredCredential(c.line)
		if !ok || f.Name != c.name {
			t.Errorf("%s: got %q %v, want %s", c.line, f.Name, ok, c.name)
		}
	}
	for _, line := range []string{
		`client = Api(host, password="opensesame")`,         // a literal: maybe the docs' placeholder
		`# export AWS_SECRET_ACCESS_KEY=xxxx`,               // commented out
		`creds = Credentials(token=get_token())`,            // computed
		`def login(self, username: str, password: str):`,    // a signature
		`The token: expired, so I refreshed it.`,            // a sentence
		`GET https://api.example.com/v1/items?api_key=****`, // the URL's reader's
		`fetch(url, { credentials: 'include' })`,            // fetch's mode
		`export NOMAD_TOKEN=""`,                             // empty
		`{"access_token": "****", "token_type": "bearer"}`,  // a printed JSON member
		`csrf_token = "***"`,                                // no identity
		`if password == "***":`,                             // a comparison
		`secret = "my-bucket-name"`,                         // words naming no credential
		`password = "your-Pa55-word"`,                       // digits: a value, maybe real
	} {
		if f, ok := configuredCredential(line); ok {
			t.Errorf("%s: read %s=%s", line, f.Name, f.Value)
		}
	}
}

// TestConfiguredCredentialSent: the credential a paste's code gives the
// client makes the refused request's credentials sent, masked.
func TestConfiguredCredentialSent(t *testing.T) {
	in, err := Parse("```\nhub = hubclient.Client(url=\"https://hub.example.org\", token=\"<redacted>\")\nhub.repos.list()\n```\n\nhubclient.errors.Forbidden: 403 Forbidden: token lacks repo scope\n")
	if err != nil || len(in.Exchanges) == 0 {
		t.Fatal("not read")
	}
	c := in.Exchanges[0].Credentials()
	if c.State != CredSent || !c.Redacted || len(c.MaskedCarried()) != 1 {
		t.Errorf("credentials %+v, want sent and masked", c)
	}
}

// TestCommandAfterItsAnswer: a command line given after the answer it got,
// with nothing of its own after it, is that answer's request; a command
// with an answer of its own is not moved.
func TestCommandAfterItsAnswer(t *testing.T) {
	in, err := Parse("Calling the report endpoint with a wrong key returns 500:\n`{\"error\":\"Invalid Access Key\"}`\n\n`curl -H \"Auth-Token: zzzz9999\" 'https://reports.example.org/v1/summary'`\n\nIt should be a 401.\n")
	if err != nil || len(in.Exchanges) != 1 {
		t.Fatalf("read %d exchanges, want 1", len(in.Exchanges))
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent {
		t.Errorf("credentials %+v, want sent", c)
	}
	in, err = Parse("First I get 403:\n{\"error\":\"forbidden\"}\n\n$ curl -i -H 'X-Api-Key: k-123456789' https://api.example.org/v2/items\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n[]\n")
	if err != nil || len(in.Exchanges) == 0 {
		t.Fatal("not read")
	}
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 403 && x.Credentials().State == CredSent {
			t.Errorf("the next command's credentials moved to the 403 before it")
		}
	}
}

// TestPasswordCallCredential: a password given to a call or an option that
// takes a user name and a password (a literal or a variable: the call
// puts it on the request), or to PHP curl's CURLOPT_USERPWD; a function's
// definition, an empty or null password and a printed key are none.
func TestPasswordCallCredential(t *testing.T) {
	for _, c := range []struct{ line, name, value string }{
		{`  client.setSecurity(new soap.WSSecurity('svc-bot', 'hunter9', {hasNonce: true}));`, "password", "hunter9"},
		{`    [hackney: [basic_auth: {cfg.app_id, cfg.app_secret}]])`, "password", "cfg.app_secret"},
		{`curl_setopt($h, CURLOPT_USERPWD, $login . ":" . $secret);`, "CURLOPT_USERPWD", `$login . ":" . $secret`},
		{`r = httpx.get(u, auth=httpx.DigestAuth(user, os.environ["PW"]))`, "password", `os.environ["PW"]`},
		{`conn.SetBasicAuth("reporter", "s3cr3t, really")`, "password", "s3cr3t, really"},
	} {
		f, ok := configuredCredential(c.line)
		if !ok || f.Name != c.name || f.Value != c.value {
			t.Errorf("%s: got %q=%q %v, want %s=%s", c.line, f.Name, f.Value, ok, c.name, c.value)
		}
	}
	for _, line := range []string{
		`def basic_auth(user, password):`,                      // a definition
		`function basicAuth(user, pass) {`,                     // a definition
		`req.SetBasicAuth(user, "")`,                           // an empty password
		`session.auth = (user, None)`,                          // a null password
		`{"auth": {"user": "a", "pass": "b"}}`,                 // a printed member
		`// curl_setopt($h, CURLOPT_USERPWD, "a:b");`,          // commented out
		`with basic auth (user and password) it fails`,         // prose
		`c := factory.auth(region, project, user, pw, domain)`, // another signature
	} {
		if f, ok := configuredCredential(line); ok {
			t.Errorf("%s: read %s=%s", line, f.Name, f.Value)
		}
	}
}
