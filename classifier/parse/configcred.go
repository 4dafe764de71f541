package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/secret"
)

// notValues are the unquoted words that, after a credential's name, give
// it no value (None, nil, an empty shell variable) or only its type in a
// signature (password: str, token: string), or state what happened to it
// in a log or a sentence (token: expired), lower case.
var notValues = wordlist.Set{"none", "null", "nil", "undefined", "false", "true", "str", "string", "int",
	"bool", "any", "optional", "required", "expired", "invalid", "missing", "incorrect", "wrong", "empty",
	"unset", "revoked", "denied", "ok", "yes", "no", "not", "set", "is", "was", "and", "or"}

// holderNames are credential names that, in code, name an object holding
// credentials or a mode rather than a credential (Google's credentials
// object, fetch's credentials: 'include'), lower case.
var holderNames = wordlist.Set{"credentials", "credential", "creds", "secrets", "tokens"}

// configuredCredential finds, on one line of code, configuration or
// shell, a credential given to a client under a name that always holds one
// (secret.CredentialName): a keyword argument or an assignment
// (password="…", export CONSUL_HTTP_TOKEN=…, --env
// AWS_SECRET_ACCESS_KEY="$KEY"), a member of an options object or a YAML
// key (password: '…'), a Ruby hash member (password=><password>). The value
// must be masked (IsRedacted: "********", "<password>", "(redacted)",
// "...") or a stand-in written for it (secret.Placeholder: YOUR_API_KEY,
// "${STORE_SECRET}", "{{ deployToken }}") other than the credential's own
// name (namesItself: "token: token" is a template or a variable): the
// person hid a credential that was there, while a literal in code may be a
// value the client never sends (a login it never calls, a server's own
// secret). Only an
// environment variable (an upper-case NAME=… written as the shell does, no
// space around "=": what a CLI reads its credential from) counts with any
// value, a shell variable included. An
// empty value, None/nil, a type in a signature (token: str), a word saying
// what became of it (token: expired), a quoted member name (a printed JSON
// or dict may be a response's), a URL's query (the URL's reader reads it),
// a CSRF token, a value computed by a call (credentials = Credentials(…))
// or a line commented out is no credential. Linear in the line.
func configuredCredential(t string) (Field, bool) {
	return configuredCredentialIn(t, nil)
}

// configuredCredentialIn is configuredCredential for a line inside calls
// opened on lines above it and not yet closed (open, innermost last, each
// true when its call sets authentication: authCallsAfter), so that an
// options object written over several lines (octokit.authenticate({ then
// "token: token," on a line of its own; new ApiClient( then "api_key=key,")
// gives its members to the call that sets authentication.
func configuredCredentialIn(t string, open []bool) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	if lt := strings.TrimLeft(t, " \t"); strings.HasPrefix(lt, "#") || strings.HasPrefix(lt, "//") {
		return Field{}, false // a commented-out line gives the client nothing
	}
	calls := append([]bool(nil), open...) // per open parenthesis: whether its call sets authentication
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case '(':
			calls = append(calls, authCall(t[:i]))
			continue
		case ')':
			if len(calls) > 0 {
				calls = calls[:len(calls)-1]
			}
			continue
		}
		if c != '=' && c != ':' {
			continue
		}
		op := i
		end := i + 1
		switch {
		case c == '=' && end < len(t) && t[end] == '>':
			end++ // Ruby's =>
		case c == '=' && end < len(t) && t[end] == '=', c == '=' && i > 0 && strings.IndexByte("=!<>", t[i-1]) >= 0:
			i = end // a comparison
			continue
		case c == ':' && end < len(t) && t[end] == '=':
			c, end = '=', end+1 // Go's and Pascal's := assigns as = does
		case c == ':' && end < len(t) && (t[end] == ':' || t[end] == '/'):
			i = end // a scope (::), a URL (://)
			continue
		}
		name, start := nameBefore(t, op)
		if name == "" || !secret.CredentialName(name) || holderNames.Has(strings.ToLower(name)) || strings.Contains(strings.ToLower(name), "srf") {
			continue
		}
		if start > 0 && (t[start-1] == '?' || t[start-1] == '&') {
			continue // a URL's query parameter
		}
		if c == ':' && !memberStart(t[:start]) {
			continue // "the token: …" in a sentence
		}
		if v, ok := envRead(t[end:]); ok {
			// ENV['API_TOKEN'], process.env.API_TOKEN, os.getenv("API_TOKEN"):
			// the client is given what the program's environment holds, a
			// value the paste names, not shows (as "$API_TOKEN")
			return Field{Name: name, Value: v, variable: true}, true
		}
		v, quoted := valueAfter(t[end:])
		if !quoted && (v == "" || notValues.Has(strings.ToLower(v)) || v[0] == '{' || v[0] == '[' || strings.HasSuffix(v, ".") || strings.Contains(v, "(")) {
			continue
		}
		if quoted && strings.TrimSpace(v) == "" {
			continue
		}
		inAuthCall := len(calls) > 0 && calls[len(calls)-1]
		env := c == '=' && end == op+1 && t[op-1] != ' ' && end < len(t) && t[end] != ' ' && envName(name)
		variable := inAuthCall && !quoted && variableRef(v)
		shortened := quoted && (strings.Contains(v, "...") || strings.Contains(v, "…")) // "eyJhb…", "7a1c…f04d": shortened by hand
		if !IsRedacted(v) && !shortened && !((secret.Placeholder(v) || standInPhrase(v)) && !namesItself(name, v)) && !env && !variable {
			continue
		}
		return Field{Name: name, Value: v, variable: variable && !env}, true
	}
	if f, ok := passwordCallCredential(t); ok {
		return f, true
	}
	if f, ok := noLogArgument(t); ok {
		return f, true
	}
	if f, ok := positionalCredential(t); ok {
		return f, true
	}
	if f, ok := codeCallCredential(t); ok {
		return f, true
	}
	return dictLiteralCredential(t)
}

