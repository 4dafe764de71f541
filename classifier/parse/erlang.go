// Responses printed as Erlang terms ({ok,{{"HTTP/1.1",403,...},[...]}}).

package parse

import (
	"strings"
)

// erlTok is a token of an Erlang term: a string, an atom or number, or punctuation.
type erlTok struct {
	kind byte // '"' string, 'a' atom/number, or the punctuation byte
	s    string
	line int
}

// readErlang reads a response printed as Erlang terms:
// {error,{"403",[{"Server","GitHub.com"}, ...]}} or
// {ok,{{"HTTP/1.1",403,"Forbidden"},[{"server","x"}],...}}.
func readErlang(text string, raw []string) *Exchange {
	start := -1
	for i, s := range raw {
		if strings.Contains(s, "{{\"HTTP/") || erlStatusOpen(s) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	return readErlangFrom(text, raw, start)
}

// readErlangFrom reads an Erlang term printed from raw[start] on, once
// readErlang has found its status there: every paste is asked, and under
// js/wasm a function is compiled whole on its first call (issue #14).
func readErlangFrom(text string, raw []string, start int) *Exchange {
	// Tokenize from that line on.
	off := 0
	for i := 0; i < start; i++ {
		off += len(raw[i]) + 1
	}
	if off > len(text) {
		return nil
	}
	toks := erlTokens(text[off:], start+1)
	resp := &Response{}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.kind == '"' && resp.Status == 0 && k+2 < len(toks) && toks[k+1].kind == ',' && toks[k+2].kind == '[':
			if st, _, ok := statusValue(t.s); ok && len(strings.TrimSpace(t.s)) == 3 {
				resp.Status, resp.StatusSource, resp.Pos = st, "text", Pos{Line: t.line}
			}
		case t.kind == '{' && k+5 < len(toks) && toks[k+1].kind == '"' && strings.HasPrefix(toks[k+1].s, "HTTP/") &&
			toks[k+2].kind == ',' && toks[k+3].kind == 'a':
			if st, _, ok := statusValue(toks[k+3].s); ok && resp.Status == 0 {
				resp.Status, resp.StatusSource, resp.Pos, resp.Proto = st, "text", Pos{Line: toks[k+3].line}, toks[k+1].s
				if toks[k+4].kind == ',' && toks[k+5].kind == '"' {
					resp.Reason = toks[k+5].s
				}
			}
		case t.kind == '{' && k+4 < len(toks) && toks[k+1].kind == '"' && toks[k+2].kind == ',' &&
			toks[k+3].kind == '"' && toks[k+4].kind == '}':
			if name, _, _, ok := splitField(toks[k+1].s + ": x"); ok && name == toks[k+1].s {
				resp.Fields = append(resp.Fields, Field{Name: name, Value: toks[k+3].s, Pos: Pos{Line: toks[k+3].line}})
				k += 4
			}
		}
	}
	if resp.Status == 0 || len(resp.Fields) == 0 {
		return nil
	}
	last := start + 1
	for i := len(raw) - 1; i >= start; i-- {
		if strings.TrimSpace(raw[i]) != "" {
			last = i + 1
			break
		}
	}
	resp.Span = Span{start + 1, last}
	return &Exchange{Response: resp, Span: resp.Span, Format: "erlang"}
}

func erlStatusOpen(s string) bool {
	i := strings.Index(s, "{\"")
	return i >= 0 && codeAt(s, i+2) != 0 && i+5 < len(s) && s[i+5] == '"'
}

func erlTokens(s string, line int) []erlTok {
	var out []erlTok
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
			line++
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			line++
		case c == ' ' || c == '\t':
		case c == '"':
			var b strings.Builder
			j := i + 1
			startLine := line
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\n' {
					line++
				}
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
				b.WriteByte(s[j])
			}
			out = append(out, erlTok{kind: '"', s: b.String(), line: startLine})
			i = j
		case c == '{' || c == '}' || c == '[' || c == ']' || c == ',':
			out = append(out, erlTok{kind: c, line: line})
		default:
			j := i
			for j < len(s) && s[j] != '"' && s[j] != ',' && s[j] != '{' && s[j] != '}' && s[j] != '[' && s[j] != ']' && s[j] != ' ' && s[j] != '\n' && s[j] != '\r' && s[j] != '\t' {
				j++
			}
			out = append(out, erlTok{kind: 'a', s: s[i:j], line: line})
			i = j - 1
		}
	}
	return out
}
