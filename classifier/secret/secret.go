// Package secret finds the credentials in a paste, once, with their spans,
// and masks them wherever they travel: in the paste itself (the share text)
// and in every string a report derives from it (evidence, URLs, messages,
// explanations), including decoded forms (JSON-unescaped, URL-decoded, the
// password inside Basic credentials).
//
// It knows credentials by where they sit and by their shape:
//
//   - header notations anywhere in a line (raw "Name: value", curl -v "> ",
//     wire traces, Go's map[Name:[value]], Python and Ruby dicts, YAML, .env),
//     for Authorization, Proxy-Authorization, Cookie, Set-Cookie and the
//     API-key headers of common products;
//   - fields with credential-like names in JSON, forms, query strings, URL
//     fragments and configuration files (password, client_secret,
//     refresh_token, _authToken, client-key-data, ...), and high-entropy
//     values of weaker names (key, auth, code, signature);
//   - command-line options (-u user:pass, --password, --oauth2-bearer, -b);
//   - URL userinfo, .netrc entries, PEM private key blocks;
//   - well-known token shapes (GitHub with its checksum, Slack, AWS, Google,
//     Stripe, npm, GitLab, JWTs, ...);
//   - sentences, in English and the languages people paste in ("my token
//     is …", "Le mot de passe est …", "密码：…", "APIキー: …"), when the
//     value after the credential word looks random (prose.go);
//   - the layout of several lines (layout.go): a Markdown table's
//     credential-named column, a browser's cookie table or a cookies.txt
//     row, a value a terminal wrapped onto the next line, a header's value
//     printed as a list under its name (YAML, PHP's var_export), a comma-
//     separated table's credential column, a PuTTY key's private lines;
//   - a few more places (more.go): tokens in URL paths (Telegram bots,
//     Discord and Teams webhooks), .pgpass entries, the -p of commands
//     whose -p is a password (docker login, mysql, sshpass), XML elements
//     with credential names, Kubernetes' WebSocket bearer subprotocol, a
//     run of base64 whose decoded text holds a credential (one level), the
//     string arguments of calls that set a credential (setRequestHeader(
//     "Authorization", …), HTTPBasicAuth('u', 'p'), auth=('u', 'p'),
//     os.environ.get('API_TOKEN', …), CURLOPT_USERPWD), htpasswd -b;
//   - the second round's notations: a token after the subprotocol that
//     names it in Sec-WebSocket-Protocol, signature headers (X-Hub-
//     Signature-256, Stripe-Signature), HTML and XML attribute pairs
//     (name="id_token" value="…", <add key="ClearTextPassword" value="…"/>,
//     <add …/> under <apikeys>), multipart parts named like credentials,
//     quotes escaped twice or more (JSON in JSON in JSON), percent-encoded
//     JSON and URLs encoded twice, print_r's [password] =>, Some("…"),
//     ODBC's {…}, .properties' space separator, a key as a URL's user
//     name (Sentry DSNs), Teams and Zapier webhooks, OpenLDAP's -w, a
//     scheme whose credentials a shell's "\" moved to the next line;
//   - the third round's (third.go): line protocols' commands in a
//     transcript (AUTH PLAIN, AUTH LOGIN's password line, IMAP's LOGIN,
//     PASS, Redis' AUTH, NickServ's IDENTIFY), two-word assignments (setx,
//     fish's set -gx, a Dockerfile's ENV, "config set NAME VALUE"), -p
//     after a user option, keytool's -storepass, OpenSSL's pass:, Samba's
//     user%password, Windows' /p:, Oracle's user/password@db, a JSON
//     document inside a text that is not JSON, AWS' Name/Value and
//     ParameterKey/ParameterValue, a JWK's private members, credentials
//     keyed by host under a credential's name (Composer's auth.json),
//     YAML's "- name: X" / "value: Y", a printed object's name=…,value=…,
//     Node's rawHeaders list, Basic credentials after the word Basic
//     anywhere, JSON quoted as \u0022 or &quot;, a percent-encoded header,
//     a wrapped credential's end inside a Markdown quote;
//   - what a probe of real pastes found: any long option named like a
//     credential (--pw, --passphrase), Clojure's and EDN's keyword maps
//     ({:set-cookie …, :authorization "…"}), a literal "user:password" on
//     a line that base64-encodes it (btoa, b64encode, GetBytes under
//     ToBase64String, echo … | base64), inside escaped quotes too;
//   - what a terminal's hard wrap cut (the text's wrap width: its widest
//     lines all as wide): a credential running to the end of a line that
//     wide goes on at the start of the next, up to its closing quote or
//     ';', over several lines, from a known prefix or a quote the cut left
//     open, inside a JSON string the walk reads on past the cut; a header's
//     name ending the cut line has its value below; a SigV4 signature
//     cut right after "Signature=", however short its start; a quoted
//     Cookie header's cookies on every line it was cut over. Credentials a
//     client failed to set ("Bearer undefined", Basic of ":") are the
//     evidence, not masked.
//
// The package does not parse HTTP: parse.FindSecrets adds what only the
// reader knows (HAR bodies decoded from base64).
package secret

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wrapwidth"
)

// Mask replaces a credential's value in every masked output. The reader
// treats it as a redaction marker, so a masked paste reads as redacted.
const Mask = "[redacted]"

// Kind names what a credential is.
type Kind string

