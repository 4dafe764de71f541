package parse

import "strings"

// Prose limits: a paste's own words around its dumps are read for what the
// person found out ("with a browser user agent it works"), a bounded number
// of lines, each cut to a bounded length.
const (
	maxProseLines = 200
	maxProseLine  = 1000
)

// attachProse gives each exchange the paste's lines that lie outside every
// exchange (the person's words, other output), so the verdict can weigh
// what they say.
func attachProse(in *Input, lines []string) {
	// depth[i] counts the exchanges whose span covers line i+1 (a running
	// sum of span starts and ends: linear in lines and exchanges)
	depth := make([]int, len(lines)+1)
	for _, x := range in.Exchanges {
		if x.Span.Start < 1 || x.Span.Start > len(lines) {
			continue
		}
		depth[x.Span.Start-1]++
		depth[min(max(x.Span.End, x.Span.Start), len(lines))]--
	}
	var prose []InfoLine
	inside := 0
	for i, l := range lines {
		inside += depth[i]
		if len(prose) >= maxProseLines {
			break
		}
		t := strings.TrimSpace(l)
		if inside > 0 || t == "" {
			continue
		}
		if len(t) > maxProseLine {
			t = strings.ToValidUTF8(t[:maxProseLine], "") // a log record's head names what matched
		}
		n := i + 1
		prose = append(prose, InfoLine{Text: t, Pos: Pos{Line: n}})
	}
	if len(prose) == 0 {
		return
	}
	for _, x := range in.Exchanges {
		x.Prose = append(x.Prose[:len(x.Prose):len(x.Prose)], prose...)
	}
	proseRequests(in, prose)
}

// proseRequests gives a response read with no request the credentials the
// person's words just before it say the request carried ("calling it with
// `http GET … Authorization:\"Bearer $TOKEN\"` gives:", "when I open
// http://admin:pw@host/db", proseLineCredentials): the words between the
// exchange before it and its first line. Each prose line is read once.
func proseRequests(in *Input, prose []InfoLine) {
	k, prevEnd := 0, 0
	for _, x := range in.Exchanges {
		var ls []line
		for ; k < len(prose) && prose[k].Pos.Line < x.Span.Start; k++ {
			if prose[k].Pos.Line > prevEnd {
				ls = append(ls, line{n: prose[k].Pos.Line, text: prose[k].Text})
			}
		}
		prevEnd = max(prevEnd, x.Span.End)
		if x.Request != nil || x.Response == nil || len(ls) == 0 {
			continue
		}
		if fs, _ := proseLineCredentials(ls); len(fs) > 0 {
			x.Request = &Request{Partial: true, Fields: fs, Pos: Pos{Line: ls[0].n}}
		}
	}
}
