package parse

import (
	"strings"
	"testing"
)

// TestToolCredentials: the credentials other clients' command lines give
// (docker login -u -p, twine --username --password, a --token option, a
// user:pass@ URL) make the request they send carry credentials; options that
// only look alike (ssh -p 22, a -u without login) do not.
func TestToolCredentials(t *testing.T) {
	for _, c := range []struct {
		line string
		sent bool
	}{
		{`$ docker login registry.example.com -u ci-bot -p "$CI_TOKEN"`, true},
		{`$ twine upload --repository-url https://repo.example.net/api/pypi/local --username svc --password **** dist/*`, true},
		{`$ helm repo add charts https://charts.example.com --username ana --password=s3cr3t-dummy`, true},
		{`$ git clone https://ci-bot:glpat-XXXXXXXX@gitlab.example.com/team/app.git`, true},
		{`$ pip install --index-url https://ana:tok-dummy-123@pypi.example.com/simple pkg`, true},
		{`$ vault-cli read --token hvs.dummy0000000000 https://vault.example.com/v1/kv/app`, true},
		// a client not named here, with no URL: its login given a user
		// and a password (or a token) still sends them; behind fish's
		// vi-mode indicator too
		{`$ buildah login quay.example.org -u robot7 -p ********`, true},
		{`[I] ❯ regctl login harbor.example.net --username ops --password dummy-pw-55`, true},
		{`$ git clone https://gitlab.example.com/team/app.git`, false},
		{`$ ssh -p 2222 deploy@host.example.com https://x.example.com`, false},
	} {
		cmd := parseCommandLine(c.line)
		if cmd == nil {
			t.Fatalf("%s: not read", c.line)
		}
		r := cmd.request(1, false)
		if got := r != nil && r.Credentials().State == CredSent; got != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.line, got, c.sent)
		}
	}
}

// TestCommandNotation: a curl command in the notations people paste it in.
func TestCommandNotation(t *testing.T) {
	// the method written without -X is a host curl fails to resolve; the URL is the next word
	if c := parseCommandLine(`$ curl POST "http://127.0.0.1:8080/message?token=AbCdEf123456" -F "title=x"`); c == nil || c.url != "http://127.0.0.1:8080/message?token=AbCdEf123456" {
		t.Errorf("curl POST url: %+v", c)
	}
	// a prompt that writes user@host and the directory apart
	if c := parseCommandLine(`ana@mbp ~ $ curl https://gw.example.io/orders/ -H 'authorization: bearer zzz'`); c == nil || len(c.fields) != 1 {
		t.Errorf("user@host dir $ prompt: %+v", c)
	}
	// a prompt-like line whose program is given no credential and no URL
	// is no command
	for _, s := range []string{"# Installation notes", "$ make build -j4", "[N] ❯ cargo test --release"} {
		if c := parseCommandLine(s); c != nil {
			t.Errorf("%s: read as a command: %+v", s, c)
		}
	}
	if c := parseCommandLine(`see the docs at ana@example.com for help $ then`); c != nil {
		t.Errorf("prose read as a prompt: %+v", c)
	}
	// a command written on a fence's own line
	for _, s := range []string{"```curl -i -u deploy:pw-dummy -X POST https://api.example.com/jobs```", "```$ curl -i https://api.example.com/jobs"} {
		if fencedCommand(s) == "" {
			t.Errorf("%s: command on the fence line not read", s)
		}
	}
	for _, s := range []string{"```", "```json", "```shell session"} {
		if fencedCommand(s) != "" {
			t.Errorf("%s: a fence read as a command", s)
		}
	}
}

// TestCredentialHeaderNames: custom headers named like API credentials count
// as credentials sent; load-balancer and analytics cookies do not.
func TestCredentialHeaderNames(t *testing.T) {
	for _, c := range []struct {
		field Field
		sent  bool
	}{
		{Field{Name: "API_TOKEN", Value: "qwerqwer"}, true},
		{Field{Name: "Auth-Token", Value: "abc123"}, true},
		{Field{Name: "Client-Secret", Value: "abc123"}, true},
		{Field{Name: "Access-Control-Allow-Credentials", Value: "true"}, false},
		{Field{Name: "Token-Type", Value: "bearer"}, false},
		{Field{Name: "Cookie", Value: "AWSALB=abc; AWSALBCORS=abc; _ga=GA1.2.3"}, false},
		{Field{Name: "Cookie", Value: "AWSALB=abc; sessionid=abc123"}, true},
	} {
		r := &Request{Fields: Fields{c.field}}
		if got := r.Credentials().State == CredSent; got != c.sent {
			t.Errorf("%s: %s: credentials sent %v, want %v", c.field.Name, c.field.Value, got, c.sent)
		}
	}
}

