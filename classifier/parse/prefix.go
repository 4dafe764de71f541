// Log-line prefixes and terminal wrapping: what a logger or a terminal adds to
// every line of a dump, taken off before any reader looks at the lines.

package parse

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/internal/wrapwidth"
)

// prefixShape names the pieces a line prefix is made of ("klog",
// "ts+level+logger", "level+logger", ...), so that the shape most lines share
// can be told from a line that merely starts with a date.
type prefixShape string

// linePrefix returns the length of a logger's prefix at the start of s and
// its shape, or 0 and "". Recognised pieces, in order:
//
//	compose:     api-1  | (docker compose's service column)
//	npmlog:      463 (the record number of npm's debug log, before its level)
//	kubectl:     [pod/web-7f9c4-qx2lp/app] (kubectl logs --prefix)
//	klog:        I0501 10:00:00.123456   12345 round_trippers.go:463]
//	env_logger:  [2024-05-01T10:00:00Z DEBUG cargo::ops::registry] (Rust)
//	timestamp:   2024-05-01T10:00:00.123Z, 2024-05-01 10:00:00,123, 2024/05/01 10:00:00,
//	             May  1 10:00:00, 10:00:00.123456 (optionally in brackets)
//	level:       DEBUG, [DEBUG], DEBUG:, <debug>, I/D/W (after a timestamp only as a word)
//	python:      " - MainThread - botocore.parsers - DEBUG - "
//	syslog:      after a timestamp, "host program[pid]: " (syslog, journalctl)
//	source:      http.c:703 (GIT_TRACE_CURL) followed by padding
//	logger:      cli.azure.cli.core.sdk.policies: , provider.terraform-provider-x:
//
// A prefix needs a timestamp or a level.
func linePrefix(s string) (int, prefixShape) {
	if s == "" {
		return 0, ""
	}
	if n := composePrefix(s); n > 0 {
		return n, "compose"
	}
	if n := logcatPrefix(s); n > 0 {
		return n, "logcat"
	}
	if n := kubectlPrefix(s); n > 0 {
		return n, "kubectl"
	}
	if n := npmLogPrefix(s); n > 0 {
		return n, "npmlog"
	}
	if c := s[0]; !(isDigit(c) || c == '[' || c >= 'A' && c <= 'Z' || c == '<') {
		return 0, "" // every prefix starts with a digit, a bracket or a capital
	}
	if n := klogPrefix(s); n > 0 {
		return n, "klog"
	}
	if n := envLoggerPrefix(s); n > 0 {
		return n, "bracketed ts+level+target"
	}
	if k := tagAt(s); k > 0 {
		// a logger's tag before a timestamp: "[Macaron] 2019-08-06 10:14:52: ",
		// "[GIN] 2024/02/11 - 09:12:44 | "
		if n, shape := linePrefix(s[k:]); n > 0 && strings.HasPrefix(string(shape), "ts") {
			return k + n, "tag+" + shape
		}
	}
	if n := pyLogPrefix(s); n > 0 {
		return n, "pylog"
	}
	i := 0
	var shape []string
	ts := false
	if j := timestampAt(s, 0); j > 0 {
		i, ts = j, true
		shape = append(shape, "ts")
	}
	// syslog and journalctl: the host and the program that logged
	// ("Mar 01 10:00:00 relay7 gateway[2214]: ")
	if ts {
		if j := syslogAt(s, skipSpaces(s, i), isMonth(s[:min(len(s), 3)])); j > 0 {
			return skipSpaces(s, j), "ts+syslog"
		}
	}
	// Python logging's default: asctime - thread - name - LEVEL - message.
	if ts {
		if j, ok := dashedLevel(s, i); ok {
			return j, "ts+dashed"
		}
	}
	lvl := false
	if j := levelAt(s, skipSpaces(s, i), ts); j > 0 {
		i, lvl = j, true
		shape = append(shape, "level")
	}
	if !ts && !lvl {
		return 0, ""
	}
	if ts && !lvl {
		// GIT_TRACE_CURL: "10:00:00.123456 http.c:703              => Send header: ..."
		if j := sourceAt(s, skipSpaces(s, i)); j > 0 {
			return skipSpaces(s, j), prefixShape(strings.Join(append(shape, "source"), "+"))
		}
	}
	if j := loggerAt(s, skipSpaces(s, i)); j > 0 {
		i = j
		shape = append(shape, "logger")
		// terraform: "[DEBUG] provider.terraform-provider-aws_v5: [DEBUG] ..." repeats the level
		if k := levelAt(s, skipSpaces(s, i), false); k > 0 {
			i = k
		}
	}
	i = skipSpaces(s, i)
	if i > len(s) {
		i = len(s)
	}
	return i, prefixShape(strings.Join(shape, "+"))
}

