package parse

import "strings"

// undecorate takes off what Markdown and editors put around a paste, before
// any reader looks, keeping lines one for one so positions hold:
//
//   - the HTML people wrap a long log in on GitHub and GitLab (<details>,
//     <summary>Logs</summary>, </details>) when it stands alone on its line;
//   - the indentation of a fenced block's lines up to that of its opening
//     fence (CommonMark §4.5: a fence inside a list item is indented, and so
//     is everything it holds);
//   - the indentation every line shares (an indented code block, a paste
//     from an editor or an email that indents what it quotes);
//   - the code markup of other editors, which becomes a Markdown fence:
//     Jira's and Confluence's {code} and {noformat}, forums' [code] and
//     [/code] alone on their line.
//
// It reports whether anything changed; a paste it does not touch is
// returned as it is.
func undecorate(ls []string) ([]string, bool) {
	var out []string
	set := func(i int, s string) {
		if out == nil {
			out = append([]string(nil), ls...)
		}
		out[i] = s
	}
	get := func(i int) string {
		if out != nil {
			return out[i]
		}
		return ls[i]
	}
	// the indentation every non-blank line shares
	common, first := "", true
	for i := range ls {
		l := get(i)
		t := strings.TrimLeft(l, " \t")
		if t == "" {
			continue
		}
		p := l[:len(l)-len(t)]
		if first {
			common, first = p, false
		} else {
			k := 0
			for k < len(common) && k < len(p) && common[k] == p[k] {
				k++
			}
			common = common[:k]
		}
		if common == "" {
			break
		}
	}
	if common != "" {
		for i := range ls {
			set(i, strings.TrimPrefix(get(i), common))
		}
	}
	fence, fenceInd := "", 0
	for i := range ls {
		l := get(i)
		t := strings.TrimLeft(l, " \t")
		ind := len(l) - len(t)
		if wrapperTag(t) {
			set(i, "")
			continue
		}
		if _, rest, ok := codeMarkup(t); ok {
			// Jira's {code}/{noformat}, a forum's [code]: a fence by another
			// name
			if rest == "" {
				set(i, l[:ind]+"```")
				t = "```"
			} else {
				set(i, l[:ind]+rest)
				continue
			}
		}
		if m := fenceMark(t); m != "" {
			switch {
			case fence == "":
				fence, fenceInd = m, ind
			case strings.HasPrefix(m, fence) && strings.TrimSpace(t[len(m):]) == "":
				fence = ""
			}
			continue
		}
		if fence != "" && fenceInd > 0 && ind > 0 {
			set(i, l[min(ind, fenceInd):])
		}
	}
	return out, out != nil
}

// fenceMark returns the run of backticks or tildes (three or more) that
// opens a Markdown fence at the start of t, or "".
func fenceMark(t string) string {
	if len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	k := 0
	for k < len(t) && t[k] == t[0] {
		k++
	}
	if k < 3 || t[0] == '`' && strings.IndexByte(t[k:], '`') >= 0 {
		return "" // ``inline`` code, not a fence
	}
	return t[:k]
}

// wrapperTag reports whether a trimmed line holds only the HTML of a
// collapsible section (<details>, <details open>, <summary>…</summary>,
// </details>), which people put around long logs in issues.
func wrapperTag(t string) bool {
	if len(t) < 9 || t[0] != '<' || t[len(t)-1] != '>' {
		return false
	}
	lt := lowerASCII(t)
	for _, p := range []string{"<details", "</details>", "<summary", "</summary>"} {
		if strings.HasPrefix(lt, p) {
			if p == "<details" && len(lt) > 8 && lt[8] != '>' && lt[8] != ' ' && lt[8] != '<' {
				return false // <detailsfoo>: some other tag
			}
			// nothing but tags and the summary's own words
			return !strings.Contains(lt, "<html") && !strings.Contains(lt, "<body")
		}
	}
	return false
}

// codeMarkup recognises a line that opens or closes a code block in the
// markup of Jira/Confluence ({code}, {code:java}, {noformat}) or of forums
// ([code], [/code], [CODE=text]); not HTML's <pre>, which an error page's
// own markup holds alone on a line as often as a person does. With the marker
// alone on its line rest is ""; a forum's [code]…[/code] written around text
// on the same line gives that text as rest.
func codeMarkup(t string) (marker, rest string, ok bool) {
	t = strings.TrimRight(t, " \t")
	if t == "" || t[0] != '{' && t[0] != '[' && t[len(t)-1] != ']' {
		return "", "", false // most lines: no allocation
	}
	fold := func(s, prefix string) bool {
		return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
	}
	switch {
	case strings.EqualFold(t, "{noformat}") || strings.EqualFold(t, "{code}") || strings.EqualFold(t, "[code]") || strings.EqualFold(t, "[/code]"),
		(fold(t, "{code:") && t[len(t)-1] == '}' || fold(t, "[code=") && t[len(t)-1] == ']') && !strings.Contains(t, " "):
		return t, "", true
	}
	open, close := fold(t, "[code]"), len(t) >= 7 && strings.EqualFold(t[len(t)-7:], "[/code]")
	if !open && !close {
		return "", "", false
	}
	r := t
	if open {
		r = r[len("[code]"):]
	}
	if close && len(r) >= 7 {
		r = r[:len(r)-len("[/code]")]
	}
	return "[code]", r, true
}
