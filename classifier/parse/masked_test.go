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
		{"{SHA256}5d0c9e1f7a3b28c64e0f9a1d7c3b5e2f80a4c6d9e1b3f5a7c9e2d4f6a8b0c1d3", true},
		{"{SHA1}e4a7c19b0d3f5a2e8c6b4d1f9a0e3c7b5d2f8a16", true},
		{"{SHA1}not-a-digest-at-all-but-a-long-token-value", false},
		{"{SHAPE}0123456789abcdef0123456789abcdef", false},
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
	// an OpenStack client's debug log prints the token's digest: sent,
	// its value not in the paste
	in, err = Parse("REQ: curl -g -i -X GET http://192.0.2.14:8774/v2.1/servers -H \"Accept: application/json\" -H \"X-Auth-Token: {SHA256}5d0c9e1f7a3b28c64e0f9a1d7c3b5e2f80a4c6d9e1b3f5a7c9e2d4f6a8b0c1d3\"\nRESP: [401] Content-Type: application/json Content-Length: 114\nRESP BODY: {\"error\": {\"message\": \"The request you have made requires authentication.\", \"code\": 401, \"title\": \"Unauthorized\"}}\n")
	if err != nil {
		t.Fatal(err)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || !c.Redacted {
		t.Errorf("token printed as its digest: %+v, want sent and redacted", c)
	}
}
