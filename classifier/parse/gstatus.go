// The general reader's status finder: a status code in any notation on one
// line, ranked by how it was stated (see StatusConfidence).

package parse

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// statusHit is a status code found on a line.
type statusHit struct {
	code   int
	conf   StatusConfidence
	reason string
	how    string // for Reading.Inferred: "a status line", "the \"status\" field", ...
	inBody bool   // found inside a body (a JSON error document, a page)
	word   bool   // read from a reason word alone ("a Forbidden error"), no number
}

// reasonOf holds the standard reason phrases, lower case.
var reasonOf = map[int]string{
	100: "continue", 101: "switching protocols", 200: "ok", 201: "created", 202: "accepted", 204: "no content",
	301: "moved permanently", 302: "found", 303: "see other", 304: "not modified", 307: "temporary redirect",
	308: "permanent redirect", 400: "bad request", 401: "unauthorized", 402: "payment required", 403: "forbidden",
	404: "not found", 405: "method not allowed", 406: "not acceptable", 407: "proxy authentication required",
	408: "request timeout", 409: "conflict", 410: "gone", 411: "length required", 412: "precondition failed",
	413: "payload too large", 414: "uri too long", 415: "unsupported media type", 418: "i'm a teapot", 421: "misdirected request",
	422: "unprocessable entity", 423: "locked", 425: "too early", 426: "upgrade required", 428: "precondition required",
	429: "too many requests", 431: "request header fields too large", 451: "unavailable for legal reasons",
	500: "internal server error", 501: "not implemented", 502: "bad gateway", 503: "service unavailable",
	504: "gateway timeout", 505: "http version not supported", 511: "network authentication required",
}

// altReasons are reason phrases servers send instead of the standard one:
// nginx's and Apache's "401 Authorization Required", British spelling,
// IIS's and many proxies' "403 Access Denied".
var altReasons = map[int][]string{
	401: {"authorization required", "unauthorised", "access denied"},
	403: {"access denied", "access forbidden"},
	407: {"proxy authorization required"},
	414: {"request-uri too long"},
}

// codeOfName maps a reason phrase written as an enum name ("Unauthorized",
// "NotFound", "PROXY_AUTHENTICATION_REQUIRED", "forbidden") to its code:
// each of reasonOf squashed, and three older names. Written out rather than
// squashed from reasonOf at start-up (issue #14); TestCodeOfName holds the
// two equal.
var codeOfName = map[string]int{
	"continue": 100, "switchingprotocols": 101, "ok": 200, "created": 201, "accepted": 202, "nocontent": 204,
	"movedpermanently": 301, "found": 302, "seeother": 303, "notmodified": 304, "temporaryredirect": 307,
	"permanentredirect": 308, "badrequest": 400, "unauthorized": 401, "paymentrequired": 402, "forbidden": 403,
	"notfound": 404, "methodnotallowed": 405, "notacceptable": 406, "proxyauthenticationrequired": 407,
	"requesttimeout": 408, "conflict": 409, "gone": 410, "lengthrequired": 411, "preconditionfailed": 412,
	"payloadtoolarge": 413, "requestentitytoolarge": 413, "requesturitoolong": 414, "uritoolong": 414,
	"unsupportedmediatype": 415, "imateapot": 418, "misdirectedrequest": 421, "unprocessablecontent": 422,
	"unprocessableentity": 422, "locked": 423, "tooearly": 425, "upgraderequired": 426,
	"preconditionrequired": 428, "toomanyrequests": 429, "requestheaderfieldstoolarge": 431,
	"unavailableforlegalreasons": 451, "internalservererror": 500, "notimplemented": 501, "badgateway": 502,
	"serviceunavailable": 503, "gatewaytimeout": 504, "httpversionnotsupported": 505,
	"networkauthenticationrequired": 511,
}

// squash lower-cases s and drops everything but letters and digits.
func squash(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 32)
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
		}
	}
	return b.String()
}

// lowerAligned lower-cases s in every cased script (Cyrillic, Greek, Latin
// with accents: "Метод запроса" -> "метод запроса") while keeping each
// character's byte length, so offsets found in the result index the original
// line too; a letter whose lower case is written in another number of bytes
// (the Kelvin sign, a dotted capital I) is kept as it is. It copies only
// when something changes.
func lowerAligned(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 32
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// maxScan bounds how much of one line the general reader scans.
const maxScan = 8192

// lineStatus returns the best status stated on line t, if any.
func lineStatus(t string) (statusHit, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	lt := ascii.Lower(t)
	if checkName(lt) {
		return statusHit{}, false
	}
	if h := qtReplyError(lt); h.code != 0 {
		return h, true
	}
	var best statusHit
	better := func(h statusHit) {
		if h.code != 0 && h.conf > best.conf {
			best = h
		}
	}
	better(statusLineIn(t))
	if best.conf < StatusLine && strings.HasPrefix(t, "{") && strings.Contains(t, "\\\"") {
		// a JSON log record whose message is an access line, its quotes
		// escaped (journalctl -o json's MESSAGE, Docker's json-file "log")
		better(statusLineIn(strings.ReplaceAll(t, "\\\"", "\"")))
	}
	if best.conf < StatusField {
		better(squidResult(t))
	}
	if best.conf < StatusField {
		better(assertedStatus(t, lt))
	}
	if best.conf < StatusLine {
		better(statusField(t, lt))
	}
	if best.conf < StatusField && strings.Contains(lt, "</") {
		better(xmlStatusElement(lt))
	}
	if best.conf < StatusField {
		better(reasonURLTime(t))
	}
	if best.conf < StatusField && strings.Contains(t, "|") {
		better(pipeRowStatus(t))
	}
	if best.conf < StatusField {
		better(statusProse(t, lt))
	}
	if best.conf < StatusProse {
		better(statusConstant(t))
	}
	if best.conf < StatusProse {
		better(statusTemplate(t, lt))
	}
	if best.code == 0 {
		better(aiohttpStatus(t))
	}
	if best.code == 0 {
		better(flowListStatus(t))
	}
	if best.code == 0 {
		better(pageCode(t))
	}
	return best, best.code != 0
}

// pipeRowStatus reads a record whose fields are joined by bare pipes, one
// of them a status code and another its reason phrase, in any order
// ("403|urn:example:problem:forbidden|Forbidden|You may not …", a problem
// document's status, type, title and detail logged as one row). A table's
// row pads its cells or opens with a pipe: it is read elsewhere.
func pipeRowStatus(t string) statusHit {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "|") || strings.Count(t, "|") < 2 {
		return statusHit{}
	}
	code, named := 0, ""
	for f := range strings.SplitSeq(t, "|") {
		switch {
		case f == "" || f[0] == ' ' || f[len(f)-1] == ' ':
			continue
		case len(f) == 3 && codeAt(f, 0) != 0:
			if code != 0 && code != codeAt(f, 0) {
				return statusHit{}
			}
			code = codeAt(f, 0)
		case len(f) <= 40 && named == "" && codeOfName[squash(f)] != 0 && strings.ContainsFunc(f, unicode.IsUpper):
			named = f
		}
	}
	if code == 0 || named == "" || codeOfName[squash(named)] != code {
		return statusHit{}
	}
	return statusHit{code: code, conf: StatusField, reason: named, how: "a record of fields joined by pipes (\"" + strconv.Itoa(code) + "|…|" + named + "\")"}
}

// flowListStatus reads the response line of mitmproxy's flow list copied as
// text: under the request's "POST https://h/x", an arrow, the status, then
// the body's content type and size ("<- 401 text/html 1.26kB", "<- 204 [no
// content]", "<- 200 271B").
func flowListStatus(t string) statusHit {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "<- ") || len(t) < 6 {
		return statusHit{}
	}
	c := codeAt(t, 3)
	if c == 0 {
		return statusHit{}
	}
	rest := t[6:]
	if rest != "" {
		if rest[0] != ' ' {
			return statusHit{}
		}
		f := strings.Fields(rest)
		if len(f) > 3 {
			return statusHit{}
		}
		// a media type, a size, or the list's "[no content]"
		w := f[0]
		size := isDigit(w[0]) && strings.TrimRight(strings.TrimLeft(w, "0123456789."), "kKmMgGiBb") == ""
		if !strings.Contains(w, "/") && !size && !strings.HasPrefix(w, "[") {
			return statusHit{}
		}
	}
	return statusHit{code: c, conf: StatusProse, how: "a proxy's flow list (\"<- " + t[3:6] + " …\")"}
}

// aiohttpStatus reads the string of Python aiohttp's ClientResponseError,
// which apps log without its class name: the status, then the reason as
// message=, then the URL ("Error fetching data: 401,
// message='Unauthorized', url=URL('https://…')", "Login failed. 403,
// message='Forbidden', url='https://…'").
func aiohttpStatus(t string) statusHit {
	const m = ", message="
	u := strings.LastIndex(t, ", url=")
	for off := 0; off < u; {
		i := strings.Index(t[off:], m)
		if i < 0 {
			break
		}
		i += off
		off = i + len(m)
		if off > u || i < 3 || i > 3 && (isDigit(t[i-4]) || t[i-4] == '.' || t[i-4] == '-') || off >= len(t) || t[off] != '\'' && t[off] != '"' {
			continue
		}
		if c := codeAt(t, i-3); c >= 400 {
			return statusHit{code: c, conf: StatusProse, how: "aiohttp's ClientResponseError (\"" + t[i-3:i] + ", message=…\")"}
		}
	}
	return statusHit{}
}

// pageCode reads the big code of a framework's minimal error page copied as
// text: Laravel's and Next.js's "403 | Invalid signature." (a status), or
// the code alone on its line above the message ("403", then "Invalid
// signature."; implied: a bare number is weak evidence).
func pageCode(t string) statusHit {
	s := strings.Trim(t, " \t#*_")
	if len(s) < 3 {
		return statusHit{}
	}
	c := codeAt(s, 0)
	if c < 400 || reasonOf[c] == "" {
		return statusHit{}
	}
	switch {
	case len(s) == 3:
		return statusHit{code: c, conf: StatusImplied, how: "a code alone on its line (an error page's heading)"}
	case strings.HasPrefix(s[3:], " | ") && len(s) > 6 && isAlpha(s[6]):
		return statusHit{code: c, conf: StatusProse, how: "an error page's heading (\"" + s[:min(len(s), 40)] + "\")"}
	}
	return statusHit{}
}

// squidResult reads the result field of Squid's native access log (and of
// the proxies that copy it: OPNsense, pfSense, Smoothwall): the cache
// result, a slash, the status the proxy answered with: "TCP_DENIED/407",
// "TCP_MISS/200", "TCP_TUNNEL/200", "NONE_NONE/400". The field stands
// between the client's address and the size, before the method and URL.
func squidResult(t string) statusHit {
	for off, n := 0, 0; n < 8; n++ {
		i := strings.Index(t[off:], "/")
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		j := i
		for j > 0 && (t[j-1] >= 'A' && t[j-1] <= 'Z' || t[j-1] == '_') {
			j--
		}
		tag := t[j:i]
		if j > 0 && t[j-1] != ' ' || !(strings.HasPrefix(tag, "TCP_") || strings.HasPrefix(tag, "UDP_") || strings.HasPrefix(tag, "NONE")) {
			continue
		}
		if i+4 > len(t) || t[i+4] != ' ' {
			continue
		}
		c := codeAt(t, i+1)
		if c < 100 || reasonOf[c] == "" {
			continue
		}
		// what follows is the size, then a method
		rest := strings.Fields(t[i+5 : min(len(t), i+64)])
		if len(rest) < 2 || !ascii.AllDigits(rest[0]) || !methods.Has(rest[1]) {
			continue
		}
		return statusHit{code: c, conf: StatusField, how: accessLogHow + " (Squid's \"" + t[j:i+4] + "\")"}
	}
	return statusHit{}
}

// statusQualifiers are, squashed, the types and packages whose members name
// a status in client code and in the values they print: Spring's
// HttpStatus.FORBIDDEN, .NET's HttpStatusCode.Unauthorized and
// StatusCodes.Status401Unauthorized, Python's HTTPStatus.UNAUTHORIZED and
// requests.codes.forbidden, Go's http.StatusForbidden, Java's
// HttpURLConnection.HTTP_UNAUTHORIZED, JAX-RS's Response.Status.FORBIDDEN,
// Rust's StatusCode::UNAUTHORIZED, Ruby's Net::HTTPUnauthorized.
var statusQualifiers = wordlist.Set{"httpstatus", "httpstatuscode", "statuscode", "statuscodes",
	"status", "codes", "http", "net", "httpurlconnection", "httpstatuses"}

// statusConstant finds a status named by a language's constant or response
// class: "#<Net::HTTPUnauthorized 401 Unauthorized>" has its number read
// elsewhere, "Got: #Net::HTTPUnauthorized" or "HttpStatus.FORBIDDEN" only by
// the name. Only refusals (4xx) count, and only after a known qualifier.
func statusConstant(t string) statusHit {
	isIdent := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	for i := 0; i < len(t); {
		if !isIdent(t[i]) {
			i++
			continue
		}
		// a dotted or ::-joined name: qualifier parts, then the member
		start := i
		var qual, member string
		colons := false // the member follows "::"
		for {
			j := i
			for j < len(t) && isIdent(t[j]) {
				j++
			}
			member = t[i:j]
			switch {
			case j+1 < len(t) && t[j] == '.' && isIdent(t[j+1]):
				qual, i, colons = t[i:j], j+1, false
				continue
			case j+2 < len(t) && t[j] == ':' && t[j+1] == ':' && isIdent(t[j+2]):
				qual, i, colons = t[i:j], j+2, true
				continue
			}
			i = j
			break
		}
		if qual == "" || start > 0 && (t[start-1] == '/' || t[start-1] == '\\') {
			continue
		}
		class := false
		if !statusQualifiers.Has(squash(qual)) {
			if class = colons && reasonClass(t, member, i); !class {
				continue
			}
		}
		name := squash(member)
		for _, p := range []string{"status", "http"} {
			name = strings.TrimPrefix(name, p)
		}
		if class {
			name = strings.TrimSuffix(strings.TrimSuffix(name, "error"), "exception")
		}
		code := 0
		for len(name) > 0 && name[0] >= '0' && name[0] <= '9' && code < 1000 {
			code = code*10 + int(name[0]-'0')
			name = name[1:]
		}
		c, ok := codeOfName[name]
		if !ok || c < 400 || c > 499 || (code != 0 && code != c) {
			continue
		}
		if callArgument(t, start) {
			continue // a client's options or a test's expectation: .AllowHttpStatus(HttpStatusCode.NotFound), assertEquals(HttpStatus.FORBIDDEN, …)
		}
		if class {
			// the client's class stands for the status, as a page's
			// title does: implied, not stated
			return statusHit{code: c, conf: StatusImplied, reason: reasonOf[c], how: "an exception class named by the reason phrase (\"" + t[start:i] + "\")"}
		}
		return statusHit{code: c, conf: StatusProse, reason: reasonOf[c], how: "a status constant (\"" + t[start:i] + "\")"}
	}
	return statusHit{}
}

