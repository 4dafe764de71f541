package parse

import (
	"strings"
	"testing"
)

// TestHARBelowProse reads a HAR that a person pasted under their own words
// (a chat or issue message: "here is the HAR", in any language, a fence
// line) as the HAR it is, its lines counted from the top of the paste; a
// JSON log line whose "log" member is a string stays a log line.
func TestHARBelowProse(t *testing.T) {
	har := `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
{"request":{"method":"POST","url":"https://auth.example.com/oauth/token","headers":[]},
"response":{"status":0,"statusText":"","headers":[],"content":{"size":0,"mimeType":"x-unknown"},"_error":"net::ERR_CERT_AUTHORITY_INVALID"}}]}}`
	for _, prose := range []string{
		"Le login ne marche plus depuis hier, voici le HAR exporté de Chrome :\n\n",
		"Here is the HAR:\n```json\n",
		"ログインできません。HARファイルです：\n  ",
	} {
		in, err := Parse(prose + har)
		if err != nil {
			t.Fatalf("%q: %v", prose, err)
		}
		if in.Format != "har" || len(in.Exchanges) != 1 {
			t.Fatalf("%q: read as %q with %d exchanges, want one HAR entry", prose, in.Format, len(in.Exchanges))
		}
		want := strings.Count(prose, "\n") + 2
		if r := in.Exchanges[0].Request; r == nil || r.Pos.Line != want {
			t.Fatalf("%q: request at %+v, want line %d", prose, r, want)
		}
	}
	// another dump above the HAR: the paste is read as a whole, as before
	in, err := Parse("first try:\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic\n\nthen the HAR:\n" + har)
	if err != nil {
		t.Fatal(err)
	}
	if in.Format == "har" {
		t.Fatal("a curl -v dump above a HAR: read as the HAR alone, want the whole paste read")
	}
	in, err = Parse("log lines:\n{\"log\":\"GET /x 403\\n\",\"stream\":\"stdout\"}\n")
	if err == nil && in.Format == "har" {
		t.Fatal("a Docker json-file log line was read as a HAR")
	}
}
