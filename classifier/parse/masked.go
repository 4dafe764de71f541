package parse

import (
	"strings"
)

// maxMaskedNotes bounds the masked values noted per exchange.
const maxMaskedNotes = 3

// markMaskedValues notes, for each exchange, the values the paste shows
// masked outside the header fields markRedacted looks at: a log record's
// or a body's name=value, "name": "value" or "Name: value" whose value is
// a redaction marker ("ipAddress=***", "client_id": "xxxxxxxx", a
// prompt's "Email> ***") or holds a masked run ("******@example.org",
// "rk_test_<redacted>", "4/*******"). What they held is unknown to the
// diagnosis (redacted-value). A line is the exchange's whose span holds
// it, or else the nearest exchange above it. Linear in the paste: each line
// is read once, and only when it holds a mask's bytes.
func markMaskedValues(in *Input, lines []string) {
	if len(in.Exchanges) == 0 {
		return
	}
	noted := map[*Exchange]int{}
	for _, x := range in.Exchanges {
		for _, n := range x.Notes {
			if n.Code == "redacted" {
				noted[x] = maxMaskedNotes // the reader's own notes say it already
			}
		}
	}
	for i, l := range lines {
		if len(l) > maxScan || !strings.Contains(l, "***") && !strings.Contains(l, "xxx") && !strings.Contains(l, "XXX") && !containsRedactedWord(l) && !maskedIPBytes(l) {
			continue
		}
		name, v, ok := maskedValue(l)
		if !ok {
			name, v, ok = maskedToken(l)
		}
		if !ok {
			continue
		}
		x := exchangeAtLine(in, i+1)
		if noted[x] >= maxMaskedNotes || readLine(x, i+1) {
			continue
		}
		noted[x]++
		x.Notes = append(x.Notes, Note{Code: "redacted", Message: name + " is masked in the paste (" + clipText(v, 40) + "): what it held is unknown", Pos: Pos{Line: i + 1}})
	}
}

// readLine reports whether line n is one the readers took apart already:
// inside the request they read (its URL, header fields and body, whose
// masked credentials markRedacted and Credentials note) or a field of
// the response's header block.
func readLine(x *Exchange, n int) bool {
	if r := x.Request; r != nil {
		if (r.Span.Start <= n && n <= r.Span.End || r.Pos.Line == n) && !withinResponse(x, r.Span) {
			return true
		}
		for _, f := range r.Fields {
			if f.Pos.Line == n {
				return true
			}
		}
	}
	if r := x.Response; r != nil {
		for _, f := range r.Fields {
			if f.Pos.Line == n {
				return true
			}
		}
	}
	return false
}

// withinResponse reports whether a request's lines lie inside the
// response's: the request was read off a line of the answer's own text (a
// log record's method and path, an error's URL), whose other values no
// request reader took apart.
func withinResponse(x *Exchange, sp Span) bool {
	r := x.Response
	return r != nil && sp.Start != 0 && r.Span.Start <= sp.Start && sp.End <= r.Span.End
}

// containsRedactedWord reports whether l holds "redacted" in any case.
func containsRedactedWord(l string) bool {
	return containsLowered(l, "redacted")
}

// exchangeAtLine returns the exchange whose span holds line n, or else the
// nearest one that starts above it, or else the first.
func exchangeAtLine(in *Input, n int) *Exchange {
	best := in.Exchanges[0]
	for _, x := range in.Exchanges {
		s, e := exchangeSpan(x)
		if s <= n && n <= e {
			return x
		}
		if s != 0 && s <= n {
			best = x
		}
	}
	return best
}

// exchangeSpan returns the lines an exchange's request and response cover.
func exchangeSpan(x *Exchange) (int, int) {
	s, e := 0, 0
	add := func(sp Span) {
		if sp.Start != 0 && (s == 0 || sp.Start < s) {
			s = sp.Start
		}
		if sp.End > e {
			e = sp.End
		}
	}
	if x.Request != nil {
		add(x.Request.Span)
	}
	if x.Response != nil {
		add(x.Response.Span)
	}
	return s, e
}

// maskedValue finds on a line the first name and value pair whose value
// is masked (maskedText): after "=", ": ", "> " (a prompt) or a quoted
// member's colon, the name a word of letters, digits, "_", "-" or ".".
func maskedValue(l string) (string, string, bool) {
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c != '=' && c != ':' && c != '>' {
			continue
		}
		// the name before the separator
		e := i
		for e > 0 && (l[e-1] == ' ' || l[e-1] == '"' || l[e-1] == '\'') {
			e--
		}
		s := e
		for s > 0 && (isWordByte(l[s-1]) || l[s-1] == '-' || l[s-1] == '.') {
			s--
		}
		if s == e || !isAlpha(l[s]) {
			continue
		}
		if c == '>' && (s != len(l)-len(strings.TrimLeft(l, " \t")) || i+1 >= len(l) || l[i+1] != ' ') {
			continue // a prompt's "Email> " starts its line
		}
		if c == ':' && i+1 < len(l) && l[i+1] == '/' {
			continue // a URL's scheme
		}
		// the value after it
		j := i + 1
		for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
			j++
		}
		q := byte(0)
		if j < len(l) && (l[j] == '"' || l[j] == '\'') {
			q = l[j]
			j++
		}
		k := j
		for k < len(l) && (q != 0 && l[k] != q || q == 0 && strings.IndexByte(" \t,;&)}", l[k]) < 0) {
			k++
		}
		if v := l[j:k]; maskedText(v) {
			return l[s:e], v, true
		}
	}
	return "", "", false
}

