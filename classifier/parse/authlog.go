package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// saidByLog ends the phrase for a credential a client's own log says it
// sends ("a bearer token, as the client's log says").
const saidByLog = ", as the client's log says"

// authKinds are the words of a client's log naming the way it
// authenticates the request, lower case, each with the phrase for what it
// sends; the first that the words after "using" hold wins.
var authKinds = []struct{ word, what string }{
	{"bearer", "a bearer token"}, {"password", "a user name and password"}, {"basic", "a user name and password"},
	{"api key", "an API key"}, {"apikey", "an API key"}, {"token", "a token"},
	{"v4", "a request signature"}, {"hmac", "a request signature"}, {"signature", "a request signature"},
	{"oauth", "an OAuth token"}, {"ntlm", "NTLM credentials"}, {"negotiate", "Kerberos credentials"},
	{"kerberos", "Kerberos credentials"}, {"digest", "Digest credentials"},
}

// noAuthWords, in the words naming the way a request is authenticated,
// say it carries nothing, lower case.
var noAuthWords = []string{"anonymous", "no ", "none", "unsigned", "without", "not ", "skip"}

// loggedAuthUse finds the line a client's debug log writes about the
// credential it puts on the request it is sending: npm's "npm verb request
// using bearer token for auth", uv's "DEBUG Using username/password basic
// auth", botocore's "… - DEBUG - Calculating signature using v4 auth.",
// knife's "DEBUG: Signing the request as node-7f3a91c2". The line is a log
// record (a level word before the phrase) and the phrase is "using" then
// a way to authenticate and "auth" or "authentication" within a few
// words, or "signing the request as"; "using anonymous auth", "no auth"
// or "not using token auth" carries nothing. A person's sentence ("we use basic auth") names a
// set-up, not this request, and is no such line. It returns the phrase
// for what was sent, its value empty: the log names no secret. rec says
// the reader already knows the line for a log record whose prefix (the
// level with it) it took off.
func loggedAuthUse(t string, rec bool) (Field, bool) {
	if len(t) > 300 {
		return Field{}, false
	}
	rest := ascii.Lower(t)
	if f, ok := storedCredentialsUsed(t, rest); ok {
		return f, true
	}
	if !rec {
		level := logLevelAt(rest)
		if level < 0 {
			return Field{}, false
		}
		rest = rest[level:]
	}
	if strings.Contains(rest, "signing the request as ") {
		return Field{Name: "a request signature" + saidByLog}, true
	}
	if i := strings.Index(rest, "found credentials for "); i >= 0 && !strings.HasSuffix(strings.TrimSpace(rest[:i]), "no") {
		// containers/image (skopeo, podman, buildah, CRI-O): "Found
		// credentials for reg.example/team/app in credential helper
		// containers-auth.json in file /run/containers/0/auth.json": the
		// client logs in to that registry with them
		return Field{Name: "stored registry credentials" + saidByLog}, true
	}
	i := strings.Index(rest, "using ")
	if i < 0 {
		return Field{}, false
	}
	if before := strings.TrimSpace(rest[:i]); strings.HasSuffix(before, "not") || strings.HasSuffix(before, "n't") || strings.HasSuffix(before, "stop") || strings.HasSuffix(before, "without") {
		return Field{}, false // "not using token auth"
	}
	way := rest[i+len("using "):]
	e := strings.Index(way, " auth")
	if e < 0 || e > 40 {
		return Field{}, false
	}
	if after := way[e+len(" auth"):]; after != "" && !strings.HasPrefix(after, "entication") && strings.IndexByte(" .,:;)", after[0]) < 0 {
		return Field{}, false // "auth" begins another word ("authority", "authorize")
	}
	way = way[:e+1]
	for _, w := range noAuthWords {
		if strings.Contains(way, w) {
			return Field{}, false
		}
	}
	for _, k := range authKinds {
		if strings.Contains(way, k.word) {
			return Field{Name: k.what + saidByLog}, true
		}
	}
	return Field{}, false
}

