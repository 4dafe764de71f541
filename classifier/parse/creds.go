package parse

import (
	"bytes"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/secret"
)

// CredState says whether a request carried credentials.
type CredState string

const (
	CredUnknown CredState = "unknown" // no request in the paste, a partial one, or a sanitized export
	CredNone    CredState = "none"    // the whole request is shown and carries none
	CredSent    CredState = "sent"
)

// Credentials describes what a request presented to prove who sent it.
type Credentials struct {
	State CredState `json:"state"`
	// Scheme is the Authorization (or Proxy-Authorization) scheme: "Basic", "Bearer".
	Scheme string `json:"scheme,omitempty"`
	// Header is the field that carried the main credential.
	Header string `json:"header,omitempty"`
	// Proxy is set when the credential is Proxy-Authorization only.
	Proxy bool `json:"proxy,omitempty"`
	// Cookies are the names of cookies sent; APIKeys the names of API-key-like headers.
	Cookies []string `json:"cookies,omitempty"`
	APIKeys []string `json:"apiKeys,omitempty"`
	// ClientCert is the subject of a TLS client certificate, when a transcript shows one.
	ClientCert string `json:"clientCert,omitempty"`
	// Carried lists the credentials that travelled outside the headers, each
	// as a short phrase without its value: "password in the form body",
	// "an OAuth password grant", "access_token in the URL query", "password in
	// the URL". When no header carried one, Header is the first of them.
	Carried []string `json:"carried,omitempty"`
	// Grant is the OAuth grant type of a token request that carried
	// credentials (password, client_credentials, refresh_token, ...).
	Grant string `json:"grant,omitempty"`
	// Empty names a credential the request named and sent no value for:
	// an Authorization field with a scheme and nothing after it
	// ("Bearer "), which does not count as a credential; or an
	// Authorization or API-key field, or a credential parameter of the
	// URL query, left empty or holding what a program prints for a
	// variable that was never set (UnsetValue: "Bearer undefined",
	// "?api_key=None"), which went out as the client put it. Either way
	// the client had no credential to send.
	Empty string `json:"empty,omitempty"`
	// Redacted is set when a value is a redaction marker ("REDACTED", "***").
	Redacted bool `json:"redacted,omitempty"`
	Pos      Pos  `json:"pos"`
	// masked lists the Carried credentials whose value the paste shows
	// masked ("access_token in the URL query").
	masked []string
	// variables lists those of masked given to the client as a variable
	// of the code (password=boxpw): the paste names, not shows, the value.
	variables []string
}

// Unset names the credential the request named and sent no value for
// (Empty), when the paste shows the request it went out in: its headers
// (any state but CredUnknown), or the URL it was requested at, for one in
// the URL query. A header a partial reading took from a sentence, its value
// cut away, says nothing of what was sent. "" when none.
func (c Credentials) Unset() string {
	if c.State == CredUnknown && !strings.HasSuffix(c.Empty, inURLQuery) {
		return ""
	}
	return c.Empty
}

// MaskedCarried lists the credentials that travelled outside the headers
// (URL query or userinfo, a form or JSON body) whose value the paste shows
// masked, each as its Carried phrase.
func (c Credentials) MaskedCarried() []string { return c.masked }

// ByVariable reports whether a MaskedCarried credential was given to the
// client as a variable of the code rather than masked by hand.
func (c Credentials) ByVariable(what string) bool {
	for _, w := range c.variables {
		if w == what {
			return true
		}
	}
	return false
}

// IsAPIKeyHeader reports whether a request field name conventionally carries
// a credential: the API-key headers of common products (X-Api-Key,
// Ocp-Apim-Subscription-Key, PRIVATE-TOKEN, X-Auth-Token, ...) and x- names
// made of a credential word. The list lives in one place, the secret finder's
// (secret.IsAPIKeyHeader), so that what counts as sent and what is masked
// never drift apart; of those, a request-forgery token's header
// (X-CSRF-Token, X-XSRF-TOKEN) and Jira's X-Atlassian-Token ("no-check",
// which only switches its XSRF check off) are masked but prove no
// caller's identity, as their cookies do not (plumbingCookies).
func IsAPIKeyHeader(name string) bool {
	if forgeryHeader(name) {
		return false
	}
	return secret.IsAPIKeyHeader(name) || credentialPair(name)
}

// IsCredentialHeader reports whether a request field, by its lower-cased
// name, carries a credential of the caller: Authorization,
// Proxy-Authorization, Cookie or an API-key header (IsAPIKeyHeader, which
// leaves out request-forgery tokens).
func IsCredentialHeader(lname string) bool {
	return secret.IsAuthorizationHeader(lname) || lname == "cookie" || IsAPIKeyHeader(lname)
}

// forgeryHeader reports whether a request field name carries a
// request-forgery token or switches the check off: X-CSRF-Token,
// X-XSRF-TOKEN, X-CSRFToken, X-Atlassian-Token.
func forgeryHeader(name string) bool {
	n := ascii.Lower(name)
	return strings.Contains(n, "csrf") || strings.Contains(n, "xsrf") || n == "x-atlassian-token"
}

