package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// A sentence often reports two requests at once: "GET /projects returns
// 200, but DELETE /projects/12 returns 403", "without a token the page gives
// 401, and after signing in as a viewer it gives 403". Read as one line, the
// first status stood for both and the refused request was lost. The general
// reader therefore reads such a sentence clause by clause, each clause
// that states its own status as a line of its own (same line number), so
// that each outcome is an exchange with its own request.

// clauseCuts are the joints where a sentence turns from one request's
// outcome to another's, lower case.
var clauseCuts = []string{", but ", " but ", "; ", ", and ", ", while ", " while ", ", whereas ", " whereas ",
	", then ", " and then ", ", however ", ", yet ", " - but "}

// wishWords before a code make it what the person expected, not what a
// server answered: "returns 403, but it should return 401".
var wishWords = []string{"should", "expected", "expecting", "instead of", "rather than", "supposed to", "would ", "wouldn't", "shouldn't", "we'd ", "i'd ", "you'd ", "it'd ", "they'd ", "we’d ", "i’d ", "ought to", "want ", "wanted",
	"please return", "please answer", "please respond", "bitte", "i wish", "we wish",
	// a code given as an example of others: "if the backend returns e.g. 503"
	"e.g.", "for example", "for instance"}

// splitClauses returns ls with each prose line that states several
// outcomes cut into its clauses (ls itself when none does).
func splitClauses(ls []gline) []gline {
	var out []gline
	for i, l := range ls {
		parts := proseClauses(l)
		if parts == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]gline, 0, len(ls)+len(parts)), ls[:i]...)
		}
		for k, p := range parts {
			out = append(out, gline{n: l.n, text: p, req: l.req, fenced: l.fenced && k == len(parts)-1, clock: l.clock})
		}
	}
	if out == nil {
		return ls
	}
	return out
}

// proseClauses cuts a prose line at clauseCuts when two or more of its
// clauses each state a status in prose; a clause without one stays with
// the clause before it (the first with the one after it). It returns nil
// for a line it leaves whole: a log record, a status line or field, a line
// of code or data, or a sentence with one outcome.
func proseClauses(l gline) []string {
	t := l.text
	if l.rec || len(t) < 24 || len(t) > 600 {
		return nil
	}
	if tt := strings.TrimLeft(t, " \t"); tt == "" || strings.IndexByte("{[<\"'`|", tt[0]) >= 0 {
		return nil
	}
	if h, ok := lineStatus(t); ok && h.conf > StatusProse {
		return nil // a status line or a status field: not a sentence
	}
	lt := ascii.Lower(t)
	if len(lt) != len(t) || strings.Count(lt, " ") < 5 {
		return nil
	}
	// cut points: start offsets of the clauses after the first
	var starts, ends []int
	for i := 0; i < len(lt); i++ {
		for _, c := range clauseCuts {
			if strings.HasPrefix(lt[i:], c) {
				ends = append(ends, i)
				starts = append(starts, i+len(c))
				i += len(c) - 1
				break
			}
		}
		if len(starts) >= 8 {
			break
		}
	}
	if len(starts) == 0 {
		return nil
	}
	type clause struct {
		from, to int
		status   bool
	}
	var cs []clause
	from := 0
	for k := range starts {
		cs = append(cs, clause{from: from, to: ends[k]})
		from = starts[k]
	}
	cs = append(cs, clause{from: from, to: len(t)})
	n := 0
	for k := range cs {
		c := t[cs[k].from:cs[k].to]
		lc := lt[cs[k].from:cs[k].to]
		h := statusProseCode(c, lc)
		if h.code == 0 || wishBefore(lc, h) {
			continue
		}
		cs[k].status = true
		n++
	}
	if n < 2 {
		return nil
	}
	// a clause without a status joins its neighbour
	var out []string
	pending := -1 // start of text not yet placed (a leading clause without a status)
	for _, c := range cs {
		switch {
		case c.status && pending >= 0:
			out = append(out, strings.TrimSpace(t[pending:c.to]))
			pending = -1
		case c.status:
			out = append(out, strings.TrimSpace(t[c.from:c.to]))
		case len(out) > 0:
			out[len(out)-1] += " " + strings.TrimSpace(t[c.from:c.to])
		case pending < 0:
			pending = c.from
		}
	}
	return out
}

// wishBefore reports whether the first status code in clause lc follows a
// word that makes it an expectation.
func wishBefore(lc string, h statusHit) bool {
	code := itoa3(h.code)
	i := strings.Index(lc, code)
	if i < 0 {
		return false
	}
	for _, w := range wishWords {
		if lastWishWord(lc[:i], w) >= 0 {
			return true
		}
	}
	return false
}

// lastWishWord returns where the last wish word w stands in s as a word of
// its own, or -1: not inside a longer word, before it ("unexpected") or
// after it (Volley's "NetworkUtility.shouldRetryException: Unexpected
// response code 403", an identifier, says nothing about a wish).
func lastWishWord(s, w string) int {
	last := -1
	for off := 0; off < len(s); {
		j := strings.Index(s[off:], w)
		if j < 0 {
			break
		}
		j += off
		after := j + len(w)
		if (j == 0 || !isAlpha(s[j-1])) && (!isAlpha(w[len(w)-1]) || after == len(s) || !isAlpha(s[after])) {
			last = j
		}
		off = j + 1
	}
	return last
}

// itoa3 writes a three-digit status code.
func itoa3(c int) string {
	return string([]byte{byte('0' + c/100), byte('0' + c/10%10), byte('0' + c%10)})
}
