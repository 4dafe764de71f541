package parse

import (
	"strconv"
	"strings"
)

// Line kinds after unwrapping. A pasted line becomes one or more logical
// lines (a Ruby wire-trace string holding "\r\n" becomes several), each
// keeping the number of the pasted line it came from.
const (
	kText    = iota // an ordinary line: start line, field, body, prose
	kSkip           // a Markdown fence or a data marker: not part of any message
	kInfo           // a tool's own line: curl "* ...", Ruby "reading N bytes..."
	kCommand        // a shell command line ("$ curl -v https://...")
	kElided         // "..." standing for lines the person left out
	kEnd            // a logger's end-of-message line ("<-- END HTTP")
)

// line is one logical line of the paste.
type line struct {
	n      int    // 1-based line in the paste
	text   string // content with wrappers and transcript markers removed, right-trimmed
	indent int    // leading blanks still in text
	kind   int
	dir    byte // '>' sent, '<' received, 0 unknown
	cmd    *command
	wire   bool // from a wire trace (Ruby's -> "..." lines)
	trail  int  // trailing blanks removed from text
	quoted bool // a '>' quote marker was taken off (a partly quoted paste)
	synth  bool // a status line made from a logger's summary: its version is unknown
}

// trimmed returns the text without its indentation.
func (l *line) trimmed() string { return l.text[l.indent:] }

func (l *line) blank() bool { return l.kind == kText && l.indent == len(l.text) }

// splitRaw splits text at LF, CRLF and lone CR.
func splitRaw(text string) []string {
	if text == "" {
		return nil
	}
	n := strings.Count(text, "\n") + strings.Count(text, "\r") + 1
	out := make([]string, 0, n)
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, text[start:i])
			start = i + 1
		case '\r':
			out = append(out, text[start:i])
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// countLines returns len(splitRaw(text)) without building the lines.
func countLines(text string) int {
	if text == "" {
		return 0
	}
	n := strings.Count(text, "\n") + strings.Count(text, "\r") - strings.Count(text, "\r\n")
	if last := text[len(text)-1]; last != '\n' && last != '\r' {
		n++
	}
	return n
}

func indentOf(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// unwrap turns pasted lines into logical lines: it drops Markdown fences and
// blockquote markers, recognises shell commands, curl -v and Ruby wire-trace
// markers, log prefixes in front of start lines, and tool chatter.
func unwrap(raw []string, notes *[]Note) []line {
	quote := quoteDepth(raw)
	lt, gtStatus, gtReq := markers(raw, quote)
	curlV := lt || gtReq && !gtStatus
	// Only part of the paste quoted ("> HTTP/1.1 403 ..." amid prose): take
	// the quote markers off those lines.
	partQuote := !curlV && (gtStatus || gtReq)
	okhttp, okWidth := okhttpLog(raw)
	out := make([]line, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		s := raw[i]
		n := i + 1
		if okWidth > 0 && strings.Contains(strings.ToLower(s[:min(len(s), okWidth)]), "okhttp") {
			// logcat: "D/OkHttp: <-- 401 ...", or Android Studio's aligned columns.
			if len(s) > okWidth {
				s = s[okWidth:]
			} else {
				s = ""
			}
		}
		if strings.IndexByte(s, 0x1b) >= 0 {
			s = stripANSI(s) // colours from a terminal log
		}
		if strings.Contains(s, "\u00a0") {
			s = strings.ReplaceAll(s, "\u00a0", " ") // no-break spaces from rendered pages
		}
		full := len(s)
		s = strings.TrimRight(s, " \t")
		trail := full - len(s)
		s = unquote(s, quote)
		quoted := false
		if partQuote && strings.HasPrefix(strings.TrimLeft(s, " \t"), ">") {
			s = unquote(s, 1)
			quoted = true
		}
		t := strings.TrimLeft(s, " \t")
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			out = append(out, line{n: n, text: t, kind: kSkip})
			continue
		case len(t) >= 2 && t[0] == '`' && t[len(t)-1] == '`' && strings.Count(t, "`") == 2:
			s = t[1 : len(t)-1]
			t = strings.TrimLeft(s, " \t")
		}
		if t == "..." || t == "…" || t == "[...]" || t == "(...)" {
			out = append(out, line{n: n, text: t, kind: kElided})
			continue
		}
		if okhttp {
			if l, ok := okhttpLine(n, t); ok {
				out = append(out, l)
				continue
			}
		}
		if strings.HasPrefix(t, "fetch(\"") || strings.HasPrefix(t, "await fetch(\"") {
			// DevTools "Copy as fetch": the call runs to a line starting "})".
			j := i + 1
			var call []string
			for j < len(raw) && j-i < 500 && !strings.Contains(raw[j], "fetch(\"") {
				call = append(call, unquote(raw[j], quote))
				if strings.HasPrefix(strings.TrimSpace(call[len(call)-1]), "})") {
					break
				}
				j++
			}
			end := min(j+1, len(raw))
			closed := j < len(raw) && len(call) > 0 && strings.HasPrefix(strings.TrimSpace(call[len(call)-1]), "})")
			if c := parseFetch(t, call); c != nil && closed {
				out = append(out, line{n: n, text: t, kind: kCommand, cmd: c})
				for k := i + 1; k < end; k++ {
					out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
				}
				i = end - 1
				continue
			}
		}
		if c := parseCommandLine(t); c != nil {
			if head, ok := cutContinuation(t); ok {
				// A command over several lines, as "Copy as cURL" writes it.
				var cont []string
				j := i + 1
				more := true
				for ; more && j < len(raw) && j-i <= 500; j++ {
					cl := unquote(strings.TrimRight(raw[j], " \t"), quote)
					cl, more = cutContinuation(cl)
					cont = append(cont, cl)
				}
				if c2 := parseCommand(head, cont); c2 != nil {
					c = c2
					out = append(out, line{n: n, text: t, kind: kCommand, cmd: c})
					for k := i + 1; k < j; k++ {
						out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
					}
					i = j - 1
					continue
				}
			}
			out = append(out, line{n: n, text: t, kind: kCommand, cmd: c})
			continue
		}
		if strings.HasPrefix(t, "-> \"") || strings.HasPrefix(t, "<- \"") {
			out = appendWire(out, n, t)
			continue
		}
		if py := pyDebug(t); py != 0 {
			out = appendPyDebug(out, n, t, py)
			continue
		}
		if t == "->" || t == "<-" {
			d := byte('>')
			if t[0] == '<' {
				d = '<'
			}
			out = append(out, line{n: n, kind: kText, dir: d})
			continue
		}
		if (strings.HasPrefix(t, "-> ") || strings.HasPrefix(t, "<- ")) && len(t) > 3 {
			// httr verbose(): "-> GET / HTTP/1.1" sent, "<- HTTP/1.1 403" received.
			d := byte('>')
			if t[0] == '<' {
				d = '<'
			}
			out = append(out, mkLine(n, t[3:], kText, d))
			continue
		}
		if curlV {
			if l, ok := curlLine(n, s); ok {
				out = append(out, l)
				continue
			}
		}
		if isToolChatter(t) {
			out = append(out, line{n: n, text: t, kind: kInfo})
			continue
		}
		if p := logPrefixed(t); p >= 0 {
			out = append(out, mkLine(n, t[p:], kText, 0))
			continue
		}
		l := mkLine(n, s, kText, 0)
		l.trail, l.quoted = trail, quoted
		out = append(out, l)
	}
	if quote > 0 {
		*notes = append(*notes, Note{Code: "blockquote", Message: "every line carried a '>' quote marker; read without it", Pos: Pos{Line: 1}})
	}
	return out
}

