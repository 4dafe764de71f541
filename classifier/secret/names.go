package secret

import (
	"strings"
	"sync"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// hclass says how a header-like name carries a credential.
type hclass int

const (
	hNone      hclass = iota
	hAuth             // "Scheme credentials": the part after the scheme
	hCookie           // name=value pairs: every value
	hSetCookie        // the first name=value pair's value
	hKey              // the whole value
)

// apiKeyHeaders are header names (lower case) of common products whose
// value is a credential, beyond what the name rules below catch.
var apiKeyHeaders = map[string]bool{
	"x-api-key": true, "api-key": true, "apikey": true, "x-apikey": true, "x-auth-token": true,
	"x-access-token": true, "private-token": true, "x-goog-api-key": true,
	"ocp-apim-subscription-key": true, "x-amz-security-token": true, "x-vault-token": true,
	"x-registry-auth": true, "x-jfrog-art-api": true, "x-functions-key": true, "x-session-token": true,
	"x-csrf-token": true, "x-xsrf-token": true, "x-auth-key": true, "x-shopify-access-token": true,
	"x-hasura-admin-secret": true, "x-algolia-api-key": true, "x-rapidapi-key": true, "x-api-token": true,
	"dd-api-key": true, "dd-application-key": true, "x-gitlab-token": true, "x-postmark-server-token": true,
	"x-tableau-auth": true, "x-nomad-token": true, "x-consul-token": true, "x-honeycomb-team": true,
	"x-sentry-auth": true, "x-emby-token": true, "x-plex-token": true, "x-figma-token": true,
	"x-goog-iam-authorization-token": true, "x-ms-token-aad-id-token": true, "x-ms-token-aad-access-token": true,
	"x-vtex-api-apptoken": true, "x-ibm-client-secret": true, "x-client-secret": true, "x-auth": true,
	"x-authorization": true, "x-token": true, "token": true, "access-token": true, "x-refresh-token": true,
	"x-id-token": true, "x-amzn-oidc-accesstoken": true, "x-amzn-oidc-data": true, "x-forwarded-access-token": true,
	"x-auth-request-access-token": true, "x-pagerduty-token": true, "x-octopus-apikey": true, "x-sonar-token": true,
	"x-jfrog-art-apikey": true, "x-okapi-token": true, "x-user-token": true, "x-app-token": true,
	"x-parse-rest-api-key": true, "x-parse-master-key": true, "x-firebase-appcheck": true, "apim-subscription-key": true,
}

// names remembers the classes of the names seen, up to a bound: the rules
// and the reader ask about every header of every exchange, and a paste
// repeats a few names (the x- ones cost a fieldClass each).
var names struct {
	sync.Mutex
	m map[string]nameClass
}

// maxNamesKept bounds names.m; names over maxNameKept bytes are not kept.
const (
	maxNamesKept = 4096
	maxNameKept  = 64
)

// classOf is headerClass and fieldClass of name, remembered.
func classOf(name string) nameClass {
	if len(name) > maxNameKept {
		return classifyName(name)
	}
	names.Lock()
	c, ok := names.m[name]
	names.Unlock()
	if ok {
		return c
	}
	c = classifyName(name)
	names.Lock()
	if names.m == nil {
		names.m = map[string]nameClass{}
	}
	if len(names.m) < maxNamesKept {
		names.m[strings.Clone(name)] = c // not a slice of the paste, which the map would keep alive
	}
	names.Unlock()
	return c
}

func classifyName(name string) nameClass {
	f, k := fieldClassOf(name)
	return nameClass{h: headerClassOf(name), f: f, k: k}
}

// headerClass classifies a header-like name (any case, with - or _).
func headerClass(name string) hclass { return classOf(name).h }

// fieldClass classifies a field name from JSON, a form, a query, a
// configuration file or a command-line option, and says what it holds
// (fieldClassOf, remembered).
func fieldClass(name string) (fclass, Kind) {
	c := classOf(name)
	return c.f, c.k
}

func headerClassOf(name string) hclass {
	n := strings.ToLower(name)
	switch n {
	case "authorization", "proxy-authorization", "authentication", "x-authorization", "proxy_authorization", "http_authorization":
		return hAuth
	case "cookie", "cookies", "http_cookie":
		return hCookie
	case "set-cookie", "set-cookie2":
		return hSetCookie
	}
	if apiKeyHeaders[n] {
		return hKey
	}
	if signatureHeader(n) {
		return hKey
	}
	if strings.HasPrefix(n, "x-") || strings.HasPrefix(n, "x_") {
		if c, _ := fieldClass(n[2:]); c == fStrong || productAuthorization(n) {
			return hKey
		}
	}
	if n == "bearer" {
		return hKey // the scheme written as the header's name ("Bearer: <token>")
	}
	return hNone
}

// productAuthorization reports whether n, a lower-case x- name, is a
// product's own Authorization field: its last word is "authorization"
// (X-Tyk-Authorization, a gateway's admin secret; X-Goog-Authorization;
// X-Forwarded-Authorization). Its whole value is the credential.
func productAuthorization(n string) bool {
	return len(n) > len("x--authorization") && (strings.HasSuffix(n, "-authorization") || strings.HasSuffix(n, "_authorization"))
}

// signatureHeader reports whether n, a lower-case name, is a header carrying
// a request's or a webhook's signature: X-Hub-Signature-256,
// Stripe-Signature, X-Slack-Signature, X-Shopify-Hmac-Sha256. Its whole
// value is masked ("t=…,v1=…", "sha256=…"). (A signing algorithm's name,
// AWS4-HMAC-SHA256, is none.)
func signatureHeader(n string) bool {
	if strings.IndexByte(n, '-') < 0 {
		return false
	}
	t := strings.TrimRight(n, "0123456789")
	t = strings.TrimSuffix(t, "-")
	return strings.HasSuffix(t, "-signature") || strings.HasPrefix(n, "x-") && strings.Contains(n, "-hmac")
}

// fclass says how sure a field name is to hold a credential.
type fclass int

const (
	fNone   fclass = iota
	fStrong        // any real value is a credential: password, client_secret, access_token
	fWeak          // only a high-entropy value is: key, auth, code, signature
)

// strongParts are pieces of a normalised name (lower case, - _ . removed)
// that make it a credential's name.
var strongParts = []string{
	"password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
	"authkey", "subscriptionkey", "sessionid", "sessid", "credential", "keydata", "signingkey",
	"masterkey", "adminkey", "servicekey", "licensekey", "encryptionkey", "webhookurl", "connectionstring",
	"pwd", "authtoken", "bearer", "jsessionid", "phpsessid", "aspsessionid", "sid", "passcode",
	// the password in the languages people name fields in
	"passwort", "kennwort", "wachtwoord", "senha", "contrasena", "contraseña", "motdepasse", "haslo", "hasło",
	"sifre", "şifre", "пароль", "密码", "密碼", "パスワード", "비밀번호",
}

// passwordParts are the strongParts that name a password (the others name
// tokens, keys and sessions).
var passwordParts = wordlist.Set{"pwd", "passwort", "kennwort", "wachtwoord", "senha",
	"contrasena", "contraseña", "motdepasse", "haslo", "hasło", "sifre", "şifre",
	"пароль", "密码", "密碼", "パスワード", "비밀번호"}

// strongNames are exact normalised names that always hold a credential
// although an ending says otherwise: an S3 error's SignatureProvided (the
// request's signature, copied back), CloudFront's Key-Pair-Id (the signing
// key's id, as an AWS access key id is).
var strongNames = wordlist.Map[Kind]{{K: "signatureprovided", V: Token}, {K: "keypairid", V: APIKey}, {K: "cloudfrontkeypairid", V: APIKey},
	// OAuth 1's verifier and PKCE's code verifier (each redeems a token
	// once), Supabase's e-mail OTP hash (token_hash, a magic link's
	// credential), Yarn's npmAuthIdent ("user:password")
	{K: "oauthverifier", V: Token}, {K: "codeverifier", V: Token}, {K: "tokenhash", V: Token}, {K: "npmauthident", V: Password},
	// an access key's id in a signed URL's query, as AKIA… is: Alibaba
	// OSS's, and S3's SigV2 query
	{K: "ossaccesskeyid", V: APIKey}, {K: "awsaccesskeyid", V: APIKey},
	// a SAML assertion's XML signature and encrypted assertion (with them
	// a pasted assertion can be replayed), a SAML artifact
	{K: "signaturevalue", V: Token}, {K: "ciphervalue", V: Token}, {K: "samlart", V: Token}}

// notCredentialEnds are name endings that name something about a credential
// rather than the credential: token_type, token_url, password_policy.
var notCredentialEnds = []string{
	"type", "types", "scope", "scopes", "url", "uri", "endpoint", "expires", "expiry", "expiresin", "expiresat",
	"expiration", "ttl", "hint", "method", "methods", "format", "length", "policy", "header", "headers", "name",
	"names", "id", "ids", "file", "path", "env", "count", "required", "enabled", "reset", "changed", "created",
	"updated", "age", "lifetime", "version", "kind", "status", "error", "location", "prefix", "field", "param",
	"hash", "algorithm", "alg", "rotation", "strength", "validation", "issuer", "audience", "claims", "usage",
	"mode", "provider", "source", "label", "description", "text", "policies", "roles", "groups", "capabilities",
}

// weakNames are exact normalised names whose high-entropy value is a credential.
var weakNames = map[string]bool{
	"key": true, "auth": true, "code": true, "sig": true, "signature": true, "xamzsignature": true,
	"xgoogsignature": true, "hmac": true, "otp": true, "pin": true, "nonce": false, "state": false,
	"authorizationcode": true, "ticket": true, "session": true, "sessionkey": true, "cred": true, "creds": true,
	"pass": true, "pw": true, "apiauth": true, "license": true, "dsn": true, "sas": true, "sv": false,
	"xamzcredential": true, "samlresponse": true, "samlrequest": false, "assertion": true, "clientassertion": true,
	"authcode": true, "devicecode": true, "usercode": true, "mfacode": true,
	// the signed-request parameters of the APIs that sign each call with an
	// app secret (sign=<MD5 or HMAC hex>, Baidu's and Qiniu's ak=<access
	// key>), and a JWT passed by its own name
	"sign": true, "ak": true, "jwt": true,
}

// nonceNames are exact normalised names whose value is a per-request
// nonce or identifier a client makes up, never a credential, although the
// name says key or token: Postman's cache-buster (Postman-Token, a fresh
// UUID per send), the WebSocket handshake's nonce (Sec-WebSocket-Key,
// RFC 6455 §4.1) and an idempotency key (IETF httpapi's Idempotency-Key).
var nonceNames = wordlist.Set{
	"postmantoken", "secwebsocketkey", "idempotencykey", "xidempotencykey",
}

// normName lower-cases name and drops - _ . and spaces.
func normName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == '-' || c == '_' || c == '.' || c == ' ':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fieldClassOf is fieldClass, computed.
func fieldClassOf(name string) (fclass, Kind) {
	if len(name) > 64 || codeFile(name) {
		return fNone, ""
	}
	n := normName(name)
	if n == "" || nonceNames.Has(n) {
		return fNone, ""
	}
	if k, ok := strongNames.Lookup(n); ok {
		return fStrong, k
	}
	if weakNames[n] {
		if n == "pass" || n == "pw" || n == "pin" {
			return fWeak, Password // a form's or a config's short name for the password
		}
		return fWeak, Token
	}
	for _, e := range notCredentialEnds {
		if strings.HasSuffix(n, e) && n != "sessionid" && n != "jsessionid" && n != "phpsessid" && n != "sid" {
			if !(e == "id" && (strings.HasSuffix(n, "sessid") || strings.HasSuffix(n, "sessionid"))) {
				return fNone, ""
			}
		}
	}
	for _, p := range strongParts {
		if !strings.Contains(n, p) {
			continue
		}
		if p == "sid" && n != "sid" && !strings.HasSuffix(n, "sid") {
			continue
		}
		if p == "pwd" && n != "pwd" && !strings.HasSuffix(n, "pwd") {
			continue
		}
		k := Token
		switch {
		case strings.Contains(n, "pass") || passwordParts.Has(p):
			k = Password
		case strings.Contains(n, "privatekey") || strings.Contains(n, "keydata"):
			k = PrivateKey
		case strings.Contains(n, "apikey") || strings.Contains(n, "accesskey") || strings.Contains(n, "subscriptionkey"):
			k = APIKey
		case strings.Contains(n, "sess") || n == "sid":
			k = Cookie
		}
		return fStrong, k
	}
	if len(name) > 5 && strings.HasSuffix(n, "pass") && strings.IndexByte("._-", name[len(name)-5]) >= 0 && strings.EqualFold(name[len(name)-4:], "pass") {
		// a configuration's short name for a password: smtp.pass, DB_PASS
		return fStrong, Password
	}
	if len(name) > 3 && strings.HasSuffix(n, "pw") && strings.IndexByte("._-", name[len(name)-3]) >= 0 && strings.EqualFold(name[len(name)-2:], "pw") {
		// PHP's PHP_AUTH_PW, a configuration's DB_PW
		return fStrong, Password
	}
	if strings.HasSuffix(n, "key") && len(n) > 3 && !strings.HasSuffix(n, "publickey") && !strings.HasSuffix(n, "monkey") {
		return fWeak, APIKey
	}
	return fNone, ""
}

// codeFiles are extensions of source files, which stack frames name with a
// line and column ("token-verifier.js:296:20").
var codeFiles = []string{".js", ".mjs", ".cjs", ".ts", ".py", ".go", ".rb", ".java", ".kt", ".cs", ".php", ".rs", ".swift", ".dart", ".ex", ".exs"}

// codeFile reports whether name is a source file's name: a frame's place,
// not a credential's name.
func codeFile(name string) bool {
	for _, e := range codeFiles {
		if strings.HasSuffix(name, e) && len(name) > len(e) {
			return true
		}
	}
	return false
}

// weakCredential reports whether v, the value of a field whose name is a
// weak credential name (fWeak), is one: a high-entropy value, except under
// "code" a value shaped like words without digits ("AuthorizationFailed",
// "PERMISSION_DENIED", "invalid_grant"), which is an error code, not an
// OAuth authorization code. (Under "pass" or "pw" a password of words stays
// a credential.)
func weakCredential(name, v string) bool {
	if !HighEntropy(v) || fileName(v) || urlValue(strings.TrimRight(v, ",;")) {
		// (a URL or path under a name ending in "key" is an address:
		// NSErrorFailingURLKey=https://…; credentials inside a URL are
		// found by the URL's own reading)
		return false
	}
	// Words without a digit are no random value: an error code under
	// "code" ("AuthorizationFailed", "AccessDenied;"), a word of prose
	// under "auth" ("bad auth : Authentication failed"). Under the short
	// names of a password ("pass", "pw", "pin") they stay one.
	if w := strings.TrimRight(v, ",;."); !wordish(w) && !constCase(w) {
		return true
	}
	switch normName(name) {
	case "pass", "pw", "pin":
		return true
	}
	return false
}

// constCase reports whether v is an UPPER_SNAKE_CASE constant with at least
// one word of three letters ("ERR_NON_2XX_3XX_RESPONSE", "E_HTTP_401"): an
// error code, which no random code or key is written as.
func constCase(v string) bool {
	if !strings.Contains(v, "_") {
		return false
	}
	word := false
	for _, part := range strings.Split(v, "_") {
		letters := 0
		for i := 0; i < len(part); i++ {
			c := part[i]
			switch {
			case c >= 'A' && c <= 'Z':
				letters++
			case c >= '0' && c <= '9':
			default:
				return false
			}
		}
		word = word || letters == len(part) && letters >= 3
	}
	return word
}

// fileExts are file name extensions of the objects and artifacts a client
// names by a "key" (an S3 object key, an upload's name).
var fileExts = wordlist.Set{"gz", "tgz", "tar", "zip", "json", "csv", "txt",
	"png", "jpg", "jpeg", "gif", "pdf", "yaml", "yml", "xml", "html",
	"js", "log", "bin", "whl", "jar", "parquet", "mp4", "svg", "md"}

// fileName reports whether v is a path to a file ("builds/1.4.2/app.tar.gz"):
// segments joined by '/', the last one ending in a known extension.
func fileName(v string) bool {
	k := strings.LastIndexByte(v, '/')
	if k < 0 {
		return false
	}
	last := v[k+1:]
	d := strings.LastIndexByte(last, '.')
	return d > 0 && fileExts.Has(strings.ToLower(last[d+1:]))
}

// wordish reports whether v is words joined in CamelCase, snake_case,
// kebab-case or UPPER_CASE, with no digit.
func wordish(v string) bool {
	if len(v) < 2 {
		return false
	}
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		upper, lower := 0, 0
		for i := 0; i < len(part); i++ {
			c := part[i]
			switch {
			case c >= 'a' && c <= 'z':
				lower++
			case c >= 'A' && c <= 'Z':
				// a capital starts a word: the one before it ended with a
				// lower-case letter, or it is the first
				if i > 0 && !(part[i-1] >= 'a' && part[i-1] <= 'z') && lower > 0 {
					return false
				}
				upper++
			default:
				return false
			}
		}
		if upper > 0 && lower > 0 {
			// CamelCase: every capital followed by at least two lower-case
			// letters, or one of the short words error codes are made of
			// (ForbiddenByFirewall, NotOnAccessList, LoggedInElsewhere)
			for i := 0; i < len(part); i++ {
				if part[i] >= 'A' && part[i] <= 'Z' && (i+2 >= len(part) || !(part[i+1] >= 'a' && part[i+1] <= 'z') || !(part[i+2] >= 'a' && part[i+2] <= 'z')) &&
					!(i > 0 && i+2 < len(part) && shortCodeWords.Has(part[i:i+2]) && part[i+2] >= 'A' && part[i+2] <= 'Z') {
					return false
				}
			}
			if !(part[0] >= 'A' && part[0] <= 'Z') && !(part[0] >= 'a' && part[0] <= 'z') {
				return false
			}
		}
	}
	return true
}

