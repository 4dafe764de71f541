package rules

import (
	"encoding/base64"
	"sort"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/jwt"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/secret"
)

// at9 holds notes about the paste itself.
var at9 = []*rule.Rule{&AT9001, &AT9002, &AT9003, &AT9004, &AT9005}

// sessionCookie reports whether a cookie name looks like a session or auth cookie.
func sessionCookie(name string) bool {
	n := strings.ToLower(name)
	return hasAnyOf(n, "sess", "sid", "token", "auth", "jwt", "remember", "login", "identity", ".aspnet", "user", "access", "refresh") ||
		n == "connect.sid" || n == "jsessionid" || n == "phpsessid"
}

// ntlmType returns the NTLM message type (1, 2, 3) of a base64 token, or 0.
func ntlmType(tok string) int {
	if len(tok) < 12 {
		return 0
	}
	b, err := base64.StdEncoding.DecodeString(tok[:12]) // 12 characters decode to "NTLMSSP\x00" and the type byte
	if err != nil || len(b) < 9 || string(b[:8]) != "NTLMSSP\x00" {
		return 0
	}
	return int(b[8])
}

// minHandshakeToken is the length, in base64 characters, below which an
// NTLM or Negotiate token cannot hold any message of the handshake: NTLM's
// smallest (a type 1 message: signature, type and flags) is 16 bytes, 22
// characters, and a SPNEGO token is longer still.
const minHandshakeToken = 20

// handshakeStandIn reports whether an NTLM or Negotiate token is too short
// to be a message of the handshake ("NTLM aaaa", "Negotiate abc"): a
// person wrote it over the token they removed.
func handshakeStandIn(tok string) bool {
	tok = strings.TrimSpace(tok)
	return tok != "" && len(tok) < minHandshakeToken
}

// authParam returns a parameter of a Digest-style credential (username="x").
func authParam(v, name string) string {
	i := strings.Index(strings.ToLower(v), name+"=")
	if i < 0 {
		return ""
	}
	rest := v[i+len(name)+1:]
	if strings.HasPrefix(rest, "\"") {
		rest = rest[1:]
		if j := strings.IndexByte(rest, '"'); j >= 0 {
			return rest[:j]
		}
		return rest
	}
	if j := strings.IndexAny(rest, ", "); j >= 0 {
		return rest[:j]
	}
	return rest
}

// credentialUnset reports whether an Authorization or API-key field holds
// what a program prints for a variable never set ("Bearer undefined",
// "X-Api-Key: null"), or nothing at all: no secret.
func credentialUnset(f parse.Field) bool {
	n := strings.ToLower(f.Name)
	if n != "authorization" && n != "proxy-authorization" && !parse.IsAPIKeyHeader(n) {
		return false
	}
	v := strings.TrimSpace(f.Value)
	if _, rest, ok := strings.Cut(v, " "); ok && (n == "authorization" || n == "proxy-authorization") {
		v = rest
	}
	return parse.UnsetValue(v) || parse.IsAPIKeyHeader(n) && v == ""
}

// credentialHidden reports whether a request's credential field shows no
// usable secret: its value (for Basic, the password; for cookies, every
// value) is a redaction marker, a stand-in or shortened by hand. AT9001
// leaves such a field to AT9003.
func credentialHidden(f parse.Field) bool {
	v := strings.TrimSpace(f.Value)
	switch n := strings.ToLower(f.Name); {
	case n == "authorization" || n == "proxy-authorization":
		if parse.Elided(v) {
			return true // the whole value is a marker: "[PRIVATE DATA HIDDEN]"
		}
		scheme, rest, _ := strings.Cut(v, " ")
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return parse.Elided(scheme) // "Authorization: ***"; "Bearer " alone is no credential at all
		}
		if strings.EqualFold(scheme, "basic") && !parse.Elided(rest) {
			_, pass, ok := basicUser(v)
			return ok && pass != "" && parse.Elided(pass)
		}
		if strings.EqualFold(scheme, "ntlm") || strings.EqualFold(scheme, "negotiate") {
			return parse.Elided(rest) || handshakeStandIn(rest)
		}
		return parse.Elided(rest)
	case n == "cookie":
		any := false
		for _, part := range strings.Split(v, ";") {
			name, cv, _ := strings.Cut(strings.TrimSpace(part), "=")
			if name == "" {
				continue
			}
			if !parse.Elided(cv) {
				return false
			}
			any = true
		}
		return any
	case parse.IsAPIKeyHeader(n) && n != "x-csrf-token":
		return parse.Elided(v)
	}
	return false
}