func mkLine(n int, s string, kind int, dir byte) line {
	return line{n: n, text: s, indent: indentOf(s), kind: kind, dir: dir}
}

// quoteDepth reports how many '>' quote levels wrap every non-blank line, when
// the paste is a Markdown blockquote rather than a curl -v request.
func quoteDepth(raw []string) int {
	depth := 0
	lines := raw
	for depth < 3 {
		all, any := true, false
		for _, s := range lines {
			t := strings.TrimSpace(s)
			for q := 0; q < depth; q++ {
				t = strings.TrimSpace(strings.TrimPrefix(t, ">"))
			}
			if t == "" || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				continue
			}
			any = true
			if t[0] != '>' {
				all = false
				break
			}
		}
		if !all || !any {
			break
		}
		depth++
	}
	return depth
}

// markers scans for transcript markers: "< HTTP/1.1 401" (a received status
// line), "> HTTP/1.1 401" (a quoted one) and "> GET / HTTP/1.1" (a sent or
// quoted request line), under quote levels already known.
func markers(raw []string, quote int) (ltStatus, gtStatus, gtReq bool) {
	for _, s := range raw {
		s = strings.TrimSpace(s)
		for q := 0; q < quote; q++ {
			s = strings.TrimSpace(strings.TrimPrefix(s, ">"))
		}
		if len(s) < 3 || s[0] != '<' && s[0] != '>' {
			continue
		}
		rest := strings.TrimLeft(s[1:], " ")
		_, _, _, st := parseStatusLine(rest)
		switch {
		case s[0] == '<' && st:
			ltStatus = true
		case s[0] == '>' && st:
			gtStatus = true
		case s[0] == '>':
			if _, _, _, ok := parseRequestLine(rest); ok {
				gtReq = true
			}
		}
	}
	return
}

// curlLine reads one line of a curl -v transcript.
func curlLine(n int, s string) (line, bool) {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return line{}, false
	}
	switch t[0] {
	case '>', '<':
		// curl's markers are "> " and "< " (or the marker alone); a body line
		// such as "<!DOCTYPE html>" or "<Error>" starts with '<' and is text.
		if len(t) > 1 && t[1] != ' ' && t[1] != '\t' && t[1] != '\r' {
			return line{}, false
		}
		return mkLine(n, strings.TrimPrefix(t[1:], " "), kText, t[0]), true
	case '*':
		if len(t) == 1 || t[1] == ' ' || t[1] == '\t' {
			return line{n: n, text: strings.TrimSpace(t[1:]), kind: kInfo}, true
		}
	case '{', '}':
		if strings.HasPrefix(strings.TrimSpace(t[1:]), "[") {
			return line{n: n, text: t, kind: kSkip}, true
		}
	}
	return line{}, false
}

