package parse

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/secret"
)

// MaxInput is the largest paste Parse accepts, in bytes.
const MaxInput = 64 << 20

// Parse reads a paste holding one or more HTTP exchanges and returns them in
// order, each response paired with the request before it. The format is
// detected: raw HTTP/1.x and HTTP/2 header blocks, curl -v/-i/-I, wget -S,
// HTTPie, DevTools copies, wire traces, body-only error pages, and HAR.
//
// A paste that holds nothing recognisable is an error naming the first line;
// one that is partly readable gives the exchanges it could read plus notes.
// Input.Secrets lists every credential in the paste (FindSecrets).
func Parse(text string) (*Input, error) {
	return parse(text, DefaultLimits)
}

// parse reads text within lim.
func parse(text string, lim Limits) (*Input, error) {
	in, err := read(text, lim)
	if err != nil {
		return nil, err
	}
	if len(in.Exchanges) > lim.Exchanges {
		first := in.Exchanges[lim.Exchanges] // the first one not kept
		in.Exchanges = append([]*Exchange(nil), in.Exchanges[:lim.Exchanges]...)
		if k := slices.IndexFunc(in.Notes, func(n Note) bool { return n.Code == "too-many-exchanges" }); k >= 0 && first.Span.Start > 0 {
			// The text was cut at a status line; the request before it
			// was read but goes too: the note says where reading stopped.
			in.Notes[k] = exchangeCapNote(lim, first.Span.Start)
		} else if k < 0 {
			// A HAR is read whole (it is one JSON document); keep its first entries.
			in.Notes = append(in.Notes, Note{Code: "too-many-exchanges", Message: "the input holds " + strconv.Itoa(len(in.Exchanges)+1) +
				" or more exchanges; only the first " + strconv.Itoa(lim.Exchanges) + " were read: split it to read the rest"})
		}
	}
	for _, x := range in.Exchanges {
		capFields(x, lim)
	}
	if u, _ := asTyped(text); u != text {
		// the credentials are found in the text as read (a token in
		// &quot;…&quot; is a JSON member's), and placed back on the line
		// as pasted
		in.Secrets = placeOnLines(FindSecrets(u, in), text)
	} else {
		in.Secrets = FindSecrets(text, in)
	}
	in.Secrets = readAsSecrets(in, text)
	return in, nil
}

// readAsSecrets adds to in.Secrets the credentials of the text as the
// readers read it (in.readAs) that the paste's own lines hid: a token a
// terminal wrapped onto lines that each carry a logger's prefix, a value
// echoed below a prompt behind quote marks. Each is placed on its line of
// text where it is written there, and masked by value where it is not.
func readAsSecrets(in *Input, text string) []secret.Secret {
	if in.readAs == "" {
		return in.Secrets
	}
	seen := make(map[string]bool, len(in.Secrets))
	for _, s := range in.Secrets {
		seen[s.Value] = true
	}
	var more []secret.Secret
	for _, s := range secret.Scan(in.readAs) {
		if seen[s.Value] || s.Value == "" {
			continue
		}
		seen[s.Value] = true
		if lo := in.readLineOf; lo != nil {
			if s.Line < 1 || s.Line > len(lo) {
				continue
			}
			s.Line = lo[s.Line-1]
		}
		more = append(more, s)
	}
	if len(more) == 0 {
		return in.Secrets
	}
	more = placeOnLines(more, text)
	assign(more, in)
	return append(in.Secrets, more...)
}

// firstFolded returns the first line of the paste that stands for several
// lines of the text read (lineOf as readMapped takes it).
func firstFolded(lineOf []int) int {
	for k := 1; k < len(lineOf); k++ {
		if lineOf[k] == lineOf[k-1] {
			return lineOf[k]
		}
	}
	return 1
}

// readMapped reads u, a form of text whose line k stands for line
// lineOf[k-1] of text, and moves every position back to text's lines; note
// says what was undone.
func readMapped(text, u string, lineOf []int, lim Limits, notes []Note, note Note) (*Input, error) {
	in, err := read(u, lim)
	if err != nil {
		if pe, ok := err.(*ParseError); ok && pe.Line > 0 && pe.Line <= len(lineOf) {
			pe.Line = lineOf[pe.Line-1]
		}
		return nil, err
	}
	renumber(in, lineOf)
	if in.readAs == "" {
		in.readAs = u
	}
	in.readLineOf = lineOf // readAs's lines are u's, one for one
	in.Lines = countLines(text)
	in.Notes = append(notes, append(in.Notes, note)...)
	return in, nil
}