// Kinds of credentials.
const (
	Authorization Kind = "authorization" // Authorization / Proxy-Authorization credentials
	Cookie        Kind = "cookie"        // a Cookie or Set-Cookie value
	APIKey        Kind = "api-key"       // an API-key header or a product's key
	Password      Kind = "password"      // a password: -u user:pass, userinfo, password fields, .netrc
	Token         Kind = "token"         // an access, refresh or ID token, a client secret, a signature
	JWT           Kind = "jwt"           // a JSON Web Token
	PrivateKey    Kind = "private-key"   // a PEM private key block, kubeconfig client-key-data
)

// Secret is one credential found in a text. Value is never encoded to JSON.
type Secret struct {
	Kind  Kind   `json:"kind"`
	Label string `json:"label"` // what it is, without the value: "Authorization: Bearer", "cookie sid", "GitHub token"
	Line  int    `json:"line"`  // 1-based; 0 when not tied to a line
	// Preview is a few leading characters, never enough to use it; Length
	// is the value's length in bytes.
	Preview string `json:"preview"`
	Length  int    `json:"length"`
	// Start and End are the value's byte offsets in the scanned text; both
	// are -1 when the value is not written literally there (a decoded body).
	Start int `json:"-"`
	End   int `json:"-"`
	// Value is the credential as the analysis sees it (decoded).
	Value string `json:"-"`
	// Exchange is the 0-based exchange the credential belongs to (set by
	// parse.FindSecrets: the one whose lines hold it, or the one before).
	Exchange int `json:"exchange"`
	// Checksum is "valid" or "invalid" for shapes that carry one.
	Checksum string `json:"checksum,omitempty"`
}

// Redaction is a text with every credential masked, and the credentials
// that were (never their values): the page's share text, and a link's input
// masked before it reaches the paste box.
type Redaction struct {
	Text    string   `json:"text"`
	Secrets []Secret `json:"secrets"`
}

// Scan returns every credential written in text, in order of position,
// without overlaps. Lines end at "\n", "\r\n" or a lone "\r". It runs in
// linear time.
func Scan(text string) []Secret {
	s := &scanner{text: text}
	return s.scan()
}

// scan is Scan with the scanner's settings (inner: a decoded text's scan).
func (s *scanner) scan() []Secret {
	text := s.text
	s.isJSON = looksJSON(text)
	s.wrapWidth = wrapwidth.Text(text)
	line := 1
	pendingName, echoed := "", ""
	var lay layout
	nl := -1 // the next "\n" at or after off (len(text) when none)
	for off := 0; off <= len(text); {
		if nl < off {
			nl = strings.IndexByte(text[off:], '\n')
			if nl < 0 {
				nl = len(text)
			} else {
				nl += off
			}
		}
		// The line ends at the "\n" or at a "\r" before it; each search
		// stops at the line's end, so the scan stays linear.
		end := nl
		if cr := strings.IndexByte(text[off:nl], '\r'); cr >= 0 {
			end = off + cr
		}
		l := text[off:end]
		before := len(s.out)
		wrapped, wrappedCut := lay.wrapped, lay.cut
		lay.wrapped, lay.cut = "", false
		s.cutLine = s.wrapWidth > 0 && wrapwidth.Line(l) == s.wrapWidth
		s.cutStart, s.cutJoined = "", false
		if pendingName != "" && strings.TrimSpace(l) != "" {
			s.nextLineValue(pendingName, l, off, line)
		}
		pendingName = ""
		if echoed != "" && strings.TrimSpace(l) != "" {
			s.echoedValue(echoed, l, off, line)
		}
		echoed = ""
		if listed := lay.pending; listed != "" && strings.TrimSpace(l) != "" {
			lay.pending = ""
			if vs, ve, opener := listValue(l); opener {
				lay.pending = listed // the list opens here: its first item is next
			} else if ve > vs {
				s.nextLineValue(listed, l[vs:ve], off+vs, line)
				if strings.HasSuffix(strings.TrimRight(l, " \t"), ",") {
					lay.pending = listed // an item with a comma after it: the list's next item is below (Node's 'set-cookie': [ … ])
				} else if s.cutLine {
					lay.listCut = listed // an item a hard wrap cut: the list goes on after its end on the next line
				}
			}
		} else if listed := lay.listCut; listed != "" && strings.TrimSpace(l) != "" {
			lay.listCut = ""
			if strings.HasSuffix(strings.TrimRight(l, " \t"), ",") {
				lay.pending = listed // the cut item ended on this line, a comma after it: the next item is below
			}
		}
		if s.part != "" {
			s.partValue(l, off, line)
		}
		if s.contAuth != "" {
			vs := 0
			for vs < len(l) && (l[vs] == ' ' || l[vs] == '\t') {
				vs++
			}
			ve := vs
			for ve < len(l) && strings.IndexByte(" \t\"'\\", l[ve]) < 0 {
				ve++
			}
			if ve-vs >= 8 {
				s.add(Authorization, s.contAuth, off+vs, off+ve, line)
			}
			s.contAuth = ""
		}
		tailToEnd := false
		if wrapped != "" {
			if ok, toEnd := s.wrappedTail(wrapped, l, off, line, wrappedCut); ok {
				before = len(s.out)
				tailToEnd = toEnd
			}
		}
		if lay.keyLines > 0 {
			// a PuTTY key's private lines: base64, one line each
			lay.keyLines--
			if t := strings.TrimSpace(l); t != "" && !strings.Contains(t, ":") {
				st := off + strings.Index(l, t)
				s.add(PrivateKey, "PuTTY private key", st, st+len(t), line)
			} else {
				lay.keyLines = 0
			}
		}
		if n, ok := strings.CutPrefix(l, "Private-Lines: "); ok {
			lay.keyLines = min(atoiSmall(n), 1000)
		}
		from, flags := s.scanLine(l, off, line)
		s.yamlNameValue(l, from, off, line)
		if !s.isJSON && off >= s.jsonEnd && from < len(l) {
			if l[from] == '{' || l[from] == '[' {
				// a JSON document inside a text that is not JSON: walked to its end once
				s.jsonEnd = s.jsonFrom(off+from, line, true)
			} else if p := strings.Index(l[from:], `{"`); p > 0 {
				// one after a log's prefix on its line ("2024-05-12 INFO {"log":…"):
				// a HAR's name/value pairs are read only by the walk
				if l[from+p-1] == '[' {
					p-- // a list of such objects ("Body: [{"key":"password",…},…]"): all of it
				}
				s.jsonEnd = s.jsonFrom(off+from+p, line, true)
			}
		}
		if lay.fixedPairs || from < len(l) && l[from] == '-' {
			s.fixedPairRow(&lay, l, off, line)
		}
		if flags&hasPipe != 0 || lay.cols != nil || lay.pairCols {
			s.tableRow(&lay, l, off, line)
		} else if lay.csv != nil || flags&hasComma != 0 && len(l)-from < 4096 {
			s.csvRow(&lay, l[from:], off+from, line)
		}
		if len(s.out) == before {
			// DevTools' header panel copies a name on one line and its value on the next.
			if n := strings.TrimSuffix(strings.TrimSpace(l[from:]), ":"); n != "" && len(n) < 64 && isIdent(n) && headerClass(n) != hNone {
				pendingName = n
			} else if n := quotedItem(l[from:]); n != "" && len(n) < 64 && isIdent(n) && headerClass(n) != hNone {
				pendingName = n // Node's rawHeaders: a name, then its value, one item a line
			} else if n := s.listName(l[from:]); n != "" && lay.pending == "" {
				// a header's value printed as a list under its name
				lay.pending = n
			} else if n := s.cutName(l[from:]); n != "" && s.cutLine && lay.pending == "" {
				// a hard wrap moved the header's value to the next line
				lay.pending = n
			} else if n := echoedName(l); n != "" {
				echoed = n // a shell or a REPL asked to print a credential: its value is below
			}
		}
		if s.cutLine && !s.inner && end < len(text) {
			s.acrossCut(l, end, line)
		}
		if k := s.endsLine(off, end); k != "" {
			lay.wrapped = k
		}
		if lay.wrapped == "" && tailToEnd {
			// a credential wrapped over three lines or more: the whole
			// line was its middle, so its end is on the next one
			lay.wrapped = wrapped
		}
		if lay.wrapped == "" && s.cutStart != "" {
			lay.wrapped = s.cutStart
		}
		// a cut line, a cut seen in the next line, or a whole line that was a
		// credential's middle: the wrap goes on below, up to its end there
		lay.cut = lay.wrapped != "" && (s.cutLine || s.cutJoined || tailToEnd && wrappedCut)
		if len(l) > 0 {
			lay.prev, lay.prevBase = end, off
		}
		if end >= len(text) {
			break
		}
		if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		off = end + 1
		line++
	}
	s.pem()
	if s.isJSON {
		s.json()
	}
	return s.finish()
}