// TestProseCredential: an Authorization field named in a sentence or an
// inline code span is the request's credential; a sentence saying it was
// not sent, or a scheme alone, is not.
func TestProseCredential(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"then I call `/v2/` with `Authorization: Bearer eyJ0eXAiOiJKV1...` and still get `401 Unauthorized`", true},
		{"and the request header `Authorization →Basic dXNlcjpwYXNz`", true},
		{"I'm sending Proxy-Authorization: Basic Zm9vOmJhcg== through the proxy", true},
		{"It works without Authorization: Bearer abc123 in the request.", false},
		{"The server wants Authorization: Bearer", false},
		{"set the Authorization header to your token", false},
		{"I send `X-API-Key: 3f9c2d1e8b7a` to the API and get 403", true},
		{"it works without `X-API-Key: 3f9c2d1e8b7a` in the request", false},
		{"the response has `Content-Type: text/html`", false},
		{"with `http PATCH :5000/api/items/4 Authorization:\"Bearer $API_TOKEN\"` it still answers 401", true},
		{"and `https POST api.example.org/v1/jobs Authorization:'Token 7Kq2xV9mLp'` too", true},
		{"the docs only show Authorization:\"Bearer\" and nothing else", false},
	} {
		if _, ok := proseCredential(c.line); ok != c.ok {
			t.Errorf("%s: credential %v, want %v", c.line, ok, c.ok)
		}
	}
}

// TestJSONOutputEndsBeforeProse: a command's JSON output ends where the
// document closes when the person's words follow after a blank line.
func TestJSONOutputEndsBeforeProse(t *testing.T) {
	in, err := Parse("$ curl https://gw.example.io/orders/ -H 'authorization: bearer zzz'\n{\n    \"error\": \"Access to this API has been disallowed\"\n}\n\nWith a longer token the answer is the expected `\"error\": \"Key not authorised\"`.\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("not read: %v %+v", err, in)
	}
	if b := in.Exchanges[0].Response.Body.Text; strings.Contains(b, "Key not authorised") || !strings.Contains(b, "disallowed") {
		t.Errorf("body %q", b)
	}
}

// TestLoggedCommand: a curl command a script logs behind a short prefix is
// a command; prose that mentions curl is not.
func TestLoggedCommand(t *testing.T) {
	for _, s := range []string{
		"DEBUG: curl -s -u admin:pw-dummy http://nexus.example.com:8081/service/rest/v1/repositories",
		"Running command: curl -X POST -H \"X-Auth-Token: 9f8e7d6c5b4a\" https://api.example.net/v1/deploy",
		"+ curl -sS -f -H 'Authorization: Bearer abc123' https://api.example.com/x",
		"[exec] wget --user=ana --password=pw-dummy https://files.example.com/a.zip",
	} {
		if c := parseCommandLine(s); c == nil || c.url == "" || c.request(1, true).Credentials().State != CredSent {
			t.Errorf("%s: not read as a command with credentials: %+v", s, c)
		}
	}
	for _, s := range []string{
		"I also tried with curl https://api.example.com/x and it works",
		"Note that the docs say: use curl to test",
	} {
		if c := parseCommandLine(s); c != nil && c.tool == "curl" {
			t.Errorf("%s: prose read as a command", s)
		}
	}
}

// TestAccessDeniedExceptionNotAWS: Spring Security's and java.nio's
// AccessDeniedException imply no 403; AWS's does.
func TestAccessDeniedExceptionNotAWS(t *testing.T) {
	for _, c := range []struct {
		line string
		code int
	}{
		{"com.amazonaws.services.s3.model.AmazonS3Exception: AccessDeniedException: User is not authorized", 403},
		{"DEBUG o.s.s.w.a.ExceptionTranslationFilter - Access is denied (user is anonymous); org.springframework.security.access.AccessDeniedException: Access is denied", 0},
		{"java.nio.file.AccessDeniedException: /var/lib/app/data.json", 0},
	} {
		if got := statusTemplate(c.line, strings.ToLower(c.line)).code; got != c.code {
			t.Errorf("%s: status %d, want %d", c.line, got, c.code)
		}
	}
}

