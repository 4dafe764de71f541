// Turning pasted lines into logical lines: fences, quotes, prefixes, markers.

package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// Line kinds after unwrapping. A pasted line becomes one or more logical
// lines (a Ruby wire-trace string holding "\r\n" becomes several), each
// keeping the number of the pasted line it came from.
const (
	kText      = iota // an ordinary line: start line, field, body, prose
	kSkip             // a Markdown fence or a data marker: not part of any message
	kInfo             // a tool's own line: curl "* ...", Ruby "reading N bytes..."
	kCommand          // a shell command line ("$ curl -v https://...")
	kElided           // "..." standing for lines the person left out
	kEnd              // a logger's end-of-message line ("<-- END HTTP")
	kNoHeaders        // after a status a tool printed alone (wget without -S): its headers were not shown
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
	span   bool // the whole line was one inline code span (`HTTP/2 401`): a mention in prose
	full   bool // the pasted line is as wide as the paste's widest lines: a terminal may have wrapped it (wrapWidth)
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
	n := strings.Count(text, "\n")
	if strings.IndexByte(text, '\r') >= 0 { // (most pastes have none: one pass over them, not three)
		n += strings.Count(text, "\r") - strings.Count(text, "\r\n")
	}
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
	if tr, ok := traceASCII(raw); ok {
		raw = tr
	}
	quote := quoteDepth(raw)
	lt, gtStatus, gtReq := markers(raw, quote)
	curlV := lt || gtReq && !gtStatus
	// Only part of the paste quoted ("> HTTP/1.1 403 ..." amid prose): take
	// the quote markers off those lines.
	partQuote := !curlV && (gtStatus || gtReq)
	okhttp, okWidth := okhttpLog(raw)
	dumping := !okhttp && transportDumps(raw)
	arrows := !okhttp && !dumping && requestArrows(raw)
	pairs := alternatingPairs(raw)
	wrapAt := wrapWidth(raw)
	out := make([]line, 0, len(raw))
	var recv [4]string     // the last received ("< ") lines of a curl -v transcript
	nrecv, inRecv := 0, -2 // inRecv: the index in out of the last received line or echo
	var echo wgetEcho      // the URL wget echoed, when its command line was not read
	var cutQuote map[int]bool
	if wrapAt == 0 {
		// (with a common width, the readers join the cut lines themselves)
		cutQuote = cutInString(raw)
	}
	for i := 0; i < len(raw); i++ {
		s := raw[i]
		n := i + 1
		if cutQuote != nil && cutQuote[i] {
			// a line a terminal cut inside a quoted string ("…time\", \"e" +
			// "rror\": 429 }"): read with its rest, which is no line of its own
			s += strings.TrimRight(raw[i+1], "\r")
		}
		if i > 0 && cutQuote != nil && cutQuote[i-1] {
			out = append(out, line{n: n, text: raw[i], kind: kSkip})
			continue
		}
		if pairs != nil && pairs[i] {
			// DevTools' newer copy: a name line, then its value line
			out = append(out, mkLine(n, strings.TrimSpace(s)+": "+strings.TrimSpace(raw[i+1]), kText, 0))
			out = append(out, line{n: n + 1, text: raw[i+1], kind: kSkip})
			i++
			continue
		}
		if okWidth > 0 && strings.Contains(strings.ToLower(s[:min(len(s), okWidth)]), "okhttp") {
			// logcat: "D/OkHttp: <-- 401 ...", or Android Studio's aligned columns.
			if len(s) > okWidth {
				s = s[okWidth:]
			} else {
				s = ""
			}
		}
		s = unescapeANSI(s)
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
		quoted, span := false, false
		if partQuote && strings.HasPrefix(strings.TrimLeft(s, " \t"), ">") {
			s = unquote(s, 1)
			quoted = true
		}
		t := strings.TrimLeft(s, " \t")
		if c := fencedCommand(t); c != "" {
			// "```curl -u … https://h/x```" or a fence whose info string
			// is the command: the command, not a fence
			s, t = c, c
		}
		switch {
		case fenceLine(t):
			out = append(out, line{n: n, text: t, kind: kSkip})
			continue
		case len(t) >= 2 && t[0] == '`' && t[len(t)-1] == '`' && strings.Count(t, "`") == 2:
			s = t[1 : len(t)-1]
			t = strings.TrimLeft(s, " \t")
			span = true
		case spanOpens(t):
			// an inline code span that closes on a later line: a command
			// written over several lines inside one pair of backticks
			s = t[1:]
			t = strings.TrimLeft(s, " \t")
		}
		if elisionLine(t) {
			// "...", "[…]", "<snip>", "(truncated)", "[trimmed]": lines left out
			out = append(out, line{n: n, text: t, kind: kElided})
			continue
		}
		if okhttp {
			if l, ok := okhttpLine(n, t); ok {
				out = append(out, l)
				continue
			}
		} else if j := transportSummary(t); j >= 0 && (dumping || arrows && bareArrowCode(t[j:])) && !dumpFollows(raw[i+1:]) {
			// go-containerregistry's logging transport (crane -v, ko,
			// gcrane), behind Go's log timestamp: "<-- 200 https://h/token
			// (1.4s) [body redacted: …]" with no dump of the response
			// after it, where other such lines have theirs: the line is
			// all the paste shows of that response. So is it where the
			// transport prints each request as an arrow too and dumps no
			// message at all ("DEBUG --> POST https://h/graphql", then
			// "DEBUG <-- 200 https://h/graphql (214ms)" and the body, as
			// flyctl's LOG_LEVEL=debug does): the arrow's code is the
			// status, no reason phrase after it (one after it reads as the
			// prose it is, "<-- 401 Unauthorized https://h/x")
			if l, ok := okhttpLine(n, t[j:]); ok && l.kind == kText {
				out = append(out, l)
				continue
			}
		}
		if strings.HasPrefix(t, "fetch(\"") || strings.HasPrefix(t, "await fetch(\"") {
			if o, next, ok := fetchLines(out, raw, i, t, quote); ok {
				out, i = o, next
				continue
			}
		}
		if c := parseCommandLine(t); c != nil {
			out, i = commandLines(out, raw, i, t, c, wrapAt, quote)
			continue
		}
		if strings.HasPrefix(t, "-> \"") || strings.HasPrefix(t, "<- \"") {
			// a wire line the terminal cut at the paste's width goes on,
			// without its marker, on the next lines up to its closing quote
			j := i + 1
			for wrapAt > 0 && j < len(raw) && j-i <= 50 && !strings.HasSuffix(t, "\"") &&
				utf8.RuneCountInString(strings.TrimRight(raw[j-1], "\r")) == wrapAt {
				next := unquote(strings.TrimRight(raw[j], "\r"), quote)
				if strings.HasPrefix(next, "-> \"") || strings.HasPrefix(next, "<- \"") || next == "" {
					break
				}
				t += next
				j++
			}
			out = appendWire(out, n, t)
			for k := i + 1; k < j; k++ {
				out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
			}
			i = j - 1
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
				if l.dir == '<' && strings.TrimSpace(l.text) != "" {
					recv[nrecv%len(recv)] = strings.TrimSpace(l.text)
					nrecv++
					inRecv = len(out) - 1
				}
				continue
			}
			if inRecv == len(out)-1 && echoOf(recv[:min(nrecv, len(recv))], t) {
				inRecv = len(out)
				// curl -v -i (or -I) writes the response's head to stdout
				// too, each line after its "< " copy on stderr: the same
				// line twice, once unmarked
				out = append(out, line{n: n, text: t, kind: kSkip})
				continue
			}
		}
		if i+1 < len(raw) {
			if st, ok := versionlessStatus(t, unquote(strings.TrimSpace(raw[i+1]), quote)); ok {
				// "HTTP 403 Forbidden" over header lines (Django REST
				// framework's browsable API): a status line whose version
				// the page does not show
				out = append(out, line{n: n, text: st, kind: kText, synth: true})
				continue
			}
		}
		if u, ok := wgetURLEcho(t); ok && !afterWgetCommand(out) {
			// wget's echo of the URL it fetches, its command line not read
			// (behind a prompt no rule knows): the request. The method is
			// not shown: GET, wget's own unless the command said otherwise.
			// wget sends a URL's user and password (which it echoes as
			// "*password*") only once a challenge asked for them: the first
			// request goes without, a retry after "Authentication
			// selected: …" with them (readWget's late credential).
			echo = wgetEcho{url: u, n: n}
			out = append(out, line{n: n, text: "GET " + withoutUserinfo(u) + " HTTP/1.1", kind: kText, synth: true}, line{n: n, kind: kNoHeaders})
			continue
		}
		if echo.url != "" && strings.HasPrefix(t, "Authentication selected:") {
			echo.challenged = true
		}
		if echo.challenged && strings.HasPrefix(t, "HTTP request sent, awaiting response...") {
			// the retry with the URL's credentials
			if u := echo.url; u != withoutUserinfo(u) {
				out = append(out, line{n: n, text: "GET " + u + " HTTP/1.1", kind: kText, synth: true}, line{n: n, kind: kNoHeaders})
			}
			echo = wgetEcho{}
		}
		if st, ok := wgetStatus(t); ok {
			// wget without -S: "HTTP request sent, awaiting response... 401
			// Unauthorized" is the response's status line
			out = append(out, mkLine(n, st, kText, 0), line{n: n, kind: kNoHeaders})
			continue
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
		l.trail, l.quoted, l.span = trail, quoted, span
		out = append(out, l)
	}
	if quote > 0 {
		*notes = append(*notes, blockquoteNote)
	}
	if w := wrapAt; w > 0 {
		for k := range out {
			if n := out[k].n - 1; n < len(raw) && utf8.RuneCountInString(strings.TrimRight(raw[n], "\r")) == w {
				out[k].full = true
			}
		}
	}
	return out
}

