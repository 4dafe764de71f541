package secret

import (
	"bytes"
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// urlPath masks the credentials some services put in a URL's path rather
// than in its userinfo or query: a Telegram bot's token (/bot123:AA…/), a
// Discord or Teams webhook's token. url is the URL after "://", at offset
// off in the line.
func (s *scanner) urlPath(url string, off, base, line int) {
	if k := strings.Index(url, "/bot"); k >= 0 {
		p := k + len("/bot")
		d := p
		for d < len(url) && isDigitByte(url[d]) {
			d++
		}
		if d-p >= 6 && d < len(url) && url[d] == ':' {
			e := d + 1
			for e < len(url) && (isAlnum(url[e]) || url[e] == '-' || url[e] == '_') {
				e++
			}
			if e-d-1 >= 30 {
				s.add(Token, "Telegram bot token", base+off+d+1, base+off+e, line)
			}
		}
	}
	if k := strings.Index(url, "/IncomingWebhook/"); k >= 0 {
		// a Teams webhook: /IncomingWebhook/<hex id>/<guid>[/<signature>],
		// every segment after the name a part of the secret
		i := k + len("/IncomingWebhook/")
		e := i
		for e < len(url) && url[e] != '?' && url[e] != '#' {
			e++
		}
		if e-i >= 20 {
			s.add(Token, "webhook token", base+off+i, base+off+e, line)
		}
	}
	if k := strings.Index(url, "/hooks/catch/"); k >= 0 {
		// a Zapier catch hook: /hooks/catch/<account>/<secret>/
		i := k + len("/hooks/catch/")
		for i < len(url) && isDigitByte(url[i]) {
			i++
		}
		e := i + 1
		for e < len(url) && isAlnum(url[e]) {
			e++
		}
		if i < len(url) && url[i] == '/' && e-i-1 >= 6 {
			s.add(Token, "webhook token", base+off+i+1, base+off+e, line)
		}
	}
	for _, p := range []string{"/api/webhooks/"} {
		k := strings.Index(url, p)
		if k < 0 {
			continue
		}
		// the id, then the token: /api/webhooks/<id>/<token>
		i := k + len(p)
		for i < len(url) && url[i] != '/' {
			i++
		}
		e := i + 1
		for e < len(url) && url[e] != '/' && url[e] != '?' && url[e] != '#' {
			e++
		}
		if i < len(url) && e-i-1 >= 20 && HighEntropy(url[i+1:e]) {
			s.add(Token, "webhook token", base+off+i+1, base+off+e, line)
		}
	}
}

// pgpass masks the password of a .pgpass line: host:port:database:user:password.
func (s *scanner) pgpass(l string, base, line int) {
	f := strings.SplitN(l, ":", 5)
	if len(f) != 5 || strings.ContainsAny(l, " \t\"'") || !(ascii.AllDigits(f[1]) || f[1] == "*") ||
		!(f[0] == "*" || f[0] == "localhost" || strings.Contains(f[0], ".")) || f[4] == "" {
		return
	}
	st := len(l) - len(f[4])
	s.add(Password, "password in a .pgpass entry", base+st, base+len(l), line)
}

// passwordCommands are the commands whose -p takes a password (it means a
// port or a proxy to others): registry logins, sshpass; attached, the
// MySQL family's -pPASSWORD; redis-cli's -a.
var passwordCommands = wordlist.Map[string]{
	{K: "docker", V: "login"}, {K: "podman", V: "login"}, {K: "buildah", V: "login"}, {K: "skopeo", V: "login"}, {K: "helm", V: "login"}, {K: "oras", V: "login"},
	{K: "nerdctl", V: "login"}, {K: "crane", V: "auth"}, {K: "sshpass", V: ""}, {K: "mysql", V: ""}, {K: "mysqldump", V: ""}, {K: "mysqladmin", V: ""}, {K: "mariadb", V: ""},
	{K: "redis-cli", V: ""}, {K: "mongo", V: ""}, {K: "mongosh", V: ""}, {K: "htpasswd", V: ""},
	{K: "ldapsearch", V: ""}, {K: "ldapmodify", V: ""}, {K: "ldapadd", V: ""}, {K: "ldapdelete", V: ""}, {K: "ldapwhoami", V: ""}, {K: "ldappasswd", V: ""}, {K: "ldapcompare", V: ""},
}

// passwordFlags are the password options of passwordCommands that take
// another than -p (OpenLDAP's tools: -w; their -p is a port).
var passwordFlags = wordlist.Map[string]{{K: "redis-cli", V: "-a"}, {K: "ldapsearch", V: "-w"}, {K: "ldapmodify", V: "-w"}, {K: "ldapadd", V: "-w"},
	{K: "ldapdelete", V: "-w"}, {K: "ldapwhoami", V: "-w"}, {K: "ldappasswd", V: "-w"}, {K: "ldapcompare", V: "-w"}}

// commandPasswords masks the -p (or -a) argument of passwordCommands.
func (s *scanner) commandPasswords(ws []tok, base, line int) {
	cmd := -1
	for i, w := range ws {
		name := w.text[strings.LastIndexByte(w.text, '/')+1:]
		if _, ok := passwordCommands.Lookup(name); ok {
			cmd = i
			break
		}
		if i > 2 {
			return // the command comes first, after a prompt or sudo
		}
	}
	if cmd < 0 {
		return
	}
	name := ws[cmd].text[strings.LastIndexByte(ws[cmd].text, '/')+1:]
	if sub := passwordCommands.Get(name); sub != "" {
		found := false
		for _, w := range ws[cmd+1:] {
			found = found || w.text == sub
		}
		if !found {
			return
		}
	}
	if name == "htpasswd" {
		// htpasswd -b[c] file user password: the password is the last word
		for _, w := range ws[cmd+1:] {
			if len(w.text) > 1 && w.text[0] == '-' && strings.IndexByte(w.text, 'b') > 0 && len(ws) >= cmd+5 {
				last := ws[len(ws)-1]
				s.add(Password, "htpasswd -b password", base+last.start, base+last.end, line)
				return
			}
		}
		return
	}
	mysql := strings.HasPrefix(name, "mysql") || name == "mariadb"
	for i := cmd + 1; i < len(ws); i++ {
		w := ws[i]
		switch {
		case mysql && strings.HasPrefix(w.text, "-p") && len(w.text) > 2:
			s.add(Password, name+" -p", base+w.start+2, base+w.end, line)
		case !mysql && (w.text == "-p" && !strings.HasPrefix(name, "ldap") || w.text == passwordFlags.Get(name)) && i+1 < len(ws):
			s.add(Password, name+" "+w.text, base+ws[i+1].start, base+ws[i+1].end, line)
			i++
		}
	}
}

// xmlElements masks the text of XML elements with credential names on a
// line: <password>…</password>, <wsse:Password Type="…">…</wsse:Password>,
// <client_secret>…</client_secret>.
func (s *scanner) xmlElements(l string, base, line int) {
	for from := 0; from < len(l); {
		k := strings.Index(l[from:], "</")
		if k < 0 {
			return
		}
		close := from + k
		ne := strings.IndexByte(l[close:], '>')
		if ne < 0 {
			return
		}
		qname := l[close+2 : close+ne]
		from = close + ne + 1
		local := qname[strings.IndexByte(qname, ':')+1:]
		if local == "" || len(local) > 64 || !isIdent(local) {
			continue
		}
		if strings.HasSuffix(local, "Bytes") {
			// S3's StringToSignBytes and CanonicalRequestBytes: the signed
			// text as hex bytes, a session token in it
			s.hexBytesElement(l, qname, close, base, line)
			continue
		}
		f, kind := fieldClass(local)
		if f != fStrong && !(f == fWeak && kind == Password) {
			continue // <Code>, <Key>, <Signature…>: error codes and object names in XML answers
		}
		// the opening tag: the nearest "<qname" before, ended by '>'
		open := strings.LastIndex(l[:close], "<"+qname)
		if open < 0 {
			continue
		}
		gt := strings.IndexByte(l[open:close], '>')
		if gt < 0 || l[open+gt-1] == '/' {
			continue
		}
		vs, ve := open+gt+1, close
		v := l[vs:ve]
		if v == "" || strings.ContainsAny(v, "<>") || f == fWeak && !weakCredential(local, v) {
			continue // (<pass>, <pw>: a password's short names, as in forms)
		}
		s.add(kind, "XML element "+local, base+vs, base+ve, line)
	}
}

// hexBytesElement masks the text of the element qname closed at l[close:]
// when it is hex bytes ("47 45 54 0a …") whose decoded text holds a
// credential.
func (s *scanner) hexBytesElement(l, qname string, close, base, line int) {
	open := strings.LastIndex(l[:close], "<"+qname+">")
	if open < 0 || s.inner {
		return
	}
	vs := open + len(qname) + 2
	v := l[vs:close]
	if len(v) < 32 || len(v) > maxB64Run || len(v)%3 != 2 {
		return
	}
	dec := make([]byte, 0, len(v)/3+1)
	for i := 0; i+1 < len(v); i += 3 {
		hi, lo := unhex(v[i]), unhex(v[i+1])
		if hi < 0 || lo < 0 || i+2 < len(v) && v[i+2] != ' ' {
			return
		}
		dec = append(dec, byte(hi<<4|lo))
	}
	if !textual(dec) {
		return
	}
	inner := &scanner{text: string(dec), inner: true}
	if found := inner.scan(); len(found) > 0 {
		s.add(found[0].Kind, "hex bytes holding "+found[0].Label, base+vs, base+close, line)
	}
}

// b64Byte marks the characters of base64 (standard and URL-safe) and its
// padding.
var b64Byte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c)) || c == '+' || c == '/' || c == '-' || c == '_' || c == '='
	}
	return t
}()

