package parse

import (
	"strconv"
	"strings"
)

// textReader reads the logical lines of a text paste into exchanges.
type textReader struct {
	lines []line
	i     int
	in    *Input

	req      *Request // request waiting for its response
	reqNotes []Note
	reqFmt   string
	info     []InfoLine // tool lines not yet given to an exchange
	cert     string     // client certificate seen in the transcript, for the next request
	certNext bool       // the next "subject:" info line names the client certificate

	cmd     *command // the last shell command, and what it produced so far
	cmdLine int
	authSel bool // wget printed "Authentication selected"

	lastReq  *Request  // request of the last exchange (a 1xx is followed by its final response)
	lastResp *Response // last response since the command
	devx     *Exchange // exchange being assembled from DevTools header blocks
	loose    []line    // lines that belong to no message
	blocks   []looseBlock
	label    string // "request", "response", "body", "headers": the last section label
}

func readText(lines []line, in *Input) {
	r := &textReader{lines: lines, in: in}
	r.read()
}

func (r *textReader) read() {
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		switch l.kind {
		case kSkip:
			r.i++
		case kElided:
			r.noteLast(Note{Code: "elided-lines", Message: "lines were left out of the paste here", Pos: Pos{Line: l.n}})
			r.i++
		case kInfo:
			r.addInfo(l)
			r.i++
		case kCommand:
			r.startCommand(l)
			r.i++
		case kEnd:
			r.i++
		default:
			r.readLine(l)
		}
	}
	r.closeLoose()
	r.flush()
	r.resolveBlocks()
	if x := r.lastExchange(); x != nil {
		r.takeInfo(x) // "* Connection #0 to host ... left intact"
	}
	pairReversed(r.in)
}

func (r *textReader) readLine(l *line) {
	t := l.trimmed()
	if t == "" {
		if len(r.loose) > 0 {
			r.loose = append(r.loose, *l)
		}
		r.i++
		return
	}
	if lab := sectionLabel(t); lab != "" {
		r.label = lab
		r.i++
		return
	}
	if l.dir != '>' {
		if proto, status, reason, ok := parseStatusLine(t); ok {
			r.readResponse(l, proto, status, reason)
			return
		}
	}
	if l.dir != '<' {
		if method, target, proto, ok := parseRequestLine(t); ok {
			r.readRequest(l, method, target, proto)
			return
		}
	}
	if r.headlessStart(r.i) {
		r.readHeadless()
		return
	}
	r.loose = append(r.loose, *l)
	r.i++
}

// sectionLabel recognises headings that tools and people put around header
// blocks: "Response Headers (1.2 kB)", "Request headers:", "General", "Response body:".
func sectionLabel(t string) string {
	l := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(t), ":"))
	if i := strings.Index(l, " ("); i > 0 && strings.HasSuffix(l, ")") {
		l = l[:i]
	}
	switch l {
	case "response headers", "response header", "raw response headers", "headers", "response":
		return "response"
	case "request headers", "request header", "raw request headers", "request":
		return "request"
	case "general":
		return "general"
	case "response body", "body", "response payload", "raw body":
		return "body"
	case "request body", "request payload":
		return "request-body"
	}
	return ""
}

func (r *textReader) addInfo(l *line) {
	t := l.text
	r.info = append(r.info, InfoLine{Text: t, Pos: Pos{Line: l.n}})
	switch {
	case strings.Contains(t, "client certificate") || strings.Contains(t, "Client certificate"):
		r.certNext = true
		if r.cert == "" {
			r.cert = "client certificate"
		}
	case r.certNext && (strings.HasPrefix(t, "subject:") || strings.HasPrefix(t, "Subject:")):
		r.cert = strings.TrimSpace(t[len("subject:"):])
		r.certNext = false
	case strings.Contains(t, "(OUT), TLS handshake, Certificate (11)"):
		if r.cert == "" {
			r.cert = "client certificate"
		}
	case strings.HasPrefix(t, "Authentication selected:"):
		r.authSel = true
	case strings.HasPrefix(t, "Server certificate") || strings.HasPrefix(t, "server certificate"):
		r.certNext = false
	}
}

