package fields

import (
	"encoding/base64"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authtriage/authtriage/classifier/parse"
)

func field(name, value string) parse.Field {
	return parse.Field{Name: name, Value: value, Pos: parse.Pos{Line: 2}}
}

func TestParseChallenges(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		schemes  []string
		params   [][]string // name=value per challenge
		token68  []string
		problems []string // substrings expected among all problems, in order
	}{
		{name: "basic-charset", in: `Basic realm="Staging API", charset="UTF-8"`,
			schemes: []string{"Basic"}, params: [][]string{{"realm=Staging API", "charset=UTF-8"}}, token68: []string{""}},
		{name: "dockerhub-no-space", in: `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:acmeteam/build-tools:pull",error="insufficient_scope"`,
			schemes: []string{"Bearer"},
			params:  [][]string{{"realm=https://auth.docker.io/token", "service=registry.docker.io", "scope=repository:acmeteam/build-tools:pull", "error=insufficient_scope"}},
			token68: []string{""}},
		{name: "two-challenges", in: `Basic realm="x", Bearer error="invalid_token", error_description="expired"`,
			schemes: []string{"Basic", "Bearer"}, params: [][]string{{"realm=x"}, {"error=invalid_token", "error_description=expired"}}, token68: []string{"", ""}},
		{name: "ntlm-token68", in: `NTLM TlRMTVNTUAACAAAADgAOADgAAAA=`,
			schemes: []string{"NTLM"}, params: [][]string{nil}, token68: []string{"TlRMTVNTUAACAAAADgAOADgAAAA="}},
		{name: "negotiate-bare-then-ntlm", in: `Negotiate, NTLM`,
			schemes: []string{"Negotiate", "NTLM"}, params: [][]string{nil, nil}, token68: []string{"", ""}},
		{name: "oidc-scheme-less", in: `error="invalid_token",`,
			schemes: []string{""}, params: [][]string{{"error=invalid_token"}}, token68: []string{""}},
		{name: "unquoted-realm", in: `Basic realm=intranet`,
			schemes: []string{"Basic"}, params: [][]string{{"realm=intranet"}}, token68: []string{""}, problems: []string{"realm value \"intranet\" is not quoted"}},
		{name: "repeated", in: `Bearer realm="a", scope="read", scope="write"`,
			schemes: []string{"Bearer"}, params: [][]string{{"realm=a", "scope=read", "scope=write"}}, token68: []string{""}, problems: []string{"parameter scope repeated"}},
		{name: "unterminated", in: `Digest realm="x, nonce=abc`,
			schemes: []string{"Digest"}, params: [][]string{{`realm=x, nonce=abc`}}, token68: []string{""}, problems: []string{"unterminated quoted string in realm"}},
		{name: "missing-comma", in: `Bearer realm="api" error="invalid_token"`,
			schemes: []string{"Bearer"}, params: [][]string{{"realm=api", "error=invalid_token"}}, token68: []string{""}, problems: []string{"missing comma between parameters realm and error (column 37)"}},
		{name: "space-in-unquoted", in: `Digest realm=my realm, nonce="n"`,
			schemes: []string{"Digest"}, params: [][]string{{"realm=my realm", "nonce=n"}}, token68: []string{""}, problems: []string{"is neither a token nor a quoted string"}},
		{name: "escaped-quote", in: `Basic realm="say \"hi\""`,
			schemes: []string{"Basic"}, params: [][]string{{`realm=say "hi"`}}, token68: []string{""}},
		{name: "empty-realm", in: `Basic realm=`,
			schemes: []string{"Basic"}, params: [][]string{{"realm="}}, token68: []string{""}, problems: []string{"parameter realm has an empty unquoted value"}},
		{name: "negotiate-padded", in: `Negotiate oYH1MIHyoAMKAQGhDAYKKwYBBAGCNwICCqKB3ASB2U5UTE1TU1AAAgAAAA=`,
			schemes: []string{"Negotiate"}, params: [][]string{nil}, token68: []string{"oYH1MIHyoAMKAQGhDAYKKwYBBAGCNwICCqKB3ASB2U5UTE1TU1AAAgAAAA="}},
		{name: "empty", in: ``},
		{name: "commas-only", in: ` , ,, `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chs := ParseChallenges([]parse.Field{field("WWW-Authenticate", tt.in)})
			var schemes, token68 []string
			var params [][]string
			var problems []string
			for _, c := range chs {
				schemes = append(schemes, c.Scheme)
				token68 = append(token68, c.Token68)
				var ps []string
				for _, p := range c.Params {
					ps = append(ps, p.Name+"="+p.Value)
				}
				params = append(params, ps)
				problems = append(problems, c.Problems...)
			}
			if !reflect.DeepEqual(schemes, tt.schemes) || !reflect.DeepEqual(params, tt.params) || !reflect.DeepEqual(token68, tt.token68) {
				t.Errorf("got schemes %q params %q token68 %q\nwant %q %q %q", schemes, params, token68, tt.schemes, tt.params, tt.token68)
			}
			if len(tt.problems) == 0 && len(problems) > 0 {
				t.Errorf("unexpected problems %q", problems)
			}
			for _, want := range tt.problems {
				found := false
				for _, p := range problems {
					if strings.Contains(p, want) {
						found = true
					}
				}
				if !found {
					t.Errorf("problems %q lack %q", problems, want)
				}
			}
		})
	}
}