// describeCredential says what one credential field gives away and how bad it is.
// tool, when set, names the command line the field was rebuilt from (curl -u,
// a user:pass@ URL), where the secret is written in clear.
func describeCredential(f parse.Field, tool string) (msg string, sev rule.Severity) {
	v := strings.TrimSpace(f.Value)
	scheme, rest := parse.AuthScheme(v)
	rest = strings.TrimSpace(rest)
	in := " in " + f.Name
	if tool != "" {
		in = " in the " + tool + " command line (as " + f.Name + ")"
	}
	switch ls := strings.ToLower(scheme); {
	case ls == "basic":
		if parse.Elided(rest) {
			return "request sends Basic credentials" + in + ", value hidden", rule.Info
		}
		user, pass, ok := basicUser(v)
		if !ok {
			return "request sends a Basic credential" + in + " that does not decode as user:password", rule.Medium
		}
		who := "user \"" + clip(user, 60) + "\""
		if user == "" {
			who = "an empty user name"
		}
		if pass == "" {
			return "request sends Basic credentials for " + who + " with an empty password" + in, rule.Medium
		}
		if parse.Elided(pass) {
			return "request sends Basic credentials for " + who + in + "; the password is hidden", rule.Info
		}
		if tool != "" {
			return "request sends Basic credentials for " + who + in + "; the password is in the paste in clear text", rule.High
		}
		return "request sends Basic credentials for " + who + in + "; the password is in the paste (base64 is not encryption)", rule.High
	case ls == "bearer" || ls == "token" || ls == "jwt":
		kind := "a " + scheme + " token"
		if ls == "token" {
			kind = "a token"
		}
		if strings.HasPrefix(rest, "eyJ") && strings.Count(rest, ".") >= 2 {
			kind = "a JWT " + strings.ToLower(scheme) + " token"
		}
		if parse.Elided(rest) || rest == "" {
			return "request sends " + kind + in + ", shortened or hidden", rule.Info
		}
		return "request sends " + kind + in + "; it works for whoever copies it until it expires or is revoked", rule.High
	case ls == "ntlm" || ls == "negotiate":
		switch ntlmType(rest) {
		case 1:
			return "request sends an NTLM negotiate message (type 1)" + in + "; it holds no secret", rule.Info
		case 3:
			return "request sends an NTLM authenticate message (type 3)" + in + "; it holds the user and domain names and a response that can be cracked offline", rule.Medium
		}
		if parse.Elided(rest) || handshakeStandIn(rest) {
			return "request sends a " + scheme + " handshake token" + in + ", shortened or hidden", rule.Info
		}
		return "request sends a " + scheme + " handshake token" + in + "; it may hold a Kerberos ticket or NTLM response", rule.Low
	case ls == "digest":
		u := authParam(v, "username")
		return "request sends a Digest response for user \"" + clip(u, 60) + "\"" + in + "; it does not show the password but allows offline guessing", rule.Low
	case strings.HasPrefix(ls, "aws4-") || ls == "aws":
		return "request sends an AWS signature" + in + "; the access key id is in the paste, the signature expires quickly", rule.Low
	}
	if parse.Elided(v) {
		return "request sends a credential" + in + ", value hidden", rule.Info
	}
	if scheme == "" {
		return "request sends a credential with no scheme in front of it" + in, rule.Medium
	}
	return "request sends a " + scheme + " credential" + in, rule.Medium
}