// fetchLines reads DevTools' "Copy as fetch" starting on raw[i] (t, the line
// unquoted and trimmed): the call runs to a line starting "})". It appends
// the call as one command line and its other lines skipped, and returns the
// index of its last line; ok is false when no whole call is there. The
// readers of the rarer notations are functions of their own so that under
// js/wasm a paste without them does not compile them (issue #14).
func fetchLines(out []line, raw []string, i int, t string, quote int) ([]line, int, bool) {
	n := i + 1
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
	c := parseFetch(t, call)
	if c == nil || !closed {
		return out, i, false
	}
	out = append(out, line{n: n, text: t, kind: kCommand, cmd: c})
	for k := i + 1; k < end; k++ {
		out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
	}
	return out, end - 1, true
}

// spanOpens reports whether a trimmed line opens an inline code span that
// closes on a later line: one backtick, the first byte ("`curl -s \" with
// the command's last line ending "-H 'Accept: */*'`").
func spanOpens(t string) bool {
	return len(t) >= 5 && t[0] == '`' && strings.Count(t, "`") == 1
}

// spanCloses takes off the backtick that closes, at the end of a
// command's continued line, the inline code span spanOpens saw open.
func spanCloses(cl string) string {
	if strings.HasSuffix(cl, "`") && strings.Count(cl, "`") == 1 {
		return cl[:len(cl)-1]
	}
	return cl
}

