package parse

import "testing"

// TestDirectionStarFields: the Databricks SDKs' debug log marks each
// header field with "* " after the direction ("> * Authorization: …",
// "< * Content-Type: …"): the fields are the request's and the response's,
// so a masked Authorization is a credential sent, and the response's
// fields are read.
func TestDirectionStarFields(t *testing.T) {
	paste := "GET /api/2.0/clusters/list\n> * Host: \n> * Accept: application/json\n> * Authorization: REDACTED\n> * User-Agent: cli/0.220.1 databricks-sdk-go/0.38.0\n" +
		"< HTTP/2.0 401 Unauthorized\n< * Content-Type: application/json\n< * Server: databricks\n< {\n<   \"error_code\": \"401\",\n<   \"message\": \"Credential was not sent or was of an unsupported type for this API.\"\n< }\n"
	in, err := Parse(paste)
	if err != nil || len(in.Exchanges) != 1 {
		t.Fatalf("read %d exchanges, %v", len(in.Exchanges), err)
	}
	x := in.Exchanges[0]
	c := x.Credentials()
	if c.State != CredSent || c.Header != "Authorization" || !c.Redacted {
		t.Errorf("credentials %+v, want the masked Authorization sent", c)
	}
	if x.Response == nil || x.Response.Fields.Get("Content-Type") != "application/json" {
		t.Errorf("response fields not read: %+v", x.Response)
	}
	// curl's own "* " lines after no direction stay curl's notes
	in, err = Parse("* Connected to api.example.org (192.0.2.7) port 443\n> GET /v1/me HTTP/1.1\n> Host: api.example.org\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer\n<\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Credentials().State != CredNone {
		t.Errorf("plain curl -v: %v", err)
	}
}

// TestOptionShellVariable: a command's option given a shell variable
// named for a credential (-t $zenodo_token, --key "${CF_KEY}", %API_TOKEN%)
// sends the secret the variable held, its value not in the paste; a
// variable named for anything else is none.
func TestOptionShellVariable(t *testing.T) {
	for _, c := range []struct {
		line string
		sent bool
	}{
		{"$ depsync push -r $record_id -t $depot_token -q build.zip", true},
		{"$ statsctl --key \"${STATS_API_KEY}\" --zone eu list", true},
		{"C:\\> pkgup.exe -a %PKG_AUTH_TOKEN% upload dist", true},
		{"$ depsync push -r $record_id -o $out_dir -q build.zip", false},
	} {
		in, err := Parse(c.line + "\nError: 403 Forbidden: permission denied\n")
		if err != nil || len(in.Exchanges) == 0 {
			t.Fatalf("%s: not read (%v)", c.line, err)
		}
		got := false
		for _, x := range in.Exchanges {
			got = got || x.Credentials().State == CredSent
		}
		if got != c.sent {
			t.Errorf("%s: sent %v, want %v", c.line, got, c.sent)
		}
	}
	for v, want := range map[string]string{"$TOKEN": "TOKEN", "${A_KEY}": "A_KEY", "$env:GH_TOKEN": "GH_TOKEN", "%PASS%": "PASS", "'$tok'": "tok", "$(cat f)": "", "token": "", "$a-b": ""} {
		if got := shellVariableName(v); got != want {
			t.Errorf("shellVariableName(%q) = %q, want %q", v, got, want)
		}
	}
}
