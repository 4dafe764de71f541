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
