package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxInput is the largest paste Parse accepts, in bytes.
const MaxInput = 64 << 20

// parseText is Parse without the search for credentials.
func parseText(text string) (*Input, error) {
	if len(text) > MaxInput {
		return nil, &ParseError{Err: ErrTooLarge, Expected: "at most 64 MiB (" + strconv.Itoa(MaxInput) + " bytes); this paste has " + strconv.Itoa(len(text)) + " bytes"}
	}
	var notes []Note
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, 0) >= 0 || hasControl(text) {
		if line, bad := looksBinary(text); bad {
			return nil, &ParseError{Line: line, Err: ErrBinary, Expected: "text: an HTTP transcript or a HAR file, not binary data"}
		}
		text = strings.ReplaceAll(text, "\x00", "")
		notes = append(notes, Note{Code: "nul-bytes", Message: "NUL bytes in the paste were ignored"})
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		notes = append(notes, Note{Code: "invalid-utf8", Message: "bytes that are not UTF-8 were replaced"})
	}
	if looksHAR(text) {
		in, err := parseHAR(text, countLines(text))
		if err != nil {
			return nil, err
		}
		in.Notes = append(notes, in.Notes...)
		return in, nil
	}
	raw := splitRaw(text)
	in := &Input{Lines: len(raw), Notes: notes}
	plain, plainText := raw, text
	if q := quoteDepth(raw); q > 0 {
		// A blockquoted HAR or tool print: read it without the markers.
		// Lines stay one for one, so positions hold.
		plain = make([]string, len(raw))
		for i, l := range raw {
			plain[i] = unquote(l, q)
		}
		plainText = strings.Join(plain, "\n")
		if looksHAR(plainText) {
			hin, err := parseHAR(plainText, len(raw))
			if err != nil {
				return nil, err
			}
			hin.Notes = append(notes, hin.Notes...)
			return hin, nil
		}
	}
	if x := readHttr(plain); x != nil {
		in.Exchanges = []*Exchange{x}
	} else if x := readErlang(plainText, plain); x != nil {
		in.Exchanges = []*Exchange{x}
	} else {
		lines := unwrap(raw, &in.Notes)
		readText(lines, in)
	}
	if len(in.Exchanges) == 0 {
		first, n := firstNonBlank(raw)
		return nil, &ParseError{Line: n, Text: cut80(strings.TrimSpace(first)), Err: ErrNoMessage,
			Expected: "a status line such as \"HTTP/1.1 401 Unauthorized\", a request line such as \"GET / HTTP/1.1\", header fields, curl -v output, an error page or a HAR file"}
	}
	return finish(in), nil
}

// finish numbers the exchanges and picks the dominant format.
func finish(in *Input) *Input {
	count := map[string]int{}
	best := ""
	for i, x := range in.Exchanges {
		x.Index = i
		if x.Format == "" {
			x.Format = "raw"
		}
		markRedacted(x)
		settle(x)
		count[x.Format]++
		if best == "" || count[x.Format] > count[best] {
			best = x.Format
		}
	}
	if in.Format == "" {
		in.Format = best
	}
	return in
}

// hasControl reports whether text holds control bytes other than tab, CR, LF, FF and ESC.
func hasControl(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			return true
		}
	}
	return false
}

// looksBinary reports whether more than a tenth of the bytes are control bytes,
// and the line of the first one.
func looksBinary(text string) (int, bool) {
	ctl, first := 0, -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl*10 <= len(text) {
		return 0, false
	}
	return len(splitRaw(text[:first])) + boolInt(first == 0 || text[first-1] == '\n' || text[first-1] == '\r'), true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstNonBlank(lines []string) (string, int) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return l, i + 1
		}
	}
	return "", 0
}

var methods = map[string]bool{
	"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true, "OPTIONS": true,
	"PATCH": true, "CONNECT": true, "TRACE": true, "PROPFIND": true, "PROPPATCH": true,
	"MKCOL": true, "COPY": true, "MOVE": true, "LOCK": true, "UNLOCK": true, "REPORT": true,
	"SEARCH": true, "PURGE": true,
}

// parseRequestLine recognises "GET /x HTTP/1.1" (the version may be missing).
func parseRequestLine(l string) (method, target, proto string, ok bool) {
	l = strings.TrimSpace(l)
	sp := strings.IndexByte(l, ' ')
	if sp < 3 || sp > 9 || !methods[l[:sp]] {
		return "", "", "", false
	}
	method = l[:sp]
	rest := strings.TrimLeft(l[sp+1:], " ")
	target, proto, _ = strings.Cut(rest, " ")
	proto = strings.TrimSpace(proto)
	if target == "" || strings.ContainsAny(proto, " \t") {
		return "", "", "", false
	}
	if proto != "" && !validProto(proto) {
		return "", "", "", false
	}
	switch {
	case target[0] == '/', target == "*", strings.HasPrefix(target, "http://"), strings.HasPrefix(target, "https://"):
	case method == "CONNECT" && strings.Contains(target, ":"):
	default:
		return "", "", "", false
	}
	return method, target, proto, true
}

