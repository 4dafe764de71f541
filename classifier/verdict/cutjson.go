package verdict

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// maxCutTries bounds the places decodeCutJSON tries to close a cut object.
const maxCutTries = 8

// decodeCutJSON decodes a JSON object printed at the start of a line and cut
// before its end, as a paste shows a long one-line answer cut by the
// terminal, the issue form or the person ("…,"avg_processing_time":0.021"
// then the person's words): the members before the last comma at which the
// object closes into valid JSON stand for it. It reads up to the first
// blank line, and only an object that is still open there.
func decodeCutJSON(body string) (any, int, bool) {
	start := -1
	for from := 0; from < len(body); {
		i := strings.IndexByte(body[from:], '{')
		if i < 0 {
			return nil, 0, false
		}
		i += from
		ls := strings.LastIndexByte(body[:i], '\n') + 1
		if strings.TrimSpace(body[ls:i]) == "" || afterLabel(body[ls:i]) {
			start = i
			break
		}
		from = i + 1
	}
	if start < 0 {
		return nil, 0, false
	}
	s := body[start:min(len(body), start+maxErrorBody)]
	if e := strings.Index(s, "\n\n"); e > 0 {
		s = s[:e]
	}
	// the open brackets at each comma outside a string
	var stack []byte
	var commas []int
	var closers []string
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case in && c == '\\':
			i++
		case c == '"':
			in = !in
		case in:
		case c == '{' || c == '[':
			stack = append(stack, c)
		case c == '}' || c == ']':
			if len(stack) == 0 {
				return nil, 0, false
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return nil, 0, false // the object closes: not cut
			}
		case c == ',':
			commas = append(commas, i)
			closers = append(closers, closing(stack))
		}
	}
	if in && len(commas) == 0 || len(stack) == 0 {
		return nil, 0, false
	}
	for k, tries := len(commas)-1, 0; k >= 0 && tries < maxCutTries; k, tries = k-1, tries+1 {
		if v, ok := decodeOne(s[:commas[k]] + closers[k]); ok {
			if m, isObj := v.(map[string]any); isObj && len(m) > 0 {
				return v, start, true
			}
		}
	}
	return nil, 0, false
}

// closing returns the brackets that close the open ones in stack.
func closing(stack []byte) string {
	b := make([]byte, len(stack))
	for i, c := range stack {
		if c == '{' {
			b[len(stack)-1-i] = '}'
		} else {
			b[len(stack)-1-i] = ']'
		}
	}
	return string(b)
}

// cutDataBody recognises, in a paste with no status whose text says nothing
// of a failure, an answer cut before its end (decodeCutJSON) whose members
// read as an ordinary answer (successBody, envelopeBody, dataBody): what
// its cut part held is not known, so an object with any member that marks
// or names an error says nothing.
func cutDataBody(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	if r.Status != 0 {
		return rule.Signal{}, false
	}
	body := r.Body.Text
	root, start, ok := decodeCutJSON(body)
	if !ok || hasErrorMarker(root) {
		return rule.Signal{}, false
	}
	var hits []bodyHit
	collect(root, 0, true, &hits)
	if len(hits) > 0 {
		return rule.Signal{}, false
	}
	if s, ok := successBody(x, root, body, start); ok {
		return s, true
	}
	if s, ok := envelopeBody(x, root, body, start); ok {
		return s, true
	}
	return dataBody(x, root, body, start)
}
