package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Scanning helpers shared by the leak, hiding and error-body rules.

// scanLimit bounds how much of a body the pattern scans read: the markers these
// rules look for sit near the top of an error page, and bodies can be megabytes.
const scanLimit = 1 << 20

// maxReports caps how many findings one rule reports for one exchange.
const maxReports = 5

// scanBody returns the part of the response body the scans read.
func scanBody(x *parse.Exchange) string {
	if x.Response == nil {
		return ""
	}
	t := x.Response.Body.Text
	if len(t) > scanLimit {
		t = t[:scanLimit]
	}
	return t
}

// leakBody is scanBody for the leak rules: the lines a reader knows the
// server did not send (log records, a client's traceback taken in with a
// pasted body) are blanked, so a log line naming an address or a user is
// not reported as a response leaking it. Offsets and lines stay.
func leakBody(x *parse.Exchange) string {
	if x.Response == nil {
		return ""
	}
	b := x.Response.Body
	if len(b.Text) > scanLimit {
		b.Text = b.Text[:scanLimit]
	}
	t := b.SentText()
	if strings.TrimSpace(t) == "" {
		return ""
	}
	return t
}

// errorish reports whether the response is an error, or its status is unknown
// (a body pasted on its own).
func errorish(r *parse.Response) bool {
	return r != nil && (r.Status >= 400 || r.Status == 0)
}

func hasAnyOf(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// moreNote says how many hits were left out of the findings.
func moreNote(total int) string {
	if total <= maxReports {
		return ""
	}
	return " (" + itoa(total-maxReports) + " more not listed)"
}

func digitByte(c byte) bool { return c >= '0' && c <= '9' }
func alphaByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func alnumByte(c byte) bool { return digitByte(c) || alphaByte(c) }

// hostChar reports whether c can appear in a DNS name.
func dnsByte(c byte) bool { return alnumByte(c) || c == '-' || c == '.' || c == '_' }

// ipv4At parses a dotted quad starting at s[i]. It refuses a quad glued to
// other dotted numbers or letters ("1.10.7.31.9", "v10.0.0.1"), octets above
// 255 and zero-padded octets, which are version strings rather than addresses.
func ipv4At(s string, i int) (end int, oct [4]int, ok bool) {
	if i > 0 {
		if c := s[i-1]; alnumByte(c) || c == '.' || c == '-' || c == '_' {
			return 0, oct, false
		}
	}
	j := i
	for k := 0; k < 4; k++ {
		if k > 0 {
			if j >= len(s) || s[j] != '.' {
				return 0, oct, false
			}
			j++
		}
		start, n := j, 0
		for j < len(s) && digitByte(s[j]) && j-start < 4 {
			n = n*10 + int(s[j]-'0')
			j++
		}
		if d := j - start; d == 0 || d > 3 || n > 255 || (d > 1 && s[start] == '0') {
			return 0, oct, false
		}
		oct[k] = n
	}
	if j < len(s) {
		c := s[j]
		if alphaByte(c) || digitByte(c) || c == '_' || (c == '.' && j+1 < len(s) && digitByte(s[j+1])) {
			return 0, oct, false
		}
	}
	return j, oct, true
}

// privateV4 reports whether the address is in RFC 1918 space.
func privateV4(o [4]int) bool {
	return o[0] == 10 || (o[0] == 172 && o[1] >= 16 && o[1] <= 31) || (o[0] == 192 && o[1] == 168)
}

// versionContext reports whether the text just before off reads like a version
// label ("packageVersion":"10.7.31.9", "build 10.0.19041.1").
func versionContext(s string, off int) bool {
	lo := off - 24
	if lo < 0 {
		lo = 0
	}
	before := strings.ToLower(s[lo:off])
	return hasAnyOf(before, "version", "ver=", "ver:", "build", "release", "firmware", "oid")
}

// ipv4s returns every address in s (offset and text), the first limit of them.
func ipv4s(s string, limit int) (offs []int, ips []string) {
	for i := 0; i < len(s) && len(ips) < limit; i++ {
		if !digitByte(s[i]) {
			continue
		}
		if end, _, ok := ipv4At(s, i); ok {
			offs = append(offs, i)
			ips = append(ips, s[i:end])
			i = end
			continue
		}
		for i < len(s) && (digitByte(s[i]) || s[i] == '.') {
			i++
		}
	}
	return offs, ips
}

// targetHosts collects the names and addresses the client itself used: the
// request URL and Host, and what a transcript says it resolved and connected
// to. A response naming one of them discloses nothing new.
func targetHosts(x *parse.Exchange) map[string]bool {
	set := map[string]bool{}
	add := func(h string) {
		h = strings.ToLower(strings.Trim(strings.TrimSpace(h), "[]()'\"`.,"))
		if h != "" {
			set[h] = true
		}
	}
	if q := x.Request; q != nil {
		if q.URL != "" {
			add(fields.Host(q.URL))
		}
		if strings.Contains(q.Target, "://") || (q.Method == "CONNECT") {
			add(fields.Host(q.Target))
		}
		for _, name := range []string{"host", ":authority"} {
			if v := q.Fields.Get(name); v != "" {
				add(fields.Host(v))
			}
		}
		// an address the caller put in its own path or query
		// ("/api/v1/device/10.8.0.12", "?ip=192.168.4.20") is the
		// resource it asked about; the response repeating it tells
		// nothing new
		for _, u := range []string{q.Target, q.URL} {
			_, ips := ipv4s(u, 8)
			for _, ip := range ips {
				add(ip)
			}
		}
	}
	for _, h := range requestedHosts(scanBody(x)) {
		add(h)
	}
	for _, l := range x.Info {
		t := l.Text
		_, ips := ipv4s(t, 8)
		for _, ip := range ips {
			add(ip)
		}
		for _, marker := range []string{"Connected to ", "Trying ", "About to connect() to ", "Establish HTTP proxy tunnel to ", "Hostname ", "connect to "} {
			if i := strings.Index(t, marker); i >= 0 {
				rest := t[i+len(marker):]
				if j := strings.IndexAny(rest, " \t"); j >= 0 {
					rest = rest[:j]
				}
				add(fields.Host(rest))
			}
		}
	}
	return set
}

// fieldPairs lists the response's fields, skipping those whose values are
// dates or opaque tokens where dotted numbers mean nothing.
func leakFields(x *parse.Exchange) parse.Fields {
	var out parse.Fields
	origin := ""
	if x.Request != nil {
		origin = strings.TrimSpace(x.Request.Fields.Get("Origin"))
	}
	for _, f := range x.Response.Fields {
		switch strings.ToLower(f.Name) {
		case "date", "expires", "last-modified", "etag", "content-length", "set-cookie", "content-security-policy",
			"content-security-policy-report-only", "nel", "report-to", "reporting-endpoints", "alt-svc", "strict-transport-security":
			continue
		case "access-control-allow-origin":
			if origin != "" && strings.EqualFold(strings.TrimSpace(f.Value), origin) {
				continue // the request's own Origin echoed back: the client's address, not the server's
			}
		}
		out = append(out, f)
	}
	return out
}

// cut shortens a value quoted in a message.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// lineAt returns the line of text holding offset off.
func lineAround(text string, off int) string {
	start := strings.LastIndexByte(text[:off], '\n') + 1
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		return text[start:]
	}
	return text[start : off+end]
}

