// Body-only pastes: runs of lines that belong to no message, read as a
// response body when they state a status or look like JSON, XML or HTML.

package parse

import (
	"sort"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// looseBlock is a run of lines that belong to no message, and the command
// whose output it may be.
type looseBlock struct {
	lines []line
	req   *Request
	notes []Note
	fmt   string
	at    int // where its exchange goes among the others
	// body: the block comes right under a "Response body:" heading (only a
	// fence between them)
	body bool
	// output: lines a command printed in its fenced block, not a body's
	// shape and stating no status (curl's progress meter, a form-encoded
	// answer): the answer of a request that went through, its status not
	// shown
	output []line
}

// closeLoose ends the current run of loose lines.
func (r *textReader) closeLoose() {
	loose := r.loose
	r.loose = nil
	for len(loose) > 0 && loose[len(loose)-1].blank() {
		loose = loose[:len(loose)-1]
	}
	if len(loose) == 0 {
		return
	}
	cmdOut := r.req != nil && r.req.Partial && r.req.Span.Start == r.cmdLine && r.cmd != nil
	if cmdOut {
		loose = jsonOutput(afterLead(loose, r.fenceAbove))
	}
	b := looseBlock{lines: loose, at: len(r.in.Exchanges), fmt: "body"}
	if r.label == "body" && r.labelN > 0 {
		b.body = r.underLabel(loose[0].n)
	}
	if cmdOut {
		b.output = r.fencedOutput(loose)
		b.req, b.notes = r.req, r.reqNotes
		r.req, r.reqNotes = nil, nil
		if f := cmdFormat(r.cmd); f != "text" {
			b.fmt = f
		}
	}
	r.blocks = append(r.blocks, b)
}

// fencedOutput returns the lines of loose, the lines after the current
// command, that its fenced block holds, when they are what a tool prints
// and not a person's words: the command sits in a block that a fence
// closes after them, and no line is a sentence, a tool's own error
// ("curl: (6) …") or a prompt. Otherwise nil.
func (r *textReader) fencedOutput(loose []line) []line {
	r.countFences()
	k := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].n > r.cmdLine })
	if k >= len(r.lines) || r.nextFence[k] < 0 || r.fencesBefore[k]%2 == 0 || !r.prompted(r.cmdLine) {
		// (the command's line is before k: as many fences before it)
		return nil
	}
	end := r.lines[r.nextFence[k]].n
	var out []line
	for _, l := range loose {
		if l.n > end {
			break
		}
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if l.kind != kText || sentenceLine(t) || strings.HasPrefix(t, r.cmd.tool+":") || strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "# ") {
			return nil
		}
		out = append(out, l)
	}
	return out
}

// prompted reports whether the command on paste line n was written
// behind a shell's prompt ("$ curl …", "host:~ user$ curl …"): a run whose
// output follows, not a command named in a sentence.
func (r *textReader) prompted(n int) bool {
	k := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].n >= n })
	if k >= len(r.lines) || r.lines[k].n != n {
		return false
	}
	_, ok := promptEnd(strings.TrimSpace(r.lines[k].text))
	return ok
}

// countFences fills, once, fencesBefore (how many fence lines come before
// each of r.lines) and nextFence (the index of the first fence line at or
// after each, or -1): linear in the lines, however many commands ask.
func (r *textReader) countFences() {
	if r.fencesBefore != nil {
		return
	}
	r.fencesBefore = make([]int32, len(r.lines)+1)
	r.nextFence = make([]int, len(r.lines)+1)
	fence := func(k int) bool { return r.lines[k].kind == kSkip && fenceLine(r.lines[k].text) }
	for k := range r.lines {
		r.fencesBefore[k+1] = r.fencesBefore[k]
		if fence(k) {
			r.fencesBefore[k+1]++
		}
	}
	r.nextFence[len(r.lines)] = -1
	for k := len(r.lines) - 1; k >= 0; k-- {
		r.nextFence[k] = r.nextFence[k+1]
		if fence(k) {
			r.nextFence[k] = k
		}
	}
}

// sentenceLine reports whether t reads as a person's sentence: four words
// or more, ending in a sentence's stop.
func sentenceLine(t string) bool {
	e := t[len(t)-1]
	return (e == '.' || e == '?' || e == '!') && len(strings.Fields(t[:min(len(t), 200)])) >= 4
}

