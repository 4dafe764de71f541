package parse

import "testing"

// TestQuotedBodyInKeyValueRecord: a key=value record (a Terraform
// provider's TF_LOG=DEBUG line, a logfmt logger) quotes the response body
// with its own quotes escaped and goes on with more keys; the body ends at
// the quote before the next key, not at the record's last quote (values are
// invented).
func TestQuotedBodyInKeyValueRecord(t *testing.T) {
	for _, c := range []struct {
		line, body string
	}{
		{`2026-03-09T08:12:40.511Z [DEBUG] provider.terraform-provider-acmecloud_v2.4.0: Received HTTP Response: Server=edge tf_http_op_type=response tf_http_res_body="{\"code\":\"FORBIDDEN\",\"detail\":\"token lacks dns:write on zone z-41\"}" tf_http_res_status_code=403 tf_http_res_status_reason="403 Forbidden" @caller=/go/pkg/mod/logging_http_transport.go:162`,
			`{"code":"FORBIDDEN","detail":"token lacks dns:write on zone z-41"}`},
		{`ts=2026-03-09T08:12:40Z level=warn msg="upstream refused" body="{\"error\":\"invalid_token\",\"error_description\":\"expired\"}" status=401 route="/v1/items" duration_ms=12`,
			`{"error":"invalid_token","error_description":"expired"}`},
	} {
		got, ok := inlineBody(c.line)
		if !ok || got != c.body {
			t.Errorf("%q:\n body %q (%v),\n want %q", c.line, got, ok, c.body)
		}
	}
}