// noLogArgument finds a module argument an Ansible task result prints masked
// by no_log ("url_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", or
// url_password: VALUE_… under the YAML callback): Ansible masks only what the
// task gave the module, so the module was given that credential and sends
// it.
func noLogArgument(t string) (Field, bool) {
	i := strings.Index(t, secret.AnsibleNoLog)
	if i < 0 {
		return Field{}, false
	}
	head := strings.TrimRight(t[:i], " \t\"'")
	if !strings.HasSuffix(head, ":") {
		return Field{}, false
	}
	head = strings.TrimRight(head[:len(head)-1], " \t\"'")
	k := len(head)
	for k > 0 && (isWordByte(head[k-1]) || head[k-1] == '-') {
		k--
	}
	if name := head[k:]; name != "" && secret.CredentialName(name) {
		return Field{Name: name, Value: secret.AnsibleNoLog}, true
	}
	return Field{}, false
}

// dictLiteralCredential finds, on one line of code, a dictionary or object
// literal assigned to a name or given to a keyword argument (PARAMS =
// {"access_token": "..."}, obj = { 'APIPassword': 'XXXXX' },
// requests.post(url, json={"password": "<pw>"})) whose quoted member named
// for a credential holds a masked value or a stand-in: the code sends it,
// its value not in the paste. A literal value may be a response's or a
// fixture's and proves nothing; a printed dictionary or a JSON body, with
// no assignment before its brace, is no code giving a value. Linear in the
// line.
func dictLiteralCredential(t string) (Field, bool) {
	for i := 0; i < len(t); i++ {
		if t[i] != '{' {
			continue
		}
		j := i
		for j > 0 && (t[j-1] == ' ' || t[j-1] == '\t') {
			j--
		}
		if j < 2 || t[j-1] != '=' || strings.IndexByte("=!<>", t[j-2]) >= 0 {
			continue
		}
		k := j - 1
		for k > 0 && (t[k-1] == ' ' || t[k-1] == '\t') {
			k--
		}
		if k == 0 || !isWordByte(t[k-1]) {
			continue
		}
		end, _ := topLevelEnd(t, i+1, "")
		body := t[i+1 : end]
		for m := 0; m < len(body); m++ {
			q := body[m]
			if q != '"' && q != '\'' {
				continue
			}
			e := strings.IndexByte(body[m+1:], q)
			if e < 0 {
				break
			}
			name := body[m+1 : m+1+e]
			rest := strings.TrimLeft(body[m+2+e:], " \t")
			m += 1 + e
			if !strings.HasPrefix(rest, ":") || !isCodeName(strings.ReplaceAll(name, "-", "_")) {
				continue
			}
			if !secret.CredentialName(name) || holderNames.Has(strings.ToLower(name)) || strings.Contains(strings.ToLower(name), "srf") {
				continue
			}
			v, quoted := valueAfter(rest[1:])
			if !quoted || strings.TrimSpace(v) == "" {
				continue
			}
			if IsRedacted(v) || (secret.Placeholder(v) || standInPhrase(v)) && !namesItself(name, v) {
				return Field{Name: name, Value: v}, true
			}
		}
		i = end
	}
	return Field{}, false
}

// maxPositional bounds the arguments positionalCredential reads of a call.
const maxPositional = 6

