package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/secret"
)

var decodeSamples = []string{
	``, `{}`, `null`, `[]`, `1`, `{"disable":["AT1001","x"]}`, `{"Disable":null,"keepAtMost":250}`, `{"KEEPATMOST":1.5}`,
	`{"keepAtMost":1e3}`, `{"keepAtMost":-9223372036854775809}`, `{"disable":[null,"a"],"disable":["b"]}`, `{"progress":1}`,
	`{"limits":{}}`, `{"disable":"AT1"}`, `{"disable":[1]}`, `{"format":"json","options":{"disable":["AT1001"]}}`,
	`{"format":"json","extra":1}`, `not json`, `{"format":"json"} trailing`, `{"format":null,"name":"n","keepSecrets":true}`,
	`{"keepSecrets":"yes"}`, `{"options":[]}`, `{"options":null}`, `{"options":{"x":1}}`, `{"format":"sarif","ſormat":1}`,
	`{"offset":10,"limit":5,"classes":["authentication"],"severities":null,"text":"x"}`, `{"limit":null}`, `{"text":1}`,
	`{"classes":["a","b"],"Classes":[null]}`, `{"offset":"1"}`, `{"x":{"y":[1,2]}}`, `  {"limit": 3}  `, `{"limit":3} x`,
}

func decodeSame(t *testing.T, s string) {
	t.Helper()
	var wo classifier.Options
	d := json.NewDecoder(strings.NewReader(s))
	d.DisallowUnknownFields()
	wErr := d.Decode(&wo)
	go_, gErr := readOptions(s)
	if (gErr == nil) != (wErr == nil) || wErr == nil && !reflect.DeepEqual(go_, wo) {
		t.Fatalf("readOptions(%q) = %+v, %v; encoding/json %+v, %v", s, go_, gErr, wo, wErr)
	}
	var wr renderRequest
	d = json.NewDecoder(strings.NewReader(s))
	d.DisallowUnknownFields()
	wErr = d.Decode(&wr)
	gr, gErr := readRenderRequest(s)
	if (gErr == nil) != (wErr == nil) || wErr == nil && !reflect.DeepEqual(gr, wr) {
		t.Fatalf("readRenderRequest(%q) = %+v, %v; encoding/json %+v, %v", s, gr, gErr, wr, wErr)
	}
	wq := classifier.PageQuery{Limit: 50}
	wErr = json.Unmarshal([]byte(s), &wq)
	gq := classifier.PageQuery{Limit: 50}
	gErr = readPageQuery(s, &gq)
	if (gErr == nil) != (wErr == nil) || wErr == nil && !reflect.DeepEqual(gq, wq) {
		t.Fatalf("readPageQuery(%q) = %+v, %v; encoding/json %+v, %v", s, gq, gErr, wq, wErr)
	}
}

func TestBridgeArgumentsAsEncodingJSON(t *testing.T) {
	for _, s := range decodeSamples {
		decodeSame(t, s)
	}
}

func FuzzBridgeArguments(f *testing.F) {
	for _, s := range decodeSamples {
		f.Add(s)
	}
	f.Fuzz(decodeSame)
}

// The bridge's answers are json.Marshal's bytes.
func TestAnswersAsEncodingJSON(t *testing.T) {
	for _, text := range []string{"", secretPaste, "GET / HTTP/1.1\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI8YT4mIn0.c2ln\n\nHTTP/1.1 401 Unauthorized\n\n<html>&\u2028\xff</html>"} {
		ss, m := secretsOf(text)
		want, err := json.Marshal(secret.Redaction{Text: m.Text(text), Secrets: ss})
		if err != nil {
			t.Fatal(err)
		}
		if got := redactJSON(text); !bytes.Equal(got, want) {
			t.Errorf("redactJSON(%q) = %s, json.Marshal %s", text, got, want)
		}
		want, _ = json.Marshal(ss)
		if got := secretsJSON(text, nil); !bytes.Equal(got, want) {
			t.Errorf("secretsJSON(%q) = %s, json.Marshal %s", text, got, want)
		}
		documentSame(t, text, "text/markdown", "md")
	}
	for _, e := range []classifier.ErrorJSON{classifier.NewErrorJSON(fmt.Errorf("a <b> & \"c\"")), {}} {
		want, _ := json.Marshal(e)
		if got := errorJSON(e); !bytes.Equal(got, want) {
			t.Errorf("errorJSON = %s, json.Marshal %s", got, want)
		}
	}
}

func documentSame(t *testing.T, text, mime, ext string) {
	t.Helper()
	doc := report.Document{Text: text, MIME: mime, Ext: ext}
	want, _ := json.Marshal(doc)
	if got := documentJSON(doc); !bytes.Equal(got, want) {
		t.Fatalf("documentJSON(%+v) = %s, json.Marshal %s", doc, got, want)
	}
}

func FuzzDocumentJSON(f *testing.F) {
	f.Add("<a>&\u2028\xff\"\\\x01", "application/json", "json")
	f.Fuzz(documentSame)
}
