package jwt

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"
	"time"
)

func seg(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func TestDecode(t *testing.T) {
	raw := seg(`{"alg":"RS256","kid":"k1-2026","typ":"JWT"}`) + "." +
		seg(`{"iss":"https://sso.example.com/realms/acme","sub":"f81d4fae","aud":["api","account"],"scope":"openid orders.read","exp":1772359200,"nbf":1772355600,"iat":1772355600.5,"realm_access":{"roles":["viewer"]}}`) + ".c2lnbmF0dXJl"
	tok, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Alg != "RS256" || tok.Kid != "k1-2026" || tok.Typ != "JWT" || tok.Issuer != "https://sso.example.com/realms/acme" || tok.Subject != "f81d4fae" {
		t.Errorf("header/claims: %+v", tok)
	}
	if !reflect.DeepEqual(tok.Audience, []string{"api", "account"}) || !reflect.DeepEqual(tok.Scopes, []string{"openid", "orders.read"}) || !reflect.DeepEqual(tok.Roles, []string{"viewer"}) {
		t.Errorf("aud %q scopes %q roles %q", tok.Audience, tok.Scopes, tok.Roles)
	}
	if !tok.ExpiresAt.Equal(time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)) || !tok.NotBefore.Equal(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("exp %v nbf %v", tok.ExpiresAt, tok.NotBefore)
	}
	if tok.IssuedAt.Nanosecond() != 5e8 {
		t.Errorf("iat %v", tok.IssuedAt)
	}
	if tok.Unsigned || tok.SignatureRedacted {
		t.Error("signature flags set")
	}
}

func TestDecodeVariants(t *testing.T) {
	none := seg(`{"alg":"none"}`) + "." + seg(`{"sub":"admin","scp":["Mail.Read","User.Read"],"exp":"1772359200"}`) + "."
	tok, err := Decode(none)
	if err != nil || !tok.Unsigned || tok.Alg != "none" || len(tok.Scopes) != 2 || tok.ExpiresAt.IsZero() {
		t.Errorf("alg none: %+v, %v", tok, err)
	}
	red := seg(`{"alg":"ES256"}`) + "." + seg(`{"aud":"registry.docker.io"}`) + ".redacted"
	tok, err = Decode(red)
	if err != nil || !tok.SignatureRedacted || !reflect.DeepEqual(tok.Audience, []string{"registry.docker.io"}) {
		t.Errorf("redacted: %+v, %v", tok, err)
	}
	bad := []string{
		"eyJhbGciOiJFUzI1NiIs...",                        // elided, as in corpus 005
		"eyJhbGciOiJSUzI1NiIs****",                       // masked, as in corpus 014
		seg(`{"alg":"HS256"}`) + ".!!!.sig",              // payload not base64
		seg(`{"alg":"HS256"}`) + "." + seg(`[1]`) + ".s", // payload not an object
		"a.b",
		"",
		strings.Repeat("eyJh", 20000) + ".eyJh.x",
	}
	for _, b := range bad {
		if tok, err := Decode(b); err == nil {
			t.Errorf("%.40q decoded: %+v", b, tok)
		}
	}
	// Odd time values must not overflow or panic.
	for _, exp := range []string{`1e300`, `-5`, `"soon"`, `null`, `9999999999999`} {
		tok, err := Decode(seg(`{"alg":"HS256"}`) + "." + seg(`{"exp":`+exp+`}`) + ".s")
		if err != nil || !tok.ExpiresAt.IsZero() {
			t.Errorf("exp %s: %v, %v", exp, tok.ExpiresAt, err)
		}
	}
}

func TestFind(t *testing.T) {
	tok := seg(`{"alg":"RS256","typ":"JWT"}`) + "." + seg(`{"sub":"42","exp":1772359200}`) + ".c2ln"
	text := "Authorization: Bearer " + tok + "\nCookie: session=" + tok + "; theme=dark\n" +
		`{"token":"eyJhbGciOiJFUzI1NiIs..."}`
	ms := Find(text)
	if len(ms) != 2 {
		t.Fatalf("found %d tokens, want 2", len(ms))
	}
	if text[ms[0].Start:ms[0].End] != tok || ms[1].Token.Subject != "42" {
		t.Errorf("matches %+v", ms)
	}
	if got := Find(strings.Repeat("eyJhbGciOi.", 10000)); len(got) != 0 {
		t.Errorf("junk gave %d tokens", len(got))
	}
}
