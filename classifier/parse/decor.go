package parse

import (
	"reflect"
	"strings"

	"github.com/authtriage/authtriage/internal/jsonlite"
)

// undecorate takes off what Markdown and editors put around a paste, before
// any reader looks, keeping lines one for one so positions hold:
//
//   - the HTML people wrap a long log in on GitHub and GitLab (<details>,
//     <summary>Logs</summary>, </details>) when it stands alone on its line;
//   - the indentation of a fenced block's lines up to that of its opening
//     fence (CommonMark §4.5: a fence inside a list item is indented, and so
//     is everything it holds);
//   - the indentation every line shares (an indented code block, a paste
//     from an editor or an email that indents what it quotes);
//   - the code markup of other editors, which becomes a Markdown fence:
//     Jira's and Confluence's {code} and {noformat}, forums' [code] and
//     [/code] alone on their line;
//   - a line-number column a viewer, an editor's gutter, `cat -n`, `nl` or
//     `grep -n` put before each line ("  12 | ", "    12\t", "12:").
//
// It reports whether anything changed; a paste it does not touch is
// returned as it is.
func undecorate(ls []string) ([]string, bool) {
	var out []string
	set := func(i int, s string) {
		if out == nil {
			out = append([]string(nil), ls...)
		}
		out[i] = s
	}
	get := func(i int) string {
		if out != nil {
			return out[i]
		}
		return ls[i]
	}
	ungutter := func(from, to int) bool {
		ok, spaced := lineNumbered(ls[from:to])
		if !ok {
			return false
		}
		// a viewer's or `cat -n`'s line numbers: the column comes off
		prev, prevAt := -1, -1
		for i := from; i < to; i++ {
			l := ls[i]
			if n, _, end, ok := numberAt(l); ok && (prev < 0 || n > prev && n-prev <= i-prevAt) {
				if spaced && end < len(l) {
					end++
				}
				set(i, l[end:])
				prev, prevAt = n, i
			}
		}
		return true
	}
	if in := []bool(nil); !ungutter(0, len(ls)) {
		// a code viewer numbers the lines of the code it shows, the
		// fenced dump, not the person's words around it
		in = fencedLines(ls)
		for i := 0; in != nil && i < len(ls); i++ {
			j := i
			for j < len(ls) && in[j] {
				j++
			}
			if j > i {
				ungutter(i, j)
				i = j
			}
		}
	}
	// the indentation every non-blank line shares
	common, first := "", true
	for i := range ls {
		l := get(i)
		t := strings.TrimLeft(l, " \t")
		if t == "" {
			continue
		}
		p := l[:len(l)-len(t)]
		if first {
			common, first = p, false
		} else {
			k := 0
			for k < len(common) && k < len(p) && common[k] == p[k] {
				k++
			}
			common = common[:k]
		}
		if common == "" {
			break
		}
	}
	if common != "" {
		for i := range ls {
			set(i, strings.TrimPrefix(get(i), common))
		}
	}
	// Markdown fences inside a {noformat} or [code] block: the wrapper is
	// the outer one and adds nothing (as a fence it would pair with them)
	fenced := false
	for i := range ls {
		if fenceMark(strings.TrimLeft(get(i), " \t")) != "" {
			fenced = true
			break
		}
	}
	fence, fenceInd := "", 0
	for i := range ls {
		l := get(i)
		t := strings.TrimLeft(l, " \t")
		ind := len(l) - len(t)
		if wrapperTag(t) {
			set(i, "")
			continue
		}
		if _, rest, ok := codeMarkup(t); ok {
			// Jira's {code}/{noformat}, a forum's [code]: a fence by another
			// name
			if rest == "" && fenced {
				set(i, "")
				continue
			}
			if rest == "" {
				set(i, l[:ind]+"```")
				t = "```"
			} else {
				set(i, l[:ind]+rest)
				continue
			}
		}
		if m := fenceMark(t); m != "" {
			switch {
			case fence == "":
				fence, fenceInd = m, ind
			case strings.HasPrefix(m, fence) && strings.TrimSpace(t[len(m):]) == "":
				fence = ""
			}
			continue
		}
		if fence != "" && fenceInd > 0 && ind > 0 {
			set(i, l[min(ind, fenceInd):])
		}
	}
	return out, out != nil
}

