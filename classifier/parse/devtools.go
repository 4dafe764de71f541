// Browser DevTools copies: header blocks without a start line (":status",
// "Request URL:", section headings) and "Copy as fetch" calls; also a bare
// block of header lines (format "headers").

package parse

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// parseFetch reads a DevTools "Copy as fetch" call: fetch("url", { "headers":
// { "name": "value", ... }, "method": "POST", ... }). The browser adds
// cookies the copy does not show, so the request stays partial.
func parseFetch(first string, rest []string) *command {
	q := first[strings.IndexByte(first, '"'):]
	u, err := strconv.QuotedPrefix(q)
	if err != nil {
		return nil
	}
	c := &command{tool: "fetch", method: "GET"}
	c.url, _ = strconv.Unquote(u)
	inHeaders := false
	for k, l := range rest {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "\"headers\": {"):
			inHeaders = !strings.HasSuffix(t, "}") && !strings.HasSuffix(t, "},")
			continue
		case inHeaders && strings.HasPrefix(t, "}"):
			inHeaders = false
			continue
		}
		name, val, ok := jsonPair(t)
		if !ok {
			continue
		}
		if inHeaders {
			c.cur = k + 1
			c.add(Field{Name: name, Value: val})
			continue
		}
		switch name {
		case "method":
			c.method = strings.ToUpper(val)
		case "referrer":
			if val != "" {
				c.cur = k + 1
				c.add(Field{Name: "Referer", Value: val})
			}
		}
	}
	c.cur = 0
	return c
}

// jsonPair reads a line "name": "value", of a JavaScript object literal.
func jsonPair(t string) (string, string, bool) {
	n, err := strconv.QuotedPrefix(t)
	if err != nil {
		return "", "", false
	}
	rest := strings.TrimSpace(t[len(n):])
	rest, ok := strings.CutPrefix(rest, ":")
	if !ok {
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	v, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return "", "", false
	}
	name, err1 := strconv.Unquote(n)
	val, err2 := strconv.Unquote(v)
	return name, val, err1 == nil && err2 == nil
}

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

// generalAliases are the "General" names as DevTools writes them in the other
// languages of its UI, folded (lower case) to the English ones: a copy made
// in a German or Japanese browser reads like one made in an English one.
var generalAliases = map[string]string{
	// Dutch
	"extern adres": "remote address",
	// French
	"url de la requête": "request url", "méthode de la requête": "request method", "code d'état": "status code",
	"code d’état": "status code", "code de statut": "status code", "adresse distante": "remote address",
	"stratégie de provenance": "referrer policy", "règle de provenance": "referrer policy",
	// Spanish, Portuguese, Italian
	"url de solicitud": "request url", "método de solicitud": "request method", "código de estado": "status code",
	"dirección remota": "remote address", "política de referente": "referrer policy", "política de referentes": "referrer policy",
	"url da solicitação": "request url", "método da solicitação": "request method", "código de status": "status code",
	"endereço remoto": "remote address", "política do referenciador": "referrer policy",
	"url richiesta": "request url", "metodo richiesta": "request method", "codice di stato": "status code",
	"indirizzo remoto": "remote address", "norme relative ai referrer": "referrer policy",
	// Russian, Polish, Turkish
	"url запроса": "request url", "метод запроса": "request method", "код статуса": "status code", "код состояния": "status code",
	"удаленный адрес": "remote address", "удалённый адрес": "remote address", "правило для url перехода": "referrer policy",
	"adres url żądania": "request url", "metoda żądania": "request method", "kod stanu": "status code", "adres zdalny": "remote address",
	"i̇stek url'si": "request url", "istek url'si": "request url", "i̇stek yöntemi": "request method", "istek yöntemi": "request method",
	"durum kodu": "status code", "uzak adres": "remote address",
	// Chinese, Japanese, Korean
	"请求网址": "request url", "请求 url": "request url", "请求方法": "request method", "状态代码": "status code", "状态码": "status code",
	"远程地址": "remote address", "引荐来源网址政策": "referrer policy", "引用站点策略": "referrer policy",
	"要求網址": "request url", "要求方法": "request method", "狀態碼": "status code", "狀態代碼": "status code", "遠端位址": "remote address",
	"參照網址政策":    "referrer policy",
	"リクエスト url": "request url", "リクエスト メソッド": "request method", "ステータス コード": "status code",
	"ステータスコード": "status code", "リモート アドレス": "remote address", "参照ポリシー": "referrer policy", "リファラー ポリシー": "referrer policy",
	"요청 url": "request url", "요청 메서드": "request method", "상태 코드": "status code", "원격 주소": "remote address", "리퍼러 정책": "referrer policy",
}