// asTyped undoes what a word processor, a chat or a page's source did to
// the characters of a paste, lines one for one: typographic quotes and
// no-break spaces, and HTML entities where the whole paste was escaped
// (htmlEscaped, which html reports).
func asTyped(text string) (out string, html bool) {
	if hasTypographic(text) {
		// a word processor's, a mail client's or a chat's typographic quotes
		// around JSON members and header parameters, and a rendered page's
		// no-break spaces: read as typed
		text = typographicQuotes.Replace(text)
	}
	if htmlEscaped(text) {
		// copied from a page's source: &quot;, &lt;, &gt; stand for the
		// characters
		text = unescapeHTML(text)
		if htmlEscaped(text) {
			// escaped twice: a page's source showing a dump that was
			// itself an escaped page (&amp;lt;)
			text = unescapeHTML(text)
		}
		return text, true
	}
	return text, false
}

// placeOnLines moves the spans of secrets found in another form of text
// (asTyped's, lines one for one) to where each value is written on its line
// of text; a value written otherwise there has no span (it is masked by
// value).
func placeOnLines(secrets []secret.Secret, text string) []secret.Secret {
	var at lineCursor
	for i := range secrets {
		s := &secrets[i]
		if s.Start < 0 {
			continue
		}
		s.Start, s.End = -1, -1
		from, ok := at.seek(text, s.Line)
		if !ok || s.Value == "" {
			continue
		}
		end := strings.IndexByte(text[from:], '\n')
		if end < 0 {
			end = len(text) - from
		}
		line := text[from : from+end]
		for _, v := range []string{s.Value, namedEntities.Replace(s.Value), numericEntities.Replace(s.Value)} {
			// as written, or with its markup characters as a page's
			// source writes them
			if k := strings.Index(line, v); k >= 0 {
				s.Start, s.End = from+k, from+k+len(v)
				break
			}
		}
	}
	return secrets
}

// namedEntities and numericEntities write a value's markup characters as
// the entities of a page's source.
var (
	namedEntities   = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&#39;")
	numericEntities = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&#34;", "'", "&#39;")
)

// typographicQuotes maps the double quotation marks editors substitute for
// the ASCII one back to it (apostrophes in prose stay as written), and a
// no-break space to a space. (Invisible characters — zero-width spaces,
// joiners — stay: a name disguised with one is quoted as it came, see
// internal/hostile.)
var typographicQuotes = strings.NewReplacer("\u201c", "\"", "\u201d", "\"", "\u201e", "\"", "\u00a0", " ")

// hasTypographic reports whether text holds a character typographicQuotes
// replaces. (strings.ContainsAny with these runes scans the text once per
// rune, rune by rune: on a 50 MiB HAR that was most of the parse.)
func hasTypographic(text string) bool {
	// (the quotes all start with 0xE2: a paste without one is searched
	// twice, not four times)
	if i := strings.IndexByte(text, 0xE2); i >= 0 {
		t := text[i:]
		if strings.Contains(t, "\u201c") || strings.Contains(t, "\u201d") || strings.Contains(t, "\u201e") {
			return true
		}
	}
	return strings.Contains(text, "\u00a0")
}