// shortCodeWords are the two-letter words inside CamelCase error codes.
var shortCodeWords = wordlist.Set{"By", "On", "To", "Of", "In", "Is", "No",
	"Or", "At", "As", "Up"}

// FieldIsCredential reports whether a field named name holding value is a
// credential (for the reader's "credentials were sent").
func FieldIsCredential(name, value string) (Kind, bool) {
	c, k := fieldClass(name)
	switch c {
	case fStrong:
		return k, !Placeholder(value)
	case fWeak:
		return k, !Placeholder(value) && weakCredential(name, value)
	}
	return "", false
}

// HeaderIsCredential reports whether a header field of this name carries a
// credential (Authorization, Cookie, API-key headers of common products).
func HeaderIsCredential(name string) bool { return headerClass(name) != hNone }

// IsAuthorizationHeader reports whether name is Authorization or a field
// that carries its value under another name (X-Authorization,
// Proxy-Authorization, a CGI environment's HTTP_AUTHORIZATION): a scheme
// and its credential.
func IsAuthorizationHeader(name string) bool { return headerClass(name) == hAuth }

// IsAPIKeyHeader reports whether name is an API-key-like header: one whose
// whole value is a credential (not Authorization or Cookie).
func IsAPIKeyHeader(name string) bool { return headerClass(name) == hKey }

// CredentialName reports whether a field named name holds a credential
// whatever its value looks like (password, client_secret, access_token,
// secretKey), as against a name whose value is one only when it looks
// random (key, code, auth).
func CredentialName(name string) bool {
	c, _ := fieldClass(name)
	return c == fStrong
}