// reportCapped reports findings up to maxReports, noting the rest in the last one.
func reportCapped(p *rule.Pass, fs []rule.Finding) {
	for i, f := range fs {
		if i == maxReports {
			break
		}
		if i == maxReports-1 {
			f.Message += moreNote(len(fs))
		}
		p.Report(f)
	}
}

// personsWords reports whether the text at body[start:end] is the person's
// own words rather than the server's: a line of the paste's prose that the
// reader took in as the body ("I created a token with the \"Admin\" role",
// "1. Create a user without the \"View user\" permission"), outside any
// message the line quotes. A line shows the
// person's voice by a first-person word ("I", "my": servers say "we" and
// "us", never "I") or a numbered step; a message it quotes (three words or more
// between quotes or backticks) is the server's and still counts. Structured
// lines (JSON, a dict, markup) are never prose.
func personsWords(x *parse.Exchange, body string, start, end int) bool {
	if x.Response == nil || !x.Response.Body.Pasted || start < 0 || end > len(body) || start >= end {
		return false
	}
	return personsWordsAt(x, body, start, end)
}

// personsWordsAt is personsWords past its guard: under js/wasm a function
// is compiled whole on its first call, and most exchanges never get here
// (issue #14).
func personsWordsAt(x *parse.Exchange, body string, start, end int) bool {
	ls := strings.LastIndexByte(body[:start], '\n') + 1
	le := strings.IndexByte(body[start:], '\n')
	if le < 0 {
		le = len(body)
	} else {
		le += start
	}
	if end > le {
		end = le
	}
	line := body[ls:le]
	t := strings.TrimSpace(line)
	if t == "" || strings.ContainsAny(t[:1], "{[\"'<") || strings.Contains(t, "\":") || strings.Contains(t, "=>") {
		return false
	}
	// a message the line quotes, around the whole match
	s, e := start-ls, end-ls
	for _, q := range [][2]string{{"\"", "\""}, {"`", "`"}, {"“", "”"}} {
		for from := 0; from < len(line); {
			i := strings.Index(line[from:], q[0])
			if i < 0 {
				break
			}
			i += from + len(q[0])
			j := strings.Index(line[i:], q[1])
			if j < 0 {
				break
			}
			j += i
			if i <= s && e <= j && len(strings.Fields(line[i:j])) >= 3 {
				return false
			}
			from = j + len(q[1])
		}
	}
	l := " " + strings.ToLower(t) + " "
	for _, w := range []string{" i ", " i'm ", " i've ", " i'd ", " i'll ", " my "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	k := 0
	for k < len(t) && digitByte(t[k]) {
		k++
	}
	return k > 0 && k < 3 && strings.HasPrefix(t[k:], ". ")
}

// commandTools are programs people run to reach an API, whose command line
// a paste shows before the output.
var commandTools = []string{"curl", "wget", "http", "https", "httpie", "python", "python3", "py", "node", "npx", "ruby",
	"php", "perl", "java", "dotnet", "kubectl", "helm", "aws", "az", "gcloud", "gsutil", "bq", "docker",
	"podman", "git", "npm", "yarn", "pip", "twine", "terraform", "ansible", "ansible-playbook", "vault",
	"openssl", "ssh", "telnet", "sudo", "bash", "sh", "pwsh", "powershell"}

// commandLine reports whether line is a command the person typed: after an
// optional prompt ("$ ", "PS C:\src> ", "user@box:~$ "), a program (one of
// commandTools, a script such as "./check.py" or "deploy.sh", a path to an
// executable) followed by arguments. What it names (an address, an
// account given as an option) is the caller's own input, not the server's.
func commandLine(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "(") { // a virtualenv or conda prompt: "(venv) $ …"
		if i := strings.Index(t, ") "); i > 1 && i < 40 && !strings.Contains(t[:i], " ") {
			t = strings.TrimSpace(t[i+2:])
		}
	}
	if i := strings.Index(t, "$ "); i >= 0 && i < 40 && !strings.ContainsAny(t[:i], " \t\"'{") {
		t = strings.TrimSpace(t[i+2:]) // "$ cmd", "user@box:~/src$ cmd"
	} else if strings.HasPrefix(t, "PS ") {
		if i := strings.Index(t, "> "); i > 0 && i < 80 {
			t = strings.TrimSpace(t[i+2:])
		}
	}
	prog, args, ok := strings.Cut(t, " ")
	if !ok || strings.TrimSpace(args) == "" || prog == "" {
		return false
	}
	p := strings.ToLower(prog)
	if i := strings.LastIndexAny(p, "/\\"); i >= 0 {
		if i == len(p)-1 {
			return false
		}
		p = p[i+1:]
		if strings.HasPrefix(prog, "./") || strings.HasPrefix(prog, "../") || strings.HasPrefix(prog, "~/") {
			return true // a program run from a path: "./keystone_check.py 10.1.2.3"
		}
	}
	for _, ext := range []string{".py", ".sh", ".rb", ".pl", ".ps1", ".exe", ".js", ".bat", ".cmd"} {
		if strings.HasSuffix(p, ext) && len(p) > len(ext) {
			return true
		}
	}
	for _, c := range commandTools {
		if prog == c || prog == c+".exe" { // as typed: "Python 3.12 raises…" is prose
			return true
		}
	}
	return false
}

