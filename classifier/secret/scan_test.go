package secret

import "testing"

// A user:password@host argument is a URL's credentials; JSON or code that
// happens to hold a colon before an e-mail address is not.
func TestSchemelessUserinfo(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // passwords found
	}{
		{`curl -s admin:s3cr3t-pass@search.internal:9200/_cat/indices`, 1},
		{`$ curl ':s3cr3t-pass@localhost:9200/'`, 1}, // no user, as Elasticsearch and Redis allow
		{`{"error":"insufficient permissions","user":"alice@example.com"}`, 0},
		{`error: forbidden (user:'bob@corp.example', scope:"read")`, 0},
		{`login failed for [alice:x@example.com]`, 0},
	} {
		n := 0
		for _, s := range Scan(c.text) {
			if s.Kind == Password {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d passwords, want %d (%+v)", c.text, n, c.want, Scan(c.text))
		}
	}
}
