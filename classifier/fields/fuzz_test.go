package fields

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

func FuzzParseChallenges(f *testing.F) {
	for _, s := range []string{
		`Basic realm="x", charset="UTF-8"`,
		`Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="registry:catalog:*",error="insufficient_scope"`,
		`error="invalid_token",`,
		`NTLM ` + contosoType2,
		`Negotiate, NTLM, Basic realm=intranet`,
		`Digest realm="x, nonce="abc`,
		`Bearer realm="a" error="b"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, c := range ParseChallenges([]parse.Field{{Name: "WWW-Authenticate", Value: v}}) {
			if len(c.Problems) > maxProblems+1 {
				t.Fatalf("%d problems", len(c.Problems))
			}
			for _, p := range c.Params {
				if p.Name != strings.ToLower(p.Name) || p.Name == "" {
					t.Fatalf("param name %q", p.Name)
				}
			}
			if c.Token68 != "" {
				DecodeNTLMChallenge(c.Token68)
			}
		}
		ParseCacheControl([]parse.Field{{Name: "Cache-Control", Value: v}}).Seconds("max-age")
		if c, ok := ParseSetCookie(parse.Field{Name: "Set-Cookie", Value: v}); ok {
			if c.Name == "" {
				t.Fatal("cookie without a name accepted")
			}
		}
		ParseHTTPDate(v)
	})
}
