// PowerShell's web cmdlets on a command line: Invoke-WebRequest and
// Invoke-RestMethod, their aliases iwr and irm, and "curl" or "wget" in
// Windows PowerShell 5.1, where both name Invoke-WebRequest and take its
// parameters (-Uri, -Method, -Headers @{…}, -Body, -Credential).

package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// pwshTools are the cmdlets (and their aliases) read as PowerShell.
var pwshTools = wordlist.Set{"invoke-webrequest", "invoke-restmethod", "iwr", "irm"}

// isPwshTool reports whether w is one of pwshTools in any case, as
// strings.ToLower has it: every line's first word is asked, and lowering
// made a copy of each with a capital ("Content-Type:"). An ASCII word is
// compared without one.
func isPwshTool(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return pwshTools.Has(strings.ToLower(w))
		}
	}
	for _, t := range pwshTools {
		if len(t) == len(w) && hasPrefixASCIIFold(w, t) {
			return true
		}
	}
	return false
}

// pwshParams are parameters only the cmdlets take: a "curl" or "wget" line
// with one of them is PowerShell's alias, not the program.
var pwshParams = wordlist.Set{"-uri", "-method", "-headers", "-usebasicparsing", "-body",
	"-contenttype", "-credential", "-outfile", "-websession", "-usedefaultcredentials"}