// read detects the paste's format and reads it.
func read(text string, lim Limits) (*Input, error) {
	if len(text) > MaxInput {
		return nil, &ParseError{Err: ErrTooLarge, Expected: "at most 64 MiB (" + strconv.Itoa(MaxInput) + " bytes); this paste has " + strconv.Itoa(len(text)) + " bytes"}
	}
	var notes []Note
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, 0) >= 0 || hasControl(text) {
		if line, bad := looksBinary(text); bad {
			return nil, &ParseError{Line: line, Err: ErrBinary, Expected: "text: an HTTP transcript or a HAR file, not binary data"}
		}
		text = strings.ReplaceAll(text, "\x00", "")
		notes = append(notes, Note{Code: "nul-bytes", Message: "NUL bytes in the paste were ignored"})
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		notes = append(notes, Note{Code: "invalid-utf8", Message: "bytes that are not UTF-8 were replaced"})
	}
	text, html := asTyped(text)
	if html {
		notes = append(notes, Note{Code: "html-escaped", Message: "the paste's markup characters were written as HTML entities (&lt; &gt; &quot; &amp;), as in a page's source; read with the characters", Pos: Pos{Line: 1}})
	}
	if looksHAR(text) {
		in, err := parseHAR(text, countLines(text))
		if err != nil {
			return nil, err
		}
		in.Notes = append(notes, in.Notes...)
		return in, nil
	}
	if start := embeddedHAR(text); start > 0 {
		// a HAR pasted below a person's words: the HAR is the exchange,
		// the words around it are prose
		if in, end, err := parseHARAt(text, start, countLines(text)); err == nil && proseAround(text[:start]) && proseAround(text[min(end, len(text)):]) {
			in.Notes = append(notes, in.Notes...)
			in.Notes = append(in.Notes, Note{Code: "har-in-prose", Message: "the HAR starts on line " + strconv.Itoa(1+strings.Count(text[:start], "\n")) + "; the text around it was not read as HTTP", Pos: Pos{Line: 1 + strings.Count(text[:start], "\n")}})
			return in, nil
		}
	}
	if u, lineOf, ok := undouble(text); ok {
		// a blank line after every line: read without them, positions
		// moved back to the lines as given
		return readMapped(text, u, lineOf, lim, notes, Note{Code: "double-spaced", Message: "the lines were all one blank line apart (a double-spaced copy); read without those blanks", Pos: Pos{Line: 1}})
	}
	if u, lineOf, ok := unfoldRecords(text); ok {
		// an HTTP message logged as one JSON log record's string: read
		// as its lines, positions on the record's line
		return readMapped(text, u, lineOf, lim, notes, Note{Code: "json-string", Message: "a log record held the exchange as a JSON string (\\n for its line breaks); read as the text it holds", Pos: Pos{Line: firstFolded(lineOf)}})
	}
	text, capped := capExchanges(text, lim)
	notes = append(notes, capped...)
	raw := splitRaw(text)
	in := &Input{Lines: len(raw), Notes: notes}
	plain, plainText := raw, text
	if q := quoteDepth(raw); q > 0 {
		// A blockquoted HAR or tool print: read it without the markers.
		// Lines stay one for one, so positions hold.
		plain = make([]string, len(raw))
		for i, l := range raw {
			plain[i] = unquote(l, q)
		}
		plainText = strings.Join(plain, "\n")
		if looksHAR(plainText) {
			hin, err := parseHAR(plainText, len(raw))
			if err != nil {
				return nil, err
			}
			hin.Notes = append(notes, hin.Notes...)
			return hin, nil
		}
		if start := embeddedHAR(plainText); start > 0 {
			// a blockquoted HAR below a person's words ("here is the
			// entry:" then every line of the HAR behind "> ")
			if hin, end, err := parseHARAt(plainText, start, len(raw)); err == nil && proseAround(plainText[:start]) && proseAround(plainText[min(end, len(plainText)):]) {
				hin.Notes = append(notes, hin.Notes...)
				hin.Notes = append(hin.Notes, Note{Code: "har-in-prose", Message: "the HAR starts on line " + strconv.Itoa(1+strings.Count(plainText[:start], "\n")) + "; the text around it was not read as HTTP", Pos: Pos{Line: 1 + strings.Count(plainText[:start], "\n")}})
				return hin, nil
			}
		}
	}
	// Markdown's and editors' decoration (<details> wrappers, a shared
	// indentation) comes off too, lines one for one.
	quoted := quoteDepth(raw) > 0
	if u, ok := undecorate(plain); ok {
		if quoted {
			in.Notes = append(in.Notes, blockquoteNote)
			quoted = false
		}
		raw, plain = u, u
		plainText = strings.Join(plain, "\n")
	}
	// A logger's prefix on every line (timestamps, levels, klog headers)
	// comes off before any reader looks; lines stay one for one.
	stripped, prefixed := stripPrefixesMask(plain)
	var cut []int
	clocks := prefixClocks(plain, stripped, prefixed)
	if prefixed != nil {
		cut = make([]int, len(plain))
		for i := range plain {
			cut[i] = utf8.RuneCountInString(plain[i]) - utf8.RuneCountInString(stripped[i])
		}
		if quoted {
			in.Notes = append(in.Notes, blockquoteNote)
		}
		in.Notes = append(in.Notes, Note{Code: "log-prefix", Message: "a log prefix on each line was taken off before reading", Pos: Pos{Line: 1}})
		raw, plain = stripped, stripped
		plainText = strings.Join(plain, "\n")
	}
	if x := readHttr(plain); x != nil {
		in.Exchanges = []*Exchange{x}
	} else if x := readErlang(plainText, plain); x != nil {
		in.Exchanges = []*Exchange{x}
	} else {
		lines := unwrap(raw, &in.Notes)
		readText(lines, in)
	}
	general(plain, prefixed, cut, clocks, in)
	if plainText != text {
		in.readAs = plainText
	}
	if len(in.Exchanges) == 0 {
		first, n := firstNonBlank(raw)
		return nil, &ParseError{Line: n, Text: cut80(strings.TrimSpace(first)), Err: ErrNoMessage,
			Expected: "a status line such as \"HTTP/1.1 401 Unauthorized\", a request line such as \"GET / HTTP/1.1\", header fields, curl -v output, an error page or a HAR file"}
	}
	adoptInnerRequests(in)
	adoptProseCommands(in, raw)
	netrcRequests(in, raw)
	pwshHeaderTables(in, raw)
	entryRequests(in, raw)
	shownHeaderFiles(in, raw)
	dropShownVariables(in)
	dropEchoes(in, raw)
	attachProse(in, raw)
	markMaskedValues(in, plain)
	return finish(in), nil
}

