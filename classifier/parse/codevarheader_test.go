package parse

import "testing"

// TestCredentialHeaderSetToVariable: a credential header set in code to a
// variable (setRequestProperty("Private-Token", token),
// DefaultRequestHeaders.Add("X-Api-Key", apiKey)) was sent, its value
// hidden behind the variable; when the paste also dumps the request with
// the value, the value is shown, not hidden. Another header set to a
// variable is not read, nor is a credential header given a call's result.
func TestCredentialHeaderSetToVariable(t *testing.T) {
	fail := "java.io.IOException: Server returned HTTP response code: 401 for URL: https://vault.lumen.example/v1/kv/app\n"
	for _, c := range []struct {
		paste    string
		state    CredState
		redacted bool
	}{
		{"conn.setRequestProperty(\"Private-Token\", token);\n" + fail, CredSent, true},
		{"client.DefaultRequestHeaders.Add(\"X-Api-Key\", settings.ApiKey);\n" + fail, CredSent, true},
		{"req.Header.Set(\"X-Auth-Token\", apiKey)\nGET /v1/kv/app HTTP/1.1\nHost: vault.lumen.example\nX-Auth-Token: lm-73-copper-wren-basin\n\n401 Unauthorized\n", CredSent, false},
		{"conn.setRequestProperty(\"Content-Type\", contentType);\n" + fail, CredUnknown, false},
		{"conn.setRequestProperty(\"Private-Token\", vault.token());\n" + fail, CredUnknown, false},
	} {
		x := lastAnswered(t, c.paste, 401)
		if got := x.Credentials(); got.State != c.state || got.Redacted != c.redacted {
			t.Errorf("credentials %s (redacted %v), want %s (%v) in\n%s", got.State, got.Redacted, c.state, c.redacted, c.paste)
		}
	}
}
