package signature

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

// TestPrintedFields: header markers also match header fields printed inside
// a body the reader could not take apart (an HTTP client's error object),
// in the notations of the common languages, and only there.
func TestPrintedFields(t *testing.T) {
	ghost := hv("server", "AkamaiGHost")
	cases := []struct {
		name string
		body string
		want bool
	}{
		// catalyst-cooperative/pudl-archiver#649: aiohttp ClientResponseError in a Task repr
		{"aiohttp CIMultiDictProxy", "status=403, message='Forbidden', headers=<CIMultiDictProxy('Server': 'AkamaiGHost', 'Mime-Version': '1.0')>", true},
		{"python dict", `HTTPError: 403 {'Content-Type': 'text/html', 'Server': 'AkamaiGHost'}`, true},
		{"node util.inspect", "headers: {\n    server: 'AkamaiGHost',\n    'content-type': 'text/html'\n  }", true},
		{"json object", `{"headers":{"Server":"AkamaiGHost","Content-Length":"0"},"statusCode":403}`, true},
		{"go http.Header", `header=map[Content-Type:[text/html] Server:[AkamaiGHost]]`, true},
		{"ruby hash", `{"server"=>"AkamaiGHost"}`, true},
		{"json logged inside a json string", `{"level":"error","response":"{\"status\":403,\"headers\":{\"Server\":\"AkamaiGHost\"}}"}`, true},
		{"clojure map", ":headers\n    {\"Server\" \"AkamaiGHost\",\n     \"Content-Type\" \"text/html; charset=UTF-8\"}", true},
		{"quoted words in prose", `the header "Server" says "AkamaiGHost"`, false},
		{"prose", "I think the server is AkamaiGHost, not ours", false},
		{"other value", `{'Server': 'nginx'}`, false},
		{"name inside a word", `{'X-Origin-Server': 'AkamaiGHost'}`, false},
	}
	for _, c := range cases {
		s := newSubject(&parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: c.body}}}, "")
		if _, ok := s.match(ghost, -1); ok != c.want {
			t.Errorf("%s: matched %v, want %v", c.name, ok, c.want)
		}
	}
	// Read header fields win: a printed field in the body of a response
	// whose own fields were read is the body's business.
	x := &parse.Exchange{Response: &parse.Response{Status: 403, Fields: parse.Fields{{Name: "Server", Value: "nginx"}},
		Body: parse.Body{Text: `{'Server': 'AkamaiGHost'}`}}}
	if _, ok := newSubject(x, "").match(ghost, -1); ok {
		t.Error("a printed field matched although the response's own fields were read")
	}
	// Exact values.
	for v, want := range map[string]bool{"0": true, " 0 ": true, "10": false, "0.5": false} {
		x := &parse.Exchange{Response: &parse.Response{Status: 403, Fields: parse.Fields{{Name: "Retry-After", Value: v}}}}
		if _, ok := newSubject(x, "").match(hx("retry-after", "0"), -1); ok != want {
			t.Errorf("Retry-After %q matched exactly 0: %v, want %v", v, ok, want)
		}
	}
	// A number after a quoted name.
	x = &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: `{"headers": {"content-length": 0, "x-cache": "Error from cloudfront"}}`}}}
	if _, ok := newSubject(x, "").match(hx("content-length", "0"), -1); !ok {
		t.Error("a JSON number after a quoted name was not read as the field's value")
	}
	// A printed Content-Length 0 stands for an empty body.
	n8n := `{"headers":{"server":"CloudFront","content-length":"0","x-cache":"Error from cloudfront"},"statusCode":403}`
	hits := Match(&parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: n8n}}}, "")
	if len(hits) == 0 || hits[0].ID != "cloudfront-error-no-body" {
		t.Errorf("printed CloudFront error without a body: hits %v, want cloudfront-error-no-body", hits)
	}
}

// TestOdooPrintedLoginRefusal: Odoo's login refusal as its clients print it
// (odoorpc's RPCError, Python's xmlrpc Fault code 3, OCA/odoorpc#64
// re-created) is the login signature; a missing access right (fault code 4,
// AccessError) is not.
func TestOdooPrintedLoginRefusal(t *testing.T) {
	for body, want := range map[string]bool{
		"  File \"/srv/sync/odoorpc/odoo.py\", line 281, in json\n    data['error']['data']['message'], data['error']\nodoorpc.error.RPCError: Access Denied": true,
		"xmlrpc.client.Fault: <Fault 3: 'Access Denied'>":                                                    true,
		"xmlrpc.client.Fault: <Fault 4: \"You are not allowed to access 'Contact' (res.partner) records.\">": false,
	} {
		hits := Match(&parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body}}}, "")
		if got := has(hits, "odoo-access-denied-login"); got != want {
			t.Errorf("%q: odoo-access-denied-login %v, want %v", body, got, want)
		}
	}
}