// toolChatter are lines that tools print between messages.
var toolChatter = []string{
	"upload completely sent off", "Connection #", "Closing connection", "Connected to ",
	"Trying ", "reading ", "read ", "Conn keep-alive", "Conn close", "opening connection to ",
	"opened", "starting SSL for ", "SSL established", "HTTP request sent, awaiting response",
	"Resolving ", "Connecting to ", "Reusing existing connection", "Authentication selected:",
	"Length: ", "Saving to: ", "Proxy request sent, awaiting response",
	"Provisional headers are shown",
}

func isToolChatter(t string) bool {
	for _, p := range toolChatter {
		if strings.HasPrefix(t, p) {
			switch p {
			case "Trying ":
				return strings.HasSuffix(t, "...")
			case "Resolving ", "Connecting to ":
				return strings.Contains(t, "...")
			case "Connected to ":
				return strings.Contains(t, " port ")
			case "Connection #":
				return strings.Contains(t, " to host ")
			case "Closing connection":
				return len(t) < 40
			case "reading ", "read ":
				return strings.HasSuffix(t, "bytes...") || strings.HasSuffix(t, "bytes")
			case "opened":
				return t == "opened"
			case "Length: ":
				return strings.Contains(t, "[") || strings.HasSuffix(t, "unspecified")
			}
			return true
		}
	}
	// wget: "--2024-05-01 10:00:00--  https://...", "2024-05-01 10:00:00 ERROR 401: Unauthorized."
	if strings.HasPrefix(t, "--") && strings.Contains(t, "--  ") {
		return true
	}
	return false
}

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

// cutContinuation removes a trailing line-continuation marker: a shell
// backslash, a cmd.exe caret, a PowerShell backtick.
func cutContinuation(s string) (string, bool) {
	for _, m := range []string{" \\", " ^", " `"} {
		if strings.HasSuffix(s, m) {
			return s[:len(s)-len(m)], true
		}
	}
	if s == "\\" || s == "^" {
		return "", true
	}
	return s, false
}

// okhttpLog reports whether the paste is OkHttp's HttpLoggingInterceptor
// output (it marks the end of each message with "--> END" or "<-- END HTTP"),
// and the width of the logcat prefix in front of its messages, if any.
func okhttpLog(raw []string) (bool, int) {
	for _, s := range raw {
		i := strings.Index(s, "<-- END HTTP")
		if i < 0 {
			i = strings.Index(s, "--> END ")
		}
		if i < 0 {
			continue
		}
		if i > 0 && strings.Contains(strings.ToLower(s[:i]), "okhttp") {
			return true, i
		}
		return true, 0
	}
	return false, 0
}

// okhttpLine turns OkHttp's "--> GET https://h/p h2" and "<-- 401 Unauthorized
// https://h/p (85ms)" into a request line and a status line.
func okhttpLine(n int, t string) (line, bool) {
	switch {
	case strings.HasPrefix(t, "--> END") || strings.HasPrefix(t, "<-- END HTTP") || strings.HasPrefix(t, "<-- HTTP FAILED"):
		return line{n: n, text: t, kind: kEnd}, true
	case strings.HasPrefix(t, "--> "):
		f := strings.Fields(t[4:])
		if len(f) < 2 || !methods[f[0]] {
			return line{}, false
		}
		text := f[0] + " " + f[1]
		if len(f) > 2 {
			if p := harProto(f[2]); strings.HasPrefix(p, "HTTP/") {
				text += " " + p
			}
		}
		return line{n: n, text: text, kind: kText}, true
	case strings.HasPrefix(t, "<-- "):
		f := strings.Fields(t[4:])
		if len(f) < 2 || codeAt(f[0], 0) == 0 || len(f[0]) != 3 {
			return line{}, false
		}
		var reason []string
		for _, w := range f[1:] {
			if strings.Contains(w, "://") || strings.HasPrefix(w, "(") {
				break
			}
			reason = append(reason, w)
		}
		text := "HTTP/1.1 " + f[0]
		if len(reason) > 0 {
			text += " " + strings.Join(reason, " ")
		}
		return line{n: n, text: text, kind: kText, synth: true}, true
	}
	return line{}, false
}

// stripANSI removes terminal escape sequences (CSI "ESC [ ... letter" and a
// lone ESC) from s.
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
		}
	}
	return b.String()
}

// unquote takes q blockquote markers ("> ", possibly indented) off s.
func unquote(s string, q int) string {
	for ; q > 0; q-- {
		t := strings.TrimLeft(s, " \t")
		if !strings.HasPrefix(t, ">") {
			return s
		}
		s = strings.TrimPrefix(t[1:], " ")
	}
	return s
}
