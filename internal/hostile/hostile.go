// Package hostile is the hostile-input corpus of issue #6: XSS and injection
// vectors (testdata/hostile/vectors.txt at the top of the repository) placed
// into every part of a paste the classifier reads, plus generators for very
// large, very deep and very long inputs.
//
// The native tests in this package run every case through the classifier.
// The browser tests reuse the same cases (Pastes, Big) to paste them into the
// page and check that nothing runs and nothing breaks.
package hostile

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Vector is one hostile string from vectors.txt.
type Vector struct {
	Label string
	Text  string
}

// Case is one vector placed into one part of a paste.
type Case struct {
	Name      string // "<label>/<placement>"
	Label     string // the vector's label
	Vector    string // the vector itself
	Placement string // where it was put: "header-value", "har-status-text", ...
	Paste     string // the whole paste
	// Quoted is the line of the paste, or the HAR field as "name: value", that
	// the classifier is expected to quote as evidence; "" when this placement
	// is not one the rules quote. Compare with Shown.
	Quoted string
}

// Dir returns the directory holding vectors.txt: $AUTHTRIAGE_HOSTILE when set,
// else testdata/hostile next to this package's source.
func Dir() string {
	if d := os.Getenv("AUTHTRIAGE_HOSTILE"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("testdata", "hostile")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "hostile")
}

// Vectors reads vectors.txt, expanding {U+XXXX}, and appends the generated
// ones too long to keep in the file.
func Vectors() ([]Vector, error) {
	path := filepath.Join(Dir(), "vectors.txt")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var vs []Vector
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok || label == "" || text == "" {
			return nil, fmt.Errorf("%s:%d: want a label, a tab and a vector", path, n)
		}
		if seen[label] {
			return nil, fmt.Errorf("%s:%d: label %q used twice", path, n, label)
		}
		seen[label] = true
		t, err := expand(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		vs = append(vs, Vector{Label: label, Text: t})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	vs = append(vs,
		Vector{Label: "long-100k-token", Text: strings.Repeat("A", 100_000)},
		Vector{Label: "long-100k-tags", Text: strings.Repeat("<b>", 30_000) + "<script>alert(1)</script>"},
	)
	return vs, nil
}

// expand replaces every {U+XXXX} with its code point.
func expand(s string) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(s, "{U+")
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("unclosed {U+ in %q", s)
		}
		r, err := strconv.ParseUint(s[i+3:i+j], 16, 32)
		if err != nil || r > 0x10FFFF {
			return "", fmt.Errorf("bad code point %q", s[i:i+j+1])
		}
		b.WriteString(s[:i])
		b.WriteRune(rune(r))
		s = s[i+j+1:]
	}
}

// oneLine reports whether v can stand inside one line of a text paste and be
// quoted as written: no line breaks the parser would split on, and no
// terminal escape (the text parser strips colour sequences and ESC bytes, so
// a quote shows them changed).
func oneLine(v string) bool {
	return !strings.ContainsAny(v, "\r\n\u2028\u2029\x00\x1b")
}

// jsonString is v as a JSON string literal, without HTML escaping, as a HAR
// exporter would write it.
func jsonString(v string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

const reqLine = "GET /api/orders HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x\n\n"

// placements puts v into a paste; each returns the paste and the quoted line
// ("" when no rule is expected to quote it).
var placements = []struct {
	name string
	make func(v string) (paste, quoted string)
}{
	{"www-authenticate-value", func(v string) (string, string) {
		l := `WWW-Authenticate: Bearer realm="` + v + `", error="invalid_token"`
		return reqLine + "HTTP/1.1 401 Unauthorized\n" + l + "\nContent-Length: 0\n\n", l
	}},
	{"header-name", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 403 Forbidden\n" + v + ": 1\nContent-Type: text/plain\n\nforbidden\n", ""
	}},
	{"header-value", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 403 Forbidden\nServer: " + v + "\nX-Reason: " + v + "\n\n", ""
	}},
	{"reason-phrase", func(v string) (string, string) {
		l := "HTTP/1.1 403 " + v
		return reqLine + l + "\nContent-Length: 0\n\n", l
	}},
	{"html-body", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><head><title>" + v + "</title></head><body><h1>Access denied</h1><p>" + v + "</p></body></html>\n", ""
	}},
	{"json-body", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid_token\",\"error_description\":" + jsonString(v) + "}\n", ""
	}},
	{"raw-json-body", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"message\":\"" + v + "\"}\n", ""
	}},
	{"location", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 302 Found\nLocation: " + v + "\n\nHTTP/1.1 403 Forbidden\n\n", ""
	}},
	{"set-cookie-name", func(v string) (string, string) {
		return reqLine + "HTTP/1.1 401 Unauthorized\nSet-Cookie: " + v + "=deleted; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT\n\n", ""
	}},
	{"cookie-name", func(v string) (string, string) {
		return "GET /account HTTP/1.1\nHost: app.example.com\nCookie: " + v + "=abc123\n\nHTTP/1.1 403 Forbidden\n\n", ""
	}},
	{"request-target", func(v string) (string, string) {
		return "GET /" + v + " HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\n\n", ""
	}},
	{"curl-verbose", func(v string) (string, string) {
		return "> GET /" + v + " HTTP/1.1\n> Host: api.example.com\n> \n< HTTP/1.1 403 " + v + "\n< X-Deny: " + v + "\n< \n" + v + "\n", "HTTP/1.1 403 " + v
	}},
}