// envLoggerPrefix returns the length of the header Rust's env_logger (and
// the loggers that copy it) writes in brackets before each record: a
// timestamp, the level and the module the record came from, "[2024-05-01T10:00:00Z
// DEBUG cargo::sources::registry] ", the module optional; or 0.
func envLoggerPrefix(s string) int {
	if s[0] != '[' {
		return 0
	}
	i := timestampAt(s, 1)
	if i <= 1 {
		return 0
	}
	j := skipSpaces(s, i)
	w := j
	for w < len(s) && w-j <= 8 && s[w] >= 'A' && s[w] <= 'Z' {
		w++
	}
	if w == j || w >= len(s) || !levelWords.Has(s[j:w]) || s[w] != ' ' && s[w] != ']' {
		return 0
	}
	k := skipSpaces(s, w)
	e := k
	for e < len(s) && e-k < 80 && s[e] != ']' && s[e] != ' ' {
		e++
	}
	if e >= len(s) || s[e] != ']' {
		return 0
	}
	return skipSpaces(s, e+1)
}

// syslogAt reads what syslog and journalctl write after their timestamp,
// the host and the program (with its process id in brackets) and a colon:
// "relay7 gateway[2214]: ", "relay7 kernel: " at s[i:]. It returns the end
// after the colon, or 0. Without a process id it needs syslog's own time
// (monthDay, "Mar 01 10:00:00"): "10:00:00 main app: " is a logger's line.
func syslogAt(s string, i int, monthDay bool) int {
	h := i
	for h < len(s) && h-i <= 64 && (isAlpha(s[h]) || isDigit(s[h]) || s[h] == '-' || s[h] == '_' || s[h] == '.') {
		h++
	}
	if h == i || h >= len(s) || s[h] != ' ' {
		return 0
	}
	p := h + 1
	k := p
	for k < len(s) && k-p <= 64 && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '-' || s[k] == '_' || s[k] == '.' || s[k] == '/' || s[k] == '@') {
		k++
	}
	if k == p || k >= len(s) || !isAlpha(s[p]) {
		return 0
	}
	pid := false
	if s[k] == '[' {
		d := k + 1
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		if d == k+1 || d >= len(s) || s[d] != ']' {
			return 0
		}
		k, pid = d+1, true
	}
	if k >= len(s) || s[k] != ':' || k+1 < len(s) && s[k+1] != ' ' || !pid && !monthDay {
		return 0
	}
	return k + 1
}

// tagAt returns the end (after the blanks) of a bracketed word at the start
// of s ("[Macaron] ", "[GIN] "), or 0.
func tagAt(s string) int {
	if len(s) < 4 || s[0] != '[' {
		return 0
	}
	k := 1
	for k < len(s) && k < 20 && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '-' || s[k] == '_') {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ']' || k+1 >= len(s) || s[k+1] != ' ' {
		return 0
	}
	return skipSpaces(s, k+1)
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// firstPlaces yields where sub stands in s, left to right, at most n
// times: a line's scans look at the first few mentions of a key, never at
// all of them, so a hostile line costs a bounded number of tries.
func firstPlaces(s, sub string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		off := 0
		for range n {
			i := strings.Index(s[off:], sub)
			if i < 0 || !yield(off+i) {
				return
			}
			off += i + len(sub)
		}
	}
}

// digitsAt returns the end of a run of exactly n digits at s[i:], or -1.
func digitsAt(s string, i, n int) int {
	if i+n > len(s) {
		return -1
	}
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return -1
		}
	}
	return i + n
}

// klogPrefix reads Kubernetes' klog header: Lmmdd hh:mm:ss.uuuuuu threadid file:line]
func klogPrefix(s string) int {
	if len(s) < 20 || !strings.ContainsRune("IWEF", rune(s[0])) {
		return 0
	}
	i := digitsAt(s, 1, 4)
	if i < 0 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	j := clockAt(s, i+1)
	if j < 0 {
		return 0
	}
	j = skipSpaces(s, j)
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == j || k >= len(s) || s[k] != ' ' {
		return 0
	}
	end := strings.IndexByte(s[k:], ']')
	if end < 0 || end > 80 {
		return 0
	}
	return skipSpaces(s, k+end+1)
}