// positionalCredential finds, on one line of code, a variable named for a
// credential (secret.CredentialName: apiKey, cfg.ApiKey, accessToken,
// client_secret) given by position to a call that sets authentication or
// builds a client (authCall: new Intercom.Client(appId, apiKey),
// new FusionAuthClient(settings.ApiKey, host), sdk.login(user,
// password)): the client sends what the variable holds, its value not in
// the paste. A function's definition (def connect(self, password):,
// login(user, password) { …) names parameters, not values, and a holder
// (credentials, creds) may be an object built from anything. Linear in
// the line but for the calls' argument lists, each read once.
func positionalCredential(t string) (Field, bool) {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = quotedEnd(t, i)
			continue
		case c != '(' || i == 0 || !isWordByte(t[i-1]) || !authCall(t[:i]):
			continue
		}
		k := i
		for k > 0 && (isWordByte(t[k-1]) || t[k-1] == '.') {
			k--
		}
		if definition(t[:k]) {
			continue
		}
		if e, _ := topLevelEnd(t, i+1, ""); e < len(t) {
			if after := strings.TrimLeft(t[e+1:], " \t"); after != "" && (after[0] == '{' || after[0] == ':' && !strings.HasPrefix(after, "::")) {
				continue // a definition without a keyword: login(user, password) {
			}
		}
		for _, a := range topArgs(t, i+1, maxPositional) {
			if r, ok := envRead(a); ok && r == a {
				// NewClient(os.Getenv("PD_TOKEN")): what the environment
				// holds under a credential's name
				if n := envReadName(r); secret.CredentialName(n) {
					return Field{Name: n, Value: a, variable: true}, true
				}
				continue
			}
			if !variableRef(a) {
				continue
			}
			name := a
			if j := strings.LastIndexByte(name, '.'); j >= 0 {
				name = name[j+1:]
			}
			name = strings.TrimLeft(strings.TrimRight(name, "!"), "$_")
			if secret.CredentialName(name) && !holderNames.Has(strings.ToLower(name)) {
				return Field{Name: name, Value: a, variable: true}, true
			}
		}
	}
	return Field{}, false
}

// definitionWords are the keywords that, before a name and its
// parenthesis, make it a function's definition (its parameters), not a
// call, lower case.
var definitionWords = wordlist.Set{"def", "function", "func", "fn", "fun", "sub", "void", "public", "private", "protected", "static", "async"}

// passwordCallCredential finds, on one line of code, a password given to a
// call or an option that takes a user name and then a password
// (secret.PasswordCall: HTTPBasicAuth('u', p), new
// soap.WSSecurity('u', 'p', …), hackney's basic_auth: {id, secret},
// requests' auth=(u, p)), or the value given to PHP curl's
// CURLOPT_USERPWD option. Such a call exists to put the credential on the
// request, so a literal counts as much as a variable (the labels'
// convention: a stand-in the person ran was sent). A function's
// definition (def basic_auth(user, password):), a second argument that is
// empty or null, and a name quoted as a printed member's key are none.
// Linear in the line.
func passwordCallCredential(t string) (Field, bool) {
	for i := 0; i < len(t); {
		if !isWordByte(t[i]) {
			i++
			continue
		}
		st := i
		for i < len(t) && isWordByte(t[i]) {
			i++
		}
		name := t[st:i]
		if st > 0 && strings.IndexByte("\"'`", t[st-1]) >= 0 && !arrowAfter(t, i) {
			continue // a printed member's key ("auth": …); PHP's and Ruby's 'auth' => […] is code's option
		}
		if strings.EqualFold(name, "CURLOPT_USERPWD") {
			k := i
			for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
				k++
			}
			switch {
			case k < len(t) && t[k] == ',':
				k++
			case k+1 < len(t) && t[k] == '=' && t[k+1] == '>':
				k += 2
			default:
				continue
			}
			v := strings.TrimSpace(t[k:])
			if e := strings.IndexAny(v, ");]"); e >= 0 {
				v = strings.TrimSpace(v[:e])
			}
			if given(v) {
				return Field{Name: "CURLOPT_USERPWD", Value: argValue(v)}, true
			}
			continue
		}
		if !secret.PasswordCall(name) || definition(t[:st]) {
			continue
		}
		at, arrow := i, arrowAfter(t, i)
		if arrow {
			at++ // past the key's closing quote
		}
		open := optionOpen(t, at)
		if open < 0 && !arrow && secret.BareBasicAuthCall(t, i, name) {
			open = i // Ruby's call without parentheses: req.basic_auth "u", "p"
		}
		if open < 0 || arrow && t[open] != '[' {
			continue // a quoted key's hash ({"auth"=>{"email"=>…}}, Rails' parameters) is printed data
		}
		// two or three arguments (a user, a password, options or a
		// domain): a longer list is another signature that merely shares
		// the name (a factory's auth(region, project, user, …))
		args := topArgs(t, open+1, 4)
		if (len(args) == 2 || len(args) == 3) && given(args[1]) {
			return Field{Name: "password", Value: argValue(args[1]), variable: variableRef(args[1])}, true
		}
	}
	return Field{}, false
}

// arrowAfter reports whether the name ending at t[i] is a quoted key that
// "=>" follows (spaces allowed): an option of PHP's arrays and Ruby's
// hashes ('auth' => ['u', 'p'], Guzzle's request options), the code that
// configures the client, where a JSON member's "auth": is printed data.
func arrowAfter(t string, i int) bool {
	if i >= len(t) || strings.IndexByte("\"'`", t[i]) < 0 {
		return false
	}
	k := i + 1
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	return strings.HasPrefix(t[k:], "=>")
}