func TestParseChallengesHostile(t *testing.T) {
	// Long, odd inputs must not panic (BenchmarkParseChallengesHostile times them).
	for _, in := range hostileChallenges {
		ParseChallenges([]parse.Field{field("WWW-Authenticate", in)})
	}
}

// hostileChallenges are long, odd WWW-Authenticate values.
var hostileChallenges = []string{
	strings.Repeat(`a=`, 100000),
	strings.Repeat(`"`, 100000),
	strings.Repeat(`Basic `, 50000),
	strings.Repeat(`\`, 1000) + `"`,
	"Bearer realm=\"" + strings.Repeat(`\"`, 50000),
	"\x00\xff,=,=\"",
}

func BenchmarkParseChallengesHostile(b *testing.B) {
	for i, in := range hostileChallenges {
		f := []parse.Field{field("WWW-Authenticate", in)}
		b.Run(strconv.Itoa(i), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for j := 0; j < b.N; j++ {
				ParseChallenges(f)
			}
		})
	}
}

func TestSchemesAndFind(t *testing.T) {
	chs := ParseChallenges([]parse.Field{field("WWW-Authenticate", `Negotiate, NTLM`), field("WWW-Authenticate", `ntlm, Basic realm="x"`)})
	if got := Schemes(chs); !reflect.DeepEqual(got, []string{"Negotiate", "NTLM", "Basic"}) {
		t.Errorf("Schemes = %q", got)
	}
	if c, ok := Find(chs, "basic"); !ok || c.Scheme != "Basic" {
		t.Errorf("Find(basic) = %v, %v", c, ok)
	}
	if _, ok := Find(chs, "Digest"); ok {
		t.Error("Find(Digest) found one")
	}
}

func TestParseCacheControl(t *testing.T) {
	cc := ParseCacheControl([]parse.Field{field("Cache-Control", `no-cache="Set-Cookie, Set-Cookie2", MAX-AGE=600`), field("Cache-Control", `public,, s-maxage=abc`)})
	if d, ok := cc.Get("no-cache"); !ok || d.Value != "Set-Cookie, Set-Cookie2" {
		t.Errorf("no-cache = %+v", d)
	}
	if n, ok := cc.Seconds("max-age"); !ok || n != 600 {
		t.Errorf("max-age = %d, %v", n, ok)
	}
	if _, ok := cc.Seconds("s-maxage"); ok {
		t.Error("s-maxage=abc read as seconds")
	}
	if !cc.Has("public") || cc.Has("private") {
		t.Error("public/private wrong")
	}
	if n, ok := ParseCacheControl([]parse.Field{field("Cache-Control", "max-age=99999999999999999999")}).Seconds("max-age"); !ok || n < 1<<30 {
		t.Errorf("overflowing max-age = %d, %v", n, ok)
	}
}

func TestParseSetCookie(t *testing.T) {
	c, ok := ParseSetCookie(field("Set-Cookie", `sid=840c79f5; Path=/; HttpOnly`))
	if !ok || c.Name != "sid" || c.Value != "840c79f5" || !c.HTTPOnly || c.Secure || c.Path != "/" || c.HasSameSite {
		t.Errorf("sid cookie = %+v", c)
	}
	c, _ = ParseSetCookie(field("Set-Cookie", `__Host-auth=; Max-Age=0; secure; samesite=None; Domain=example.com`))
	if !c.Secure || c.SameSite != "None" || c.Domain != "example.com" || !c.Deletes(time.Time{}) {
		t.Errorf("host cookie = %+v", c)
	}
	c, _ = ParseSetCookie(field("Set-Cookie", `JSESSIONID=deleted; Expires=Thu, 01-Jan-1970 00:00:01 GMT`))
	if c.ExpiresTime.Year() != 1970 || !c.Deletes(time.Time{}) {
		t.Errorf("epoch cookie = %+v", c)
	}
	ref := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	c, _ = ParseSetCookie(field("Set-Cookie", `remember=1; Expires=Sat, 01 Mar 2025 10:00:00 GMT`))
	if !c.Deletes(ref) {
		t.Error("cookie expiring before Date not seen as deletion")
	}
	c, _ = ParseSetCookie(field("Set-Cookie", `remember=1; Expires=Sat, 01 Mar 2025 10:00:00 GMT; Max-Age=3600`))
	if c.Deletes(ref) {
		t.Error("Max-Age should win over Expires")
	}
	if _, ok := ParseSetCookie(field("Set-Cookie", `=abc; Secure`)); ok {
		t.Error("nameless cookie accepted")
	}
	if _, ok := ParseSetCookie(field("Set-Cookie", ``)); ok {
		t.Error("empty cookie accepted")
	}
}

