package parse

import (
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/urlparts"
)

// looksHAR reports whether text is a JSON object with a "log" member near
// its start, possibly inside a Markdown code fence.
func looksHAR(text string) bool { return jsonStart(text, "\"log\"") >= 0 }

// jsonStart returns the offset of the '{' that opens a JSON object with the
// member key, its value no string, among its first bytes, skipping blank lines and a Markdown
// fence line; -1 if there is none.
func jsonStart(text, key string) int {
	i := 0
	for i < len(text) && strings.IndexByte(" \t\r\n", text[i]) >= 0 {
		i++
	}
	if strings.HasPrefix(text[i:], "```") || strings.HasPrefix(text[i:], "~~~") {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			return -1
		}
		i += nl + 1
		for i < len(text) && strings.IndexByte(" \t\r\n", text[i]) >= 0 {
			i++
		}
	}
	if !strings.HasPrefix(text[i:], "{") {
		return -1
	}
	head := text[i:]
	if len(head) > 4096 {
		head = head[:4096]
	}
	k := strings.Index(head, key)
	if k < 0 {
		return -1
	}
	rest := strings.TrimLeft(head[k+len(key):], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return -1
	}
	if v := strings.TrimLeft(rest[1:], " \t\r\n"); v != "" && v[0] == '"' {
		// a member whose value is a string: Docker's json-file log lines
		// ({"log":"… 403 …\n","stream":"stdout"}), not a HAR's "log": {…}
		return -1
	}
	return i
}

// harReader is a small JSON reader that knows the HAR 1.2 shape: it keeps
// what authtriage needs, skips the rest without building it, and knows the
// line of every value it keeps.
type harReader struct {
	s       string
	i       int
	lineOff int // s[:lineOff] holds line-1 newlines
	line    int
	in      *Input
	scratch Fields // fields reads into it
}

// harError is a syntax error at an offset.
type harError struct {
	off  int
	want string
}

func (e *harError) Error() string { return "expected " + e.want }