// commandLines appends the command c read on raw[i] (t): joined again when
// the terminal cut it at the paste's width wrapAt, or with the lines it
// continues over (a trailing backslash, caret or backtick), those skipped.
// It returns the index of the command's last line.
func commandLines(out []line, raw []string, i int, t string, c *command, wrapAt, quote int) ([]line, int) {
	n := i + 1
	if j := wrappedCommand(raw, i, wrapAt, quote); j > i+1 {
		// a command the terminal cut at the paste's width: one line
		// again, the lines it went on over skipped
		joined := t
		for k := i + 1; k < j; k++ {
			joined += unquote(raw[k], quote)
		}
		if c2 := parseCommandLine(joined); c2 != nil {
			out = append(out, line{n: n, text: joined, kind: kCommand, cmd: c2})
			for k := i + 1; k < j; k++ {
				out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
			}
			return out, j - 1
		}
	}
	if head, ok := cutContinuation(t); ok {
		// A command over several lines, as "Copy as cURL" writes it.
		var cont []string
		j := i + 1
		more := true
		for ; more && j < len(raw) && j-i <= 500; j++ {
			cl := spanCloses(contLine(raw[j], quote))
			if q := quoteAfter(0, cl); q != 0 {
				// a quoted argument that goes on over lines of its own
				// (-d '{ … }' written out): its lines are the value's,
				// up to the one that closes it
				if e := quoteCloses(raw, j+1, quote, q); e > j {
					for k := j + 1; k <= e; k++ {
						cl += "\n" + contLine(raw[k], quote)
					}
					j = e
				}
			}
			cl, more = cutContinuation(cl)
			cont = append(cont, cl)
		}
		if c2 := parseCommand(head, cont); c2 != nil {
			out = append(out, line{n: n, text: t, kind: kCommand, cmd: c2})
			for k := i + 1; k < j; k++ {
				out = append(out, line{n: k + 1, text: raw[k], kind: kSkip})
			}
			return out, j - 1
		}
	}
	return append(out, line{n: n, text: t, kind: kCommand, cmd: c}), i
}