// fenceMark returns the run of backticks or tildes (three or more) that
// opens a Markdown fence at the start of t, or "".
func fenceMark(t string) string {
	if len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	k := 0
	for k < len(t) && t[k] == t[0] {
		k++
	}
	if k < 3 || t[0] == '`' && strings.IndexByte(t[k:], '`') >= 0 {
		return "" // ``inline`` code, not a fence
	}
	if k < len(t) && t[k] == '^' {
		return "" // a traceback's underline (fenceLine)
	}
	return t[:k]
}

// wrapperTag reports whether a trimmed line holds only the HTML of a
// collapsible section (<details>, <details open>, <summary>…</summary>,
// </details>), which people put around long logs in issues.
func wrapperTag(t string) bool {
	if len(t) < 9 || t[0] != '<' || t[len(t)-1] != '>' {
		return false
	}
	// ASCII letters without case, as ascii.Lower has them, without a
	// lower-cased copy of every line of markup
	for _, p := range []string{"<details", "</details>", "<summary", "</summary>"} {
		if hasPrefixASCIIFold(t, p) {
			if p == "<details" && len(t) > 8 && t[8] != '>' && t[8] != ' ' && t[8] != '<' {
				return false // <detailsfoo>: some other tag
			}
			// nothing but tags and the summary's own words
			return !containsLowered(t, "<html") && !containsLowered(t, "<body")
		}
	}
	return false
}

// codeMarkup recognises a line that opens or closes a code block in the
// markup of Jira/Confluence ({code}, {code:java}, {noformat}) or of forums
// ([code], [/code], [CODE=text]); not HTML's <pre>, which an error page's
// own markup holds alone on a line as often as a person does. With the marker
// alone on its line rest is ""; a forum's [code]…[/code] written around text
// on the same line gives that text as rest.
func codeMarkup(t string) (marker, rest string, ok bool) {
	t = strings.TrimRight(t, " \t")
	if t == "" || t[0] != '{' && t[0] != '[' && t[len(t)-1] != ']' {
		return "", "", false // most lines: no allocation
	}
	fold := func(s, prefix string) bool {
		return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
	}
	switch {
	case strings.EqualFold(t, "{noformat}") || strings.EqualFold(t, "{code}") || strings.EqualFold(t, "[code]") || strings.EqualFold(t, "[/code]"),
		(fold(t, "{code:") && t[len(t)-1] == '}' || fold(t, "[code=") && t[len(t)-1] == ']') && !strings.Contains(t, " "):
		return t, "", true
	}
	open, close := fold(t, "[code]"), len(t) >= 7 && strings.EqualFold(t[len(t)-7:], "[/code]")
	if open && strings.HasPrefix(strings.TrimLeft(t[len("[code]"):], " "), "=>") {
		return "", "", false // PHP's print_r: the member "[code] => 401"
	}
	if !open && !close {
		return "", "", false
	}
	r := t
	if open {
		r = r[len("[code]"):]
	}
	if close && len(r) >= 7 {
		r = r[:len(r)-len("[/code]")]
	}
	return "[code]", r, true
}

// undouble undoes double spacing: a copy that put a blank line after every
// line (a terminal or a mail client writing "\r\r\n", a viewer's copy of a
// table of lines). No two non-blank lines of such a paste touch and every
// run of blank lines between two of them is odd: one added blank, or 2k+1
// for k blank lines of the original. It returns the paste with the added
// blanks taken out and, for each of its lines, the line of text it was
// (1-based), or ok false when text is not double spaced. A rendered page
// copied as text, one paragraph a line, is spaced so too; read without the
// blanks its paragraphs read the same.
func undouble(text string) (string, []int, bool) {
	ls := splitRaw(text)
	blank := func(s string) bool { return strings.Trim(s, " \t") == "" }
	first, last, n := -1, -1, 0
	kept := false // a run of 3 or more blanks: a blank line of the original
	for i, l := range ls {
		if blank(l) {
			continue
		}
		if last >= 0 && (i-last)%2 != 0 {
			// adjacent lines (i-last == 1) or an even run of blanks
			return "", nil, false
		}
		kept = kept || last >= 0 && i-last > 3
		if first < 0 {
			first = i
		}
		last = i
		n++
	}
	if n < 6 && !(n >= 4 && kept) {
		// too little to tell double spacing from short paragraphs, unless
		// the gaps come in two sizes that both fit it: one blank after
		// each line, three where the original had a blank line
		return "", nil, false
	}
	keep := make([]string, 0, len(ls)/2+first+1)
	lineOf := make([]int, 0, cap(keep))
	for i := 0; i < len(ls); i++ {
		keep = append(keep, ls[i])
		lineOf = append(lineOf, i+1)
		if i >= first && i < last {
			i++ // the added blank after each line
		}
	}
	return strings.Join(keep, "\n"), lineOf, true
}

