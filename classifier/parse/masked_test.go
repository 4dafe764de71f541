package parse

import "testing"

// TestMaskedForms: the masks people write over a credential are read as
// masks: a kept head with base64's padding after the mask, an id masked
// group by group, a stand-in set in Markdown's bold; a real base64 value,
// dashes alone and a bolded value that is no stand-in are not.
func TestMaskedForms(t *testing.T) {
	for _, c := range []struct {
		v    string
		want bool
	}{
		{"Qxxxxxxxxxxxxxxxxx=", true},
		{"ZGV2XXXXXXXXXXXX==", true},
		{"ZGV2b3BzOnMzY3JldC0x", false},
		{"ZGV2b3BzOnMzY3JldA==", false},
		{"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", true},
		{"XXXX-XXXX-XXXX", true},
		{"----", false},
		{"x-x", false},
		{"**apikey**", true},
		{"**Wq8-zt31-real**", false},
	} {
		if got := IsRedacted(c.v); got != c.want {
			t.Errorf("IsRedacted(%q) = %v, want %v", c.v, got, c.want)
		}
	}
	// a Basic credential masked after its first character, padding kept,
	// was sent and is reported masked
	in, err := Parse("GET /api/monitoring HTTP/1.1\r\nHost: admin.example.net\r\nAuthorization: Basic Qxxxxxxxxxxxxxxxxx=\r\n\r\nHTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
	if err != nil {
		t.Fatal(err)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || !c.Redacted {
		t.Errorf("masked Basic credential: %+v, want sent and redacted", c)
	}
}
