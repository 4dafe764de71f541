// Shell command lines found in a paste, and the requests they imply.

package parse

import (
	"encoding/base64"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/secret"
)

// command is a shell command line found in the paste. For curl, HTTPie and
// wget it describes the request the command sends, as far as the command
// line shows it.
type command struct {
	tool   string // "curl", "http", "wget", or another program
	method string
	url    string
	fields []Field // -H headers and credentials the options imply
	cert   string  // TLS client certificate named with --cert
	follow bool    // -L: redirects are followed
	head   bool    // -I
	late   *Field  // a credential sent only after a challenge (--digest, wget --user)
	auth   bool    // the command line gives credentials
	hidden bool    // the tool may add credentials the command line does not show (curl -n, -K, a cookie file; wget -e, --config, --load-cookies)
	netrc  bool    // curl -n, --netrc, --netrc-optional, --netrc-file: the pair for the host comes from a .netrc file
	// headersVar is the variable a PowerShell cmdlet's -Headers names
	// ($headers, without the $): its table may be assigned above
	headersVar  string
	configured  []Field  // credentials the options give that no header shows (-Credential with -Authentication Basic)
	headerFiles []string // the files curl -H @file reads headers from
	verbose     bool
	// writeCode is set when curl prints the status itself (-w '%{http_code}'):
	// a bare number in its output is the status
	writeCode bool
	shellCut  []string // query parameters an unquoted "&" cut off the URL
	data      string   // the request body the options give (curl -d, wget --post-data), when written in the command
	foff      []int    // for each of fields, its line offset from the command's first line
	offs      []int    // for each argument, its line offset
	cur       int      // line offset of the argument being read
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
var httpTools = wordlist.Set{"curl", "curl.exe", "http", "https", "wget", "xh"}

// cliTools are other command-line clients whose error lines people paste.
var cliTools = wordlist.Set{"gsutil", "gcloud", "aws", "az", "kubectl",
	"docker", "helm", "git", "npm", "pip", "python", "python3", "node"}

// parseCommandLine recognises a shell command behind a prompt ("$ ",
// "[root@host ~]# ", "➜  dir "), or a bare curl/HTTPie/wget invocation.
func parseCommandLine(t string) *command { return parseCommand(t, nil) }

// parseCommand reads a command line and the lines it continues on (after a
// trailing backslash, caret or backtick, with the marker removed).
func parseCommand(t string, cont []string) *command {
	if len(t) < 4 {
		return nil
	}
	inner, fenced := inlineFenced(t)
	if fenced {
		t = inner
	}
	p, prompt := promptEnd(t)
	if !prompt {
		p = loggedCommand(t)
	}
	if !prompt && p == 0 && fenced {
		// a whole line that is one code span ("`tool sub URL -u ana -p
		// ****`:") is a command as surely as one behind a prompt
		prompt = true
	}
	rest := t[p:]
	if !prompt {
		w, _, _ := strings.Cut(rest, " ")
		if i := strings.LastIndexAny(w, "/\\"); i >= 0 {
			w = w[i+1:]
		}
		if !httpTools.Has(w) && !isPwshTool(w) && w != "sudo" && !strings.Contains(w, "=") {
			return nil
		}
	}
	return readCommand(rest, prompt, cont)
}

// readCommand reads the words of a command line past its prompt (rest), once
// parseCommand has seen an HTTP tool or a prompt there: every line of a paste
// is asked whether it is a command, and under js/wasm a function is compiled
// whole on its first call (issue #14).
func readCommand(rest string, prompt bool, cont []string) *command {
	if i := strings.Index(rest, "| "); i > 0 && len(cont) == 0 {
		// a pipeline whose first program is no client ("echo $TOKEN |
		// docker login -u ci --password-stdin"): the client's part
		first, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
		seg := strings.TrimSpace(rest[i+1:])
		if w, _, _ := strings.Cut(seg, " "); !httpTools.Has(first) && (httpTools.Has(w) || cliTools.Has(w)) {
			rest = seg
		}
	}
	caret := strings.Contains(rest, "^\"")
	words := shellWords(plainQuotes(uncaret(rest, caret)), 4096)
	offs := make([]int, len(words), len(words)+8*len(cont))
	for k, cl := range cont {
		for _, w := range shellWords(plainQuotes(uncaret(cl, caret)), 4096) {
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
	if isPwshTool(tool) || (tool == "curl" || tool == "wget") && pwshStyle(words[1:]) {
		if len(words) < 2 {
			return nil
		}
		c := &command{offs: offs[1:]}
		line := rest
		if len(cont) > 0 {
			line = strings.Join(append([]string{rest}, cont...), " ")
		}
		_, after, _ := strings.Cut(strings.TrimLeft(line, " \t"), " ")
		c.readPowerShell(after)
		return c
	}
	if !prompt {
		if !httpTools.Has(tool) || len(words) < 2 {
			return nil
		}
		// A bare "http ..." must be followed by a method, an option or a URL.
		a := words[1]
		if !(strings.HasPrefix(a, "-") || methods.Has(a) || strings.Contains(a, "://") || strings.Contains(a, ".") || strings.HasPrefix(a, ":")) {
			return nil
		}
		if len(a) > 5 && digitsAt(a, 0, 4) == 4 && a[4] == '-' {
			return nil // "https 2024-05-01T10:00:00Z …": a load balancer's log line, not HTTPie
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
		c.readToolCredentials(words[1:])
		if c.url == "" && !cliTools.Has(tool) && !c.auth {
			// a Markdown heading or a prompt-like line of prose; a
			// program unknown here that is given a user and a password
			// or a token (nerdctl, podman, oras or cf login -u … -p …)
			// is a client sending them
			return nil
		}
	}
	if httpTools.Has(c.tool) {
		c.cutAtAmpersand(strings.Join(append([]string{rest}, cont...), " "))
	}
	return c
}

// inlineFenced returns the command inside a line that is one Markdown code
// span or fence written on one line ("```curl -i -u u:p http://h/x```",
// "`wget -S http://h/x`"), as people paste a command above its output.
func inlineFenced(t string) (string, bool) {
	k := 0
	for k < len(t) && k < 3 && t[k] == '`' {
		k++
	}
	t = strings.TrimSuffix(strings.TrimRight(t, " \t"), ":") // "`cmd`:" above its output
	if k == 0 || len(t) < 2*k+4 || !strings.HasSuffix(t, t[:k]) {
		return "", false
	}
	inner := strings.TrimSpace(t[k : len(t)-k])
	if strings.IndexByte(inner, '`') >= 0 || !strings.Contains(inner, " ") {
		return "", false
	}
	return inner, true
}

// uncaret undoes Windows cmd's caret escapes when on is set: DevTools'
// "Copy as cURL (cmd)" writes every quote as ^" and every special
// character as ^X (^&, ^%, ^\^" for a quote inside a value), so the line
// reads as the bash copy once each caret gives way to what it escapes.
func uncaret(s string, on bool) string {
	if !on || strings.IndexByte(s, '^') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '^' {
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// promptEnd returns the offset just past a shell prompt, and whether one was found.
func promptEnd(t string) (int, bool) {
	if env := envPrefix(t); env > 0 {
		// a Python virtualenv's or conda's name before the prompt:
		// "(.venv) root@box:/srv# curl …", "(base) PS C:\x> curl …"
		if p, ok := promptEnd(t[env:]); ok {
			return env + p, true
		}
		return 0, false
	}
	if len(t) > 4 && t[0] == '[' && t[2] == ']' && t[3] == ' ' && strings.IndexByte("NIVR", t[1]) >= 0 {
		// fish's vi-mode indicator before its prompt ("[N] ❯ nerdctl …",
		// "[I] ~/src> curl …")
		if p, ok := promptEnd(t[4:]); ok {
			return 4 + p, true
		}
		return 0, false
	}
	if w, rest, ok := strings.Cut(t[min(1, len(t)):], " "); ok && t[0] == '$' && httpTools.Has(w) && !strings.HasPrefix(strings.TrimLeft(rest, " "), "=") {
		// "$curl -i …": the prompt with its blank lost; "$curl = …" is a
		// PHP variable
		return 1, true
	}
	for _, p := range []string{">>> ", "+ "} {
		// a tool's echo of the command it runs, not a prompt: chart-testing's
		// ">>> helm repo add <url> …", the shell's xtrace "+ helm pull
		// <url> …" (a Jenkins sh step, set -x). Python's prompt and a
		// Markdown list item start so too, so only a client's name after it
		// counts (curl's and wget's echoes are loggedCommand's), and only a
		// command that names the URL it calls: the tool's other steps
		// ("helm version") are no requests, and their output no answers.
		if rest, ok := strings.CutPrefix(t, p); ok {
			if w, _, _ := strings.Cut(rest, " "); cliTools.Has(w) && strings.Contains(rest, "://") {
				return len(p), true
			}
			return 0, false
		}
	}
	for _, p := range []string{"$ ", "# ", "% ", "❯ ", "λ ", "PS> ", "> "} {
		if strings.HasPrefix(t, p) {
			if p == "> " {
				// A curl -v request line, not a prompt; unless an HTTP
				// tool's name follows ("> curl -i …": cmd's or a quoted
				// shell's prompt), which no request line starts with
				if w, _, ok := strings.Cut(t[2:], " "); ok && httpTools.Has(w) {
					return 2, true
				}
				return 0, false
			}
			return len(p), true
		}
	}
	if strings.HasPrefix(t, "➜") {
		// oh-my-zsh's default theme: "➜  dir ", then in a repository
		// "git:(branch) " and "✗ " when the tree is dirty
		r := strings.TrimLeft(t[len("➜"):], " ")
		i := strings.IndexByte(r, ' ')
		if i <= 0 {
			return 0, false
		}
		r = strings.TrimLeft(r[i:], " ")
		for _, vcs := range []string{"git:(", "hg:(", "svn:("} {
			if strings.HasPrefix(r, vcs) {
				if j := strings.Index(r, ") "); j > 0 && !strings.Contains(r[:j], " ") {
					r = strings.TrimLeft(r[j+2:], " ")
					r = strings.TrimLeft(strings.TrimPrefix(r, "✗"), " ")
				}
				break
			}
		}
		return len(t) - len(r), true
	}
	lim := t
	if len(lim) > 100 {
		lim = lim[:100]
	}
	// pure's and starship's prompts: the directory, maybe the branch, then
	// "❯ " ("~ ❯ curl …", "~/src/app on  main ❯ curl …")
	if i := strings.LastIndex(lim, "❯ "); i > 0 && strings.IndexAny(lim[:1], "~/.") == 0 {
		return i + len("❯ "), true
	}
	// cmd.exe: "C:\Users\ana\models>wget …" (no blank after the ">")
	if len(lim) > 3 && isAlpha(lim[0]) && lim[1] == ':' && lim[2] == '\\' {
		if i := strings.IndexByte(lim, '>'); i > 2 && !strings.ContainsAny(lim[:i], "<|\"") {
			return i + 1 + len(lim[i+1:]) - len(strings.TrimLeft(lim[i+1:], " ")), true
		}
	}
	// "[root@host dir]# ", "user@host:~/x$ ", "PS C:\x> ", "C:\x>", zsh's
	// "user@host dir % "
	for _, end := range []string{"]# ", "]$ ", "$ ", "# ", "> ", "% "} {
		i := strings.Index(lim, end)
		if i <= 0 {
			continue
		}
		head := lim[:i+len(end)-1]
		switch {
		case strings.HasPrefix(head, "[") && strings.Contains(head, "@"),
			!strings.ContainsAny(head, " \t") && len(head) <= 60 && !strings.HasSuffix(head, ":") &&
				strings.ContainsAny(head, "@:~/\\") && !strings.HasPrefix(head, "-"),
			strings.HasPrefix(head, "PS ") && strings.Contains(head, ":\\"),
			userHostDir(head), hostDirUser(head), shellVersion(head):
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

// request builds the request the command sends, placed on line n.
func (c *command) request(n int, withLate bool) *Request {
	if c.url == "" && len(c.fields) == 0 {
		return nil
	}
	r := &Request{Method: c.method, URL: c.url, Pos: Pos{Line: n}, Span: Span{n, n}, Partial: true, ClientCert: c.cert, ShellCut: c.shellCut,
		CredsListed: (c.tool == "curl" || c.tool == "pwsh" || c.tool == "wget" && !c.auth) && !c.hidden, NetrcOnChallenge: c.tool == "wget",
		netrc: c.netrc, headersVar: c.headersVar, headerFiles: c.headerFiles}
	r.Target = targetOf(c.url)
	if c.data != "" {
		r.Body = Body{Text: c.data, Pos: Pos{Line: n}}
	}
	for k, f := range c.fields {
		f.Pos = Pos{Line: n}
		if k < len(c.foff) {
			f.Pos.Line += c.foff[k]
		}
		r.Fields = append(r.Fields, f)
	}
	for _, f := range c.configured {
		f.Pos = Pos{Line: n}
		r.Configured = append(r.Configured, f)
	}
	if withLate && c.late != nil {
		f := *c.late
		f.Pos = Pos{Line: n}
		r.Fields = append(r.Fields, f)
	}
	return r
}

// cutAtAmpersand applies what a shell does to an unquoted URL with an "&"
// in its query (sh, bash, cmd.exe): the command ends there, and the rest
// runs as another command (or in the background). line is the command
// line as written. It shortens c.url and records the parameters lost.
func (c *command) cutAtAmpersand(line string) {
	amp := strings.IndexByte(c.url, '&')
	if amp < 0 || !strings.Contains(c.url[:amp], "?") {
		return
	}
	i := strings.Index(line, c.url[:amp+1])
	if i < 0 || i > 0 && (line[i-1] == '\'' || line[i-1] == '"') {
		return // quoted: the "&" is part of the URL
	}
	for _, kv := range strings.Split(c.url[amp+1:], "&") {
		if k, _, _ := strings.Cut(kv, "="); k != "" && len(c.shellCut) < 16 {
			c.shellCut = append(c.shellCut, k)
		}
	}
	c.url = c.url[:amp]
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

func (r *textReader) startCommand(l *line) {
	r.closeLoose()
	r.flush()
	if x := r.lastExchange(); x != nil {
		r.takeInfo(x)
	}
	r.cmd, r.cmdLine, r.authSel = l.cmd, l.n, false
	r.lastResp, r.lastReq, r.devx, r.cert = nil, nil, nil, ""
	if req := l.cmd.request(l.n, false); req != nil {
		r.req = req
		r.reqFmt = cmdFormat(l.cmd)
		r.reqNotes = []Note{{Code: "request-from-command", Message: "request rebuilt from the " + l.cmd.tool + " command line; headers the tool adds are not shown", Pos: Pos{Line: l.n}}}
		if l.cmd.tool == "fetch" {
			r.reqNotes[0].Message = "request rebuilt from a copied fetch() call; cookies the browser adds are not shown"
		}
		if l.cmd.cert != "" {
			r.cert = l.cmd.cert
		}
	}
}

func cmdFormat(c *command) string {
	switch c.tool {
	case "curl":
		if c.verbose {
			return "curl-v"
		}
		return "curl"
	case "http", "https", "xh":
		return "httpie"
	case "wget":
		return "wget"
	case "fetch":
		return "devtools"
	case "pwsh":
		return "powershell"
	}
	return "text"
}

// followUp builds the request a tool sent after the last response without
// showing it: the redirect curl -L followed, or the retry with credentials
// after a challenge (--digest, --anyauth, wget --user).
func (r *textReader) followUp() (*Request, []Note) {
	c, last := r.cmd, r.lastResp
	switch {
	case last.Status >= 300 && last.Status < 400 && c.follow:
		loc := last.Fields.Get("Location")
		if loc == "" {
			return nil, nil
		}
		pos := last.Fields.All("Location")[0].Pos
		u := resolveURL(r.lastReq, loc)
		req := &Request{Method: c.method, URL: u, Target: targetOf(u), Pos: pos, Span: Span{pos.Line, pos.Line}, Partial: true}
		if last.Status == 303 && !c.head {
			req.Method = "GET"
		}
		if r.lastReq != nil && hostOf(r.lastReq.URL) == hostOf(u) {
			req.Fields = append(req.Fields, r.lastReq.Fields...)
		}
		return req, []Note{{Code: "request-from-redirect", Message: "request inferred from the Location of the previous response", Pos: pos}}
	case (last.Status == 401 || last.Status == 407) && (c.late != nil || c.auth || c.tool == "wget"):
		req := c.request(r.cmdLine, true)
		if req == nil {
			return nil, nil
		}
		return req, []Note{{Code: "request-from-command", Message: "retry with credentials inferred from the " + c.tool + " command line", Pos: Pos{Line: r.cmdLine}}}
	case c.tool == "wget":
		req := c.request(r.cmdLine, r.authSel)
		return req, nil
	}
	return nil, nil
}

func hostOf(u string) string {
	i := strings.Index(u, "//")
	if i < 0 {
		return ""
	}
	rest := u[i+2:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	return strings.ToLower(rest)
}

func resolveURL(base *Request, loc string) string {
	if strings.Contains(loc, "://") || base == nil {
		return loc
	}
	b := base.URL
	i := strings.Index(b, "//")
	if i < 0 {
		return loc
	}
	if strings.HasPrefix(loc, "//") {
		return b[:i] + loc
	}
	h := hostOf(b)
	root := b[:i+2] + h
	if strings.HasPrefix(loc, "/") {
		return root + loc
	}
	t := targetOf(b)
	if j := strings.LastIndexByte(t, '/'); j >= 0 {
		t = t[:j+1]
	}
	return root + t + loc
}

// readToolCredentials reads the credentials another client's command line
// gives (docker login -u -p, twine --username --password, helm repo add
// --username --password, a --token option, git clone https://user:pass@…)
// into the Authorization field the client sends with them: Basic for a user
// and a password, Bearer for a token.
// passwordFromStdin stands for the password a login command read from its
// standard input (--password-stdin): sent, its value not in the paste.
const passwordFromStdin = "<password from stdin>"

// optionCredential reports whether the option a (at args[i]; opt and val
// split at "=" when hasVal) gives the tool a credential: a long option
// named for one (--client-secret VALUE, --secret-key=…, npm's
// --//registry.example/:_authToken=…), or any option whose value is a
// stand-in in angle brackets naming one (-a <account_api_key>, -t <token>)
// or a shell variable named for one (-t $zenodo_token, -k "${API_KEY}"):
// the person ran it with the secret the variable held.
// It returns the value.
func optionCredential(opt, val string, hasVal bool, args []string, i int) (string, bool) {
	if !hasVal {
		if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") {
			return "", false
		}
		val = args[i+1]
	}
	if val == "" {
		return "", false
	}
	if strings.HasPrefix(opt, "--") && len(opt) > 3 {
		name := opt[2:]
		if k := strings.LastIndexAny(name, ":/"); k >= 0 {
			name = name[k+1:] // npm's --//host/:_authToken=
		}
		if secret.CredentialName(name) && !holderNames.Has(strings.ToLower(name)) && !strings.Contains(strings.ToLower(name), "file") {
			return val, true
		}
	}
	if strings.HasPrefix(opt, "-") && len(val) > 2 && val[0] == '<' && val[len(val)-1] == '>' && secret.CredentialName(val[1:len(val)-1]) {
		return val, true
	}
	if strings.HasPrefix(opt, "-") && secret.CredentialName(shellVariableName(val)) {
		return val, true // -t $zenodo_token, -k "${API_KEY}", --auth %GH_TOKEN%
	}
	return "", false
}

// shellVariableName returns the name of the variable a command's argument
// is, whole ("$NAME", "${NAME}", "$env:NAME", "%NAME%", quoted or not), or
// "".
func shellVariableName(v string) string {
	v = strings.Trim(v, "\"'")
	var name string
	switch {
	case strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"):
		name = v[2 : len(v)-1]
	case strings.HasPrefix(v, "$env:"), strings.HasPrefix(v, "$ENV:"):
		name = v[5:]
	case strings.HasPrefix(v, "$"):
		name = v[1:]
	case len(v) > 2 && v[0] == '%' && v[len(v)-1] == '%':
		name = v[1 : len(v)-1]
	default:
		return ""
	}
	for i := 0; i < len(name); i++ {
		if !isWordByte(name[i]) {
			return ""
		}
	}
	return name
}

func (c *command) readToolCredentials(args []string) {
	var user, pass, token string
	// a login subcommand, or both -u and -p given (perceval jira URL -u
	// ana -p ****): -u names the user and -p the password; alone, either
	// may be something else (ssh -p 2222, a -u for "update")
	login, shortU, shortP := false, false, false
	for _, a := range args {
		switch a {
		case "login":
			login = true
		case "-u":
			shortU = true
		case "-p":
			shortP = true
		}
	}
	login = login || shortU && shortP
	for i := 0; i < len(args); i++ {
		a := args[i]
		opt, val, hasVal := a, "", false
		if k := strings.IndexByte(a, '='); k > 0 && strings.HasPrefix(a, "--") {
			opt, val, hasVal = a[:k], a[k+1:], true
		}
		next := func() string {
			if hasVal {
				return val
			}
			if i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				i++
				return args[i]
			}
			return ""
		}
		switch opt {
		case "--username", "--user", "--login":
			user = next()
		case "-u":
			if login || user == "" && i+1 < len(args) && strings.Contains(args[i+1], ":") {
				user = next()
			}
		case "--password", "--passwd", "--pass":
			pass = next()
		case "-p":
			if login || user != "" {
				pass = next()
			}
		case "--token", "--api-key", "--apikey", "--access-token", "--auth-token", "--bearer-token", "--registry-token", "--identity-token", "--api-token":
			token = next()
		case "--password-stdin":
			// docker, helm and podman login: the password piped in
			pass = passwordFromStdin
		default:
			if v, ok := optionCredential(opt, val, hasVal, args, i); ok {
				if !hasVal {
					i++
				}
				token = v
				continue
			}
			if strings.Contains(a, "://") {
				// a user:pass@ URL, also as an option's value (--index-url=…)
				u := a[strings.Index(a, "://")+3:]
				if j := strings.IndexAny(u, "/?#"); j >= 0 {
					u = u[:j]
				}
				if at := strings.LastIndexByte(u, '@'); at > 0 {
					if n, p, ok := strings.Cut(u[:at], ":"); ok && p != "" && user == "" && pass == "" {
						user, pass = n, p
					}
				}
			}
		}
	}
	if strings.HasPrefix(token, "-") {
		token = ""
	}
	if pass == passwordFromStdin && user == "" {
		pass = "" // a password piped to a command that names no user
	}
	switch {
	case Fields(c.fields).Has("Authorization"):
	case user != "" && strings.Contains(user, ":") && pass == "":
		c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user))})
	case pass != "":
		c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))})
	case token != "":
		c.add(Field{Name: "Authorization", Value: "Bearer " + token})
	default:
		return
	}
	c.auth = true
}

// envPrefix returns the length of the environment name a virtualenv or conda
// writes before the shell's prompt, "(name) " (one word in parentheses and
// a blank), or 0.
func envPrefix(t string) int {
	if len(t) < 4 || t[0] != '(' {
		return 0
	}
	e := strings.IndexByte(t, ')')
	if e < 2 || e > 40 || e+1 >= len(t) || t[e+1] != ' ' {
		return 0
	}
	for i := 1; i < e; i++ {
		if c := t[i]; !(isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.') {
			return 0
		}
	}
	return e + 2
}

// userHostDir reports whether head is a prompt that writes the user, the
// host and the directory apart: "ana@mbp ~", "ana@mbp ~/src" (macOS's and
// many themes' "user@host dir $ ").
func userHostDir(head string) bool {
	head = strings.TrimRight(strings.TrimRight(head, "$#%>]"), " ")
	who, dir, ok := strings.Cut(head, " ")
	if !ok || strings.Contains(dir, " ") || len(head) > 60 || dir == "" {
		return false
	}
	at := strings.IndexByte(who, '@')
	return at > 0 && at < len(who)-1 && !strings.ContainsAny(who, "/:") && (dir[0] == '~' || dir[0] == '/' || isAlpha(dir[0]))
}

// shellVersion reports whether head is the prompt a shell writes when no
// profile set one, its name and version ("bash-4.2$", "sh-4.4#",
// "bash-5.1#"): bash's default PS1, `\s-\v\$`, met inside containers
// (docker exec -it … bash) and on minimal hosts.
func shellVersion(head string) bool {
	name, ver, ok := strings.Cut(strings.TrimRight(head, "$#"), "-")
	if !ok || len(head) > 16 || ver == "" || !isDigit(ver[0]) || strings.Trim(ver, "0123456789.") != "" {
		return false
	}
	switch name {
	case "bash", "sh", "zsh", "ksh", "dash", "ash":
		return true
	}
	return false
}

// hostDirUser reports whether head is the prompt macOS's bash writes by
// default, the host and the directory, then the user: "mbp:~ ana$",
// "Anas-MacBook-Pro:api-demo ana$".
func hostDirUser(head string) bool {
	if len(head) > 60 || !strings.HasSuffix(head, "$") {
		return false
	}
	hostDir, user, ok := strings.Cut(strings.TrimSuffix(head, "$"), " ")
	host, dir, ok2 := strings.Cut(hostDir, ":")
	if !ok || !ok2 || host == "" || dir == "" || user == "" || strings.ContainsAny(dir, " \t") {
		return false
	}
	for _, w := range []string{host, user} {
		for i := 0; i < len(w); i++ {
			if c := w[i]; !(isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_') {
				return false
			}
		}
	}
	return isAlpha(host[0]) && (dir[0] == '~' || dir[0] == '/' || isAlpha(dir[0]) || isDigit(dir[0]))
}

// loggedCommand returns the offset of a curl or wget command a script or a
// tool logs behind a short prefix ("DEBUG: curl …", "Running command: curl
// …", "+ curl …" from set -x, "[exec] wget …"), or 0.
func loggedCommand(t string) int {
	lim := t
	if len(lim) > 64 {
		lim = lim[:64]
	}
	for _, tool := range []string{"curl ", "wget "} {
		i := strings.Index(lim, tool)
		if i < 2 {
			continue
		}
		head := strings.TrimRight(lim[:i], " ")
		if head == "" {
			continue
		}
		switch c := head[len(head)-1]; {
		case c == ':' || c == ']' || c == '+' && len(head) <= 4 && strings.Trim(head, "+") == "":
			if strings.Count(head, " ") <= 4 && !strings.ContainsAny(head, "`'\"") {
				return i
			}
		}
		if stepHead(head) {
			return i
		}
	}
	return 0
}

// runVerbs are the words a step of instructions starts with before the
// command it gives ("Run curl …", "Then call curl …").
var runVerbs = wordlist.Set{"run", "ran", "running", "rerun", "execute", "executing",
	"try", "tried", "trying", "call", "calling", "send", "sending", "then", "use", "using"}

// stepHead reports whether head, the text before a curl or wget command on
// its line, is a step of instructions written as prose: a list item ("3. Run
// curl …", "- Call it: curl …") that starts with a verb of running or ends
// with a colon.
func stepHead(head string) bool {
	h := head
	marker := false
	n := 0
	for n < len(h) && n < 3 && isDigit(h[n]) {
		n++
	}
	if n > 0 && n+1 < len(h) && (h[n] == '.' || h[n] == ')') && h[n+1] == ' ' {
		h, marker = h[n+2:], true
	} else if len(h) > 2 && strings.IndexByte("-*+", h[0]) >= 0 && h[1] == ' ' {
		h, marker = h[2:], true
	}
	h = strings.TrimSpace(h)
	// A command in a code span ("- Run `curl …`") is left out for now: the
	// general reader keeps a status in the prose above it as an exchange of
	// its own, which reads the paste as two refusals.
	if h == "" || strings.ContainsAny(h, "'\"`") {
		return false
	}
	words := strings.Fields(h)
	if len(words) > 8 {
		return false
	}
	// (without a list marker "Run curl …" is as often a CI log's step
	// header, whose output is the step's, as a sentence)
	return marker && (runVerbs.Has(strings.ToLower(words[0])) || strings.HasSuffix(h, ":"))
}
