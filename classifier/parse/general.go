// The general reader: used when no exact reader claims a paste, or one claims
// it but finds no status. It reads any text for what a person sees at a
// glance: status codes in any notation (ranked by StatusConfidence), header
// fields in any notation, a body, the request's method and URL, command lines
// and credentials, each with its line. Several dumps in one paste become
// several exchanges. It runs in time linear in the paste.

package parse

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/secret"
	"github.com/authtriage/authtriage/internal/jsonlite"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// gline is one line as the general reader sees it.
type gline struct {
	n    int
	text string // right-trimmed, quote markers and log prefix off
	rec  bool   // a log record of its own: a prefixed log line, a JSON log line, logfmt, an access log line
	req  bool   // a line about the request (its side marked), not the response
	// fenced: a Markdown code fence follows this line (the fence lines
	// themselves are dropped): a block that the paste closed there
	fenced bool
	hit    statusHit
	call   bool // a statement at a language's interactive prompt that makes a request
	// ownRun: an error line whose status a command run after it states
	// again (the SDK's error, then "`curl -i URL` gives:" and its 403):
	// the error's own response, not a mention of the command's
	ownRun bool
	// wished: a line of prose under an "Expected behavior" heading; a
	// status it states is what the person wanted
	wished bool
	// quoted: an error line that a later block of the paste shows again
	// whole, after another response: the person quoted the failure before
	// showing the output it came from
	quoted bool
	// clock: the time of day the line was logged at (hh:mm:ss), from its
	// text or from the log prefix taken off it; "" when neither gives one
	clock string
	// bq: the line was written behind a Markdown quote marker ("> ")
	bq bool
	// span: the whole line was one inline code span (`...`), its
	// backticks taken off text
	span bool
}

// recordLine reports whether t is one log record: a line with a log prefix
// still on, a one-line JSON log record, a logfmt record (three key=value
// pairs or more, one of them a level, message or status), a common-log-format
// access line, an Apache error-log line.
func recordLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 20 {
		return false
	}
	if n, _ := linePrefix(t); n > 0 {
		return true
	}
	if len(t) > 10 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && (t[4] == '-' || t[4] == '/') && timestampAt(t, 0) > 10 {
		// a line that opens with its date and time is a log record, whatever
		// follows (a thread id, a component: "2026-10-14 21:13:48.502 T:1187  ERROR <general>: …")
		return true
	}
	if t[0] == '{' && t[len(t)-1] == '}' && isLogRecord(t) {
		return true
	}
	if t[0] == '[' {
		// kubectl logs --prefix, stern: "[pod/web-7f9 container] {…}"
		if k := strings.Index(t, "] {"); k > 0 && k < 200 && t[len(t)-1] == '}' && isLogRecord(t[k+2:]) {
			return true
		}
	}
	if strings.Contains(t, " HTTP/") && strings.Contains(t, "\" ") && strings.Contains(t, "] \"") {
		return true // 203.0.113.9 - - [date] "GET / HTTP/1.1" 401 ...
	}
	if quotedRequestLine(t) {
		return true // a load balancer's or proxy's access line: … 403 … "GET https://h/x HTTP/1.1" …
	}
	if h := statusLineIn(t); strings.HasPrefix(h.how, accessLogHow) {
		return true // an access line in another layout (oauth2-proxy: … GET - "/path" HTTP/1.1 "" 401 13 …)
	}
	if strings.HasPrefix(t, "[") && strings.Contains(t, "] [") {
		return true // [Tue Sep 17 ...] [authz_core:error] ...
	}
	if loggerCategory(t) {
		return true // … WARN [org.keycloak.events] (default task-7) type=LOGIN_ERROR, …
	}
	if t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") >= 3 && strings.Trim(t, "|-: ") != "" {
		return true // a Markdown table's row: one case each
	}
	pairs, key := 0, false
	lt := ascii.Lower(t[:min(len(t), maxScan)])
	for i := 1; i < len(lt); i++ {
		if lt[i] == '=' && (isAlpha(lt[i-1]) || isDigit(lt[i-1]) || lt[i-1] == '_') {
			// a logfmt key stands after a blank; after a comma it is a
			// parameter list (a challenge's realm="…", error="…")
			k := i - 1
			for k > 0 && (isAlpha(lt[k-1]) || isDigit(lt[k-1]) || lt[k-1] == '_' || lt[k-1] == '.' || lt[k-1] == '-') {
				k--
			}
			j := k - 1
			for j >= 0 && lt[j] == ' ' {
				j--
			}
			if j < 0 || lt[j] != ',' {
				pairs++
			}
		}
	}
	for _, k := range []string{"level=", "msg=", "status=", "time=", "ts=", "error="} {
		key = key || strings.Contains(lt, k)
	}
	return pairs >= 3 && key && !envCommand(t)
}

// configLine reports whether t is a setting of a configuration file as
// people paste them next to an error (TOML, INI, shell or .env:
// `logging_filename = "/opt/app/proxy.log"`, `API_URL=https://…`): text
// from the paste, not from the server.
func configLine(t string) bool {
	if strings.HasPrefix(t, "    ") || strings.HasPrefix(t, "\t") {
		return false // code: a statement under a traceback's frame, a block's body
	}
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "export ")
	k := 0
	for k < len(t) && (isAlpha(t[k]) || isDigit(t[k]) || t[k] == '_' || t[k] == '.' || t[k] == '-') {
		k++
	}
	if k == 0 || k > 64 || !isAlpha(t[0]) {
		return false
	}
	rest := t[k:]
	switch {
	case strings.HasPrefix(rest, " = "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "=="):
		if strings.ContainsAny(t[:k], ".-") {
			return false // a logfmt or query pair, not a variable
		}
		rest = rest[1:]
	default:
		return false
	}
	return rest != "" && !strings.Contains(rest, " = ") && !strings.Contains(rest, "=\"") // one setting, not a logfmt record
}

// elisionLine reports whether a line only says that something was left out
// of the paste: "<snip>", "[snip]", "...", "…", "[truncated]", "(output cut)".
func elisionLine(t string) bool {
	s := strings.Trim(strings.TrimSpace(t), "<>[](){}/#*-_ ")
	if len(s) > len("redacted for brevity") {
		return false // longer than every word below: no lower-cased copy of every line
	}
	switch ascii.Lower(s) {
	case "snip", "snipped", "...", "…", "truncated", "trimmed", "cut", "omitted", "elided", "output cut", "redacted for brevity", "more", "etc", "etc.":
		return true
	}
	return false
}

// clientLogNotice reports whether t is a command-line tool pointing at its
// own log file on the user's machine ("A complete log of this run can be
// found in: C:\Users\ana\AppData\…\npm-cache\_logs\…-debug.log"): the
// path is the client's, not something the server sent.
func clientLogNotice(t string) bool {
	lt := ascii.Lower(t)
	return hasAny(lt, "a complete log of this run can be found", "npm-cache", "/.npm/_logs", "npm-debug.log", "yarn-error.log", "pnpm-debug.log")
}

// clientDebugLine reports whether t is a verbose client's own debug
// record, its level written first and alone ("DEBUG Released lock at
// `C:\Users\…`", "TRACE uv_client::…"): what the tool did on the
// caller's machine, not what the server sent.
func clientDebugLine(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "DEBUG ") || strings.HasPrefix(t, "TRACE ")
}

// curlInfoLine reports whether t is one of curl's own "* " lines about
// the connection or the credentials it uses ("* Connection #0 to host
// 10.1.2.3 left intact", "* Server auth using Basic with user 'ops'"),
// left in the text when the reader could not read the transcript as
// curl's (another protocol's status line, a cut paste): the address and
// user they name are what the client used, not what a server sent.
func curlInfoLine(t string) bool {
	t = strings.TrimSpace(t)
	rest, ok := strings.CutPrefix(t, "* ")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	if isToolChatter(rest) {
		return true
	}
	for _, p := range []string{"Server auth using ", "Proxy auth using ", "Expire in ", "TCP_NODELAY",
		"Re-using existing connection", "Found bundle for host", "Hostname ", "Mark bundle as", "Issue another request"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// nginxErrorLog reports whether t is a record of nginx's error log: a level
// in brackets, "pid#tid:", and the ", client: " context.
// nginxContextTail reports whether t holds the context nginx ends an
// error record with: ", client: …, server: …, request: "…"".
func nginxContextTail(t string) bool {
	return strings.Contains(t, ", server: ") && (strings.Contains(t, "client: ") || strings.Contains(t, ", request: \"")) &&
		(strings.Contains(t, "request: \"") || strings.Contains(t, ", host: \""))
}

func nginxErrorLog(t string) bool {
	return strings.Contains(t, ", client: ") && strings.Contains(t, "#") && (strings.Contains(t, "] ") && strings.Contains(t, " [") || nginxRecordHead(t)) && strings.Contains(t, ": *")
}

// nginxRecordHead reports whether t opens with what nginx writes after its
// time and level, "pid#tid: *connection ": a record whose time and level a
// log prefix reader took off, as it does on every line of the error log.
func nginxRecordHead(t string) bool {
	i := 0
	for i < len(t) && i < 12 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i >= len(t) || t[i] != '#' {
		return false
	}
	j := i + 1
	for j < len(t) && j-i < 12 && isDigit(t[j]) {
		j++
	}
	return j > i+1 && strings.HasPrefix(t[j:], ": *")
}

// loggerCategory reports whether t names a Java-style logger category in
// brackets, "[org.keycloak.events]" or "[o.s.s.w.FilterChainProxy]": a line
// of an application server's log.
func loggerCategory(t string) bool {
	for off, n := 0, 0; off < len(t) && n < 4; n++ {
		i := strings.IndexByte(t[off:], '[')
		if i < 0 {
			return false
		}
		i += off
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			return false
		}
		name := t[i+1 : i+j]
		off = i + j
		if strings.Count(name, ".") >= 2 && len(name) <= 120 && name[0] >= 'a' && name[0] <= 'z' && levelBefore(t[:i]) {
			ok := true
			for k := 0; k < len(name); k++ {
				if c := name[k]; !(isAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '$') {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// errorLevel reports whether record t states that it was logged at error
// level: a level field ("level=error", Grafana's "lvl=eror", JSON's
// "level":"error") or the level as a word ("ERROR", "[error]").
func errorLevel(t string) bool {
	for _, w := range strings.Fields(t[:min(len(t), maxScan)]) {
		switch ascii.Lower(strings.Trim(w, "[]\"")) {
		case "level=error", "lvl=eror", "lvl=error", "level=err", "severity=error":
			return true
		}
		if strings.Trim(w, "[]") == "ERROR" || w == "[error]" {
			return true
		}
	}
	lt := ascii.Lower(t[:min(len(t), maxScan)])
	return strings.Contains(lt, `"level":"error"`) || strings.Contains(lt, `level="error"`)
}

// levelBefore reports whether a log level stands in s as a word.
func levelBefore(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL", "SEVERE":
			return true
		}
	}
	return false
}

// runLine reports whether t runs a command at a shell prompt: "$ tool …",
// "PS C:\> tool …", "% tool" (zsh), or a program run from its directory
// ("./tool sub --flag").
func runLine(t string) bool {
	t = strings.TrimSpace(t)
	switch {
	case strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "% "):
		if w, _, _ := strings.Cut(t[2:], " "); strings.HasSuffix(w, ":") {
			// a name and a colon after the marker is a field, not a
			// command: R's str() prints a list's members so (" $ fields:
			// chr \"name,id\"")
			return false
		}
		return len(t) > 3 && isAlpha(t[2]) || len(t) > 4 && t[2] == '.' && t[3] == '/'
	case strings.HasPrefix(t, "PS ") && strings.Contains(t, "> "):
		// a prompt that only prints a variable ("PS> $Error[0].Exception.Response.StatusCode",
		// "PS> $_.ErrorDetails.Message", "PS> $resp.StatusCode") inspects the
		// last run's error: it runs nothing that could answer anew
		c := strings.TrimSpace(t[strings.Index(t, "> ")+2:])
		return !strings.HasPrefix(c, "$") && !strings.HasPrefix(c, "Write-Host $") && !strings.HasPrefix(c, "echo $")
	case strings.HasPrefix(t, "./") && len(t) > 3 && isAlpha(t[2]):
		return strings.Contains(t, " ")
	case strings.HasPrefix(t, "/") || strings.HasPrefix(t, "~/"):
		// a program run by its full path, the prompt left out
		// ("/usr/local/bin/tool sub --flag", "~/bin/tool list")
		sp := strings.IndexByte(t, ' ')
		if sp < 0 || sp > 200 || len(t) <= sp+1 {
			return false
		}
		p := t[:sp]
		dir := p[:strings.LastIndexByte(p, '/')+1] // the program's directory
		return (strings.HasSuffix(dir, "/bin/") || strings.HasSuffix(dir, "/sbin/")) && len(p) > len(dir) &&
			!strings.ContainsAny(p, ":?=") && (isAlpha(t[sp+1]) || t[sp+1] == '-')
	}
	return false
}

// replPrompts are the prompts of languages' interactive shells: Python's,
// IPython's, Ruby's irb and pry, Node's and the browser console's.
var replPrompts = []string{">>> ", "In [", "irb(", "[1] pry(", "pry(", "> "}

// requestCalls are the calls that send a request in client code, lower case:
// a method named after an HTTP verb on a client, session or module
// (requests.get(, client.post(, axios.get(, http.Get(), fetch(, urlopen(.
var requestCalls = []string{".get(", ".post(", ".put(", ".patch(", ".delete(", ".head(", ".request(", "fetch(", "urlopen(", ".send("}

// replCall reports whether raw line s is a statement at an interactive
// prompt that makes a request (">>> r = requests.get(url, headers=h)",
// "> await client.get('/v1/me')", "irb(main):002:0> conn.get('/me')"):
// what prints after it is that call's response, and the same call again is
// another request.
func replCall(s string) bool {
	t := strings.TrimLeft(s, " \t")
	p := ""
	for _, q := range replPrompts {
		if strings.HasPrefix(t, q) {
			p = q
			break
		}
	}
	switch p {
	case "":
		return false
	case "In [", "irb(", "pry(", "[1] pry(":
		// In [3]: …, irb(main):002:0> …
		k := strings.Index(t, "> ")
		if p == "In [" {
			k = strings.Index(t, "]: ") + 1
		}
		if k <= 0 {
			return false
		}
		t = t[k+2:]
	default:
		t = t[len(p):]
	}
	if len(t) > 300 {
		return false
	}
	lt := ascii.Lower(t)
	for _, c := range requestCalls {
		if strings.Contains(lt, c) {
			return true
		}
	}
	return false
}

// spanRun reports whether prose line t names an HTTP tool's command in an
// inline code span ("and `curl -i https://h/x` gives:"): what follows is
// that command's own request, not the error the paste showed before.
func spanRun(t string) bool {
	_, n := toolSpans(t)
	return n > 0
}

// toolSpans returns the first inline code span of prose line t whose first
// word is an HTTP tool ("running `wget https://h/x -O x` gives 403"), and
// how many such spans the line holds. One pass over the line.
func toolSpans(t string) (string, int) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	first, n := "", 0
	for off := 0; off < len(t); {
		i := strings.IndexByte(t[off:], '`')
		if i < 0 {
			break
		}
		i += off + 1
		j := strings.IndexByte(t[i:], '`')
		if j < 0 {
			break
		}
		span := t[i : i+j]
		off = i + j + 1
		w, rest, _ := strings.Cut(strings.TrimSpace(span), " ")
		if strings.TrimSpace(rest) == "" {
			continue
		}
		switch ascii.Lower(w) {
		case "curl", "curl.exe", "wget", "http", "https", "xh", "iwr", "irm", "invoke-webrequest", "invoke-restmethod":
			if n == 0 {
				first = strings.TrimSpace(span)
			}
			n++
		}
	}
	return first, n
}

// rerun starts a new exchange at a command run again (its program and
// subcommand the same: "$ jfrog rt ping --apikey=…" twice, "% git push"
// in two blocks, "k apply -f a.yaml" opening one block and "k apply -f
// b.yaml" another) after the earlier run's output stated a status: each
// run printed the outcome of a call of its own ("[Error] … 401
// Unauthorized", then "OK"), a response even where the second states no
// status. A run whose output states a status again was split there
// already; a command run once, or an output with no status before the
// rerun, is left as it was.
func (g *greader) rerun(l gline, t string) {
	if g.ranAgain(l, t, g.at) && g.outputAfter(g.at) {
		g.endSection(false)
		g.split()
		g.x().rerunN = l.n
	}
}

// ranAgain reports whether line l, text t, g.ls[i], runs a command again
// after the earlier run's output stated a status (see rerun), and notes the
// run.
func (g *greader) ranAgain(l gline, t string, i int) bool {
	k := ""
	if runLine(t) {
		k = runKey(t)
	} else if b := g.block(l.n); b != 0 && i > 0 && i < len(g.ls) && g.block(g.ls[i-1].n) != b {
		// the first line of a fenced block, no prompt before it: a
		// command only when another block opened with the same one
		k = runKey(t)
		if strings.IndexByte(k, ' ') < 0 {
			k = "" // a program and its subcommand, at least
		}
		k = "\x00" + k
	}
	if k == "" || k == "\x00" {
		return false
	}
	r, ok := g.runs[k]
	if g.runs == nil {
		g.runs = map[string]int{}
	}
	g.runs[k] = l.n
	return ok && g.cur != nil && g.cur.status.code != 0 && g.cur.statusN > r
}

// outputAfter reports whether the command whose last line is g.ls[j]
// printed something: the next line has text (a line the terminal wrapped
// the command onto is the command's), in the same fenced block
// (or outside every block, as the command), and neither closes a fence
// (one quoted with "> ", which the block count does not see) nor runs a
// command itself.
func (g *greader) outputAfter(j int) bool {
	if j+1 >= len(g.ls) {
		return false
	}
	c, next := g.ls[j], g.ls[j+1]
	t := strings.TrimSpace(next.text)
	return t != "" && !fenceLine(t) && g.block(next.n) == g.block(c.n) && !runLine(t)
}

// runKey names the command line t runs, its prompt taken off: the program
// and the plain words after it, at most two ("jfrog rt ping", "git push",
// "kontena stack reg push"), up to the first option or argument (a word
// with a dot, a slash, a sign or a capital). "" when t opens with no word
// a program could be named by.
func runKey(t string) string {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "% ") {
		t = strings.TrimSpace(t[2:])
	} else if strings.HasPrefix(t, "PS ") {
		if i := strings.Index(t, "> "); i > 0 {
			t = strings.TrimSpace(t[i+2:])
		}
	}
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	var key []string
	for i, w := range strings.Fields(t) {
		if i > 0 && (len(key) == 3 || !plainWord(w)) {
			break
		}
		if i == 0 && !(plainWord(w) || strings.HasPrefix(w, "./") || strings.HasPrefix(w, "/") || strings.HasPrefix(w, "~/")) {
			return ""
		}
		key = append(key, w)
	}
	return strings.Join(key, " ")
}

// plainWord reports whether w is a lower-case word of letters and digits,
// '-' and '_' inside it: a program's or a subcommand's name.
func plainWord(w string) bool {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// commandLine reports whether t is (part of) a command someone ran, pasted
// with its output: a shell prompt ("$ docker run …"), or a line of options
// ("--upstream http://10.0.0.5:6000 --cookie-secure false"). What it names
// is the paste's, not the server's.
func commandLine(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "PS ") && strings.Contains(t, "> ") {
		return true
	}
	return strings.HasPrefix(t, "--") && len(t) > 3 && isAlpha(t[2]) || logViewCommand(t)
}

// psErrorRecord reports whether t opens a PowerShell error record of a web
// cmdlet: "Invoke-RestMethod : {…}" (Windows PowerShell), "Invoke-WebRequest:"
// (PowerShell 7).
func psErrorRecord(t string) bool {
	for _, c := range []string{"Invoke-RestMethod", "Invoke-WebRequest"} {
		if rest, ok := strings.CutPrefix(t, c); ok && (strings.HasPrefix(rest, " : ") || strings.HasPrefix(rest, ": ") || rest == ":" || rest == " :") {
			return true
		}
	}
	return false
}

// logViewers are the commands people show a log with, and paste above it
// without a prompt ("tail -f /var/log/squid/access.log", "journalctl -u
// nginx", "kubectl logs deploy/api").
var logViewers = wordlist.Set{"tail", "cat", "less", "zcat", "head", "grep",
	"zgrep", "journalctl"}

// logViewCommand reports whether t is a command that shows a log: a log
// viewer with an option or a path, or "kubectl logs", "docker logs",
// "docker compose logs", with or without sudo.
func logViewCommand(t string) bool {
	f := strings.Fields(t)
	if len(f) > 0 && f[0] == "sudo" {
		f = f[1:]
	}
	if len(f) < 2 {
		return false
	}
	if logViewers.Has(f[0]) {
		return strings.HasPrefix(f[1], "-") || strings.HasPrefix(f[1], "/") || strings.HasPrefix(f[1], "~/")
	}
	switch f[0] {
	case "kubectl", "oc", "docker", "podman":
		return f[1] == "logs" || len(f) > 2 && f[1] == "compose" && f[2] == "logs"
	}
	return false
}

// quotedRequestLine reports whether t holds a request line in double quotes
// ("GET /x HTTP/1.1"), as access logs write it.
func quotedRequestLine(t string) bool {
	for off, n := 0, 0; n < 8; n++ {
		i := strings.IndexByte(t[off:], '"')
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		j := i + 1
		for j < len(t) && t[j] >= 'A' && t[j] <= 'Z' && j-i < 9 {
			j++
		}
		if j == i+1 || j >= len(t) || t[j] != ' ' || !methods.Has(t[i+1:j]) {
			continue
		}
		e := strings.IndexByte(t[j:], '"')
		if e > 0 && strings.Contains(t[j:j+e], " HTTP/") {
			return true
		}
	}
	return false
}

// gx is an exchange being assembled.
type gx struct {
	// reqSent: the request line is a trace's sent line ("> GET /x"): what
	// came before it, the client's own output, is not the answer
	reqSent     bool
	status      statusHit
	statusN     int
	start, end  int
	method, url string
	reqN        int
	reqStrong   bool
	reqFields   Fields
	configured  Fields // credentials the client was given in code or configuration
	sentBare    bool   // the client's log says the request went out without credentials
	respFields  Fields
	body        *Body
	reqBody     *Body
	complete    bool
	// reqWhole: the request's header block was read from a client's dump
	// that prints every header the request carries (Dio's LogInterceptor)
	reqWhole     bool
	elided       bool // a line of the dump says part of it was cut ("<snip>", "...")
	cmd          *Request
	cmdEnd       int  // the index in greader.ls of the command line's last line
	cmdClient    bool // cmd is another client's (uv, helm): it decides itself what it sends
	inferred     []InfoLine
	loose        []gline
	fieldsFrom   map[string]bool
	statusTail   string // the status line's text from its first URL on
	statusText   string // the status line's text
	statusClock  string // the time of day its line was logged at (gline.clock)
	statusRec    bool   // the status came from a log record line
	statusErr    int    // the first line of the printed error object the status was stated in
	statusOwn    bool   // the status line is an error line a later command run restates (gline.ownRun)
	statusRecErr int    // the log record of a failure the status was stated under (greader.lastRecErr)
	rid          string // the request or trace id its log records carry
	psRecord     bool   // opened by a PowerShell error record ("Invoke-RestMethod : …")
	event        bool   // opened by an error record after another request's completion record: a response even with no status
	rerunN       int    // the line of the command run again that opened it (greader.rerun): what it printed is a response
	psAt         bool   // the record gave where the call failed ("At C:\x.ps1:89 char:15", "Line |")
	errScanned   int    // loose lines erroredSince has looked at
	lastErr      int    // the last of them that speaks of a refusal
}

type greader struct {
	ls  []gline
	xs  []*gx
	cur *gx
	// flush[k]: how many of g.ls[:k] are text a person wrote flush left
	// (not indented, no log record): prose, headings, an issue template
	flush []int32
	// at: the index in ls of the line being read
	at int
	// prose[k]: how many of g.ls[:k] are flush-left sentences or headings
	// ("What happened?", "### Logs", "It fails with the error below.")
	prose []int32
	// retry[k]: how many of g.ls[:k] are a tool's notice that it tries
	// again ("Trying again.", "retrying in 5s")
	retry []int32
	// seg[n]: how many Markdown fence lines come before line n; nil when
	// the paste has none
	seg []int32
	// outside[k]: how many of g.ls[:k] are a person's words outside every
	// fenced block, not a heading: three words or more (counted with flush
	// when the paste has fences)
	outside []int32
	// nonBlank[k]: how many of g.ls[:k] are not blank
	nonBlank []int32
	// aside[k]: how many of g.ls[:k] are a person's sentence standing
	// alone between blank lines (aparte)
	aside []int32
	// aboveText: the text line before the one being read
	aboveText string
	// pending: credentials a command run after an answered call gave its
	// client, for the next exchange (x gives them to it)
	pending Fields
	// openCalls: the calls of code opened on lines above and not closed
	// yet, innermost last, each true when it sets authentication
	// (authCallsAfter)
	openCalls []bool
	// advised: the lines read since the last sentence are the block a
	// reply's advice introduced ("you need to add this header:"): the
	// credentials they show were suggested, not sent (adviceWords)
	advised bool

	side byte // 'q' request, 's' response: the context headings give
	// wholeReq: a client's request dump that prints every header the
	// request carries has begun ("*** Request ***"): its header heading
	// makes the exchange's request one shown whole
	wholeReq   bool
	qFrom      int  // the line of the last cue that set the request side ("config: {", "request:")
	section    byte // a labelled header section is open: its side
	secFields  int
	secKind    string
	secGuess   bool // the section is a bare "headers:" heading's, the response's for want of a side
	noJSON     int  // lines before this index were tried as JSON and failed
	noRun      int  // lines before this index were scanned for the end of a quoted body and held none
	dictDepth  int  // a multi-line header collection is open
	dictSide   byte
	dictFields int

	ops int // bytes of lines visited, by every pass (TestGeneralLinear compares it across sizes)

	byRID map[string]*gx // exchanges by the request id of their log records

	wantCode bool // a curl -w '%{http_code}' command was seen: its output ends with the status
	lastRun  int  // the line of the last command run at a shell prompt
	// runs: the line each command (its program and subcommand, runKey)
	// was last run on
	runs    map[string]int
	lastBox int // the line of the last diagnostic box's opening corner (Terraform's and OpenTofu's "╷")
	// lastRule: the line of the last thematic break outside fenced blocks
	// ("---" after a blank line): an issue thread's posts copied one after
	// another, a report's parts
	lastRule int
	lastErr  int // the line of the last printed error object's first line (errorStart)
	// lastChain: the line of the last chain marker of a traceback ("The above
	// exception was the direct cause of the following exception:"): the
	// exception after it wraps the one before
	lastChain int
	prevStat  int    // the status line of the exchange before the current one
	lastText  string // the last line that was not blank
	errNow    bool   // the line being read begins a printed error object
	// lastRecErr: the line of the last log record that speaks of a failure
	// and states no status ("ERROR … : call failed", .NET's "fail: X[0]")
	lastRecErr int

	mentions []gmention // prose statuses taken for mentions of a response shown elsewhere

	best map[int]StatusConfidence // the best confidence each code is stated with in the paste
	// bestIn: the best confidence each code is stated with inside each
	// fenced block (keyed by the code and the block's number, block)
	bestIn  map[[2]int]StatusConfidence
	numeric map[int]bool // codes the paste states as a number somewhere
}

// hits reads each line's status once, and the best confidence each code is
// stated with anywhere in the paste: prose that names a code the paste
// also shows as a status line or field ("it fails with 403:" above the dump,
// "Error: … status code 403" under it) is a mention of that response, not
// another one. Under an issue template's "Expected behavior" heading, a
// status in prose is what the person wanted, not an answer they got.
func (g *greader) hits() {
	g.best, g.numeric = map[int]StatusConfidence{}, map[int]bool{}
	expect := false
	for i := range g.ls {
		if k := sectionHeading(g.ls[i].text); k != 0 {
			expect = k == 'e'
		}
		if h, ok := lineStatus(g.ls[i].text); true {
			if i > 0 && (!ok || h.conf < StatusField) {
				if b, under := bareCodeUnder(g.ls[i-1].text, g.ls[i].text); under {
					h, ok = b, true
				}
			}
			if !ok || h.conf < StatusField {
				prev := ""
				if i > 0 {
					prev = g.ls[i-1].text
				}
				if b, printed := codeThenBody(prev, g.ls[i].text); printed && (!ok || b.conf > h.conf) {
					h, ok = b, true
				}
			}
			if !ok || h.conf < StatusField {
				next := ""
				if i+1 < len(g.ls) {
					next = g.ls[i+1].text
				}
				if b, beside := codeBesideBody(g.ls[i].text, next); beside {
					h, ok = b, true
				}
			}
			if (!ok || h.conf < StatusProse) && i+1 < len(g.ls) {
				if b, thrown := reasonThrown(g.ls[i].text, g.ls[i+1].text); thrown {
					h, ok = b, true
				}
			}
			g.ls[i].wished = expect && !g.ls[i].rec || proposalTitle(g.ls[i].text)
			if !ok || g.ls[i].wished && h.conf <= StatusProse {
				continue
			}
			g.ls[i].hit = templated(h, g.ls[i].text)
			if h.conf > g.best[h.code] {
				g.best[h.code] = h.conf
			}
			if b := g.block(g.ls[i].n); b > 0 && h.conf > g.bestIn[[2]int{h.code, b}] {
				if g.bestIn == nil {
					g.bestIn = map[[2]int]StatusConfidence{}
				}
				g.bestIn[[2]int{h.code, b}] = h.conf
			}
			g.numeric[h.code] = g.numeric[h.code] || !h.word && h.conf > StatusImplied
		}
	}
	g.quotedAhead()
	g.ownRuns()
}

// quotedAhead marks the error lines that a later block shows again whole
// with another status between the two (an issue's description quotes
// "http error, '…' failed (401): …", then its log shows a 200 and that
// same line): the description's quote is the log's response, read where
// the log shows it. Within one block the same line again is the tool
// printing it again (a retry loop: 401, 200, 401), and with no other status
// between the two the reader already takes the second for the first.
func (g *greader) quotedAhead() {
	if g.seg == nil {
		return
	}
	// next[i]: the next line after i with a status; change[i]: the next
	// line after i whose status differs from line i's
	n := len(g.ls)
	next, change := make([]int, n+1), make([]int, n+1)
	next[n], change[n] = n, n
	later := map[string]int{}
	stated := func(i int) bool { return g.ls[i].hit.code != 0 && g.ls[i].hit.conf > StatusImplied }
	for i := n - 1; i >= 0; i-- {
		next[i], change[i] = next[i+1], change[i+1]
		if i+1 < n && stated(i+1) {
			next[i] = i + 1
		}
		if !stated(i) {
			continue
		}
		l := &g.ls[i]
		switch a := next[i]; {
		case a == n:
			change[i] = n
		case g.ls[a].hit.code != l.hit.code:
			change[i] = a
		default:
			change[i] = change[a]
		}
		t := strings.TrimSpace(l.text)
		if j, ok := later[t]; ok && !l.rec && len(t) >= minQuoted && change[i] < j &&
			l.n < len(g.seg) && g.ls[j].n < len(g.seg) && g.seg[l.n] != g.seg[g.ls[j].n] {
			l.quoted = true
		}
		later[t] = i
	}
}

// minQuoted is the shortest error line taken for a quote of a later one:
// shorter lines ("403 Forbidden") recur for other responses.
const minQuoted = 24

// expectHeadings open the section of an issue template where the person
// says what they expected (lower case, as the heading begins).
var expectHeadings = []string{"expected behavior", "expected behaviour", "expected result", "expected outcome", "expected response",
	"expected output", "what is the expected", "what's the expected", "what did you expect", "what you expected", "what should happen", "what should have happened",
	"erwartetes verhalten", "comportement attendu", "resultado esperado", "comportamiento esperado", "期望行为", "预期行为", "期望结果", "预期结果"}

// proposalTitle reports whether t is a Markdown heading whose words open
// with a verb of answering in the imperative, as an issue's or a pull
// request's title proposes what the server should send ("# [API] Return
// HTTP 401 on failed authentication", "## Respond with 403 instead of
// 404"): a status it states is wished for, not one that came back.
func proposalTitle(t string) bool {
	tt := strings.TrimSpace(t)
	if !strings.HasPrefix(tt, "#") {
		return false
	}
	tt = strings.TrimLeft(tt, "# ")
	for strings.HasPrefix(tt, "[") {
		// a component tag before the title: "[API] ", "[auth] "
		e := strings.IndexByte(tt, ']')
		if e < 0 || e > 40 {
			return false
		}
		tt = strings.TrimLeft(tt[e+1:], " :")
	}
	lt := ascii.Lower(tt[:min(len(tt), 40)])
	for _, v := range []string{"return ", "respond ", "answer ", "reply ", "send ", "use ", "throw ", "raise ", "emit "} {
		if strings.HasPrefix(lt, v) {
			return true
		}
	}
	return false
}

// sectionHeading reports whether t is a heading of a pasted text (a Markdown
// heading, a whole line in bold, a short label ending in a colon): 'e' for
// one that opens what the person expected, 'o' for another, 0 for no heading.
func sectionHeading(t string) byte {
	tt := strings.TrimSpace(t)
	heading := strings.HasPrefix(tt, "# ") || strings.HasPrefix(tt, "##") ||
		len(tt) > 4 && (strings.HasPrefix(tt, "**") && strings.HasSuffix(tt, "**") || strings.HasPrefix(tt, "__") && strings.HasSuffix(tt, "__")) ||
		len(tt) <= 40 && strings.HasSuffix(tt, ":") && !strings.ContainsAny(tt, "{}[]()<>\"=")
	if !heading {
		return 0
	}
	lt := ascii.Lower(strings.Trim(tt, " #*_:?"))
	for _, e := range expectHeadings {
		if strings.HasPrefix(lt, e) && len(lt) <= len(e)+20 {
			return 'e'
		}
	}
	return 'o'
}

// ownRuns marks the error lines whose status a command run after them
// states again at a higher rank, with no such statement before them that
// the same run printed (see gline.ownRun).
func (g *greader) ownRuns() {
	lastRun := -1
	lastStrong := map[int]int{}
	pending := map[int][]int{}
	for i := range g.ls {
		l := &g.ls[i]
		if runLine(l.text) || l.call || spanRun(l.text) {
			lastRun = i
		}
		h := l.hit
		if h.code == 0 {
			continue
		}
		if h.conf >= StatusField {
			for _, k := range pending[h.code] {
				if lastRun > k {
					g.ls[k].ownRun = true
				}
			}
			delete(pending, h.code)
			lastStrong[h.code] = i
			continue
		}
		if h.conf != StatusProse || h.word || !errorLineOf(l.text) {
			continue
		}
		if j, ok := lastStrong[h.code]; ok && lastRun < j {
			continue // the error of the dump above it
		}
		pending[h.code] = append(pending[h.code], i)
	}
}

// errorLineOf reports whether t is a client's error line: a printed error
// object, a command's own error line ("ERROR: S3 error: 401 (Unauthorized)",
// "error: …", git's "fatal: …"), or a line that says error and names the URL
// it failed for.
func errorLineOf(t string) bool {
	if printedError(t) || errorStart(t, "") {
		return true
	}
	for _, p := range []string{"ERROR: ", "ERROR ", "error: ", "fatal: ", "FATAL: "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return containsFoldASCII(t, "error") && (containsFoldASCII(t, "https://") || containsFoldASCII(t, "http://"))
}

// errorRecord reports whether t is a log record written at an error level
// ("2026-03-04T09:10:11Z ERROR sync failed: …", "[ERROR] …", "E0304 …" is
// klog's): a client's error line under its logger's prefix, in a paste whose
// other lines carry no such prefix (a container's log above a curl -v).
func errorRecord(t string) bool {
	n, shape := linePrefix(t)
	if n == 0 || !strings.Contains(string(shape), "level") {
		return false
	}
	p := t[:n]
	return containsFoldASCII(p, "err") || containsFoldASCII(p, "fatal") || containsFoldASCII(p, "crit")
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w,
// ignoring ASCII case, without allocating.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && hasPrefixASCIIFold(s[i:], w) {
			return true
		}
	}
	return false
}

// containsLowered is strings.Contains(ascii.Lower(s), w), for a lower-case
// ASCII word w, without the lower-cased copy: a text without a capital is
// searched as it is (strings.Contains is the faster search), one with a
// capital compared in place from a little before it. The reader asks it of
// every line and field name, and lowering copied each with a capital.
func containsLowered(s, w string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.Contains(s[:i], w) || containsFoldASCII(s[max(0, i-len(w)+1):], w)
		}
	}
	return strings.Contains(s, w)
}

