// Raw HTTP/1.x, HTTP/2 and HTTP/3 messages as text (Burp, Firefox raw headers,
// Go and OkHttp logs once their prefixes are off): requests and responses read
// from their start lines, and paired.

package parse

import (
	"slices"
	"strings"
)

// logPrefixed finds a start line behind a log prefix such as
// "Oct 14 09:12:05.118 INF GET /v2/ HTTP/1.1" and returns its offset, or -1.
// The prefix must look like a timestamp or a log level, and a request line
// must carry its HTTP version.
func logPrefixed(t string) int {
	if len(t) < 12 || strings.HasPrefix(t, "HTTP/") {
		return -1
	}
	i := strings.Index(t, " HTTP/")
	if i < 0 {
		return -1
	}
	// A status line behind the prefix.
	for j := strings.Index(t, "HTTP/"); j > 0; {
		if t[j-1] == ' ' && looksLogPrefix(t[:j]) {
			if _, _, _, ok := parseStatusLine(t[j:]); ok {
				return j
			}
		}
		k := strings.Index(t[j+5:], "HTTP/")
		if k < 0 {
			break
		}
		j += 5 + k
	}
	// A request line: the method is a word before the target before " HTTP/".
	head := t[:i]
	sp := strings.LastIndexByte(head, ' ')
	if sp <= 0 {
		return -1
	}
	ms := strings.LastIndexByte(head[:sp], ' ') + 1
	if ms == 0 || !looksLogPrefix(t[:ms]) {
		return -1
	}
	if _, _, p, ok := parseRequestLine(t[ms:]); ok && p != "" {
		return ms
	}
	return -1
}

func looksLogPrefix(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || len(p) > 80 {
		return false
	}
	digits, colon := false, false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == ':':
			colon = true
		}
	}
	if digits && colon {
		return true
	}
	last := p[strings.LastIndexByte(p, ' ')+1:]
	switch strings.ToUpper(strings.Trim(last, "[]:")) {
	case "INF", "INFO", "DBG", "DEBUG", "TRACE", "TRC", "WRN", "WARN", "ERR", "ERROR":
		return true
	}
	return false
}

// flush keeps a request that got no response as an exchange of its own; a
// request rebuilt from a command with no output is dropped, unless it was
// given after the answer it got ("I get HTTP/1.1 401 Unauthorized. I'm
// using curl like below: curl -H …"): the request of the answer just
// before it, when that answer shows none (the general reader pairs such a
// command the same way).
func (r *textReader) flush() {
	if r.req == nil {
		return
	}
	if r.req.Partial && r.req.Span.Start == r.cmdLine {
		r.commandAfterAnswer(r.req, r.reqNotes, len(r.in.Exchanges))
	} else {
		x := &Exchange{Request: r.req, Span: r.req.Span, Format: r.reqFmt, Notes: r.reqNotes}
		x.Notes = append(x.Notes, Note{Code: "no-response", Message: "request without a response", Pos: r.req.Pos})
		r.takeInfo(x)
		r.in.Exchanges = append(r.in.Exchanges, x)
	}
	r.req, r.reqNotes = nil, nil
}

// commandAfterAnswer gives req, rebuilt from a command that printed
// nothing of its own, to the exchange before position at when that
// exchange is an answer with no request, written above the command ("I get
// HTTP/1.1 401 Unauthorized. I'm using curl like below: curl -H …"), and
// not a mention of a status another response shows in full. It reports
// whether it did.
func (r *textReader) commandAfterAnswer(req *Request, notes []Note, at int) bool {
	if at < 1 || at > len(r.in.Exchanges) {
		return false
	}
	x := r.in.Exchanges[at-1]
	if x.Request != nil || x.Response == nil || x.Span.End >= req.Span.Start || mentionRestated(r.in, x) {
		return false
	}
	x.Request = req
	x.Notes = append(x.Notes, notes...)
	x.Span.End = max(x.Span.End, req.Span.End)
	return true
}

func (r *textReader) readRequest(l *line, method, target, proto string) {
	var inherit *Request
	if r.req != nil && r.req.Partial && r.req.Span.Start == r.cmdLine {
		inherit = r.req // the command line's request, now shown in full
		r.req, r.reqNotes = nil, nil
	}
	r.answerLoose()
	r.flush()
	r.loose = nil
	req := &Request{Method: method, Target: target, Proto: proto, Pos: Pos{Line: l.n}}
	r.i++
	m := r.readMessage(l, &req.Fields, false)
	for k := r.i - 1; k >= 0 && r.lines[k].n > m.end; k-- {
		if r.lines[k].kind == kText {
			// the person's words the body reader left out after the body
			// ("I get back {…}."): loose lines, that may quote the answer
			r.loose = append(r.loose, r.lines[k])
		}
	}
	slices.Reverse(r.loose)
	req.Body = m.body
	req.Span = Span{l.n, m.end}
	req.URL = requestURL(req)
	if inherit != nil && req.URL == "" || inherit != nil && strings.HasPrefix(req.URL, "//") {
		if inherit.URL != "" && targetOf(inherit.URL) == req.Target {
			req.URL = inherit.URL
		}
	}
	if inherit != nil && req.Body.Text == "" && inherit.Body.Text != "" && strings.EqualFold(inherit.Method, req.Method) {
		// curl -v shows the request's header block but not the body it
		// uploads ("upload completely sent off"): the body is the one
		// the command line gives (-d, --data)
		req.Body = inherit.Body
	}
	if r.cert != "" {
		req.ClientCert = r.cert
	}
	r.req, r.reqNotes = req, m.notes
	r.reqFmt = r.format(l)
	if r.label == "request" {
		r.label = ""
	}
}