// Bounds of the base64 runs decoded to look for credentials inside.
const (
	minB64Run = 32
	maxB64Run = 16 << 10
)

// base64Text masks a run of base64 whose decoded text holds a credential
// ("Authorization: Bearer …" logged encoded, an API gateway's body with
// isBase64Encoded, a header carrying encoded JSON with a password): the
// run, whole, since any piece of it decodes to part of the credential.
// Only one level: what the decoded text holds is not decoded again.
func (s *scanner) base64Text(l string, base, line int) {
	if s.inner {
		return
	}
	// A run long enough covers every minB64Run-th byte: look there first,
	// then around (l[i-1], when i > 0, is never base64).
	for i := 0; i+minB64Run <= len(l); {
		if !b64Byte[l[i+minB64Run-1]] {
			i += minB64Run
			continue
		}
		st := i + minB64Run - 1
		for st > i && b64Byte[l[st-1]] {
			st--
		}
		j := i + minB64Run
		for j < len(l) && b64Byte[l[j]] {
			j++
		}
		i = j + 1
		run := l[st:j]
		if len(run) < minB64Run || len(run) > maxB64Run || strings.IndexByte(run[:len(run)-2], '=') >= 0 ||
			st > 0 && l[st-1] == '.' || j < len(l) && l[j] == '.' || // a JWT's part: its shape is masked, its claims are no credential
			hexOnly(run) || s.covered(base+st) {
			continue
		}
		var dec []byte
		var err error
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if dec, err = enc.DecodeString(run); err == nil {
				break
			}
		}
		if err != nil || !textual(dec) {
			continue
		}
		if st >= 6 && strings.EqualFold(l[st-6:st], "basic ") && basicPair(dec) {
			// Basic credentials wherever a line writes them ("Authorization
			// Header is present: Basic …", a log's "sent Basic …")
			s.add(Authorization, "Basic credentials", base+st, base+j, line)
			continue
		}
		inner := &scanner{text: string(dec), inner: true}
		found := inner.scan()
		if len(found) == 0 {
			continue
		}
		s.add(found[0].Kind, "base64 text holding "+found[0].Label, base+j-len(run), base+j, line)
	}
}

