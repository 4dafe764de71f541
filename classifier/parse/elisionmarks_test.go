package parse

import (
	"strings"
	"testing"
)

// TestElisionMarkerKeepsOneResponse: a marker the person put where they cut
// lines ("[...]", "[…]", "[snip]", "<snip>", "(truncated)", "[trimmed]")
// neither reads as a body of its own under a command nor ends a header
// block: the response stays one, its status and later fields are read, and
// nothing is said missing from the part that was cut.
func TestElisionMarkerKeepsOneResponse(t *testing.T) {
	marks := []string{"[...]", "[…]", "[snip]", "<snip>", "(truncated)", "[trimmed]", "...", "{...}"}
	page := "```console\n$ curl https://get.toolbox.example/bootstrap.sh\nMARK\n<title>Attention Required! | Cloudflare</title>\nMARK\n<h1 data-translate=\"block_headline\">Sorry, you have been blocked</h1>\n```\n"
	raw := "$ curl -i https://ledger.example.net/api/v3/entries\nHTTP/1.1 401 Unauthorized\nDate: Wed, 11 Nov 2026 14:02:19 GMT\nMARK\nWWW-Authenticate: Bearer realm=\"ledger\", error=\"invalid_token\"\nContent-Type: application/json\n\n{\"error\":\"invalid_token\"}\n"
	for _, m := range marks {
		in, err := Parse(strings.ReplaceAll(page, "MARK", m))
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Body.Text == "" ||
			!strings.Contains(in.Exchanges[0].Response.Body.Text, "Sorry, you have been blocked") {
			t.Errorf("%s in a page under curl: %d exchanges, want the command and the page as one", m, len(in.Exchanges))
		}
		in, err = Parse(strings.ReplaceAll(raw, "MARK", m))
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
			t.Fatalf("%s in a header block: %d exchanges", m, len(in.Exchanges))
		}
		r := in.Exchanges[0].Response
		if r.Status != 401 || r.HeadersComplete || r.Fields.Get("WWW-Authenticate") == "" {
			t.Errorf("%s in a header block: status %d, complete %v, challenge %q", m, r.Status, r.HeadersComplete, r.Fields.Get("WWW-Authenticate"))
		}
	}
	for _, s := range []string{"[x]", "[1]", "(see below)", "[INFO]"} {
		if elisionLine(s) {
			t.Errorf("elisionLine(%q) = true", s)
		}
	}
}
