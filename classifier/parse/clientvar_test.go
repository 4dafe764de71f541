package parse

import "testing"

// TestClientArgumentVariable: a credential given by name to a client's
// constructor or connection call (not only to a login or auth call) is one
// the request carried; given as a variable of the code rather than a
// value, it is also masked (redacted-value) and said to be a variable:
// the paste names the value, it does not show it.
// A literal in quotes is sent and shown.
func TestClientArgumentVariable(t *testing.T) {
	for _, c := range []struct {
		paste        string
		sent, masked bool
	}{
		{"Running `box = RouterConnection(address=host, password=routerpw, user='admin7')` then `box.call_action('Hosts1', 'GetList')` gives a 401.\nThe error: `routerlib.exceptions.RouterConnectionException: Unable to perform operation. 401 Unauthorized`\n", true, true},
		{"api = ShopClient(api_key=shop_key, region='eu')\n\nHTTPError: 403 Client Error: Forbidden for url: https://api.shop.example.net/v2/orders\n", true, true},
		{"r = requests.get(url, auth=(user, pw))\n\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://svc.example.org/api/items\n", true, true},
		{"r = requests.get(url, auth=('ops', 'Zq8vLw2pR7'))\n\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://svc.example.org/api/items\n", true, false},
	} {
		got := lastAnsweredCredentials(t, c.paste)
		if sent := got.State == CredSent; sent != c.sent || sent && (len(got.MaskedCarried()) > 0) != c.masked || sent && got.ByVariable(got.Header) != c.masked {
			t.Errorf("credentials %+v (masked %v), want sent %v masked %v, in\n%s", got, got.MaskedCarried(), c.sent, c.masked, c.paste)
		}
	}
}

// lastAnsweredCredentials parses paste and gives the credentials of its
// last exchange whose response has a status (the zero Credentials when
// none has).
func lastAnsweredCredentials(t *testing.T, paste string) Credentials {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	var got Credentials
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status != 0 {
			got = x.Credentials()
		}
	}
	return got
}