// reasonClass reports whether member, a name after "::" ending at t[end:],
// is printed as a raised exception's class: Ruby's and Perl's clients name
// one class per refusal after its reason phrase (RestClient::Unauthorized,
// Octokit::Forbidden, Excon::Error::TooManyRequests,
// Faraday::UnauthorizedError) and print it first, then ": message", " (…)",
// or nothing. The member is a capitalised CamelCase name; what follows it
// decides it is the error printed, not code that names the class ("rescue
// RestClient::Unauthorized => e" is a handler, not a failure).
func reasonClass(t, member string, end int) bool {
	if member == "" || member[0] < 'A' || member[0] > 'Z' || strings.ToUpper(member) == member {
		return false
	}
	rest := t[end:]
	if rest == "" {
		return true
	}
	return strings.HasPrefix(rest, ": ") || rest == ":" || strings.HasPrefix(rest, " (") || rest[0] == ')' || rest[0] == '>'
}

// callArgument reports whether the name at t[start:] is an argument of a
// call in source code that sets a client's options or states a test's
// expectation (AllowHttpStatus(…), expectStatus(…), assertEquals(…)): what
// the code allows or expects, not what a server sent. A server's own code
// that answers with a status (throw new …Exception(Status.UNAUTHORIZED))
// still counts.
func callArgument(t string, start int) bool {
	k := start
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if k == 0 || t[k-1] != '(' && t[k-1] != ',' {
		return false
	}
	if t[k-1] == ',' {
		o := strings.LastIndexByte(t[:k-1], '(')
		if o < 0 || strings.IndexByte(t[o:k], ')') >= 0 {
			return false
		}
		k = o + 1
	}
	k-- // at the '('
	e := k
	for k > 0 && (isAlpha(t[k-1]) || isDigit(t[k-1]) || t[k-1] == '_') {
		k--
	}
	name := ascii.Lower(t[k:e])
	for _, p := range []string{"allow", "expect", "assert", "accept", "ignore", "retry", "should", "verify", "tobe", "toequal", "skip"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// statusLineIn finds "HTTP/1.1 401 Unauthorized" on the line: at its start or
// after a transcript marker it is a status line; "\"GET / HTTP/1.1\" 401"
// (an access log) is a field; elsewhere in a sentence it is prose.
func statusLineIn(t string) statusHit {
	off := 0
	for n := 0; n < 16; n++ {
		j := strings.Index(t[off:], "HTTP/")
		if j < 0 {
			break
		}
		j += off
		off = j + 5
		if j > 0 && (isAlpha(t[j-1]) || isDigit(t[j-1])) {
			continue
		}
		// access log: "GET /x HTTP/1.1" 401 123
		k := j + 5
		for k < len(t) && (isDigit(t[k]) || t[k] == '.') {
			k++
		}
		if k+1 < len(t) && t[k] == '"' && t[k+1] == ' ' {
			if c := codeAt(t, k+2); c != 0 {
				return statusHit{code: c, conf: StatusField, how: accessLogHow}
			}
		}
		// access logs whose format quotes every field, Envoy's custom
		// formats among them: 'GET' '/x' 'HTTP/1.1' '401' 'ext_authz_denied'
		if c := singleQuotedStatus(t, j, k); c != 0 {
			return statusHit{code: c, conf: StatusField, how: accessLogHow + " (every field quoted)"}
		}
		// access logs that quote fields after the protocol: oauth2-proxy's
		// `GET - "/oauth2/auth" HTTP/1.1 "curl/8" 401 13 0.000`
		if c := statusAfterQuoted(t, k); c != 0 && hasMethodWord(ascii.Lower(t[:j])) {
			return statusHit{code: c, conf: StatusField, how: accessLogHow}
		}
		// load balancers log timers, then the status, then the quoted
		// request: HAProxy "0/0/1/2/3 403 212 … "GET /x HTTP/1.1"", AWS ALB
		// "0.000 0.001 0.000 403 403 34 366 "GET https://h/x HTTP/1.1""
		if k < len(t) && t[k] == '"' {
			if c := statusAfterTimers(t[:j]); c != 0 {
				return statusHit{code: c, conf: StatusField, how: accessLogHow + " (the status after the timers)"}
			}
		}
		if proto, code, reason, ok := parseStatusLine(t[j:]); ok && code >= 100 && code <= 599 && validProto(proto) {
			before := strings.TrimRight(t[:j], " \t")
			conf := StatusProse
			if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "<") ||
				strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "'") || strings.HasSuffix(before, "|") {
				conf = StatusLine
			}
			if i := strings.IndexAny(reason, "\"'\\"); i >= 0 {
				reason = strings.TrimSpace(reason[:i])
			}
			if i := strings.Index(reason, " ["); i >= 0 {
				if _, ok := listNameAt(reason, i+2); ok {
					reason = strings.TrimSpace(reason[:i]) // Apache HttpClient's "401 Unauthorized [Server: …, …]"
				}
			}
			if (strings.HasPrefix(proto, "HTTP/2") || strings.HasPrefix(proto, "HTTP/3") || conf == StatusProse) && !knownReason(code, reason) {
				// HTTP/2 and HTTP/3 have no reason phrase, and a status line
				// quoted in a message runs on into the message: the words
				// after the code ("HTTP/2 403 returned for \"https://…\"")
				// are the sentence's, unless they are the code's own phrase
				reason = ""
			}
			return statusHit{code: code, conf: conf, reason: reason, how: "a status line"}
		}
	}
	return statusHit{}
}

// sentenceStatusLine reports whether line t quotes a status line inside a
// sentence: "HTTP/" follows at least two words of the writer's own ('I get
// the error "HTTP/1.1 401 Unauthorized"'), not a label ("Response: HTTP/1.1
// 401") or nothing.
func sentenceStatusLine(t string) bool {
	j := strings.Index(t[:min(len(t), 400)], "HTTP/")
	if j <= 0 {
		return false
	}
	words := 0
	for _, f := range strings.Fields(t[:j]) {
		if len(f) >= 2 && isAlpha(f[0]) && isAlpha(f[1]) {
			words++
		}
	}
	return words >= 2
}

// knownReason reports whether reason opens with the standard or a common
// alternative reason phrase of code ("Forbidden", "Access Denied").
func knownReason(code int, reason string) bool {
	lr := ascii.Lower(strings.TrimSpace(reason))
	if r := reasonOf[code]; r != "" && strings.HasPrefix(lr, r) {
		return true
	}
	for _, r := range altReasons[code] {
		if strings.HasPrefix(lr, r) {
			return true
		}
	}
	return false
}

// singleQuotedStatus reads the status of an access log line whose format
// puts each field in single quotes, the protocol field at t[j:k] ('HTTP/1.1')
// followed by the status field ('401'): a protocol quoted on both sides and
// a quoted three-digit field right after it are the log's own columns, not a
// sentence that happens to name a version.
func singleQuotedStatus(t string, j, k int) int {
	if j == 0 || t[j-1] != '\'' || k+6 >= len(t) || t[k] != '\'' || t[k+1] != ' ' || t[k+2] != '\'' || t[k+6] != '\'' {
		return 0
	}
	return codeAt(t, k+3)
}

// statusAfterQuoted reads, from t[k:] just after a request's protocol
// version, one or two quoted fields (the request's closing quote, a user
// agent, a referer) and then a status followed by a size: `" "-" 401 13`.
func statusAfterQuoted(t string, k int) int {
	rest := strings.TrimPrefix(t[k:], "\"") // the request's own closing quote
	quoted := 0
	for n := 0; n < 2; n++ {
		rest = strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(rest, "\"") {
			break
		}
		end := strings.IndexByte(rest[1:], '"')
		if end < 0 || end > 1024 {
			return 0
		}
		rest = rest[end+2:]
		quoted++
	}
	if quoted == 0 {
		return 0
	}
	rest = strings.TrimLeft(rest, " ")
	c := codeAt(rest, 0)
	if c == 0 || len(rest) < 5 || rest[3] != ' ' || !(isDigit(rest[4]) || rest[4] == '-') {
		return 0
	}
	return c
}

// timerToken reports whether a log field is a timer: HAProxy's
// "0/-1/-1/-1/0" (with -1 for a phase that did not happen) or "0.000".
func timerToken(w string) bool {
	if w == "" || !(isDigit(w[0]) || w[0] == '-') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != '/' && c != '-' && c != '.' && c != '+' {
			return false
		}
	}
	return strings.Count(w, "/") >= 2 || strings.Contains(w, ".") && !strings.Contains(w, "-") && !strings.Contains(w, "/")
}

// statusAfterTimers finds, in a load balancer's log line before its quoted
// request, the first standalone status code that follows a timer token
// ("0/0/1/2/3", "0.000").
func statusAfterTimers(before string) int {
	if len(before) > 4096 {
		return 0
	}
	fs := strings.Fields(before)
	if q := strings.LastIndexByte(before, '"'); q > 0 {
		fs := strings.Fields(before[:q])
		if n := len(fs); n >= 2 && len(fs[n-1]) == 3 && sizeToken(fs[n-2]) {
			// the response's size with its unit, then the status, right
			// before the quoted request: Synapse's "… 91B 401 \"GET /x HTTP/1.1\""
			if c := codeAt(fs[n-1], 0); c >= 100 && reasonOf[c] != "" {
				return c
			}
		}
	}
	for i := 1; i < len(fs); i++ {
		w, prev := fs[i], fs[i-1]
		if len(w) != 3 || !timerToken(prev) && !(prev == "-1" && unsentTimers(fs[:i])) {
			continue
		}
		if c := codeAt(w, 0); c >= 100 {
			return c
		}
	}
	return 0
}

// sizeToken reports whether w is a size written with its unit: "91B",
// "1.2KB", "3KiB", "512bytes".
func sizeToken(w string) bool {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == '.') {
		i++
	}
	if i == 0 || !isDigit(w[0]) {
		return false
	}
	switch w[i:] {
	case "B", "b", "KB", "kB", "KiB", "MB", "MiB", "bytes":
		return true
	}
	return false
}

// unsentTimers reports whether fs ends with three timers, each "-1" or a
// time: an AWS load balancer logs its request, target and response
// processing times as -1 when it answered without a target (a WAF block, a
// fixed response, an authentication action).
func unsentTimers(fs []string) bool {
	if len(fs) < 3 {
		return false
	}
	for _, w := range fs[len(fs)-3:] {
		if w != "-1" && !timerToken(w) {
			return false
		}
	}
	return true
}

// reasonURLTime reads the line NuGet's HTTP log (dotnet nuget, nuget.exe,
// msbuild restore) writes for each response: the status as its enum name,
// the URL and the time taken ("  Created https://h/api/v2/package/ 512ms",
// "  NotFound https://h/v3/x.json 45ms").
func reasonURLTime(t string) statusHit {
	f := strings.Fields(t)
	if len(f) != 3 || !strings.HasSuffix(f[2], "ms") || !strings.HasPrefix(f[1], "http") || !strings.Contains(f[1], "://") {
		return statusHit{}
	}
	for i := 0; i < len(f[2])-2; i++ {
		if !isDigit(f[2][i]) {
			return statusHit{}
		}
	}
	c, ok := codeOfName[squash(f[0])]
	if !ok || !isAlpha(f[0][0]) {
		return statusHit{}
	}
	return statusHit{code: c, conf: StatusField, reason: f[0], how: "a client's response log line (\"" + f[0] + " … " + f[2] + "\")"}
}

// statusKeys are the names of fields that hold a status, squashed.
var statusKeys = wordlist.Set{
	"status", "statuscode", "httpstatus", "httpstatuscode", "responsestatus",
	"responsecode", "statuscodevalue", "httpcode", "httpresponsecode", "resstatuscode",
	"httpstatuscodevalue", "statusint", "responsestatuscode", "httpresponsestatuscode",
	// access logs: Traefik's JSON (DownstreamStatus: what the client got), W3C/IIS (sc-status)
	"downstreamstatus", "scstatus",
	// an SDK's printed exception (Firebase Storage: "Code: -13021 HttpResult: 403")
	"httpresult", "httpresultcode",
	// Hikvision ISAPI's XML answer: <statusValue>401</statusValue>
	"statusvalue",
}

// statusKeySuffix accepts a logger's own name for the status the client got
// (tf_http_res_status_code, elb_status_code, http_response_status): a key
// ending in a status word, naming no backend (upstream_status and
// target_status_code are what the backend answered the proxy).
func statusKeySuffix(sq string) bool {
	if !(strings.HasSuffix(sq, "statuscode") || strings.HasSuffix(sq, "resstatus") || strings.HasSuffix(sq, "responsestatus") ||
		strings.HasSuffix(sq, "httpstatus")) || len(sq) > 40 {
		return false
	}
	head := strings.TrimSuffix(strings.TrimSuffix(sq, "statuscode"), "status")
	for _, b := range []string{"upstream", "target", "backend", "origin", "expected", "want"} {
		if strings.Contains(head, b) {
			return false
		}
	}
	return true
}

