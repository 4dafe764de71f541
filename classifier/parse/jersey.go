package parse

import "strings"

// jerseyLog rewrites the lines of Jersey's LoggingFilter / LoggingFeature
// (and the clients built on it, openstack4j among them) into curl -v's
// markers: each line opens with the request's id, then "*" for the logger's
// notes, ">" for what was sent, "<" for what came back:
//
//	1 * Sending client request on thread main
//	1 > GET https://api.example.test/v1/items
//	1 > Accept: application/json
//	1 < 403
//	1 < Content-Type: application/json
//
// The id goes, a note line is emptied, and the response's first line, the
// bare code, becomes "< status: 403". Only ids that open two lines or more
// are read, so that a numbered list is left alone.
func jerseyLog(ls []gline) {
	var ids map[string]int
	for i := range ls {
		if id, _, _, ok := jerseyMark(ls[i].text); ok {
			if ids == nil {
				ids = map[string]int{}
			}
			ids[id]++
		}
	}
	if len(ids) == 0 {
		return
	}
	first := map[string]bool{} // an id's first "<" line seen
	for i := range ls {
		id, mark, rest, ok := jerseyMark(ls[i].text)
		if !ok || ids[id] < 2 {
			continue
		}
		switch mark {
		case '*':
			ls[i].text = ""
		case '>':
			ls[i].text = "> " + rest
		case '<':
			if !first[id] && jerseyCode(rest) {
				rest = "status: " + rest
			}
			first[id] = true
			ls[i].text = "< " + rest
		}
	}
}

// jerseyMark splits "12 > GET /x" into its id, marker and the rest.
func jerseyMark(t string) (id string, mark byte, rest string, ok bool) {
	t = strings.TrimLeft(t, " \t")
	n := 0
	for n < len(t) && n < 7 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n == 0 || n > 6 || n+2 > len(t) || t[n] != ' ' {
		return "", 0, "", false
	}
	m := t[n+1]
	if m != '>' && m != '<' && m != '*' {
		return "", 0, "", false
	}
	rest = t[n+2:]
	if rest != "" && rest[0] != ' ' {
		return "", 0, "", false
	}
	return t[:n], m, strings.TrimSpace(rest), true
}

// jerseyCode reports whether s is a status code alone or with its reason
// phrase ("403", "401 Unauthorized").
func jerseyCode(s string) bool {
	if len(s) < 3 || codeAt(s, 0) == 0 {
		return false
	}
	return len(s) == 3 || s[3] == ' '
}
