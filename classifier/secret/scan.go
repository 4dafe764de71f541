package secret

import (
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// scanLine finds the credentials in one line l starting at offset base. It
// returns where the line's text starts after its indentation (the detectors
// start there: spaces and tabs start and end nothing, and are a third of a
// pretty-printed HAR).
//
// It also returns the line's flags (hasPipe, hasComma: the tables' readers
// in Scan wait on them).
func (s *scanner) scanLine(l string, base, line int) (int, int) {
	from := 0
	for from < len(l) && (l[from] == ' ' || l[from] == '\t') {
		from++
	}
	if from == len(l) {
		return from, 0
	}
	n := len(s.out)
	if t := l[from:]; len(t) > 3 && t[0] == '<' && t[len(t)-1] == '>' {
		s.xmlSection(t)
	}
	s.pairs(l, from, base, line)
	s.encodedBasic(l[from:], base+from, line)
	s.base64Text(l[from:], base+from, line)
	if len(l)-from < 512 && strings.IndexByte(l[from:], ' ') < 0 && strings.Count(l, ":") == 4 {
		s.pgpass(l[from:], base+from, line)
	}
	// The shapes' pass also finds the flags the other detectors wait on
	// (one pass over the line, not two); their finds are kept after the
	// others', the order they were found in before (finish keeps the first
	// of two finds of one span).
	n0 := len(s.out)
	f := s.shapes(l, from, base, line)
	if f&hasNonASCII != 0 {
		s.proseOutside(l[from:], base+from, line, n)
	}
	if f&hasTab != 0 {
		s.cookieRow(l, base, line)
	}
	s.transcript(l[from:], base+from, line)
	if f&^(hasPipe|hasComma|hasTab|hasNonASCII) == 0 {
		return from, f
	}
	n1 := len(s.out)
	if f&hasPct != 0 {
		s.percentText(l, base, line)
	}
	if f&hasEsc != 0 {
		s.escapedQuotes(l, base, line)
	}

	if f&hasClose != 0 {
		s.xmlElements(l, base, line)
	}
	if f&hasScheme != 0 {
		s.userinfo(l, base, line)
	}
	if f&(hasOption|hasAt) != 0 {
		s.command(l, base, line)
	}
	if f&hasPass != 0 {
		s.netrc(l, base, line)
	}
	if n1 > n0 && len(s.out) > n1 {
		moved := append([]Secret(nil), s.out[n0:n1]...)
		copy(s.out[n0:], s.out[n1:])
		copy(s.out[len(s.out)-len(moved):], moved)
	}
	return from, f
}

// Line flags: what the detectors other than pairs and shapes need to see
// in a line before they look at it, found in one pass (the WebAssembly
// build has no vectorised string search, so one loop beats five).
const (
	hasScheme   = 1 << iota // "://"
	hasAt                   // "@"
	hasOption               // a word starting with "-"
	hasPass                 // "pass" in any case
	hasClose                // "</", an XML closing tag
	hasPipe                 // "|", a Markdown table's
	hasComma                // ",", a CSV row's
	hasTab                  // a tab after the indentation, a cookie table's
	hasNonASCII             // a byte outside ASCII: a sentence's credential word may be one
	hasPct                  // "%22" or "%25": percent-encoded JSON, or a URL encoded twice; "%3A%20", an encoded header
	hasEsc                  // "\u0022" or "&quot;": JSON whose quotes were escaped for a string or HTML
)

// flagsIn is the flags of the bytes of l from i to end (each looks at the
// bytes around it).
func flagsIn(l string, i, end int) int {
	f := 0
	for ; i < end; i++ {
		if flagByte[l[i]] {
			f |= flagAt(l, i)
		}
	}
	return f
}

// flagAt is the flag the byte at l[i] sets, if any.
func flagAt(l string, i int) int {
	switch l[i] {
	case ':':
		if i+2 < len(l) && l[i+1] == '/' && l[i+2] == '/' {
			return hasScheme
		}
	case '@':
		return hasAt
	case '-':
		if i == 0 || l[i-1] == ' ' || l[i-1] == '\t' {
			return hasOption
		}
	case 's', 'S':
		if i >= 3 && l[i-1]|0x20 == 's' && l[i-2]|0x20 == 'a' && l[i-3]|0x20 == 'p' {
			return hasPass
		}
	case '<':
		if i+1 < len(l) && l[i+1] == '/' {
			return hasClose
		}
	case '|':
		return hasPipe
	case '%':
		if i+2 < len(l) && l[i+1] == '2' && (l[i+2] == '2' || l[i+2] == '5') {
			return hasPct
		}
		if i+5 < len(l) && l[i+1] == '3' && l[i+2]|0x20 == 'a' && l[i+3] == '%' && l[i+4] == '2' && l[i+5] == '0' {
			return hasPct
		}
	case '\\':
		if i+5 < len(l) && l[i+1] == 'u' && l[i+2] == '0' && l[i+3] == '0' && l[i+4] == '2' && l[i+5] == '2' {
			return hasEsc
		}
	case '&':
		if i+5 < len(l) && l[i+1] == 'q' && l[i+2] == 'u' && l[i+3] == 'o' && l[i+4] == 't' && l[i+5] == ';' {
			return hasEsc
		}
	case ',':
		return hasComma
	case '\t':
		return hasTab
	default:
		if l[i] >= utf8.RuneSelf {
			return hasNonASCII
		}
	}
	return 0
}

// flagByte marks the bytes flagAt looks at.
var flagByte = func() (t [256]bool) {
	for _, c := range []byte(":@-sS<|,\t%\\&") {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// headerStart is the first byte of a header after transcript prefixes
// ("> ", "< ", "-> \"", "* ", "[1] ", "+ "), looking from i on.
func headerStart(l string, i int) int {
	for i < len(l) && prefixByte[l[i]] {
		i++
	}
	return i
}

// prefixByte marks the bytes of transcript prefixes (a table: a pretty-printed
// HAR's lines start with many spaces, and a set search per byte was a tenth
// of the scan).
var prefixByte = func() (t [256]bool) {
	for _, c := range []byte(" \t><-\"'`$#*+|") {
		t[c] = true
	}
	return t
}()

// pairs finds name/value pairs with a credential-like name anywhere in the
// line: "Name: value", "name=value", "\"name\": \"value\"", "'name' => 'v'",
// "Name:[value]" (Go's header maps), "name: value" (YAML).
func (s *scanner) pairs(l string, from, base, line int) {
	hs := headerStart(l, from)
	found := len(s.out)
	var pnv printedNameValue
	for i := from; i < len(l); {
		c := l[i]
		// identByte, not isIdentByte: this loop sees every byte, and the
		// wasm build turns off inlining in this package.
		if !identByte[c] || c == '.' || c == '-' && i > 0 && identByte[l[i-1]] {
			i++
			continue
		}
		if i > 0 && identByte[l[i-1]] && !(l[i-1] == '.' && (i == 1 || l[i-2] == ')')) {
			i++
			continue // (a method called on a call's result, ").basic(", starts a name)
		}
		j := i
		for j < len(l) && identByte[l[j]] {
			j++
		}
		st := i // where the name starts
		if st > 0 && l[st-1] == '\\' && j-st > 2 && (l[st] == 'n' || l[st] == 'r' || l[st] == 't') {
			st++ // "\r\nAuthorization: …": a line end printed escaped, then the name
		}
		name := l[st:j]
		i = j
		if len(name) > len(k8sWebSocketBearer) && strings.HasPrefix(name, k8sWebSocketBearer) {
			// Kubernetes' WebSocket subprotocol carrying the bearer token
			s.add(Authorization, "Sec-WebSocket-Protocol bearer token", base+st+len(k8sWebSocketBearer), base+j, line)
			continue
		}
		// After the name: an optional closing quote, spaces, a separator.
		k := j
		if k < len(l) && l[k] == '\\' {
			if b := backslashes(l, k); k+b < len(l) && l[k+b] == '"' {
				k += b + 1 // a quote escaped once or more: JSON inside JSON strings
			}
		} else if k < len(l) && (l[k] == '"' || l[k] == '\'' || l[k] == ']' && st > 0 && l[st-1] == '[') {
			k++ // a quote, or print_r's "[password] => …"
		}
		for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
			k++
		}
		// "%3D": a query written inside another URL's parameter, encoded
		// once ("next=%2Fcb%3Faccess_token%3D…%26state%3D…")
		// (the name follows an encoded "?" or "&": "%3Faccess_token%3D";
		// a "%3D" after other text is an encoded base64 padding)
		encoded := k+2 < len(l) && l[k] == '%' && l[k+1] == '3' && l[k+2]|0x20 == 'd' && st > 0 && l[st-1] == '%' &&
			len(name) > 2 && (name[0] == '3' && name[1]|0x20 == 'f' || name[0] == '2' && name[1] == '6')
		if encoded {
			name = name[2:]
		}
		if j < len(l) && l[j] == '(' {
			s.callArgs(l, name, j, base, line) // setHeader("Authorization", "Bearer …"), HTTPBasicAuth('u', 'p')
		} else if BareBasicAuthCall(l, j, name) {
			s.callArgs(l, name, j, base, line) // Ruby's call without parentheses: req.basic_auth 'u', 'p'
		} else if j+1 < len(l) && l[j] == '=' && (l[j+1] == '(' || l[j+1] == '[') && strings.EqualFold(name, "auth") {
			s.callArgs(l, name, j+1, base, line) // requests' auth=('u', 'p')
		}
		if k < len(l) && k > j && st == hs && l[k] != ':' && l[k] != '=' && strings.IndexByte(name, '.') > 0 && s.classify(name).f == fStrong {
			// a .properties line whose separator is a space: "jwt.secret abc…"
			if vs, ve, _ := valueAt(l, k, ':', true); ve > vs && !Placeholder(l[vs:ve]) {
				s.add(s.classify(name).k, name, base+vs, base+ve, line)
				i = ve
			}
			continue
		}
		// Clojure's and EDN's maps write a key as a keyword and its value
		// after a space: {:set-cookie sid=…, :authorization "Bearer …"}
		keyword := !encoded && j+1 < len(l) && l[j] == ' ' && k < len(l) && l[k] != ':' && l[k] != '=' &&
			st > 1 && l[st-1] == ':' && (l[st-2] == ' ' || l[st-2] == '{' || l[st-2] == '(') && s.classify(name) != nameClass{}
		if !keyword && (k >= len(l) || l[k] != ':' && l[k] != '=' && !encoded) {
			if len(name) == 5 && j < len(l) && l[j] == ' ' && strings.EqualFold(name, "basic") {
				s.basicAt(l, j+1, base, line) // "… is present: Basic dXNlcjpwYXNz"
			}
			if isLetter(name[0]) && proseFirst[min(len(name), 10)]&(1<<((name[0]|0x20)-'a')) != 0 {
				s.proseAt(l, name, st, j, base, line, found) // "my token is …"
			} else if len(name) >= 60 && atlasToken(name) {
				s.add(Token, "Terraform Cloud token", base+st, base+j, line)
			} else if j < len(l) && l[j] == ' ' && j-st <= 24 && j-st > 4 && hyphenWord(name) {
				h := strings.LastIndexByte(name, '-')
				s.proseAt(l, name[h+1:], st+h+1, j, base, line, found) // "de API-sleutel …"
			}
			continue // most words: no pair, no look-up
		}
		sep := byte(':') // a keyword's value starts after its space
		if !keyword {
			sep = l[k]
			if encoded {
				sep = '='
				k += 2
			}
			k++
		}
		if sep == '=' && k < len(l) && l[k] == '>' {
			k++
			if b := k + strings.IndexByte(l[k:], '['); b >= k && strings.TrimSpace(l[k:b]) == "" && strings.EqualFold(name, "auth") {
				s.callArgs(l, name, b, base, line) // Guzzle's 'auth' => ['u', 'p']
			}
		}
		if sep == '=' && (len(name) == 3 || len(name) == 4 || len(name) == 8) && s.attribute(l, name, k, base, line) {
			continue // name="password" value="…": an HTML or XML element's pair of attributes
		}
		if len(name) == len("sec-websocket-protocol") && strings.EqualFold(name, "sec-websocket-protocol") {
			// past the list (a Kubernetes item in it is read here)
			i = max(i, s.subprotocols(l, k, base, line))
			continue
		}
		nc := s.classify(name)
		hc, fc, fk := nc.h, nc.f, nc.k
		if (len(name) == 4 || len(name) == 5) && sep == '=' && (strings.EqualFold(name, "name") || strings.EqualFold(name, "value") && pnv.label != "") {
			s.printedPair(l, name, k, sep, &pnv, base, line)
			continue
		}
		if hc == hNone && fc == fNone {
			if isLetter(name[0]) && proseFirst[min(len(name), 10)]&(1<<((name[0]|0x20)-'a')) != 0 {
				s.proseAt(l, name, st, j, base, line, found) // "Passwort: …", "jeton = …"
			}
			continue
		}
		if sep == ':' && k < len(l) && l[k] == ':' {
			continue // a "::" scope, not a pair
		}
		if sep == ':' && k < len(l) && l[k] == '=' {
			sep = '=' // Go's short declaration: password := "…"
			k++
		}
		if sep == ':' && k+1 < len(l) && l[k] == '/' && l[k+1] == '/' {
			continue // a URL scheme
		}
		if sep == '=' && st > 0 && (l[st-1] == '?' || l[st-1] == '&') && (k >= len(l) || l[k] == ' ' || l[k] == '\t' || l[k] == '&' || l[k] == '#' || closingQuote(l, k)) {
			// a query's empty parameter ("?user=ana&token= HTTP/1.1", a URL
			// string closing after "&token=" in code or a log): what follows
			// is the line's next word, not the parameter's value
			continue
		}
		for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
			k++
		}
		if k >= len(l) {
			continue
		}
		// The value: quoted, bracketed, or bare.
		vs, ve, quoted := valueAt(l, k, sep, st == hs)
		if ve <= vs {
			continue
		}
		if hc == hAuth && !quoted && st != hs && ve < len(l) && l[ve] == ' ' && isScheme(l[vs:ve]) {
			// "Authorization: Bearer abc" inside a log line: the scheme and one token
			e := ve + 1
			for e < len(l) && strings.IndexByte(" \t\"'`,)]}<>|\\", l[e]) < 0 {
				e++
			}
			ve = e
		}
		if v := l[vs:ve]; !quoted && v == "Some(" && ve < len(l) {
			// a value printed inside its option: Rust's Some("…")
			if vs, ve, quoted = valueAt(l, ve, sep, false); ve <= vs {
				continue
			}
		} else if !quoted && len(v) > len("Optional[") && strings.HasPrefix(v, "Optional[") {
			// Java's Optional[…]
			vs += len("Optional[")
			if e := strings.IndexByte(l[vs:ve], ']'); e >= 0 {
				ve = vs + e
			}
		}
		if v := l[vs:ve]; !quoted && (len(v) > 1 && v[len(v)-1] == '(' && isCodeIdent(v[:len(v)-1]) || v == "new" || strings.HasPrefix(v, "new ") ||
			len(v) > 2 && v[len(v)-2] == '(' && strings.IndexByte("bBrRuUfF", v[len(v)-1]) >= 0 && ve < len(l) && (l[ve] == '"' || l[ve] == '\'') && isCodeIdent(v[:len(v)-2])) {
			// a call, not a value: token = os.environ.get('API_TOKEN', …),
			// auth = base64.b64encode(b"u:p") (a prefixed string literal),
			// auth = HTTPBasicAuth('u', 'p'), Authorization = new
			// AuthenticationHeaderValue(…): its arguments are read next
			continue
		}
		i = max(i, vs)
		switch hc {
		case hAuth:
			if t := strings.TrimSpace(l[vs:ve]); knownScheme(t) && strings.TrimSpace(strings.TrimLeft(l[ve:], " \t")) == "\\" {
				// "Authorization: Bearer \" and the token on the next line:
				// a shell's continuation inside the quotes
				s.contAuth = name
			}
			s.authValue(name, l, vs, ve, base, line, quoted || st != hs)
			i = ve
			continue
		case hCookie, hSetCookie:
			if !quoted {
				ve = cookieBareEnd(l, ve)
				if hc == hCookie {
					ve = cookieListEnd(l, ve)
				}
			}
			s.cookieValue(l, vs, ve, base, line, hc == hSetCookie)
			i = ve
			continue
		case hKey:
			if sep == '=' && !quoted && st > 0 && (l[st-1] == '?' || l[st-1] == '&') {
				// a query parameter named like an API-key header
				// (?apikey=…&auth_token=…): its value stops at & ; #
				if e := strings.IndexAny(l[vs:ve], "&;#"); e >= 0 {
					ve = vs + e
				}
			}
			if !quoted && ve+1 < len(l) && l[ve] == ',' && l[ve+1] != ' ' {
				// a list in one value: Stripe-Signature: t=…,v1=…,v0=…
				for ve < len(l) && l[ve] != ' ' && l[ve] != '\t' && l[ve] != '"' && l[ve] != '\'' {
					ve++
				}
			}
			// "auth token: 401 unauthorized" names a status, not a key;
			// "anonymous token: unexpected status: 401" goes on in prose
			if v := l[vs:ve]; !shortNumber(v) && !shortWord(v) && !nullWord(v) && !(!quoted && lowerWord(v) && ve < len(l) && l[ve] == ' ') {
				s.add(APIKey, name, base+vs, base+ve, line)
			}
			i = ve
			continue
		}
		v := l[vs:ve]
		if sep == '=' && !quoted {
			// name=value in a form or query: the value stops at & ; and, in
			// a URL's query or fragment, at #; elsewhere (a form's body, an
			// object's printed fields) a '#' is the value's own.
			stops := "&;"
			if st > 0 && (l[st-1] == '?' || l[st-1] == '&' || l[st-1] == '#') {
				stops = "&;#"
			}
			if e := strings.IndexAny(v, stops); e >= 0 && !(fk == Password && v[e] == '#' && passwordHash(v[e+1:])) {
				ve = vs + e
				v = l[vs:ve]
			}
			if encoded {
				ve = vs + encodedEnd(v)
				v = l[vs:ve]
			}
		}
		if fc == fWeak && cutSignature(l, name, v, ve) {
			s.add(fk, name, base+vs, base+ve, line) // its end is below (wrappedTail)
			i = ve
			continue
		}
		if fc == fWeak && !weakCredential(name, strings.TrimRight(v, "=")) || fc == fStrong && !quoted && (v == "true" || v == "false" || v == "{" || strings.HasPrefix(v, "{{") || v == "[" || v != "" && v[0] == '(' || strings.Count(v, " ") >= 4) ||
			fc == fStrong && !quoted && (v == "YES" || v == "NO") && strings.HasSuffix(strings.TrimRight(l[:vs], ": "), "using password") || // MySQL's "(using password: YES)"
			fc == fStrong && st > 0 && l[st-1] == '$' && graphQLType(v) || // a GraphQL variable's declaration: ($password: String!)
			!quoted && st != hs && sep == ':' && statusPhrase(l, vs, ve) || // "incorrect password: Permission denied, …"
			nullWord(v) || // password: None (a printed Rust or Python value), token: nil, 'csrf-token': 'undefined' (a missing value made a string)

			fk != Password && (shortNumber(v) || shortWord(v)) {
			// Prose, not a credential: "tokens: (see below)" (none starts
			// with a parenthesis), "EnvironmentCredential: Authentication
			// failed: AADSTS7000215: Invalid client secret provided" (a
			// sentence of five words and more, unquoted).
			if quoted && strings.IndexByte(l[vs:ve], '=') < 0 {
				i = ve // past the value: every byte of a line is looked at once
			}
			// (a quoted value with pairs inside is read again for them:
			// "Signature"=>"keyId=\"k\",signature=\"…\"")
			continue
		}
		s.add(fk, name, base+vs, base+ve, line)
		i = ve
	}
}

// nullWord reports whether v is a language's word for no value, as printed
// unquoted: Python's None, Rust's None, Ruby's and Go's nil, JSON's null,
// JavaScript's undefined.
func nullWord(v string) bool {
	switch v {
	case "None", "none", "nil", "null", "NULL", "Null", "undefined", "<nil>":
		return true
	}
	return false
}

// shortNumber reports whether v is a number of five digits or fewer: no
// token or key is one, while a status, a count or a port after a
// credential-like name is ("unable to retrieve auth token: 401
// unauthorized"). A password may be, so the caller leaves passwords out.
func shortNumber(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 5 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// shortWord reports whether v is a word of seven letters or fewer: prose
// after a credential-like name ("a valid token: right `aud`…", "tokens:
// they are issued fine"), not a key or token, which are longer or mix in
// digits and symbols.
func shortWord(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 7 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// lowerWord reports whether v is a word in lower-case letters ("required"):
// prose, where a token mixes cases, digits or symbols.
func lowerWord(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return v != ""
}

// valueAt returns the value starting at k: inside quotes or brackets when it
// opens with one, else up to the end of the line for a header or a YAML
// field at the line's start (sep ':'), or up to a space, quote, comma or
// bracket otherwise.
func valueAt(l string, k int, sep byte, atStart bool) (int, int, bool) {
	// a Python string literal's prefix: "Authorization": f"Bearer {token}"
	if k+1 < len(l) && strings.IndexByte("bfruBFRU", l[k]) >= 0 && (l[k+1] == '"' || l[k+1] == '\'') {
		k++
	}
	// Go's %#v of an http.Header: "Authorization":[]string{"Bearer …"}
	if strings.HasPrefix(l[k:], "[]string{") && k+len("[]string{") < len(l) {
		k += len("[]string{")
	}
	if b := backslashes(l, k); b > 0 && k+b < len(l) && l[k+b] == '"' {
		// a quote escaped once or more: the value ends at the same escape
		q := l[k : k+b+1]
		vs := k + b + 1
		e := strings.Index(l[vs:], q)
		if e < 0 {
			return vs, len(l), true
		}
		return vs, vs + e, true
	}
	switch c := l[k]; {
	case c == '"' || c == '\'' || c == '`':
		vs := k + 1
		e := vs
		for e < len(l) && l[e] != c {
			if l[e] == '\\' && c == '"' {
				e++
			}
			e++
		}
		return vs, min(e, len(l)), true
	case c == '{' && sep == '=' && odbcBraced(l[k+1:]):
		// ODBC's braces around a value with ';' in it: PWD={p;w}
		vs := k + 1
		return vs, vs + strings.IndexByte(l[vs:], '}'), true
	case c == '(':
		// a word put in a removed value's place, in parentheses
		// ("apikey=(removed)&…"): the value is the whole marker, which
		// Placeholder knows; anything else ends at the parenthesis as before
		if e := strings.IndexByte(l[k:], ')'); e > 1 && standIn(l[k+1:k+e]) {
			return k, k + e + 1, false
		}
	case c == '[':
		vs := k + 1
		if vs < len(l) && l[vs] == '[' {
			// a value in brackets that is itself bracketed, a marker
			// ("X-Amz-Security-Token: [[REMOVED]]", mc admin trace's
			// "[[ip address]]"): the value is the inner bracketed word,
			// up to the closing pair
			if e := strings.Index(l[vs:], "]]"); e > 0 {
				return vs, vs + e + 1, true
			}
		}
		e := strings.IndexByte(l[vs:], ']')
		if e < 0 {
			return vs, len(l), true
		}
		if inspectElided(l[vs : vs+e]) {
			return vs, vs, true // util.inspect's "[Array]": no value printed
		}
		return vs, vs + e, true
	}
	if sep == ':' && atStart {
		e := len(l)
		// transcript noise after a value: \r\n" in wire traces
		for _, suf := range []string{`\r\n"`, `\n"`, `\r\n`, `"`} {
			if strings.HasSuffix(l[k:e], suf) {
				e -= len(suf)
				break
			}
		}
		for e > k && (l[e-1] == ' ' || l[e-1] == '\t' || l[e-1] == ',') {
			e--
		}
		return k, e, false
	}
	e := k
	for e < len(l) && strings.IndexByte(" \t\"'`,)]}<>|\\", l[e]) < 0 {
		e++
	}
	return k, e, false
}

// hyphenWord reports whether name is words joined by '-' whose last word
// could be a credential word of prose ("API-sleutel", "cookie-secret").
func hyphenWord(name string) bool {
	h := strings.LastIndexByte(name, '-')
	return h > 0 && h+3 < len(name) && isLetter(name[h+1])
}

// odbcBraced reports whether v, after a '{', is an ODBC value in braces: it
// closes before a ';', a quote or the line's end, and is not a template's
// variable ({INTEGRATION_SECRET}, {{ .Values.x }}, {token}).
func odbcBraced(v string) bool {
	e := strings.IndexByte(v, '}')
	if e <= 0 || e+1 < len(v) && strings.IndexByte(";\"'", v[e+1]) < 0 {
		return false
	}
	in := v[:e]
	return in[0] != '{' && in[0] != ' ' && in[0] != '$' && !isUpperIdent(in) && !lowerWord(strings.ReplaceAll(in, "_", ""))
}

// inspectElided reports whether the text inside brackets is Node's
// util.inspect standing in for a value past its depth ("Array", "Object",
// "Function: x", "Getter").
func inspectElided(v string) bool {
	switch v {
	case "Array", "Object", "Function", "Getter", "Setter", "Getter/Setter":
		return true
	}
	return strings.HasPrefix(v, "Function: ") || strings.HasPrefix(v, "Circular *")
}

// authValue masks the credentials of an Authorization-like value, keeping
// the scheme: "Basic [redacted]", "Bearer [redacted]".
func (s *scanner) authValue(name, l string, vs, ve, base, line int, bounded bool) {
	v := l[vs:ve]
	if t := strings.TrimSpace(v); t == "" || knownScheme(t) || schemeName(t) {
		return // "Authorization: Bearer " with nothing after the scheme: no credential to mask
	}
	scheme, rest, ok := strings.Cut(v, " ")
	if !ok || !isScheme(scheme) {
		s.add(Authorization, name, base+vs, base+ve, line)
		return
	}
	rs := vs + len(scheme) + 1
	for rs < ve && l[rs] == ' ' {
		rs++
	}
	if strings.Contains(rest, "=") && strings.Count(strings.TrimRight(rest, "="), "=") >= 1 && strings.ContainsAny(rest, ",\"") {
		// auth-params (Digest, AWS4, OAuth 1): mask each secret parameter.
		s.authParams(name+": "+scheme, l, rs, ve, base, line)
		return
	}
	re := ve
	if bounded && !strings.Contains(l[rs:ve], "=") {
		// a quoted or mid-line value: one token after the scheme
		if sp := strings.IndexAny(l[rs:ve], " \t"); sp >= 0 {
			re = rs + sp
		}
	}
	if !knownScheme(scheme) && shortWord(strings.TrimRight(l[rs:re], ":,.;")) {
		return // prose: "may require authorization: server message: …"
	}
	if re < ve && l[rs] == '[' && strings.HasPrefix(l[rs:ve], "[object Object]") {
		re = rs + len("[object Object]")
	}
	if emptyCredentials(scheme, l[rs:re]) {
		return // the evidence itself: "Bearer undefined" is what the client sent
	}
	s.add(Authorization, name+": "+scheme, base+rs, base+re, line)
}

// schemeName reports whether t is one capitalised word of letters
// ("Splunk", "Custom"): a vendor's scheme named alone (a reader cut the
// placeholder after it), never a random token, which mixes cases and digits.
func schemeName(t string) bool {
	if len(t) < 2 || len(t) > 16 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	return lowerWord(t[1:])
}

// knownSchemes are the HTTP authentication schemes in use (IANA's registry
// and the common unregistered ones), lower case.
var knownSchemes = map[string]bool{"basic": true, "bearer": true, "digest": true, "negotiate": true, "ntlm": true,
	"token": true, "dpop": true, "hoba": true, "mutual": true, "oauth": true, "hawk": true, "scram-sha-1": true,
	"scram-sha-256": true, "vapid": true, "privatetoken": true, "aws4-hmac-sha256": true, "sharedkey": true, "apikey": true}

// knownScheme is knownSchemes[strings.ToLower(w)], without the lower-cased
// copy for an ASCII word.
func knownScheme(w string) bool {
	if len(w) > 3*16 {
		// lower-casing shortens a text by at most a third (U+212A, three
		// bytes, becomes k), and the longest scheme, aws4-hmac-sha256, has
		// 16 bytes: a long value is none, and is not copied to tell
		return false
	}
	if len(w) > 16 {
		return knownSchemes[strings.ToLower(w)]
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return knownSchemes[strings.ToLower(w)] // U+212A lower-cases to k
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return knownSchemes[string(b[:len(w)])]
}

// publicParams are auth-params that carry no secret.
var publicParams = map[string]bool{
	"username": true, "realm": true, "uri": true, "algorithm": true, "qop": true, "nc": true, "nonce": true,
	"opaque": true, "signedheaders": true, "oauth_version": true, "oauth_signature_method": true,
	"oauth_timestamp": true, "oauth_nonce": true, "oauth_callback": true, "charset": true, "userhash": true,
	"service": true, "scope": true, "error": true, "error_description": true, "stale": true, "domain": true,
	"oauth_consumer_key": false, "keyid": true, "headers": true, "created": true, "expires": true,
}

// authParams masks the values of the secret parameters in a comma-separated
// auth-param list: Digest's response and cnonce, AWS4's Credential and
// Signature, OAuth 1's oauth_token and oauth_signature.
func (s *scanner) authParams(label, l string, rs, ve, base, line int) {
	i := rs
	for i < ve {
		for i < ve && (l[i] == ' ' || l[i] == ',' || l[i] == '\t') {
			i++
		}
		ks := i
		for i < ve && l[i] != '=' && l[i] != ',' {
			i++
		}
		if i >= ve || l[i] != '=' {
			continue
		}
		k := strings.ToLower(strings.TrimSpace(l[ks:i]))
		i++
		vs, e := i, i
		if i < ve && l[i] == '"' {
			vs = i + 1
			e = vs
			for e < ve && l[e] != '"' {
				if l[e] == '\\' {
					e++
				}
				e++
			}
			i = min(e+1, ve)
			e = min(e, ve)
		} else {
			for e < ve && l[e] != ',' && l[e] != ' ' {
				e++
			}
			i = e
		}
		if !publicParams[k] {
			s.add(Authorization, label+" "+k, base+vs, base+e, line)
		}
	}
}

// isScheme reports whether w looks like an auth scheme: a word of letters,
// digits and - (Basic, Bearer, Digest, AWS4-HMAC-SHA256, token, SharedKey).
func isScheme(w string) bool {
	if w == "" || len(w) > 32 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(isAlnum(c) || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// cookieValue masks every value of "a=1; b=2" (only the first for Set-Cookie).
func (s *scanner) cookieValue(l string, vs, ve, base, line int, set bool) {
	pos := vs
	for pos < ve {
		e := strings.IndexByte(l[pos:ve], ';')
		if e < 0 {
			e = ve
		} else {
			e += pos
		}
		part := l[pos:e]
		if eq := strings.IndexByte(part, '='); eq > 0 && !urlValue(strings.TrimSpace(part[eq+1:])) && !plainCookie(strings.TrimSpace(part[eq+1:])) {
			n := strings.TrimSpace(part[:eq])
			s.add(Cookie, "cookie "+n, base+pos+eq+1, base+e, line)
		}
		if set {
			return
		}
		pos = e + 1
	}
}

// cookieBareEnd extends the end e of a cookie header's bare value over the
// '|' a cookie's value may hold (Jira's atlassian.xsrf.token=A-B|hex|lin),
// which ends other bare values: one with a space after it is a table's.
func cookieBareEnd(l string, e int) int {
	for e+1 < len(l) {
		p := e
		if l[p] == '^' && p+2 < len(l) && l[p+1] == '|' {
			p++ // cmd.exe's escape of the '|' (Chrome's "Copy as cURL (cmd)")
		}
		if l[p] != '|' || p+1 >= len(l) || strings.IndexByte(" \t|", l[p+1]) >= 0 {
			break
		}
		e = p + 1
		for e < len(l) && strings.IndexByte(" \t\"'`,;)]}<>|\\", l[e]) < 0 {
			e++
		}
	}
	return e
}

// cutSignature reports whether v, the value of a parameter named like a
// signature, is the start of a SigV4 signature a wrap cut: it runs to the
// line's end on a line that lists the signed headers (the Authorization
// header's "SignedHeaders=…, Signature=…", a presigned URL's
// "X-Amz-SignedHeaders=…&X-Amz-Signature=…", the signature last in both),
// so however short ("Signature=5"), it is the signature's first part and
// the rest is at the next line's start.
func cutSignature(l, name, v string, ve int) bool {
	if v == "" || strings.TrimRight(l[ve:], " \t") != "" || !strings.HasSuffix(strings.ToLower(name), "signature") {
		return false
	}
	return hexOnly(v) && strings.Contains(l, "SignedHeaders=")
}

// passwordHash reports whether what follows a '#' in a URL's password
// parameter is the password's own end, not the URL's fragment: the URL
// ends with it, and it is one word of a password's characters, neither a
// route ("#/settings", "#!/") nor a fragment's parameters ("#state=…"). A
// password with a '#' is seldom percent-encoded where a person typed it
// ("…&password=Tr0ub4dor#Nez93").
func passwordHash(rest string) bool {
	if rest == "" || !isAlnum(rest[0]) {
		return false
	}
	return !strings.ContainsAny(rest, "=&/?#")
}

// cookieListEnd extends the end ve of a Cookie header's bare value, which
// stopped at the space after its first cookie ("a=1;"), over the cookies
// that follow it ("; b=2; c=3"), up to what ends the list: a quote (curl's
// -H "Cookie: …"), an escaped line end (a request inside a JSON string,
// "…c=3\r\n"), the line's end (where a hard wrap may have cut it).
func cookieListEnd(l string, ve int) int {
	for ve > 0 && l[ve-1] == ';' && ve+1 < len(l) && l[ve] == ' ' {
		e := ve + 1
		for e < len(l) && strings.IndexByte(" \t\"'`,)]}<>|\\", l[e]) < 0 {
			e++
		}
		if eq := strings.IndexByte(l[ve+1:e], '='); eq <= 0 || !isIdent(l[ve+1:ve+1+eq]) {
			break
		}
		ve = cookieBareEnd(l, e)
	}
	return ve
}

// urlValue reports whether a cookie's value is a path or a URL, plain or
// percent-encoded: where to go after signing in (Grafana's redirect_to, a
// returnTo), which no session token looks like; masking it would also mask
// the request's own target, its decoded form, everywhere in the report.
func urlValue(v string) bool {
	v = strings.Trim(v, `"`)
	if strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") {
		return true
	}
	lv := strings.ToLower(v)
	return strings.HasPrefix(lv, "%2f") || strings.HasPrefix(lv, "http://") || strings.HasPrefix(lv, "https://") ||
		strings.HasPrefix(lv, "http%3a%2f%2f") || strings.HasPrefix(lv, "https%3a%2f%2f")
}

// nextLineValue handles a DevTools panel copy: the name on one line, the
// value on the next.
func (s *scanner) nextLineValue(name, l string, base, line int) {
	if t := strings.TrimSpace(l); strings.HasSuffix(t, ":") && isIdent(strings.TrimSuffix(t, ":")) {
		return // the next field's name ("response:"), not a value
	}
	vs, ve := 0, len(l)
	for vs < len(l) && (l[vs] == ' ' || l[vs] == '\t') {
		vs++
	}
	for ve > vs && (l[ve-1] == ' ' || l[ve-1] == '\t') {
		ve--
	}
	if ve-vs > 3 && l[ve-1] == ',' && (l[vs] == '\'' || l[vs] == '"') && l[ve-2] == l[vs] {
		vs, ve = vs+1, ve-2 // an item of a printed list: Node's rawHeaders [ 'X-Api-Key', '…', ]
	}
	switch headerClass(name) {
	case hAuth:
		// DevTools puts the value alone on its line: a known scheme and its
		// credentials, or one token. Prose wrapped after the word
		// ("authentication" / "information. See …") is neither.
		t := l[vs:ve]
		if sch, _, sp := strings.Cut(t, " "); sp && !knownScheme(sch) || !sp && (len(t) < 8 || lowerWord(t)) {
			return
		}
		s.authValue(name, l, vs, ve, base, line, false)
	case hCookie:
		s.cookieValue(l, vs, ve, base, line, false)
	case hSetCookie:
		s.cookieValue(l, vs, ve, base, line, true)
	case hKey:
		s.add(APIKey, name, base+vs, base+ve, line)
	}
}

// PastAngleStandIn returns the index after a stand-in written in angle
// brackets at t[i] ("<username>", "<api-key>") inside a URL's host part,
// as people write the userinfo they hid ("https://<user>:<token>@host"),
// or i when t[i] opens none: a "<" with its ">" within 40 bytes and no "/",
// "@", blank or quote between them.
func PastAngleStandIn(t string, i int) int {
	if i >= len(t) || t[i] != '<' {
		return i
	}
	for j := i + 1; j < len(t) && j <= i+40; j++ {
		switch t[j] {
		case '>':
			if j > i+1 {
				return j + 1
			}
			return i
		case '/', '@', ' ', '\t', '"', '\'', '<':
			return i
		}
	}
	return i
}

// userinfo masks the password in scheme://user:pass@host.
func (s *scanner) userinfo(l string, base, line int) {
	for from := 0; ; {
		k := strings.Index(l[from:], "://")
		if k < 0 {
			return
		}
		k += from + 3
		from = k
		end := k
		for end < len(l) {
			if n := PastAngleStandIn(l, end); n > end {
				end = n // "https://<user>:<token>@host": a stand-in in the userinfo
				continue
			}
			if (l[end] == '#' || l[end] == '?') && rawUserinfo(l, k, end) {
				end++ // a password printed raw, '#' or '?' and all: "amqp://app:pa#ss@host"
				continue
			}
			if strings.IndexByte("/ \t\"'?#<>", l[end]) >= 0 {
				break
			}
			end++
		}
		if end > k && end < len(l) && l[end] == '/' {
			pe := end
			for pe < len(l) && strings.IndexByte(" \t\"'<>", l[pe]) < 0 {
				pe++
			}
			s.urlPath(l[k:pe], k, base, line)
		}
		at := strings.LastIndexByte(l[k:end], '@')
		if at < 0 {
			continue
		}
		user, pass, ok := strings.Cut(l[k:k+at], ":")
		if !ok && len(user) >= 16 && !strings.ContainsAny(user, "%.") && HighEntropy(user) {
			// a key as the user, without a password: a Sentry DSN's, a
			// token given as git's user name
			s.add(Token, "key in a URL's user name", base+k, base+k+at, line)
			continue
		}
		if !ok || pass == "" {
			continue
		}
		s.add(Password, "password for "+user+" in a URL", base+k+len(user)+1, base+k+at, line)
	}
}

// rawUserinfo reports whether the '#' or '?' at l[i], in a URL's authority
// starting at k, is a character of a password written raw, not the start
// of a fragment or a query: a "user:" comes before it and an '@' after it,
// before the authority's end. A log prints the URL it was given, and a
// password with a '#' in it is seldom percent-encoded there.
func rawUserinfo(l string, k, i int) bool {
	if strings.IndexByte(l[k:i], ':') <= 0 {
		return false
	}
	for j := i + 1; j < len(l) && strings.IndexByte("/ \t\"'<>", l[j]) < 0; j++ {
		if l[j] == '@' {
			return j+1 < len(l) && isAlnum(l[j+1])
		}
	}
	return false
}

// tok is a shell-ish word: its text without quotes and its span in the line.
type tok struct {
	text       string
	start, end int
}

// words splits a line into shell-ish words, unquoting '…' and "…".
func words(l string) []tok { return appendWords(nil, l) }

// lineWords is words(l) in the scanner's scratch list, which the next call
// overwrites: command and netrc read many lines of a paste and keep none of
// their words.
func (s *scanner) lineWords(l string) []tok {
	s.words = appendWords(s.words[:0], l)
	return s.words
}

// appendWords appends the words of l to out.
func appendWords(out []tok, l string) []tok {
	i := 0
	for i < len(l) {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
		}
		if l[i] == '$' && i+1 < len(l) && l[i+1] == '\'' {
			i++
		}
		if q := l[i]; q == '\'' || q == '"' {
			end := strings.IndexByte(l[i+1:], q)
			if end < 0 {
				end = len(l) - i - 1
			}
			out = append(out, tok{text: l[i+1 : i+1+end], start: i + 1, end: i + 1 + end})
			i += end + 2
			continue
		}
		st := i
		for i < len(l) && l[i] != ' ' && l[i] != '\t' {
			i++
		}
		out = append(out, tok{text: l[st:i], start: st, end: i})
	}
	return out
}

// userPassOptions take "user:password"; tokenOptions take a credential.
var (
	userPassOptions = wordlist.Set{"-u", "--user", "-U", "--proxy-user", "-a",
		"--auth", "--cert", "-E", "--basic-auth", "--creds"}
	tokenOptions = map[string]bool{"--password": true, "--passwd": true, "--http-password": true, "--http-passwd": true,
		"--proxy-password": true, "--ftp-password": true, "--token": true, "--access-token": true, "--api-key": true,
		"--apikey": true, "--client-secret": true, "--secret": true, "--oauth2-bearer": true, "--bearer": true,
		"--auth-token": true, "--private-token": true, "--pat": true, "--registry-token": true, "--identity-token": true,
		"--key-password": true, "--pass": true, "--refresh-token": true, "--id-token": true, "--session-token": true,
		"--aws-secret-access-key": true, "--secret-key": true, "--password-stdin": false}
	cookieOptions = wordlist.Set{"-b", "--cookie"}
	// optionProse are the words that follow an option named in a sentence
	// ("--password via the CLI", "--token is ignored"), never its value
	optionProse = wordlist.Set{"via", "with", "instead", "is", "are", "was", "and", "or", "to", "in", "on", "of", "for",
		"from", "as", "by", "flag", "option", "options", "argument", "parameter", "switch", "only", "still", "also"}
	// userOptions take a user name, after which a -p is its password
	userOptions = wordlist.Set{"--username", "-l", "--login"}
)

// command masks credentials given to command-line options.
func (s *scanner) command(l string, base, line int) {
	ws := s.lineWords(l)
	s.commandPasswords(ws, base, line)
	s.oracleLogon(ws, base, line)
	userGiven := false
	for i, w := range ws {
		if len(w.text) < 2 || w.text[0] != '-' {
			// a scheme-less URL argument with credentials: 'user:pass@host:9200/path'
			if at := strings.IndexByte(w.text, '@'); at > 0 && i > 0 && !strings.Contains(w.text, "://") {
				user, pass, ok := strings.Cut(w.text[:at], ":")
				host := w.text[at+1:]
				// Quotes, braces and commas mean JSON or code, not a URL:
				// {"error":"x","user":"alice@example.com"} holds no password.
				// The user may be empty: Elasticsearch and Redis take
				// ":password@host".
				if ok && pass != "" && !strings.ContainsAny(w.text[:at], "/ =\"'{}[],<>()") && (strings.Contains(host, ".") || strings.HasPrefix(host, "localhost")) {
					s.add(Password, "password for "+user, base+w.start+len(user)+1, base+w.start+at, line)
				}
			}
			continue
		}
		opt, inline, hasInline := strings.Cut(w.text, "=")
		var arg tok
		switch {
		case hasInline:
			arg = tok{text: inline, start: w.start + len(opt) + 1, end: w.end}
		case i+1 < len(ws):
			arg = ws[i+1]
		default:
			continue
		}
		switch {
		case userPassOptions.Has(opt) && strings.Contains(arg.text, "://"):
			// a URL given to -u (a monitoring plugin's URL option): its
			// own userinfo, if any, is read as a URL's
		case userPassOptions.Has(opt):
			user, pass, ok := strings.Cut(arg.text, ":")
			if !ok && opt == "-U" {
				user, pass, ok = strings.Cut(arg.text, "%") // Samba's -U user%password
			}
			if ok && pass != "" {
				s.add(Password, "password for "+user, base+arg.start+len(user)+1, base+arg.end, line)
			}
			userGiven = true
		case userOptions.Has(opt):
			userGiven = true
		case (opt == "-p" || opt == "-P") && userGiven && !hasInline && !shortNumber(arg.text) && arg.text != "" && arg.text[0] != '-' && !strings.Contains(arg.text, "://"):
			// -u user -p password (az login, sqlcmd, mosquitto_pub, mongo):
			// a -p after a user names its password (a port is a number)
			s.add(Password, "password for the user given", base+arg.start, base+arg.end, line)
		case len(opt) > 5 && opt[1] != '-' && strings.HasSuffix(opt, "pass") || strings.HasPrefix(arg.text, "pass:") && strings.HasPrefix(opt, "-pass"):
			// keytool's -storepass, -keypass, -srcstorepass; OpenSSL's
			// -passin pass:…, -passout pass:…
			st := arg.start
			if strings.HasPrefix(arg.text, "pass:") {
				st += len("pass:")
			} else if strings.Contains(arg.text, ":") && !strings.HasPrefix(opt, "-pass") {
				break
			}
			if arg.text != "" && arg.text[0] != '-' {
				s.add(Password, strings.TrimLeft(opt, "-"), base+st, base+arg.end, line)
			}
		case tokenOptions[opt] && optionProse.Has(strings.TrimRight(arg.text, ".,;:!?)")):
			// prose about the option, not its value: docker's "Using
			// --password via the CLI is insecure", "pass --token with your
			// PAT"; a credential is no function word
		case tokenOptions[opt]:
			k := Token
			if strings.Contains(opt, "pass") {
				k = Password
			}
			s.add(k, strings.TrimLeft(opt, "-"), base+arg.start, base+arg.end, line)
		case cookieOptions.Has(opt):
			if strings.Contains(arg.text, "=") {
				s.cookieValue(l, arg.start, arg.end, base, line, false)
			}
		default:
			// any other long option named like a credential (--pw,
			// --passphrase, --db-token), read as a field of that name;
			// tokenOptions' false ones (--password-stdin) and a switch
			// that turns a prompt on or off (--no-password, --ask-pass)
			// take no value, and a word of lower-case letters after one is
			// prose about the option ("with --rpc-secret every request")
			name := strings.TrimPrefix(opt, "--")
			if takes, listed := tokenOptions[opt]; listed && !takes || len(name) < 2 || len(name) == len(opt) ||
				strings.HasPrefix(name, "no-") || strings.HasPrefix(name, "ask-") || strings.HasPrefix(name, "prompt-") ||
				arg.text == "" || arg.text[0] == '-' || strings.Contains(arg.text, "://") || Placeholder(arg.text) || lowerWord(arg.text) || shortNumber(arg.text) {
				break
			}
			if nc := s.classify(name); nc.f == fStrong || nc.f == fWeak && weakCredential(name, arg.text) {
				s.add(nc.k, name, base+arg.start, base+arg.end, line)
			}
		}
	}
}

// netrc masks "password VALUE" in .netrc lines (machine h login u password p).
func (s *scanner) netrc(l string, base, line int) {
	ws := s.lineWords(l)
	netrcLine := false
	for _, w := range ws {
		switch strings.ToLower(w.text) {
		case "machine", "login", "default":
			netrcLine = true
		}
	}
	for i, w := range ws {
		lw := strings.ToLower(w.text)
		// "…with the default password and created a user": the words
		// of a sentence that names a password are not its value
		if (lw == "password" || lw == "passwd") && i+1 < len(ws) && (netrcLine || i == 0) && ws[i+1].text[0] != '=' && ws[i+1].text[0] != ':' &&
			!optionProse.Has(strings.ToLower(strings.TrimRight(ws[i+1].text, ".,;:!?)"))) {
			s.add(Password, "password in a .netrc entry", base+ws[i+1].start, base+ws[i+1].end, line)
		}
	}
}

// looksJSON reports whether text opens with a JSON object or array
// (possibly after a Markdown fence).
func looksJSON(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
		if nl := strings.IndexByte(t, '\n'); nl >= 0 {
			t = strings.TrimLeft(t[nl+1:], " \t\r\n")
		}
	}
	return strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")
}

// pem masks the body of every PEM private key block, also one written on a
// single line with \n escapes (inside a JSON string).
func (s *scanner) pem() {
	t := s.text
	lineAt, lineOff := 1, 0
	for from := 0; from < len(t); {
		k := strings.Index(t[from:], "-----BEGIN ")
		if k < 0 {
			return
		}
		k += from
		hdrEnd := strings.Index(t[k+11:min(len(t), k+11+64)], "-----")
		if hdrEnd < 0 {
			from = k + 11
			continue
		}
		label := t[k+11 : k+11+hdrEnd]
		bodyStart := k + 11 + hdrEnd + 5
		from = bodyStart
		if !strings.Contains(label, "PRIVATE KEY") {
			continue
		}
		limit := min(len(t), bodyStart+64<<10)
		e := strings.Index(t[bodyStart:limit], "-----END ")
		bodyEnd := limit
		if e >= 0 {
			bodyEnd = bodyStart + e
		}
		lineAt += countBreaks(t[lineOff:bodyStart])
		lineOff = bodyStart
		line := lineAt
		bs, be := bodyStart, bodyEnd
		for bs < be && strings.IndexByte(" \t\r\n", t[bs]) >= 0 || bs+1 < be && t[bs] == '\\' && (t[bs+1] == 'n' || t[bs+1] == 'r') {
			if t[bs] == '\\' {
				bs++
			}
			bs++
		}
		for be > bs && strings.IndexByte(" \t\r\n", t[be-1]) >= 0 || be-2 > bs && t[be-2] == '\\' && (t[be-1] == 'n' || t[be-1] == 'r') {
			if t[be-1] == 'n' || t[be-1] == 'r' {
				be--
			}
			be--
		}
		s.add(PrivateKey, "PEM "+strings.ToLower(label), bs, be, line)
		from = bodyEnd
	}
}

// countBreaks counts line breaks (\n, \r\n and a lone \r) in s.
func countBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				n++
			}
		}
	}
	return n
}