// embeddedHAR returns the offset of a HAR's opening '{' on a line of its
// own below a person's prose ("here is the HAR:", a fence line, a console
// line), -1 if there is none: the '{' starts a line and its first member,
// within a few bytes, is "log" holding an object. One look per line, each
// bounded, so linear.
func embeddedHAR(text string) int {
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		i := off
		for i < end && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i < end && text[i] == '{' {
			head := text[i+1 : min(len(text), i+80)]
			head = strings.TrimLeft(head, " \t\r\n")
			if rest, ok := strings.CutPrefix(head, "\"log\""); ok {
				rest = strings.TrimLeft(rest, " \t\r\n")
				if rest, ok = strings.CutPrefix(rest, ":"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t\r\n"), "{") {
					return i
				}
			}
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return -1
}

// harNoResponse stands for the browser's error on a HAR entry whose status
// is 0 with no _error recorded.
const harNoResponse = "status 0"

func parseHAR(text string, lines int) (in *Input, err error) {
	in, _, err = parseHARAt(text, jsonStart(text, "\"log\""), lines)
	return in, err
}

// proseAround reports whether the text around a HAR (before it, or after
// its end) is a person's words and no other dump: a few lines, none of them
// a status line, a request line, a curl -v line or another JSON object.
// A line quoted in Markdown ("> Could you attach a HAR?", the question a
// reply quotes) is prose when what it quotes is: curl -v's "> " lines are a
// request line or header fields.
func proseAround(s string) bool {
	if strings.Count(s, "\n") > 12 {
		return false
	}
	for l := range strings.SplitSeq(s, "\n") {
		t := strings.TrimSpace(l)
		if q, ok := strings.CutPrefix(t, ">"); ok {
			if t = strings.TrimSpace(q); t == "" {
				continue
			}
			if _, _, _, field := splitField(t); field {
				return false
			}
		}
		if strings.HasPrefix(t, "<") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "{") || strings.Contains(t, "HTTP/") {
			return false
		}
		if m, _, ok := strings.Cut(t, " "); ok && methods.Has(m) {
			return false
		}
	}
	return true
}

// parseHARAt reads the HAR whose object opens at start (0 when it opens the
// text); line numbers count from the start of text.
func parseHARAt(text string, start, lines int) (in *Input, end int, err error) {
	p := &harReader{s: text, line: 1, in: &Input{Format: "har", Lines: lines}}
	if start > 0 {
		p.i = start
	}
	defer func() {
		if he, ok := errors.AsType[*harError](err); ok {
			l := p.lineAt(he.off)
			err = &ParseError{Line: l, Text: cut80(strings.TrimSpace(lineText(text, he.off))), Err: ErrBadHAR, Expected: he.want}
		}
	}()
	p.ws()
	err = p.object(func(key string, _ int) error {
		if key != "log" {
			return p.skip()
		}
		return p.object(func(key string, _ int) error {
			switch key {
			case "creator":
				return p.object(func(key string, _ int) error {
					if key == "name" {
						v, _, err := p.str()
						p.in.HARCreator = v
						return err
					}
					return p.skip()
				})
			case "entries":
				return p.entries()
			}
			return p.skip()
		})
	})
	if err != nil && len(p.in.Exchanges) > 0 {
		if he, ok := errors.AsType[*harError](err); ok {
			l := p.lineAt(he.off)
			p.in.Notes = append(p.in.Notes, Note{Code: "har-truncated", Message: "the HAR stops being valid JSON here (expected " + he.want + "); the entries before it were read", Pos: Pos{Line: l}})
			err = nil
		}
	}
	if err != nil {
		return nil, 0, err
	}
	if len(p.in.Exchanges) == 0 {
		return nil, 0, &ParseError{Line: 1, Err: ErrBadHAR, Expected: "a HAR log with at least one entry in log.entries"}
	}
	harSanitized(p.in)
	end = p.i
	if len(p.in.Notes) > 0 && p.in.Notes[len(p.in.Notes)-1].Code == "har-truncated" {
		end = len(text) // a HAR cut short: the rest is what is left of it
	}
	return finish(p.in), end, nil
}

func lineText(s string, off int) string {
	if off > len(s) {
		off = len(s)
	}
	a := strings.LastIndexByte(s[:off], '\n') + 1
	b := strings.IndexByte(s[off:], '\n')
	if b < 0 {
		return s[a:]
	}
	return s[a : off+b]
}

// lineAt returns the 1-based line of offset off. Offsets mostly grow, so
// counting goes on from the last one.
func (p *harReader) lineAt(off int) int {
	if off > len(p.s) {
		off = len(p.s)
	}
	if off < p.lineOff {
		p.line -= strings.Count(p.s[off:p.lineOff], "\n")
	} else {
		p.line += strings.Count(p.s[p.lineOff:off], "\n")
	}
	p.lineOff = off
	if p.line > p.in.Lines {
		return p.in.Lines // at the end, after the last newline
	}
	return p.line
}

func (p *harReader) ws() {
	// (in locals: with the reader's fields, each byte was a load and a
	// store of p.i; a HAR is mostly indentation)
	s, i := p.s, p.i
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	p.i = i
}

func (p *harReader) fail(want string) error { return &harError{off: p.i, want: want} }

// object reads {"key": value, ...}, calling fn with the reader on each value.
func (p *harReader) object(fn func(key string, off int) error) error {
	p.ws()
	if p.i >= len(p.s) || p.s[p.i] != '{' {
		return p.fail("'{'")
	}
	p.i++
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return nil
	}
	for {
		p.ws()
		key, off, err := p.str()
		if err != nil {
			return err
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.fail("':' after an object key")
		}
		p.i++
		p.ws()
		if err := fn(key, off); err != nil {
			return err
		}
		p.ws()
		if p.i >= len(p.s) {
			return p.fail("',' or '}'")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.fail("',' or '}'")
		}
	}
}

// array reads [value, ...], calling fn with the index of each value.
func (p *harReader) array(fn func(k int) error) error {
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == 'n' && strings.HasPrefix(p.s[p.i:], "null") {
		p.i += 4
		return nil
	}
	if p.i >= len(p.s) || p.s[p.i] != '[' {
		return p.fail("'['")
	}
	p.i++
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return nil
	}
	for k := 0; ; k++ {
		p.ws()
		if err := fn(k); err != nil {
			return err
		}
		p.ws()
		if p.i >= len(p.s) {
			return p.fail("',' or ']'")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return nil
		default:
			return p.fail("',' or ']'")
		}
	}
}

