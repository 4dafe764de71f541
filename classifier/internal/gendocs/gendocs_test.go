package main

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// root is the module root seen from this package's directory.
const root = "../../.."

// TestDocsUpToDate renders the reference in memory and compares it with the
// committed files, so a rule change without go generate fails here.
func TestDocsUpToDate(t *testing.T) {
	page, err := renderHTML(rules.All)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		path string
		want []byte
	}{{markdownPath, renderMarkdown(rules.All)}, {htmlPath, page}} {
		got, err := os.ReadFile(filepath.Join(root, f.path))
		if err != nil || !bytes.Equal(got, f.want) {
			t.Errorf("%s is stale: run go generate ./...", filepath.ToSlash(f.path))
		}
	}
}

var (
	idAttr  = regexp.MustCompile(`\sid="([^"]*)"`)
	hrefSrc = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	cspMeta = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
)

func TestRulesHTML(t *testing.T) {
	b, err := renderHTML(rules.All)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	ids := map[string]int{}
	for _, m := range idAttr.FindAllStringSubmatch(page, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q appears %d times", id, n)
		}
	}
	for _, r := range rules.All {
		if ids[r.ID] != 1 {
			t.Errorf("rule %s has no element with id=%q", r.ID, r.ID)
		}
		if !strings.Contains(page, `href="#`+r.ID+`"`) {
			t.Errorf("the index does not link %s", r.ID)
		}
	}
	m := cspMeta.FindStringSubmatch(page)
	if m == nil || html.UnescapeString(m[1]) != csp {
		t.Errorf("CSP meta = %v, want %q", m, csp)
	}
	for _, bad := range []string{"<script", " style=", "<style", "<iframe", "<object", "<base"} {
		if strings.Contains(strings.ToLower(page), bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if regexp.MustCompile(`(?i)\son[a-z]+=`).MatchString(page) {
		t.Error("page has an inline event handler")
	}
	if !strings.Contains(page, `<link rel="stylesheet" href="style.css">`) || !strings.Contains(page, `href="./"`) {
		t.Error("page lacks the stylesheet link or the back link")
	}
	for _, m := range hrefSrc.FindAllStringSubmatch(page, -1) {
		u := html.UnescapeString(m[1])
		if strings.HasPrefix(u, "https://") {
			continue // a reference to a specification
		}
		if strings.Contains(u, ":") || strings.HasPrefix(u, "/") {
			t.Errorf("link %q is neither relative nor an https reference", u)
		}
	}
}

// hostileRule carries markup everywhere a rule author could slip it in.
var hostileRule = &rule.Rule{
	ID: "AT9998", Name: "x<y", Title: `Title <script>alert(1)</script> | pipe`,
	Doc:      "First `<b>code</b>` para & <i>more</i>.\n\nSecond ``a`b`` para with an odd ` tick.",
	Fix:      `Fix "quoted" <img src=x onerror=alert(1)>`,
	Example:  "HTTP/1.1 401 Unauthorized\n```\n</code></pre><script>x</script>",
	Severity: rule.High, Category: rule.CatLeak,
	Refs:     []rule.Ref{{Title: "evil", URL: "javascript:alert(1)"}, {Title: "a]b", URL: "https://example.test/x"}},
	Disabled: "broken <for now>",
}

func TestRulesHTMLEscapes(t *testing.T) {
	b, err := renderHTML([]*rule.Rule{hostileRule})
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", "javascript:", "onerror=alert"} {
		if strings.Contains(page, bad) && !(bad == "onerror=alert" && strings.Contains(page, "&lt;img")) {
			t.Errorf("unescaped %q in:\n%s", bad, page)
		}
	}
	for _, want := range []string{"<code>&lt;b&gt;code&lt;/b&gt;</code>", "<code>a`b</code>", "odd ` tick", "&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestRulesMarkdown(t *testing.T) {
	md := string(renderMarkdown(rules.All))
	if !strings.HasPrefix(md, "<!-- Code generated") || !strings.Contains(md, "DO NOT EDIT") {
		t.Error("docs/rules.md lacks its generated-code marker")
	}
	for _, r := range rules.All {
		for _, want := range []string{"<a id=\"" + r.ID + "\"></a>", "### " + r.ID + " " + r.Name + "\n", "| [" + r.ID + "](#" + r.ID + ")"} {
			if strings.Count(md, want) != 1 {
				t.Errorf("%s: %q appears %d times, want once", r.ID, want, strings.Count(md, want))
			}
		}
	}
	one := string(renderMarkdown([]*rule.Rule{hostileRule}))
	if !strings.Contains(one, "````http\n") || !strings.Contains(one, "\n````\n") {
		t.Errorf("an example holding ``` needs a longer fence:\n%s", one)
	}
	if !strings.Contains(one, `Title <script>alert(1)</script> \| pipe |`) {
		t.Errorf("a pipe in a title must be escaped in the index table:\n%s", one)
	}
}

func TestSpans(t *testing.T) {
	got := paragraphs("a `b` c\n\n\n``d`e`` f ` g\nh")
	want := []para{
		{{Text: "a "}, {Code: true, Text: "b"}, {Text: " c"}},
		{{Code: true, Text: "d`e"}, {Text: " f ` g h"}},
	}
	if len(got) != len(want) {
		t.Fatalf("paragraphs = %+v", got)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("paragraph %d = %+v, want %+v", i, got[i], want[i])
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("paragraph %d seg %d = %+v, want %+v", i, j, got[i][j], want[i][j])
			}
		}
	}
}

// TestRun writes into a scratch root and checks the files match the renders.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	if err := run(dir, &log); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, markdownPath))
	if err != nil || !bytes.Equal(got, renderMarkdown(rules.All)) {
		t.Errorf("run wrote a different docs/rules.md (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(dir, htmlPath)); err != nil {
		t.Error(err)
	}
	if n := strings.Count(log.String(), "gendocs: wrote "); n != 2 {
		t.Errorf("first run reported %d files written, want 2: %q", n, log.String())
	}
	log.Reset()
	if err := run(dir, &log); err != nil || log.Len() != 0 {
		t.Errorf("a second run rewrote unchanged files: %q (%v)", log.String(), err)
	}
}
