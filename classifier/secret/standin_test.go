package secret

import (
	"strings"
	"testing"
)

// TestUserinfoAfterStandInUser: a URL whose user name is written as a
// stand-in ("https://<user>:pw@host") still has its password masked; a
// stand-in password is none.
func TestUserinfoAfterStandInUser(t *testing.T) {
	found := false
	for _, s := range Scan("fatal: could not read https://<user>:Lq2vDummy9xx@scm.example.test/team/app.git\n") {
		found = found || s.Value == "Lq2vDummy9xx"
	}
	if !found {
		t.Error("the password after a stand-in user name not found")
	}
	if got := Scan("bad response Forbidden 403 (https://<login>.<api-key>:REDACTED@pkgs.example.test/x.rz)\n"); len(got) != 0 {
		t.Errorf("a stand-in password read as %+v", got)
	}
}

// TestProductAuthorizationMasked: the value of a product's own
// Authorization field (X-Tyk-Authorization) is masked, as a header line and
// as curl's -H.
func TestProductAuthorizationMasked(t *testing.T) {
	for _, l := range []string{
		"x-gw-authorization: 5d1f0e2a9c7b3d4e6f8a0b1c2d3e4f5a\n",
		"curl -H 'X-Tyk-Authorization: 5d1f0e2a9c7b3d4e6f8a0b1c2d3e4f5a' http://localhost:8080/tyk/keys\n",
	} {
		found := false
		for _, s := range Scan(l) {
			found = found || strings.Contains(s.Value, "5d1f0e2a9c7b3d4e6f8a0b1c2d3e4f5a")
		}
		if !found {
			t.Errorf("%q: the value not found", l)
		}
	}
}

// TestSnipIsNoSecret: "SNIP" or "snipped" in a value's place is a cut the
// person marked, not a credential; a token that merely contains the letters
// is one.
func TestSnipIsNoSecret(t *testing.T) {
	for _, v := range []string{"SNIP", "snipped", "<snip>"} {
		if !Placeholder(v) {
			t.Errorf("%q: not a stand-in", v)
		}
	}
	if Placeholder("q8SnIp4Tz0dummyAA19") {
		t.Error("a token holding the letters taken for a stand-in")
	}
}

// TestGoShortDeclaration: Go's password := "…" gives the literal as a
// password, masked whole (not its ":=" with it, as a .netrc entry's
// "password VALUE"); a stand-in in its place ("<password>") is none.
func TestGoShortDeclaration(t *testing.T) {
	got := Scan("\tpassword := \"Vt3qLx9Wmz\"\n")
	if len(got) != 1 || got[0].Value != "Vt3qLx9Wmz" {
		t.Errorf("password := literal read as %+v, want the literal alone", got)
	}
	if got := Scan("\tpassword := \"<password>\"\n"); len(got) != 0 {
		t.Errorf("a stand-in in a short declaration read as %+v", got)
	}
}

// TestBracedKeyIsAKey: a key wrapped in the braces the docs write around
// where it goes ("X-Api-Key: {Rt49vXq2LmZ8wKp3}") is still the key, masked;
// a variable in braces (f"Bearer {token}", "{self.api_key}",
// "{accessToken}") is no value.
func TestBracedKeyIsAKey(t *testing.T) {
	for _, l := range []string{
		"X-Api-Key: {Rt49vXq2LmZ8wKp3}\n",
		"curl -H 'X-Api-Key: {Rt49vXq2LmZ8wKp3}' https://api.example.net/v2/boards\n",
	} {
		found := false
		for _, s := range Scan(l) {
			found = found || strings.Contains(s.Value, "Rt49vXq2LmZ8wKp3")
		}
		if !found {
			t.Errorf("%q: the key in braces not found", l)
		}
	}
	if Placeholder("{Rt49vXq2LmZ8wKp3}") {
		t.Error("a key in braces taken for a variable")
	}
	for _, v := range []string{"{token}", "{self.api_key}", "{accessToken}", "{API_TOKEN}", "{token2}"} {
		if !Placeholder(v) {
			t.Errorf("%q: not a stand-in", v)
		}
	}
}