// basicAt masks the base64 word at l[i:] when it decodes to Basic
// credentials, wherever a line writes them after the word Basic.
func (s *scanner) basicAt(l string, i, base, line int) {
	e := i
	for e < len(l) && b64Byte[l[e]] && e-i <= 1024 {
		e++
	}
	if e-i < 8 || e < len(l) && isAlnum(l[e]) || s.covered(base+i) {
		return
	}
	dec, err := base64.StdEncoding.DecodeString(l[i:e])
	if err != nil {
		if dec, err = base64.RawStdEncoding.DecodeString(l[i:e]); err != nil {
			return
		}
	}
	if basicPair(dec) {
		s.add(Authorization, "Basic credentials", base+i, base+e, line)
	}
}

// basicPair reports whether b is Basic credentials' "user:password" (the
// user may be empty): printable, one line, a colon with a password after.
func basicPair(b []byte) bool {
	c := bytes.IndexByte(b, ':')
	if c < 0 || c == len(b)-1 || !utf8.Valid(b) {
		return false
	}
	for _, x := range b {
		if x < 0x20 || x == 0x7f {
			return false
		}
	}
	return true
}

// textual reports whether b is text a person or a program wrote: valid
// UTF-8 without control characters other than tabs and line ends, with a
// separator a credential could follow (':' or '=').
func textual(b []byte) bool {
	if !utf8.Valid(b) || !bytes.ContainsAny(b, ":=") {
		return false
	}
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}

