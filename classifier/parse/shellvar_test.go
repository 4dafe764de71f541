package parse

import "testing"

// TestShellVariableIsNoAnswer: a quoted value assigned to a shell variable
// that a later command uses (`payload='{…}'` then `curl … -d "$payload"`)
// is what the command sends, not a response: the paste's one answer is the
// output below the command. The same assignment with no use of the
// variable, and a log's key=value line, are read as before. Values
// invented for this test.
func TestShellVariableIsNoAnswer(t *testing.T) {
	paste := "This is what I run:\n" +
		"payload='{\"grant_type\":\"client_credentials\",\"client_id\":\"reports-svc\",\"scope\":\"read\"}'\n" +
		"\n" +
		"curl -s -X POST \"https://id.example.org/oauth2/token\" -H \"Content-Type: application/json\" -d \"$payload\"\n" +
		"\n" +
		"and it prints: {\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		for _, x := range in.Exchanges {
			if x.Response != nil {
				t.Logf("exchange %d: body %q", x.Index, x.Response.Body.Text)
			}
		}
		t.Fatalf("%d exchanges, want 1 (the variable's value is the request's data)", len(in.Exchanges))
	}
	g := &greader{ls: []gline{{text: "body='{\"a\":1}'"}, {text: "echo done"}}}
	if g.shellVariableUsed(0, g.ls[0].text) {
		t.Errorf("a variable no later line uses is read as used")
	}
	g = &greader{ls: []gline{{text: "body={\"a\":1} status=401"}, {text: "curl -d \"$body\" https://x.example"}}}
	if g.shellVariableUsed(0, g.ls[0].text) {
		t.Errorf("an unquoted key=value is read as a shell assignment")
	}
	g = &greader{ls: []gline{{text: "DATA=\"{\\\"a\\\":1}\""}, {text: "curl -d \"$DATABASE\" https://x.example"}}}
	if g.shellVariableUsed(0, g.ls[0].text) {
		t.Errorf("$DATABASE is read as a use of DATA")
	}
}