// netrcRequests gives a request built from a curl command that reads
// ~/.netrc (curl -n) the entry for its host that a .netrc shown above the
// command holds (cat ~/.netrc, then the command): curl sent that pair as
// Basic credentials. With no entry shown its credentials stay unknown.
func netrcRequests(in *Input, lines []string) {
	var entries []netrcShown
	read := false
	for _, x := range in.Exchanges {
		q := x.Request
		if q == nil || !q.netrc {
			continue
		}
		host := hostOf(q.URL)
		if at := strings.LastIndexByte(host, '@'); at >= 0 {
			host = host[at+1:]
		}
		if c := strings.IndexByte(host, ':'); c >= 0 {
			host = host[:c]
		}
		if !read {
			entries, read = netrcEntries(lines), true
		}
		if f, ok := netrcEntry(entries, q.Pos.Line, host); ok && !q.Configured.Has(f.Name) {
			q.Configured = append(q.Configured, f)
		}
	}
}

// maxShownFile bounds the lines read of a file a command prints, and the
// times one file's printing is kept.
const maxShownFile = 64

// shownHeaderFiles gives a request built from a curl command that reads
// headers from a file (-H @file) the header lines of that file when the
// paste prints it above the command ("$ cat ~/.config/app/headers.txt",
// then its lines): those are the headers curl sent. A file is known by its
// base name. One pass over the lines; a file's lines end at a blank line,
// a prompt or maxShownFile lines.
func shownHeaderFiles(in *Input, lines []string) {
	want := map[string]bool{}
	for _, x := range in.Exchanges {
		if q := x.Request; q != nil {
			for _, f := range q.headerFiles {
				want[path.Base(f)] = true
			}
		}
	}
	if len(want) == 0 {
		return
	}
	type shown struct {
		line   int
		fields Fields
	}
	files := map[string][]shown{}
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		p, ok := promptEnd(t)
		if !ok {
			continue
		}
		ws := strings.Fields(t[p:])
		if len(ws) != 2 || ws[0] != "cat" || !want[path.Base(ws[1])] {
			continue
		}
		var fs Fields
		k := i + 1
		for ; k < len(lines) && k-i <= maxShownFile; k++ {
			l := strings.TrimSpace(lines[k])
			if _, prompt := promptEnd(l); l == "" || prompt || strings.HasPrefix(l, "```") {
				break
			}
			name, value, ok := strings.Cut(l, ":")
			if ok && isHeaderName(strings.TrimSpace(name), false) && strings.TrimSpace(value) != "" {
				fs = append(fs, Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value), Pos: Pos{Line: k + 1}})
			}
		}
		if len(files[path.Base(ws[1])]) < maxShownFile {
			files[path.Base(ws[1])] = append(files[path.Base(ws[1])], shown{i + 1, fs})
		}
		i = k - 1
	}
	for _, x := range in.Exchanges {
		q := x.Request
		if q == nil {
			continue
		}
		for _, f := range q.headerFiles {
			var last *shown
			for j, s := range files[path.Base(f)] {
				if s.line < q.Pos.Line {
					last = &files[path.Base(f)][j]
				}
			}
			if last == nil {
				continue
			}
			for _, h := range last.fields {
				if _, has := q.Fields.Lookup(h.Name); !has {
					q.Fields = append(q.Fields, h)
				}
			}
		}
	}
}

// dropShownVariables takes off a request the header fields set in code to
// a variable (Field.variable) that the paste also shows with their value
// (the code, then the request it sent dumped): the value is in the paste,
// not hidden behind the variable.
func dropShownVariables(in *Input) {
	for _, x := range in.Exchanges {
		q := x.Request
		if q == nil {
			continue
		}
		var shown map[string]bool
		for _, f := range q.Fields {
			if !f.variable && !IsRedacted(f.Value) {
				if shown == nil {
					shown = map[string]bool{}
				}
				shown[strings.ToLower(f.Name)] = true
			}
		}
		if shown == nil {
			continue
		}
		kept := make(Fields, 0, len(q.Fields))
		for _, f := range q.Fields {
			if !f.variable || !shown[strings.ToLower(f.Name)] {
				kept = append(kept, f)
			}
		}
		q.Fields = kept
	}
}

// entryRequests gives the first response after a credential the paste
// shows in a client's configuration or export the request the client
// sent with it: a server entry in XML (xmlEntryCredential: Maven's
// settings.xml <server> above its deploy error), a credential header or a
// Postman auth parameter written as a name/value object
// (nameValueEntry: a HAR fragment's request headers, a Postman
// collection above its Newman run). A header joins the request's fields
// unless the whole request is shown (then it was not among them). One
// pass over the lines and the exchanges.
func entryRequests(in *Input, lines []string) {
	k, above := 0, ""
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		n := i + 1
		f, ok := xmlEntryCredential(t, above)
		header := false
		above = t
		if !ok && (strings.Contains(t, `"key"`) || strings.Contains(t, `"name"`)) {
			if f2, h, last, ok2 := nameValueEntry(lines, i); ok2 {
				f, header, ok, i = f2, h, true, last
			}
		}
		if !ok {
			continue
		}
		for k < len(in.Exchanges) && (in.Exchanges[k].Response == nil || in.Exchanges[k].Response.Pos.Line <= n) {
			k++
		}
		if k == len(in.Exchanges) {
			return
		}
		x := in.Exchanges[k]
		if x.Request == nil {
			x.Request = &Request{Partial: true, Pos: Pos{Line: n}}
		}
		f.Pos = Pos{Line: n}
		switch {
		case header && !x.Request.Partial:
		case header:
			if _, has := x.Request.Fields.Lookup(f.Name); !has {
				x.Request.Fields = append(x.Request.Fields, f)
			}
		case !x.Request.Configured.Has(f.Name):
			x.Request.Configured = append(x.Request.Configured, f)
		}
	}
}