// unfoldRecords finds the lines of text that are one JSON log record
// (isLogRecord) whose string member holds an HTTP message written as a
// JSON string, its line breaks as \n ({"level":"debug","msg":"HTTP/1.1
// 401 Unauthorized\r\nWWW-Authenticate: …"}, as a logger writes a dumped
// message): it returns text with each such line replaced by the lines of
// that string, and for each line of it the line of text it comes from.
func unfoldRecords(text string) (string, []int, bool) {
	if !strings.Contains(text, `\n`) || strings.IndexByte(text, '{') < 0 {
		return "", nil, false
	}
	ls := splitRaw(text)
	// a paste that is nothing but one record (a fence around it aside):
	// whatever its string holds over several lines is what was pasted
	lone := 0
	for _, l := range ls {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "```") {
			lone++
		}
	}
	var out []string
	var lineOf []int
	for i, l := range ls {
		if msg, ok := foldedMessage(l, lone == 1); ok {
			if out == nil {
				out = make([]string, 0, len(ls)+16)
				lineOf = make([]int, 0, cap(out))
				for k := range i {
					out = append(out, ls[k])
					lineOf = append(lineOf, k+1)
				}
			}
			for _, m := range strings.Split(msg, "\n") {
				out = append(out, strings.TrimSuffix(m, "\r"))
				lineOf = append(lineOf, i+1)
			}
			continue
		}
		if out != nil {
			out = append(out, l)
			lineOf = append(lineOf, i+1)
		}
	}
	if out == nil {
		return "", nil, false
	}
	return strings.Join(out, "\n"), lineOf, true
}

// foldedMessage returns the string member of the JSON log record l that
// holds an HTTP message of several lines (a status line or a request line
// with its protocol at the start of one of them, curl -v's markers
// allowed), decoded. When the record is all the paste holds (alone), a
// string of three lines or more is the text it carries (a logger's copy
// of a page or a person's report), whatever it holds.
func foldedMessage(l string, alone bool) (string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 20 || len(t) > 1<<20 || t[0] != '{' || t[len(t)-1] != '}' || !strings.Contains(t, `\n`) || !isLogRecord(t) {
		return "", false
	}
	ms, err := jsonlite.Members(t)
	if err != nil {
		return "", false
	}
	for _, m := range ms {
		if len(m.Raw) < 2 || m.Raw[0] != '"' || !strings.Contains(m.Raw, `\n`) {
			continue
		}
		v, err := jsonlite.Unmarshal(m.Raw, false)
		s, ok := v.(string)
		if err != nil || !ok {
			continue
		}
		if alone && strings.Count(s, "\n") >= 3 {
			return s, true
		}
		for _, dl := range strings.Split(s, "\n") {
			dl = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(dl), "< "), "> ")
			if _, _, _, ok := parseStatusLine(dl); ok {
				return s, true
			}
			if _, _, proto, ok := parseRequestLine(dl); ok && proto != "" {
				// a request line as sent, not an SDK's "POST https://…"
				// above its own report of the failure
				return s, true
			}
		}
	}
	return "", false
}

// renumber moves every line position of in (read from a paste with lines
// taken out) to the line of the paste as given: lineOf[k-1] is the given
// line of line k.
func renumber(in *Input, lineOf []int) {
	at := func(k int) int {
		switch {
		case k <= 0 || len(lineOf) == 0:
			return k
		case k > len(lineOf):
			return lineOf[len(lineOf)-1] + k - len(lineOf)
		}
		return lineOf[k-1]
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			switch p := v.Addr().Interface().(type) {
			case *Pos:
				p.Line = at(p.Line)
				return
			case *Span:
				p.Start, p.End = at(p.Start), at(p.End)
				return
			case *Body:
				if p.Pos.Line > 0 && p.Pos.Path == "" {
					if p.LineMap == nil {
						// the body's lines were one run; in the paste as
						// given they are not
						p.LineMap = make([]int, strings.Count(p.Text, "\n")+1)
						for i := range p.LineMap {
							p.LineMap[i] = at(p.Pos.Line + i)
						}
					} else {
						for i, k := range p.LineMap {
							p.LineMap[i] = at(k)
						}
					}
					p.Pos.Line = at(p.Pos.Line)
				}
				return
			}
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(in))
}

