package parse

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// command is a shell command line found in the paste. For curl, HTTPie and
// wget it describes the request the command sends, as far as the command
// line shows it.
type command struct {
	tool    string // "curl", "http", "wget", or another program
	method  string
	url     string
	fields  []Field // -H headers and credentials the options imply
	cert    string  // TLS client certificate named with --cert
	follow  bool    // -L: redirects are followed
	head    bool    // -I
	late    *Field  // a credential sent only after a challenge (--digest, wget --user)
	auth    bool    // the command line gives credentials
	verbose bool
	foff    []int // for each of fields, its line offset from the command's first line
	offs    []int // for each argument, its line offset
	cur     int   // line offset of the argument being read
}

// add appends a field that the current argument gives.
func (c *command) add(f Field) {
	c.fields = append(c.fields, f)
	c.foff = append(c.foff, c.cur)
}

// setCur notes that argument i is being read.
func (c *command) setCur(i int) {
	if i >= 0 && i < len(c.offs) {
		c.cur = c.offs[i]
	}
}

// httpTools are the programs whose command lines Parse turns into requests.
var httpTools = map[string]bool{"curl": true, "curl.exe": true, "http": true, "https": true, "wget": true, "xh": true}

// cliTools are other command-line clients whose error lines people paste.
var cliTools = map[string]bool{"gsutil": true, "gcloud": true, "aws": true, "az": true, "kubectl": true,
	"docker": true, "helm": true, "git": true, "npm": true, "pip": true, "python": true, "python3": true, "node": true}

// parseCommandLine recognises a shell command behind a prompt ("$ ",
// "[root@host ~]# ", "➜  dir "), or a bare curl/HTTPie/wget invocation.
func parseCommandLine(t string) *command { return parseCommand(t, nil) }

// parseCommand reads a command line and the lines it continues on (after a
// trailing backslash, caret or backtick, with the marker removed).
func parseCommand(t string, cont []string) *command {
	if len(t) < 4 {
		return nil
	}
	p, prompt := promptEnd(t)
	rest := t[p:]
	if !prompt {
		w, _, _ := strings.Cut(rest, " ")
		if i := strings.LastIndexAny(w, "/\\"); i >= 0 {
			w = w[i+1:]
		}
		if !httpTools[w] && w != "sudo" && !strings.Contains(w, "=") {
			return nil
		}
	}
	words := shellWords(plainQuotes(rest), 4096)
	offs := make([]int, len(words), len(words)+8*len(cont))
	for k, cl := range cont {
		for _, w := range shellWords(plainQuotes(cl), 4096) {
			words = append(words, w)
			offs = append(offs, k+1)
		}
	}
	// Skip environment assignments and sudo.
	for len(words) > 0 && (strings.Contains(words[0], "=") && !strings.HasPrefix(words[0], "-") || words[0] == "sudo") {
		words, offs = words[1:], offs[1:]
	}
	if len(words) == 0 {
		return nil
	}
	tool := words[0]
	if i := strings.LastIndexAny(tool, "/\\"); i >= 0 {
		tool = tool[i+1:]
	}
	if !prompt {
		if !httpTools[tool] || len(words) < 2 {
			return nil
		}
		// A bare "http ..." must be followed by a method, an option or a URL.
		a := words[1]
		if !(strings.HasPrefix(a, "-") || methods[a] || strings.Contains(a, "://") || strings.Contains(a, ".") || strings.HasPrefix(a, ":")) {
			return nil
		}
	}
	c := &command{tool: tool, offs: offs[1:]}
	switch tool {
	case "curl", "curl.exe":
		c.tool = "curl"
		c.readCurl(words[1:])
	case "http", "https", "xh":
		c.readHTTPie(words[1:])
	case "wget":
		c.readWget(words[1:])
	default:
		for _, w := range words[1:] {
			if strings.Contains(w, "://") {
				c.url = w
				break
			}
		}
		if c.url == "" && !cliTools[tool] {
			return nil // a Markdown heading or a prompt-like line of prose
		}
	}
	return c
}

