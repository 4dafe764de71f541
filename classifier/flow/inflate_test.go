package flow

import (
	"bytes"
	"compress/flate"
	"io"
	"strings"
	"testing"
)

// viaFlate is what readSAML did before inflate: compress/flate through a
// LimitReader.
func viaFlate(in []byte, limit int) ([]byte, bool) {
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(in)), int64(limit)))
	return b, err == nil
}

func deflate(t testing.TB, s string, level int) []byte {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, level)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(s))
	w.Close()
	return buf.Bytes()
}

var inflateTexts = []string{
	"",
	"a",
	`<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_8e8dc5f69a98cc4c1ff3427e5ce34606fd672f91e6" Version="2.0" IssueInstant="2014-07-18T01:13:06Z" AssertionConsumerServiceURL="http://sp.example.com/demo1/index.php?acs"><saml:Issuer>http://sp.example.com/demo1/metadata.php</saml:Issuer></samlp:AuthnRequest>`,
	strings.Repeat("abcabcabd", 5000),
	strings.Repeat("x", 70000),
}

func checkInflate(t *testing.T, in []byte, limit int) {
	t.Helper()
	got, gotOK := inflate(in, limit)
	want, wantOK := viaFlate(in, limit)
	// readSAML looks at the error only when nothing was decoded (flate may
	// return its error with the last bytes, also when they reach the limit).
	if !bytes.Equal(got, want) || (len(got) == 0 && gotOK != wantOK) {
		t.Fatalf("inflate(%x, %d) = %d bytes, ok %v; compress/flate: %d bytes, ok %v", in, limit, len(got), gotOK, len(want), wantOK)
	}
}

func TestInflateMatchesFlate(t *testing.T) {
	for _, s := range inflateTexts {
		for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
			c := deflate(t, s, level)
			checkInflate(t, c, maxSAML)
			checkInflate(t, c, 100)
			// Every cut of a short stream, and some of a long one.
			step := max(1, len(c)/300)
			for n := 0; n < len(c); n += step {
				checkInflate(t, c[:n], maxSAML)
			}
			// A flipped bit here and there.
			for n := 0; n < len(c); n += step {
				d := bytes.Clone(c)
				d[n] ^= 1 << (n % 8)
				checkInflate(t, d, maxSAML)
			}
		}
	}
}

func FuzzInflate(f *testing.F) {
	for _, s := range inflateTexts[:4] {
		f.Add(deflate(f, s, flate.BestCompression), uint16(0))
		f.Add(deflate(f, s, flate.BestSpeed), uint16(7))
	}
	f.Add(deflate(f, "hello", flate.NoCompression), uint16(3))
	f.Fuzz(func(t *testing.T, in []byte, limit uint16) {
		l := maxSAML
		if limit != 0 {
			l = int(limit)
		}
		checkInflate(t, in, l)
	})
}
