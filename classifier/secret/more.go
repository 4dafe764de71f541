package secret

import (
	"bytes"
	"encoding/base64"
	"strings"
	"unicode/utf8"
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
	for _, p := range []string{"/api/webhooks/", "/IncomingWebhook/"} {
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
	if len(f) != 5 || strings.ContainsAny(l, " \t\"'") || !(isDigits(f[1]) || f[1] == "*") ||
		!(f[0] == "*" || f[0] == "localhost" || strings.Contains(f[0], ".")) || f[4] == "" {
		return
	}
	st := len(l) - len(f[4])
	s.add(Password, "password in a .pgpass entry", base+st, base+len(l), line)
}

// passwordCommands are the commands whose -p takes a password (it means a
// port or a proxy to others): registry logins, sshpass; attached, the
// MySQL family's -pPASSWORD; redis-cli's -a.
var passwordCommands = map[string]string{
	"docker": "login", "podman": "login", "buildah": "login", "skopeo": "login", "helm": "login", "oras": "login",
	"nerdctl": "login", "crane": "auth", "sshpass": "", "mysql": "", "mysqldump": "", "mysqladmin": "", "mariadb": "",
	"redis-cli": "", "mongo": "", "mongosh": "", "htpasswd": "",
}

// commandPasswords masks the -p (or -a) argument of passwordCommands.
func (s *scanner) commandPasswords(ws []tok, base, line int) {
	cmd := -1
	for i, w := range ws {
		name := w.text[strings.LastIndexByte(w.text, '/')+1:]
		if _, ok := passwordCommands[name]; ok {
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
	if sub := passwordCommands[name]; sub != "" {
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
		case !mysql && (w.text == "-p" || name == "redis-cli" && w.text == "-a") && i+1 < len(ws):
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
		f, kind := fieldClass(local)
		if f != fStrong {
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
		if v == "" || strings.ContainsAny(v, "<>") {
			continue
		}
		s.add(kind, "XML element "+local, base+vs, base+ve, line)
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
		inner := &scanner{text: string(dec), inner: true}
		found := inner.scan()
		if len(found) == 0 {
			continue
		}
		s.add(found[0].Kind, "base64 text holding "+found[0].Label, base+j-len(run), base+j, line)
	}
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
	args := stringArgs(l, open+1)
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
	case strings.HasSuffix(n, "basicauth") || strings.HasSuffix(n, "digestauth") || n == "auth" || n == "setauth":
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

// stringArgs returns the quoted string arguments at the start of an
// argument list (after "("), up to the first argument that is not one,
// with their spans in l; a bare first argument (a constant) is skipped.
func stringArgs(l string, i int) []tok {
	var out []tok
	for n := 0; n < 3 && i < len(l); n++ {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
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
