package parse

import (
	"os"
	"testing"
)

// TestWSSecurityPassword: a SOAP request whose WS-Security header holds a
// UsernameToken's password carries the user's credential, whatever the
// namespace prefix; another element named like it does not.
func TestWSSecurityPassword(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">s3cr-dummy</wsse:Password>`, "s3cr-dummy"},
		{`<o:Password Type="…#PasswordDigest">bm90LWEtZGlnZXN0</o:Password>`, "bm90LWEtZGlnZXN0"},
		{`<wsse:Password>plain-dummy</wsse:Password>`, "plain-dummy"},
		{`<ns2:Password>hunter-dummy</ns2:Password>`, ""},
		{`<wsse:PasswordDigest>x</wsse:PasswordDigest>`, ""},
	} {
		f, ok := wssePassword(c.line)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%s: %q, want %q", c.line, got, c.want)
		}
	}
	b, err := os.ReadFile("testdata/wsse-request-fault.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, x := range got.Exchanges {
		sent = sent || x.Response != nil && x.Request != nil && x.Request.Body.Text != "" && x.Credentials().State == CredSent
	}
	if !sent {
		t.Errorf("the SOAP request with its UsernameToken is not the fault's request (%d exchanges)", len(got.Exchanges))
	}
}