// storedCredentialsUsed finds the line a client writes when it takes the
// credentials for its request from a store of its own: NuGet's "Using
// credentials from config. UserName: ********" (nuget.exe, dotnet nuget at
// -Verbosity detailed), pip's "Found credentials in netrc for
// pypi.example.net", botocore's "Found credentials in shared credentials
// file: ~/.aws/credentials". The tool writes it as the line's first words
// (or after a log level), capitalised; a person's sentence about a set-up
// ("we are using credentials from the vault") is none. The user name the
// line names masked ("UserName: ********") is the value, so that the
// masking is seen; t is the line, lt the same in lower case.
func storedCredentialsUsed(t, lt string) (Field, bool) {
	at := -1
	for _, p := range []string{"Using credentials from ", "Found credentials in "} {
		if strings.HasPrefix(t, p) {
			at = 0
			break
		}
		if i := strings.Index(t, p); i > 0 {
			if level := logLevelAt(lt); level >= 0 && level <= i && strings.TrimSpace(strings.Trim(lt[level:i], " :-]")) == "" {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return Field{}, false
	}
	f := Field{Name: "stored credentials" + saidByLog}
	if _, user, ok := strings.Cut(t[at:], "UserName: "); ok {
		if u := strings.TrimSpace(user); IsRedacted(u) {
			f.Value = u
		}
	}
	return f, true
}

// logLevelAt returns where the words after a log record's level start in
// a lower-case line ("debug using …", "npm verb request …", "… - debug -
// calculating …", "debug: signing …", "[debug] …"), or -1 when no level
// word stands among the line's first eight words.
func logLevelAt(lt string) int {
	from := 0
	for n := 0; n < 8 && from < len(lt); n++ {
		for from < len(lt) && lt[from] == ' ' {
			from++
		}
		end := strings.IndexByte(lt[from:], ' ')
		if end < 0 {
			end = len(lt)
		} else {
			end += from
		}
		w := strings.Trim(lt[from:end], "[]:-")
		if logLevels[w] || logrusLevel(w) {
			return end
		}
		from = end
	}
	return -1
}

// logrusLevel reports whether w, a lower-case word, is the level logrus
// writes before a record: "level=debug" in its text format, "debu[0000"
// (four letters, then the seconds since start in brackets) on a terminal.
func logrusLevel(w string) bool {
	if v, ok := strings.CutPrefix(w, "level="); ok {
		return logLevels[v]
	}
	return len(w) > 5 && w[4] == '[' && (w[:4] == "debu" || w[:4] == "info" || w[:4] == "trac")
}

// sdkCredentials are the credential classes of Azure's identity libraries
// (.NET, Java, Python, JavaScript) that send a secret in their token
// request, lower case, each with the phrase for what they send.
var sdkCredentials = []struct{ class, what string }{
	{"clientsecretcredential", "a client secret"},
	{"usernamepasswordcredential", "a user name and password"},
	{"clientcertificatecredential", "a client certificate assertion"},
	{"clientassertioncredential", "a client assertion"},
}

// sdkCredentialFailed finds the line an identity library writes when the
// token request of one of sdkCredentials was refused
// ("Azure.Identity.AuthenticationFailedException: ClientSecretCredential
// authentication failed: AADSTS7000215 …", "ClientSecretCredential.GetToken
// was unable to retrieve an access token", Python's
// "ClientSecretCredential.get_token failed"): that request carried the
// credential the class holds. A class that was not tried
// ("…CredentialUnavailableException", "unavailable") sent nothing.
func sdkCredentialFailed(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	lt := ascii.Lower(t)
	if !strings.Contains(lt, "credential") || strings.Contains(lt, "unavailable") {
		return Field{}, false
	}
	for _, c := range sdkCredentials {
		i := strings.Index(lt, c.class)
		if i < 0 {
			continue
		}
		rest := lt[i+len(c.class):]
		if strings.HasPrefix(rest, " authentication failed") || strings.HasPrefix(rest, ".gettoken") || strings.HasPrefix(rest, ".get_token") ||
			strings.HasPrefix(rest, ".gettokenasync") || strings.HasPrefix(rest, ".gettokensync") {
			return Field{Name: c.what + ", as the identity library's error says"}, true
		}
	}
	return Field{}, false
}

// echoedKeyWords are the words before which an error quotes the key the
// request carried ("Your api key: ****7c2 is invalid", "Expired API Key
// provided: rk_test_<redacted>", "The access key (*xxxx) might not be
// valid"), lower case.
var echoedKeyWords = []string{"api key", "api-key", "apikey", "access key", "secret key"}

// echoedKey finds an error, a server's or a client library's, that quotes
// the key the refused request carried, masked: a word of echoedKeyWords,
// "provided" perhaps, a colon or an opening parenthesis, and a value that
// shows stars, a redaction word or another marker (IsRedacted). A real key
// never holds a star, so the quote is of one that was sent, not a setting
// named in a sentence ("set your api key: see the docs"). It returns the
// phrase for what was sent, with the masked value.
func echoedKey(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	if !holdsKeyWord(t) {
		return Field{}, false // every line of a paste comes here: no copy for most
	}
	lt := ascii.Lower(t)
	for _, w := range echoedKeyWords {
		for from := 0; from < len(lt); {
			k := strings.Index(lt[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			rest := strings.TrimLeft(lt[from:], " ")
			rest = strings.TrimLeft(strings.TrimPrefix(rest, "provided"), " ")
			if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "(") {
				continue
			}
			at := len(t) - len(rest) + 1
			v := strings.TrimLeft(t[at:], " \"'`")
			end := strings.IndexAny(v, " \"'`),")
			if strings.HasPrefix(v, "[") {
				end = strings.IndexByte(v, ']') + 1 // a bracketed mask may hold blanks
			}
			if end > 0 {
				v = v[:end]
			}
			if len(v) < 3 || !(strings.Contains(v, "*") || IsRedacted(v)) {
				continue
			}
			return Field{Name: "the key the error quotes", Value: v}, true
		}
	}
	return Field{}, false
}

// holdsKeyWord reports whether t holds "ey" in any case, as every word of
// echoedKeyWords does ("key"), without lowering t.
func holdsKeyWord(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i]|0x20 == 'e' && t[i+1]|0x20 == 'y' {
			return true
		}
	}
	return false
}
