package secret

import "testing"

// Where lines come in another order, or a name's value was empty, the
// place of a credential's value can hold the protocol's own words: another
// header's name, a status line, a media type. They are not credentials (a
// share text would mask the dump's structure); a real value in the same
// place still is.
func TestProtocolWordsAreNoCredential(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the one value found, "" for none
	}{
		// Node's rawHeaders: names and values alternate; an empty value
		// leaves a name where a value goes
		{"rawHeaders: [\n    'Authorization',\n    'X-Api-Key',\n    'kq7DUMMYtok20Zx81mWp',\n  ]", "kq7DUMMYtok20Zx81mWp"},
		{"rawHeaders: [\n    'X-Api-Key',\n    'Authorization',\n  ]", ""},
		// a PHP array whose value line was cut: the next thing shown is the status
		{"'X-Api-Key' => \n\n401 Unauthorized\n", ""},
		{"'X-Api-Key' => \n\nHTTP/1.1 403 Forbidden\n", ""},
		{"-----BEGIN EC PRIVATE KEY-----\nHTTP/1.1 403 Forbidden\n-----END EC PRIVATE KEY-----\n", ""},
		{"Authorization:\napplication/json\n", ""},
		{"'X-Api-Key' => \n\nv8DUMMYkey55Rt2Lq0\n", "v8DUMMYkey55Rt2Lq0"},
	} {
		got := Scan(c.text)
		switch {
		case c.want == "" && len(got) != 0:
			t.Errorf("%q: found %+v, want none", c.text, got)
		case c.want != "" && (len(got) != 1 || got[0].Value != c.want):
			t.Errorf("%q: found %+v, want %q", c.text, got, c.want)
		}
	}
}

// A JSON body whose lines were reordered, or hand-edited, can miss a comma:
// the string after a member's value is the next key, not a second value of
// the credential before it.
func TestMissingCommaStartsAKey(t *testing.T) {
	text := "{\n  \"password\": \"DummyPass661Qz\"\n  \"username\": \"bob\",\n  \"token\": \"t0kDUMMY88aa77bb66\"\n}"
	var vals []string
	for _, s := range Scan(text) {
		vals = append(vals, s.Value)
	}
	if len(vals) != 2 || vals[0] != "DummyPass661Qz" || vals[1] != "t0kDUMMY88aa77bb66" {
		t.Errorf("found %q, want the password and the token only", vals)
	}
}
