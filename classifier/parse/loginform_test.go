package parse

import "testing"

// TestWgetLongOptionNextWord: wget's long options take their argument as
// the next word as well as after "=": the body of --post-data (or
// --body-data) and the user of --user are not the URL.
func TestWgetLongOptionNextWord(t *testing.T) {
	for _, c := range []struct{ line, url, body, user string }{
		{`wget --post-data "team=blue&code=77" http://10.1.2.3:8090/hooks/run`, "http://10.1.2.3:8090/hooks/run", "team=blue&code=77", ""},
		{`wget --method PATCH --body-data '{"a":1}' https://svc.example.com/x`, "https://svc.example.com/x", `{"a":1}`, ""},
		{`wget --user rhea --password 'k9-dummy' https://files.example.com/priv/a.tgz`, "https://files.example.com/priv/a.tgz", "", "rhea"},
	} {
		cmd := parseCommandLine(c.line)
		if cmd == nil {
			t.Fatalf("%s: not read", c.line)
		}
		if cmd.url != c.url || cmd.data != c.body {
			t.Errorf("%s: url %q body %q, want %q %q", c.line, cmd.url, cmd.data, c.url, c.body)
		}
		if c.user != "" && (cmd.late == nil || cmd.late.Name != "Authorization") {
			t.Errorf("%s: no Basic credentials kept for the challenge: %+v", c.line, cmd.late)
		}
	}
}

// TestShortPasswordLoginBody: a body with a user field and a password
// under a short name (pass, pw) is a login; a pass that stands alone, or
// the long names the secret finder reads, are not this rule's.
func TestShortPasswordLoginBody(t *testing.T) {
	for _, c := range []struct {
		body, want string
	}{
		{"name=oskar&pass=rainday", "rainday"},
		{`{"email":"jo@example.org","pw":"tulip22"}`, "tulip22"},
		{"user=kim&pass=", ""},
		{"pass=through&mode=fast", ""},
		{"username=kim&password=x", ""},
	} {
		if got := shortPassword(c.body); got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
	r := &Request{Method: "POST", Target: "/login", Fields: Fields{{Name: "Host", Value: "a.example"}}, Body: Body{Text: "login=vera&pass=********"}}
	if c := r.Credentials(); c.State != CredSent || !c.Redacted {
		t.Errorf("masked short password: %+v, want sent and redacted", c)
	}
}

// TestMaskedCredentialAfterSchemeInList: a header list written in a
// sentence ("( Authorization : Bearer xxxxxxxx , Accept : … )") keeps the
// masked credential after the scheme, so the request counts as having sent
// one; a word of the sentence after the scheme is no credential.
func TestMaskedCredentialAfterSchemeInList(t *testing.T) {
	in, err := Parse("I pass the headers ( Authorization : Bearer ******** , Accept : application/json ) and still\n{\n  \"error\": \"invalid_token\",\n  \"message\": \"Token is not valid\"\n}\n")
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Request == nil {
		t.Fatalf("not read: %v", err)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || !c.Redacted {
		t.Errorf("credentials %+v, want sent and redacted", c)
	}
	kvs, _ := inlineFields("( Authorization : Bearer is set , Accept : application/json )", false)
	for _, f := range kvs {
		if f.name == "Authorization" && f.value != "Bearer" {
			t.Errorf("a sentence's word taken for the credential: %q", f.value)
		}
	}
}

// TestQueryCredentialUnderRecordKey: a record's key=value whose value is
// the path and query a request called (PathAndQuery=/x?login=…&password=…,
// uri=/v1/items?token=…) carries the query's credential when the paste
// shows it masked, as a sentence's does (shown, a record's key=value stays
// none: TestLineQueryCredential); a document's link under href= or next=
// does not.
func TestQueryCredentialUnderRecordKey(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"Error: BaseUrl=https://edi.example.test, PathAndQuery=/Authenticate?login=*****&password=*****, StatusCode=Unauthorized", "password in the URL query"},
		{"level=warn uri=/v1/items?token=xxxxxxxx status=401", "token in the URL query"},
		{"The error text says: BaseUrl=https://edi.example.test, PathAndQuery=/Authenticate?login=ops&password=<password>, StatusCode=Unauthorized", "password in the URL query"},
		{"Error: BaseUrl=https://edi.example.test, PathAndQuery=/Authenticate?login=ops&password=Wq7zK2pLm9Xv4tRb, StatusCode=Unauthorized", ""},
		{"see href=/docs/start?token=xxxxxxxx for more", ""},
		{"redirect next=/admin?token=xxxxxxxx", ""},
	} {
		f, ok := lineQueryCredential(c.line)
		if got := map[bool]string{true: f.Name}[ok]; got != c.want {
			t.Errorf("%s: %q, want %q", c.line, got, c.want)
		}
	}
}
