package parse

import (
	"strings"
	"testing"
)

// TestDictDataMemberIsTheBody: a client's error object printed as a
// language's dict or repr, with a status member and the server's answer as
// a string in its data member ({'status': 403, 'reason': …, 'data':
// '<?xml …'}), carries the response body of that status, escapes undone,
// also when the paste was cut inside the string. A data member of an
// object without a status, or a data member that is itself a document's
// object, is no body (values are invented).
func TestDictDataMemberIsTheBody(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		{"xml in a python dict", "INFO: fetching listing\n" +
			"ERROR: Response: {'status': 401, 'headers': {'server': 'ObjStore', 'content-type': 'application/xml'}, 'reason': 'Unauthorized', " +
			"'data': '<?xml version=\"1.0\"?>\\n<Error><Code>InvalidAccessKeyId</Code><Message>The key isn\\'t known here.</Message></Error>'}\n",
			"<Error><Code>InvalidAccessKeyId</Code><Message>The key isn't known here.", "\\n"},
		{"json in a repr", "Failure: HTTPError(status=429, reason='Too Many Requests', data='{\"error\": \"slow_down\", \"retry_in\": 30}')\n",
			`{"error": "slow_down", "retry_in": 30}`, ""},
		{"cut inside the string", "DEBUG: Response: {'status': 403, 'reason': 'Forbidden', 'data': '<?xml version=\"1.0\"?>\\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>\n",
			"<Code>RequestTimeTooSkewed</Code>", ""},
	} {
		got := firstBody(t, c.text)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s: body %q, want it to hold %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ name, text, not string }{
		{"a request's data, no status", "DEBUG: sending {'method': 'POST', 'url': 'https://svc.example.net/v2/items', 'data': '{\"name\": \"lamp\", \"count\": 12}'}\nHTTP/1.1 401 Unauthorized\n", `"lamp"`},
		{"data member of a document", `Raw: {"code":"bad_nonce","message":"Nonce is stale","data":{"status":403}}` + "\n", `{"status":403}`},
	} {
		if got := firstBody(t, c.text); got == strings.TrimSpace(c.not) || strings.HasPrefix(got, c.not) {
			t.Errorf("%s: body %q read from the data member", c.name, got)
		}
	}
}

// firstBody parses text and returns the first response body read, or "".
func firstBody(t *testing.T, text string) string {
	t.Helper()
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Body.Text != "" {
			return x.Response.Body.Text
		}
	}
	return ""
}
