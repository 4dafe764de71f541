package rule

import "strings"

// MatchEnd returns where the part of line that starts at i ends: a JSON
// member ("key": value), an XML or HTML element, or a phrase up to the next
// quote or tag.
func MatchEnd(line string, i int) int {
	const most = 160
	limit := i + most
	if limit > len(line) {
		limit = len(line)
	}
	if i >= len(line) {
		return i
	}
	switch line[i] {
	case '"':
		k := jsonStringEnd(line, i, limit)
		m := k
		for m < limit && line[m] == ' ' {
			m++
		}
		if m < limit && line[m] == ':' {
			m++
			for m < limit && line[m] == ' ' {
				m++
			}
			if m < limit && line[m] == '"' {
				return jsonStringEnd(line, m, limit)
			}
			for m < limit && strings.IndexByte(",}]", line[m]) < 0 {
				m++
			}
			return m
		}
		return k
	case '<':
		k := strings.IndexByte(line[i:limit], '>')
		if k < 0 {
			return limit
		}
		tag := line[i+1 : i+k]
		if n := strings.IndexAny(tag, " /"); n >= 0 {
			tag = tag[:n]
		}
		if tag != "" && tag[0] != '!' && tag[0] != '?' {
			if c := strings.Index(line[i:limit], "</"+tag+">"); c >= 0 {
				return i + c + len(tag) + 3
			}
		}
		return i + k + 1
	}
	k := i
	for k < limit && line[k] != '<' && line[k] != '"' && line[k] != '\\' {
		k++
	}
	return k
}

// jsonStringEnd returns the offset after the JSON string that opens at i.
func jsonStringEnd(s string, i, limit int) int {
	for k := i + 1; k < limit; k++ {
		switch s[k] {
		case '\\':
			k++
		case '"':
			return k + 1
		}
	}
	return limit
}

// Excerpt quotes line around [i, j) in at most n bytes: the matched part is
// centred, the cuts fall on token boundaries (a space, a comma, a bracket, a
// tag) and are shown with "…". It returns the quote and the matched part as
// it appears in the quote.
func Excerpt(line string, i, j, n int) (text, mark string) {
	if j < i {
		j = i
	}
	lo, hi := 0, len(line)
	if hi-lo > n {
		mid := (i + j) / 2
		lo, hi = mid-n/2, mid+n/2
		if j-i >= n {
			lo, hi = i, i+n
		}
		if lo < 0 {
			lo, hi = 0, n
		}
		if hi > len(line) {
			lo, hi = len(line)-n, len(line)
		}
		if lo > 0 {
			lo = boundaryAfter(line, lo, i)
		}
		if hi < len(line) {
			hi = boundaryBefore(line, hi, j)
		}
	}
	if j > hi {
		j = hi
	}
	text = strings.TrimSpace(line[lo:hi])
	mark = strings.TrimSpace(line[max(i, lo):max(j, lo)])
	if lo > 0 {
		text = "…" + text
	}
	if hi < len(line) {
		text += "…"
	}
	return text, mark
}

func isCut(c byte) bool { return strings.IndexByte(" \t,;{}[]<>()", c) >= 0 }

// boundaryAfter moves lo forward to just after a boundary, not past limit.
func boundaryAfter(s string, lo, limit int) int {
	for k := lo; k < limit && k < len(s); k++ {
		if isCut(s[k-1]) || s[k] == '<' || s[k] == '{' {
			return k
		}
	}
	for lo < len(s) && s[lo]&0xC0 == 0x80 {
		lo++
	}
	return lo
}

// boundaryBefore moves hi back to a boundary, not before limit.
func boundaryBefore(s string, hi, limit int) int {
	for k := hi; k > limit && k > 0; k-- {
		if isCut(s[k]) {
			if s[k] == '>' || s[k] == '}' || s[k] == ']' || s[k] == ')' {
				return k + 1
			}
			return k
		}
	}
	for hi > 0 && hi < len(s) && s[hi]&0xC0 == 0x80 {
		hi--
	}
	return hi
}
