package parse

import (
	"strings"
	"testing"
)

// TestObjectUnderMemberIsNoBody: an object right under a member that opens
// an array ("repositories": [ then { "type": "git", … }) is a piece of a
// larger document pasted from its middle, a project's configuration, not
// the body of a response; the tool's error printed below it is what the
// paste says the server answered (values are invented).
func TestObjectUnderMemberIsNoBody(t *testing.T) {
	text := "My `deps.json`:\n\n" +
		"> \"sources\": [\n" +
		">     {\n" +
		">         \"kind\": \"git\",\n" +
		">         \"url\": \"https://code.example.net/team/widgets.git\"\n" +
		">     }\n" +
		"> ],\n\n" +
		"Output:\n\n" +
		">   [RuntimeException]\n" +
		">   Failed to clone https://code.example.net/team/widgets.git: wrong credentials provided (\n" +
		">   fatal: Authentication failed for 'https://code.example.net/team/widgets.git/'\n" +
		">   )\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if r := x.Response; r != nil && strings.Contains(r.Body.Text, "\"kind\"") && !strings.Contains(r.Body.Text, "Authentication failed") {
			t.Errorf("the configuration's object read as the body: %q", r.Body.Text)
		}
	}
}
