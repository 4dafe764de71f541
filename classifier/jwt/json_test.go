package jwt

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// decodeObjectJSON is what decodeObject replaces.
func decodeObjectJSON(b []byte) (map[string]any, bool) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var m map[string]any
	if d.Decode(&m) != nil || m == nil {
		return nil, false
	}
	return m, true
}

var jsonSeeds = []string{
	`{"alg":"RS256","typ":"JWT","kid":"2024-05"}`,
	`{"iss":"https://login.example.com","sub":"user-42","aud":["api","web"],"exp":1714641870,"iat":1.7e9,"scope":"read_user api","realm_access":{"roles":["a","b"]},"x":null,"y":true,"z":false,"e":[],"o":{}}`,
	` {"a":"\u00e9\ud83d\ude00\ud800x\udc00\"\\\/\b\f\n\r\t","a":2} trailing`,
	"{\"bad\":\"\xff\xfe ok \xe2\x82\"}", `{"n":-0.5e+10,"m":01}`, `{"n":1.}`, `{"s":"\x01"}`, `{"s":"\'"}`, `{,}`, `{"a":1,}`,
	`[1]`, `null`, `"s"`, ``, `{"a":tru}`, `{"a":[1,2,]}`, `{"a" : [ 1 , { "b" : "c" } ] }`, `{"\ud834\udd1e":"\uDD1E\uD834"}`,
}

// TestDecodeObjectLikeEncodingJSON holds decodeObject to json.Decoder with
// UseNumber on the seeds, and on nesting at encoding/json's depth limit.
func TestDecodeObjectLikeEncodingJSON(t *testing.T) {
	deep := func(n int) string {
		return "{\"a\":" + string(bytes.Repeat([]byte("["), n-1)) + string(bytes.Repeat([]byte("]"), n-1)) + "}"
	}
	for _, s := range append(jsonSeeds, deep(10000), deep(10001)) {
		sameAsJSON(t, []byte(s))
	}
}

func sameAsJSON(t *testing.T, b []byte) {
	t.Helper()
	got, ok := decodeObject(b)
	want, wantOK := decodeObjectJSON(b)
	if ok != wantOK || !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeObject(%q) = %#v, %v; encoding/json %#v, %v", b, got, ok, want, wantOK)
	}
}

// FuzzDecodeObject holds decodeObject to encoding/json on any input.
func FuzzDecodeObject(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sameAsJSON(t, b)
	})
}

// BenchmarkDecodeObject decodes a typical JWT payload: decodeObject (own)
// against json.Decoder (reflect).
func BenchmarkDecodeObject(b *testing.B) {
	p := []byte(jsonSeeds[1])
	b.Run("own", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			decodeObject(p)
		}
	})
	b.Run("reflect", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			decodeObjectJSON(p)
		}
	})
}
