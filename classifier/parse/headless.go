package parse

import (
	"strconv"
	"strings"
)

// knownNames are field names common enough that one such line starts a
// header block even without a start line (a DevTools copy).
var knownNames = map[string]bool{
	"accept": true, "accept-encoding": true, "accept-language": true, "accept-ranges": true,
	"access-control-allow-origin": true, "access-control-allow-credentials": true, "access-control-allow-headers": true,
	"access-control-allow-methods": true, "access-control-expose-headers": true, "age": true, "authorization": true,
	"cache-control": true, "connection": true, "content-encoding": true, "content-length": true, "content-type": true,
	"content-security-policy": true, "cookie": true, "date": true, "etag": true, "expires": true, "host": true,
	"last-modified": true, "location": true, "origin": true, "pragma": true, "proxy-authenticate": true,
	"proxy-authorization": true, "referer": true, "server": true, "set-cookie": true, "strict-transport-security": true,
	"transfer-encoding": true, "user-agent": true, "vary": true, "via": true, "www-authenticate": true,
	"x-cache": true, "x-content-type-options": true, "x-frame-options": true, "x-powered-by": true, "x-request-id": true,
	"status": true, "request url": true, "request method": true, "status code": true, "remote address": true,
	"referrer policy": true,
}

// generalNames are DevTools' "General" lines.
var generalNames = map[string]bool{"request url": true, "request method": true, "status code": true, "remote address": true, "referrer policy": true}

// requestOnly and responseOnly help tell a bare header block's side.
var requestOnly = map[string]bool{"host": true, "user-agent": true, "accept": true, "accept-language": true,
	"accept-encoding": true, "authorization": true, "cookie": true, "referer": true, "origin": true,
	"upgrade-insecure-requests": true, "proxy-authorization": true, "if-none-match": true, "if-modified-since": true,
	":method": true, ":path": true, ":authority": true, ":scheme": true, "sec-fetch-mode": true, "sec-fetch-site": true,
	"sec-fetch-dest": true, "sec-ch-ua": true, "dnt": true}
var responseOnly = map[string]bool{"server": true, "set-cookie": true, "www-authenticate": true, "proxy-authenticate": true,
	"date": true, "via": true, "etag": true, "last-modified": true, "x-cache": true, "age": true, "expires": true,
	"accept-ranges": true, "content-length": true, "access-control-allow-origin": true, "x-powered-by": true,
	"strict-transport-security": true, "x-frame-options": true, "x-content-type-options": true, ":status": true,
	"status": true, "location": true, "vary": true}

// lowerName folds a field name for the look-up tables.
func lowerName(n string) string { return strings.ToLower(n) }

// knownFieldLine reports whether t is a field line with a well-known name.
func knownFieldLine(t string) bool {
	name, _, _, ok := splitField(t)
	return ok && (knownNames[lowerName(name)] || strings.HasPrefix(name, ":"))
}

// headlessStart reports whether line i starts a header block that has no
// start line: a known field, or two field lines in a row.
func (r *textReader) headlessStart(i int) bool {
	l := &r.lines[i]
	t := l.trimmed()
	name, _, _, ok := splitField(t)
	if !ok {
		return false
	}
	if knownNames[lowerName(name)] || strings.HasPrefix(name, ":") {
		return true
	}
	if i+1 < len(r.lines) {
		nx := &r.lines[i+1]
		if nx.kind == kText && nx.indent == l.indent {
			if _, _, _, ok := splitField(nx.trimmed()); ok {
				return true
			}
		}
	}
	return false
}