// clockAt reads hh:mm:ss with optional fractional seconds at s[i:].
func clockAt(s string, i int) int {
	j := digitsAt(s, i, 2)
	if j < 0 || j >= len(s) || s[j] != ':' {
		return -1
	}
	j = digitsAt(s, j+1, 2)
	if j < 0 || j >= len(s) || s[j] != ':' {
		return -1
	}
	j = digitsAt(s, j+1, 2)
	if j < 0 {
		return -1
	}
	if j < len(s) && (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

var monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// TimestampEnd returns where the text after the timestamp that opens s
// starts (a log record's "2020/03/11 09:42:52 ", "2024-05-01T10:00:00Z ",
// "[12:00:01] "), or 0 when s opens with none.
func TimestampEnd(s string) int {
	j := timestampAt(s, 0)
	if j <= 0 {
		return 0
	}
	return skipSpaces(s, j)
}

// timestampAt reads a timestamp at s[i:] (optionally in brackets, followed by a
// zone) and returns its end, or -1.
func timestampAt(s string, i int) int {
	br := false
	if i < len(s) && s[i] == '[' {
		br = true
		i++
	}
	j := -1
	switch {
	case digitsAt(s, i, 4) > 0 && i+4 < len(s) && (s[i+4] == '-' || s[i+4] == '/'):
		sep := s[i+4]
		k := digitsAt(s, i+5, 2)
		if k < 0 || k >= len(s) || s[k] != sep {
			return -1
		}
		k = digitsAt(s, k+1, 2)
		if k < 0 {
			return -1
		}
		if k < len(s) && (s[k] == 'T' || s[k] == ' ') {
			if c := clockAt(s, k+1); c > 0 {
				k = c
			}
		}
		j = k
	case i+3 <= len(s) && isMonth(s[i:i+3]):
		k := skipSpaces(s, i+3)
		d := k
		for d < len(s) && isDigit(s[d]) && d-k < 2 {
			d++
		}
		if d == k || d >= len(s) || s[d] != ' ' {
			return -1
		}
		c := clockAt(s, d+1)
		if c < 0 {
			return -1
		}
		j = c
	default:
		j = clockAt(s, i)
	}
	if j < 0 {
		return -1
	}
	// zone: Z, +0000, +00:00, " UTC"
	if j < len(s) && s[j] == 'Z' {
		j++
	} else if j < len(s) && (s[j] == '+' || s[j] == '-') && digitsAt(s, j+1, 2) > 0 {
		j = digitsAt(s, j+1, 2)
		if j < len(s) && s[j] == ':' {
			j++
		}
		if k := digitsAt(s, j, 2); k > 0 {
			j = k
		}
	}
	if strings.HasPrefix(s[j:], " UTC") {
		j += 4
	}
	if br {
		if j >= len(s) || s[j] != ']' {
			return -1
		}
		j++
	}
	if j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '|' && s[j] != ':' && s[j] != ']' {
		return -1
	}
	if j < len(s) && (s[j] == ':' || s[j] == '|') {
		j++
	}
	return j
}

func isMonth(s string) bool {
	for _, m := range monthNames {
		if s == m {
			return true
		}
	}
	return false
}

var levelWords = wordlist.Set{"TRACE", "TRC", "DEBUG", "DBG", "INFO", "INF",
	"WARN", "WARNING", "WRN", "ERROR", "ERR", "FATAL", "CRITICAL", "NOTICE"}

// levelAt reads a log level at s[i:]: DEBUG, [DEBUG], DEBUG:, <debug>,
// "level=debug" is not a prefix (logfmt keeps its keys). Lower case counts
// only in brackets.
func levelAt(s string, i int, afterTS bool) int {
	if i >= len(s) {
		return -1
	}
	open, close := byte(0), byte(0)
	switch s[i] {
	case '[':
		open, close = '[', ']'
	case '<':
		open, close = '<', '>'
	}
	j := i
	if open != 0 {
		j++
	}
	k := j
	for k < len(s) && isAlpha(s[k]) {
		k++
	}
	if k == j || k-j > 8 {
		return -1
	}
	w := s[j:k]
	if open == 0 {
		for x := 0; x < len(w); x++ {
			if w[x] >= 'a' {
				return -1 // lower case counts only in brackets
			}
		}
	} else {
		w = strings.ToUpper(w)
	}
	if !levelWords.Has(w) {
		return -1
	}
	if open != 0 {
		if k >= len(s) || s[k] != close {
			return -1
		}
		k++
	}
	if k < len(s) && s[k] == ':' {
		k++
	}
	if k < len(s) && s[k] != ' ' && s[k] != '\t' {
		return -1
	}
	if open == 0 && !afterTS && k < len(s) && s[k-1] != ':' {
		// "ERROR something" at the start of a line without a timestamp is prose
		// unless followed by a logger or a colon.
		if loggerAt(s, skipSpaces(s, k)) < 0 {
			return -1
		}
	}
	return k
}

// dashedLevel reads Python logging's " - thread - logger - LEVEL - " after a timestamp.
func dashedLevel(s string, i int) (int, bool) {
	rest := s[i:]
	for n := 0; n < 4; n++ {
		if !strings.HasPrefix(rest, " - ") {
			return 0, false
		}
		rest = rest[3:]
		end := strings.Index(rest, " - ")
		if end < 0 || end > 60 {
			return 0, false
		}
		if levelWords.Has(rest[:end]) {
			return len(s) - len(rest) + end + 3, true
		}
		rest = rest[end:]
	}
	return 0, false
}

// sourceAt reads "http.c:703" (a C source position) at s[i:].
func sourceAt(s string, i int) int {
	k := i
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.') {
		k++
	}
	if k == i || k >= len(s) || s[k] != ':' || !strings.Contains(s[i:k], ".") {
		return -1
	}
	d := k + 1
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d == k+1 || d < len(s) && s[d] != ' ' {
		return -1
	}
	return d
}

// loggerAt reads a logger name followed by ": " (dotted, or with '-' or '_'):
// "cli.azure.cli.core.sdk.policies: ", "provider.terraform-provider-aws_v5.0.0_x5: ".
func loggerAt(s string, i int) int {
	k := i
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.' || s[k] == '/') {
		k++
	}
	if k-i < 3 || k+1 >= len(s) || s[k] != ':' || s[k+1] != ' ' {
		return -1
	}
	name := s[i:k]
	if !strings.ContainsAny(name, "._") {
		return -1
	}
	if strings.Contains(name, "//") {
		return -1 // a URL
	}
	return k + 2
}