// contLine is raw line s of a command's continuation, unquoted, without
// trailing blanks and without the shell's secondary prompt ("> "), which a
// terminal writes before each line a command goes on over.
func contLine(s string, quote int) string {
	cl := unquote(strings.TrimRight(s, " \t"), quote)
	return strings.TrimPrefix(cl, "> ")
}

// quoteAfter returns the shell quote (' or ") still open after s when
// open was open before it, or 0; a backslash escapes the next byte outside
// single quotes.
func quoteAfter(open byte, s string) byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case open == '\'':
			if c == '\'' {
				open = 0
			}
		case c == '\\':
			i++
		case open == '"':
			if c == '"' {
				open = 0
			}
		case c == '\'' || c == '"':
			open = c
		}
	}
	return open
}

// quoteCloses returns the index of the first line from raw[from] on, within
// 60 lines, that closes the quote q left open, or -1: a quote that does not
// close soon, or before a status line or a curl -v line, is no argument
// going on over lines.
func quoteCloses(raw []string, from, quote int, q byte) int {
	for k := from; k < len(raw) && k < from+60; k++ {
		cl := contLine(raw[k], quote)
		if t := strings.TrimLeft(cl, " \t"); strings.HasPrefix(t, "HTTP/") || strings.HasPrefix(t, "< ") || strings.HasPrefix(t, "* ") {
			return -1
		}
		if q = quoteAfter(q, cl); q == 0 {
			return k
		}
	}
	return -1
}

// wrapWidth returns the width a terminal may have wrapped the paste at: the
// length of its longest lines, when that is 60 columns or more and two lines
// or more reach it; otherwise 0. It is a hint: a reader joins a line of
// that width to the next only when the next cannot stand on its own.
func wrapWidth(raw []string) int {
	width, at := 0, 0
	for _, s := range raw {
		n := utf8.RuneCountInString(strings.TrimRight(s, "\r"))
		switch {
		case n > width:
			width, at = n, 1
		case n == width:
			at++
		}
	}
	if width < 60 || at < 2 {
		return 0
	}
	return width
}

// echoOf reports whether unmarked line t repeats one of the last received
// lines of a curl -v transcript.
func echoOf(recv []string, t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	for _, r := range recv {
		if r == t {
			return true
		}
	}
	return false
}

// cutInString marks the lines a terminal cut inside a double-quoted string
// of a JSON body or an HTML value: a line of 60 or more characters that
// holds a '{' or a '<', leaves a string open (an odd number of unescaped
// double quotes), and whose next line starts flush left, without a space
// or a transcript's or a quote's marker, and closes that string. Such a cut hides the member or the markup it
// went through ("\"e" + "rror\": 429 }"); a paste with none gets nil.
func cutInString(raw []string) map[int]bool {
	var cut map[int]bool
	for i := 0; i+1 < len(raw); i++ {
		s, next := strings.TrimRight(raw[i], "\r"), strings.TrimRight(raw[i+1], "\r")
		if utf8.RuneCountInString(s) < 60 || next == "" {
			continue
		}
		if strings.IndexByte(" \t><*#|", next[0]) >= 0 || !strings.ContainsAny(s, "{<") || !strings.Contains(next, "\"") ||
			unescapedQuotes(s)%2 == 0 || unescapedQuotes(next)%2 == 0 {
			continue
		}
		if cut == nil {
			cut = map[int]bool{}
		}
		cut[i] = true
		i++
	}
	return cut
}

