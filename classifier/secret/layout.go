package secret

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// Credentials whose place is given by the layout of several lines rather
// than by one line: a Markdown table's column, a cookie table's row, a
// header value wrapped onto the next line, a header's value printed as a
// list under its name.

// layout is what Scan carries from one line to the next.
type layout struct {
	prev, prevBase int    // the previous line's span in the text, for a table's header row
	cols           []Kind // a Markdown table's credential columns ("" for the others); nil outside a table
	pairCols       bool   // inside a Markdown table of two columns: a name, then its value
	margin         margin // what a quote or a code viewer put before each of the table's rows
	fixedPairs     bool   // inside a console's two-column table ("Name  Value", "----  -----")
	wrapped        Kind   // the kind of a credential that ran to the end of the previous line
	cut            bool   // that line was as wide as the text's hard wrap: the credential was cut there
	pending        string // a credential header's name whose value is on a following line
	listCut        string // that header's name, when a hard wrap cut its list's item: the list goes on below
	csv            []Kind // a comma-separated table's credential columns; nil outside one
	keyLines       int    // lines of a PuTTY key's private part still to come
}

// csvRow handles comma-separated tables (a CSV export, a log's columns):
// a header row of names, one of which names a credential ("token",
// "password", "api_key"), makes that column a credential in each row
// below with as many fields.
func (s *scanner) csvRow(lay *layout, l string, base, line int) {
	if lay.csv != nil {
		fs := strings.Split(l, ",")
		if len(fs) != len(lay.csv) {
			lay.csv = nil
		} else {
			off := 0
			for i, f := range fs {
				if k, weak := strings.CutPrefix(string(lay.csv[i]), "weak:"); k != "" {
					v := strings.Trim(strings.TrimSpace(f), `"`)
					if v != "" && !nullWord(v) && !(weak && !HighEntropy(v)) {
						vs := off + strings.Index(f, v)
						s.add(Kind(k), "a table's "+strings.ToLower(k)+" column", base+vs, base+vs+len(v), line)
					}
				}
				off += len(f) + 1
			}
			return
		}
	}
	// a header row: names only, from its first byte
	if l == "" || !isLetter(l[0]) && l[0] != '"' {
		return
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; !identByte[c] && c != ',' && c != ' ' && c != '"' {
			return
		}
	}
	fs := strings.Split(l, ",")
	if len(fs) < 2 || len(fs) > 64 {
		return
	}
	cols := make([]Kind, len(fs))
	any := false
	for i, f := range fs {
		name := strings.Trim(strings.TrimSpace(f), `"`)
		if name == "" || len(name) > 64 || !isIdent(name) {
			return // a sentence with commas, not a header row
		}
		switch c, k := fieldClass(name); c {
		case fStrong:
			cols[i], any = k, true
		case fWeak:
			cols[i], any = "weak:"+k, true
		}
	}
	if any {
		lay.csv = cols
	}
}

// tableRow handles the lines of a Markdown table: a separator row makes
// the row before it the header, whose credential-named columns ("password",
// "token", "api_key") hold credentials in every row below. A table of two
// columns may instead list names and values, one pair a row ("| Authorization
// | Bearer … |", "| `SLACK_BOT_TOKEN` | `xoxb-…` |"): a row whose first cell
// names a credential holds it in the second. Tables written without their
// outer pipes ("Header | Value", "--- | ---") are read the same way.
func (s *scanner) tableRow(lay *layout, l string, base, line int) {
	m, mk := rowMargin(l)
	if lay.cols != nil || lay.pairCols {
		if mk != lay.margin {
			m = 0 // a row without the table's margin: read whole (it ends the table)
		}
	}
	l, base = l[m:], base+m
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "|") && !(strings.Contains(t, "|") && (lay.cols != nil || lay.pairCols || separatorRow(t))) {
		lay.cols, lay.pairCols = nil, false
		return
	}
	if separatorRow(t) {
		head := s.text[lay.prevBase:lay.prev]
		hm, hk := rowMargin(head)
		if hk != mk {
			hm = 0
		}
		head = strings.TrimSpace(head[hm:])
		lay.cols, lay.pairCols, lay.margin = nil, false, mk
		if !strings.HasPrefix(head, "|") && !(strings.Contains(head, "|") && strings.Contains(t, "|")) {
			return
		}
		hc := cells(head)
		lay.pairCols = len(hc) == 2
		any := false
		for _, c := range hc {
			name := strings.Trim(strings.TrimSpace(c.text), "*`_")
			f, k := fNone, Kind("")
			if len(name) < 64 && !strings.Contains(name, " ") || normName(name) != "" && len(name) < 32 {
				f, k = fieldClass(name)
			}
			if f == fWeak {
				k = "weak:" + k
			}
			if f == fNone {
				k = ""
			}
			any = any || k != ""
			lay.cols = append(lay.cols, k)
		}
		if !any {
			lay.cols = nil
		}
		return
	}
	if lay.cols == nil && !lay.pairCols {
		return
	}
	off := len(l) - len(strings.TrimLeft(l, " \t"))
	cs := cells(l[off:])
	if lay.pairCols && len(cs) == 2 && (lay.cols == nil || lay.cols[1] == "") {
		s.namedValue(cs[0].text, l, off+cs[1].start, off+cs[1].start+len(cs[1].text), base, line)
	}
	for i, c := range cs {
		if i >= len(lay.cols) || lay.cols[i] == "" {
			continue
		}
		v := strings.TrimSpace(c.text)
		k, weak := strings.CutPrefix(string(lay.cols[i]), "weak:")
		v = strings.Trim(v, "`")
		if v == "" || weak && !HighEntropy(v) || nullWord(v) || v == "-" {
			continue
		}
		vs := off + c.start + strings.Index(c.text, v)
		s.add(Kind(k), "a table's "+strings.ToLower(string(k))+" column", base+vs, base+vs+len(v), line)
	}
}

