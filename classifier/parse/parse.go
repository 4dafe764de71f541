package parse

import (
	"strconv"
	"strings"
)

// MaxInput is the largest paste Parse accepts, in bytes.
const MaxInput = 64 << 20

// Parse reads a paste holding one or more HTTP exchanges and returns them in
// order, each response paired with the request before it.
//
// A paste that holds nothing recognisable is an error naming the first line;
// one that is partly readable gives the exchanges it could read plus notes.
func Parse(text string) (*Input, error) {
	if len(text) > MaxInput {
		return nil, &ParseError{Err: ErrTooLarge, Expected: "at most 64 MiB"}
	}
	lines := splitLines(text)
	in := &Input{Format: "raw", Lines: len(lines)}
	r := rawReader{lines: lines, in: in}
	r.read()
	if len(in.Exchanges) == 0 {
		first, n := firstNonBlank(lines)
		return nil, &ParseError{Line: n, Text: cut80(first), Err: ErrNoMessage,
			Expected: "a status line such as \"HTTP/1.1 401 Unauthorized\" or a request line such as \"GET / HTTP/1.1\""}
	}
	for i, x := range in.Exchanges {
		x.Index = i
		if x.Format == "" {
			x.Format = in.Format
		}
	}
	return in, nil
}

func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

func firstNonBlank(lines []string) (string, int) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return l, i + 1
		}
	}
	return "", 0
}

// rawReader reads plain HTTP/1.x messages: request line or status line, header
// fields, a blank line, a body running to the next start line.
type rawReader struct {
	lines []string
	in    *Input
	i     int
	req   *Request // request waiting for its response
}

var methods = map[string]bool{
	"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true, "OPTIONS": true,
	"PATCH": true, "CONNECT": true, "TRACE": true, "PROPFIND": true, "PROPPATCH": true,
	"MKCOL": true, "COPY": true, "MOVE": true, "LOCK": true, "UNLOCK": true, "REPORT": true,
}

// parseRequestLine recognises "GET /x HTTP/1.1" (the version may be missing).
func parseRequestLine(l string) (method, target, proto string, ok bool) {
	parts := strings.Fields(l)
	if len(parts) < 2 || len(parts) > 3 || !methods[parts[0]] {
		return "", "", "", false
	}
	if len(parts) == 3 {
		if !strings.HasPrefix(parts[2], "HTTP/") {
			return "", "", "", false
		}
		proto = parts[2]
	}
	return parts[0], parts[1], proto, true
}

// parseStatusLine recognises "HTTP/1.1 401 Unauthorized", "HTTP/2 403".
func parseStatusLine(l string) (proto string, status int, reason string, ok bool) {
	l = strings.TrimSpace(l)
	if !strings.HasPrefix(l, "HTTP/") {
		return "", 0, "", false
	}
	proto, rest, _ := strings.Cut(l, " ")
	rest = strings.TrimLeft(rest, " ")
	code, reason, _ := strings.Cut(rest, " ")
	if len(code) != 3 {
		return "", 0, "", false
	}
	n, err := strconv.Atoi(code)
	if err != nil || n < 100 || n > 999 {
		return "", 0, "", false
	}
	return proto, n, strings.TrimSpace(reason), true
}

// splitField splits "Name: value"; the name must be a token.
func splitField(l string) (name, value string, ok bool) {
	name, value, ok = strings.Cut(l, ":")
	if !ok || name == "" {
		return "", "", false
	}
	name = strings.TrimRight(name, " \t")
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", "", false
		}
	}
	return name, strings.TrimSpace(value), true
}

func (r *rawReader) isStart(l string) bool {
	if _, _, _, ok := parseStatusLine(l); ok {
		return true
	}
	_, _, _, ok := parseRequestLine(l)
	return ok
}

func (r *rawReader) read() {
	for r.i < len(r.lines) {
		l := r.lines[r.i]
		if proto, status, reason, ok := parseStatusLine(l); ok {
			resp := &Response{Proto: proto, Status: status, Reason: reason, Pos: Pos{Line: r.i + 1}}
			start := r.i + 1
			r.i++
			resp.Fields = r.readFields()
			resp.Body = r.readBody()
			resp.Span = Span{start, r.lastNonBlank(r.i)}
			x := &Exchange{Response: resp, Span: resp.Span}
			if r.req != nil {
				x.Request = r.req
				x.Span.Start = r.req.Span.Start
				r.req = nil
			}
			r.in.Exchanges = append(r.in.Exchanges, x)
			continue
		}
		if method, target, proto, ok := parseRequestLine(l); ok {
			r.flushRequest()
			req := &Request{Method: method, Target: target, Proto: proto, Pos: Pos{Line: r.i + 1}}
			start := r.i + 1
			r.i++
			req.Fields = r.readFields()
			req.Body = r.readBody()
			req.Span = Span{start, r.lastNonBlank(r.i)}
			req.URL = requestURL(req)
			r.req = req
			continue
		}
		r.i++
	}
	r.flushRequest()
}

// flushRequest keeps a request that got no response as an exchange of its own.
func (r *rawReader) flushRequest() {
	if r.req == nil {
		return
	}
	r.in.Exchanges = append(r.in.Exchanges, &Exchange{Request: r.req, Span: r.req.Span,
		Notes: []Note{{Code: "no-response", Message: "request without a response", Pos: r.req.Pos}}})
	r.req = nil
}

// readFields reads header lines up to a blank line or the next start line.
func (r *rawReader) readFields() Fields {
	var fs Fields
	for r.i < len(r.lines) {
		l := r.lines[r.i]
		if strings.TrimSpace(l) == "" {
			r.i++
			return fs
		}
		if r.isStart(l) {
			return fs
		}
		if (l[0] == ' ' || l[0] == '\t') && len(fs) > 0 {
			fs[len(fs)-1].Value += " " + strings.TrimSpace(l)
			r.i++
			continue
		}
		name, value, ok := splitField(l)
		if !ok {
			return fs // not a header: the body starts here
		}
		fs = append(fs, Field{Name: name, Value: value, Pos: Pos{Line: r.i + 1}})
		r.i++
	}
	return fs
}

// readBody reads lines up to the next start line.
func (r *rawReader) readBody() Body {
	start := r.i
	for r.i < len(r.lines) && !r.isStart(r.lines[r.i]) {
		r.i++
	}
	end := r.i
	for end > start && strings.TrimSpace(r.lines[end-1]) == "" {
		end--
	}
	if end == start {
		return Body{}
	}
	return Body{Text: strings.Join(r.lines[start:end], "\n"), Pos: Pos{Line: start + 1}}
}

func (r *rawReader) lastNonBlank(i int) int {
	for i > 0 && strings.TrimSpace(r.lines[i-1]) == "" {
		i--
	}
	return i
}

// requestURL builds an absolute URL from the target and Host when it can.
func requestURL(req *Request) string {
	t := req.Target
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") {
		return t
	}
	host := req.Fields.Get("host")
	if host == "" {
		host = req.Fields.Get(":authority")
	}
	if host == "" || !strings.HasPrefix(t, "/") {
		return ""
	}
	return "//" + host + t // scheme unknown
}