// credentialPair reports whether a request field name without the x- prefix
// is two words that name an API credential the way custom headers do:
// "API_TOKEN", "Auth-Token", "App-Key", "Client-Secret", and a product's
// own token or secret header ("1Panel-Token", "Acme-Secret"). A longer name
// (Access-Control-Allow-Credentials), another pair (Token-Type), a key of
// another kind (Idempotency-Key) or a token that proves no caller
// (tokenNotCredential: CSRF-Token, Page-Token) is not. (The secret finder
// masks these values by their name already.)
func credentialPair(name string) bool {
	if len(name) > 24 {
		return false
	}
	// lower-cased into a buffer on the stack: the rules ask this of every
	// request field, many times per exchange, and strings.ToLower made a
	// copy of each name with a capital (issue #14)
	var buf [24]byte
	n := buf[:0]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			n = append(buf[:0], strings.ToLower(name)...)
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		n = append(n, c)
	}
	i := bytes.IndexByte(n, '-')
	if i < 0 {
		i = bytes.IndexByte(n, '_')
	}
	if i <= 0 { // no second word, or no first
		return false
	}
	a, b := n[:i], n[i+1:]
	if bytes.IndexByte(b, '-') >= 0 || bytes.IndexByte(b, '_') >= 0 {
		return productKeyTriple(a, b)
	}
	switch string(a) {
	case "api", "auth", "app", "private", "client", "service", "admin", "master", "secret", "bearer", "personal", "integration", "account":
		switch string(b) {
		case "token", "key", "secret", "apikey":
			return true
		}
		return false
	}
	if string(b) != "token" && string(b) != "secret" || tokenNotCredential.Has(string(a)) {
		return false
	}
	for _, c := range a {
		if !isAlpha(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// productKeyTriple reports whether a lower-cased name split at its first
// separator into a and rest is a product's name before an API credential's
// two words, the way services name their key header after themselves
// ("Zotero-API-Key", "Acme-Api-Token", "Foo-Access-Token"): a, a word of
// letters and digits that is no other token's (tokenNotCredential), rest
// "api" before "key", "token" or "secret", or "access" or "auth" before
// "token" ("Next-Page-Token", "Cache-Key-Id" are none).
func productKeyTriple(a, rest []byte) bool {
	if tokenNotCredential.Has(string(a)) {
		return false
	}
	for _, c := range a {
		if !isAlpha(c) && !isDigit(c) {
			return false
		}
	}
	j := bytes.IndexAny(rest, "-_")
	if j <= 0 || bytes.ContainsAny(rest[j+1:], "-_") {
		return false
	}
	switch string(rest[:j]) {
	case "api":
		switch string(rest[j+1:]) {
		case "key", "token", "secret":
			return true
		}
	case "access", "auth":
		return string(rest[j+1:]) == "token"
	}
	return false
}

// tokenNotCredential are the first words of a two-word "<word>-Token" field
// name whose token proves no caller's identity: request-forgery tokens,
// paging and sync cursors, cancellation, push and device registration
// tokens, a client's cache-busting id, lower case.
var tokenNotCredential = wordlist.Set{"csrf", "xsrf", "page", "next", "continuation", "sync", "cancel", "cancellation",
	"verification", "push", "device", "idempotency", "resume", "state", "nonce", "captcha", "recaptcha", "turnstile",
	"postman"} // Postman-Token: a random id Postman adds to every request so that no cache answers it

// Elided reports whether a credential value shows no secret: shortened
// by hand ("eyJhb...", "TlRMTVNTUAAB...AAAA=="), a redaction marker, or a
// stand-in for the value ("$API_KEY", "${TOKEN}", "<token>", "token",
// "password_here", "INDEXER_PASSWORD"): what the paste shows is not the
// secret.
func Elided(v string) bool {
	if len(v) < minElidedKept {
		return elided(v)
	}
	for i := range elidedMemo {
		if e := elidedMemo[i].Load(); e != nil && e.v == v {
			return e.elided
		}
	}
	r := elided(v)
	elidedMemo[elidedNext.Add(1)%uint32(len(elidedMemo))].Store(&elidedEntry{v: strings.Clone(v), elided: r})
	return r
}

func elided(v string) bool {
	return IsRedacted(v) || strings.Contains(v, "...") || strings.Contains(v, "…") || v != "" && (secret.Placeholder(v) || standInPhrase(v) || bracedStandIn(v) || encodedStandIn(v))
}

// bracedStandIn reports whether a value is a stand-in written inside one
// pair of braces or brackets, the way API docs mark where a value goes
// ("{my-key-without-curly-braces}", "[your-api-token]"); a template's
// double braces are secret.Placeholder's.
func bracedStandIn(v string) bool {
	if len(v) < 5 || !(v[0] == '{' && v[len(v)-1] == '}' || v[0] == '[' && v[len(v)-1] == ']') || v[1] == v[0] {
		return false
	}
	in := v[1 : len(v)-1]
	return secret.Placeholder(in) || standInPhrase(in)
}

// Elided remembers its last few answers for values of minElidedKept bytes
// or more: the rules ask it of the same credential value several times per
// exchange (AT9's checks, the preview of a finding), and the stand-in and
// redaction tests cost some 4,000 instructions a token, 2.5 % of a bulk
// analysis (issue #14). The values kept are copies, so that no kept value
// holds its paste alive.
const minElidedKept = 16

type elidedEntry struct {
	v      string
	elided bool
}

var (
	elidedMemo [4]atomic.Pointer[elidedEntry]
	elidedNext atomic.Uint32
)

// IsRedacted reports whether a credential value is a placeholder left by a
// sanitizer or a person: "REDACTED", "[token redacted]", "***", "<token>", "xxx…",
// a JWT whose signature is "redacted", a printer's elision ("[Array]"), a
// masked head kept with base64's padding after the mask ("Yxxxxxxxxxxx="),
// an id masked group by group ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), a
// stand-in set in Markdown's bold ("**password**").
func IsRedacted(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	switch {
	case hasRedactionWord(v), strings.Contains(v, "***"), strings.HasSuffix(v, "..."), secret.MaskedTail(v), hashedStandIn(v),
		strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">"), strings.HasSuffix(v, "…"),
		strings.Contains(v, "███"), strings.Contains(v, "•••"), strings.Contains(v, "●●●"),
		len(v) > 2 && v[0] == '[' && v[len(v)-1] == ']' && inspectElision(v[1:len(v)-1]),
		strings.HasSuffix(v, "=") && !strings.HasSuffix(v, "===") && secret.MaskedTail(strings.TrimRight(v, "=")),
		len(v) > 4 && strings.HasPrefix(v, "**") && strings.HasSuffix(v, "**") && secret.Placeholder(v[2:len(v)-2]):
		return true
	}
	if len(v) < 3 {
		return false
	}
	if repeatedRuns(v) || typedOverSegment(v) {
		return true
	}
	masks := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case 'x', 'X', '*', '.':
			masks++
		case '-':
			// the groups of an id masked one by one
		default:
			return false
		}
	}
	return masks >= 3
}