// generalExact are the aliases shaped like field names ("Statuscode"), taken
// only as DevTools spells them, so that a printed object's "statusCode: 403"
// is not one; they are renamed to the English name as the block is read.
var generalExact = wordlist.Map[string]{
	{K: "Anfrage-URL", V: "Request URL"}, {K: "Anfragemethode", V: "Request Method"}, {K: "Statuscode", V: "Status Code"}, {K: "Remoteadresse", V: "Remote Address"},
	{K: "Verweisrichtlinie", V: "Referrer Policy"}, {K: "Referrer-Richtlinie", V: "Referrer Policy"},
	{K: "Verzoek-URL", V: "Request URL"}, {K: "Verzoekmethode", V: "Request Method"},
}

// isGeneralName reports whether n, lower-cased, names a "General" line, in
// English or in another language of DevTools' UI; isKnownName whether it
// is one of knownNames or such a line. (Asked of both lists, not copied
// into them at start-up: 136 map insertions before the page is ready,
// issue #14.)
func isGeneralName(n string) bool {
	_, alias := generalAliases[n]
	return alias || generalNames[n]
}

func isKnownName(n string) bool {
	_, alias := generalAliases[n]
	return alias || knownNames[n]
}

// generalName folds a "General" line's lower-case name to its English form.
func generalName(n string) string {
	if a := generalAliases[n]; a != "" {
		return a
	}
	return n
}

// requestOnly and responseOnly help tell a bare header block's side.
var requestOnly = wordlist.Set{"host", "user-agent", "accept", "accept-language",
	"accept-encoding", "authorization", "cookie", "referer", "origin",
	"upgrade-insecure-requests", "proxy-authorization", "if-none-match", "if-modified-since",
	":method", ":path", ":authority", ":scheme", "sec-fetch-mode", "sec-fetch-site",
	"sec-fetch-dest", "sec-ch-ua", "dnt"}

var responseOnly = wordlist.Set{"server", "set-cookie", "www-authenticate", "proxy-authenticate",
	"date", "via", "etag", "last-modified", "x-cache", "age", "expires",
	"accept-ranges", "content-length", "access-control-allow-origin", "x-powered-by",
	"strict-transport-security", "x-frame-options", "x-content-type-options", ":status",
	"status", "location", "vary"}

// lowerName folds a field name for the look-up tables.
func lowerName(n string) string { return strings.ToLower(n) }

// knownFieldLine reports whether t is a field line with a well-known name.
func knownFieldLine(t string) bool {
	name, _, _, ok := splitField(t)
	return ok && (isKnownName(lowerName(name)) || strings.HasPrefix(name, ":"))
}

// headlessStart reports whether line i starts a header block that has no
// start line: a known field, or two field lines in a row.
func (r *textReader) headlessStart(i int) bool {
	l := &r.lines[i]
	t := l.trimmed()
	name, v, _, ok := splitField(t)
	if !ok || objectMember(v) {
		return false
	}
	if isKnownName(lowerName(name)) || strings.HasPrefix(name, ":") || generalExact.Get(name) != "" {
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

// advisedAbove reports whether the sentence right above line i (blank
// and fence lines skipped) advises sending what follows, ending in a
// colon ("you need to add a header to the requests:"): adviceWords.
func (r *textReader) advisedAbove(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := r.lines[k].trimmed()
		if t == "" || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			continue
		}
		return adviceLead(t)
	}
	return false
}

