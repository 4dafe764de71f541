package classifier_test

import (
	"strings"
	"testing"
)

// Go's *http.Response printed with fmt (%+v or %v) shows its body as a
// pointer and its length as a member: a body came and the paste does not
// hold it, so nothing may call it empty. A printed length of 0 is an empty
// body after all. Every value is invented.
func TestGoResponseBodyByReference(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		empty       bool
	}{
		{"%+v", "the upload fails, I log the response:\n\n2025/03/05 08:14:51 upload failed: &{Status:403 Forbidden StatusCode:403 Proto:HTTP/2.0 ProtoMajor:2 ProtoMinor:0 " +
			"Header:map[Content-Type:[application/json] Date:[Wed, 05 Mar 2025 08:14:51 GMT] X-Request-Id:[7c1e90aa]] Body:0xc00041e0c0 ContentLength:88 " +
			"TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc000214000 TLS:0xc0003a2000}\n", false},
		{"%v", "2025/03/05 08:14:51 resp: &{403 Forbidden 403 HTTP/1.1 1 1 map[Content-Type:[text/plain; charset=utf-8] Date:[Wed, 05 Mar 2025 08:14:51 GMT]] " +
			"0xc00041e0c0 19 [] false false map[] 0xc000214000 <nil>}\n", false},
		{"%+v, nothing in it", "2025/03/05 08:14:51 upload failed: &{Status:403 Forbidden StatusCode:403 Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 " +
			"Header:map[Date:[Wed, 05 Mar 2025 08:14:51 GMT]] Body:0xc00041e0c0 ContentLength:0 TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc000214000 TLS:<nil>}\n", true},
	} {
		x := exchangeN(t, c.paste, 0)
		if x.Response == nil || x.Response.Status != 403 {
			t.Fatalf("%s: response %+v, want 403", c.name, x.Response)
		}
		said := strings.Contains(x.Verdict.Explanation, "empty body")
		for _, f := range x.Findings {
			if f.Name == "empty-error-body" {
				said = true
			}
		}
		if said != c.empty {
			t.Errorf("%s: empty body said %v, want %v (%s)", c.name, said, c.empty, x.Verdict.Explanation)
		}
	}
}