// numberAt reads a line-number gutter at the start of l, as a viewer, an
// editor, `cat -n`, `nl` or `grep -n` writes it: blanks, a number, blanks,
// then a separator ('|', '│', ':' or a tab). It returns the
// number, the separator's first byte (0 for a number alone on its line, a
// gutter whose text was empty) and where the text after it starts, or ok
// false.
// "12:30:00" (a clock) is no gutter; "12:30" may be, when the lines count
// up.
func numberAt(l string) (n int, sep byte, end int, ok bool) {
	i := 0
	for i < len(l) && l[i] == ' ' {
		i++
	}
	j := i
	for j < len(l) && j-i < 7 && isDigit(l[j]) {
		n = n*10 + int(l[j]-'0')
		j++
	}
	if j == i || j < len(l) && isDigit(l[j]) {
		return 0, 0, 0, false
	}
	k := j
	for k < len(l) && l[k] == ' ' {
		k++
	}
	if k == len(l) {
		return n, 0, k, true
	}
	switch {
	case l[k] == '|' || l[k] == '\t':
		sep, end = l[k], k+1
	case l[k] == ':' && k == j && !(k+3 < len(l) && isDigit(l[k+1]) && isDigit(l[k+2]) && l[k+3] == ':'):
		sep, end = ':', k+1
	case strings.HasPrefix(l[k:], "│"):
		sep, end = '|', k+len("│")
	default:
		return 0, 0, 0, false
	}
	if sep == '\t' && k != j {
		return 0, 0, 0, false
	}
	return n, sep, end, true
}

// lineNumbered reports whether ls carries a line-number column: at least
// four lines, nearly every non-blank line (all but one in ten) starting
// with a number and the same separator, the numbers increasing by no more
// than the lines between them (`nl` skips blank lines, a viewer numbers
// them; a line a terminal wrapped has none). spaced says the gutter ends
// in a blank too: every numbered line with text has one after the
// separator.
func lineNumbered(ls []string) (ok, spaced bool) {
	var sep byte
	numbered, other, prev, prevAt, texts := 0, 0, -1, -1, 0
	for i, l := range ls {
		if strings.Trim(l, " \t") == "" && !(len(l) > 0 && l[len(l)-1] == '\t') {
			continue
		}
		n, s, end, ok := numberAt(l)
		if ok && s != 0 && sep != 0 && s != sep {
			ok = false
		}
		if ok && prev >= 0 && (n <= prev || n-prev > i-prevAt) {
			ok = false
		}
		if !ok {
			if other++; other*10 > len(ls) {
				return false, false
			}
			continue
		}
		if s != 0 {
			sep = s
		}
		if end < len(l) {
			spaced = texts == 0 && l[end] == ' ' || spaced && l[end] == ' '
			texts++
		}
		numbered, prev, prevAt = numbered+1, n, i
	}
	return numbered >= 4 && sep != 0 && other*10 <= numbered, spaced && texts > 0
}

// htmlEscaped reports whether text is a paste copied from a page's source,
// its markup characters written as entities where an HTTP dump has the
// characters: it holds no '<' (a page's own markup or a body's HTML, which
// the entities belong to, would have some) but on the lines of a collapsible
// section's tags around the paste, and
//
//   - a line starts with &lt; or &gt; (curl -v's markers, a body's tags),
//     or with them escaped once more (&amp;lt;), or
//   - with no quote of either kind in it, its quotes are entities, in
//     pairs as quotes come (&quot;…&quot;, &#39;…&#39;), or an apostrophe
//     entity joins a word's letters (don&#39;t: a contraction, one-sided), or
//   - with no '&' that starts no entity, &amp; joins a URL's query
//     parameters (?a=1&amp;b=2).
//
// An entity inside a value (a reason phrase "&lt;script&gt;", a JSON
// string's "&quot;", between real quotes) is not enough: it is what the
// server sent.
func htmlEscaped(text string) bool {
	if strings.IndexByte(text, '&') < 0 || !onlyWrapperMarkup(text) {
		return false
	}
	return htmlEscapedMarks(text)
}

// onlyWrapperMarkup reports whether every '<' of text stands on a line of a
// collapsible section's own HTML (wrapperTag): the <details> people put
// around an escaped dump is theirs, not the page's markup.
func onlyWrapperMarkup(text string) bool {
	for i := strings.IndexByte(text, '<'); i >= 0; {
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if !wrapperTag(strings.TrimSpace(text[start:end])) {
			return false
		}
		k := strings.IndexByte(text[end:], '<')
		if k < 0 {
			break
		}
		i = end + k
	}
	return true
}