// hexOnly reports whether v is hexadecimal digits only: a hash or an id,
// which decodes to no text.
func hexOnly(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(isDigitByte(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// covered reports whether offset at is inside one of the last finds: a
// value already masked need not be decoded.
func (s *scanner) covered(at int) bool {
	for _, x := range s.out[max(0, len(s.out)-2):] {
		if x.Start <= at && at < x.End {
			return true
		}
	}
	return false
}

// callArgs masks the credentials given to a call as string arguments:
// a pair whose first argument names a credential ("Authorization",
// "X-Api-Key", "API_TOKEN": a header set by code, an environment
// variable's default), and the password of a Basic-auth call or tuple
// (HTTPBasicAuth('u', 'p'), auth=('u', 'p'), basic_auth('u', 'p'),
// SetBasicAuth("u", "p"), CURLOPT_USERPWD, "u:p", AuthenticationHeaderValue("Bearer", "t")).
// open is the offset of the "(" in l and name the word before it.
func (s *scanner) callArgs(l, name string, open, base, line int) {
	args := stringArgs(l, open+1, s.cutLine)
	if len(args) == 1 && TokenCall(name) {
		// Spring's headers.setBearerAuth("…"), reqwest's .bearer_auth("…"),
		// Laravel's Http::withToken('…'), resty's SetAuthToken("…")
		s.add(Authorization, name+" token", base+args[0].start, base+args[0].end, line)
		return
	}
	if len(args) == 1 {
		// Swift's request.setValue("Bearer …", forHTTPHeaderField:
		// "Authorization"): the value first, the header's name after it
		if hn, ok := SwiftHeaderField(l[min(args[0].end+1, len(l)):]); ok {
			switch nc := s.classify(hn); {
			case nc.h == hAuth:
				s.authValue(hn, l, args[0].start, args[0].end, base, line, true)
			case nc.h == hKey:
				s.add(APIKey, hn, base+args[0].start, base+args[0].end, line)
			}
			return
		}
	}
	if len(args) < 2 {
		// CURLOPT_USERPWD, "user:pass": a bare constant, then the string
		if len(args) == 1 && (strings.Contains(l[open:args[0].start], "USERPWD")) {
			if _, pass, ok := strings.Cut(args[0].text, ":"); ok && pass != "" {
				st := args[0].end - len(pass)
				s.add(Password, "CURLOPT_USERPWD password", base+st, base+args[0].end, line)
			}
		}
		return
	}
	first, second := args[0], args[1]
	n := normName(name)
	switch {
	case PasswordCall(name):
		s.add(Password, name+" password", base+second.start, base+second.end, line)
		return
	case n == "authenticationheadervalue":
		s.add(Authorization, "AuthenticationHeaderValue "+first.text, base+second.start, base+second.end, line)
		return
	}
	if first.end-first.start > 64 || !isIdent(first.text) {
		return
	}
	nc := s.classify(first.text)
	switch {
	case nc.h == hAuth:
		s.authValue(first.text, l, second.start, second.end, base, line, true)
	case nc.h == hKey || nc.f == fStrong:
		k := nc.k
		if k == "" {
			k = APIKey
		}
		s.add(k, first.text, base+second.start, base+second.end, line)
	}
}

// TokenCall reports whether a call of this name takes one argument, a
// token it sends as the request's bearer credential: Spring's
// setBearerAuth, reqwest's bearer_auth, ketting's bearerAuth, Laravel's
// withToken, resty's SetAuthToken, clients' withBearerToken and
// BearerToken; a getter (get_bearer_token(code), which asks a server for
// one) is none.
func TokenCall(name string) bool {
	switch n := normName(name); n {
	case "bearertoken", "withbearertoken", "setbearertoken", "withtoken", "setauthtoken", "withauthtoken":
		return true
	default:
		return strings.HasSuffix(n, "bearerauth") && !strings.HasPrefix(n, "get")
	}
}

// AuthorizationCall reports whether a call of this name takes one
// argument, the whole value of the request's Authorization header (its
// scheme and credential): a client's setAuthorization("Bearer …"), as
// WebSocket and HTTP client libraries on microcontrollers and in Java
// builders name it, withAuthorization and addAuthorization; a getter or a
// check (getAuthorization, hasAuthorization) is none.
func AuthorizationCall(name string) bool {
	switch normName(name) {
	case "setauthorization", "withauthorization", "addauthorization", "setauthorizationheader", "withauthorizationheader":
		return true
	}
	return false
}

// SwiftHeaderField reads, at the start of rest (what follows a call's
// first argument), Swift's ", forHTTPHeaderField: "Name"" argument
// (URLRequest's setValue(_:forHTTPHeaderField:) and
// addValue(_:forHTTPHeaderField:)) and returns the header's name.
func SwiftHeaderField(rest string) (string, bool) {
	t := strings.TrimLeft(rest, " \t")
	t, ok := strings.CutPrefix(t, ",")
	if !ok {
		return "", false
	}
	t = strings.TrimLeft(t, " \t")
	if t, ok = strings.CutPrefix(t, "forHTTPHeaderField:"); !ok {
		return "", false
	}
	t = strings.TrimLeft(t, " \t")
	if len(t) < 2 || t[0] != '"' {
		return "", false
	}
	e := strings.IndexByte(t[1:], '"')
	if e <= 0 || e > 64 {
		return "", false
	}
	return t[1 : 1+e], true
}

// PasswordCall reports whether a call (or an option) of this name takes
// a user name and then a password as its first two arguments: a
// Basic-auth or Digest-auth setter (HTTPBasicAuth, SetBasicAuth,
// basic_auth, requests' auth=(…), RestAssured's .basic), .NET's
// NetworkCredential, Apache HttpClient's UsernamePasswordCredentials,
// Java's PasswordAuthentication, node-soap's WSSecurity (a WS-Security
// UsernameToken).
func PasswordCall(name string) bool {
	n := normName(name)
	return strings.HasSuffix(n, "basicauth") || strings.HasSuffix(n, "digestauth") || n == "auth" || n == "setauth" ||
		n == "basic" || n == "networkcredential" || n == "usernamepasswordcredentials" || n == "passwordauthentication" ||
		strings.HasSuffix(n, "wssecurity")
}

// BareBasicAuthCall reports whether the name ending at l[j] is a Basic-auth
// setter called as Ruby calls a method without parentheses, its string
// arguments after one space (Net::HTTP's req.basic_auth 'u', 'p',
// HTTParty's basic_auth "u", "p"): its argument list opens at l[j].
func BareBasicAuthCall(l string, j int, name string) bool {
	return j+1 < len(l) && l[j] == ' ' && (l[j+1] == '\'' || l[j+1] == '"') && len(name) >= len("basic_auth") &&
		strings.HasSuffix(strings.ToLower(name), "basic_auth")
}

// stringArgs returns the quoted string arguments at the start of an
// argument list (after "("), up to the first argument that is not one,
// with their spans in l; a bare first argument (a constant) is skipped.
//
// With cutEnd (the line was cut by a hard wrap), an argument after the
// first whose quote the line's end cut runs to that end.
func stringArgs(l string, i int, cutEnd bool) []tok {
	var out []tok
	for n := 0; n < 3 && i < len(l); n++ {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
		}
		b := 0 // a quote escaped once or more: the call is inside a string (a JSON log's message)
		for i+b < len(l) && l[i+b] == '\\' {
			b++
		}
		if b > 0 && i+b < len(l) && l[i+b] == '"' {
			esc := l[i : i+b+1]
			e := strings.Index(l[i+b+1:], esc)
			if e < 0 || e > maxProseValue {
				break
			}
			st := i + b + 1
			out = append(out, tok{text: l[st : st+e], start: st, end: st + e})
			i = st + e + len(esc)
			for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
				i++
			}
			if i >= len(l) || l[i] != ',' {
				break
			}
			i++
			continue
		}
		q := l[i]
		if q != '"' && q != '\'' && q != '`' {
			if len(out) > 0 {
				break
			}
			// bare arguments first ($ch, CURLOPT_USERPWD): past them
			e := i
			for e < len(l) && (identByte[l[e]] || l[e] == '$') {
				e++
			}
			if e == i || e >= len(l) || l[e] != ',' {
				break
			}
			i = e + 1
			continue
		}
		e := i + 1
		for e < len(l) && e-i < maxProseValue && l[e] != q {
			if l[e] == '\\' {
				e++
			}
			e++
		}
		if e >= len(l) && cutEnd && len(out) > 0 && e-i > 8 {
			// a hard wrap cut the string: it runs to the line's end here
			out = append(out, tok{text: l[i+1:], start: i + 1, end: len(l)})
			break
		}
		if e >= len(l) || l[e] != q {
			break
		}
		out = append(out, tok{text: l[i+1 : e], start: i + 1, end: e})
		i = e + 1
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) || l[i] != ',' {
			break
		}
		i++
	}
	return out
}

