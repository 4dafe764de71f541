package parse

import (
	"github.com/authtriage/authtriage/classifier/internal/wordlist"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)
import "strings"

// authSchemes are the Authorization schemes proseCredential takes after the
// field's name in prose, lower case.
var authSchemes = wordlist.Set{"bearer", "basic", "token", "digest", "negotiate",
	"ntlm", "aws4-hmac-sha256", "apikey", "api-key", "ssws", "jwt", "oauth"}

// proseCredential finds an Authorization field written inside a sentence or
// an inline code span ("with `Authorization : Bearer eyJ…` and still get
// 401", "sending Authorization: Basic dXNlcjpwYXNz", HTTPie's request item
// Authorization:"Bearer $TOKEN"): the name, a colon (or Postman's arrow),
// a known scheme and a credential after it. A sentence
// that says the field was not sent ("without Authorization: Bearer …") or a
// placeholder scheme alone is no credential.
func proseCredential(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	if f, ok := spanKeyHeader(t); ok {
		return f, true
	}
	if f, ok := loggedCredential(t); ok {
		return f, true
	}
	lt := ascii.Lower(t)
	for from := 0; from < len(lt); {
		k := strings.Index(lt[from:], "authorization")
		if k < 0 {
			return Field{}, false
		}
		k += from
		from = k + len("authorization")
		ns := k // where the field's name starts: Proxy-Authorization, X-Authorization
		switch {
		case strings.HasSuffix(lt[:k], "proxy-"):
			ns = k - 6
		case strings.HasSuffix(lt[:k], "x-"):
			ns = k - 2 // a product's own header (X-Authorization: Bearer …)
		}
		if ns > 0 && (isAlpha(lt[ns-1]) || lt[ns-1] == '-') {
			continue
		}
		name := t[ns:from]
		r := strings.TrimLeft(t[from:], " \t")
		if len(r) > 6 && strings.EqualFold(r[:6], "header") && (r[6] == ':' || r[6] == ' ') {
			// a log's "Authorization header: Bearer …"
			r = strings.TrimLeft(r[6:], " \t")
		}
		if len(r) > 0 && (r[0] == '"' || r[0] == '\'') && ns > 0 && lt[ns-1] == r[0] {
			// the name quoted as code writes a header map's key:
			// "Authorization": "Bearer …", 'Authorization' => 'Bearer …',
			// headers["Authorization"] = "Bearer …"
			r = strings.TrimLeft(r[1:], " \t")
			if strings.HasPrefix(r, "]") && ns > 1 && lt[ns-2] == '[' {
				r = strings.TrimLeft(r[1:], " \t")
			}
		}
		switch {
		case strings.HasPrefix(r, "=>"):
			r = r[2:]
		case strings.HasPrefix(r, ":"):
			r = r[1:]
		case strings.HasPrefix(r, "→"):
			r = r[len("→"):]
		case strings.HasPrefix(r, "=") && !strings.HasPrefix(r, "=="):
			// an assignment in code: Authorization = "Bearer …",
			// headers['Authorization'] = 'Bearer …'
			r = r[1:]
		default:
			continue
		}
		r = strings.TrimLeft(r, " \t")
		if len(r) > 0 && (r[0] == '"' || r[0] == '\'') {
			r = r[1:] // HTTPie's request item: Authorization:"Bearer …"
		}
		scheme, rest, _ := strings.Cut(r, " ")
		rest = strings.TrimLeft(rest, " ") // "Bearer  eyJ…": two blanks still one field
		if !authSchemes.Has(ascii.Lower(scheme)) {
			continue
		}
		cred := rest
		if i := strings.IndexAny(cred, " `'\","); i >= 0 {
			cred = cred[:i]
		}
		if len(cred) < 3 || strings.IndexByte(cred, '\\') >= 0 {
			continue // too short, or a JSON string's escaped quote inside (Digest username=\"…\")
		}
		if negatedBefore(lt[:k]) {
			return Field{}, false
		}
		return Field{Name: name, Value: scheme + " " + cred}, true
	}
	return Field{}, false
}