// htmlEscapedMarks is htmlEscaped past its first test (an ampersand and no
// angle bracket): a function of its own, so that under js/wasm a paste
// without entities does not compile it (a function is compiled whole on its
// first call; issue #14).
func htmlEscapedMarks(text string) bool {
	for _, m := range []string{"&lt;", "&gt;", "&amp;lt;", "&amp;gt;"} {
		for i := strings.Index(text, m); i >= 0; {
			j := i
			for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
				j--
			}
			if j == 0 || text[j-1] == '\n' {
				return true
			}
			k := strings.Index(text[i+1:], m)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	if strings.IndexByte(text, '"') < 0 && strings.IndexByte(text, '\'') < 0 {
		for _, e := range []string{"&quot;", "&#34;", "&#39;", "&#x27;"} {
			if i := strings.Index(text, e); i >= 0 && strings.Contains(text[i+len(e):], e) {
				return true
			}
		}
		for _, e := range []string{"&#39;", "&#x27;", "&apos;"} {
			for i := strings.Index(text, e); i > 0; {
				if j := i + len(e); j < len(text) && isAlpha(text[i-1]) && isAlpha(text[j]) {
					return true
				}
				k := strings.Index(text[i+1:], e)
				if k < 0 {
					break
				}
				i += 1 + k
			}
		}
	}
	query := false
	for i := strings.IndexByte(text, '&'); i >= 0; {
		semi := strings.IndexByte(text[i:min(len(text), i+10)], ';')
		if semi < 2 {
			return false
		}
		for _, c := range []byte(text[i+1 : i+semi]) {
			if !isAlpha(c) && !isDigit(c) && c != '#' {
				return false
			}
		}
		if !query && text[i+1:i+semi] == "amp" && i > 0 && text[i-1] != ' ' {
			r := text[i+semi+1:]
			k := 0
			for k < len(r) && (isAlpha(r[k]) || isDigit(r[k]) || r[k] == '_' || r[k] == '-' || r[k] == '.') {
				k++
			}
			query = k > 0 && k < len(r) && r[k] == '='
		}
		k := strings.IndexByte(text[i+1:], '&')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return query
}

// unescapeHTML replaces the entities of markup characters (&lt; &gt; &amp;
// &quot; &apos; &nbsp; and numeric ones of printable characters) by the
// characters; an entity that would make a line break or a control
// character, and any other, stays as written, so lines stay one for one.
func unescapeHTML(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '&' {
			continue
		}
		semi := strings.IndexByte(text[i:min(len(text), i+10)], ';')
		if semi < 0 {
			continue
		}
		name := text[i+1 : i+semi]
		var r rune = -1
		switch name {
		case "lt":
			r = '<'
		case "gt":
			r = '>'
		case "amp":
			r = '&'
		case "quot":
			r = '"'
		case "apos":
			r = '\''
		case "nbsp":
			r = ' '
		default:
			if len(name) > 1 && name[0] == '#' {
				v, base, ds := 0, 10, name[1:]
				if ds[0] == 'x' || ds[0] == 'X' {
					base, ds = 16, ds[1:]
				}
				ok := ds != ""
				for k := 0; k < len(ds) && ok; k++ {
					c := ds[k]
					switch {
					case isDigit(c):
						v = v*base + int(c-'0')
					case base == 16 && (c|0x20) >= 'a' && (c|0x20) <= 'f':
						v = v*base + int(c|0x20-'a'+10)
					default:
						ok = false
					}
				}
				if ok && v >= 0x20 && v != 0x7f && v <= 0x10ffff && (v < 0xd800 || v > 0xdfff) {
					r = rune(v)
				}
			}
		}
		if r < 0 {
			continue
		}
		b.WriteString(text[last:i])
		b.WriteRune(r)
		i += semi
		last = i + 1
	}
	b.WriteString(text[last:])
	return b.String()
}

// fenceLine reports whether t, its indentation off, is a Markdown fence
// line: three or more backticks or tildes, then an info string or nothing.
// A run of tildes or backticks that carets follow ("~~~~~~^^^^", the marks
// Python 3.11 and later print under the part of a traceback's line that
// failed) underlines code; it opens no block.
func fenceLine(t string) bool {
	if !strings.HasPrefix(t, "```") && !strings.HasPrefix(t, "~~~") {
		return false
	}
	rest := strings.TrimLeft(t, t[:1])
	if t[0] == '`' && strings.Contains(rest, "`") {
		// a backtick fence's info string holds no backtick (CommonMark
		// 4.5): "```{…} ```. After that…" is a code span run into prose
		return false
	}
	return !strings.HasPrefix(rest, "^")
}
