// The general reader's header finder: header fields in any notation on one
// line, limited to names that are registered HTTP fields or shaped like
// field names, so that prose never becomes headers.

package parse

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// registeredNames are HTTP field names from the IANA registry (and the
// de-facto standard ones) that are safe to take as headers wherever they
// appear with a value. Names that are also common words in prose or bodies
// ("warning", "from", "link", "status") are left out.
var registeredNames = wordlist.Sorted{
	"accept", "accept-charset", "accept-encoding", "accept-language", "accept-patch", "accept-post",
	"accept-ranges", "access-control-allow-credentials", "access-control-allow-headers",
	"access-control-allow-methods", "access-control-allow-origin", "access-control-expose-headers",
	"access-control-max-age", "access-control-request-headers", "access-control-request-method", "age", "allow",
	"alt-svc", "audit-id", "authentication-info", "authorization", "cache-control", "cache-status",
	"cdn-cache-control", "cf-cache-status", "cf-mitigated", "cf-ray", "clear-site-data", "connection",
	"content-disposition", "content-encoding", "content-language", "content-length", "content-location",
	"content-range", "content-security-policy", "content-security-policy-report-only", "content-type", "cookie",
	"cross-origin-embedder-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "date", "dpop",
	"dpop-nonce", "etag", "expect", "expires", "forwarded", "host", "if-match", "if-modified-since",
	"if-none-match", "if-range", "if-unmodified-since", "keep-alive", "last-modified", "location", "max-forwards",
	"nel", "origin", "permissions-policy", "pragma", "proxy-authenticate", "proxy-authentication-info",
	"proxy-authorization", "proxy-connection", "range", "ratelimit", "ratelimit-limit", "ratelimit-policy",
	"ratelimit-remaining", "ratelimit-reset", "referer", "referrer-policy", "refresh", "report-to",
	"reporting-endpoints", "retry-after", "sec-fetch-dest", "sec-fetch-mode", "sec-fetch-site", "sec-fetch-user",
	"sec-websocket-accept", "sec-websocket-key", "server", "server-timing", "set-cookie",
	"strict-transport-security", "te", "timing-allow-origin", "traceparent", "tracestate", "trailer",
	"transfer-encoding", "upgrade", "upgrade-insecure-requests", "user-agent", "vary", "via", "www-authenticate",
	"x-amz-id-2", "x-amz-request-id", "x-amzn-errortype", "x-amzn-requestid", "x-api-key", "x-auth-token",
	"x-cache", "x-content-type-options", "x-correlation-id", "x-csrf-token", "x-forwarded-for",
	"x-forwarded-host", "x-forwarded-proto", "x-frame-options", "x-github-request-id", "x-ms-error-code",
	"x-ms-request-id", "x-powered-by", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
	"x-request-id", "x-requested-with", "x-xsrf-token", "x-xss-protection",
}

// vendorPrefixes make a name a header name when it starts with one of them.
var vendorPrefixes = []string{"x-", "cf-", "sec-", "access-control-", "fly-", "akamai-", "ratelimit-", "grpc-", "apim-", "ms-", "docker-", "openai-", "anthropic-"}

// isHeaderName reports whether name may be taken as a header field name:
// registered, vendor-prefixed (X-…, cf-…), or, unless strict, a hyphenated
// token whose parts are all capitalised or all lower case ("Audit-Id",
// "request-context").
func isHeaderName(name string, strict bool) bool {
	if len(name) < 2 || len(name) > 64 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(isAlpha(c) || isDigit(c) || c == '-' || c == '_') {
			return false
		}
	}
	if !isAlpha(name[0]) || name[len(name)-1] == '-' {
		return false
	}
	ln := ascii.Lower(name)
	if ln == "www_authenticate" || ln == "proxy_authenticate" {
		return true // a dump that makes each header a key (Ansible's uri result)
	}
	if registeredNames.Has(ln) {
		return !strict || strings.IndexByte(ln, '-') > 0 || ln == "authorization" || ln == "cookie"
	}
	hyphen := strings.IndexByte(ln, '-') > 0
	if !hyphen || strings.Contains(ln, "--") || strings.IndexByte(ln, '_') >= 0 {
		return false
	}
	for _, p := range vendorPrefixes {
		if strings.HasPrefix(ln, p) && len(ln) > len(p)+1 {
			return true
		}
	}
	if strict {
		return false
	}
	if k := strings.IndexByte(name, '-'); psVerbs.Has(name[:k]) {
		return false // a PowerShell cmdlet: "Invoke-RestMethod : ..."
	}
	// Title-Case-Parts or lower-case-parts, each part two letters or more.
	title, lower := true, true
	for _, part := range strings.Split(name, "-") {
		if len(part) < 2 || !isAlpha(part[0]) {
			return false
		}
		if !(part[0] >= 'A' && part[0] <= 'Z') {
			title = false
		}
		if part != strings.ToLower(part) {
			lower = false
		}
	}
	return title || lower
}