// readHeadless reads a block of header lines without a start line, as
// DevTools and people copy them, and merges it into the exchange it belongs to.
func (r *textReader) readHeadless() {
	l := &r.lines[r.i]
	var fs Fields
	var m message
	m.end = l.n
	r.readFields(l, &fs, &m, false, true)
	var general, rest Fields
	reqScore, respScore := 0, 0
	for _, f := range fs {
		n := lowerName(f.Name)
		if generalNames[n] {
			general = append(general, f)
			continue
		}
		rest = append(rest, f)
		if requestOnly[n] {
			reqScore++
		}
		if responseOnly[n] {
			respScore++
		}
	}
	devtools := len(general) > 0 || r.label != ""
	for _, f := range rest {
		devtools = devtools || strings.HasPrefix(f.Name, ":") || f.Name == "status"
	}
	switch r.label {
	case "request":
		reqScore += 100
	case "response":
		respScore += 100
	}
	r.label = ""
	x := r.devx
	if x == nil || x != r.lastExchange() {
		x = nil
	}
	defer func() {
		// General lines that said nothing usable ("Status Code:" alone).
		if last := r.lastExchange(); last != nil && last.Request == nil && last.Response == nil {
			r.in.Exchanges = r.in.Exchanges[:len(r.in.Exchanges)-1]
			r.devx = nil
		}
	}()
	newX := func() *Exchange {
		nx := &Exchange{Format: "headers", Span: Span{l.n, m.end}}
		if r.req != nil { // a command line before the block
			nx.Request, nx.Notes = r.req, r.reqNotes
			nx.Span.Start = min(nx.Span.Start, r.req.Span.Start)
			r.req, r.reqNotes = nil, nil
		}
		r.takeInfo(nx)
		r.in.Exchanges = append(r.in.Exchanges, nx)
		r.devx = nx
		return nx
	}
	if len(general) > 0 {
		if x == nil || x.Response != nil && x.Response.Status != 0 || x.Request != nil && !x.Request.Partial {
			x = newX()
		}
		for _, f := range general {
			switch lowerName(f.Name) {
			case "request url":
				if x.Request == nil {
					x.Request = &Request{Partial: true, Pos: f.Pos, Span: Span{f.Pos.Line, f.Pos.Line}}
				}
				x.Request.URL, _, _ = strings.Cut(strings.TrimSpace(f.Value), " ")
				x.Request.Target = targetOf(x.Request.URL)
			case "request method":
				if x.Request == nil {
					x.Request = &Request{Partial: true, Pos: f.Pos, Span: Span{f.Pos.Line, f.Pos.Line}}
				}
				x.Request.Method = strings.ToUpper(strings.TrimSpace(f.Value))
			case "status code":
				if st, reason, ok := statusValue(f.Value); ok {
					if x.Response == nil {
						x.Response = &Response{Span: Span{f.Pos.Line, f.Pos.Line}}
					}
					x.Response.Status, x.Response.Reason, x.Response.StatusSource, x.Response.Pos = st, reason, "devtools", f.Pos
				}
			}
		}
	}
	x = r.devxOrNil(x)
	span := Span{l.n, m.end}
	if len(rest) == 0 {
		if x != nil {
			if devtools {
				x.Format = "devtools"
			}
			x.Notes = append(x.Notes, m.notes...)
			x.Span.End = max(x.Span.End, m.end)
		}
		return
	}
	if reqScore > respScore {
		if x == nil || x.Request != nil && (!x.Request.Partial || len(x.Request.Fields) > 0) {
			x = newX()
		}
		if x.Request == nil {
			x.Request = &Request{Pos: Pos{Line: l.n}, Span: span}
		}
		q := x.Request
		q.Fields = append(q.Fields, rest...)
		q.Partial = false
		q.Span = Span{min(nz(q.Span.Start, l.n), l.n), max(q.Span.End, m.end)}
		for _, f := range rest {
			switch lowerName(f.Name) {
			case ":method":
				q.Method = f.Value
			case ":path":
				q.Target = f.Value
			}
		}
		if q.URL == "" {
			q.URL = requestURL(q)
		}
		if q.Pos.Line == 0 {
			q.Pos = Pos{Line: l.n}
		}
	} else {
		if x == nil || x.Response != nil && (len(x.Response.Fields) > 0 && blockStatus(rest) != 0 || x.Response.StatusSource == "") {
			x = newX()
		}
		if x.Response == nil {
			x.Response = &Response{Pos: Pos{Line: l.n}}
		}
		p := x.Response
		p.Fields = append(p.Fields, rest...)
		p.Span = Span{min(nz(p.Span.Start, l.n), l.n), max(p.Span.End, m.end)}
		if p.Status == 0 {
			for _, f := range rest {
				n := lowerName(f.Name)
				if n == ":status" || n == "status" {
					if st, reason, ok := statusValue(f.Value); ok {
						p.Status, p.Reason, p.Pos = st, reason, f.Pos
						p.StatusSource = "pseudo-header"
						if f.Name == "Status" {
							p.StatusSource = "text"
						}
						break
					}
				}
			}
		}
		if p.Pos.Line == 0 {
			p.Pos = Pos{Line: l.n}
		}
	}
	x.Notes = append(x.Notes, m.notes...)
	x.Span = Span{min(x.Span.Start, l.n), max(x.Span.End, m.end)}
	if devtools {
		x.Format = "devtools"
	}
}

func (r *textReader) devxOrNil(x *Exchange) *Exchange {
	if x == nil && r.devx != nil && r.devx == r.lastExchange() {
		return r.devx
	}
	return x
}

func nz(a, b int) int {
	if a == 0 {
		return b
	}
	return a
}

