package rule

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
)

// Evidence points at the line a finding or reason rests on.
type Evidence struct {
	Exchange int       `json:"exchange"` // 0-based index of the exchange
	Where    string    `json:"where"`    // "status line", "response header", "request header", "response body", "transcript"
	Pos      parse.Pos `json:"pos"`
	Text     string    `json:"text"` // the line or value quoted, cut to a readable length
	// Mark is the part of Text the statement rests on, when it is not all of
	// it (a JSON member in a long body line); the page highlights it.
	Mark string `json:"mark,omitempty"`
}

// Evidence builders: one place that says how a status line, a header field,
// a request line or a body line is quoted, for the rules and the verdict.

// MaxQuote is the longest evidence text quoted from the paste.
const MaxQuote = 200

// Quote trims s and cuts it to MaxQuote bytes, ending in "…", without
// splitting a UTF-8 sequence.
func Quote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= MaxQuote {
		return s
	}
	cut := MaxQuote
	for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return s[:cut] + "…"
}

// StatusEvidence points at the response's status line.
func StatusEvidence(x *parse.Exchange) Evidence {
	r := x.Response
	text := strings.TrimSpace(r.Proto + " " + strconv.Itoa(r.Status) + " " + r.Reason)
	if r.StatusSource != "" {
		text = "status " + strconv.Itoa(r.Status) + " (from " + r.StatusSource + ")"
	}
	return Evidence{Exchange: x.Index, Where: "status line", Pos: r.Pos, Text: text}
}

// FieldEvidence points at a header field of the request or response.
func FieldEvidence(x *parse.Exchange, f parse.Field, request bool) Evidence {
	where := "response header"
	if request {
		where = "request header"
	}
	return Evidence{Exchange: x.Index, Where: where, Pos: f.Pos, Text: Quote(f.Name + ": " + f.Value)}
}

// RequestEvidence points at the request line: the method, the target (the
// URL when the paste shows no request line) and the protocol.
func RequestEvidence(x *parse.Exchange) Evidence {
	q := x.Request
	t := q.Target
	if t == "" {
		t = q.URL
	}
	return Evidence{Exchange: x.Index, Where: "request line", Pos: q.Pos, Text: strings.TrimSpace(q.Method + " " + t + " " + q.Proto)}
}

// BodyEvidence points at the response body line holding byte offset off: the
// part that matched (a JSON member, an XML element, a phrase) is centred in
// the quote, which is cut at token boundaries, and named in Mark.
func BodyEvidence(x *parse.Exchange, off int) Evidence {
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
	text, mark := Excerpt(line, i, MatchEnd(line, i), MaxQuote)
	return Evidence{Exchange: x.Index, Where: "response body", Pos: b.LinePos(off), Text: text, Mark: mark}
}
