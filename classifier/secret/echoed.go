package secret

import "strings"

// echoedName returns the name of what a line asks a shell or a REPL to
// print, when the whole line is such a request and names a credential
// field: PowerShell's "$keys.PrimaryKey" or "$env:API_TOKEN", a shell's
// "echo $GITHUB_TOKEN", Python's ">>> client.api_key", Node's
// "> process.env.API_KEY", Ruby's "ENV['API_KEY']". The value is printed on
// the line below, alone, with no name beside it (echoedValue). A bare word
// is not a request ("token" alone is a heading as often): the line must
// hold a variable's '$', a property's '.', or an environment lookup.
func echoedName(l string) string {
	t := strings.TrimSpace(l)
	if len(t) < 3 || len(t) > 120 {
		return ""
	}
	// the prompt: PowerShell's "PS C:\dir> ", a REPL's ">>> " or "> ", a
	// shell's "$ " or "# ", irb's "irb(main):001:0> ", IPython's "In [3]: "
	if strings.HasPrefix(t, "PS ") || strings.HasPrefix(t, "irb(") {
		if i := strings.Index(t, "> "); i > 0 {
			t = t[i+2:]
		}
	} else if strings.HasPrefix(t, "In [") {
		if i := strings.Index(t, "]: "); i > 0 {
			t = t[i+3:]
		}
	}
	for _, p := range []string{">>> ", "> ", "$ ", "# "} {
		t = strings.TrimPrefix(t, p)
	}
	for _, cmd := range []string{"echo ", "Write-Output ", "Write-Host ", "print ", "puts ", "p "} {
		if rest, ok := strings.CutPrefix(t, cmd); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	if inner, ok := strings.CutPrefix(t, "print("); ok && strings.HasSuffix(inner, ")") {
		t = inner[:len(inner)-1]
	} else if inner, ok := strings.CutPrefix(t, "console.log("); ok && strings.HasSuffix(inner, ")") {
		t = inner[:len(inner)-1]
	}
	t = strings.Trim(t, `"`)
	name, marked := "", false
	switch {
	case strings.HasPrefix(t, "ENV[") || strings.HasPrefix(t, "os.environ[") || strings.HasPrefix(t, "os.getenv(") ||
		strings.HasPrefix(t, "System.getenv(") || strings.HasPrefix(t, "getenv("):
		// an environment lookup by a quoted name
		q := strings.IndexAny(t, `'"`)
		if q < 0 {
			return ""
		}
		e := strings.IndexByte(t[q+1:], t[q])
		if e < 0 {
			return ""
		}
		rest := strings.TrimLeft(t[q+1+e+1:], "])")
		if rest != "" {
			return ""
		}
		name, marked = t[q+1:q+1+e], true
	case strings.HasPrefix(t, "${") && strings.HasSuffix(t, "}"):
		name, marked = t[2:len(t)-1], true
	case strings.HasPrefix(t, "$env:"):
		name, marked = t[len("$env:"):], true
	case strings.HasPrefix(t, "$"):
		name, marked = t[1:], true
	default:
		name = t
		marked = strings.Contains(name, ".")
	}
	if !marked || !isCodeIdent(name) {
		return ""
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if c, _ := fieldClass(name); c == fNone {
		return ""
	}
	return name
}

// echoedValue masks the value a shell or a REPL printed for the request on
// the line above (echoedName): the line alone, one word, in the quotes a
// REPL prints a string in ("'9f…'", irb's "=> \"9f…\"", IPython's
// "Out[3]: '9f…'"), a credential by the name's class (FieldIsCredential: a
// password whatever it looks like, a "PrimaryKey" only when it looks random).
func (s *scanner) echoedValue(name, l string, base, line int) {
	vs, ve := 0, len(l)
	for vs < ve && (l[vs] == ' ' || l[vs] == '\t') {
		vs++
	}
	for ve > vs && (l[ve-1] == ' ' || l[ve-1] == '\t') {
		ve--
	}
	t := l[vs:ve]
	for _, p := range []string{"=> ", "Out["} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			if p == "Out[" {
				i := strings.Index(rest, "]: ")
				if i < 0 {
					return
				}
				rest = rest[i+3:]
			}
			vs += len(t) - len(rest)
			t = rest
		}
	}
	if len(t) >= 2 && (t[0] == '\'' || t[0] == '"') && t[len(t)-1] == t[0] {
		vs, ve, t = vs+1, ve-1, t[1:len(t)-1]
	}
	if len(t) < 8 || strings.ContainsAny(t, " \t'\"") {
		return
	}
	if k, ok := FieldIsCredential(name, t); ok {
		s.add(k, name, base+vs, base+ve, line)
	}
}
