package parse

import (
	"strings"
	"testing"
)

// TestSlicedBodyKey: a log line that labels the body it prints cut with a
// Python slice (Body[:400]='<!DOCTYPE …', text[0:300]="{…}") carries that
// body, as body= does; a bracket that is no slice (body[0]=, body[:x]) is
// no key (values are invented).
func TestSlicedBodyKey(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"python log, html cut", "2025-03-02 10:11:12,345 - ERROR - Blocked fetching https://media.example.org/v/77: HTTP 403 with WAF indicators (server='cloudflare', body_markers=True) | Body[:400]='<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><style>*{box-sizing:border-box'\n",
			"<title>Just a moment...</title>"},
		{"json, start and end", `WARN fetch failed status=429 text[0:300]="{\"error\":\"rate_limited\",\"retry_after\":30}"` + "\n",
			`"rate_limited"`},
	} {
		if got := firstBody(t, c.text); !strings.Contains(got, c.want) {
			t.Errorf("%s: body %q, want it to hold %q", c.name, got, c.want)
		}
	}
	for _, s := range []string{"[0]=", "[:x]=", "[]=", "[:]="} {
		if n := sliceSuffix(s); n != 0 {
			t.Errorf("sliceSuffix(%q) = %d, want 0", s, n)
		}
	}
}
