// curl -v transcripts: "> " sent, "< " received, "* " tool lines (TLS, auth).

package parse

import (
	"strings"
)

// markers scans for transcript markers: "< HTTP/1.1 401" (a received status
// line), "> HTTP/1.1 401" (a quoted one) and "> GET / HTTP/1.1" (a sent or
// quoted request line), under quote levels already known.
func markers(raw []string, quote int) (ltStatus, gtStatus, gtReq bool) {
	for _, s := range raw {
		s = strings.TrimSpace(s)
		for q := 0; q < quote; q++ {
			s = strings.TrimSpace(strings.TrimPrefix(s, ">"))
		}
		if len(s) < 3 || s[0] != '<' && s[0] != '>' {
			continue
		}
		rest := strings.TrimLeft(s[1:], " ")
		_, _, _, st := parseStatusLine(rest)
		switch {
		case s[0] == '<' && st:
			ltStatus = true
		case s[0] == '>' && st:
			gtStatus = true
		case s[0] == '>':
			if _, _, _, ok := parseRequestLine(rest); ok {
				gtReq = true
			}
		}
	}
	return
}

// curlLine reads one line of a curl -v transcript.
func curlLine(n int, s string) (line, bool) {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return line{}, false
	}
	switch t[0] {
	case '>', '<':
		// curl's markers are "> " and "< " (or the marker alone); a body line
		// such as "<!DOCTYPE html>" or "<Error>" starts with '<' and is text.
		if len(t) > 1 && t[1] != ' ' && t[1] != '\t' && t[1] != '\r' {
			return line{}, false
		}
		rest := strings.TrimPrefix(t[1:], " ")
		if f, ok := strings.CutPrefix(rest, "* "); ok {
			if _, _, spaced, ok := splitField(f); ok && !spaced {
				// the Databricks SDKs' debug log marks each header field
				// with "* " after the direction ("> * Authorization:
				// REDACTED", "< * Content-Type: …"): the field itself
				rest = f
			}
		}
		return mkLine(n, rest, kText, t[0]), true
	case '*':
		if len(t) == 1 || t[1] == ' ' || t[1] == '\t' {
			return line{n: n, text: strings.TrimSpace(t[1:]), kind: kInfo}, true
		}
	case '{', '}':
		if strings.HasPrefix(strings.TrimSpace(t[1:]), "[") {
			return line{n: n, text: t, kind: kSkip}, true
		}
	}
	return line{}, false
}

// toolChatter are lines that tools print between messages.
var toolChatter = []string{
	"upload completely sent off", "Connection #", "Closing connection", "Connected to ",
	"Trying ", "reading ", "read ", "Conn keep-alive", "Conn close", "opening connection to ",
	"opened", "starting SSL for ", "SSL established", "HTTP request sent, awaiting response",
	"Resolving ", "Connecting to ", "Reusing existing connection", "Authentication selected:",
	"Length: ", "Saving to: ", "Proxy request sent, awaiting response",
	"Provisional headers are shown",
	// wget's own verdict after a refused login, not a body (wget -S prints
	// headers only)
	"Username/Password Authentication Failed.", "Authorization failed.",
}

func isToolChatter(t string) bool {
	for _, p := range toolChatter {
		if strings.HasPrefix(t, p) {
			switch p {
			case "Trying ":
				return strings.HasSuffix(t, "...")
			case "Resolving ", "Connecting to ":
				return strings.Contains(t, "...")
			case "Connected to ":
				return strings.Contains(t, " port ")
			case "Connection #":
				return strings.Contains(t, " to host ")
			case "Closing connection":
				return len(t) < 40
			case "reading ", "read ":
				return strings.HasSuffix(t, "bytes...") || strings.HasSuffix(t, "bytes")
			case "opened":
				return t == "opened"
			case "Length: ":
				return strings.Contains(t, "[") || strings.HasSuffix(t, "unspecified")
			}
			return true
		}
	}
	// wget: "--2024-05-01 10:00:00--  https://...", "2024-05-01 10:00:00 ERROR 401: Unauthorized."
	if strings.HasPrefix(t, "--") && strings.Contains(t, "--  ") {
		return true
	}
	// wget's closing line after it wrote the body to the terminal (-O -):
	// "2016-01-29 11:42:06 (3.1 MB/s) - written to stdout [68/68]"
	if strings.Contains(t, ") - written to stdout [") || strings.Contains(t, ") - ‘-’ saved [") || strings.Contains(t, ") - '-' saved [") {
		return true
	}
	// wget following a redirect: "Location: https://... [following]", its
	// own line after the indented response, not a header block.
	if strings.HasPrefix(t, "Location: ") && strings.HasSuffix(t, " [following]") {
		return true
	}
	return false
}

// savedToStdout reports whether the last tool line read is wget's "Saving
// to: 'STDOUT'" (or "‘-’"): run with -O -, wget writes the body it saves to
// the terminal right after, flush left under its indented -S headers, so
// the lines there are the response's body, not text after it.
func (r *textReader) savedToStdout() bool {
	if len(r.info) == 0 {
		return false
	}
	t, ok := strings.CutPrefix(r.info[len(r.info)-1].Text, "Saving to: ")
	if !ok {
		return false
	}
	t = strings.Trim(strings.TrimSpace(t), "'\"‘’`")
	return t == "STDOUT" || t == "-"
}

func (r *textReader) addInfo(l *line) {
	t := l.text
	r.info = append(r.info, InfoLine{Text: t, Pos: Pos{Line: l.n}})
	switch {
	case strings.Contains(t, "client certificate") || strings.Contains(t, "Client certificate"):
		r.certNext = true
		if r.cert == "" {
			r.cert = "client certificate"
		}
	case r.certNext && (strings.HasPrefix(t, "subject:") || strings.HasPrefix(t, "Subject:")):
		r.cert = strings.TrimSpace(t[len("subject:"):])
		r.certNext = false
	case strings.Contains(t, "(OUT), TLS handshake, Certificate (11)"):
		if r.cert == "" {
			r.cert = "client certificate"
		}
	case strings.HasPrefix(t, "Authentication selected:"):
		r.authSel = true
	case strings.HasPrefix(t, "Server certificate") || strings.HasPrefix(t, "server certificate"):
		r.certNext = false
	}
}

// authFromInfo builds a partial request from curl's "* Server auth using
// Basic with user 'deploy'" when the transcript leaves the request out.
func authFromInfo(info []InfoLine) *Request {
	for _, l := range info {
		name := "Authorization"
		rest, ok := strings.CutPrefix(l.Text, "Server auth using ")
		if !ok {
			rest, ok = strings.CutPrefix(l.Text, "Proxy auth using ")
			name = "Proxy-Authorization"
		}
		if !ok {
			continue
		}
		scheme, user, _ := strings.Cut(rest, " with user ")
		if scheme == "" || strings.ContainsAny(scheme, " \t") {
			continue
		}
		return &Request{Pos: l.Pos, Span: Span{l.Pos.Line, l.Pos.Line}, Partial: true,
			Fields: Fields{{Name: name, Value: scheme + " (user " + user + ")", Pos: l.Pos}}}
	}
	return nil
}