// hashedStandIn reports whether a value is the digest a client's debug log
// prints in place of a token ("{SHA1}7b1e0c94…", "{SHA256}9f2c…": OpenStack's
// keystoneauth and the CLIs built on it): a braced algorithm name, then
// its hex digest, no secret.
func hashedStandIn(v string) bool {
	if !strings.HasPrefix(v, "{SHA") {
		return false
	}
	e := strings.IndexByte(v, '}')
	if e < 5 || e > 9 || len(v)-e-1 < 32 || !ascii.AllDigits(strings.TrimPrefix(v[4:e], "-")) {
		return false
	}
	for i := e + 1; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// typedOverSegment reports whether a token made of dot-separated parts (a
// JWT's header, claims and signature) has a part the person typed over:
// one of twelve characters or more made only of repeated runs
// ("XXXXXXXXKKKKKKKKSSSSSSSS") or of 'x' and '*'. The parts left as they
// were do not make it usable again: a JWT whose signature is masked is no
// credential.
func typedOverSegment(v string) bool {
	if strings.Count(v, ".") < 1 || strings.ContainsAny(v, " \t") {
		return false
	}
	for seg := range strings.SplitSeq(v, ".") {
		if len(seg) < 12 {
			continue
		}
		if repeatedRuns(seg) || strings.Trim(seg, "xX*") == "" {
			return true
		}
	}
	return false
}

// repeatedRuns reports whether a value is made only of runs of one
// repeated character each, at least four long, between '.', '-' or '_'
// ("XXXXXXXXKKKKKKKKSSSSSSSS.XXXXXXXX", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"):
// a person typing over a token's shape, no token a service issued. At
// least twelve such characters are needed.
func repeatedRuns(v string) bool {
	n, run := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '.' || c == '-' || c == '_':
			if run > 0 && run < 4 {
				return false
			}
			run = 0
			continue
		case c >= 0x80:
			return false
		case run > 0 && c == v[i-1]:
			run++
		default:
			if run > 0 && run < 4 {
				return false
			}
			run = 1
		}
		n++
	}
	return (run == 0 || run >= 4) && n >= 12
}

// redactionWords are the words sanitizers put in place of a value, lower
// case; each starts with 'r', 'c', '[', '(' or '#' (the fabric8 Kubernetes
// client prints every header it masks as "#MASKED:845#", the value's
// length after the colon).
var redactionWords = []string{"redacted", "censored", "[masked]", "[hidden]", "[filtered]", "[removed]", "[secret]", "[omitted]", "(hidden)", "(removed)", "(masked)", "(filtered)", "(omitted)", "#masked"}

// redactionStarts[c] has bit k set when redactionWords[k] begins with c,
// either case: the words hasRedactionWord tries where v holds c.
var redactionStarts [256]uint64

func init() {
	for k, w := range redactionWords { // at most 64 (TestRedactionStarts)
		redactionStarts[w[0]] |= 1 << k
		if c := w[0]; c >= 'a' && c <= 'z' {
			redactionStarts[c-'a'+'A'] |= 1 << k
		}
	}
}

// hasRedactionWord reports whether v contains one of redactionWords,
// ignoring ASCII case, in one pass over v (IsRedacted runs on every value of
// every header of a bulk HAR, several times, and one pass per word was 6% of
// its analysis); at each byte it tries only the words beginning with it.
func hasRedactionWord(v string) bool {
	for i := 0; i < len(v); i++ {
		for m := redactionStarts[v[i]]; m != 0; m &= m - 1 {
			if hasPrefixASCIIFold(v[i:], redactionWords[bits.TrailingZeros64(m)]) {
				return true
			}
		}
	}
	return false
}

// hasPrefixASCIIFold reports whether s starts with the lower-case ASCII word
// w, ignoring ASCII case.
func hasPrefixASCIIFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// AuthScheme splits an Authorization value into its scheme and the rest.
// A scheme is a word that starts with a letter: a value that starts
// otherwise is a marker standing for the whole value ("[PRIVATE DATA
// HIDDEN]", "<redacted>", "***"), so it has no scheme and is all rest. So
// is a single word that is itself a marker: rclone's dumps print every
// Authorization as "XXXX", other tools as "REDACTED", hiding the scheme
// with the credential; and a single word that is itself a credential (a
// JWT, or a word longer than any scheme's name, sent without "Bearer "):
// naming it as the scheme would print the secret wherever the scheme is
// said.
func AuthScheme(v string) (scheme, rest string) {
	v = strings.TrimSpace(v)
	if v == "" || !isAlpha(v[0]) || !strings.ContainsAny(v, " \t") && (IsRedacted(v) || bareCredential(v)) {
		return "", v
	}
	scheme, rest, _ = strings.Cut(v, " ")
	return scheme, rest
}

// longestScheme is the length of the longest authentication scheme name in
// use ("SharedAccessSignature", Azure's; "AWS4-HMAC-SHA256" is 16).
const longestScheme = 24

// bareCredential reports whether word w, an Authorization value of one
// word, is a credential rather than a scheme's name: a JWT (three
// base64url parts, the first "eyJ"), or longer than any scheme's name.
func bareCredential(w string) bool {
	return len(w) > longestScheme || strings.HasPrefix(w, "eyJ") && strings.Count(w, ".") == 2
}

// Credentials reports what the exchange's request presented.
func (x *Exchange) Credentials() Credentials {
	if x == nil || x.Request == nil {
		return Credentials{State: CredUnknown}
	}
	return x.Request.Credentials()
}