func TestIsSessionCookie(t *testing.T) {
	for _, n := range []string{"sid", "JSESSIONID", "connect.sid", "ASP.NET_SessionId", "__Host-auth", "PHPSESSID", "access_token", "_gitlab_session"} {
		if !IsSessionCookie(n) {
			t.Errorf("%s not seen as session cookie", n)
		}
	}
	for _, n := range []string{"csrftoken", "XSRF-TOKEN", "_ga", "theme", "cookie_consent"} {
		if IsSessionCookie(n) {
			t.Errorf("%s seen as session cookie", n)
		}
	}
}

func TestParseHTTPDate(t *testing.T) {
	for _, v := range []string{"Tue, 20 Feb 2024 22:14:38 GMT", "Tuesday, 20-Feb-24 22:14:38 GMT", "Tue Feb 20 22:14:38 2024", "Tue, 20-Feb-2024 22:14:38 GMT"} {
		d, ok := ParseHTTPDate(v)
		if !ok || !d.Equal(time.Date(2024, 2, 20, 22, 14, 38, 0, time.UTC)) {
			t.Errorf("ParseHTTPDate(%q) = %v, %v", v, d, ok)
		}
	}
	if _, ok := ParseHTTPDate("yesterday"); ok {
		t.Error("nonsense parsed")
	}
}

// contosoType2 is an NTLM type-2 message from a made-up IIS host, built the
// way Windows builds one (unicode, target info, version 10.0.17763).
const contosoType2 = "TlRMTVNTUAACAAAADgAOADgAAAAVgoriPZEqxAe+VRAAAAAAAAAAAKYApgBGAAAACgBjRQAAAA9DAE8ATgBUAE8AUwBPAAIADgBDAE8ATgBUAE8AUwBPAAEAEgBXAEUAQgAtAEkASQBTADAAMgAEABoAYwBvAG4AdABvAHMAbwAuAGwAbwBjAGEAbAADAC4AdwBlAGIALQBpAGkAcwAwADIALgBjAG8AbgB0AG8AcwBvAC4AbABvAGMAYQBsAAUAGgBjAG8AbgB0AG8AcwBvAC4AbABvAGMAYQBsAAcACAAAgAndl+7ZAQAAAAA="

func TestDecodeNTLMChallenge(t *testing.T) {
	c, err := DecodeNTLMChallenge(contosoType2)
	if err != nil {
		t.Fatal(err)
	}
	want := NTLMChallenge{TargetName: "CONTOSO", NetBIOSDomain: "CONTOSO", NetBIOSComputer: "WEB-IIS02", DNSDomain: "contoso.local",
		DNSComputer: "web-iis02.contoso.local", DNSTree: "contoso.local", OSVersion: "10.0.17763", Flags: c.Flags, HasTargetInfo: true, HasVersionFields: true}
	if *c != want {
		t.Errorf("got %+v\nwant %+v", *c, want)
	}
	if n := c.Names(); len(n) != 6 || n[2] != [2]string{"NetBIOS computer", "WEB-IIS02"} {
		t.Errorf("Names = %q", n)
	}
	// Wrapped in a SPNEGO-like prefix, as Negotiate sends it.
	raw, _ := base64.StdEncoding.DecodeString(contosoType2)
	wrapped := base64.StdEncoding.EncodeToString(append([]byte{0xa1, 0x81, 0xf0, 0x30, 0x81, 0xed, 0xa2, 0x81, 0xe0, 0x04, 0x81, 0xdd}, raw...))
	if c, err := DecodeNTLMChallenge(wrapped); err != nil || c.DNSComputer != "web-iis02.contoso.local" {
		t.Errorf("wrapped: %v, %v", c, err)
	}
}

func TestDecodeNTLMChallengeBad(t *testing.T) {
	raw, _ := base64.StdEncoding.DecodeString(contosoType2)
	bad := []string{
		"TlRMTVNTUAAC.....AAAAAAAA",    // corpus 031: shortened by hand
		"TlRMTVNTUAABAAAAB4IIAAAAAAA=", // a type-1 message
		"YIIGhgYGKwYBBQUCoIIGejCCBnag", // Kerberos SPNEGO prefix, no NTLMSSP
		"",
		base64.StdEncoding.EncodeToString(raw[:40]),
	}
	for _, b := range bad {
		if c, err := DecodeNTLMChallenge(b); err == nil && b != base64.StdEncoding.EncodeToString(raw[:40]) {
			t.Errorf("%q decoded: %+v", b, c)
		}
	}
	// Every truncation and a corrupted offset must decode or fail without panicking.
	for i := 0; i <= len(raw); i++ {
		DecodeNTLMChallenge(base64.StdEncoding.EncodeToString(raw[:i]))
	}
	mut := append([]byte(nil), raw...)
	mut[44], mut[45], mut[46], mut[47] = 0xff, 0xff, 0xff, 0x7f
	DecodeNTLMChallenge(base64.StdEncoding.EncodeToString(mut))
}
