package classifier

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/genmask"
	"github.com/authtriage/authtriage/classifier/secret"
)

// updating reports whether -update was given (the flag is json_test.go's).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestMaskGenerated fails when mask_gen.go is not what the generator writes
// for the report types as they are (with -update it rewrites it).
func TestMaskGenerated(t *testing.T) {
	src, err := genmask.Generate("github.com/authtriage/authtriage/classifier", "classifier", "!genmask",
		"github.com/authtriage/authtriage/classifier/secret", "Masker", reflect.TypeFor[Report](), reflect.TypeFor[ExchangeReport]())
	if err != nil {
		t.Fatal(err)
	}
	if updating() {
		if err := os.WriteFile("mask_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("mask_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatal("mask_gen.go is stale: run `go generate ./classifier` (go test -tags genmask -run ^TestMaskGenerated$ ./classifier -update)")
	}
}

// maskSame holds the generated copy to the reflective walk on the report of
// text: equal values, and no slice, map or pointer shared with the report.
func maskSame(t *testing.T, what, text string) {
	t.Helper()
	rep, err := Analyze(text, Options{})
	if err != nil {
		return
	}
	for _, m := range []*secret.Masker{rep.Masker(), nil, secret.NewMasker(secret.Scan(text))} {
		got := maskClassifierReport(rep, m)
		want := maskCopyRef(reflect.ValueOf(rep).Elem(), m).Interface().(Report)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: maskReport differs from the reflective copy", what)
		}
		for i := range rep.Exchanges {
			got := maskClassifierExchangeReport(&rep.Exchanges[i], m)
			want := maskCopyRef(reflect.ValueOf(&rep.Exchanges[i]).Elem(), m).Interface().(ExchangeReport)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: exchange %d: maskExchangeReport differs from the reflective copy", what, i)
			}
		}
		if len(rep.Secrets) > 0 {
			got.Secrets[0].Value = "changed"
			if rep.Secrets[0].Value == "changed" {
				t.Fatalf("%s: the masked copy shares its secrets with the report", what)
			}
		}
	}
}

func TestMaskedAsReflectiveCopy(t *testing.T) {
	var files []string
	for _, g := range []string{"testdata/corpus/cases/*", "testdata/real/tune/*", "testdata/extra/*"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		maskSame(t, f, string(b))
	}
}

func FuzzMasked(f *testing.F) {
	f.Add("GET / HTTP/1.1\nAuthorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\nCookie: sid=s3cr3t-session-value\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"\n\n{\"error\":\"invalid_token\"}")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		maskSame(t, "fuzz", text)
	})
}