// resolveBlocks turns loose runs into responses: a command's output when it
// states a status or looks like a body (JSON, XML, HTML), and other text only
// when the paste holds no message at all. Prose around messages stays prose.
func (r *textReader) resolveBlocks() {
	anyReal := false
	for _, x := range r.in.Exchanges {
		anyReal = anyReal || x.Response != nil
	}
	var add []looseBlock
	var xs []*Exchange
	for _, b := range r.blocks {
		if b.body && b.req == nil && r.bodyOfAbove(b) {
			continue
		}
		if x := blockResponse(b, anyReal); x != nil {
			add = append(add, b)
			xs = append(xs, x)
		} else if b.req != nil {
			// prose after a command, not its output: the command may be
			// the request of the answer above it
			r.commandAfterAnswer(b.req, b.notes, b.at)
		}
	}
	if len(xs) == 0 {
		return
	}
	out := make([]*Exchange, 0, len(r.in.Exchanges)+len(xs))
	j := 0
	for i, x := range r.in.Exchanges {
		for j < len(add) && add[j].at == i {
			out = append(out, xs[j])
			j++
		}
		out = append(out, x)
	}
	out = append(out, xs[j:]...)
	r.in.Exchanges = out
}

// underLabel reports whether paste line n comes right under the section
// label: only fence lines or blank lines between them.
func (r *textReader) underLabel(n int) bool {
	if n <= r.labelN || n-r.labelN > 4 {
		return false
	}
	k := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].n > r.labelN })
	for ; k < len(r.lines) && r.lines[k].n < n; k++ {
		if l := &r.lines[k]; l.kind != kSkip && !l.blank() {
			return false
		}
	}
	return true
}

// bodyOfAbove gives block b, shown under a "Response body:" heading in a
// fence of its own, to the response just above it when that response
// showed no body ("Response headers:" and its header block in one fence,
// "Response body:" and the JSON in the next). It reports whether it did.
func (r *textReader) bodyOfAbove(b looseBlock) bool {
	if b.at < 1 || b.at > len(r.in.Exchanges) {
		return false
	}
	x := r.in.Exchanges[b.at-1]
	if x.Response == nil || strings.TrimSpace(x.Response.Body.Text) != "" || x.Span.End >= b.lines[0].n {
		return false
	}
	texts, nums := joinFull(b.lines)
	if !looksBody(texts) {
		return false
	}
	x.Response.Body = makeBody(texts, nums)
	end := b.lines[len(b.lines)-1].n
	x.Response.Span.End = max(x.Response.Span.End, end)
	x.Span.End = max(x.Span.End, end)
	return true
}

func blockResponse(b looseBlock, anyReal bool) *Exchange {
	if b.req == nil && anyReal {
		return secondDump(b)
	}
	texts, nums := joinFull(b.lines)
	resp := &Response{Body: makeBody(texts, nums), Span: Span{nums[0], b.lines[len(b.lines)-1].n}, Pos: Pos{Line: nums[0]}}
	resp.Body.NotSent = recordLines(texts)
	resp.Body.Pasted = !looksBody(texts)
	if st, n, src, ok := statusFromText(b.lines); ok {
		resp.Status, resp.StatusSource, resp.Pos = st, src, Pos{Line: n}
	} else if !looksBody(texts) && len(b.output) > 0 && b.req != nil {
		texts, nums = joinFull(b.output)
		resp.Body = makeBody(texts, nums)
		resp.Body.Pasted = true
		resp.Span = Span{nums[0], nums[len(nums)-1]}
		resp.Pos = Pos{Line: nums[0]}
	} else if !looksBody(texts) {
		return nil // prose, or a tool's own error ("curl: (6) Could not resolve host")
	}
	x := &Exchange{Response: resp, Span: resp.Span, Format: b.fmt}
	x.Notes = append(x.Notes, Note{Code: "body-only", Message: "no status line or header fields: read as a response body", Pos: Pos{Line: nums[0]}})
	if b.req != nil {
		x.Request = b.req
		x.Notes = append(b.notes, x.Notes...)
		x.Span.Start = min(x.Span.Start, b.req.Span.Start)
		if n := passwordAnswered(b.lines, resp.Pos.Line); n > 0 && !b.req.Configured.Has(passwordPrompted) {
			b.req.Configured = append(b.req.Configured, Field{Name: passwordPrompted, Pos: Pos{Line: n}})
		}
	} else if fs, given := proseLineCredentials(b.lines); len(fs)+len(given) > 0 {
		// the person's lines around the body say what the request carried
		// ("when I open http://admin:pw@host/db", "with `Authorization:
		// Bearer …`"): a request known only by its credentials
		x.Request = &Request{Partial: true, Fields: fs, Configured: given, Pos: Pos{Line: nums[0]}}
	}
	return x
}

