package parse

import "testing"

// TestPositionalClientCredential: a variable named for a credential given
// by position to a client's constructor or an auth call
// (new Billing.Client(accountId, secretKey), Connect(cfg.AccessToken)) is
// what the client sends, its value not in the paste (a variable: masked);
// a function's definition names parameters, and a variable with no
// credential's name proves nothing.
func TestPositionalClientCredential(t *testing.T) {
	for _, c := range []struct {
		paste        string
		sent, masked bool
	}{
		{"```\nconst billing = new Billing.Client(accountId, secretKey);\nbilling.invoices.list(cb);\n```\nEvery call answers 401:\n```\n{\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}],\"status\":401}\n```\n", true, true},
		{"var api = new LedgerApiClient(_opts.Value.ApiToken, _opts.Value.BaseUrl);\nvar res = await api.GetEntriesAsync();\n\n{\"status\": 403, \"message\": \"Forbidden\"}\n", true, true},
		{"```\nfunction connectClient(host, apiToken) {\n  return fetch(host);\n}\n```\n\n{\"status\": 403, \"message\": \"Forbidden\"}\n", false, false},
		{"```\nconst billing = new Billing.Client(accountId, region);\n```\n\n{\"errors\":[{\"message\":\"Unauthorized\"}],\"status\":401}\n", false, false},
	} {
		got := lastAnsweredCredentials(t, c.paste)
		if sent := got.State == CredSent; sent != c.sent || sent && (len(got.MaskedCarried()) > 0) != c.masked {
			t.Errorf("credentials %+v (masked %v), want sent %v masked %v, in\n%s", got, got.MaskedCarried(), c.sent, c.masked, c.paste)
		}
	}
}

// TestDictLiteralCredential: a dictionary or object literal assigned in
// code whose member named for a credential holds a mask or a stand-in
// (QUERY = {"api_token": "..."}, body = { 'Password': 'XXXXXX' }) gives
// the client that credential, masked; a printed dictionary with no
// assignment (a response's) and a literal value prove nothing.
func TestDictLiteralCredential(t *testing.T) {
	for _, c := range []struct {
		paste        string
		sent, masked bool
	}{
		{"```python\nQUERY = {\"api_token\": \"...\", \"per_page\": 50}\nr = requests.get(f\"{base}/records\", params=QUERY)\nprint(r.json())\n```\n{'message': 'Access denied.', 'status': 403}\n", true, true},
		{"Running the sample prints\n\nHTTP Error 401: Unauthorized {'Code': 4011002, 'Message': 'login failed'}\n\n--- get_token.py ---\nbody = { 'Password': 'XXXXXX' }\ndata = json.dumps(body).encode('utf8')\n", true, true},
		{"The server answers:\n{'access_token': '***', 'error': 'expired'}\nwith status 401 Unauthorized\n", false, false},
		{"QUERY = {\"api_token\": \"k7Fq2Lw9Zp\"}\n{'message': 'Access denied.', 'status': 403}\n", false, false},
	} {
		got := lastAnsweredCredentials(t, c.paste)
		if sent := got.State == CredSent; sent != c.sent || sent && (len(got.MaskedCarried()) > 0) != c.masked {
			t.Errorf("credentials %+v (masked %v), want sent %v masked %v, in\n%s", got, got.MaskedCarried(), c.sent, c.masked, c.paste)
		}
	}
}

// TestPromptAnsweredInOutput: a command-line client's output read as the
// answer to its command (cadaver's session) where it prompted for a user
// name (answered) and then a password, before the status it printed,
// shows the password the request carried; under an empty user prompt the
// password prompt was answered with nothing.
func TestPromptAnsweredInOutput(t *testing.T) {
	for _, c := range []struct {
		paste string
		sent  bool
	}{
		{"### Actual behaviour\n\nuser@laptop:~> cadaver\ndav:!> open https://files.example.net/dav/home/\nAuthentication required for Files on server `files.example.net':\nUsername: mkovacs\nPassword: \nCould not access /dav/home/ (not WebDAV-enabled?):\n401 Unauthorized\nConnection to `files.example.net' closed.\n### Server configuration\nDebian 12\n", true},
		{"### Actual behaviour\n\nuser@laptop:~> cadaver\ndav:!> open https://files.example.net/dav/home/\nAuthentication required for Files on server `files.example.net':\nUsername:\nPassword: \nCould not access /dav/home/ (not WebDAV-enabled?):\n401 Unauthorized\nConnection to `files.example.net' closed.\n### Server configuration\nDebian 12\n", false},
	} {
		got := lastAnsweredCredentials(t, c.paste)
		if sent := got.State == CredSent; sent != c.sent {
			t.Errorf("credentials %+v, want sent %v, in\n%s", got, c.sent, c.paste)
		}
	}
}

// TestSchemeNamedHeader: a header named after the Bearer scheme itself
// ("Bearer: <token>", the scheme taken for the field's name) carries the
// token as an API-key header does: the request sent a credential, though
// not where the server looks for one.
func TestSchemeNamedHeader(t *testing.T) {
	in, err := Parse("$ curl -i -H 'Bearer: 9c41be07d2a35f68e1c0b7d94a2e6f13' http://127.0.0.1:3000/api/notes\nHTTP/1.1 401 Unauthorized\ncontent-type: text/plain\n\nUnauthorized\n")
	if err != nil {
		t.Fatal(err)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || c.Header != "Bearer" {
		t.Errorf("credentials %+v, want sent in the Bearer header", c)
	}
	if IsAPIKeyHeader("X-Bearer-Format") || IsAPIKeyHeader("Bearer-Realm") {
		t.Error("a name holding bearer among other words taken for the scheme-named header")
	}
}