// adoptInnerRequests gives a response with no request the request read
// inside its own lines, when that request got no response of its own: a
// framework's debug page lists the request under its status heading
// ("Page not found (404)", then "Request Method: GET", "Request URL: …"),
// which the DevTools reader took for a request alone. Only neighbours are
// compared: linear time.
func adoptInnerRequests(in *Input) {
	if len(in.Exchanges) < 2 {
		return
	}
	inside := func(x, y *Exchange) bool {
		return x.Response == nil && x.Request != nil && y.Request == nil && y.Response != nil &&
			y.Span.Start <= x.Span.Start && x.Span.End <= y.Span.End && x.Span.Start > 0
	}
	kept := in.Exchanges[:0]
	for i, x := range in.Exchanges {
		var host *Exchange
		switch {
		case i+1 < len(in.Exchanges) && inside(x, in.Exchanges[i+1]):
			host = in.Exchanges[i+1]
		case i > 0 && inside(x, in.Exchanges[i-1]):
			host = in.Exchanges[i-1]
		}
		if host != nil {
			host.Request = x.Request
			host.Notes = append(host.Notes, x.Notes...)
			continue
		}
		kept = append(kept, x)
	}
	in.Exchanges = kept
}

// adoptProseCommands gives a response that no reader found a request for
// the HTTP tool's command a person wrote in an inline code span of their
// sentence ("I tried `wget https://h/x.gz`, but it always says",
// "`curl -I https://h/x` returns:"): its URL, and the credentials it sends
// or their absence. The command must sit between the previous exchange and
// this one, or, when the paste shows one exchange and one such command,
// anywhere in the person's words ("To reproduce: `curl …`"). One pass over
// the lines, one over the exchanges.
func adoptProseCommands(in *Input, lines []string) {
	type found struct {
		n int
		c *command
	}
	var cmds []found
	for i, t := range lines {
		if c := proseCommand(t); c != nil {
			cmds = append(cmds, found{i + 1, c})
		}
	}
	if len(cmds) == 0 {
		return
	}
	adopt := func(x *Exchange, f found) {
		req := f.c.request(f.n, false)
		if req == nil {
			return
		}
		x.Request = req
		x.Notes = append(x.Notes, Note{Code: "request-from-command", Message: "request rebuilt from the " + f.c.tool + " command written in the text; headers the tool adds are not shown", Pos: Pos{Line: f.n}})
	}
	if len(in.Exchanges) == 1 && len(cmds) == 1 {
		x := in.Exchanges[0]
		if x.Request == nil && x.Response != nil && (cmds[0].n < x.Span.Start || cmds[0].n > x.Span.End) {
			adopt(x, cmds[0])
		}
		return
	}
	k, prevEnd := 0, 0
	for _, x := range in.Exchanges {
		var last *found
		for k < len(cmds) && cmds[k].n < x.Span.Start {
			if cmds[k].n > prevEnd {
				last = &cmds[k]
			}
			k++
		}
		if last != nil && x.Request == nil && x.Response != nil {
			adopt(x, *last)
		}
		prevEnd = max(prevEnd, x.Span.End)
	}
}

// proseCommand reads the one HTTP tool's command written in an inline code
// span of a person's sentence. A line that is a command itself (read by the
// readers), that names two such commands (one against the other), or a
// command with no URL gives none.
func proseCommand(t string) *command {
	if strings.IndexByte(t, '`') < 0 || parseCommandLine(strings.TrimSpace(t)) != nil {
		return nil
	}
	span, n := toolSpans(t)
	if n != 1 {
		return nil
	}
	c := parseCommandLine(span)
	if c == nil || c.url == "" || !httpTools.Has(c.tool) {
		return nil
	}
	return c
}