// passwordAnswered returns the line of a command's output, before its
// status line (before), where the client prompted for the password it then
// sent (cadaver's "Password:" under "Username: ana"), or 0: a prompt under
// an empty user prompt was answered with nothing.
func passwordAnswered(ls []line, before int) int {
	prev := ""
	for _, l := range ls {
		if before > 0 && l.n >= before {
			break
		}
		t := strings.TrimSpace(l.text)
		if passwordPrompt(t) && !emptyUserPrompt(prev) {
			return l.n
		}
		prev = t
	}
	return 0
}

// statusFromText finds a status a body or a tool's message states:
// "HTTP Status 403 -", "<H1>403 ERROR</H1>", "\"status\" : 401",
// "AccessDeniedException: 403 ...", "Status: 403 (...)", "HTTPError: (401, ...",
// "Forbidden (403)", "403 Forbidden".
func statusFromText(ls []line) (status, lineNo int, source string, ok bool) {
	for pass := 0; pass < 2; pass++ {
		for k := range ls {
			t := strings.TrimSpace(ls[k].text)
			if len(t) > 4096 {
				t = t[:4096]
			}
			if st, src := statusInLine(t, pass); st != 0 {
				return st, ls[k].n, src, true
			}
		}
	}
	return 0, 0, "", false
}

