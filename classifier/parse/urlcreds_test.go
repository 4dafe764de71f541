package parse

import (
	"strings"
	"testing"
)

// TestLineURLCredential: an http(s) URL whose userinfo holds a password,
// anywhere on a line of prose or a log, is a credential the client given
// it sends; a URL with a user and no password, another scheme (a database's
// connection string) or no userinfo is none.
func TestLineURLCredential(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"and the 401 keeps coming back when I browse to http://ops:letmein-77@10.0.4.12:5984/_users", "letmein-77"},
		{"ERROR Failed to load settings from 'https://cfg-reader:Wq93xx@settings.internal.example:9443/app.yaml'", "Wq93xx"},
		{"Looking in indexes: https://build:****@wheels.example.net/simple", "****"},
		{"(see HTTPS://Ana:pw-dummy-3@files.example.org/x)", "pw-dummy-3"},
		{"Password for 'https://ana@git.example.org':", ""},
		{"DATABASE_URL=postgres://app:hunter22@db.example.org:5432/app", ""},
		{"docs at https://docs.example.org/auth?user=a:b@c", ""},
		{"mail ana@example.org, see https://example.org/a@b", ""},
	} {
		f, ok := lineURLCredential(c.line)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestURLCredentialInPaste: a password in a URL written in the prose beside
// an error body is sent; a wire trace that shows the request's own header
// block without Authorization, or a client's log that says the request went
// out unauthenticated, says the client did not use it.
func TestURLCredentialInPaste(t *testing.T) {
	sent := func(paste string) (bool, string) {
		in, err := Parse(paste)
		if err != nil {
			t.Fatalf("%v", err)
		}
		for _, x := range in.Exchanges {
			if c := x.Credentials(); c.State == CredSent {
				return true, c.Header
			}
		}
		return false, ""
	}
	if ok, what := sent(`{"error":"unauthorized","reason":"Name or password is incorrect."}

I created the user in the admin UI and still get this when I open http://reporter:dummy-pass-5@127.0.0.1:5984/metrics/_all_docs
`); !ok || !strings.HasPrefix(what, "password in the URL (line 3)") {
		t.Errorf("URL in prose: sent %v as %q, want the password in the URL on line 3", ok, what)
	}
	if ok, what := sent("`GIT_TRACE_CURL=1 git fetch https://ana:****@scm.example.org/team/tools.git` fails\n\n" +
		"=> Send header: GET /team/tools.git/info/refs?service=git-upload-pack HTTP/1.1\n" +
		"=> Send header: Host: scm.example.org\n" +
		"=> Send header: User-Agent: git/2.40.1\n" +
		"=> Send header: Accept: */*\n" +
		"=> Send header: \n" +
		"<= Recv header: HTTP/1.1 401 Unauthorized\n" +
		"<= Recv header: WWW-Authenticate: Basic realm=\"scm\"\n"); ok {
		t.Errorf("trace with the request's header block and no Authorization: sent as %q, want none", what)
	}
	if ok, what := sent("TRACE Keeping credentials for https://ana:****@pkgs.example.org/simple\n" +
		"DEBUG Attempting unauthenticated request for https://pkgs.example.org/simple/thing/\n" +
		"error: HTTP status client error (401 Unauthorized) for url (https://pkgs.example.org/simple/thing/)\n"); ok {
		t.Errorf("client log says the request went out unauthenticated: sent as %q, want none", what)
	}
}

// TestCodeSpanCommandCredentials: a whole line that is one code span (with
// a colon after it, above the output) is a command; its -u and -p given
// together are the user and the password another client sends.
func TestCodeSpanCommandCredentials(t *testing.T) {
	for _, c := range []struct {
		line string
		sent bool
	}{
		{"`fetcher -v tracker https://issues.example.org --board OPS -u (redacted) -p (redacted) --no-cache`:", true},
		{"`fetcher tracker https://issues.example.org -u ana`", false},
		{"`ssh -p 2201 deploy@build.example.org https://x.example.org`", false},
	} {
		cmd := parseCommandLine(c.line)
		var r *Request
		if cmd != nil {
			r = cmd.request(1, false)
		}
		if got := r != nil && r.Credentials().State == CredSent; got != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.line, got, c.sent)
		}
	}
}