// TestStepCommand: a curl command given as a step of instructions in prose
// ("3. Run curl -u …", "2. List them without a date: curl …") is read as
// the request; a CI log's step header without a list marker, or a command
// inside a code span, is not (yet).
func TestStepCommand(t *testing.T) {
	for _, c := range []struct {
		line string
		url  string
	}{
		{"4. Run curl -u probe_user:pw-dummy-41 https://tickets.example.org/rest/api/queue/OPS", "https://tickets.example.org/rest/api/queue/OPS"},
		{"12) Then run the same curl -u probe_user:pw-dummy-41 https://tickets.example.org/rest/api/queue/OPS", "https://tickets.example.org/rest/api/queue/OPS"},
		{"- Fetch the list without a date header:  curl -is https://store.example.net/ -u k:v", "https://store.example.net/"},
		{"Run curl -H 'Authorization: token abc' https://api.example.org/me", ""},
		{"- I ran it with `--verbose` and `curl https://store.example.net/ -u k:v` fails", ""},
		{"3. The 'curl' step: curl https://store.example.net/", ""},
	} {
		cmd := parseCommandLine(c.line)
		got := ""
		if cmd != nil {
			got = cmd.url
		}
		if got != c.url {
			t.Errorf("%s: url %q, want %q", c.line, got, c.url)
		}
		if cmd != nil && c.url != "" {
			if r := cmd.request(1, false); r == nil || r.Credentials().State != CredSent {
				t.Errorf("%s: credentials not read", c.line)
			}
		}
	}
}

// TestLoggedCredential: a client's verbose log line naming the credential it
// sent, masked by the client, is a credential the request carried; a
// configuration line, a sentence or an unmasked listing is not.
func TestLoggedCredential(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"INFO     password: <hidden>", "Basic <hidden>"},
		{"DEBUG token: ********", "Bearer ********"},
		{"[debug] api key: [REDACTED]", "Bearer [REDACTED]"},
		{"password: <hidden>", ""},
		{"INFO     username: __token__", ""},
		{"INFO     password set from config file", ""},
		{"INFO the password: <hidden> was rejected", ""},
		{"DEBUG password: hunter2-plain", ""},
		{"  db_password: ****", ""},
	} {
		f, ok := loggedCredential(c.line)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
	got, _ := Parse("Uploading distributions to https://pkgs.example.org/api/pypi/simple\nINFO     username: ci-publisher\nINFO     password: <hidden>\nINFO     Response from https://pkgs.example.org/api/pypi/simple:\n         401 Unauthorized\nERROR    HTTPError: 401 Unauthorized from https://pkgs.example.org/api/pypi/simple\n")
	sent := false
	for _, x := range got.Exchanges {
		sent = sent || x.Credentials().State == CredSent && x.Credentials().Redacted
	}
	if !sent {
		t.Errorf("a twine-style log's masked password: no masked credential sent in %d exchanges", len(got.Exchanges))
	}
}

// TestAuthorizationCodeIsNoCredential: a public client redeeming an
// authorization code (with its PKCE verifier) sends no credential of its
// own; the same request with a client secret does.
func TestAuthorizationCodeIsNoCredential(t *testing.T) {
	body := "grant_type=authorization_code&code=6d0e2b1a-93c4-4f7e-b2a8-5c1d9e3f7a20.5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d&redirect_uri=https%3A%2F%2Fportal.example.org%2Fcb&client_id=portal-spa&code_verifier=q8Wn3Rt6Yp1Lz4Kx7Vb2Mc5Ns9Hd0Jf3Gh6Aa8Ss1Dd"
	r := &Request{Method: "POST", URL: "https://id.example.org/oauth2/token", Body: Body{Text: body}}
	if c := r.Credentials(); c.State == CredSent {
		t.Errorf("public client's code redemption: credentials %+v, want none", c)
	}
	r.Body.Text = body + "&client_secret=cs-8f2e4d6c0b1a3957"
	if c := r.Credentials(); c.State != CredSent {
		t.Errorf("code redemption with a client secret: credentials %+v, want sent", c)
	}
}

// TestCommandInMultilineSpan: a command written inside one inline code
// span over several lines (the opening backtick before the tool, the
// closing one after its last option), pasted after a body the general
// reader reads, is the request, with the credential its options carry.
func TestCommandInMultilineSpan(t *testing.T) {
	paste := "Every call lands on the sign-in page -\n\n" +
		"`<!DOCTYPE html>\n<html><head><title>Redirecting to http://192.0.2.40:9090/signin</title></head>\n" +
		"<body>Redirecting to <a href=\"http://192.0.2.40:9090/signin\">here</a>.</body></html>`\n\n" +
		"The call is -\n\n" +
		"`curl \"http://192.0.2.40:9090/api/v2/stats\" \\\n" +
		"\t-H 'Authorization: ******' \\\n" +
		"\t-H 'Accept: application/json' `\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if c := x.Credentials(); c.State == CredSent && c.Redacted && strings.EqualFold(c.Header, "authorization") {
			return
		}
	}
	t.Errorf("no exchange sent the masked Authorization of the command in the span")
}