// promptEnd returns the offset just past a shell prompt, and whether one was found.
func promptEnd(t string) (int, bool) {
	for _, p := range []string{"$ ", "# ", "% ", "❯ ", "λ ", "> "} {
		if strings.HasPrefix(t, p) {
			if p == "> " {
				return 0, false // a curl -v request line, not a prompt
			}
			return len(p), true
		}
	}
	if strings.HasPrefix(t, "➜") {
		r := strings.TrimLeft(t[len("➜"):], " ")
		if i := strings.IndexByte(r, ' '); i > 0 {
			return len(t) - len(r) + i + 1, true
		}
		return 0, false
	}
	lim := t
	if len(lim) > 100 {
		lim = lim[:100]
	}
	// "[root@host dir]# ", "user@host:~/x$ ", "PS C:\x> ", "C:\x>"
	for _, end := range []string{"]# ", "]$ ", "$ ", "# ", "> "} {
		i := strings.Index(lim, end)
		if i <= 0 {
			continue
		}
		head := lim[:i+len(end)-1]
		switch {
		case strings.HasPrefix(head, "[") && strings.Contains(head, "@"),
			!strings.ContainsAny(head, " \t") && len(head) <= 60 && !strings.HasSuffix(head, ":") &&
				strings.ContainsAny(head, "@:~/\\") && !strings.HasPrefix(head, "-"),
			strings.HasPrefix(head, "PS ") && strings.Contains(head, ":\\"):
			return i + len(end), true
		}
	}
	return 0, false
}

// shellWords splits a command line the way a POSIX shell would, roughly: it
// honours quotes and backslashes and stops at a pipe, ';' or '&&'.
func shellWords(s string, max int) []string {
	var words []string
	var b strings.Builder
	in := false
	flush := func() {
		if in {
			words = append(words, b.String())
			b.Reset()
			in = false
		}
	}
	for i := 0; i < len(s) && len(words) < max; i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			flush()
		case c == '\'':
			in = true
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				b.WriteString(s[i+1:])
				i = len(s)
			} else {
				b.WriteString(s[i+1 : i+1+j])
				i += j + 1
			}
		case c == '"':
			in = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				b.WriteByte(s[i])
			}
		case c == '\\' && i+1 < len(s):
			in = true
			i++
			b.WriteByte(s[i])
		case c == '|' || c == ';' || c == '&' && i+1 < len(s) && s[i+1] == '&':
			flush()
			return words
		case c == '`' && !in:
			// an inline-code backtick around the command
		default:
			in = true
			b.WriteByte(c)
		}
	}
	flush()
	return words
}

// curlArgOpts are curl's short options that take a value.
const curlArgShort = "HXduUxAebcoEFwmTrKDzYyCPQt"

var curlArgLong = map[string]bool{
	"--header": true, "--request": true, "--data": true, "--data-raw": true, "--data-binary": true,
	"--data-urlencode": true, "--data-ascii": true, "--json": true, "--form": true, "--form-string": true,
	"--user": true, "--proxy-user": true, "--proxy": true, "--user-agent": true, "--referer": true,
	"--cookie": true, "--cookie-jar": true, "--output": true, "--cert": true, "--key": true,
	"--cacert": true, "--capath": true, "--write-out": true, "--max-time": true, "--connect-timeout": true,
	"--resolve": true, "--connect-to": true, "--upload-file": true, "--oauth2-bearer": true,
	"--range": true, "--config": true, "--retry": true, "--max-redirs": true, "--interface": true,
	"--cert-type": true, "--key-type": true, "--pass": true, "--aws-sigv4": true, "--dump-header": true,
	"--trace": true, "--trace-ascii": true, "--limit-rate": true, "--time-cond": true, "--proto": true,
	"--proto-redir": true, "--noproxy": true, "--unix-socket": true, "--url": true, "--request-target": true,
	"--ciphers": true, "--proxy-header": true, "--proxy-cacert": true, "--proxy-cert": true, "--proxy-key": true,
	"--variable": true, "--expect100-timeout": true, "--retry-delay": true, "--retry-max-time": true,
	"--stderr": true, "--local-port": true, "--dns-servers": true, "--hostpubmd5": true, "--login-options": true,
	"--sasl-authzid": true, "--service-name": true, "--socks5": true, "--socks5-hostname": true, "--preproxy": true,
	"--ftp-port": true, "--mail-from": true, "--mail-rcpt": true, "--url-query": true,
}

