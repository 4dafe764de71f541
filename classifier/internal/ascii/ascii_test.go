package ascii

import "testing"

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
