package workload

import (
	"bytes"
	"fmt"
	"strings"
)

// Shape is an adversarial paste shape for the memory budget: inputs whose
// size in bytes says little about the work or memory they cause.
type Shape struct {
	Name string
	// Make returns a paste of about size bytes (never more).
	Make func(size int) []byte
}

// Shapes are the shapes `make bench` measures peak memory on (issue #12):
// many tiny exchanges, one huge line, many header lines, a huge header,
// deeply nested JSON, CR-only line endings and a HAR of many small entries.
var Shapes = []Shape{
	{"many tiny exchanges", func(size int) []byte {
		return repeatTo("HTTP/1.1 401 Unauthorized\n\n", size)
	}},
	{"one huge line", func(size int) []byte {
		head := "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\n"
		return append([]byte(head), bytes.Repeat([]byte("A"), max(0, size-len(head)))...)
	}},
	{"many header lines", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("HTTP/1.1 401 Unauthorized\n")
		for i := 0; ; i++ {
			l := fmt.Sprintf("X-Trace-%d: v%d\n", i, i)
			if b.Len()+len(l)+1 > size {
				break
			}
			b.WriteString(l)
		}
		b.WriteString("\n")
		return b.Bytes()
	}},
	{"a huge header", func(size int) []byte {
		head, tail := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"", "\"\n\n"
		return []byte(head + strings.Repeat("a", max(0, size-len(head)-len(tail))) + tail)
	}},
	{"deep JSON", func(size int) []byte {
		head := "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n"
		n := max(0, (size-len(head))/2)
		return []byte(head + strings.Repeat("[", n) + strings.Repeat("]", n))
	}},
	{"CR-only line endings", func(size int) []byte {
		return repeatTo("HTTP/1.1 401 Unauthorized\rWWW-Authenticate: Basic realm=\"x\"\rContent-Length: 0\r\r", size)
	}},
	{"many-entry HAR", func(size int) []byte {
		head := `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[`
		entry := `{"startedDateTime":"2024-05-02T09:30:58.112Z","time":1,"request":{"method":"GET","url":"https://api.example.com/v1/x","httpVersion":"HTTP/1.1","headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":401,"statusText":"Unauthorized","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"content":{"size":0,"mimeType":"text/plain"},"redirectURL":"","headersSize":-1,"bodySize":0},"cache":{},"timings":{"send":0,"wait":1,"receive":0}}`
		tail := "]}}\n"
		var b bytes.Buffer
		b.WriteString(head)
		for n := 0; b.Len()+len(entry)+1+len(tail) <= size; n++ {
			if n > 0 {
				b.WriteByte(',')
			}
			b.WriteString(entry)
		}
		b.WriteString(tail)
		return b.Bytes()
	}},
}

// repeatTo repeats unit as often as it fits in size bytes.
func repeatTo(unit string, size int) []byte {
	return bytes.Repeat([]byte(unit), max(1, size/len(unit)))
}