// definition reports whether the text before a name ends with a keyword
// that defines a function (definitionWords), or with a member's dot
// preceded by such a keyword's line (def self.basic_auth(…)).
func definition(before string) bool {
	b := strings.TrimRight(before, " \t")
	b = strings.TrimSuffix(b, "self.")
	k := len(b)
	for k > 0 && isWordByte(b[k-1]) {
		k--
	}
	return k < len(b) && definitionWords.Has(ascii.Lower(b[k:]))
}

// optionOpen returns where the argument list of a call or an option named
// just before t[i] opens: a "(" right after the name, or, after ":", "=>"
// or "=" (spaces allowed), a "(", "{" or "["; -1 when none does.
func optionOpen(t string, i int) int {
	if i < len(t) && t[i] == '(' {
		return i
	}
	k := i
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	switch {
	case k+1 < len(t) && t[k] == '=' && t[k+1] == '>':
		k += 2
	case k < len(t) && t[k] == ':' && (k+1 >= len(t) || t[k+1] != ':'):
		k++
	case k < len(t) && t[k] == '=' && (k+1 >= len(t) || t[k+1] != '='):
		k++
	default:
		return -1
	}
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	if k < len(t) && (t[k] == '(' || t[k] == '{' || t[k] == '[') {
		return k
	}
	return -1
}

// topArgs splits the argument list starting at t[i] (after its opener) at
// its top-level commas, up to its closing bracket or the line's end, and
// returns at most n trimmed arguments; quoted commas and nested brackets
// stay inside their argument.
func topArgs(t string, i, n int) []string {
	var out []string
	for len(out) < n {
		e, open := topLevelEnd(t, i, ",")
		arg := strings.TrimSpace(t[i:e])
		if e >= len(t) {
			if !open && arg != "" {
				out = append(out, arg) // the line ends inside the list
			}
			return out
		}
		out = append(out, arg)
		if t[e] != ',' {
			return out // the list's closing bracket
		}
		i = e + 1
	}
	return out
}

// topLevelEnd returns where code at t[i:] reaches, outside quotes and the
// brackets it opens, one of the bytes of stops or a closing bracket it did
// not open (len(t) when neither comes), and whether a quote is still open
// at the line's end. Linear in t.
func topLevelEnd(t string, i int, stops string) (int, bool) {
	depth := 0
	for ; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			if i = quotedEnd(t, i); i == len(t) {
				return len(t), true
			}
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return i, false
			}
			depth--
		case depth == 0 && strings.IndexByte(stops, c) >= 0:
			return i, false
		}
	}
	return len(t), false
}

// quotedEnd returns the index of the quote that closes the string the
// quote at t[i] opens (a backslash escapes the byte after it), or len(t)
// when the line ends first.
func quotedEnd(t string, i int) int {
	q := t[i]
	for i++; i < len(t); i++ {
		if t[i] == '\\' {
			i++
		} else if t[i] == q {
			return i
		}
	}
	return len(t)
}

// given reports whether a call's argument gives a value: not empty, not an
// empty string, not a null (None, nil, null, undefined).
func given(v string) bool {
	if v == "" {
		return false
	}
	u, quoted := unquoteAny(v)
	return strings.TrimSpace(u) != "" && (quoted || !notValues.Has(strings.ToLower(v)))
}

// authWords are what the name of a call that sets a request's
// authentication contains, lower case (req_auth_basic, authenticate,
// login, WithClientCredentials, sign_in), or that of a client's
// constructor or connection, whose credential arguments are what it sends
// (FritzConnection(password=pw), ApiClient(api_key=key), connect(…)), or
// of the Configuration an OpenAPI-generated client is built from
// (new Configuration({ apiKey: key }), Configuration(access_token=t)).
var authWords = []string{"auth", "login", "credential", "signin", "sign_in", "client", "connect", "configuration"}

// authCall reports whether the call whose argument list opens at the end
// of before sets authentication: its name (the identifier, or the last of
// a dotted path, just before the parenthesis) holds one of authWords.
// Reads at most 64 bytes back.
func authCall(before string) bool {
	k := len(before)
	for k > 0 && len(before)-k < 64 && (isWordByte(before[k-1]) || before[k-1] == '.') {
		k--
	}
	name := ascii.Lower(before[k:])
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	for _, w := range authWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// maxOpenCalls bounds the calls authCallsAfter keeps open across lines.
const maxOpenCalls = 8

// authCallsAfter returns the calls still open at the end of line t, given
// those open before it (open, innermost last; each true when its call
// sets authentication: authCall): a "(" opens one, a ")" closes the
// innermost, parentheses inside quotes count for nothing. A line that
// leaves more than maxOpenCalls open, or none, or opens one and does not
// end with an opening bracket, returns nil. Linear in the line.
func authCallsAfter(t string, open []bool) []bool {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	if !strings.ContainsAny(t, "()") {
		return open
	}
	calls := append([]bool(nil), open...)
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = quotedEnd(t, i)
		case c == '(':
			calls = append(calls, authCall(t[:i]))
		case c == ')' && len(calls) > 0:
			calls = calls[:len(calls)-1]
		}
	}
	if len(calls) == 0 || len(calls) > maxOpenCalls {
		return nil
	}
	if len(calls) > len(open) {
		// a call opened here stays open past the line only as code
		// writes one over several lines: the line ends with its opener
		// ("client = ApiClient(", "octokit.authenticate({"); a sentence's
		// "(" left open is no call
		if e := strings.TrimRight(t, " \t\r"); e == "" || strings.IndexByte("({[", e[len(e)-1]) < 0 {
			return nil
		}
	}
	return calls
}