// bareCodeUnder reads a status written alone on its line under a label or
// an expression that names it: "Response:" then "403"; ">>> r.status_code"
// then "401" (a Python prompt); "print(res.status)" then "403".
func bareCodeUnder(prev, t string) (statusHit, bool) {
	t = strings.TrimSpace(t)
	// a value printed by a notebook or an R console, as pasted: R's
	// "[1] 403" (reprex comments it "#> [1] 403", people "# [1] 403"),
	// Jupyter's "Out[7]: 403"
	for _, c := range []string{"#> ", "## ", "# "} {
		if r, ok := strings.CutPrefix(t, c); ok {
			t = strings.TrimSpace(r)
			break
		}
	}
	if r, ok := strings.CutPrefix(t, "[1] "); ok {
		t = strings.TrimSpace(r)
	} else if strings.HasPrefix(t, "Out[") {
		if k := strings.Index(t, "]: "); k > 0 && k < 10 {
			t = strings.TrimSpace(t[k+3:])
		}
	}
	if p := strings.TrimSpace(prev); strings.HasSuffix(p, ":") && len(p) >= 3 && (p[0] == '"' || p[0] == '\'') {
		// a JSON member whose value a tree view put on the next line:
		// "status": then 401,
		prev = strings.Trim(strings.TrimSuffix(p, ":"), "\"' ") + ":"
		t = strings.TrimSuffix(t, ",")
	}
	if len(t) < 3 || !isDigit(t[0]) || !isDigit(t[1]) || !isDigit(t[2]) || len(t) > 3 && t[3] != ' ' && t[3] != '\t' {
		return statusHit{}, false
	}
	rest := strings.TrimSpace(t[3:])
	t = t[:3]
	c := codeAt(t, 0)
	if c < 100 || reasonOf[c] == "" {
		return statusHit{}, false
	}
	p := ascii.Lower(strings.TrimSpace(prev))
	p = strings.TrimSpace(strings.Trim(p, "#*_`>"))
	label := strings.TrimSuffix(p, ":")
	if responseFromBefore(p + " ") {
		// twine: "Response from https://upload.pypi.org/legacy/:", after
		// its log level ("INFO     Response from …:"), then "400 <PyPI's
		// reason>"
		label = "response"
	}
	if strings.HasSuffix(label, "[") {
		// a field whose value opens a list ("status_code": [, then 200 on
		// the next line): the codes a client accepts (an Ansible task's
		// status_code, an SDK's expected codes), not the one answered
		return statusHit{}, false
	}
	if rest != "" && label != "response" && label != "status code" && label != "response status" && label != "response code" && label != "http status" {
		return statusHit{}, false // "403 items" under other text; only a response label takes a code with text after it ("401   Error response: {…}")
	}
	switch {
	case label == "response" || label == "status" || label == "status code" || label == "response status" ||
		label == "response code" || label == "http status" || label == "response status code" || label == "http status code" ||
		statusKeys.Has(squash(label)):
		return statusHit{code: c, conf: StatusField, how: "a code under \"" + strings.TrimSpace(prev) + "\""}, true
	case len(p) < 160 && (strings.Contains(p, "status") || strings.Contains(p, ".code")) && !strings.ContainsAny(outsideQuotes(p), "0123456789") &&
		(strings.HasSuffix(p, ")") || strings.HasSuffix(p, "status") || strings.HasSuffix(p, "status_code") || strings.HasSuffix(p, "statuscode") || strings.HasSuffix(p, ".code") ||
			strings.HasSuffix(p, "statuscode.value")): // PowerShell (trailing underscores trimmed): $_.Exception.Response.StatusCode.value__
		return statusHit{code: c, conf: StatusField, how: "a code printed by \"" + strings.TrimSpace(prev) + "\""}, true
	case rest == "" && methodURLOnly(prev):
		// Postman's console: "GET https://h/x", then the status alone, then
		// the time it took
		return statusHit{code: c, conf: StatusField, how: "a code under the request line"}, true
	}
	return statusHit{}, false
}

// outsideQuotes returns s without the string literals quoted in it (the
// URL in ">>> urlopen('https://h/v1/x').code"): the words of the
// expression around them.
func outsideQuotes(s string) string {
	if !strings.ContainsAny(s, "'\"") {
		return s
	}
	var b strings.Builder
	q := byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// codeThenBody reads a status printed with the body after it on one line,
// as print(r.status_code, r.text) and console.log(res.status, data) write
// them: "401 {"error":"invalid_token"}", "403 { message: 'Forbidden' }",
// "401 b'{…}'", or the code then an object the next lines go on with
// ("401 {"). Under an expression that names the status it is a field;
// alone, a log line's statement.
func codeThenBody(prev, t string) (statusHit, bool) {
	if len(t) < 5 || t[0] == ' ' || t[0] == '\t' {
		return statusHit{}, false
	}
	c := codeAt(t, 0)
	if c == 0 || reasonOf[c] == "" || t[3] != ' ' {
		return statusHit{}, false
	}
	rest := strings.TrimLeft(t[4:], " ")
	rest = strings.TrimPrefix(rest, "b")
	if rest != "" && (rest[0] == '\'' || rest[0] == '"') {
		rest = rest[1:]
	}
	if rest == "" || rest[0] != '{' && rest[0] != '[' {
		return statusHit{}, false
	}
	if len(rest) > 1 {
		// an object with a member ({"error": …}, { message: … }), or one
		// opened for the next lines
		m := strings.TrimLeft(rest[1:], " ")
		if m != "" && !(m[0] == '"' || m[0] == '\'' || m[0] == '{' || isAlpha(m[0]) || m[0] == '_') {
			return statusHit{}, false
		}
		if m != "" && m[0] != '{' && !strings.ContainsAny(m, ":=") {
			return statusHit{}, false
		}
	}
	p := ascii.Lower(strings.TrimSpace(prev))
	if len(p) < 120 && (strings.Contains(p, "status") || strings.Contains(p, ".code")) && strings.HasSuffix(p, ")") {
		return statusHit{code: c, conf: StatusField, how: "a code printed with its body by \"" + strings.TrimSpace(prev) + "\""}, true
	}
	return statusHit{code: c, conf: StatusProse, how: "a code printed before its body"}, true
}

// methodURLOnly reports whether t is a method and a URL or path and nothing
// else: "GET https://api.example.com/v1/x", "POST /login".
func methodURLOnly(t string) bool {
	f := strings.Fields(t)
	if len(f) != 2 || !methods.Has(f[0]) {
		return false
	}
	return strings.HasPrefix(f[1], "https://") || strings.HasPrefix(f[1], "http://") || strings.HasPrefix(f[1], "/") && !strings.HasPrefix(f[1], "//")
}

// bareURL reports whether t is an absolute http(s) URL and nothing else.
func bareURL(t string) bool {
	return (strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")) && len(t) > len("https://") && !strings.ContainsAny(t, " \t\"'<>")
}

// reasonThrown reads an exception whose message is a refusal's reason
// phrase, with the first frame of its stack trace on the next line, as
// clients that throw the response's status text write it: Node's "Error:
// Forbidden" then "    at …", Java's "Caused by:
// io.kubernetes.client.ApiException: Forbidden" then "	at …". A page's
// heading "Error: Forbidden" has no frame under it.
func reasonThrown(t, next string) (statusHit, bool) {
	n := strings.TrimLeft(next, " \t")
	if !strings.HasPrefix(n, "at ") || len(n) == len(next) && !frameLine(n) {
		return statusHit{}, false // a frame is indented, unless a log's prefix took the blanks off with it
	}
	s := strings.TrimSpace(t)
	for _, p := range []string{"Caused by: ", "Uncaught (in promise) ", "Uncaught "} {
		s = strings.TrimPrefix(s, p) // Java's cause, a browser console's unhandled error
	}
	k := strings.LastIndex(s, ": ")
	if k <= 0 || k > 200 {
		return statusHit{}, false
	}
	head, msg := s[:k], strings.TrimRight(s[k+2:], ".! ")
	for i := 0; i < len(head); i++ {
		if c := head[i]; !(isAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '$') {
			return statusHit{}, false
		}
	}
	if !strings.HasSuffix(head, "Error") && !strings.HasSuffix(head, "Exception") {
		return statusHit{}, false
	}
	c := codeOfName[squash(msg)]
	if c < 400 || !strings.EqualFold(msg, reasonOf[c]) && !slices.Contains(altReasons[c], ascii.Lower(msg)) {
		return statusHit{}, false
	}
	return statusHit{code: c, conf: StatusProse, reason: msg, how: "an exception named by the reason phrase, its stack under it (\"" + s[max(0, k-20):] + "\")"}, true
}

// frameLine reports whether t, opening with "at ", is a stack frame: Java's
// "at a.b.C.m(C.java:88)", Node's "at fn (/app/x.js:60:13)" or "at
// /app/x.js:337:9".
func frameLine(t string) bool {
	r := strings.TrimSpace(t[3:])
	w, _, _ := strings.Cut(r, " ")
	if w == "" || strings.HasSuffix(r, ")") && strings.Contains(r, "(") {
		return w != ""
	}
	k := strings.LastIndexByte(r, ':')
	return k > 0 && k+1 < len(r) && ascii.AllDigits(r[k+1:]) && strings.ContainsAny(r[:k], "/.\\")
}

// pythonFrame reports whether t is a frame of a Python traceback:
// 'File "/app/x.py", line 124, in get' (the function may be missing).
func pythonFrame(t string) bool {
	r, ok := strings.CutPrefix(strings.TrimSpace(t), "File \"")
	if !ok {
		return false
	}
	_, after, ok := strings.Cut(r, "\", line ")
	return ok && after != "" && isDigit(after[0])
}

// codeBesideBody reads a response written out member by member: a line
// that is only "code: 200" (or "code = 401") right above the line that
// opens its body or headers ("body: {", "headers:"). An error body's own
// "code" elsewhere only implies a status.
func codeBesideBody(t, next string) (statusHit, bool) {
	t = strings.TrimSpace(t)
	lt := ascii.Lower(t)
	rest, ok := strings.CutPrefix(lt, "code")
	if !ok {
		return statusHit{}, false
	}
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" || rest[0] != ':' && rest[0] != '=' {
		return statusHit{}, false
	}
	rest = strings.Trim(rest[1:], " \t,")
	if len(rest) != 3 {
		return statusHit{}, false
	}
	c := codeAt(rest, 0)
	if c == 0 || reasonOf[c] == "" {
		return statusHit{}, false
	}
	n := ascii.Lower(strings.TrimSpace(next))
	for _, k := range []string{"body", "headers", "data", "response body", "content", "text"} {
		if r, ok := strings.CutPrefix(n, k); ok && (strings.HasPrefix(strings.TrimLeft(r, " "), ":") || strings.HasPrefix(strings.TrimLeft(r, " "), "=")) {
			return statusHit{code: c, conf: StatusField, how: "a status field (code, above the " + k + ")"}, true
		}
	}
	return statusHit{}, false
}

// readGeneral reads raw lines (numbered from 1) with the general reader.
func readGeneral(raw []string) []*Exchange { return readGeneralWith(raw, nil, nil, nil) }

// readGeneralWith is readGeneral told which lines carried a log prefix
// (taken off before): each such line is a record of its own; cut says how
// wide each prefix was (joinWrapped), clocks the time of day each prefix
// gave (prefixClocks).
func readGeneralWith(raw []string, prefixed []bool, cut []int, clocks []string) []*Exchange {
	var texts []string
	var nums []int
	var fences map[int]bool // raw line numbers a fence follows
	// seg[n]: how many fence lines come before raw line n (nil when the
	// paste has none): two lines with the same count lie between the same
	// two fences
	var seg []int32
	segs := int32(0)
	open := byte(0) // the character of the open block's fence
	for i, s := range raw {
		s = cleanLine(s)
		t := strings.TrimLeft(s, " \t")
		if fenceLine(t) && (open == 0 || t[0] == open) {
			// (inside a block fenced with backticks a line of tildes is the
			// block's text, and the other way round)
			if open == 0 {
				open = t[0]
			} else {
				open = 0
			}
			if len(nums) > 0 {
				if fences == nil {
					fences = map[int]bool{}
				}
				fences[nums[len(nums)-1]] = true
			}
			if seg == nil {
				seg = make([]int32, len(raw)+1)
			}
			segs++
			c := fenceContent(t)
			if c == "" {
				continue
			}
			// text written on the fence's own line ("```com.example.
			// ServiceException: AuthorizationFailed: …"): the block's
			// first line
			s = c
		}
		if seg != nil {
			seg[i+1] = segs
		}
		texts = append(texts, s)
		nums = append(nums, i+1)
	}
	texts, nums = joinHanging(texts, nums)
	texts, nums = joinWrapped(texts, nums, cut)
	g := &greader{ls: make([]gline, len(texts)), seg: seg}
	for i := range texts {
		g.ls[i].fenced = fences[nums[i]]
		t := strings.TrimRight(texts[i], " \t\r")
		// a line that is one inline code span: `...`
		span := false
		if tt := strings.TrimSpace(t); len(tt) > 2 && tt[0] == '`' && tt[len(tt)-1] == '`' && strings.Count(tt, "`") == 2 {
			t, span = tt[1:len(tt)-1], true
		}
		// Markdown quotes and boxes around a dump.
		tt := strings.TrimLeft(t, " \t")
		bq := false
		for n := 0; n < 3 && strings.HasPrefix(tt, ">") && !strings.HasPrefix(tt, ">=") && !strings.HasPrefix(tt, "> GET") && !strings.HasPrefix(tt, "> POST"); n++ {
			tt = strings.TrimLeft(tt[1:], " ")
			t = tt
			bq = true
		}
		if strings.HasPrefix(tt, "│") || strings.HasPrefix(tt, "┃") || strings.HasPrefix(tt, "║") {
			tt = strings.TrimSpace(strings.Trim(tt, "│┃║"))
			t = tt
		}
		t = unboldTokens(t)
		g.ls[i] = gline{n: nums[i], text: t, fenced: g.ls[i].fenced, call: replCall(texts[i]), bq: bq, span: span}
		g.ls[i].rec = nums[i]-1 < len(prefixed) && prefixed[nums[i]-1] || recordLine(t)
		if g.ls[i].clock = timeOfDay(t); g.ls[i].clock == "" && nums[i]-1 < len(clocks) {
			g.ls[i].clock = clocks[nums[i]-1]
		}
	}
	g.ls = splitClauses(g.ls)
	phpPrintR(g.ls)
	phpVarDump(g.ls)
	jerseyLog(g.ls)
	w3cFields(g.ls)
	mdTableRows(g.ls)
	swaggerCode(g.ls)
	g.hits()
	g.read()
	g.resolveMentions()
	xs := g.exchanges()
	if len(xs) == 0 {
		// several requests, each followed by what went wrong, none with a
		// status: one response each
		var reqs []*gx
		for _, x := range g.xs {
			if x.url != "" && x.cmd == nil && x.erroredSince(x.reqN) {
				reqs = append(reqs, x)
			}
		}
		var ps []*gx
		for _, x := range g.xs {
			if x.psRecord && errorish(x.loose) {
				ps = append(ps, x)
			}
		}
		if len(ps) >= 2 {
			// PowerShell error records with no status: one failed call each
			for _, x := range ps {
				if e := x.exchangeFrom(true); e != nil {
					xs = append(xs, e)
				}
			}
			return xs
		}
		if len(reqs) >= 2 {
			for _, x := range reqs {
				if e := x.exchangeFrom(true); e != nil {
					xs = append(xs, e)
				}
			}
			return xs
		}
		if ps := g.urlAnswers(); len(ps) >= 2 {
			return ps
		}
		// Nothing but text: when it speaks of a refusal, it is read as a
		// response body with no status, so that what it says still counts.
		var best *gx
		for _, x := range g.xs {
			if len(x.loose) > 0 && (best == nil || len(x.loose) > len(best.loose)) {
				best = x
			}
		}
		// one request the paste states (a command line, a URL), followed
		// by what went wrong: that is the exchange, whatever prose came
		// before it ("Over HTTP the same user fails: curl … / Code: 516 …
		// Authentication failed")
		var asked *gx
		n := 0
		for _, x := range g.xs {
			if (x.url != "" || x.cmd != nil) && len(x.loose) > 0 && x.erroredSince(max(x.reqN, x.start)) {
				asked = x
				n++
			}
		}
		if n == 1 && asked != best && (best == nil || best.url == "" && best.cmd == nil) {
			best = asked
		}
		var recs []gline
		if best != nil {
			for _, l := range best.loose {
				if l.rec && errorishRecord(l) {
					recs = append(recs, l)
				}
			}
		}
		own := repeatedEvents(recs, false)
		if own != nil && best.url != "" && !eachNamesRequest(recs, own) {
			// one of them names no request (a ban logged after the failed
			// logins that caused it): read the records' own words under
			// the logger's preamble
			if own = repeatedEvents(recs, true); own != nil && !eachNamesRequest(recs, own) {
				own = nil
			}
		}
		switch {
		case own != nil && (best.url == "" || eachNamesRequest(recs, own)):
			// several log records, none with a status and none after a
			// request the paste states: one response each (records under a
			// request, "Securing GET /x" then the filters' lines, are what
			// happened to that one request). Records that each name their
			// own request (nginx's 'limiting requests, …, request: "GET /x
			// HTTP/1.1"' per throttled request) are one response each too.
			// A record of another template between or after them (Home
			// Assistant's "Banned IP … for too many login attempts" after
			// its "Login attempt … with invalid authentication" lines) is
			// what followed the event before it, not a request of its own
			var evs []*gx
			var lead []gline // records of their own kind before the first event
			for i, l := range recs {
				if !own[i] {
					if len(evs) == 0 {
						lead = append(lead, l)
					} else {
						ev := evs[len(evs)-1]
						ev.loose, ev.end = append(ev.loose, l), l.n
					}
					continue
				}
				x := &gx{start: l.n, end: l.n, loose: append(lead, l), fieldsFrom: map[string]bool{}}
				if len(lead) > 0 {
					x.start, lead = lead[0].n, nil
				}
				if m, u, _ := lineRequest(l.text, ascii.Lower(l.text)); u != "" {
					// the request the record names is its own
					x.method, x.url, x.reqN = m, u, l.n
				}
				evs = append(evs, x)
			}
			for _, x := range evs {
				if e := x.exchangeFrom(true); e != nil {
					xs = append(xs, e)
				}
			}
		case best != nil && (errorish(best.loose) || proseRefusal(best.loose) || successish(best.loose)):
			if e := best.exchangeFrom(true); e != nil {
				xs = append(xs, e)
			}
		}
	}
	return xs
}

// refusalWords are words that make text worth reading as an error body.
var refusalWords = []string{"error", "denied", "forbidden", "unauthori", "not authori", "invalid", "expired",
	"permission", "blocked", "refused", "failed", "exception", "not allowed", "reject", "sign in", "log in",
	"login", "token", "credential", "access", "session", "captcha", "firewall", "policy",
	"unsuccessful", "incident id", "support id", "ray id", "reference #", "site here", "unknown domain", "attack id",
	"jwt", "upstream", "no route", "rate limit", "rate-limit", "ratelimit", "too many requests", "throttl", "quota exceeded", "limit exceeded",
	// nginx limit_req and limit_conn refusing a request
	"limiting requests", "limiting connections",
	// sign-in wordings ("could not read Username", "Unknown user name or bad password")
	"authenticat", "username", "user name", "password", "logon", "log on", "not authoris", "shared with you", "privilege", "be signed in", "be logged in", "not signed in", "lacks", "locked", "abuse",
	// pages of a site that could not be reached or served
	"unavailable", "unreachable", "be reached", "not private", "maintenance", "timed out", "not found", "no server is available",
	"cannot get /", "cannot post /", "cannot put /", "cannot patch /", "cannot delete /", // Express's final handler: no route
	// identity providers' error codes and consent refusals ("AADSTS65001: The
	// user or administrator has not consented…")
	"aadsts", "aadb2c", "consent",
	// bot checks ("Just a moment... Enable JavaScript and cookies to continue")
	"enable javascript", "security check", "unusual traffic", "robot", "a bot", "automation tool",
	// the same in the languages pastes come in (lower-case: only ASCII
	// letters are folded): refused, denied, blocked, forbidden, error,
	// permission, sign-in
	"拒否", "拒绝", "禁止", "ブロック", "拦截", "阻止", "阻断", "错误", "エラー", "失敗", "失败", "権限", "权限", "認証", "认证", "未授权",
	"登录", "ログイン", "令牌", "トークン", "거부", "차단", "오류", "권한", "인증", "로그인",
	"verweigert", "fehler", "blockiert", "gesperrt", "berechtigung", "refusé", "erreur", "bloqué", "interdit", "denegado", "bloquead",
	"prohibido", "negado", "proibido", "negato", "bloccat", "vietato", "запрещ", "ошибк", "заблокир", "авториз", "доступ",
	"yetki", "hata", "engellen", "erişim", "odmow", "błąd", "zablokow", "dostęp", "uprawnie", "bị chặn", "lỗi", "từ chối", "truy cập",
	// failed, invalid, expired, password
	"fehlgeschlagen", "ungültig", "abgelaufen", "passwort", "kennwort", "échou", "échec", "mot de passe", "fallid", "contraseña",
	"falhou", "senha", "пароль", "неверн", "şifre", "hasło", "mật khẩu", "密码", "パスワード", "비밀번호", "失效", "过期", "期限", "만료",
	"autentica", "аутентиф", "鉴权", "驗證", "验证",
	// sign in, session, access, permission in more languages (only ASCII
	// letters are folded: the words are taken from inside a word where a
	// capital could open it)
	"anmelden", "angemeldet", "connecte", "connexion", "sesión", "sessão", "sessione", "sessie", "toegang", "inlog", "rechten",
	"sesja", "zaloguj", "oturum", "giriş", "tkomst", "nekad", "behörighet", "logga in", "adgang", "tilgang", "log ind", "logg inn",
	"pääsy", "käyttöoikeu", "kirjaudu", "odepřen", "oprávnění", "přihlas", "đăng nhập", "phiên", "quyền", "заборон", "увійд", "немає",
	"πρόσβαση", "δικαίωμα", "συνδεθείτε", "hozzáférés", "jogosults", "bejelentkez", "interzis", "permisiun", "autentific",
	"accesso", "autorizzazion", "acesso", "permissão", "permiso", "akses", "izin", "สิทธิ์", "เข้าสู่ระบบ", "세션", "접근", "ログイン",
	"pick an account", "choose an account",
	// an account or site taken down by its host ("This Account has been
	// suspended"), a key the gateway did not find ("No API key found")
	"suspended", "api key", "apikey", "api_key",
	// a bot wall's words ("your computer or network may be sending automated queries")
	"automated quer", "automated request", "automated traffic", "automated access",
	// walls that are not about identity, pasted as their one sentence: a
	// used-up quota or plan ("You have exceeded your quota."), a geo block
	// ("This content is not available in your country."), a licence or
	// subscription that ran out, and a bot wall's "unusual traffic" in
	// Chinese ("检测到…异常流量", a "人机验证" or "验证码" check)
	"quota", "exceeded", "your country", "your region", "your location", "licen", "subscription",
	"异常流量", "异常访问", "人机验证", "验证码"}

// repeatedEvents reports whether log records are the same event logged
// again (one template, other values: "login rejected … [ops-robot]" three
// times, "throttling client {…203.0.113.77}" then "{…18}"), each about a
// request of its own, rather than the steps one refused request went
// through ("verification error: …", "authentication requirements not met",
// "sending downstream: UNAUTHENTICATED"). Every record must open with the
// same two words as another one, digits aside. When fine, the two words
// are the record's own under the logger's preamble (its level, its thread
// and logger in brackets), and the records that repeat need only be at
// least two and more than those that do not (a ban logged once after the
// failed logins that caused it). It returns, for each record, whether it is
// an event of its own, or nil when the records are no repeated event.
func repeatedEvents(recs []gline, fine bool) []bool {
	open := func(t string) string {
		if i := strings.IndexByte(t, '{'); i == 0 {
			// a JSON record: its message
			if j := strings.Index(t, "\"msg\":\""); j > 0 {
				t = t[j+7:]
			} else if j := strings.Index(t, "\"message\":\""); j > 0 {
				t = t[j+11:]
			}
		}
		var b strings.Builder
		words := 0
		// bracketed fields written together ("[09:12:37.514][1184207][debug]")
		// are words of their own
		for _, w := range strings.Fields(strings.ReplaceAll(ascii.Lower(t), "][", "] [")) {
			if strings.ContainsAny(w, "0123456789") || strings.Trim(w, ":.-[]()/|") == "" {
				// a number, an id, a time or a host ("2841177#2841177:",
				// "*902114", "node01"): the record's values, not its template
				continue
			}
			if fine && preambleWord(w) {
				continue
			}
			b.WriteString(w)
			b.WriteByte(' ')
			if words++; words == 2 {
				break
			}
		}
		return b.String()
	}
	seen := map[string]int{}
	keys := make([]string, len(recs))
	for i, l := range recs {
		keys[i] = open(l.text)
		seen[keys[i]]++
	}
	own := make([]bool, len(recs))
	n := 0
	for i, k := range keys {
		if own[i] = seen[k] >= 2; own[i] {
			n++
		}
	}
	if n < 2 || len(recs)-n >= n || !fine && n < len(recs) {
		return nil
	}
	return own
}

// preambleWord reports whether w, a lower-case word of a log record, is
// the logger's preamble rather than the event's words: a level, or a
// thread's or a logger's name in brackets ("WARNING (MainThread)
// [app.components.http.ban]", "[Error]:").
func preambleWord(w string) bool {
	if lv := strings.Trim(w, "[]:-<>"); len(lv) <= 8 && levelWords.Has(strings.ToUpper(lv)) {
		return true
	}
	w = strings.TrimRight(w, ":")
	return len(w) > 2 && (w[0] == '[' && w[len(w)-1] == ']' || w[0] == '(' && w[len(w)-1] == ')')
}

// eachNamesRequest reports whether every record that is an event of its own
// (own, from repeatedEvents) names a request of its own
// (a method with its target, or a URL): records of several requests, not
// the steps of the one request a line above them named.
func eachNamesRequest(recs []gline, own []bool) bool {
	for i, l := range recs {
		if !own[i] {
			continue
		}
		if _, u, _ := lineRequest(l.text, ascii.Lower(l.text)); u == "" {
			return false
		}
	}
	return true
}

// errorishRecord reports whether a log record speaks of a refusal beyond
// its level: "[Error] Method: GET" is one line of a record of several
// lines, not a failed request of its own.
func errorishRecord(l gline) bool {
	t := strings.TrimSpace(l.text)
	for _, lv := range []string{"[error]", "[err]", "error:", "[warn]", "warning:"} {
		if len(t) >= len(lv) && ascii.Lower(t[:len(lv)]) == lv {
			t = t[len(lv):]
			break
		}
	}
	t = strings.TrimSpace(t)
	if k := strings.Index(t, ": "); k > 0 && k <= 20 && isWordRun(strings.ReplaceAll(t[:k], " ", "")) && !recordLine(t[k+2:]) {
		// "Type: Utopia\Exception": a field of a record of several lines
		// (not syslog's "host program: " before the program's own record)
		return false
	}
	return errorish([]gline{{text: t}})
}

// successish reports whether text says a request or a sign-in succeeded
// (SuccessWordings): a control the paste shows as a page or a message.
func successish(ls []gline) bool {
	n := 0
	for _, l := range ls {
		if SaysSuccess(ascii.Lower(l.text)) != "" {
			return true
		}
		if n += len(l.text); n > 1<<20 {
			break
		}
	}
	return false
}

func errorish(ls []gline) bool {
	n := 0
	for _, l := range ls {
		lt := ascii.Lower(l.text)
		if !isASCII(lt) {
			// "Ошибка аутентификации", "Échec": fold the other scripts' capitals too
			lt = strings.ToLower(lt)
		}
		for _, w := range refusalWords {
			if strings.Contains(lt, w) {
				return true
			}
		}
		n += len(l.text)
		if n > 1<<20 {
			break
		}
	}
	return false
}

// accountRefusalWords are wordings of a refusal that name the account's
// state, the user's membership or role, or a verification still owed,
// rather than an error ("Your account has been deactivated", "You are not a
// member of this workspace", "commands can only be run by a system
// administrator", "Please verify your email address"). They only make a
// paste of nothing but text worth reading as a response: as words of a
// record or a body elsewhere they are too common in ordinary logs.
var accountRefusalWords = []string{
	// account state
	"account disabled", "account is disabled", "account has been disabled", "account was disabled", "user is disabled",
	"user has been disabled", "deactivated", "not activated", "not yet activated", "inactive account", "account is inactive",
	"banned", "revoked",
	// membership, assignment, role
	"not a member", "not member of", "not part of", "not assigned", "not been assigned", "not been granted",
	"not been invited", "not permitted", "not enabled for", "no longer have", "don't have the right", "do not have the right",
	"only be run by", "only be used by", "only be done by", "only be performed by", "only administrators", "only admins",
	"only an admin", "only the owner", "must be an admin", "must be an administrator", "must be a member", "must be the owner",
	"requires admin", "requires an admin", "requires the admin", "admin rights", "administrator rights", "role required", "required role",
	// a verification still owed
	"verify your email", "verify your e-mail", "verify your account", "verify your identity", "confirm your email",
	"confirm your e-mail", "confirm your account", "not verified", "unverified", "email verification", "email not confirmed",
}

// proseRefusal reports whether lines of a paste of nothing but text speak of
// a refusal in accountRefusalWords' terms.
func proseRefusal(ls []gline) bool {
	n := 0
	for _, l := range ls {
		lt := ascii.Lower(l.text)
		for _, w := range accountRefusalWords {
			if strings.Contains(lt, w) {
				return true
			}
		}
		if n += len(l.text); n > 1<<20 {
			break
		}
	}
	return false
}

// generalOps reads raw lines and returns how many bytes of lines the reader
// visited, for TestGeneralLinear.
func generalOps(raw []string) int {
	g := &greader{}
	for i, s := range raw {
		g.ls = append(g.ls, gline{n: i + 1, text: s})
	}
	g.read()
	g.exchanges()
	return g.ops
}

// gmention is a status in prose that the paste also shows at a higher rank.
type gmention struct {
	l gline
	h statusHit
}

// resolveMentions gives back its status to a prose line taken for a mention
// when the line names a request of its own: a method and an absolute URL
// that no exchange with a status holds, while every exchange with that code
// names another URL ("failed to fetch anonymous token: unexpected status
// from GET request to https://auth.example/token?…: 401 Unauthorized" under
// the registry's own 401). The same request named again on another line
// (two loggers) stays one exchange.
func (g *greader) resolveMentions() {
	if len(g.mentions) == 0 {
		return
	}
	// one pass over the exchanges: who holds which request line, which URLs
	// and paths already have a status, which codes have an exchange with no URL
	byReq := map[int]*gx{}
	withStatus := map[string]bool{} // urlKey or "path:" + targetPath of exchanges with a status
	urlless := map[int]bool{}       // codes of exchanges with a status and no URL
	mark := func(x *gx) {
		switch {
		case x.url == "":
			urlless[x.status.code] = true
		case strings.HasPrefix(x.url, "/"):
			withStatus["path:"+targetPath(x.url)] = true
		default:
			withStatus[urlKey(x.url)] = true
		}
	}
	for _, x := range g.xs {
		if x.status.code != 0 {
			mark(x)
		} else if x.reqStrong && strings.Contains(x.url, "://") {
			if _, ok := byReq[x.reqN]; !ok {
				byReq[x.reqN] = x
			}
		}
	}
	for _, m := range g.mentions {
		own := byReq[m.l.n]
		if own == nil || own.status.code != 0 {
			continue
		}
		if urlless[m.h.code] || withStatus[urlKey(own.url)] || withStatus["path:"+targetPath(targetOf(own.url))] {
			continue
		}
		own.status, own.statusN, own.statusTail, own.statusRec = m.h, m.l.n, urlTail(m.l.text), m.l.rec && !m.h.inBody
		own.inferred = append(own.inferred, InfoLine{Text: "status from an error line that names this request", Pos: Pos{Line: m.l.n}})
		own.start, own.end = min(own.start, m.l.n), max(own.end, m.l.n)
		mark(own)
	}
}

// urlKey is an absolute URL's host and path, lower-cased host, no query.
func urlKey(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return targetPath(u)
	}
	rest := u[i+3:]
	j := strings.IndexAny(rest, "/?#")
	if j < 0 {
		return ascii.Lower(rest) + "/"
	}
	return ascii.Lower(rest[:j]) + targetPath(rest[j:])
}

// targetPath is a request target without its query or fragment.
func targetPath(t string) string {
	if j := strings.IndexAny(t, "?#"); j >= 0 {
		t = t[:j]
	}
	if t == "" {
		return "/"
	}
	return t
}

func (g *greader) x() *gx {
	if g.cur == nil {
		g.cur = &gx{fieldsFrom: map[string]bool{}}
		g.xs = append(g.xs, g.cur)
		if g.pending != nil {
			g.cur.configured, g.pending = g.pending, nil
		}
	}
	return g.cur
}

// split starts a new exchange.
func (g *greader) split() {
	if g.cur != nil && g.cur.statusN > 0 {
		g.prevStat = g.cur.statusN
	}
	g.cur = nil
	g.side = 0
}

func (g *greader) touch(n int) {
	x := g.x()
	if x.start == 0 || n < x.start {
		x.start = n
	}
	if n > x.end {
		x.end = n
	}
}

func (g *greader) read() {
	for i := 0; i < len(g.ls); i++ {
		g.at = i
		l := g.ls[i]
		g.ops += len(l.text) + 1
		if i > 0 && g.ls[i-1].fenced {
			g.fenceClosed()
		}
		t := strings.TrimSpace(l.text)
		if t == "" {
			g.endSection(true)
			continue
		}
		if thematicBreak(t) && (i == 0 || strings.TrimSpace(g.ls[i-1].text) == "") &&
			(g.block(l.n) == 0 || i+1 < len(g.ls) && strings.TrimSpace(g.ls[i+1].text) == "") {
			// blank lines around it inside a fence: the whole thread
			// fenced again ({noformat}), not a YAML stream's "---"
			g.lastRule = l.n
		}
		if l.quoted {
			// read where the later block shows it (see quotedAhead)
			continue
		}
		if g.wantCode {
			if h, ok := writtenCode(t); ok {
				g.wantCode = false
				g.status(l, h, t)
				continue
			}
		}
		var cont []string
		spanned := 0 // lines a quoted argument went on over, in cont's entries
		ct := t      // the command's first line
		if spanOpens(t) {
			// a command written inside an inline code span over several
			// lines: without its backticks
			ct = strings.TrimSpace(t[1:])
		}
		if head, ok := cutContinuation(ct); ok {
			// a command continued on the next lines ("curl -X 'GET' \",
			// "  -H 'x-api-key: …'"): read it whole
			ct = head
			if !spanOpens(t) {
				t = head
			}
			for k := i + 1; k < len(g.ls) && len(cont) < 64; k++ {
				cl := strings.TrimSpace(spanCloses(strings.TrimSpace(g.ls[k].text)))
				if q := quoteAfter(0, cl); q != 0 {
					// a quoted argument that goes on over lines of its own
					// (--data '{ then the JSON, then }'): its lines are the
					// value's, up to the one that closes it
					if e := g.quoteClosesAt(k+1, q); e > k {
						for m := k + 1; m <= e; m++ {
							cl += "\n" + strings.TrimRight(g.ls[m].text, " \t")
						}
						spanned += e - k
						k = e
					}
				}
				c, more := cutContinuation(cl)
				cont = append(cont, c)
				if !more {
					break
				}
			}
		}
		if l.span && len(cont) == 0 {
			// a whole line that is one code span ("`uv publish --token
			// <key> dist/x.tar.gz`"): a command as surely as one behind
			// a prompt, whatever the tool (parseCommand reads it so)
			ct = "`" + ct + "`"
		}
		if c := parseCommand(ct, cont); c != nil && (httpTools.Has(c.tool) || c.tool == "pwsh" && c.url != "" && !psErrorRecord(ct) || c.auth) {
			again := g.ranAgain(l, t, i) && g.outputAfter(i+len(cont)+spanned)
			i += len(cont) + spanned
			g.endSection(false)
			g.split()
			if again {
				g.x().rerunN = l.n
				g.touch(l.n)
			}
			g.wantCode = c.writeCode
			if req := c.request(l.n, false); req != nil {
				x := g.x()
				x.cmd, x.cmdEnd, x.cmdClient = req, i, !httpTools.Has(c.tool) && c.tool != "pwsh"
				g.touch(l.n)
				x.inferred = append(x.inferred, InfoLine{Text: "request from the " + c.tool + " command line", Pos: Pos{Line: l.n}})
			}
			continue
		}
		if psErrorRecord(t) {
			// each PowerShell error record ("Invoke-RestMethod : {…}" then
			// "At C:\x.ps1:89 char:15") is one failed call
			if x := g.cur; x != nil && (x.psRecord || x.status.code != 0 || x.body != nil) {
				g.endSection(false)
				g.split()
			}
			g.x().psRecord = true
		}
		if x := g.cur; x != nil && x.psRecord && (strings.HasPrefix(t, "At ") && strings.Contains(t, " char:") || strings.HasPrefix(t, "Line |")) {
			x.psAt = true
		}
		if j, b, ok := g.quotedBodyRun(i, t); ok {
			g.line(l, t)
			x := g.x()
			nums := []int{l.n}
			for k := i + 1; k <= j; k++ {
				nums = append(nums, g.ls[k].n)
			}
			x.body = &Body{Text: b, Pos: Pos{Line: l.n}}
			if nums[len(nums)-1]-nums[0] != len(nums)-1 {
				x.body.LineMap = nums
			}
			x.inferred = append(x.inferred, InfoLine{Text: "body unquoted from a printed string over several lines", Pos: Pos{Line: l.n}})
			g.touch(g.ls[j].n)
			i = j
			continue
		}
		if name, j, vals, ok := g.plistField(i, t); ok {
			// Foundation's description of allHeaderFields: "Name" = ( value );
			// over several lines, read as the one field it is
			g.line(l, name+": "+vals)
			for k := i + 1; k <= j; k++ {
				g.touch(g.ls[k].n)
			}
			i = j
			continue
		}
		if j, ok := g.body(i, t); ok {
			i = j
			continue
		}
		if h, ok := pageTitleCode(t, g.nextText(i)); ok && l.hit.conf < StatusField {
			g.status(l, h, t)
			continue
		}
		if methods.Has(t) && i+1 < len(g.ls) {
			// Firefox's request summary copied as text: the method alone,
			// the URL alone on the next line ("GET", "https://h/x")
			if u := strings.TrimSpace(g.ls[i+1].text); bareURL(u) {
				g.line(l, t+" "+u)
				g.touch(g.ls[i+1].n)
				i++
				continue
			}
		}
		g.line(l, t)
	}
	if n := len(g.ls); n > 0 && g.ls[n-1].fenced {
		g.fenceClosed()
	}
	g.section, g.secFields = 0, 0 // a section the paste ends in may be cut: not seen whole
}