// statusInLine looks for explicit phrasings on pass 0, and for a bare
// "403 Forbidden" on pass 1.
func statusInLine(t string, pass int) (int, string) {
	lt := strings.ToLower(t)
	if pass == 1 {
		for _, rp := range reasonPhrases {
			code, reason := rp.code, rp.reason
			if code < 400 {
				continue
			}
			s := strconv.Itoa(code)
			if strings.Contains(lt, s+" "+reason) || strings.Contains(lt, reason+" ("+s+")") {
				return code, "body"
			}
		}
		return 0, ""
	}
	try := func(prefix, src string) int {
		i := strings.Index(lt, prefix)
		for i >= 0 {
			// a code outside HTTP's registry below 400 is no status: a
			// process's exit status ("returned status code 128")
			if st := codeAt(lt, i+len(prefix)); st != 0 && (st >= 400 || reasonOf[st] != "") {
				return st
			}
			j := strings.Index(lt[i+1:], prefix)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return 0
	}
	for _, p := range []struct{ prefix, src string }{
		{"http status ", "body"}, {"<h1>", "body"}, {"<title>", "body"},
		{"\"status\" : ", "body"}, {"\"status\": ", "body"}, {"\"status\":", "body"},
		{"\"statuscode\": ", "body"}, {"\"statuscode\":", "body"}, {"\"status_code\": ", "body"},
		{"exception: ", "text"}, {"error: ", "text"}, {"httperror: (", "text"}, {"http error ", "text"},
		{"status: ", "text"}, {"status code: ", "text"}, {"response code: ", "text"}, {"status code ", "text"}, {"statuscode: ", "text"},
		{"error ", "text"},
	} {
		if st := try(p.prefix, p.src); st != 0 {
			if p.prefix == "error: " || p.prefix == "error " || p.prefix == "exception: " {
				if st < 400 {
					continue
				}
			}
			return st, p.src
		}
	}
	// PowerShell: "StatusCode        : 401"
	if strings.HasPrefix(lt, "statuscode") || strings.HasPrefix(lt, "status ") {
		if c := strings.IndexByte(lt, ':'); c > 0 && strings.TrimSpace(lt[len("status"):c]) == strings.Trim(lt[len("status"):c], " ") {
			v := strings.TrimLeft(lt[c+1:], " ")
			if st := codeAt(v, 0); st != 0 && strings.TrimSpace(lt[:c]) != "" {
				return st, "text"
			}
		}
	}
	// "Forbidden (403)", "Unauthorized (401)"
	if i := strings.Index(lt, " (4"); i > 0 {
		if st := codeAt(lt, i+2); st != 0 && i+5 < len(lt) && lt[i+5] == ')' {
			return st, "body"
		}
	}
	return 0, ""
}

// SuccessWordings are, lower case, what a page or a log line says when a
// request or a sign-in succeeded: a web server's default welcome page, a
// sign-in's success page or message. The general reader reads text that says
// one of them as a response (a control), and the verdict reads it as a
// success when the paste shows no status and no failure.
var SuccessWordings = []string{
	"successfully installed and working", "welcome to nginx", "default welcome page", "apache2 default page",
	"you've successfully installed tomcat", "you have successfully installed tomcat",
	"authorization has been granted", "access has been granted", "successfully logged in", "logged in successfully",
	"login successful", "login succeeded", "login was successful", "successfully authenticated", "authenticated successfully",
	"authentication successful", "authentication succeeded", "authentication was successful", "signed in successfully",
	"successfully signed in", "you are now logged in", "you are now signed in", "authentication complete",
	"you may now close this window", "you can now close this window", "you may close this window", "you can close this window",
	// an access decision logged as granted (Spring Security's
	// FilterSecurityInterceptor at DEBUG: "Authorization successful")
	"authorization successful", "authorization succeeded",
	// access modules that log each decision they grant: Envoy's RBAC filter,
	// API Gateway's Lambda authorizer, Apache's mod_authz_core at LogLevel debug
	"enforced allowed, matched policy", "using valid authorizer policy", "authorization result of require all granted: granted"}

// SaysSuccess returns the first success wording in a lower-cased text, or "".
func SaysSuccess(l string) string {
	for _, w := range SuccessWordings {
		if strings.Contains(l, w) {
			return w
		}
	}
	return ""
}

// looksBody reports whether lines look like a response body: JSON, XML or HTML.
func looksBody(texts []string) bool {
	for _, t := range texts {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		switch t[0] {
		case '{', '<':
			return true
		case '[':
			// a JSON array, not a bracketed word that opens a log line or a
			// shell test ("[INFO] …", "[ -f /tmp/x ] && …")
			return jsonArrayStart(t)
		case '"':
			return len(t) > 1 && t[len(t)-1] == '"' // a JSON string, as jq prints one
		}
		return false
	}
	return false
}

// jsonArrayStart reports whether t, which opens with '[', opens a JSON
// array: the bracket alone, or followed by a value's first character.
func jsonArrayStart(t string) bool {
	r := strings.TrimLeft(t[1:], " \t")
	if r == "" {
		return true
	}
	switch c := r[0]; {
	case c == '{' || c == '[' || c == '"' || c == ']' || isDigit(c):
		return true
	case c == '-':
		return len(r) > 1 && isDigit(r[1])
	}
	return strings.HasPrefix(r, "true") || strings.HasPrefix(r, "false") || strings.HasPrefix(r, "null")
}

// recordLines returns the indices of texts that are log records (a logger's
// line, a JSON log record, an access or error log line): what a server or
// client logged, not what the server sent.
func recordLines(texts []string) []int {
	var out []int
	for k, t := range texts {
		if recordLine(t) {
			out = append(out, k)
		}
	}
	return out
}

// secondDump reads, among the prose after the messages of a paste, a JSON
// document that the line before it introduces as another call's answer ("The
// account details from `/api/account`:", "the response of GET /v1/me:"): a
// second response whose status the paste does not show. A JSON document
// introduced otherwise (a config file, decoded token claims) stays prose.
func secondDump(b looseBlock) *Exchange {
	k := -1
	for i := range b.lines {
		t := strings.TrimSpace(b.lines[i].text)
		if t == "{" || t == "[" || strings.HasPrefix(t, "{\"") {
			k = i
			break
		}
	}
	if k <= 0 {
		return nil
	}
	lead := ""
	for i := k - 1; i >= 0; i-- {
		if t := strings.TrimSpace(b.lines[i].text); t != "" {
			lead = t
			break
		}
	}
	if !dumpLead(lead) {
		return nil
	}
	end := len(b.lines)
	for end > k && b.lines[end-1].blank() {
		end--
	}
	texts := make([]string, 0, end-k)
	nums := make([]int, 0, end-k)
	for i := k; i < end; i++ {
		texts, nums = append(texts, b.lines[i].text), append(nums, b.lines[i].n)
	}
	if len(texts) > 5000 || !jsonlite.Valid(strings.Join(texts, "\n")) {
		return nil
	}
	resp := &Response{Body: makeBody(texts, nums), Span: Span{nums[0], nums[len(nums)-1]}, Pos: Pos{Line: nums[0]}}
	if st, n, src, ok := statusFromText(b.lines[k:end]); ok {
		resp.Status, resp.StatusSource, resp.Pos = st, src, Pos{Line: n}
	}
	x := &Exchange{Response: resp, Span: resp.Span, Format: "body"}
	x.Notes = append(x.Notes, Note{Code: "body-only", Message: "a second JSON document, introduced as another call's answer: read as a response body without a status", Pos: Pos{Line: nums[0]}})
	return x
}

// dumpLead reports whether a line introduces what follows as an HTTP
// answer: it ends with a colon and names a path or URL, or speaks of a
// response or of what a call returns.
func dumpLead(t string) bool {
	if !strings.HasSuffix(t, ":") || len(t) > 300 {
		return false
	}
	lt := strings.ToLower(t)
	if strings.Contains(lt, "http://") || strings.Contains(lt, "https://") || strings.Contains(lt, "`/") || strings.Contains(lt, " /") && strings.Contains(lt, "from") {
		return true
	}
	for _, w := range []string{"response", "returns", "returned", "responds", "responded", "the api says", "answer", "output of"} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// joinFull returns the texts of lines and their line numbers, a line as
// wide as the paste's widest (a terminal cut it there: "…not readable by
// the se" + "rver.</p>") joined with the plain line that goes on with it,
// as a message's body is read.
func joinFull(lines []line) ([]string, []int) {
	texts := make([]string, 0, len(lines))
	nums := make([]int, 0, len(lines))
	joinable := false
	for _, l := range lines {
		if joinable && l.kind == kText && l.indent == 0 && l.dir == 0 && l.text != "" {
			texts[len(texts)-1] += l.text
			joinable = l.full
			continue
		}
		texts, nums = append(texts, l.text), append(nums, l.n)
		joinable = l.full && strings.TrimSpace(l.text) != ""
	}
	return texts, nums
}

// afterLead takes off the person's words that introduce a command's output
// shown apart from it ("The answer is always:" or "Response:", then the
// body in a fence of its own): at most two lines that end with a colon
// before a JSON, XML or HTML document that opens a fence (fenced reports
// whether a fence opens right above line n) or that a line naming a
// response introduces. Words that introduce what was wanted ("Expected:")
// are no output: the block stays prose, and so does a lead that states the
// status ("401 Unauthorized with this body:"), which the general reader
// reads with the body.
func afterLead(ls []line, fenced func(n int) bool) []line {
	k, leads := 0, 0
	for k < len(ls) {
		t := strings.TrimSpace(ls[k].text)
		switch {
		case t == "":
			k++
			continue
		case leads > 0 && strings.ContainsAny(t[:1], "{[<"):
			if fenced(ls[k].n) || dumpLead(strings.TrimSpace(ls[k-1].text)) {
				return ls[k:]
			}
			return ls
		case leads < 2 && strings.HasSuffix(t, ":") && !strings.ContainsAny(t[:1], "{[<\"") && len(t) <= 200 && !wishLead(t) && !statesStatus(t):
			leads++
			k++
			continue
		}
		return ls
	}
	return ls
}

// statesStatus reports whether t states an HTTP status in any notation.
func statesStatus(t string) bool {
	_, ok := lineStatus(t)
	return ok
}

// fenceAbove reports whether the paste line above line n is a Markdown
// fence.
func (r *textReader) fenceAbove(n int) bool {
	k := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].n >= n-1 })
	if k >= len(r.lines) || r.lines[k].n != n-1 || r.lines[k].kind != kSkip {
		return false
	}
	t := strings.TrimSpace(r.lines[k].text)
	return fenceLine(t)
}

