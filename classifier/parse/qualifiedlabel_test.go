package parse

import (
	"strings"
	"testing"
)

// TestQualifiedSectionLabel: a heading that qualifies the section it
// labels ("Example Response Body", "Actual response") labels it all the
// same: the JSON under it is the response to the request above; what was
// expected is not (values are invented).
func TestQualifiedSectionLabel(t *testing.T) {
	req := "POST /sso/oauth2/token HTTP/1.1\nHost: id.example.org\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read\n ------------------------------\n"
	in, err := Parse(req + "Example Response Body\n{\n \"access_token\": \"k3.m9\",\n \"token_type\": \"Bearer\",\n \"expires_in\": 600\n}\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Response == nil || !strings.Contains(in.Exchanges[0].Response.Body.Text, "token_type") {
		t.Fatalf("exchanges %+v", in.Exchanges)
	}
	if sectionLabel("Actual response:") != "response" || sectionLabel("Expected response:") != "" {
		t.Errorf("labels %q %q", sectionLabel("Actual response:"), sectionLabel("Expected response:"))
	}
}
