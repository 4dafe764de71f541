package parse

import (
	"encoding/base64"
	"sort"
	"strings"

	"github.com/authtriage/authtriage/classifier/secret"
)

// FindSecrets lists every credential in text, the paste in was read from:
// what secret.Scan finds written in it (with its span), and what only the
// reader sees, such as a HAR body decoded from base64 or a header value
// rebuilt from a HAR cookies array (without a span when it is not written
// literally in the paste). Every value is listed once.
func FindSecrets(text string, in *Input) []secret.Secret {
	out := secret.Scan(text)
	if in == nil {
		return out
	}
	seen := make(map[string]bool, len(out))
	for _, s := range out {
		seen[s.Value] = true
	}
	var at lineCursor // finds a line's offset; bodies come in line order
	var pw lineCursor // the same for the lines of login bodies
	assigned := secret.AssignedVariables(text)
	extra := func(s secret.Secret) {
		if seen[s.Value] || assigned(s.Value) {
			return // (a header's value read alone: a variable the paste assigns is none)
		}
		seen[s.Value] = true
		s.Start, s.End = -1, -1
		out = append(out, s)
	}
	assign(out, in)
	for _, x := range in.Exchanges {
		extra := func(s secret.Secret) {
			s.Exchange = x.Index
			extra(s)
		}
		if r := x.Request; r != nil && len(r.Body.Text) <= 64<<10 {
			// a login body's password under a short name (pass=, pw=):
			// Credentials counts it sent whatever it looks like, so it is
			// masked whatever it looks like
			if v := shortPassword(r.Body.Text); v != "" && !IsRedacted(v) && !secret.Placeholder(v) && !seen[v] {
				seen[v] = true
				s := secret.Secret{Kind: secret.Password, Label: "password in a login body", Line: r.Pos.Line,
					Preview: secret.Preview(v), Length: len(v), Value: v, Exchange: x.Index, Start: -1, End: -1}
				if from, ok := pw.seek(text, r.Pos.Line); ok {
					end := strings.IndexByte(text[from:], '\n')
					if end < 0 {
						end = len(text) - from
					}
					if k := strings.Index(text[from:from+end], v); k >= 0 {
						s.Start, s.End = from+k, from+k+len(v) // as written on the command's line
					}
				}
				out = append(out, s)
			}
		}
		for _, m := range []struct {
			fields Fields
			body   Body
		}{{fieldsOf(x.Request), bodyOf(x.Request)}, {fieldsOf(x.Response), bodyOf(x.Response)}} {
			for _, f := range m.fields {
				if !secret.HeaderIsCredential(f.Name) {
					continue
				}
				for _, s := range secret.Scan(f.Name + ": " + f.Value) {
					s.Line = f.Pos.Line
					extra(s)
				}
			}
			if m.body.Text != "" && m.body.Pos.Path == "" && x.Request != nil && m.body.Text == x.Request.Body.Text &&
				len(m.body.Text) <= 64<<10 && !strings.Contains(text, m.body.Text) {
				// a request body a command line wrote escaped (cmd's carets,
				// bash's $'…'): Scan saw it escaped, the reader decoded it
				for _, s := range secret.Scan(m.body.Text) {
					s.Line = x.Request.Pos.Line
					extra(s)
				}
				continue
			}
			if m.body.Text == "" || m.body.Pos.Path == "" || m.body.Pos.Line == 0 {
				continue // a text body is in the paste as written: Scan saw it
			}
			// A HAR body: Scan saw it JSON-escaped, unless it was base64.
			from, ok := at.seek(text, m.body.Pos.Line)
			head := base64.StdEncoding.EncodeToString([]byte(m.body.Text[:min(len(m.body.Text), 48)]))
			if !ok || !strings.Contains(text[from:min(len(text), from+len(head)+4096)], head[:len(head)-4]) {
				continue
			}
			found := secret.Scan(m.body.Text)
			for _, s := range found {
				s.Line = m.body.Pos.Line
				extra(s)
			}
			if len(found) == 0 || m.body.Pos.Line == 0 {
				continue
			}
			// A base64 body: mask its encoded form in the paste too.
			b64 := base64.StdEncoding.EncodeToString([]byte(m.body.Text))
			if l := m.body.Pos.Line; ok {
				to := min(len(text), from+len(b64)+4096)
				if k := strings.Index(text[from:to], b64); k >= 0 {
					s := secret.Secret{Kind: found[0].Kind, Label: "base64 body holding " + found[0].Label, Line: l,
						Start: from + k, End: from + k + len(b64), Value: b64}
					s.Length, s.Preview, s.Exchange = len(b64), secret.Preview(b64), x.Index
					out = append(out, s)
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Exchange != out[j].Exchange {
			return out[i].Exchange < out[j].Exchange
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// assign gives each secret (in line order) the exchange whose lines hold
// it, or the last one that starts before it, or the first. A secret written
// between two exchanges that the next one's request carries (the curl
// command above its -v output) belongs to the next.
func assign(ss []secret.Secret, in *Input) {
	xs := in.Exchanges
	j := 0
	for i := range ss {
		for j+1 < len(xs) && xs[j+1].Span.Start <= ss[i].Line && xs[j+1].Span.Start > 0 {
			j++
		}
		if len(xs) == 0 {
			continue
		}
		k := j
		if ss[i].Line > xs[j].Span.End && j+1 < len(xs) && xs[j+1].Span.Start > ss[i].Line && carries(xs[j+1].Request, ss[i].Value) {
			k = j + 1
		}
		ss[i].Exchange = xs[k].Index
	}
}

// carries reports whether q sends v in one of its header fields or the
// credentials it was given.
func carries(q *Request, v string) bool {
	if q == nil || len(v) < 8 {
		return false
	}
	for _, fs := range []Fields{q.Fields, q.Configured} {
		for _, f := range fs {
			if strings.Contains(f.Value, v) {
				return true
			}
		}
	}
	return false
}

func fieldsOf(m any) Fields {
	switch v := m.(type) {
	case *Request:
		if v != nil {
			return v.Fields
		}
	case *Response:
		if v != nil {
			return v.Fields
		}
	}
	return nil
}

func bodyOf(m any) Body {
	switch v := m.(type) {
	case *Request:
		if v != nil {
			return v.Body
		}
	case *Response:
		if v != nil {
			return v.Body
		}
	}
	return Body{}
}

// lineCursor finds the byte offset of a line (line breaks "\n", "\r\n" and
// a lone "\r", as Parse counts them), moving forward from the last line it
// found: asked in line order, it reads the text once.
type lineCursor struct {
	line, off int
	nl        int // the next "\n" at or after off (len(text) when none); 0 before the first search
}

func (c *lineCursor) seek(text string, line int) (int, bool) {
	if c.line == 0 || line < c.line {
		c.line, c.off, c.nl = 1, 0, -1
	}
	for c.line < line {
		// The line ends at the next "\n" or a "\r" before it: IndexByte,
		// not IndexAny, with the "\n" found once for all the lone "\r"s
		// before it, so that the cursor still reads the text once.
		if c.nl < c.off {
			c.nl = strings.IndexByte(text[c.off:], '\n')
			if c.nl < 0 {
				c.nl = len(text)
			} else {
				c.nl += c.off
			}
		}
		i := strings.IndexByte(text[c.off:c.nl], '\r')
		if i < 0 {
			if c.nl == len(text) {
				return 0, false
			}
			i = c.nl - c.off
		}
		c.off += i + 1
		if text[c.off-1] == '\r' && c.off < len(text) && text[c.off] == '\n' {
			c.off++
		}
		c.line++
	}
	return c.off, true
}
