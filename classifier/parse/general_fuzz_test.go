package parse

import (
	"runtime"
	"strings"
	"testing"
)

// FuzzGeneral feeds the general reader any text: it must not panic, every
// position it reports must lie inside the paste, and every exchange it
// makes must say how it was read.
func FuzzGeneral(f *testing.F) {
	for _, c := range generalCases {
		f.Add(c.text)
	}
	for _, gen := range generalAdversarial() {
		f.Add(gen(300))
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		raw := splitRaw(text)
		xs := readGeneral(raw)
		for _, x := range xs {
			if x.Response == nil || !x.Reading.General || x.Reading.Summary == "" {
				t.Fatalf("exchange without a response or a reading: %+v", x)
			}
			for _, p := range []int{x.Span.Start, x.Span.End, x.Response.Pos.Line, x.Response.Body.Pos.Line} {
				if p < 0 || p > len(raw) {
					t.Fatalf("position %d outside the %d lines", p, len(raw))
				}
			}
			for _, fl := range x.Response.Fields {
				if fl.Pos.Line < 1 || fl.Pos.Line > len(raw) {
					t.Fatalf("field %q at line %d outside the %d lines", fl.Name, fl.Pos.Line, len(raw))
				}
			}
		}
		// And through Parse, which may choose the general reading.
		Parse(text)
	})
}

// generalAdversarial are shapes built to make a careless reader slow: open
// JSON blocks, labels with bodies that never close, endless quotes and keys,
// digit runs, header collections that never end.
func generalAdversarial() map[string]func(n int) string {
	return map[string]func(n int) string{
		"open braces":        func(n int) string { return strings.Repeat("{\n", n/2) },
		"labelled open":      func(n int) string { return strings.Repeat("body: {\n", n/8) },
		"open quotes":        func(n int) string { return "headers: {" + strings.Repeat("'x-a': '", n/8) },
		"keys no values":     func(n int) string { return strings.Repeat("'Content-Type' ", n/15) },
		"status words":       func(n int) string { return strings.Repeat("status code error 401 ", n/22) },
		"digits":             func(n int) string { return strings.Repeat("(((401", n/6) },
		"methods":            func(n int) string { return strings.Repeat("GET GET /", n/9) },
		"url keys":           func(n int) string { return strings.Repeat("url=url=url:", n/12) },
		"long markup":        func(n int) string { return strings.Repeat("<p>\n", n/4) },
		"headings":           func(n int) string { return strings.Repeat("Response Headers:\n", n/18) },
		"dict lines":         func(n int) string { return strings.Repeat("{'Server': 'x', 'X-A': 'b'}\n", n/28) },
		"wrapped lines":      func(n int) string { return strings.Repeat(strings.Repeat("a", 79)+"\n", n/80) },
		"one long line":      func(n int) string { return strings.Repeat("status: 4 ", n/10) },
		"json log lines":     func(n int) string { return strings.Repeat(`{"level":"x","status":401,"url":"/a"}`+"\n", n/38) },
		"klog prefixes":      func(n int) string { return strings.Repeat("I0101 00:00:00.000000 1 a.go:1] Status: 401\n", n/44) },
		"escaped body":       func(n int) string { return "body: \"" + strings.Repeat(`\"\n`, n/4) },
		"go maps":            func(n int) string { return "map[" + strings.Repeat("X-A:[b] ", n/8) },
		"commands":           func(n int) string { return strings.Repeat("$ curl -H 'X-A: b' https://h/\n", n/30) },
		"statuses alternate": func(n int) string { return strings.Repeat("HTTP 401\nHTTP 403\n", n/18) },
		"open quoted bodies": func(n int) string { return strings.Repeat("403 Text: \"<a b=\"c\" d\n", n/22) },
		"request blocks":     func(n int) string { return strings.Repeat("URL: /a\nMessage: denied\nURL: /b\n", n/34) },
		"request targets": func(n int) string {
			return "URL: /a\nMessage: denied\n" + strings.Repeat("url=/b1 x\nurl=/b2 x\n", n/20)
		},
		"status objects": func(n int) string {
			return strings.Repeat("{\"status\":{\"code\":200,\"code\":200,\"code\":200}}\n", n/44)
		},
		"quoted body runs": func(n int) string { return strings.Repeat("403 Text: \"<a b=\"c\" d\n<e>\"\n", n/27) },
		"pipe rows":        func(n int) string { return strings.Repeat("403|Forbidden|", n/14) },
	}
}

// TestGeneralLinear reads every adversarial shape at two sizes and compares
// the bytes of lines the reader visits and the bytes it allocates: growing
// the input 4x must not grow either more than 6x (a quadratic reader grows
// them 16x). Counts and sizes, not durations.
func TestGeneralLinear(t *testing.T) {
	alloc := func(text string) uint64 {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		readGeneral(splitRaw(text))
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	for name, gen := range generalAdversarial() {
		small, large := gen(1<<16), gen(1<<18)
		os, ol := generalOps(splitRaw(small)), generalOps(splitRaw(large))
		if float64(ol)/float64(max(os, 1)) > 6 {
			t.Errorf("%s: %d line bytes visited for %d bytes of input, %d for %d", name, os, len(small), ol, len(large))
		}
		as, al := alloc(small), alloc(large)
		if as == 0 {
			as = 1
		}
		ratio := float64(al) / float64(as)
		if ratio > 6 {
			t.Errorf("%s: %d bytes allocated for %d bytes of input, %d for %d (%.1fx)", name, as, len(small), al, len(large), ratio)
		}
	}
}
