package parse

import (
	"strings"
	"testing"
)

// TestMaskedHostInBrackets: a URL whose host the person masked in square
// brackets ("https://[our-nexus]/…") is one URL, in Gradle's "[HTTP …: url]"
// and after a url= key; the error that names it again is the same
// response (values are invented).
func TestMaskedHostInBrackets(t *testing.T) {
	in, err := Parse("```\nFailed to get resource: GET. [HTTP HTTP/1.1 401 Unauthorized: https://[our-nexus]/repository/libs/acme/kit/1.0/kit-1.0.pom]\n[...]\n* What went wrong:\n> Could not resolve acme:kit:1.0.\n   > Could not GET 'https://[our-nexus]/repository/libs/acme/kit/1.0/kit-1.0.pom'. Received status code 401 from server: Unauthorized\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || !strings.HasSuffix(in.Exchanges[0].Request.URL, "/kit-1.0.pom") {
		for _, x := range in.Exchanges {
			t.Logf("exchange %+v request %+v", x.Response, x.Request)
		}
		t.Fatalf("%d exchanges, want 1 with the whole URL", len(in.Exchanges))
	}
	in, err = Parse("level=error msg=\"pull failed\" url=https://[masked-registry]/v2/team/app/manifests/1.4 status=403\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || !strings.HasSuffix(in.Exchanges[0].Request.URL, "/manifests/1.4") {
		t.Fatalf("exchanges %+v", in.Exchanges)
	}
}