// statusField finds a field holding the status: status: 403, StatusCode: 403,
// status_code=401, 'status': 401, "statusCode":403, Status = 403,
// "Response Status: 401 Unauthorized", StatusCode : Unauthorized (PowerShell),
// http.status_code=401. A bare "code" key counts only as implied.
func statusField(t, lt string) statusHit {
	var implied, nested statusHit
	hasStatusWord := strings.Contains(lt, "status")
	// quote state up to qpos: a key inside another string (a JSON document
	// quoted in a Python dict) is a weaker hit than a key of the line's own
	// structure.
	var qstate byte
	qpos := 0
	advance := func(to int) {
		for ; qpos < to && qpos < len(lt); qpos++ {
			c := lt[qpos]
			if c == '\\' {
				qpos++
				continue
			}
			if c == '"' || c == '\'' {
				switch qstate {
				case 0:
					qstate = c
				case c:
					qstate = 0
				}
			}
		}
	}
	i := 0
	for i < len(lt) {
		// next key token: letters, digits, '_', '.', '-'
		if !(isAlpha(lt[i]) || lt[i] == '_') {
			i++
			continue
		}
		ks := i
		for i < len(lt) && (isAlpha(lt[i]) || isDigit(lt[i]) || lt[i] == '_' || lt[i] == '.' || lt[i] == '-') {
			i++
		}
		key := lt[ks:i]
		// "Response Status", "Status Code", "HTTP status code": take a
		// following word into the key.
		j := i
		for n := 0; n < 2 && j+1 < len(lt) && lt[j] == ' ' && isAlpha(lt[j+1]); n++ {
			e := j + 1
			for e < len(lt) && isAlpha(lt[e]) {
				e++
			}
			w := lt[j+1 : e]
			if w != "status" && w != "code" {
				break
			}
			key += w
			j = e
		}
		sq := squash(key)
		if k := strings.LastIndexByte(key, '.'); k >= 0 && k+1 < len(key) {
			// http.response.status_code, res.statusCode
			tail := squash(key[k+1:])
			if tail == "statuscode" || tail == "status" {
				sq = tail
			}
		}
		if key == "_rc" {
			// Perl's HTTP::Response (LWP) keeps its status in the member
			// _rc, its reason in _msg: what Data::Dumper prints of it
			// ('_rc' => '401'); a bare "rc" elsewhere is a command's
			// return code
			sq = "status"
		}
		// an error body's "error_code"/"errorCode" holds the HTTP code
		// as often as "code" does (Telegram's {"ok":false,"error_code":401})
		isCode := sq == "code" || sq == "errorcode"
		if !statusKeys.Has(sq) && !isCode && !statusKeySuffix(sq) {
			continue
		}
		// separator
		// (a JSON document quoted in a log record escapes its quotes:
		// body="{\"status\":401}")
		k := j
		for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ' || lt[k] == '\t' || lt[k] == '\\') {
			k++
		}
		sep := false
		switch {
		case strings.HasPrefix(lt[k:], "=>"):
			k += 2
			sep = true
		case k < len(lt) && (lt[k] == ':' || lt[k] == '='):
			k++
			sep = true
		case strings.HasPrefix(lt[k:], "is "):
			k += 3
			sep = true
		}
		if !sep {
			continue
		}
		for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ' || lt[k] == '\t' || lt[k] == '(' || lt[k] == '[' || lt[k] == '`' || lt[k] == '\\') {
			k++
		}
		if c := codeAt(lt, k); c != 0 && (k+3 >= len(lt) || lt[k+3] != '.' || k+4 >= len(lt) || !isDigit(lt[k+4])) {
			reason := ""
			if r := reasonAfter(t, k+3, c); r != "" {
				reason = r
			}
			if isCode && (strings.Contains(lt, "response{") || strings.Contains(lt, "protocol=")) {
				// OkHttp's Response{protocol=h2, code=401, message=, url=...}
				return statusHit{code: c, conf: StatusField, reason: reason, how: "a status field (code)"}
			}
			if isCode && reasonOf[c] != "" && hasStatusWord && parentNamesStatus(lt, ks) {
				// "responseStatus":{"metadata":{},"code":403}: the object
				// that holds the code is the response's status
				return statusHit{code: c, conf: StatusField, reason: reason, how: "a status field (" + strings.TrimSpace(t[ks:j]) + " in a status object)"}
			}
			if isCode {
				if implied.code == 0 && c >= 400 && reasonOf[c] != "" {
					implied = statusHit{code: c, conf: StatusImplied, how: "an error body's \"code\""}
				}
				continue
			}
			if expectedBefore(lt, ks) {
				continue // "expected status: 200, got: 401"
			}
			h := statusHit{code: c, conf: StatusField, reason: reason, how: "a status field (" + strings.TrimSpace(t[ks:j]) + ")"}
			advance(max(ks-1, 0))
			if qstate != 0 {
				if nested.code == 0 {
					nested = h
				}
				continue
			}
			return h
		}
		if isCode {
			continue
		}
		// an enum name: StatusCode : Unauthorized, status: "FORBIDDEN"
		e := k
		for e < len(lt) && (isAlpha(lt[e]) || lt[e] == '_') {
			e++
		}
		if e > k {
			if c, ok := codeOfName[squash(lt[k:e])]; ok && c >= 400 {
				return statusHit{code: c, conf: StatusField, reason: t[k:e], how: "a status field (" + strings.TrimSpace(t[ks:j]) + ")"}
			}
		}
	}
	if nested.code != 0 {
		return nested
	}
	return implied
}

// parentNamesStatus reports whether the key at lt[ks:] sits in an object
// whose own key names a status ("responseStatus": {…, "code": 403},
// status: {code: 401}): it finds the brace that opens the enclosing object,
// looking back at most 160 bytes, and the key before it.
func parentNamesStatus(lt string, ks int) bool {
	depth := 0
	for k := ks - 1; k >= 0 && ks-k <= 160; k-- {
		switch lt[k] {
		case '}':
			depth++
		case '{':
			if depth > 0 {
				depth--
				continue
			}
			e := k
			for e > 0 && (lt[e-1] == ' ' || lt[e-1] == ':' || lt[e-1] == '"' || lt[e-1] == '\'' || lt[e-1] == '=') {
				e--
			}
			b := e
			for b > 0 && (isAlpha(lt[b-1]) || isDigit(lt[b-1]) || lt[b-1] == '_' || lt[b-1] == '-' || lt[b-1] == '.') {
				b--
			}
			name := squash(lt[b:e])
			return name == "status" || name == "responsestatus" || name == "httpstatus" || name == "statuscode"
		}
	}
	return false
}

// expectedBefore reports whether the words just before lt[i] say that what
// follows is what a client expected or wanted ("expected statusCode 200",
// "expecting status 2xx", "want status: 200"), not what the server sent.
func expectedBefore(lt string, i int) bool {
	b := lt[max(0, i-28):i]
	k := max(strings.LastIndex(b, "expected"), strings.LastIndex(b, "expecting"), strings.LastIndex(b, "expects"),
		strings.LastIndex(b, "want "), strings.LastIndex(b, "wanted "))
	if k < 0 || k > 0 && isAlpha(b[k-1]) {
		return false
	}
	rest := b[k:]
	return !strings.Contains(rest, "but") && !strings.Contains(rest, "got") && !strings.Contains(rest, ",") && !strings.Contains(rest, ";")
}

// deniedBefore reports whether the words just before lt[i] deny that the
// code came back: a negation, then a verb of answering, then at most an
// article ("Vault no longer answers 403 …, it answers 400", "it does not
// return 401 anymore", "never got a 403"). What did come back is said
// elsewhere in the sentence, and read there.
func deniedBefore(lt string, i int) bool {
	words := strings.FieldsFunc(lt[max(0, i-48):i], func(r rune) bool { return r < utf8.RuneSelf && !isAlpha(byte(r)) && r != '\'' })
	if i-48 > 0 && len(words) > 0 {
		words = words[1:] // the first may be cut
	}
	n := len(words)
	if n > 0 && (words[n-1] == "a" || words[n-1] == "an" || words[n-1] == "the" || words[n-1] == "any") {
		n--
	}
	if n < 2 || !receiveVerbs[words[n-1]] && !serverVerbs[words[n-1]] || words[n-1] == "with" || words[n-1] == "into" {
		return false
	}
	switch words[n-2] {
	case "not", "never", "doesn't", "don't", "didn't", "won't", "isn't", "wasn't", "cannot", "can't":
		return true
	case "longer":
		return n >= 3 && words[n-3] == "no"
	}
	return false
}

// serverVerbs are the verbs of a server answering that receiveVerbs lack.
var serverVerbs = map[string]bool{"answers": true, "answered": true, "send": true, "sends": true, "sent": true, "respond": true,
	"responds": true, "responded": true, "returning": true}

// wishedBefore reports whether the sentence holding lt[i] says, before it,
// what a server should or would send rather than what it sent (wishWords):
// "it should rather come with a 403, like an invalid token does", "I would
// expect a 401 here". A later "but", "got", "returns", "instead"
// turns back to what happened ("should be 200 but returns 403": the 403
// stands).
func wishedBefore(lt string, i int) bool {
	b := lt[max(0, i-120):i]
	if k := max(strings.LastIndex(b, ". "), strings.LastIndex(b, "? "), strings.LastIndex(b, "! "), strings.LastIndex(b, "; ")); k >= 0 {
		b = b[k+2:]
	}
	k, kn, wish := -1, 0, false
	for _, m := range wishWords {
		if j := lastWishWord(b, m); j > k {
			k, kn, wish = j, len(m), strings.HasSuffix(m, " wish")
		}
	}
	if k < 0 {
		return false
	}
	// what came back instead, after the wish ("expected 200 but got 401");
	// the verb a wish itself holds ("please return 401", "should get a
	// 401", "should have returned 401": the two words after the wish) is
	// no outcome, though a turn ("but", "however") is
	rest := b[k+kn:]
	if d := strings.IndexAny(rest, "0123456789,"); d >= 0 {
		// a code or a comma between the wish and the verb: the verb is
		// the outcome's ("expected 200, got 401")
		rest = rest[:d] + " - - " + rest[d:]
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return r < utf8.RuneSelf && !isAlpha(byte(r)) && r != '-' })
	for n, w := range words {
		switch w {
		case "but", "instead", "actual", "however":
			return false
		case "got", "get", "gets", "return", "returns", "returned", "receive":
			if n >= 2 && words[n-1] != "to" && !wish {
				// ("would be better to return a 403": an infinitive, and
				// "I wish it returned a 403": the wished outcome, still the wish)
				return false
			}
		}
	}
	return true
}

// wishedAfter reports whether the code at lt[i:end] (code its value) is the
// subject of a wish or a hypothesis: the words after it, past its reason
// phrase, go on with "would", "should" or "ought" ("Answering
// 404 Not Found there would be nicer", "Maybe `409 Conflict` would fit
// better", "a 401 should be sent"), in a sentence that names no outcome
// before it ("I get a 403 here, should I …" keeps its 403).
func wishedAfter(lt string, i, end, code int) bool {
	b := lt[max(0, i-120):i]
	if k := max(strings.LastIndex(b, ". "), strings.LastIndex(b, "? "), strings.LastIndex(b, "! "), strings.LastIndex(b, "; ")); k >= 0 {
		b = b[k+2:]
	}
	for _, w := range strings.FieldsFunc(b, func(r rune) bool { return r < utf8.RuneSelf && !isAlpha(byte(r)) }) {
		if receiveVerbs[w] && w != "with" && w != "into" {
			return false
		}
	}
	a := lt[end:min(len(lt), end+60)]
	if r := reasonAfter(lt, end, code); r != "" {
		if k := strings.Index(a, r); k >= 0 {
			a = a[k+len(r):]
		}
	}
	if k := strings.IndexAny(a, ".:;,-|()[]{}=<>\n"); k >= 0 {
		// the words that go on in the same phrase ("401 Unauthorized:
		// should you …" is a page's message, not a wish)
		a = a[:k]
	}
	words := strings.FieldsFunc(a, func(r rune) bool { return r < utf8.RuneSelf && !isAlpha(byte(r)) && r != '\'' })
	for n, w := range words {
		if n > 1 {
			break
		}
		switch w {
		case "would", "should", "ought":
			return n == 0 || words[0] == "there" || words[0] == "here" || words[0] == "instead"
		}
	}
	return false
}

// reasonAfter returns the reason phrase of code written after s[i:]
// ("401 Unauthorized", "401 (Unauthorized)", "401 Client Error"), or "".
func reasonAfter(s string, i, code int) string {
	r := reasonOf[code]
	if r == "" {
		return ""
	}
	k := i
	if k+1 < len(s) && s[k] == '.' && isAlpha(s[k+1]) {
		// .NET's HttpStatusCode printed after its number, as the *arr
		// apps' HttpClient logs it: "401.Unauthorized", "429.TooManyRequests"
		k++
	}
	for k < len(s) && (s[k] == ' ' || s[k] == '(' || s[k] == '-' || s[k] == ':' || s[k] == '`' || s[k] == '\'' || s[k] == '"' || s[k] == '|') {
		k++
	}
	if k+len(r) <= len(s) && strings.EqualFold(s[k:k+len(r)], r) && (k+len(r) == len(s) || !isAlpha(s[k+len(r)])) {
		return s[k : k+len(r)]
	}
	for _, alt := range altReasons[code] {
		if k+len(alt) <= len(s) && strings.EqualFold(s[k:k+len(alt)], alt) && (k+len(alt) == len(s) || !isAlpha(s[k+len(alt)])) {
			return s[k : k+len(alt)]
		}
	}
	for _, alt := range []string{"client error", "server error"} {
		if k+len(alt) <= len(s) && strings.EqualFold(s[k:k+len(alt)], alt) {
			// requests: "401 Client Error: Unauthorized for url"
			if rest := strings.TrimLeft(s[k+len(alt):], ": "); len(rest) >= len(r) && strings.EqualFold(rest[:len(r)], r) {
				return rest[:len(r)]
			}
			return s[k : k+len(alt)]
		}
	}
	// enum style: 401 UNAUTHORIZED, 403 Forbidden
	e := k
	for e < len(s) && (isAlpha(s[e]) || s[e] == '_') {
		e++
	}
	if e > k && codeOfName[squash(s[k:e])] == code {
		return s[k:e]
	}
	return ""
}

// proseCues are words that, right before a number, make it a status code:
// "status code 401", "HTTP 403", "Error 401", "returned 403", "failed with 401".
// The bool says whether the cue also fits codes below 400.
var proseCues = map[string]bool{
	"status": true, "code": false, "http": true, "https": true, "statuscode": true, "message": false,
	"error": false, "err": false, "returned": false, "returns": false, "return": false, "with": false,
	"got": false, "get": false, "received": false, "receive": false, "responded": false, "response": true,
	"exception": false, "failed": false, "fail": false, "gave": false, "giving": false, "answered": false,
	"throws": false, "threw": false, "an": false, "a": false,
}

// intlCues are words that, right before a number, make it a status in the
// languages pastes come in most (German, French, Spanish, Portuguese,
// Italian, Dutch, Russian, Chinese, Japanese, Korean).
var intlCues = []string{"fehler", "statuscode", "erreur", "code d'erreur", "renvoie", "retourne", "error", "código", "devuelve un",
	"devuelve", "retorna", "retorna um", "erro", "errore", "restituisce", "fout", "foutcode", "ошибка", "ошибку", "код", "код ответа",
	"статус", "返回", "返回了", "报", "报错", "报错了", "出现", "提示", "状态码", "错误码", "错误", "エラー", "ステータス", "에러", "오류", "상태 코드",
	// a status's label: "ステータスコード: 401", "Código de estado: 403", "Durum kodu: 401"
	"ステータスコード", "ステータス コード", "状态代码", "狀態代碼", "kod stanu", "código de status", "状態コード", "狀態碼", "código de estado", "code d'état", "code d’état", "codice di stato", "kod statusu",
	"kod odpowiedzi", "durum kodu", "mã trạng thái", "mã lỗi", "код состояния", "код статуса", "статус-код",
	// what people write before the status they keep getting ("sigo recibiendo un 401",
	// "опять 403", "bekomme einen 401", "je reçois une 403")
	"recibiendo", "recibiendo un", "recibo", "recibo un", "recibí", "recibí un", "obtengo", "obtengo un", "me da", "me da un",
	"me devuelve", "me devuelve un", "recebendo", "recebendo um", "recebo", "recebo um", "ricevo", "ricevo un", "ottengo", "ottengo un",
	"bekomme", "bekomme einen", "bekomme ein", "erhalte", "erhalte einen", "liefert", "liefert einen", "je reçois", "je reçois une",
	"je reçois un", "j'obtiens", "j'obtiens une", "j'obtiens un", "получаю", "получил", "получила", "опять", "снова", "выдает", "выдаёт",
	"возвращает", "отдает", "отдаёт", "dostaję", "otrzymuję", "zwraca", "nhận được", "trả về", "bị lỗi", "döndürüyor", "alıyorum",
	// the server answering: "el servidor responde 429", "antwortet mit 401"
	"responde", "responde con", "responde con un", "responde com", "responde com um", "responde um", "antwortet mit", "antwortet mit einem",
	"répond", "répond par", "répond avec", "risponde", "risponde con", "krijg", "krijg een", "geeft", "geeft een", "отвечает",
	// Russian "with the code" in the instrumental: "отвечает кодом 204", "падает с кодом 403"
	"кодом",
	// "error" in the other languages error pages and people use: "Błąd 403", "Hata 403",
	// "lỗi 401", "kesalahan 403", "שגיאה 403", "خطأ 403", "त्रुटि 403", "hiba 403"
	"błąd", "hata", "hata kodu", "lỗi", "kesalahan", "galat", "שגיאה", "שגיאת", "خطأ", "الخطأ", "رمز الخطأ", "त्रुटि", "hiba", "chyba"}

// intlErrorWords follow a status in those languages: "403错误", "403 エラー";
// so does the word for a response in Korean, Japanese and Chinese ("403
// 응답을 받고": getting a 403 response).
var intlErrorWords = []string{"错误", "エラー", "에러", "오류", "fehler", "erreur", "ошибк", "hata", "błąd", "lỗi", "kesalahan", "hiba", "chyba",
	"응답", "レスポンス", "响应"}

func proseCueIntl(before string) bool {
	b := strings.TrimRight(before, " :：(（`'\"[")
	if len(b) > 64 {
		b = b[len(b)-64:] // the cues are short: a long line costs no more per number
	}
	if !isASCII(b) {
		b = strings.ToLower(b) // "Код ответа", "Статус", "Código"
	}
	for _, w := range intlCues {
		if strings.HasSuffix(b, w) {
			k := len(b) - len(w)
			// a word of its own: what comes before is no letter of the same
			// script (a CJK cue is written against Latin letters: "HTTP状态码")
			return k == 0 || w[0] >= 0xE3 || !sameScriptLetterBefore(b[:k], w)
		}
	}
	return false
}

// sameScriptLetterBefore reports whether before ends in a letter or digit
// of the script w starts in: "Штрихкод" does not hold the cue "код".
func sameScriptLetterBefore(before, w string) bool {
	pr, _ := utf8.DecodeLastRuneInString(before)
	if pr < 0x80 {
		return isAlpha(byte(pr)) || isDigit(byte(pr))
	}
	if !unicode.IsLetter(pr) {
		return false
	}
	wr, _ := utf8.DecodeRuneInString(w)
	for _, sc := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Hangul} {
		if unicode.Is(sc, wr) && unicode.Is(sc, pr) {
			return true
		}
	}
	return false
}

