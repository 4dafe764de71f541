package parse

import "testing"

// TestNameValueEntries: a credential header written as a name/value object
// (a HAR fragment's request headers, on one line or over two) and a Postman
// collection's auth parameter ({"key": "token", "value": …}) are what the
// first response after them was sent; a name/value object of another name
// ({"key": "color"}) is none, and neither is an empty value.
func TestNameValueEntries(t *testing.T) {
	tail := "\nThe call answers:\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"unauthorized\"}\n"
	for _, c := range []struct {
		paste string
		want  CredState
	}{
		{"\"headers\": [\n  {\n    \"name\": \"authorization\",\n    \"value\": \"Bearer qv-81-marsh-owl-tether\"\n  }\n]" + tail, CredSent},
		{"\"header\": [ { \"key\": \"X-Api-Key\", \"value\": \"qv-81-marsh-owl-tether\" } ]" + tail, CredSent},
		{"\"bearer\": [ { \"key\": \"token\", \"value\": \"{{sessionToken}}\", \"type\": \"string\" } ]" + tail, CredSent},
		{"\"variable\": [ { \"key\": \"color\", \"value\": \"teal\" } ]" + tail, CredUnknown},
		{"\"headers\": [ { \"name\": \"Authorization\", \"value\": \"\" } ]" + tail, CredUnknown},
	} {
		x := lastAnswered(t, c.paste, 401)
		if got := x.Credentials().State; got != c.want {
			t.Errorf("credentials %s, want %s in\n%s", got, c.want, c.paste)
		}
	}
}