func (r *textReader) format(l *line) string {
	switch {
	case l.wire:
		return "wire"
	case l.dir != 0:
		return "curl-v"
	case l.indent > 0 && r.cmd != nil && r.cmd.tool == "wget":
		return "wget"
	case r.cmd != nil:
		return cmdFormat(r.cmd)
	}
	return "raw"
}

func (r *textReader) readResponse(l *line, proto string, status int, reason string) {
	resp := &Response{Proto: proto, Status: status, Reason: reason, Pos: Pos{Line: l.n}}
	if l.synth {
		resp.Proto = ""
	}
	r.i++
	m := r.readMessage(l, &resp.Fields, true)
	resp.Body = m.body
	resp.Span = Span{l.n, m.end}
	resp.HeadersCut = m.cut
	if m.reason != "" {
		resp.Reason = m.reason
	}
	x := &Exchange{Response: resp, Span: resp.Span, Format: r.format(l), Notes: m.notes}
	if (l.span && len(resp.Fields) == 0 || reasonRunsOnToURL(resp.Reason) && !anyKnownField(resp.Fields)) && r.req == nil {
		// "I get `HTTP/2 401` when …": a status mentioned in prose, not a
		// dump; no header block was seen, so nothing can be missing from
		// it, and the text after it is prose, not its body. So is a status
		// line a client's error message goes on from with the URL it
		// fetched (Julia's "ERROR: HTTP/1.1 401 Unauthorized while
		// requesting https://…"): no server writes a URL into its reason
		// phrase, and what follows it ("Stacktrace:") is no header block
		resp.StatusSource, resp.StatusConf = "text", StatusProse
		resp.Body, resp.Span = Body{}, Span{l.n, l.n}
		x.Span = resp.Span
		x.Notes = append(x.Notes, Note{Code: "status-mention", Message: "a status line written inline in the text, with no header block after it", Pos: Pos{Line: l.n}})
	}
	r.pair(x)
	r.loose = nil
	if r.label == "response" || r.label == "body" {
		r.label = ""
	}
}

// reasonRunsOnToURL reports whether a reason phrase goes on into a sentence
// naming a URL: a word that starts with http:// or https:// ("Unauthorized
// while requesting https://…"). A URL inside markup or quotes in the reason
// is not one.
func reasonRunsOnToURL(reason string) bool {
	return strings.Contains(reason, " http://") || strings.Contains(reason, " https://")
}

// anyKnownField reports whether a field read has a well-known header name:
// a line such as "Stacktrace:" (and the frames indented under it, read as
// its folded value) is no header field.
func anyKnownField(fs Fields) bool {
	for _, f := range fs {
		if isKnownName(lowerName(f.Name)) {
			return true
		}
	}
	return false
}

// pair gives the response its request and appends the exchange.
func (r *textReader) pair(x *Exchange) {
	if d := r.devx; r.req == nil && d != nil && d == r.lastExchange() && d.Response == nil && d.Request != nil {
		// Request headers copied from DevTools, then the response as text.
		d.Response = x.Response
		d.Span = Span{min(d.Span.Start, x.Span.Start), max(d.Span.End, x.Span.End)}
		d.Notes = append(d.Notes, x.Notes...)
		r.takeInfo(d)
		r.lastReq, r.lastResp, r.devx = d.Request, d.Response, nil
		return
	}
	req, notes := r.req, r.reqNotes
	if req != nil && x.Format == "raw" && r.reqFmt != "" {
		x.Format = r.reqFmt
	}
	r.req, r.reqNotes = nil, nil
	if req == nil && r.lastResp != nil && r.lastReq != nil && interim(r.lastResp) {
		req = r.lastReq // the final response to the request that got a 1xx
	}
	inferred := false
	if req == nil && r.cmd != nil && r.lastResp != nil {
		req, notes = r.followUp()
		inferred = true
		if req == nil && x.Format == "curl" {
			// curl -i prints one response per request it sent; a later
			// response that is neither a redirect it followed nor its
			// retry with credentials is not its output, but another
			// message pasted after it
			x.Format = "raw"
		}
	}
	if req != nil {
		x.Request = req
		if !inferred { // an inferred request's lines belong to other messages
			x.Span.Start = min(x.Span.Start, req.Span.Start)
		}
		x.Notes = append(notes, x.Notes...)
		if req.ClientCert == "" && r.cert != "" {
			req.ClientCert = r.cert
		}
	}
	r.takeInfo(x)
	if x.Request == nil {
		x.Request = authFromInfo(x.Info)
	}
	r.in.Exchanges = append(r.in.Exchanges, x)
	r.lastReq, r.lastResp = req, x.Response
	r.devx = nil
}

// interim reports whether a response is followed by another one to the same
// request: a 1xx, or a proxy's "200 Connection established" before the tunnel.
func interim(r *Response) bool {
	if r.Status >= 100 && r.Status < 200 {
		return true
	}
	return r.Status == 200 && strings.EqualFold(r.Reason, "Connection established")
}