// backslashes is the number of '\' at l[k:].
func backslashes(l string, k int) int {
	n := 0
	for k+n < len(l) && l[k+n] == '\\' {
		n++
	}
	return n
}

// quotedAt reads a string quoted at l[k] with '"' or '\” (escaped once or
// more: \" in a JSON string); it returns the value's bounds and the end of
// its closing quote, or ok false. The closing quote is looked for in the
// max bytes after the opening one.
func quotedAt(l string, k, max int) (vs, ve, end int, ok bool) {
	b := backslashes(l, k)
	if k+b >= len(l) || l[k+b] != '"' && (b > 0 || l[k] != '\'') {
		return 0, 0, 0, false
	}
	q := l[k : k+b+1]
	vs = k + b + 1
	e := strings.Index(l[vs:min(len(l), vs+max)], q)
	if e < 0 {
		return 0, 0, 0, false
	}
	return vs, vs + e, vs + e + len(q), true
}

// attribute reads a pair of attributes naming a credential and giving its
// value: <input name="id_token" value="…">, <meta name="csrf-token"
// content="…">, NuGet's and .NET's <add key="ClearTextPassword"
// value="…"/>; and a multipart part's name (Content-Disposition:
// form-data; name="password"), whose value follows the part's headers
// (on the lines after, or after "\r\n\r\n" in a JSON string). name is the
// attribute's name, k the byte after its '='. It reports whether it took a
// value.
func (s *scanner) attribute(l, name string, k, base, line int) bool {
	if !(strings.EqualFold(name, "name") || strings.EqualFold(name, "key") || strings.EqualFold(name, "property")) {
		return false
	}
	vs, ve, end, ok := quotedAt(l, k, 65)
	if !ok || ve-vs > 64 || ve == vs {
		return false
	}
	field := l[vs:ve]
	nc := s.classify(field)
	if nc.f == fNone && nc.h == hNone && s.section != "" && strings.EqualFold(name, "key") {
		// <add key="https://feed/…" value="…"/> inside NuGet's <apikeys>:
		// the element around names the credential
		field = s.section
		nc = s.classify(field)
	}
	if nc.f == fNone && nc.h == hNone {
		return false
	}
	kind := nc.k
	if nc.h != hNone || kind == "" {
		kind = Token
	}
	take := func(a, b int) bool {
		v := l[a:b]
		if v == "" || Placeholder(v) || nc.f == fWeak && nc.h == hNone && !weakCredential(field, v) {
			return false
		}
		s.add(kind, "field "+field, base+a, base+b, line)
		return true
	}
	// a sibling attribute in the same element: value="…", content="…"
	for i := end; i < len(l) && i < end+512 && l[i] != '>' && l[i] != '<'; i++ {
		if l[i] != ' ' && l[i] != '\t' {
			continue
		}
		rest := l[i+1:]
		for _, a := range []string{"value=", "content="} {
			if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
				if as, ae, _, ok := quotedAt(l, i+1+len(a), 4096); ok {
					return take(as, ae)
				}
			}
		}
	}
	// a multipart part in one line of a JSON string: …name=\"password\"\r\n\r\nvalue\r\n--…
	if h := strings.Index(l[end:min(len(l), end+512)], `\r\n\r\n`); h >= 0 && strings.Contains(l[max(0, vs-128):vs], "form-data") {
		a := end + h + len(`\r\n\r\n`)
		b := a
		for b < len(l) && l[b] != '\\' && l[b] != '"' {
			b++
		}
		return take(a, b)
	}
	// a multipart part written out: the value is the first line after
	// the part's headers
	if strings.Contains(l[max(0, vs-128):vs], "form-data") && strings.TrimSpace(strings.Trim(l[end:], `"\`)) == "" {
		s.part, s.partKind, s.partWeak, s.partBlank, s.partLines = field, kind, nc.f == fWeak && nc.h == hNone, false, 0
		return true
	}
	return false
}

// xmlSection follows the XML elements opened alone on a line whose name is
// a credential's (<apikeys>, <credentials>): their <add key="…"
// value="…"/> children hold one each (attribute).
func (s *scanner) xmlSection(t string) {
	if t[1] == '/' {
		if s.section != "" && t[2:len(t)-1] == s.section {
			s.section = ""
		}
		return
	}
	name := t[1 : len(t)-1]
	if len(name) <= 64 && isIdent(name) && s.classify(name).f == fStrong {
		s.section = name
	}
}

// partValue reads the line l of a multipart body after a part whose name
// is a credential's (attribute set s.part): past the part's headers and
// the empty line, its first line is the value.
func (s *scanner) partValue(l string, base, line int) {
	t := strings.TrimSpace(l)
	s.partLines++
	switch {
	case s.partLines > 8 || strings.HasPrefix(t, "--") && s.partBlank:
		s.part = ""
	case t == "":
		s.partBlank = true
	case s.partBlank:
		st := strings.Index(l, t)
		if !Placeholder(t) && !(s.partWeak && !weakCredential(s.part, t)) {
			s.add(s.partKind, "form field "+s.part, base+st, base+st+len(t), line)
		}
		s.part = ""
	}
}

// subprotocols reads a Sec-WebSocket-Protocol list from l[k:]: a browser
// cannot set Authorization on a WebSocket, so clients send the token as a
// subprotocol after one that names it ("access_token, <token>", "Bearer,
// <token>"), and Kubernetes' base64url.bearer.authorization.k8s.io.<token>.
// It returns where the list ends.
func (s *scanner) subprotocols(l string, k, base, line int) int {
	for k < len(l) && (l[k] == ' ' || l[k] == '\t' || l[k] == '"' || l[k] == '\'' || l[k] == '[') {
		k++
	}
	prev := ""
	for k < len(l) {
		e := k
		for e < len(l) && l[e] != ',' && l[e] != '"' && l[e] != '\'' && l[e] != ']' && l[e] != '\\' && l[e] != ' ' {
			e++
		}
		item := l[k:e]
		if len(item) > len(k8sWebSocketBearer) && strings.HasPrefix(item, k8sWebSocketBearer) {
			s.add(Authorization, "Sec-WebSocket-Protocol bearer token", base+k+len(k8sWebSocketBearer), base+e, line)
		} else if prev != "" && item != "" {
			if c := classOf(prev); c.f != fNone || c.h != hNone || strings.EqualFold(prev, "bearer") {
				s.add(Token, "Sec-WebSocket-Protocol token", base+k, base+e, line)
			}
		}
		prev = item
		for e < len(l) && (l[e] == ',' || l[e] == ' ') {
			e++
		}
		if e == k || e < len(l) && (l[e] == '"' || l[e] == '\'' || l[e] == ']' || l[e] == '\\') {
			return e
		}
		k = e
	}
	return k
}

// urlRunByte marks the bytes of a URL or a query written in a line: not
// spaces, quotes, angle brackets or backslashes.
var urlRunByte = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = strings.IndexByte("\"'<>\\`", byte(c)) < 0
	}
	return t
}()