func (c *command) readCurl(args []string) {
	var user, proxyUser, scheme, proxyScheme, cookie, bearer string
	var data, sigv4 bool
	userSet := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		var opt, val string
		hasVal := false
		switch {
		case strings.HasPrefix(a, "--"):
			opt = a
			if k := strings.IndexByte(a, '='); k > 0 && curlArgLong[a[:k]] {
				opt, val, hasVal = a[:k], a[k+1:], true
			} else if curlArgLong[a] && i+1 < len(args) {
				i++
				val, hasVal = args[i], true
			}
			c.setCur(i)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			// Short options may be combined: -sSL, -vk, -XPOST, -uuser:pass.
			for k := 1; k < len(a); k++ {
				f := a[k]
				if strings.IndexByte(curlArgShort, f) >= 0 {
					opt = "-" + string(f)
					if k+1 < len(a) {
						val, hasVal = a[k+1:], true
					} else if i+1 < len(args) {
						i++
						val, hasVal = args[i], true
					}
					c.setCur(i)
					break
				}
				switch f {
				case 'L':
					c.follow = true
				case 'I':
					c.head = true
				case 'v':
					c.verbose = true
				case 'G':
					c.method = "GET"
				}
			}
			if opt == "" {
				continue
			}
		default:
			if c.url == "" {
				c.url = a
			}
			continue
		}
		switch opt {
		case "--location", "--location-trusted":
			c.follow = true
		case "--head":
			c.head = true
		case "--verbose":
			c.verbose = true
		case "--digest":
			scheme = "Digest"
		case "--ntlm", "--ntlm-wb":
			scheme = "NTLM"
		case "--negotiate":
			scheme = "Negotiate"
		case "--anyauth":
			scheme = "any"
		case "--basic":
			scheme = "Basic"
		case "--proxy-ntlm":
			proxyScheme = "NTLM"
		case "--proxy-digest":
			proxyScheme = "Digest"
		case "--proxy-negotiate":
			proxyScheme = "Negotiate"
		case "--proxy-anyauth":
			proxyScheme = "any"
		}
		if !hasVal {
			continue
		}
		switch opt {
		case "-H", "--header":
			name, value, ok := strings.Cut(val, ":")
			if ok && strings.TrimSpace(value) != "" {
				c.add(Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
			} else if n, found := strings.CutSuffix(strings.TrimSpace(val), ";"); found {
				c.add(Field{Name: n})
			}
		case "-X", "--request":
			c.method = strings.ToUpper(val)
		case "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--data-ascii", "--json", "-F", "--form", "--form-string", "-T", "--upload-file":
			data = true
			if opt == "-T" || opt == "--upload-file" {
				c.method = firstNonEmpty(c.method, "PUT")
			}
		case "-u", "--user":
			user, userSet = val, true
		case "-U", "--proxy-user":
			proxyUser = val
		case "-b", "--cookie":
			if strings.Contains(val, "=") {
				cookie = val
			}
		case "--oauth2-bearer":
			bearer = val
		case "-A", "--user-agent":
			c.add(Field{Name: "User-Agent", Value: val})
		case "-e", "--referer":
			c.add(Field{Name: "Referer", Value: val})
		case "-E", "--cert":
			c.cert = "certificate file " + strings.SplitN(val, ":", 2)[0]
		case "--aws-sigv4":
			sigv4 = true
		case "--url":
			c.url = val
		}
	}
	c.cur = 0 // credentials implied by options point at the command's first line
	if c.head && c.method == "" {
		c.method = "HEAD"
	}
	if c.method == "" {
		c.method = "GET"
		if data {
			c.method = "POST"
		}
	}
	c.url, user, userSet = normalizeURL(c.url, user, userSet)
	c.auth = userSet || bearer != ""
	has := func(n string) bool { return Fields(c.fields).Has(n) }
	if userSet && !has("Authorization") {
		switch {
		case sigv4:
			c.add(Field{Name: "Authorization", Value: "AWS4-HMAC-SHA256 Credential=" + strings.SplitN(user, ":", 2)[0] + "/..."})
		case scheme == "" || scheme == "Basic":
			c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user))})
		case scheme == "NTLM":
			c.add(Field{Name: "Authorization", Value: "NTLM (type 1 message)"})
		default:
			s := scheme
			if s == "any" {
				s = "Basic"
			}
			c.late = &Field{Name: "Authorization", Value: s + " username=\"" + strings.SplitN(user, ":", 2)[0] + "\""}
		}
	}
	if proxyUser != "" && !has("Proxy-Authorization") {
		switch proxyScheme {
		case "", "Basic":
			c.add(Field{Name: "Proxy-Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(proxyUser))})
		case "NTLM":
			c.add(Field{Name: "Proxy-Authorization", Value: "NTLM (type 1 message)"})
		}
	}
	if bearer != "" && !has("Authorization") {
		c.add(Field{Name: "Authorization", Value: "Bearer " + bearer})
	}
	if cookie != "" && !has("Cookie") {
		c.add(Field{Name: "Cookie", Value: cookie})
	}
}

// normalizeURL gives a scheme to a curl-style URL and takes user:pass@ out of it.
func normalizeURL(u, user string, userSet bool) (string, string, bool) {
	if u == "" {
		return "", user, userSet
	}
	scheme := "http://"
	rest := u
	if i := strings.Index(u, "://"); i > 0 {
		scheme, rest = u[:i+3], u[i+3:]
	}
	hostEnd := strings.IndexAny(rest, "/?#")
	if hostEnd < 0 {
		hostEnd = len(rest)
	}
	if at := strings.LastIndexByte(rest[:hostEnd], '@'); at >= 0 {
		if !userSet {
			user, userSet = rest[:at], true
		}
		rest = rest[at+1:]
	}
	return scheme + rest, user, userSet
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// readHTTPie reads "http [flags] [METHOD] URL [items]".
func (c *command) readHTTPie(args []string) {
	var auth, authType string
	data := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-a" || a == "--auth":
			if i+1 < len(args) {
				i++
				auth = args[i]
			}
		case strings.HasPrefix(a, "--auth="):
			auth = a[len("--auth="):]
		case a == "-A" || a == "--auth-type":
			if i+1 < len(args) {
				i++
				authType = args[i]
			}
		case strings.HasPrefix(a, "--auth-type="):
			authType = a[len("--auth-type="):]
		case a == "-v" || a == "--verbose":
			c.verbose = true
		case a == "--follow" || a == "-F":
			c.follow = true
		case strings.HasPrefix(a, "-"):
		case c.method == "" && c.url == "" && methods[a]:
			c.method = a
		case c.url == "":
			c.url = a
		default:
			switch k := strings.IndexAny(a, ":=@"); {
			case k <= 0:
			case a[k] == ':' && !strings.HasPrefix(a[k:], ":="):
				if v := a[k+1:]; v != "" {
					c.add(Field{Name: a[:k], Value: v})
				}
			case a[k] == '=' && !strings.HasPrefix(a[k:], "=="):
				data = true
			case strings.HasPrefix(a[k:], ":="):
				data = true
			}
		}
	}
	if c.method == "" {
		c.method = "GET"
		if data {
			c.method = "POST"
		}
	}
	if c.url != "" && !strings.Contains(c.url, "://") {
		s := "http://"
		if c.tool == "https" {
			s = "https://"
		}
		if strings.HasPrefix(c.url, ":") {
			c.url = "localhost" + c.url
		}
		c.url = s + c.url
	}
	c.auth = auth != ""
	if auth != "" && !Fields(c.fields).Has("Authorization") {
		switch strings.ToLower(authType) {
		case "bearer":
			c.add(Field{Name: "Authorization", Value: "Bearer " + auth})
		case "digest":
			c.late = &Field{Name: "Authorization", Value: "Digest username=\"" + strings.SplitN(auth, ":", 2)[0] + "\""}
		default:
			c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(auth))})
		}
	}
}