// stripPrefixesMask is stripPrefixes that also says which lines carried the
// prefix (nil when none was taken off): each is a log record of its own.
//
// A prefix that the way the log was carried adds to every line, not the
// program that wrote it (docker compose's service column, a bare timestamp
// as CI runners and `kubectl logs --timestamps` print), says nothing about
// where a record ends: a traceback or a client's dump in a CI log carries
// it on each of its lines. Under such a prefix the program's own prefix, if
// there is one, marks the records; without one, no line is a record by its
// prefix alone.
func stripPrefixesMask(lines []string) ([]string, []bool) {
	return stripTransport(lines, true)
}

// stripTransport is stripPrefixesMask; nested says a transport's prefix
// may sit under another (a runner's stamps on compose's output), read once.
func stripTransport(lines []string, nested bool) ([]string, []bool) {
	out, mask, shape := stripPrefixesOnce(lines, nil)
	if mask == nil {
		// a log's transport (docker compose's service column, a CI
		// runner's timestamps) prefixes what was logged, the fenced dump,
		// not the person's words around it, however many those are
		if in := fencedLines(lines); in != nil {
			o, m, sh := stripPrefixesOnce(lines, in)
			if m != nil && transportPrefix(sh, lines, o, m) {
				out, mask, shape = o, m, sh
			}
		}
	}
	if mask == nil || !transportPrefix(shape, lines, out, mask) {
		return out, mask
	}
	if shape == "ts" {
		// a line whose program wrote a prefix of its own after the
		// runner's stamp has another shape than the bare stamp: the stamp
		// comes off it too
		for i, l := range lines {
			if !mask[i] && l != "" && l[0] == '2' {
				if c := cleanLine(l); runnerStamp(c) > 0 {
					out[i], mask[i] = c[runnerStamp(c):], true
				}
			}
		}
	}
	inner, innerMask, innerShape := stripPrefixesOnce(out, nil)
	switch {
	case innerShape == "compose" && shape == "ts" && nested:
		// a CI runner's stamps on docker compose's output: read as compose's
		return stripTransport(out, false)
	case innerShape == "compose" && shape == "compose" && nested && composeReplicas(out, innerMask):
		// compose's column on the output of a service that is itself
		// compose's log ("api-1  | casdoor-1  | …"): both come off
		return stripTransport(out, false)
	case innerShape == "compose":
		return out, mask // columns of a table ("Warning | core | …"), each row a record
	case innerMask != nil && shape == "ts+syslog":
		// the program's own time and level stay on its records, as it
		// wrote them: syslog's column is all that comes off
		return out, innerMask
	case innerMask != nil:
		return inner, innerMask
	}
	// without a prefix of the program's own, a line holding one whole
	// JSON log record is still a record ("{"level":"error",…}")
	rec := make([]bool, len(out))
	for i, l := range out {
		t := strings.TrimSpace(l)
		rec[i] = mask[i] && len(t) > 1 && t[0] == '{' && t[len(t)-1] == '}' && isLogRecord(t)
	}
	return out, rec
}

// transportPrefix reports whether the prefix of the given shape that came
// off the masked lines (out[i] is what is left of lines[i]) is a log
// transport's: docker compose's column, a CI runner's timestamps, or a
// time and level ("2026-03-01T10:00:00Z DEBUG ") that also stand on a line
// holding nothing else. A program logs no empty record; a transport, or a
// handler that logs a message line by line, stamps every line it passes on,
// the blank ones of a dump too. A logger's name after them (terraform's
// "plugin.terraform-provider-x: ") says which program wrote each line, and
// its lines stay records.
func transportPrefix(shape prefixShape, lines, out []string, mask []bool) bool {
	switch shape {
	case "compose", "ts+syslog", "kubectl":
		// syslog and journald keep each line a program writes as an
		// entry of its own, the lines of one dump too
		return true
	case "ts":
		return runnerTimestamps(lines, out, mask)
	case "ts+level", "tag+ts+level":
	default:
		return false
	}
	for i, m := range mask {
		if m && i < len(out) && strings.TrimSpace(out[i]) == "" {
			return true
		}
	}
	return false
}

