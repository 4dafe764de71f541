package signature

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// The table's JSON markers are written compact (`"code":10000`), as most
// APIs send them. The same object printed another way does not hold them:
// pretty-printed with spaces and newlines, a Ruby hash ("code"=>10000), a
// Python dict ('code': 10000, False, None), Node's util.inspect (unquoted
// keys). When a body looks like such a printed object, it is rewritten once
// as compact JSON and the table's compact JSON markers are looked for in
// that copy too (tableIndex.printed). Markers written in another notation
// on purpose (Jackson's `"status" : 403`, a Python repr) are left to match
// as written.

// compactPrinted rewrites s as compact JSON: whitespace outside strings
// dropped, single-quoted strings double-quoted, "=>" read as ':', bare and
// symbol keys quoted, Python's and Ruby's literals spelt as JSON's. changed
// reports whether anything was rewritten. The output is appended to out. With stop >= 0 it stops when the
// output reaches stop bytes and returns, as at, the offset in s of the byte
// that output byte came from (for evidence); it is linear either way.
func compactPrinted(out []byte, s string, stop int) (_ []byte, at int, changed bool) {
	var quote byte
	for i := 0; i < len(s); i++ {
		if stop >= 0 && len(out) >= stop {
			return out, skipBlank(s, i), changed
		}
		c := s[i]
		if quote != 0 {
			switch {
			case c == '\\' && i+1 < len(s):
				out = append(out, c, s[i+1])
				i++
			case c == quote:
				out = append(out, '"')
				changed = changed || c != '"'
				quote = 0
			case c == '\n':
				quote = 0 // an unclosed quote (an apostrophe in prose) ends with its line
				changed = true
			default:
				out = append(out, c)
			}
			continue
		}
		var p byte
		if len(out) > 0 {
			p = out[len(out)-1]
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			changed = true
		case c == '=' && i+1 < len(s) && s[i+1] == '>':
			out = append(out, ':')
			i++
			changed = true
		case (c == '"' || c == '\'') && (p == 0 || strings.IndexByte("{[,:(", p) >= 0):
			out = append(out, '"')
			quote = c
			changed = changed || c == '\''
		case c == ':' && (p == '{' || p == ',') && i+1 < len(s) && identStart(s[i+1]):
			// a Ruby symbol key, :code=>10000
			j := identEnd(s, i+1)
			if k := skipBlank(s, j); strings.HasPrefix(s[k:], "=>") {
				out = append(append(append(out, '"'), s[i+1:j]...), '"', ':')
				i = k + 1
				changed = true
			} else {
				out = append(out, c)
			}
		case identStart(c) && (p == '{' || p == ',' || p == ':'):
			j := identEnd(s, i)
			k := skipBlank(s, j)
			switch w := s[i:j]; {
			case p != ':' && k < len(s) && s[k] == ':' && !strings.HasPrefix(s[k:], "::"):
				// a bare key, { code: 10000 }
				out = append(append(append(out, '"'), w...), '"', ':')
				i = k
				changed = true
			case p == ':' && (w == "True" || w == "False" || w == "None" || w == "nil"):
				out = append(out, jsonLiteral[w]...)
				i = j - 1
				changed = true
			default:
				out = append(out, w...)
				i = j - 1
			}
		default:
			out = append(out, c)
		}
	}
	return out, len(s), changed
}

var jsonLiteral = map[string]string{"True": "true", "False": "false", "None": "null", "nil": "null"}

func identStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func identEnd(s string, i int) int {
	for i < len(s) && (identStart(s[i]) || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return i
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// compactMarker reports whether a body marker is a piece of compact JSON
// (a quoted key and its value) that the printed copy of a body is searched
// for: written compact, not in another notation on purpose.
func compactMarker(m string) bool {
	if !strings.Contains(m, `":`) {
		return false
	}
	if strings.ContainsAny(m, "\t\r\n'") || strings.Contains(m, "=>") {
		return false
	}
	var buf [256]byte
	_, _, changed := compactPrinted(buf[:0], m, -1)
	return !changed
}

// looksPrinted reports whether a body may hold an object printed in a
// notation other than compact JSON. An HTML page's style elements do not
// count: a stylesheet is braces and "name: value" pairs, and nearly every
// gateway's error page has one, which sent each such page through the
// rewrite (and a first visit's analysis through building the printed
// markers' index, issue #14) for nothing.
func looksPrinted(body string) bool {
	if strings.IndexByte(body, '{') < 0 {
		return false
	}
	brace, sep := false, false
	for rest := body; rest != ""; {
		seg := rest
		rest = ""
		if i := styleStart(seg); i >= 0 {
			seg, rest = seg[:i], seg[i+len("<style"):]
			if j := styleEnd(rest); j >= 0 {
				rest = rest[j:]
			} else {
				rest = ""
			}
		}
		brace = brace || strings.IndexByte(seg, '{') >= 0
		sep = sep || strings.Contains(seg, "=>") || strings.Contains(seg, ": ") ||
			strings.Contains(seg, ":\n") || strings.Contains(seg, "':") || strings.Contains(seg, " :")
		if brace && sep {
			return true
		}
	}
	return false
}

// styleStart is the offset of the first "<style" tag in s, in any case,
// or -1.
func styleStart(s string) int {
	for i := 0; i+len("<style") < len(s); i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if ascii.HasPrefixFold(s[i+1:], "style") && i+len("<style") < len(s) {
			if c := s[i+len("<style")]; c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
				return i
			}
		}
	}
	return -1
}

// styleEnd is the offset just past the first "</style>" in s, in any
// case, or -1.
func styleEnd(s string) int {
	for i := 0; i < len(s); i++ {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		if ascii.HasPrefixFold(s[i+2:], "style") {
			if k := strings.IndexByte(s[i:], '>'); k >= 0 {
				return i + k + 1
			}
			return -1
		}
	}
	return -1
}

// findPrinted fills in, in s.first, the compact JSON markers the body holds
// only as a printed object, at the offset of the printed text.
func (s *subject) findPrinted() {
	if !looksPrinted(s.body) {
		return
	}
	printed, ids := s.ix.printedIndex()
	if printed.Len() == 0 {
		return
	}
	c, _, changed := compactPrinted(make([]byte, 0, len(s.body)), s.body, -1)
	if !changed {
		return
	}
	for pi, off := range printed.Index(string(c)) {
		if bid := ids[pi]; off >= 0 && s.first[bid] < 0 {
			_, at, _ := compactPrinted(make([]byte, 0, off), s.body, off)
			s.first[bid] = at
		}
	}
}