// anyAuthCall reports whether one of the open calls sets authentication.
func anyAuthCall(open []bool) bool {
	for _, a := range open {
		if a {
			return true
		}
	}
	return false
}

// variableRef reports whether an unquoted value is a variable of the code
// (usr, cfg.password, password!, $TOKEN), not a literal: it starts with a
// letter, "_" or "$" and holds only word bytes, dots and Swift's "!".
func variableRef(v string) bool {
	if v == "" || !(isAlpha(v[0]) || v[0] == '_' || v[0] == '$') {
		return false
	}
	for i := 1; i < len(v); i++ {
		if c := v[i]; !isWordByte(c) && c != '.' && c != '!' {
			return false
		}
	}
	return true
}

// nameBefore returns the identifier that ends just before an operator at
// t[op] (spaces allowed between), the last of a dotted path
// (config.qiniu_access_key → qiniu_access_key), and where it starts; ""
// when a quote or anything else ends there.
func nameBefore(t string, op int) (string, int) {
	j := op
	for j > 0 && (t[j-1] == ' ' || t[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && (isWordByte(t[k-1]) || t[k-1] == '-') {
		k--
	}
	if k == j || k > 0 && (t[k-1] == '"' || t[k-1] == '\'' || t[k-1] == '`') {
		return "", 0
	}
	start := k
	if k > 0 && t[k-1] == ':' && (k < 2 || t[k-2] != ':') {
		start = k - 1 // Ruby's :symbol => …
	}
	return t[k:j], start
}

// memberStart reports whether what precedes a name followed by a colon
// makes it a member or a key (the line's indentation, "{", "(", ",", a
// list's "- ") rather than words of a sentence.
func memberStart(before string) bool {
	b := strings.TrimRight(before, " \t")
	if b == "" || b == "-" {
		return true
	}
	switch b[len(b)-1] {
	case '{', '(', ',':
		return true
	}
	return false
}

// valueAfter reads the value after an operator: a quoted string (its
// inside, quoted true), or the unquoted run up to a space, a comma, a
// semicolon or a closing bracket.
func valueAfter(s string) (string, bool) {
	s = strings.TrimLeft(s, " \t")
	if s == "" {
		return "", false
	}
	if k := pyStringPrefix(s); k > 0 {
		s = s[k:] // Python's f"…", r'…', b"…": the string after its prefix
	}
	if q := s[0]; q == '"' || q == '\'' || q == '`' {
		if e := strings.IndexByte(s[1:], q); e >= 0 {
			return s[1 : 1+e], true
		}
		return "", false
	}
	e := strings.IndexAny(s, " \t,;)}")
	if e < 0 {
		e = len(s)
	}
	return s[:e], false
}

// envCommand reports whether t is a shell command that hands a program
// its environment: "docker run -e NAME=… image" (podman, nerdctl; -e or
// --env), "env NAME=… tool", "export NAME=…", or "NAME=… ./tool" (one or
// more upper-case assignments, then the program), after a "$ " prompt or
// sudo. Its NAME=value pairs are the command's settings, not a logfmt
// record's keys, however many there are (LOG_LEVEL=debug holds "level=").
// Linear in the line.
func envCommand(t string) bool {
	ws := strings.Fields(strings.TrimPrefix(strings.TrimSpace(t[:min(len(t), maxScan)]), "$ "))
	if len(ws) > 0 && ws[0] == "sudo" {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return false
	}
	assign := func(w string) bool {
		name, _, ok := strings.Cut(w, "=")
		return ok && envName(name)
	}
	switch ws[0] {
	case "docker", "podman", "nerdctl":
		for i, w := range ws[1:] {
			if (w == "-e" || w == "--env") && i+2 < len(ws) && assign(ws[i+2]) || strings.HasPrefix(w, "--env=") && assign(w[len("--env="):]) {
				return true
			}
		}
		return false
	case "env", "export":
		return assign(ws[1])
	}
	i := 0
	for i < len(ws) && assign(ws[i]) {
		i++
	}
	// the program after the assignments: a name or a path, no quote or "="
	// (a logfmt record's words are all key=value, or a quoted message's)
	return i > 0 && i < len(ws) && (isAlpha(ws[i][0]) || ws[i][0] == '.' || ws[i][0] == '/') && !strings.ContainsAny(ws[i], "=\"'")
}

// envName reports whether name is written as an environment variable:
// upper case, digits and underscores.
func envName(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return name != ""
}

// argValue is an argument's value: the inside of a quoted string, or the
// argument as written.
func argValue(v string) string {
	u, _ := unquoteAny(v)
	return u
}

// namesItself reports whether a value is the credential's own name written
// where the value goes ("token: token", "password: PASSWORD", "api_key:
// API_KEY", "auth_token: {{ auth_token }}"): a template's or the docs'
// stand-in, or a variable of that name.
func namesItself(name, v string) bool {
	norm := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if c := s[i]; isAlpha(c) || isDigit(c) {
				b.WriteByte(c | 0x20)
			}
		}
		return b.String()
	}
	nv := norm(v)
	return nv != "" && strings.Contains(norm(name), nv)
}