// unescapedQuotes counts the double quotes of s not escaped by a backslash.
func unescapedQuotes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			n++
		}
	}
	return n
}

// wgetStatus reads the status wget prints after its request when it does
// not print the headers (-S): "HTTP request sent, awaiting response... 401
// Unauthorized", "Proxy request sent, awaiting response... 407 …". It
// returns the status line it stands for.
// versionlessStatus reads "HTTP 403 Forbidden", a status line without
// the protocol's version, when the next line is a header field with a
// registered name: a page's rendering of a response's head. It returns the
// status line with a version put in.
func versionlessStatus(t, next string) (string, bool) {
	rest, ok := strings.CutPrefix(t, "HTTP ")
	if !ok || len(rest) < 3 || codeAt(rest, 0) == 0 || len(rest) > 3 && rest[3] != ' ' {
		return "", false
	}
	if reason := strings.TrimSpace(rest[3:]); reason != "" && !isWordRun(strings.ReplaceAll(reason, " ", "")) {
		return "", false // prose: "HTTP 403 on every call, even with the key"
	}
	name, _, _, ok := splitField(strings.TrimSpace(next))
	if !ok || !isKnownName(lowerName(name)) && !registeredNames.Has(lowerName(name)) {
		return "", false
	}
	return "HTTP/1.1 " + rest, true
}

// wgetURLEcho reads the line wget prints as it starts a fetch,
// "--2021-03-14 18:42:09--  http://admin:*password*@cam.example/x": the
// URL, or false. Only an absolute http(s) URL after the dashed date counts.
func wgetURLEcho(t string) (string, bool) {
	if len(t) < 25 || !strings.HasPrefix(t, "--") || t[21:23] != "--" {
		return "", false
	}
	// "YYYY-MM-DD HH:MM:SS" between the dashes
	for k, c := range []byte(t[2:21]) {
		switch k {
		case 4, 7:
			if c != '-' {
				return "", false
			}
		case 10:
			if c != ' ' {
				return "", false
			}
		case 13, 16:
			if c != ':' {
				return "", false
			}
		default:
			if c < '0' || c > '9' {
				return "", false
			}
		}
	}
	u := strings.TrimSpace(t[23:])
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") || strings.ContainsAny(u, " \t") {
		return "", false
	}
	return u, true
}

// wgetEcho is a URL wget echoed (wgetURLEcho) and whether a challenge has
// since selected an authentication scheme for it.
type wgetEcho struct {
	url        string
	n          int
	challenged bool
}

// withoutUserinfo returns an absolute URL without its "user:password@".
func withoutUserinfo(u string) string {
	k := strings.Index(u, "://")
	if k < 0 {
		return u
	}
	host := u[k+3:]
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	at := strings.LastIndexByte(host, '@')
	if at < 0 {
		return u
	}
	return u[:k+3] + u[k+3+at+1:]
}

// afterWgetCommand reports whether the last command line read so far is a
// wget run, whose request its own echo repeats.
func afterWgetCommand(out []line) bool {
	for k := len(out) - 1; k >= 0; k-- {
		if out[k].kind == kCommand {
			return out[k].cmd != nil && out[k].cmd.tool == "wget"
		}
	}
	return false
}

func wgetStatus(t string) (string, bool) {
	for _, p := range []string{"HTTP request sent, awaiting response... ", "Proxy request sent, awaiting response... "} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = strings.TrimSpace(rest)
			if len(rest) >= 3 && codeAt(rest, 0) != 0 && (len(rest) == 3 || rest[3] == ' ') {
				return "HTTP/1.1 " + rest, true
			}
		}
	}
	return "", false
}

func mkLine(n int, s string, kind int, dir byte) line {
	return line{n: n, text: s, indent: indentOf(s), kind: kind, dir: dir}
}

