package jsonlite

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// fromStd converts encoding/json's json.Number to Number in a decoded value.
func fromStd(v any) any {
	switch t := v.(type) {
	case json.Number:
		return Number(t)
	case map[string]any:
		for k, e := range t {
			t[k] = fromStd(e)
		}
	case []any:
		for i, e := range t {
			t[i] = fromStd(e)
		}
	}
	return v
}

// same checks every reader of the package against encoding/json on s.
func same(t *testing.T, s string) {
	t.Helper()
	b := []byte(s)
	if got, want := Valid(s), json.Valid(b); got != want {
		t.Fatalf("Valid(%q) = %v, json.Valid %v", s, got, want)
	}

	var want any
	wantErr := json.Unmarshal(b, &want)
	got, gotErr := Unmarshal(s, false)
	if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, want) {
		t.Fatalf("Unmarshal(%q) = %#v, %v; json.Unmarshal %#v, %v", s, got, gotErr, want, wantErr)
	}

	for _, useNumber := range []bool{false, true} {
		d := json.NewDecoder(strings.NewReader(s))
		if useNumber {
			d.UseNumber()
		}
		var want any
		wantErr := d.Decode(&want)
		got, gotErr := First(s, useNumber)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, fromStd(want)) {
			t.Fatalf("First(%q, %v) = %#v, %v; Decoder %#v, %v", s, useNumber, got, gotErr, want, wantErr)
		}
		if errors.Is(wantErr, io.EOF) != errors.Is(gotErr, ErrEOF) {
			t.Fatalf("First(%q): %v, Decoder %v", s, gotErr, wantErr)
		}
	}

	var wm map[string]json.RawMessage
	wmErr := json.Unmarshal(b, &wm)
	ms, mErr := Members(s)
	if (mErr == nil) != (wmErr == nil) {
		t.Fatalf("Members(%q) = %v; json.Unmarshal into a map of raw messages %v", s, mErr, wmErr)
	}
	if mErr != nil {
		return
	}
	var gm map[string]json.RawMessage
	if ms != nil {
		gm = map[string]json.RawMessage{}
	}
	for _, m := range ms {
		gm[m.Key] = json.RawMessage(m.Raw)
	}
	if !reflect.DeepEqual(gm, wm) {
		t.Fatalf("Members(%q) = %q; encoding/json %q", s, gm, wm)
	}
	for _, m := range ms {
		memberSame(t, m.Raw)
	}
}

// memberSame checks the typed readers on one valid value.
func memberSame(t *testing.T, raw string) {
	t.Helper()
	ws := "old"
	wErr := json.Unmarshal([]byte(raw), &ws)
	gs, set, gErr := String(raw)
	if !set {
		gs = "old"
	}
	if (gErr == nil) != (wErr == nil) || gErr == nil && gs != ws {
		t.Fatalf("String(%q) = %q, %v; encoding/json %q, %v", raw, gs, gErr, ws, wErr)
	}
	wf := 7.5
	wErr = json.Unmarshal([]byte(raw), &wf)
	gf, set, gErr := Float(raw)
	if !set {
		gf = 7.5
	}
	if (gErr == nil) != (wErr == nil) || gErr == nil && gf != wf {
		t.Fatalf("Float(%q) = %v, %v; encoding/json %v, %v", raw, gf, gErr, wf, wErr)
	}
	wi := 7
	wErr = json.Unmarshal([]byte(raw), &wi)
	gi, set, gErr := Int(raw)
	if !set {
		gi = 7
	}
	if (gErr == nil) != (wErr == nil) || gErr == nil && gi != wi {
		t.Fatalf("Int(%q) = %v, %v; encoding/json %v, %v", raw, gi, gErr, wi, wErr)
	}
	for _, old := range [][]string{nil, {"a", "b"}} {
		wl := append([]string(nil), old...)
		wErr = json.Unmarshal([]byte(raw), &wl)
		gl, gErr := Strings(raw, append([]string(nil), old...))
		if (gErr == nil) != (wErr == nil) || gErr == nil && !reflect.DeepEqual(gl, wl) {
			t.Fatalf("Strings(%q, %q) = %q, %v; encoding/json %q, %v", raw, old, gl, gErr, wl, wErr)
		}
	}
}

var samples = []string{
	``, ` `, `{}`, `[]`, `null`, `true`, `false`, `0`, `-0`, `1.5e3`, `1e999`, `-1e400`, `01`, `1.`, `.5`, `-`, `1e`, `1e+`,
	`"a"`, `"\u00e9\ud83d\ude00"`, `"\ud800"`, `"\udc00\ud800x"`, `"\ud800\u0041"`, "\"\xff\xfe\"", "\"a\x01\"", `"\x"`, `"\u12"`,
	`{"a":1,"a":2}`, `{"a":1e999,"b":[1e999,2]}`, `{"a" : [ 1 , { "b" : null } ] }`, `{"a":1}x`, `{"a":1} x`, `[1,2]]`,
	`1x`, `1 x`, `"a"x`, `truex`, `true x`, `nul`, `{"a"}`, `{"a":}`, `{,}`, `[1,]`, `{"a":1,}`, `{1:2}`,
	`{"error":"invalid_grant","ERROR_description":"x","Error_Description":null}`, `{"ſtatus":"x","\u212aey":1}`,
	`{"title":"t","status":"403","detail":{"a":[1,"x"]}}`, `{"n":9007199254740993,"i":-12,"f":1.0,"big":1e20}`,
	`["a",null,"b"]`, `[1,"a"]`, `"\/\b\f\n\r\t\\\""`, " \t\r\n{}\n", "{\"a\":\"\xe2\x80\xa8\"}",
}