func errorWordIntl(after string) bool {
	a := strings.TrimLeft(after, " ")
	for _, w := range intlErrorWords {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// receiveVerbs are verbs people put before the error status they got.
var receiveVerbs = map[string]bool{"get": true, "got": true, "gets": true, "getting": true, "receive": true, "received": true,
	"receiving": true, "hit": true, "hits": true, "hitting": true, "see": true, "saw": true, "seeing": true, "returns": true,
	"returned": true, "return": true, "throws": true, "threw": true, "gives": true, "gave": true, "giving": true, "replied": true,
	"replies": true, "reply": true, "answer": true, "answers": true, "answered": true, "with": true, "into": true, "results": true}

// accessLogHow begins the how of a status read from an access log's line.
const accessLogHow = "an access log line"

// statusProse finds a code stated in prose or a log line: "403 Forbidden",
// "returned an error: (401) Unauthorized", "resulted in a `401 Unauthorized`
// response", "HTTP 403", "failed with status code 401", "Error 401",
// "Forbidden (403)", "HTTPError: 403".
func statusProse(t, lt string) statusHit {
	if h := statusProseCode(t, lt); h.code != 0 {
		return h
	}
	return reasonOnly(t, lt)
}

// statusProseCode finds a status code written as a number in prose.
func statusProseCode(t, lt string) statusHit {
	// npm, pnpm and yarn name an HTTP failure by an E-code on their own log
	// lines (elsewhere "code E401" may be an application's own): "npm ERR! code
	// E401", "npm error code E403".
	if k := strings.Index(lt, "code e"); k >= 0 && k+9 <= len(lt) && (k+9 == len(lt) || !isDigit(lt[k+9]) && !isAlpha(lt[k+9])) &&
		(strings.HasPrefix(lt, "npm ") || strings.HasPrefix(lt, "pnpm ") || strings.HasPrefix(lt, "yarn ")) {
		if c := codeAt(lt, k+6); c >= 400 {
			return statusHit{code: c, conf: StatusProse, how: "an npm error code (\"" + t[k+5:k+9] + "\")"}
		}
	}
	for i := 0; i+3 <= len(lt); i++ {
		if !isDigit(lt[i]) {
			continue
		}
		if i > 0 && (isDigit(lt[i-1]) || isAlpha(lt[i-1]) || lt[i-1] == '.' || lt[i-1] == '-' && !httpDash(lt, i) || lt[i-1] == '/' ||
			lt[i-1] == '#' || lt[i-1] == '_' || lt[i-1] == '$' || lt[i-1] == '=' || lt[i-1] == '+') {
			for i < len(lt) && isDigit(lt[i]) {
				i++
			}
			continue
		}
		c := codeAt(lt, i)
		end := i + 3
		if c != 0 && (expectedBefore(lt, i) || wishedBefore(lt, i) || wishedAfter(lt, i, end, c) || deniedBefore(lt, i)) {
			i = end - 1
			continue // "expected statusCode 200 …, but got: 503": what the client wanted
		}
		// IIS substatus: "401.2"
		sub := end
		if c >= 400 && end+1 < len(lt) && lt[end] == '.' && isDigit(lt[end+1]) && (end+2 == len(lt) || !isDigit(lt[end+2]) || end+3 <= len(lt) && !isDigit(lt[min(end+3, len(lt)-1)])) {
			sub = end + 2
			if sub < len(lt) && isDigit(lt[sub]) {
				sub++
			}
			if sub < len(lt) && lt[sub] == '.' {
				sub++
			}
		}
		if c >= 400 && sub == end && strings.HasPrefix(lt[end:], "for ") && urlStarts(lt[end+4:]) && strings.HasSuffix(lt[:i], "response ") {
			// cabal-install's "Unexpected response 401for http://h/x": its
			// message glues the code to the word after it
			return statusHit{code: c, conf: StatusProse, how: "a client's error (\"response " + t[i:end] + "for <URL>\")"}
		}
		plural := c >= 400 && sub == end && end < len(lt) && lt[end] == 's' && (end+1 == len(lt) || !isAlpha(lt[end+1]) && !isDigit(lt[end+1]))
		if c == 0 || sub == end && end < len(lt) && !plural && (isAlpha(lt[end]) || lt[end] == '.' && end+1 < len(lt) && isDigit(lt[end+1]) ||
			lt[end] == ':' && end+1 < len(lt) && isDigit(lt[end+1]) || lt[end] == '-' && end+1 < len(lt) && isDigit(lt[end+1]) || lt[end] == '_' || lt[end] == ',' && end+1 < len(lt) && isDigit(lt[end+1])) {
			for i < len(lt) && isDigit(lt[i]) {
				i++
			}
			continue
		}
		if c < 200 {
			i = end - 1
			continue // 1xx only from a status line or a status field
		}
		if h := codeOpensMessage(t, lt, i, end, sub, c); h.code != 0 {
			return h
		}
		if c >= 400 && sub == end && i >= 2 && lt[i-2:i] == ": " && strings.HasPrefix(lt[end:], " - ") && end+3 < len(lt) && isAlpha(lt[end+3]) && pathBefore(lt[:i-2]) {
			// Octokit's error: "GET https://api.github.com/repos/o/r: 403 -
			// Resource not accessible by integration // See: …", the method
			// and host sometimes cut off ("/pulls/18422: 403 - …")
			return statusHit{code: c, conf: StatusProse, how: "a request's path, its status and message (\": " + t[i:end] + " - …\")"}
		}
		if sub == end && i > 0 && lt[i-1] == ' ' && strings.HasPrefix(lt[end:], " - ") && methodSchemeHost(t[end+3:]) {
			// Nginx Proxy Manager's proxy-host log: "[14/Sep/2024:16:19:21
			// +0200] - 502 502 - GET https app.example.org "/" [Client …]":
			// the upstream's status, then the status sent, before the request
			return statusHit{code: c, conf: StatusProse, how: accessLogHow + " (\"" + t[i:end] + " - \" before the request)"}
		}
		if sub == end && responseFromBefore(lt[:i]) {
			// twine: "Response from https://upload.pypi.org/legacy/:" and the
			// status with PyPI's own reason, here joined on one line
			return statusHit{code: c, conf: StatusProse, how: "a code after \"Response from <URL>:\""}
		}
		if end == len(lt) && strings.HasSuffix(strings.TrimRight(lt[:i], " "), " -") && (strings.Contains(lt, "http response") || strings.Contains(lt, "http request")) {
			// .NET's HttpClient log: "Received HTTP response headers after 41.2ms - 401"
			return statusHit{code: c, conf: StatusProse, how: "an HTTP client log line (\"- " + t[i:end] + "\")"}
		}
		if sub == end && end+1 < len(lt) && lt[end] == ' ' && (i == 0 || lt[i-1] == ' ' || lt[i-1] == ']') && methodThenTarget(t[end+1:]) {
			// a server's request log that opens with the status, then the
			// request: Tornado's and Jupyter's "403 POST /api/contents/x
			// (127.0.0.1) 1.20ms", "#2 200 POST /v1/messages 1843ms"
			return statusHit{code: c, conf: StatusProse, reason: reasonAfter(t, sub, c), how: accessLogHow + " (\"" + t[i:end] + "\" before the request)"}
		}
		if sub == end && end+1 < len(lt) && lt[end] == ' ' && i > 0 && lt[i-1] == ' ' && (methodBefore(t[:i]) || httpWordBefore(lt[:i])) && urlStarts(lt[end+1:]) {
			// a client's request log with the status between the method and
			// the URL: npm's "http fetch GET 403 https://h/x 112ms", and
			// before npm 5 "npm http 304 https://h/x" (no method)
			return statusHit{code: c, conf: StatusProse, reason: reasonAfter(t, sub, c), how: accessLogHow + " (\"" + t[i:end] + "\" between the method and the URL)"}
		}
		if c >= 400 && sub == end && strings.TrimSpace(lt[end:]) == "" && i > 0 && lt[i-1] == ' ' && methodBefore(t[:i]) &&
			strings.HasSuffix(strings.TrimRight(strings.TrimRight(lt[:i], " "), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), "failed ") {
			// npm's older log: "npm ERR! publish Failed PUT 403"
			return statusHit{code: c, conf: StatusProse, how: "a failed request's method and status (\"" + strings.TrimSpace(t[max(0, i-12):end]) + "\")"}
		}
		if (end == len(lt) || lt[end] == ' ') && i > 0 && lt[i-1] == ' ' && afterRequest(lt[max(0, i-512):i], lt[end:min(len(lt), end+512)]) {
			// an access log's request then status: "GET /api/users 401 3.5 ms"
			// (morgan), "GET https://h/x - - - 401 0" (ASP.NET), "| 401 |" in a
			// row that names the request (Gin)
			return statusHit{code: c, conf: StatusProse, reason: reasonAfter(t, sub, c), how: accessLogHow + " (\"" + t[i:end] + "\" after the request)"}
		}
		if r := reasonAfter(t, sub, c); r != "" && (c >= 400 || strings.EqualFold(r, reasonOf[c])) {
			return statusHit{code: c, conf: StatusProse, reason: r, how: "prose (\"" + t[i:end] + " " + r + "\")"}
		}
		if c >= 400 && (proseCueIntl(lt[:i]) || errorWordIntl(lt[end:])) {
			// the same in the languages pastes come in: "接口返回401",
			// "请求报403错误", "Fehler 401", "erreur 403", "ошибка 403"
			return statusHit{code: c, conf: StatusProse, how: "prose (\"" + t[i:end] + "\")"}
		}
		if c >= 200 && c < 300 && sub == end && proseCueIntl(lt[:i]) && plainAfterIntl(lt, end) {
			// a success the person says came back, in those languages, as
			// "returns 200" reads in English: "接口返回200 {…}", "状态码200，
			// 但是…", "me devuelve 200"
			return statusHit{code: c, conf: StatusProse, how: "prose (\"" + t[i:end] + "\")"}
		}
		if c >= 400 && sub == end && end+1 < len(lt) && lt[end] == ' ' {
			// "a 401 error", "403 errors", "401 Error in …", "a 429 response",
			// "shows its 404 page", "the 403 comes back"
			for _, w := range []string{"error", "errors", "response", "responses", "status", "page", "pages", "comes back", "came back", "keeps coming",
				"rejected", "denied", "refused", "blocked", "comes from", "came from", "is coming from", "was coming from", "is returned", "was returned",
				"gets returned", "is thrown", "was thrown"} {
				if strings.HasPrefix(lt[end+1:], w) && (end+1+len(w) == len(lt) || !isAlpha(lt[end+1+len(w)])) {
					if w == "page" && strings.HasPrefix(lt[end+1+len(w):], " not found") {
						break // Go's own body, "404 page not found": a template, not a sentence about the page
					}
					return statusHit{code: c, conf: StatusProse, how: "prose (\"" + t[i:end+1+len(w)] + "\")"}
				}
			}
		}
		if c >= 300 && c < 400 && sub == end && end+1 < len(lt) && lt[end] == ' ' && strings.HasPrefix(lt[end+1:], "redirect") && receivedBefore(lt[:i]) {
			// "gets a 302 redirect to the login page", "answers with a 301
			// redirect" (not "the 302 redirect option")
			return statusHit{code: c, conf: StatusProse, how: "prose (\"" + t[i:min(len(t), end+9)] + "\")"}
		}
		if c >= 200 && c < 300 && sub == end && successNamed(lt[:i], lt[end:]) {
			// "fetch resolves with 200 but res.json() fails", "I get a 200
			// back with the login page": a success the person says came
			// back, where a body that says otherwise usually follows
			return statusHit{code: c, conf: StatusProse, how: proseQuote(cueText(t[:i])+t[i:end], t[end:])}
		}
		if sub == end && sentIn(lt[:i], lt[end:]) {
			// a server's request log: "Sent 401 in 412µs" (Plug.Logger,
			// Phoenix), "Completed 403 in 2ms"
			return statusHit{code: c, conf: StatusProse, how: accessLogHow + " (\"" + cueText(t[:i]) + t[i:end] + " in …\")"}
		}
		if sub == end && respondedIn(lt[:i], lt[end:]) {
			// Serilog.AspNetCore's request log: "HTTP POST /api/session
			// responded 401 in 287.4410 ms"
			return statusHit{code: c, conf: StatusProse, how: accessLogHow + " (\"responded " + t[i:end] + " in …\")"}
		}
		if sub == end && finishedIn(lt[:i], lt[end:]) {
			// ASP.NET Core's hosting log before .NET 5: "Request finished in
			// 402.1ms 302", a content type after it when the answer had a body
			return statusHit{code: c, conf: StatusProse, how: accessLogHow + " (\"Request finished in … " + t[i:end] + "\")"}
		}
		if c >= 400 && sub == end && end+3 < len(t) && t[end] == '-' && t[end+1] >= 'A' && t[end+1] <= 'Z' && camelName(t[end+1:]) &&
			(i == 0 || i >= 2 && lt[i-2:i] == ": ") {
			// Oracle Cloud's services name an error by its status and its
			// code joined by a dash, as its CLI, SDKs and Terraform provider
			// print it: "Error: 401-NotAuthenticated", "404-NotAuthorizedOrNotFound"
			return statusHit{code: c, conf: StatusProse, how: "a status and its error code (\"" + t[i:min(len(t), end+1+len(camelWord(t[end+1:])))] + "\")"}
		}
		if c >= 400 && sub == end && errorChainAt(t, lt, i, end) {
			// a Go-style error chain whose last link is the server's status
			// and its own reason phrase: "error creating VM: 403 Permission
			// check failed", "…: 401 Bad credentials []"
			return statusHit{code: c, conf: StatusProse, how: "an error chain (\": " + t[i:end] + " …\")"}
		}
		if c >= 400 && sub == end && i >= 2 && lt[i-2:i] == ": " && (strings.TrimRight(lt[end:], " .!)'\"`") == "" || adviceAfter(t[end:])) && (failedClause(lt[:i-2]) || failedChain(lt[:i-2])) {
			// a failure message that ends in the status it got, as client
			// code throws it: "Exception: Failed to load album: 403",
			// "could not fetch user: 401"; a sentence of advice may follow
			// it (libcurl's messages, as curl_cffi and pycurl raise them:
			// "…: Refused WebSockets upgrade: 403. See https://curl.se/… for
			// more details.")
			return statusHit{code: c, conf: StatusProse, how: "a failure message ending in its status (\": " + t[i:end] + "\")"}
		}
		if proseCue(lt[:i], c) && (c >= 400 || plainAfter(lt, sub)) {
			return statusHit{code: c, conf: StatusProse, reason: reasonAfter(t, sub, c), how: proseQuote(cueText(t[:i])+t[i:end], t[end:])}
		}
		if c >= 400 && i > 0 {
			// "Forbidden (403)", "Unauthorized: 401", pnpm's "Unauthorized - 401"
			b := strings.TrimRight(lt[:i], " (:`'\"[-")
			if r := reasonOf[c]; r != "" && strings.HasSuffix(b, r) {
				return statusHit{code: c, conf: StatusProse, reason: t[len(b)-len(r) : len(b)], how: "prose (\"" + t[len(b)-len(r):end] + "\")"}
			}
			// "... credentials. [401]", "Error [403]"; not a program's
			// process id under a syslog prefix ("hubd[403]: …"), the
			// bracket written against its name
			if lt[i-1] == '[' && end < len(lt) && lt[end] == ']' && (i < 2 || !ascii.IsIdent(lt[i-2]) && lt[i-2] != '.') {
				return statusHit{code: c, conf: StatusProse, how: "prose (\"[" + t[i:end] + "]\")"}
			}
		}
		i = end - 1
	}
	// "Error from server (Forbidden)", "failed (Unauthorized)": a reason name in
	// parentheses after an error word.
	for off := 0; off < len(lt); {
		k := strings.IndexByte(lt[off:], '(')
		if k < 0 {
			break
		}
		k += off
		off = k + 1
		e := strings.IndexByte(lt[k:], ')')
		if e < 0 || e > 40 {
			continue
		}
		name := squash(lt[k+1 : k+e])
		c, ok := codeOfName[name]
		if !ok || c < 400 {
			continue
		}
		b := strings.TrimRight(lt[:k], " ")
		if strings.HasSuffix(b, "error from server") || strings.HasSuffix(b, "error") || strings.HasSuffix(b, "failed") || strings.HasSuffix(b, "exception") {
			return statusHit{code: c, conf: StatusProse, reason: t[k+1 : k+e], how: "prose (\"(" + t[k+1:k+e] + ")\")"}
		}
	}
	return statusHit{}
}

// camelWord returns the run of ASCII letters s opens with.
func camelWord(s string) string {
	k := 0
	for k < len(s) && isAlpha(s[k]) {
		k++
	}
	return s[:k]
}

// camelName reports whether s opens with an error code's name written in
// CamelCase, two words at least ("NotAuthenticated", "InvalidParameter"),
// that ends the word.
func camelName(s string) bool {
	w := camelWord(s)
	if len(w) < 5 || len(w) < len(s) && isDigit(s[len(w)]) {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// failedChain reports whether lower-case s, the links of an error chain
// before its last one, opens with an error or says that something failed:
// "fatal: unable to open config file: stat" (then ": 401"), "error: upload:
// put" (then ": 403"); the code is the last link, what the call got.
func failedChain(s string) bool {
	if !strings.Contains(s, ": ") {
		return false
	}
	for _, w := range []string{"fatal: ", "error: ", "err: ", "failed", "unable to", "cannot ", "can't ", "could not"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// failedClause reports whether the last clause of lower-case text s (after
// its last ": ") says that something failed: "failed to load album",
// "unable to fetch token", "could not list buckets".
func failedClause(s string) bool {
	if k := strings.LastIndex(s, ": "); k >= 0 {
		s = s[k+2:]
	}
	if len(s) > 120 {
		return false
	}
	for _, w := range []string{"failed", "fail to", "unable to", "could not", "couldn't", "cannot", "can't"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// responseFromBefore reports whether lower-case before is "Response from
// <URL>:" and a blank, maybe after a log level (twine's report of a failed
// upload); "Invalid response from <URL>: 404" (an ACME server about the
// request it made) is not.
func responseFromBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), ":")
	k := strings.LastIndexByte(b, ' ')
	if !ok || k < 0 || !urlStarts(b[k+1:]) {
		return false
	}
	head, ok := strings.CutSuffix(strings.TrimSpace(b[:k]), "response from")
	if f := strings.Fields(head); len(f) > 0 {
		head = f[len(f)-1] // the log level, after whatever prefix is left before it (a timestamp)
	}
	return ok && (head == "" || head == "info" || head == "error" || head == "warning" || head == "debug")
}

// receivedBefore reports whether lower-case before ends in a verb of
// receiving, maybe with an article ("gets a", "answers with a", "returned").
// The verb may have its object or "back" between ("gives me a", "sends back
// a", "comes back as a").
func receivedBefore(before string) bool {
	f := strings.Fields(before[max(0, len(before)-40):])
	back := false
	for n := 0; n < 5 && len(f) > 0; n++ {
		w := f[len(f)-1]
		if receiveVerbs[w] || w == "sends" || w == "sent" || w == "issues" {
			return true
		}
		if back && (w == "comes" || w == "came" || w == "coming") {
			return true
		}
		switch w {
		case "a", "an", "with", "me", "us", "as":
		case "back":
			back = true
		default:
			return false
		}
		f = f[:len(f)-1]
	}
	return false
}

// pathBefore reports whether the last word of lower-case s is a URL or an
// absolute path ("https://h/x", "/pulls/18422", "`/v1/items`").
func pathBefore(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	w = strings.Trim(w, "`'\"")
	return urlStarts(w) || len(w) > 1 && w[0] == '/' && w[1] != '/' && !strings.ContainsAny(w, ":")
}

// methodSchemeHost reports whether s opens with a method, a scheme and a
// host, then a quoted path: "GET https app.example.org \"/x\"".
func methodSchemeHost(s string) bool {
	f := strings.SplitN(s, " ", 5)
	return len(f) >= 4 && methods.Has(f[0]) && (f[1] == "http" || f[1] == "https") && f[2] != "" && strings.HasPrefix(f[3], "\"/")
}

// npmStatusRecord reports whether t is the record npm's verbose log writes
// with the status of the request that failed, in its report of the error:
// "npm verbose statusCode 403", "npm verb statusCode 401", or in its debug
// log file "466 verbose statusCode 403" (the record number taken off).
func npmStatusRecord(t string) bool {
	f := strings.Fields(t)
	if len(f) == 4 && f[0] == "npm" {
		f = f[1:]
	}
	return len(f) == 3 && (f[0] == "verbose" || f[0] == "verb") && f[1] == "statusCode" && len(f[2]) == 3 && ascii.AllDigits(f[2])
}

// httpWordBefore reports whether lower-case before ends in the word "http"
// and a blank: npm's log before version 5 ("npm http 304 https://h/x").
func httpWordBefore(before string) bool {
	b, ok := strings.CutSuffix(before, "http ")
	return ok && (b == "" || b[len(b)-1] == ' ')
}

// iisSubstatusCodes are the codes IIS gives sub-statuses ("403.6", "401.2").
var iisSubstatusCodes = map[int]bool{400: true, 401: true, 403: true, 404: true, 500: true, 502: true}

// codeOpensMessage reads a refusal's code at the start of a message,
// where the words after it are the server's or the client's own rather
// than the reason phrase: IIS's sub-status ("403.6 IP address rejected",
// "401.2 Logon failed"), Twitter4J's "403:The request is understood, but
// it has been refused.", and a quoted page heading ("the "403 THIS ACTION
// IS UNAUTHORIZED." page", "'401 Access token missing'").
func codeOpensMessage(t, lt string, i, end, sub, c int) statusHit {
	if c < 400 || sub+2 > len(t) {
		return statusHit{}
	}
	open := strings.TrimLeft(lt[:i], " \t>*_")
	quoted := false
	if open != "" {
		r, n := utf8.DecodeLastRuneInString(open)
		if r != '"' && r != '\'' && r != '`' && r != '“' && r != '‘' && r != '«' || n != len(open) && isAlpha(open[len(open)-n-1]) {
			return statusHit{}
		}
		quoted = true
	}
	next := t[sub+1]
	switch {
	case sub > end && iisSubstatusCodes[c] && t[sub] == ' ' && isAlpha(next) && next >= 'A' && next <= 'Z':
		return statusHit{code: c, conf: StatusProse, how: "an IIS sub-status (\"" + t[i:sub] + "\")"}
	case sub == end && !quoted && t[end] == ':' && next >= 'A' && next <= 'Z' && end+12 < len(t),
		sub == end && !quoted && t[end] == ':' && next == ' ' && end+13 < len(t) && t[end+2] >= 'A' && t[end+2] <= 'Z' && isAlpha(t[end+3]):
		// (Google's API clients as GAM and GYB print it: "403: Insufficient
		// Permission: Request had insufficient authentication scopes.")
		return statusHit{code: c, conf: StatusProse, how: "a code and its message (\"" + t[i:end+1] + "\")"}
	case sub == end && !quoted && strings.HasPrefix(t[end:], " - ") && printedBodyStart(t[end+3:]):
		// request-promise's StatusCodeError message, the code then the body
		// as it printed it: "403 - undefined", "401 - {"error":"…"}",
		// "403 - "<html>…""
		return statusHit{code: c, conf: StatusProse, how: "a code and the body printed after it (\"" + t[i:end+2] + "…\")"}
	case sub == end && quoted && t[end] == ' ' && next >= 'A' && next <= 'Z' && reasonOf[c] != "":
		return statusHit{code: c, conf: StatusProse, how: "a quoted code and its message (\"" + t[i:min(len(t), end+16)] + "…\")"}
	case sub == end && quoted && t[end] == ':' && next == ' ' && end+13 < len(t) && t[end+2] >= 'A' && t[end+2] <= 'Z' && isAlpha(t[end+3]) &&
		reasonOf[c] != "" && jsonValueOpens(open):
		// the same code and message as an error member's text: FastAPI's
		// HTTPException re-raised with its str() ({"detail":"403: Signature
		// validation failed"}), a proxy passing on its upstream's error
		return statusHit{code: c, conf: StatusProse, inBody: true, how: "an error member's text opening with the code (\"" + t[i:end+1] + " …\")"}
	}
	return statusHit{}
}

// printedBodyStart reports whether s opens as a body printed by a client
// library: an object, an array, a quoted string, markup, or JavaScript's
// undefined for none.
func printedBodyStart(s string) bool {
	return s != "" && strings.ContainsAny(s[:1], "{[\"'<") || s == "undefined" || strings.HasPrefix(s, "undefined ")
}

// methodBefore reports whether before ends with an HTTP method in capitals
// as a word of its own, then a blank.
func methodBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	k := len(b)
	for k > 0 && b[k-1] >= 'A' && b[k-1] <= 'Z' {
		k--
	}
	return methods.Has(b[k:]) && (k == 0 || b[k-1] == ' ')
}

// methodThenTarget reports whether s opens with an HTTP method in capitals,
// a blank, and a path or an absolute URL.
func methodThenTarget(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if k < 3 || k+1 >= len(s) || s[k] != ' ' || !methods.Has(s[:k]) {
		return false
	}
	r := s[k+1:]
	return urlStarts(r) || len(r) > 1 && r[0] == '/' && r[1] != '/' && r[1] != ' '
}

// urlStarts reports whether s opens with an absolute http(s) URL.
func urlStarts(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// errorChainAt reports whether the code at t[i:end] opens the last link of
// an error chain: it follows ": " in a line that speaks of an error or a
// failure before it, and a capitalised word follows it (the reason phrase a
// server chose, as Proxmox's "403 Permission check failed").
func errorChainAt(t, lt string, i, end int) bool {
	if i < 3 || lt[i-1] != ' ' || lt[i-2] != ':' || end+2 >= len(t) || t[end] != ' ' || t[end+1] < 'A' || t[end+1] > 'Z' || !isAlpha(t[end+2]) {
		return false
	}
	if reasonOf[codeAt(lt, i)] == "" {
		return false
	}
	b := lt[max(0, i-200):i]
	return strings.Contains(b, "error") || strings.Contains(b, "failed") || strings.Contains(b, "err:")
}

// successNamed reports whether a 2xx number stands after a verb of
// receiving ("resolves with", "I get a", "comes back") and before a word
// that makes it the outcome of a call ("200 but …", "a 200 back", "200
// instead of 401", "a 200 response"); before and after lower case. A bare
// "got 200 items" is not a status.
func successNamed(before, after string) bool {
	a := strings.TrimLeft(after, " ")
	if len(a) == len(after) && after != "" {
		return false
	}
	ok := false
	for _, w := range []string{"but", "back", "instead", "response", "status", "even though", "although", "while"} {
		if strings.HasPrefix(a, w) && (len(a) == len(w) || !isAlpha(a[len(w)])) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	b := strings.TrimRight(before, " (`'\"")
	if len(b) == len(before) {
		return false
	}
	for _, art := range []string{" a", " an", " with"} {
		if strings.HasSuffix(b, art) {
			b = strings.TrimRight(b[:len(b)-len(art)], " ")
			if art == " with" {
				return true // "resolves with 200 but", "comes back with a 200 instead"
			}
			break
		}
	}
	k := len(b)
	for k > 0 && isAlpha(b[k-1]) {
		k--
	}
	w := b[k:]
	return receiveVerbs[w] || w == "resolves" || w == "resolved" || w == "responds" || w == "responded" || w == "is"
}

// sentIn reports whether a number stands between a server log's verb of
// answering and the time the answer took: "sent 401 in 412µs",
// "completed 403 in 2ms" (before and after lower case).
func sentIn(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	var rest string
	switch {
	case strings.HasSuffix(b, "sent"):
		rest = b[:len(b)-len("sent")]
	case strings.HasSuffix(b, "completed"):
		rest = b[:len(b)-len("completed")]
	default:
		return false
	}
	// the verb opens the record's message: after its level or logger
	// ("[info] Sent", "Logger: Completed"), not inside a sentence
	rest = strings.TrimRight(rest, " ")
	if rest != "" && !strings.HasSuffix(rest, "]") && !strings.HasSuffix(rest, ":") && !strings.HasSuffix(rest, "|") {
		return false
	}
	if !strings.HasPrefix(after, " in ") {
		return false
	}
	w := strings.TrimSpace(after[len(" in "):])
	if k := strings.IndexByte(w, ' '); k >= 0 {
		if !strings.HasPrefix(strings.TrimSpace(w[k:]), "(") {
			return false // the time ends the record, or a note in parentheses follows
		}
		w = w[:k]
	}
	return isDuration(w)
}

// respondedIn reports whether a log line's text around a number is
// Serilog's request log's: a method and a target, "responded ", the
// number, " in " and the time it took.
func respondedIn(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) || !strings.HasSuffix(b, " responded") || !strings.HasPrefix(after, " in ") || !isDuration(after[len(" in "):]) {
		return false
	}
	fs := strings.Fields(b[:len(b)-len(" responded")])
	return len(fs) >= 2 && methods.Has(strings.ToUpper(fs[len(fs)-2])) && strings.HasPrefix(fs[len(fs)-1], "/")
}

// finishedIn reports whether a log line's text before a number is ASP.NET
// Core's "Request finished in 12.3ms " (the number is the status), with
// nothing after the number but the response's content type.
func finishedIn(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	k := strings.LastIndexByte(b, ' ')
	if k < 0 || !isDuration(b[k+1:]) || !strings.HasSuffix(strings.TrimRight(b[:k], " "), "request finished in") {
		return false
	}
	a := strings.TrimSpace(after)
	return a == "" || strings.Count(a, "/") == 1 && !strings.Contains(strings.Fields(a)[0], "//")
}

// afterRequest reports whether a log line's text before a number ends with
// a request: "GET /path ", "GET https://h/x - - - ", or, in a row of
// columns ("[GIN] 2024/05/01 - 10:00:00 | "), the number stands alone in a
// column of a row that holds a method and a quoted path.
func afterRequest(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "|") {
		// Gin's and Beego's router logs: "| 401 |  112µs | 192.0.2.1 | GET "/me"",
		// "|  203.0.113.6| 401 |  3.2ms|  match| GET      /v2/   r:/v2/*"
		if strings.Count(b, "|") <= 2 && strings.HasPrefix(after, " |") && hasMethodWord(after) && (strings.Contains(after, "\"/") || methodThenPath(after)) {
			return true
		}
		// a Markdown table whose row names the request in the cell before
		// the status: "| `GET /api/v1/users` | 403 | … |"
		cell := strings.TrimRight(b[:len(b)-1], " ")
		if o := strings.LastIndexByte(cell, '|'); o >= 0 && strings.HasPrefix(strings.TrimLeft(after, " "), "|") {
			c := ascii.Lower(strings.TrimSpace(strings.Trim(strings.TrimSpace(cell[o+1:]), "`*")))
			return hasMethodWord(c) && methodThenPath(c)
		}
		return false
	}
	// a router log in Gin's columns after a prefix of its own instead of a
	// bar (Cloudreve's "[Incoming]  401 |   61.2µs |  192.0.2.5 | PROPFIND
	// "/dav/""): the status, then the time it took, then the request
	if strings.HasPrefix(after, " |") {
		cells := strings.SplitN(after[2:min(len(after), 512)], "|", 3)
		if len(cells) == 3 && isDuration(cells[0]) {
			if fs := strings.Fields(cells[2]); len(fs) >= 2 && methods.Has(strings.ToUpper(fs[0])) && strings.HasPrefix(strings.TrimLeft(fs[1], "\""), "/") {
				return true
			}
		}
	}
	// kube-apiserver's request log: "GET /api/v1/pods: (1.70ms) 403 [[ua] addr]"
	if strings.HasSuffix(b, ")") {
		if o := strings.LastIndexByte(b, '('); o > 0 && b[o-1] == ' ' && isDuration(b[o+1:len(b)-1]) {
			b = strings.TrimRight(b[:o], " :")
		}
	}
	for n := 0; n < 4 && strings.HasSuffix(b, " -"); n++ {
		b = strings.TrimRight(b[:len(b)-2], " ")
	}
	// Java's HttpResponse.toString(): "(GET https://host/path) 401"
	if strings.HasSuffix(b, ")") {
		if o := strings.LastIndexByte(b, '('); o >= 0 && (o == 0 || b[o-1] == ' ') {
			b = strings.TrimSpace(b[o+1 : len(b)-1])
			if !strings.Contains(b, " ") {
				return false
			}
			b = " " + b
		}
	}
	k := strings.LastIndexByte(b, ' ')
	if k < 0 {
		return false
	}
	target := b[k+1:]
	if !strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		return false
	}
	m := strings.TrimRight(b[:k], " ")
	if j := strings.LastIndexByte(m, ' '); j >= 0 {
		m = m[j+1:]
	}
	return methods.Has(strings.ToUpper(m)) && len(m) >= 3
}

// isDuration reports whether s is a duration as logs print it: "1.702213ms",
// "3.2µs", "12s", "0.4 ms".
func isDuration(s string) bool {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	switch strings.TrimSpace(s[i:]) {
	case "ms", "µs", "us", "ns", "s", "m":
		return true
	}
	return false
}

// methodThenPath reports whether lt holds an HTTP method as a word followed
// by an unquoted path, in the same column or the next one of a row of
// columns (Fiber's logger: "| GET     | /api/x     |").
func methodThenPath(lt string) bool {
	fs := strings.Fields(lt)
	for k := 0; k+1 < len(fs) && k < 64; k++ {
		if w := fs[k]; len(w) <= longestMethod && len(w) >= 3 && methods.Has(strings.ToUpper(w)) {
			next := fs[k+1]
			if next == "|" && k+2 < len(fs) {
				next = fs[k+2]
			}
			if strings.HasPrefix(next, "/") {
				return true
			}
		}
	}
	return false
}

// hasMethodWord reports whether lt holds an HTTP method as a word.
func hasMethodWord(lt string) bool {
	for _, w := range strings.Fields(lt) {
		if len(w) <= longestMethod && methods.Has(strings.ToUpper(w)) && len(w) >= 3 {
			return true
		}
	}
	return false
}

// plainAfter reports whether a code at lt[:end] ends its clause: what follows
// is punctuation, the end, or a word that goes with a status ("returns 200
// and then ...", "got 200 back"), not a count ("returned 200 rows").
func plainAfter(lt string, end int) bool {
	k := end
	for k < len(lt) && lt[k] == ' ' {
		k++
	}
	if k >= len(lt) || !isAlpha(lt[k]) {
		return true
	}
	e := k
	for e < len(lt) && isAlpha(lt[e]) {
		e++
	}
	switch lt[k:e] {
	case "and", "then", "but", "back", "instead", "with", "status", "response", "when", "on", "for", "even", "every", "always", "or", "from", "code", "ok", "in", "after", "took":
		return true
	}
	return false
}

// plainAfterIntl reports whether what follows a success code stated in
// another language (lower-case lt from end on) lets it be a status: nothing, the body
// or punctuation ("返回200 {…}", "状态码200，但是…"), a Chinese word written
// against it ("返回200但是…"), a Japanese or Korean particle ("200が返る"),
// or a word for "with" or "but" ("devuelve 200
// con {…}"); not a counter or unit written against it ("返回200条记录": two
// hundred records).
func plainAfterIntl(lt string, end int) bool {
	a := strings.TrimLeft(lt[end:], " ")
	r, _ := utf8.DecodeRuneInString(a)
	if a == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	if isAlpha(a[0]) && plainAfter(lt, end) {
		return true // "返回200 but …", "200 status"
	}
	if unicode.Is(unicode.Han, r) {
		// Chinese writes the next word against the number ("返回200但是…"):
		// any but a counter or a unit
		return !strings.ContainsRune("条個个次回行毫秒分元人项項多万萬千字张張页頁位台件天年月日号號岁歲米块塊", r)
	}
	if unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Hangul, r) {
		// a particle against the number: "200が返ってくる", "200을 반환"
		return !strings.ContainsRune("개건번명회초분원", r)
	}
	for _, w := range []string{"con", "com", "mit", "avec", "pero", "mas", "aber", "mais", "но", "с", "и"} {
		if strings.HasPrefix(a, w) && (len(a) == len(w) || a[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// cueText returns the last word or two before a code, for Inferred.
// proseQuote is how a status read from prose was found: the words quoted,
// with a parenthesis they open closed ("fails (a 401)", not "fails (a
// 401"; "fails (a 403 …)" when the text goes on before closing it).
func proseQuote(q, after string) string {
	if strings.Count(q, "(") > strings.Count(q, ")") {
		if strings.HasPrefix(after, ")") {
			q += ")"
		} else {
			q += " …)"
		}
	}
	return "prose (\"" + q + "\")"
}

func cueText(before string) string {
	b := strings.TrimRight(before, " (:`'\"[")
	k := strings.LastIndexByte(b, ' ')
	if k >= 0 {
		if k2 := strings.LastIndexByte(b[:k], ' '); k2 >= 0 && len(b)-k2 < 30 {
			k = k2
		}
	}
	if len(b)-k > 40 {
		return ""
	}
	return strings.TrimSpace(b[k+1:]) + " "
}

// bracketedStatusKey reports whether the text before a number ends with a
// bracketed key that names a status ("[status code] "), as a message that
// labels each value in brackets writes it.
func bracketedStatusKey(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) || !strings.HasSuffix(b, "]") {
		return false
	}
	i := strings.LastIndexByte(b, '[')
	if i < 0 || len(b)-i > 20 {
		return false
	}
	switch ascii.Lower(strings.TrimSpace(b[i+1 : len(b)-1])) {
	case "status code", "status", "statuscode", "status_code", "http status", "http status code", "response code":
		return true
	}
	return false
}

// proseCue reports whether the text before a number ends with a cue word.
func proseCue(before string, c int) bool {
	if bracketedStatusKey(before) {
		return true // Guzzle's "Client error response [url] https://… [status code] 403 [reason phrase] Forbidden"
	}
	if strings.HasSuffix(before, "response {") || strings.HasSuffix(before, "response{") {
		// a response struct printed with its status first: old hyper's
		// Debug "Response {503, server: Cowboy, …, <body>]"
		return c >= 200
	}
	b := strings.TrimRight(before, " (:`'\"[")
	if len(b) == len(before) && before != "" && before[len(before)-1] != ' ' {
		return false // glued to something
	}
	k := len(b)
	for k > 0 && (isAlpha(b[k-1]) || isDigit(b[k-1]) || b[k-1] == '_') {
		k--
	}
	w := b[k:]
	if w == "" {
		// a request and its outcome in a log line: "GET /x -> 403 in 8 ms",
		// "POST /login => 401", "/api → 403"
		// (a path on the left, the code unquoted: not Ruby's "key"=>"443")
		arrow := strings.HasSuffix(b, "->") || strings.HasSuffix(b, "=>") || strings.HasSuffix(b, "→")
		return arrow && strings.HasSuffix(before, " ") && strings.Contains(b[max(0, len(b)-200):], "/")
	}
	if strings.HasSuffix(b, "<title>") || strings.HasSuffix(b, "<h1>") || strings.HasSuffix(b, "<h2>") {
		return c >= 400 // an error page's title: <title>403 - Nexus</title>
	}
	if w == "of" && (strings.HasSuffix(b, "code of") || strings.HasSuffix(b, "status of")) {
		return true // Dio: "has a status code of 403"; Chrome's console: "the server responded with a status of 403 ()"
	}
	if w == "unacceptable" && strings.HasSuffix(b, "code was unacceptable") {
		return true // Alamofire: "Response status code was unacceptable: 401."
	}
	if w == "unacceptablestatuscode" {
		return true // Alamofire 4's AFError printed: "….ResponseValidationFailureReason.unacceptableStatusCode(403))"
	}
	if w == "success" && strings.HasSuffix(b, "not indicate success") {
		return true // .NET's HttpRequestException: "…does not indicate success: 401 (An API key must be provided…)"
	}
	if c >= 400 && strings.HasSuffix(before, ": ") && exceptionNames.Has(w) {
		return true // an SDK's exception class: "PermissionDenied: 403 Permission '…' denied", "Unauthenticated: 401 …"
	}
	if w == "is" && (strings.HasSuffix(b, "code is") || strings.HasSuffix(b, "status is")) {
		return true // Maven's wagon: "Return code is: 401, ReasonPhrase: Unauthorized."
	}
	if (w == "is" || w == "was") && c >= 400 && statusNamedBefore(b[:k]) {
		return true // "The response code I get is 429.", "the status we got back was 403"
	}
	if w == "was" && c >= 400 && (strings.HasSuffix(b, "but was") || strings.HasSuffix(b, "but it was")) {
		// a client's check on the status, what it wanted then what came:
		// unleash-proxy's "Response was not statusCode 2XX, but was 401"
		return true
	}
	if w == "in" && (strings.HasSuffix(b, "results in") || strings.HasSuffix(b, "resulted in") || strings.HasSuffix(b, "result in")) {
		return true
	}
	if w == "in" && c >= 400 && (strings.HasSuffix(b, " ends in") || strings.HasSuffix(b, " end in") || strings.HasSuffix(b, " ended in") || strings.HasSuffix(b, " ending in")) {
		return true // "every call ends in 401"
	}
	if c >= 400 && (receiveVerbs[w] || w == "still" || w == "same") {
		return true // "getting 403 on every push", "still 403", "the very same 401 again"
	}
	if w == "code" && c >= 200 && reasonOf[c] != "" && (strings.HasSuffix(b, "failed with code") || strings.HasSuffix(b, "failed with http code")) {
		return true // "Request failed with code 200": what came back, whatever it is
	}
	if (w == "code" || w == "errorcode") && reasonOf[c] == "" {
		return false // an application's own code outside HTTP's registry ({"error":{"code":498,…}})
	}
	if w == "code" && k > 0 && (b[k-1] == '"' || b[k-1] == '\'') && strings.HasPrefix(strings.TrimLeft(before[k+len(w):], "\"' "), ":") {
		// a quoted member named code in a JSON or dict body
		// ({"error":{"code":403,"message":"…"}}): the body's own code,
		// which statusField reads (implied), not a sentence's "code 403"
		return false
	}
	if (w == "code" || w == "errorcode") && nestedMemberLine(b[:k]) {
		// "data: { code: 401, msg: 'token expired' }," on a line of a
		// printed response whose own status member comes on another
		// line: the body's code, as statusField reads it (implied)
		return false
	}
	if w == "errorcode" {
		return c >= 400 // {"error":"Unauthorized","errorCode":401,…}
	}
	low, ok := proseCues[w]
	switch w {
	case "returns", "returned", "return", "returning", "got", "responds", "responded", "responding", "answered", "answers", "answering", "gives", "gave":
		// (a server's log says what it sends: "… Returning 403.")
		low, ok = true, true // the caller checks that the clause ends there
	}
	if !ok {
		// HTTPError: 403, ApiException: (403), WebException 401, StatusCodeError: 401
		if strings.HasSuffix(w, "error") || strings.HasSuffix(w, "exception") {
			low, ok = false, true
		}
	}
	if !ok {
		return false
	}
	if w == "a" || w == "an" {
		// "I get a 401 when …", "hit a 429": an error status after a verb of
		// receiving; otherwise only with a reason after ("resulted in a `401
		// Unauthorized` response"), which the caller handles
		v := strings.TrimRight(b[:k], " ")
		j := len(v)
		for j > 0 && isAlpha(v[j-1]) {
			j--
		}
		if c >= 400 && strings.HasSuffix(v, "(") {
			return true // "the upload fails (a 403)": the outcome, given in parentheses
		}
		return c >= 400 && (receiveVerbs[v[j:]] || receivedBefore(b))
	}
	if w == "response" {
		// "Response 200 from POST /graphql:": a success only when the
		// clause goes on as a status's would (the caller checks what
		// follows); "response 403" always
		return c >= 200
	}
	if w == "get" || w == "with" {
		// "with 403" is a status only for 4xx/5xx
		return c >= 400
	}
	return low || c >= 400
}

// nestedMemberLine reports whether before, the line up to a key, is a
// member of a printed object whose value opens an object on that line and
// holds the key first: "  data: { " (Node's util.inspect, a Ruby or Python
// dict), the key a member of that inner object.
func nestedMemberLine(before string) bool {
	b := strings.TrimRight(before, " \t\"'")
	if !strings.HasSuffix(b, "{") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " \t")
	b, ok := strings.CutSuffix(b, ":")
	if !ok {
		b, ok = strings.CutSuffix(b, "=>")
	}
	b = strings.TrimRight(b, " \t\"'")
	k := len(b)
	for k > 0 && (isAlpha(b[k-1]) || isDigit(b[k-1]) || b[k-1] == '_') {
		k--
	}
	return ok && k < len(b) && strings.TrimLeft(b[:k], " \t\"'") == ""
}

// exceptionNames are SDKs' exception classes named after a status, lower
// case (google-api-core, gRPC, HTTP clients): "PermissionDenied: 403 …".
var exceptionNames = wordlist.Set{"permissiondenied", "unauthenticated", "unauthorized", "forbidden",
	"notfound", "toomanyrequests", "resourceexhausted", "accessdenied", "badrequest"}

// bodyTemplates imply a status from what an error body says, without a number.
var bodyTemplates = []struct {
	needle string // lower case
	code   int
	what   string
}{
	{"<code>accessdenied</code>", 403, "an S3/AWS AccessDenied error"},
	{"<code>signaturedoesnotmatch</code>", 403, "an AWS SignatureDoesNotMatch error"},
	{"<code>invalidaccesskeyid</code>", 403, "an AWS InvalidAccessKeyId error"},
	{"<code>authorizationfailure</code>", 403, "an Azure AuthorizationFailure error"},
	{"<code>authenticationfailed</code>", 403, "an Azure AuthenticationFailed error"},
	{"<code>authorizationpermissionmismatch</code>", 403, "an Azure AuthorizationPermissionMismatch error"},
	{"accessdeniedexception", 403, "an AWS AccessDeniedException"},
	{"\"code\":\"accessdenied\"", 403, "an AWS AccessDenied error"},
	{"\"code\": \"accessdenied\"", 403, "an AWS AccessDenied error"},
	{"this server could not verify that you are authorized", 401, "an Apache 401 page"},
	{"an appropriate representation of the requested resource", 406, "an Apache 406 page"},
	{"exceptions.forbidden", 403, "a Forbidden exception class"},
	{"exceptions.unauthorized", 401, "an Unauthorized exception class"},
	{"forbiddenerror", 403, "a Forbidden error class"},
	{"unauthorizederror", 401, "an Unauthorized error class"},
	{"$forbidden", 403, "a Forbidden exception class"},
	{"$unauthorized", 401, "an Unauthorized exception class"},
	{"\"permission_denied\"", 403, "a Google PERMISSION_DENIED status"},
	{"\"unauthenticated\"", 401, "an UNAUTHENTICATED error code"},
	{"permission_denied:", 403, "a Google PERMISSION_DENIED status"},
	{"code = permissiondenied", 403, "a gRPC PermissionDenied status"},
	{"code = unauthenticated", 401, "a gRPC Unauthenticated status"},
	{"invalid_token", 401, "an OAuth invalid_token error"},
	// RFC 6749 §5.2: the token endpoint answers its errors with 400, and
	// invalid_client with 401 when the client authenticated by a header
	{"\"error\":\"invalid_grant\"", 400, "an OAuth invalid_grant error"},
	{"\"error\": \"invalid_grant\"", 400, "an OAuth invalid_grant error"},
	{"\"error\":\"unauthorized_client\"", 400, "an OAuth unauthorized_client error"},
	{"\"error\": \"unauthorized_client\"", 400, "an OAuth unauthorized_client error"},
	{"\"error\":\"invalid_client\"", 401, "an OAuth invalid_client error"},
	{"\"error\": \"invalid_client\"", 401, "an OAuth invalid_client error"},
	{"insufficient_scope", 403, "an OAuth insufficient_scope error"},
	{"\"forbidden\"", 403, "a FORBIDDEN error code"},
	{"bad credentials", 401, "a \"Bad credentials\" message"},
	{"you have been blocked", 403, "a block page"},
	{"you don't have permission to access", 403, "an Access Denied page"},
	{"authorizationfailed", 403, "an Azure AuthorizationFailed error"},
	{"invalidauthenticationtoken", 401, "an Azure InvalidAuthenticationToken error"},
	{"expiredauthenticationtoken", 401, "an Azure ExpiredAuthenticationToken error"},
	// WCF's MessageSecurityException when the server refused the binding's
	// credential (401) or the caller (403): .NET prints no number, only
	// these sentences, with the scheme it used and the challenge it got
	{"the http request is unauthorized with client authentication scheme", 401, "WCF's \"The HTTP request is unauthorized with client authentication scheme\" error"},
	{"the http request was forbidden with client authentication scheme", 403, "WCF's \"The HTTP request was forbidden with client authentication scheme\" error"},
	// the OCI distribution spec's error codes, in a registry's JSON body
	// ({"errors":[{"code":"UNAUTHORIZED",…}]}) and as go-containerregistry and
	// containerd print them ("UNAUTHORIZED: authentication required; [map[…]]")
	{"\"code\":\"unauthorized\"", 401, "a registry UNAUTHORIZED error code"},
	{"\"code\": \"unauthorized\"", 401, "a registry UNAUTHORIZED error code"},
	{"unauthorized: authentication required", 401, "a registry UNAUTHORIZED error"},
	// the same code with the registry's own message, as containers/image
	// (podman, skopeo, buildah) and the docker daemon print the error it
	// ends a chain with, lower case after the failed step ("reading
	// manifest 3.1 in reg.example/app: unauthorized: access to the
	// requested resource is not authorized")
	{": unauthorized: ", 401, "a registry UNAUTHORIZED error"},
	{"manifest_unknown", 404, "a registry MANIFEST_UNKNOWN error code"},
	{"not found: manifest unknown", 404, "a registry MANIFEST_UNKNOWN error"}, // as the docker daemon prints it
	{"name_unknown", 404, "a registry NAME_UNKNOWN error code"},
	{"toomanyrequests:", 429, "a registry TOOMANYREQUESTS error"},
	{"\"code\":\"toomanyrequests\"", 429, "a registry TOOMANYREQUESTS error code"},
	// web servers' error-log messages about a refused request
	{"access forbidden by rule", 403, "an nginx \"access forbidden by rule\" log message"},
	{"client denied by server configuration", 403, "an Apache \"client denied by server configuration\" log message"},
	{"no user/password was provided for basic authentication", 401, "an nginx basic-auth log message"},
	{"ah01617", 401, "an Apache password-mismatch log message (AH01617)"},
	{"ah01618", 401, "an Apache unknown-user log message (AH01618)"},
	// a download client's report of the answer: aria2 names an HTTP 401 it
	// could not answer with credentials "errorCode=24 Authorization failed"
	{"errorcode=24 authorization failed", 401, "an aria2 \"Authorization failed\" error (errorCode=24)"},
}

// casedTemplates are the body templates that are also a phrase of a person's
// own words ("when I send bad credentials I get:"), as the servers write
// them: only that spelling implies the status.
var casedTemplates = map[string]string{"bad credentials": "Bad credentials"}

// statusTemplate finds a status implied by a known body template (t is the
// line, lt the same lower-cased).
func statusTemplate(t, lt string) statusHit {
	// nginx's error log on a refused Basic login: 'user "ana" was not found
	// in "/etc/nginx/.htpasswd"', 'user "ana": password mismatch'
	if u := strings.Index(lt, "user \""); u >= 0 {
		rest := lt[u+6:]
		if strings.Contains(rest, "\" was not found in \"") || strings.Contains(rest, "\": password mismatch") {
			return statusHit{code: 401, conf: StatusImplied, how: "an nginx basic-auth log message"}
		}
	}
	for _, bt := range bodyTemplates {
		if bt.code != 0 && strings.Contains(lt, bt.needle) && (casedTemplates[bt.needle] == "" || strings.Contains(t, casedTemplates[bt.needle])) {
			if bt.needle == "accessdeniedexception" && (strings.Contains(lt, ".access.accessdeniedexception") || strings.Contains(lt, ".file.accessdeniedexception")) {
				// Spring Security's org.springframework.security.access.
				// AccessDeniedException (an anonymous caller is sent to the
				// login entry point: 401 or a redirect, not 403) and Java's
				// java.nio.file.AccessDeniedException (a file the process
				// may not read) are no AWS error
				continue
			}
			return statusHit{code: bt.code, conf: StatusImplied, how: bt.what}
		}
	}
	return statusHit{}
}

// httpDash reports whether the code at lt[i] is written "HTTP-401" (a
// tool's "Retry 1/3: HTTP-401: Unauthorized"), the word HTTP standing on
// its own before the dash.
func httpDash(lt string, i int) bool {
	return i >= 5 && lt[i-5:i] == "http-" && (i == 5 || !isAlpha(lt[i-6]) && lt[i-6] != '/' && lt[i-6] != '.')
}

// httpClassName finds a class or error value named "HTTP" and a refusal's
// reason, written as one word ("HTTPForbidden", "HttpUnauthorized"), not
// after a word that only names it (except, rescue, catch, import).
func httpClassName(t, lt string) statusHit {
	for off, n := 0, 0; n < 4 && off < len(lt); n++ {
		k := strings.Index(lt[off:], "http")
		if k < 0 {
			break
		}
		k += off
		off = k + 4
		if k > 0 && isAlpha(lt[k-1]) {
			continue
		}
		e := k + 4
		for e < len(lt) && isAlpha(lt[e]) {
			e++
		}
		c, ok := codeOfName[lt[k+4:e]]
		if !ok {
			// the name with a word the family adds to every class
			// ("HTTPUnauthorizedRequest" beside "HTTPBadRequest" in chef-api,
			// "HTTPForbiddenError", "HttpUnauthorizedException")
			for _, w := range []string{"request", "error", "exception"} {
				if n := strings.TrimSuffix(lt[k+4:e], w); len(n) < e-k-4 {
					c, ok = codeOfName[n]
					break
				}
			}
		}
		if !ok || c < 400 || e-k-4 < 8 || t[k+4] < 'A' || t[k+4] > 'Z' {
			continue
		}
		q := k // the qualified name's start: "web.HTTPForbidden", "Net::HTTPForbidden"
		for q > 0 && k-q < 64 && (isAlpha(lt[q-1]) || isDigit(lt[q-1]) || lt[q-1] == '.' || lt[q-1] == ':' || lt[q-1] == '_') {
			q--
		}
		before := strings.TrimRight(lt[max(0, q-12):q], " (")
		if strings.HasSuffix(before, "except") || strings.HasSuffix(before, "rescue") || strings.HasSuffix(before, "catch") || strings.HasSuffix(before, "import") {
			continue
		}
		return statusHit{code: c, conf: StatusProse, reason: t[k:e], how: "an error class named for the status (\"" + t[k:e] + "\")"}
	}
	return statusHit{}
}

// reasonOnly finds a status stated by its reason phrase alone: a page title
// or body that is just the phrase ("Not Acceptable"; "403 Forbidden" is found
// elsewhere) — implied, as no number is shown and a server's words need not
// match the status it sent (an API answers 401 with the body "Forbidden") —,
// or the phrase used as an adjective ("an unauthorized response", "a
// Forbidden error").
func reasonOnly(t, lt string) statusHit {
	s := strings.TrimSpace(lt)
	s = strings.Trim(s, "#*_`> ")
	if c, ok := codeOfName[squash(s)]; ok && c >= 400 && len(s) <= 40 && s == strings.TrimRight(s, ".!") && (reasonOf[c] == s || slices.Contains(altReasons[c], s)) {
		return statusHit{code: c, conf: StatusImplied, reason: strings.TrimSpace(t), how: "a page title (\"" + strings.TrimSpace(t) + "\")"}
	}
	// "Request failed with status code Unauthorized" (RestSharp), "Operation
	// returned an invalid status code 'Forbidden'" (AutoRest's
	// HttpOperationException): .NET clients print the HttpStatusCode's name
	if k := strings.Index(lt, "status code "); k >= 0 {
		rest := strings.TrimLeft(t[k+len("status code "):], "'\"` ")
		e := 0
		for e < len(rest) && isAlpha(rest[e]) {
			e++
		}
		if c := codeOfName[squash(rest[:e])]; c >= 400 && e > 0 && (e == len(rest) || !isDigit(rest[e])) {
			return statusHit{code: c, conf: StatusProse, reason: rest[:e], how: "a status code given by its name (\"status code " + rest[:e] + "\")"}
		}
	}
	// "Error: Unauthorized at console.jsx:1742": a thrown error, with its
	// place in the code, whose message is the response's reason phrase
	// (fetch wrappers throw new Error(res.statusText)), or the phrase and
	// the API's own detail in parentheses ("Error: Bad Request (Lark error
	// code 99991663: …)", as an HTTP client's error is reworded by the
	// adapter that caught it); a page's heading "Error: Forbidden" is the
	// page's own text
	if k := strings.Index(lt, "error: "); k >= 0 && (k == 0 || !isAlpha(lt[k-1])) {
		rest := lt[k+7:]
		for _, c := range []int{400, 401, 403, 407, 429} {
			r := reasonOf[c]
			if strings.HasPrefix(rest, r) && (strings.HasPrefix(rest[len(r):], " at ") || strings.HasPrefix(rest[len(r):], " (") && strings.Contains(rest[len(r):], ")")) {
				return statusHit{code: c, conf: StatusProse, reason: t[k+7 : k+7+len(r)], how: "an error named by the reason phrase (\"" + t[k:k+7+len(r)] + "\")"}
			}
		}
	}
	// "Bun upgrade failed with error: HTTPForbidden", "#<Net::HTTPUnauthorized
	// readbody=true>": an error or response class named "HTTP" and the
	// reason (Zig's error set, Ruby's Net::HTTP, aiohttp's and Pyramid's
	// exceptions), not where code only names the class to catch it
	if h := httpClassName(t, lt); h.code != 0 {
		return h
	}
	// the fabric8 Kubernetes client's failure, whose message for a 401
	// and a 403 is fixed text: "Failure executing: GET at: https://h/x.
	// Message: Forbidden!Configured service account doesn't have access."
	// (the URL before it may be long enough for a terminal to cut the line
	// between the two, so the fixed text alone, as written, counts)
	for _, r := range []string{"Forbidden!", "Unauthorized!"} {
		if strings.Contains(t, ". Message: "+r) {
			return statusHit{code: codeOfName[squash(r)], conf: StatusProse, reason: r[:len(r)-1], how: "a fabric8 client failure (\"Message: " + r + "\")"}
		}
	}
	// `Get "https://h/x": Proxy Authentication Required`: Go's url.Error,
	// the method, the quoted URL, then the error, which for a refused
	// proxy CONNECT (and for clients that turn a status into an error with
	// its text alone) is the response's reason phrase
	if k := strings.LastIndex(lt, "\": "); k > 0 && strings.Contains(lt[:k], "://") {
		rest := strings.TrimRight(lt[k+3:], ". ")
		for _, c := range []int{401, 403, 407, 429} {
			if rest == reasonOf[c] {
				return statusHit{code: c, conf: StatusProse, reason: t[k+3 : k+3+len(rest)], how: "an error whose message is the reason phrase (\"" + t[k+3:k+3+len(rest)] + "\")"}
			}
		}
	}
	// "got status Forbidden from https://…", "status=Unauthorized": the
	// status named by its reason phrase after the word status
	for off, n := 0, 0; n < 4; n++ {
		k := strings.Index(lt[off:], "status")
		if k < 0 {
			break
		}
		k += off
		off = k + 6
		if k > 0 && (isAlpha(lt[k-1]) || lt[k-1] == '_' || lt[k-1] == '.') {
			continue
		}
		rest := strings.TrimLeft(lt[k+6:], " :=\"'")
		if len(rest) == len(lt[k+6:]) {
			continue
		}
		for _, c := range []int{401, 403, 407, 429} {
			r := reasonOf[c]
			if strings.HasPrefix(rest, r) && (len(rest) == len(r) || !isAlpha(rest[len(r)]) && rest[len(r)] != '(') {
				at := len(lt) - len(rest)
				return statusHit{code: c, conf: StatusProse, reason: t[at : at+len(r)], how: "prose (\"" + t[k:at+len(r)] + "\")"}
			}
		}
	}
	// "error syncing 'ops/web': Unauthorized": an error chain whose last
	// link is the reason phrase alone, as Kubernetes' client prints a 401
	// or 403 StatusError with no message of its own
	if strings.HasSuffix(strings.TrimRight(lt, ". "), ": unauthorized") || strings.HasSuffix(strings.TrimRight(lt, ". "), ": forbidden") {
		c, r := 401, "Unauthorized"
		if strings.HasSuffix(strings.TrimRight(lt, ". "), "forbidden") {
			c, r = 403, "Forbidden"
		}
		head := strings.TrimRight(lt, ". ")
		head = head[:strings.LastIndex(head, ": ")]
		// a chain of links, not a page's heading ("Error: Forbidden")
		// or an exception class named for the failure ("HttpError: Forbidden")
		hw := strings.TrimSpace(head)
		if (strings.Contains(head, "error") || strings.Contains(head, "failed")) && (strings.Contains(hw, " ") || hw != "error" && (strings.HasSuffix(hw, "error") || strings.HasSuffix(hw, "exception"))) {
			return statusHit{code: c, conf: StatusImplied, reason: r, how: "an error ending in the reason phrase (\": " + r + "\")"}
		}
	}
	// "Forbidden [code: 100]", "Unauthorized: token expired": a line that
	// opens with a refusal's reason phrase implies that status.
	for _, c := range []int{401, 403, 407, 429} {
		r := reasonOf[c]
		if strings.HasPrefix(s, r) && len(s) > len(r) && strings.ContainsRune(" [(:-", rune(s[len(r)])) {
			if rest := strings.TrimLeft(s[len(r):], " "); rest != "" && strings.ContainsRune("[(:-", rune(rest[0])) {
				return statusHit{code: c, conf: StatusImplied, reason: r, how: "a line opening with \"" + r + "\""}
			}
		}
	}
	for _, w := range []string{"unauthorized", "forbidden"} {
		for i := range firstPlaces(lt, w, 4) {
			off := i + len(w)
			if i > 0 && isAlpha(lt[i-1]) {
				continue
			}
			rest := strings.TrimLeft(lt[off:], " ")
			if strings.HasPrefix(rest, "response") || strings.HasPrefix(rest, "error") || strings.HasPrefix(rest, "status") {
				c := 401
				if w == "forbidden" {
					c = 403
				}
				// a description ("an unauthorized error"), not a statement
				// of the status: implied
				return statusHit{code: c, conf: StatusImplied, reason: t[i:off], how: "prose (\"" + t[i:min(len(t), off+9)] + "\")", word: true}
			}
		}
	}
	return statusHit{}
}

// xmlStatusElement finds a status in an XML error document's element
// (lower-cased line): <status>401</status>, <ns2:httpStatus>403</ns2:httpStatus>,
// <StatusCode>403</StatusCode>. A <code> element holding a registered 4xx
// implies the status, as a JSON body's "code" does.
func xmlStatusElement(lt string) statusHit {
	for off, n := 0, 0; off < len(lt) && n < 16; n++ {
		i := strings.IndexByte(lt[off:], '<')
		if i < 0 {
			break
		}
		i += off
		e := strings.IndexByte(lt[i:], '>')
		if e < 0 {
			break
		}
		e += i
		off = e + 1
		name := lt[i+1 : e]
		if name == "" || name[0] == '/' || strings.ContainsAny(name, " \t=\"'") || len(name) > 40 {
			continue
		}
		local := name
		if k := strings.IndexByte(local, ':'); k >= 0 {
			local = local[k+1:]
		}
		sq := squash(local)
		if !statusKeys.Has(sq) && sq != "code" {
			continue
		}
		c := codeAt(lt, off)
		if c == 0 || !strings.HasPrefix(lt[off+3:], "</"+name+">") {
			continue
		}
		if sq == "code" {
			if c >= 400 && reasonOf[c] != "" {
				return statusHit{code: c, conf: StatusImplied, how: "an error document's <" + name + "> element"}
			}
			continue
		}
		return statusHit{code: c, conf: StatusField, how: "a status element (<" + name + ">)"}
	}
	return statusHit{}
}

// statusNamedBefore reports whether b, the words before an "is" or "was"
// that a code follows, names the status the person got: "status" or
// "code" (after "response", "status", "return" or "error"), then at most
// three words of who got it ("I get", "we got back", "returned"): "The
// response code I get is 429", "the status we received was 403". Not a
// status someone wants ("the code it should return is 401": a wish word
// ends the reading).
func statusNamedBefore(b string) bool {
	b = strings.TrimRight(b, " ")
	if k := strings.LastIndexAny(b, ".!?;:,(\"'`"); k >= 0 {
		b = b[k+1:]
	}
	words := strings.Fields(b)
	for n := len(words) - 1; n >= 0 && len(words)-1-n <= 3; n-- {
		w := words[n]
		if w == "status" || w == "code" && n > 0 && (words[n-1] == "response" || words[n-1] == "status" || words[n-1] == "return" || words[n-1] == "error" || words[n-1] == "http") {
			for _, v := range words[n+1:] {
				if !pronounOrGot[v] {
					return false
				}
			}
			return n+1 < len(words) // "status is" is read above, with no words between
		}
	}
	return false
}

// pronounOrGot are the words between a named status and its "is" in a
// person's sentence about what came back.
var pronounOrGot = map[string]bool{"i": true, "i'm": true, "we": true, "we're": true, "it": true, "that": true, "get": true, "got": true,
	"getting": true, "gets": true, "receive": true, "received": true, "receiving": true, "returned": true, "back": true, "am": true, "are": true,
	"keep": true, "always": true, "now": true, "see": true, "saw": true}

// jsonValueOpens reports whether s ends with the opening quote of a JSON
// string member's value: a key in double quotes, a colon, the quote
// ({"detail":", "message": ").
func jsonValueOpens(s string) bool {
	s, ok := strings.CutSuffix(s, "\"")
	if !ok {
		return false
	}
	s, ok = strings.CutSuffix(strings.TrimRight(s, " "), ":")
	return ok && strings.HasSuffix(strings.TrimRight(s, " "), "\"")
}

// qtNetworkErrors maps Qt's QNetworkReply::NetworkError values for the
// answers of an HTTP server to the status Qt maps to each: Qt apps log the
// enum's number ("QNetworkReply error 401 from url …" is an Internal Server
// Error, not a 401), so the number itself is no status.
var qtNetworkErrors = map[int]int{201: 403, 202: 405, 203: 404, 204: 401, 206: 409, 207: 410, 302: 400, 401: 500, 402: 501, 403: 503}

// qtReplyError reads the status a Qt NetworkError number stands for, after
// "QNetworkReply error " or "QNetworkReply::NetworkError(": implied, as the
// paste shows the enum, not the status.
func qtReplyError(lt string) statusHit {
	for _, cue := range []string{"qnetworkreply error ", "qnetworkreply::networkerror(", "qnetworkreply::error "} {
		k := strings.Index(lt, cue)
		if k < 0 {
			continue
		}
		k += len(cue)
		e := k
		for e < len(lt) && e-k < 4 && isDigit(lt[e]) {
			e++
		}
		n, err := strconv.Atoi(lt[k:e])
		if code := qtNetworkErrors[n]; err == nil && code != 0 {
			return statusHit{code: code, conf: StatusImplied, reason: reasonOf[code],
				how: "Qt's QNetworkReply error " + lt[k:e] + " (the NetworkError value for " + itoa3(code) + ")"}
		}
		return statusHit{}
	}
	return statusHit{}
}

// adviceAfter reports whether rest, what follows a status that ends a
// failure message, is only a full stop and another sentence: ". " and a
// capitalised word ("… upgrade: 403. See https://… for more details.").
func adviceAfter(rest string) bool {
	if !strings.HasPrefix(rest, ". ") {
		return false
	}
	r := strings.TrimLeft(rest[2:], " ")
	return len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'a' && r[1] <= 'z'
}