// fenceClosed handles a Markdown code fence after a line. A section under a
// heading ("## Response Headers", then the fields in a code block) ends
// there, seen whole, as at a blank line: the person copied the block and
// closed it. Other header blocks do not: a dump whose format marks the end of
// its headers (curl's trace, a status line's blank line) and was fenced
// before that mark was cut.
func (g *greader) fenceClosed() {
	if g.secKind == labelledSection {
		g.endSection(true)
	}
}

// labelledSection is how a header section under a heading is described.
const labelledSection = "a labelled header section"

// endSection closes a labelled header section: a response header block that
// ended before the paste did was seen whole.
func (g *greader) endSection(blank bool) {
	if g.section == 's' && g.secFields > 0 && g.cur != nil {
		g.cur.complete = true
	}
	if blank && g.section != 0 && g.secFields == 0 {
		return // "Response Headers:" then a blank line, then the fields
	}
	g.section, g.secFields, g.secGuess = 0, 0, false
}

var reqCues = []string{"request headers", "request header", "requestheaders", "request:", "request =", "config:",
	"=> send", "sending http request", "req:", "request start", "request body", "request method", "request url", "send:"}
var respCues = []string{"response headers", "response header", "responseheaders", "response:", "response =", "<= recv",
	"res:", "response start", "response status", "response body", "response content", "http response", "reply:", "header:"}

// sideOf tells the request/response context a heading or key sets:
// "Request Headers:", "config: {", "=> Send header", "response: {",
// "HTTP response headers:". Whichever cue comes first wins.
func sideOf(lt string) byte {
	if strings.HasPrefix(lt, "> ") {
		return 'q'
	}
	if strings.HasPrefix(lt, "< ") {
		return 's'
	}
	qi, si := -1, -1
	for _, c := range reqCues {
		if i := strings.Index(lt, c); i >= 0 && (qi < 0 || i < qi) {
			qi = i
		}
	}
	for _, c := range respCues {
		if i := strings.Index(lt, c); i >= 0 && (si < 0 || i < si) {
			si = i
		}
	}
	switch {
	case qi >= 0 && (si < 0 || qi < si):
		return 'q'
	case si >= 0:
		return 's'
	}
	return 0
}

// dioSection reads the banners Dio's LogInterceptor opens the parts of
// its dump with: "*** Request ***" ('q'), then "*** Response ***" or
// "*** DioError ***:" (Dio 5: "*** DioException ***:") ('s'). 0 otherwise.
func dioSection(lt string) byte {
	s, ok := strings.CutPrefix(strings.TrimSpace(lt), "*** ")
	if !ok {
		return 0
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, ":"), " ***")
	switch s {
	case "request":
		return 'q'
	case "response", "dioerror", "dioexception":
		return 's'
	}
	return 0
}

// headingKind recognises a heading that opens a header section:
// "Response Headers:", "Request headers:", "-- headers start --", "Headers:",
// "HTTP response headers:". It returns the side ('q', 's', or 'h' for
// headers of unknown side).
func headingKind(lt string) byte {
	s := strings.Trim(lt, " -=:*#[]")
	s = strings.TrimSuffix(strings.TrimSuffix(s, " start"), " begin")
	if !strings.HasSuffix(s, "headers") && !strings.HasSuffix(s, "header") {
		return 0
	}
	if len(s) > 40 {
		return 0
	}
	switch sideOf(s) {
	case 'q':
		return 'q'
	case 's':
		return 's'
	}
	return 'h'
}

// traceMarker takes a trace's own marker off a line: GIT_TRACE_CURL and
// curl --trace-ascii ("=> Send header: ", "<= Recv header: ", "0000: "),
// curl -v ("> ", "< "), Python http.client ("header: "). It returns the
// rest, the side the marker names ('q', 's' or 0) and whether the line is
// the tool's own chatter ("== Info: ...", "=> Send header, 87 bytes").
func traceMarker(t string) (string, byte, bool) {
	switch {
	case strings.HasPrefix(t, "== Info:"):
		return "", 0, true
	case strings.HasPrefix(t, "=> Send header,") || strings.HasPrefix(t, "=> Send data,") || strings.HasPrefix(t, "=> Send SSL"):
		return "", 'q', true
	case strings.HasPrefix(t, "<= Recv header,") || strings.HasPrefix(t, "<= Recv data,") || strings.HasPrefix(t, "<= Recv SSL"):
		return "", 's', true
	case strings.HasPrefix(t, "=> Send header:") || strings.HasPrefix(t, "=> Send data:"):
		return strings.TrimSpace(t[strings.IndexByte(t, ':')+1:]), 'q', false
	case strings.HasPrefix(t, "<= Recv header:") || strings.HasPrefix(t, "<= Recv data:"):
		return strings.TrimSpace(t[strings.IndexByte(t, ':')+1:]), 's', false
	case strings.HasPrefix(t, "< ") || t == "<":
		return strings.TrimSpace(t[1:]), 's', false
	case strings.HasPrefix(t, "> ") || t == ">":
		return strings.TrimSpace(t[1:]), 'q', false
	case strings.HasPrefix(t, "header: "):
		return t[len("header: "):], 's', false
	}
	// Apache HttpClient's wire and headers loggers: "http-outgoing-0 >> Name: v",
	// "http-outgoing-0 << \"HTTP/1.1 403 Forbidden[\r][\n]\""
	// (the logger's name may still be before it: "org.apache.http.wire - ",
	// log4j's "[org.apache.http.wire] ")
	if k := strings.Index(t, "http-outgoing-"); k > 0 && k < 64 && (strings.HasSuffix(strings.TrimRight(t[:k], " "), "-") || strings.HasSuffix(strings.TrimRight(t[:k], " "), "]")) {
		t = t[k:]
	}
	if strings.HasPrefix(t, "http-outgoing-") {
		if k := strings.Index(t, " >> "); k > 0 && k < 24 {
			return wireText(t[k+4:]), 'q', false
		}
		if k := strings.Index(t, " << "); k > 0 && k < 24 {
			return wireText(t[k+4:]), 's', false
		}
	}
	// The same quoted wire lines under another wire logger's name, with no
	// connection id: Commons HttpClient 3's "httpclient.wire.header - >>
	// \"GET / HTTP/1.1[\r][\n]\"", "httpclient.wire.content - << \"{…}\"".
	if rest, side := namedWireLine(t); side != 0 {
		return wireText(rest), side, false
	}
	// curl --trace-ascii offsets: "0000: GET / HTTP/1.1"
	if len(t) >= 6 && t[4] == ':' && isHex(t[:4]) {
		return strings.TrimSpace(t[5:]), 0, false
	}
	return t, 0, false
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// quoteClosesAt returns the index of the first line of g.ls from from on,
// within a bound, on which the shell quote q left open above closes, or -1.
func (g *greader) quoteClosesAt(from int, q byte) int {
	for e := from; e < len(g.ls) && e-from < 200; e++ {
		if quoteAfter(q, g.ls[e].text) == 0 {
			return e
		}
	}
	return -1
}

func (g *greader) line(l gline, t string) {
	if runLine(t) || l.call || spanRun(t) {
		g.lastRun = l.n
	}
	g.rerun(l, t)
	if strings.TrimSpace(t) == "╷" {
		g.lastBox = l.n
	}
	if l.hit.code == 0 && (l.rec && errorishRecord(l) || dotnetFailHeader(t)) {
		g.lastRecErr = l.n
	}
	if chainMarker(t) {
		g.lastChain = l.n
	}
	g.errNow = errorStart(l.text, g.lastText)
	if g.errNow {
		// after this line's status is read: a later statement of it is
		// inside this error object
		defer func() { g.lastErr = l.n }()
	}
	above := g.lastText
	g.lastText, g.aboveText = t, above
	if tt := strings.TrimSpace(t); wordsLine(tt) {
		g.advised = adviceLead(tt)
	}
	inCalls := g.openCalls
	if g.openCalls = authCallsAfter(t, g.openCalls); strings.TrimSpace(t) == "" {
		g.openCalls = nil
	}
	if l.rec {
		g.follow(recordID(t))
	}
	if elisionLine(t) && g.cur != nil {
		// "<snip>", "...", "[truncated]": what the dump showed is not all of it
		g.cur.elided = true
	}
	rest, mside, chatter := traceMarker(t)
	if mside != 0 {
		if mside != g.side && g.section != 0 {
			g.endSection(false)
		}
		g.side = mside
	}
	if chatter {
		g.touch(l.n)
		return
	}
	if rest == "" {
		g.endSection(true)
		return
	}
	t = rest
	if f, ok := mdTableRow(t); ok {
		// "| Server | cloudflare |": a header, or the status, in a
		// Markdown table of two columns
		t = f
	}
	lt := ascii.Lower(t)
	if len(lt) > maxScan {
		lt = lt[:maxScan]
	}
	if side := dioSection(lt); side != 0 {
		// Dio's LogInterceptor opens each part of its dump with a banner
		g.endSection(false)
		g.side, g.wholeReq = side, side == 'q'
		g.touch(l.n)
		return
	}
	// headings
	if h := headingKind(lt); h != 0 && !strings.Contains(t, "{") && !strings.Contains(t, "[") {
		g.endSection(false)
		if g.wholeReq && (h == 'h' || h == 'q') && g.side == 'q' {
			// the dump's request headers: every one it carried
			g.x().reqWhole = true
		}
		if e := headersExpr(lt); e != 0 {
			// ">>> r.headers": the headers of the object the expression names,
			// a response unless its name says request, whatever came before
			h = e
		}
		guess := false
		if h == 'h' {
			h = g.side
			if h == 0 {
				h, guess = 's', true
			}
		}
		g.section, g.side, g.secKind, g.secGuess = h, h, labelledSection, guess
		g.touch(l.n)
		return
	}
	if strings.Contains(lt, "headers end") || strings.Contains(lt, "end headers") {
		g.endSection(false)
		g.touch(l.n)
		return
	}
	if s := sideOf(lt); s != 0 && !(g.section != 0 && g.secFields > 0) {
		g.side = s
		if s == 'q' {
			g.qFrom = l.n
		}
	}

	// status
	own := t == l.text
	if !own && l.hit.code != 0 && t == strings.TrimSpace(l.text) {
		// an indented line whose status only the line above gives (">>>
		// r.status_code" then "   401", a session pasted indented): the
		// same line, its indentation aside
		_, stated := lineStatus(t)
		own = !stated
	}
	if h := l.hit; h.code != 0 && own {
		mention := h.conf <= StatusProse && !l.rec && !l.ownRun && g.best[h.code] >= StatusField && !bracketedStatusOpens(t) && g.fieldHere(l.n, h.code) ||
			h.word && g.numeric[h.code] // "a Forbidden error" above the line that says 403
		if !mention {
			g.status(l, h, t)
		} else {
			g.mentions = append(g.mentions, gmention{l: l, h: h})
		}
	} else if h, ok := lineStatus(t); ok && !(l.wished && h.conf <= StatusProse) {
		g.status(l, templated(h, t), t)
	}
	// request
	tail := !l.rec && nginxContextTail(t)
	if m, u, _ := lineRequest(t, lt); tail && g.cur != nil && (m != "" || u != "") {
		// the context nginx ends an error record with, on a line of its
		// own after a traceback ("…, client: 192.0.2.9, server: kong,
		// request: \"POST /x HTTP/1.1\", host: …"): the record's own request
		if g.cur.method == "" {
			g.cur.method = m
		}
		if g.cur.url == "" {
			g.cur.url, g.cur.reqN = u, l.n
		}
		g.touch(l.n)
	} else if m, u, strong := lineRequest(t, lt); m != "" || u != "" {
		if _, _, _, ok := parseRequestLine(t); ok && g.cur != nil && g.cur.body != nil && g.cur.status.code == 0 &&
			g.cur.reqN != 0 && g.cur.reqN < g.cur.body.Pos.Line && g.cur.cmd == nil {
			// a request line after a request and the document it got
			// back ("GET /token?…", the token, then "GET /x HTTP/1.1"
			// and its fields): a call of its own, whose answer follows
			g.endSection(false)
			g.split()
		}
		g.request(l, m, u, strong)
		if _, _, proto, ok := parseRequestLine(t); ok {
			// a request line opens the request's header block
			g.endSection(false)
			g.section, g.side, g.secKind = 'q', 'q', "the request's header block"
			if x := g.cur; x != nil && proto != "" && x.reqN == l.n {
				// the message as it went ("GET /x HTTP/1.1" then its
				// fields): every header it carried
				x.reqWhole = true
			}
		}
	}
	// a body quoted inline: text=b'<html>…', body: '{"error":…}'
	if x := g.cur; g.side == 'q' && (x == nil || (x.status.code == 0 || x.statusN < g.qFrom) && x.reqBody == nil) {
		// a body printed in the request's part of a client log ("DEBUG --
		// request:" … `body: "{…}"`): what the client sent; also after the
		// error's own summary line stated the status (axios's "Request
		// failed with status code 403" then `config: { data: '{…}' }`)
		if b, ok := inlineBody(t); ok {
			g.x().reqBody = &Body{Text: b, Pos: Pos{Line: l.n}, LineMap: unquotedLines(b, l.n)}
		}
	} else if x := g.cur; x == nil || x.body == nil {
		if b, ok := inlineBody(t); ok && !g.shellVariableUsed(g.at, t) {
			g.x().body = &Body{Text: b, Pos: Pos{Line: l.n}, LineMap: unquotedLines(b, l.n)}
			g.cur.inferred = append(g.cur.inferred, InfoLine{Text: "body unquoted from a printed string", Pos: Pos{Line: l.n}})
		} else if x := g.cur; x != nil && x.statusN == l.n && !l.rec {
			if b, ok := bodyAfterStatus(t); ok && !isLogRecord(b) {
				// "401: b'{"error":"invalid_client"}'": an SDK's error
				// message, the status then the body it got
				x.body = &Body{Text: b, Pos: Pos{Line: l.n}, LineMap: unquotedLines(b, l.n)}
				x.inferred = append(x.inferred, InfoLine{Text: "body printed after the status on one line", Pos: Pos{Line: l.n}})
			}
		}
	}
	// fields
	strict := false
	fs, closed := lineFields(t, strict)
	if g.advised {
		// a header a reply advises sending is not one the request carried
		k := 0
		for _, f := range fs {
			if !IsCredentialHeader(ascii.Lower(f.name)) {
				fs[k] = f
				k++
			}
		}
		fs = fs[:k]
	}
	if l.rec && len(fs) > 0 && !namesHeaders(lt) {
		// a log record's own keys (time-taken=, cs-username=, src.addr=)
		// are no header fields: only registered and vendor names count
		k := 0
		for _, f := range fs {
			if !f.bare || registeredNames.Has(ascii.Lower(f.name)) || isHeaderName(f.name, true) {
				fs[k] = f
				k++
			}
		}
		fs = fs[:k]
		if len(fs) > 0 && strings.Count(t, ", ") >= 2 && nginxErrorLog(t) {
			// nginx's error log ends each record with its context, "client:
			// 192.0.2.9, server: api.example.com, request: …, host: …": the
			// server block's name and the client, not header fields
			fs = nil
		}
	}
	if tail || len(fs) > 0 && fs[0].block && errorObjectLine(t, fs) || len(fs) > 0 && messageTag(t, fs) {
		// the same context on a line of its own; or an error object
		// printed on one line ({'error': {'code': …, 'innerError':
		// {'request-id': …, 'date': …}}}): its ids and dates belong to the
		// body, not to the header block
		fs = nil
	}
	if len(fs) == 0 && !l.rec && !g.advised {
		if f, ok := proseCredential(t); ok {
			// "then I call /v2/ with `Authorization: Bearer eyJ…` and still
			// get 401": the request's credential, named in the prose
			x := g.x()
			if _, has := x.reqFields.Lookup(f.Name); !has {
				f.Pos = Pos{Line: l.n}
				x.reqFields = append(x.reqFields, f)
			}
		} else if f, ok := configuredCredentialIn(t, inCalls); ok && !traceSource(above) {
			// client.login(username="svc", password="****"), accessKey:
			// '…' in a client's options, export NOMAD_TOKEN=…: what the
			// client was given, it sends (under a traceback's frame the
			// line is the library's source, not what the person gave it)
			f.Pos = Pos{Line: l.n}
			if x := g.cur; x != nil && x.statusN > 0 && x.statusN < l.n && (runLine(t) || cliTools.Has(strings.Fields(t)[0])) {
				// a command run after an answered call ("docker run -e
				// NOMAD_TOKEN=… app" then its log): the next call's,
				// or this one's when no call follows
				g.split()
				g.pending = append(g.pending, f)
			} else {
				x := g.x()
				x.configured = append(x.configured, f)
			}
		} else if f, ok := proseHeaderMention(t); ok && (g.cur == nil || !g.cur.configured.Has(f.Name)) {
			// "I send it with the Authorization header set to …": the
			// header named, its value not shown
			f.Pos = Pos{Line: l.n}
			x := g.x()
			x.configured = append(x.configured, f)
		} else if f, ok := netrcCredential(t, above); ok {
			// a .netrc entry's password: the client reading the file
			// sends it to that host
			f.Pos = Pos{Line: l.n}
			x := g.x()
			x.configured = append(x.configured, f)
		}
	}
	if l.rec && len(fs) == 0 && strings.Contains(lt, "authorization header") {
		// a client's log record naming what it sends ("DEBUG Using
		// Authorization header: Bearer eyJ…")
		if f, ok := proseCredential(t); ok {
			x := g.x()
			if _, has := x.reqFields.Lookup(f.Name); !has {
				f.Pos = Pos{Line: l.n}
				x.reqFields = append(x.reqFields, f)
			}
		}
	}
	if strings.Contains(t, "map[") {
		// a header map Go printed into a log record (headers="map[…
		// Authorization:[Bearer …]]"): the request's credentials
		for _, f := range headerMapCredentials(t) {
			if hasKV(fs, f.Name) {
				continue
			}
			x := g.x()
			if _, has := x.reqFields.Lookup(f.Name); !has {
				f.Pos = Pos{Line: l.n}
				x.reqFields = append(x.reqFields, f)
			}
		}
	}
	if f, ok := echoedKey(t); ok && (g.cur == nil || !g.cur.configured.Has(f.Name)) {
		// an error quoting the key the request carried, masked ("Your api
		// key: ****7c2 is invalid"): that request carried one
		f.Pos = Pos{Line: l.n}
		x := g.x()
		x.configured = append(x.configured, f)
	}
	if f, ok := sdkCredentialFailed(t); ok && (g.cur == nil || !g.cur.configured.Has(f.Name)) {
		// Azure's identity library naming the credential class whose
		// token request was refused: that request carried its secret
		f.Pos = Pos{Line: l.n}
		x := g.x()
		x.configured = append(x.configured, f)
	}
	if f, ok := loggedAuthUse(t, l.rec); ok && (g.cur == nil || !g.cur.configured.Has(f.Name)) {
		// a client's debug log naming how it authenticates the request
		// it sends ("npm verb request using bearer token for auth")
		f.Pos = Pos{Line: l.n}
		x := g.x()
		x.configured = append(x.configured, f)
	}
	if strings.Contains(lt, "cookies") && cookieJarLine(t) && (g.cur == nil || !g.cur.configured.Has(cookiesLoaded)) {
		// yt-dlp --cookies-from-browser, gallery-dl's "Extracted 86
		// cookies from chrome": the requests carry the browser's sessions
		x := g.x()
		x.configured = append(x.configured, Field{Name: cookiesLoaded, Pos: Pos{Line: l.n}})
	}
	if _, cmd := promptEnd(t); cmd && g.cur != nil && g.cur.configured.Has(passwordPrompted) {
		// the next command behind a shell prompt: the password typed
		// belonged to the one before ("helm registry login", then "helm
		// pull" sending whatever the login stored)
		kept := g.cur.configured[:0]
		for _, f := range g.cur.configured {
			if f.Name != passwordPrompted {
				kept = append(kept, f)
			}
		}
		g.cur.configured = kept
	}
	if passwordPrompt(t) && !emptyUserPrompt(above) && (g.cur == nil || g.cur.status.code == 0) && (g.cur == nil || !g.cur.configured.Has(passwordPrompted)) {
		// a client's prompt for the password it sends, before the
		// answer: after it, the prompt asks for the next attempt's
		x := g.x()
		x.configured = append(x.configured, Field{Name: passwordPrompted, Pos: Pos{Line: l.n}})
	}
	if len(fs) == 0 && g.cur != nil && saysSentBare(lt) {
		g.cur.sentBare = true
	}
	if len(fs) == 0 {
		if f, ok := lineURLCredential(t); ok && (g.cur == nil || !g.cur.configured.Has(f.Name)) {
			// "when opening http://admin:pw@host/_all_dbs", a log's
			// "configuration from 'https://svc:pw@config/…'": the client
			// given that URL sends its userinfo
			f.Pos = Pos{Line: l.n}
			x := g.x()
			x.configured = append(x.configured, f)
		}
	}
	if len(fs) == 0 {
		if g.section != 0 {
			if g.secFields > 0 {
				g.endSection(false)
			}
		}
		if g.dictDepth > 0 && isCloser(t) {
			if g.dictSide == 's' && g.dictFields > 0 && g.cur != nil {
				g.cur.complete = true
			}
			g.dictDepth = 0
		}
		if strings.Contains(lt, "headers") && (strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[")) ||
			(t == "{" || t == "[") && strings.HasSuffix(ascii.Lower(above), "headers:") {
			// "headers: {", or .NET's HttpResponseMessage: "…, Headers:"
			// and the collection's brace on the next line
			g.dictDepth, g.dictSide, g.dictFields = 1, g.side, 0
			if t == "{" || t == "[" {
				if la := ascii.Lower(above); strings.Contains(la, "requesturi:") || strings.HasPrefix(la, "method:") {
					g.dictSide = 'q' // HttpRequestMessage's
				} else if strings.HasPrefix(la, "statuscode:") {
					g.dictSide = 's'
				}
			}
			if codeHeaders(lt) {
				g.dictSide = 'q' // "headers = {": code building the request
			}
			if g.dictSide == 0 {
				g.dictSide = 's'
			}
		}
		if x := g.cur; x != nil && l.rec && l.hit.code == 0 && x.statusRec && x.statusN < l.n && completedRecord(x.status) &&
			laterRecord(l, t, x) && errorLevel(t) && errorishRecord(l) && mside != 's' && sideOf(lt) != 's' {
			// a record logged at error level, with no status, after
			// another request's completion record and later than it
			// (Grafana's 'lvl=eror msg="Invalid username or password"'
			// after its 'msg="Request Completed" … status=302'): another
			// event, a response whose status the log does not give. (A
			// message with no level, "Error loading session: …", may be
			// a step of the next request, whose answer the log shows.)
			g.endSection(false)
			g.split()
			g.x().event = true
		}
		if x := g.cur; x != nil && !l.rec && (len(x.loose) == 0 || x.loose[len(x.loose)-1].n <= x.statusN) && x.statusN == x.reqN && x.end < l.n-1 &&
			strings.HasPrefix(x.status.how, accessLogHow) && x.body == nil && g.at > 0 && strings.TrimSpace(g.ls[g.at-1].text) == "" {
			// a paragraph of the person's own after an access log's line,
			// a blank line between (its configuration, a question): an
			// access line is the whole record of its request, no body
			// follows it
			return
		}
		g.touch(l.n)
		if g.cur != nil {
			// a record that prints the response (a wire log's "<<" line,
			// "Response body: ...") holds what the server sent
			l.rec = l.rec && mside != 's' && sideOf(lt) != 's'
			// a line of the request ("> GET …", "Request URL: …", the
			// request's header block) is what the client sent
			l.req = mside == 'q' || sideOf(lt) == 'q' || g.section == 'q'
			g.cur.loose = append(g.cur.loose, l)
		}
		return
	}
	g.touch(l.n)
	x := g.x()
	how := "header lines"
	switch {
	case g.section != 0:
		how = g.secKind
		g.secFields += len(fs)
	case g.dictDepth > 0:
		how = "a printed header collection"
		if g.dictFields == 0 && g.dictSide == 's' && g.dictDepth == 1 && g.side != 's' {
			// a "headers" collection whose first field only a request
			// sends ("headers": {"Authorization": …}, a client's or a
			// module's arguments) is the request's
			if ln := ascii.Lower(fs[0].name); requestOnly.Has(ln) || IsAPIKeyHeader(ln) {
				g.dictSide = 'q'
			}
		}
		g.dictFields += len(fs)
	case fs[0].block:
		how = "a printed header collection"
	}
	lineSide := sideOf(lt)
	if codeHeaders(lt) {
		lineSide = 'q'
	}
	if fs[0].block && lineSide == 0 && g.section == 0 {
		// a printed collection with no side named: a request-only field in
		// it and no response-only one ({'Authorization': …, 'Content-type':
		// …}) makes all of it the request's
		req, resp := 0, 0
		for _, f := range fs {
			ln := ascii.Lower(f.name)
			if requestOnly.Has(ln) || ln == "x-api-key" || ln == "x-auth-token" {
				req++
			} else if responseOnly.Has(ln) && ln != "content-length" && ln != "status" {
				resp++
			}
		}
		if req > 0 && resp == 0 {
			lineSide = 'q'
			g.side = 'q'
		}
	}
	for _, f := range fs {
		side := g.side
		if g.section != 0 {
			side = g.section
		} else if g.dictDepth > 0 && g.dictSide != 0 {
			side = g.dictSide
		}
		if fs[0].block && lineSide != 0 {
			side = lineSide
		}
		if f.side != 0 {
			side = f.side
		}
		ln := ascii.Lower(f.name)
		switch {
		case requestOnly.Has(ln) || ln == "x-api-key" || ln == "x-auth-token" || secret.IsAuthorizationHeader(ln) || f.variable:
			side = 'q'
		case responseOnly.Has(ln) && ln != "content-length" && ln != "status":
			side = 's'
		}
		fld := Field{Name: f.name, Value: f.value, Pos: Pos{Line: l.n}, variable: f.variable}
		if ln == "www_authenticate" || ln == "proxy_authenticate" {
			// Ansible's uri result and other dumps that turn each response
			// header into a key: www_authenticate is the challenge
			fld.Name = strings.ReplaceAll(f.name, "_", "-")
			side = 's'
		}
		if len(f.value) > 2 && f.value[0] == '[' && inspectElision(f.value[1:len(f.value)-1]) {
			// a value util.inspect did not print ("accept: [Array]"): only
			// a credential's presence says something, and only when the
			// dump shows it nowhere else
			fs := x.respFields
			if side == 'q' {
				fs = x.reqFields
			}
			if !IsCredentialHeader(ln) || fs.Has(f.name) {
				continue
			}
		}
		if side == 'q' {
			if (g.section == 0 || g.secGuess) && g.dictDepth == 0 && !fs[0].block && x.status.code == 0 && (requestOnly.Has(ln) || IsCredentialHeader(ln)) {
				x.respFields, x.reqFields = ownBlockAbove(x.respFields, x.reqFields, l.n)
				if g.secGuess {
					// a bare "headers:" over a field only a request sends:
					// the request's header block
					g.section, g.side, g.secGuess = 'q', 'q', false
				}
			}
			x.reqFields = append(x.reqFields, fld)
		} else {
			x.respFields = append(x.respFields, fld)
			x.fieldsFrom[how] = true
		}
	}
	if closed && fs[0].block && g.section == 0 && g.dictDepth == 0 && (lineSide == 's' || lineSide == 0 && g.side != 'q') && namesHeaders(lt) {
		x.complete = true
	}
}

// ownBlockAbove moves to the request the fields read for want of a side on
// the lines right above line n, one a line with none between, when the
// field at n is one only a request sends ("headers:" then 'Content-Type':
// … and 'X-Authorization': …, no status anywhere yet): they are one block,
// the request's. A field only a response sends stops it.
func ownBlockAbove(resp, req Fields, n int) (Fields, Fields) {
	k := len(resp)
	for k > 0 && resp[k-1].Pos.Line == n-(len(resp)-k+1) && !responseOnly.Has(ascii.Lower(resp[k-1].Name)) {
		k--
	}
	if k == len(resp) {
		return resp, req
	}
	return resp[:k:k], append(req, resp[k:]...)
}

// namesHeaders reports whether a line that prints a collection says the
// collection is the header block (headers=…, 'headers': {…}, resp_headers,
// HTTPHeaderDict(…), CIMultiDictProxy(…), Go's map[…]). A key=value record
// or a dict with some header-like keys is not the whole header block.
func namesHeaders(lt string) bool {
	// Go prints an http.Header (map[string][]string) with each value in
	// brackets, map[Content-Type:[text/plain]]; a map of settings in a log
	// line (map[cred-file:/root/x.json]) is no header block
	return strings.Contains(lt, "header") || strings.Contains(lt, "cimultidict") || strings.Contains(lt, "map[") && strings.Contains(lt, ":[")
}

func isCloser(t string) bool {
	t = strings.TrimSpace(t)
	t = strings.TrimRight(t, ",;")
	return t == "}" || t == "})" || t == "]" || t == ")" || t == "}}"
}

// writtenCode reads the status curl prints with -w '%{http_code}': a line
// that is the number alone, or a body glued to it ('{"error":"x"}401').
func writtenCode(t string) (statusHit, bool) {
	t = strings.TrimSpace(t)
	if len(t) < 3 || len(t) > 1<<16 {
		return statusHit{}, false
	}
	d := t[len(t)-3:]
	if !isDigit(d[0]) || !isDigit(d[1]) || !isDigit(d[2]) || len(t) > 3 && !strings.ContainsAny(t[len(t)-4:len(t)-3], "}>] \t:=") {
		return statusHit{}, false
	}
	c := codeAt(d, 0)
	if c == 0 {
		return statusHit{}, false
	}
	return statusHit{code: c, conf: StatusField, how: "curl's -w '%{http_code}' output"}, true
}

// follow makes the exchange of log records carrying request id id the
// current one: records of one request (its start, an auth warning, its
// completion) form one exchange, even when another request's records come
// between them.
func (g *greader) follow(id string) {
	if id == "" {
		return
	}
	if x, ok := g.byRID[id]; ok {
		if x != g.cur {
			g.endSection(false)
			g.cur, g.side = x, 0
		}
		return
	}
	if g.cur != nil && g.cur.rid != "" && g.cur.rid != id {
		g.endSection(false)
		g.split()
	}
	x := g.x()
	if x.rid == "" {
		x.rid = id
		if g.byRID == nil {
			g.byRID = map[string]*gx{}
		}
		if len(g.byRID) < 10000 {
			g.byRID[id] = x
		}
	}
}

// ridKeys name a request or trace id in a log record, lower case.
var ridKeys = []string{"request_id", "requestid", "request-id", "request id", "req_id", "reqid", "req-id", "trace_id", "traceid",
	"trace-id", "correlation_id", "correlationid", "correlation-id", "x-request-id", "rid"}

// recordID returns the request or trace id a log record carries
// (request_id=…, "requestId":"…", req_id: …), or "".
func recordID(t string) string {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	lt := ascii.Lower(t)
	for _, k := range ridKeys {
		i := strings.Index(lt, k)
		for i >= 0 {
			if i == 0 || !(isAlpha(lt[i-1]) || isDigit(lt[i-1]) || lt[i-1] == '_' || lt[i-1] == '-' || lt[i-1] == '.') {
				j := i + len(k)
				if j < len(t) && (t[j] == '"' || t[j] == '\'') {
					j++
				}
				for j < len(t) && t[j] == ' ' {
					j++
				}
				if j < len(t) && (t[j] == '=' || t[j] == ':') {
					j++
					for j < len(t) && (t[j] == ' ' || t[j] == '"' || t[j] == '\'' || t[j] == '[') {
						j++
					}
					e := j
					for e < len(t) && (isAlpha(t[e]) || isDigit(t[e]) || t[e] == '-' || t[e] == '_' || t[e] == '.' || t[e] == ':') {
						e++
					}
					if e-j >= 4 && e-j <= 128 {
						return t[j:e]
					}
				}
			}
			n := strings.Index(lt[i+len(k):], k)
			if n < 0 {
				break
			}
			i += len(k) + n
		}
	}
	return ""
}

// status records a status found on line l.
func (g *greader) status(l gline, h statusHit, t string) {
	x := g.x()
	prev := x
	defer func() {
		if g.cur != prev && g.cur != nil {
			g.carryOver(prev, g.cur, t)
		}
	}()
	tail := urlTail(t)
	switch {
	case x.status.code == 0:
	case x.status.code == h.code && x.statusN != l.n && strings.HasPrefix(h.how, assertHow) && x.reqN <= x.statusN && g.lastRun <= x.statusN:
		// a test runner's failed assertion ("expected response to have
		// status code 200 but got 401", "Status expected:<200> but
		// was:<401>") after the response it ran on, no request or command
		// between (newman's failure table under the request's line,
		// MockMvc's printed response then the AssertionError): the check
		// restates that response's status
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusRec && !l.rec && !h.inBody && x.statusN != l.n && g.span(x.statusN, l.n) <= 3 && recordMessage(x.statusText, t):
		// a log record of the error ("… [App ERROR] StatusCodeError: 401 -
		// …"), then its message again, bare, opening the stack dump the
		// logger prints under it: one failure
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN != l.n && !h.inBody && !x.status.inBody && g.span(x.statusN, l.n) == 1 && perResource(x.statusText, t):
		// the next line fails the same way for another resource named in
		// the same words ("Failed to update the manifest a.b.c: Response
		// status code does not indicate success: 401", then "… manifest
		// a.b.d: …"): a tool's run failing once per resource, a response
		// each
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && x.statusText != "" && otherRequestID(t, x.statusText):
		// the same status with another request id: another response
		// (two errors of a tool's run, each with its "request id: …")
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && npmStatusRecord(t):
		// npm's report of a failed request names its status once more
		// among the error's verbose records ("npm verbose stack
		// HttpErrorGeneral: 403 …", then "npm verbose statusCode 403",
		// "npm verbose pkgid …"): the same response
		g.touch(l.n)
		return
	case x.status.code == h.code && x.psRecord && !x.psAt && x.statusN != l.n && !l.rec:
		// the same status again inside one PowerShell error record,
		// before its "At …ps1:398 char:9" (the message is the response's
		// page as text: IIS's title "401 - Unauthorized: …", then its
		// heading saying the same): one failed call
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusErr > 0 && g.lastErr > x.statusN && g.lastErr < l.n:
		// the status stated inside a printed error object (a traceback's
		// last line, an AxiosError's fields), then another error object
		// begins and states it again: two failed calls, each printed
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusRecErr > 0 && g.lastRecErr > x.statusN && g.lastRecErr < l.n &&
		exceptionLineOf(t, true) && exceptionLineOf(x.statusText, true):
		// the same printed error under another log record of a failure
		// ("ERROR … call failed" then the exception, twice): two calls
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && g.lastBox > x.statusN && g.lastBox < l.n:
		// a diagnostic box opened between two statements of one status
		// (tofu init's "╷ │ Error: … │ …: 403 Forbidden ╵" per provider):
		// each box reports a failed request of its own
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && g.lastRule > x.statusN && g.lastRule < l.n && !l.rec && !sentenceLine(t):
		// the same status on each side of a thematic break (an issue
		// thread's posts copied one under another, "---" between them:
		// "Same problem here:" and the error again): each post that shows
		// the error shows a failure of its own. Not a sentence that speaks
		// of it ('The "Error: 401 …" message is confusing.'), nor a
		// server's log record of it (the host's log of the refusal the
		// first post showed)
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && g.lastRun > x.statusN && g.lastRun < l.n && x.status.conf <= StatusProse && !x.statusRec && !x.statusOwn &&
		x.reqN == 0 && x.cmd == nil && !l.rec &&
		(g.block(x.statusN) == 0 && (g.block(l.n) != 0 || strings.HasSuffix(strings.TrimSpace(x.statusText), ":")) ||
			g.block(x.statusN) == g.block(l.n) && personSpeaks(x.statusText) && !errorLineOf(x.statusText)):
		// a person's sentence that states the status ("make the message
		// clearer when the registry answers HTTP 401"), then a command run
		// in a fenced block whose output states it: the sentence spoke of
		// that output; the response is the run's, read where it shows.
		// So does a sentence that ends in a colon ("Calling it returns
		// 401:"), the output pasted under it unfenced, and a person's
		// sentence in their own words ("since last week my script gets a
		// 401.") above the run they then paste unfenced (or fenced with
		// it, the whole paste in one block): the person told what the run
		// shows. A tool's error line is no such sentence: a run after it
		// failing the same way failed again
		x.status, x.statusN, x.statusTail, x.statusText, x.statusClock = h, l.n, tail, t, l.clock
		g.touch(l.n)
		return
	case x.status.code == h.code && x.status.conf <= StatusProse && !x.statusRec && !l.rec && !h.inBody && x.cmd == nil &&
		g.block(x.statusN) == 0 && g.block(l.n) != 0 && quotesLine(x.statusText, t):
		// a person's sentence that quotes an error line in a code span
		// ("Now I get `client.HTTPError: HTTP error: 401`, which …"), then
		// the block that prints that line: the sentence spoke of the
		// block's response, read where the block shows it
		x.status, x.statusN, x.statusTail, x.statusText, x.statusClock = h, l.n, tail, t, l.clock
		g.touch(l.n)
		return
	case x.status.code == h.code && g.lastRun > x.statusN && g.lastRun < l.n:
		// a command run between two statements of one status: each run
		// printed its own error
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && l.bq && !l.rec && g.span(x.statusN, l.n) > 1 && strings.TrimSpace(t) == strings.TrimSpace(x.statusText) && g.blankSince(x.statusN):
		// the same line again behind a quote marker, a blank line after the
		// first ("Error 403: access_denied", then "> Error 403:
		// access_denied" as the person quotes the page's parts one by
		// one): the quote repeated, not another response
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN != l.n && !h.inBody && !x.status.inBody && x.statusText != "" &&
		h.conf < StatusLine && g.lastRun <= x.statusN &&
		(strings.TrimSpace(t) == strings.TrimSpace(x.statusText) &&
			(g.span(x.statusN, l.n) == 1 || h.conf < StatusField && g.toolOutputSince(x.statusN) && !traceSource(g.aboveText) && g.lastChain <= x.statusN) ||
			g.span(x.statusN, l.n) == 1 && h.conf > StatusImplied && sameWords(t, x.statusText)):
		// the same error line printed again whole, on the next line or
		// further down the same dump (a client's retries, each logging
		// "Faraday::ForbiddenError: … status 403"; a tool's run printing
		// the same error for each resource): each line is one response, as
		// the corpus labels count them (a status line twice is a wire log
		// and a headers log of one response; "status: 403," twice is one
		// error object's own field and its response's; a chained
		// traceback's "raise HttpError(…)" then its message again is one
		// output, and so is the message restated under a chain marker, as
		// Symfony's console prints each exception of a chain under its own
		// "In <file>.php line <n>:"; the same line shown again after prose
		// is read below). The next line in the same
		// words with other values ("error removing index 7d2e…: … 403" then
		// "… index c0f8…: … 403") is the same failure on another resource:
		// another response too; a status only a page's words imply is no
		// such line (a page copied as text: its title "403 Forbidden",
		// then its heading "Forbidden")
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && g.span(x.statusN, l.n) >= 1 && g.span(x.statusN, l.n) <= 2 && tail == "" && x.statusTail != "" && h.conf <= x.status.conf &&
		!strings.HasPrefix(h.how, accessLogHow) && !strings.HasPrefix(x.status.how, accessLogHow) && !otherSecond(l, x):
		// the next line gives the same code without the request it named
		// ("… to https://h/x has status code 403, body: …" then
		// "Error in sequence: unexpectedStatusCode(code: 403)"): the error
		// on its way up the client's stack. Not a record logged in another
		// second: a later event (a write that fails ten seconds after the
		// setup call did)
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN < l.n && g.span(x.statusN, l.n) <= 4 && g.bodyMessageAgain(x.statusN, l.n, t):
		// a CLI's error line that quotes the message of the body its
		// debug log printed just above (Pulumi's "api.go:320] … response
		// body (https://h/x): {"code":401,"message":"Unauthorized: No
		// credentials provided or are invalid."}", then "error: getting
		// user info from https://h: [401] Unauthorized: No credentials
		// provided or are invalid."): the same response told to the user
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN != l.n && !strings.HasPrefix(h.how, accessLogHow) && restates(t, x.statusText):
		// a later line that wraps the earlier error's whole message in its
		// own ("Failed with 2 errors: last error was: <the message>", an
		// error logged again on its way up): the same failure
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN != l.n && g.span(x.statusN, l.n) <= 3 && howKind(h.how) != howKind(x.status.how) && (sameRequest(x, t) || g.redirectedFrom(x, t)):
		// two loggers' lines about one request (urllib3's and the SDK's own):
		// the same method, target and status; or the SDK names the URL it
		// asked for before the redirect its HTTP library followed
		if h.conf > x.status.conf {
			x.status, x.statusN = h, l.n
		}
		g.touch(l.n)
		return
	case x.status.code == h.code && x.statusN != l.n && g.span(x.statusN, l.n) <= 2 && BrowserConsoleLine(t) && BrowserConsoleLine(x.statusText) &&
		(tail == "" || x.statusTail == "" || urlToken(tail) == urlToken(x.statusTail)):
		// a browser console's lines about one failed request (Safari's
		// "[Error] Origin … is not allowed …. Status code: 401", then
		// "[Error] Failed to load resource: … Status code: 401"): one failure
		g.touch(l.n)
		return
	case x.status.code == h.code && g.span(x.statusN, l.n) >= 1 && g.span(x.statusN, l.n) <= 2 && !h.inBody && !x.status.inBody &&
		sameRequest(x, t) && l.clock != "" && l.clock == x.statusClock && !sameWords(t, x.statusText) && !g.recordAbove(x.statusN, l.n):
		// the next record (a terminal may have wrapped the first), in the
		// same second, names the same request and status in other words
		// (Tornado's warning "403 PUT /x (::1): '_xsrf' argument missing",
		// then its access line "403 PUT /x (::1) 2.87ms"): one response
		// logged twice. A retry logs the same words again, or later. A
		// record of its own between the two (a router's completion line,
		// the handler's error, the next completion line) is no wrapped
		// line: the two are two requests
		if h.conf > x.status.conf {
			x.status, x.statusN = h, l.n
		}
		g.touch(l.n)
		return
	case x.status.code == h.code && tail != "" && x.statusTail != "" && g.span(x.statusN, l.n) >= 1 && g.span(x.statusN, l.n) <= 3 && !h.inBody && !x.status.inBody &&
		sameSecond(l, t, x) && !sameWords(t, x.statusText) && cutQuery(urlToken(tail), urlToken(x.statusTail)):
		// the next record, in the same second and in other words, names
		// the same path and status with its query cut shorter ("ERROR …
		// 401 Client Error: … for url: https://h/p?a=1&b=2", then a
		// caller's "WARNING … failed - 401 Client Error: … for url:
		// https://h/p?a=1&b"): one response logged again on its way up
		g.touch(l.n)
		return
	case x.status.code == h.code && l.rec && x.statusRec && g.span(x.statusN, l.n) >= 1 && g.span(x.statusN, l.n) <= 3 && !h.inBody && h.conf == StatusProse && x.status.conf == StatusProse &&
		tail == "" && x.statusTail == "" && x.reqN == 0 && h.how != x.status.how && l.clock == x.statusClock && !sameWords(t, x.statusText):
		// the next records, close by and in the same second (or neither
		// timed), state the same status in another notation and name no
		// request, in other words ("… root 'x': 401 error received -
		// invalidating token" then "… listing error for …: HTTP code 401:
		// …"; a client's "[trace] parse-data: <title>HTTP Status 429 …"
		// then "[error] callback: peculiar error: 429"): two layers
		// logging one response. A retry or another call logs the status
		// the same way again (rclone's "…: 403 Forbidden" per file).
		g.touch(l.n)
		return
	case x.status.code == h.code && l.rec && x.statusRec && x.statusN != l.n && !h.inBody && !x.status.inBody && x.reqN <= x.statusN &&
		(tail == "" || x.statusTail == "" || urlToken(tail) == urlToken(x.statusTail)) && !otherSecond(l, x) &&
		!failureBefore(x.statusText, h.code) && failureBefore(t, h.code):
		// a record that reports the response ("HTTP Request Returned 403
		// Forbidden", "HTTP 1.1 403 Forbidden"), then, with no request
		// between, records of the error it raised ("Re-raising exception:
		// …HTTPServerException - 403", "ERROR: … failed: 403
		// \"Forbidden\""): the failure on its way up the client's stack,
		// one response. A retry reports its own response again first
		g.touch(l.n)
		return
	case x.status.code == h.code && l.rec && x.statusRec && x.statusN != l.n && !h.inBody && !x.status.inBody &&
		strings.HasPrefix(h.how, accessLogHow) && !strings.HasPrefix(x.status.how, accessLogHow) && x.method == "" && x.url == "" &&
		l.clock != "" && l.clock == x.statusClock && g.span(x.statusN, l.n) <= 3:
		// a filter's or handler's record of the status it answered with,
		// naming no request ("ext_authz filter rejected the request.
		// Response status code: '401"), then within a line or two, in the
		// same second, the access log line of a request answered so: the
		// record spoke of that request, one response
		g.touch(l.n)
		return
	case x.status.code == h.code && l.rec && x.statusRec && x.statusN != l.n && !h.inBody && h.conf == x.status.conf && h.conf < StatusLine && (x.rid == "" || recordID(t) != x.rid),
		x.status.code == h.code && l.rec && x.statusRec && x.statusN != l.n && !h.inBody && h.conf == StatusLine && x.status.conf == StatusLine && h.how == x.status.how &&
			x.reqN == x.statusN && x.method != "" && sameRequest(x, t) && (x.rid == "" || recordID(t) != x.rid):
		// (a client's log line per request that names the request and
		// quotes the response's status line, httpx's 'HTTP Request: POST
		// https://h/x "HTTP/1.1 401 Unauthorized"', written again for the
		// same request: the call made again, another response)
		// the same status in another log record: another exchange
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && strings.HasPrefix(h.how, accessLogHow) && strings.HasPrefix(x.status.how, accessLogHow):
		// another line of an access log: each line is one request
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && (g.span(x.statusN, l.n) <= 6 || g.span(x.statusN, l.n) <= 40 && g.traceBetween(x.statusN, l.n)) &&
		x.reqN == x.statusN && x.method != "" && x.url != "" && tail != "" &&
		!h.inBody && !x.status.inBody && howKind(h.how) != howKind(x.status.how) && urlOnly(t, x):
		// a client's error naming, without a method, the URL whose request
		// and status a debug or access line gave just above (urllib3's
		// '"GET /x HTTP/1.1" 401', then requests' "401 Client Error:
		// Unauthorized for url: https://h/x"): the error that response
		// raised, not another one; further down too when the tool printed
		// the stack it was raised on between the two (poetry -vvv's
		// "Stack trace:" and its frames, then the HTTPError), no other
		// request between
		g.touch(l.n)
		return
	case x.status.code == h.code && tail != "" && x.statusTail != "" && x.statusN != l.n && urlToken(tail) != urlToken(x.statusTail) && !h.inBody &&
		g.lastChain <= x.statusN:
		// the same status again, on a line about another request or another
		// attempt (a retry log, a second call): another exchange. Not a
		// status read inside a body: the body of the response above may
		// name the URL of a call the server made for it (kubectl's "GET
		// https://h:6443/… 500 …", then its "Response Body:" whose message
		// names the kubelet's URL, "code":500); not under a cause an error
		// chain opened since (the same call)
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && !h.inBody && !x.status.inBody && tail == "" && x.statusTail == "" &&
		x.statusText != "" && t != x.statusText && printedError(t) && printedError(x.statusText) && g.lastChain <= x.statusN:
		// another printed error of the same kind with another message
		// ("AuthorizationException(403, … [indices:admin/aliases] …)" then
		// "… [indices:admin/rollover] …"): another failed call. Not after
		// a chain marker: the exception a library raises from the one
		// before ("GitlabHttpError: 403: …", "The above exception was the
		// direct cause …", "GitlabListError: 403: …") is the same call
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && h.conf == StatusField && x.status.conf == StatusField && h.how == x.status.how &&
		recordObject(t) && recordObject(x.statusText) && strings.TrimSpace(t) != strings.TrimSpace(x.statusText):
		// one JSON object a line, each stating the status in the same
		// member, each another ("…,"path":"/a","responseCode":200,…}" then
		// "…"/b"…"): an access log's entries, one request each, though a
		// diff's "+" or a member the reader takes for no log field keeps
		// them from reading as log records
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && !h.inBody && !x.status.inBody && h.conf < StatusLine && g.span(x.statusN, l.n) > 1 &&
		strings.TrimSpace(t) == strings.TrimSpace(x.statusText) && !bareMember(t) && recordID(t) == "" &&
		g.lastChain <= x.statusN && !traceSource(g.aboveText):
		// the same error line again, further down past other lines (an
		// issue template's "Describe the bug" and "Additional context"
		// each holding it; the person's summary, then the log): each
		// showing is one response, as most corpus labels count a report
		// that shows an error again (the convention is open: some count
		// it once). Not a bare member ("status: 403,"), which a printed
		// error object holds for itself and for its response; not a line
		// that names its request id (the same id is the same response);
		// not a traceback's exception again, after a chain marker or
		// under its "raise" line (the exception a library raises from
		// the one before is the same call)
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && h.conf > StatusImplied && !x.statusRec && !l.rec &&
		strings.TrimSpace(t) != strings.TrimSpace(x.statusText) && g.otherFence(x.statusN, l.n):
		// the same status in another fenced block, a person's sentence
		// between the two ("without the proxy all I see is", then a block of
		// its own): another output, another response
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && h.conf > StatusImplied && !x.statusRec && l.rec && !h.inBody &&
		g.block(x.statusN) != 0 && g.block(l.n) != 0 && g.block(x.statusN) != g.block(l.n):
		// a client's error in one fenced block, then in another a log
		// record that states the same status (the server's log of the
		// refused request, pasted under "Matching entries on the
		// server:"): the two sides each show a response, as the corpus
		// labels count them
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && h.conf == StatusProse && x.status.conf == StatusProse && !h.inBody && !x.status.inBody && !x.statusRec && !l.rec &&
		x.reqN <= x.statusN && g.lastChain <= x.statusN && errorLineOf(t) && errorLineOf(x.statusText) && !sameWords(t, x.statusText) && g.personLineSince(x.statusN) &&
		(tail == "" || x.statusTail == "" || urlToken(tail) != urlToken(x.statusTail)):
		// two clients' error lines, each in its own words, with a person's
		// line between them ("error: Unexpected server response: 403",
		// then "curl_cffi gives the same:" and curl's "…: Refused
		// WebSockets upgrade: 403. …"): each client's call failed, a
		// response each. Two lines naming the same URL are one call shown
		// twice (an app's message, then "Here is the log:" and its record
		// of that request)
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code && x.statusN != l.n && h.conf >= StatusField && x.status.conf >= StatusField && h.conf < StatusLine && x.status.conf < StatusLine &&
		!h.inBody && !x.status.inBody && !x.statusRec && !l.rec && x.reqN <= x.statusN && g.lastChain <= x.statusN && g.asideSince(x.statusN):
		// the same status stated again after a person's sentence standing
		// on its own between them ("Creating a package fails with:" and a
		// message ending "Response code: 401", then "Picking a site fails
		// too:" and another ending "Status Code: 401"): another failure
		// the person reports
		g.endSection(false)
		g.split()
		x = g.x()
	case x.status.code == h.code:
		if h.conf > x.status.conf || l.rec && !x.statusRec && !h.inBody && (h.conf >= x.status.conf || sentenceStatusLine(x.statusText)) ||
			h.conf == x.status.conf && h.conf == StatusProse && !h.inBody && !x.statusRec && g.block(x.statusN) == 0 && g.block(l.n) != 0 && !errorLineOf(x.statusText) {
			// a stronger statement, or the log record a prose summary spoke
			// of: the record's status is the exchange's (a later record
			// with the same status is then another event). A status line
			// quoted in a person's sentence ('the error is "HTTP/1.1 401
			// Unauthorized"') is such a summary too, though its notation
			// ranks above a log field, and so is a person's sentence above
			// the fenced output that states the status too ("the same
			// notebook returns HTTP 403 here", then "Error in …: Received
			// HTTP code 403 from proxy"): the output's line is where the
			// response shows
			x.status, x.statusN, x.statusText, x.statusClock = h, l.n, t, l.clock
			x.statusRec = x.statusRec || l.rec && !h.inBody
		}
		if x.statusTail == "" {
			x.statusTail = tail
		}
		g.touch(l.n)
		return
	case x.status.code != 0 && h.code != x.status.code && strings.HasPrefix(x.status.how, accessLogHow) && nginxErrorLog(t) &&
		l.clock != "" && l.clock == x.statusClock && sameRequest(x, t):
		// nginx's error log about the request its access line just showed,
		// in the same second ("auth request unexpected status: 304 …,
		// request: \"PUT /x HTTP/2.0\"" under the access line's 500): the
		// error behind that response, the code it names a subrequest's
		g.touch(l.n)
		return
	case h.conf == StatusImplied && l.rec && x.statusRec && x.status.conf == StatusImplied && x.statusN != l.n && h.code != x.status.code:
		// two log records, each implying another status by its message
		// (nginx's "access forbidden by rule" then 'user "x" was not found
		// in …'; Apache's AH01630 then AH01617): two refused requests
		g.endSection(false)
		g.split()
		x = g.x()
	case h.conf == StatusImplied:
		return // a body's own code does not start an exchange
	case h.inBody && x.status.code >= 200 && x.status.code < 300 && !x.status.inBody && x.body == nil && h.code >= 400:
		// "it returns 200 but the body is {"code":401,…}": the error
		// code inside a success's body, the status misused, not another
		// response
		g.touch(l.n)
		return
	case x.status.conf == StatusImplied:
		// a stated status beats the template's
	default:
		g.endSection(false)
		g.split()
		x = g.x()
	}
	x.status, x.statusN, x.statusTail, x.statusRec, x.statusText, x.statusClock = h, l.n, tail, l.rec && !h.inBody, t, l.clock
	x.statusErr, x.statusOwn, x.statusRecErr = 0, l.ownRun, 0
	if g.lastRecErr > g.prevStat {
		x.statusRecErr = g.lastRecErr
	}
	if g.errNow {
		x.statusErr = l.n
	} else if g.lastErr > g.prevStat {
		x.statusErr = g.lastErr
	}
	g.touch(l.n)
	if h.conf == StatusLine && strings.HasPrefix(strings.TrimLeft(t, " <\"'"), "HTTP/") || headersAnnounced(t) {
		// a status line opens a header block, and so does a client's
		// debug record that announces the response's headers with the
		// status line in it (Jetty's "Response headers
		// HttpResponse[HTTP/1.1 401 Unauthorized]@3c0e…", the fields on
		// the lines below)
		g.endSection(false)
		g.section, g.side, g.secKind = 's', 's', "the header block after the status line"
	}
}

// recordObject reports whether t is a JSON log record: an object whole on
// the line (objectLine), or one that opens the line with three members or
// more and goes on past it, cut where a terminal or an editor wrapped it
// ('{"ClientAddr":"…","DownstreamStatus":207,…,"Ove', its end on the next
// line). An object that ends in a comma is an element of a list, not a
// record.
func recordObject(t string) bool {
	if objectLine(t) {
		return true
	}
	t = strings.TrimSpace(strings.TrimLeft(t, " \t+>"))
	return strings.HasPrefix(t, "{\"") && strings.Count(t, "\":") >= 3 && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, "}")
}

// objectLine reports whether t is a JSON object with members, whole on the
// line, behind at most a diff's or a quote's marker: one record of a JSON
// log.
func objectLine(t string) bool {
	t = strings.TrimSpace(strings.TrimLeft(t, " \t+>"))
	return strings.HasPrefix(t, "{\"") && strings.HasSuffix(t, "}") && strings.Contains(t, "\":")
}

// completedRecord reports whether status h was read from a record that
// logs a request's completion: an access line, or a record's status field.
func completedRecord(h statusHit) bool {
	return strings.HasPrefix(h.how, accessLogHow) || h.conf == StatusField && strings.HasPrefix(h.how, "a status field (")
}

// otherSecond reports whether line l and the line x's status was read from
// each were logged at a time of day, and not in the same second.
func otherSecond(l gline, x *gx) bool {
	return l.clock != "" && x.statusClock != "" && l.clock != x.statusClock
}

// sameSecond reports whether record l (its text t) was logged in the second
// the record x's status was read from: by the log prefixes taken off, or
// else by the first time of day each line writes.
func sameSecond(l gline, t string, x *gx) bool {
	if l.clock != "" || x.statusClock != "" {
		return l.clock == x.statusClock
	}
	c := timeOfDay(t)
	return c != "" && c == timeOfDay(x.statusText)
}

// laterRecord reports whether record l (its text t) was logged after the
// record x's status was read from: each carries a time of day and they
// differ, or each a request id and they differ.
func laterRecord(l gline, t string, x *gx) bool {
	return otherSecond(l, x) || otherRequestID(t, x.statusText)
}

// timeOfDay returns the first "hh:mm:ss" in s, or "".
func timeOfDay(s string) string {
	for i := 0; i+8 <= len(s) && i < maxScan; i++ {
		if s[i+2] == ':' && s[i+5] == ':' && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+3]) && isDigit(s[i+4]) &&
			isDigit(s[i+6]) && isDigit(s[i+7]) && (i == 0 || !isDigit(s[i-1])) {
			return s[i : i+8]
		}
	}
	return ""
}