// readWget reads a wget command: URL, --header, --user/--password, --method.
func (c *command) readWget(args []string) {
	var user, pass string
	eager := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
		switch {
		case name == "--header" || a == "--header":
			if !hasVal && i+1 < len(args) {
				i++
				val = args[i]
			}
			if n, v, ok := strings.Cut(val, ":"); ok {
				c.add(Field{Name: strings.TrimSpace(n), Value: strings.TrimSpace(v)})
			}
		case name == "--user" || name == "--http-user":
			user = val
		case name == "--password" || name == "--http-password":
			pass = val
		case name == "--method":
			c.method = strings.ToUpper(val)
		case name == "--post-data" || name == "--post-file":
			c.method = firstNonEmpty(c.method, "POST")
		case a == "--auth-no-challenge":
			eager = true
		case a == "-S" || a == "--server-response":
			c.verbose = true
		case strings.HasPrefix(a, "-"):
		case c.url == "":
			c.url = a
		}
	}
	c.method = firstNonEmpty(c.method, "GET")
	if c.url != "" && !strings.Contains(c.url, "://") {
		c.url = "http://" + c.url
	}
	c.auth = user != ""
	if user != "" && !Fields(c.fields).Has("Authorization") {
		f := Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))}
		if eager {
			c.add(f)
		} else {
			c.late = &f
		}
	}
}