// dropEchoes removes a bare status line (no header fields, no body, no
// request of its own beyond a command line) that repeats the status of a
// response the paste shows whole: a person quoting the outcome above or
// below the transcript ("I got this: HTTP/1.1 401 UNAUTHORIZED"), not
// another response.
func dropEchoes(in *Input, lines []string) {
	if len(in.Exchanges) < 2 {
		return
	}
	whole := map[int]*Exchange{}
	for _, x := range in.Exchanges {
		if r := x.Response; r != nil && r.Status != 0 && len(r.Fields) > 0 && whole[r.Status] == nil {
			whole[r.Status] = x
		}
	}
	// for each exchange, the nearest later one with each status that shows a
	// dump (a request or header fields): one pass from the end
	later := make([]map[int]*Exchange, len(in.Exchanges))
	next := map[int]*Exchange{}
	for i := len(in.Exchanges) - 1; i >= 0; i-- {
		later[i] = next
		if y := in.Exchanges[i]; y.Response != nil && y.Response.Status != 0 && (y.Request != nil || len(y.Response.Fields) > 0) && next[y.Response.Status] != y {
			m := make(map[int]*Exchange, len(next)+1)
			for k, v := range next {
				m[k] = v
			}
			m[y.Response.Status] = y
			next = m
		}
	}
	kept := in.Exchanges[:0]
	for i, x := range in.Exchanges {
		if x.Response == nil && x.Request != nil && i+1 < len(in.Exchanges) {
			// a request line alone, then the same request in full: a tool's
			// summary line above its dump (Postman's console: "GET https://h/x",
			// "401", "173 ms", then the request and response)
			if n := in.Exchanges[i+1]; n.Request != nil && strings.EqualFold(n.Request.Method, x.Request.Method) &&
				x.Request.Target != "" && targetOf(n.Request.Target) == targetOf(x.Request.Target) && len(x.Request.Fields) == 0 {
				n.Notes = append(n.Notes, Note{Code: "status-echo",
					Message: "line " + strconv.Itoa(x.Request.Pos.Line) + " names this request before its dump: read as its heading", Pos: x.Request.Pos})
				if n.Request.URL == "" {
					n.Request.URL = x.Request.URL
				}
				continue
			}
		}
		r := x.Response
		if r != nil && r.Status != 0 && x.Request == nil && len(kept) > 0 && reprinted(kept[len(kept)-1].Response, r) {
			// the client's error printing again the response its trace
			// showed (cargo's "failed to get a 200 OK response, got 401",
			// then "headers:" and the same status line and fields): the
			// same response, its Date the same to the second
			p := kept[len(kept)-1]
			p.Notes = append(p.Notes, Note{Code: "status-echo",
				Message: "line " + strconv.Itoa(r.Pos.Line) + " prints this response again (the same status and header fields): read as the same response",
				Pos:     r.Pos})
			continue
		}
		if r != nil && r.Status != 0 && len(r.Fields) == 0 && x.Request == nil && strings.TrimSpace(r.Body.Text) == "" && len(kept) > 0 {
			// the client's closing error quoting the status line its trace
			// just printed ("  HTTP/1.1 502 Fetch Error" from busybox wget -S,
			// then "wget: server returned error: HTTP/1.1 502 Fetch Error"):
			// the same response, not another
			if p := kept[len(kept)-1]; p.Response != nil && p.Response.Status == r.Status && p.Response.StatusSource == "" &&
				p.Response.Pos.Line < r.Pos.Line && quotesAfterWords(lineAt(lines, r.Pos.Line), lineAt(lines, p.Response.Pos.Line)) {
				p.Notes = append(p.Notes, Note{Code: "status-echo",
					Message: "line " + strconv.Itoa(r.Pos.Line) + " quotes this response's status line in the client's error: read as the same response, not another one",
					Pos:     r.Pos})
				continue
			}
		}
		if r != nil && r.Status != 0 && (r.StatusConf > StatusUnknown || r.StatusSource != "") && r.StatusConf <= StatusProse && len(r.Fields) == 0 && x.Request == nil &&
			(x.Span.End-x.Span.Start <= 1 || x.Format == "body" && r.Pos.Line == x.Span.Start && !looksBody([]string{r.Body.Text})) &&
			!exceptionLine(r.Body.Text) && !recordLine(r.Body.Text) {
			// one line of prose that states a status ("Calling the API always
			// gives me 401 Unauthorized"), above the dump of a response with
			// that status: a summary of that response; so is a paragraph of
			// prose read as a body, its first line stating the status
			if y := later[i][r.Status]; y != nil && !otherURL(lineAt(lines, r.Pos.Line), lineAt(lines, y.Response.Pos.Line)) {
				y.Notes = append(y.Notes, Note{Code: "status-echo",
					Message: "line " + strconv.Itoa(r.Pos.Line) + " states this status before the dump: read as a summary of this response, not another one",
					Pos:     r.Pos})
				continue
			}
		}
		if r != nil && r.Status != 0 && len(r.Fields) == 0 && (x.Request == nil || fromCommand(x) && r.StatusSource != "") && fewLines(r.Body.Text, 2) {
			// the tool's status line quoted above the transcript that
			// prints it ("HTTP request sent, awaiting response... 404 Not
			// Found", then the wget run; "error **HTTP/1.1 407 …**" in the
			// prose under the command, then the curl -v log): a summary of
			// that response, whatever prose follows the quoted line. (A
			// run's own status line under its command is that run's: only
			// a status read from text goes with a command's request, and
			// only a transcript's status line is quoted so: two runs that
			// each print "<title>403 Forbidden</title>" are two.)
			if y := later[i][r.Status]; y != nil && y.Response.StatusSource == "" && y.Response.Pos.Line > r.Pos.Line && echoesLine(lineAt(lines, r.Pos.Line), lineAt(lines, y.Response.Pos.Line)) {
				y.Notes = append(y.Notes, Note{Code: "status-echo",
					Message: "line " + strconv.Itoa(r.Pos.Line) + " quotes this response's status line before the transcript: read as a summary of this response, not another one",
					Pos:     r.Pos})
				continue
			}
		}
		if r != nil && r.Status != 0 && len(r.Fields) == 0 && strings.TrimSpace(r.Body.Text) == "" &&
			(x.Request == nil || len(x.Request.Fields) == 0 || fromCommand(x)) {
			if w := whole[r.Status]; w != nil && w != x {
				w.Notes = append(w.Notes, Note{Code: "status-echo",
					Message: "line " + strconv.Itoa(r.Pos.Line) + " repeats this status on its own: read as a mention of this response, not another one",
					Pos:     r.Pos})
				continue
			}
		}
		kept = append(kept, x)
	}
	in.Exchanges = kept
}