// objectMember reports whether a field line's value is a quoted string
// and the comma after it, as a printed object writes a member (Node's
// util.inspect of an axios error's config: "Authorization: 'Bearer …',"):
// a line of that object, not of a header block DevTools or a person copied.
func objectMember(v string) bool {
	return len(v) >= 3 && (v[0] == '\'' || v[0] == '"') && strings.HasSuffix(v, string(v[0])+",")
}

// readHeadless reads a block of header lines without a start line, as
// DevTools and people copy them, and merges it into the exchange it belongs to.
func (r *textReader) readHeadless() {
	l := &r.lines[r.i]
	var fs Fields
	var m message
	m.end = l.n
	start := r.i
	ended := r.readFields(l, &fs, &m, false, true)
	// a "Response Headers" section closed by the next heading ("Request
	// Headers", "Response Body") lists the response's header block whole
	whole := r.label == "response" && r.labelHeaders && ended == endNext && r.i < len(r.lines) && sectionLabel(r.lines[r.i].trimmed()) != ""
	for k := range fs {
		if e := generalExact.Get(fs[k].Name); e != "" {
			fs[k].Name = e
		}
	}
	if !headerLike(fs) && r.label == "" || len(fs) == 1 && r.label == "" && r.req == nil && start > 0 && fieldShaped(r.lines[start-1]) || r.advisedAbove(start) {
		// (Also a single header field right under "key: value" lines that
		// are not fields — "Ray ID: …", "Your IP address: …" on a block
		// page — is a line of that text, not a request's header block.)
		// A run of "key: value" lines that are not header fields (YAML, a
		// config dump, a table): prose, not a header block. And header
		// lines a reply's advice introduces ("you need to add this
		// header:"): a suggestion, not a request's header block.
		for k := start; k < r.i; k++ {
			r.loose = append(r.loose, r.lines[k])
		}
		return
	}
	var general, rest Fields
	reqScore, respScore := 0, 0
	for _, f := range fs {
		n := lowerName(f.Name)
		if isGeneralName(n) {
			general = append(general, f)
			continue
		}
		rest = append(rest, f)
		if requestOnly.Has(n) {
			reqScore++
		}
		if responseOnly.Has(n) {
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
			switch generalName(lowerName(f.Name)) {
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
	if k := mixedSplit(rest); k > 0 && len(general) > 0 && reqScore > 0 && respScore > 0 {
		// Chrome's copy of the Headers panel without its section headings:
		// the response's fields, then the request's, in one run
		p := r.respOf(x, newX, rest[:k], l.n, m.end)
		x = r.devx
		if x == nil || x.Response != p {
			return
		}
		rest = rest[k:]
		reqScore, respScore = 1, 0
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
		p := r.respOf(x, newX, rest, l.n, m.end)
		x = r.devx
		if whole && len(p.Fields) == len(rest) {
			p.HeadersComplete = true
		}
		if p.Status == 0 && start > 0 && p.Span.Start == l.n {
			// the status line just above the block, which a logger's
			// prefix or a copy that dropped its transcript marker kept
			// from reading as one ("Response headers: (  HTTP/1.1 401",
			// " HTTP/1.1 401 Unauthorized" above "< Server: …")
			a := &r.lines[start-1]
			if st, reason, ok := statusLineEnding(a.text); ok && a.n == l.n-1 {
				// (read from the text: the line was no status line to the
				// readers, so the block under it is not known to be whole)
				p.Status, p.Reason, p.Pos, p.StatusSource = st, reason, Pos{Line: a.n}, "text"
				p.Span.Start, x.Span.Start = a.n, min(x.Span.Start, a.n)
			}
		}
	}
	x.Notes = append(x.Notes, m.notes...)
	x.Span = Span{min(x.Span.Start, l.n), max(x.Span.End, m.end)}
	if devtools {
		x.Format = "devtools"
	}
}

// statusLineEnding finds a status line ("HTTP/1.1 401 Unauthorized") that
// ends line t, alone on it or after an opening bracket or a marker: not
// after a request's target (a request line or an access log's quote).
func statusLineEnding(t string) (int, string, bool) {
	j := strings.LastIndex(t, "HTTP/")
	if j < 0 {
		return 0, "", false
	}
	if head := strings.TrimRight(t[:j], " \t"); head != "" && !strings.ContainsRune("(<`[", rune(head[len(head)-1])) {
		return 0, "", false
	}
	_, st, reason, ok := parseStatusLine(t[j:])
	return st, reason, ok
}

// respOf puts a headless block's response fields on the exchange x (a new
// one from newX when x cannot take them) and returns that response; r.devx
// is the exchange that holds it.
func (r *textReader) respOf(x *Exchange, newX func() *Exchange, rest Fields, start, end int) *Response {
	if x == nil || x.Response != nil && (len(x.Response.Fields) > 0 && blockStatus(rest) != 0 || x.Response.StatusSource == "") {
		x = newX()
	}
	r.devx = x
	if x.Response == nil {
		x.Response = &Response{Pos: Pos{Line: start}}
	}
	p := x.Response
	p.Fields = append(p.Fields, rest...)
	p.Span = Span{min(nz(p.Span.Start, start), start), max(p.Span.End, end)}
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
		p.Pos = Pos{Line: start}
	}
	return p
}

// mixedSplit finds where a run of fields that holds a response's and then a
// request's (a DevTools copy without its "Response Headers" and "Request
// Headers" headings) turns from one to the other: the first request-only
// field with no response-only field after it, when a response-only field
// comes before it. It returns 0 when the run is not so ordered.
func mixedSplit(fs Fields) int {
	lastResp := -1
	for i, f := range fs {
		if responseOnly.Has(lowerName(f.Name)) {
			lastResp = i
		}
	}
	if lastResp < 0 {
		return 0
	}
	for i, f := range fs {
		n := lowerName(f.Name)
		if requestOnly.Has(n) {
			if i > lastResp {
				return i
			}
			return 0 // a request field among the response's: not this layout
		}
	}
	return 0
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

// sectionLabel recognises headings that tools and people put around header
// blocks: "Response Headers (1.2 kB)", "Request headers:", "General", "Response body:".
func sectionLabel(t string) string {
	t = strings.TrimSuffix(strings.TrimSpace(t), ":")
	if len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' {
		// a script's own bracketed heading ("[Request Header]", "[Response
		// Body]"), as PHP and SDK debug printers write them
		t = t[1 : len(t)-1]
	}
	// A heading is short: a line whose words before any count in brackets
	// are longer than the longest heading (maxSectionLabel) is none, and is
	// not lowered (sectionLabel runs on every line of a paste's text). Only
	// an ASCII line is judged so: lowering keeps its length.
	head := t
	if i := strings.Index(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		head = t[:i]
	}
	if len(head) > maxSectionLabel && isASCII(head) {
		return ""
	}
	l := strings.ToLower(t)
	if i := strings.Index(l, " ("); i > 0 && strings.HasSuffix(l, ")") {
		l = l[:i]
	}
	// a heading that qualifies what it labels ("Sample Response Body",
	// "Actual response", "HTTP Response"): the same label. What was
	// expected or wanted ("Expected response") is no part of the exchange.
	for n := 0; n < 2; n++ {
		w, rest, ok := strings.Cut(l, " ")
		if !ok || !labelQualifiers[w] {
			break
		}
		l = rest
	}
	for _, h := range sectionLabels {
		if h.heading == l {
			return h.label
		}
	}
	return ""
}

// sectionLabels are the headings sectionLabel knows, lower case, and what
// each labels.
var sectionLabels = []struct{ heading, label string }{
	{"response headers", "response"}, {"response header", "response"}, {"raw response headers", "response"}, {"headers", "response"}, {"response", "response"},
	{"request headers", "request"}, {"request header", "request"}, {"raw request headers", "request"}, {"request", "request"},
	{"general", "general"},
	{"response body", "body"}, {"body", "body"}, {"response payload", "body"}, {"raw body", "body"},
	{"request body", "request-body"}, {"request payload", "request-body"},
}

// labelQualifiers are the words that open a section heading without
// changing what it labels.
var labelQualifiers = map[string]bool{"sample": true, "example": true, "actual": true, "raw": true, "server": true,
	"api": true, "full": true, "the": true, "complete": true, "server's": true}

// maxSectionLabel is the length of the longest heading: two qualifiers and
// the longest label, with their spaces (TestSectionLabelLength).
const maxSectionLabel = 38

// fieldShaped reports whether a text line reads "name: value", the name a
// few words ("Ray ID: …", "Your IP address: …").
func fieldShaped(l line) bool {
	if l.kind != kText {
		return false
	}
	t := l.trimmed()
	k := strings.Index(t, ": ")
	if j := strings.Index(t, ":\t"); j >= 0 && (k < 0 || j < k) {
		k = j // "Failure Reason:\t\tUnknown user name": a tab separates too
	}
	return k > 0 && k <= 32 && strings.Count(t[:k], " ") <= 3 && !strings.ContainsAny(t[:k], "\"'{}[]()<>")
}

// headerLike reports whether a block read without a start line holds header
// fields: at least half of its names are registered or field-shaped (or
// DevTools' own), so that YAML or a key/value dump is not taken for headers.
func headerLike(fs Fields) bool {
	good := 0
	for _, f := range fs {
		n := lowerName(f.Name)
		if (isHeaderName(f.Name, false) && !cssProperty(n) || strings.HasPrefix(f.Name, ":") || isGeneralName(n) || isKnownName(n) || n == "status") && valueFits(n, f.Value) {
			good++
		}
	}
	return good*2 >= len(fs)
}

// cssProperty reports whether a lower-case name is a CSS property: a
// style sheet's declarations ("color:black", "font-size:12px") in an error
// page whose semicolons became line breaks are no header fields.
func cssProperty(n string) bool {
	switch n {
	case "color", "background", "font", "margin", "padding", "border", "display", "width", "height", "float",
		"position", "top", "left", "right", "bottom", "overflow", "opacity", "cursor", "z-index", "visibility", "outline":
		return true
	}
	for _, p := range []string{"font-", "background-", "border-", "margin-", "padding-", "text-", "line-", "max-width", "max-height", "min-width", "min-height",
		"list-style", "box-", "vertical-", "white-", "letter-", "word-"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// valueFits reports whether a value has the shape the field's grammar
// requires, for the fields whose names are also common words in prose or
// reports ("Location: (city)", "Date: yesterday", "Host: my laptop"): a
// header block is told from such text by its values too.
func valueFits(lowerName, v string) bool {
	v = strings.TrimSpace(v)
	switch lowerName {
	case "location", "host", "content-location":
		return v != "" && !strings.ContainsAny(v, " \t()")
	case "content-length", "age":
		return v != "" && strings.Trim(v, "0123456789") == ""
	case "content-type", "accept":
		return strings.Contains(v, "/") || v == "*"
	case "date", "expires", "last-modified":
		return strings.ContainsAny(v, "0123456789")
	case "status":
		// CGI's and DevTools' "Status: 403 Forbidden"; not an event log's
		// "Status: 0xC000006D" or a report's "Status: failed"
		return len(v) >= 3 && codeAt(v, 0) != 0 && (len(v) == 3 || v[3] == ' ')
	}
	return !promptTail(v)
}

// promptTail reports whether a value is the rest of a shell prompt whose
// host took the place of a field name: macOS's "Host-MBP:Downloads jordan$
// chmod +x x.sh", or "~/src$ make".
func promptTail(v string) bool {
	i := strings.IndexByte(v, '$')
	if i <= 0 || i > 80 || v[i-1] == ' ' || (i+1 < len(v) && v[i+1] != ' ') {
		return false
	}
	return len(strings.Fields(v[:i])) <= 2 && !strings.ContainsAny(v[:i], "\"'=;,")
}