// AT9001: the request carried credentials, so the paste may hold live secrets.
// (AT1008 credentials-sent is about the verdict: credentials sent and refused.)
var AT9001 = rule.Rule{
	ID:    "AT9001",
	Name:  "secrets-in-paste",
	Title: "The paste holds credentials",
	Doc: "The pasted request sent credentials: an `Authorization` or `Proxy-Authorization` header (also when rebuilt from `curl -u` or a `user:pass@` URL), cookies, or an API-key header; or the paste holds others (a password or client secret in a body, a token in a URL or a log line, a private key, a credential file pasted along). " +
		"Each is named by kind, line and a preview (a few leading characters and the length), never by value, and rated by whether it still works: an expired JWT or a GitHub token whose checksum does not match is info. A request credential replaced by a marker (`REDACTED`, `***`, `<token>`), a variable (`$TOKEN`) or shortened by hand holds no secret; redacted-value (AT9003) notes it instead. " +
		"That matters for the diagnosis (a 401 to a request with credentials means they were refused, not missing) and for you: unless the values are redacted, this paste holds live secrets. " +
		"Basic credentials are only base64, so the password can be read by anyone who sees them; bearer tokens, API keys and session cookies work for whoever copies them. " +
		"authtriage runs in your browser and sends nothing anywhere, but a bug report or chat message does.",
	Fix:      "Replace secret values with a marker such as `REDACTED` before sharing the paste, and rotate any password, token or key that has already been posted.",
	Severity: rule.Info, // findings set their own: high when a usable secret is visible
	Category: rule.CatInput,
	Refs:     []rule.Ref{rfc9110_11_6_2, rfc7617_2, rfc6750_5_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		q := x.Request
		var fs []rule.Finding
		var cookies []string
		var cookieField parse.Field
		live := false
		reported := map[int]bool{} // lines whose credentials a finding names
		var named []string         // the values of the fields those findings name
		when := usableAt(x)
		var shown valueFindings // a credential's value → its finding in fs
		if q != nil {
			for _, f := range q.Fields {
				name := strings.ToLower(f.Name)
				switch {
				case credentialHidden(f):
					// redacted before pasting: AT9003 says so; no secret here
					reported[f.Pos.Line] = true
					named = append(named, f.Value)
				case credentialUnset(f):
					// "Bearer undefined": what the client printed for a
					// credential it never had; nothing to copy
					reported[f.Pos.Line] = true
				case name == "authorization" || name == "proxy-authorization":
					msg, sev := describeCredential(f, commandTool(x, f.Pos.Line))
					if m, expired := jwtExpiry(f.Value, when); expired {
						msg, sev = msg+"; "+m, rule.Info
					}
					fs = append(fs, rule.Finding{Message: msg, Severity: sev, Evidence: []rule.Evidence{maskedFieldEvidence(x, f)}})
					reported[f.Pos.Line] = true
					named = append(named, f.Value)
				case name == "cookie":
					if cookies == nil {
						cookieField = f
					}
					for _, part := range strings.Split(f.Value, ";") {
						n, v, _ := strings.Cut(strings.TrimSpace(part), "=")
						if n == "" {
							continue
						}
						cookies = append(cookies, n)
						if !parse.Elided(v) && sessionCookie(n) && len(v) >= 8 {
							live = true
						}
					}
					reported[f.Pos.Line] = true
					named = append(named, f.Value)
				case parse.IsAPIKeyHeader(name) && name != "x-csrf-token":
					fs = append(fs, rule.Finding{Message: "request sends an API key in " + f.Name + "; it works for whoever copies it", Severity: rule.High, Evidence: []rule.Evidence{maskedFieldEvidence(x, f)}})
					reported[f.Pos.Line] = true
					named = append(named, f.Value)
				}
			}
			qf, qv := queryCredentials(x)
			if len(qf) > 0 {
				reported[q.Pos.Line] = true
			}
			for i, v := range qv {
				if !parse.Elided(v) {
					shown.add(v, len(fs)+i)
				}
			}
			fs = append(fs, qf...)
		}
		if len(cookies) > 0 {
			list := cookies
			if len(list) > 6 {
				list = append(append([]string(nil), list[:6]...), "…")
			}
			f := rule.Finding{Message: "request sends " + itoa(len(cookies)) + " cookie", Evidence: []rule.Evidence{maskedFieldEvidence(x, cookieField)}}
			if len(cookies) != 1 {
				f.Message += "s"
			}
			f.Message += " (" + strings.Join(list, ", ") + ")"
			f.Severity = rule.Medium // some value is shown (all-hidden fields are AT9003's)
			if live {
				f.Message += "; session cookies among them are live secrets"
				f.Severity = rule.High
			}
			fs = append(fs, f)
		}
		// Every other credential the finder marked in this exchange's part
		// of the paste: bodies, logs, command lines, credential files.
		for _, s := range secretsOf(p.Input, x) {
			if s.Line != 0 && reported[s.Line] || namedIn(named, s.Value) {
				// the credential of a field a finding above names, also
				// when its value stands on a line of its own (DevTools'
				// "authorization:" then the value on the next line)
				continue
			}
			if i, ok := shown[s.Value]; ok && s.Value != "" {
				// the same credential shown again (a chained exception
				// restating the URL that carried it, a log line
				// repeated): one finding, with each line it stands on
				fs[i].Evidence = append(fs[i].Evidence, secretFinding(x, s, when).Evidence...)
				continue
			}
			shown.add(s.Value, len(fs))
			fs = append(fs, secretFinding(x, s, when))
		}
		reportCapped(p, fs)
	},
}