// psVerbs are PowerShell's approved verbs that start cmdlet names people paste.
var psVerbs = wordlist.Set{"Invoke", "Get", "Set", "New", "Remove", "Write",
	"Start", "Stop", "Test", "Add", "Connect", "Import", "Export", "Send",
	"Update", "Out", "Select", "ConvertFrom", "ConvertTo"}

// kv is a header field found on a line.
type kv struct {
	name, value string
	block       bool // part of a printed collection ({...}, map[...], (...)) on this line
	bare        bool // an unquoted key among other pairs on the line (key=value), not the whole line
	side        byte // 'q' or 's' when the notation names the side (request.header.x=)
	// variable: a credential header set in code to a variable
	// (setRequestProperty("Private-Token", token)): sent, its value not shown
	variable bool
}

// lineFields returns the header fields written on line t in any notation:
//
//	Name: value                        (the whole line)
//	'Name': 'value'  "name": "value"   (dicts, maps, objects, JSON; b'...' bytes too)
//	name: 'value'                      (JavaScript objects)
//	'Name' => 'value'                  (Ruby, PHP)
//	("Name", "value")  {"Name", "value"} (tuples)
//	[Name: value, Name2: value2]       (lists)
//	Name=value  name=[v]  Name:[v]     (key=value, Java maps, Go maps)
//
// strict limits names to registered and vendor-prefixed ones (for lines
// inside a body).
func lineFields(t string, strict bool) (out []kv, closed bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	s := strings.TrimSpace(t)
	if s == "" {
		return nil, false
	}
	// The whole line is "Name: value" (possibly bulleted, b'...' or quoted).
	if name, value, ok := wholeLineField(s); ok && isHeaderName(name, strict) {
		return []kv{{name: name, value: value}}, false
	}
	if fs := statusHeaderList(s); len(fs) > 0 {
		return fs, true
	}
	return inlineFields(s, strict)
}

// statusHeaderList reads the header list Apache HttpClient prints after a
// status line (its responses' toString: "HttpResponseProxy{HTTP/1.1 403
// Forbidden [Server: squid/4.1, Date: Wed, 25 Nov 2020 04:06:43 GMT,
// X-Cache: MISS from px1] ResponseEntityProxy{…}}"): a value runs on past
// commas and blanks to the ", " before the next "Name: " or to the list's
// closing bracket. The entity's own list after it repeats the body's type
// and length and is left out. Linear in s.
func statusHeaderList(s string) []kv {
	j := strings.Index(s, "HTTP/")
	if j < 0 {
		return nil
	}
	k := strings.Index(s[j:], " [")
	if k < 0 {
		return nil
	}
	if _, code, _, ok := parseStatusLine(s[j : j+k]); !ok || code < 100 || code > 599 {
		return nil
	}
	i := j + k + 2
	if _, ok := listNameAt(s, i); !ok {
		return nil
	}
	var out []kv
	for i < len(s) {
		name, ok := listNameAt(s, i)
		if !ok {
			break
		}
		v := i + len(name) + 1
		for v < len(s) && s[v] == ' ' {
			v++
		}
		e, depth := v, 0
		for ; e < len(s); e++ {
			c := s[e]
			if c == '[' || c == '{' {
				depth++
			} else if (c == ']' || c == '}') && depth > 0 {
				depth--
			} else if c == ']' && depth == 0 {
				break
			} else if c == ',' && depth == 0 && e+1 < len(s) && s[e+1] == ' ' {
				if _, ok := listNameAt(s, e+2); ok {
					break
				}
			}
		}
		out = append(out, kv{name: name, value: strings.TrimSpace(s[v:e]), block: true})
		if e >= len(s) || s[e] == ']' {
			break
		}
		i = e + 2
	}
	return out
}

