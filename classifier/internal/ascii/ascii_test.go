package ascii

import (
	"strings"
	"testing"
)

func TestContainsWord(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"csrf token missing", "csrf", true},
		{"csrf failed: referer", "csrf", true},
		{"xsrfcookiename: 'xsrf-token'", "xsrf", false},
		{"x-csrf-token", "csrf", false},
		{"csrf_token=abc", "csrf", false},
		{"see csrf", "csrf", true},
		{"", "csrf", false},
	} {
		if got := ContainsWord(c.s, c.w); got != c.want {
			t.Errorf("ContainsWord(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

func TestLower(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "",
		"already lower":           "already lower",
		"HTTP/1.1 403 Forbidden":  "http/1.1 403 forbidden",
		"Код ответа: 401 ÉTÉ":     "Код ответа: 401 ÉtÉ", // only ASCII capitals change, byte for byte
		"X-Amz-Request-Id: ABC12": "x-amz-request-id: abc12",
	} {
		if got := Lower(in); got != want || len(got) != len(in) {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestContainsWordStart(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"send the token again", "token", true},
		{"token expired", "token", true},
		{"the api_token field", "token", true},
		{"getasync(cancellationtoken ct)", "token", false},
		{"nextpagetoken then token", "token", true},
		{"authorization", "author", true},
		{"coauthor", "author", false},
	} {
		if got := ContainsWordStart(c.s, c.w); got != c.want {
			t.Errorf("ContainsWordStart(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

// TestHasPrefixFold holds HasPrefixFold to strings.ToLower and HasPrefix on
// texts that start with the prefixes in every case, with letters outside
// ASCII after or in place of them.
func TestHasPrefixFold(t *testing.T) {
	for _, p := range []string{"<!doctype html", "<html", ""} {
		for _, s := range []string{"<!DOCTYPE HTML>\n<html>é", "<!doctype html", "<!DocType Html", "<HTML lang=\"fr\">Été", "<htm",
			"<ĥtml>", "<HTMLé", "É<html>", "<!doctype\u00a0html", "", "<", "<Html\u212a"} {
			if got, want := HasPrefixFold(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("HasPrefixFold(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

func TestAllDigits(t *testing.T) {
	for s, want := range map[string]bool{"401": true, "0": true, "": false, "40l": false, " 401": false, "-1": false, "٤٠١": false} {
		if got := AllDigits(s); got != want {
			t.Errorf("AllDigits(%q) = %v, want %v", s, got, want)
		}
	}
}