// AssignedVariables returns assignedVariable's test for text, for values
// found outside a scan of it (a header's value the reader scans alone).
func AssignedVariables(text string) func(v string) bool {
	s := &scanner{text: text}
	return s.assignedVariable
}

// assignedVariable reports whether v is a variable of code ("$userpassB64",
// "$authB64") that the text assigns ("$userpassB64 = …"): the value it
// holds is written there, and masked there if it is a credential. A name
// with digits is otherwise taken for a password written after a '$'.
// Each name is looked up once, and only a few names are.
func (s *scanner) assignedVariable(v string) bool {
	if len(v) < 3 || v[0] != '$' || !isCodeIdent(v[1:]) || strings.Contains(v, ".") {
		return false
	}
	if a, ok := s.assignedVars[v]; ok {
		return a
	}
	if len(s.assignedVars) >= 16 {
		return false
	}
	a := false
	for rest, k := s.text, 0; !a; rest = rest[k+len(v):] {
		if k = strings.Index(rest, v); k < 0 {
			break
		}
		after := strings.TrimLeft(rest[k+len(v):], " \t")
		a = strings.HasPrefix(after, "=") && !strings.HasPrefix(after, "==") && !strings.HasPrefix(after, "=>") &&
			(k+len(v) == len(rest) || !isIdentByte(rest[k+len(v)]))
	}
	if s.assignedVars == nil {
		s.assignedVars = map[string]bool{}
	}
	s.assignedVars[v] = a
	return a
}

// cutAt reports whether the line ending at the "\n" at text[nl] was cut by
// the text's hard wrap.
func (s *scanner) cutAt(nl int) bool {
	if s.wrapWidth == 0 {
		return false
	}
	ls := strings.LastIndexByte(s.text[:nl], '\n') + 1
	return wrapwidth.Line(s.text[ls:nl]) == s.wrapWidth
}

// acrossCut reads the end of line l, which a hard wrap cut at end, with
// the next line, for a credential whose name the cut split ("…&passw" /
// "ord=…", "postgresql:/" / "/user:pass@…", "\"pa" / "ssword\":\"…\""): a
// value found whole in the next line is masked there (one the cut itself
// split is wrappedTail's).
func (s *scanner) acrossCut(l string, end, line int) {
	nx := end + 1
	if s.text[end] == '\r' && nx < len(s.text) && s.text[nx] == '\n' {
		nx++
	}
	ne := strings.IndexByte(s.text[nx:], '\n')
	if ne < 0 {
		ne = len(s.text)
	} else {
		ne += nx
	}
	tail := l[max(0, len(l)-64):]
	inner := &scanner{text: tail + strings.TrimSuffix(s.text[nx:ne], "\r"), inner: true}
	for _, x := range inner.scan() {
		switch {
		case x.Start >= len(tail) && x.End > x.Start:
			s.add(x.Kind, x.Label, nx+x.Start-len(tail), nx+x.End-len(tail), line+1)
		case x.Start >= 0 && x.Start < len(tail) && x.End > len(tail) && !s.foundTo(end):
			// a value the cut itself split ("redis://:1" / "2VXk…@host"): its
			// two pieces, when the line's own scan did not see the first
			s.add(x.Kind, x.Label, end-(len(tail)-x.Start), end, line)
			s.add(x.Kind, x.Label, nx, nx+x.End-len(tail), line+1)
		}
	}
}