// netrcCredential finds a password written in a .netrc file, the one
// curl (-n), git, pip, Bazel, Heroku's CLI and ftp read the credentials
// for a host from: "machine git.example.org login ana password …" on one
// line, or a line "password …" under the entry's "machine …" or "login …"
// line (above). The client that reads the file sends the pair as Basic
// credentials to that host, so a literal counts as much as a stand-in.
func netrcCredential(t, above string) (Field, bool) {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 8 {
		return Field{}, false
	}
	entry := ws[0] == "machine" || ws[0] == "default"
	if !entry {
		a := strings.Fields(above)
		if len(ws) != 2 || ws[0] != "password" || len(a) < 2 || a[0] != "login" && a[0] != "machine" {
			return Field{}, false
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "password" {
			return Field{Name: "password in .netrc", Value: ws[i+1]}, true
		}
	}
	return Field{}, false
}

// xmlEntryCredential finds the password of a client's server entry written
// in XML: a <password> element on the line after its <username> element
// (Maven's settings.xml <server>, whose pair the client sends the
// repository of that id as Basic credentials). As in a .netrc, a literal
// counts as much as a stand-in: the file is the client's own.
func xmlEntryCredential(t, above string) (Field, bool) {
	v, ok := xmlElementText(strings.TrimSpace(t), "password")
	if !ok || strings.TrimSpace(v) == "" {
		return Field{}, false
	}
	if _, ok := xmlElementText(strings.TrimSpace(above), "username"); !ok {
		return Field{}, false
	}
	return Field{Name: "password in a <username>/<password> entry", Value: v}, true
}

// xmlElementText returns the text of the element named name (in any case)
// that is the whole of t ("<password>…</password>").
func xmlElementText(t, name string) (string, bool) {
	n := len(name)
	if len(t) < 2*n+5 || t[0] != '<' || t[n+1] != '>' || !strings.EqualFold(t[1:n+1], name) ||
		t[len(t)-n-3:len(t)-n-1] != "</" || !strings.EqualFold(t[len(t)-n-1:len(t)-1], name) || t[len(t)-1] != '>' {
		return "", false
	}
	v := t[n+2 : len(t)-n-3]
	return v, !strings.ContainsAny(v, "<>")
}

// postmanAuthParams are the names under which a Postman collection's
// "auth" object lists the credential it sends ({"key": "token", "value":
// "…"} under "bearer", "password" under "basic", "accessToken" under
// "oauth2"), lower case.
var postmanAuthParams = wordlist.Set{"token", "password", "accesstoken"}

// nameValueEntry reads, at lines[i], a credential written as a name/value
// object, the way HAR, Postman and Insomnia exports (and the fragments of
// them people paste) list headers and auth parameters: {"name":
// "authorization", "value": "Bearer …"} ("key" for "name" in Postman's),
// on one line or as its name line then its value line. A credential
// header (IsCredentialHeader) is returned as the header, header true; an
// auth parameter of a Postman collection (postmanAuthParams: {"key":
// "token", "value": "{{token}}"}) as what the client was given. It also
// returns the index of the last line read. {"key": "color", "value":
// "red"} and an empty value are none.
func nameValueEntry(lines []string, i int) (f Field, header bool, last int, ok bool) {
	t := lines[i]
	at := strings.Index(t, `"key"`)
	key := "key"
	if at < 0 {
		at, key = strings.Index(t, `"name"`), "name"
	}
	if at < 0 || !strings.HasSuffix(strings.TrimRight(t[:at], " \t"), "{") && strings.TrimSpace(t[:at]) != "" {
		return Field{}, false, i, false
	}
	name, ok := stringMemberValue(t[at:], key)
	if !ok {
		return Field{}, false, i, false
	}
	postman := key == "key" && postmanAuthParams.Has(strings.ToLower(name))
	if header = !postman && IsCredentialHeader(strings.ToLower(name)); !header && !postman {
		return Field{}, false, i, false
	}
	last = i
	v, ok := stringMemberValue(t[at:], "value")
	if !ok && i+1 < len(lines) {
		if next := strings.TrimSpace(lines[i+1]); strings.HasPrefix(next, `"value"`) {
			v, ok = stringMemberValue(next, "value")
			last = i + 1
		}
	}
	if !ok || strings.TrimSpace(v) == "" {
		return Field{}, false, i, false
	}
	return Field{Name: name, Value: v, variable: !header && secret.Placeholder(v)}, header, last, true
}

// stringMemberValue returns the string a JSON member named key holds in t
// ("key": "…"), its escapes left as written, and whether t has one.
func stringMemberValue(t, key string) (string, bool) {
	at := strings.Index(t, `"`+key+`"`)
	if at < 0 {
		return "", false
	}
	k := skipBlank(t, at+len(key)+2)
	if k >= len(t) || t[k] != ':' {
		return "", false
	}
	k = skipBlank(t, k+1)
	if k >= len(t) || t[k] != '"' {
		return "", false
	}
	e := unescapedIndex(t[k+1:], '"')
	if e < 0 {
		return "", false
	}
	return t[k+1 : k+1+e], true
}

// maxNetrcEntries bounds the .netrc entries netrcEntries keeps.
const maxNetrcEntries = 64

// netrcShown is a .netrc entry's password shown in a paste, under the
// machine it is for ("default" for the default entry).
type netrcShown struct {
	machine string
	f       Field
}

// netrcEntries returns, in line order, the .netrc passwords the lines show
// (in either layout netrcCredential reads) with their machines, at most
// maxNetrcEntries of them. One pass over the lines.
func netrcEntries(lines []string) []netrcShown {
	var out []netrcShown
	machine, above := "", ""
	for i := 0; i < len(lines) && len(out) < maxNetrcEntries; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if ws := strings.Fields(t); ws[0] == "default" {
			machine = "default"
		} else if ws[0] == "machine" && len(ws) > 1 {
			machine = ws[1]
		}
		if f, ok := netrcCredential(t, above); ok {
			f.Pos = Pos{Line: i + 1}
			out = append(out, netrcShown{machine, f})
		}
		above = t
	}
	return out
}