// sameWords reports whether lines a and b are made of the same words: the
// runs of three or more ASCII letters, in order, ignoring numbers, ids and
// punctuation (a record logged again with another timestamp, duration or
// request id).
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		wa, ni := nextWord(a, i)
		wb, nj := nextWord(b, j)
		if wa != wb {
			return false
		}
		if wa == "" {
			return true
		}
		i, j = ni, nj
	}
}

// nextWord returns the next run of three or more ASCII letters in s at or
// after i, and the index after it ("" at the end).
func nextWord(s string, i int) (string, int) {
	for i < len(s) {
		for i < len(s) && !isAlpha(s[i]) {
			i++
		}
		k := i
		for i < len(s) && isAlpha(s[i]) {
			i++
		}
		if i-k >= 3 && (k == 0 || !isDigit(s[k-1])) && (i == len(s) || !isDigit(s[i])) {
			return s[k:i], i
		}
	}
	return "", i
}

// traceSource reports whether t is a traceback's frame or source line
// ("raise HttpError(resp, content)", "File \"x.py\", line 3", "at
// Foo.bar(Foo.java:12)", "throw err;").
func traceSource(t string) bool {
	t = strings.TrimSpace(t)
	for _, p := range []string{"raise ", "throw ", "File \"", "at "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// toolOutputSince reports whether the lines between line n and the one
// being read are a tool's output, not prose or a heading a person wrote
// between two quotes of one error: each blank, indented or a log record;
// or, inside the same fenced block, none of them a sentence or a heading.
func (g *greader) toolOutputSince(n int) bool {
	if g.at >= len(g.ls) {
		return false
	}
	g.countLines()
	p := sort.Search(g.at, func(i int) bool { return g.ls[i].n >= n })
	if p >= g.at || g.ls[p].n != n {
		return false
	}
	if g.flush[g.at]-g.flush[p+1] == 0 || g.retry[g.at]-g.retry[p+1] > 0 {
		// nothing but the tool's output between the two, or the tool said
		// it tries again: each is one attempt's answer
		return true
	}
	m := g.ls[g.at].n
	return g.seg != nil && n < len(g.seg) && m < len(g.seg) && g.seg[n] > 0 && g.seg[n] == g.seg[m] &&
		g.prose[g.at]-g.prose[p+1] == 0
}

// countLines fills flush, prose and retry, once, the first time a paste
// repeats a status.
func (g *greader) countLines() {
	if g.flush == nil {
		g.flush = make([]int32, len(g.ls)+1)
		g.prose = make([]int32, len(g.ls)+1)
		g.retry = make([]int32, len(g.ls)+1)
		g.outside = make([]int32, len(g.ls)+1)
		g.nonBlank = make([]int32, len(g.ls)+1)
		g.aside = make([]int32, len(g.ls)+1)
		for i, l := range g.ls {
			g.aside[i+1] = g.aside[i]
			if g.asideAt(i) {
				g.aside[i+1]++
			}
			g.flush[i+1], g.prose[i+1], g.retry[i+1], g.outside[i+1] = g.flush[i], g.prose[i], g.retry[i], g.outside[i]
			g.nonBlank[i+1] = g.nonBlank[i]
			if strings.TrimSpace(l.text) != "" {
				g.nonBlank[i+1]++
			}
			if g.seg != nil && l.n < len(g.seg) && g.seg[l.n]%2 == 0 && sectionHeading(l.text) == 0 && len(strings.Fields(l.text[:min(len(l.text), 200)])) >= 3 {
				g.outside[i+1]++
			}
			if retryNotice(l.text) {
				g.retry[i+1]++
			}
			if t := l.text; !l.rec && t != "" && t[0] != ' ' && t[0] != '\t' && !elisionLine(t) {
				// (a "..." between two records only says lines were left
				// out of the log: it is no prose between them)
				g.flush[i+1]++
				if e := t[len(t)-1]; t[0] == '#' || e == '.' || e == '?' || e == '!' {
					g.prose[i+1]++
				}
			}
		}
	}
}

// asideAt reports whether g.ls[i] is a person's sentence on its own: flush
// left, no log record, four words or more ending in '.', ':', '?' or '!',
// a blank line (or a fence) on each side.
func (g *greader) asideAt(i int) bool {
	l := g.ls[i]
	t := l.text
	if l.rec || t == "" || !isAlpha(t[0]) || i == 0 || i+1 >= len(g.ls) {
		return false
	}
	if e := t[len(t)-1]; e != '.' && e != ':' && e != '?' && e != '!' || len(strings.Fields(t[:min(len(t), 200)])) < 4 {
		return false
	}
	return (strings.TrimSpace(g.ls[i-1].text) == "" || g.ls[i-1].fenced) && (strings.TrimSpace(g.ls[i+1].text) == "" || l.fenced)
}

// personLineSince reports whether a line a person wrote lies between paste
// line n and the line being read: flush left, no log record, no error line,
// opening with a letter (any script) and ending as a sentence or a lead-in
// does ('.', ':', '?', '!' or their full-width forms).
func (g *greader) personLineSince(n int) bool {
	if g.at >= len(g.ls) {
		return false
	}
	p := sort.Search(g.at, func(i int) bool { return g.ls[i].n > n })
	for i := p; i < g.at; i++ {
		l := g.ls[i]
		t := strings.TrimRight(l.text, " \t")
		if l.rec || t == "" || t[0] == ' ' || t[0] == '\t' || errorLineOf(t) || exceptionLine(t) || len(t) > 300 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".:?!。：？！", r) && (len(strings.Fields(t)) >= 3 || !isAlpha(t[0])) {
			return true
		}
	}
	return false
}

// asideSince reports whether a person's sentence on its own (asideAt) lies
// between paste line n and the line being read.
func (g *greader) asideSince(n int) bool {
	if g.at >= len(g.ls) {
		return false
	}
	g.countLines()
	p := sort.Search(g.at, func(i int) bool { return g.ls[i].n > n })
	return p < g.at && g.aside[g.at]-g.aside[p] > 0
}

// block returns the number of the fenced block paste line n lies in (its
// opening fence's count, odd), or 0 outside every block.
func (g *greader) block(n int) int {
	if g.seg == nil || n >= len(g.seg) || g.seg[n]%2 == 0 {
		return 0
	}
	return int(g.seg[n])
}

// narrated reports whether exchange k holds nothing but a person's
// sentence stating a status (outside every fenced block, in their own words)
// that a later exchange, read inside a fenced block, states too ("The base
// URL answers 200 OK, but with a path I get 401 Unauthorized", then the two
// runs, fenced, printing "[1] 200" and "HTTP 401 Unauthorized."): the
// sentence tells what the runs print, the runs' lines are the responses, in
// their own order. A paste that fences nothing, a quoted dump ('> ') and a
// tool's error line outside the fences keep their statuses.
func (g *greader) narrated(k int) bool {
	x := g.xs[k]
	t := strings.TrimSpace(x.statusText)
	if x.status.code == 0 || x.status.conf > StatusProse || x.status.conf <= StatusImplied || x.statusRec || x.statusOwn ||
		x.body != nil || len(x.respFields) > 0 || x.method != "" || x.url != "" || x.cmd != nil || g.block(x.statusN) != 0 {
		return false
	}
	if t == "" || !isAlpha(t[0]) || len(strings.Fields(t[:min(len(t), 200)])) < 5 ||
		!personSpeaks(t) || errorLineOf(t) || exceptionLine(t) || cliErrorLine(t) {
		return false
	}
	for _, y := range g.xs[k+1:] {
		if y.status.code == x.status.code && y.status.conf > StatusImplied && g.block(y.statusN) != 0 {
			return true
		}
	}
	return false
}

// personSpeaks reports whether a line holds a word a person writes of
// themselves ("I", "my", "we", "our"): a tool's output line, however
// sentence-like ("Invoke-RestMethod : The remote server returned an
// error: (403) Forbidden."), has none.
func personSpeaks(t string) bool {
	for _, w := range strings.Fields(t[:min(len(t), 300)]) {
		w = strings.TrimRight(w, ",.;:!?)")
		if w == "us" { // "US" is a country
			return true
		}
		switch strings.ToLower(w) {
		case "i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "we're", "we've", "our":
			return true
		}
	}
	return false
}

// fieldHere reports whether a code stated in prose on paste line n may be a
// mention of a response the paste states as a field: the line is outside
// every fenced block, or its block states the code as a field too. A tool's
// error line in a block of its own, after a person's words, is that tool's
// output ("Error from server (Forbidden): …" below a JSON Status shown
// earlier), not a person speaking of the other block's response.
func (g *greader) fieldHere(n, code int) bool {
	b := g.block(n)
	return b == 0 || g.bestIn[[2]int{code, b}] >= StatusField
}

// unboldTokens takes Markdown's bold markers off the words of a line that
// a person emphasised in a pasted log line or dump ("… \"POST
// **/api/login** HTTP/1.1\" **401** 34 …"): two such spans at least, each
// one word, no blank inside. A line in bold whole (a heading) and masked
// values ("****") stay as written.
func unboldTokens(t string) string {
	if strings.Count(t, "**") < 4 || len(t) > maxScan {
		return t
	}
	var b strings.Builder
	spans, i := 0, 0
	for i < len(t) {
		k := strings.Index(t[i:], "**")
		if k < 0 {
			break
		}
		k += i
		e := strings.Index(t[k+2:], "**")
		if e <= 0 {
			break
		}
		e += k + 2
		w := t[k+2 : e]
		if strings.ContainsAny(w, " \t*") {
			b.WriteString(t[i : k+2])
			i = k + 2
			continue
		}
		b.WriteString(t[i:k])
		b.WriteString(w)
		i = e + 2
		spans++
	}
	if spans < 2 {
		return t
	}
	b.WriteString(t[i:])
	return b.String()
}

// blankSince reports whether every line between paste line n and the one
// being read is blank.
func (g *greader) blankSince(n int) bool {
	if g.at >= len(g.ls) {
		return false
	}
	g.countLines()
	p := sort.Search(g.at, func(i int) bool { return g.ls[i].n >= n })
	return p < g.at && g.nonBlank[g.at]-g.nonBlank[p+1] == 0
}

// thematicBreak reports whether t is a Markdown thematic break: three or
// more of one of '-', '*' or '_', spaces allowed between them, nothing else.
func thematicBreak(t string) bool {
	if len(t) < 3 || len(t) > 80 || t[0] != '-' && t[0] != '*' && t[0] != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// otherFence reports whether paste lines n and m (n before m, m the line
// being read) each lie inside a fenced block, not the same one, with words
// a person wrote between the two blocks, not a heading ("Response",
// "**Log output:**" label the next block as more of the same).
func (g *greader) otherFence(n, m int) bool {
	if g.seg == nil || n >= len(g.seg) || m >= len(g.seg) || g.seg[n]%2 == 0 || g.seg[m]%2 == 0 || g.seg[n] == g.seg[m] || g.at >= len(g.ls) {
		return false
	}
	g.countLines()
	p := sort.Search(g.at, func(i int) bool { return g.ls[i].n >= n })
	return p < g.at && g.outside[g.at]-g.outside[p] > 0
}

// failureBefore reports whether t speaks of a failure before it states
// status code: an error, an exception raised, a call failed ("ERROR: get
// failed: 403", "Re-raising exception: …Exception - 403"), rather than
// reporting the response itself ("HTTP Request Returned 403 Forbidden").
func failureBefore(t string, code int) bool {
	k := strings.Index(t, strconv.Itoa(code))
	if k < 0 {
		return false
	}
	lt := ascii.Lower(t[:min(k, maxScan)])
	return hasAny(lt, "error", "exception", "fail", "rais")
}

// retryNotice reports whether t is a tool's notice that it tries a call
// again: "User authorization failed. Trying again.", "Retrying in 5s…",
// "will retry".
func retryNotice(t string) bool {
	lt := ascii.Lower(t[:min(len(t), 400)])
	return strings.Contains(lt, "trying again") || strings.Contains(lt, "retrying") || strings.Contains(lt, "will retry")
}

// carryOver moves to exchange x the lines that prev gathered after its own
// status and that name the path of the request whose status line t opens
// x: a server's warning logged before its access line for the same request
// (Django's "Forbidden (CSRF cookie not set.): /api/orders/" above
// "POST /api/orders/ HTTP/1.1" 403) is about that request, not the one
// logged before it, even when that one asked for the same path, if an
// access line logged it (it was done).
func (g *greader) carryOver(prev, x *gx, t string) {
	if prev.statusN == 0 || len(prev.loose) == 0 || x.rid != "" || prev.rid != "" {
		return
	}
	_, u, _ := lineRequest(t, ascii.Lower(t))
	p := targetPath(targetOf(u))
	// the same path as prev's: the warning may be prev's own, unless prev
	// was an access line, which a server writes once the request is done
	// (Django's "GET /login/" 200, then its warning and "POST /login/" 403)
	done := strings.HasPrefix(prev.status.how, accessLogHow) && prev.reqN == prev.statusN
	if u == "" || len(p) < 2 || p[0] != '/' || prev.url != "" && p == targetPath(targetOf(prev.url)) && !done {
		return
	}
	k := len(prev.loose)
	for k > 0 && prev.loose[k-1].n > prev.statusN && namesPath(prev.loose[k-1].text, p) {
		k--
	}
	if k == len(prev.loose) {
		return
	}
	moved := append([]gline(nil), prev.loose[k:]...)
	prev.loose = prev.loose[:k]
	if n := len(prev.loose); n > 0 {
		prev.end = max(prev.statusN, prev.loose[n-1].n, prev.reqN)
	} else {
		prev.end = max(prev.statusN, prev.reqN)
	}
	x.loose = append(moved, x.loose...)
	x.start = min(x.start, moved[0].n)
}

// namesPath reports whether line t ends by naming path p (": /api/x/",
// "for /api/x"), the way a server's warning names the request it is about.
func namesPath(t, p string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	return strings.HasSuffix(t, " "+p) || strings.HasSuffix(t, ":"+p)
}

// otherRequestID reports whether lines t and prev each carry a request id
// and the two differ.
func otherRequestID(t, prev string) bool {
	a := recordID(t)
	if a == "" {
		return false
	}
	b := recordID(prev)
	return b != "" && a != b
}

// quotesLine reports whether sentence s holds line t whole inside a code
// span ("… `t` …"), t long enough to be an error line of its own, or holds
// the end of t, as long, that a logger's prefix opens ("I am getting
// `errorCode=24 Authorization failed`", then "  -> [Cmd.cc:215]
// errorCode=24 Authorization failed.").
func quotesLine(s, t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < minQuoted {
		return false
	}
	i := strings.Index(s, "`"+t)
	if i >= 0 && strings.HasPrefix(s[i+1+len(t):], "`") {
		return true
	}
	end := strings.TrimRight(t, ". ")
	for n := 0; n < 8; n++ {
		a := strings.IndexByte(s, '`')
		if a < 0 {
			return false
		}
		b := strings.IndexByte(s[a+1:], '`')
		if b < 0 {
			return false
		}
		q := strings.TrimRight(s[a+1:a+1+b], ". ")
		if len(q) >= minQuoted && len(q) < len(end) && strings.HasSuffix(end, q) && end[len(end)-len(q)-1] == ' ' {
			return true
		}
		s = s[a+1+b+1:]
	}
	return false
}

// traceBetween reports whether a line after paste line a and before paste
// line b opens or continues a printed stack: Python's "Traceback (most
// recent call last):" or a frame of it, a Java or Node frame ("at …"), or
// the "Stack trace:" heading poetry's console prints above its frames.
func (g *greader) traceBetween(a, b int) bool {
	for _, l := range g.ls {
		if l.n <= a || l.n >= b {
			continue
		}
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "Traceback (most recent call last)") || t == "Stack trace:" || pythonFrame(t) ||
			strings.HasPrefix(t, "at ") && frameLine(t) {
			return true
		}
	}
	return false
}

// bodyMessageAgain reports whether t quotes the message of a JSON body
// printed on a line after paste line a and before paste line b: the value
// of its "message", "error", "detail" or "error_description" member, as
// long as a sentence (minQuoted bytes at least).
func (g *greader) bodyMessageAgain(a, b int, t string) bool {
	for _, l := range g.ls {
		if l.n <= a || l.n >= b {
			continue
		}
		for _, key := range []string{`"message":`, `"error":`, `"detail":`, `"error_description":`} {
			i := strings.Index(l.text, key)
			if i < 0 {
				continue
			}
			v := strings.TrimLeft(l.text[i+len(key):], " ")
			if v == "" || v[0] != '"' {
				continue
			}
			v = v[1:]
			if e := strings.IndexByte(v, '"'); e >= 0 {
				v = v[:e]
			}
			if len(v) >= minQuoted && !strings.Contains(v, "\\") && strings.Contains(t, v) {
				return true
			}
		}
	}
	return false
}

// restates reports whether line t repeats the message of an earlier line,
// prev, after a message of its own: both end in the same text, at least 40
// bytes long, that follows a colon in each ("error listing: <message>",
// "last error was: <message>") and holds the status. A line repeated whole,
// or the same record with another timestamp, is a repeated event, not a
// restatement.
func restates(t, prev string) bool {
	t, prev = strings.TrimSpace(t), strings.TrimSpace(prev)
	if t == prev || len(t) < 40 || len(prev) < 40 {
		return false
	}
	n := 0
	for n < len(t) && n < len(prev) && t[len(t)-1-n] == prev[len(prev)-1-n] {
		n++
	}
	if n >= 40 && n < len(t) && n < len(prev) && t[len(t)-n] == ' ' {
		// a CLI's error wraps a message ("Error: <context>: <message>")
		// that its debug logger records bare, before or after
		// ("cmd.go:112: [debug] <message>"): the same failure
		th, ph := t[:len(t)-n], prev[:len(prev)-n]
		if debugHead(th) && strings.HasSuffix(ph, ":") || debugHead(ph) && strings.HasSuffix(th, ":") {
			h, ok := lineStatus(t[len(t)-n:])
			return ok && h.conf > StatusImplied
		}
	}
	if n < 40 || n == len(t) {
		return false
	}
	if n == len(prev) && n+2 <= len(t) && t[len(t)-n-2:len(t)-n] == ": " {
		// the earlier line whole, after the wrapping error's own context
		// ("fatal: sync: list items: <the earlier message>")
		h, ok := lineStatus(prev)
		return ok && h.conf > StatusImplied
	}
	common := t[len(t)-n:]
	k := strings.Index(common, ": ")
	if k > 1 && !strings.ContainsAny(common[:k], " \t") && n-k-2 >= 40 {
		// the two lines part in the middle of the word before the colon:
		// two error names ending alike ("Fatal error: <the message>", then
		// "java.lang.Error: <the message>"), each wrapping the same
		// message (an exception logged, then printed as its wrapper).
		// Two files or objects named alike ("a/b.txt: …", "c/d.txt: …")
		// are a tool's run failing once per resource.
		n -= k + 2
		common, k = t[len(t)-n:], 0
		if namedSubject(t[:len(t)-n-2]) && namedSubject(prev[:len(prev)-n-2]) {
			return false
		}
	}
	if k < 0 || k > 1 {
		return false
	}
	if k == 0 && namedSubject(t[:len(t)-n]) && namedSubject(prev[:len(prev)-n]) {
		// each line names its own file or object before the same message
		// ("ERROR : a/b.txt: Failed to copy: …: 403", then "… c/d.bin: …"):
		// a tool's run failing once per resource, not a wrap
		return false
	}
	if k == 1 && common[0] != '"' && common[0] != '\'' && common[0] != ' ' {
		return false
	}
	h, ok := lineStatus(t[len(t)-n:])
	return ok && h.conf > StatusImplied
}

// debugHead reports whether h is all a debug logger writes before a
// message: a bracketed level, after a source position or nothing ("[debug]",
// "cmd.go:112: [debug]").
func debugHead(h string) bool {
	h = strings.TrimSpace(h)
	i := strings.LastIndexByte(h, '[')
	if i < 0 || levelAt(h, i, false) != len(h) || !strings.HasSuffix(h, "]") {
		return false
	}
	src := strings.TrimSpace(h[:i])
	if src == "" {
		return true
	}
	return strings.HasSuffix(src, ":") && sourceAt(src[:len(src)-1], 0) == len(src)-1
}

// namedSubject reports whether head ends in the name of a file, path or
// object (a word holding a dot or a slash, not a trailing sentence stop):
// what a tool's per-resource error names before its message.
func namedSubject(head string) bool {
	w := head[strings.LastIndexByte(head, ' ')+1:]
	w = strings.TrimRight(w, ".")
	return strings.ContainsAny(w, "./")
}

// redirectedFrom reports whether line t names the request of the exchange
// just before x, which a redirect answered: a client that follows redirects
// logs the URL it asked for with the final status.
func (g *greader) redirectedFrom(x *gx, t string) bool {
	m, u, _ := lineRequest(t, ascii.Lower(t))
	return g.redirectedTarget(x, m, u)
}

// redirectedTarget is redirectedFrom for a method and URL already read.
func (g *greader) redirectedTarget(x *gx, method, url string) bool {
	k := len(g.xs) - 1
	if k < 1 || g.xs[k] != x {
		return false
	}
	prev := g.xs[k-1]
	return prev.status.code >= 300 && prev.status.code < 400 && x.statusN-prev.statusN <= 3 && sameTarget(prev, method, url)
}

// exceptionLine reports whether t prints an error object: an exception or
// error class name (a capitalised identifier ending in Exception or Error)
// followed by "(" or ":" ("AuthorizationException(403, …",
// "HTTPError: 403 …").
func exceptionLine(t string) bool { return exceptionLineOf(t, false) }

// exceptionLineOf is exceptionLine; nested also takes a nested class's name
// after the exception's ("HttpClientErrorException$Unauthorized: 401 …").
func exceptionLineOf(t string, nested bool) bool {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	for _, w := range []string{"Exception", "Error"} {
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			e := off
			if nested && e < len(t) && t[e] == '$' {
				// a nested class: HttpClientErrorException$Unauthorized
				e++
				for e < len(t) && (isAlpha(t[e]) || isDigit(t[e])) {
					e++
				}
			}
			if i == 0 || !isAlpha(t[i-1]) || e >= len(t) || t[e] != '(' && t[e] != ':' {
				continue
			}
			j := i
			for j > 0 && (isAlpha(t[j-1]) || isDigit(t[j-1])) {
				j--
			}
			if t[j] >= 'A' && t[j] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// dotnetFailHeader reports whether t opens an error record of .NET's
// console logger: "fail: Acme.Sync[0]", "crit: Microsoft.Hosting[7]" (the
// message follows on indented lines).
func dotnetFailHeader(t string) bool {
	if !strings.HasPrefix(t, "fail: ") && !strings.HasPrefix(t, "crit: ") || !strings.HasSuffix(t, "]") {
		return false
	}
	k := strings.LastIndexByte(t, '[')
	if k < 7 || k+2 > len(t)-1 {
		return false
	}
	for _, c := range []byte(t[k+1 : len(t)-1]) {
		if !isDigit(c) {
			return false
		}
	}
	return !strings.Contains(t[6:k], " ")
}

// bracketedStatusOpens reports whether t opens with a status in square
// brackets and goes on with the error's title ("[403] Forbidden, …",
// "[401]Invalid token: …"): a client's own print of a failed call, not a
// person's mention of the status. A Markdown link ("[403](…)") is not one.
func bracketedStatusOpens(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 5 && t[0] == '[' && t[4] == ']' && codeAt(t, 1) >= 100 && t[5] != '(' && t[5] != ':'
}

// printedError reports whether t prints one failed call's error: an
// exception line, kubectl's and oc's "Error from server (Forbidden): …", or
// a language's print of an object on one line ("{ statusCode: 401,
// message: 'Unauthorized' }").
func printedError(t string) bool {
	t = strings.TrimSpace(t)
	if stringMember(t) {
		// "stack": "AxiosError: Request failed …": a printed object's
		// member quoting the error the object is (a JavaScript error's
		// stack opens with its message), not another error printed
		return false
	}
	return exceptionLine(t) || strings.HasPrefix(t, "Error from server (") || bracketedStatusOpens(t) || cliErrorLine(t) || rubyUncaught(t) ||
		len(t) > 2 && t[0] == '{' && t[len(t)-1] == '}' && strings.Contains(t, ": ")
}

// rubyUncaught reports whether t is Ruby's print of an exception nobody
// rescued: where it was raised, the message, then the class in parentheses
// ("/app/lib/client.rb:41:in `get': not allowed (Acme::HTTPForbidden)";
// Ruby 3.4 quotes the method as 'get').
func rubyUncaught(t string) bool {
	i := strings.Index(t, ":in `")
	if i < 0 {
		i = strings.Index(t, ":in '")
	}
	if i < 0 || !strings.HasSuffix(t, ")") {
		return false
	}
	k := strings.LastIndexByte(t, '(')
	if k < i {
		return false
	}
	c := t[k+1 : len(t)-1]
	if c == "" || c[0] < 'A' || c[0] > 'Z' {
		return false
	}
	for j := 0; j < len(c); j++ {
		if !isAlpha(c[j]) && !isDigit(c[j]) && c[j] != ':' && c[j] != '_' {
			return false
		}
	}
	return true
}

// stringMember reports whether t is one member of an object printed over
// several lines whose value is a string: a key, quoted or a bare
// identifier, then ":" and a quote ("\"stack\": \"…", "message: '…").
func stringMember(t string) bool {
	i := 0
	if strings.HasPrefix(t, `"`) {
		j := strings.IndexByte(t[1:], '"')
		if j < 1 {
			return false
		}
		i = j + 2
	} else {
		for i < len(t) && (isAlpha(t[i]) || isDigit(t[i]) || t[i] == '_') {
			i++
		}
		if i == 0 || t[0] >= 'A' && t[0] <= 'Z' {
			// "Error: …", "HTTPError: 403": a class's name, not a key
			return false
		}
	}
	r := strings.TrimLeft(t[i:], " ")
	if !strings.HasPrefix(r, ":") {
		return false
	}
	r = strings.TrimLeft(r[1:], " ")
	return r != "" && (r[0] == '"' || r[0] == '\'')
}

// cliErrorLine reports whether t is a command-line tool's error line as
// Rust's, Go's and git's tools print it: "error: <message>", "fatal:
// <message>", the word in lower case opening the line.
func cliErrorLine(t string) bool {
	return strings.HasPrefix(t, "error: ") || strings.HasPrefix(t, "fatal: ")
}

// chainMarker reports whether t is a traceback's line chaining the
// exception that follows to the one before it: Python's two sentences, and
// the heading Symfony's console (Laravel's artisan, Composer, Drush…) puts
// over each exception of a chain it prints, outermost first ("In
// Client.php line 180:", then "In RequestException.php line 113:" over the
// exception it wraps, which often restates the same message).
func chainMarker(t string) bool {
	lt := ascii.Lower(t)
	return strings.Contains(lt, "during handling of the above exception") || strings.Contains(lt, "the above exception was the direct cause") ||
		phpConsoleChainHeading(t) || mietteCause(t)
}

// mietteCause reports whether t opens a cause in the error tree Rust's
// miette prints (cargo-binstall, uv, pixi): "├─▶ …" or "╰─▶ …" under the
// error's "× …", each cause the error below the one above, the same
// failed call.
func mietteCause(t string) bool {
	t = strings.TrimLeft(t, " \t│")
	return strings.HasPrefix(t, "├─▶") || strings.HasPrefix(t, "╰─▶")
}

// phpConsoleChainHeading reports whether t is Symfony's console heading of
// one printed exception: "In <file>.php line <n>:", alone on its line.
func phpConsoleChainHeading(t string) bool {
	t = strings.TrimSpace(t)
	rest, ok := strings.CutPrefix(t, "In ")
	if !ok || !strings.HasSuffix(rest, ":") {
		return false
	}
	file, n, ok := strings.Cut(strings.TrimSuffix(rest, ":"), ".php line ")
	if !ok || file == "" || strings.ContainsAny(file, " \t") || n == "" || len(n) > 6 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if !isDigit(n[i]) {
			return false
		}
	}
	return true
}

// printedObjectOpens reports whether t, at the left margin, opens an object
// a language printed over several lines: "{" alone, or a type's name then
// "{" ("Response {", "<ref *1> Response {", "%Req.Response{"), no key before
// it ("config: {" is a member of an object already open).
func printedObjectOpens(t string) bool {
	if t == "{" {
		return true
	}
	if !strings.HasSuffix(t, "{") || len(t) > 80 || strings.ContainsAny(t, ":=\"'(") {
		return false
	}
	name := strings.TrimSpace(strings.TrimSuffix(t, "{"))
	return name != "" && (name[0] >= 'A' && name[0] <= 'Z' || name[0] == '<' || name[0] == '%' || name[0] == '&')
}

// errorStart reports whether raw line s begins a printed error object: a
// Python traceback's header (not one chained to the error before it, which
// prev, the line above, says), or a line that opens with an exception or
// error class ("AxiosError: Request failed…", "requests.exceptions.HTTPError:
// 403 …", "Faraday::ForbiddenError: …", "feign.FeignException$Forbidden: …",
// "RequestError [HttpError]: …"), at most after "Uncaught" or "Unhandled
// exception." and never indented as a frame or a nested cause is.
func errorStart(s, prev string) bool {
	ind := len(s) - len(strings.TrimLeft(s, " "))
	if ind > 2 || strings.HasPrefix(s, "\t") {
		return false
	}
	t := strings.TrimSpace(s)
	if ind == 0 && printedObjectOpens(t) {
		return true
	}
	if strings.HasPrefix(t, "Traceback (most recent call last)") {
		return !chainMarker(prev)
	}
	for _, p := range []string{"PHP Fatal error:  Uncaught ", "Uncaught (in promise) ", "Uncaught ", "Unhandled exception. ", "Unhandled Exception: "} {
		t = strings.TrimPrefix(t, p)
	}
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	j := 0
	for j < len(t) {
		c := t[j]
		if isAlpha(c) || isDigit(c) || c == '_' || c == '.' || c == '$' || c == '\\' {
			j++
			continue
		}
		if c == ':' && j+1 < len(t) && t[j+1] == ':' {
			j += 2
			continue
		}
		break
	}
	name := t[:j]
	if j == len(t) || name == "" || !(t[j] == ':' || t[j] == '(' || t[j] == ' ' && j+1 < len(t) && (t[j+1] == '[' || t[j+1] == '{')) {
		return false
	}
	for _, w := range []string{"Exception", "Error"} {
		for off := 0; off < len(name); {
			i := strings.Index(name[off:], w)
			if i < 0 {
				break
			}
			i += off
			if i > 0 && isAlpha(name[i-1]) {
				return true
			}
			off = i + len(w)
		}
	}
	return false
}

// howKind is the notation a status was read in ("an access log line",
// "prose"), without the quoted detail: two lines about one request come
// from two loggers, which write it differently; lines in the same notation
// are retries or other requests.
func howKind(how string) string {
	if i := strings.Index(how, " ("); i >= 0 {
		return how[:i]
	}
	return how
}

// urlOnly reports whether line t names the target of the request x holds by
// its URL alone, with no method of its own.
func urlOnly(t string, x *gx) bool {
	m, u, _ := lineRequest(t, ascii.Lower(t))
	if m != "" {
		return false
	}
	if u == "" {
		u = urlToken(urlTail(t))
	}
	a := targetOf(u)
	return a != "" && a == targetOf(x.url)
}

// sameRequest reports whether line t names the request exchange x already
// holds: the same method and the same target, with or without scheme and host.
func sameRequest(x *gx, t string) bool {
	if x.method == "" || x.url == "" {
		return false
	}
	m, u, _ := lineRequest(t, ascii.Lower(t))
	return sameTarget(x, m, u)
}

// sameTarget reports whether method and url name the request x holds.
func sameTarget(x *gx, m, u string) bool {
	if x.method == "" || x.url == "" || m == "" || u == "" || !strings.EqualFold(m, x.method) {
		return false
	}
	a, b := targetOf(u), targetOf(x.url)
	return a != "" && a == b
}

// urlToken is the URL a urlTail starts with, without the punctuation that
// ends a clause after it ("https://h/p: Forbidden" → "https://h/p").
func urlToken(tail string) string {
	if i := strings.IndexAny(tail, " \t\"'`<>"); i >= 0 {
		tail = tail[:i]
	}
	return strings.TrimRight(tail, ".,;:)]*_")
}

// cutQuery reports whether URLs a and b differ only by one's query string
// being cut short: the same path, and the shorter, which has a query of its
// own, begins the longer; or the shorter is the longer's path without its
// query (an adapter logging "Fetched URL: https://h/search with status
// 401" after its HTTP library's line with the whole URL).
func cutQuery(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != b && strings.Contains(a, "://") && strings.HasPrefix(b, a) && (strings.IndexByte(a, '?') > 0 || b[len(a)] == '?')
}

// span is how many lines the paste had from line a to line b as they were
// written: lines a terminal wrapped count once, fence lines count.
func (g *greader) span(a, b int) int {
	if b <= a {
		return b - a
	}
	at := func(n int) int { return sort.Search(len(g.ls), func(i int) bool { return g.ls[i].n >= n }) }
	d := at(b) - at(a)
	if g.seg != nil && a < len(g.seg) && b < len(g.seg) {
		// the fence lines between, which the reader drops, count
		d += int(g.seg[b] - g.seg[a])
	}
	return d
}

// recordAbove reports whether the line just above paste line b, after
// paste line a, is a log record of its own.
func (g *greader) recordAbove(a, b int) bool {
	i := sort.Search(len(g.ls), func(i int) bool { return g.ls[i].n >= b })
	return i > 0 && g.ls[i-1].n > a && g.ls[i-1].rec
}

// otherURL reports whether two lines that state a status each name a URL
// and the two differ: lines about two requests, neither a summary of the
// other. A Markdown link's target ("the [docs](https://…) fail with 401")
// is what the prose points the reader to, not a request.
func otherURL(a, b string) bool {
	u, v := urlTail(a), urlTail(b)
	if u == "" || v == "" || markdownTarget(a, u) || markdownTarget(b, v) {
		return false
	}
	return urlToken(u) != urlToken(v)
}

// markdownTarget reports whether tail, the end of line t, starts a
// Markdown link's target: "](" right before it.
func markdownTarget(t, tail string) bool {
	i := strings.Index(t, tail)
	return i >= 2 && t[i-2:i] == "]("
}

// urlTail returns line t from its first http(s) URL to its end, or "".
func urlTail(t string) string {
	i := strings.Index(t, "http://")
	if j := strings.Index(t, "https://"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return ""
	}
	// the same line wrapped in Markdown or HTML (</summary>, a closing
	// backtick) is the same line
	u := t[i:]
	if k := strings.Index(u, "</"); k > 0 {
		u = u[:k]
	}
	return strings.TrimRight(u, " .,;:)`'\"*_")
}

// request records a method and URL found on line l.
func (g *greader) request(l gline, method, url string, strong bool) {
	x := g.x()
	if len(g.best) == 0 && x.cmd == nil && x.url != "" && url != "" && x.reqN != 0 && x.reqN < l.n &&
		targetOf(url) != targetOf(x.url) && x.erroredSince(x.reqN) {
		// a log that prints each failed request as a block of records
		// (Method, URL, Message, …) and no status anywhere: an error was
		// told about the request before, this line names another one
		g.endSection(false)
		g.split()
		x = g.x()
	}
	if x.status.code != 0 && x.reqN != 0 && x.reqN < x.statusN && l.n > x.statusN && l.hit.code == 0 && url != "" && requestURLField(l.text) {
		// an SDK's log that prints each call as labelled records ("Request
		// URL: '…'", "Request method: 'GET'", its headers, then "Response
		// status: 200"): a request URL labelled after the answer to the
		// request before it starts the next call
		g.endSection(false)
		g.split()
		x = g.x()
	}
	if x.status.code != 0 && (strong || x.status.conf > StatusImplied && x.method != "" && method != "") {
		// the line restates the exchange's own status ("npm ERR! code E403"
		// then "npm ERR! 403 403 Forbidden - GET https://…"): its request
		sameStatus := l.hit.code == x.status.code && x.reqN == 0 && l.n-x.statusN <= 3
		// the same method and target again, with the same status or none,
		// on a line that is no log record of its own: the error restated
		// further down its trace (Reactor's "*__checkpoint ⇢ 403 FORBIDDEN
		// from GET https://…" under WebClient's exception)
		restated := !l.rec && !x.statusRec && (l.hit.code == 0 || l.hit.code == x.status.code) && sameTarget(x, method, url)
		// the line holds the exchange's whole error line again, its request
		// in it (Node's `cause: FetchError: [POST] "https://h/x": 401 …`
		// inside the printed error whose message it is): the same failure
		restated = restated || !l.rec && l.n != x.statusN && l.hit.code == x.status.code && len(x.statusText) >= minQuoted &&
			strings.Contains(l.text, strings.TrimSpace(x.statusText))
		// the exchange's own method named again with no URL and no status
		// (PowerShell's "CategoryInfo : InvalidOperation: (Method: GET, …)"
		// under the error it describes): nothing names another request
		methodAgain := !strong && url == "" && l.hit.code == 0 && strings.EqualFold(method, x.method)
		// the request named alone on its line again after the answer to
		// it (a proxy's flow list: "POST https://h/x", "<- 401 …", "POST
		// https://h/x", "<- 200 …"): the client sent it again, another
		// exchange
		again := x.reqN != 0 && x.reqN < x.statusN && l.n > x.statusN && l.hit.code == 0 && bareRequestLine(l.text)
		// a cause in an error chain opened since the status (miette's
		// "├─▶ could not GET https://…", its URL wrapped at the
		// terminal's width): the same failed call told again
		chained := g.lastChain > x.statusN && (l.hit.code == 0 || l.hit.code == x.status.code)
		if again || !(methodAgain || chained || x.reqN == l.n || x.statusN == l.n || sameStatus || restated || l.n-x.statusN <= 3 && (sameTarget(x, method, url) || g.redirectedTarget(x, method, url))) {
			g.endSection(false)
			g.split()
			x = g.x()
		}
	}
	if method != "" && (x.method == "" || strong && !x.reqStrong) {
		x.method = method
	}
	if url != "" && (x.url == "" || strong && !x.reqStrong) {
		if !(strings.HasPrefix(url, "/") && x.url != "" && !strings.HasPrefix(x.url, "/") && strings.HasPrefix(targetOf(x.url), url)) {
			x.url = url
		}
	}
	if x.reqN == 0 || strong && !x.reqStrong {
		x.reqN = l.n
		x.reqSent = method != "" && strings.Contains(l.text, "> "+method+" ")
	}
	x.reqStrong = x.reqStrong || strong
	g.touch(l.n)
}

// bareRequestLine reports whether t is a method and an absolute URL and
// nothing else ("POST https://h/x"): a request listed by a proxy or a
// client's log, not a sentence or an error that names it.
func bareRequestLine(t string) bool {
	f := strings.Fields(t)
	return len(f) == 2 && methods.Has(f[0]) && (strings.HasPrefix(f[1], "https://") || strings.HasPrefix(f[1], "http://"))
}

// urlAnswers reads, in a paste with no status anywhere, requests named by
// their URL alone on a line (or a path with its query: "/items?order=id"),
// each followed by what came back ("`permission denied for relation
// items`"): one response each, when two or more speak of a refusal or an
// error. It returns nil otherwise.
func (g *greader) urlAnswers() []*Exchange {
	var xs []*Exchange
	var cur *gx
	errs := 0
	flush := func() {
		if cur != nil && len(cur.loose) > 0 {
			if errorish(cur.loose) {
				errs++
			}
			if e := cur.exchangeFrom(true); e != nil {
				xs = append(xs, e)
			}
		}
		cur = nil
	}
	for _, l := range g.ls {
		t := strings.TrimSpace(l.text)
		if u := strings.Trim(t, "`'\""); bareURL(u) || len(u) > 2 && u[0] == '/' && u[1] != '/' && strings.IndexByte(u, '?') > 1 && !strings.ContainsAny(u, " \t<>{}") {
			flush()
			cur = &gx{start: l.n, end: l.n, url: u, reqN: l.n, fieldsFrom: map[string]bool{}}
			continue
		}
		if cur == nil || t == "" {
			continue
		}
		if len(cur.loose) >= 20 || sectionHeading(t) != 0 {
			flush()
			continue
		}
		cur.loose = append(cur.loose, l)
		cur.end = l.n
	}
	flush()
	if len(xs) < 2 || errs < 2 {
		return nil
	}
	return xs
}

// bracketStep is what c adds to the depth of square brackets a URL opened
// itself (a host masked as "[our-registry]").
func bracketStep(c byte) int {
	switch c {
	case '[':
		return 1
	case ']':
		return -1
	}
	return 0
}

// erroredSince reports whether a loose line of x after line n speaks of a
// refusal. Each loose line is looked at once: linear time.
func (x *gx) erroredSince(n int) bool {
	for ; x.errScanned < len(x.loose); x.errScanned++ {
		if errorish(x.loose[x.errScanned : x.errScanned+1]) {
			x.lastErr = x.loose[x.errScanned].n
		}
	}
	return x.lastErr > n
}

// requestURLField reports whether line t is a request URL written as a
// labelled field, behind a logger's prefix, a direction marker or none: "Request URL:
// 'https://…'", "> Request URL: \"https://…\"", "request url = https://…".
func requestURLField(t string) bool {
	if n, _ := linePrefix(t); n > 0 {
		t = t[n:]
	}
	if n := loggerAt(t, 0); n > 0 {
		t = t[n:] // "cli.azure.cli.core.sdk.policies: Request URL: …"
	}
	t = strings.TrimLeft(t, " \t>-*")
	if len(t) < len("request url:") || !hasPrefixASCIIFold(t, "request url") {
		return false
	}
	t = strings.TrimLeft(t[len("request url"):], " \t")
	return t != "" && (t[0] == ':' || t[0] == '=')
}

// sourcePosition reports whether p, a path, names a file and a line in it
// ("/srv/play/roles/web/tasks/main.yml:12"): a file name with an extension,
// a colon and digits at its end.
func sourcePosition(p string) bool {
	c := strings.LastIndexByte(p, ':')
	if c < 0 || c+1 == len(p) || !ascii.AllDigits(p[c+1:]) {
		return false
	}
	d := strings.LastIndexByte(p[:c], '.')
	return d > strings.LastIndexByte(p[:c], '/') && d+1 < c && c-d <= 6
}

// lineRequest finds a method and URL on a line: "GET https://h/p",
// "\"GET /p HTTP/1.1\"", Go's `Get "https://h/p"`, url='…', "url": "…",
// Request URL: …, for url: …, method: 'get'. strong is set for a method
// and target written together.
func lineRequest(t, lt string) (method, url string, strong bool) {
	if !isASCII(lt) {
		// the keys in other scripts are written in lower case: "Метод
		// запроса: GET" is DevTools' Russian "Request Method"
		lt = lowerAligned(lt)
	}
	// METHOD target
	for i := 0; i < len(t) && i < maxScan; i++ {
		if !isAlpha(t[i]) || i > 0 && (isAlpha(t[i-1]) || isDigit(t[i-1]) || t[i-1] == '-' || t[i-1] == '_') {
			continue
		}
		j := i
		for j < len(t) && isAlpha(t[j]) {
			j++
		}
		w := t[i:j]
		i = j
		// a logger's bracketed method: "Res: [GET] https://…" (the .NET
		// HttpClient logs of Sonarr and its kin)
		bracketed := i > len(w) && t[i-len(w)-1] == '[' && j+2 < len(t) && t[j] == ']' && t[j+1] == ' '
		if len(w) < 3 || len(w) > longestMethod || j+1 >= len(t) || t[j] != ' ' && !bracketed {
			continue
		}
		up := strings.ToUpper(w)
		if !methods.Has(up) || w != up && (bracketed || w != up[:1]+strings.ToLower(up[1:])) {
			continue
		}
		k := j + 1
		if bracketed {
			k++
			if strings.HasPrefix(t[k:], "to [") && urlStarts(t[k+4:]) {
				k += 4 // Feign's "[401 Unauthorized] during [POST] to [https://…]"
			}
		}
		if w == up && k+4 < len(t) && isDigit(t[k]) && isDigit(t[k+1]) && isDigit(t[k+2]) && t[k+3] == ' ' && urlStarts(t[k+4:]) {
			k += 4 // the status between the method and the URL: npm's "fetch GET 403 https://h/x"
		}
		q := byte(0)
		if t[k] == '"' || t[k] == '\'' || t[k] == '`' {
			q = t[k]
			k++
		}
		if w != up && q == 0 {
			continue // "Get" only in Go's error: Get "https://…"
		}
		if q == 0 && w == up {
			// containerd's and many SDKs' errors: "unexpected status from
			// GET request to https://…", "POST request for https://…"
			for _, p := range []string{"request to ", "request for ", "request on "} {
				if strings.HasPrefix(t[k:], p) {
					k += len(p)
					break
				}
			}
		}
		if strings.HasPrefix(t[k:], "http://") || strings.HasPrefix(t[k:], "https://") || k < len(t) && t[k] == '/' && (k+1 == len(t) || t[k+1] != '/') {
			e, open, square := k, 0, 0
			for e < len(t) && t[e] != ' ' && t[e] != '"' && t[e] != '\'' && t[e] != '`' && t[e] != ',' && !(q == 0 && (t[e] == ')' && open == 0 || t[e] == ']' && square == 0)) {
				// a parenthesis or bracket the URL opened is its own
				// ("?apikey=(removed)", "?filter[id]=3", "http://[::1]/");
				// another ends it: "(see GET /x)", "[… from GET https://h/x]"
				switch t[e] {
				case '(':
					open++
				case ')':
					open--
				case '[':
					square++
				case ']':
					square--
				}
				e++
			}
			u := strings.TrimRight(t[k:e], ":.;")
			if u == "/" && !strings.Contains(t[e:], "HTTP/") {
				continue // prose: "GET / ..." without a version is too loose
			}
			return up, u, true
		}
	}
	// Gradle's log of a failed resource: "Failed to get resource: HEAD.
	// [HTTP HTTP/1.1 403 Forbidden: https://h/x.jar]"
	if k := strings.Index(t, ". [HTTP "); k > 0 && k < maxScan {
		j := k
		for j > 0 && t[j-1] >= 'A' && t[j-1] <= 'Z' {
			j--
		}
		if m := t[j:k]; methods.Has(m) && (j == 0 || t[j-1] == ' ') {
			if u := strings.Index(t[k:], ": http"); u > 0 {
				rest := t[k+u+2:]
				e := 0
				for open := 0; e < len(rest) && rest[e] != ' ' && (rest[e] != ']' || open > 0); e++ {
					// a host masked in brackets ("https://[our-repo]/x.jar")
					// is the URL's own: the bracket the log opened ends it
					open += bracketStep(rest[e])
				}
				return m, rest[:e], true
			}
		}
	}
	// a client library's call: requests.get("https://…"), axios.post('https://…'),
	// session.delete(`https://…`)
	// Firefox's CORS message names the URL in words: "reading the remote
	// resource at https://…", "der externen Ressource auf https://…", "la
	// ressource distante située sur https://…"
	for _, w := range []string{"remote resource at ", "externen ressource auf ", "ressource distante située sur ", "recurso remoto en ",
		"recurso remoto em ", "risorsa remota su "} {
		if k := strings.Index(lt, w); k >= 0 {
			k += len(w)
			if strings.HasPrefix(lt[k:], "http://") || strings.HasPrefix(lt[k:], "https://") {
				e := k
				for e < len(t) && t[e] != ' ' && t[e] != '"' && t[e] != '\'' && t[e] != ')' {
					e++
				}
				u := strings.TrimRight(t[k:e], ".,")
				return "", u, false
			}
		}
	}
	// a tool's own line about the file it could not fetch names its URL:
	// "Failed to download \"https://…\" - error: The remote server
	// returned an error: (403) Forbidden.", "Error downloading https://…"
	for _, w := range []string{"failed to download ", "error downloading ", "could not download ", "unable to download ", "failed downloading "} {
		if k := strings.Index(lt, w); k >= 0 {
			k += len(w)
			q := byte(0)
			if k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == '`') {
				q = lt[k]
				k++
			}
			if strings.HasPrefix(lt[k:], "http://") || strings.HasPrefix(lt[k:], "https://") {
				e := k
				for e < len(t) && t[e] != ' ' && t[e] != q && t[e] != '"' && t[e] != '\'' {
					e++
				}
				return "", strings.TrimRight(t[k:e], ".,:;"), false
			}
		}
	}
	if m, u, ok := callRequest(t, lt); ok {
		return m, u, true
	}
	// url / uri keys
	for _, key := range []string{"request url", "requesturl", "request_url", "for url", "url", "uri", "endpoint", "href", "path", "request_uri", "-uri",
		"requestpath", "request_path", "requesturi", "cs-uri-stem", "req_uri", "req_url", "resourcepath", "clientrequesturi", "clientrequestpath",
		// DevTools' "Request URL" in its other languages ("Anfrage-URL" and
		// "요청 URL" already end in "url")
		"url de requête", "url de la requête", "url de solicitud", "url de la solicitud", "url de solicitação", "url da solicitação",
		"url della richiesta", "url richiesta", "url запроса", "url'si", "url żądania", "url yêu cầu", "url permintaan", "请求网址", "請求網址"} {
		for i := range firstPlaces(lt, key, 4) {
			if i > 0 && (isAlpha(lt[i-1]) || lt[i-1] == '_') && key != "url" || i > 0 && isAlpha(lt[i-1]) {
				continue
			}
			if linkKey(lt[:i]) {
				continue // "documentation_url": a link the answer points to, not the request
			}
			k := i + len(key)
			for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ') {
				k++
			}
			// a Clojure or EDN map's keyword: {:url https://…, :method :get}
			edn := (key == "url" || key == "uri") && i > 0 && lt[i-1] == ':' && k > i+len(key) && k < len(lt) && lt[k] != ':' && lt[k] != '='
			if k >= len(lt) || lt[k] != ':' && lt[k] != '=' && key != "-uri" && !(lt[k] == '(' && strings.HasSuffix(key, "url")) && !edn {
				continue // reqwest: "for url (https://...)"
			}
			if key != "-uri" && !edn {
				k++
			}
			for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ' || lt[k] == '<') {
				k++
			}
			if strings.HasPrefix(lt[k:], "url(") {
				// aiohttp/yarl: url=URL('https://...')
				k += 4
				for k < len(lt) && (lt[k] == '"' || lt[k] == '\'') {
					k++
				}
			}
			path := k < len(lt) && lt[k] == '/' && k+1 < len(lt) && lt[k+1] != '/' && key != "endpoint" && key != "href"
			if strings.HasPrefix(lt[k:], "http://") || strings.HasPrefix(lt[k:], "https://") || path {
				e := k
				if q := lt[k-1]; q == '"' || q == '\'' {
					// a quoted URL runs to its quote: Firestore's
					// ".../databases/(default)/documents" keeps its parentheses
					for e < len(t) && t[e] != q && t[e] != ' ' {
						e++
					}
				}
				for open := 0; e < len(t) && t[e] != ' ' && t[e] != '"' && t[e] != '\'' && t[e] != ',' && t[e] != '>' && t[e] != ')' && t[e] != '}' && (t[e] != ']' || open > 0); e++ {
					open += bracketStep(t[e]) // a masked host: url=https://[host]/x
				}
				url = strings.TrimRight(t[k:e], ".;")
				if path && sourcePosition(url) {
					url = "" // "task path: /srv/play/roles/x/tasks/main.yml:3": a file and its line, no request
					continue
				}
				break
			}
		}
		if url != "" {
			break
		}
	}
	// method keys; PowerShell's -Method HEAD
	for _, key := range []string{"method", "verb", "-method",
		// DevTools' "Request Method" in its other languages
		"anfragemethode", "méthode de requête", "méthode de la requête", "método de solicitud", "método de solicitação", "metodo richiesta",
		"metodo della richiesta", "метод запроса", "请求方法", "請求方法", "リクエスト メソッド", "リクエストメソッド", "요청 메서드", "yöntemi",
		"metoda żądania", "phương thức yêu cầu", "metode permintaan"} {
		i := strings.Index(lt, key)
		if i < 0 || i > 0 && (isAlpha(lt[i-1]) && !strings.HasSuffix(lt[:i], "request ") && !strings.HasSuffix(lt[:i], "http.") &&
			!strings.HasSuffix(lt[:i], "request") && !(strings.HasSuffix(lt[:i], "\"http") && key == "method")) {
			continue
		}
		k := i + len(key)
		for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ') {
			k++
		}
		if key == "-method" {
			k-- // the separator is the blank
		}
		if k >= len(lt) || lt[k] != ':' && lt[k] != '=' && !(key == "-method" && lt[k] == ' ') {
			continue
		}
		k++
		for k < len(lt) && (lt[k] == '"' || lt[k] == '\'' || lt[k] == ' ') {
			k++
		}
		if k < len(lt) && lt[k] == ':' {
			k++ // a Ruby or Elixir atom: method: :get, :method=>:post
		}
		e := k
		for e < len(lt) && isAlpha(lt[e]) {
			e++
		}
		if up := strings.ToUpper(lt[k:e]); methods.Has(up) {
			method = up
			break
		}
	}
	return method, url, false
}

