package parse

import "testing"

// TestDevToolsMixedWithoutHeadings: Chrome's copy of the Headers panel
// without its section headings, each name on its own line and its value on
// the next, runs the response's fields then the request's: each goes to its
// own message, with its value (values are invented).
func TestDevToolsMixedWithoutHeadings(t *testing.T) {
	in, err := Parse(`Request URL:
https://billing.example.net/api/invoices?page=2
Request Method:
GET
Status Code:
403 Forbidden
Remote Address:
198.51.100.61:443
content-type:
application/problem+json
date:
Fri, 05 Dec 2026 08:12:40 GMT
www-authenticate:
Bearer error="insufficient_scope", scope="invoices:read"
:authority:
billing.example.net
:method:
GET
:path:
/api/invoices?page=2
accept:
application/json
authorization:
Bearer abc.def.ghi
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	x := in.Exchanges[0]
	if x.Response == nil || x.Response.Status != 403 || x.Request == nil {
		t.Fatalf("request %+v, response %+v", x.Request, x.Response)
	}
	if got := x.Response.Fields.Get("www-authenticate"); got != `Bearer error="insufficient_scope", scope="invoices:read"` {
		t.Errorf("response WWW-Authenticate %q", got)
	}
	if x.Request.Fields.Has("www-authenticate") || x.Request.Fields.Has("date") {
		t.Errorf("response fields in the request: %v", x.Request.Fields)
	}
	if x.Response.Fields.Has("authorization") || x.Request.Fields.Get("authorization") != "Bearer abc.def.ghi" {
		t.Errorf("request Authorization misplaced: response %v, request %v", x.Response.Fields, x.Request.Fields)
	}
}