func blockStatus(fs Fields) int {
	for _, f := range fs {
		n := lowerName(f.Name)
		if n == ":status" || n == "status" {
			if st, _, ok := statusValue(f.Value); ok {
				return st
			}
		}
	}
	return 0
}

// statusValue reads "401", "401 Unauthorized", "403 (reason)", "200 OK (from disk cache)".
func statusValue(v string) (int, string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 3 {
		return 0, "", false
	}
	n, err := strconv.Atoi(v[:3])
	if err != nil || n < 100 || n > 599 || len(v) > 3 && v[3] != ' ' {
		return 0, "", false
	}
	reason := strings.TrimSpace(v[3:])
	reason = strings.TrimSuffix(strings.TrimPrefix(reason, "("), ")")
	return n, reason, true
}

// pairReversed pairs responses with the requests that follow them when the
// whole paste is in that order (Firefox copies response headers above
// request headers).
func pairReversed(in *Input) {
	xs := in.Exchanges
	if len(xs) < 2 || len(xs)%2 != 0 {
		return
	}
	for k := 0; k < len(xs); k += 2 {
		a, b := xs[k], xs[k+1]
		if a.Request != nil || a.Response == nil || b.Response != nil || b.Request == nil || b.Request.Partial {
			return
		}
	}
	out := xs[:0]
	for k := 0; k < len(xs); k += 2 {
		a, b := xs[k], xs[k+1]
		a.Request = b.Request
		a.Span.End = max(a.Span.End, b.Span.End)
		for _, n := range b.Notes {
			if n.Code != "no-response" {
				a.Notes = append(a.Notes, n)
			}
		}
		a.Info = append(a.Info, b.Info...)
		out = append(out, a)
	}
	in.Exchanges = out
}

// looseBlock is a run of lines that belong to no message, and the command
// whose output it may be.
type looseBlock struct {
	lines []line
	req   *Request
	notes []Note
	fmt   string
	at    int // where its exchange goes among the others
}

// closeLoose ends the current run of loose lines.
func (r *textReader) closeLoose() {
	loose := r.loose
	r.loose = nil
	for len(loose) > 0 && loose[len(loose)-1].blank() {
		loose = loose[:len(loose)-1]
	}
	if len(loose) == 0 {
		return
	}
	b := looseBlock{lines: loose, at: len(r.in.Exchanges), fmt: "body"}
	if r.req != nil && r.req.Partial && r.req.Span.Start == r.cmdLine && r.cmd != nil {
		b.req, b.notes = r.req, r.reqNotes
		r.req, r.reqNotes = nil, nil
		if f := cmdFormat(r.cmd); f != "text" {
			b.fmt = f
		}
	}
	r.blocks = append(r.blocks, b)
}

