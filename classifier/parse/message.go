// The shared message reader: start lines (status and request lines), a
// header block, and the body after it. Every text format's reader uses it.

package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

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

var methods = wordlist.Set{
	"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
	"PATCH", "CONNECT", "TRACE", "PROPFIND", "PROPPATCH",
	"MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "REPORT",
	"SEARCH", "PURGE",
}

// longestMethod is the length of the longest name in methods: a word longer
// than it names no method, and one as long as WebDAV's PROPFIND or
// PROPPATCH still does.
const longestMethod = len("PROPPATCH")

// parseRequestLine recognises "GET /x HTTP/1.1" (the version may be missing).
func parseRequestLine(l string) (method, target, proto string, ok bool) {
	l = strings.TrimSpace(l)
	sp := strings.IndexByte(l, ' ')
	if sp < 3 || sp > 9 || !methods.Has(l[:sp]) {
		return "", "", "", false
	}
	method = l[:sp]
	rest := strings.TrimLeft(l[sp+1:], " ")
	target, proto, _ = strings.Cut(rest, " ")
	proto = strings.TrimSpace(proto)
	if target == "" || strings.ContainsAny(proto, " \t") {
		return "", "", "", false
	}
	if proto != "" && !validProto(proto) {
		return "", "", "", false
	}
	switch {
	case target[0] == '/', target == "*", strings.HasPrefix(target, "http://"), strings.HasPrefix(target, "https://"):
	case method == "CONNECT" && strings.Contains(target, ":"):
	default:
		return "", "", "", false
	}
	return method, target, proto, true
}

