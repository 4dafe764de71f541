package jsonlite

import (
	"bytes"
	"encoding/json"
	"testing"
)

func indentSame(t *testing.T, s, prefix, indent string) {
	t.Helper()
	var want bytes.Buffer
	want.WriteString("x")
	wErr := json.Indent(&want, []byte(s), prefix, indent)
	got, gErr := AppendIndent([]byte("x"), []byte(s), prefix, indent)
	if (gErr == nil) != (wErr == nil) || !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("AppendIndent(%q, %q, %q) = %q, %v; json.Indent %q, %v", s, prefix, indent, got, gErr, want.Bytes(), wErr)
	}
}

func TestIndentAsEncodingJSON(t *testing.T) {
	for _, s := range append(samples, `{"a":[1,{},[],{"b":"c,d:{}"}],"e":true} `, "[ 1 , 2 ]\n", `{"a":{"b":[]}}`+"\n\t ") {
		indentSame(t, s, "", "  ")
		indentSame(t, s, "    ", "\t")
	}
}

func FuzzIndent(f *testing.F) {
	for _, s := range samples {
		f.Add(s, "  ", "  ")
	}
	f.Fuzz(func(t *testing.T, s, prefix, indent string) {
		if len(prefix) > 8 || len(indent) > 8 {
			return
		}
		indentSame(t, s, prefix, indent)
	})
}