// secretsOf returns the credentials the finder assigned to exchange x.
// namedIn reports whether v, a credential's value, is held in one of the
// field values vs.
func namedIn(vs []string, v string) bool {
	if len(v) < 8 {
		return false
	}
	for _, f := range vs {
		if strings.Contains(f, v) {
			return true
		}
	}
	return false
}

func secretsOf(in *parse.Input, x *parse.Exchange) []secret.Secret {
	if in == nil {
		return nil
	}
	ss := in.Secrets
	lo := sort.Search(len(ss), func(i int) bool { return ss[i].Exchange >= x.Index })
	hi := lo
	for hi < len(ss) && ss[hi].Exchange == x.Index {
		hi++
	}
	return ss[lo:hi]
}

// usableAt is the time a credential's lifetime is judged at: the response's
// Date when it has one, else now.
func usableAt(x *parse.Exchange) time.Time {
	if x.Response != nil {
		if t, ok := fields.ParseHTTPDate(x.Response.Fields.Get("date")); ok {
			return t
		}
	}
	return time.Now()
}

// jwtExpiry says whether the JWT in v (a bare token or "Bearer <token>")
// had expired at when.
func jwtExpiry(v string, when time.Time) (string, bool) {
	v = strings.TrimSpace(v)
	if _, rest, ok := strings.Cut(v, " "); ok {
		v = strings.TrimSpace(rest)
	}
	if !strings.HasPrefix(v, "eyJ") {
		return "", false
	}
	t, err := jwt.Decode(v)
	if err != nil || t.ExpiresAt.IsZero() || !t.ExpiresAt.Before(when) {
		return "", false
	}
	return "the token expired at " + utc(t.ExpiresAt) + ", so it no longer works", true
}

// maskedFieldEvidence quotes a credential field without its value: the
// scheme, cookie names, and a preview (a few leading characters, the length).
func maskedFieldEvidence(x *parse.Exchange, f parse.Field) rule.Evidence {
	text := f.Name + ": "
	v := strings.TrimSpace(f.Value)
	switch strings.ToLower(f.Name) {
	case "authorization", "proxy-authorization":
		if scheme, rest, ok := strings.Cut(v, " "); ok {
			text += scheme + " " + previewOrKeep(strings.TrimSpace(rest))
		} else {
			text += previewOrKeep(v)
		}
	case "cookie":
		var parts []string
		for _, part := range strings.Split(v, ";") {
			n, cv, _ := strings.Cut(strings.TrimSpace(part), "=")
			if n != "" {
				parts = append(parts, n+"="+previewOrKeep(cv))
			}
		}
		text += strings.Join(parts, "; ")
	default:
		text += previewOrKeep(v)
	}
	return rule.Evidence{Exchange: x.Index, Where: "request header", Pos: f.Pos, Text: quote(text)}
}

// previewOrKeep keeps a redaction marker as written and previews a value.
func previewOrKeep(v string) string {
	if v == "" || secret.Placeholder(v) || parse.Elided(v) && len(v) < 16 {
		return v
	}
	return secret.Preview(v)
}

// secretFinding reports one credential the finder marked outside the
// request's headers, by kind, line and preview, rated by whether it still works.
func secretFinding(x *parse.Exchange, s secret.Secret, when time.Time) rule.Finding {
	where := "paste"
	if s.Start < 0 {
		where = "decoded HAR content"
		if x.Format != "har" {
			where = "decoded request body" // a command line's escaped body (cmd's carets)
		}
	}
	msg := "the " + where + " holds " + kindPhrase(s.Kind) + " (" + s.Label + ")"
	sev := rule.High
	switch {
	case s.Checksum == "invalid":
		msg += "; its checksum does not match, so it is not a working token"
		sev = rule.Info
	case s.Kind == secret.Cookie && setCookieOnLine(x, s.Line):
		msg += "; the server set it in this response, and while that session lasts it works for whoever copies it"
		sev = rule.Info
	case s.Kind == secret.Cookie:
		msg += "; a session cookie works for whoever copies it until it expires"
		sev = rule.Medium
	default:
		if m, expired := jwtExpiry(s.Value, when); expired {
			msg += "; " + m
			sev = rule.Info
		} else {
			msg += "; it works for whoever copies it until it expires or is revoked"
		}
	}
	ev := rule.Evidence{Exchange: x.Index, Where: "transcript", Pos: parse.Pos{Line: s.Line}, Text: secretQuote(s)}
	return rule.Finding{Message: msg, Severity: sev, Evidence: []rule.Evidence{ev}}
}