// negatedBefore reports whether the clause before a field's name says it
// was not sent ("without", "no", "missing", "instead of"), or advises
// sending it (adviceWords: "did you pass", "you need to add"): a reply's
// suggestion is not what the request carried.
func negatedBefore(before string) bool {
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range []string{"without ", "no ", "not ", "n't ", "missing", "instead of", "rather than", "remove", "strip", "drop"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return advises(before)
}

// adviceWords are what a reply writes before the header or setting it
// suggests ("you need to add a header:", "did you pass -H …?", "try
// adding"), lower case: the person asked did not (yet) send it.
var adviceWords = []string{"you need to", "you have to", "you must", "you should", "you'll need", "you will need", "did you", "try adding", "try to add", "make sure to", "remember to"}

// advises reports whether a lower-case clause advises sending something.
func advises(lt string) bool {
	for _, w := range adviceWords {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// adviceLead reports whether a trimmed line is a sentence of advice that
// introduces what follows, ending in a colon ("you need to add this header
// to the requests:"): the lines under it show what to send, not what was
// sent.
func adviceLead(t string) bool {
	return strings.HasSuffix(t, ":") && wordsLine(t) && advises(ascii.Lower(t))
}

// spanKeyHeader finds an API-key header written in an inline code span of a
// sentence ("I send `X-API-Key: 3f9c…` and get 403"): the name of a header
// that carries a credential, a colon, a value.
func spanKeyHeader(t string) (Field, bool) {
	for from := 0; from < len(t); {
		i := strings.IndexByte(t[from:], '`')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(t[i+1:], '`')
		if j < 0 {
			break
		}
		span := t[i+1 : i+1+j]
		from = i + j + 2
		name, val, ok := strings.Cut(span, ":")
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		if !ok || len(val) < 3 || strings.ContainsAny(name, " \t") || !IsAPIKeyHeader(name) || strings.EqualFold(name, "x-csrf-token") {
			continue
		}
		if negatedBefore(ascii.Lower(t[:i])) {
			return Field{}, false
		}
		return Field{Name: name, Value: val}, true
	}
	return Field{}, false
}

// logLevels are the level words a client's verbose log puts before its
// messages, lower case.
var logLevels = map[string]bool{"info": true, "debug": true, "trace": true, "verbose": true, "verb": true, "[info]": true, "[debug]": true, "[trace]": true}

// loggedCredential finds the line a client's verbose log writes about the
// credential it sends, masked by the client itself: "INFO     password:
// <hidden>" (twine), "DEBUG token: ****". The line is a log level, the
// credential's name, a colon and a masked value, and nothing else: a
// configuration listing or a sentence is no such line. The request carried
// it, as Basic for a password and Bearer for a token; the value stays the
// mask.
func loggedCredential(t string) (Field, bool) {
	if len(t) > 200 {
		return Field{}, false
	}
	level, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	if !ok || !logLevels[ascii.Lower(level)] {
		return Field{}, false
	}
	name, val, ok := strings.Cut(strings.TrimSpace(rest), ":")
	val = strings.TrimSpace(val)
	if !ok || val == "" || strings.ContainsAny(val, " \t") || !IsRedacted(val) {
		return Field{}, false
	}
	switch ascii.Lower(strings.TrimSpace(name)) {
	case "password", "passwd":
		return Field{Name: "Authorization", Value: "Basic " + val}, true
	case "token", "api token", "api_token", "access token", "access_token", "auth token", "api key", "api_key", "apikey":
		return Field{Name: "Authorization", Value: "Bearer " + val}, true
	}
	return Field{}, false
}

// namedInProse ends the name of a credential header a sentence says the
// request carried, without its value (proseHeaderMention).
const namedInProse = " header, named in the prose"

// sendWords are the words of a clause saying a request carried a header,
// lower case, each matched at a word's start.
var sendWords = []string{"with ", "send", "sent ", "set ", "pass", "includ", "add", "present", "carr", "contain", "provid", "using ", "use "}

// droppedWords, after a header's name, say it did not arrive, lower case.
var droppedWords = []string{"missing", "not ", "n't", "never", "strip", "drop", "remov", "empty", "absent", "lost", "without", "neither", "nor ",
	"skip", "ignor", "discard", "omit", "clear"}

// personWords make a sentence the person's own account ("I send …", "our
// access log shows …"), lower case; a sentence without one is a tool's
// or a document's unless it is an instruction (sendWords first).
var personWords = []string{"i ", "i'm ", "i've ", "we ", "my ", "our ", "me "}

// ruleWords, beside the wishes of wishWords, make a sentence about a
// header a rule or a question (a server's "a valid X-Api-Key header must
// be sent", "please provide the X-Auth-Token header", an API that
// "expects the Authorization header", "how do I pass the Authorization
// header"), not what was sent, lower case.
var ruleWords = []string{"must", "need", "could", "requir", "expect", "accept", "support", "please", "how to", "how do"}

// proseHeaderMention finds a sentence saying the request carried a
// credential header without quoting its value ("I send a GET with the
// Authorization header set to \"Bearer \" and that token", "our access log
// shows the `X-Session-Token` header present"): the Authorization field or
// an API-key header (IsAPIKeyHeader) named before the word "header", a
// word of sending in the sentence, the sentence the person's own account
// (personWords) or an instruction starting with a word of sending, and no
// word saying it was not sent, dropped or empty, or making the sentence a
// wish or a rule (wishWords, ruleWords). A CSRF token's header proves no
// identity. Linear in the line: each sentence is read a bounded number of
// times.
func proseHeaderMention(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	lt := ascii.Lower(t)
	for from := 0; from < len(lt); {
		k := strings.Index(lt[from:], "header")
		if k < 0 {
			break
		}
		k += from
		from = k + len("header")
		if from < len(lt) && isAlpha(lt[from]) && lt[from] != 's' {
			continue
		}
		e := k
		for e > 0 && (lt[e-1] == ' ' || lt[e-1] == '`' || lt[e-1] == '"' || lt[e-1] == '\'') {
			e--
		}
		s := e
		for s > 0 && e-s < 48 && (isWordByte(lt[s-1]) || lt[s-1] == '-') {
			s--
		}
		name := t[s:e]
		ln := lt[s:e]
		if ln == "" || strings.Contains(ln, "csrf") || strings.Contains(ln, "xsrf") || ln != "authorization" && ln != "proxy-authorization" && !IsAPIKeyHeader(ln) {
			continue
		}
		start := max(sentenceStart(lt[:s]), s-200)
		end := from + sentenceEnd(lt[from:min(len(lt), from+200)])
		before, after := lt[start:s], lt[from:end]
		clause := strings.TrimLeft(lt[start:end], " >-*`0123456789.")
		if !hasAnyWord(clause, personWords) && !startsWithAny(clause, sendWords) {
			continue
		}
		if negatedBefore(before) || hasAnyWord(before+" "+after, droppedWords) || hasAnyWord(before+" "+after, wishWords) || hasAnyWord(before+" "+after, ruleWords) || !hasAnyWord(before+" "+after, sendWords) {
			continue
		}
		return Field{Name: "the " + name + namedInProse}, true
	}
	return Field{}, false
}

// sentenceStart returns where the sentence that ends s begins: after the
// last ". ", "; ", "! " or "? ", or 0.
func sentenceStart(s string) int {
	i := -1
	for _, p := range []string{". ", "; ", "! ", "? "} {
		if j := strings.LastIndex(s, p); j > i {
			i = j
		}
	}
	if i < 0 {
		return 0
	}
	return i + 2
}

// sentenceEnd returns where the sentence s starts in ends: at the first
// ". ", "; ", "! " or "? ", or len(s).
func sentenceEnd(s string) int {
	e := len(s)
	for _, p := range []string{". ", "; ", "! ", "? "} {
		if j := strings.Index(s, p); j >= 0 && j < e {
			e = j
		}
	}
	return e
}

// startsWithAny reports whether s starts with one of words.
func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hasAnyWord reports whether s holds one of words at a word's start
// (ascii.ContainsWordStart); a contraction's ending ("n't") anywhere.
func hasAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "n'") && strings.Contains(s, w) || ascii.ContainsWordStart(s, w) {
			return true
		}
	}
	return false
}