// resolveBlocks turns loose runs into responses: a command's output when it
// states a status or looks like a body (JSON, XML, HTML), and other text only
// when the paste holds no message at all. Prose around messages stays prose.
func (r *textReader) resolveBlocks() {
	anyReal := false
	for _, x := range r.in.Exchanges {
		anyReal = anyReal || x.Response != nil
	}
	var add []looseBlock
	var xs []*Exchange
	for _, b := range r.blocks {
		if x := blockResponse(b, anyReal); x != nil {
			add = append(add, b)
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 {
		return
	}
	out := make([]*Exchange, 0, len(r.in.Exchanges)+len(xs))
	j := 0
	for i, x := range r.in.Exchanges {
		for j < len(add) && add[j].at == i {
			out = append(out, xs[j])
			j++
		}
		out = append(out, x)
	}
	out = append(out, xs[j:]...)
	r.in.Exchanges = out
}

func blockResponse(b looseBlock, anyReal bool) *Exchange {
	if b.req == nil && anyReal {
		return nil
	}
	texts := make([]string, len(b.lines))
	nums := make([]int, len(b.lines))
	for k := range b.lines {
		texts[k], nums[k] = b.lines[k].text, b.lines[k].n
	}
	resp := &Response{Body: makeBody(texts, nums), Span: Span{nums[0], nums[len(nums)-1]}, Pos: Pos{Line: nums[0]}}
	if st, n, src, ok := statusFromText(b.lines); ok {
		resp.Status, resp.StatusSource, resp.Pos = st, src, Pos{Line: n}
	} else if !looksBody(texts) {
		return nil // prose, or a tool's own error ("curl: (6) Could not resolve host")
	}
	x := &Exchange{Response: resp, Span: resp.Span, Format: b.fmt}
	x.Notes = append(x.Notes, Note{Code: "body-only", Message: "no status line or header fields: read as a response body", Pos: Pos{Line: nums[0]}})
	if b.req != nil {
		x.Request = b.req
		x.Notes = append(b.notes, x.Notes...)
		x.Span.Start = min(x.Span.Start, b.req.Span.Start)
	}
	return x
}

// statusFromText finds a status a body or a tool's message states:
// "HTTP Status 403 -", "<H1>403 ERROR</H1>", "\"status\" : 401",
// "AccessDeniedException: 403 ...", "Status: 403 (...)", "HTTPError: (401, ...",
// "Forbidden (403)", "403 Forbidden".
func statusFromText(ls []line) (status, lineNo int, source string, ok bool) {
	for pass := 0; pass < 2; pass++ {
		for k := range ls {
			t := strings.TrimSpace(ls[k].text)
			if len(t) > 4096 {
				t = t[:4096]
			}
			if st, src := statusInLine(t, pass); st != 0 {
				return st, ls[k].n, src, true
			}
		}
	}
	return 0, 0, "", false
}

// statusInLine looks for explicit phrasings on pass 0, and for a bare
// "403 Forbidden" on pass 1.
func statusInLine(t string, pass int) (int, string) {
	lt := strings.ToLower(t)
	if pass == 1 {
		for _, rp := range reasonPhrases {
			code, reason := rp.code, rp.reason
			if code < 400 {
				continue
			}
			s := strconv.Itoa(code)
			if strings.Contains(lt, s+" "+reason) || strings.Contains(lt, reason+" ("+s+")") {
				return code, "body"
			}
		}
		return 0, ""
	}
	try := func(prefix, src string) int {
		i := strings.Index(lt, prefix)
		for i >= 0 {
			if st := codeAt(lt, i+len(prefix)); st != 0 {
				return st
			}
			j := strings.Index(lt[i+1:], prefix)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return 0
	}
	for _, p := range []struct{ prefix, src string }{
		{"http status ", "body"}, {"<h1>", "body"}, {"<title>", "body"},
		{"\"status\" : ", "body"}, {"\"status\": ", "body"}, {"\"status\":", "body"},
		{"\"statuscode\": ", "body"}, {"\"statuscode\":", "body"}, {"\"status_code\": ", "body"},
		{"exception: ", "text"}, {"error: ", "text"}, {"httperror: (", "text"}, {"http error ", "text"},
		{"status: ", "text"}, {"status code: ", "text"}, {"response code: ", "text"}, {"status code ", "text"}, {"statuscode: ", "text"},
		{"error ", "text"},
	} {
		if st := try(p.prefix, p.src); st != 0 {
			if p.prefix == "error: " || p.prefix == "error " || p.prefix == "exception: " {
				if st < 400 {
					continue
				}
			}
			return st, p.src
		}
	}
	// PowerShell: "StatusCode        : 401"
	if strings.HasPrefix(lt, "statuscode") || strings.HasPrefix(lt, "status ") {
		if c := strings.IndexByte(lt, ':'); c > 0 && strings.TrimSpace(lt[len("status"):c]) == strings.Trim(lt[len("status"):c], " ") {
			v := strings.TrimLeft(lt[c+1:], " ")
			if st := codeAt(v, 0); st != 0 && strings.TrimSpace(lt[:c]) != "" {
				return st, "text"
			}
		}
	}
	// "Forbidden (403)", "Unauthorized (401)"
	if i := strings.Index(lt, " (4"); i > 0 {
		if st := codeAt(lt, i+2); st != 0 && i+5 < len(lt) && lt[i+5] == ')' {
			return st, "body"
		}
	}
	return 0, ""
}

// codeAt reads a status code at s[i:] followed by a non-digit.
func codeAt(s string, i int) int {
	if i+3 > len(s) {
		return 0
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0
		}
	}
	if i+3 < len(s) && s[i+3] >= '0' && s[i+3] <= '9' {
		return 0
	}
	n, _ := strconv.Atoi(s[i : i+3])
	if n < 100 || n > 599 {
		return 0
	}
	return n
}

// reasonPhrases are the standard reason phrases, lower case.
var reasonPhrases = []struct {
	code   int
	reason string
}{
	{401, "unauthorized"}, {403, "forbidden"}, {407, "proxy authentication required"}, {404, "not found"},
	{400, "bad request"}, {402, "payment required"}, {405, "method not allowed"}, {429, "too many requests"},
	{500, "internal server error"}, {502, "bad gateway"}, {503, "service unavailable"},
}

// looksBody reports whether lines look like a response body: JSON, XML or HTML.
func looksBody(texts []string) bool {
	for _, t := range texts {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		switch t[0] {
		case '{', '[', '<':
			return true
		}
		return false
	}
	return false
}