// margin is what was put before a table's rows on their way to the paste.
type margin uint8

const (
	noMargin margin = iota
	quoteMargin
	gutterMargin
)

// rowMargin returns the length of what a quote or a code viewer put before
// a table's row, and which it was: Markdown's or e-mail's quote marks
// ("> ", "> > "), a code viewer's line number ("  7 | "). A table's own
// first column of numbers ("7 | alice | …") reads as a gutter too, so
// tableRow takes a margin off a row only when the table's header and
// separator rows have the same.
func rowMargin(l string) (int, margin) {
	i := 0
	for {
		j := i
		for j < len(l) && l[j] == ' ' {
			j++
		}
		if j >= len(l) || l[j] != '>' {
			break
		}
		i = j + 1
		if i < len(l) && l[i] == ' ' {
			i++
		}
	}
	if i > 0 {
		return i, quoteMargin
	}
	j := 0
	for j < len(l) && l[j] == ' ' {
		j++
	}
	d := j
	for j < len(l) && isDigitByte(l[j]) {
		j++
	}
	if j == d || j-d > 6 {
		return 0, noMargin
	}
	for j < len(l) && l[j] == ' ' {
		j++
	}
	if j+1 < len(l) && l[j] == '|' && l[j+1] == ' ' {
		return j + 2, gutterMargin
	}
	return 0, noMargin
}

// fixedPairRow handles a console's table of two columns, names and values,
// as PowerShell prints a hashtable or the environment ("Key  Value",
// "---  -----", then "Authorization  Bearer …"): a row whose first word
// names a credential holds it in the rest of the row. A blank line ends the
// table.
func (s *scanner) fixedPairRow(lay *layout, l string, base, line int) {
	t := strings.TrimSpace(l)
	if lay.fixedPairs {
		if t == "" {
			lay.fixedPairs = false
			return
		}
		st := len(l) - len(strings.TrimLeft(l, " \t"))
		e := st + strings.IndexAny(l[st:], " \t")
		if e < st {
			return
		}
		s.namedValue(l[st:e], l, e, len(l), base, line)
		return
	}
	// the separator row: two runs of dashes under a header row of two words
	d1, rest, ok := strings.Cut(t, " ")
	if !ok || strings.Trim(d1, "-") != "" || len(d1) < 3 {
		return
	}
	if d2 := strings.TrimSpace(rest); len(d2) < 3 || strings.Trim(d2, "-") != "" {
		return
	}
	if hw := strings.Fields(s.text[lay.prevBase:lay.prev]); len(hw) == 2 && isIdent(hw[0]) && isIdent(hw[1]) {
		lay.fixedPairs = true
	}
}

// namedValue masks the value of a table's row when its name cell names a
// credential: a header's (read as DevTools' name-then-value copy is) or a
// setting's ("SLACK_BOT_TOKEN", "client_secret"). The value is l[vs:ve],
// its backticks and blanks trimmed; a setting's value must be one word that
// is not a type's or prose's ("string", "required"), as a table of a
// document's fields has them.
func (s *scanner) namedValue(name, l string, vs, ve, base, line int) {
	name = strings.Trim(strings.TrimSpace(name), "*`_")
	if name == "" || len(name) > 64 || !isIdent(name) {
		return
	}
	for vs < ve && strings.IndexByte(" \t`", l[vs]) >= 0 {
		vs++
	}
	for ve > vs && strings.IndexByte(" \t`", l[ve-1]) >= 0 {
		ve--
	}
	v := l[vs:ve]
	if v == "" || Placeholder(v) || nullWord(v) || v == "-" {
		return
	}
	if h := headerClass(name); h != hNone {
		if h == hKey && (strings.ContainsAny(v, " \t") || lowerWord(v) || shortNumber(v)) {
			return
		}
		s.nextLineValue(name, l[vs:ve], base+vs, line)
		return
	}
	k, ok := s.settingKind(name)
	if !ok || strings.ContainsAny(v, " \t") || lowerWord(v) || shortNumber(v) || len(v) < 6 {
		return
	}
	s.add(k, name, base+vs, base+ve, line)
}

