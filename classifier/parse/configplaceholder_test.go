package parse

import "testing"

// TestConfiguredPlaceholder: a stand-in the person wrote where a client's
// credential goes (YOUR_… words, a ${…} or $VAR reference, a template's
// {{ … }}) was given to the client all the same; the credential's own name
// written as its value ("token: token", "password: PASSWORD") is a template
// or a variable of that name, not a sign of what was given.
func TestConfiguredPlaceholder(t *testing.T) {
	for _, c := range []struct {
		line, name string
	}{
		{`pay = PayClient(base_url="https://pay.example.net", api_key="YOUR_LIVE_API_KEY")`, "api_key"},
		{`  secret_key: "${STORE_SECRET}"`, "secret_key"},
		{`sdk.init({ accessToken: '{{ deployToken }}', region: 'eu' })`, "accessToken"},
	} {
		f, ok := configuredCredential(c.line)
		if !ok || f.Name != c.name {
			t.Errorf("%s: got %q %v, want %s", c.line, f.Name, ok, c.name)
		}
	}
	for _, line := range []string{
		`  token: token`,
		`  password: PASSWORD`,
		`  auth_token: "{{ auth_token }}"`,
		`client = Api(host, password="opensesame")`,
	} {
		if f, ok := configuredCredential(line); ok {
			t.Errorf("%s: read %s=%s", line, f.Name, f.Value)
		}
	}
}
