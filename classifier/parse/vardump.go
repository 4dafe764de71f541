package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// phpVarDump rewrites PHP's var_dump notation in place, line for line, into
// the JSON it stands for, so that a dumped error object reads as one body
// rather than as one fragment per key:
//
//	object(stdClass)#3 (2) {
//	  ["code"]=>
//	  int(401)
//	  ["message"]=>
//	  string(13) "invalid token"
//	}
//
// becomes "{", `"code": 401,` (its value's line emptied), `"message":
// "invalid token"`, "}". Nested arrays and objects open with "{" on their
// own line; a key whose value is not a var_dump value is left alone. One
// pass, each line looked at a bounded number of times.
func phpVarDump(ls []gline) {
	type frame struct{ last int } // line of the last member's end, -1: none
	var stack []frame
	next := func(i int) int { // the next line with text after i, or -1
		for j := i + 1; j < len(ls) && j <= i+2; j++ {
			if strings.TrimSpace(ls[j].text) != "" {
				return j
			}
		}
		return -1
	}
	for i := 0; i < len(ls); i++ {
		t := strings.TrimSpace(ls[i].text)
		if t == "" {
			continue
		}
		if p, ok := varDumpOpener(t); ok {
			j := next(i)
			if j < 0 {
				continue
			}
			nt := strings.TrimSpace(ls[j].text)
			if _, ok := varDumpKey(nt); !ok && nt != "}" {
				continue
			}
			if len(stack) > 0 && p != "" {
				continue // a nested opener stands alone on its line
			}
			ls[i].text = strings.TrimRight(p+" {", " ")
			if p == "" {
				ls[i].text = "{"
			}
			stack = append(stack, frame{last: -1})
			continue
		}
		if len(stack) == 0 {
			continue
		}
		top := &stack[len(stack)-1]
		if t == "}" {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].last = i
			}
			continue
		}
		key, ok := varDumpKey(t)
		if !ok {
			stack = stack[:0] // not a dump after all
			continue
		}
		j := next(i)
		if j < 0 {
			stack = stack[:0]
			continue
		}
		if top.last >= 0 {
			ls[top.last].text += ","
		}
		vt := strings.TrimSpace(ls[j].text)
		if v, ok := varDumpScalar(vt); ok {
			ls[i].text = jsonQuote(key) + ": " + v
			ls[j].text = ""
			top.last = i
			i = j
			continue
		}
		if _, ok := varDumpOpener(vt); ok && strings.HasSuffix(vt, "{") {
			ls[i].text = jsonQuote(key) + ":"
			ls[j].text = "{"
			stack = append(stack, frame{last: -1})
			i = j
			continue
		}
		stack = stack[:0]
	}
}

// varDumpOpener reports whether t ends with var_dump's "array(2) {" or
// "object(stdClass)#3 (2) {", and returns what comes before it ("var x =").
func varDumpOpener(t string) (string, bool) {
	if !strings.HasSuffix(t, "{") {
		return "", false
	}
	s := strings.TrimSpace(t[:len(t)-1])
	if !strings.HasSuffix(s, ")") {
		return "", false
	}
	k := strings.LastIndexByte(s, '(')
	if k < 0 || !ascii.AllDigits(s[k+1:len(s)-1]) {
		return "", false
	}
	s = strings.TrimSpace(s[:k])
	switch {
	case strings.HasSuffix(s, "array"):
		return strings.TrimSpace(s[:len(s)-len("array")]), true
	case strings.HasSuffix(s, ")") || strings.Contains(s, ")#"):
		// object(Class)#3
		if h := strings.LastIndexByte(s, '#'); h > 0 && ascii.AllDigits(s[h+1:]) {
			s = s[:h]
		}
		if !strings.HasSuffix(s, ")") {
			return "", false
		}
		o := strings.LastIndex(s, "object(")
		if o < 0 {
			return "", false
		}
		return strings.TrimSpace(s[:o]), true
	}
	return "", false
}

// varDumpKey reads var_dump's member line: ["errcode"]=>, [0]=>, or
// ["name":protected]=>, ["name":"Class":private]=>.
func varDumpKey(t string) (string, bool) {
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]=>") {
		return "", false
	}
	k := t[1 : len(t)-3]
	if len(k) > 0 && k[0] == '"' {
		e := strings.IndexByte(k[1:], '"')
		if e < 0 {
			return "", false
		}
		rest := k[e+2:]
		if rest != "" && rest[0] != ':' {
			return "", false
		}
		return k[1 : e+1], true
	}
	if k == "" || !ascii.AllDigits(strings.TrimPrefix(k, "-")) {
		return "", false
	}
	return k, true
}

// varDumpScalar reads a var_dump value: int(401), float(1.5), bool(true),
// NULL, string(13) "invalid token", as its JSON text.
func varDumpScalar(t string) (string, bool) {
	switch {
	case t == "NULL":
		return "null", true
	case t == "bool(true)":
		return "true", true
	case t == "bool(false)":
		return "false", true
	case strings.HasPrefix(t, "int(") && strings.HasSuffix(t, ")"):
		v := t[4 : len(t)-1]
		if ascii.AllDigits(strings.TrimPrefix(v, "-")) && v != "" && v != "-" {
			return v, true
		}
	case strings.HasPrefix(t, "float(") && strings.HasSuffix(t, ")"):
		v := t[6 : len(t)-1]
		if v != "" && strings.Trim(v, "-+.0123456789eE") == "" {
			return v, true
		}
	case strings.HasPrefix(t, "string("):
		e := strings.IndexByte(t, ')')
		if e < 8 || !ascii.AllDigits(t[7:e]) {
			return "", false
		}
		s := strings.TrimSpace(t[e+1:])
		if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
			return "", false
		}
		return jsonQuote(s[1 : len(s)-1]), true
	}
	return "", false
}

// jsonQuote writes s as a JSON string: quotes, backslashes and control
// characters escaped, the rest as it is.
func jsonQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			b.WriteString(" ")
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