// pwshStyle reports whether a command's arguments are the cmdlet's parameters.
func pwshStyle(args []string) bool {
	for _, a := range args {
		if len(a) > 3 && a[0] == '-' && a[1] != '-' && pwshParams.Has(strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// readPowerShell reads a cmdlet's parameters from its command line s (the
// text after the cmdlet's name): the request's URL, method, the headers of
// a literal -Headers @{…} table and a literal -Body. Credentials the line
// does not show (-Credential, -WebSession, a -Headers variable) make the
// request's credentials unknown rather than absent.
func (c *command) readPowerShell(s string) {
	c.tool = "pwsh"
	psCred, psAuth := false, ""
	defer func() {
		if psCred && psAuth == "basic" {
			// PowerShell 6+ sends -Credential as Basic on the first
			// request when -Authentication Basic is given; without it the
			// pair goes only after a challenge, if one comes
			c.configured = append(c.configured, Field{Name: "-Credential sent as Basic"})
		}
	}()
	for i := 0; i < len(s); {
		i = skipBlank(s, i)
		if i >= len(s) {
			break
		}
		if s[i] == '-' && i+1 < len(s) && isAlpha(s[i+1]) {
			j := i + 1
			for j < len(s) && (isAlpha(s[j]) || isDigit(s[j])) {
				j++
			}
			name := strings.ToLower(s[i+1 : j])
			i = j
			switch name {
			case "usebasicparsing", "skipcertificatecheck", "verbose", "allowunencryptedauthentication", "disablekeepalive",
				"skiphttperrorcheck", "skipheadervalidation", "passthru", "resume", "allowinsecureredirect":
				continue // switches take no value
			case "usedefaultcredentials":
				c.hidden, c.auth = true, true
				continue
			}
			if i < len(s) && s[i] == ':' {
				i++
			}
			i = skipBlank(s, i)
			v, table, next := psValue(s, i)
			i = next
			switch name {
			case "uri", "url":
				c.url = v
			case "method", "custommethod":
				c.method = strings.ToUpper(v)
			case "headers":
				if !table {
					c.hidden = true // a variable: its headers are not shown
					if len(v) > 1 && v[0] == '$' && isCodeName(v[1:]) {
						c.headersVar = v[1:] // unless the paste assigns it (pwshHeaderTables)
					}
					break
				}
				for _, f := range psTable(v) {
					c.add(f)
				}
			case "body":
				if !strings.HasPrefix(v, "$") {
					c.data = v
				}
			case "contenttype":
				c.add(Field{Name: "Content-Type", Value: v})
			case "useragent":
				c.add(Field{Name: "User-Agent", Value: v})
			case "token":
				c.add(Field{Name: "Authorization", Value: "Bearer " + v})
				c.auth = true
			case "credential":
				c.hidden, c.auth, psCred = true, true, v != "" && !strings.EqualFold(v, "$null")
			case "authentication":
				c.hidden, c.auth, psAuth = true, true, strings.ToLower(v)
			case "websession", "certificate", "certificatethumbprint":
				c.hidden, c.auth = true, true
			}
			continue
		}
		v, _, next := psValue(s, i)
		i = next
		if c.url == "" && (strings.Contains(v, "://") || strings.HasPrefix(v, "localhost")) {
			c.url = v // the positional -Uri
		}
	}
	if c.method == "" {
		c.method = "GET"
	}
	for _, f := range c.fields {
		if strings.EqualFold(f.Name, "authorization") || strings.EqualFold(f.Name, "cookie") || IsAPIKeyHeader(f.Name) {
			c.auth = true
		}
	}
}

// maxPwshTable bounds the lines a hashtable assigned over several lines
// is read across.
const maxPwshTable = 32

// pwshHeaderTables gives a request built from a PowerShell cmdlet whose
// -Headers names a variable ($headers) the entries of the hashtable the
// paste assigns to that variable above the command ($headers = @{ … },
// on one line or over several): the headers the cmdlet sent. The
// assignments are found in one pass over the lines; each is read across
// at most maxPwshTable lines.
func pwshHeaderTables(in *Input, lines []string) {
	var want map[string]bool
	for _, x := range in.Exchanges {
		if q := x.Request; q != nil && q.headersVar != "" {
			if want == nil {
				want = map[string]bool{}
			}
			want[strings.ToLower(q.headersVar)] = true
		}
	}
	if want == nil {
		return
	}
	type table struct {
		line   int // 1-based line of the assignment
		fields []Field
	}
	tables := map[string][]table{}
	for i := 0; i < len(lines); i++ {
		name, rest, ok := psTableAssignment(lines[i])
		if !ok || !want[strings.ToLower(name)] || len(tables[strings.ToLower(name)]) >= maxPwshTable {
			continue
		}
		text, k := rest, i
		for psTableEnd(text, 0) < 0 && k+1 < len(lines) && k-i < maxPwshTable {
			k++
			text += " " + strings.TrimSpace(lines[k])
		}
		v, isTable, _ := psValue(text, 0)
		if !isTable {
			continue
		}
		fs := psTable(v)
		for j := range fs {
			fs[j].Pos = Pos{Line: i + 1}
			for m := i; m <= k; m++ {
				if strings.Contains(lines[m], fs[j].Name) {
					fs[j].Pos = Pos{Line: m + 1}
					break
				}
			}
		}
		tables[strings.ToLower(name)] = append(tables[strings.ToLower(name)], table{i + 1, fs})
	}
	for _, x := range in.Exchanges {
		q := x.Request
		if q == nil || q.headersVar == "" {
			continue
		}
		var last *table
		for j, tb := range tables[strings.ToLower(q.headersVar)] {
			if tb.line < q.Pos.Line {
				last = &tables[strings.ToLower(q.headersVar)][j]
			}
		}
		if last == nil {
			continue
		}
		for _, f := range last.fields {
			if _, has := q.Fields.Lookup(f.Name); !has {
				q.Fields = append(q.Fields, f)
			}
		}
	}
}

// psTableAssignment reads a line assigning a hashtable literal to a
// variable ("$headers = @{", "$h=@{ 'X-Api-Key' = $k }"): the variable's
// name and the text from "@{" on.
func psTableAssignment(l string) (name, rest string, ok bool) {
	t := strings.TrimSpace(l)
	if len(t) < 5 || t[0] != '$' {
		return "", "", false
	}
	j := 1
	for j < len(t) && (isWordByte(t[j]) || t[j] == ':') {
		j++
	}
	name = t[1:j]
	k := skipBlank(t, j)
	if k >= len(t) || t[k] != '=' || name == "" || !isCodeName(name) {
		return "", "", false
	}
	k = skipBlank(t, k+1)
	if !strings.HasPrefix(t[k:], "@{") {
		return "", "", false
	}
	return name, t[k:], true
}

// isCodeName reports whether s is a variable's name: letters, digits and
// underscores, not starting with a digit.
func isCodeName(s string) bool {
	if s == "" || isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isWordByte(s[i]) {
			return false
		}
	}
	return true
}

// skipBlank skips spaces and tabs.
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// psValue reads one PowerShell argument at i: a quoted string (without its
// quotes), a hashtable literal @{…} (its inside, table set), or a bare word.
func psValue(s string, i int) (v string, table bool, next int) {
	if i >= len(s) {
		return "", false, i
	}
	switch {
	case s[i] == '\'' || s[i] == '"':
		q := s[i]
		j := i + 1
		for j < len(s) && s[j] != q {
			if q == '"' && s[j] == '`' {
				j++ // a backtick escapes the next character
			}
			j++
		}
		return s[i+1 : min(j, len(s))], false, min(j+1, len(s))
	case strings.HasPrefix(s[i:], "@{"):
		if j := psTableEnd(s, i); j >= 0 {
			return s[i+2 : j], true, j + 1
		}
		return s[i+2:], true, len(s)
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	return s[i:j], false, j
}

// psTableEnd returns the index of the "}" that closes the hashtable
// literal opening at s[i] ("@{"), or -1 when s ends first; braces inside
// quotes count for nothing.
func psTableEnd(s string, i int) int {
	depth := 0
	var q byte
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// psTable reads the "Name = value" entries of a hashtable literal's inside,
// separated by ";" or line breaks (joined to blanks on the command line).
func psTable(s string) []Field {
	var out []Field
	for i := 0; i < len(s); {
		i = skipBlank(s, i)
		for i < len(s) && s[i] == ';' {
			i = skipBlank(s, i+1)
		}
		if i >= len(s) {
			break
		}
		name, _, next := psKey(s, i)
		i = skipBlank(s, next)
		if i >= len(s) || s[i] != '=' || name == "" {
			// not "Name = value": skip to the next entry
			for i < len(s) && s[i] != ';' {
				i++
			}
			continue
		}
		i = skipBlank(s, i+1)
		quoted := i < len(s) && (s[i] == '\'' || s[i] == '"')
		v, _, next := psValue(s, i)
		if tail, e := concatTail(s, next); quoted && tail != "" {
			v, next = v+tail, e // 'Basic ' + [Convert]::ToBase64String(…)
		}
		i = next
		for i < len(s) && s[i] != ';' && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		out = append(out, Field{Name: name, Value: v})
	}
	return out
}

// psKey reads a hashtable key: quoted, or a bare name that ends at "=" or a blank.
func psKey(s string, i int) (string, bool, int) {
	if s[i] == '\'' || s[i] == '"' {
		return psValue(s, i)
	}
	j := i
	for j < len(s) && s[j] != '=' && s[j] != ' ' && s[j] != '\t' && s[j] != ';' {
		j++
	}
	return s[i:j], false, j
}