// Credentials reports what the request presented.
func (r *Request) Credentials() Credentials {
	c := Credentials{State: CredNone, Pos: r.Pos}
	if r.ClientCert != "" {
		c.State = CredSent
		c.ClientCert = r.ClientCert
		c.Header = "TLS client certificate"
	}
	for _, f := range r.Fields {
		name := strings.ToLower(f.Name)
		switch {
		case secret.IsAuthorizationHeader(name):
			// Authorization, Proxy-Authorization, and the same value under
			// another name (ThingsBoard's and other APIs' X-Authorization)
			if c.Header != "" && !c.Proxy && c.Header != "TLS client certificate" {
				continue // keep the first Authorization
			}
			scheme, rest := AuthScheme(f.Value)
			if strings.TrimSpace(rest) == "" && !f.variable && (strings.EqualFold(scheme, "bearer") || strings.EqualFold(scheme, "basic") || strings.EqualFold(scheme, "token")) {
				// "Authorization: Bearer " with nothing after it: a header
				// a client always adds, carrying no credential
				c.Empty = f.Name
				continue
			}
			if !f.variable && (UnsetValue(rest) || UnsetValue(f.Value)) {
				c.Empty = f.Name // "Bearer undefined": the token was never set
			}
			c.State = CredSent
			c.Scheme = scheme
			c.Header = f.Name
			c.Proxy = strings.HasPrefix(name, "proxy")
			c.Pos = f.Pos
			if IsRedacted(rest) || IsRedacted(f.Value) || f.variable {
				c.Redacted = true
			}
		case name == "cookie":
			cred := false
			for _, part := range strings.Split(f.Value, ";") {
				n, v, eq := strings.Cut(strings.TrimSpace(part), "=")
				if n == "" || !eq && cookieSetting(n) {
					continue // an error page's "Cookie: enabled": the browser's setting, no cookie
				}
				c.Cookies = append(c.Cookies, n)
				if IsRedacted(v) {
					c.Redacted = true
				}
				cred = cred || !plumbingCookie(n)
			}
			if cred && c.State != CredSent {
				c.State = CredSent
				c.Header = f.Name
				c.Pos = f.Pos
			}
		case IsAPIKeyHeader(name):
			c.APIKeys = append(c.APIKeys, f.Name)
			if !f.variable && (strings.TrimSpace(f.Value) == "" || UnsetValue(f.Value)) && c.Empty == "" {
				c.Empty = f.Name
			}
			if IsRedacted(f.Value) || f.variable {
				c.Redacted = true
			}
			if c.State != CredSent {
				c.State = CredSent
				c.Header = f.Name
				c.Pos = f.Pos
			}
		}
	}
	carried(r, &c)
	if c.State == CredNone && (r.Sanitized || (r.Partial || len(r.Fields) == 0 || r.Method == "") && !r.CredsListed) {
		c.State = CredUnknown
	}
	return c
}

// unsetValues are what programs print for a variable that holds nothing:
// JavaScript's undefined and null, Python's None, Go's and Ruby's nil (Go's
// fmt prints a nil pointer as <nil>). A credential whose value is one of
// them was never set in the client that sent it: a front end whose token
// had not loaded ("Authorization: Bearer undefined"), a script reading an
// environment variable that was not exported ("?api_key=None").
var unsetValues = wordlist.Set{"undefined", "null", "none", "nil", "<nil>"}

// UnsetValue reports whether v, quotes aside, is one of unsetValues.
func UnsetValue(v string) bool {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	return len(v) <= 9 && v != "" && unsetValues.Has(ascii.Lower(v))
}

// configuredElided reports whether a credential given to the client shows
// no usable value: for an Authorization value with its scheme
// (setAuthorization("Bearer xxxx")), the part after the scheme; for
// another, the whole value.
func configuredElided(f Field) bool {
	if secret.IsAuthorizationHeader(ascii.Lower(f.Name)) {
		if scheme, rest := AuthScheme(f.Value); strings.TrimSpace(rest) != "" && authSchemes.Has(ascii.Lower(scheme)) {
			return Elided(strings.TrimSpace(rest))
		}
	}
	return Elided(f.Value)
}

// oauthGrants are the grant types whose token request itself carries a
// credential (with the parameter that carries it, "" when the grant is one).
var oauthGrants = wordlist.Map[string]{
	{K: "password", V: "password"}, {K: "client_credentials", V: ""}, {K: "refresh_token", V: "refresh_token"},
	{K: "authorization_code", V: "client_secret"}, {K: "urn:ietf:params:oauth:grant-type:jwt-bearer", V: "assertion"},
	{K: "urn:ietf:params:oauth:grant-type:token-exchange", V: "subject_token"}, {K: "urn:ietf:params:oauth:grant-type:saml2-bearer", V: "assertion"},
}

