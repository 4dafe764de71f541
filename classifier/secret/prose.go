package secret

import (
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// Credentials written in sentences rather than as fields: "my token is
// 9fQ…", "Le mot de passe est S3c…", "访问令牌是 9fQ…", "APIキー: 9fQ…",
// "the API key '9fQ…' is not authorized", "calling with bearer token 9fQ…".
// A credential word, up to three connecting words ("is", "est", "lautet",
// "de acceso es", "是"), then one value, which must look random: a word of
// prose after a credential word ("the token is invalid") is never one.

// proseWords are credential words, lower case, ASCII: the English ones and
// those of the languages people paste in (French, German, Spanish,
// Portuguese, Dutch, Polish, Italian). "key" counts only after a word that
// makes it a credential's name (proseKeyQualifiers).
var proseWords = map[string]Kind{
	"password": Password, "passwd": Password, "passphrase": Password, "passwort": Password, "kennwort": Password,
	"wachtwoord": Password, "senha": Password, "haslo": Password, "pwd": Password, "passe": Password, // mot de passe
	"token": Token, "jeton": Token, "secret": Token, "bearer": Token, "apikey": APIKey, "clave": APIKey, "chave": APIKey,
	"key": APIKey, "chiave": APIKey, "sleutel": APIKey, "anahtar": APIKey, "sifre": Password,
	"identified": Password, // SQL's IDENTIFIED BY '…'
}

// proseKeyQualifiers make "key" a credential's name: "API key", "access
// key", "secret key", "private key", "subscription key", "license key".
var proseKeyQualifiers = wordlist.Set{"api", "access", "secret", "private",
	"subscription", "license", "licence"}

// proseNonASCII are credential words outside ASCII: Spanish, Polish,
// Russian, Chinese (simplified and traditional), Japanese, Korean, French.
var proseNonASCII = []struct {
	word string
	kind Kind
}{
	{"contraseña", Password}, {"hasło", Password}, {"пароль", Password}, {"密码", Password}, {"密碼", Password},
	{"口令", Password}, {"パスワード", Password}, {"비밀번호", Password}, {"токен", Token}, {"令牌", Token},
	{"トークン", Token}, {"토큰", Token}, {"ключ", APIKey}, {"密钥", APIKey}, {"秘钥", APIKey}, {"金鑰", APIKey},
	{"キー", APIKey}, {"clé", APIKey}, {"şifre", Password}, {"Şifre", Password}, {"şifrem", Password}, {"Şifrem", Password},
}

// proseConnectors may stand between a credential word and its value.
var proseConnectors = map[string]bool{
	"is": true, "was": true, "are": true, "be": true, "used": true, "value": true, "of": true, "token": true, "key": true,
	"est": true, "était": true, "ist": true, "war": true, "lautet": true, "es": true, "era": true, "é": true, "è": true,
	"de": true, "acceso": true, "accès": true, "d'accès": true, "acesso": true, "zugriff": true, "api": true, "secret": true,
	"是": true, "为": true, "為": true, "は": true, "が": true, "을": true, "는": true, "은": true, "=": true, ":": true,
	"：": true, "-": true, "—": true, "→": true, "->": true, "=>": true, "to": true, "by": true,
}

// proseAt reads the credential word name, at l[st:end] (a word the pairs'
// loop met, not followed by a separator), and the value after it. Spans
// found in the line before (s.out[found:]) are not read again.
func (s *scanner) proseAt(l, name string, st, end, base, line, found int) {
	k, ok := proseWord(name)
	if !ok || st > 0 && strings.IndexByte("$/@", l[st-1]) >= 0 || end < len(l) && l[end] >= utf8.RuneSelf {
		return
	}
	if s.isJSON && st > 0 && l[st-1] == '"' {
		return // a JSON string's first word: the JSON walk reads its field ("value": "Bearer …")
	}
	for i := 0; i < len(name); i++ {
		if !isLetter(name[i]) {
			return
		}
	}
	switch {
	case len(name) == 3 && strings.EqualFold(name, "key"):
		if !proseKeyQualifiers.Has(strings.ToLower(wordBefore(l, st))) {
			return
		}
	case len(name) == 5 && strings.EqualFold(name, "passe"):
		if !strings.EqualFold(wordBefore(l, st), "de") {
			return
		}
	}
	s.proseValue(l, end, k, name, base, line, found)
}

// wordBefore is the word of letters before l[st:], past spaces.
func wordBefore(l string, st int) string {
	e := st
	for e > 0 && l[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && isLetter(l[b-1]) {
		b--
	}
	return l[b:e]
}

// proseOutside finds the credentials after the credential words of line l
// that are not ASCII ("密码：", "パスワード=", "contraseña:").
func (s *scanner) proseOutside(l string, base, line, found int) {
	for _, nw := range proseNonASCII {
		s.proseEnd = 0 // one pass per word, each reading a byte at most once
		for from := 0; from < len(l); {
			k := strings.Index(l[from:], nw.word)
			if k < 0 {
				break
			}
			k += from
			from = k + len(nw.word)
			s.proseValue(l, from, nw.kind, nw.word, base, line, found)
		}
	}
}

// proseFirst is, by length, the bit set of the first letters (lower case)
// of proseWords: most words of a paste are turned away without a look-up.
var proseFirst = func() (t [11]uint32) {
	for w := range proseWords {
		t[len(w)] |= 1 << (w[0] - 'a')
	}
	return t
}()

// proseWord is proseWords[lower-cased w].
func proseWord(w string) (Kind, bool) {
	if len(w) < 3 || len(w) > 10 || proseFirst[len(w)]&(1<<((w[0]|0x20)-'a')) == 0 {
		return "", false
	}
	var b [10]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	k, ok := proseWords[string(b[:len(w)])]
	return k, ok
}

// proseValue takes the value after a credential word ending at i: past up
// to three connectors, one word that looks random.
func (s *scanner) proseValue(l string, i int, k Kind, word string, base, line, found int) {
	for n := 0; n <= 3; n++ {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			return
		}
		// a separator glued to the word: "Passwort:", "パスワード=", "密码："
		if l[i] == ':' || l[i] == '=' {
			i++
			continue
		}
		if strings.HasPrefix(l[i:], "：") {
			i += len("：")
			continue
		}
		e := i
		for e < len(l) && e-i <= maxConnector && l[e] != ' ' && l[e] != '\t' && l[e] != ':' && l[e] != '=' && !strings.HasPrefix(l[e:], "：") {
			e++
		}
		w := l[i:e]
		if n < 3 && proseConnectors[strings.ToLower(w)] {
			i = e
			continue
		}
		// a CJK connector glued to the value: "令牌是9fQ…"
		for _, c := range []string{"是", "为", "為", "は"} {
			if strings.HasPrefix(w, c) {
				i += len(c)
				break
			}
		}
		// a value the line's fields gave already (the last finds are the
		// nearest: looking further back would make a long line quadratic)
		for _, x := range s.out[max(found, len(s.out)-2):] {
			if x.Start <= base+i && base+i < x.End+1 {
				return
			}
		}
		vs := i
		if base+vs < s.proseEnd {
			return // read as a value already: each byte is, at most once
		}
		for vs < len(l) && strings.IndexByte("'\"`", l[vs]) >= 0 {
			vs++
		}
		for _, q := range []string{"«", "「", "“", "‘"} {
			if strings.HasPrefix(l[vs:], q) {
				vs += len(q)
			}
		}
		ve := vs
		for ve < len(l) && ve-vs <= maxProseValue && l[ve] > ' ' && l[ve] < utf8.RuneSelf && strings.IndexByte("'\"`,;)]}<>|&", l[ve]) < 0 {
			if l[ve] == '=' && ve+1 < len(l) && l[ve+1] != '=' && isAlnum(l[ve+1]) {
				return // name=value: a field, the pairs' reading
			}
			ve++
		}
		if vs >= len(l) || !isAlnum(l[vs]) || strings.HasSuffix(l[vs:ve], "...") || strings.HasPrefix(l[ve:], "…") {
			return // nothing to take, or a token shortened by hand: it no longer works
		}
		s.proseEnd = base + ve
		for ve > vs && strings.IndexByte(".!?:", l[ve-1]) >= 0 {
			ve--
		}
		if v := l[vs:ve]; proseCredential(v, k == Password) {
			s.add(k, word+" in a sentence", base+vs, base+ve, line)
		}
		return
	}
}

// maxProseValue bounds a value read in a sentence; maxConnector, a word
// read to tell whether it is a connector (the longest is 9 bytes).
const (
	maxProseValue = 2048
	maxConnector  = 16
)

// proseCredential reports whether v, a word after a credential word in a
// sentence, is a credential: random-looking, with a digit (no word of
// prose has one; a password may do without, if no word is CamelCase), not
// a file, a URL or a number.
func proseCredential(v string, password bool) bool {
	if len(v) < 8 || len(v) > maxProseValue || !HighEntropy(v) || wordish(v) || fileName(v) || urlValue(v) || strings.Contains(v, "://") {
		return false
	}
	// letters then digits: an error code ("AADSTS7000215", "E401"), not a key
	if k := strings.IndexFunc(v, func(r rune) bool { return r >= '0' && r <= '9' }); k > 0 && strings.Trim(v[k:], "0123456789") == "" {
		return false
	}
	digit, letter := false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigitByte(c):
			digit = true
		case isLetter(c):
			letter = true
		}
	}
	return letter && (digit || password)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
