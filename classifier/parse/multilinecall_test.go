package parse

import "testing"

// TestMultilineAuthCall: an options object given to a call that sets
// authentication, written over several lines (the call opened at a line's
// end, its members on lines of their own), gives the request the
// credential a member names, as the same call on one line does; a
// sentence's parenthesis left open, or a call closed before the member's
// line, gives nothing.
func TestMultilineAuthCall(t *testing.T) {
	for _, c := range []struct {
		paste string
		sent  bool
	}{
		{"```js\nconst gh = new Hub();\ngh.authenticate({\n  kind: 'pat',\n  token: hubPat\n});\ngh.repos.fork({ owner: 'ana', repo: 'notes' }).catch(console.log);\n```\n\n```\n{ HttpError: {\"message\":\"Bad credentials\"}\n  name: 'HttpError',\n  code: 401,\n  status: 'Unauthorized' }\n```\n", true},
		{"```python\nshop = ShopClient(\n    region=\"eu\",\n    api_key=shop_key,\n)\nshop.orders.list()\n```\n\nshopsdk.errors.HTTPError: 403 Forbidden for url: https://api.shop.example.net/v2/orders\n", true},
		// the call closed before the member: a variable elsewhere is none
		{"```python\nshop = ShopClient(region=\"eu\")\nsettings = dict(\n    api_key=shop_key,\n)\nshop.orders.list()\n```\n\nshopsdk.errors.HTTPError: 403 Forbidden for url: https://api.shop.example.net/v2/orders\n", false},
		// a sentence's "client (" is no call
		{"The client (the one from the docs\ntoken: hubPat\n\nshopsdk.errors.HTTPError: 403 Forbidden for url: https://api.shop.example.net/v2/orders\n", false},
	} {
		got := lastAnsweredCredentials(t, c.paste)
		if sent := got.State == CredSent; sent != c.sent {
			t.Errorf("credentials %+v, want sent %v, in\n%s", got, c.sent, c.paste)
		}
	}
}

// TestAuthCallsAfter: the calls a line leaves open, given those open
// before it.
func TestAuthCallsAfter(t *testing.T) {
	for _, c := range []struct {
		line string
		open []bool
		want int // calls open after, -1 for nil
		auth bool
	}{
		{"octokit.authenticate({", nil, 1, true},
		{"client = ApiClient(", nil, 1, true},
		{"rows = fetch_rows(", nil, 1, false},
		{"  token: tok,", []bool{true}, 1, true},
		{"});", []bool{true}, -1, false},
		{"The client (see the docs", nil, -1, false},
		{`log("(client(")`, nil, -1, false},
	} {
		got := authCallsAfter(c.line, c.open)
		if c.want < 0 && got != nil || c.want >= 0 && (len(got) != c.want || anyAuthCall(got) != c.auth) {
			t.Errorf("%q after %v: got %v", c.line, c.open, got)
		}
	}
}
