package parse

import "testing"

// TestRequestHeadersInCode: headers a paste's code or a module's arguments
// set are the request's; they neither become response fields nor make the
// response's header block look complete (no false "missing" findings).
func TestRequestHeadersInCode(t *testing.T) {
	for _, c := range []struct {
		name, text string
	}{
		{"python dict assignment", "I get 401 UNAUTHORIZED from GET /v2/locations.\n\nheaders = {\n\"Square-Version\": \"2024-09-19\",\n\"Authorization\": \"Bearer TOKEN\",\n\"Content-Type\": \"application/json\"\n}\nresponse = requests.get(url, headers=headers)\n"},
		{"traceback source line", "Unauthorized: Forbidden: bot was blocked by the user\n  File \"request.py\", line 309, in post\n    headers={'Content-Type': 'application/json'})\n  File \"request.py\", line 221, in _request_wrapper\n    raise Unauthorized(message)\n"},
		{"module arguments", "401 Response\n\n\"headers\": {\n    \"Authorization\": \"Token 0123abcd0123abcd\",\n    \"Content-Type\": \"application/json\"\n},\n\"msg\": \"Status code was not [200]: HTTP Error 401: UNAUTHORIZED\",\n\"status\": 401,\n\"www_authenticate\": \"Token\"\n"},
	} {
		in, err := Parse(c.text)
		if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
			t.Fatalf("%s: not read", c.name)
		}
		r := in.Exchanges[0].Response
		if r.HeadersComplete {
			t.Errorf("%s: response header block taken as complete", c.name)
		}
		if r.Fields.Has("Content-Type") {
			t.Errorf("%s: the request's Content-Type read as the response's", c.name)
		}
	}
	in, _ := Parse("\"status\": 401,\n\"www_authenticate\": \"Token\",\n\"server\": \"nginx\"\n")
	if len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Fields.Get("WWW-Authenticate") != "Token" {
		t.Errorf("www_authenticate key not read as the challenge")
	}
	for _, s := range []string{"headers = {", "session.headers = {'a': 1}", "headers={'Content-Type': 'x'})"} {
		if !codeHeaders(s) {
			t.Errorf("%s: not code", s)
		}
	}
	for _, s := range []string{"response headers = {", "'headers': {", "headers: {", "resp.headers == {}"} {
		if codeHeaders(s) {
			t.Errorf("%s: read as code", s)
		}
	}
}
