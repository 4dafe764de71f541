package classifier_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/internal/genjson"
)

var updateJSON = flag.Bool("update", false, "rewrite json_gen.go from the report types")

// jsonRoots are the types with a generated AppendJSON.
var jsonRoots = []reflect.Type{
	reflect.TypeFor[classifier.Report](),
	reflect.TypeFor[classifier.ExchangeReport](),
	reflect.TypeFor[classifier.Overview](),
	reflect.TypeFor[classifier.Page](),
	reflect.TypeFor[classifier.ErrorJSON](),
}

// TestJSONEncoderGenerated fails when json_gen.go is not what the generator
// writes for the report types as they are (with -update it rewrites it).
func TestJSONEncoderGenerated(t *testing.T) {
	src, err := genjson.Generate("github.com/authtriage/authtriage/classifier", "classifier", "!genjson", jsonRoots...)
	if err != nil {
		t.Fatal(err)
	}
	if *updateJSON {
		if err := os.WriteFile("json_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("json_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatal("json_gen.go is stale: run `go generate ./classifier` (go test -tags genjson -run ^TestJSONEncoderGenerated$ ./classifier -update)")
	}
}

// sameJSON fails when v's AppendJSON differs from json.Marshal(v).
func sameJSON(t testing.TB, what string, v interface{ AppendJSON([]byte) []byte }) {
	t.Helper()
	want, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	got := v.AppendJSON(nil)
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: AppendJSON differs from json.Marshal at byte %d:\n got …%.200s\nwant …%.200s", what, i, got[max(0, i-80):], want[max(0, i-80):])
	}
}

// sameReportJSON checks the report and the shapes made from it.
func sameReportJSON(t testing.TB, what string, rep *classifier.Report) {
	t.Helper()
	sameJSON(t, what, rep)
	for i := range rep.Exchanges {
		sameJSON(t, fmt.Sprintf("%s: exchange %d", what, i), &rep.Exchanges[i])
	}
	ov := rep.Overview(0)
	sameJSON(t, what+": overview", &ov)
	pg := rep.Page(classifier.PageQuery{Limit: 50})
	sameJSON(t, what+": page", &pg)
}

// TestJSONEncoderCorpus holds the two encoders equal on every corpus case
// and every tuning case of the held-out corpus.
func TestJSONEncoderCorpus(t *testing.T) {
	var files []string
	for _, g := range []string{"testdata/corpus/cases/*.txt", "testdata/real/tune/*"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := classifier.Analyze(string(data), classifier.Options{})
		if err != nil {
			e := classifier.NewErrorJSON(err)
			sameJSON(t, f+": error", &e)
			continue
		}
		sameReportJSON(t, f, rep)
	}
}

// TestJSONEncoderErrors covers the error shape's optional fields.
func TestJSONEncoderErrors(t *testing.T) {
	for _, e := range []classifier.ErrorJSON{{}, {Error: classifier.ErrorBody{Message: "a <b> & \"c\"\n", Line: 3, Expected: "x", Internal: true}}} {
		sameJSON(t, "error", &e)
	}
}

// fill sets every exported field reachable from v to random values: strings
// from a set that exercises escaping, nil or empty or filled slices and
// maps, nil or set pointers, so that every field and every branch of the
// generated encoder is compared with encoding/json.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[r.IntN(len(strs))])
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch r.IntN(3) {
		case 0:
			v.SetInt(0)
		case 1:
			v.SetInt(int64(r.IntN(7)))
		default:
			v.SetInt(r.Int64N(1<<40) - 1<<39)
		}
	case reflect.Pointer:
		if depth > 4 || r.IntN(3) == 0 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(r, v.Elem(), depth+1)
	case reflect.Slice:
		switch n := r.IntN(4); {
		case depth > 4 || n == 0:
		case n == 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := 0; i < n; i++ {
				fill(r, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		if r.IntN(4) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for i := r.IntN(4); i > 0; i-- {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(r, k, depth+1)
			fill(r, e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth+1)
			}
		}
	}
}

var strs = []string{"", "a", "Bearer", "authentication", "<script>&amp;</script>", "quote \" and \\ back", "tab\tnew\nline\r\x00\x1f\x7f",
	"\u2028\u2029", "caf\xc3\xa9 \xff\xfe bad", "日本語", "\xe2\x80", "😀", "warn", "error", "info", "z", "A"}

// TestJSONEncoderFilled compares the encoders on randomly filled values of
// every root type.
func TestJSONEncoderFilled(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2026))
	for i := 0; i < 300; i++ {
		for _, rt := range jsonRoots {
			v := reflect.New(rt)
			fill(r, v.Elem(), 0)
			sameJSON(t, fmt.Sprintf("%v #%d", rt, i), v.Interface().(interface{ AppendJSON([]byte) []byte }))
		}
	}
}

// FuzzJSONEncoder analyses the fuzzer's paste and compares the encoders on
// its report, and on a report whose text fields hold the paste as it is.
func FuzzJSONEncoder(f *testing.F) {
	for _, s := range strs {
		f.Add(s)
	}
	m, _ := filepath.Glob("testdata/corpus/cases/*.txt")
	for _, p := range m[:min(len(m), 8)] {
		data, _ := os.ReadFile(p)
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		if rep, err := classifier.Analyze(text, classifier.Options{}); err == nil {
			sameReportJSON(t, "report", rep)
		} else {
			e := classifier.NewErrorJSON(err)
			sameJSON(t, "error", &e)
		}
		w := classifier.Report{Tool: text, Warnings: []classifier.Warning{{Code: text, Message: strings.ToUpper(text)}},
			Summary: classifier.Summary{Severities: map[string]int{text: 1, "": 2}}}
		sameJSON(t, "text fields", &w)
	})
}