// TestPasswordPrompt: a command-line client's prompt for the password it
// sends, in the forms clients write it; sudo's, ssh's, a configuration's
// lower-case key or a sentence are none.
func TestPasswordPrompt(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Password: ", true},
		{"Password>", true},
		{"Password for 'https://ana@scm.example.org':", true},
		{"Enter host password for user 'ana':", true},
		{`Please enter a password for "ana" account:`, true},
		{"[sudo] password for ana:", false},
		{"ana@build.example.org's password:", false},
		{"password:", false},
		{"Password for this account was reset. Try again:", false},
		{"Password reset link sent", false},
	} {
		if got := passwordPrompt(c.line); got != c.want {
			t.Errorf("%q: %v, want %v", c.line, got, c.want)
		}
	}
}

// TestPromptedPasswordInPaste: the password a client prompted for before
// the refusal was sent; a prompt after an empty user-name prompt was
// answered with nothing, and a prompt of an earlier command (a login,
// then another command behind the shell's prompt) says nothing of the
// later request.
func TestPromptedPasswordInPaste(t *testing.T) {
	sent := func(paste string) bool {
		in, err := Parse(paste)
		if err != nil {
			t.Fatalf("%v", err)
		}
		for _, x := range in.Exchanges {
			if x.Credentials().State == CredSent {
				return true
			}
		}
		return false
	}
	if !sent("C:\\src\\tools>git push origin main\nPassword for 'https://bo@code.example.net':\nremote: You are not allowed to push code to this project.\nfatal: unable to access 'https://code.example.net/grp/tools.git/': The requested URL returned error: 403\n") {
		t.Errorf("git's password prompt before its 403: no credentials sent")
	}
	if sent("    Authentication required (api.example.org):\n      Username:\n      Password:\n  The 'https://api.example.org/zip/1' URL could not be accessed: HTTP/1.1 403 Forbidden\n") {
		t.Errorf("a password prompt after an empty user-name prompt: credentials sent")
	}
	if sent("$ tool registry login reg.example.io\nUsername: ci\nPassword: \nLogin Succeeded\n\n$ tool pull oci://reg.example.io/charts/app\nError: unexpected status from HEAD request to https://reg.example.io/v2/charts/app/manifests/2.0.1: 401 Unauthorized\n") {
		t.Errorf("the login command's prompt, then another command's 401: credentials sent")
	}
}

// TestLongMaskedTailConfigured: a token given in a pipeline's settings
// with its head kept and the rest masked (a JWT's header, then XXXXXX) is
// a masked credential given to the client.
func TestLongMaskedTailConfigured(t *testing.T) {
	f, ok := configuredCredential("      cluster_token: eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9xxxxxxxx")
	if !ok || !IsRedacted(f.Value) {
		t.Errorf("masked token in settings: %+v %v", f, ok)
	}
	if _, ok := configuredCredential("      cluster_token: eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJl"); ok {
		t.Errorf("an unmasked literal in settings counted as given")
	}
}

// TestAuthCallVariable: a variable given to a keyword argument of a call
// that sets authentication is a credential given to the client; the same
// argument of another call, or a literal there, is not.
func TestAuthCallVariable(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"    req_basic_auth(user = me, password = secret_pw) |>", true},
		{"session.authenticate(user: login!, password: pw!)", true},
		{"client = Api.login(username=cfg.user, password=cfg.pw)", true},
		{"cursor.execute(query, password=pw)", false},
		{"api.sign_in(password=\"hunter2-docs\")", false},
		{"render(password = pw)", false},
	} {
		if _, got := configuredCredential(c.line); got != c.want {
			t.Errorf("%q: %v, want %v", c.line, got, c.want)
		}
	}
}