// headersExpr reads an expression typed at a prompt, or printed, whose
// value is an object's headers: ">>> r.headers", "print(resp.headers)",
// "irb> res.headers", "> response.headers". It returns the side the object
// is on: 'q' when its name says request ("r.request.headers", "req.headers"),
// else 's' (a response: the object a client call returned).
func headersExpr(lt string) byte {
	s := strings.TrimSpace(lt)
	for _, p := range []string{">>> ", "... ", "irb> ", "> ", "in [", "pry> "} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			if p == "in [" {
				k := strings.Index(s, "]:")
				if k < 0 {
					return 0
				}
				s = strings.TrimSpace(s[k+2:])
			}
			break
		}
	}
	for _, p := range []string{"print(", "console.log(", "pp(", "p(", "puts(", "dump("} {
		if strings.HasPrefix(s, p) && strings.HasSuffix(s, ")") {
			s = s[len(p) : len(s)-1]
			break
		}
	}
	obj, ok := strings.CutSuffix(s, ".headers")
	if !ok || obj == "" || len(obj) > 40 {
		return 0
	}
	for i := 0; i < len(obj); i++ {
		if c := obj[i]; !isAlpha(c) && !isDigit(c) && c != '_' && c != '.' {
			return 0
		}
	}
	if strings.Contains(obj, "req") {
		return 'q'
	}
	return 's'
}

// callRequest reads a call of an HTTP client's method written with its URL
// as the first, quoted argument: requests.get("https://h/x", …),
// httpx.post('https://…'), axios.delete(`https://…`).
func callRequest(t, lt string) (method, url string, ok bool) {
	if u := fetchCallURL(t, lt); u != "" {
		return "", u, true // DevTools' "Copy as fetch": the method is a member below, GET when absent
	}
	off := 0
	for n := 0; n < 4 && off < len(lt) && off < maxScan; n++ {
		i := strings.IndexByte(lt[off:], '(')
		if i < 0 {
			return "", "", false
		}
		i += off
		off = i + 1
		j := i
		for j > 0 && isAlpha(lt[j-1]) {
			j--
		}
		if j == 0 || lt[j-1] != '.' || i-j < 3 || i-j > 7 {
			continue
		}
		up := strings.ToUpper(lt[j:i])
		if !methods.Has(up) || i+1 >= len(t) || t[i+1] != '"' && t[i+1] != '\'' && t[i+1] != '`' {
			continue
		}
		k := i + 2
		if !strings.HasPrefix(lt[k:], "http://") && !strings.HasPrefix(lt[k:], "https://") {
			q := j - 1
			for q > 0 && (isAlpha(lt[q-1]) || lt[q-1] == '$') {
				q--
			}
			if !relativePath(lt[k:]) || !frontEndClients.Has(lt[q:j-1]) {
				continue
			}
		}
		e := k
		for e < len(t) && t[e] != t[i+1] && t[e] != ' ' {
			e++
		}
		return up, t[k:e], true
	}
	return "", "", false
}

// noValue reports whether a label's value is a language's empty value
// ("null", "None", "nil", "undefined", an empty string), a trailing comma
// or semicolon aside.
func noValue(v string) bool {
	switch strings.TrimSpace(strings.TrimRight(strings.TrimSpace(v), ",;")) {
	case "null", "None", "nil", "undefined", "NULL", `""`, "''":
		return true
	}
	return false
}

