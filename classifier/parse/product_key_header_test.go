package parse

import "testing"

// TestProductKeyHeader: a service's key header named after the service in
// three words ("Zotero-API-Key", "Acme_Api_Token", "Foo-Access-Token")
// carries the caller's credential, so a 403 to a request that sent one is
// not read as a request without credentials; three words that end in
// another kind of token or key (paging, a cache id) are not one.
func TestProductKeyHeader(t *testing.T) {
	in, err := Parse("D/OkHttp: --> GET https://api.quillnote.example/v3/users/5512/notes\n" +
		"D/OkHttp: Quillnote-API-Key: Hk4vPz9QmW2rT7xL8cNb\n" +
		"D/OkHttp: --> END GET\n" +
		"D/OkHttp: <-- 403 Forbidden https://api.quillnote.example/v3/users/5512/notes (188ms)\n" +
		"D/OkHttp: Content-Type: text/plain\n" +
		"D/OkHttp: Invalid key\n" +
		"D/OkHttp: <-- END HTTP (11-byte body)\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) == 0 {
		t.Fatal("no exchange read")
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent || c.Header != "Quillnote-API-Key" {
		t.Errorf("credentials %+v, want sent in Quillnote-API-Key", c)
	}
	for _, n := range []string{"Zotero-API-Key", "acme_api_token", "Foo-Access-Token", "Rundeck-Auth-Token", "Vendor-Api-Secret"} {
		if !IsAPIKeyHeader(n) {
			t.Errorf("%s: not a credential header", n)
		}
	}
	for _, n := range []string{"Next-Page-Token", "Cache-Key-Id", "Sync-Auth-State", "My.App-Api-Key", "Csrf-Api-Token", "Foo-Api-Version", "A-B-Api-Key"} {
		if IsAPIKeyHeader(n) {
			t.Errorf("%s: taken for a credential header", n)
		}
	}
}
