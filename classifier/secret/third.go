package secret

import (
	"encoding/base64"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// The third round's notations: line protocols' commands in a session
// transcript (SMTP's AUTH PLAIN and AUTH LOGIN, IMAP's LOGIN, FTP's and
// POP3's PASS, Redis' AUTH, NickServ's IDENTIFY), shells' and tools'
// assignments that take a name and a value as two words (setx, fish's
// set -gx, a Dockerfile's ENV, npm/yarn/pnpm/git/aws "config set"),
// Windows-style /p: options, and JSON whose quotes were escaped for a
// JavaScript string (\u0022) or an HTML attribute (&quot;).

// maxLead is how many leading words of a line transcript looks at.
const maxLead = 8

// leadWords returns up to maxLead shell-ish words of t (quotes removed), as
// words does, without reading past them.
func leadWords(t string, out *[maxLead]tok) int {
	n, i := 0, 0
	for n < maxLead && i < len(t) {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i >= len(t) {
			break
		}
		if q := t[i]; q == '\'' || q == '"' {
			end := strings.IndexByte(t[i+1:], q)
			if end < 0 {
				end = len(t) - i - 1
			}
			out[n] = tok{text: t[i+1 : i+1+end], start: i + 1, end: i + 1 + end}
			n++
			i += end + 2
			continue
		}
		st := i
		for i < len(t) && t[i] != ' ' && t[i] != '\t' {
			i++
		}
		out[n] = tok{text: t[st:i], start: st, end: i}
		n++
	}
	return n
}

// promptWord reports whether w is a transcript's or a shell's prompt:
// "C:", "S:", ">", ">>>", "127.0.0.1:6379>", "$", "PS>", "C:\>".
func promptWord(w string) bool {
	return w == "C:" || w == "S:" || w == "$" || w == "#" || w == "%" || strings.HasSuffix(w, ">")
}

// transcript reads the leading words of a line (t starts at its first
// non-blank byte) for the commands above.
func (s *scanner) transcript(t string, base, line int) {
	authLogin := s.authLogin
	s.authLogin = false
	if len(t) < 6 {
		return
	}
	var buf [maxLead]tok
	n := leadWords(t, &buf)
	ws := buf[:n]
	p := 0
	for p < len(ws) && p < 2 && promptWord(ws[p].text) {
		p++
	}
	rest := ws[p:]
	add := func(k Kind, label string, w tok) {
		if len(w.text) >= 3 && !Placeholder(w.text) {
			s.add(k, label, base+w.start, base+w.end, line)
		}
	}
	if authLogin && len(rest) == 1 && len(rest[0].text) >= 4 && base64Word(rest[0].text) {
		add(Password, "SMTP AUTH LOGIN password", rest[0]) // the answer to "334 UGFzc3dvcmQ6" ("Password:")
		return
	}
	if len(ws) >= 2 && ws[len(ws)-2].text == "334" && ws[len(ws)-1].text == "UGFzc3dvcmQ6" {
		s.authLogin = true
		return
	}
	if len(rest) < 2 {
		return
	}
	if st := rest[0].start; st > 0 && (t[st-1] == '"' || t[st-1] == '\'') {
		return // a quoted word is a JSON member or a string, not a typed command: a quoted "auth": null after "> "
	}
	w0 := rest[0].text
	last := rest[len(rest)-1]
	switch {
	case w0 == "PASS" && len(rest) == 2 && !fileName(last.text) && !strings.Contains(last.text, "/"):
		add(Password, "PASS", last) // FTP, POP3, IRC (not a test runner's "PASS  src/a.test.js")
	case w0 == "AUTH" && len(rest) == 3 || (w0 == "AUTH" || w0 == "auth" && p > 0) && len(rest) <= 3 && !upperWord(rest[1].text):
		add(Password, "AUTH credentials", last) // SMTP's AUTH PLAIN <base64>, Redis' AUTH [user] pass
	case len(rest) == 4 && rest[1].text == "LOGIN" && isIdent(w0) && len(w0) <= 12:
		add(Password, "IMAP LOGIN password", last) // a001 LOGIN user pass
	case (w0 == "setx" || w0 == "ENV") && len(rest) == 3 && strings.IndexByte(rest[1].text, '=') < 0:
		s.assigned(rest[1], rest[2], base, line) // setx NAME value, a Dockerfile's ENV NAME value
	case w0 == "set" && len(rest) >= 4 && len(rest[1].text) > 1 && rest[1].text[0] == '-':
		s.assigned(rest[2], rest[3], base, line) // fish: set -gx NAME value
	}
	for i := 0; i+3 < len(rest) && i < 3; i++ {
		if (rest[i].text == "config" || rest[i].text == "configure") && rest[i+1].text == "set" {
			s.assigned(rest[i+2], rest[i+3], base, line) // npm config set //host/:_authToken tok
			break
		}
	}
	for i := 1; i < len(rest); i++ {
		if rest[i].text == "IDENTIFY" && strings.EqualFold(rest[i-1].text, "NickServ") && i+1 < len(rest) {
			add(Password, "NickServ IDENTIFY password", last)
			break
		}
	}
	// Windows-style options: xfreerdp /u:bob /p:…, net use … /user:
	user := false
	for _, w := range ws {
		user = user || strings.HasPrefix(w.text, "/u:") || strings.HasPrefix(w.text, "/user:")
	}
	if user {
		for _, w := range ws {
			if v, ok := strings.CutPrefix(w.text, "/p:"); ok && v != "" {
				add(Password, "/p: password", tok{text: v, start: w.start + 3, end: w.end})
			}
		}
	}
}

// settingKind is the kind of credential a setting's or a variable's name
// stands for (an authorization header's name, an API key's, or a name that
// strongly means a secret), and false when it stands for none.
func (s *scanner) settingKind(n string) (Kind, bool) {
	nc := s.classify(n)
	switch {
	case nc.h == hAuth:
		return Authorization, true
	case nc.h == hKey:
		return APIKey, true
	case nc.f != fStrong:
		return "", false
	}
	return nc.k, true
}

// assigned masks value when name, an environment variable's or a
// setting's name, names a credential ("//host/:_authToken" by its last part).
func (s *scanner) assigned(name, value tok, base, line int) {
	n := name.text
	if k := strings.LastIndexByte(n, ':'); k >= 0 {
		n = n[k+1:]
	}
	if n == "" || len(n) > 64 {
		return
	}
	k, ok := s.settingKind(n)
	if !ok {
		return
	}
	if len(value.text) >= 3 && !Placeholder(value.text) {
		s.add(k, name.text, base+value.start, base+value.end, line)
	}
}

// base64Word reports whether w is made of base64's bytes only.
func base64Word(w string) bool {
	for i := 0; i < len(w); i++ {
		if !b64Byte[w[i]] {
			return false
		}
	}
	return true
}

// escapedQuotes reads a line whose JSON quotes were escaped (\u0022,
// &quot;) with them unescaped; a value found is masked where the line
// writes it.
func (s *scanner) escapedQuotes(l string, base, line int) {
	if s.inner || len(l) > maxB64Run {
		return
	}
	dec := quoteUnescaper.Replace(l)
	if dec == l {
		return
	}
	inner := &scanner{text: dec, inner: true}
	for _, x := range inner.scan() {
		if k := strings.Index(l, x.Value); k >= 0 && len(x.Value) >= 4 {
			s.add(x.Kind, x.Label, base+k, base+k+len(x.Value), line)
		}
	}
}

var quoteUnescaper = strings.NewReplacer(`\u0022`, `"`, "&quot;", `"`, "&#34;", `"`, "&amp;", "&")

// nameValueLine is a YAML list item naming a credential ("- name:
// API_TOKEN", Kubernetes' env, a task definition's), whose "value:" comes
// on one of the next lines.
type nameValueLine struct {
	k     Kind
	name  string
	lines int
}

// yamlNameValue reads "- name: X" and, on the next two lines, "value: Y".
// from is where l's text starts after its spaces and tabs.
func (s *scanner) yamlNameValue(l string, from, base, line int) {
	t := l[from:]
	if t == "" || t[0] != '-' && t[0] != 'n' && t[0] != 'v' {
		if t != "" {
			s.nv.lines = 0
		}
		return
	}
	ind := len(l) - len(t)
	if s.nv.lines > 0 {
		s.nv.lines--
		if strings.HasPrefix(t, "value:") {
			vs := ind + len("value:")
			for vs < len(l) && (l[vs] == ' ' || l[vs] == '\t') {
				vs++
			}
			ve := len(l)
			if vs < len(l) && (l[vs] == '"' || l[vs] == '\'') {
				if e := strings.IndexByte(l[vs+1:], l[vs]); e >= 0 {
					vs, ve = vs+1, vs+1+e
				}
			}
			if v := l[vs:ve]; len(v) >= 3 && !nullWord(v) && v != "true" && v != "false" {
				s.add(s.nv.k, s.nv.name, base+vs, base+ve, line)
			}
			s.nv.lines = 0
			return
		}
	}
	if v, ok := strings.CutPrefix(strings.TrimPrefix(t, "- "), "name:"); ok {
		n := strings.Trim(strings.TrimSpace(v), `"'`)
		if n == "" || len(n) > 64 {
			return
		}
		k, ok := s.settingKind(n)
		if !ok {
			return
		}
		s.nv = nameValueLine{k: k, name: n, lines: 2}
	}
}

// oracleTools take a logon "user/password@connect" as an argument.
var oracleTools = wordlist.Set{"sqlplus", "sql", "rman", "expdp", "impdp", "exp", "imp", "sqlldr", "dgmgrl"}

// oracleLogon masks the password of Oracle's logon notation: sqlplus
// user/password@db and JDBC's thin driver, jdbc:oracle:thin:user/password@host.
func (s *scanner) oracleLogon(ws []tok, base, line int) {
	tool := false
	for i, w := range ws {
		t := w.text
		if i < 3 && oracleTools.Has(t[strings.LastIndexByte(t, '/')+1:]) {
			tool = true
			continue
		}
		if k := strings.Index(t, "jdbc:oracle:"); k >= 0 {
			if c := strings.LastIndexByte(t[:max(strings.IndexByte(t, '@'), k)], ':'); c >= 0 {
				t = t[c+1:]
				w = tok{text: t, start: w.end - len(t), end: w.end}
			}
		} else if !tool || t == "" || t[0] == '-' {
			continue
		}
		logon := t
		if at := strings.IndexByte(t, '@'); at >= 0 {
			logon = t[:at]
		}
		user, pass, ok := strings.Cut(logon, "/")
		if ok && user != "" && pass != "" && isIdent(user) && !strings.ContainsAny(pass, "/:") {
			s.add(Password, "Oracle logon password", base+w.start+len(user)+1, base+w.start+len(logon), line)
		}
		tool = false
	}
}

// quotedItem is the text of a printed list's item alone on its line
// ("'X-Api-Key',"), or "".
func quotedItem(t string) string {
	t = strings.TrimSpace(t)
	if len(t) < 4 || t[len(t)-1] != ',' || (t[0] != '\'' && t[0] != '"') || t[len(t)-2] != t[0] {
		return ""
	}
	return t[1 : len(t)-2]
}

// printedNameValue is the pending name of a printed object's name=…,
// value=… pair.
type printedNameValue struct {
	k     Kind
	label string
}

// printedPair reads a printed object's name=… and value=… (Java's
// Cookie[name=JSESSIONID,value=…], Python's Cookie(name='sid', value='…')):
// a value whose name names a credential (or any value of a cookie) is one.
func (s *scanner) printedPair(l, name string, k int, sep byte, nv *printedNameValue, base, line int) {
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	if k >= len(l) {
		return
	}
	vs, ve, quoted := valueAt(l, k, sep, false)
	if ve <= vs {
		return
	}
	if !quoted {
		if e := strings.IndexAny(l[vs:ve], ",;"); e >= 0 {
			ve = vs + e
		}
	}
	v := l[vs:ve]
	if strings.EqualFold(name, "name") {
		nv.label = ""
		if v == "" || len(v) > 64 {
			return
		}
		nc := s.classify(v)
		switch {
		case containsFold(l[:vs], "cookie"):
			nv.k, nv.label = Cookie, "cookie "+v // any cookie's value, but a setting's ("theme=dark")
		case nc.h == hAuth:
			nv.k, nv.label = Authorization, v
		case nc.h == hKey:
			nv.k, nv.label = APIKey, v
		case nc.f == fStrong:
			nv.k, nv.label = nc.k, v
		}
		return
	}
	if nv.label != "" && len(v) >= 3 && !Placeholder(v) && !(nv.k == Cookie && plainCookie(v)) {
		s.add(nv.k, nv.label, base+vs, base+ve, line)
	}
	nv.label = ""
}

// statusWords end an error's phrase: "Permission denied", "Authentication
// failed", "Signature expired".
var statusWords = wordlist.Set{"denied", "failed", "expired", "required", "rejected", "invalid", "incorrect", "mismatch", "missing", "refused"}

// statusPhrase reports whether the bare value l[vs:ve] is the first word of
// such a phrase, which a message put after a credential's name and a colon
// ("Invalid/incorrect password: Permission denied, please try again.").
func statusPhrase(l string, vs, ve int) bool {
	if ve-vs < 4 || !wordish(l[vs:ve]) || ve+1 >= len(l) || l[ve] != ' ' {
		return false
	}
	e := ve + 1
	for e < len(l) && l[e] >= 'a' && l[e] <= 'z' {
		e++
	}
	return statusWords.Has(l[ve+1 : e])
}

// emptyCredentials reports whether v, the credentials after an
// Authorization scheme, are none: a program's word for no value ("Bearer
// undefined", "Bearer null", JavaScript's "Bearer [object Object]") or
// Basic credentials of an empty or missing user and password ("Og==" is
// ":", "dW5kZWZpbmVkOnVuZGVmaW5lZA==" "undefined:undefined"). Masking them
// would hide the cause a report shows, and every "null" in it.
func emptyCredentials(scheme, v string) bool {
	v = strings.TrimRight(v, ",;")
	if nullWord(v) || v == "[object Object]" || v == "NaN" {
		return true
	}
	if !strings.EqualFold(scheme, "basic") || len(v) > 64 {
		return false
	}
	dec, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return false
	}
	user, pass, ok := strings.Cut(string(dec), ":")
	return ok && (user == "" || nullWord(user)) && (pass == "" || nullWord(pass))
}
