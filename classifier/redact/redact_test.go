package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
		kinds          []Kind
	}{
		{
			name:  "basic authorization keeps the scheme",
			in:    "GET / HTTP/1.1\nAuthorization: Basic YWxpY2U6czNjcmV0\n",
			want:  "GET / HTTP/1.1\nAuthorization: Basic [redacted]\n",
			kinds: []Kind{Authorization},
		},
		{
			name:  "curl -v bearer with a JWT",
			in:    "> Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl\n",
			want:  "> Authorization: Bearer [redacted]\n",
			kinds: []Kind{Authorization},
		},
		{
			name:  "cookie values, names kept",
			in:    "Cookie: sid=840c79f5858f; theme=dark\n",
			want:  "Cookie: sid=[redacted]; theme=[redacted]\n",
			kinds: []Kind{Cookie, Cookie},
		},
		{
			name:  "set-cookie attributes kept",
			in:    "Set-Cookie: sid=840c79f5858f460075f9; Path=/; HttpOnly\n",
			want:  "Set-Cookie: sid=[redacted]; Path=/; HttpOnly\n",
			kinds: []Kind{Cookie},
		},
		{
			name:  "curl -u and header flag",
			in:    `$ curl -u ops:hunter2 -H "X-Api-Key: 9f8e7d6c" https://api.example.com/v1`,
			want:  `$ curl -u ops:[redacted] -H "X-Api-Key: [redacted]" https://api.example.com/v1`,
			kinds: []Kind{Password, APIKey},
		},
		{
			name:  "userinfo in a URL",
			in:    "$ curl -XGET ':changeme@localhost:9200/_cluster/health' https://elastic:s3cr3t@db.example.com/",
			want:  "$ curl -XGET ':[redacted]@localhost:9200/_cluster/health' https://elastic:[redacted]@db.example.com/",
			kinds: []Kind{Password, Password},
		},
		{
			name:  "json password and token",
			in:    `{"email":"qa@example.com","password":"hunter2x","access_token":"abc.def"}`,
			want:  `{"email":"qa@example.com","password":"[redacted]","access_token":"[redacted]"}`,
			kinds: []Kind{Password, Token},
		},
		{
			name:  "bare JWT in a body",
			in:    `token was eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature-ok end`,
			want:  `token was [redacted] end`,
			kinds: []Kind{JWT},
		},
		{
			name:  "ruby wire trace quoting",
			in:    `-> "Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20250408\r\n"`,
			want:  `-> "Authorization: AWS4-HMAC-SHA256 [redacted]\r\n"`,
			kinds: []Kind{Authorization},
		},
		{
			name: "nothing secret",
			in:   "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"x\"\n",
			want: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"x\"\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, secrets := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text:\n got %q\nwant %q", got, tt.want)
			}
			if len(secrets) != len(tt.kinds) {
				t.Fatalf("found %d secrets %+v, want kinds %v", len(secrets), secrets, tt.kinds)
			}
			for i, s := range secrets {
				if s.Kind != tt.kinds[i] {
					t.Errorf("secret %d kind %s, want %s", i, s.Kind, tt.kinds[i])
				}
				if strings.Contains(s.Label, tt.in[s.Start:s.End]) && s.End > s.Start {
					t.Errorf("label %q repeats the secret", s.Label)
				}
			}
		})
	}
}

func TestLineNumbers(t *testing.T) {
	in := "GET / HTTP/1.1\nHost: x\nCookie: a=1\n\nHTTP/1.1 200 OK\nSet-Cookie: b=2\n"
	s := Find(in)
	if len(s) != 2 || s[0].Line != 3 || s[1].Line != 6 {
		t.Fatalf("got %+v", s)
	}
}

// TestCorpusHasNoSecretAfterRedaction runs every corpus case through Text and
// checks that known credential values do not survive.
func TestCorpusHasNoSecretAfterRedaction(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../../../shared/corpus/cases/*.txt")
	}
	if len(files) == 0 {
		t.Skip("no corpus here")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := Text(string(b))
		for _, secret := range []string{"hunter2x", "changeme", "840c79f5858f460075f93630f99b26db", "c53fdce3396269fe2529c42fe24f"} {
			if strings.Contains(out, secret) {
				t.Errorf("%s: %q survives redaction", filepath.Base(f), secret)
			}
		}
	}
}

func FuzzText(f *testing.F) {
	f.Add("Authorization: Basic YWxpY2U6czNjcmV0\nCookie: a=b; c=d\n")
	f.Add(`curl -u a:b -H 'Authorization: Bearer x' https://u:p@h/`)
	f.Add(`{"password":"x\"y"}`)
	f.Fuzz(func(t *testing.T, in string) {
		out, secrets := Text(in)
		prev := 0
		for _, s := range secrets {
			if s.Start < prev || s.End < s.Start || s.End > len(in) {
				t.Fatalf("bad span %+v in %q", s, in)
			}
			prev = s.End
		}
		again, _ := Text(out)
		if len(again) > len(out)+len(Mask)*len(secrets)+len(Mask) && len(secrets) == 0 {
			t.Fatalf("redaction grew unexpectedly")
		}
	})
}