// secretQuote is the evidence line of a credential found in the transcript:
// its label and its masked preview. A label that is already a field and its
// scheme ("Authorization: Bearer") takes the preview as the field's value
// ("Authorization: Bearer eyJh… (61 chars)"); any other label is named
// before it ("GitHub token: ghp_… (40 chars)").
func secretQuote(s secret.Secret) string {
	if strings.Contains(s.Label, ": ") {
		return s.Label + " " + s.Preview
	}
	return s.Label + ": " + s.Preview
}

// setCookieOnLine reports whether line holds a Set-Cookie field of x's response.
func setCookieOnLine(x *parse.Exchange, line int) bool {
	if x.Response == nil || line == 0 {
		return false
	}
	for _, f := range x.Response.Fields {
		if f.Pos.Line == line && strings.EqualFold(f.Name, "set-cookie") {
			return true
		}
	}
	return false
}

func kindPhrase(k secret.Kind) string {
	switch k {
	case secret.Authorization:
		return "authorization credentials"
	case secret.Cookie:
		return "a cookie value"
	case secret.APIKey:
		return "an API key"
	case secret.Password:
		return "a password"
	case secret.JWT:
		return "a JWT"
	case secret.PrivateKey:
		return "a private key"
	}
	return "a token"
}

// AT9002: a sanitized HAR hides whether credentials were sent.
var AT9002 = rule.Rule{
	ID:    "AT9002",
	Name:  "sanitized-har",
	Title: "HAR export without any credentials: probably sanitized",
	Doc: "Browsers and HAR sanitizers strip `Authorization`, `Cookie` and `Set-Cookie` from exports by default (recent Chrome versions do unless you choose the export \"with sensitive data\"). " +
		"In such a file the absence of credentials proves nothing: the request may well have carried a valid session. authtriage therefore treats credentials as unknown, and verdicts that hinge on them are less certain.",
	Fix:      "If the diagnosis depends on what was sent, export the HAR with sensitive data, or state in words which credentials the request carried, and redact the values before sharing.",
	Severity: rule.Info,
	Category: rule.CatInput,
	Refs:     []rule.Ref{harSpec},
	Scope:    rule.PerInput,
	Run: func(p *rule.Pass) {
		in := p.Input
		var idx []int
		for _, x := range in.Exchanges {
			if x.Request != nil && x.Request.Sanitized {
				idx = append(idx, x.Index)
			}
		}
		var note *parse.Note
		for i := range in.Notes {
			if in.Notes[i].Code == "har-sanitized" {
				note = &in.Notes[i]
			}
		}
		if len(idx) == 0 && note == nil {
			return
		}
		who := "the HAR export"
		if in.HARCreator != "" {
			who = "the HAR export from " + in.HARCreator
		}
		f := rule.Finding{Message: who + " has no Authorization, Cookie or Set-Cookie in any entry; whether credentials were sent is unknown", Exchanges: idx}
		if note != nil {
			f.Evidence = []rule.Evidence{{Exchange: -1, Where: "transcript", Pos: note.Pos, Text: clip(note.Message, maxQuote)}}
		}
		if f.Exchanges == nil {
			f.Exchanges = []int{}
		}
		p.Report(f)
	},
}

