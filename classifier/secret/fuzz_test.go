package secret

import (
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"GET / HTTP/1.1\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl\nCookie: a=b; sid=abcdef123456\n\nHTTP/1.1 401 Unauthorized\n",
	"curl -u alice:s3cret-pass -H 'X-Api-Key: k3y-DUMMY-0001' 'https://bob:pw123456@h.example.com/?access_token=tok-DUMMY-1&x=1'\n",
	"{\"log\":{\"entries\":[{\"request\":{\"headers\":[{\"name\":\"Authorization\",\"value\":\"Basic ZHVtbXk6ZHVtbXk=\"}],\"cookies\":[{\"name\":\"s\",\"value\":\"v-DUMMY-123\"}]}}]}}",
	"machine h login u password p4ssw0rd-DUMMY\n//r/:_authToken=npm_DUMMY000000000000000000000000000000000\n",
	"-----BEGIN PRIVATE KEY-----\nMIIEDUMMY\n-----END PRIVATE KEY-----\n",
	"Authorization: Digest username=\"u\", response=\"abcdef0123456789\", cnonce=\"0a4f113b\"\r\nSet-Cookie: id=DUMMY-cookie-1; Path=/\r",
	"ghp_DUMMYEXAMPLE000abcdefghijklmno000000 xoxb-0-0-DUMMY AKIADUMMYEXAMPLE000X\n",
	"a=\"[redacted]\" password=[redacted]x token: ted]zzzzzz\n",
	"Sec-WebSocket-Protocol: access_token, DUMMYws0123456789\n<input name=\"id_token\" value=\"DUMMYid0123456789\">\n<apikeys>\n<add key=\"https://f\" value=\"DUMMYk0123456789\"/>\n</apikeys>\n" +
		"Content-Disposition: form-data; name=\"password\"\n\nDUMMYpw0123\n--b--\nq=%7B%22token%22%3A%22DUMMYpct01234567%22%7D PWD={Dummy;01};\n<CanonicalRequestBytes>78 2d 61 6d 7a 2d 73 65 63 75 72 69 74 79 2d 74 6f 6b 65 6e 3a 44 55 4d 4d 59</CanonicalRequestBytes>\n",
}

// FuzzMasker: for any text, the finder's spans are in order, inside the
// text and hold their values; the masked text holds none of the values it
// marked (six bytes or longer), nor does a preview; masking never panics.
func FuzzMasker(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		ss := Scan(text)
		prev := 0
		for _, s := range ss {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("span [%d,%d) after %d in %d bytes", s.Start, s.End, prev, len(text))
			}
			if text[s.Start:s.End] != s.Value {
				t.Fatalf("span [%d,%d) holds %q, value %q", s.Start, s.End, text[s.Start:s.End], s.Value)
			}
			if len(s.Value) >= 6 && strings.Contains(s.Preview, s.Value) {
				t.Fatalf("preview %q shows the value %q", s.Preview, s.Value)
			}
			prev = s.End
		}
		m := NewMasker(ss)
		masked := m.Text(text)
		// Masks are opaque: a value is looked for in the text around them.
		outside := strings.ReplaceAll(masked, Mask, "\x00")
		for _, s := range ss {
			if len(s.Value) >= 6 && strings.Contains(outside, s.Value) {
				t.Fatalf("masked text still holds %q:\n%q\n%q", s.Value, text, masked)
			}
		}
		_ = m.String(masked)
	})
}