// reprinted reports whether response r is response p printed again: the
// same status, and each of r's header fields, three or more with a Date
// among them, in p with the same value.
func reprinted(p, r *Response) bool {
	if p == nil || p.Status != r.Status || len(r.Fields) < 3 || !r.Fields.Has("Date") {
		return false
	}
	for _, f := range r.Fields {
		same := false
		for _, g := range p.Fields {
			if strings.EqualFold(f.Name, g.Name) && strings.TrimSpace(f.Value) == strings.TrimSpace(g.Value) {
				same = true
				break
			}
		}
		if !same {
			return false
		}
	}
	return true
}

// lineAt returns line n (1-based) of lines, or "".
func lineAt(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// fewLines reports whether s holds at most n lines that are not blank.
func fewLines(s string, n int) bool {
	k := 0
	for s != "" {
		l := s
		if e := strings.IndexByte(s, '\n'); e >= 0 {
			l, s = s[:e], s[e+1:]
		} else {
			s = ""
		}
		if strings.TrimSpace(l) != "" {
			if k++; k > n {
				return false
			}
		}
	}
	return true
}

// echoesLine reports whether line a quotes status line b: b, without a
// transcript's side marker ("< ", "> ") and Markdown's emphasis or code
// marks, is in a, and is a status line's worth of text.
func echoesLine(a, b string) bool {
	b = strings.Trim(b, " \t<>*`")
	if len(b) < 12 || !strings.Contains(b, " ") {
		return false
	}
	return strings.Contains(a, b)
}

// quotesAfterWords reports whether line a quotes status line b after words
// of its own (a client's error message ending with the status line it got):
// echoesLine, with b not at a's start.
func quotesAfterWords(a, b string) bool {
	if !echoesLine(a, b) {
		return false
	}
	i := strings.Index(a, strings.Trim(b, " \t<>*`"))
	return strings.TrimSpace(strings.Trim(a[:i], " \t<>*`")) != ""
}

// fromCommand reports whether an exchange's request was rebuilt from a
// command line rather than shown.
func fromCommand(x *Exchange) bool {
	for _, n := range x.Notes {
		if n.Code == "request-from-command" {
			return true
		}
	}
	return false
}

// finish numbers the exchanges and picks the dominant format.
func finish(in *Input) *Input {
	count := map[string]int{}
	best := ""
	for i, x := range in.Exchanges {
		x.Index = i
		if x.Format == "" {
			x.Format = "raw"
		}
		markRedacted(x)
		settle(x)
		if x.Reading.Summary == "" {
			x.Reading.Summary = formatSummary(x.Format)
		}
		if r := x.Response; r != nil && !r.HeadersComplete && !x.Reading.Partial {
			x.Reading.Partial = true
			x.Reading.Advice = exactAdvice(x)
		}
		count[x.Format]++
		if best == "" || count[x.Format] > count[best] {
			best = x.Format
		}
	}
	if in.Format == "" {
		in.Format = best
	}
	return in
}

// hasControl reports whether text holds control bytes other than tab, CR, LF, FF and ESC.
// It reads eight bytes at a time and looks at the bytes of a word only when
// one of them is below 0x20 (every paste's bytes pass here, a byte at a time
// this was 2% of a bulk analysis).
func hasControl(text string) bool {
	const ones, highs, lows uint64 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	i := 0
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// the high bit of each byte below 0x20, then of each "\n" (exact:
		// no borrow or carry crosses a byte)
		below := ^((w | highs) - 0x20*ones) &^ w & highs
		nl := w ^ '\n'*ones
		nl = ^((nl&lows + lows) | nl) & highs
		if below&^nl != 0 && controlIn(b) {
			return true
		}
	}
	return controlIn(text[i:])
}

// controlIn is hasControl a byte at a time.
func controlIn(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			return true
		}
	}
	return false
}

