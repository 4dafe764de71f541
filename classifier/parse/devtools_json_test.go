package parse

import (
	"encoding/json"
	"reflect"
	"testing"
)

// devtoolsStd is devtoolsPanels as it was: encoding/json into the struct.
func devtoolsStd(text string) (map[string][]devtoolsHeader, bool) {
	var m map[string]struct {
		Headers []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"headers"`
	}
	if json.Unmarshal([]byte(text), &m) != nil {
		return nil, false
	}
	out := make(map[string][]devtoolsHeader, len(m))
	for k, v := range m {
		var hs []devtoolsHeader
		if v.Headers != nil {
			hs = make([]devtoolsHeader, len(v.Headers))
		}
		for i, h := range v.Headers {
			hs[i] = devtoolsHeader{h.Name, h.Value}
		}
		out[k] = hs
	}
	return out, true
}

var devtoolsSamples = []string{
	`{"Response Headers (312 B)":{"headers":[{"name":"WWW-Authenticate","value":"Bearer"}]},"Request Headers (402 B)":{"headers":[]}}`,
	`{"a":{"HEADERS":[{"NAME":"x","Value":"y"},null,{"name":null}]}}`,
	`{"a":{"headers":[{"name":"1","value":"2"},{"name":"3"},{"name":"5"}],"Headers":[{"name":"x"}],"headers":[{"value":"v"},null,{}]}}`,
	`{"a":{"headers":[{"name":1}]}}`, `{"a":{"headers":{}}}`, `{"a":[]}`, `{"a":null,"a":{"headers":null}}`, `null`, `[]`, `{"a":1}`,
	`{"a":{"headers":[{"name":"x","value":"y"}]},"a":{}}`, `{"a":{"ſeaders":[],"headers":[null,null]}}`, `{"a":{"headers":[1]}}`,
}

func TestDevtoolsPanelsAsEncodingJSON(t *testing.T) {
	for _, s := range devtoolsSamples {
		devtoolsSame(t, s)
	}
}

func devtoolsSame(t *testing.T, s string) {
	t.Helper()
	got, ok := devtoolsPanels(s)
	want, wok := devtoolsStd(s)
	if ok != wok || ok && !reflect.DeepEqual(got, want) {
		t.Fatalf("devtoolsPanels(%q) = %v, %v; encoding/json %v, %v", s, got, ok, want, wok)
	}
}

func FuzzDevtoolsPanels(f *testing.F) {
	for _, s := range devtoolsSamples {
		f.Add(s)
	}
	f.Fuzz(devtoolsSame)
}