// runnerTimestamps reports whether the prefixed lines start with an RFC 3339
// UTC timestamp and a blank, as CI runners and `kubectl logs --timestamps`
// write them ("2026-12-05T03:00:01.1234567Z "), not a logger's own time; or
// whether a line the stamp came off holds nothing else (out[i] is what is
// left of lines[i]): a program logs no empty record, but a transport stamps
// every line it passes on, the blank ones of a traceback too (Jenkins'
// timestamper: "[2026-03-02T10:14:07.512Z] " alone on a line).
func runnerTimestamps(lines, out []string, mask []bool) bool {
	first := true
	for i, m := range mask {
		if !m {
			continue
		}
		if first && runnerStamp(strings.TrimLeft(lines[i], " \t")) > 0 {
			return true
		}
		first = false
		if i < len(out) && strings.TrimSpace(out[i]) == "" {
			return true
		}
	}
	return false
}

// runnerStamp returns the length of a CI runner's timestamp and its blank at
// the start of l, or 0.
func runnerStamp(l string) int {
	if len(l) < 21 || l[4] != '-' || l[10] != 'T' || l[13] != ':' {
		return 0
	}
	z := strings.IndexByte(l[19:min(len(l), 40)], 'Z')
	if z < 0 || 19+z+1 >= len(l) || l[19+z+1] != ' ' {
		return 0
	}
	// runners stamp lines to the microsecond or finer (GitHub Actions
	// 7 digits, GitLab 6, kubectl's RFC 3339 nanoseconds); a logger's
	// own ISO time is to the millisecond (winston, pino, zap: ".118Z")
	// and its line is a record
	frac := l[19 : 19+z]
	if len(frac) >= 7 && frac[0] == '.' || strings.HasPrefix(l[19+z+2:], "00O") || strings.HasPrefix(l[19+z+2:], "01O") {
		return 19 + z + 2
	}
	return 0
}

// prefixClocks returns, for each line whose log prefix came off
// (stripped[i] is what is left of orig[i]), the time of day that prefix
// gave ("2022-12-03T08:27:15Z E! …" gives "08:27:15"), or "": when the
// records were logged, which the text left no longer says. A CI runner's
// stamp gives none: it tells when the runner passed the line on, not when
// the program logged it.
func prefixClocks(orig, stripped []string, mask []bool) []string {
	if mask == nil {
		return nil
	}
	clocks := make([]string, len(orig))
	for i := range orig {
		if i >= len(mask) || i >= len(stripped) || !mask[i] {
			continue
		}
		pre := strings.TrimSuffix(cleanLine(orig[i]), stripped[i])
		pre = pre[runnerStamp(pre):]
		clocks[i] = timeOfDay(pre)
	}
	return clocks
}

// fencedLines marks the lines inside Markdown fences, or returns nil when
// the paste has none.
func fencedLines(lines []string) []bool {
	var in []bool
	open := false
	for i, l := range lines {
		if fenceMark(strings.TrimLeft(l, " \t")) != "" {
			open = !open
			if in == nil {
				in = make([]bool, len(lines))
			}
			continue
		}
		if open {
			in[i] = true
		}
	}
	return in
}

// stripPrefixesOnce takes off the prefix shape most lines share (of the
// lines only marks, when only is not nil) and returns the lines, which
// carried it, and the shape.
func stripPrefixesOnce(lines []string, only []bool) ([]string, []bool, prefixShape) {
	counts := map[prefixShape]int{}
	nonBlank := 0
	for i, l := range lines {
		if indentOf(l) == len(l) || only != nil && !only[i] {
			continue
		}
		nonBlank++
		if _, sh := linePrefix(cleanLine(l[:min(len(l), 256)])); sh != "" {
			counts[sh]++
		}
	}
	var best prefixShape
	for sh, c := range counts {
		if best == "" || c > counts[best] || c == counts[best] && sh < best {
			best = sh
		}
	}
	if best == "" || counts[best] < 2 || counts[best]*3 < nonBlank {
		return lines, nil, ""
	}
	out := make([]string, len(lines))
	mask := make([]bool, len(lines))
	for i, l := range lines {
		c := cleanLine(l)
		if only != nil && !only[i] {
			out[i] = l
		} else if n, sh := linePrefix(c); sh == best {
			out[i], mask[i] = c[n:], true
		} else {
			out[i] = l
		}
	}
	dropChannelTag(out, mask)
	return out, mask, best
}

// dropChannelTag takes off, under a logger's prefix, the tag a program
// writes before each line of libcurl's verbose trace ("http-debug: > PUT
// /x HTTP/2", "http-debug: < HTTP/2 401": cargo's network log), so that the
// trace reads as curl -v's. The tag, one word and a colon, must stand before
// a trace marker on three lines or more; it comes off those lines only.
func dropChannelTag(out []string, mask []bool) {
	tag, n := "", 0
	for i, l := range out {
		if !mask[i] {
			continue
		}
		t, ok := channelTag(l)
		if !ok {
			continue
		}
		if tag == "" {
			tag = t
		}
		if t == tag {
			n++
		}
	}
	if n < 3 {
		return
	}
	for i, l := range out {
		if t, ok := channelTag(l); mask[i] && ok && t == tag {
			out[i] = l[len(t)+2:]
		}
	}
}

