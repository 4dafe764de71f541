package classifier

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/rule"
)

// QuoteAsPasted makes the evidence quotes of whole lines show the line as
// the user pasted it, transcript marker included: curl -v's "< HTTP/2 403"
// rather than "HTTP/2 403", "> Authorization: …" rather than the field alone.
// text is the paste the report was made from. Quotes that are not a pasted
// line with a marker in front (HAR entries, body excerpts, a value the
// reader rebuilt) are left as they are.
func (r *Report) QuoteAsPasted(text string) {
	q := NewQuoter(text)
	for i := range r.Exchanges {
		q.Exchange(&r.Exchanges[i])
	}
	q.Cross(r)
}

// Quoter does QuoteAsPasted an exchange at a time, for a report that is
// streamed: it indexes the paste's lines once (as the readers count them:
// LF, CRLF or a lone CR ends a line).
type Quoter struct {
	text   string
	starts []int // byte offset of each line's start
}

// NewQuoter indexes text's lines.
func NewQuoter(text string) *Quoter {
	// Lines end at "\n", "\r\n" or a lone "\r". The starts are counted
	// first, and each line's end found with IndexByte: the next "\n" once,
	// then a "\r" before it (a big paste has a million lines).
	q := &Quoter{text: text, starts: make([]int, 1, strings.Count(text, "\n")+1)}
	nl := -1
	for off := 0; off < len(text); {
		if nl < off {
			if nl = strings.IndexByte(text[off:], '\n'); nl < 0 {
				nl = len(text)
			} else {
				nl += off
			}
		}
		end := nl
		if cr := strings.IndexByte(text[off:nl], '\r'); cr >= 0 {
			end = off + cr
		}
		if end >= len(text) {
			break
		}
		if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		q.starts = append(q.starts, end+1)
		off = end + 1
	}
	return q
}

// line returns line n (1-based) of the paste, trimmed, or "".
func (q *Quoter) line(n int) string {
	if n < 1 || n > len(q.starts) {
		return ""
	}
	start, end := q.starts[n-1], len(q.text)
	if n < len(q.starts) {
		end = q.starts[n]
	}
	return strings.TrimSpace(strings.TrimRight(q.text[start:end], "\r\n"))
}

// Exchange requotes the evidence of one exchange's verdict and findings.
func (q *Quoter) Exchange(x *ExchangeReport) {
	for j := range x.Verdict.Reasons {
		q.one(x.Verdict.Reasons[j].Evidence)
	}
	for j := range x.Verdict.Overruled {
		q.one(x.Verdict.Overruled[j].Evidence)
	}
	for j := range x.Findings {
		q.all(x.Findings[j].Evidence)
	}
}

// Cross requotes the evidence of the report's cross-exchange findings and flows.
func (q *Quoter) Cross(r *Report) {
	for j := range r.Findings {
		q.all(r.Findings[j].Evidence)
	}
	for _, f := range r.Flows {
		if f != nil && f.Break != nil {
			q.all(f.Break.Evidence)
		}
	}
}

func (q *Quoter) all(es []rule.Evidence) {
	for i := range es {
		q.one(&es[i])
	}
}

// one gives e the whole pasted line when that line is e's text behind a
// transcript marker.
func (q *Quoter) one(e *rule.Evidence) {
	if e == nil || e.Pos.Line <= 0 || e.Pos.Path != "" || e.Text == "" {
		return
	}
	raw := q.line(e.Pos.Line)
	t := strings.TrimSpace(e.Text)
	if raw == "" || raw == t || !strings.HasSuffix(raw, t) {
		return
	}
	if marker(strings.TrimSpace(raw[:len(raw)-len(t)])) {
		e.Text = raw
	}
}

// marker reports whether s is a transcript marker: curl's "<" and ">",
// "<-" and "->" of other tools, or nested quote markers ("> >").
func marker(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("<>- ", s[i]) < 0 {
			return false
		}
	}
	return true
}