// parseStatusLine recognises "HTTP/1.1 401 Unauthorized", "HTTP/2 403", "HTTP/2.0 401".
func parseStatusLine(l string) (proto string, status int, reason string, ok bool) {
	l = strings.TrimSpace(l)
	if !strings.HasPrefix(l, "HTTP/") {
		return "", 0, "", false
	}
	proto, rest, _ := strings.Cut(l, " ")
	if !validProto(proto) {
		return "", 0, "", false
	}
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

// splitField splits "Name: value". The name must be a token, a pseudo-header
// (":status") or one of DevTools' "General" names ("Request URL"); spaced
// reports whitespace between the name and the colon.
func splitField(l string) (name, value string, spaced, ok bool) {
	start := 0
	if strings.HasPrefix(l, ":") {
		start = 1
	}
	colon := strings.IndexByte(l[start:], ':')
	if colon < 0 {
		return "", "", false, false
	}
	colon += start
	name = l[:colon]
	value = strings.TrimSpace(l[colon+1:])
	trimmed := strings.TrimRight(name, " \t")
	spaced = len(trimmed) != len(name)
	name = trimmed
	if len(name) == start || len(name) > 100 {
		return "", "", false, false
	}
	if strings.HasPrefix(value, "//") {
		return "", "", false, false // a URL, not a field
	}
	for i := start; i < len(name); i++ {
		c := name[i]
		if !(c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			if (c == ' ' || c == '\'' || c >= 0x80) && isGeneralName(strings.ToLower(name)) {
				return name, value, spaced, true // DevTools' "Request URL", "状态代码"
			}
			return "", "", false, false
		}
	}
	return name, value, spaced, true
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
	if s := req.Fields.Get(":scheme"); s != "" {
		return s + "://" + host + t
	}
	return "//" + host + t // scheme unknown
}

// validProto accepts "HTTP/1.1", "HTTP/2", "HTTP/2.0", "HTTP/3".
func validProto(p string) bool {
	v, ok := strings.CutPrefix(p, "HTTP/")
	if !ok || v == "" || len(v) > 4 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !(v[i] >= '0' && v[i] <= '9' || v[i] == '.' && i > 0 && i < len(v)-1) {
			return false
		}
	}
	return true
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
	// joinCut joins the rest of a header line a terminal cut at its width,
	// read on paste line n, to the field above it
	joinCut := func(rest string, n int) {
		(*fs)[len(*fs)-1].Value += rest
		note("terminal-wrap", "a header line was cut at the terminal's width; the rest on the next line was joined back", n)
		m.end = n
		r.i++
		first = false
	}
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		switch l.kind {
		case kSkip:
			if fenceLine(l.text) {
				// a closing fence under a transcript's header line ends
				// the copy as the end of the paste does: curl -v and wire
				// traces always print the blank line that ends the block
				if dir != 0 && !start.wire {
					m.cut = true
					note("headers-cut", "the paste ends inside the header block", m.end)
				}
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
		case kNoHeaders:
			note("headers-not-shown", "the tool printed the status without the response's headers (wget -S prints them)", l.n)
			m.cut = true
			r.i++
			continue
		case kCommand, kEnd:
			return endNext
		}
		if l.quoted != start.quoted && start.quoted && !l.quoted && r.wrappedField(l, fs) {
			// "> x-amz-id-2: Bcl9…" cut at the width, its rest unquoted
			joinCut(l.trimmed(), l.n)
			continue
		}
		if l.dir != 0 && dir != 0 && l.dir != dir || l.quoted != start.quoted {
			return endNext
		}
		if start.wire && !l.wire && l.trimmed() != "" {
			return endNext // a wire trace shows the whole header block
		}
		t := l.trimmed()
		if t == "" && first && len(*fs) == 0 && r.fieldsAfterBlank(r.i+1, start) {
			// "> HTTP/1.1 401 Unauthorized", ">", "> date: …": a blank line
			// a quote or a post put between the status line and its fields;
			// the known fields under it are the header block, not a body
			note("blank-after-start-line", "a blank line between the start line and its header fields was skipped", l.n)
			r.i++
			continue
		}
		if t == "" {
			m.end = max(m.end, l.n)
			r.i++
			if dir != 0 && l.dir == 0 && !start.wire && r.restBlank() {
				// curl -v ends a header block with its own marker ("<"); an
				// unmarked blank line with nothing after it is the end of
				// the paste, not of the block: the copy was cut.
				m.cut = true
				note("headers-cut", "the paste ends inside the header block", m.end)
				return endEOF
			}
			return endBlank
		}
		if indent > 0 && l.indent < indent {
			if len(*fs) > 0 || l.indent == 0 || l.dir != dir || !knownFieldLine(t) {
				return endNext // wget -S: the indented block is over
			}
			// the start line indented deeper than the fields under it (a
			// copy from a documentation page): the fields are its own
			indent, fieldIndent = l.indent, l.indent
		}
		if len(*fs) == 0 && l.indent > indent {
			fieldIndent = l.indent // fields indented under their start line
		}
		if l.indent > fieldIndent && len(*fs) > 0 && !headless && len(cont) == 0 && headersLabel((*fs)[len(*fs)-1]) {
			// "HEADERS:" with nothing after it, then the fields indented
			// under it (go-resty's debug log): a label, not a field whose
			// value is folded onto the lines below.
			if _, _, _, ok := splitField(t); ok {
				*fs = (*fs)[:len(*fs)-1]
				fieldIndent = l.indent
			}
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
		if len(cont) == 0 && r.wrappedField(l, fs) {
			// the field's line is as wide as the paste's widest and this one
			// is no field of its own: a terminal cut the value there
			// ("Set-Cookie: sid=…b8mVt1Jr5uQ" + "hYo3Kx; path=/")
			joinCut(t, l.n)
			continue
		}
		if e := emphasisedField(t); e != "" {
			t = e // "**Proxy-Authenticate: NTLM**": a header line the poster set in bold
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
					if rest, ok := r.cutValueRest(nt); ok {
						// "Accept:" + "text/html,…,image/webp,imag" +
						// "e/apng,*/*;q=0.8" + "Accept-Encoding:": a
						// value a terminal cut, its rest on a line of
						// its own before the next name
						f.Value += rest
						m.end = r.lines[r.i].n
						r.i++
					}
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
		if dir != 0 && l.dir == dir && len(*fs) > 0 && (t == "{" || t == "[" || strings.HasPrefix(t, "{\"")) {
			// "< {" right under "< * Vary: …" (the Databricks SDKs' debug
			// log prints no blank line after the fields): the body opens
			note("no-blank-line", "the body starts without a blank line after the header fields", l.n)
			return endBlank
		}
		if dir != 0 && l.dir == dir {
			note("bad-header-line", "a line in the header block is not a field", l.n)
			m.end = l.n
			r.i++
			continue
		}
		if dir != 0 && l.dir == 0 && len(*fs) > 0 && len(cont) == 0 && !strings.ContainsAny(t, " \t") && r.markedNext(dir) {
			// "< via: 1.1 …, envoy-edge-iad-pzlc" + "nvho" + "< x-server: …":
			// an unmarked piece with marked header lines on both sides is
			// the rest of the line above, cut by a terminal narrower than
			// the transcript (a paste whose other lines are shorter shows
			// no common width to tell it by)
			joinCut(t, l.n)
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
	// header block: without it the copy was cut. So does curl -i, with the
	// body after it: its response stopping on a header line, unless it has
	// no body (-I, "Content-Length: 0"), was cut too. A raw header copy often
	// just leaves the blank line out.
	if dir != 0 && !start.wire || isResp && r.cmd != nil && r.cmd.tool == "curl" && !r.cmd.head && strings.TrimSpace(fs.Get("Content-Length")) != "0" {
		m.cut = true
		note("headers-cut", "the paste ends inside the header block", m.end)
	}
	return endEOF
}

// fieldsAfterBlank reports whether lines[i] and the line after it are known
// header fields in the start line's own notation (quoting, transcript
// marker): two, so one "Note: …" line of a body does not count.
func (r *textReader) fieldsAfterBlank(i int, start *line) bool {
	if start == nil || i+1 >= len(r.lines) {
		return false
	}
	for _, l := range r.lines[i : i+2] {
		if l.kind != kText || l.quoted != start.quoted || l.dir != start.dir || !knownFieldLine(l.trimmed()) {
			return false
		}
	}
	return true
}

// emphasisedField returns the header line inside Markdown emphasis wrapped
// around a whole line ("**WWW-Authenticate: Negotiate**", "__Server:
// Apache__"), which a poster adds to point at the line that matters, or "".
func emphasisedField(t string) string {
	for _, m := range []string{"**", "__"} {
		if len(t) > 2*len(m)+2 && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			in := strings.TrimSpace(t[len(m) : len(t)-len(m)])
			if _, _, _, ok := splitField(in); ok && !strings.Contains(in, m) {
				return in
			}
		}
	}
	return ""
}

// cutValueRest reports the line at r.i as the rest of value, the value of a
// field whose name stood on a line of its own (Chrome's copy), when a
// terminal cut it: value is 60 characters or more, the line is one piece
// without spaces that is no field, and a name alone on its line ("Name:")
// follows it.
func (r *textReader) cutValueRest(value string) (string, bool) {
	if utf8.RuneCountInString(value) < 60 || r.i+1 >= len(r.lines) {
		return "", false
	}
	l, nx := &r.lines[r.i], &r.lines[r.i+1]
	t, nt := l.trimmed(), nx.trimmed()
	if l.kind != kText || nx.kind != kText || t == "" || strings.ContainsAny(t, " \t") || strings.HasSuffix(t, ":") || knownFieldLine(t) {
		return "", false
	}
	name, ok := strings.CutSuffix(nt, ":")
	if !ok || !isHeaderName(name, false) {
		return "", false
	}
	return t, true
}

// markedNext reports whether the line after the current one carries the
// transcript marker dir ("< ") and reads as a header line or the block's
// closing marker.
func (r *textReader) markedNext(dir byte) bool {
	k := r.i + 1
	if k >= len(r.lines) {
		return false
	}
	n := &r.lines[k]
	if n.kind != kText || n.dir != dir {
		return false
	}
	t := n.trimmed()
	if t == "" {
		return true
	}
	_, _, _, ok := splitField(t)
	return ok
}

// wrappedField reports whether l goes on with the value of the last field
// read: the line before it — the field's own, or a piece of its value a
// terminal already put on a line of its own (a long value goes on over
// several) — is as wide as the paste's widest (wrapWidth) and l,
// unindented and unmarked, is no field of its own. When it does, l is
// remembered as the value's last piece.
func (r *textReader) wrappedField(l *line, fs *Fields) bool {
	p := r.i - 1
	ok := p >= 0 && r.lines[p].full && len(*fs) > 0 &&
		((*fs)[len(*fs)-1].Pos.Line == r.lines[p].n || r.wrapped == r.lines[p].n && r.wrapped > (*fs)[len(*fs)-1].Pos.Line) &&
		l.kind == kText && l.indent == 0 && l.dir == 0 && l.text != "" && !knownFieldLine(l.text)
	if ok {
		r.wrapped = l.n
	}
	return ok
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
	joinable := false // the last line taken may go on on the next (wrapWidth)
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		stop := false
		if l.kind != kText {
			joinable = false
		}
		switch l.kind {
		case kSkip:
			if fenceLine(l.text) {
				stop = true
			}
		case kInfo:
			r.addInfo(l)
		case kElided:
			m.notes = append(m.notes, Note{Code: "elided-lines", Message: "lines were left out of the body here", Pos: Pos{Line: l.n}})
			m.body.Truncated = true
		case kNoHeaders:
		case kCommand, kEnd:
			stop = true
		default:
			t := l.trimmed()
			switch {
			case t == "":
			case indent > 0 && l.indent < indent && !r.savedToStdout():
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
			if !stop && joinable && t != "" && l.indent == 0 && l.dir == 0 {
				// the line before was as wide as the paste's widest: a
				// terminal cut it there ("…verifyJWT(): jwt.Parse(): T" +
				// "oken is not valid yet")
				texts[len(texts)-1] += l.text
				size += len(l.text) + l.trail + 1
				joinable = l.full
				r.i++
				continue
			}
			if !stop {
				joinable = l.full && t != ""
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
	if r.i < len(r.lines) && (r.lines[r.i].kind == kCommand || isStartLine(&r.lines[r.i])) {
		texts, nums = dropIntro(texts, nums)
	}
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

// dropIntro takes off the end of a body the person's words that introduce
// the next message ("and the raw request headers:", "Then with the token:"):
// a last paragraph of one or two lines of prose, the last ending in ":".
// It is called only when a start line or a command follows the body.
func dropIntro(texts []string, nums []int) ([]string, []int) {
	k := len(texts)
	for k > 0 && len(texts)-k < 3 && strings.TrimSpace(texts[k-1]) != "" {
		k--
	}
	n := len(texts) - k
	if n == 0 || n > 2 || k > 0 && strings.TrimSpace(texts[k-1]) != "" {
		return texts, nums
	}
	for _, t := range texts[k:] {
		if !startsProse(strings.TrimSpace(t)) {
			return texts, nums
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(texts[len(texts)-1]), ":") {
		return texts, nums
	}
	for k > 0 && strings.TrimSpace(texts[k-1]) == "" {
		k--
	}
	return texts[:k], nums[:k]
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

// headersLabel reports whether f is a "Headers:" label with no value: the
// heading of the fields below it rather than a field.
func headersLabel(f Field) bool {
	return strings.TrimSpace(f.Value) == "" && strings.EqualFold(strings.TrimSpace(f.Name), "headers")
}

// restBlank reports whether every line from the reader's position on is
// blank.
func (r *textReader) restBlank() bool {
	for k := r.i; k < len(r.lines); k++ {
		if r.lines[k].kind == kText && r.lines[k].trimmed() != "" {
			return false
		}
	}
	return true
}