// channelTag returns the word before ": " that starts l when a curl -v
// trace marker follows it ("> ", "< ", "* ", or the marker alone).
func channelTag(l string) (string, bool) {
	k := 0
	for k < len(l) && k <= 24 && (isAlpha(l[k]) || isDigit(l[k]) || l[k] == '-' || l[k] == '_') {
		k++
	}
	if k == 0 || k+2 > len(l) || l[k] != ':' || l[k+1] != ' ' {
		return "", false
	}
	rest := l[k+2:]
	if len(rest) == 0 || rest[0] != '>' && rest[0] != '<' && rest[0] != '*' || len(rest) > 1 && rest[1] != ' ' {
		return "", false
	}
	return l[:k], true
}

// cleanLine removes terminal colours and no-break spaces.
func cleanLine(l string) string {
	l = unescapeANSI(l)
	if strings.IndexByte(l, 0x1b) >= 0 {
		l = stripANSI(l)
	}
	if strings.Contains(l, "\u00a0") {
		l = strings.ReplaceAll(l, "\u00a0", " ")
	}
	return l
}

// escapedESC are the ways logs write the escape byte of a colour sequence
// as text: rsyslog's "#033", C and Python escapes, JSON's \u001b.
var escapedESC = []string{"#033[", "\\033[", "\\x1b[", "\\u001b[", "\\e["}

// unescapeANSI turns a colour sequence whose escape byte a logger wrote as
// text ("#033[42m 200 #033[0m") back into the escape byte, for stripANSI.
func unescapeANSI(l string) string {
	if strings.IndexByte(l, '[') < 0 || !strings.Contains(l, "033[") && !strings.Contains(l, "1b[") && !strings.Contains(l, "\\e[") {
		return l
	}
	for _, e := range escapedESC {
		if strings.Contains(l, e) {
			l = strings.ReplaceAll(l, e, "\x1b[")
		}
	}
	return l
}

// logcatPrefix returns the length of the tag Android's logcat (brief
// format: "I/flutter (21873): ", "D/MyApp  ( 4242): ") or Flutter's console
// on iOS and the desktop ("flutter: ") puts before each line an app
// printed. 0 when there is none.
func logcatPrefix(s string) int {
	if rest, ok := strings.CutPrefix(s, "flutter:"); ok {
		if rest == "" {
			return len(s)
		}
		if rest[0] == ' ' {
			return len(s) - len(rest) + 1
		}
		return 0
	}
	if len(s) < 6 || s[1] != '/' || !strings.ContainsRune("VDIWEFA", rune(s[0])) {
		return 0
	}
	i := 2
	for i < len(s) && i < 64 && s[i] != '(' && s[i] != ':' && s[i] != ' ' {
		i++
	}
	if i == 2 {
		return 0
	}
	i = skipSpaces(s, i)
	if i >= len(s) || s[i] != '(' {
		return 0
	}
	i = skipSpaces(s, i+1)
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != ')' || s[j+1] != ':' {
		return 0
	}
	if j+2 < len(s) && s[j+2] == ' ' {
		return j + 3
	}
	return j + 2
}

// npmLogLevels are the levels npm's debug log (npm-debug.log, and the files
// under _logs since npm 5) writes after each record's number.
var npmLogLevels = wordlist.Set{"silly", "verbose", "info", "http", "warn", "error", "timing", "notice", "sill", "verb"}

// npmLogPrefix returns the length of the record number npm's debug log puts
// before each line, a blank after it ("462 http 403 http://h/x", "469 error
// Windows_NT 6.1.7601"; a record printed over several lines repeats its
// number), or 0. Only the number comes off: the level after it stays, as
// npm writes it after "npm " on the terminal ("npm http fetch GET 403 …").
// Left on, the number reads as a status before the level ("469 error").
func npmLogPrefix(s string) int {
	i := 0
	for i < len(s) && i < 7 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	j := i + 1
	k := j
	for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	if !npmLogLevels.Has(s[j:k]) || k < len(s) && s[k] != ' ' {
		return 0
	}
	return j
}

// kubectlPrefix returns the length of the pod and container kubectl logs
// --prefix puts before each line ("[pod/web-7f9c4-qx2lp/app] "), or 0.
func kubectlPrefix(s string) int {
	if !strings.HasPrefix(s, "[pod/") {
		return 0
	}
	end := strings.IndexByte(s[:min(len(s), 320)], ']')
	if end < 0 || strings.Count(s[5:end], "/") != 1 || strings.ContainsAny(s[5:end], " \t[") {
		return 0
	}
	if end+1 == len(s) {
		return end + 1
	}
	if s[end+1] != ' ' {
		return 0
	}
	return end + 2
}