// TestProseHeaderMention: a sentence of the person's saying the request
// carried a credential header, its value not shown; a header the sentence
// says was missing or dropped, one a server or a wish asks for, a CSRF
// token's header or a sentence that is nobody's account is none.
func TestProseHeaderMention(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Each time we call /v2/orders with the Authorization header holding the new token, the answer is the same:", "the Authorization" + namedInProse},
		{"- my proxy log shows the `X-Api-Key` header present on the failing calls.", "the X-Api-Key" + namedInProse},
		{"3. Send the mutation above with the Authorization header", "the Authorization" + namedInProse},
		{"I noticed the client sends no Authorization header on the first call.", ""},
		{"We send the X-Auth-Token header but the gateway strips it.", ""},
		{"Sending the Authorization header up front would save a round trip.", ""},
		{"The error says: a valid `X-Api-Key` header must be sent.", ""},
		{"I send the X-XSRF-Token header with each POST.", ""},
		{"The client adds the Authorization header from its config.", ""},
	} {
		f, ok := proseHeaderMention(c.line)
		if got := map[bool]string{true: f.Name}[ok]; got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestProseHeaderMentionBesideBody: the person's sentence beside a pasted
// error body gives the body's request its credential.
func TestProseHeaderMentionBesideBody(t *testing.T) {
	in, err := Parse("Fetching the code works, but whenever I send a GET with the Authorization header set to the id token I get:\n\n{\"error\":\"urn:example:auth:error:token_rejected\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, x := range in.Exchanges {
		sent = sent || x.Credentials().State == CredSent
	}
	if !sent {
		t.Errorf("sentence beside a body: no credential sent in %d exchanges", len(in.Exchanges))
	}
}

// TestStandInCarriedIsMasked: a credential that travelled in a URL's
// userinfo or in a login body, written as a stand-in ("RELAY_PASSWORD",
// "password_here") or masked in the query, was sent and is masked in the
// paste; a real value is sent and not masked.
func TestStandInCarriedIsMasked(t *testing.T) {
	for _, c := range []struct {
		paste  string
		masked bool
	}{
		{"DELETE https://ops:RELAY_PASSWORD@relay.example.net/v1/jobs/7 HTTP/1.1\nHost: relay.example.net\n\nHTTP/1.1 403 Forbidden\n\n", true},
		{"curl -i 'https://relay.example.net/v1/jobs?access_token=XXXXXXXX'\nHTTP/1.1 401 Unauthorized\n\n", true},
		{"POST /login HTTP/1.1\nHost: relay.example.net\nContent-Type: application/json\n\n{\"username\": \"ops\", \"password\": \"password_here\"}\n\nHTTP/1.1 401 Unauthorized\n\n", true},
		{"DELETE https://ops:Rq7vX2mPz9Lk@relay.example.net/v1/jobs/7 HTTP/1.1\nHost: relay.example.net\n\nHTTP/1.1 403 Forbidden\n\n", false},
	} {
		in, err := Parse(c.paste)
		if err != nil || len(in.Exchanges) == 0 {
			t.Fatalf("%q: %v", c.paste, err)
		}
		cr := in.Exchanges[0].Credentials()
		if cr.State != CredSent || (len(cr.MaskedCarried()) > 0) != c.masked {
			t.Errorf("%q: state %s, masked %v, want sent, masked %v", c.paste, cr.State, cr.MaskedCarried(), c.masked)
		}
	}
}

// TestLineQueryCredential: a URL or a path on a line of a log or a tool's
// output whose query carries a credential is one the client sent; in a
// sentence only a masked value counts. A presigned URL's signature, an
// OAuth callback's code, a session id, a record's key=value, a document's
// link and a query without a credential are none.
func TestLineQueryCredential(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"endpoint:  api.example.test:8443/v2/items?token=5b8e2f0c-71aa-4c3d-9e26-0f4d7c9a3b21", "token"},
		{"  router mounted : /relay?api_key=h3k9vq2mz7wx4pr8tc6n +1ms", "api_key"},
		{"https://books.example.test/lookup/9780000000017&apikey=...", "apikey"},
		{"I keep calling /api/v1/reports?key=xxxxxx and every call is refused", "key"},
		{"I keep calling /api/v1/reports?key=h3k9vq2mz7wx4pr8tc6n and every call is refused", ""},
		{"GET https://bucket.example.test/obj.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20250101&X-Amz-Signature=9f2c7a1e", ""},
		{"10.0.0.9 GET \"/oauth2/callback?code=q8w7e6r5t4y3u2i1o9p0&state=7c1e2f\" 403", ""},
		{"Querying https://tags.example.test/t?org=ab12&session_id=3c9a1f2e-8b7d-4e6f-a5c4-1d2e3f4a5b6c", ""},
		{"level=info path=/x?token=5b8e2f0c71aa4c3d9e26 msg=done", ""},
		{"<a href=\"/reset?token=5b8e2f0c71aa4c3d9e260f4d\">reset</a>", ""},
		{"GET /v2/items?page=3&sort=desc", ""},
	} {
		f, ok := lineURLCredential(c.line)
		got := ""
		if ok {
			got = strings.TrimSuffix(f.Name, inURLQuery)
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}