// TestEmptyQueryParameter: a query parameter left empty just before the
// request line's version ("?user=ana&token= HTTP/1.1") holds no credential:
// the version is not taken for the token.
func TestEmptyQueryParameter(t *testing.T) {
	for _, l := range []string{
		"GET /api/v2/report?user=ana&token= HTTP/1.1\n",
		"GET /feeds/list?api_key= HTTP/2\n",
	} {
		if got := Scan(l); len(got) != 0 {
			t.Errorf("%q: read %+v", l, got)
		}
	}
	found := false
	for _, s := range Scan("GET /feeds/list?api_key=Zq81xVt7Lw3mRk2 HTTP/2\n") {
		found = found || s.Value == "Zq81xVt7Lw3mRk2"
	}
	if !found {
		t.Error("a query's key not found")
	}
}

// TestNetrcWordsInASentence: a sentence that names a password ("with the
// default password and …") holds no .netrc entry, so none of its words is
// masked (a masked "and" had turned every "and" of a report's explanations
// into a redaction); a .netrc entry's password is still found.
func TestNetrcWordsInASentence(t *testing.T) {
	for _, l := range []string{
		"I brought the stack up with the default password and created an admin user, then the proxy said 401\n",
		"Logged in as admin with the default password, or via the token\n",
	} {
		for _, s := range Scan(l) {
			t.Errorf("%q: %q taken for a credential (%s)", l, s.Value, s.Label)
		}
	}
	for l, want := range map[string]string{
		"default login deploy password Wq7-dummy-42\n":                         "Wq7-dummy-42",
		"machine pkgs.example.net login ana password and-dummy-8\n":            "and-dummy-8",
		"the image ships with the default password Zr5kq2Vn as the docs say\n": "Zr5kq2Vn",
	} {
		found := false
		for _, s := range Scan(l) {
			found = found || s.Value == want
		}
		if !found {
			t.Errorf("%q: the password %q not found", l, want)
		}
	}
}

// TestUpperStandInWithHyphens: a credential's description written in
// capitals where its value goes, its words joined by '-' or '_'
// ("ROUTER-ADMIN-TOKEN", "TOKEN-FROM-VAULT-UI") is a stand-in, as
// "INDEXER_PASSWORD" is; a generated key in capitals (digits in it), a
// single word, or words with no credential word among them stay values.
func TestUpperStandInWithHyphens(t *testing.T) {
	for _, v := range []string{"ROUTER-ADMIN-TOKEN", "TOKEN-FROM-VAULT-UI", "SHOP_SECRET_AS_ISSUED", "INDEXER_PASSWORD"} {
		if !Placeholder(v) {
			t.Errorf("%s: not a stand-in", v)
		}
	}
	for _, v := range []string{"K7QF-TOKEN-93ZD", "BLUE-HARBOR-LANTERN", "TOKEN-", "-KEY-A", "SECRET--FROM-UI", "KEY-A9"} {
		if Placeholder(v) {
			t.Errorf("%s: read as a stand-in", v)
		}
	}
	if got := Scan("curl -H 'Authorization: Bearer ROUTER-ADMIN-TOKEN' https://hub.example.test/api\n"); len(got) != 0 {
		t.Errorf("a stand-in token read as a secret: %+v", got)
	}
}

// TestSpacedOutStars: git-lfs's trace writes every credential it sends as
// "* * * * *"; masking characters spaced out are a stand-in, as "*****" is,
// and a value of other words with a star or two is not.
func TestSpacedOutStars(t *testing.T) {
	for _, v := range []string{"* * * * *", "x x x x", "* * *"} {
		if !Placeholder(v) {
			t.Errorf("%q not read as a stand-in", v)
		}
	}
	for _, v := range []string{"* *", "a * * *", "Qm9i * * *"} {
		if Placeholder(v) {
			t.Errorf("%q read as a stand-in", v)
		}
	}
	if got := Scan("> Authorization: Basic * * * * *\n"); len(got) != 0 {
		t.Errorf("git-lfs's masked Basic value read as a credential: %+v", got)
	}
}
