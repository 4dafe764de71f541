package parse

import "testing"

// TestInspectedMembersAreNoHeaderBlock: a printed object's members
// ("Authorization: 'Bearer …',", a quoted string and the comma after it, as
// Node's util.inspect writes an axios error's config) are lines of that
// object, not a header block copied from DevTools: the reader that takes
// the object's notation apart reads the header without its quotes and
// comma. Every value is invented.
func TestInspectedMembersAreNoHeaderBlock(t *testing.T) {
	in, err := Parse("Printing error.toJSON() in the catch gives:\n\n{\n" +
		"  message: 'Request failed with status code 403',\n" +
		"  name: 'AxiosError',\n" +
		"  config: {\n" +
		"    timeout: 0,\n" +
		"    headers: Object [AxiosHeaders] {\n" +
		"      Accept: 'application/json, text/plain, */*',\n" +
		"      'Content-Type': undefined,\n" +
		"      Authorization: 'Token 51c0e7d9a2b84f63',\n" +
		"      'User-Agent': 'axios/1.7.4'\n" +
		"    },\n" +
		"    method: 'delete',\n" +
		"    url: 'https://crm.example.dev/api/contacts/9123'\n" +
		"  },\n" +
		"  code: 'ERR_BAD_REQUEST',\n" +
		"  status: 403\n" +
		"}\n")
	if err != nil || len(in.Exchanges) != 1 {
		t.Fatalf("read %v, %v", in, err)
	}
	x := in.Exchanges[0]
	if x.Format == "devtools" {
		t.Errorf("the printed object read as a DevTools copy")
	}
	if x.Request == nil || x.Request.Fields.Get("Authorization") != "Token 51c0e7d9a2b84f63" {
		t.Errorf("Authorization read as %q, want the value without quotes and comma", x.Request.Fields.Get("Authorization"))
	}
	if x.Response == nil || x.Response.Status != 403 {
		t.Errorf("status not read: %+v", x.Response)
	}
}