// wishLead reports whether a line introduces what the person wanted or
// what another tool shows, not what the command printed.
func wishLead(t string) bool {
	lt := ascii.Lower(t)
	for _, w := range []string{"expect", "should", "instead", "want", "config", "setting", "token", "claims", "payload", "decoded", "request"} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// jsonOutput cuts a command's output that is a JSON document at the blank
// line after the document closes, when what follows is prose: the person's
// words about the output ("With a longer token the answer is …"), not more
// of it.
func jsonOutput(ls []line) []line {
	if len(ls) == 0 {
		return ls
	}
	t := strings.TrimSpace(ls[0].text)
	if t == "" || t[0] != '{' && t[0] != '[' {
		return ls
	}
	depth, inStr := 0, false
	for k, l := range ls {
		for i := 0; i < len(l.text); i++ {
			c := l.text[i]
			switch {
			case inStr && c == '\\':
				i++
			case c == '"':
				inStr = !inStr
			case inStr:
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
			}
		}
		if depth > 0 || inStr {
			continue
		}
		if depth < 0 || k+1 >= len(ls) || !ls[k+1].blank() {
			return ls
		}
		for _, m := range ls[k+1:] {
			if mt := strings.TrimSpace(m.text); mt != "" && strings.ContainsAny(mt[:1], "{[<") {
				return ls
			}
		}
		return ls[:k+1]
	}
	return ls
}
