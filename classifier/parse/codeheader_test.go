package parse

import "testing"

// TestCodeHeaderCredential: an Authorization field set in code, its name
// quoted as a header map's key or assigned ("Authorization": "Bearer …",
// 'Authorization' => 'Basic …', headers["Authorization"] = …,
// Authorization = "Bearer …"), or a product's own X-Authorization, carries
// the credential as the field written in a sentence does; a comparison, a
// name with no scheme after it and a negated clause do not.
func TestCodeHeaderCredential(t *testing.T) {
	for _, c := range []struct {
		line, name, value string
	}{
		{`    "Authorization": "Bearer Wd3kP9zQ2mXv7Lr1",`, "Authorization", "Bearer Wd3kP9zQ2mXv7Lr1"},
		{`  'Authorization' => 'Basic b3BzOnRlc3Q4ODE=',`, "Authorization", "Basic b3BzOnRlc3Q4ODE="},
		{`headers["Authorization"] = "Token 5fGh2Jk8Lm3N"`, "Authorization", "Token 5fGh2Jk8Lm3N"},
		{` Authorization = "Bearer  Tk4Yq8Wn2Rc6Vb0M"`, "Authorization", "Bearer Tk4Yq8Wn2Rc6Vb0M"},
		{`'X-Authorization': 'Bearer <jwt>'`, "X-Authorization", "Bearer <jwt>"},
	} {
		f, ok := proseCredential(c.line)
		if !ok || f.Name != c.name || f.Value != c.value {
			t.Errorf("%s: got %q=%q %v, want %s=%s", c.line, f.Name, f.Value, ok, c.name, c.value)
		}
	}
	for _, line := range []string{
		`if headers["Authorization"] == "Bearer abc123xyz":`, // a comparison
		`"Authorization": "Bearer",`,                         // no credential after the scheme
		`headers = {"Content-Authorization": "Bearer abc123xyz"}`,
		`it works without "Authorization": "Bearer Wd3kP9zQ2mXv7Lr1" in the call`,
		`{"headers":{"Authorization":"Digest username=\"ana\", realm=\"files\""}}`, // a JSON string's escaped quotes: the finder's to read
	} {
		if f, ok := proseCredential(line); ok {
			t.Errorf("%s: read %s=%s", line, f.Name, f.Value)
		}
	}
}

// TestClientMaskMarker: the mask a client library prints for a header it
// hides ("#MASKED:912#", the fabric8 Kubernetes client's, the length after
// the colon) shows the credential sent and its value unknown.
func TestClientMaskMarker(t *testing.T) {
	if !IsRedacted("#MASKED:912#") {
		t.Error("#MASKED:912# not read as a mask")
	}
	c := credentialsOf(t, "11:02:41,208 WARN  [org.example.Watcher] (Timer-1) Problem getting pods from Client[masterUrl=https://10.96.0.1:443/api/v1, headers={Authorization=#MASKED:912#}, connectTimeout=5000] for cluster [ops]: java.io.IOException: Server returned HTTP response code: 403 for URL: https://10.96.0.1:443/api/v1/namespaces/ops/pods\n")
	if c.State != CredSent || !c.Redacted {
		t.Errorf("a client's masked header: %+v, want sent and masked", c)
	}
}