// AT9003: redaction markers.
var AT9003 = rule.Rule{
	ID:    "AT9003",
	Name:  "redacted-value",
	Title: "A header value in the paste is redacted or elided",
	Doc: "Some values were replaced by a marker (`REDACTED`, `***`, `<token>`) or shortened with `...`. That is the right thing to do before sharing, and authtriage treats such a field as present with an unknown value. " +
		"It does limit the diagnosis: an expired, malformed or wrong-audience token looks the same as a valid one once hidden.",
	Fix:      "Keep redacting secrets. If the diagnosis needs the token's contents, decode it locally (a JWT's header and claims are not secret; its signature is) and share only the claims that matter: `exp`, `aud`, `iss`, `scope`.",
	Severity: rule.Info,
	Category: rule.CatInput,
	Refs:     []rule.Ref{rfc9110_11_6_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		var fs []rule.Finding
		noted := map[int]bool{}
		for _, n := range x.Notes {
			if n.Code != "redacted" {
				continue
			}
			noted[n.Pos.Line] = true
			ev := rule.Evidence{Exchange: x.Index, Where: "transcript", Pos: n.Pos, Text: clip(n.Message, maxQuote)}
			msg := n.Message
			if f, req, ok := fieldOnLine(x, n.Pos.Line); ok {
				ev = fieldEvidence(x, f, req)
				msg = f.Name + " value is redacted or shortened; it was sent, but what it held is unknown"
				if req && credentialField(f.Name) {
					// a CLI's debug log masks the credential it sent: it was
					// sent (masked in the paste), not missing
					ev = maskedFieldEvidence(x, f)
					msg = f.Name + " is masked in the paste: a credential was sent, but what it held (expired, wrong audience, another account) cannot be read"
				}
			}
			fs = append(fs, rule.Finding{Message: msg, Evidence: []rule.Evidence{ev}})
		}
		check := func(fields parse.Fields, request bool) {
			for _, f := range fields {
				if noted[f.Pos.Line] && f.Pos.Line != 0 {
					continue
				}
				if request && credentialField(f.Name) {
					if credentialHidden(f) {
						fs = append(fs, rule.Finding{Message: f.Name + " is masked in the paste: a credential was sent, but what it held (expired, wrong audience, another account) cannot be read",
							Evidence: []rule.Evidence{maskedFieldEvidence(x, f)}})
					}
					continue
				}
				if !redactedField(f) {
					continue
				}
				fs = append(fs, rule.Finding{Message: f.Name + " value is redacted or shortened; it was sent, but what it held is unknown", Evidence: []rule.Evidence{fieldEvidence(x, f, request)}})
			}
		}
		if x.Request != nil {
			check(x.Request.Fields, true)
			// a credential that travelled in the URL or the body, masked
			// there ("?access_token=XXXXXX", a login body's "password":
			// "****"): sent all the same, its value unknown
			for _, what := range p.Facts.Credentials.MaskedCarried() {
				msg := what + " is masked in the paste: a credential was sent, but what it held (expired, wrong audience, another account) cannot be read"
				if p.Facts.Credentials.ByVariable(what) {
					msg = what + " is a variable of the code in the paste: a credential was sent, but what it held (expired, wrong audience, another account) cannot be read"
				}
				fs = append(fs, rule.Finding{Message: msg, Evidence: []rule.Evidence{requestEvidence(x)}})
			}
		}
		if x.Response != nil {
			check(x.Response.Fields, false)
		}
		reportCapped(p, fs)
	},
}

// AT9004: HEAD responses have no body.
var AT9004 = rule.Rule{
	ID:    "AT9004",
	Name:  "head-without-body",
	Title: "Error answered to a HEAD request: the explanation is not in the paste",
	Doc: "A response to HEAD never has a body (RFC 9110 §9.3.2), so the server's error message, the part that usually says *why* (S3's `<Code>`, a JSON `error`), cannot appear. " +
		"`curl -I` sends HEAD. Some servers also treat HEAD differently from GET: a presigned S3 URL signed for GET fails for HEAD with a bare 403.",
	Fix:      "Repeat the request with GET (`curl -i` or `curl -v` instead of `curl -I`) to see the error body.",
	Severity: rule.Info,
	Category: rule.CatInput,
	Refs:     []rule.Ref{rfc9110_9_3_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Request == nil || x.Response == nil || x.Request.Method != "HEAD" || x.Response.Status < 400 {
			return
		}
		p.Report(rule.Finding{Message: itoa(x.Response.Status) + " answered a HEAD request, which carries no body, so the reason the server gives is not shown",
			Evidence: []rule.Evidence{requestEvidence(x), statusEvidence(x)}})
	},
}