// request builds the request the command sends, placed on line n.
func (c *command) request(n int, withLate bool) *Request {
	if c.url == "" && len(c.fields) == 0 {
		return nil
	}
	r := &Request{Method: c.method, URL: c.url, Pos: Pos{Line: n}, Span: Span{n, n}, Partial: true, ClientCert: c.cert}
	r.Target = targetOf(c.url)
	for k, f := range c.fields {
		f.Pos = Pos{Line: n}
		if k < len(c.foff) {
			f.Pos.Line += c.foff[k]
		}
		r.Fields = append(r.Fields, f)
	}
	if withLate && c.late != nil {
		f := *c.late
		f.Pos = Pos{Line: n}
		r.Fields = append(r.Fields, f)
	}
	return r
}

// targetOf returns the path and query of an absolute URL.
func targetOf(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return u
	}
	rest := u[i+3:]
	j := strings.IndexAny(rest, "/?")
	if j < 0 {
		return "/"
	}
	if rest[j] == '?' {
		return "/" + rest[j:]
	}
	return rest[j:]
}

// parseFetch reads a DevTools "Copy as fetch" call: fetch("url", { "headers":
// { "name": "value", ... }, "method": "POST", ... }). The browser adds
// cookies the copy does not show, so the request stays partial.
func parseFetch(first string, rest []string) *command {
	q := first[strings.IndexByte(first, '"'):]
	u, err := strconv.QuotedPrefix(q)
	if err != nil {
		return nil
	}
	c := &command{tool: "fetch", method: "GET"}
	c.url, _ = strconv.Unquote(u)
	inHeaders := false
	for k, l := range rest {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "\"headers\": {"):
			inHeaders = !strings.HasSuffix(t, "}") && !strings.HasSuffix(t, "},")
			continue
		case inHeaders && strings.HasPrefix(t, "}"):
			inHeaders = false
			continue
		}
		name, val, ok := jsonPair(t)
		if !ok {
			continue
		}
		if inHeaders {
			c.cur = k + 1
			c.add(Field{Name: name, Value: val})
			continue
		}
		switch name {
		case "method":
			c.method = strings.ToUpper(val)
		case "referrer":
			if val != "" {
				c.cur = k + 1
				c.add(Field{Name: "Referer", Value: val})
			}
		}
	}
	c.cur = 0
	return c
}

// jsonPair reads a line "name": "value", of a JavaScript object literal.
func jsonPair(t string) (string, string, bool) {
	n, err := strconv.QuotedPrefix(t)
	if err != nil {
		return "", "", false
	}
	rest := strings.TrimSpace(t[len(n):])
	rest, ok := strings.CutPrefix(rest, ":")
	if !ok {
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	v, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return "", "", false
	}
	name, err1 := strconv.Unquote(n)
	val, err2 := strconv.Unquote(v)
	return name, val, err1 == nil && err2 == nil
}

// typography undoes what editors and chat apps do to a pasted command line:
// curly quotes and an em dash for "--".
var typography = strings.NewReplacer("\u201c", "\"", "\u201d", "\"", "\u2018", "'", "\u2019", "'", "\u2014", "--", "\u2013", "--")

func plainQuotes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return typography.Replace(s)
		}
	}
	return s
}