// foundTo reports whether one of the last credentials found ends at end
// (the scan stays linear: a few are looked at).
func (s *scanner) foundTo(end int) bool {
	for i := len(s.out) - 1; i >= 0 && i >= len(s.out)-8; i-- {
		if s.out[i].End == end {
			return true
		}
	}
	return false
}

// endsLine returns the kind of a credential found that runs to the end of
// the line from off to end, starting after the line's start (a wrapped
// credential's first part), or "". Of the last credentials found (a JSON
// document walked ahead adds those of later lines first), it looks at a
// few (the scan stays linear), and only when the line ends in a token's
// character.
func (s *scanner) endsLine(off, end int) Kind {
	for end > off && (s.text[end-1] == ' ' || s.text[end-1] == '\t') {
		end-- // a console's padding, Markdown's line break
	}
	if end == off || !isIdentByte(s.text[end-1]) && strings.IndexByte("+/=%", s.text[end-1]) < 0 {
		return ""
	}
	var k Kind
	for i := len(s.out) - 1; i >= 0 && i >= len(s.out)-8; i-- {
		x := s.out[i]
		if x.End == end && x.Start > off && (x.Kind == Authorization || x.Kind == APIKey || x.Kind == Token || x.Kind == Cookie || s.cutLine) {
			if x.Kind == Cookie {
				return Cookie // a cookie list's last value (one a token's shape too): the list goes on below
			}
			if k == "" {
				k = x.Kind
			}
		}
	}
	return k
}

type scanner struct {
	text   string
	isJSON bool // the text is JSON, which the JSON walk reads too
	inner  bool // the text was decoded from base64 in another: not decoded again
	// proseEnd is where the last value read after a credential word in a
	// sentence ended (an offset in text)
	proseEnd int
	// a multipart part named like a credential, whose value is on a line
	// below (attribute, partValue)
	part                string
	partKind            Kind
	partWeak, partBlank bool
	partLines           int
	section             string // an XML element named like a credential, open (xmlSection)
	contAuth            string // an Authorization scheme whose credentials a shell's "\\" moved to the next line
	// wrapWidth is the width a terminal hard-wrapped the text at (0 when it
	// does not look wrapped); cutLine is set while the line being scanned
	// is that wide, so a token running to its end was cut there; cutStart
	// is the kind of a known token's prefix cut at the end of that line
	// with too little of the token after it to be masked on its own.
	wrapWidth int
	cutLine   bool
	cutStart  Kind
	// cutJoined: the token cut at this line's end was seen to go on at the
	// next line's start (continuesBelow), a hard wrap the widths did not show
	cutJoined    bool
	assignedVars map[string]bool // assignedVariable's answers
	authLogin    bool            // the line before asked SMTP's AUTH LOGIN password ("334 UGFzc3dvcmQ6")
	jsonEnd      int             // where the last JSON document walked inside a text that is not JSON ends
	nv           nameValueLine   // a YAML list item "- name: API_TOKEN" whose "value:" is on a line below
	out          []Secret
	names        map[string]nameClass // names seen, classified once
	words        []tok                // scratch: the words of the line command or netrc reads (lineWords)
}

// nameClass is what headerClass and fieldClass say about a name.
type nameClass struct {
	h hclass
	f fclass
	k Kind
}

// classify is headerClass and fieldClass of name, remembered: a paste
// repeats few names many times ("name", "value", "Content-Type").
func (s *scanner) classify(name string) nameClass {
	if c, ok := s.names[name]; ok {
		return c
	}
	c := classOf(name)
	if len(s.text) < 1024 {
		return c // a header line or a value: few names, not worth a map
	}
	if s.names == nil {
		s.names = map[string]nameClass{}
	}
	if len(s.names) < 4096 {
		s.names[name] = c
	}
	return c
}

// add records text[start:end] as a credential on line.
func (s *scanner) add(k Kind, label string, start, end, line int) {
	if i := strings.IndexByte(s.text[start:end], '\n'); i >= 0 {
		// a value a hard wrap cut (a JSON string read on past the line's
		// end): each line's piece, so that masking keeps the line break
		s.add(k, label, start, start+len(strings.TrimSuffix(s.text[start:start+i], "\r")), line)
		s.add(k, label, start+i+1, end, line+1)
		return
	}
	if strings.ContainsAny(label, "\r\n") {
		label = strings.NewReplacer("\r", "", "\n", "").Replace(label) // a name the wrap cut too
	}
	for end > start && (s.text[end-1] == ' ' || s.text[end-1] == '\t') {
		end--
	}
	for start < end && (s.text[start] == ' ' || s.text[start] == '\t') {
		start++
	}
	if end <= start {
		return
	}
	v := s.text[start:end]
	if Placeholder(v) || notACredential(v) || s.assignedVariable(v) {
		return
	}
	if v[0] == '$' || v[0] == '{' {
		// "${TOKEN}", "{{token}}" cut at a brace by the value's end: a
		// shell or template variable
		for e := end; e < len(s.text) && e < end+2 && s.text[e] == '}'; e++ {
			if Placeholder(s.text[start : e+1]) {
				return
			}
		}
	}
	if v[0] == '{' {
		// "{q4Wz…}": the one pair of braces the docs write around where
		// the key goes, kept when the key is pasted in (or the value cut
		// before the closing brace): the credential is what is inside, so
		// that the same key written with and without its braces is one
		// value, and the braces stay readable around the mask.
		inner, e := v[1:], end
		if inner != "" && inner[len(inner)-1] == '}' {
			inner, e = inner[:len(inner)-1], e-1
		}
		if inner != "" && !strings.ContainsAny(inner, "{}\"' ,:;") {
			start, end, v = start+1, e, inner
		}
	}
	s.out = append(s.out, Secret{Kind: k, Label: label, Line: line, Start: start, End: end, Value: v})
}