// netrcEntry returns, of the entries shown before line upTo (1-based),
// the password for host: its machine's entry, or else the default entry.
// That pair is what curl -n sends the host.
func netrcEntry(entries []netrcShown, upTo int, host string) (Field, bool) {
	var def Field
	hasDef := false
	for _, e := range entries {
		switch {
		case e.f.Pos.Line >= upTo:
			return def, hasDef
		case strings.EqualFold(e.machine, host):
			return e.f, true
		case e.machine == "default" && !hasDef:
			def, hasDef = e.f, true
		}
	}
	return def, hasDef
}

// pyStringPrefix returns the length of a Python string literal's prefix
// at the start of s (f, r, b, u, or two of them: f"…", rb'…') when a quote
// follows it, or 0.
func pyStringPrefix(s string) int {
	k := 0
	for k < len(s) && k < 2 && strings.IndexByte("fFrRbBuU", s[k]) >= 0 {
		k++
	}
	if k > 0 && k < len(s) && (s[k] == '"' || s[k] == '\'') {
		return k
	}
	return 0
}

// phraseCores are the credential words a stand-in phrase names, lower
// case.
var phraseCores = []string{"token", "secret", "password", "passwd", "pwd", "pass", "key", "credential"}

// standInPhrase reports whether a value is a stand-in a person wrote in
// words where the credential goes, as secret.Placeholder does not read
// them: words of letters joined by '-', '_', '.' or blanks, no digit (a
// generated key has some), opening with "my", "your", "dummy", "fake",
// "example" or "sample", or closing with "placeholder" or "here", and one
// of them naming a credential ("my-consumer-secret",
// "YOUR-SECRETACCESSKEY", "secret-id-placeholder", "api-key-here"); or
// only template fields and the separators between them, the way Python
// builds a pair ("{username}:{password}").
func standInPhrase(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 3 || len(v) > 64 {
		return false
	}
	if templateFields(v) {
		return true
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isAlpha(c) && strings.IndexByte("-_. ", c) < 0 {
			return false
		}
	}
	ws := strings.FieldsFunc(ascii.Lower(v), func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' })
	if len(ws) < 2 {
		return false
	}
	first, last := ws[0], ws[len(ws)-1]
	var named []string
	switch {
	case first == "my" || first == "your" || first == "dummy" || first == "fake" || first == "example" || first == "sample":
		named = ws[1:]
	case last == "placeholder" || last == "here":
		named = ws[:len(ws)-1]
	default:
		return false
	}
	for _, w := range named {
		for _, c := range phraseCores {
			if strings.Contains(w, c) {
				return true
			}
		}
	}
	return false
}

// encodedStandIn reports whether a value is a formula the person wrote
// where the encoded credential goes: an encoding function applied to
// words naming it, as docs and bug reports write a Basic value
// ("base64(clientId:clientSecret)", "btoa(user:password)",
// "base64_encode(<username>:<password>)"). The words have no digit (a
// real pair has some more often than not, and a formula names, it does
// not give).
func encodedStandIn(v string) bool {
	v = strings.TrimSpace(v)
	open := strings.IndexByte(v, '(')
	if open <= 0 || len(v) > 80 || v[len(v)-1] != ')' {
		return false
	}
	switch ascii.Lower(strings.NewReplacer("_", "", "-", "", ".", "").Replace(v[:open])) {
	case "base64", "base64encode", "b64encode", "btoa", "encodebase64", "base64encodestring":
	default:
		return false
	}
	in := ascii.Lower(v[open+1 : len(v)-1])
	for i := 0; i < len(in); i++ {
		if c := in[i]; !isAlpha(c) && strings.IndexByte(":-_. <>{}$", c) < 0 {
			return false
		}
	}
	for _, c := range phraseCores {
		if strings.Contains(in, c) {
			return true
		}
	}
	return false
}

// templateFields reports whether v is made of template fields ("{user}",
// "{password}") and the separators between them (':', '-', blanks) only,
// at least two fields.
func templateFields(v string) bool {
	n := 0
	for i := 0; i < len(v); {
		switch {
		case v[i] == '{':
			e := strings.IndexByte(v[i:], '}')
			if e < 2 || !isCodeName(v[i+1:i+e]) {
				return false
			}
			n++
			i += e + 1
		case strings.IndexByte(":- ", v[i]) >= 0:
			i++
		default:
			return false
		}
	}
	return n >= 2
}

// wssePassword finds, on a line of a SOAP message, the password of a
// WS-Security UsernameToken (<wsse:Password Type="…#PasswordText">…</…>,
// or #PasswordDigest): the request's header carries the user's credential
// there, as HTTP's Authorization field does. The element's namespace
// prefix varies (wsse, o, a service's own); the Type naming the
// UsernameToken profile, or the wsse prefix, makes it WS-Security's. It
// returns the element's text.
func wssePassword(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	i := strings.Index(t, ":Password")
	if i < 0 {
		return Field{}, false
	}
	s := i
	for s > 0 && isWordByte(t[s-1]) {
		s--
	}
	if s == 0 || t[s-1] != '<' || i == s {
		return Field{}, false
	}
	prefix := t[s:i]
	rest := t[i+len(":Password"):]
	if rest == "" || rest[0] != '>' && rest[0] != ' ' {
		return Field{}, false // <wsse:PasswordDigest…>, another element
	}
	gt := strings.IndexByte(rest, '>')
	if gt < 0 {
		return Field{}, false
	}
	if prefix != "wsse" && !strings.Contains(rest[:gt], "#Password") {
		return Field{}, false
	}
	v := rest[gt+1:]
	if e := strings.IndexByte(v, '<'); e >= 0 {
		v = v[:e]
	}
	return Field{Name: "a WS-Security UsernameToken password", Value: strings.TrimSpace(v)}, true
}

// envReaders are how code reads one variable of the program's environment,
// each up to where the variable's name starts: Ruby's ENV['NAME'] and
// ENV.fetch('NAME'), Node's process.env.NAME, Python's os.environ['NAME'],
// os.environ.get('NAME') and os.getenv('NAME'), Java's System.getenv("NAME"),
// .NET's Environment.GetEnvironmentVariable("NAME"), Go's os.Getenv("NAME"),
// PHP's and C's getenv('NAME'), Rust's env::var("NAME").
var envReaders = []string{"ENV[", "ENV.fetch(", "process.env.", "os.environ[", "os.environ.get(", "os.getenv(",
	"System.getenv(", "Environment.GetEnvironmentVariable(", "os.Getenv(", "getenv(", "env::var("}

// envRead reads, at the start of s (blanks skipped), a read of one
// environment variable whose name is written as the shell writes it (upper
// case, digits, '_': envName), and returns the read as written
// ("ENV['QINIU_SECRET_KEY']", "process.env.API_TOKEN"). A name in lower
// case or computed is none. Reads s once.
func envRead(s string) (string, bool) {
	s = strings.TrimLeft(s, " \t")
	for _, r := range envReaders {
		rest, ok := strings.CutPrefix(s, r)
		if !ok {
			continue
		}
		q := byte(0)
		if r[len(r)-1] != '.' {
			if rest == "" || rest[0] != '\'' && rest[0] != '"' {
				return "", false
			}
			q, rest = rest[0], rest[1:]
		}
		n := 0
		for n < len(rest) && (isWordByte(rest[n])) {
			n++
		}
		if n == 0 || !envName(rest[:n]) || q != 0 && (n == len(rest) || rest[n] != q) {
			return "", false
		}
		end := len(r) + n
		if q != 0 {
			end += 2
			if r[len(r)-1] == '[' {
				if end < len(s) && s[end] == ']' {
					end++
				}
			} else if end < len(s) && s[end] == ')' {
				end++
			}
		}
		return s[:end], true
	}
	return "", false
}

// envReadName returns the variable's name in an environment read as
// envRead returns it ("os.Getenv(\"PD_TOKEN\")" → PD_TOKEN).
func envReadName(r string) string {
	k := len(r)
	for k > 0 && !isWordByte(r[k-1]) {
		k--
	}
	e := k
	for k > 0 && isWordByte(r[k-1]) {
		k--
	}
	return r[k:e]
}
