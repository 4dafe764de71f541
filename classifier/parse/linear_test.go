package parse

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime parses hostile pastes of growing size and fails when the
// time grows much faster than the size.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	gens := map[string]func(n int) string{
		"one long line of HTTP/": func(n int) string { return "x " + strings.Repeat("HTTP/1.1 ", n/9) },
		"one long line of log prefix": func(n int) string {
			return "Oct 14 09:12:05 " + strings.Repeat("GET / HTTP/1.1 ", n/15)
		},
		"headless block": func(n int) string { return strings.Repeat("x-a: b\n", n/7) },
		"status lines":   func(n int) string { return strings.Repeat("HTTP/1.1 401\n", n/13) },
		"quotes":         func(n int) string { return strings.Repeat("> > > > x\n", n/10) },
		"curl commands":  func(n int) string { return strings.Repeat("$ curl -H 'a: b' -u u:p http://h/\n", n/34) },
		"continuations":  func(n int) string { return "HTTP/1.1 401\nWWW-Authenticate: a=b,\n" + strings.Repeat("c=d,\n", n/5) },
		"one long shell": func(n int) string { return "$ curl " + strings.Repeat(`'\"`, n/3) },
		"erlang":         func(n int) string { return "{error,{\"403\",[" + strings.Repeat("{\"A\",\"B\"},\n", n/11) },
		"nested HAR":     func(n int) string { return `{"log":{"entries":[{"request":{"x":` + strings.Repeat("[", n) },
		"HAR escapes": func(n int) string {
			return `{"log":{"entries":[{"request":{"url":"` + strings.Repeat(`\"`, n/2) + `"}}]}}`
		},
		"chunked": func(n int) string {
			return "HTTP/1.1 403\nTransfer-Encoding: chunked\n\n" + strings.Repeat("1\nx\n", n/4)
		},
		"body-only prose":  func(n int) string { return "<p>\n" + strings.Repeat("error 4 status: x (4\n", n/21) },
		"wire trace":       func(n int) string { return strings.Repeat(`-> "HTTP/1.1 403 Forbidden\r\nServer: x\r\n"`+"\n", n/42) },
		"devtools pairs":   func(n int) string { return strings.Repeat("Request URL:\nhttps://x/\n", n/24) },
		"open fetch calls": func(n int) string { return strings.Repeat("fetch(\"https://x/\", {\n  \"a\": \"b\",\n", n/30) },
	}
	for name, gen := range gens {
		t.Run(name, func(t *testing.T) {
			small, large := gen(1<<17), gen(1<<19)
			ts := timeParse(small)
			tl := timeParse(large)
			if tl > 12*ts+20*time.Millisecond {
				t.Errorf("%d bytes took %v, %d bytes took %v: not linear", len(small), ts, len(large), tl)
			}
		})
	}
}

func timeParse(text string) time.Duration {
	best := time.Duration(1 << 62)
	for i := 0; i < 3; i++ {
		start := time.Now()
		Parse(text)
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}