// harPlacements put v into the fields of a HAR entry.
var harPlacements = []struct {
	name   string
	field  string // which field of the entry below holds v
	quoted string // the evidence expected, with %s for v
}{
	{"har-header-name", "hname", ""},
	{"har-header-value", "hvalue", ""},
	{"har-status-text", "status", "HTTP/1.1 401 %s"},
	{"har-content-text", "content", ""},
	{"har-url", "url", ""},
	{"har-cookie-name", "cookie", ""},
	{"har-mime-type", "mime", ""},
}

func harPaste(field, v string) string {
	pick := func(f, def string) string {
		if f == field {
			return v
		}
		return def
	}
	type nv struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	}
	entry := map[string]any{
		"startedDateTime": "2024-05-02T09:31:10.000Z",
		"time":            12.5,
		"request": map[string]any{
			"method": "GET", "url": pick("url", "https://api.example.com/orders"), "httpVersion": "HTTP/1.1",
			"headers":     []nv{{"Host", "api.example.com"}, {"Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"}},
			"cookies":     []nv{{pick("cookie", "session"), "abc123"}},
			"queryString": []nv{}, "headersSize": -1, "bodySize": 0,
		},
		"response": map[string]any{
			"status": 401, "statusText": pick("status", "Unauthorized"), "httpVersion": "HTTP/1.1",
			"headers": []nv{{"WWW-Authenticate", `Bearer realm="api", error="invalid_token"`},
				{pick("hname", "X-Request-Id"), pick("hvalue", "4f2a")}},
			"cookies":     []nv{},
			"content":     map[string]any{"size": 10, "mimeType": pick("mime", "text/html"), "text": pick("content", "<p>denied</p>")},
			"redirectURL": "", "headersSize": -1, "bodySize": 10,
		},
		"cache": map[string]any{}, "timings": map[string]float64{"send": 0, "wait": 10, "receive": 1},
	}
	har := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"}, "entries": []any{entry}}}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(har); err != nil {
		panic(err) // only maps, slices and strings: cannot fail
	}
	return b.String()
}

// Pastes returns every vector in every placement.
func Pastes() ([]Case, error) {
	vs, err := Vectors()
	if err != nil {
		return nil, err
	}
	var cs []Case
	for _, v := range vs {
		for _, p := range placements {
			paste, quoted := p.make(v.Text)
			if !oneLine(v.Text) {
				quoted = "" // the line is split; only safety is checked
			}
			cs = append(cs, Case{Name: v.Label + "/" + p.name, Label: v.Label, Vector: v.Text, Placement: p.name, Paste: paste, Quoted: quoted})
		}
		for _, p := range harPlacements {
			quoted := ""
			if p.quoted != "" && oneLine(v.Text) {
				quoted = strings.Replace(p.quoted, "%s", v.Text, 1)
			}
			cs = append(cs, Case{Name: v.Label + "/" + p.name, Label: v.Label, Vector: v.Text, Placement: p.name, Paste: harPaste(p.field, v.Text), Quoted: quoted})
		}
	}
	return cs, nil
}

// Shown reports whether text, a string from the report, shows quoted as the
// classifier quotes evidence: whole (spaces trimmed), or cut to a prefix
// ending in "…" that is at least 100 bytes long.
func Shown(text, quoted string) bool {
	q := strings.TrimSpace(quoted)
	if strings.Contains(text, q) {
		return true
	}
	if cut, ok := strings.CutSuffix(text, "…"); ok && len(cut) >= 100 {
		return strings.Contains(q, strings.TrimSpace(cut))
	}
	return false
}

// BigCase is a large or deep input, built on demand (some are 100 MB).
type BigCase struct {
	Name string
	Make func() string
	// TooLarge is set when the paste is over the classifier's size limit and
	// a clear "too large" error is the right answer.
	TooLarge bool
}

// Big returns the big and deep inputs of the issue: a 100 MB paste, 10,000
// exchanges, a JSON body nested 100,000 deep (in a response and as a HAR
// body), and a 1 MB single line (in a header and in a body).
func Big() []BigCase {
	return []BigCase{
		{Name: "paste-100MB", TooLarge: true, Make: func() string {
			unit := reqLine + "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\n\n"
			return strings.Repeat(unit, 100<<20/len(unit)+1)
		}},
		{Name: "exchanges-10000", Make: func() string {
			var b strings.Builder
			for i := 0; i < 10_000; i++ {
				fmt.Fprintf(&b, "GET /api/items/%d HTTP/1.1\nHost: api.example.com\n\n", i)
				switch i % 3 {
				case 0:
					b.WriteString("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\":true}\n\n")
				case 1:
					b.WriteString("HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\n\n")
				default:
					b.WriteString("HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"forbidden\"}\n\n")
				}
			}
			return b.String()
		}},
		{Name: "json-nested-100000", Make: func() string {
			return reqLine + "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n" +
				strings.Repeat(`{"a":[`, 50_000) + "1" + strings.Repeat("]}", 50_000) + "\n"
		}},
		{Name: "json-nested-unclosed-100000", Make: func() string {
			return reqLine + "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n" + strings.Repeat("[", 100_000) + "\n"
		}},
		{Name: "har-nested-100000", Make: func() string {
			return `{"log":{"version":"1.2","entries":[{"request":{"method":"GET","url":"https://x.example/","headers":[]},"response":{"status":403,"headers":[],"content":{"text":` +
				strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `}}}]}}`
		}},
		{Name: "line-1MB-header", Make: func() string {
			return reqLine + "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"" + strings.Repeat("a", 1<<20) + "\"\n\n"
		}},
		{Name: "line-1MB-body", Make: func() string {
			return reqLine + "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n" + strings.Repeat("<p>denied</p>", (1<<20)/13) + "\n"
		}},
		{Name: "line-1MB-only", Make: func() string {
			return strings.Repeat("x", 1<<20)
		}},
	}
}