// composePrefix returns the length of the service name docker compose (and
// podman-compose, stern) puts before each log line, padded to one width:
// "elasticsearch-1  | ", "vault    | "; docker service logs names the task
// and its node ("web.1.x7k2q9m4p0ab@node-2    | "). 0 when there is none.
func composePrefix(s string) int {
	i := 0
	for i < len(s) && i < 64 && (isAlpha(s[i]) || isDigit(s[i]) || s[i] == '-' || s[i] == '_' || s[i] == '.' || s[i] == '@' && i > 0) {
		i++
	}
	if i == 0 || !isAlpha(s[0]) && !isDigit(s[0]) {
		return 0
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != '|' || s[j+1] != ' ' && j+2 != len(s)+1 {
		return 0
	}
	return j + 2
}

// composeReplicas reports whether every masked line starts with docker
// compose's column as compose writes it: the service's name ending in its
// replica number ("api-1", v1's "shop_web_1"), padded, then "| ". A table's
// first column ("Warning | core | …") has no replica number.
func composeReplicas(lines []string, mask []bool) bool {
	seen := false
	for i, m := range mask {
		if !m {
			continue
		}
		n := composePrefix(lines[i])
		if n == 0 {
			return false
		}
		name := strings.TrimRight(lines[i][:n-2], " ")
		d := len(name)
		for d > 0 && isDigit(name[d-1]) {
			d--
		}
		if d == len(name) || d < 2 || name[d-1] != '-' && name[d-1] != '_' {
			return false
		}
		seen = true
	}
	return seen
}

// joinHanging joins a message that a console logger wrapped in its own
// column (Python's rich, as twine, pip and many CLIs print: "ERROR    HTTPError:
// 403       " and then lines indented to the message column, every one padded
// with blanks to the same width). A continuation line whose text reaches the
// width was cut inside a word ("https://upload.example.o" + "rg/legacy/") and
// joins without a blank. It needs two continuation lines or more, of one
// width, with padding: indented code and JSON are not padded.
func joinHanging(texts []string, nums []int) ([]string, []int) {
	var outT []string
	var outN []int
	changed := false
	for i := 0; i < len(texts); i++ {
		c, w, n := hangingRun(texts, i)
		if n < 2 {
			outT = append(outT, texts[i])
			outN = append(outN, nums[i])
			continue
		}
		changed = true
		var b strings.Builder
		prev := texts[i]
		b.WriteString(strings.TrimRight(prev, " "))
		for k := i + 1; k <= i+n; k++ {
			t := texts[k]
			if !(utf8.RuneCountInString(prev) == w && !strings.HasSuffix(prev, " ")) {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimRight(t[c:], " "))
			prev = t
		}
		outT = append(outT, b.String())
		outN = append(outN, nums[i])
		i += n
	}
	if !changed {
		return texts, nums
	}
	return outT, outN
}

// hangingRun returns, for the head line texts[i], the indent and the width
// of the wrapped lines that continue it, and how many there are (0 when none).
func hangingRun(texts []string, i int) (indent, width, n int) {
	head := texts[i]
	if i+2 >= len(texts) || head == "" || head[0] == ' ' || head[0] == '\t' {
		return 0, 0, 0
	}
	if _, ok := cutContinuation(head); ok {
		// a command the shell continues on indented lines ("curl -X POST
		// \", then "    -H …"), padded by a console's copy: its lines are
		// arguments, which the command reader joins
		return 0, 0, 0
	}
	next := texts[i+1]
	c := 0
	for c < len(next) && next[c] == ' ' {
		c++
	}
	if c < 4 || c > 40 || c == len(next) {
		return 0, 0, 0
	}
	w := utf8.RuneCountInString(next)
	if w < c+12 || utf8.RuneCountInString(head) > w {
		return 0, 0, 0
	}
	padded, k := 0, i+1
	for ; k < len(texts) && k-i <= 10000; k++ {
		t := texts[k]
		if len(t) <= c || strings.TrimLeft(t[:c], " ") != "" || t[c] == ' ' {
			break
		}
		l := utf8.RuneCountInString(t)
		if l > w {
			break
		}
		if l < w {
			k++ // a last line, not padded
			break
		}
		if strings.HasSuffix(t, " ") {
			padded++
		}
	}
	n = k - i - 1
	if n < 2 || padded*2 < n-1 || padded == 0 {
		return 0, 0, 0
	}
	return c, w, n
}

// joinWrapped joins lines a terminal wrapped at a fixed width: when at least
// three lines are exactly as long as the longest one (60 columns or more;
// two at a usual terminal width, terminalWidth), a
// line of that length continues on the next unless it ends in a run of
// blanks: padded lines (blanks up to the width) end where their text ends.
// It returns the joined texts and, for each, the number of its first line.
//
// cut, when not nil, holds for each line of the paste (by number) how many
// characters a log prefix taken off before had: the terminal wrapped the
// line with its prefix, so the width is measured with it.
func joinWrapped(texts []string, nums []int, cut []int) ([]string, []int) {
	wide := func(i int) int {
		n := utf8.RuneCountInString(texts[i])
		if k := nums[i] - 1; k >= 0 && k < len(cut) {
			n += cut[k]
		}
		return n
	}
	width, at := wrapwidth.Widest(len(texts), wide)
	if width < 60 || at < 2 || at == 2 && !wrapwidth.Console(width) {
		return texts, nums
	}
	if fill := boxFill(texts, width); fill > 0 {
		return joinBoxed(texts, nums, width, fill)
	}
	var outT []string
	var outN []int
	var cur strings.Builder
	curN, open, first := 0, false, ""
	for i, t := range texts {
		if !open {
			cur.Reset()
			curN, first = nums[i], t
		}
		cur.WriteString(t)
		// a line cut just after a blank ("… - 401 2 " then "5 1") ends in
		// one; a padded one in a run of them
		open = wide(i) == width && !strings.HasSuffix(t, "  ") && i+1 < len(texts) && cur.Len() < 1<<20 &&
			!sameRecordStart(first, texts[i+1])
		if !open {
			outT = append(outT, cur.String())
			outN = append(outN, curN)
		}
	}
	return outT, outN
}

// sameRecordStart reports whether next opens the way the line first did: a
// log whose records share one template ("svc-1  | {"@timestamp":…") can
// have them all one length, which is no terminal wrapping; a wrapped line
// goes on with the middle of its text, not with a new record's opening. The
// openings are compared digit for any digit: records padded into columns
// (Gin's "[GIN] 2024/03/02 - 11:04:15 | 401 |     102.311µs | …", one
// length each) differ only in their times.
func sameRecordStart(first, next string) bool {
	const n, long = 12, 24
	if len(first) < n || len(next) < n {
		return false
	}
	punct := false
	k := 0
	for ; k < long && k < len(first) && k < len(next); k++ {
		a, b := first[k], next[k]
		if a != b && !(isDigit(a) && isDigit(b)) {
			break
		}
		if !isAlpha(a) && !isDigit(a) {
			punct = true // a prefix with punctuation or blanks, not a word run a wrapped line could repeat
		}
		if k == n-1 && punct {
			return true
		}
	}
	// an opening that is a word run for its first n characters (a host and
	// program under a syslog prefix taken off, "hub hubd[877]: 2026-…")
	// counts when it goes on alike, punctuation in it, for long characters
	return k == long && punct
}

// boxFill recognises a padded box, as a console framework draws an exception
// (Symfony Console: every line indented, padded with blanks to one width,
// the message cut into chunks of a fixed length): it returns the length at
// which a chunk is full, measured without the padding, or 0 when the lines
// of the full width are not such a box.
func boxFill(texts []string, width int) int {
	fill, full, boxed := 0, 0, 0
	for _, t := range texts {
		if utf8.RuneCountInString(t) != width {
			continue
		}
		if !strings.HasSuffix(t, " ") {
			return 0 // a full-width line with text to its end: plain terminal wrapping
		}
		boxed++
		switch n := utf8.RuneCountInString(strings.TrimRight(t, " ")); {
		case n > fill:
			fill, full = n, 1
		case n == fill:
			full++
		}
	}
	if boxed < 3 || full < 2 || fill < width/2 || fill >= width {
		return 0
	}
	return fill
}

// joinBoxed joins the chunks of a padded box: a line whose text fills the
// chunk continues, without a blank, on the next line after its indent.
func joinBoxed(texts []string, nums []int, width, fill int) ([]string, []int) {
	var outT []string
	var outN []int
	var cur strings.Builder
	curN, open := 0, false
	for i, t := range texts {
		body := strings.TrimRight(t, " ")
		if !open {
			cur.Reset()
			curN = nums[i]
			cur.WriteString(body)
		} else {
			cur.WriteString(strings.TrimLeft(body, " "))
		}
		open = utf8.RuneCountInString(t) == width && utf8.RuneCountInString(body) == fill && i+1 < len(texts) && cur.Len() < 1<<20
		if !open {
			outT = append(outT, cur.String())
			outN = append(outN, curN)
		}
	}
	return outT, outN
}

// pyLogPrefix reads Python logging's basicConfig prefix "WARNING:root:" or
// "DEBUG:urllib3.connectionpool:".
func pyLogPrefix(s string) int {
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if k == 0 || k >= len(s) || s[k] != ':' || !levelWords.Has(s[:k]) {
		return 0
	}
	j := k + 1
	for j < len(s) && (isAlpha(s[j]) || isDigit(s[j]) || s[j] == '_' || s[j] == '.') {
		j++
	}
	if j == k+1 || j >= len(s) || s[j] != ':' {
		return 0
	}
	return j + 1
}