// str reads a JSON string and returns it with its offset. Strings without
// escapes are slices of the input.
func (p *harReader) str() (string, int, error) {
	p.ws()
	off := p.i
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		if strings.HasPrefix(p.s[p.i:], "null") {
			p.i += 4
			return "", off, nil
		}
		return "", off, p.fail("a string")
	}
	start := p.i + 1
	esc := false
	j := start
	q := -1 // the next '"' at or after j, once found
	for {
		// The string ends at the first '"' not escaped: IndexByte for the
		// quote, then for a backslash before it (IndexAny built a byte set
		// for every string of the HAR). q is kept while j stays before it,
		// so a string with many escapes is still read once.
		if q < j {
			k := strings.IndexByte(p.s[j:], '"')
			if k < 0 {
				p.i = len(p.s)
				return "", off, &harError{off: off, want: "a closing '\"'"}
			}
			q = j + k
		}
		if k := strings.IndexByte(p.s[j:q], '\\'); k < 0 {
			j = q
			break
		} else {
			j += k
		}
		esc = true
		j += 2
		if j > len(p.s) {
			p.i = len(p.s)
			return "", off, &harError{off: off, want: "a closing '\"'"}
		}
	}
	p.i = j + 1
	if !esc {
		return p.s[start:j], off, nil
	}
	v, ok := unescapeJSON(p.s[start:j])
	if !ok {
		return "", off, &harError{off: off, want: "a valid JSON string"}
	}
	return v, off, nil
}

// unescapeJSON decodes the escapes of a JSON string body. Lone surrogates
// and invalid UTF-8 become U+FFFD, as encoding/json does.
func unescapeJSON(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case '"', '\\', '/':
			b = append(b, s[i])
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(s, i+1)
			if !ok {
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if r2, ok2 := hex4(s, i+3); ok2 && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						i += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	out := string(b)
	if !utf8.ValidString(out) {
		out = strings.ToValidUTF8(out, "\uFFFD")
	}
	return out, true
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(s[i:i+4], 16, 32)
	return rune(n), err == nil
}

// skipString passes over a string without decoding it.
func (p *harReader) skipString() error {
	off := p.i
	j := p.i + 1
	for {
		k := strings.IndexAny(p.s[j:], "\"\\")
		if k < 0 {
			p.i = len(p.s)
			return &harError{off: off, want: "a closing '\"'"}
		}
		j += k
		if p.s[j] == '"' {
			p.i = j + 1
			return nil
		}
		j += 2
		if j > len(p.s) {
			p.i = len(p.s)
			return &harError{off: off, want: "a closing '\"'"}
		}
	}
}

// number reads a JSON number (or null, as 0).
func (p *harReader) number() (float64, int, error) {
	p.ws()
	off := p.i
	j := p.i
	for j < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[j]) >= 0 {
		j++
	}
	if j == p.i {
		if strings.HasPrefix(p.s[p.i:], "null") {
			p.i += 4
			return 0, off, nil
		}
		if p.i < len(p.s) && p.s[p.i] == '"' { // some exporters quote numbers
			v, _, err := p.str()
			if err != nil {
				return 0, off, err
			}
			f, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return f, off, nil
		}
		return 0, off, p.fail("a number")
	}
	f, err := strconv.ParseFloat(p.s[p.i:j], 64)
	p.i = j
	if err != nil {
		return 0, off, &harError{off: off, want: "a number"}
	}
	return f, off, nil
}

// skip passes over any value without keeping it; it does not recurse.
func (p *harReader) skip() error {
	p.ws()
	if p.i >= len(p.s) {
		return p.fail("a value")
	}
	switch c := p.s[p.i]; {
	case c == '"':
		return p.skipString()
	case c == '{' || c == '[':
		depth := 0
		for p.i < len(p.s) {
			switch p.s[p.i] {
			case '{', '[':
				depth++
				p.i++
			case '}', ']':
				depth--
				p.i++
				if depth == 0 {
					return nil
				}
			case '"':
				if err := p.skipString(); err != nil {
					return err
				}
			default:
				p.i++
			}
		}
		return p.fail("the end of an object or array")
	default:
		j := p.i
		for j < len(p.s) && strings.IndexByte(",}] \t\r\n", p.s[j]) < 0 {
			j++
		}
		lit := p.s[p.i:j]
		if lit != "true" && lit != "false" && lit != "null" {
			if _, err := strconv.ParseFloat(lit, 64); err != nil {
				return p.fail("a value")
			}
		}
		p.i = j
		return nil
	}
}

// pathOf builds "log.entries[k]" + suffix parts.
func entryPath(k int, rest ...string) string {
	var b strings.Builder
	b.WriteString("log.entries[")
	b.WriteString(strconv.Itoa(k))
	b.WriteByte(']')
	for _, r := range rest {
		b.WriteString(r)
	}
	return b.String()
}

func indexPath(base string, k int) string {
	return base + "[" + strconv.Itoa(k) + "]"
}

