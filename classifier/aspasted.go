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
	var evs []*rule.Evidence
	add := func(e *rule.Evidence) {
		if e != nil && e.Pos.Line > 0 && e.Pos.Path == "" && e.Text != "" {
			evs = append(evs, e)
		}
	}
	addAll := func(es []rule.Evidence) {
		for i := range es {
			add(&es[i])
		}
	}
	for i := range r.Exchanges {
		x := &r.Exchanges[i]
		for j := range x.Verdict.Reasons {
			add(x.Verdict.Reasons[j].Evidence)
		}
		for j := range x.Verdict.Overruled {
			add(x.Verdict.Overruled[j].Evidence)
		}
		for j := range x.Findings {
			addAll(x.Findings[j].Evidence)
		}
	}
	for j := range r.Findings {
		addAll(r.Findings[j].Evidence)
	}
	for _, f := range r.Flows {
		if f != nil && f.Break != nil {
			addAll(f.Break.Evidence)
		}
	}
	if len(evs) == 0 {
		return
	}
	want := map[int]string{}
	for _, e := range evs {
		want[e.Pos.Line] = ""
	}
	// One pass over the paste picks the lines wanted.
	n := 1
	for start := 0; start <= len(text) && len(want) > 0; n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if _, ok := want[n]; ok {
			want[n] = strings.TrimSpace(strings.TrimRight(text[start:end], "\r"))
		}
		start = end + 1
	}
	for _, e := range evs {
		raw := want[e.Pos.Line]
		q := strings.TrimSpace(e.Text)
		if raw == "" || raw == q || !strings.HasSuffix(raw, q) {
			continue
		}
		if marker(strings.TrimSpace(raw[:len(raw)-len(q)])) {
			e.Text = raw
		}
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
