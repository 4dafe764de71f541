package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestLinearTime parses hostile pastes of growing size and fails when the
// time grows much faster than the size.
// scalingInputs are pathological shapes: one long line, endless blocks,
// unclosed quotes. Each must parse in time linear in its size:
// BenchmarkParseScaling reports small and large sizes side by side so a
// quadratic reader shows up as a 16x jump in ns/op for a 4x larger input.
func scalingInputs() map[string]func(n int) string {
	return map[string]func(n int) string{
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
		// command runs with output in one fence that closes at the end, and
		// requests each followed by the answer quoted in a sentence
		"prompted runs": func(n int) string { return "```\n" + strings.Repeat("$ curl http://h/x\nSID=a\n", n/24) + "```\n" },
		// a person's sentences, each naming a command in an inline code span
		"prose commands": func(n int) string {
			return strings.Repeat("I ran `wget https://h/x -O x` and `curl -H a: b c d` then\n", n/58) + "HTTP/1.1 403\n"
		},
		"quoted answers": func(n int) string {
			return strings.Repeat("GET /x HTTP/1.1\nHost: h\n\nI get back {\"a\":1} .\n", n/44)
		},
		// one line of aiohttp error strings with no URL until its end
		"aiohttp messages": func(n int) string { return strings.Repeat("401, message='x'", n/16) + ", url=y\n" },
	}
}

// TestPathologicalInputs parses every scaling shape at 512 KiB: no panic, and
// every span inside the paste. Speed is BenchmarkParseScaling's job.
func TestPathologicalInputs(t *testing.T) {
	for name, gen := range scalingInputs() {
		t.Run(name, func(t *testing.T) {
			text := gen(1 << 19)
			in, err := Parse(text)
			if err != nil {
				return // a clear error is a fine answer to junk
			}
			for _, x := range in.Exchanges {
				if x.Span.Start < 0 || x.Span.End > in.Lines {
					t.Errorf("exchange span %v outside the %d lines", x.Span, in.Lines)
				}
			}
		})
	}
}

// BenchmarkParseScaling parses each pathological shape at 128 KiB and 512 KiB.
func BenchmarkParseScaling(b *testing.B) {
	for name, gen := range scalingInputs() {
		for _, size := range []int{1 << 17, 1 << 19} {
			text := gen(size)
			b.Run(fmt.Sprintf("%s/%dKiB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					Parse(text)
				}
			})
		}
	}
}