// notACredential reports whether v, found where a credential's value goes,
// is one of the protocol's own words out of place: the name of a header
// that carries credentials ("Authorization", "X-Api-Key": a list of names
// and values whose value was empty, or lines in another order), a status
// line or code and reason phrase ("HTTP/1.1 403 Forbidden", "401
// Unauthorized") or a media type ("application/json"). No credential is
// one of these, and marking them would mask the dump's own structure.
func notACredential(v string) bool {
	if len(v) > 64 {
		return false
	}
	if headerClass(v) != hNone {
		return true
	}
	if statusText(v) {
		return true
	}
	return mediaType(v)
}

// statusText: "HTTP/1.1 403 Forbidden", "HTTP/2 401", "401 Unauthorized".
func statusText(v string) bool {
	if rest, ok := strings.CutPrefix(v, "HTTP/"); ok {
		_, code, _ := strings.Cut(rest, " ")
		return len(code) >= 3 && code[0] >= '1' && code[0] <= '5' && ascii.AllDigits(code[:3]) && (len(code) == 3 || code[3] == ' ')
	}
	code, reason, ok := strings.Cut(v, " ")
	return ok && len(code) == 3 && code[0] >= '1' && code[0] <= '5' && ascii.AllDigits(code) && reasonPhrase(reason)
}

// reasonPhrase: one to four capitalised words of letters ("Unauthorized",
// "Too Many Requests", "Not Found").
func reasonPhrase(r string) bool {
	ws := strings.Fields(r)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i] | 0x20; c < 'a' || c > 'z' {
				if w[i] != '-' {
					return false
				}
			}
		}
	}
	return true
}

// mediaType: a top-level type of the registry and a subtype
// ("application/json", "text/html; charset=utf-8").
func mediaType(v string) bool {
	typ, sub, ok := strings.Cut(v, "/")
	if !ok {
		return false
	}
	switch typ {
	case "application", "text", "image", "audio", "video", "multipart", "font", "model", "message":
	default:
		return false
	}
	sub, _, _ = strings.Cut(sub, ";")
	if sub == "" {
		return false
	}
	for i := 0; i < len(sub); i++ {
		c := sub[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == '*') {
			return false
		}
	}
	return true
}

// finish sorts, merges overlapping spans (keeping the first one's kind) and
// fills the previews.
func (s *scanner) finish() []Secret {
	out := s.out
	// Start first, the longer span first at one start, else in the order
	// found; most are in order already (the lines' finds, then the JSON
	// walk's). The order is found on indices: a Secret is large to move.
	byPos := func(a, b *Secret) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	}
	sorted := true
	for i := 1; i < len(out) && sorted; i++ {
		sorted = byPos(&out[i-1], &out[i]) <= 0
	}
	if !sorted {
		idx := make([]int, len(out))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int {
			if c := byPos(&out[a], &out[b]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		in := out
		out = make([]Secret, len(in))
		for i, k := range idx {
			out[i] = in[k]
		}
	}
	kept := out[:0]
	for _, x := range out {
		if n := len(kept); n > 0 && x.Start < kept[n-1].End {
			if x.End > kept[n-1].End {
				kept[n-1].End = x.End
				kept[n-1].Value = s.text[kept[n-1].Start:x.End]
			}
			continue
		}
		kept = append(kept, x)
	}
	for i := range kept {
		fill(&kept[i])
	}
	return kept
}

// fill sets Preview, Length and Checksum from Value.
func fill(x *Secret) {
	x.Length = len(x.Value)
	x.Preview = Preview(x.Value)
	if x.Checksum == "" {
		x.Checksum = checksum(x.Value)
	}
}

// Preview shows a few leading characters of v and its length, never enough
// to use it: a known public prefix (ghp_, xoxb-, AKIA, eyJ, sk_live_) or at
// most one character in eight, up to four.
func Preview(v string) string {
	n := min(len(v)/8, 4)
	if p := publicPrefix(v); len(p) > n {
		n = len(p)
	}
	for n > 0 && n < len(v) && v[n]&0xC0 == 0x80 {
		n--
	}
	return v[:n] + "… (" + strconv.Itoa(len(v)) + " chars)"
}

// MaskedTail reports whether v keeps a few leading characters of a value
// and masks the rest with a run of x, X, * or # ("7c2fxxxxxxxx",
// "2.XXXXXXXXXX", "AKIA####"): at least four masking characters after at
// most twelve kept ones, or at least six after a JWT's header segment and
// nothing more (the header names only the algorithm and the type) or after
// an identifier and the '=' or ':' that starts the secret part, and no
// space. A random credential ends in such a run about once in 16 million.
// A longer head of any other value is not a stand-in: forty characters of
// a forty-six character key are most of the key, and are masked.
func MaskedTail(v string) bool {
	if len(v) > 200 || strings.IndexByte(v, ' ') >= 0 || strings.IndexByte(v, '\t') >= 0 {
		return false
	}
	run := 0
	for run < len(v) {
		switch v[len(v)-1-run] {
		case 'x', 'X', '*', '#':
			run++
			continue
		}
		break
	}
	kept := len(v) - run
	return run >= 4 && kept > 0 && kept <= 12 || run >= 6 && (jwtHeaderSegment(v[:kept]) || idThenSecret(v[:kept]))
}

// maskedRun reports whether v was masked by hand inside: a stretch of eight
// or more of one masking character ('x', 'X', '*', '#') in a row, which a
// random secret does not hold, with such stretches (four or more) covering
// at least half of it, so what is left is the user's choice to show
// ("AIzaSyBxxxxxxxxxxxxxxxxr7kpq"). A value mostly kept is still a
// credential, and masked (TestLongKeptHeadStillMasked). Only shortOfShape
// asks it: for any value, a URL cut by a terminal's width leaves a piece
// without the stretch, read as the secret, so the wrapped and the bare
// paste would differ (classifier/wrapping_test.go).
func maskedRun(v string) bool {
	if len(v) > 200 {
		return false
	}
	run, longest, masked := 0, 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && (v[i] == 'x' || v[i] == 'X' || v[i] == '*' || v[i] == '#') && (run == 0 || v[i] == v[i-1]) {
			run++
			continue
		}
		if run >= 4 {
			masked += run
		}
		longest = max(longest, run)
		run = 0
		if i < len(v) && (v[i] == 'x' || v[i] == 'X' || v[i] == '*' || v[i] == '#') {
			run = 1
		}
	}
	return longest >= 8 && 2*masked >= len(v)
}

