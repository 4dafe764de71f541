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

// TestSectionLabelLength: maxSectionLabel is at least the longest heading
// sectionLabel knows (two qualifiers before the longest label), so that a
// longer ASCII line is refused without being lowered; a heading of that
// length is still read, a longer one with a count in brackets too when its
// words are short, and a long prose line costs no allocation.
func TestSectionLabelLength(t *testing.T) {
	longest := 0
	for _, h := range sectionLabels {
		longest = max(longest, len(h.heading))
	}
	qual := 0
	for w := range labelQualifiers {
		qual = max(qual, len(w)+1)
	}
	if need := 2*qual + longest; maxSectionLabel < need {
		t.Fatalf("maxSectionLabel %d, the longest heading is %d bytes", maxSectionLabel, need)
	}
	for in, want := range map[string]string{
		"Complete Server's Raw Request Headers:":                               "request",
		"  The full raw response headers (3.4 kB, from the proxy):":            "response",
		"Response Body (note: the proxy logged it truncated to 40 characters)": "body",
		"The full raw response headers from the staging proxy, as logged":      "",
		"Raw Response Headers, as Fiddler printed them for the second call":    "",
	} {
		if got := sectionLabel(in); got != want {
			t.Errorf("sectionLabel(%q) = %q, want %q", in, got, want)
		}
	}
	line := "    <p>Your Session At The Billing Portal Ended; Sign In Again To See Invoices.</p>"
	if n := testing.AllocsPerRun(20, func() { sectionLabel(line) }); n != 0 {
		t.Errorf("sectionLabel of a long prose line: %v allocations, want 0", n)
	}
}
