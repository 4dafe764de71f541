package report

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// flowSource analyses a rule fixture of the flow family: an OIDC sign-in
// whose SameSite=Strict cookie is not sent back after the IdP's redirect.
func flowSource(t *testing.T) Source {
	t.Helper()
	b, err := os.ReadFile("../rules/testdata/AT0013/strict-after-idp-redirect.txt")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := classifier.Analyze(string(b), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Source{Name: "signin.txt", Report: rep}
}

// The text report tells the flow as a numbered list before the exchanges,
// the broken step marked with its rule and the evidence on both ends.
func TestTextFlows(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, flowSource(t), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// Prose is wrapped to the terminal's width: compare with spaces folded.
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"Sign-in flows: OAuth 2.0 authorization code: broken at step 4 1. [1] GET docs.example.com/ -> 302: redirect to sign in 2. [2]",
		"4. [4] GET docs.example.com/ -> 302: redirect to sign in <- BROKEN AT0013 flow-cookie-samesite:",
		"AT0013 flow-cookie-samesite: cookie TOKEN, set at step 3, was not sent at step 4",
		"L24 | Set-Cookie: TOKEN=",
		"L26 | GET https://docs.example.com/ HTTP/1.1",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "Sign-in flows:") > strings.Index(out, "\n[1] ") {
		t.Errorf("the flows come after the exchanges")
	}
}

func TestMarkdownFlows(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, flowSource(t)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"## Sign-in flows\n\n**OAuth 2.0 authorization code: broken at step 4**\n\n1. \\[1\\] GET docs.example.com/ -\\> 302: redirect to sign in\n",
		"4. **broken:** \\[4\\] GET docs.example.com/ -\\> 302: redirect to sign in\n   - [AT0013](" + RuleURL("AT0013") + ") `flow-cookie-samesite`: cookie TOKEN",
		"   - line 24: `Set-Cookie: TOKEN=",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown report lacks %q:\n%s", want, out)
		}
	}
}