// noteTexts give each parser note code that means part of the exchange is
// missing or uncertain a sentence on what that means for the diagnosis. Other
// codes (quote markers, line folding, a rebuilt request) are reading remarks
// the report lists as notes; "redacted" and "har-sanitized" have rules of their own.
var noteTexts = wordlist.Map[string]{
	{K: "elided-lines", V: "lines were left out here; anything in them is unknown"},
	{K: "truncated-body", V: "the body is cut short; a reason or code later in it is missing"},
	{K: "headers-cut", V: "the header block is cut short; a missing header may just be out of the paste"},
	{K: "body-only", V: "only a body was pasted; status and headers are inferred or unknown"},
	{K: "request-from-redirect", V: "the request was inferred from a redirect, not shown"},
	{K: "no-response", V: "a request has no response after it"},
	{K: "har-truncated", V: "the HAR was cut short; later entries are missing"},
	{K: "bad-header-line", V: "a line in the header block could not be read as a field"},
	{K: "status-line-split", V: "the status line was damaged in the paste and repaired"},
	{K: "invalid-utf8", V: "bytes that are not UTF-8 were replaced"},
}

// AT9005: the parser's notes, as findings with their line.
var AT9005 = rule.Rule{
	ID:    "AT9005",
	Name:  "transcript-note",
	Title: "Part of the exchange is missing or was read with a workaround",
	Doc: "The reader had to tolerate something in the paste: lines left out (`...`), a body shorter than its `Content-Length`, a header block that stops early, a body with no status line, quote markers, a request rebuilt from a command line. " +
		"The analysis goes on, but any verdict or finding that depends on the missing part is less certain, and a missing header may just be outside the paste.",
	Fix:      "If the verdict matters, paste the complete exchange (for curl, `curl -v` output from the request line to the end of the body).",
	Severity: rule.Info,
	Category: rule.CatInput,
	Refs:     []rule.Ref{rfc9110_17},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		var fs []rule.Finding
		codes := map[string]bool{}
		for _, n := range x.Notes {
			if _, ok := noteTexts.Lookup(n.Code); !ok {
				continue // reading remarks (quote markers, folding) and notes other rules report
			}
			codes[n.Code] = true
			msg := n.Message
			if t, ok := noteTexts.Lookup(n.Code); ok && !strings.Contains(strings.ToLower(msg), t) {
				msg = t + " (" + msg + ")"
			}
			fs = append(fs, rule.Finding{Message: msg, Evidence: []rule.Evidence{{Exchange: x.Index, Where: "transcript", Pos: n.Pos, Text: clip(n.Message, maxQuote)}}})
		}
		if r := x.Response; r != nil {
			if r.HeadersCut && !codes["headers-cut"] && !codes["elided-lines"] {
				fs = append(fs, rule.Finding{Message: noteTexts.Get("headers-cut"), Evidence: []rule.Evidence{statusEvidence(x)}})
			}
			if r.Body.Truncated && !codes["truncated-body"] && !codes["elided-lines"] && !codes["har-truncated"] {
				fs = append(fs, rule.Finding{Message: noteTexts.Get("truncated-body"), Evidence: []rule.Evidence{{Exchange: x.Index, Where: "response body", Pos: r.Body.Pos, Text: "(body)"}}})
			}
		}
		reportCapped(p, fs)
	},
}

// redactedField reports whether a header's value (or, for credentials and
// cookies, the secret part of it) is a redaction marker.
func redactedField(f parse.Field) bool {
	v := strings.TrimSpace(f.Value)
	switch strings.ToLower(f.Name) {
	case "authorization", "proxy-authorization":
		_, rest, ok := strings.Cut(v, " ")
		return parse.IsRedacted(v) || ok && parse.IsRedacted(rest)
	case "cookie":
		for _, part := range strings.Split(v, ";") {
			if _, cv, ok := strings.Cut(strings.TrimSpace(part), "="); ok && parse.IsRedacted(cv) {
				return true
			}
		}
		return false
	case "set-cookie":
		pair, _, _ := strings.Cut(v, ";")
		_, cv, ok := strings.Cut(pair, "=")
		return ok && parse.IsRedacted(cv)
	}
	return parse.IsRedacted(v)
}

// fieldOnLine finds the request or response field written on a paste line.
func fieldOnLine(x *parse.Exchange, line int) (parse.Field, bool, bool) {
	if line == 0 {
		return parse.Field{}, false, false
	}
	// a line may hold several fields (a header map printed on one log
	// line: {tag=…, Authorization=****…, X-Amz-Date=…}): the masked one
	// is the one the note is about, else the first
	var first parse.Field
	firstReq, found := false, false
	for _, side := range []struct {
		fs  parse.Fields
		req bool
	}{{requestFields(x), true}, {responseFields(x), false}} {
		for _, f := range side.fs {
			if f.Pos.Line != line {
				continue
			}
			if redactedField(f) || side.req && credentialField(f.Name) && credentialHidden(f) {
				return f, side.req, true
			}
			if !found {
				first, firstReq, found = f, side.req, true
			}
		}
	}
	return first, firstReq, found
}