// headerMapCredentials finds the credential fields of a header map printed
// the way Go prints an http.Header ("map[Accept:[application/json]
// Authorization:[Bearer …]]"), as a log record's value (logrus's
// headers="map[…]", zap's, a struct dumped with %+v: "Header:map[…]"):
// the Authorization, Proxy-Authorization and Cookie fields and API-key
// headers, each with its values joined. These names are a request's: a
// response's header map has none of them. Linear in the line: each "map["
// is read up to its closing bracket once.
func headerMapCredentials(t string) []Field {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	var out []Field
	for from := 0; from < len(t); {
		k := strings.Index(t[from:], "map[")
		if k < 0 {
			break
		}
		i := from + k + len("map[")
		from = i
		for i < len(t) && t[i] != ']' {
			// an entry: Name:[v1 v2]
			for i < len(t) && t[i] == ' ' {
				i++
			}
			s := i
			for i < len(t) && (isWordByte(t[i]) || t[i] == '-') {
				i++
			}
			if i == s || i+1 >= len(t) || t[i] != ':' || t[i+1] != '[' {
				break
			}
			name := t[s:i]
			e := strings.IndexByte(t[i+2:], ']')
			if e < 0 {
				break
			}
			v := t[i+2 : i+2+e]
			i += 2 + e + 1
			if v != "" && IsCredentialHeader(ascii.Lower(name)) {
				out = append(out, Field{Name: name, Value: v})
			}
		}
		from = max(from, i)
	}
	return out
}

// hasKV reports whether fs holds a field named name (any case).
func hasKV(fs []kv, name string) bool {
	for _, f := range fs {
		if strings.EqualFold(f.name, name) {
			return true
		}
	}
	return false
}

// cookiesLoaded is the phrase for the cookies a downloader or a client
// loaded from a browser's store or a cookie file and sends with its
// requests.
const cookiesLoaded = "cookies the client loaded from a browser or a cookie file"

// cookieJarLine reports whether a line of a command or its verbose log
// says the client loads cookies to send: yt-dlp's and gallery-dl's
// --cookies-from-browser and --cookies FILE (also as their debug log's
// argument list, '--cookies', 'cookies.txt'), wget's --load-cookies, and
// the logs' "Extracting cookies from chrome", "Extracted 86 cookies from
// firefox". A browser's cookies carry its signed-in sessions. "Extracted 0
// cookies" loaded none.
func cookieJarLine(t string) bool {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	lt := ascii.Lower(t)
	if strings.Contains(lt, "--cookies-from-browser") || strings.Contains(lt, "--load-cookies") {
		return true
	}
	for _, w := range []string{"--cookies ", "--cookies=", "--cookies', '", "--cookies\", \""} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	if strings.Contains(lt, "extracting cookies from ") {
		return true
	}
	if i := strings.Index(lt, "extracted "); i >= 0 {
		n, rest, _ := strings.Cut(lt[i+len("extracted "):], " ")
		return n != "" && n != "0" && strings.Trim(n, "0123456789") == "" && strings.HasPrefix(rest, "cookies from ")
	}
	return false
}