// promptAt reports whether offset off of s lies in a shell prompt at the
// start of its line: PowerShell's "PS C:\Users\ana\src> ", cmd.exe's
// "C:\Users\ana>", a Unix shell's "ana@box:~/src$ " or "root@box:/srv# ".
// The prompt shows the machine the person typed on, the client's, so a home
// directory in it names no account of the server's.
func promptAt(s string, off int) bool {
	ls := strings.LastIndexByte(s[:off], '\n') + 1
	line := s[ls:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	t := strings.TrimLeft(line, " \t")
	lead := len(line) - len(t)
	if strings.HasPrefix(t, "(") { // a virtualenv or conda prompt: "(venv) PS C:\…> "
		if i := strings.Index(t, ") "); i > 1 && i < 40 && !strings.Contains(t[:i], " ") {
			lead += i + 2
			t = t[i+2:]
		}
	}
	end := -1
	switch {
	case strings.HasPrefix(t, "PS "):
		if i := strings.IndexByte(t, '>'); i > 3 && i < 160 {
			end = i
		}
	case len(t) > 3 && t[1] == ':' && t[2] == '\\' && (t[0]|0x20 >= 'a' && t[0]|0x20 <= 'z'):
		if i := strings.IndexByte(t, '>'); i > 2 && i < 160 && !strings.ContainsAny(t[:i], "<\"") {
			end = i
		}
	default:
		for _, m := range []string{"$ ", "# ", "% "} {
			if i := strings.Index(t, m); i > 0 && i < 120 && !strings.ContainsAny(t[:i], " \t\"'{") &&
				strings.ContainsAny(t[:i], "@:~") {
				end = i
				break
			}
		}
		if end < 0 && (strings.HasSuffix(t, "$") || strings.HasSuffix(t, "#")) && !strings.ContainsAny(t, " \t\"'{") &&
			strings.ContainsAny(t, "@:~") {
			end = len(t) - 1 // a prompt with nothing typed after it
		}
	}
	return end >= 0 && off-ls < lead+end
}

// commandLineAt reports whether the line of s holding offset off is a
// command line.
func commandLineAt(s string, off int) bool {
	if off < 0 || off > len(s) {
		return false
	}
	return commandLine(lineAround(s, off))
}

// refusalLine reports whether the line of s holding offset off reads as a
// refusal ("… is forbidden: User \"x\" cannot …", "x does not have …").
func refusalLine(s string, off int) bool {
	return hasAnyOf(strings.ToLower(lineAround(s, off)), "denied", "forbidden", "cannot", "not authorized", "unauthorized",
		"does not have", "permission", "not allowed", "lacks", "is missing")
}

// requestMarkers introduce, in a client's error text, the URL the client
// itself requested: requests' "403 Client Error: Forbidden for url: …",
// googleapiclient's "<HttpError 403 when requesting …", fabric8's "Failure
// executing: GET at: …", a method before the URL ("GET https://…"),
// node-fetch's "request to https://… failed", reqwest's "… for url
// (https://…)", a client naming the server it was given ("The Vault server
// at `https://…' responded with a 403", "error connecting to https://…").
var requestMarkers = [...]string{"for url: ", "for url ", "when requesting ", "get at: ", "post at: ", "put at: ", "patch at: ", "delete at: ", "request url: ", "get ", "post ", "put ", "patch ", "delete ", "head ",
	"request to ", "url (", "server at ", "server at `", "connecting to ", "connect to "}

// requestedHosts lists the hosts of the URLs a client's text says it
// requested (see requestMarkers), lower-cased, once for each marker before
// the URL: the first 16 times a marker is in the text count, as when each
// marker was searched for in turn. It finds the URLs ("http") and looks
// behind each for the markers, one pass over the text where a search per
// marker made fifteen (issue #14: a tenth of a typical paste's analysis).
// The body is lowered through package lowered, whose memo the verdict's
// readers share.
func requestedHosts(body string) []string {
	if len(body) > 1<<16 {
		body = body[:1<<16]
	}
	lb := lowered.Text(body)
	var out []string
	// counted[k] occurrences of marker k end at or before countedTo[k]:
	// the markers do not overlap themselves, so the count goes on from there
	var counted, countedTo [len(requestMarkers)]int
	for off := 0; ; {
		k := strings.Index(lb[off:], "http")
		if k < 0 {
			break
		}
		i := off + k
		off = i + 4
		if !strings.HasPrefix(lb[i:], "http://") && !strings.HasPrefix(lb[i:], "https://") {
			continue
		}
		n := 0
		for mk, m := range requestMarkers {
			if counted[mk] >= 16 || !strings.HasSuffix(lb[:i], m) {
				continue
			}
			at := i - len(m)
			counted[mk] += strings.Count(lb[countedTo[mk]:at], m)
			countedTo[mk] = i
			if counted[mk] < 16 {
				n++
			}
			counted[mk]++
		}
		if n == 0 {
			continue
		}
		j := i
		for j < len(lb) && lb[j] > ' ' && lb[j] != '"' && lb[j] != '\'' && lb[j] != '>' {
			j++
		}
		if h := fields.Host(lb[i:j]); h != "" {
			for ; n > 0; n-- {
				out = append(out, h)
			}
		}
	}
	return out
}