// fetchCallURL returns the absolute URL of a fetch() call on the line
// (`fetch("https://…", {`, `await fetch('https://…')`), or "".
func fetchCallURL(t, lt string) string {
	i := strings.Index(lt[:min(len(lt), maxScan)], "fetch(")
	if i < 0 || i > 0 && (isAlpha(lt[i-1]) || isDigit(lt[i-1]) || lt[i-1] == '_' || lt[i-1] == '.') {
		return ""
	}
	k := i + len("fetch(")
	if k >= len(t) || t[k] != '"' && t[k] != '\'' && t[k] != '`' {
		return ""
	}
	q := t[k]
	k++
	if !strings.HasPrefix(lt[k:], "http://") && !strings.HasPrefix(lt[k:], "https://") && !relativePath(lt[k:]) {
		return ""
	}
	e := k
	for e < len(t) && t[e] != q && t[e] != ' ' {
		e++
	}
	if e >= len(t) || t[e] != q {
		return ""
	}
	return t[k:e]
}

// relativePath reports whether s starts with a path on the page's own
// origin ("/api/items"), as front-end code calls its API: fetch('/api/…'),
// axios.get('/v1/…'). Not a protocol-relative "//host" URL.
func relativePath(s string) bool {
	return len(s) > 2 && s[0] == '/' && (isAlpha(s[1]) || s[1] == '_')
}

// frontEndClients are, lower case, the objects front-end code calls its own
// API through with a relative path: axios.get('/api/…'),
// this.http.get('/api/…') (Angular), $http.post('/…') (AngularJS),
// ky.get('/…'). A route definition (app.get('/api/…', handler)) is not among
// them.
var frontEndClients = wordlist.Set{"axios", "http", "$http", "ky", "superagent", "api", "apiclient", "client", "httpclient"}

// linkKeyWords name, in an error body's keys, a link the answer points to
// (GitHub's "documentation_url", OAuth's "error_uri", "help_url",
// "avatar_url", "login_url"), never the URL that was asked for.
var linkKeyWords = []string{"doc", "help", "error", "info", "support", "avatar", "icon", "image", "logo", "html", "home", "login", "redirect", "callback"}