// carried adds the credentials that travelled in the URL or the body.
func carried(r *Request, c *Credentials) {
	var addAt func(what string, redacted bool, pos Pos)
	add := func(what string, redacted bool) {
		addAt(what, redacted, r.Pos)
	}
	addAt = func(what string, redacted bool, pos Pos) {
		for _, w := range c.Carried {
			if w == what {
				return
			}
		}
		c.Carried = append(c.Carried, what)
		if redacted {
			c.Redacted = true
			c.masked = append(c.masked, what)
		}
		if c.State != CredSent {
			c.State = CredSent
			c.Header = what
			c.Pos = pos
		}
	}
	inURL := false
	for _, f := range r.Configured {
		what := f.Name + " given to the client"
		if strings.IndexByte(f.Name, ' ') >= 0 { // a phrase: passwordInURL, passwordPrompted, namedInProse
			if c.State != CredSent && (r.Fields.Has("Host") || r.Fields.Has("User-Agent") || len(r.Fields) > 0 && strings.HasSuffix(f.Name, namedInProse)) {
				// the transcript shows the header block the request went
				// out with, and the client did not turn the URL's
				// userinfo, the password typed or the header named
				// into Authorization (git's first leg); a sentence
				// naming a header the request's fields shown lack is
				// about another request
				continue
			}
			what, inURL = f.Name, inURL || f.Name == passwordInURL
		} else if envName(f.Name) && c.State != CredSent && (r.Fields.Has("Host") || r.Fields.Has("User-Agent")) {
			// an environment variable the program was started with
			// (docker run -e JWT_TOKEN=…, NAME=… ./tool): the header
			// block it sent is shown and carries none of it, so the
			// program did not put it in this request
			continue
		}
		what += " (line " + strconv.Itoa(f.Pos.Line) + ")"
		if f.variable && !Elided(f.Value) && !slices.Contains(c.Carried, what) {
			c.variables = append(c.variables, what)
		}
		addAt(what, configuredElided(f) || f.variable, f.Pos)
		if f.Name == passwordInProxyURL && c.Header == what {
			c.Proxy = true // the proxy's credential, the only one seen so far
		}
	}
	u := r.URL
	if u == "" {
		u = r.Target
	}
	if pass, ok := urlPassword(u); ok && !inURL {
		add(passwordInURL, Elided(pass))
	}
	if what, v, ok := pathCredential(r.Fields.Get("Host"), u); ok && !r.Configured.Has(what) {
		add(what, Elided(v))
	}
	if q := strings.IndexByte(u, '?'); q >= 0 && !carriesNoCaller(strings.SplitN(u[q+1:], "#", 2)[0]) {
		for _, kv := range strings.Split(strings.SplitN(u[q+1:], "#", 2)[0], "&") {
			if k, v, ok := queryCredential(kv); ok {
				add(k+inURLQuery, Elided(v))
				if UnsetValue(v) && c.Empty == "" {
					c.Empty = k + inURLQuery
				}
			} else if k, v, _ := strings.Cut(kv, "="); (v == "" || UnsetValue(v)) && c.Empty == "" && credentialName(k) {
				// "?username=&token=": the client built the URL from a
				// credential it did not have
				c.Empty = k + inURLQuery
			}
		}
	}
	body := strings.TrimSpace(r.Body.Text)
	if body == "" || len(body) > 1<<20 {
		return
	}
	where := "the request body"
	switch {
	case strings.HasPrefix(body, "{"):
		where = "the JSON body"
	case strings.Contains(body, "=") && !strings.ContainsAny(body[:min(len(body), 200)], "\n<"):
		where = "the form body"
	}
	grant := bodyParam(body, "grant_type")
	if grant != "" {
		if need, ok := oauthGrants.Lookup(grant); ok {
			if need == "" || bodyParam(body, need) != "" || bodyParam(body, "client_secret") != "" || bodyParam(body, "client_assertion") != "" {
				c.Grant = grant
				add("an OAuth "+strings.TrimPrefix(grant, "urn:ietf:params:oauth:grant-type:")+" grant", false)
			}
		}
	}
	for _, s := range secret.Scan(body) {
		if grant == "authorization_code" && (s.Label == "code" || s.Label == "code_verifier") {
			// the code (and its PKCE verifier) a public client redeems is
			// a one-time grant, not a credential of the client: only a
			// client secret or assertion beside it is (oauthGrants)
			continue
		}
		add(s.Label+" in "+where, false)
	}
	if v := shortPassword(body); v != "" {
		// a login form's short names ("name=ana&pass=…", "user=ana&pwd=…"):
		// the secret finder wants a random value under them, a login body
		// sends whatever password it holds
		add("password in "+where, IsRedacted(v) || secret.Placeholder(v))
	}
	for _, k := range []string{"password", "client_secret", "refresh_token", "access_token", "token", "api_key"} {
		switch v := bodyParam(body, k); {
		case v == "":
		case IsRedacted(v):
			add(k+" in "+where, true)
		case secret.Placeholder(v):
			// a stand-in the person wrote for the value
			// ("password='password'", "token=$TOKEN"): the field went
			// out, whatever it held, and the paste does not show it
			add(k+" in "+where, true)
		}
	}
}

// loginUserNames are the names a login form gives its user field.
var loginUserNames = []string{"user", "username", "name", "login", "email", "usr", "uname"}

// shortPassword returns the value of a login body's password field written
// under a short name (pass, pw: the secret finder takes pwd and passwd
// whatever they hold) when a user field stands beside
// it, or "": a body sending a user and a password is a login, whatever the
// password looks like.
func shortPassword(body string) string {
	for _, k := range []string{"pass", "pw"} {
		v := bodyParam(body, k)
		if v == "" {
			continue
		}
		for _, u := range loginUserNames {
			if bodyParam(body, u) != "" {
				return v
			}
		}
	}
	return ""
}

// inURLQuery ends the phrase for a credential carried as a parameter of a
// URL's query ("access_token in the URL query").
const inURLQuery = " in the URL query"

// queryCredential reports whether one name=value parameter of a URL's
// query carries a credential: a name that holds one with a value that is
// no stand-in (secret.FieldIsCredential), or a credential's name with a
// masked value ("key=xxxx", "token=***") or a stand-in the person wrote
// where the value was ("token=TOKEN", "api_key=$API_KEY",
// "key=YOUR_API_KEY", "key=<key>"): the parameter went out, whatever it
// held.
func queryCredential(kv string) (name, value string, ok bool) {
	k, v, _ := strings.Cut(kv, "=")
	if _, ok := secret.FieldIsCredential(k, v); ok || v != "" && (IsRedacted(v) || secret.Placeholder(v)) && credentialName(k) {
		return k, v, true
	}
	return "", "", false
}

// passwordInURL is the phrase for a password written in a URL's userinfo
// (scheme://user:password@host).
const passwordInURL = "password in the URL"