func (p *harReader) entries() error {
	return p.array(func(k int) error {
		start := p.lineAt(p.i)
		x := &Exchange{Format: "har", Entry: k + 1}
		var entryErr string
		err := p.object(func(key string, _ int) error {
			switch key {
			case "request":
				q, err := p.request(k)
				x.Request = q
				return err
			case "response":
				r, err := p.response(k)
				x.Response = r
				return err
			case "_error":
				v, _, err := p.strOrSkip()
				entryErr = v
				return err
			}
			return p.skip()
		})
		if err != nil {
			return err
		}
		end := p.lineAt(p.i)
		x.Span = Span{start, end}
		if x.Response != nil {
			if x.Response.Error == "" {
				x.Response.Error = entryErr
			}
			if r := x.Response; r.Error == "" && r.Status == 0 && len(r.Fields) == 0 && x.Request != nil && strings.HasSuffix(r.Pos.Path, ".response.status") {
				// "status": 0 and no _error: Firefox's and Safari's record of
				// a request the browser failed (CORS, a blocker, the network)
				// without saying why
				r.Error = harNoResponse
			}
			x.Response.Span = x.Span
		} else if entryErr != "" {
			x.Response = &Response{Error: entryErr, Span: x.Span, Pos: Pos{Line: start, Path: entryPath(k)}}
		}
		if x.Request != nil && x.Request.Span.Start == 0 {
			x.Request.Span = x.Span
		}
		if x.Request == nil && x.Response == nil {
			p.in.Notes = append(p.in.Notes, Note{Code: "har-empty-entry", Message: "a HAR entry has neither request nor response", Pos: Pos{Line: start, Path: entryPath(k)}})
			return nil
		}
		p.in.Exchanges = append(p.in.Exchanges, x)
		return nil
	})
}

// strOrSkip reads a string value, or skips any other value.
func (p *harReader) strOrSkip() (string, int, error) {
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '"' {
		return p.str()
	}
	return "", p.i, p.skip()
}

// fields reads a HAR name/value list.
func (p *harReader) fields(base string) (Fields, error) {
	// Read into the reader's scratch list, then copy it out at its size:
	// a list grown field by field held twice the fields it kept.
	fs := p.scratch[:0]
	defer func() { p.scratch = fs[:0] }()
	err := p.array(func(k int) error {
		var f Field
		valOff := -1
		err := p.object(func(key string, _ int) error {
			switch key {
			case "name":
				v, _, err := p.strOrSkip()
				f.Name = v
				return err
			case "value":
				v, off, err := p.strOrSkip()
				f.Value, valOff = v, off
				return err
			}
			return p.skip()
		})
		if err != nil {
			return err
		}
		if valOff < 0 {
			valOff = p.i
		}
		f.Pos = Pos{Line: p.lineAt(valOff), Path: indexPath(base, k)}
		fs = append(fs, f)
		return nil
	})
	if len(fs) == 0 {
		return nil, err
	}
	return slices.Clone(fs), err
}

func (p *harReader) request(k int) (*Request, error) {
	q := &Request{Pos: Pos{Line: p.lineAt(p.i), Path: entryPath(k, ".request")}}
	var cookies Fields
	err := p.object(func(key string, _ int) error {
		switch key {
		case "method":
			v, _, err := p.strOrSkip()
			q.Method = v
			return err
		case "url":
			v, off, err := p.strOrSkip()
			q.URL = v
			q.Pos.Line = p.lineAt(off)
			return err
		case "httpVersion":
			v, _, err := p.strOrSkip()
			q.Proto = harProto(v)
			return err
		case "headers":
			fs, err := p.fields(entryPath(k, ".request.headers"))
			q.Fields = append(fs, q.Fields...)
			return err
		case "cookies":
			fs, err := p.fields(entryPath(k, ".request.cookies"))
			cookies = fs
			return err
		case "postData":
			var params Fields
			err := p.object(func(key string, _ int) error {
				switch key {
				case "params":
					// A form post's fields, which Charles and others write
					// without "text"
					fs, err := p.fields(entryPath(k, ".request.postData.params"))
					params = fs
					return err
				case "text":
					v, off, err := p.strOrSkip()
					q.Body.Text = v
					q.Body.Pos = Pos{Line: p.lineAt(off), Path: entryPath(k, ".request.postData.text")}
					return err
				case "mimeType":
					v, _, err := p.strOrSkip()
					q.Body.MimeType = v
					return err
				}
				return p.skip()
			})
			if q.Body.Text == "" && len(params) > 0 {
				q.Body.Text = formText(params)
				q.Body.Pos = params[0].Pos
			}
			return err
		}
		return p.skip()
	})
	q.Target = targetOf(q.URL)
	if len(cookies) > 0 && !q.Fields.Has("Cookie") {
		parts := make([]string, 0, len(cookies))
		for _, c := range cookies {
			parts = append(parts, c.Name+"="+c.Value)
		}
		q.Fields = append(q.Fields, Field{Name: "Cookie", Value: strings.Join(parts, "; "), Pos: cookies[0].Pos})
	}
	return q, err
}