// encodedEnd is where a value written inside another URL's parameter ends:
// at an encoded "&", ";" or "#" (%26, %3B, %23).
func encodedEnd(v string) int {
	for i := 0; i+2 < len(v); i++ {
		if v[i] == '%' && (v[i+1] == '2' && (v[i+2] == '6' || v[i+2] == '3') || v[i+1] == '3' && v[i+2]|0x20 == 'b') {
			return i
		}
	}
	return len(v)
}

// k8sWebSocketBearer prefixes the bearer token (base64url, unpadded) in a
// Sec-WebSocket-Protocol list, as kubectl and the Kubernetes dashboard send
// it: the browser's WebSocket API cannot set Authorization.
const k8sWebSocketBearer = "base64url.bearer.authorization.k8s.io."

// plainCookie reports whether a cookie's value is a setting rather than a
// session: a short word or number ("theme=dark", "lang=en", "consent=1",
// "seen=true"). Masking it would blank the word everywhere in a report.
func plainCookie(v string) bool {
	v = strings.Trim(v, `"`)
	return v != "" && (shortWord(v) || shortNumber(v))
}

// graphQLType reports whether v is a GraphQL type in a variable's
// declaration: String!, ID, [String!]!.
func graphQLType(v string) bool {
	t := strings.Trim(v, "[]!")
	return t != "" && t[0] >= 'A' && t[0] <= 'Z' && isCodeIdent(t) && len(t) <= 32
}

// closingQuote reports whether l[k] is a quote that closes a string rather
// than opening a value: nothing, a blank or an operator's punctuation after
// it ("…&token=\" + tok", "…&token=\" - error: 401").
func closingQuote(l string, k int) bool {
	if k >= len(l) || l[k] != '"' && l[k] != '\'' {
		return false
	}
	return k+1 >= len(l) || strings.IndexByte(" \t+,;)]}", l[k+1]) >= 0
}
