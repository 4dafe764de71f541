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