// passwordInProxyURL is the phrase for a password written in the userinfo
// of a proxy's URL (HTTPS_PROXY=http://user:password@proxy:8080, --proxy
// …): the client sends it to the proxy, as Proxy-Authorization, not to the
// site.
const passwordInProxyURL = "password in the proxy URL"

// proxyNamedBefore reports whether the text before a URL on a line names a
// proxy as what the URL is: the variable, option or key it is the value of
// (HTTPS_PROXY=, --proxy , "proxy": ", proxy = ).
func proxyNamedBefore(before string) bool {
	before = strings.TrimRight(before, " \t\"'=:")
	if k := strings.LastIndexAny(before, " \t\"'(,{"); k >= 0 {
		before = before[k+1:]
	}
	return strings.Contains(ascii.Lower(before), "proxy")
}

// urlPassword returns the password of a URL's userinfo
// (scheme://user:password@host/…), and whether it has one.
func urlPassword(u string) (string, bool) {
	i := strings.Index(u, "://")
	if i < 0 {
		return "", false
	}
	host := u[i+3:]
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	at := strings.LastIndexByte(host, '@')
	if at < 0 {
		return "", false
	}
	_, pass, ok := strings.Cut(host[:at], ":")
	return pass, ok && pass != ""
}

// passwordPrompted is the phrase for a password a command-line client
// asked for at its prompt.
const passwordPrompted = "the password typed at the client's prompt"

// passwordPrompt reports whether a line is a command-line client's prompt
// for the password it then sends: "Password:", "Password>", git's
// "Password for 'https://ana@git.example.org':", curl's "Enter host
// password for user 'ana':", "Please enter a password for "ana" account:".
// A prompt of sudo ("[sudo] password for ana:") or ssh ("ana@host's
// password:") is no HTTP client's, and a lower-case "password:" is a
// configuration's key.
func passwordPrompt(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 9 || len(t) > 120 || t[0] == 'p' {
		return false
	}
	lt := ascii.Lower(t)
	end := lt[len(lt)-1]
	if end != ':' && end != '>' || strings.Contains(lt, "[sudo]") || strings.Contains(lt, "'s password") {
		return false
	}
	lt = strings.TrimSpace(lt[:len(lt)-1])
	for _, w := range []string{"please ", "enter ", "your ", "a ", "host "} {
		lt = strings.TrimPrefix(lt, w)
	}
	rest, ok := strings.CutPrefix(lt, "password")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, " account")
	return rest == "" || strings.HasPrefix(rest, " for ") && !strings.Contains(rest, ". ") && !strings.Contains(rest, "? ")
}

// emptyUserPrompt reports whether a line is a client's prompt for the user
// name with nothing typed after it ("Username:", "Login: "): a name typed
// there is echoed, so the person gave none, and the password prompt after
// it was answered with nothing either (Composer asking again and again).
func emptyUserPrompt(t string) bool {
	lt := ascii.Lower(strings.TrimSpace(t))
	switch lt {
	case "username:", "user:", "login:", "user name:", "email:", "username>", "email>", "login>":
		return true
	}
	return false
}

// lineURLCredential finds, anywhere on a line of prose, a log or a tool's
// output, an http(s) URL whose userinfo holds a password, or else a URL or
// path whose query carries a credential (lineQueryCredential)
// ("opening http://admin:pw@localhost:5984/_all_dbs", a logger's
// "configuration from 'https://svc:s3cret@config.example/app.xml'", pip's
// "Looking in indexes: https://ci:****@pkgs.example/simple"): the client
// given that URL sends the pair as Basic credentials. Other schemes
// (a database's connection string) are not HTTP. Linear in the line: each
// URL's host part ends at the next "/", so no byte is read twice.
func lineURLCredential(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	for from := 0; from < len(t); {
		k := strings.Index(t[from:], "://")
		if k < 0 {
			break
		}
		k += from
		from = k + 3
		s := k
		for s > 0 && isAlpha(t[s-1]) {
			s--
		}
		if scheme := strings.ToLower(t[s:k]); scheme != "http" && scheme != "https" {
			continue
		}
		e := hostEnd(t, from)
		if pass, ok := urlPassword(t[s:e]); ok {
			if proxyNamedBefore(t[:s]) {
				return Field{Name: passwordInProxyURL, Value: pass}, true
			}
			return Field{Name: passwordInURL, Value: pass}, true
		}
		// a webhook's or a bot API's secret in the path ("[url]
		// https://hooks.slack.com/services/T…/B…/…", "POST
		// https://api.telegram.org/bot…/sendMessage"): in a sentence only
		// a masked one, as for a query (lineQueryCredential)
		ue := e
		for ue < len(t) && strings.IndexByte(urlEnds, t[ue]) < 0 {
			ue++
		}
		if what, v, ok := pathCredential("", t[s:ue]); ok && (Elided(v) || !startsProse(strings.TrimSpace(t)) || len(strings.Fields(t)) <= 5) {
			return Field{Name: what, Value: v}, true
		}
		from = e
	}
	return lineQueryCredential(t)
}

// hostEnd returns where the host part of a URL written on a line ends,
// from its start at t[from]: at the first of "/?#", a blank, a quote or a
// bracket, read past the stand-ins in angle brackets the userinfo may hold
// (secret.PastAngleStandIn).
func hostEnd(t string, from int) int {
	e := from
	for e < len(t) {
		if t[e] == '<' {
			if n := secret.PastAngleStandIn(t, e); n > e {
				e = n
				continue
			}
		}
		if strings.IndexByte("/?# \t\"'`<>)]", t[e]) >= 0 {
			break
		}
		e++
	}
	return e
}

// urlEnds are the bytes that end a URL or a path written on a line.
const urlEnds = " \t\"'`<>()[]{},;|"