// looksBinary reports whether more than a tenth of the bytes are control bytes,
// and the line of the first one.
func looksBinary(text string) (int, bool) {
	ctl, first := 0, -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl*10 <= len(text) {
		return 0, false
	}
	return len(splitRaw(text[:first])) + boolInt(first == 0 || text[first-1] == '\n' || text[first-1] == '\r'), true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstNonBlank(lines []string) (string, int) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return l, i + 1
		}
	}
	return "", 0
}

// markRedacted notes credential values that are redaction markers.
func markRedacted(x *Exchange) {
	check := func(fs Fields, names ...string) {
		for _, f := range fs {
			hit := false
			for _, n := range names {
				hit = hit || strings.EqualFold(f.Name, n)
			}
			if !hit && !IsAPIKeyHeader(f.Name) {
				continue
			}
			ln := strings.ToLower(f.Name)
			v := f.Value
			if ln == "authorization" || ln == "proxy-authorization" {
				if _, rest, ok := strings.Cut(strings.TrimSpace(v), " "); ok {
					v = rest
				}
			}
			red := IsRedacted(v)
			if !red && (ln == "cookie" || ln == "set-cookie") {
				for _, part := range strings.Split(v, ";") {
					if _, cv, ok := strings.Cut(part, "="); ok && IsRedacted(cv) {
						red = true
						break
					}
				}
			}
			if red {
				x.Notes = append(x.Notes, Note{Code: "redacted", Message: f.Name + " holds a redaction marker or an elided value: it was sent, but its value is hidden", Pos: f.Pos})
			}
		}
	}
	if x.Request != nil {
		check(x.Request.Fields, "authorization", "proxy-authorization", "cookie")
	}
	if x.Response != nil {
		check(x.Response.Fields, "set-cookie")
	}
}

// settle fills the reading contract for readers that did not: the status's
// confidence from StatusSource, and HeadersComplete for a response read from a
// status line (or HAR) whose header block was not cut.
func settle(x *Exchange) {
	r := x.Response
	if r == nil {
		return
	}
	impliedSuccess(x)
	if r.StatusConf == StatusUnknown && r.Status != 0 {
		switch r.StatusSource {
		case "", "pseudo-header":
			r.StatusConf = StatusLine
		case "devtools", "har":
			r.StatusConf = StatusField
		case "body":
			r.StatusConf = StatusProse // a number the body states: <title>403 Forbidden</title>, "HTTP Status 401 -"
		default:
			r.StatusConf = StatusProse
		}
	}
	if !x.Reading.General && !r.HeadersComplete && !r.HeadersCut && r.Status != 0 && (r.StatusSource == "" || x.Format == "har") {
		r.HeadersComplete = true
	}
}

// exactAdvice says what to paste when an exact reader saw only part of a
// response's header block.
func exactAdvice(x *Exchange) string {
	cmd := "curl -v <URL>"
	if q := x.Request; q != nil && strings.HasPrefix(q.URL, "http") {
		cmd = "curl -v '" + q.URL + "'"
	}
	r := x.Response
	switch {
	case r.HeadersCut:
		return "the header block was cut or elided; paste the whole output of `" + cmd + "` for a full answer"
	case r.Status == 0 && len(r.Fields) == 0:
		return "no status line or header block was visible; paste the output of `" + cmd + "` (or a HAR) for a full answer"
	case len(r.Fields) == 0 && strings.TrimSpace(r.Body.Text) != "":
		return "only the status and body were visible; paste the output of `" + cmd + "` for the response headers"
	case len(r.Fields) == 0:
		return "only the status was visible, no response header; paste the output of `" + cmd + "` for the response headers"
	}
	return "the header block may not be whole; paste the output of `" + cmd + "` (or a HAR) for a full answer"
}

// impliedSuccess gives a response shown without its status the 200 its
// header fields imply when they describe a representation being served: a
// Last-Modified date with an ETag or Accept-Ranges, no challenge, and a body
// (if any) that reads as no error. Error responses carry no validators; the
// status stays implied (the lowest rank), so any stated evidence beats it.
func impliedSuccess(x *Exchange) {
	r := x.Response
	if r.Status != 0 || !r.Fields.Has("last-modified") || !(r.Fields.Has("etag") || r.Fields.Has("accept-ranges")) ||
		r.Fields.Has("www-authenticate") || r.Fields.Has("proxy-authenticate") || r.Fields.Get("content-length") == "0" {
		return
	}
	if b := r.Body.Text; b != "" && errorish([]gline{{text: b[:min(len(b), 4096)]}}) {
		return
	}
	f, _ := r.Fields.Lookup("last-modified")
	r.Status, r.StatusConf, r.StatusSource = 200, StatusImplied, "headers"
	r.Pos = f.Pos
	x.Reading.Inferred = append(x.Reading.Inferred, InfoLine{Text: "status 200 implied: the header fields describe a representation served (Last-Modified with an ETag or Accept-Ranges)", Pos: f.Pos})
}
