package parse

import (
	"strings"
	"testing"
)

// onlyExchange parses paste and returns its one exchange with a request and
// a status, failing the test otherwise.
func onlyExchange(t *testing.T, paste string, status int) *Exchange {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	var got *Exchange
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == status {
			if got != nil {
				t.Fatalf("two exchanges answered %d", status)
			}
			got = x
		}
	}
	if got == nil || got.Request == nil {
		t.Fatalf("no exchange with a request answered %d: %+v", status, in.Exchanges)
	}
	return got
}

// anySent parses paste and reports whether any exchange's request carried
// credentials.
func anySent(t *testing.T, paste string) bool {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Credentials().State == CredSent {
			return true
		}
	}
	return false
}

// lastAnswered parses paste and returns the last exchange whose response
// has status, failing the test when none has.
func lastAnswered(t *testing.T, paste string, status int) *Exchange {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatalf("%v in\n%s", err, paste)
	}
	var got *Exchange
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == status {
			got = x
		}
	}
	if got == nil {
		t.Fatalf("no %d read in\n%s", status, paste)
	}
	return got
}

// TestPowerShellLineWithoutPrompt: a cmdlet's command line pasted without
// a prompt above its error record names every credential the cmdlet sends
// (as curl's does): none here, so none were sent; a -Headers variable
// hides them; the error record's own "Invoke-RestMethod : …" lines are no
// second command (values are invented).
func TestPowerShellLineWithoutPrompt(t *testing.T) {
	paste := "Invoke-WebRequest -Uri \"https://files.example.org/pub/tool.zip\" -Method Get -OutFile tool.zip\n\n" +
		"Invoke-WebRequest : The remote server returned an error: (403) Forbidden.\n" +
		"At line:1 char:1\n" +
		"+ Invoke-WebRequest -Uri \"https://files.example.org/pub/tool.zip\" -Me ...\n" +
		"+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
		"    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException\n" +
		"    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
	x := onlyExchange(t, paste, 403)
	if !strings.HasSuffix(x.Request.URL, "/pub/tool.zip") {
		t.Errorf("request %+v", x.Request)
	}
	if c := x.Credentials(); c.State != CredNone {
		t.Errorf("credentials %v, want none: the command line names every one the cmdlet sends", c.State)
	}
	hidden := strings.Replace(paste, "-Method Get", "-Method Get -Headers $hdrs", 1)
	if c := onlyExchange(t, hidden, 403).Credentials(); c.State != CredUnknown {
		t.Errorf("with -Headers $hdrs: credentials %v, want unknown", c.State)
	}
}

// TestDioRequestDumpWhole: Dio's LogInterceptor prints the request's
// every header under its "*** Request ***" banner; with its header block
// shown and no credential in it, the request carried none. Without the
// block (requestHeader: false) nothing is known. Logcat's and Flutter's
// console tags in front of the lines come off (values are invented).
func TestDioRequestDumpWhole(t *testing.T) {
	dump := "*** Request ***\n" +
		"uri: https://api.market.example/v2/quotes?sym=ACME\n" +
		"method: GET\n" +
		"responseType: ResponseType.json\n" +
		"followRedirects: true\n" +
		"connectTimeout: 0:00:10.000000\n" +
		"extra: {}\n" +
		"headers:\n" +
		" content-type: application/json\n" +
		" user-agent: quotes-app/3.1\n" +
		"\n" +
		"*** DioException ***:\n" +
		"uri: https://api.market.example/v2/quotes?sym=ACME\n" +
		"DioException [bad response]: This exception was thrown because the response has a status code of 403 and RequestOptions.validateStatus was configured to throw for this status code.\n" +
		"statusCode: 403\n" +
		"headers:\n" +
		" server: nginx\n" +
		" content-length: 0\n"
	prefixed := func(tag string) string {
		var b strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(dump, "\n"), "\n") {
			b.WriteString(strings.TrimRight(tag+l, " ") + "\n")
		}
		return b.String()
	}
	for _, paste := range []string{dump, prefixed("I/flutter ( 7312): "), prefixed("flutter: ")} {
		x := onlyExchange(t, paste, 403)
		q := x.Request
		if q.Partial || !q.Fields.Has("user-agent") || q.Fields.Has("server") {
			t.Errorf("request partial %v fields %v, want whole with its own headers:\n%s", q.Partial, q.Fields, paste)
		}
		if c := x.Credentials(); c.State != CredNone {
			t.Errorf("credentials %v, want none:\n%s", c.State, paste)
		}
		if !x.Response.Fields.Has("server") || x.Response.Fields.Has("user-agent") {
			t.Errorf("response fields %v:\n%s", x.Response.Fields, paste)
		}
	}
	bare := strings.Replace(dump, "headers:\n content-type: application/json\n user-agent: quotes-app/3.1\n", "", 1)
	if c := onlyExchange(t, bare, 403).Credentials(); c.State != CredUnknown {
		t.Errorf("no header block shown: credentials %v, want unknown", c.State)
	}
	withKey := strings.Replace(dump, " user-agent: quotes-app/3.1\n", " user-agent: quotes-app/3.1\n authorization: Bearer qv7Hs0Pz1LmN\n", 1)
	if c := onlyExchange(t, withKey, 403).Credentials(); c.State != CredSent {
		t.Errorf("bearer in the dump: credentials %v, want sent", c.State)
	}
}