// formText writes a HAR postData's params as the form body they were sent
// as ("grant_type=password&username=…"), escaped as a form escapes them.
func formText(params Fields) string {
	var b strings.Builder
	for k, f := range params {
		if k > 0 {
			b.WriteByte('&')
		}
		b.WriteString(urlparts.QueryEscape(f.Name))
		b.WriteByte('=')
		b.WriteString(urlparts.QueryEscape(f.Value))
	}
	return b.String()
}

func harProto(v string) string {
	switch strings.ToLower(v) {
	case "http/2.0", "http/2", "h2":
		return "HTTP/2"
	case "http/3.0", "http/3", "h3":
		return "HTTP/3"
	case "http/1.1":
		return "HTTP/1.1"
	case "http/1.0":
		return "HTTP/1.0"
	}
	return v
}

func (p *harReader) response(k int) (*Response, error) {
	r := &Response{Pos: Pos{Line: p.lineAt(p.i), Path: entryPath(k, ".response")}}
	var encoding string
	err := p.object(func(key string, _ int) error {
		switch key {
		case "status":
			f, off, err := p.number()
			r.Status = int(f)
			if r.Status < 0 || r.Status > 999 {
				r.Status = 0
			}
			r.Pos = Pos{Line: p.lineAt(off), Path: entryPath(k, ".response.status")}
			return err
		case "statusText":
			v, _, err := p.strOrSkip()
			r.Reason = v
			return err
		case "httpVersion":
			v, _, err := p.strOrSkip()
			r.Proto = harProto(v)
			return err
		case "headers":
			fs, err := p.fields(entryPath(k, ".response.headers"))
			r.Fields = fs
			return err
		case "_error":
			v, _, err := p.strOrSkip()
			r.Error = v
			return err
		case "content":
			return p.object(func(key string, _ int) error {
				switch key {
				case "text":
					v, off, err := p.strOrSkip()
					r.Body.Text = v
					r.Body.Pos = Pos{Line: p.lineAt(off), Path: entryPath(k, ".response.content.text")}
					return err
				case "mimeType":
					v, _, err := p.strOrSkip()
					r.Body.MimeType = v
					return err
				case "encoding":
					v, _, err := p.strOrSkip()
					encoding = v
					return err
				}
				return p.skip()
			})
		}
		return p.skip()
	})
	if strings.EqualFold(encoding, "base64") && r.Body.Text != "" {
		b, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(r.Body.Text))
		if derr != nil {
			b, derr = base64.RawStdEncoding.DecodeString(strings.TrimRight(strings.TrimSpace(r.Body.Text), "="))
		}
		if derr == nil {
			t := string(b)
			if !utf8.ValidString(t) {
				t = strings.ToValidUTF8(t, "\uFFFD")
			}
			r.Body.Text = t
		}
	}
	return r, err
}

// harSanitized marks requests of a DevTools export that carries no
// credentials anywhere: Chrome strips Authorization, Cookie and Set-Cookie
// from its default ("sanitized") export, so their absence proves nothing.
func harSanitized(in *Input) {
	creator := strings.ToLower(in.HARCreator)
	if creator != "webinspector" && !strings.Contains(creator, "chrome") && !strings.Contains(creator, "edge") {
		return
	}
	for _, x := range in.Exchanges {
		if x.Request != nil && (x.Request.Fields.Has("Authorization") || x.Request.Fields.Has("Cookie")) {
			return
		}
		if x.Response != nil && x.Response.Fields.Has("Set-Cookie") {
			return
		}
	}
	for _, x := range in.Exchanges {
		if x.Request != nil {
			x.Request.Sanitized = true
		}
	}
	in.Notes = append(in.Notes, Note{Code: "har-sanitized", Message: fmt.Sprintf("HAR exported by %s without any Authorization, Cookie or Set-Cookie: it was probably sanitized, so whether credentials were sent is unknown", in.HARCreator), Pos: Pos{Line: 1, Path: "log.creator"}})
}
