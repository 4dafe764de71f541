package parse

import "testing"

// TestSignedCallParameters: the query parameters of APIs that sign each call
// with an app secret (sign=<hex>), an access key passed as ak=, and a JWT
// passed under its own name carry a credential when their value is random;
// a word under the same name ("sign=in", "jwt=true") does not. A masked
// one in a sentence is the call the person made.
func TestSignedCallParameters(t *testing.T) {
	for _, kv := range []string{"sign=7d2e91c0b4a85f36e1c09d7a2b4f8e53", "ak=Q7vLm2Xr9Kp4Wt8Zn3Hc6Bj1", "jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXNhbXBsZQ"} {
		if _, _, ok := queryCredential(kv); !ok {
			t.Errorf("%s: no credential", kv)
		}
	}
	for _, kv := range []string{"sign=in", "ak=1", "jwt=true"} {
		if _, _, ok := queryCredential(kv); ok {
			t.Errorf("%s: read as a credential", kv)
		}
	}
	if f, ok := lineQueryCredential("the wrapper ends up calling `open/api?sign=...&app_id=77` and gets 403"); !ok || f.Name != "sign"+inURLQuery {
		t.Errorf("a signed call's path in a sentence: %+v %v, want sign in the URL query", f, ok)
	}
}