// lineQueryCredential finds, anywhere on a line of prose, a log or a tool's
// output, a URL or a path whose query carries a credential
// (queryCredential): "url: localhost:9030/user?access_token=0d5c…", a
// router's "dispatcher : /passthrough?api_key=q7tw…", "calling
// /api/posts?key=xxxx". The client sends the query with the request. The
// text before the "?" must be a path (a "/" in it, no "=" before it) so
// that a key=value log record is none; a parameter glued on with "&" where
// the "?" belongs still went out in the path. In a sentence only a masked
// value counts ("I call /api/posts?key=xxxx"): a URL quoted with its token
// in prose may be a link or an example the person shares, while one whose
// token they hid is the one they called (as configuredCredential asks of
// code). Each byte is read a bounded number of times: a URL ends at the
// first of urlEnds.
func lineQueryCredential(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	words := -1
	for from := 0; from < len(t); {
		k := strings.IndexByte(t[from:], '/')
		if k < 0 {
			break
		}
		k += from
		s := k
		for s > 0 && strings.IndexByte(urlEnds, t[s-1]) < 0 {
			s--
		}
		e := k
		for e < len(t) {
			if t[e] == '<' && t[e-1] == '=' {
				if n := secret.PastAngleStandIn(t, e); n > e {
					e = n // a parameter's stand-in: "?apikey=<key>&page=2"
					continue
				}
			}
			if strings.IndexByte(urlEnds, t[e]) >= 0 {
				break
			}
			e++
		}
		from = e + 1
		u := t[s:e]
		q := strings.IndexAny(u, "?&")
		keyed := false
		if eq := strings.IndexByte(u, '='); q > 0 && eq > 0 && s+eq+1 == k && eq < q && !linkKeys.Has(ascii.Lower(u[:eq])) {
			// a record's key whose value is the path it called
			// (PathAndQuery=/Authenticate?login=*****&password=*****,
			// uri=/v1/x?token=xxxx): counted only masked, as in a
			// sentence (a record's key=value with its value shown stays
			// none)
			s, u, q, keyed = k, u[eq+1:], q-eq-1, true
		}
		if q < 0 || q < k-s || strings.IndexByte(u[:q], '=') >= 0 || s > 0 && strings.IndexByte("\"'=>", t[s-1]) >= 0 && t[s-1] != '=' || s > 0 && t[s-1] == '=' && k != s {
			continue // no query, a record's key=value, or a document's link (a body's "href=…", "next": "…")
		}
		query := strings.SplitN(u[q+1:], "#", 2)[0]
		if carriesNoCaller(query) {
			continue
		}
		for _, kv := range strings.Split(query, "&") {
			name, v, ok := queryCredential(kv)
			if !ok || sessionName(name) {
				continue
			}
			if words < 0 {
				words = len(strings.Fields(t)) // once per line: linear
			}
			if keyed && !Elided(v) || !Elided(v) && startsProse(strings.TrimSpace(t)) && words > 5 {
				continue // a sentence, five words beside the URL
			}
			return Field{Name: name + inURLQuery, Value: v}, true
		}
	}
	return Field{}, false
}

// linkKeys are the names under which a key=value text holds a link a
// document offers rather than the path a request called (href=/x?…),
// lower case.
var linkKeys = wordlist.Set{"href", "src", "action", "link", "next", "prev", "return", "returnurl", "return_to", "redirect", "redirect_uri", "continue"}

// carriesNoCaller reports whether a URL's query, read on a line, is one
// whose secret proves no caller's identity: a presigned URL's signature
// (X-Amz-…, X-Goog-…, AWSAccessKeyId with Signature: a capability whoever
// holds the URL uses), or an
// OAuth authorization response (code beside state: a one-time grant the
// browser was redirected with).
func carriesNoCaller(query string) bool {
	lq := ascii.Lower(query)
	if strings.Contains(lq, "x-amz-") || strings.Contains(lq, "x-goog-") || queryHas(lq, "awsaccesskeyid") && queryHas(lq, "signature") {
		return true // SigV4 and Google's, or S3's older SigV2 form (AWSAccessKeyId, Expires, Signature)
	}
	return queryHas(lq, "code") && queryHas(lq, "state")
}

// queryHas reports whether a lower-case query has a parameter named name.
func queryHas(lq, name string) bool {
	return strings.HasPrefix(lq, name+"=") || strings.Contains(lq, "&"+name+"=")
}

// sessionName reports whether a query parameter's name is a session id's:
// in a URL on a line it is a tracking or fingerprinting id (a signed-in
// session travels in its cookie).
func sessionName(name string) bool {
	return strings.Contains(ascii.Lower(name), "session")
}

// proseLineCredentials reads, from the lines of prose, code and logs
// pasted beside a body with no request of its own, what the request
// carried or its client was given: an Authorization field named in a
// sentence (proseCredential) into fields, a credential given in code or
// configuration (configuredCredential) or a password in a URL
// (lineURLCredential) into configured. A line saying the request went out
// unauthenticated (saysSentBare) drops the credentials given.
func proseLineCredentials(ls []line) (fields, configured Fields) {
	bare := false
	above := ""
	// advice is set while the lines read since the last sentence are the
	// block a reply's advice introduced ("you need to add this header:"
	// and a fenced Authorization line): what it shows was suggested, not
	// sent
	advice := false
	var open []bool // calls opened on lines above and not yet closed
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		prev := above
		above = t
		in := open
		if open = authCallsAfter(t, open); t == "" {
			open = nil
		}
		if wordsLine(t) {
			// a sentence ending in a colon that advises opens the
			// block; the next sentence ends it
			advice = adviceLead(t)
		}
		if advice {
			continue
		}
		if f, ok := proseCredential(t); ok {
			if !fields.Has(f.Name) {
				f.Pos = Pos{Line: l.n}
				fields = append(fields, f)
			}
			continue
		}
		f, ok := configuredCredentialIn(t, in)
		if !ok {
			f, ok = lineURLCredential(t)
		}
		if !ok {
			f, ok = proseHeaderMention(t)
		}
		if !ok {
			f, ok = loggedAuthUse(t, false)
		}
		if !ok {
			f, ok = netrcCredential(t, prev)
		}
		if !ok {
			f, ok = sdkCredentialFailed(t)
		}
		if !ok {
			f, ok = echoedKey(t)
		}
		if ok {
			f.Pos = Pos{Line: l.n}
			configured = append(configured, f)
		}
		bare = bare || saysSentBare(ascii.Lower(t))
	}
	if bare {
		configured = nil
	}
	return fields, configured
}