func requestFields(x *parse.Exchange) parse.Fields {
	if x.Request == nil {
		return nil
	}
	return x.Request.Fields
}

func responseFields(x *parse.Exchange) parse.Fields {
	if x.Response == nil {
		return nil
	}
	return x.Response.Fields
}

// credentialField reports whether a request field carries the credential
// secrets-in-paste (AT9001) reports on.
func credentialField(name string) bool {
	return parse.IsCredentialHeader(strings.ToLower(name))
}

// commandTool names the tool whose command line, written on line, the request
// was rebuilt from ("curl"), or "".
func commandTool(x *parse.Exchange, line int) string {
	for _, n := range x.Notes {
		if n.Code != "request-from-command" || n.Pos.Line != line || line == 0 {
			continue
		}
		if _, rest, ok := strings.Cut(n.Message, "from the "); ok {
			if tool, _, ok := strings.Cut(rest, " command line"); ok && tool != "" && !strings.Contains(tool, " ") {
				return tool
			}
		}
		return "pasted"
	}
	return ""
}

// queryCredentialNames are query parameters that carry a credential.
var queryCredentialNames = wordlist.Map[string]{
	{K: "access_token", V: "an access token"}, {K: "api_key", V: "an API key"}, {K: "apikey", V: "an API key"}, {K: "api-key", V: "an API key"},
	{K: "client_secret", V: "a client secret"}, {K: "password", V: "a password"}, {K: "passwd", V: "a password"}, {K: "private_token", V: "a private token"},
	{K: "auth_token", V: "an auth token"}, {K: "token", V: "a token"}, {K: "id_token", V: "an ID token"}, {K: "refresh_token", V: "a refresh token"},
	{K: "x-amz-signature", V: "a presigned-URL signature"}, {K: "x-goog-signature", V: "a signed-URL signature"}, {K: "sig", V: "a shared-access signature"},
}

// valueFindings maps a credential's value to the index of the AT9001
// finding that names it.
type valueFindings map[string]int

// add records that finding i names value v, unless a finding already does.
func (m *valueFindings) add(v string, i int) {
	if v == "" {
		return
	}
	if *m == nil {
		*m = valueFindings{}
	}
	if _, ok := (*m)[v]; !ok {
		(*m)[v] = i
	}
}

// queryCredentials reports credentials carried in the request URL's query,
// and the value each finding names.
func queryCredentials(x *parse.Exchange) ([]rule.Finding, []string) {
	q := x.Request
	t := q.Target
	if !strings.Contains(t, "?") {
		t = q.URL
	}
	_, query, ok := strings.Cut(t, "?")
	if !ok {
		return nil, nil
	}
	if i := strings.IndexByte(query, '#'); i >= 0 {
		query = query[:i]
	}
	var out []rule.Finding
	var vals []string // the value each finding names
	for _, kv := range strings.Split(query, "&") {
		k, v, _ := strings.Cut(kv, "=")
		lk := strings.ToLower(k)
		what, ok := queryCredentialNames.Lookup(lk)
		if !ok && lk == "key" && strings.HasPrefix(v, "AIza") {
			what, ok = "a Google API key", true
		}
		if !ok || v == "" {
			continue
		}
		ev := requestEvidence(x)
		if v != "" && !parse.Elided(v) {
			ev.Text = strings.Replace(ev.Text, k+"="+v, k+"="+secret.Preview(v), 1)
		}
		f := rule.Finding{Evidence: []rule.Evidence{ev}}
		switch {
		case parse.Elided(v):
			f.Message, f.Severity = "request URL carries "+what+" in the "+k+" query parameter, value hidden", rule.Info
		case strings.HasPrefix(what, "a presigned") || strings.HasPrefix(what, "a signed") || strings.HasPrefix(what, "a shared"):
			f.Message, f.Severity = "request URL carries "+what+" in the "+k+" query parameter; the URL grants access until it expires", rule.Medium
		default:
			f.Message, f.Severity = "request URL carries "+what+" in the "+k+" query parameter; it works for whoever copies it, and URLs end up in logs", rule.High
		}
		out = append(out, f)
		vals = append(vals, v)
	}
	return out, vals
}
