package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
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