// TestRequestLineAfterAnsweredRequest: in a person's steps, a request line
// with its fields after an earlier request and the document it got back is
// a call of its own, paired with the answer in the block after it; its
// request line and header block, shown as sent, show every header it
// carried (values are invented).
func TestRequestLineAfterAnsweredRequest(t *testing.T) {
	paste := "First I ask for a token:\n\n```\nGET /auth/token?client_id=web7&grant_type=client_credentials\n```\n\n" +
		"which gives me:\n\n```\n{\n\"token\": \"tk_b91f00aa73\",\n\"ttl\": 600\n}\n```\n\n" +
		"Then I call the report endpoint:\n\n```\nGET /reports/q3 HTTP/1.1\nHost: books.example.net\nX-Session: tk_b91f00aa73\n```\n\n" +
		"and I get:\n\n```\n{\n\"code\": 403,\n\"message\": \"Access Denied\"\n}\n```\n"
	x := onlyExchange(t, paste, 403)
	if x.Request.Target != "/reports/q3" || !x.Request.Fields.Has("Host") {
		t.Errorf("the 403's request %+v", x.Request)
	}
	if x.Format != "general" {
		t.Logf("read by %s", x.Format)
	}
	bare := strings.Replace(paste, "X-Session: tk_b91f00aa73\n", "Accept: application/json\n", 1)
	if c := onlyExchange(t, bare, 403).Credentials(); c.State != CredNone {
		t.Errorf("request line and fields shown as sent, none a credential: credentials %v, want none", c.State)
	}
	cut := strings.Replace(bare, "Accept: application/json\n", "Accept: application/json\n...\n", 1)
	if c := onlyExchange(t, cut, 403).Credentials(); c.State != CredUnknown {
		t.Errorf("header block elided: credentials %v, want unknown", c.State)
	}
}

// TestStatusGluedToFor: cabal-install's error glues the code to the word
// after it ("Unexpected response 401for http://…"); the code is the
// response's status. A code glued to another word stays unread (values are
// invented).
func TestStatusGluedToFor(t *testing.T) {
	paste := "cabal update fails:\n\n```\nDownloading the latest package list from mirror-b\nUnexpected response 403for https://pkgs.example.com/hackage/01-index.tar.gz\n```\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 {
		t.Fatalf("exchanges %+v, want one answered 403", in.Exchanges)
	}
	if h := statusProseCode("Build 403for the nightly", "build 403for the nightly"); h.code != 0 {
		t.Errorf("a build number glued to a word read as status %d", h.code)
	}
}

// TestSummaryAboveCodeAndCommand: a person's summary naming the status,
// then the code that leads to the command (a URL in it), then the command
// and the answer it printed: one exchange, the command's, not the summary
// as an answer of its own (values are invented).
func TestSummaryAboveCodeAndCommand(t *testing.T) {
	paste := "Since this morning every export request comes back with 403.\n\nThe script is\n\n" +
		"$base = Invoke-RestMethod -Uri \"https://exports.example.org/api/base\"\n" +
		"Invoke-RestMethod -Uri \"$($base)/api/jobs?kind=csv\"\n\n" +
		"and the output is\n" +
		"Invoke-RestMethod : The remote server returned an error: (403) Forbidden.\n" +
		"At line:2 char:1\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 403 {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d exchanges answered 403, want 1 (the summary speaks of the command's)", n)
	}
}

// TestPostmanTokenNoCredential: Postman adds a random Postman-Token id to
// every request it sends so that no cache answers it; it names no caller,
// unlike a product's own "<Name>-Token" header (values are invented).
func TestPostmanTokenNoCredential(t *testing.T) {
	q := &Request{Method: "GET", Target: "/v1/notes", Fields: Fields{
		{Name: "User-Agent", Value: "PostmanRuntime/7.39.1"},
		{Name: "Postman-Token", Value: "0b6f1c9e-77d2-4e4b-a1c3-5f2d9e8b7a61"},
		{Name: "Host", Value: "notes.example.net"},
	}}
	if c := q.Credentials(); c.State == CredSent {
		t.Errorf("Postman-Token read as a credential (%s)", c.Header)
	}
	q.Fields = append(q.Fields, Field{Name: "Notes-Token", Value: "nt_5c1d88e0f2"})
	if c := q.Credentials(); c.State != CredSent || c.Header != "Notes-Token" {
		t.Errorf("a product's own token header: credentials %v by %q", c.State, c.Header)
	}
}
