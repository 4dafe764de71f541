package jwt

import "testing"

func FuzzFind(f *testing.F) {
	f.Add("Bearer eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3NzIzNTkyMDB9.c2ln")
	f.Add("eyJhbGciOiJFUzI1NiIs...")
	f.Add("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiZXhwIjoiMTc3MjM1OTIwMCJ9.")
	f.Add("eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOlsiYSIsMV0sInNjb3BlIjoxfQ.redacted")
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Find(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Token.Raw {
				t.Fatalf("bad match %+v", m)
			}
		}
	})
}