// idThenSecret reports whether h, the kept head of a masked value, ends
// where a secret part starts: an identifier then '=' or ':' (Proxmox's
// "user@pve!tokenid=", a decoded Basic "user:"), at most 48 bytes, so the
// whole secret part is what was masked.
func idThenSecret(h string) bool {
	if len(h) < 2 || len(h) > 48 || h[len(h)-1] != '=' && h[len(h)-1] != ':' {
		return false
	}
	return h[len(h)-2] != '=' // base64's padding ends a value, it starts none
}

// jwtHeaderSegment reports whether h is a JWT's first segment alone (with
// or without the dot after it): "eyJ" then base64url, at most 48 bytes.
func jwtHeaderSegment(h string) bool {
	h = strings.TrimSuffix(h, ".")
	if len(h) > 48 || !strings.HasPrefix(h, "eyJ") {
		return false
	}
	for i := 0; i < len(h); i++ {
		if !ascii.IsIdent(h[i]) { // base64url's alphabet
			return false
		}
	}
	return true
}

// Placeholder reports whether v is a stand-in rather than a credential: a
// redaction marker, stars, "<token>", "${TOKEN}", "{{token}}", "$TOKEN",
// "xxx", a YAML reference ("!secret elastic_pass").
func Placeholder(v string) bool {
	// a member of a printed object ends at its comma; Markdown quotes code
	// in backticks ("`Authorization: <token>`")
	v = strings.Trim(strings.TrimRight(strings.TrimSpace(v), ",;"), "\"'`")
	if v == "" {
		return true
	}
	switch {
	case containsFold(v, "redacted"), strings.Contains(v, "***"), strings.Contains(v, "•••"),
		strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">"),
		strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"),
		strings.HasPrefix(v, "{{") && strings.HasSuffix(v, "}}"),
		strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") && len(v) > 2 && codeVariable(v[1:len(v)-1]), // Python's f"Bearer {token}"
		strings.HasPrefix(v, "%") && strings.HasSuffix(v, "%") && len(v) > 2,
		strings.HasPrefix(v, "$") && len(v) > 1 && isUpperIdent(v[1:]),
		shellVariable(v), // PowerShell's and the shells' "$tok", "$accessToken", "$env:API_TOKEN", "$($resp.access_token)"
		strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") && len(v) > 2 && len(v) <= 32 && upperWords(v[1:len(v)-1]), // Spring's "Credentials: [PROTECTED]", cf's "[PRIVATE DATA HIDDEN]"
		upperStandIn(v), // "INDEXER_PASSWORD", "YOUR_API_KEY": the name of the value, written where the value goes
		v == "[Array]" || v == "[Object]" || strings.HasPrefix(v, "[Function") || v == "[Getter]" || v == "[Getter/Setter]", // Node's util.inspect past its depth
		strings.HasPrefix(v, "!secret ") && isCodeIdent(strings.TrimSpace(v[len("!secret "):])),                             // Home Assistant's YAML reference to secrets.yaml
		standIn(v), // "Authorization: Token token"
		len(v) > 2 && (v[0] == '(' && v[len(v)-1] == ')' || v[0] == '[' && v[len(v)-1] == ']') && (standIn(v[1:len(v)-1]) || removalPhrase(v[1:len(v)-1])), // "(removed)", "[hidden]", "(oauth token removed)"
		len(v) > 2 && v[0] == '*' && v[len(v)-1] == '*' && standIn(v[1:len(v)-1]),                                                                          // wget's echo of a URL's password: "user:*password*@host"
		hasPrefixFold(v, "hmac-sha256:"),                         // an audit log's HMAC of the credential (Vault), not the credential
		strings.HasSuffix(v, "...") || strings.HasSuffix(v, "…"), // shortened by hand: it no longer works
		publicPrefix(v) == v,                                     // only a token's public prefix ("ghp_", "sk_live_", "eyJ"): the secret part was cut off
		shortOfShape(v),                                          // "ghp_1a2b": a known token shortened below its length: it no longer works
		MaskedTail(v),                                            // "7c2fxxxxxx", "2.XXXXXXXX": the first characters kept, the rest masked
		containsFold(v, "censored"),
		v == AnsibleNoLog, // what Ansible prints for every value of a no_log parameter
		v == "…" || v == "...":
		return true
	}
	// masking characters, spaced out or not ("* * * * *" is git-lfs's
	// trace for every credential it sends)
	marks := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case 'x', 'X', '*', '.', '#', '-':
			marks++
		case ' ':
		default:
			return false
		}
	}
	return marks >= 3 || v == "*"
}