// wordsLine reports whether a trimmed line reads as words of prose, its
// stop or colon at the end or none (sentenceLine wants a stop): four
// words or more, not a header line ("Name: value") nor code.
func wordsLine(t string) bool {
	if strings.Count(t, " ") < 3 || strings.ContainsAny(t[:1], "{}[]<>()`\"'$#/=") {
		return false
	}
	if name, _, ok := strings.Cut(t, ":"); ok && isHeaderName(name, true) {
		return false
	}
	return !strings.ContainsAny(t, ";{}=")
}

// bareRequestWords are what a client's log says of a request it sent
// without credentials ("Attempting unauthenticated request for https://…",
// "Request for https://… is unauthenticated"), lower case.
var bareRequestWords = []string{"unauthenticated request", "is unauthenticated", "anonymous request"}

// saysSentBare reports whether a lower-case line says the request went out
// without credentials: whatever the client was given, it did not send.
func saysSentBare(lt string) bool {
	for _, w := range bareRequestWords {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// credentialName reports whether a field name names a credential.
func credentialName(k string) bool {
	_, ok := secret.FieldIsCredential(k, "x-dummy-value-0123456789")
	return ok
}

// bodyParam returns the value of a form field or a top-level-looking JSON
// string member named name, or "".
func bodyParam(body, name string) string {
	for from := 0; from < len(body); {
		k := strings.Index(body[from:], name)
		if k < 0 {
			return ""
		}
		k += from
		from = k + len(name)
		if k > 0 && (isWordByte(body[k-1])) {
			continue
		}
		rest := body[from:]
		switch {
		case strings.HasPrefix(rest, "="):
			v := rest[1:]
			if e := strings.IndexAny(v, "&\r\n "); e >= 0 {
				v = v[:e]
			}
			return strings.ReplaceAll(v, "%3A", ":")
		case strings.HasPrefix(rest, "\""):
			r := strings.TrimLeft(rest[1:], " \t\r\n")
			if !strings.HasPrefix(r, ":") {
				continue
			}
			r = strings.TrimLeft(r[1:], " \t\r\n")
			if !strings.HasPrefix(r, "\"") {
				continue
			}
			if e := strings.IndexByte(r[1:], '"'); e >= 0 {
				return r[1 : 1+e]
			}
		}
	}
	return ""
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// cookieSetting reports whether a Cookie field's value, with no "=" in it,
// is a word for whether the browser accepts cookies ("Cookie: enabled" in
// AD FS's and other sign-in pages' error details), not a cookie.
func cookieSetting(v string) bool {
	switch ascii.Lower(v) {
	case "enabled", "disabled", "on", "off", "true", "false", "yes", "no", "supported", "blocked":
		return true
	}
	return false
}

// plumbingCookies are cookies a load balancer, CDN, bot filter or analytics
// script sets in every browser, logged in or not: sending them proves no
// identity (AWS ALB stickiness, Azure ARR affinity, F5 persistence,
// Cloudflare's bot-management, load-balancer and legacy __cfduid cookies,
// Google Analytics).
var plumbingCookies = map[string]bool{
	"awsalb": true, "awsalbcors": true, "awselb": true, "awselbcors": true, "awsalbtg": true, "awsalbtgcors": true,
	"arraffinity": true, "arraffinitysamesite": true, "applicationgatewayaffinity": true, "applicationgatewayaffinitycors": true,
	"__cf_bm": true, "_cfuvid": true, "__cfruid": true, "__cfduid": true, "__cflb": true, "_ga": true, "_gid": true, "_gat": true, "_gcl_au": true, "_fbp": true,
	"routeid": true, "serverid": true, "route": true, "optanonconsent": true, "optanonalertboxclosed": true,
	"cookieconsent_status": true, "lang": true, "locale": true, "theme": true,
	// analytics and consent scripts' ids (Segment, Hotjar, Clarity, HubSpot,
	// Bing, Stripe.js fraud signals, Application Insights, Datadog RUM, the
	// IAB consent string), a bot challenge's clearance, and CSRF tokens'
	// cookies: none says who is signed in
	"ajs_anonymous_id": true, "ajs_user_id": true, "_hjid": true, "_clck": true, "_clsk": true, "hubspotutk": true,
	"__hstc": true, "__hssc": true, "__hssrc": true, "_uetsid": true, "_uetvid": true, "__stripe_mid": true, "__stripe_sid": true,
	"ai_user": true, "ai_session": true, "_dd_s": true, "euconsent-v2": true, "cookieconsent": true, "cf_clearance": true,
	"csrftoken": true, "xsrf-token": true, "csrf_token": true, "_csrf": true, "csrf": true,
}

// plumbingCookie reports whether a cookie name is one of plumbingCookies or
// of their families (BIGipServer<pool>, _ga_<id>, incap_ses_<n>, TS<hex>,
// Mixpanel's mp_<token>_mixpanel).
func plumbingCookie(n string) bool {
	l := strings.ToLower(n)
	if plumbingCookies[l] {
		return true
	}
	for _, p := range []string{"bigipserver", "_ga_", "incap_ses_", "visid_incap_", "nlbi_", "_hjsession", "intercom-id-"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.HasSuffix(l, "_mixpanel") // mp_<project token>_mixpanel
}
