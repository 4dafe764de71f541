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