// listNameAt returns the header name at s[i] when a colon and a blank
// follow it: one entry of statusHeaderList's list.
func listNameAt(s string, i int) (string, bool) {
	e := i
	for e < len(s) && (isAlpha(s[e]) || isDigit(s[e]) || s[e] == '-' || s[e] == '_') {
		e++
	}
	if e == i || e+1 >= len(s) || s[e] != ':' || s[e+1] != ' ' || !isHeaderName(s[i:e], false) {
		return "", false
	}
	return s[i:e], true
}

// wholeLineField reads "Name: value", "- Name: value", "+ Name: value",
// "b'name': b'value'", "'Name': 'value',", "Name = value".
func wholeLineField(s string) (string, string, bool) {
	for _, p := range []string{"- ", "+ ", "* ", "| ", "│ "} {
		s = strings.TrimPrefix(s, p)
	}
	if len(s) > 2 && (s[0] == 'b' && (s[1] == '\'' || s[1] == '"') || s[0] == '\'' || s[0] == '"') {
		return "", "", false // quoted keys: inlineFields
	}
	name, value, spaced, ok := splitField(s)
	if n, v, arrow := arrowField(s); arrow {
		// cntlm's "Proxy-Authorization            => NTLM TlRM…": the
		// value runs to the end of the line, blanks and commas in it
		name, value, spaced, ok = n, v, false, true
	}
	if !ok || strings.HasPrefix(name, ":") || strings.Contains(name, " ") || spaced && !registeredNames.Has(ascii.Lower(name)) {
		return "", "", false
	}
	if strings.HasPrefix(value, "[") || strings.HasPrefix(value, "{") {
		return "", "", false // a collection: inlineFields
	}
	value = strings.TrimSuffix(value, ",")
	if len(value) >= 2 && (value[0] == '\'' || value[0] == '"') && value[len(value)-1] == value[0] {
		if u, ok := unquoteAny(value); ok {
			value = u
		}
	}
	return name, value, true
}

// arrowField reads a whole line written "Name => value", the name a bare
// token with only blanks between it and the arrow (cntlm's header dumps
// align the arrows): the value is the rest of the line. A quoted or
// bracketed name (Ruby's hashes, PHP's print_r) is inlineFields'.
func arrowField(s string) (string, string, bool) {
	k := strings.Index(s, "=>")
	if k <= 0 {
		return "", "", false
	}
	name := strings.TrimRight(s[:k], " \t")
	if name == "" || len(name) > 100 {
		return "", "", false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c == '-' || c == '_' || isAlpha(c) || isDigit(c)) {
			return "", "", false
		}
	}
	return name, strings.TrimSpace(s[k+2:]), true
}