// percentText finds the credentials in a run of URL text whose structure
// is percent-encoded, once or more: a JSON object in a query parameter
// (state=%7B%22token%22%3A%22…), a URL inside another's parameter encoded
// twice (redirect=https%253A%252F%252F…%253Faccess_token%253D…). It
// decodes the run (three levels at most) and scans the decoded text; a
// value found is masked where it is written in the run, else the run.
func (s *scanner) percentText(l string, base, line int) {
	if s.inner {
		return
	}
	for i := 0; i < len(l); {
		for i < len(l) && !urlRunByte[l[i]] {
			i++
		}
		st := i
		for i < len(l) && urlRunByte[l[i]] {
			i++
		}
		run := l[st:i]
		if len(run) < 16 || len(run) > maxB64Run || !(containsFold(run, "%22") || containsFold(run, "%25") || containsFold(run, "%3a%20")) {
			continue
		}
		dec := run
		for n := 0; n < 3; n++ {
			d, ok := queryUnescape(dec)
			if !ok || d == dec {
				break
			}
			dec = d
		}
		if dec == run || !textual([]byte(dec)) {
			continue
		}
		inner := &scanner{text: dec, inner: true}
		for _, x := range inner.scan() {
			if k := strings.Index(run, x.Value); k >= 0 && len(x.Value) >= 4 {
				s.add(x.Kind, x.Label, base+st+k, base+st+k+len(x.Value), line)
				continue
			}
			s.add(x.Kind, "URL-encoded text holding "+x.Label, base+st, base+i, line)
			break
		}
	}
}

