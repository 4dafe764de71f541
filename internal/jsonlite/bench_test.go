package jsonlite

import (
	"encoding/json"
	"strings"
	"testing"
)

// A JWT payload, the most common document decoded per exchange.
const claims = `{"iss":"https://login.example.com/tenant/v2.0","sub":"AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ","aud":["api://orders","api://billing"],"exp":1700003600,"nbf":1700000000,"iat":1700000000,"scp":"orders.read orders.write","roles":["Reader","Writer"],"realm_access":{"roles":["offline_access"]},"name":"Ada Lovelace","preferred_username":"ada@example.com","nonce":"n-0S6_WzA2Mj"}`

func BenchmarkFirst(b *testing.B) {
	for b.Loop() {
		if _, err := First(claims, true); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodingJSONDecoder(b *testing.B) {
	for b.Loop() {
		d := json.NewDecoder(strings.NewReader(claims))
		d.UseNumber()
		var m map[string]any
		if err := d.Decode(&m); err != nil {
			b.Fatal(err)
		}
	}
}