// takeInfo hands the pending tool lines to x.
func (r *textReader) takeInfo(x *Exchange) {
	if len(r.info) > 0 {
		x.Info = append(x.Info, r.info...)
		r.info = nil
	}
}

func (r *textReader) lastExchange() *Exchange {
	if n := len(r.in.Exchanges); n > 0 {
		return r.in.Exchanges[n-1]
	}
	return nil
}

// noteLast attaches a note to the last exchange, or to the input.
func (r *textReader) noteLast(n Note) {
	if x := r.lastExchange(); x != nil {
		x.Notes = append(x.Notes, n)
		return
	}
	r.in.Notes = append(r.in.Notes, n)
}

func (r *textReader) startCommand(l *line) {
	r.closeLoose()
	r.flush()
	if x := r.lastExchange(); x != nil {
		r.takeInfo(x)
	}
	r.cmd, r.cmdLine, r.authSel = l.cmd, l.n, false
	r.lastResp, r.lastReq, r.devx, r.cert = nil, nil, nil, ""
	if req := l.cmd.request(l.n, false); req != nil {
		r.req = req
		r.reqFmt = cmdFormat(l.cmd)
		r.reqNotes = []Note{{Code: "request-from-command", Message: "request rebuilt from the " + l.cmd.tool + " command line; headers the tool adds are not shown", Pos: Pos{Line: l.n}}}
		if l.cmd.tool == "fetch" {
			r.reqNotes[0].Message = "request rebuilt from a copied fetch() call; cookies the browser adds are not shown"
		}
		if l.cmd.cert != "" {
			r.cert = l.cmd.cert
		}
	}
}

func cmdFormat(c *command) string {
	switch c.tool {
	case "curl":
		if c.verbose {
			return "curl-v"
		}
		return "curl"
	case "http", "https", "xh":
		return "httpie"
	case "wget":
		return "wget"
	case "fetch":
		return "devtools"
	}
	return "text"
}

// flush keeps a request that got no response as an exchange of its own; a
// request rebuilt from a command with no output is dropped.
func (r *textReader) flush() {
	if r.req == nil {
		return
	}
	if !(r.req.Partial && r.req.Span.Start == r.cmdLine) {
		x := &Exchange{Request: r.req, Span: r.req.Span, Format: r.reqFmt, Notes: r.reqNotes}
		x.Notes = append(x.Notes, Note{Code: "no-response", Message: "request without a response", Pos: r.req.Pos})
		r.takeInfo(x)
		r.in.Exchanges = append(r.in.Exchanges, x)
	}
	r.req, r.reqNotes = nil, nil
}