// atlasToken reports whether w is a Terraform Cloud token:
// <14 characters>.atlasv1.<60 and more>.
func atlasToken(w string) bool {
	k := strings.Index(w, ".atlasv1.")
	return k >= 10 && len(w)-k-len(".atlasv1.") >= 40
}

// encodedBasic masks the password of a quoted "user:password" literal on a
// line that base64-encodes it, the way code and shells build Basic
// credentials: GetBytes('u:p') under ToBase64String, b64encode(b"u:p"),
// btoa("u:p"), "u:p".getBytes() under encodeToString, echo -n 'u:p' |
// base64. The literal is the credential before encoding.
func (s *scanner) encodedBasic(l string, base, line int) {
	if !containsFold(l, "base64") && !containsFold(l, "b64encode") && !strings.Contains(l, "btoa(") {
		return
	}
	// quotes as written, then quotes escaped once or more (the line is
	// itself a string: a JSON log's message), each paired with its like
	for _, escaped := range []bool{false, true} {
		for i := 0; i < len(l); i++ {
			q := l[i]
			if q != '"' && q != '\'' && q != '`' {
				continue
			}
			b := backslashesBefore(l, i)
			if b > 0 != escaped {
				continue
			}
			e := closingLike(l, i+1, q, b)
			if e < 0 {
				break
			}
			lit := l[i+1 : e-b]
			if user, pass, ok := strings.Cut(lit, ":"); ok && literalUserPass(user, pass) {
				st := i + 1 + len(user) + 1
				s.add(Password, "password for "+user, base+st, base+st+len(pass), line)
			}
			i = e
		}
	}
}