// separatorRow reports whether t is a Markdown table's separator row:
// "|---|:---:|".
func separatorRow(t string) bool {
	if !strings.Contains(t, "-") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if strings.IndexByte("|-: \t", t[i]) < 0 {
			return false
		}
	}
	return true
}

type cell struct {
	text  string
	start int
}

// cells splits a table row "| a | b |" into its cells, with their offsets.
func cells(row string) []cell {
	var out []cell
	start := 0
	if strings.HasPrefix(row, "|") {
		start = 1
	}
	for start <= len(row) {
		e := strings.IndexByte(row[start:], '|')
		if e < 0 {
			if strings.TrimSpace(row[start:]) != "" {
				out = append(out, cell{row[start:], start})
			}
			break
		}
		out = append(out, cell{row[start : start+e], start})
		start += e + 1
	}
	return out
}

// cookieRow handles a tab-separated cookie row: a browser's cookie table
// copied ("sid<TAB>value<TAB>.example.com<TAB>/<TAB>…") and a Netscape
// cookies.txt line ("domain<TAB>TRUE<TAB>/<TAB>TRUE<TAB>1799999999<TAB>name<TAB>value").
func (s *scanner) cookieRow(l string, base, line int) {
	var f []cell
	start := 0
	for {
		e := strings.IndexByte(l[start:], '\t')
		if e < 0 {
			f = append(f, cell{l[start:], start})
			break
		}
		f = append(f, cell{l[start : start+e], start})
		start += e + 1
		if len(f) > 16 {
			return
		}
	}
	trim := func(c cell) string { return strings.TrimSpace(c.text) }
	isBool := func(v string) bool { return v == "TRUE" || v == "FALSE" }
	switch {
	case len(f) == 7 && isBool(trim(f[1])) && isBool(trim(f[3])) && strings.HasPrefix(trim(f[2]), "/") && ascii.AllDigits(trim(f[4])):
		s.cookieCell(f[6], "cookie "+trim(f[5]), base, line)
	case len(f) >= 4 && isIdent(trim(f[0])) && domainLike(trim(f[2])) && strings.HasPrefix(trim(f[3]), "/"):
		s.cookieCell(f[1], "cookie "+trim(f[0]), base, line)
	}
}

func (s *scanner) cookieCell(c cell, label string, base, line int) {
	v := strings.TrimSpace(c.text)
	if v == "" || urlValue(v) {
		return
	}
	vs := c.start + strings.Index(c.text, v)
	s.add(Cookie, label, base+vs, base+vs+len(v), line)
}

func domainLike(v string) bool {
	v = strings.TrimPrefix(v, "#HttpOnly_")
	return v == "localhost" || strings.Contains(v, ".") && isIdent(strings.TrimPrefix(v, "."))
}

// wrappedTail handles a credential a terminal or an editor wrapped: it ran
// to the end of the previous line, and this line is one random-looking
// word of a token's characters, with nothing before it. When the previous
// line was as wide as the text's hard wrap (cut), the credential was cut
// there for sure: its end is this line's run of a token's characters,
// whatever follows it (the closing quote, "; Path=/", the rest of a
// command), unless the line starts a header field of its own. toEnd
// reports that the run took the whole line, so that a credential wrapped
// over three lines or more goes on to the next one.
func (s *scanner) wrappedTail(k Kind, l string, base, line int, cut bool) (ok, toEnd bool) {
	for len(l) > 2 && l[0] == '>' && l[1] == ' ' {
		l, base = l[2:], base+2 // a Markdown or e-mail quote's marks
	}
	if len(l) == 0 || l[0] == ' ' || l[0] == '\t' {
		return false, false // an indented line is a folded header's, which the reader joins
	}
	e := 0
	for e < len(l) && (isAlnum(l[e]) || strings.IndexByte("-_.~+/=%", l[e]) >= 0) {
		e++
	}
	if k == Cookie {
		e = cookieBareEnd(l, e) // a cookie's value may hold '|'
	}
	whole := e == len(l) || spaces(l[e:]) // the line is the credential's, up to a console's padding
	if cut && e > 0 && !whole && !fieldStart(l, e) && !strings.HasPrefix(l, "HTTP/") {
		s.add(k, "the wrapped end of a credential", base, base+e, line)
		if k == Cookie && l[e] == ';' {
			// the cookie header goes on after the cut value: its other
			// cookies, up to a closing quote or the line's end
			ve := len(l)
			if q := strings.IndexAny(l[e:], "\"'"); q >= 0 {
				ve = e + q
			}
			s.cookieValue(l, e+1, ve, base, line, false)
		}
		return true, false
	}
	if !whole {
		return false, false
	}
	if t := l[:e]; !cut && (len(t) < 8 || !HighEntropy(t) || wordish(t) || !strings.ContainsAny(t, "0123456789")) {
		return false, false
	}
	s.add(k, "the wrapped end of a credential", base, base+e, line)
	return true, true
}