// AnsibleNoLog is the value Ansible writes in a task's result in place of
// each value of a parameter marked no_log (url_password, password,
// client_secret): a stand-in, no secret.
const AnsibleNoLog = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"

// standInWords are values people write where they removed a credential: the
// credential's own name ("Token token", "password: password"). Masking them
// would also blank that word everywhere in a report.
var standInWords = map[string]bool{"token": true, "secret": true, "password": true, "passwd": true, "pass": true, "apikey": true,
	"api_key": true, "key": true, "credentials": true, "bearer": true, "mytoken": true, "my_token": true, "your_token": true,
	"yourtoken": true, "your_api_key": true, "access_token": true, "accesstoken": true, "token_here": true, "your_token_here": true,
	"client_secret": true, "mysecret": true, "my_secret": true, "mypassword": true, "my_password": true, "your_password": true,
	// the markers of loggers that mask a credential (Spring Security's
	// [PROTECTED], Rails' [FILTERED]) once a reader took the brackets off
	"protected": true, "filtered": true,
	// and the words loggers and people put in a removed value's place,
	// often in parentheses ("apikey=(removed)", "password: (hidden)")
	"removed": true, "hidden": true, "masked": true, "omitted": true, "sensitive": true,
	// a cut the person marked where the value was ("?apikey=SNIP")
	"snip": true, "snipped": true}

// removalWords are the last words of a phrase a logger or a person writes
// in a removed value's place ("(oauth token removed)", PyGithub's debug
// log; "[password hidden]"), lower case.
var removalWords = map[string]bool{"removed": true, "hidden": true, "masked": true, "omitted": true, "filtered": true,
	"redacted": true, "snipped": true, "elided": true, "stripped": true, "scrubbed": true}

// removalPhrase reports whether v, the inside of a pair of parentheses or
// brackets, is a short phrase of letters that ends in a removalWords word
// ("oauth token removed", "api key hidden"): it says the value was taken
// out, so it is none. At most five words and no verb of being, so that a
// sentence in parentheses that merely ends so ("[PII is hidden]", which
// IdentityModel writes in its exceptions for whatever it leaves out, a
// token the server received among them) is not taken for one.
func removalPhrase(v string) bool {
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 5 || !removalWords[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(w) {
		case "is", "are", "was", "were", "been", "be":
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i] | 0x20; (c < 'a' || c > 'z') && w[i] != '-' && w[i] != '_' {
				return false
			}
		}
	}
	return true
}

// standInCores are the credential words a stand-in is built around
// ("my_password", "api_key_here", "yourtoken"), lower case.
var standInCores = map[string]bool{"token": true, "secret": true, "password": true, "passwd": true, "pass": true, "pwd": true,
	"apikey": true, "api_key": true, "key": true, "access_token": true, "accesstoken": true, "auth_token": true,
	"client_secret": true, "client_id": true, "credentials": true}

// affixedStandIn reports whether a lower-cased value (with '_' for '-'
// and ' ') is one of standInCores with the words people wrap it in when
// they write a stand-in: "my" or "your" before it, "here" after it
// ("mypwd", "your_access_token", "password_here", "client_id_here").
func affixedStandIn(w string) bool {
	core := w
	for _, p := range []string{"my_", "my", "your_", "your"} {
		if c, ok := strings.CutPrefix(core, p); ok {
			core = c
			break
		}
	}
	if c, ok := strings.CutSuffix(core, "here"); ok {
		core = strings.TrimSuffix(c, "_")
	}
	return core != w && standInCores[core]
}

// upperStandIns are the credential words of an upper-case name written
// where its value goes ("INDEXER_PASSWORD", "MASTER_TOKEN_PLACEHOLDER",
// "LONG-LIVED-TOKEN", "KEY-FROM-SETTINGS").
var upperStandIns = map[string]bool{"PASSWORD": true, "PASSWD": true, "PASS": true, "PWD": true, "TOKEN": true,
	"SECRET": true, "KEY": true, "APIKEY": true, "PLACEHOLDER": true}

// upperStandIn reports whether v is an upper-case name of several words
// joined by '_' or '-' that ends in a credential word, or holds one among
// three words or more ("GROCY-KEY-FROM-SETTINGS", "the key from the
// settings" written in capitals): no digits, so a generated key stays a
// secret. Linear in v.
func upperStandIn(v string) bool {
	words, cred, start := 0, false, 0
	last := ""
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '_' && v[i] != '-' {
			if c := v[i]; c < 'A' || c > 'Z' {
				return false
			}
			continue
		}
		w := v[start:i]
		if w == "" {
			return false // a leading, trailing or doubled separator
		}
		words++
		cred = cred || upperStandIns[w]
		last, start = w, i+1
	}
	return words >= 2 && (upperStandIns[last] || words >= 3 && cred)
}