// parseStatusLine recognises "HTTP/1.1 401 Unauthorized", "HTTP/2 403", "HTTP/2.0 401".
func parseStatusLine(l string) (proto string, status int, reason string, ok bool) {
	l = strings.TrimSpace(l)
	if !strings.HasPrefix(l, "HTTP/") {
		return "", 0, "", false
	}
	proto, rest, _ := strings.Cut(l, " ")
	if !validProto(proto) {
		return "", 0, "", false
	}
	rest = strings.TrimLeft(rest, " ")
	code, reason, _ := strings.Cut(rest, " ")
	if len(code) != 3 {
		return "", 0, "", false
	}
	n, err := strconv.Atoi(code)
	if err != nil || n < 100 || n > 999 {
		return "", 0, "", false
	}
	return proto, n, strings.TrimSpace(reason), true
}

// splitField splits "Name: value". The name must be a token, a pseudo-header
// (":status") or one of DevTools' "General" names ("Request URL"); spaced
// reports whitespace between the name and the colon.
func splitField(l string) (name, value string, spaced, ok bool) {
	start := 0
	if strings.HasPrefix(l, ":") {
		start = 1
	}
	colon := strings.IndexByte(l[start:], ':')
	if colon < 0 {
		return "", "", false, false
	}
	colon += start
	name = l[:colon]
	value = strings.TrimSpace(l[colon+1:])
	trimmed := strings.TrimRight(name, " \t")
	spaced = len(trimmed) != len(name)
	name = trimmed
	if len(name) == start || len(name) > 100 {
		return "", "", false, false
	}
	if strings.HasPrefix(value, "//") {
		return "", "", false, false // a URL, not a field
	}
	for i := start; i < len(name); i++ {
		c := name[i]
		if !(c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			if c == ' ' && generalNames[strings.ToLower(name)] {
				continue
			}
			return "", "", false, false
		}
	}
	return name, value, spaced, true
}

// requestURL builds an absolute URL from the target and Host when it can.
func requestURL(req *Request) string {
	t := req.Target
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") {
		return t
	}
	host := req.Fields.Get("host")
	if host == "" {
		host = req.Fields.Get(":authority")
	}
	if host == "" || !strings.HasPrefix(t, "/") {
		return ""
	}
	if s := req.Fields.Get(":scheme"); s != "" {
		return s + "://" + host + t
	}
	return "//" + host + t // scheme unknown
}

// markRedacted notes credential values that are redaction markers.
func markRedacted(x *Exchange) {
	check := func(fs Fields, names ...string) {
		for _, f := range fs {
			hit := false
			for _, n := range names {
				hit = hit || strings.EqualFold(f.Name, n)
			}
			if !hit && !IsAPIKeyHeader(f.Name) {
				continue
			}
			ln := strings.ToLower(f.Name)
			v := f.Value
			if ln == "authorization" || ln == "proxy-authorization" {
				if _, rest, ok := strings.Cut(strings.TrimSpace(v), " "); ok {
					v = rest
				}
			}
			red := IsRedacted(v)
			if !red && (ln == "cookie" || ln == "set-cookie") {
				for _, part := range strings.Split(v, ";") {
					if _, cv, ok := strings.Cut(part, "="); ok && IsRedacted(cv) {
						red = true
						break
					}
				}
			}
			if red {
				x.Notes = append(x.Notes, Note{Code: "redacted", Message: f.Name + " holds a redaction marker or an elided value: it was sent, but its value is hidden", Pos: f.Pos})
			}
		}
	}
	if x.Request != nil {
		check(x.Request.Fields, "authorization", "proxy-authorization", "cookie")
	}
	if x.Response != nil {
		check(x.Response.Fields, "set-cookie")
	}
}

// validProto accepts "HTTP/1.1", "HTTP/2", "HTTP/2.0", "HTTP/3".
func validProto(p string) bool {
	v, ok := strings.CutPrefix(p, "HTTP/")
	if !ok || v == "" || len(v) > 4 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !(v[i] >= '0' && v[i] <= '9' || v[i] == '.' && i > 0 && i < len(v)-1) {
			return false
		}
	}
	return true
}

// settle fills the reading contract for readers that did not: the status's
// confidence from StatusSource, and HeadersComplete for a response read from a
// status line (or HAR) whose header block was not cut.
func settle(x *Exchange) {
	r := x.Response
	if r == nil {
		return
	}
	if r.StatusConf == StatusUnknown && r.Status != 0 {
		switch r.StatusSource {
		case "", "pseudo-header":
			r.StatusConf = StatusLine
		case "devtools", "har":
			r.StatusConf = StatusField
		case "body":
			r.StatusConf = StatusImplied
		default:
			r.StatusConf = StatusProse
		}
	}
	if !r.HeadersComplete && !r.HeadersCut && r.Status != 0 && (r.StatusSource == "" || x.Format == "har") {
		r.HeadersComplete = true
	}
}