// backslashesBefore counts the backslashes right before l[i].
func backslashesBefore(l string, i int) int {
	b := 0
	for i-b > 0 && l[i-b-1] == '\\' {
		b++
	}
	return b
}

// closingLike returns the offset of the next quote q from l[from] with
// exactly b backslashes before it, or -1.
func closingLike(l string, from int, q byte, b int) int {
	for from < len(l) {
		k := strings.IndexByte(l[from:], q)
		if k < 0 {
			return -1
		}
		if backslashesBefore(l, from+k) == b {
			return from + k
		}
		from += k + 1
	}
	return -1
}

// literalUserPass reports whether user and pass, a literal cut at its first ':',
// read as a user name and a password: a word without spaces or slashes
// before, a value without spaces, template marks or a URL's "//" after.
func literalUserPass(user, pass string) bool {
	if user == "" || pass == "" || len(user) > 64 || len(pass) > 256 || strings.HasPrefix(pass, "//") ||
		strings.ContainsAny(user, " \t/\\{}$%<>=") || strings.ContainsAny(pass, " \t{}$%<>") || Placeholder(pass) {
		return false
	}
	for i := 0; i < len(user); i++ {
		if c := user[i]; !isDigitByte(c) && strings.IndexByte("-./T", c) < 0 {
			return true
		}
	}
	return false // "12:30", a time or a port; "2026-03-01T10:00:00Z", a date and time
}
