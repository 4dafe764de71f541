package main

import (
	"strings"
	"testing"
)

func TestAttributionMismatch(t *testing.T) {
	for _, c := range []struct {
		named, label string
		want         bool
	}{
		{"Drupal / ", "Redmine 4.2 with a plugin", true},
		{"nginx / ", "Grafana behind nginx", false},
		{"Spring / Spring Boot", "a Spring Boot service", false},
		{"Apache httpd / ", "unknown", false},
		{"", "Keycloak", false},
	} {
		if got := attributionMismatch(c.named, c.label); got != c.want {
			t.Errorf("%q vs %q: got %v", c.named, c.label, got)
		}
	}
	var b strings.Builder
	printAttribution(&b, "tune", []*Result{
		{Case: &Case{Name: "a.txt", Vendor: "Redmine"}, Named: "Drupal / ", Listed: "Drupal / "},
		{Case: &Case{Name: "b.txt", Vendor: "Authlib server"}, Named: "OAuth 2.0 / resource server"},
		{Case: &Case{Name: "c.txt", Vendor: "Keycloak"}},
	})
	if !strings.Contains(b.String(), "tune (explanation names): 3 cases, 1 name a standard or family, 1 name a product, 1 of them") || !strings.Contains(b.String(), "a.txt") {
		t.Errorf("got %s", b.String())
	}
}