// quoteDepth reports how many '>' quote levels wrap every non-blank line, when
// the paste is a Markdown blockquote rather than a curl -v request. A few
// lines of prose around the quote (a reply's "On Tue … wrote:", "Same here:",
// "Any idea?") leave it a quote: only the lines from the first quoted one to
// the last must all carry the marker.
func quoteDepth(raw []string) int {
	depth := 0
	for depth < 3 {
		all, any := true, false
		for _, s := range quotedRegion(raw, depth) {
			t := stripQuotes(s, depth)
			if t == "" || fenceLine(t) {
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

// stripQuotes takes up to depth '>' markers off s, trimmed.
func stripQuotes(s string, depth int) string {
	t := strings.TrimSpace(s)
	for q := 0; q < depth && strings.HasPrefix(t, ">"); q++ {
		t = strings.TrimSpace(t[1:])
	}
	return t
}

// blockquoteNote says a Markdown or email quote's markers came off.
var blockquoteNote = Note{Code: "blockquote", Message: "the quoted lines carried a '>' quote marker; read without it", Pos: Pos{Line: 1}}

// quotedRegion returns the lines from the first one starting with '>' (once
// depth markers are off) to the last, when the lines outside them are a
// person's words (see proseOutside); otherwise all of raw.
func quotedRegion(raw []string, depth int) []string {
	first, last := -1, -1
	for i, s := range raw {
		if t := stripQuotes(s, depth); t != "" && t[0] == '>' {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || !proseOutside(raw[:first], depth) || !proseOutside(raw[last+1:], depth) {
		return raw
	}
	return raw[first : last+1]
}

// proseOutside reports whether the lines around a quote are a person's
// words rather than the rest of a tool's print: few, none of them a curl -v
// marker line ("* ", "< "), a JSON or markup line, a status or request line
// or a header field.
func proseOutside(ls []string, depth int) bool {
	n := 0
	for _, s := range ls {
		t := stripQuotes(s, depth)
		if t == "" || fenceLine(t) {
			continue
		}
		if n++; n > 6 {
			return false
		}
		switch t[0] {
		case '*', '<', '{', '[', '}', ']':
			return false
		}
		if strings.Contains(t, "HTTP/") {
			return false
		}
		if m, _, ok := strings.Cut(t, " "); ok && methods.Has(m) {
			return false
		}
		if name, _, ok := strings.Cut(t, ":"); ok && isHeaderName(name, false) && strings.IndexByte(name, ' ') < 0 {
			return false
		}
	}
	return true
}

// cutContinuation removes a trailing line-continuation marker: a shell
// backslash, a cmd.exe caret, a PowerShell backtick. Blanks after it are a
// console's padding, which a copy of its screen keeps.
func cutContinuation(s string) (string, bool) {
	s = strings.TrimRight(cutRightPrompt(s), " \t")
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

// cutRightPrompt takes off the right-hand prompt a zsh theme draws at the
// end of the line a command is typed on ("curl --request POST \\      ─╯",
// powerlevel10k's frame), copied with the command: past a trailing
// backslash, blanks and then a few characters that are all outside ASCII
// (box drawing, a check mark). Anything else after the backslash stays.
func cutRightPrompt(s string) string {
	k := strings.LastIndex(s, " \\ ")
	if k < 0 {
		return s
	}
	rest := strings.TrimLeft(s[k+2:], " \t")
	if rest == "" || len(rest) > 24 || len(s)-k-2-len(rest) < 2 {
		return s
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] < 0x80 {
			return s
		}
	}
	return s[:k+2]
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

// pairLabels are the DevTools labels of the "General" section, lower case.
var pairLabels = wordlist.Set{"request url", "request method", "status code", "remote address",
	"referrer policy", "request priority"}

// alternatingPairs finds DevTools' newer copy of the Headers tab, where each
// name stands on its own line and its value on the next ("Status Code",
// "401 Unauthorized", "www-authenticate", "Bearer"): it marks the name lines
// of runs of three such pairs or more, or returns nil.
func alternatingPairs(raw []string) []bool {
	var marks []bool
	isName := func(t string) bool {
		t = strings.TrimSpace(t)
		return t != "" && !strings.ContainsAny(t, ":\"'") && (pairLabels.Has(ascii.Lower(t)) || isHeaderName(t, false) && strings.IndexByte(t, ' ') < 0)
	}
	for i := 0; i+1 < len(raw); {
		j := i
		for j+1 < len(raw) && isName(raw[j]) && strings.TrimSpace(raw[j+1]) != "" && len(raw[j+1]) < 8192 {
			j += 2
			// a section heading between pairs ("Response Headers") keeps the run going
			for j < len(raw) && headingKind(ascii.Lower(strings.TrimSpace(raw[j]))) != 0 && strings.IndexByte(raw[j], ':') < 0 {
				j++
			}
		}
		n := 0
		for k := i; k < j; k++ {
			if isName(raw[k]) && k+1 < j {
				n++
			}
		}
		if n >= 3 {
			if marks == nil {
				marks = make([]bool, len(raw))
			}
			for k := i; k+1 < j; {
				if headingKind(ascii.Lower(strings.TrimSpace(raw[k]))) != 0 && strings.IndexByte(raw[k], ':') < 0 && !isName(raw[k]) {
					k++
					continue
				}
				marks[k] = true
				k += 2
			}
		}
		if j > i {
			i = j
		} else {
			i++
		}
	}
	return marks
}

// traceASCII rewrites a curl --trace-ascii transcript as the curl -v one it
// holds, line for line: "=> Send header, 96 bytes (0x60)" and its offset
// lines ("0000: GET / HTTP/1.1", "0019: Host: x") become "> GET / HTTP/1.1",
// "> Host: x"; "<= Recv header" lines become "< ..."; data lines lose their
// offsets; "== Info: ..." and the block headings become curl's "* " info
// lines. ok is false when raw is not such a transcript (it then is not
// copied).
func traceASCII(raw []string) ([]string, bool) {
	headings, offsets := 0, 0
	for _, s := range raw {
		t := strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(t, "=> Send header") || strings.HasPrefix(t, "<= Recv header"):
			headings++
		case traceOffset(t) > 0:
			offsets++
		}
	}
	if headings == 0 || offsets == 0 {
		return nil, false
	}
	out := make([]string, len(raw))
	dir := "" // "> " or "< " inside a header block, "" inside data
	inTrace := false
	for i, s := range raw {
		t := strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(t, "== Info:"):
			out[i], inTrace = "* "+strings.TrimSpace(t[len("== Info:"):]), true
		case strings.HasPrefix(t, "=> Send header"):
			out[i], dir, inTrace = "* "+t, "> ", true
		case strings.HasPrefix(t, "<= Recv header"):
			out[i], dir, inTrace = "* "+t, "< ", true
		case strings.HasPrefix(t, "=> Send") || strings.HasPrefix(t, "<= Recv"):
			out[i], dir, inTrace = "* "+t, "", true // data, SSL data
		case inTrace && traceOffset(t) > 0:
			rest := strings.TrimRight(t[traceOffset(t):], " ")
			if dir != "" {
				out[i] = strings.TrimRight(dir+rest, " ")
			} else {
				out[i] = rest
			}
		default:
			out[i] = s
		}
	}
	return out, true
}

// traceOffset returns the length of a --trace-ascii offset ("0000: ",
// "01a0: ") at the start of t, or 0.
func traceOffset(t string) int {
	if len(t) < 5 || t[4] != ':' || !isHex(t[:4]) {
		return 0
	}
	if len(t) == 5 {
		return 5
	}
	if t[5] != ' ' {
		return 0
	}
	return 6
}

// wrappedCommand returns the end (exclusive) of the run of lines a command
// on line i goes on over when a terminal cut it at the paste's width w: a
// line w wide that ends inside its text (a console pads a line it did not
// cut with blanks), then the plain, unindented lines that go on with it.
// It returns i+1 when the command was not cut.
func wrappedCommand(raw []string, i, w, quote int) int {
	j := i + 1
	for j < len(raw) && j-i <= 50 {
		p := strings.TrimRight(raw[j-1], "\r")
		next := unquote(strings.TrimRight(raw[j], "\r"), quote)
		if cutOption(unquote(p, quote), next) {
			j++
			continue
		}
		if w <= 0 || utf8.RuneCountInString(p) != w || strings.HasSuffix(p, " ") || strings.HasSuffix(p, "\t") {
			break
		}
		if next == "" || next[0] == ' ' || next[0] == '\t' || strings.ContainsAny(next[:1], "<>*{[#$") ||
			parseCommandLine(next) != nil || knownFieldLine(next) || strings.HasPrefix(next, "HTTP/") {
			break
		}
		j++
	}
	return j
}

// cutOption reports whether command line p was cut inside an option's
// name, its rest opening the next line: "… --" then "header
// 'Authorization: …'" (a forum or a mail client wrapped the line at its
// own width). A "--" or "-" alone ends no command, and the rest is a
// lower-case name followed by its value.
func cutOption(p, next string) bool {
	if !strings.HasSuffix(p, " --") && !strings.HasSuffix(p, " -") {
		return false
	}
	k := 0
	for k < len(next) && (next[k] >= 'a' && next[k] <= 'z' || k > 0 && next[k] == '-') {
		k++
	}
	return k >= 1 && k < len(next) && (next[k] == ' ' || next[k] == '=')
}

// fencedCommand returns the command line written on a Markdown fence's own
// line ("```curl -i -u u:p https://h/x```", "```$ curl …"), or "": GitHub
// renders the first as inline code, and people write the second when they
// mean the command to be in the block.
func fencedCommand(t string) string {
	if !strings.HasPrefix(t, "```") {
		return ""
	}
	c := strings.TrimSpace(strings.TrimSuffix(strings.TrimLeft(t, "`"), "```"))
	if !strings.Contains(c, " ") || strings.Contains(c, "`") || parseCommandLine(c) == nil {
		return ""
	}
	return c
}

// transportSummary returns where a logging transport's "<-- " summary of
// a response opens in t, at its start or behind a log prefix, or -1.
func transportSummary(t string) int {
	j := strings.Index(t, "<-- ")
	if j < 0 || j > 0 && (t[j-1] != ' ' || !looksLogPrefix(t[:j])) {
		return -1
	}
	return j
}

// transportDumps reports whether some "<-- 401 https://h/x (12ms)" summary
// in raw has the response's dump under it, as go-containerregistry's
// logging transport prints one unless it redacted the body. (OkHttp's
// BASIC level prints the summary alone, every time.)
func transportDumps(raw []string) bool {
	for i, r := range raw {
		if j := transportSummary(strings.TrimSpace(r)); j >= 0 && dumpFollows(raw[i+1:]) {
			return true
		}
	}
	return false
}

// requestArrows reports whether some line of raw is a logging transport's
// request arrow, at its start or behind a log prefix: "--> ", a method and
// a URL ("--> POST https://h/graphql", "DEBUG --> GET https://h/x").
func requestArrows(raw []string) bool {
	for _, r := range raw {
		t := strings.TrimSpace(r)
		j := strings.Index(t, "--> ")
		if j < 0 || j > 0 && (t[j-1] != ' ' || !looksLogPrefix(t[:j])) {
			continue
		}
		if f := strings.Fields(t[j+4:]); len(f) >= 2 && methods.Has(f[0]) && urlStarts(f[1]) {
			return true
		}
	}
	return false
}

// bareArrowCode reports whether the response arrow t ("<-- 200
// https://h/x (12ms)") has its URL right after the code, no reason phrase.
func bareArrowCode(t string) bool {
	f := strings.Fields(strings.TrimPrefix(t, "<-- "))
	return len(f) >= 2 && len(f[0]) == 3 && codeAt(f[0], 0) != 0 && urlStarts(f[1])
}

// dumpFollows reports whether the next line with text in rest is a status
// line: the response dump a logging transport prints under its "<-- 401
// https://h/x (12ms)" summary.
func dumpFollows(rest []string) bool {
	for _, r := range rest {
		if t := strings.TrimSpace(r); t != "" {
			if p := logPrefixed(t); p > 0 {
				t = t[p:]
			}
			return strings.HasPrefix(t, "HTTP/")
		}
	}
	return false
}