// upperWords reports whether s is upper-case words (upperWord) with
// single spaces between them: "PRIVATE DATA HIDDEN".
func upperWords(s string) bool {
	for _, w := range strings.Split(s, " ") {
		if !upperWord(w) {
			return false
		}
	}
	return true
}

// standIn reports whether v, lower-cased with '-' and ' ' read as '_', is
// one of standInWords: without building a replacer and a lower-cased copy
// for every value (Placeholder sees each credential found). Non-ASCII
// values take the general way: U+0130 and U+212A lower-case to i and k.
func standIn(v string) bool {
	if len(v) > maxStandIn {
		return false
	}
	var b [maxStandIn]byte
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= utf8.RuneSelf:
			w := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(v))
			return standInWords[w] || affixedStandIn(w)
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '-' || c == ' ':
			c = '_'
		}
		b[i] = c
	}
	w := string(b[:len(v)])
	return standInWords[w] || affixedStandIn(w)
}

// maxStandIn bounds the values standIn looks up: the longest word, 15
// letters, each of which may be written with three bytes (U+212A).
const maxStandIn = 45

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case, without allocating: some offset of s where every
// byte, with its 0x20 bit set, is sub's byte. It runs over every line of a
// paste (encodedBasic) and many values, so the offsets tried are only those
// holding one of the two bytes that fold to sub's first (strings.IndexByte
// for each), not every one.
func containsFold(s, sub string) bool {
	if len(sub) == 0 {
		return true
	}
	last := len(s) - len(sub) // the last offset sub fits at
	if last < 0 || sub[0]&0x20 == 0 {
		return false // no byte folds to a first byte without its 0x20 bit
	}
	lo, up := sub[0], sub[0]&^0x20
	head := s[:last+1]
	a, b := strings.IndexByte(head, lo), strings.IndexByte(head, up)
	for a >= 0 || b >= 0 {
		i := a
		if a < 0 || b >= 0 && b < a {
			i = b
		}
		if foldsTo(s[i+1:i+len(sub)], sub[1:]) {
			return true
		}
		if i == a {
			a = nextByte(head, i, lo)
		} else {
			b = nextByte(head, i, up)
		}
	}
	return false
}

// nextByte is the offset of the first c in s after offset i, or -1.
func nextByte(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i+1:], c); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// foldsTo reports whether every byte of s, with its 0x20 bit set, is the
// byte of w at the same offset (len(s) == len(w)).
func foldsTo(s, w string) bool {
	for j := 0; j < len(w); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// upperWord reports whether s is one upper-case word ("PROTECTED", "MASKED"):
// no digits, so a key such as AKIA… in brackets stays a secret.
func upperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '_') {
			return false
		}
	}
	return s != ""
}

// shellVariable reports whether v is a variable of a shell or PowerShell
// rather than a value: "$" and a lower-case name without digits ("$tok",
// "$accessToken", "$bearer_token"; a password that starts with "$" has
// digits or symbols), "$env:" and a name, or a "$( … )" subexpression of
// names and dots.
func shellVariable(v string) bool {
	if len(v) < 2 || v[0] != '$' {
		return false
	}
	if rest, ok := strings.CutPrefix(v, "$env:"); ok {
		return isCodeIdent(rest)
	}
	if strings.HasPrefix(v, "$(") && strings.HasSuffix(v, ")") {
		in := strings.TrimPrefix(v[2:len(v)-1], "$")
		return isCodeIdent(in)
	}
	n := v[1:]
	if !(n[0] >= 'a' && n[0] <= 'z') || len(n) > 32 || !isCodeIdent(n) || strings.Contains(n, ".") {
		return false
	}
	for i := 0; i < len(n); i++ {
		if isDigitByte(n[i]) {
			return false
		}
	}
	return true
}

func isUpperIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}

func isIdentByte(c byte) bool { return identByte[c] }

// identByte is isIdentByte's table: ASCII letters and digits, '-', '_' and
// '.' (the scanner asks it of nearly every byte of a paste).
var identByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
	}
	return t
}()

func isIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i]) {
			return false
		}
	}
	return s != ""
}

func isAlnum(c byte) bool { return identByte[c] && c != '-' && c != '_' && c != '.' }

// HighEntropy reports whether v looks random enough to be a key: at least 8
// bytes, no spaces, and at least two of lower case, upper case and digits
// with no long run of one character.
func HighEntropy(v string) bool {
	if len(v) < 8 || strings.ContainsAny(v, " \t") {
		return false
	}
	var lo, up, dig, other int
	distinct := map[byte]bool{}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			lo = 1
		case c >= 'A' && c <= 'Z':
			up = 1
		case c >= '0' && c <= '9':
			dig = 1
		default:
			other = 1
		}
		if len(distinct) < 8 {
			distinct[c] = true
		}
	}
	_ = other
	return lo+up+dig >= 2 && len(distinct) >= 6
}

// codeVariable reports whether s, written inside one pair of braces, names
// a variable (f"Bearer {token}", "{self.api_key}") rather than holding a
// key someone wrapped in the braces of the docs' "{your-key}": a random
// run of letters and digits ("{k7Qz2vLp9XwR4tNb}") is the key itself.
func codeVariable(s string) bool {
	return isCodeIdent(s) && !(HighEntropy(s) && !wordish(s))
}

// isCodeIdent reports whether s is a variable as code names one: letters,
// digits, '_' and '.', not starting with a digit ("token", "self.api_key").
func isCodeIdent(s string) bool {
	if s == "" || isDigitByte(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigitByte(c) || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix p,
// ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && foldsTo(s[:len(p)], p)
}

// atoiSmall is the value of a short run of digits (0 for anything else).
func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 6; i++ {
		if !isDigitByte(s[i]) {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