func (r *textReader) readRequest(l *line, method, target, proto string) {
	var inherit *Request
	if r.req != nil && r.req.Partial && r.req.Span.Start == r.cmdLine {
		inherit = r.req // the command line's request, now shown in full
		r.req, r.reqNotes = nil, nil
	}
	r.flush()
	r.loose = nil
	req := &Request{Method: method, Target: target, Proto: proto, Pos: Pos{Line: l.n}}
	r.i++
	m := r.readMessage(l, &req.Fields, false)
	req.Body = m.body
	req.Span = Span{l.n, m.end}
	req.URL = requestURL(req)
	if inherit != nil && req.URL == "" || inherit != nil && strings.HasPrefix(req.URL, "//") {
		if inherit.URL != "" && targetOf(inherit.URL) == req.Target {
			req.URL = inherit.URL
		}
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
	r.pair(x)
	r.loose = nil
	if r.label == "response" || r.label == "body" {
		r.label = ""
	}
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

// authFromInfo builds a partial request from curl's "* Server auth using
// Basic with user 'deploy'" when the transcript leaves the request out.
func authFromInfo(info []InfoLine) *Request {
	for _, l := range info {
		name := "Authorization"
		rest, ok := strings.CutPrefix(l.Text, "Server auth using ")
		if !ok {
			rest, ok = strings.CutPrefix(l.Text, "Proxy auth using ")
			name = "Proxy-Authorization"
		}
		if !ok {
			continue
		}
		scheme, user, _ := strings.Cut(rest, " with user ")
		if scheme == "" || strings.ContainsAny(scheme, " \t") {
			continue
		}
		return &Request{Pos: l.Pos, Span: Span{l.Pos.Line, l.Pos.Line}, Partial: true,
			Fields: Fields{{Name: name, Value: scheme + " (user " + user + ")", Pos: l.Pos}}}
	}
	return nil
}

// followUp builds the request a tool sent after the last response without
// showing it: the redirect curl -L followed, or the retry with credentials
// after a challenge (--digest, --anyauth, wget --user).
func (r *textReader) followUp() (*Request, []Note) {
	c, last := r.cmd, r.lastResp
	switch {
	case last.Status >= 300 && last.Status < 400 && c.follow:
		loc := last.Fields.Get("Location")
		if loc == "" {
			return nil, nil
		}
		pos := last.Fields.All("Location")[0].Pos
		u := resolveURL(r.lastReq, loc)
		req := &Request{Method: c.method, URL: u, Target: targetOf(u), Pos: pos, Span: Span{pos.Line, pos.Line}, Partial: true}
		if last.Status == 303 && !c.head {
			req.Method = "GET"
		}
		if r.lastReq != nil && hostOf(r.lastReq.URL) == hostOf(u) {
			req.Fields = append(req.Fields, r.lastReq.Fields...)
		}
		return req, []Note{{Code: "request-from-redirect", Message: "request inferred from the Location of the previous response", Pos: pos}}
	case (last.Status == 401 || last.Status == 407) && (c.late != nil || c.auth || c.tool == "wget"):
		req := c.request(r.cmdLine, true)
		if req == nil {
			return nil, nil
		}
		return req, []Note{{Code: "request-from-command", Message: "retry with credentials inferred from the " + c.tool + " command line", Pos: Pos{Line: r.cmdLine}}}
	case c.tool == "wget":
		req := c.request(r.cmdLine, r.authSel)
		return req, nil
	}
	return nil, nil
}

func hostOf(u string) string {
	i := strings.Index(u, "//")
	if i < 0 {
		return ""
	}
	rest := u[i+2:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	return strings.ToLower(rest)
}

func resolveURL(base *Request, loc string) string {
	if strings.Contains(loc, "://") || base == nil {
		return loc
	}
	b := base.URL
	i := strings.Index(b, "//")
	if i < 0 {
		return loc
	}
	if strings.HasPrefix(loc, "//") {
		return b[:i] + loc
	}
	h := hostOf(b)
	root := b[:i+2] + h
	if strings.HasPrefix(loc, "/") {
		return root + loc
	}
	t := targetOf(b)
	if j := strings.LastIndexByte(t, '/'); j >= 0 {
		t = t[:j+1]
	}
	return root + t + loc
}

// message is what readMessage found after a start line.
type message struct {
	body   Body
	end    int // last line of the message
	cut    bool
	reason string // reason phrase recovered from the next line
	notes  []Note
}

// readMessage reads the header fields and body after the start line l.
func (r *textReader) readMessage(l *line, fs *Fields, isResp bool) message {
	var m message
	m.end = l.n
	ended := r.readFields(l, fs, &m, isResp, false)
	if ended == endBlank && !(isResp && r.noBody(l, fs)) {
		r.readBody(l, fs, &m, isResp)
	}
	return m
}

// noBody reports whether the response that starts at l cannot have a body:
// an answer to HEAD, a 1xx, 204 or 304, or "Content-Length: 0". Text after
// it is then not its body.
func (r *textReader) noBody(l *line, fs *Fields) bool {
	if _, st, _, ok := parseStatusLine(l.trimmed()); ok && (st < 200 || st == 204 || st == 304) {
		return true
	}
	if strings.TrimSpace(fs.Get("Content-Length")) == "0" {
		return true
	}
	req := r.req
	if req == nil && r.cmd != nil {
		return r.cmd.head
	}
	return req != nil && req.Method == "HEAD"
}

const (
	endBlank = iota // a blank line: the body follows
	endNext         // the next message or the end of a transcript section
	endEOF          // the paste ended inside the header block
	endBody         // a line that is not a field: taken as the body
)

// readFields reads header lines. headless is set for a DevTools block, where
// a name may stand on its own line above its value.
func (r *textReader) readFields(start *line, fs *Fields, m *message, isResp, headless bool) int {
	indent, dir := start.indent, start.dir
	fieldIndent := indent
	var cont []string // continuation lines of the last field
	note := func(code, msg string, n int) {
		for _, x := range m.notes {
			if x.Code == code {
				return // one note of a kind per message
			}
		}
		m.notes = append(m.notes, Note{Code: code, Message: msg, Pos: Pos{Line: n}})
	}
	flushCont := func() {
		if len(cont) > 0 && len(*fs) > 0 {
			f := &(*fs)[len(*fs)-1]
			f.Value = strings.TrimSpace(f.Value + " " + strings.Join(cont, " "))
		}
		cont = cont[:0]
	}
	defer flushCont()
	first := true
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		switch l.kind {
		case kSkip:
			if strings.HasPrefix(l.text, "```") || strings.HasPrefix(l.text, "~~~") {
				return endNext
			}
			r.i++
			continue
		case kInfo:
			r.addInfo(l)
			r.i++
			continue
		case kElided:
			note("elided-lines", "lines were left out of the header block here", l.n)
			m.cut = true
			m.end = l.n
			r.i++
			continue
		case kCommand, kEnd:
			return endNext
		}
		if l.dir != 0 && dir != 0 && l.dir != dir || l.quoted != start.quoted {
			return endNext
		}
		if start.wire && !l.wire && l.trimmed() != "" {
			return endNext // a wire trace shows the whole header block
		}
		t := l.trimmed()
		if t == "" {
			m.end = max(m.end, l.n)
			r.i++
			return endBlank
		}
		if indent > 0 && l.indent < indent {
			return endNext // wget -S: the indented block is over
		}
		if len(*fs) == 0 && l.indent > indent {
			fieldIndent = l.indent // fields indented under their start line
		}
		if l.indent > fieldIndent && len(*fs) > 0 && !headless {
			note("obs-fold", "a header value continues on an indented line (obsolete line folding)", l.n)
			cont = append(cont, t)
			m.end = l.n
			r.i++
			first = false
			continue
		}
		if l.indent == indent && isStartLine(l) {
			return endNext
		}
		if headless && sectionLabel(t) != "" {
			return endNext
		}
		name, value, spaced, ok := splitField(t)
		if ok {
			flushCont()
			if spaced {
				note("space-before-colon", "a field name is followed by whitespace before the colon", l.n)
			}
			if l.dir == 0 && dir != 0 {
				note("missing-prefix", "a header line lacks the transcript's '"+string(dir)+" ' prefix", l.n)
			}
			f := Field{Name: name, Value: value, Pos: Pos{Line: l.n}}
			r.i++
			if headless && value == "" && r.i < len(r.lines) {
				// "Request URL:" on one line, the value on the next (Chrome's copy).
				nx := &r.lines[r.i]
				nt := nx.trimmed()
				if nx.kind == kText && nt != "" && !knownFieldLine(nt) && sectionLabel(nt) == "" {
					f.Value = nt
					r.i++
					m.end = nx.n
				}
			}
			*fs = append(*fs, f)
			m.end = max(m.end, l.n)
			first = false
			continue
		}
		// Not a field. Try the repairs real pastes need.
		if first && isResp && start != nil {
			// "HTTP/1.1 401" + "Unauthorized Cache-Control: no-cache": a status line split in two.
			if sp := strings.IndexByte(t, ':'); sp > 0 {
				if k := strings.LastIndexByte(t[:sp], ' '); k > 0 {
					if n2, v2, _, ok2 := splitField(t[k+1:]); ok2 && isWords(t[:k]) {
						m.reason = t[:k]
						note("status-line-split", "the reason phrase wrapped onto the next line; the field after it was recovered", l.n)
						*fs = append(*fs, Field{Name: n2, Value: v2, Pos: Pos{Line: l.n}})
						m.end = l.n
						r.i++
						first = false
						continue
					}
				}
			}
		}
		if len(*fs) > 0 && len(cont) == 0 && strings.HasSuffix((*fs)[len(*fs)-1].Value, ",") && looksParam(t) {
			note("unindented-continuation", "a header value continues on a line without leading whitespace", l.n)
			cont = append(cont, t)
			m.end = l.n
			r.i++
			continue
		}
		if len(cont) > 0 && looksParam(t) && strings.HasSuffix(cont[len(cont)-1], ",") {
			cont = append(cont, t)
			m.end = l.n
			r.i++
			continue
		}
		if dir != 0 && l.dir == dir {
			note("bad-header-line", "a line in the header block is not a field", l.n)
			m.end = l.n
			r.i++
			continue
		}
		if headless {
			return endNext
		}
		note("no-blank-line", "the body starts without a blank line after the header fields", l.n)
		return endBlank
	}
	if headless {
		return endEOF
	}
	// curl -v and wire traces always print the blank line that ends the
	// header block: without it the copy was cut. A raw header copy often
	// just leaves the blank line out.
	if dir != 0 && !start.wire {
		m.cut = true
		note("headers-cut", "the paste ends inside the header block", m.end)
	}
	return endEOF
}

// isWords reports whether s is a short run of letters and spaces (a reason phrase).
func isWords(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == ' ' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// looksParam reports whether t looks like an auth-param list going on:
// error_description="...", realm="x".
func looksParam(t string) bool {
	eq := strings.IndexByte(t, '=')
	if eq <= 0 {
		return false
	}
	for i := 0; i < eq; i++ {
		c := t[i]
		if !(c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func isStartLine(l *line) bool {
	t := l.trimmed()
	if l.dir != '>' {
		if _, _, _, ok := parseStatusLine(t); ok {
			return true
		}
	}
	if l.dir != '<' {
		if _, _, _, ok := parseRequestLine(t); ok {
			return true
		}
	}
	return false
}

// readBody reads the body lines after a blank line.
func (r *textReader) readBody(start *line, fs *Fields, m *message, isResp bool) {
	indent, dir := start.indent, start.dir
	var texts []string
	var nums []int
	size := 0 // bytes as pasted, trailing blanks included
	first := true
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		stop := false
		switch l.kind {
		case kSkip:
			if strings.HasPrefix(l.text, "```") || strings.HasPrefix(l.text, "~~~") {
				stop = true
			}
		case kInfo:
			r.addInfo(l)
		case kElided:
			m.notes = append(m.notes, Note{Code: "elided-lines", Message: "lines were left out of the body here", Pos: Pos{Line: l.n}})
			m.body.Truncated = true
		case kCommand, kEnd:
			stop = true
		default:
			t := l.trimmed()
			switch {
			case t == "":
			case indent > 0 && l.indent < indent:
				stop = true
			case l.dir != 0 && dir != 0 && l.dir != dir, l.quoted != start.quoted:
				stop = true
			case isStartLine(l):
				stop = true
			case sectionLabel(t) != "":
				if first && (sectionLabel(t) == "body" || sectionLabel(t) == "request-body") {
					r.i++
					continue
				}
				stop = true
			}
			if !stop {
				texts = append(texts, l.text)
				nums = append(nums, l.n)
				size += len(l.text) + l.trail + 1
				if t != "" {
					first = false
				}
			}
		}
		if stop {
			break
		}
		r.i++
	}
	for len(texts) > 0 && strings.TrimSpace(texts[len(texts)-1]) == "" {
		texts, nums = texts[:len(texts)-1], nums[:len(nums)-1]
	}
	for len(texts) > 0 && strings.TrimSpace(texts[0]) == "" {
		texts, nums = texts[1:], nums[1:]
	}
	texts, nums = dropTrailingProse(texts, nums)
	if len(texts) == 0 {
		return
	}
	if indent > 0 {
		for k, t := range texts {
			if len(t) >= indent && strings.TrimSpace(t[:indent]) == "" {
				texts[k] = t[indent:]
			}
		}
	}
	m.end = max(m.end, nums[len(nums)-1])
	m.body = makeBody(texts, nums)
	if strings.Contains(strings.ToLower(fs.Get("Transfer-Encoding")), "chunked") {
		if b, ok := dechunk(texts, nums); ok {
			b.Truncated = b.Truncated || m.body.Truncated
			m.body = b
		}
	} else if cl := fs.Get("Content-Length"); cl != "" && !m.body.Truncated {
		if n, err := strconv.Atoi(strings.TrimSpace(cl)); err == nil && n > 0 {
			// Pastes lose the final newline; allow for it.
			if size < n {
				m.body.Truncated = true
				m.notes = append(m.notes, Note{Code: "truncated-body", Message: "the body is shorter than its Content-Length (" + cl + " bytes)", Pos: Pos{Line: nums[len(nums)-1]}})
			}
		}
	}
}

// makeBody joins body lines; LineMap is kept when they are not consecutive.
func makeBody(texts []string, nums []int) Body {
	b := Body{Text: strings.Join(texts, "\n"), Pos: Pos{Line: nums[0]}}
	if nums[len(nums)-1]-nums[0] != len(nums)-1 {
		b.LineMap = nums
	}
	return b
}

// dechunk removes chunk-size lines from a chunked body shown line by line.
func dechunk(texts []string, nums []int) (Body, bool) {
	var outT []string
	var outN []int
	want := -1 // bytes left in the current chunk; -1 when a size line is due
	sizes := 0
	for k, t := range texts {
		s := strings.TrimSpace(t)
		if want <= 0 {
			if s == "" {
				continue
			}
			if n, ok := chunkSize(s); ok {
				sizes++
				if n == 0 {
					break
				}
				want = n
				continue
			}
			if sizes == 0 {
				return Body{}, false // not chunked as shown
			}
		}
		outT = append(outT, t)
		outN = append(outN, nums[k])
		want -= len(t) + 1
	}
	if len(outT) == 0 {
		return Body{}, sizes > 0
	}
	b := makeBody(outT, outN)
	if want > 2 {
		b.Truncated = true
	}
	return b, true
}

func chunkSize(s string) (int, bool) {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > 8 {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 16, 32)
	return int(n), err == nil
}

// interim reports whether a response is followed by another one to the same
// request: a 1xx, or a proxy's "200 Connection established" before the tunnel.
func interim(r *Response) bool {
	if r.Status >= 100 && r.Status < 200 {
		return true
	}
	return r.Status == 200 && strings.EqualFold(r.Reason, "Connection established")
}

// dropTrailingProse cuts a person's words off the end of a structured body:
// after a JSON, XML or HTML body ends, a blank line and a sentence are not
// part of it.
func dropTrailingProse(texts []string, nums []int) ([]string, []int) {
	if len(texts) == 0 || !strings.ContainsAny(strings.TrimSpace(texts[0])[:1], "{[<") {
		return texts, nums
	}
	for {
		k := len(texts) - 1
		for k >= 0 && strings.TrimSpace(texts[k]) != "" {
			k--
		}
		if k <= 0 || k == len(texts)-1 {
			return texts, nums
		}
		first := texts[k+1]
		p := k - 1
		for p >= 0 && strings.TrimSpace(texts[p]) == "" {
			p--
		}
		if p < 0 || !startsProse(first) || !strings.ContainsAny(lastByte(strings.TrimSpace(texts[p])), "}]>") {
			return texts, nums
		}
		texts, nums = texts[:p+1], nums[:p+1]
	}
}

func lastByte(s string) string {
	if s == "" {
		return ""
	}
	return s[len(s)-1:]
}

// startsProse reports whether a line starts with a letter in its first column.
func startsProse(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