// strPrefix returns the length of a string literal's prefix at s[i:] when a
// quote follows it: Python's b'...', f"...", r'...', u'...', rb/br/fr/rf;
// C's and C++'s wide and Unicode L"...", U"...", u8"..."; C#'s verbatim
// @"..." and interpolated $"..." (a header set in code,
// req.headers().add(L"Authorization", L"Basic …")).
func strPrefix(s string, i int) int {
	if i > 0 && (isAlpha(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '_') {
		return 0
	}
	if i+1 < len(s) && (s[i] == '@' || s[i] == '$') {
		if s[i+1] == '"' {
			return 1
		}
		return 0
	}
	for n := 1; n <= 2 && i+n < len(s); n++ {
		c := s[i+n-1] | 0x20
		switch {
		case n == 2 && c == '8' && s[i] == 'u', n == 1 && c == 'l':
		case c != 'b' && c != 'f' && c != 'r' && c != 'u':
			return 0
		}
		if q := s[i+n]; q == '\'' || q == '"' {
			return n
		}
	}
	return 0
}

// unquoteAny undoes '...', "...", b'...' (and f, r, u) quoting.
func unquoteAny(v string) (string, bool) {
	v = v[strPrefix(v, 0):]
	if len(v) < 2 || v[0] != v[len(v)-1] || (v[0] != '\'' && v[0] != '"') {
		return v, false
	}
	if v[0] == '"' {
		if u, err := strconv.Unquote(v); err == nil {
			return u, true
		}
	}
	return unquotePy(v), true
}

// quotedAt reads a quoted string at s[i:] ('...' or "...", optional b
// prefix) and returns its content and the index after it.
func quotedAt(s string, i int) (string, int, bool) {
	i += strPrefix(s, i)
	if i >= len(s) || s[i] != '\'' && s[i] != '"' {
		return "", i, false
	}
	q := s[i]
	j := i + 1
	esc := false
	for j < len(s) {
		c := s[j]
		if c == '\\' {
			esc = true
			j += 2
			continue
		}
		if c == q {
			break
		}
		j++
	}
	if j >= len(s) {
		return "", len(s), false
	}
	v := s[i+1 : j]
	if esc {
		v = unquotePy(string(q) + v + string(q))
	}
	return v, j + 1, true
}

// concatTail reads, at s[i:] right after a string literal, the operands a
// concatenation joins to it in code ("'Bearer ' + token", PowerShell's
// 'Basic ' + [Convert]::ToBase64String(…), PHP's "'Bearer ' . $token",
// Lua's "'Bearer ' .. token"): the operands as written, each with the
// blank the literal's value goes on with dropped, and the index after the
// last one. An operand ends at a top-level blank, comma, semicolon or
// closing bracket (topLevelEnd); brackets and quotes inside it are skipped
// whole. It returns "" when no concatenation follows. Linear in s.
func concatTail(s string, i int) (string, int) {
	var b strings.Builder
	for {
		k := skipBlank(s, i)
		switch {
		case k+1 < len(s) && s[k] == '+' && s[k+1] != '+' && s[k+1] != '=':
			k++
		case k+2 < len(s) && s[k] == '.' && s[k+1] == '.' && (s[k+2] == ' ' || s[k+2] == '\t'):
			k += 2
		case k+1 < len(s) && s[k] == '.' && k > i && (s[k+1] == ' ' || s[k+1] == '\t' || s[k+1] == '$'):
			k++ // PHP's ".", written with a blank before it
		default:
			return b.String(), i
		}
		start := skipBlank(s, k)
		k, _ = topLevelEnd(s, start, ",; \t")
		if k == start {
			return b.String(), i
		}
		b.WriteString(s[start:k])
		i = k
	}
}

// bracketAt reads "[...]" at s[i:] (no nesting) and returns its content;
// a doubled "[[...]]", a marker some tracers put where they removed a value
// ("X-Amz-Security-Token: [[REMOVED]]"), is read whole.
func bracketAt(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != '[' {
		return "", i, false
	}
	if strings.HasPrefix(s[i:], "[[") {
		if j := strings.Index(s[i+2:], "]]"); j >= 0 && strings.IndexByte(s[i+2:i+2+j], '[') < 0 {
			return s[i+1 : i+3+j], i + 4 + j, true
		}
	}
	j := strings.IndexByte(s[i+1:], ']')
	if j < 0 {
		return "", len(s), false
	}
	return s[i+1 : i+1+j], i + 2 + j, true
}

// inlineFields scans a line for key/value pairs in the notations of
// printed collections. It runs in one pass: each byte is looked at a bounded
// number of times.
func inlineFields(s string, strict bool) (out []kv, closed bool) {
	opens := strings.Count(s, "{") + strings.Count(s, "[") + strings.Count(s, "(")
	// the side each open bracket's contents belong to: a collection opened
	// after a word naming the request (RequestInfo(…), request={…}) holds
	// the request's fields, one after "response" the response's
	var sides []byte
	top := func() byte {
		if len(sides) == 0 {
			return 0
		}
		return sides[len(sides)-1]
	}
	// hdrs marks, for each open bracket, a collection opened as the value
	// of a key naming headers ({"headers":{"apikey":"…"}}, a gateway's or
	// a logger's record of the request): its keys are header names
	var hdrs []bool
	inHeaders := func() bool { return len(hdrs) > 0 && hdrs[len(hdrs)-1] }
	i := 0
	for i < len(s) {
		c := s[i]
		var key string
		var next int
		quotedKey := false
		switch c {
		case '(', '{', '[':
			if len(sides) < 64 {
				sides = append(sides, bracketSide(s, i, top()))
				hdrs = append(hdrs, c == '{' && headersKeyBefore(s, i))
			}
		case ')', '}', ']':
			if len(sides) > 0 {
				sides = sides[:len(sides)-1]
				hdrs = hdrs[:len(hdrs)-1]
			}
		}
		switch {
		case c == '\'' || c == '"' || c == 'b' && i+1 < len(s) && (s[i+1] == '\'' || s[i+1] == '"') && (i == 0 || !isAlpha(s[i-1])) ||
			strPrefix(s, i) > 0 && prevNonSpace(s, i) == '(':
			// C's L"Name", C#'s @"Name" as a call's first argument
			k, j, ok := quotedAt(s, i)
			if !ok {
				return out, closed
			}
			key, next, quotedKey = k, j, true
		case isAlpha(c) && (i == 0 || !(isAlpha(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '-' || s[i-1] == '_' || s[i-1] == '.') ||
			s[i-1] == '.' && (strings.HasSuffix(ascii.Lower(s[max(0, i-8):i]), "header.") || strings.HasSuffix(ascii.Lower(s[max(0, i-8):i]), "headers."))):
			// bare keys; "response.header.www-authenticate=" (containerd logs) too
			j := i
			for j < len(s) && (isAlpha(s[j]) || isDigit(s[j]) || s[j] == '-' || s[j] == '_') {
				j++
			}
			key, next = s[i:j], j
		default:
			i++
			continue
		}
		if !isHeaderName(key, strict) && !(quotedKey && inHeaders() && IsAPIKeyHeader(key)) ||
			!quotedKey && i > 0 && (s[i-1] == '?' || s[i-1] == '&' || s[i-1] == '/') {
			// (a credential header of one word, "apikey", "token", is a
			// header name where the record says its keys are headers)
			i = max(next, i+1) // not a name, or a URL's query parameter
			continue
		}
		// separator
		j := next
		for j < len(s) && s[j] == ' ' {
			j++
		}
		tuple := false
		switch {
		case strings.HasPrefix(s[j:], "=>"):
			j += 2
		case j < len(s) && (s[j] == ':' || s[j] == '='):
			if s[j] == ':' && j+2 < len(s) && s[j+1] == '/' && s[j+2] == '/' {
				i = j
				continue // a URL
			}
			j++
		case j < len(s) && s[j] == ',' && quotedKey && i > 0 && strings.ContainsRune("({[", rune(prevNonSpace(s, i))) && !memberValue(s, i):
			j++
			tuple = true
		case quotedKey && s[next-1] == '"' && j > next && j < len(s) && s[j] == '"' && ednLine(s, i):
			// Clojure's and EDN's maps: {"Server" "cloudflare", "CF-RAY" "5a4f…"}
		default:
			i = max(next, i+1)
			continue
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		var val string
		var end int
		ok := false
		switch {
		case j < len(s) && s[j] == '[':
			val, end, ok = bracketAt(s, j)
			if ok && !quotedKey && len(sides) == 0 && sentenceAfter(s[end:]) {
				// "API error ERR-CORE : [Access Denied: R12] You do not
				// have permission …": a code and a bracketed tag that a
				// sentence goes on from, no field of a printed collection
				ok = false
			}
			if ok {
				val = strings.TrimSpace(val)
				if u, uok := unquoteAny(val); uok {
					val = u
				} else if inspectElision(val) {
					// Node's util.inspect past its depth: "authorization:
					// [Array]" says the field was there, not its value
					val = "[" + val + "]"
				}
			}
		case j < len(s) && (s[j] == '\'' || s[j] == '"' || strPrefix(s, j) > 0):
			val, end, ok = quotedAt(s, j)
			if e := unescapedQuoteEnd(s, j, end); ok && !quotedKey && e > end {
				val, end = s[j+1:e], e+1 // Spring's [WWW-Authenticate:"Bearer error="invalid_token"", …]
			}
			if tail, e := concatTail(s, end); ok && tail != "" {
				val, end = val+tail, e // "'Bearer ' + token": the value goes on in code
			}
		case !tuple && !((opens == 0 || proseWordBefore(s, i)) && !quotedKey && s[j-1] == ' ' && prevNonSpace(s, j) == ':'):
			// a bare value: after '=' (key=value), or after ':' inside a
			// printed collection (.NET "{ Key: Value }"); prose "host: x" is
			// not one, nor a name a sentence's function word leads to
			// ("could not authenticate to server: rejected Basic challenge
			// (https://…)"), brackets or not
			e := j
			stop := ",})]"
			if !quotedKey && s[j-1] != ':' {
				stop = ",})] " // key=value: a bare value ends at a blank
			}
			for e < len(s) && !strings.ContainsRune(stop, rune(s[e])) {
				e++
			}
			val, end, ok = strings.TrimSpace(s[j:e]), e, e > j
			if ok && !quotedKey && prevNonSpace(s, j) == ':' && strings.HasSuffix(val, ":") && strings.TrimSpace(s[e:]) != "" {
				// a value that ends in a colon and goes on is one link of a
				// chain of messages ("client 10.0.0.7:5100: server:
				// 10.0.0.9:80: unauthorized request"), not a field
				ok = false
			}
			if ok && !quotedKey && logTag(s, i, e, key) {
				// "main.go:67: [Info] [log-id: 7c41…] info-OnError, err=…":
				// a log line's bracketed tag, and the record's message goes
				// on after it; no header of a printed list
				ok = false
			}
			if ok && e < len(s) && s[e] == ' ' && authSchemes.Has(ascii.Lower(val)) && strings.HasSuffix(ascii.Lower(key), "authorization") {
				// "with header Authorization: Bearer {{token}} and …", a
				// sentence whose braces made it a collection: the scheme's
				// credential is the word after it, a stand-in ({{token}},
				// $TOKEN, <token>), a mask ("Bearer xxxxxxxx", "Bearer ***")
				// or a token's length; a word of the sentence ("Bearer is
				// set") is none
				m := e + 1
				for m < len(s) && s[m] != ' ' && s[m] != ',' && s[m] != ';' {
					m++
				}
				if w := s[e+1 : m]; w != "" && (strings.IndexByte("{$<", w[0]) >= 0 || len(w) >= 16 || Elided(w)) {
					val, end = val+" "+s[e+1:m], m
				}
			}
		}
		variable := false
		if !ok && tuple && IsCredentialHeader(ascii.Lower(key)) {
			// a credential header set in code to a variable
			// (conn.setRequestProperty("Private-Token", token),
			// DefaultRequestHeaders.Add("X-Api-Key", apiKey)): the
			// request carries what the variable holds
			e := j
			for e < len(s) && (isWordByte(s[e]) || s[e] == '.' || s[e] == '$') {
				e++
			}
			if k := skipBlank(s, e); e > j && k < len(s) && (s[k] == ')' || s[k] == ',') && variableRef(s[j:e]) {
				val, end, ok, variable = s[j:e], e, true, true
			}
		}
		if !ok {
			i = max(next, i+1)
			continue
		}
		f := kv{name: key, value: val, block: opens > 0, bare: !quotedKey, variable: variable}
		if i > 0 && s[i-1] == '.' {
			// "request.header.accept=", "response.header.date="
			b := ascii.Lower(s[max(0, i-17):i])
			switch {
			case strings.Contains(b, "request.header"):
				f.side = 'q'
			case strings.Contains(b, "response.header"):
				f.side = 's'
			}
		}
		if f.side == 0 {
			f.side = top()
		}
		out = append(out, f)
		i = max(end, i+1)
	}
	if len(out) > 0 && opens > 0 {
		closed = strings.Count(s, "}")+strings.Count(s, "]")+strings.Count(s, ")") >= opens
	}
	return out, closed
}

// memberValue reports whether the bracket just before the quoted string at
// s[i] is the value of a keyed member ('auth' => ['ops-bot', 'pw'], auth:
// ['u', 'p'], auth=('u', 'p')): a list of two strings given to an option,
// not a (name, value) pair of a printed header list, whose pairs sit in a
// list of their own ([("Server", "nginx"), …], headers: [{"Date", …}]).
func memberValue(s string, i int) bool {
	k := i - 1
	for k >= 0 && s[k] == ' ' {
		k-- // to the bracket
	}
	for k--; k >= 0 && s[k] == ' '; k-- {
	}
	if k < 0 {
		return false
	}
	return s[k] == '=' || s[k] == ':' || s[k] == '>' && k > 0 && s[k-1] == '='
}

// unescapedQuoteEnd returns, for a value quoted with '"' at s[j] whose
// string closed at end-1 with something other than a separator after it,
// the index of the quote that really closes it: Spring's HttpHeaders print
// each value in double quotes without escaping the ones inside
// ([WWW-Authenticate:"Bearer error="invalid_token"", Content-Type:"…"]), so
// the value ends at the '"' before ", Name:" or the list's closing
// bracket. 0 when the value closed where it should, or no such quote
// comes. Linear in s.
func unescapedQuoteEnd(s string, j, end int) int {
	if s[j] != '"' || end >= len(s) || strings.IndexByte(",;]}) ", s[end]) >= 0 {
		return 0
	}
	for k := end; k < len(s); k++ {
		if s[k] != '"' {
			continue
		}
		switch {
		case k+1 == len(s) || s[k+1] == ']':
			return k
		case strings.HasPrefix(s[k+1:], ", "):
			n := k + 3
			for n < len(s) && (isAlpha(s[n]) || isDigit(s[n]) || s[n] == '-') {
				n++
			}
			if n > k+3 && n+1 < len(s) && s[n] == ':' && s[n+1] == '"' && isHeaderName(s[k+3:n], false) {
				return k
			}
		}
	}
	return 0
}

// ednLine reports whether the key at s[i] opens an entry of a Clojure/EDN
// map: first on its line, or right after the map's "{" or an entry's ",".
func ednLine(s string, i int) bool {
	p := prevNonSpace(s, i)
	return p == 0 || p == '{' || p == ','
}

// bracketSide is the side of the collection opened at s[i]: the word before
// it (RequestInfo(, request={, response: {) names it, or it inherits outer.
func bracketSide(s string, i int, outer byte) byte {
	k := i
	quoted := false
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '=' || s[k-1] == ':' || s[k-1] == '"') && i-k < 4 {
		quoted = quoted || s[k-1] == '"'
		k--
	}
	e := k
	for k > 0 && (isAlpha(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '_') && e-k < 40 {
		k--
	}
	w := ascii.Lower(s[k:e])
	switch {
	case strings.Contains(w, "response"):
		return 's'
	case strings.Contains(w, "request"):
		return 'q'
	case quoted && s[i] == '{' && (w == "req" || w == "res" || strings.HasPrefix(w, "resp_")):
		// a logger's record of the exchange: pino's and bunyan's "req"
		// and "res", Caddy's "resp_headers"
		if w == "req" {
			return 'q'
		}
		return 's'
	case s[i] == '(' && headerSetters.Has(w):
		return 'q'
	case s[i] == '(' && w == "header" && k > 0 && s[k-1] == '.' && !responseReceiver(s[:k-1]):
		// a request builder's .header("Name", "value") (RestAssured,
		// Unirest, OkHttp's Request.Builder, reqwest); a response's
		// res.header(…) sets or reads what the server sends
		return 'q'
	}
	return outer
}

// responseReceiver reports whether code before a member's dot ends with
// an object that is a response (res, resp, response, reply, ctx.response):
// its header(…) is the response's.
func responseReceiver(before string) bool {
	k := len(before)
	for k > 0 && isWordByte(before[k-1]) && len(before)-k < 24 {
		k--
	}
	switch ascii.Lower(before[k:]) {
	case "res", "resp", "response", "reply", "rep", "w":
		return true
	}
	return false
}

// headersKeyBefore reports whether the collection opened at s[i] is the
// value of a key naming headers ("headers": {, headers={, 'req_headers': {).
func headersKeyBefore(s string, i int) bool {
	k := i
	for k > 0 && i-k < 4 && (s[k-1] == ' ' || s[k-1] == '=' || s[k-1] == ':' || s[k-1] == '"' || s[k-1] == '\'') {
		k--
	}
	e := k
	for k > 0 && e-k < 24 && (isAlpha(s[k-1]) || s[k-1] == '_') {
		k--
	}
	w := ascii.Lower(s[k:e])
	return e > k && (strings.HasSuffix(w, "headers") || w == "header")
}

// headerSetters are the calls with which code adds a header to the request
// it builds (Python's urllib `req.add_header('Content-Type', …)` and
// http.client's `putheader`, Java's `setHeader`/`addHeader`, XHR's
// `setRequestHeader`, builders' `withHeader`): a field in the call's
// brackets is what the client was told to send, never a header the server
// answered with, and a response's header block it is not.
var headerSetters = wordlist.Set{"add_header", "addheader", "set_header", "setheader", "putheader", "setrequestheader",
	"addrequestheader", "with_header", "withheader", "append_header"}

// proseFunctionWords are English prepositions, articles and determiners: a
// header name right after one of them is a noun in a sentence ("to server:",
// "the host:"), not a field's name.
var proseFunctionWords = wordlist.Set{
	"to", "the", "a", "an", "of", "from", "for", "by", "with", "at", "on", "in", "into", "this", "that", "its", "our", "my", "your",
}

// proseWordBefore reports whether s[:i] ends in one of proseFunctionWords
// and a single blank, the word itself standing alone, or in such a word
// and then a capitalised name that says whose the noun is ("connecting to
// Zulip server: Invalid API key (…)": the product's name between; "with
// header Authorization: …" names no product).
func proseWordBefore(s string, i int) bool {
	for n := 0; n < 2; n++ {
		if n == 1 && !(s[i] >= 'A' && s[i] <= 'Z') {
			return false
		}
		if i < 2 || s[i-1] != ' ' {
			return false
		}
		k := i - 1
		for k > 0 && isAlpha(s[k-1]) {
			k--
		}
		if k == i-1 || k > 0 && s[k-1] != ' ' {
			return false
		}
		if proseFunctionWords.Has(ascii.Lower(s[k : i-1])) {
			return true
		}
		i = k
	}
	return false
}

func prevNonSpace(s string, i int) byte {
	for k := i - 1; k >= 0; k-- {
		if s[k] != ' ' {
			return s[k]
		}
	}
	return 0
}

// inspectElision reports whether the text inside brackets is what Node's
// util.inspect prints for a value past its depth or not shown: "Array",
// "Object", "Function", "Function: bound x", "Getter", "Getter/Setter",
// "Circular *1".
func inspectElision(v string) bool {
	switch v {
	case "Array", "Object", "Function", "Getter", "Setter", "Getter/Setter":
		return true
	}
	return strings.HasPrefix(v, "Function: ") || strings.HasPrefix(v, "Circular *") || strings.HasPrefix(v, "Object: null prototype")
}

// inspectedObject reports whether v (a printed member's value, a comma
// after it or not) is util.inspect's stand-in for an object past its depth:
// an elision inspectElision knows, or the name of the object's class in
// square brackets ("[APIErrorResponse]", "[IncomingMessage]").
func inspectedObject(v string) bool {
	v = strings.TrimRight(strings.TrimSpace(v), ",;")
	if len(v) < 3 || v[0] != '[' || v[len(v)-1] != ']' {
		return false
	}
	v = v[1 : len(v)-1]
	if inspectElision(v) {
		return true
	}
	if v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for i := 1; i < len(v); i++ {
		if !isAlpha(v[i]) && !isDigit(v[i]) && v[i] != '_' {
			return false
		}
	}
	return true
}

// logTag reports whether the pair whose key starts at s[i] and whose bare
// value ends at s[end] is a log line's tag: alone in its square brackets
// ("[req-id: 9c0f…]", "[trace: 51aa]"), not the value of a field before it
// ("headers=[…]"), with the record's text going on after the bracket. A
// field that carries a challenge or a credential stays a field.
func logTag(s string, i, end int, key string) bool {
	if end >= len(s) || s[end] != ']' || authFieldName(key) {
		return false
	}
	p := i - 1
	for p >= 0 && s[p] == ' ' {
		p--
	}
	if p < 0 || s[p] != '[' {
		return false
	}
	if q := prevNonSpace(s, p); q == ':' || q == '=' || q == '[' || q == '{' || q == '(' || q == ',' {
		return false // "Headers: [x-trace: 1]", "map[…]": a collection
	}
	rest := strings.TrimLeft(s[end+1:], " ")
	if rest == "" || strings.ContainsRune(",;)}]=:", rune(rest[0])) {
		return false
	}
	// two words or more: a blank then more text within a short look
	// (bounded, so a line of many tags stays linear)
	rest = rest[:min(len(rest), 200)]
	k := strings.IndexByte(rest, ' ')
	return k > 0 && strings.TrimSpace(rest[k:]) != ""
}

// authFieldName reports whether name is a field that carries a challenge or
// a credential, which a bracket around it never makes a mere log tag.
func authFieldName(name string) bool {
	switch ascii.Lower(name) {
	case "www-authenticate", "proxy-authenticate", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token":
		return true
	}
	return false
}

// sentenceAfter reports whether rest, what follows a bracketed value on its
// line, goes on as running text: two words or more, not another field or
// the end of a collection.
func sentenceAfter(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if t == "" || strings.ContainsRune(",;)}]", rune(t[0])) {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 2 {
		return false
	}
	for _, w := range words[:2] {
		if strings.ContainsAny(w, ":=") {
			return false // "k: [v] next: [w]": another field
		}
	}
	return true
}