// linkKey reports whether the key that ends where a "url"/"uri" key word
// starts (lt, lower case, up to it) is such a link: "documentation_".
func linkKey(lt string) bool {
	if !strings.HasSuffix(lt, "_") && !strings.HasSuffix(lt, "-") {
		return false
	}
	j := len(lt) - 1
	for j > 0 && (isAlpha(lt[j-1]) || lt[j-1] == '_' || lt[j-1] == '-') && len(lt)-j < 40 {
		j--
	}
	w := lt[j:]
	for _, k := range linkKeyWords {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// bodyLabels are labels a dump puts before a body, lower case, colon off.
// failureLabel reports whether a label (lower case) ends in a word saying
// that a call failed: "call failed", "request error", "upload refused".
func failureLabel(lab string) bool {
	for _, w := range []string{" failed", " error", " refused", " denied", " rejected", " exception"} {
		if strings.HasSuffix(lab, w) {
			return true
		}
	}
	return false
}

var bodyLabels = map[string]bool{
	"body": true, "response body": true, "http response body": true, "response content": true, "content": true,
	"data": true, "response data": true, "response text": true, "responsetext": true, "responsebody": true,
	"response": true, "payload": true, "response payload": true, "raw body": true, "error body": true,
	"details": false, "request body": true, "_body": true, "text": true, "response.data": true, "error response": true,
	"response.body": true, "response_body": true, "res.body": true, "body start": true, "-- body start": true,
	"the server responded with": true, "server responded with": true, "responded with": true, "response was": true,
	"got response": true, "error response body": true, "response body was": true,
}

// bodyLabelAt splits "Response Body: {...}" into its label and the rest; the
// rest may be empty (the body follows on the next lines).
func bodyLabelAt(t string) (label, rest string, ok bool) {
	s := strings.TrimSpace(t)
	s = strings.TrimLeft(s, "-=+* ")
	if strings.HasSuffix(s, "==") || strings.HasSuffix(s, "--") {
		s = strings.TrimRight(s, "-= ") // gcloud --log-http's "== body start ==", "-- body start --"
	}
	c := strings.IndexAny(s, ":=")
	if c > 30 {
		c = -1
	}
	if b := strings.IndexAny(s, "{[<"); b > 0 && b <= 30 && (c < 0 || b < c) {
		// "response  {", "Body {": a label and the body's first line, no colon
		if lab := ascii.Lower(strings.TrimSpace(s[:b])); bodyLabels[lab] && strings.TrimSpace(s[:b]) != s[:b] {
			return lab, s[b:], true
		}
	}
	if c <= 0 || c > 30 {
		lt := ascii.Lower(strings.Trim(s, " -="))
		if lt == "body start" {
			return "body", "", true
		}
		return "", "", false
	}
	lab := ascii.Lower(strings.Trim(strings.TrimSpace(s[:c]), "'\""))
	if !bodyLabels[lab] {
		// "call failed: {…}", "upload error: {…}": a failure's own words,
		// then the whole error body on the line; so is an error's message
		// that is the body ("HTTP-Code: 403" then "Message: {…}", as the
		// TypeScript clients openapi-generator writes print their error)
		if r := strings.TrimSpace(s[c+1:]); s[c] == ':' && (failureLabel(lab) || lab == "message") && strings.HasPrefix(r, "{") && strings.HasSuffix(r, "}") && jsonlite.Valid(r) {
			return "error body", r, true
		}
		return "", "", false
	}
	rest = strings.TrimSpace(s[c+1:])
	if rest != "" && !strings.ContainsAny(rest[:1], "{[<'\"b") && lab != "response body" && lab != "http response body" && !strings.Contains(lab, "responded") &&
		lab != "response content" && lab != "response text" && lab != "body" && lab != "error body" {
		return "", "", false // "data: something" in prose
	}
	if e := strings.IndexByte(rest, ' '); e > 1 && rest[0] >= 'A' && rest[0] <= 'Z' && strings.HasPrefix(rest[e:], " {") && isWordRun(rest[:e]) {
		return "", "", false // body: ReadableStream { ... }: a printed object, not the body
	}
	switch lab {
	case "text", "content", "data", "payload", "response", "details":
		// generic words: a body only when what follows is structured
		r := strings.TrimLeft(rest, "b'\" ")
		if rest != "" && (r == "" || !strings.ContainsAny(r[:1], "{[<")) {
			return "", "", false
		}
		if j := strings.IndexByte(r, ']'); r != "" && r[0] == '[' && j > 0 && strings.HasPrefix(r[j:], "](") {
			return "", "", false // "* Content: [Tutorial: …](https://…)": a Markdown link, not a document
		}
	}
	if strings.HasPrefix(rest, "b") && !strings.HasPrefix(rest, "b'") && !strings.HasPrefix(rest, "b\"") {
		if lab != "response body" && lab != "http response body" && lab != "body" {
			return "", "", false
		}
	}
	return lab, rest, true
}

// shellVariableUsed reports whether line i, t, assigns a quoted value to a
// shell variable (`body='{…}'`, `DATA="{…}"`: a name, "=" with no blank
// around it, a quote) that a later line of the paste uses (`$body`,
// `${DATA}`): a value a command sends, such as a request's data, and not
// an answer, whatever its name.
func (g *greader) shellVariableUsed(i int, t string) bool {
	s := strings.TrimSpace(t)
	s = strings.TrimPrefix(s, "export ")
	k := 0
	for k < len(s) && (isWordByte(s[k])) {
		k++
	}
	if k == 0 || k+1 >= len(s) || s[k] != '=' || (s[k+1] != '\'' && s[k+1] != '"') || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	name := s[:k]
	for _, l := range g.ls[i+1:] {
		for _, ref := range []string{"$" + name, "${" + name + "}"} {
			j := strings.Index(l.text, ref)
			if j >= 0 && (ref[1] == '{' || j+len(ref) == len(l.text) || !isWordByte(l.text[j+len(ref)])) {
				return true
			}
		}
	}
	return false
}

// memberOpener reports whether t is a JSON member whose value opens on
// the line and goes on below it: `"name": [` or `"name": {`.
func memberOpener(t string) bool {
	if len(t) < 5 || t[0] != '"' || (t[len(t)-1] != '[' && t[len(t)-1] != '{') {
		return false
	}
	e := unescapedIndex(t[1:], '"')
	return e > 0 && strings.TrimSpace(t[e+2:len(t)-1]) == ":"
}

// body reads a body starting at line i: after a label, or a JSON document,
// or markup. It returns the last line used.
func (g *greader) body(i int, t string) (int, bool) {
	lab, rest, labelled := bodyLabelAt(t)
	if labelled && (noValue(rest) || inspectedObject(rest)) {
		// "body": null, body: None, data: undefined: the request or
		// response has no body, and the lines below are not one; body:
		// [APIErrorResponse]: util.inspect past its depth named the
		// object it did not print, whose text is elsewhere
		return i, false
	}
	if labelled && g.shellVariableUsed(i, t) {
		// body='{"grant_type":…}' and then curl … --data "$body": the
		// request's data set in a shell variable, not a response
		return i, false
	}
	start := i
	first := rest
	if !labelled {
		first = t
		if elisionLine(t) {
			// "[...]", "{…}", "[snip]" alone on its line: the person cut
			// lines here; no body of its own, and the dump goes on below
			return i, false
		}
		if i > 0 && strings.HasPrefix(strings.TrimSpace(t), "{") && memberOpener(strings.TrimSpace(g.ls[i-1].text)) {
			// an object under a member that opens an array or object
			// ("repositories": [ then { "type": "vcs", … }): a piece
			// of a larger document pasted from its middle, a project's
			// file, not a response's body
			return i, false
		}
		if tt := strings.TrimSpace(t); i > 0 && tt != "" && (tt[0] == '{' || tt[0] == '[') && pythonFrame(g.ls[i-1].text) {
			// the source line Python prints under a traceback's frame
			// ('File "x.py", line 124, in get' then '    {"output": …}'):
			// the code that made the call, its arguments written out,
			// not what the server answered
			return i, false
		}
	}
	if labelled && rest == "" {
		// the body follows: the next non-blank line
		k := i + 1
		for k < len(g.ls) && strings.TrimSpace(g.ls[k].text) == "" && k-i < 3 {
			k++
		}
		if k >= len(g.ls) {
			return i, false
		}
		nt := strings.TrimSpace(g.ls[k].text)
		if nt == "" {
			return i, false
		}
		if _, _, again := bodyLabelAt(nt); again || headingKind(ascii.Lower(nt)) != 0 {
			return i, false
		}
		if h := g.ls[k].hit; h.code != 0 && h.conf >= StatusField && !strings.ContainsAny(nt[:1], "{[<'\"") {
			return i, false // "Response:" then the status on its own line
		}
		if h, ok := lineStatus(nt); ok && h.conf >= StatusField && !strings.ContainsAny(nt[:1], "{[<'\"") {
			return i, false
		}
		if m, u, _ := lineRequest(nt, ascii.Lower(nt)); m != "" && u != "" && !strings.ContainsAny(nt[:1], "{[<'\"") {
			// "Text:" then a console's "POST https://h/x net::ERR_…": a
			// heading over the request's own line, which is no body
			return i, false
		}
		start, first = k, nt
	}
	if labelled && first != "" && first[0] == '<' && !looksMarkup(first) {
		return i, false // response: <ref *1> Response {…}: a printed object, not markup
	}
	if start < g.noJSON && first != "" && strings.ContainsAny(first[:1], "{[") {
		return i, false // inside a block already tried as JSON: linear time
	}
	if !labelled {
		if bytesLiteralDoc(t) {
			// b'{"detail":"…"}' alone on its line: Python printed the body
			if v, _, ok := quotedAt(t, 1); ok {
				x := g.x()
				b := &Body{Text: v, Pos: Pos{Line: g.ls[i].n}, LineMap: unquotedLines(v, g.ls[i].n)}
				if x.body == nil {
					x.body = b
					x.inferred = append(x.inferred, InfoLine{Text: "body unquoted from a printed string", Pos: b.Pos})
				}
				g.touch(g.ls[i].n)
				return i, true
			}
		}
		if len(t) == 0 || !strings.ContainsAny(t[:1], "{[<") {
			return i, false
		}
		if t[0] == '<' && !looksMarkup(t) {
			return i, false
		}
	}
	text, end, kind := g.collect(start, first)
	if kind == "object" && (!labelled || lab == "response" || lab == "error response" || strings.Count(text, "\n") > 20) && !g.commandOutput(start) {
		kind = ""
	}
	if kind == "" {
		if end > g.noJSON {
			g.noJSON = end + 1
		}
		return i, false
	}
	if !labelled && kind == "json" && isLogRecord(text) {
		return i, false // a JSON log line: read its fields
	}
	if !labelled && kind == "json" && policyDocument(text) {
		// an access policy pasted beside the error (an IAM policy, a
		// bucket's or a key's): the setup the person runs with, not a body
		// any server sent
		g.noJSON = max(g.noJSON, end+1)
		return i, false
	}
	if kind == "json" {
		if resp, req, ok := devtoolsJSON(text); ok {
			// Firefox's "Copy All" of the Headers panel: header lists, not a body
			x := g.x()
			pos := Pos{Line: g.ls[start].n}
			for _, f := range resp {
				f.Pos = pos
				x.respFields = append(x.respFields, f)
			}
			for _, f := range req {
				f.Pos = pos
				x.reqFields = append(x.reqFields, f)
			}
			x.fieldsFrom["a DevTools headers copy (JSON)"] = true
			x.complete = x.complete || len(resp) > 0
			g.touch(g.ls[i].n)
			g.touch(g.ls[end].n)
			return end, true
		}
	}
	if x := g.x(); x.body != nil && (sameBody(x.body.Text, text, end == len(g.ls)-1) || sameBody(x.body.Text, quotedMember(text), false)) && !strings.HasPrefix(lab, "request") &&
		!g.otherRecordBetween(x.body, start) {
		g.touch(g.ls[end].n)
		return end, true // the same body printed again (an error and its debug output)
	}
	if x := g.x(); x.body != nil && !strings.HasPrefix(lab, "request") {
		if x.reqBody == nil && x.reqN > 0 && x.reqN <= x.body.Pos.Line && x.status.code != 0 && !x.status.inBody &&
			x.body.Pos.Line < x.statusN && x.statusN < g.ls[start].n {
			// request line, a body, the status, a body (mitmproxy's flow
			// view, a proxy log): the first body is what the client sent
			x.reqBody, x.body = x.body, nil
		} else if x.status.code == 0 && x.reqBody == nil && x.reqN > 0 && x.reqN+1 == x.body.Pos.Line && bodyEnd(x.body)+1 == g.ls[start].n &&
			strings.HasPrefix(strings.TrimSpace(x.body.Text), "{") && strings.HasPrefix(strings.TrimSpace(first), "{") {
			// a request line, the JSON object under it, and right after
			// that object another one (a search engine's console, an HTTP
			// client's request file with its answer pasted under it:
			// "POST /idx/_doc", "{…}", "{"error": …, "status": 403}"): the
			// first object is what the request sent, the second its answer
			x.reqBody, x.body = x.body, nil
		} else if auditRecordType(x.body.Text) == "request" && auditRecordType(text) == "response" && x.status.code == 0 {
			// an audit device's two records of one request (Vault's file
			// audit: "type": "request" as it came in, then "type":
			// "response" with what it was answered): one exchange, the
			// second record what it was answered
			x.body = nil
		} else if x.status.code == 0 && x.reqBody == nil && soapRequest(x.body.Text) && kind == "markup" && soapEnvelope(text) {
			// a SOAP envelope with no Fault and then another envelope (a
			// SoapUI or client trace of one call, "//request" and
			// "//response" above them): the first is what the client sent
			x.reqBody, x.body = x.body, nil
		} else if bodyEnd(x.body)+1 == g.ls[start].n && statusEnvelope(x.body.Text) {
			// an object that holds only the status and its reason, as a
			// client prints the response it got ({"statusCode": 403,
			// "reasonPhrase": "Forbidden"}), then right under it the body:
			// one response, the second object its body
			x.body = nil
		} else if x.status.code == 0 && x.reqN > x.body.Pos.Line && x.reqN < g.ls[start].n && g.side == 'q' {
			// a document pasted before the request (a pom.xml snippet, a
			// config file), then a trace whose request side carries a
			// body: the earlier document answered nothing
			x.body = nil
		} else {
			// a second body: the next response (a log of several calls)
			g.endSection(false)
			g.split()
		}
	}
	// status and request stated inside the body
	for k := start; k <= end; k++ {
		g.ops += len(g.ls[k].text) + 1
		if h, ok := lineStatus(g.ls[k].text); ok {
			if h.conf == StatusLine {
				h.conf = StatusProse
			}
			h.inBody = true
			h.how += " in the body"
			g.status(g.ls[k], h, g.ls[k].text)
		}
	}
	x := g.x()
	nums := make([]int, 0, end-start+1)
	texts := strings.Split(text, "\n")
	for k := 0; k < len(texts); k++ {
		nums = append(nums, g.ls[min(start+k, end)].n)
	}
	b := Body{Text: text, Pos: Pos{Line: g.ls[start].n}}
	if len(nums) > 0 && nums[len(nums)-1]-nums[0] != len(nums)-1 {
		b.LineMap = nums
	}
	if u, ok := unescapeBody(text); ok {
		if strings.Count(u, "\n") != strings.Count(text, "\n") {
			b.LineMap = unquotedLines(u, b.Pos.Line)
		}
		b.Text = u
		x.inferred = append(x.inferred, InfoLine{Text: "body unquoted from a printed string", Pos: b.Pos})
	}
	if !labelled && kind == "json" && isEventRecord(text) {
		// an audit or access-log event printed pretty: what a server logged
		// about the exchange, not a body it sent
		b.Pasted = true
		for k := 0; k < len(texts); k++ {
			b.NotSent = append(b.NotSent, k)
		}
		// the request it describes ("requestMethod": "GET", "requestUrl": …)
		for k := 0; k < len(texts) && k < 200 && (x.method == "" || x.url == ""); k++ {
			if m, u, _ := lineRequest(texts[k], ascii.Lower(texts[k])); m != "" || u != "" {
				if x.method == "" && m != "" {
					x.method = m
				}
				if x.url == "" && u != "" {
					x.url, x.reqN = u, g.ls[min(start+k, end)].n
				}
			}
		}
	}
	wss := -1 // the line of a WS-Security UsernameToken's password
	for k := 0; k < len(texts) && k < 200 && kind != "json"; k++ {
		if f, ok := wssePassword(texts[k]); ok {
			f.Pos = Pos{Line: g.ls[min(start+k, end)].n}
			x.configured = append(x.configured, f)
			wss = k
			break
		}
	}
	if strings.HasPrefix(lab, "request") || labelled && !strings.Contains(lab, "response") && g.side == 'q' && (x.status.code == 0 || x.statusN < g.qFrom) ||
		(lab == "data" || lab == "payload") && x.status.code == 0 && x.body == nil && len(x.reqFields) > 0 ||
		wss >= 0 && x.reqBody == nil && x.status.code == 0 {
		// "data: {…}" under the request's headers: what the client posted;
		// a SOAP envelope whose header holds a UsernameToken's password
		// is a request (no response carries one)
		x.reqBody = &b
	} else if x.body == nil {
		x.body = &b
	}
	g.touch(g.ls[i].n)
	g.touch(g.ls[end].n)
	g.endSection(false)
	return end, true
}

// commandOutput reports whether line start comes right under a request's
// command line (curl, HTTPie, …) that has no answer yet: what it printed,
// however loosely it is written (a printed dict in single quotes, "..."
// where the person cut members out).
func (g *greader) commandOutput(start int) bool {
	x := g.cur
	return x != nil && x.cmd != nil && x.cmdEnd == start-1 && x.body == nil && x.status.code == 0 && len(x.respFields) == 0
}

// reasonKeys are the names, squashed, of the fields a client prints a
// response's reason phrase in.
var reasonKeys = wordlist.Set{"reason", "reasonphrase", "statustext", "statusmessage", "statusdescription"}

// statusEnvelope reports whether text is a JSON object whose members are
// only a status and its reason phrase.
func statusEnvelope(text string) bool {
	v, err := jsonlite.Unmarshal(text, true)
	m, ok := v.(map[string]any)
	if err != nil || !ok || len(m) == 0 || len(m) > 3 {
		return false
	}
	status := false
	for k := range m {
		switch sq := squash(ascii.Lower(k)); {
		case statusKeys.Has(sq):
			status = true
		case !reasonKeys.Has(sq):
			return false
		}
	}
	return status
}

// bodyEnd returns the paste's line that body b ends on.
func bodyEnd(b *Body) int {
	if n := len(b.LineMap); n > 0 {
		return b.LineMap[n-1]
	}
	return b.Pos.Line + strings.Count(b.Text, "\n")
}

// templated lowers to implied a status stated in prose by a body's own
// message member that opens with it ({"message": "401: Unauthorized"}):
// the template names the status it was sent with.
func templated(h statusHit, t string) statusHit {
	if h.conf == StatusProse && messageOpensWithCode(t, h.code) {
		h.conf, h.how = StatusImplied, "an error message naming the status"
	}
	return h
}

// messageOpensWithCode reports whether line t is a JSON member whose string
// value opens with code and its reason ("message": "401: Unauthorized").
func messageOpensWithCode(t string, code int) bool {
	t = strings.TrimSpace(t)
	if len(t) > maxScan || !strings.HasPrefix(t, "\"") {
		return false
	}
	_, end, ok := quotedAt(t, 0)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(t[end:], " \t")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	v, _, ok := quotedAt(strings.TrimLeft(rest[1:], " \t"), 0)
	if !ok || len(v) < 4 || codeAt(v, 0) != code {
		return false
	}
	return reasonAfter(v, 3, code) != "" && len(strings.TrimSpace(v)) <= 3+2+len(reasonOf[code])+2
}

// bytesLiteralDoc reports whether t is a Python bytes literal holding a JSON
// document or markup: b'{"error": …}', b"<html>…".
func bytesLiteralDoc(t string) bool {
	return len(t) > 4 && t[0] == 'b' && (t[1] == '\'' || t[1] == '"') && strings.ContainsAny(t[2:3], "{[<") && t[len(t)-1] == t[1]
}

// markdownTags are HTML tags people write in Markdown around a paste; a
// line that starts with one is not a body.
var markdownTags = []string{"<details", "</details", "<summary", "</summary", "<br", "<kbd", "<sub", "<sup", "<img", "<b>", "</b>", "<i>", "<em>", "<strong>", "<code>", "</code>", "<pre>", "</pre>", "<!--"}

func looksMarkup(t string) bool {
	lt := ascii.Lower(t)
	if len(lt) < 2 {
		return false
	}
	for _, m := range markdownTags {
		if strings.HasPrefix(lt, m) {
			return false
		}
	}
	if lt == "<p>" || lt == "</p>" {
		return false // a paragraph tag alone on its line: Markdown's <details><summary>…</summary><p> around a paste
	}
	if strings.HasPrefix(lt, "<ipython-input-") {
		return false // a frame of IPython's (Jupyter's) traceback: "<ipython-input-3-9f2c…> in <module>"
	}
	if k := levelAt(t, 0, false); k > 0 && k < len(t) {
		if r := strings.TrimSpace(t[k:]); r != "" && r[0] != '<' {
			return false // a log level in angle brackets before a line: mc's "<DEBUG> PUT /b/k HTTP/1.1"
		}
	}
	return strings.HasPrefix(lt, "<!doctype") || strings.HasPrefix(lt, "<?xml") || strings.HasPrefix(lt, "<html") ||
		isAlpha(lt[1]) && strings.Contains(lt, ">") && !strings.HasPrefix(lt, "< ") && !printedObject(t) && !placeholderLine(lt)
}

// placeholderLine reports whether a lower-cased line is nothing but a
// placeholder in angle brackets, words with no attribute values ("<redacted
// output>", "<your token here>"): what a person put where they cut
// something out, not a tag opening a page.
func placeholderLine(lt string) bool {
	t := strings.TrimSpace(lt)
	if len(t) < 5 || len(t) > 60 || t[0] != '<' || t[len(t)-1] != '>' || !strings.Contains(t, " ") {
		return false
	}
	for i := 1; i < len(t)-1; i++ {
		if c := t[i]; !isAlpha(c) && c != ' ' && c != '-' && c != '_' {
			return false
		}
	}
	first, _, _ := strings.Cut(t[1:len(t)-1], " ")
	switch first {
	case "option", "input", "script", "style", "html", "body", "div", "td", "th", "tr", "table", "img", "br", "hr", "meta", "link",
		"button", "details", "summary", "select", "textarea", "iframe", "video", "audio", "form", "p", "span", "a", "li", "ul", "ol":
		return false
	}
	return true
}

// printedObject reports whether t starts with an object printed by its
// language rather than a tag: Python's <Task finished name=…>, <Response
// [403]>, <ClientResponse(https://…) [403 Forbidden]>, <urlopen error …>.
// A tag name is followed by '>', '/', or attributes (name=…); a printed
// object's class name by '(' or '[', or by a word that is no attribute.
func printedObject(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	if strings.HasPrefix(t, "<ref *") {
		return true // Node's util.inspect marks a circular object "<ref *1> Response {"
	}
	if k := strings.Index(t, ": 0x"); k > 1 && k < 64 && strings.IndexByte(t[:k], ' ') < 0 {
		return true // Objective-C's description: "<NSHTTPURLResponse: 0x600000c1c2a0>"
	}
	j := 1
	for j < len(t) && (isAlpha(t[j]) || isDigit(t[j]) || t[j] == '_' || t[j] == '.') {
		j++
	}
	if j == 1 || j >= len(t) {
		return false
	}
	switch t[j] {
	case '(', '[':
		return true
	case ' ':
	default:
		return false
	}
	k := j + 1
	if k < len(t) && t[k] == '[' {
		return true
	}
	e := k
	for e < len(t) && (isAlpha(t[e]) || isDigit(t[e]) || t[e] == '-' || t[e] == '_' || t[e] == ':') {
		e++
	}
	if e == k {
		return false
	}
	if e >= len(t) || t[e] != ' ' || e+1 >= len(t) || strings.HasPrefix(t[k:e], "xmlns") {
		return false // "<option selected>", an attribute
	}
	// "<Task finished name=…": a class name, then a bare word (an XML
	// element's attributes all have values); "<urlopen error [Errno …":
	// a bare word, then a bracket
	class := t[1] >= 'A' && t[1] <= 'Z' && strings.ToUpper(t[1:j]) != t[1:j]
	return class && isAlpha(t[e+1]) || t[e+1] == '[' || t[e+1] == '('
}

// isLogRecord reports whether a one-line JSON object is a log record (it has
// a level or message key) rather than a body.
func isLogRecord(text string) bool {
	if strings.Contains(text, "\n") {
		return false
	}
	lt := ascii.Lower(text)
	if strings.Contains(lt, "\"msg\"") {
		// "msg" is a logger's message key, and also the message of many
		// APIs' error bodies ({"code":401,"msg":"token expired"}): a log
		// record when a logger's other key is there too
		for _, k := range []string{"\"ts\"", "\"time\"", "\"timestamp\"", "\"caller\"", "\"lvl\"", "\"pid\"", "\"hostname\"", "\"component\""} {
			if strings.Contains(lt, k) {
				return true
			}
		}
	}
	for _, k := range []string{"\"level\"", "\"severity\"", "\"@timestamp\"", "\"ts\"", "\"logger\"",
		// Serilog's compact JSON (CLEF): "@t" the time, "@mt" the message
		// template, "@m" the rendered message
		"\"@t\"", "\"@mt\"",
		// a proxy's JSON access log (Envoy/Istio, Traefik, nginx log_format
		// escape=json): what it recorded about a request, not a body
		"\"response_code\"", "\"upstream_cluster\"", "\"downstream_remote_address\"", "\"bytes_sent\"", "\"upstream_host\"",
		"\"downstreamstatus\"", "\"originstatus\"", "\"remote_addr\"", "\"time_local\"", "\"request_time\"", "\"upstream_response_time\"",
		// API Gateway's access log ($context.httpMethod, $context.requestTime…),
		// nginx's log_format with the variables' own names
		"\"requesttime\"", "\"httpmethod\"", "\"resourcepath\"", "\"responselength\"", "\"request_method\"", "\"http_user_agent\"",
		// CDN log pushes (Cloudflare's ClientRequestMethod/EdgeResponseStatus,
		// Azure Front Door's httpStatusCode/requestUri)
		"\"clientrequestmethod\"", "\"edgeresponsestatus\"", "\"httpstatuscode\"",
		// Kong's log plugins (file-log, http-log, tcp-log…), one serializer:
		// {"request":{…},"upstream_uri":…,"response":{…},"latencies":{…}}
		"\"upstream_uri\"", "\"latencies\"",
		// journalctl -o json, Docker's json-file log driver
		"\"__realtime_timestamp\"", "\"syslog_identifier\"", "\"stream\":\"stdout\"", "\"stream\":\"stderr\""} {
		if strings.Contains(lt, k) {
			return true
		}
	}
	// an audit record: a time and the request described as an object
	// ({"time":…,"type":"response","request":{"path":…}}); an error body's
	// "path" is a string
	return (strings.Contains(lt, "\"time\"") || strings.Contains(lt, "\"timestamp\"")) &&
		(strings.Contains(lt, "\"request\":{") || strings.Contains(lt, "\"request\": {"))
}

// devtoolsJSON reads Firefox's "Copy All" of a request's Headers panel:
// {"Response Headers (312 B)":{"headers":[{"name":…,"value":…}]},
// "Request Headers (402 B)":{"headers":[…]}}.
func devtoolsJSON(text string) (resp, req Fields, ok bool) {
	if len(text) > 1<<20 || !strings.Contains(text, "Headers (") {
		return nil, nil, false
	}
	m, ok := devtoolsPanels(text)
	if !ok {
		return nil, nil, false
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		lk := ascii.Lower(k)
		var dst *Fields
		switch {
		case strings.HasPrefix(lk, "response headers"):
			dst = &resp
		case strings.HasPrefix(lk, "request headers"):
			dst = &req
		default:
			continue
		}
		for _, h := range v {
			if h.name != "" {
				*dst = append(*dst, Field{Name: h.name, Value: h.value})
			}
		}
	}
	return resp, req, len(resp)+len(req) > 0
}

// auditRecordType returns the top-level "type" of an audit event record
// that describes its request as an object ("request" or "response"), or "".
func auditRecordType(text string) string {
	if len(text) > 1<<20 {
		return ""
	}
	m, err := jsonlite.Members(text)
	if err != nil {
		return ""
	}
	typ, req := "", false
	for _, mem := range m {
		switch ascii.Lower(mem.Key) {
		case "type":
			typ = strings.Trim(mem.Raw, `"`)
		case "request":
			req = strings.HasPrefix(mem.Raw, "{")
		}
	}
	if !req || typ != "request" && typ != "response" {
		return ""
	}
	return typ
}

// eventLogKeys and eventReqKeys are top-level keys of a log or audit event
// (lower case): one of each makes a JSON object a record about a request
// (an access log, a Kubernetes audit event), not a response body. An error
// body may have "timestamp" and "path" (Spring) but not a level or logger.
var eventLogKeys = wordlist.Set{"level", "severity", "msg", "logger", "@timestamp", "@t", "@mt",
	"auditid", "ts", "log.level", "requesttime", "time_local"}
var eventReqKeys = wordlist.Set{"requesturi", "request_uri", "uri", "url", "path",
	"method", "verb", "request", "remote_addr", "remote_ip", "sourceips",
	"client_ip", "useragent", "user_agent", "http_method", "responsestatus",
	"response_status", "http.request.method", "url.path", "httpmethod", "resourcepath", "request_method",
	"httprequest"}

// policyDocument reports whether a JSON document is an access policy in
// AWS's grammar (IAM, S3 bucket, KMS key and the S3-compatible stores'
// policies): a "Statement" and, beside it, at most "Version" and "Id".
func policyDocument(text string) bool {
	if len(text) > 1<<20 || !strings.Contains(text, `"Effect"`) {
		return false
	}
	m, err := jsonlite.Members(text)
	if err != nil {
		return false
	}
	statement := false
	for _, mem := range m {
		switch mem.Key {
		case "Statement":
			statement = true
		case "Version", "Id":
		default:
			return false
		}
	}
	return statement
}

// isEventRecord reports whether a JSON document is a log or audit event about
// a request.
func isEventRecord(text string) bool {
	if len(text) > 1<<20 {
		return false
	}
	m, err := jsonlite.Members(text) // as json.Unmarshal into a map[string]json.RawMessage
	if err != nil {
		return false
	}
	logKey, reqKey := false, false
	for _, mem := range m {
		k := ascii.Lower(mem.Key)
		logKey = logKey || eventLogKeys.Has(k)
		reqKey = reqKey || eventReqKeys.Has(k)
	}
	return logKey && reqKey
}

// collect reads a body that starts with first at line start: a balanced JSON
// document, a run of markup, a quoted string, or text up to a blank line. It
// returns the text, the last line and the kind ("json", "markup",
// "string", "text"), or "" when a JSON-looking block is not JSON.
func (g *greader) collect(start int, first string) (string, int, string) {
	first = strings.TrimSpace(first)
	switch {
	case first == "":
		return "", start, ""
	case first[0] == '{' || first[0] == '[':
		depth, inStr, esc := 0, byte(0), false
		var b strings.Builder
		for k := start; k < len(g.ls) && k-start < 5000 && b.Len() < 4<<20; k++ {
			s := g.ls[k].text
			if k == start {
				s = first
			}
			g.ops += len(s) + 1
			for j := 0; j < len(s); j++ {
				c := s[j]
				switch {
				case esc:
					esc = false
				case inStr != 0:
					if c == '\\' {
						esc = true
					} else if c == inStr {
						inStr = 0
					}
				case c == '"':
					inStr = c
				case c == '{' || c == '[':
					depth++
				case c == '}' || c == ']':
					depth--
				}
				if depth == 0 && inStr == 0 {
					if k == start && s[0] == '[' && !strings.ContainsAny(s[:j+1], "\"{:") && strings.IndexFunc(s[j+1:], isWordRune) >= 0 {
						// "[23117] 2021-03-02 …", "[INFO] …": a log line's tag, not a JSON array
						return "", k, ""
					}
					if rest := strings.TrimSpace(s[j+1:]); k == start && len(rest) > 1 && (rest[0] == ',' || rest[0] == ':') {
						// `["error","opensearch"],"pid":1,"message":"…"`: the
						// first member of a record cut from its opening brace,
						// not a body of its own
						return "", k, ""
					}
					b.WriteString(s[:j+1])
					txt := b.String()
					if jsonlite.Valid(txt) {
						return txt, k, "json"
					}
					return txt, k, "object" // a JavaScript or Python object literal
				}
			}
			b.WriteString(s)
			b.WriteByte('\n')
		}
		return "", len(g.ls) - 1, ""
	case first[0] == '<':
		var parts []string
		k := start
		lf := ascii.Lower(first)
		page := strings.HasPrefix(lf, "<html") || strings.HasPrefix(lf, "<!doctype")
		if page && strings.Contains(lf, "</html>") {
			return first, start, "markup"
		}
		// an XML document (it opens with its declaration, or its first
		// element declares a namespace or has a prefix, as a SOAP envelope
		// does: no HTML fragment's) has one root element: where that
		// element closes and markup follows, the markup is another document
		// (the next one a log printed, two S3 or SOAP errors pasted one
		// under the other)
		root := xmlRootName(first)
		xmlDoc := strings.HasPrefix(lf, "<?xml") || strings.Contains(root, ":") || strings.HasPrefix(lf, "<"+ascii.Lower(root)+" xmlns")
		for ; k < len(g.ls) && k-start < 5000; k++ {
			s := g.ls[k].text
			if k == start {
				s = first
			}
			g.ops += len(s) + 1
			if page {
				// a whole page runs to its </html>, blank lines and text included
				parts = append(parts, s)
				if k > start && strings.Contains(ascii.Lower(s), "</html>") {
					k++
					break
				}
				continue
			}
			if strings.TrimSpace(s) == "" {
				// markup may hold blank lines; stop when the next line is not markup
				if k+1 < len(g.ls) && strings.HasPrefix(strings.TrimSpace(g.ls[k+1].text), "<") {
					parts = append(parts, "")
					continue
				}
				break
			}
			parts = append(parts, s)
			if xmlDoc {
				if root == "" {
					root = xmlRootName(s)
				}
				if root != "" && strings.Contains(s, "</"+root+">") && g.markupNext(k+1) {
					k++
					break
				}
			}
		}
		return strings.Join(parts, "\n"), max(start, k-1), "markup"
	case strings.HasPrefix(first, "b'") || strings.HasPrefix(first, "b\"") || first[0] == '\'' || first[0] == '"':
		return first, start, "string"
	}
	var parts []string
	k := start
	for ; k < len(g.ls) && k-start < 5000; k++ {
		s := g.ls[k].text
		if k == start {
			s = first
		}
		g.ops += len(s) + 1
		if strings.TrimSpace(s) == "" {
			break
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "\n"), max(start, k-1), "text"
}

// markupNext reports whether the first non-blank line from k on opens
// markup, after at most a short line that names it as a request or a
// response: another document after one that closed. Other lines after a
// document stay with it, as they always did (a client's words printed
// under the body it got).
func (g *greader) markupNext(k int) bool {
	labels := 0
	for ; k < len(g.ls); k++ {
		t := strings.TrimSpace(g.ls[k].text)
		if t == "" {
			continue
		}
		if t[0] == '<' {
			return looksMarkup(t)
		}
		// a short line that names what comes next ("//response",
		// "Response:") between two documents
		if lt := ascii.Lower(t); labels == 0 && len(strings.Fields(t)) <= 3 && (strings.Contains(lt, "response") || strings.Contains(lt, "request")) {
			labels++
			continue
		}
		return false
	}
	return false
}

// xmlRootName is the name of the first element s opens ("<?xml
// version="1.0"?><Error>" → "Error", "<soapenv:Envelope xmlns:…>" →
// "soapenv:Envelope"), skipping declarations, comments and closing tags; ""
// when s opens none.
func xmlRootName(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '<' || !isAlpha(s[i+1]) && s[i+1] != '_' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '>' && s[j] != '/' {
			j++
		}
		return s[i+1 : j]
	}
	return ""
}

// soapEnvelope reports whether markup is a SOAP envelope: its root element
// is an Envelope, with or without a namespace prefix.
func soapEnvelope(markup string) bool {
	root := xmlRootName(markup)
	return root == "Envelope" || strings.HasSuffix(root, ":Envelope")
}

// soapRequest reports whether markup is a SOAP envelope that carries no
// Fault: a call, or an answer that is no error.
func soapRequest(markup string) bool {
	return soapEnvelope(markup) && !strings.Contains(markup, "Fault>")
}

func isWordRune(r rune) bool {
	return r < 0x80 && (isAlpha(byte(r)) || isDigit(byte(r)))
}

// unescapeBody undoes one level of string escaping when a dump quotes a body:
// b'{"message":…}', "{\"error\":…}", '…\n…' reprs, Java's "{"error":…}".
func unescapeBody(s string) (string, bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimRight(t, ",")
	if len(t) >= 3 && (t[0] == 'b' && (t[1] == '\'' || t[1] == '"') || t[0] == '\'' || t[0] == '"') {
		if u, ok := unquoteAny(t); ok && u != t {
			return u, true
		}
	}
	if !strings.Contains(t, "\n") && (strings.Contains(t, "\\n") || strings.Contains(t, "\\\"")) {
		u := unquoteLoose("\"" + t + "\"")
		if jsonlite.Valid(u) || strings.Contains(u, "\n") {
			return u, true
		}
	}
	return "", false
}

// exchanges turns what was read into exchanges.
func (g *greader) exchanges() []*Exchange {
	if g.pending != nil && len(g.xs) > 0 {
		// no call followed the command: its credentials are the last one's
		x := g.xs[len(g.xs)-1]
		x.configured, g.pending = append(x.configured, g.pending...), nil
	}
	// The same PowerShell error record shown twice, with no place given
	// either time (the paste's summary, then the debug run that printed it
	// again), is one failed call; records that say where each call failed
	// ("At C:\x.ps1:89", "At …:139") are one call each.
	keep := g.xs[:0]
	for _, b := range g.xs {
		if n := len(keep); n > 0 {
			a := keep[n-1]
			if a.psRecord && b.psRecord && !a.psAt && !b.psAt && a.status.code == b.status.code && a.body != nil && b.body != nil &&
				strings.TrimSpace(a.body.Text) == strings.TrimSpace(b.body.Text) {
				a.end = max(a.end, b.end)
				continue
			}
		}
		keep = append(keep, b)
	}
	g.xs = keep
	// A status stated in prose with nothing else around it ("this call fails
	// with 401:") belongs to the dump that follows when that dump shows none.
	for k := 0; k+1 < len(g.xs); k++ {
		a, b := g.xs[k], g.xs[k+1]
		if a.status.code != 0 && a.status.conf <= StatusProse && a.status.conf > StatusImplied && a.body == nil && len(a.respFields) == 0 &&
			a.method == "" && a.url == "" && a.cmd == nil && (b.status.code == 0 || b.status.conf == StatusImplied) && (b.body != nil || len(b.respFields) > 0) {
			// (a status a body's template implies yields to the one stated)
			b.status, b.statusN, b.statusTail = a.status, a.statusN, a.statusTail
			b.inferred = append(b.inferred, InfoLine{Text: "status from the text before the dump", Pos: Pos{Line: a.statusN}})
			b.start = min(b.start, a.start)
			a.status = statusHit{}
			a.loose = nil
		}
	}
	// A summary in prose above a dump ("Calling the API always gives me 401
	// Unauthorized" … the curl command … "401 Unauthorized with this body:")
	// names the dump's own status: one exchange, the dump's.
	for k := 0; k+1 < len(g.xs); k++ {
		a, b := g.xs[k], g.xs[k+1]
		if a.status.code != 0 && a.status.conf <= StatusProse && !a.statusRec && !a.statusOwn && !printedError(a.statusText) && a.body == nil && len(a.respFields) == 0 &&
			(a.method == "" && a.url == "" || b.cmd != nil && a.reqN > a.statusN) && a.cmd == nil && b.status.code == a.status.code &&
			(b.cmd != nil || b.method != "" || b.url != "" || len(b.respFields) > 0 || b.body != nil) &&
			!otherURL(a.statusText, b.statusText) {
			// (a line naming one URL is no summary of the next about
			// another: a tool's reasons, one per failed fetch; a URL
			// named below the summary, in the code that leads to the
			// command, is no call the summary speaks of)
			a.status = statusHit{}
			a.loose = nil
			// what the lines between the summary and the dump said the
			// client was given (a verbose log's "using bearer token for
			// auth", a password in a URL) is the dump's request's
			b.configured = append(a.configured, b.configured...)
			a.configured = nil
		}
	}
	// A person's sentence that tells what the fenced runs below it print
	// (narrated) is no response of its own: what else it says goes with the
	// next exchange.
	keep = g.xs[:0]
	for k, x := range g.xs {
		if k+1 < len(g.xs) && g.narrated(k) {
			y := g.xs[k+1]
			y.loose = append(x.loose, y.loose...)
			y.configured = append(x.configured, y.configured...)
			y.start = min(y.start, x.start)
			continue
		}
		keep = append(keep, x)
	}
	g.xs = keep
	// A command given after the answer it got, with nothing of its own
	// after it ("2. Get error 500: `{…}`" then "`curl -H 'API_TOKEN: …' …`"):
	// the request of that answer, when the answer shows none. A command
	// whose output follows it is a call of its own.
	for k := 0; k+1 < len(g.xs); k++ {
		a, b := g.xs[k], g.xs[k+1]
		if b.cmd != nil && b.status.code == 0 && b.body == nil && len(b.respFields) == 0 && !g.printedOutput(b) && !(b.rerunN != 0 && b.end > b.rerunN) &&
			(a.status.code != 0 || a.body != nil) && a.cmd == nil && a.method == "" && a.url == "" && len(a.reqFields) == 0 && a.reqBody == nil {
			a.cmd, b.cmd = b.cmd, nil
			a.configured = append(a.configured, b.configured...)
			b.configured = nil
			a.end = max(a.end, b.end)
		}
	}
	// A status named in prose alone, after the paste has shown a response
	// (its body, header fields, or a status field or line) with another
	// status, on a line with no time of day (logged output has one): the
	// person speaking of other calls ("…, and /health answers 200"; "a
	// retry gives 200"), not a response the paste holds. (Above a dump, a status in prose may be
	// that dump's own, which its body's code does not give.) What else the
	// text says (a header the person sent) stays with the exchange before.
	// The same holds for a success named in prose alone above a failure
	// the paste shows ("those answer fine (200 OK at least)" … the 401's
	// log lines): the person's word on other calls, what else it says
	// going with the next exchange.
	failsAfter := make([]bool, len(g.xs)+1)
	for k := len(g.xs) - 1; k >= 0; k-- {
		x := g.xs[k]
		failsAfter[k] = failsAfter[k+1] || x.status.code >= 400 && (x.body != nil || len(x.respFields) > 0 || x.status.conf >= StatusField || x.method != "" || x.url != "")
	}
	keep = g.xs[:0]
	shown := map[int]bool{}
	g.countLines()
	words := g.outside[len(g.ls)] > 0
	for k, x := range g.xs {
		alone := x.status.code != 0 && x.status.conf == StatusProse &&
			!x.statusRec && x.statusClock == "" && !x.statusOwn && !x.status.inBody && x.body == nil && len(x.respFields) == 0 && x.method == "" && x.url == "" &&
			x.cmd == nil && !printedError(x.statusText) && !errorLineOf(x.statusText) && !(g.block(x.statusN) != 0 && words)
		// (a line inside a fenced block, where the person wrote their
		// words outside the blocks, is the output they fenced: R's "Error
		// in `req_perform()`:" then "! HTTP 401 Unauthorized.", a tool's
		// message under its error heading; a paste fenced whole, its words
		// inside too, keeps the rule)
		if n := len(keep); n > 0 && len(shown) > 0 && !shown[x.status.code] && alone {
			keep[n-1].loose = append(keep[n-1].loose, x.loose...)
			keep[n-1].configured = append(keep[n-1].configured, x.configured...)
			continue
		}
		if alone && x.status.code < 300 && failsAfter[k+1] {
			y := g.xs[k+1]
			y.loose = append(x.loose, y.loose...)
			y.configured = append(x.configured, y.configured...)
			continue
		}
		if x.status.code != 0 && (x.body != nil || len(x.respFields) > 0 || x.status.conf >= StatusField) {
			shown[x.status.code] = true
		}
		keep = append(keep, x)
	}
	g.xs = keep
	var out []*Exchange
	var reran []bool // per exchange of out: the output of a command run again
	for _, x := range g.xs {
		again := x.rerunN != 0 && x.end > x.rerunN
		if e := x.exchangeFrom(x.event || g.printedOutput(x) || again); e != nil {
			out = append(out, e)
			reran = append(reran, again)
		}
	}
	asked := g.askedBodies(out)
	for k, r := range reran {
		if r {
			if asked == nil {
				asked = make([]bool, len(out))
			}
			asked[k] = true
		}
	}
	return dropQuietBodies(out, asked)
}

// askedBodies marks the bodies printed under a line that names a request by
// its URL or path alone ("https://h/rest/item/17?fields=a", then the JSON;
// "for the private one: https://h/rest/item/18", then the error), when the
// paste shows two such pairs or more: someone calling an API by hand and
// pasting each answer, every one a response, a success among them too.
func (g *greader) askedBodies(xs []*Exchange) []bool {
	asked := make([]bool, len(xs))
	n := 0
	for k, e := range xs {
		if r := e.Response; r != nil && r.Status == 0 && len(r.Fields) == 0 && e.Request == nil && r.Body.Text != "" && g.urlAbove(r.Body.Pos.Line) {
			asked[k] = true
			n++
		}
	}
	if n < 2 {
		return nil
	}
	return asked
}

// urlAbove reports whether the nearest line above line n with text in it
// ends in a URL or a path with nothing after it.
func (g *greader) urlAbove(n int) bool {
	i := sort.Search(len(g.ls), func(i int) bool { return g.ls[i].n >= n }) - 1
	for k := 0; i >= 0 && k < 3 && strings.TrimSpace(g.ls[i].text) == ""; k++ {
		i--
	}
	if i < 0 {
		return false
	}
	t := strings.TrimSpace(g.ls[i].text)
	if j := strings.LastIndexAny(t, " \t"); j >= 0 {
		t = t[j+1:]
	}
	t = strings.Trim(t, "`'\"")
	return bareURL(t) || len(t) > 1 && t[0] == '/' && t[1] != '/' && !strings.ContainsAny(t, "<>{}")
}

// printedOutput reports whether x is a command that sends a request with
// what it printed on the very next lines ("$ curl https://h/x" then the
// body it got): the command's answer, even with no status or header shown.
func (g *greader) printedOutput(x *gx) bool {
	if x.cmd == nil || x.cmdEnd+1 >= len(g.ls) {
		return false
	}
	next := g.ls[x.cmdEnd+1]
	if next.n != g.ls[x.cmdEnd].n+1 || strings.TrimSpace(next.text) == "" {
		return false
	}
	t := strings.TrimSpace(next.text)
	if !(strings.HasPrefix(t, "{") || strings.HasPrefix(t, "<") || t == "[" || strings.HasPrefix(t, "[{") || strings.HasPrefix(t, "[\"") || errorish([]gline{next})) {
		// a body (an object, markup, a JSON array), or words of a refusal:
		// not a progress meter or a file's description
		return false
	}
	for _, l := range x.loose {
		if l.n == next.n {
			return true
		}
	}
	return false
}

// dropQuietBodies leaves out, when the paste holds a response that says
// something, the "responses" that are only a body with nothing of a
// response about them: no status, no header, no request, and text with no
// word of an error ("I added a role whose check is {"id":{"_eq":…}}" above
// the error the query got). They are the paste's own snippets. A body
// marked in asked came back for a request the paste names: it stays.
func dropQuietBodies(xs []*Exchange, asked []bool) []*Exchange {
	if len(xs) < 2 {
		return xs
	}
	quiet := func(e *Exchange) bool {
		r := e.Response
		if r == nil || r.Status != 0 || len(r.Fields) > 0 || e.Request != nil {
			return false
		}
		lines := strings.Split(r.Body.Text, "\n")
		ls := make([]gline, 0, len(lines))
		for _, t := range lines {
			ls = append(ls, gline{text: t})
		}
		return !errorish(ls)
	}
	keep := xs[:0:0]
	for k, e := range xs {
		if k < len(asked) && asked[k] || !quiet(e) {
			keep = append(keep, e)
		}
	}
	if len(keep) == 0 {
		return xs
	}
	return keep
}

// bodyByReference reports whether a printed response object shows its body
// as a reference, not as text: Go's *http.Response printed with %+v
// ("… Body:0xc0001a6040 ContentLength:61 …") or %v ("&{403 Forbidden 403
// HTTP/1.1 1 1 map[…] 0xc0001a6040 61 …}"), the length after the pointer.
// A length of 0 says the body was empty after all.
func bodyByReference(t string) bool {
	if i := strings.Index(t, "Body:0x"); i >= 0 {
		return !strings.Contains(t[i:], "ContentLength:0 ")
	}
	i := strings.Index(t, "] 0xc")
	if i < 0 || !strings.Contains(t[:i], "&{") {
		return false
	}
	rest := t[i+2:]
	sp := strings.IndexByte(rest, ' ')
	if sp < 0 {
		return false
	}
	n := strings.Fields(rest[sp:])
	return len(n) > 0 && n[0] != "0"
}

// exchangeFrom builds the exchange; text makes one from text alone.
func (x *gx) exchangeFrom(text bool) *Exchange {
	hasResp := x.status.code != 0 || len(x.respFields) > 0 || x.body != nil || text
	if !hasResp {
		return nil
	}
	e := &Exchange{Format: "general", Span: Span{x.start, x.end}}
	r := &Response{Status: x.status.code, Reason: x.status.reason, StatusConf: x.status.conf, Fields: x.respFields,
		Span: e.Span, Pos: Pos{Line: x.start}, HeadersComplete: x.complete && !x.elided && len(x.respFields) > 0}
	if r.Status != 0 {
		r.Pos = Pos{Line: x.statusN}
		switch r.StatusConf {
		case StatusLine:
		case StatusImplied:
			r.StatusSource = "body"
		case StatusField, StatusProse:
			if x.status.inBody {
				r.StatusSource = "body"
			} else {
				r.StatusSource = "text"
			}
		default:
			r.StatusSource = "text"
		}
	}
	if x.body == nil && r.HeadersComplete && bodyByReference(x.statusText) {
		// the object printed its body as a handle: a body came, and the
		// paste does not hold it (no rule may call it empty)
		r.Body.Truncated, r.Body.Pos = true, Pos{Line: x.statusN}
	}
	if x.body != nil {
		r.Body = *x.body
		// the lines around the body that no reader took in (the person's
		// words, a server's log record) are the paste's prose, as the
		// lines outside a dump are
		for _, l := range x.loose {
			if t := strings.TrimSpace(l.text); t != "" && len(e.Prose) < maxProseLines {
				e.Prose = append(e.Prose, InfoLine{Text: clipText(t, maxProseLine), Pos: Pos{Line: l.n}})
			}
		}
	} else if len(x.loose) > 0 {
		loose := x.loose
		if x.reqSent && x.statusN > x.reqN {
			// the text before a trace's sent request line, whose answer
			// the status gives, is not that answer's body
			loose = nil
			for _, l := range x.loose {
				if l.n < x.reqN && !l.rec {
					if t := strings.TrimSpace(l.text); t != "" && len(e.Prose) < maxProseLines {
						e.Prose = append(e.Prose, InfoLine{Text: clipText(t, maxProseLine), Pos: Pos{Line: l.n}})
					}
					continue
				}
				loose = append(loose, l)
			}
		}
		var texts []string
		var nums []int
		for _, l := range loose {
			texts = append(texts, l.text)
			nums = append(nums, l.n)
		}
		if len(texts) > 0 {
			r.Body = makeBody(texts, nums)
			r.Body.Pasted = true
		}
		for k, l := range loose {
			if l.rec || l.req || configLine(l.text) || commandLine(l.text) || clientLogNotice(l.text) || curlInfoLine(l.text) || clientDebugLine(l.text) || BrowserConsoleLine(l.text) {
				r.Body.NotSent = append(r.Body.NotSent, k)
			}
		}
		if r.Status == 0 {
			// a browser's console line naming the request's network error
			// ("GET https://h/x net::ERR_BLOCKED_BY_CLIENT") is what a HAR
			// records as the entry's _error
			for _, l := range x.loose {
				if code := browserNetError(l.text); code != "" {
					r.Error, r.Pos = code, Pos{Line: l.n}
					break
				}
				if code := browserBlockedReason(l.text); code != "" {
					r.Error, r.Pos = code, Pos{Line: l.n}
					break
				}
			}
		}
	}
	if r.StatusConf == StatusProse && !x.status.inBody && x.statusText != "" && !strings.Contains(r.Body.Text, strings.TrimSpace(x.statusText)) {
		r.StatusText = clipText(strings.TrimSpace(x.statusText), 1024)
	}
	if x.statusRec && x.statusText != "" && !strings.Contains(r.Body.Text, strings.TrimSpace(x.statusText)) {
		r.StatusRecord = clipText(strings.TrimSpace(x.statusText), 1024)
	}
	e.Response = r
	var req *Request
	if x.cmd != nil {
		req = x.cmd
		if x.sentBare && x.cmdClient {
			// the client's log says the request went out without
			// credentials ("Attempting unauthenticated request"): the
			// ones its command line gave it were not sent
			kept := req.Fields[:0]
			for _, f := range req.Fields {
				if !IsCredentialHeader(strings.ToLower(f.Name)) {
					kept = append(kept, f)
				}
			}
			req.Fields = kept
		}
	}
	if x.method != "" || x.url != "" || len(x.reqFields) > 0 || x.reqBody != nil || len(x.configured) > 0 {
		if req == nil {
			req = &Request{Partial: true, Pos: Pos{Line: nz(x.reqN, x.start)}}
			req.Span = Span{req.Pos.Line, req.Pos.Line}
		}
		if x.method != "" {
			req.Method = x.method
		}
		if x.url != "" {
			if strings.HasPrefix(x.url, "/") {
				req.Target = x.url
			} else {
				req.URL = x.url
				req.Target = targetOf(x.url)
			}
		}
		req.Fields = append(req.Fields, x.reqFields...)
		if x.reqWhole && x.cmd == nil && !x.elided && len(req.Fields) > 0 {
			req.Partial = false
		}
		if !x.sentBare {
			req.Configured = append(req.Configured, x.configured...)
		}
		if x.reqBody != nil {
			req.Body = *x.reqBody
		}
	}
	e.Request = req
	e.Reading = x.reading(e)
	if len(r.Fields) == 0 && r.StatusConf < StatusLine {
		e.Notes = append(e.Notes, Note{Code: "body-only", Message: "no status line or header fields: read by the general reader as a response body", Pos: Pos{Line: x.start}})
	}
	return e
}

// reading says how the exchange was read.
func (x *gx) reading(e *Exchange) Reading {
	rd := Reading{General: true}
	var parts []string
	r := e.Response
	if r.Status != 0 {
		parts = append(parts, "status "+strconv.Itoa(r.Status)+" from "+x.status.how)
		rd.Inferred = append(rd.Inferred, InfoLine{Text: "status " + strconv.Itoa(r.Status) + " from " + x.status.how, Pos: r.Pos})
	} else {
		parts = append(parts, "no status code")
	}
	if n := len(r.Fields); n > 0 {
		var from []string
		for k := range x.fieldsFrom {
			from = append(from, k)
		}
		if len(from) > 1 {
			from = []string{"several notations"}
		}
		w := " response headers"
		if n == 1 {
			w = " response header"
		}
		parts = append(parts, strconv.Itoa(n)+w+" from "+strings.Join(from, ""))
	}
	if r.Body.Text != "" {
		if x.body != nil {
			parts = append(parts, "a body")
		} else {
			parts = append(parts, "the text as the body")
		}
	}
	if q := e.Request; q != nil {
		switch {
		case q.Method != "" && (q.URL != "" || q.Target != ""):
			parts = append(parts, "request "+q.Method+" "+firstNonEmpty(q.URL, q.Target))
		case q.URL != "":
			parts = append(parts, "request URL "+q.URL)
		}
		if x.reqN != 0 && x.cmd == nil {
			rd.Inferred = append(rd.Inferred, InfoLine{Text: "request method or URL from a log or error line", Pos: Pos{Line: x.reqN}})
		}
	}
	rd.Inferred = append(rd.Inferred, x.inferred...)
	rd.Summary = "read by the general reader: " + strings.Join(parts, "; ")
	if !r.HeadersComplete {
		rd.Partial = true
		var seen []string
		if r.Status != 0 {
			seen = append(seen, "the status")
		}
		if len(r.Fields) > 0 {
			seen = append(seen, "some headers")
		}
		if r.Body.Text != "" {
			seen = append(seen, "the body")
		}
		cmd := "curl -v <URL>"
		if q := e.Request; q != nil && q.URL != "" {
			cmd = "curl -v '" + q.URL + "'"
			if q.Method != "" && q.Method != "GET" && q.Method != "HEAD" {
				cmd = "curl -v -X " + q.Method + " '" + q.URL + "'"
			}
		}
		rd.Advice = "only " + strings.Join(seen, " and ") + " could be read; paste the output of `" + cmd + "` (or a HAR) for the whole header block"
		if r.Status == 0 && len(r.Fields) == 0 {
			rd.Advice = "no status line or header block was visible; paste the output of `" + cmd + "` (or a HAR) for a full answer"
		}
	}
	return rd
}

// general runs the general reader when no exact reader claimed the paste, or
// one claimed it but found no status from a status line. It keeps the
// general reading when the exact one found no status, or fewer exchanges
// with one; otherwise it adds to the exact reading what the general reader
// saw besides (a better-ranked status, header fields, the request).
func general(lines []string, prefixed []bool, cut []int, clocks []string, in *Input) {
	exactScore, exact, strong := 0, 0, false
	for _, x := range in.Exchanges {
		r := x.Response
		if r == nil {
			strong = strong || x.Format != "body" && x.Format != "headers" && x.Format != "devtools"
			continue
		}
		conf := r.StatusConf
		if conf == StatusUnknown && r.Status != 0 {
			conf = confOfSource(r.StatusSource)
		}
		if r.Status != 0 && conf == StatusLine && r.StatusSource == "" {
			// an exact reading with status lines: the general reader adds
			// only the failed calls it sees outside them
			addOutside(lines, prefixed, cut, clocks, in)
			return
		}
		if r.StatusSource == "pseudo-header" && r.Fields.Has("status") && !r.Fields.Has(":status") {
			conf = StatusField // "status: 403" outside HTTP/2 is a field like any other
		}
		if r.Status != 0 {
			exact++
		}
		exactScore += readingScore(conf, r.Fields, x.Request, r.Body.Text)
		if x.Format != "body" && x.Format != "headers" && (x.Format != "devtools" || r.StatusSource == "devtools" || r.Fields.Has(":status")) &&
			!(r.Status == 0 && len(r.Fields) == 0 && fromCommand(x)) {
			// a format the exact readers know (a command's output, a wire
			// trace, ...); a command's output that shows no status and no
			// header (curl -s: the body alone) is a body like any other
			strong = true
		}
	}
	gs := readGeneralWith(lines, prefixed, cut, clocks)
	if len(gs) == 0 {
		return
	}
	if len(in.Exchanges) > 0 && gs[0].Response.Status == 0 && len(gs) == 1 && len(gs[0].Response.Fields) == 0 {
		return // text alone adds nothing to an exact reading
	}
	gen, genScore := 0, 0
	for _, x := range gs {
		if x.Response.Status != 0 {
			gen++
		}
		genScore += readingScore(x.Response.StatusConf, x.Response.Fields, x.Request, x.Response.Body.Text)
	}
	if gen == 0 && len(in.Exchanges) > 0 && !(allFormat(in.Exchanges, "body") && genScore > exactScore) && !brokenHeaderBlock(in.Exchanges, gs) {
		// the general reader helps an exact reading only with a status, or
		// header fields where it saw a bare body; and a bare header block
		// (a client's printed error object: "headers: { 'content-type': … }")
		// keeps the text around it as its body, so that what it says counts
		if len(in.Exchanges) == 1 && len(gs) == 1 && allFormat(in.Exchanges, "headers") {
			if r := in.Exchanges[0].Response; r != nil && r.Status == 0 && strings.TrimSpace(r.Body.Text) == "" && strings.TrimSpace(gs[0].Response.Body.Text) != "" {
				r.Body = gs[0].Response.Body
			}
		}
		return
	}
	replace := len(in.Exchanges) == 0 || exact == 0 && gen > 0
	if !strong && gen >= exact {
		replace = replace || genScore > exactScore || genScore == exactScore && allFormat(in.Exchanges, "body")
	}
	if !replace && strong && len(in.Exchanges) == 1 && exact == 1 && gen > 1 && fromCommand(in.Exchanges[0]) {
		// one command's output read as one body with its status, where the
		// general reader sees several responses in it (the same call's
		// answers from two servers, each in a block of its own): the
		// command's request is the first one's
		x := in.Exchanges[0]
		if y := gs[0]; y.Response.Status == x.Response.Status && y.Span.Start <= x.Response.Pos.Line && y.Span.End >= x.Response.Pos.Line {
			if y.Request == nil {
				y.Request = x.Request
			}
			in.Exchanges = gs
			return
		}
	}
	if replace {
		if len(in.Exchanges) == 1 && len(gs) == 1 && in.Exchanges[0].Request != nil &&
			!loggedBefore(lines, prefixed, gs[0].Response.Pos.Line, in.Exchanges[0].Request.Pos.Line) &&
			(gs[0].Request == nil || len(gs[0].Request.Fields) == 0 && in.Exchanges[0].Request.URL != "" &&
				(gs[0].Request.URL == "" || targetOf(gs[0].Request.URL) == targetOf(in.Exchanges[0].Request.URL))) {
			// a command line the general reader does not know; what the
			// general reader saw the client given on the lines around it
			// (a verbose log's "Using credentials from config") stays
			r := in.Exchanges[0].Request
			if gs[0].Request != nil {
				for _, f := range gs[0].Request.Configured {
					if !r.Configured.Has(f.Name) {
						r.Configured = append(r.Configured, f)
					}
				}
			}
			gs[0].Request = r
		}
		in.Exchanges = gs
		return
	}
	// Enrich: each exact exchange with a status takes from the general
	// exchange with the same status whose lines overlap it.
	for _, x := range in.Exchanges {
		r := x.Response
		if r == nil || r.Status == 0 {
			continue
		}
		for _, y := range gs {
			if y.Response.Status != r.Status || y.Span.End < x.Span.Start || y.Span.Start > x.Span.End {
				continue
			}
			enrich(x, y)
			break
		}
	}
}

// loggedBefore reports whether a log record at line status (1-based) states
// a response's status above a request read at line req: a log is written in
// the order things happen, so a request it prints after a response is a
// later call (a token refresh, a retry), not the request of that response.
// Prose may show a response before the request that drew it.
func loggedBefore(lines []string, prefixed []bool, status, req int) bool {
	if status <= 0 || req <= status || status > len(lines) {
		return false
	}
	return status <= len(prefixed) && prefixed[status-1] || recordLine(lines[status-1])
}

// brokenHeaderBlock reports whether the exact reading found only header
// blocks without a status, more of them than the general reader found
// exchanges, and no more fields than it: one printed collection of header
// fields (Node's util.inspect, "date: 'Wed, …'," with "'content-type':
// '…'," between) that the bare header-block reader split at each quoted
// name into several one-line blocks.
func brokenHeaderBlock(xs, gs []*Exchange) bool {
	if len(gs) >= len(xs) || !allFormat(xs, "headers") {
		return false
	}
	n, m := 0, 0
	for _, x := range xs {
		if x.Response == nil || x.Response.Status != 0 {
			return false
		}
		n += len(x.Response.Fields)
	}
	for _, y := range gs {
		m += len(y.Response.Fields)
	}
	return m >= n
}

// addOutside adds to an exact reading with status lines the exchanges the
// general reader finds outside every exact exchange, before the last one,
// whose status a client's error line states (an SDK's exception, an error
// that names its URL): the error the paste opens with, before the curl -i
// output that reproduces it, is a response of its own. Prose that only
// speaks of a status, and a client's error after the last dump (about that
// dump's response), add nothing.
func addOutside(lines []string, prefixed []bool, cut []int, clocks []string, in *Input) {
	if len(in.Exchanges) == 0 {
		return
	}
	// inside[n]: line n lies in an exact exchange's span (a difference
	// array: linear in the lines and the exchanges)
	cover := make([]int, len(lines)+2)
	for _, x := range in.Exchanges {
		s, e := max(x.Span.Start, 1), min(x.Span.End, len(lines))
		if s <= e {
			cover[s]++
			cover[e+1]--
		}
	}
	inside := make([]bool, len(lines)+1)
	for n, c := 1, 0; n <= len(lines); n++ {
		c += cover[n]
		inside[n] = c > 0
	}
	outside := func(n int) bool { return n >= 1 && n <= len(lines) && !inside[n] }
	// the general reader runs only when a line outside the exact exchanges
	// is a client's error line stating a status: before the last one, or
	// after it when it cannot be the client's error about that response
	// (another status, or another command between them: "$ s3cmd ls" then
	// "ERROR: S3 error: 401" after a curl -i that got 200)
	lastX := in.Exchanges[len(in.Exchanges)-1]
	last := lastX.Span.Start
	another := func(n, status int) bool {
		if n <= last {
			return true
		}
		if lastX.Response == nil || lastX.Response.Status != status {
			return true
		}
		for k := max(lastX.Span.End+1, 1); k < n && k <= len(lines); k++ {
			if commandLine(lines[k-1]) {
				return true
			}
		}
		return false
	}
	any := false
	for n := 1; n <= len(lines) && !any; n++ {
		if !outside(n) {
			continue
		}
		if t := strings.TrimSpace(lines[n-1]); t != "" && (errorLineOf(t) || errorRecord(t) || consoleRequestStatus(t)) {
			h, ok := lineStatus(t)
			any = ok && h.conf >= StatusProse && another(n, h.code)
		} else if t != "" {
			// a printed response object's status field ("status: 400," in
			// Rust's {:#?} of a Response): what it prints with it decides
			h, ok := lineStatus(t)
			any = ok && h.conf == StatusField && another(n, h.code)
		}
	}
	if !any {
		return
	}
	var add []*Exchange
	for _, y := range readGeneralWith(lines, prefixed, cut, clocks) {
		r := y.Response
		n := r.Pos.Line
		if r.Status == 0 || r.StatusConf < StatusProse || r.StatusConf >= StatusLine || n < 1 || n > len(lines) || !outside(n) || !outside(y.Span.Start) || !outside(y.Span.End) {
			continue
		}
		printed := r.StatusConf == StatusField && len(r.Fields) > 0 // a response object printed with its header fields
		if t := strings.TrimSpace(lines[n-1]); !another(n, r.Status) || !printed && !errorLineOf(t) && !errorRecord(t) && !consoleRequestStatus(t) && !statesError(lines, y.Span, r.Status) {
			// prose, a field of some body, or an error line after the
			// last dump (the client's error about that dump's response)
			continue
		}
		if consoleRequestStatus(strings.TrimSpace(lines[n-1])) {
			// a browser console's line shows the status and no header:
			// fields the reader gathered around it (a client's request
			// options in code, a reply quoting them) are not this response's
			r.Fields, r.HeadersComplete = nil, false
		}
		add = append(add, y)
	}
	if len(add) == 0 {
		return
	}
	xs := make([]*Exchange, 0, len(in.Exchanges)+len(add))
	i := 0
	for _, x := range in.Exchanges {
		for i < len(add) && add[i].Span.Start < x.Span.Start {
			xs = append(xs, add[i])
			i++
		}
		xs = append(xs, x)
	}
	in.Exchanges = append(xs, add[i:]...)
}

// statesError reports whether a line of span is a client's error line
// stating status: the printed error object whose status the general reader
// took from its field ("status: 401") opens with "AxiosError: Request
// failed with status code 401".
func statesError(lines []string, span Span, status int) bool {
	for n := max(span.Start, 1); n <= span.End && n <= len(lines); n++ {
		if t := strings.TrimSpace(lines[n-1]); t != "" && errorLineOf(t) {
			if h, ok := lineStatus(t); ok && h.code == status && h.conf >= StatusProse {
				return true
			}
		}
	}
	return false
}

// readingScore weighs what a reading found for one exchange: the status's
// rank first, then header fields with field-shaped names, then a request.
func readingScore(conf StatusConfidence, fs Fields, q *Request, body string) int {
	n := int(conf) * 100
	if b := strings.TrimSpace(body); b != "" && strings.ContainsAny(b[:1], "{[<") {
		n++ // a structured body
	}
	k := 0
	for _, f := range fs {
		if isHeaderName(f.Name, false) || strings.HasPrefix(f.Name, ":") {
			k++
		}
	}
	n += min(k, 50)
	if q != nil && (q.Method != "" || q.URL != "" || q.Target != "" || len(q.Fields) > 0) {
		n += 2
	}
	return n
}

func allFormat(xs []*Exchange, f string) bool {
	for _, x := range xs {
		if x.Format != f {
			return false
		}
	}
	return true
}

// enrich adds to exact exchange x what general exchange y saw besides.
func enrich(x, y *Exchange) {
	r, g := x.Response, y.Response
	var added []string
	if r.StatusConf == StatusUnknown {
		r.StatusConf = confOfSource(r.StatusSource)
	}
	if g.StatusConf > r.StatusConf {
		r.StatusConf = g.StatusConf
		added = append(added, "the status's rank")
	}
	if len(r.Fields) == 0 && len(g.Fields) > 0 {
		r.Fields, r.HeadersComplete = g.Fields, g.HeadersComplete
		added = append(added, strconv.Itoa(len(g.Fields))+" header fields")
	}
	if strings.TrimSpace(r.Body.Text) == "" && strings.TrimSpace(g.Body.Text) != "" && !g.Body.Pasted {
		// a DevTools block, then the body under its own heading ("Response:")
		r.Body = g.Body
		added = append(added, "the body")
	}
	if y.Request != nil {
		switch q := x.Request; {
		case q == nil:
			x.Request = y.Request
			added = append(added, "the request")
		case q.URL == "" && q.Target == "" && y.Request.URL != "":
			q.URL, q.Target = y.Request.URL, y.Request.Target
			if q.Method == "" {
				q.Method = y.Request.Method
			}
			added = append(added, "the request URL")
		}
	}
	if len(added) == 0 {
		return
	}
	x.Reading.Inferred = append(x.Reading.Inferred, y.Reading.Inferred...)
	x.Reading.Summary = formatSummary(x.Format) + " (the general reader added " + strings.Join(added, ", ") + ")"
}

// confOfSource ranks a StatusSource that an exact reader set.
func confOfSource(src string) StatusConfidence {
	switch src {
	case "", "pseudo-header":
		return StatusLine
	case "devtools", "har":
		return StatusField
	case "body":
		return StatusProse
	}
	return StatusProse
}

// formatNames describe each exact format for Reading.Summary.
var formatNames = map[string]string{
	"raw": "raw HTTP messages", "curl": "curl -i output", "curl-v": "a curl -v transcript", "wget": "wget output",
	"httpie": "HTTPie output", "wire": "a wire trace (Ruby Net::HTTP or Python http.client)",
	"devtools": "a browser DevTools copy", "headers": "a bare block of header fields", "httr": "an R httr response print",
	"erlang": "a response printed as Erlang terms", "body": "a body or message without a status line or headers",
	"har": "a HAR entry", "general": "the general reader", "powershell": "a PowerShell Invoke-WebRequest command and its output",
}

// formatSummaries are formatNames as Reading.Summary says them, made once.
var formatSummaries = func() map[string]string {
	m := map[string]string{}
	for f, s := range formatNames {
		m[f] = "read as " + s
	}
	return m
}()

func formatSummary(f string) string {
	if s := formatSummaries[f]; s != "" {
		return s
	}
	return "read as " + f
}

// inlineBodyKeys name a body printed as a quoted string inside a longer line.
var inlineBodyKeys = []string{"text", "body", "content", "response_body", "responsetext", "_content", "raw_body", "tf_http_res_body"}

// inlineBody finds a body printed inline as a quoted string after a body key:
// text=b'<html>…', body: '{"error":…}', "body": "{\"error\":…}". One level
// of escaping is undone.
func inlineBody(t string) (string, bool) {
	lt := ascii.Lower(t)
	keys := inlineBodyKeys
	member := statusMemberAt(lt)
	if member >= 0 {
		// a client's error object printed as a dict, a repr or a struct
		// with a status member ({'status': 403, 'reason': …, 'data':
		// '<?xml …'}): its data member holds the answer to that status
		keys = dictBodyKeys
	}
	for _, key := range keys {
		off := 0
		for n := 0; n < 3; n++ {
			i := strings.Index(lt[off:], key)
			if i < 0 {
				break
			}
			i += off
			off = i + len(key)
			k, ok := valueAfterKey(lt, i, len(key))
			if !ok {
				continue
			}
			if key == "data" && k < len(t) && t[k] == '{' && member >= 0 {
				// a client's response printed whole on one line, its data
				// an object ({ data: { errcode: 40014, errmsg: '…' }, url:
				// '…', status: 200, headers: … }): the body, when the status
				// is the same object's member, before the data or after it
				if e := balancedEnd(t, k); e > k && (member < i || member >= e) && sameLevel(t[min(i, member):max(i, member)]) {
					return t[k:e], true
				}
			}
			if key == "data" && (i < member || k >= len(t) || t[k] == '{' || t[k] == '[') {
				// the status must be the same object's, printed before its
				// data, and the data a string ("data":{"status":403} is a
				// document's own member)
				continue
			}
			if k < len(t) && (t[k] == '{' || t[k] == '[') {
				// body={"message":"…"}: a JSON document written unquoted
				if e := balancedEnd(t, k); e > k && jsonlite.Valid(t[k:e]) {
					return t[k:e], true
				}
				continue
			}
			v, end, ok := quotedAt(t, k)
			if !ok && member >= 0 && member < i {
				// the paste was cut inside the object's body string: what
				// was printed of it, from a document's first character
				v, ok = cutDocument(t, k)
			}
			if !ok || end-k < 8 {
				continue
			}
			if q, tv := t[end-1], strings.TrimSpace(v); tv != "" && strings.ContainsAny(tv[:1], "<{[") && !closesValue(t[end:]) {
				// the document was quoted without escaping its own quotes
				// (Text: "<?xml version="1.0"…</Error>"): it runs to the
				// last quote of the line
				if e := strings.LastIndexByte(t, q); e > end-1 {
					v = t[k+strPrefix(t, k)+1 : e]
				}
			}
			v = strings.TrimSpace(v)
			if v == "" || !strings.ContainsAny(v[:1], "{[<") && (key == "text" || key == "content" || len(v) < 20) {
				continue // text="Build finished": an argument, not a body
			}
			return v, true
		}
	}
	return "", false
}

// sameLevel reports whether the text between two members of a printed
// object closes every bracket it opens and closes none it did not: the
// members belong to the same object.
func sameLevel(between string) bool {
	d := 0
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case '{', '[', '(':
			d++
		case '}', ']', ')':
			if d--; d < 0 {
				return false
			}
		}
	}
	return d == 0
}

