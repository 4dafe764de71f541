// Wire traces: Ruby Net::HTTP set_debug_output (-> "..." / <- "...") and Python
// http.client debuglevel=1 (send: b'...', reply: '...', header: ...).

package parse

import (
	"strconv"
	"strings"
)

// appendWire decodes a Ruby Net::HTTP wire-trace line: -> "HTTP/1.1 403 ...\r\n"
// (received) or <- "GET / HTTP/1.1\r\nHost: ...\r\n\r\n" (sent).
func appendWire(out []line, n int, t string) []line {
	d := byte('<')
	if t[0] == '<' {
		d = '>'
	}
	q := t[3:]
	s, err := strconv.Unquote(q)
	if err != nil {
		s = unquoteLoose(q)
	}
	if s == "" {
		return append(out, line{n: n, text: "", kind: kText, dir: d, wire: true})
	}
	return appendWireLines(out, s, n, d)
}

// unquoteLoose undoes the common escapes of a quoted string that
// strconv.Unquote rejects (a cut line, Ruby-only escapes).
func unquoteLoose(q string) string {
	q = strings.TrimPrefix(q, "\"")
	q = strings.TrimSuffix(q, "\"")
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' || i+1 == len(q) {
			b.WriteByte(c)
			continue
		}
		i++
		switch q[i] {
		case 'r':
			b.WriteByte('\r')
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(q[i])
		}
	}
	return b.String()
}

// pyDebug recognises Python http.client debug output (debuglevel=1):
// send: b'GET / HTTP/1.1\r\nHost: x\r\n\r\n', reply: 'HTTP/1.1 401 ...\r\n',
// header: Name: value. It returns the kind of line, or 0.
func pyDebug(t string) byte {
	switch {
	case strings.HasPrefix(t, "send: b'") || strings.HasPrefix(t, "send: b\""):
		return 's'
	case strings.HasPrefix(t, "reply: '") || strings.HasPrefix(t, "reply: \""):
		return 'r'
	case strings.HasPrefix(t, "header: ") && strings.IndexByte(t[8:], ':') > 0:
		return 'h'
	}
	return 0
}

func appendPyDebug(out []line, n int, t string, kind byte) []line {
	var text string
	d := byte('<')
	switch kind {
	case 's':
		text, d = unquotePy(t[len("send: b"):]), '>'
	case 'r':
		text = unquotePy(t[len("reply: "):])
	case 'h':
		text = t[len("header: "):]
	}
	return appendWireLines(out, text, n, d)
}

// appendWireLines appends the lines of a string decoded from a wire trace
// (Ruby's or Python's quoted chunks), all on paste line n, marked as wire text.
func appendWireLines(out []line, text string, n int, d byte) []line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	parts := strings.Split(text, "\n")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	for _, p := range parts {
		l := mkLine(n, strings.TrimRight(p, " \t\r"), kText, d)
		l.wire = true
		out = append(out, l)
	}
	return out
}

// unquotePy decodes a Python str or bytes literal body: 'a\r\n\x00\”.
func unquotePy(q string) string {
	if len(q) >= 2 && (q[0] == '\'' || q[0] == '"') {
		if q[len(q)-1] == q[0] {
			q = q[1 : len(q)-1]
		} else {
			q = q[1:]
		}
	}
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' || i+1 == len(q) {
			b.WriteByte(c)
			continue
		}
		i++
		switch q[i] {
		case 'r':
			b.WriteByte('\r')
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'x':
			if i+2 < len(q) {
				if v, err := strconv.ParseUint(q[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(v))
					i += 2
					continue
				}
			}
			b.WriteByte('x')
		default:
			b.WriteByte(q[i])
		}
	}
	return b.String()
}