// fieldStart reports whether the run l[:e] of a line is a name that starts
// a field of its own ("Host: …", "X-Request-Id:"), not a wrapped value's
// end.
func fieldStart(l string, e int) bool {
	return l[e] == ':' && (e+1 == len(l) || l[e+1] == ' ' || l[e+1] == '\t') &&
		!(e >= 16 && HighEntropy(l[:e]) && !wordish(l[:e])) // a key's end before curl -u's ':' is no field's name
}

// cutName returns the credential header's name a line cut by a hard wrap
// ends with when the wrap moved its value to the next line: the last word
// before a trailing '=' or ':' ("… -Headers @{Authorization = ").
func (s *scanner) cutName(l string) string {
	t := strings.TrimRight(l, " \t")
	if t == "" || (t[len(t)-1] != '=' && t[len(t)-1] != ':') {
		return ""
	}
	t = strings.TrimRight(t[:len(t)-1], " \t")
	e := len(t)
	t = strings.TrimRight(t, `"'`)
	st := len(t)
	for st > 0 && (isAlnum(t[st-1]) || t[st-1] == '-' || t[st-1] == '_') {
		st--
	}
	if st == len(t) || len(t)-st >= 64 || e-len(t) > 1 {
		return ""
	}
	n := t[st:]
	if s.classify(n).h == hNone {
		return ""
	}
	return n
}

// listValue returns the value of a credential header printed as a list
// under its name, without the list's marks: "- Bearer …" (YAML),
// "0 => 'Bearer …'," (PHP's var_export), "[0] => Bearer …" (print_r),
// "'Bearer …'," (a list literal); ok is false for a line that only opens
// the list ("array (", "[").
func listValue(l string) (vs, ve int, opener bool) {
	t := strings.TrimSpace(l)
	switch t {
	case "array (", "array(", "[", "(", "{", "Array", "Array (":
		return 0, 0, true
	}
	vs = len(l) - len(strings.TrimLeft(l, " \t"))
	ve = len(strings.TrimRight(l, " \t"))
	if strings.HasPrefix(l[vs:], "- ") {
		vs += 2
	} else if k := strings.Index(l[vs:ve], "=> "); k >= 0 && k < 8 && strings.Trim(strings.TrimSpace(l[vs:vs+k]), "[]0123456789") == "" {
		vs += k + 3
	}
	for ve > vs && strings.IndexByte(",;])}", l[ve-1]) >= 0 {
		ve--
	}
	if ve-vs >= 2 && (l[vs] == '\'' || l[vs] == '"') && l[ve-1] == l[vs] {
		vs++
		ve--
	}
	return vs, ve, false
}

// listName returns the credential header's name a line ends with when its
// value follows on the next lines: "Authorization:", "'Authorization' =>",
// "\"authorization\": [", "'Authorization' => array (", "Authorization:
// [". The name must name a header that carries a credential.
func (s *scanner) listName(l string) string {
	e := len(l)
	for e > 0 && (l[e-1] == ' ' || l[e-1] == '\t') {
		e--
	}
	t := l[:e]
	if t == "" || strings.IndexByte(":>[(=", t[len(t)-1]) < 0 {
		return "" // (not "{": a header's value is no object)
	}
	t = strings.TrimSpace(t)
	for _, suf := range []string{"array (", "array(", "[", "("} {
		if strings.HasSuffix(t, suf) {
			t = strings.TrimSpace(strings.TrimSuffix(t, suf))
			break
		}
	}
	switch {
	case strings.HasSuffix(t, "=>"):
		t = strings.TrimSpace(strings.TrimSuffix(t, "=>"))
	case strings.HasSuffix(t, ":"):
		t = strings.TrimSuffix(t, ":")
	case strings.HasSuffix(t, "="):
		t = strings.TrimSpace(strings.TrimSuffix(t, "="))
	default:
		return ""
	}
	t = strings.Trim(t, `"'`)
	t = strings.TrimPrefix(t, ":") // a Ruby symbol
	if t == "" || len(t) >= 64 || !isIdent(t) || s.classify(t).h == hNone {
		return ""
	}
	return t
}