func TestAgainstEncodingJSON(t *testing.T) {
	for _, s := range samples {
		same(t, s)
	}
	deep := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	same(t, deep)
	same(t, "["+deep+"]")
	same(t, strings.Repeat(`{"a":`, MaxDepth)+"1"+strings.Repeat("}", MaxDepth))
	same(t, strings.Repeat(`{"a":`, MaxDepth+1)+"1"+strings.Repeat("}", MaxDepth+1))
	same(t, strings.Repeat("[", MaxDepth+5)) // cut short, and too deep
}

// TestCorpusAgainstEncodingJSON reads every JSON-looking file of the
// corpora, and every object in them, both ways.
func TestCorpusAgainstEncodingJSON(t *testing.T) {
	n := 0
	for _, dir := range []string{"../../classifier/testdata/corpus", "../../classifier/testdata/real/tune"} {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			s := string(b)
			same(t, s)
			n++
			// Every brace-delimited candidate that starts a line.
			for i := 0; i < len(s); i++ {
				if (s[i] == '{' || s[i] == '[') && (i == 0 || s[i-1] == '\n' || s[i-1] == ' ') {
					same(t, s[i:])
					end := strings.IndexByte(s[i:], '\n')
					if end > 0 {
						same(t, s[i:i+end])
					}
				}
			}
			return nil
		})
	}
	if n == 0 {
		t.Skip("no corpus found")
	}
}

func TestFieldIs(t *testing.T) {
	for _, key := range []string{"error", "ERROR", "Error", "errors", "erro", "ſtatus", "status", "\u212aey", "key", "KEY", "kEy", "İd", "id", "error_description", "ERROR_DESCRIPTION", ""} {
		fieldSame(t, key)
	}
}

func fieldSame(t *testing.T, key string) {
	t.Helper()
	var v struct {
		A string `json:"error"`
		B string `json:"status"`
		C string `json:"key"`
		D string `json:"id"`
		E string `json:"error_description"`
	}
	kb, _ := json.Marshal(key)
	doc := `{` + string(kb) + `:"x"}`
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatal(err)
	}
	k, _ := Unmarshal(string(kb), false)
	for _, c := range []struct {
		name string
		got  string
	}{{"error", v.A}, {"status", v.B}, {"key", v.C}, {"id", v.D}, {"error_description", v.E}} {
		if want := c.got == "x"; FieldIs(k.(string), c.name) != want {
			t.Errorf("FieldIs(%q, %q) = %v, encoding/json %v", key, c.name, !want, want)
		}
	}
}

func FuzzAgainstEncodingJSON(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		same(t, s)
		if len(s) < 64 && !strings.ContainsAny(s, `"\`) {
			fieldSame(t, s)
		}
	})
}

// probe is a struct of every kind of field the package's users read.
type probe struct {
	Error json.RawMessage `json:"error"`
	Desc  string          `json:"error_description"`
	N     float64         `json:"n"`
	K     int             `json:"k"`
	B     bool            `json:"b"`
	L     []string        `json:"l"`
}

var probeNames = []string{"error", "error_description", "n", "k", "b", "l"}

func probeSet(p *probe) func(int, string) error {
	return func(f int, raw string) error {
		var err error
		switch f {
		case 0:
			p.Error = json.RawMessage(raw)
		case 1:
			var v string
			var set bool
			if v, set, err = String(raw); set {
				p.Desc = v
			}
		case 2:
			var v float64
			var set bool
			if v, set, err = Float(raw); set {
				p.N = v
			}
		case 3:
			var v int
			var set bool
			if v, set, err = Int(raw); set {
				p.K = v
			}
		case 4:
			var v, set bool
			if v, set, err = Bool(raw); set {
				p.B = v
			}
		case 5:
			p.L, err = Strings(raw, p.L)
		}
		return err
	}
}

// structSame holds UnmarshalStruct to json.Unmarshal, and Struct on
// FirstRaw to a json.Decoder with DisallowUnknownFields, into a probe.
func structSame(t *testing.T, s string) {
	t.Helper()
	var want, got probe
	wErr := json.Unmarshal([]byte(s), &want)
	gErr := UnmarshalStruct(s, false, probeNames, probeSet(&got))
	if (gErr == nil) != (wErr == nil) || wErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("UnmarshalStruct(%q) = %+v, %v; json.Unmarshal %+v, %v", s, got, gErr, want, wErr)
	}
	want, got = probe{}, probe{}
	d := json.NewDecoder(strings.NewReader(s))
	d.DisallowUnknownFields()
	wErr = d.Decode(&want)
	raw, gErr := FirstRaw(s)
	if gErr == nil {
		gErr = Struct(raw, true, probeNames, probeSet(&got))
	}
	if (gErr == nil) != (wErr == nil) || wErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("Struct(FirstRaw(%q)) = %+v, %v; Decoder %+v, %v", s, got, gErr, want, wErr)
	}
}

var structSamples = []string{
	`{"error":"invalid_grant","error_description":"x"}`, `{"ERROR":null,"Error_Description":null}`, `{"error":{"a":[1]}}`,
	`{"error_description":5}`, `{"n":1e999}`, `{"n":"1"}`, `{"k":1.5}`, `{"k":12,"K":null}`, `{"b":true,"B":null}`, `{"b":0}`,
	`{"l":["a",null],"L":[null,"c","d"]}`, `{"l":[1]}`, `{"x":1}`, `null`, `[]`, `"s"`, `{"error":1} x`, `{"error":`,
}

func TestStructAsEncodingJSON(t *testing.T) {
	for _, s := range append(structSamples, samples...) {
		structSame(t, s)
	}
}

func FuzzStruct(f *testing.F) {
	for _, s := range structSamples {
		f.Add(s)
	}
	f.Fuzz(structSame)
}