// dictBodyKeys are inlineBodyKeys and "data", a body's member only in an
// object that also prints the status.
var dictBodyKeys = append(append([]string(nil), inlineBodyKeys...), "data")

// statusMemberAt returns the index in lt (a lowered line) of a status
// member printed as part of an object ('status': 403, status=401,
// "status_code": 429, StatusCode:403), or -1.
func statusMemberAt(lt string) int {
	lt = lt[:min(len(lt), maxScan)]
	for _, key := range []string{"status_code", "statuscode", "status"} {
		for i := range firstPlaces(lt, key, 4) {
			if i > 0 && (lt[i-1] == '\'' || lt[i-1] == '"') && (i < 2 || !strings.ContainsAny(lt[i-2:i-1], "{(, ")) {
				continue
			}
			k, ok := valueAfterKey(lt, i, len(key))
			if !ok || k+3 > len(lt) || lt[k] < '1' || lt[k] > '5' || !isDigit(lt[k+1]) || !isDigit(lt[k+2]) ||
				k+3 < len(lt) && (isDigit(lt[k+3]) || isAlpha(lt[k+3])) {
				continue
			}
			return i
		}
	}
	return -1
}

// cutDocument reads a quoted string at t[k:] that the line ends inside (a
// paste cut mid-value): its text with one level of escaping undone, when
// it opens a document ('<', '{') and is long enough to be one.
func cutDocument(t string, k int) (string, bool) {
	k += strPrefix(t, k)
	if k+1 >= len(t) || t[k] != '\'' && t[k] != '"' || !strings.ContainsAny(t[k+1:k+2], "<{") || len(t)-k < 40 {
		return "", false
	}
	return unquotePy(strings.TrimRight(t[k:], " \t")), true
}

// closesValue reports whether rest, the text after a closing quote, ends
// the quoted value: the end of the line, or punctuation that closes a
// field, an argument or a record.
func closesValue(rest string) bool {
	spaced := rest != "" && (rest[0] == ' ' || rest[0] == '\t')
	rest = strings.TrimLeft(rest, " \t")
	return rest == "" || strings.ContainsAny(rest[:1], ",;)]}>") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…") ||
		spaced && logfmtKeyAt(rest)
}

// logfmtKeyAt reports whether s starts with the next key of a key=value
// record ("tf_http_res_status_code=403", "@caller=/…"): after a quoted
// value and a blank, it says the value ended there.
func logfmtKeyAt(s string) bool {
	i := 0
	for i < len(s) && (isAlpha(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '.' || s[i] == '-' || i == 0 && s[i] == '@') {
		i++
	}
	return i > 1 && i < len(s) && s[i] == '=' && (isAlpha(s[0]) || s[0] == '_' || s[0] == '@')
}

// quotedBodyRun finds a document quoted without escaping after a body key
// that runs on over the next lines (Ktor's `invalid: 403 Forbidden. Text:
// "<?xml version="1.0"…` then `<Error>…</Error>"`): it returns the index
// of the line that closes it and the document, or false. It looks at most
// 200 lines ahead and stops at a blank line.
func (g *greader) quotedBodyRun(i int, t string) (int, string, bool) {
	k, q := bodyValueAt(t)
	if k < 0 {
		return i, "", false
	}
	first := t[k+1:]
	if e := unescapedIndex(first, q); e >= 0 && closesValue(first[e+1:]) {
		return i, "", false // closed on its own line ("{\"error\":…}", escaped quotes inside)
	}
	if strings.HasSuffix(strings.TrimRight(t, " \t"), string(q)) {
		return i, "", false
	}
	if i < g.noRun {
		return i, "", false // inside lines a run already failed to close in: linear time
	}
	parts := []string{strings.TrimRight(first, " \t")}
	for j := i + 1; j < len(g.ls) && j-i <= 200; j++ {
		s := strings.TrimRight(g.ls[j].text, " \t")
		g.ops += len(s) + 1
		g.noRun = j
		if strings.TrimSpace(s) == "" {
			return i, "", false
		}
		if e := strings.LastIndexByte(s, q); e >= 0 && closesValue(s[e+1:]) && len(strings.TrimSpace(s[e+1:])) <= 2 {
			parts = append(parts, s[:e])
			return j, strings.Join(parts, "\n"), true
		}
		parts = append(parts, s)
	}
	return i, "", false
}

// mdTableRow reads a row of a two-column Markdown table whose first cell
// is a header field's name or the status ("| cf-ray | 8ec1…-AMS |",
// "| Status | 403 Forbidden |") as the line "Name: value".
func mdTableRow(t string) (string, bool) {
	if len(t) < 5 || t[0] != '|' || t[len(t)-1] != '|' {
		return "", false
	}
	cells := strings.Split(t[1:len(t)-1], "|")
	if len(cells) != 2 {
		return "", false
	}
	name := strings.Trim(strings.TrimSpace(cells[0]), "`*_")
	val := strings.Trim(strings.TrimSpace(cells[1]), "`")
	if name == "" || val == "" {
		return "", false
	}
	ln := ascii.Lower(name)
	if ln == "status" || ln == "status code" || registeredNames.Has(ln) || isHeaderName(name, false) {
		return name + ": " + val, true
	}
	return "", false
}

// plistField reads a header field as Foundation prints an
// NSHTTPURLResponse's headers (an old-style property list of arrays):
//
//	"Www-Authenticate" =     (
//	    "Bearer error=\"invalid_token\""
//	);
//
// It returns the name, the last line used and the values joined by ", ".
func (g *greader) plistField(i int, t string) (string, int, string, bool) {
	if !strings.HasSuffix(t, "(") {
		return "", i, "", false
	}
	head := strings.TrimSpace(strings.TrimSuffix(t, "("))
	name, ok := strings.CutSuffix(head, "=")
	if !ok {
		return "", i, "", false
	}
	name = strings.TrimSpace(name)
	if len(name) >= 2 && name[0] == '"' && name[len(name)-1] == '"' {
		name = name[1 : len(name)-1]
	}
	if !isHeaderName(name, false) {
		return "", i, "", false
	}
	var vals []string
	for j := i + 1; j < len(g.ls) && j-i <= 8; j++ {
		v := strings.TrimSpace(g.ls[j].text)
		g.ops += len(v) + 1
		if v == ");" || v == ")" {
			if len(vals) == 0 {
				return "", i, "", false
			}
			return name, j, strings.Join(vals, ", "), true
		}
		v = strings.TrimSuffix(v, ",")
		if u, ok := unquoteAny(v); ok {
			v = u
		}
		vals = append(vals, v)
	}
	return "", i, "", false
}

// unescapedIndex is the index of the first q in s that no backslash escapes,
// or -1.
func unescapedIndex(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return -1
}

// valueAfterKey reads what follows the key of n bytes at lt[i:] in a
// printed member (text='…', "body": …, :body=>"…"): the key must stand as
// a word, and may be closed by one quote before its ':', '=' or '=>'. It
// returns the index of the value's first byte.
func valueAfterKey(lt string, i, n int) (int, bool) {
	if i > 0 && (isAlpha(lt[i-1]) || lt[i-1] == '_' || lt[i-1] == '.') {
		return 0, false
	}
	k := i + n
	if k < len(lt) && (lt[k] == '\'' || lt[k] == '"') {
		k++
	}
	k += sliceSuffix(lt[k:])
	for k < len(lt) && lt[k] == ' ' {
		k++
	}
	if k >= len(lt) || lt[k] != '=' && lt[k] != ':' {
		return 0, false
	}
	k++
	if k < len(lt) && lt[k] == '>' {
		k++ // Ruby's :body=>"…"
	}
	for k < len(lt) && lt[k] == ' ' {
		k++
	}
	return k, true
}

// sliceSuffix returns the length of a Python slice written after a key
// (Body[:400]=, text[0:500]:), as logs label a body they print cut
// (f"Body[:400]={r.text[:400]!r}"), or 0.
func sliceSuffix(s string) int {
	if len(s) < 4 || s[0] != '[' {
		return 0
	}
	j, colon := 1, false
	for ; j < len(s) && j < 12; j++ {
		switch c := s[j]; {
		case c == ':' && !colon:
			colon = true
		case isDigit(c):
		case c == ']' && colon && isDigit(s[j-1]):
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

// bodyValueAt finds, after a body key (text, body, content, …) and its ':'
// or '=', a quote that opens a document ('<', '{' or '['): the quote's
// index and the quote, or -1.
func bodyValueAt(t string) (int, byte) {
	lt := ascii.Lower(t[:min(len(t), maxScan)])
	for _, key := range inlineBodyKeys {
		i := strings.Index(lt, key)
		if i < 0 {
			continue
		}
		k, ok := valueAfterKey(lt, i, len(key))
		if !ok {
			continue
		}
		k += strPrefix(t, k)
		if k+1 < len(lt) && (lt[k] == '"' || lt[k] == '\'') && strings.ContainsAny(lt[k+1:k+2], "<{[") {
			return k, t[k]
		}
	}
	return -1, 0
}

// bodyAfterStatus finds a JSON object printed on a status's line after it:
// "401: b'{"error":…}'", "HTTP 403 {"message":…}", "(403) '{"code":…}'".
func bodyAfterStatus(t string) (string, bool) {
	i := strings.Index(t, "{\"")
	if i < 0 {
		return "", false
	}
	// quoted as a string ('…', b'…', "…"): undo the quoting
	if i > 0 && (t[i-1] == '\'' || t[i-1] == '"') {
		k := i - 1
		if k > 0 && t[k-1] == 'b' {
			k--
		}
		if v, _, ok := quotedAt(t, k); ok && jsonlite.Valid(v) {
			return v, true
		}
	}
	if e := balancedEnd(t, i); e > i && jsonlite.Valid(t[i:e]) {
		return t[i:e], true
	}
	return "", false
}

// balancedEnd returns the index after the bracket that closes the one at
// t[i], skipping quoted strings, or -1.
func balancedEnd(t string, i int) int {
	depth, inStr, esc := 0, false, false
	for j := i; j < len(t); j++ {
		c := t[j]
		switch {
		case esc:
			esc = false
		case inStr:
			if c == '\\' {
				esc = true
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// phpPrintR rewrites PHP's print_r notation in place, line for line:
// "[statusCode:GuzzleHttp\Psr7\Response:private] => 403" becomes
// "statusCode => 403", and a header array
//
//	[WWW-Authenticate] => Array
//	    (
//	        [0] => Bearer realm="x"
//	    )
//
// becomes "WWW-Authenticate: Bearer realm="x"" on the value's line. Children
// of other arrays (headerNames, a stream) keep only their values.
func phpPrintR(ls []gline) {
	var stack []string // open arrays' keys; "" for one that is not read
	pendingKey := ""   // "[key] => Array" seen, its "(" not yet
	for i := range ls {
		t := strings.TrimSpace(ls[i].text)
		switch {
		case t == "(" && pendingKey != "":
			stack = append(stack, pendingKey)
			pendingKey = ""
			continue
		case t == ")" && len(stack) > 0:
			stack = stack[:len(stack)-1]
			continue
		case !strings.HasPrefix(t, "["):
			pendingKey = ""
			continue
		}
		k := strings.Index(t, "] =>")
		if k <= 1 {
			continue
		}
		key := t[1:k]
		val := strings.TrimSpace(t[k+4:])
		if c := strings.IndexByte(key, ':'); c > 0 {
			key = key[:c] // "statusCode:Class:private"
		}
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		if val == "Array" {
			switch {
			case strings.EqualFold(key, "headers") || parent == "headers" && isHeaderName(key, false):
				pendingKey = key
				if parent == "headers" {
					pendingKey = "h:" + key
				}
			case parent == "" || parent == "response" || parent == "request":
				pendingKey = ascii.Lower(key)
				if pendingKey != "response" && pendingKey != "request" {
					pendingKey = "-"
				}
			default:
				pendingKey = "-"
			}
			if strings.EqualFold(key, "headers") {
				pendingKey = "headers"
			}
			ls[i].text = ""
			continue
		}
		switch {
		case strings.HasPrefix(parent, "h:"):
			ls[i].text = parent[2:] + ": " + val
		case parent == "-" || parent == "headers":
			ls[i].text = val
		default:
			ls[i].text = key + " => " + val
		}
	}
}

// w3cFields rewrites the records of a W3C extended log (IIS and others),
// line for line, into named pairs after its "#Fields:" directive names the
// columns: "2024-05-01 10:00:00 GET /app - 443 … 401 2 5 15" becomes
// "GET /app sc-status=401 sc-substatus=2 …", which the field, status and
// request finders read.
func w3cFields(ls []gline) {
	var names []string
	for i := range ls {
		t := strings.TrimSpace(ls[i].text)
		if strings.HasPrefix(t, "#Fields:") {
			names = strings.Fields(t[len("#Fields:"):])
			if len(names) > 64 {
				names = nil
			}
			ls[i].text = ""
			continue
		}
		if len(names) == 0 && iisDefaultLine(t) {
			names = iisDefaultFields // the directive was left out of the paste
		}
		if len(names) == 0 || t == "" {
			continue
		}
		if strings.HasPrefix(t, "#") {
			ls[i].text = "" // #Software, #Date, #Version
			continue
		}
		vals := strings.Fields(t)
		cols := names
		for len(vals) < len(cols) && (cols[0] == "date" || cols[0] == "time") {
			cols = cols[1:] // the timestamp went with the log prefix
		}
		if len(vals) != len(cols) {
			names = nil // the log ended
			continue
		}
		var method, stem, query string
		var b strings.Builder
		for k, n := range cols {
			switch n {
			case "cs-method":
				method = vals[k]
				continue
			case "cs-uri-stem":
				stem = vals[k]
				continue
			case "cs-uri-query":
				query = vals[k]
				continue
			}
			b.WriteString(" " + n + "=" + vals[k])
		}
		target := stem
		if query != "" && query != "-" {
			target += "?" + query
		}
		ls[i].text = strings.TrimSpace(method + " " + target + b.String())
		ls[i].rec = true
	}
}

// swaggerCode reads Swagger UI's "Server response" table as copied: a
// "Code  Details" heading, then the status alone on its line ("401", then
// "Error: Unauthorized"). The line becomes "status: 401" for the status
// finder. The "Code  Description  Links" table of documented responses is
// not the server's answer and is left alone.
func swaggerCode(ls []gline) {
	for i := range ls {
		f := strings.Fields(ls[i].text)
		if len(f) == 2 && f[0] == "Request" && f[1] == "URL" && i+2 < len(ls) {
			// "Request URL", a blank line, the URL
			for j := i + 1; j <= i+2; j++ {
				if u := strings.TrimSpace(ls[j].text); strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
					ls[j].text = "Request URL: " + u
					break
				}
			}
			continue
		}
		if len(f) == 2 && f[0] == "Code" && len(f[1]) == 3 && codeAt(f[1], 0) != 0 && i+1 < len(ls) {
			// the row copied with its heading: "Code\t401", then
			// "Error: Unauthorized" or the "Response body" heading
			if n := strings.TrimSpace(ls[i+1].text); strings.HasPrefix(n, "Error: ") || n == "Response body" || n == "Details" {
				ls[i].text = "status: " + f[1]
			}
			continue
		}
		if len(f) != 2 || f[0] != "Code" || f[1] != "Details" {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+2; j++ {
			t := strings.TrimSpace(ls[j].text)
			if t == "" {
				continue
			}
			if len(t) == 3 && codeAt(t, 0) != 0 {
				ls[j].text = "status: " + t
			}
			break
		}
	}
}

// iisDefaultFields are the columns of IIS's default W3C log, in order.
var iisDefaultFields = []string{"date", "time", "s-ip", "cs-method", "cs-uri-stem", "cs-uri-query", "s-port", "cs-username",
	"c-ip", "cs(User-Agent)", "cs(Referer)", "sc-status", "sc-substatus", "sc-win32-status", "time-taken"}

// iisDefaultLine reports whether t has the shape of IIS's default W3C log
// line when the paste left out its "#Fields:" directive: a date and time, the
// server address, a method and a path, and four numbers at the end (status,
// sub-status, Win32 status, time taken).
func iisDefaultLine(t string) bool {
	f := strings.Fields(t)
	n := len(f)
	switch {
	case n == len(iisDefaultFields):
		if len(f[0]) != 10 || f[0][4] != '-' || f[0][7] != '-' || strings.Count(f[1], ":") != 2 {
			return false
		}
	case n == len(iisDefaultFields)-2: // the date and time went with the log prefix
	default:
		return false
	}
	if !methods.Has(f[n-12]) || !strings.HasPrefix(f[n-11], "/") || codeAt(f[n-4], 0) == 0 {
		return false
	}
	for _, n := range f[n-3:] {
		if strings.Trim(n, "0123456789") != "" {
			return false
		}
	}
	return true
}

// namedWireLine reads a wire logger's quoted line behind the logger's name:
// ">> " (sent) or "<< " (received) then a quoted text, after a name that
// says it is a wire log ("wire" in it) and ends with " - " or "]". It
// returns the quoted text and the side, or 0 when t is no such line.
func namedWireLine(t string) (string, byte) {
	for _, m := range [...]struct {
		arrow string
		side  byte
	}{{" >> \"", 'q'}, {" << \"", 's'}} {
		k := strings.Index(t, m.arrow)
		if k <= 0 || k > 80 {
			continue
		}
		name := strings.TrimRight(t[:k], " ")
		if !strings.HasSuffix(name, "-") && !strings.HasSuffix(name, "]") {
			continue
		}
		if !strings.Contains(strings.ToLower(name), "wire") {
			continue
		}
		return t[k+4:], m.side
	}
	return "", 0
}

// wireText undoes a wire logger's quoting: "HTTP/1.1 403 Forbidden[\r][\n]".
func wireText(t string) string {
	if len(t) >= 2 && t[0] == '"' && t[len(t)-1] == '"' {
		t = t[1 : len(t)-1]
	}
	t = strings.TrimSuffix(t, "[\\n]")
	t = strings.TrimSuffix(t, "[\\r]")
	return strings.TrimSpace(t)
}

// isWordRun reports whether s is letters and digits only.
func isWordRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// perResource reports whether lines a and b give the same message after
// ": " and, before it, the same words but for the last, a name of a file,
// path or object in each, another in each.
func perResource(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	i, j := strings.Index(a, ": "), strings.Index(b, ": ")
	if i <= 0 || j <= 0 || len(a)-i < minQuoted || a[i:] != b[j:] {
		return false
	}
	ha, hb := a[:i], b[:j]
	if ha == hb || !namedSubject(ha) || !namedSubject(hb) {
		return false
	}
	ka, kb := strings.LastIndexByte(ha, ' '), strings.LastIndexByte(hb, ' ')
	return ka > 0 && ka == kb && ha[:ka] == hb[:kb]
}

// recordMessage reports whether t is the message of log record rec
// whole, without the record's prefix: rec ends with t, after a space or
// a closing bracket.
func recordMessage(rec, t string) bool {
	rec, t = strings.TrimSpace(rec), strings.TrimSpace(t)
	if len(t) < minQuoted || len(rec) <= len(t) || !strings.HasSuffix(rec, t) {
		return false
	}
	c := rec[len(rec)-len(t)-1]
	return c == ' ' || c == ']' || c == '\t'
}

// otherRecordBetween reports whether a timed log record stands between
// body b and the line at index start, logged at another time than the
// record above b (a client's log printing the same error dump for each
// failed call, "[09:14:03] … ApiException …: (401)" then "[09:14:08] …"):
// the body again is another response's. It looks at most 64 lines back
// each way.
func (g *greader) otherRecordBetween(b *Body, start int) bool {
	after, before := "", ""
	k := start - 1
	for n := 0; k >= 0 && n < 64 && g.ls[k].n > bodyEnd(b); k, n = k-1, n+1 {
		if g.ls[k].rec && g.ls[k].clock != "" {
			after = g.ls[k].clock
		}
	}
	if after == "" {
		return false
	}
	for n := 0; k >= 0 && n < 64; k, n = k-1, n+1 {
		if g.ls[k].n <= b.Pos.Line && g.ls[k].rec && g.ls[k].clock != "" {
			before = g.ls[k].clock
			break
		}
	}
	return before != "" && before != after
}

// sameBody reports whether two bodies are the same text but for blanks (a
// JSON error printed pretty, then again on one line in the exception); with
// prefix, b may also be the start of a (a printed error repeats its body and
// the paste ends inside the copy).
func sameBody(a, b string, prefix bool) bool {
	if len(a) > 1<<16 || len(b) > 1<<16 {
		return a == b
	}
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] == ' ' || a[i] == '\n' || a[i] == '\t' || a[i] == '\r') {
			i++
		}
		for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r') {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b) || prefix && j == len(b) && j >= 16
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// quotedMember returns the string a printed object's member value holds,
// its quotes and the comma after it off ('"<h1>401 Unauthorized</h1>",'
// → <h1>401 Unauthorized</h1>), or s when s is no such value: a client's
// result object printing the response's body again in a nested member
// (urllib's res.data under its own data) quotes it where the first was read
// bare.
func quotedMember(s string) string {
	t := strings.TrimSuffix(strings.TrimSpace(s), ",")
	if len(t) >= 2 && (t[0] == '"' || t[0] == '\'') && t[len(t)-1] == t[0] && !strings.ContainsRune(t[1:len(t)-1], rune(t[0])) {
		return t[1 : len(t)-1]
	}
	return s
}

// unquotedLines maps the lines of a body unquoted from a printed string to
// the paste's lines: an escaped "\n" makes a body line that has no line of
// its own in the paste, so every body line is placed on the line the string
// starts on. Nil when the body is one line.
func unquotedLines(text string, line int) []int {
	n := strings.Count(text, "\n") + 1
	if n == 1 {
		return nil
	}
	m := make([]int, n)
	for k := range m {
		m[k] = line
	}
	return m
}

// nextText returns the next non-blank line after line i, trimmed, looking
// two lines ahead at most.
func (g *greader) nextText(i int) string {
	for k := i + 1; k < len(g.ls) && k <= i+3; k++ {
		if t := strings.TrimSpace(g.ls[k].text); t != "" {
			return t
		}
	}
	return ""
}

// pageTitleCode reads an error page copied as text whose title is the bare
// code ("403", then "You don't have the permission to access this page":
// GitLab's, GitHub's and many framework pages). A number alone on a line
// says nothing by itself, so the line after it must speak of access or of
// signing in.
func pageTitleCode(t, next string) (statusHit, bool) {
	if len(t) != 3 || t[0] != '4' || next == "" {
		return statusHit{}, false
	}
	c := codeAt(t, 0)
	ln := ascii.Lower(next)
	if r := reasonAfter(next, 0, c); r != "" && len(strings.TrimSpace(next)) <= len(r)+1 || c == 404 && hasAny(ln, "could not be found", "page not found") {
		// the code above its reason, as a framework's page shows them
		// ("403" then "Forbidden"; Next.js's "404" then "This page could not
		// be found.")
		return statusHit{code: c, conf: StatusProse, how: "a page's title (\"" + t + "\" above \"" + clipText(next, 60) + "\")"}, true
	}
	switch c {
	case 401, 403, 407, 429:
	default:
		return statusHit{}, false
	}
	if !hasAny(ln, "permission", "access", "denied", "forbidden", "not allowed", "authoriz", "authentic",
		"sign in", "signed in", "log in", "logged in", "login", "credentials", "too many requests", "rate limit") {
		return statusHit{}, false
	}
	return statusHit{code: c, conf: StatusProse, how: "a page's title (\"" + t + "\" above \"" + clipText(next, 60) + "\")"}, true
}

func hasAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// devtoolsHeader is a header of a DevTools panel.
type devtoolsHeader struct{ name, value string }

// devtoolsPanels reads Firefox's "Copy All" of a Headers panel as
// json.Unmarshal into a map[string]struct{Headers []struct{Name, Value
// string}} (tags "headers", "name", "value") reads it, without reflection:
// names matched to fields as encoding/json matches them (case folded), a
// null leaving a field as it was, a repeated "headers" decoded into the
// list the last one left, and a value of another type failing the whole.
func devtoolsPanels(text string) (map[string][]devtoolsHeader, bool) {
	ms, err := jsonlite.Members(text)
	if err != nil {
		return nil, false
	}
	m := make(map[string][]devtoolsHeader, len(ms))
	for _, panel := range ms {
		var hs []devtoolsHeader
		switch panel.Raw[0] {
		case 'n':
		case '{':
			for _, f := range jsonlite.ObjectMembers(panel.Raw) {
				if !jsonlite.FieldIs(f.Key, "headers") {
					continue
				}
				switch f.Raw[0] {
				case 'n':
					hs = nil
				case '[':
					els := jsonlite.Elements(f.Raw)
					for i, e := range els {
						// As encoding/json grows a slice it decodes into.
						if i >= cap(hs) {
							hs = append(hs[:i], devtoolsHeader{})
						}
						if i >= len(hs) {
							hs = hs[:i+1]
						}
						switch e[0] {
						case 'n':
						case '{':
							for _, g := range jsonlite.ObjectMembers(e) {
								var dst *string
								switch {
								case jsonlite.FieldIs(g.Key, "name"):
									dst = &hs[i].name
								case jsonlite.FieldIs(g.Key, "value"):
									dst = &hs[i].value
								default:
									continue
								}
								v, set, err := jsonlite.String(g.Raw)
								if err != nil {
									return nil, false
								}
								if set {
									*dst = v
								}
							}
						default:
							return nil, false
						}
					}
					if len(els) < len(hs) {
						hs = hs[:len(els)]
					}
					if len(els) == 0 {
						hs = []devtoolsHeader{}
					}
				default:
					return nil, false
				}
			}
		default:
			return nil, false
		}
		m[panel.Key] = hs
	}
	return m, true
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mdTableRows reads a Markdown table whose header names a status column
// ("| Endpoint | Method | Status | Response |", then "|---|…|"): each row
// is one call, rewritten as a log record the finders read ("GET /x
// status=403 | {…}"), so that a row's bare "| 403 |" is its status and each
// row its own exchange.
func mdTableRows(ls []gline) {
	var cols []string
	for i := range ls {
		t := strings.TrimSpace(ls[i].text)
		cells, ok := mdCells(t)
		if !ok && cols != nil && strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") {
			// a row whose closing pipe was left out, as GitHub allows
			cells, ok = mdCells(t + "|")
		}
		if !ok {
			cols = nil
			continue
		}
		if cols == nil {
			if i+1 < len(ls) && mdSeparator(strings.TrimSpace(ls[i+1].text)) {
				for _, c := range cells {
					cols = append(cols, ascii.Lower(strings.Trim(strings.TrimSpace(c), "*_`")))
				}
				if !slices.ContainsFunc(cols, mdStatusCol) && !slices.ContainsFunc(cols, mdAnswerCol) && !slices.ContainsFunc(cols, headedCode) {
					cols = nil
				}
			}
			continue
		}
		if mdSeparator(t) || len(cells) != len(cols) {
			continue
		}
		var method, target, status string
		var rest []string
		for k, c := range cells {
			v := strings.Trim(strings.TrimSpace(c), "`")
			switch {
			case mdStatusCol(cols[k]) && status == "" && len(v) >= 3 && codeAt(v, 0) != 0 && (len(v) == 3 || v[3] == ' '):
				status = v
			case mdAnswerCol(cols[k]) && status == "" && cellCode(v) != "":
				// "| **302** → /login, an HTML page |": the answer, its
				// status first
				status = cellCode(v)
				if r := strings.TrimSpace(strings.Trim(v, "*_` ")); len(r) > 3 {
					rest = append(rest, strings.TrimLeft(r[3:], "*_` ,"))
				}
			case headedCode(cols[k]) && status == "":
				// "| 403-Response |" over each row's body: every row was
				// answered so
				status = cols[k][:3]
				if v != "" {
					rest = append(rest, v)
				}
			case cols[k] == "method" || cols[k] == "verb" || cols[k] == "http-method" || cols[k] == "http method":
				method = strings.ToUpper(v)
			case target == "" && (cols[k] == "endpoint" || cols[k] == "url" || cols[k] == "path" || cols[k] == "route" || cols[k] == "uri" || cols[k] == "request"):
				target = v
			default:
				if v != "" {
					rest = append(rest, v)
				}
			}
		}
		if status == "" {
			continue
		}
		line := strings.TrimSpace(method + " " + target)
		line = strings.TrimSpace(line + " status=" + status)
		if len(rest) > 0 {
			line += " | " + strings.Join(rest, " | ")
		}
		ls[i].text = line
		ls[i].rec = true
	}
}

// mdAnswerCol reports whether a table's column name (lower case) names the
// answer each row got ("response", "réponse du serveur", "result"), whose
// cells may open with its status.
func mdAnswerCol(c string) bool {
	w, _, _ := strings.Cut(c, " ")
	switch w {
	case "response", "réponse", "respuesta", "resposta", "antwort", "result", "answer":
		return true
	}
	return false
}

// headedCode reports whether a table's column name (lower case) is a status
// and the word response ("403-response", "401 response"): the status every
// row of that column got.
func headedCode(c string) bool {
	if len(c) < 4 || codeAt(c, 0) < 200 || reasonOf[codeAt(c, 0)] == "" || c[3] != '-' && c[3] != ' ' {
		return false
	}
	switch strings.TrimSpace(c[4:]) {
	case "response", "responses", "body", "response body":
		return true
	}
	return false
}

// cellCode returns the status a table cell opens with, its emphasis or code
// marks aside ("**302** → /login", "`200 OK`, a WebP body", "**401 JSON**"),
// or "" when it opens with none.
func cellCode(v string) string {
	v = strings.TrimLeft(v, "*_` ")
	if len(v) < 3 || codeAt(v, 0) < 100 || reasonOf[codeAt(v, 0)] == "" {
		return ""
	}
	if len(v) > 3 && (isDigit(v[3]) || isAlpha(v[3])) {
		return ""
	}
	return v[:3]
}

// mdStatusCol reports whether a table's column name (lower case) holds the
// status: "status", "status code", "http status", "code", "response code".
func mdStatusCol(c string) bool {
	switch c {
	case "status", "status code", "statuscode", "http status", "http status code", "code", "http code", "response code", "http":
		return true
	}
	return false
}

// mdCells splits a Markdown table row "| a | b |" into its cells.
func mdCells(t string) ([]string, bool) {
	if len(t) < 3 || t[0] != '|' || t[len(t)-1] != '|' || len(t) > maxScan {
		return nil, false
	}
	cells := strings.Split(t[1:len(t)-1], "|")
	if len(cells) < 2 || len(cells) > 16 {
		return nil, false
	}
	return cells, true
}

// mdSeparator reports whether t is a table's header separator: |---|:--:|.
func mdSeparator(t string) bool {
	return len(t) >= 3 && t[0] == '|' && strings.Trim(t, "|-: ") == "" && strings.Contains(t, "---")
}

// errorObjectLine reports whether a line printing a collection is an error
// object (a dict, a map or JSON on one line that opens with an "error",
// "errors" or "message" member) whose header-like members (Microsoft
// Graph's innerError "request-id" and "date") are no header block: none of
// them is a field only a header block holds.
func errorObjectLine(t string, fs []kv) bool {
	s := strings.TrimSpace(t)
	if s == "" || s[0] != '{' && s[0] != '[' {
		return false
	}
	head := ascii.Lower(s[:min(len(s), 40)])
	member := false
	for _, k := range []string{"error", "errors", "message"} {
		if strings.Contains(head, "'"+k+"'") || strings.Contains(head, "\""+k+"\"") {
			member = true
		}
	}
	if !member {
		return false
	}
	for _, f := range fs {
		switch ascii.Lower(f.name) {
		case "content-type", "server", "www-authenticate", "set-cookie", "location", "content-length", "cache-control":
			return false
		}
	}
	return true
}

// fenceContent returns the text written on a fence's own line after its
// backticks or tildes ("```java.io.IOException: Server returned …",
// "```⠹ Getting feed…* (MatchError) …"), or "" when the rest is empty or
// only a language tag ("```json", "```shell session").
func fenceContent(t string) string {
	c := strings.TrimLeft(t, "`~")
	c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(c, "```"), "~~~"))
	if len(c) < 12 || strings.Contains(c, "`") {
		return ""
	}
	// an info string is a word or a few ("json", "shell session", "js
	// title=app.js" is already more): text has punctuation of its own
	// or more words
	if strings.Count(c, " ") < 3 && !strings.ContainsAny(c, ":.()[]{}<>'\"…") {
		return ""
	}
	return c
}

// codeHeaders reports whether a line is code that sets the headers a
// request will send, not a dump of headers received: an assignment
// ("headers = {", "session.headers = {", JavaScript's "const headers = {",
// PowerShell's "$headers = @{", PHP's "$header = ["), or a call's keyword
// argument on a line of its own, as a traceback quotes it
// ("headers={'Content-Type': 'application/json'})").
func codeHeaders(lt string) bool {
	t := strings.TrimSpace(lt)
	for _, kw := range declarationWords {
		if r, ok := strings.CutPrefix(t, kw); ok {
			t = strings.TrimLeft(r, " ")
			break
		}
	}
	php := strings.HasPrefix(t, "$")
	t = ascii.Lower(strings.TrimPrefix(t, "$"))
	i := strings.Index(t, "header")
	if i < 0 || i > 40 {
		return false
	}
	for k := 0; k < i; k++ {
		if c := t[k]; !(isAlpha(c) || isDigit(c) || c == '_' || c == '.') {
			return false
		}
	}
	if i > 0 && t[i-1] != '.' && t[i-1] != '_' {
		return false
	}
	r := strings.TrimPrefix(t[i+len("header"):], "s")
	r = strings.TrimLeft(r, " ")
	if !strings.HasPrefix(r, "=") || strings.HasPrefix(r, "==") {
		return false
	}
	r = strings.TrimLeft(r[1:], " ")
	// a list is a script's array of header lines ($header = [ … ]);
	// Python's "headers = [(…), …]" prints the pairs a response carried
	return strings.HasPrefix(r, "{") || strings.HasPrefix(r, "@{") || php && strings.HasPrefix(r, "[")
}

// declarationWords are the keywords a variable's declaration starts with
// before its name ("const headers = {"), each with its blank.
var declarationWords = []string{"const ", "let ", "var ", "val ", "my ", "local "}

// bareMember reports whether line t is nothing but a member holding a
// status: a name, ':' or '=', a three-digit code and at most a comma
// ("status: 403,", "\"statusCode\": 401", "code=429").
func bareMember(t string) bool {
	t = strings.TrimSpace(t)
	t = strings.TrimRight(t, ",;")
	i := strings.IndexAny(t, ":=")
	if i <= 0 {
		return false
	}
	k := strings.Trim(strings.TrimSpace(t[:i]), "\"'")
	v := strings.Trim(strings.TrimSpace(t[i+1:]), "\"'")
	if len(v) != 3 || codeAt(v, 0) == 0 {
		return false
	}
	for j := 0; j < len(k); j++ {
		if !isAlpha(k[j]) && !isDigit(k[j]) && k[j] != '_' && k[j] != '-' {
			return false
		}
	}
	return k != ""
}

// headersAnnounced reports whether t is a log record that names the
// response's header block and holds its status line after those words
// ("… DEBUG o.e.j.c.HttpReceiver.responseHeaders() - Response headers
// HttpResponse[HTTP/1.1 401 Unauthorized]@3c0ecd4b"): the header fields
// follow on the lines below, as under a status line of their own.
func headersAnnounced(t string) bool {
	hp := strings.Index(t, "HTTP/")
	if hp <= 0 || hp > 400 {
		return false
	}
	return strings.Contains(ascii.Lower(t[:hp]), "response headers")
}

// messageTag reports whether the fields read from t all sit in the
// parenthesised tags that close a sentence ("You are not authorized to
// perform the requested action: identity:list_projects. (HTTP 403)
// (Request-ID: req-…)", as OpenStack's clients print a refusal): the
// sentence is what the server said, the tag its request id, and the line
// is no header block.
func messageTag(t string, fs []kv) bool {
	s := strings.TrimSpace(t)
	if !strings.HasSuffix(s, ")") || len(fs) > 2 {
		return false
	}
	q := strings.Index(s, fs[0].name+":")
	if q < 0 {
		return false
	}
	p := strings.LastIndexByte(s[:q], '(')
	if p < 0 || len(s)-p > 160 || len(strings.Fields(s[:p])) < 4 {
		return false // no sentence before the tag
	}
	for _, f := range fs {
		if !f.block || strings.Index(s, f.name+":") < p {
			return false
		}
	}
	return true
}