// maskedText reports whether a value is masked: a redaction marker
// (IsRedacted, but not a value merely shortened with "...") or a value
// holding a run of three stars or a "<redacted>"/"[REDACTED]" marker
// ("******@example.org", "rk_test_<redacted>").
func maskedText(v string) bool {
	if len(v) < 3 || strings.HasSuffix(v, "...") || strings.HasSuffix(v, "…") || strings.Trim(v, ".") == "" {
		return false
	}
	return IsRedacted(v) || strings.Contains(v, "***") || containsRedactedWord(v)
}

// maskedIPBytes reports, cheaply, whether l may hold a masked IPv4
// address (maskedIP): ".x", ".X" or ".*".
func maskedIPBytes(l string) bool {
	return strings.Contains(l, ".x") || strings.Contains(l, ".X") || strings.Contains(l, ".*")
}

// maskedToken finds on a line, outside a name and value pair, a value the
// person masked whole: an IPv4 address with groups masked
// ("xxx.xxx.xxx.xxx", "10.12.x.x", "***.***.***.***"), or a quoted or
// bracketed mask ("the provided key '***'", "doc [***]",
// "\"[****** ****key]\""). It returns what was masked and the mask.
// Linear in the line.
func maskedToken(l string) (string, string, bool) {
	for i := 0; i < len(l); i++ {
		c := l[i]
		if i > 0 && (isWordByte(l[i-1]) || l[i-1] == '.') {
			continue
		}
		if ip, ok := maskedIP(l[i:]); ok {
			return "an IP address", ip, true
		}
		closer := map[byte]byte{'\'': '\'', '"': '"', '[': ']', '(': ')'}[c]
		if closer == 0 {
			continue
		}
		e := strings.IndexByte(l[i+1:], closer)
		if e < 3 || e > 64 {
			continue
		}
		v := l[i+1 : i+1+e]
		if wholeMask(v) {
			return "a value", l[i : i+2+e], true
		}
	}
	return "", "", false
}

// wholeMask reports whether a delimited value is only a mask: stars (three
// or more, spaces between allowed, a few letters kept at either end), or
// four or more x's.
func wholeMask(v string) bool {
	stars := strings.Count(v, "*")
	if stars >= 3 {
		// the letters kept at the start and the end, the stars between
		head := len(v) - len(strings.TrimLeft(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
		tail := len(v) - len(strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
		if head+tail >= len(v) {
			return false
		}
		kept := head + tail
		return kept <= 4 && stars >= 2*kept && strings.Trim(v[head:len(v)-tail], "* ") == ""
	}
	return len(v) >= 4 && strings.Trim(v, "xX") == ""
}

// maskedIP reads a dotted IPv4 address at the start of s whose groups are
// digits or masks (x, X or *, one to three each), at least two of them
// masks: "xxx.xxx.xxx.xxx", "192.168.x.x". It must end at a word's end, and an address that keeps
// digits starts with two or more ("2.7.x.x" is a version).
func maskedIP(s string) (string, bool) {
	i, masked := 0, 0
	for g := 0; g < 4; g++ {
		if g > 0 {
			if i >= len(s) || s[i] != '.' {
				return "", false
			}
			i++
		}
		st := i
		kind := byte(0)
		for i < len(s) && i-st < 4 {
			c := s[i]
			k := byte('d')
			switch {
			case isDigit(c):
			case c == 'x' || c == 'X' || c == '*':
				k = 'm'
			default:
				k = 0
			}
			if k == 0 || kind != 0 && k != kind {
				break
			}
			kind = k
			i++
		}
		if i == st || i-st > 3 {
			return "", false
		}
		if kind == 'm' {
			masked++
		}
	}
	if masked < 2 || i < len(s) && (isWordByte(s[i]) || s[i] == '.' && i+1 < len(s) && isWordByte(s[i+1])) {
		return "", false
	}
	if masked < 4 && (len(s) < 2 || !isDigit(s[1])) {
		return "", false // "2.7.x.x": a version's wildcard; an address keeps a prefix such as 10. or 192.168.
	}
	return s[:i], true
}
