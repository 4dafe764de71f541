package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// maxQuote is the longest evidence text quoted from the paste.
const maxQuote = 200

func quote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= maxQuote {
		return s
	}
	cut := maxQuote
	for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return s[:cut] + "…"
}

// statusEvidence points at the response's status line.
func statusEvidence(x *parse.Exchange) rule.Evidence {
	r := x.Response
	text := strings.TrimSpace(r.Proto + " " + itoa(r.Status) + " " + r.Reason)
	if r.StatusSource != "" {
		text = "status " + itoa(r.Status) + " (from " + r.StatusSource + ")"
	}
	return rule.Evidence{Exchange: x.Index, Where: "status line", Pos: r.Pos, Text: text}
}

// fieldEvidence points at a header field of the request or response.
func fieldEvidence(x *parse.Exchange, f parse.Field, request bool) rule.Evidence {
	where := "response header"
	if request {
		where = "request header"
	}
	return rule.Evidence{Exchange: x.Index, Where: where, Pos: f.Pos, Text: quote(f.Name + ": " + f.Value)}
}

// requestEvidence points at the request line.
func requestEvidence(x *parse.Exchange) rule.Evidence {
	q := x.Request
	text := strings.TrimSpace(q.Method + " " + q.Target + " " + q.Proto)
	return rule.Evidence{Exchange: x.Index, Where: "request line", Pos: q.Pos, Text: text}
}

// bodyEvidence points at the response body line holding byte offset off: the
// part that matched (a JSON member, an XML element, a phrase) is centred in
// the quote, which is cut at token boundaries, and named in Mark.
func bodyEvidence(x *parse.Exchange, off int) rule.Evidence {
	b := x.Response.Body
	if off < 0 {
		off = 0
	}
	if off > len(b.Text) {
		off = len(b.Text)
	}
	start := strings.LastIndexByte(b.Text[:off], '\n') + 1
	end := strings.IndexByte(b.Text[off:], '\n')
	if end < 0 {
		end = len(b.Text)
	} else {
		end += off
	}
	line := strings.TrimRight(b.Text[start:end], "\r")
	i := off - start
	if i > len(line) {
		i = len(line)
	}
	text, mark := rule.Excerpt(line, i, rule.MatchEnd(line, i), maxQuote)
	return rule.Evidence{Exchange: x.Index, Where: "response body", Pos: b.LinePos(off), Text: text, Mark: mark}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
