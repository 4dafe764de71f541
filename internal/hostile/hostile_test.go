package hostile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
)

// TestVectorFile: the corpus holds at least 50 vectors of its own, besides
// the generated long ones, covering each kind the issue lists.
func TestVectorFile(t *testing.T) {
	vs, err := Vectors()
	if err != nil {
		t.Fatal(err)
	}
	fromFile := 0
	for _, v := range vs {
		if !strings.HasPrefix(v.Label, "long-100k") {
			fromFile++
		}
	}
	if fromFile < 50 {
		t.Errorf("%d vectors in vectors.txt, want at least 50", fromFile)
	}
	has := func(sub string) bool {
		for _, v := range vs {
			if strings.Contains(v.Text, sub) {
				return true
			}
		}
		return false
	}
	for _, kind := range []string{"<script", "onerror=", "javascript:", "data:", "<svg", "&lt;", "\u202e", "\u200b", "expression(", "</style>", "\r\n"} {
		if !has(kind) {
			t.Errorf("no vector holds %q", kind)
		}
	}
	if got, err := expand("a{U+202E}b{U+1F469}"); err != nil || got != "a\u202eb\U0001F469" {
		t.Errorf("expand: %q, %v", got, err)
	}
	if _, err := expand("a{U+zz}"); err == nil {
		t.Error("expand accepted a bad code point")
	}
}

// strs collects every string in a decoded JSON value.
func strs(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case []any:
		for _, e := range x {
			strs(e, out)
		}
	case map[string]any:
		for _, e := range x {
			strs(e, out)
		}
	}
}

// analyzeJSON runs the bridge's call and turns a panic into a test error.
func analyzeJSON(t *testing.T, name, paste string) (out []byte) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: AnalyzeJSON panicked: %v", name, r)
			out = nil
		}
	}()
	return classifier.AnalyzeJSON(paste, classifier.Options{})
}

// TestPastes runs every vector in every placement through the classifier:
// no panic, valid JSON with < > & escaped, no internal error, the vector
// quoted literally (never HTML-escaped) where the placement is quoted, and
// every evidence line inside the paste.
func TestPastes(t *testing.T) {
	cs, err := Pastes()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 50*10 {
		t.Fatalf("only %d cases", len(cs))
	}
	quotedCases := 0
	for _, c := range cs {
		out := analyzeJSON(t, c.Name, c.Paste)
		if out == nil {
			continue
		}
		if !json.Valid(out) {
			t.Errorf("%s: invalid JSON: %.200s", c.Name, out)
			continue
		}
		if i := bytes.IndexAny(out, "<>&"); i >= 0 {
			t.Errorf("%s: raw JSON holds an unescaped %q at %d: %.80s", c.Name, out[i], i, out[max(0, i-40):])
		}
		if bytes.Contains(out, []byte("\u2028")) || bytes.Contains(out, []byte("\u2029")) {
			t.Errorf("%s: raw JSON holds a U+2028/U+2029", c.Name)
		}
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		var e classifier.ErrorJSON
		_ = json.Unmarshal(out, &e)
		if e.Error.Message != "" {
			if e.Error.Internal {
				t.Errorf("%s: internal error: %s", c.Name, e.Error.Message)
			}
			continue // a clear refusal is an answer; nothing to quote
		}
		var all []string
		strs(v, &all)

		if strings.Contains(c.Vector, "<") && !strings.Contains(c.Paste, "&lt;") {
			for _, s := range all {
				if strings.Contains(s, "&lt;") {
					t.Errorf("%s: the report HTML-escapes the paste (the page shows text as text): %q", c.Name, s)
					break
				}
			}
		}
		var rep classifier.Report
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Errorf("%s: report shape: %v", c.Name, err)
			continue
		}
		checkLines(t, c.Name, &rep)
		if c.Quoted == "" {
			continue
		}
		quotedCases++
		if !quotes(&rep, c.Quoted) {
			t.Errorf("%s: no evidence quotes %q", c.Name, c.Quoted)
		}
	}
	if quotedCases < 100 {
		t.Errorf("only %d cases check the quoting", quotedCases)
	}
}

// evidence lists every evidence text in the report.
func evidence(rep *classifier.Report) []string {
	var out []string
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			for _, e := range f.Evidence {
				out = append(out, e.Text)
			}
		}
		for _, s := range append(x.Verdict.Reasons, x.Verdict.Overruled...) {
			if s.Evidence != nil {
				out = append(out, s.Evidence.Text)
			}
		}
	}
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			out = append(out, e.Text)
		}
	}
	return out
}

func quotes(rep *classifier.Report, quoted string) bool {
	for _, s := range evidence(rep) {
		if Shown(s, quoted) {
			return true
		}
	}
	return false
}

// checkLines: every line the report points at is a line of the paste.
func checkLines(t *testing.T, name string, rep *classifier.Report) {
	t.Helper()
	bad := func(what string, line int) {
		if line < 0 || line > rep.Lines {
			t.Errorf("%s: %s at line %d of a %d-line paste", name, what, line, rep.Lines)
		}
	}
	for _, w := range rep.Warnings {
		bad("warning", w.Pos.Line)
	}
	for _, x := range rep.Exchanges {
		bad("span start", x.Span.Start)
		bad("span end", x.Span.End)
		for _, f := range x.Findings {
			for _, e := range f.Evidence {
				bad("evidence", e.Pos.Line)
			}
		}
		for _, n := range x.Notes {
			bad("note", n.Pos.Line)
		}
	}
}

func TestShown(t *testing.T) {
	long := strings.Repeat("A", 300)
	for _, c := range []struct {
		text, quoted string
		want         bool
	}{
		{"HTTP/1.1 403 <b>", "HTTP/1.1 403 <b>", true},
		{"HTTP/1.1 403 &lt;b&gt;", "HTTP/1.1 403 <b>", false},
		{"X: " + long[:150] + "…", "X: " + long, true},
		{"X: AA…", "X: " + long, false}, // too short to count as a cut quote
		{"Y: " + long[:150] + "…", "X: " + long, false},
	} {
		if got := Shown(c.text, c.quoted); got != c.want {
			t.Errorf("Shown(%.30q, %.30q) = %v", c.text, c.quoted, got)
		}
	}
}

// TestBig: huge, deep and long inputs get a result or a clear error, and the
// call returns. The deadline only guards against a hang; it is not a speed
// goal (the figures are in `make bench`).
func TestBig(t *testing.T) {
	for _, b := range Big() {
		t.Run(b.Name, func(t *testing.T) {
			paste := b.Make()
			type answer struct {
				out []byte
				err error
				pan any
			}
			done := make(chan answer, 1)
			go func() {
				var a answer
				defer func() {
					a.pan = recover()
					done <- a
				}()
				_, a.err = classifier.Analyze(paste, classifier.Options{})
				a.out = classifier.AnalyzeJSON(paste, classifier.Options{})
			}()
			var a answer
			select {
			case a = <-done:
			case <-time.After(3 * time.Minute):
				t.Fatalf("%s (%d bytes): no answer after 3 minutes", b.Name, len(paste))
			}
			if a.pan != nil {
				t.Fatalf("panic: %v", a.pan)
			}
			if !json.Valid(a.out) {
				t.Fatalf("invalid JSON (%d bytes)", len(a.out))
			}
			var e classifier.ErrorJSON
			_ = json.Unmarshal(a.out, &e)
			if b.TooLarge {
				if !errors.Is(a.err, parse.ErrTooLarge) {
					t.Fatalf("want the too-large error, got %v", a.err)
				}
				if !strings.Contains(e.Error.Message+" "+e.Error.Expected, fmt.Sprint(len(paste))) {
					t.Errorf("the message does not say how big the paste is: %+v", e.Error)
				}
				return
			}
			if a.err != nil {
				if e.Error.Message == "" || e.Error.Internal {
					t.Fatalf("unclear error: %v → %+v", a.err, e.Error)
				}
				t.Logf("refused (%d bytes): %s", len(paste), e.Error.Message)
				return
			}
			var rep classifier.Report
			if err := json.Unmarshal(a.out, &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Exchanges) == 0 {
				t.Fatal("a report with no exchange")
			}
			if b.Name == "exchanges-10000" && len(rep.Exchanges) != 10_000 {
				t.Errorf("%d exchanges, want 10000", len(rep.Exchanges))
			}
			checkLines(t, b.Name, &rep)
			t.Logf("%d bytes → %d exchanges, %d bytes of JSON", len(paste), len(rep.Exchanges), len(a.out))
		})
	}
}

func TestVisible(t *testing.T) {
	in := "a\u202eb\x1b[2J\x00\x7f\tc\u2066d\u200b"
	want := "a<U+202E>b\u241b[2J\u2400\u2421\tc<U+2066>d\u200b"
	if got := Visible(in); got != want {
		t.Errorf("Visible(%q) = %q, want %q", in, got, want)
	}
	q := "HTTP/1.1 403 \u202eetacitnehtuA-WWW"
	if !ShownOnPage("HTTP/1.1 403 <U+202E>etacitnehtuA-WWW", q) || ShownOnPage("HTTP/1.1 403 etacitnehtuA-WWW", q) {
		t.Error("ShownOnPage")
	}
}

// TestWatchJS: the watch script is whole and lists every tag the page may
// create.
func TestWatchJS(t *testing.T) {
	js := WatchJS
	if strings.Count(js, "(") != strings.Count(js, ")") || strings.Count(js, "{") != strings.Count(js, "}") {
		t.Errorf("unbalanced script: %.60s", js)
	}
	for _, tag := range append(PageTags[:len(PageTags):len(PageTags)], FlowTags...) {
		if !strings.Contains(js, `"`+tag+`"`) {
			t.Errorf("WatchJS does not list %s", tag)
		}
	}
}

// TestPageTags: PageTags and FlowTags are exactly the elements the page's
// scripts create: el("…") and flow.js's html("…") (FlowTags' HTML ones in
// flow.js only), and flow.js's svg("…").
func TestPageTags(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "web", "*.js"))
	if err != nil || len(files) < 5 {
		t.Fatalf("web/*.js: %v (%d files)", err, len(files))
	}
	made := regexp.MustCompile(`\b(el|html|svg)\("([a-zA-Z0-9]+)"`)
	htmlTags, svgTags, outsideFlow := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range made.FindAllStringSubmatch(string(b), -1) {
			if m[1] == "svg" {
				svgTags[m[2]] = true
				continue
			}
			htmlTags[strings.ToUpper(m[2])] = true
			if filepath.Base(f) != "flow.js" {
				outsideFlow[strings.ToUpper(m[2])] = true
			}
		}
	}
	flowHTML, flowSVG := map[string]bool{}, map[string]bool{}
	for _, tag := range FlowTags {
		if tag == strings.ToUpper(tag) {
			flowHTML[tag] = true
		} else {
			flowSVG[tag] = true
		}
	}
	want := map[string]bool{}
	for _, tag := range PageTags {
		want[tag] = true
	}
	for tag := range htmlTags {
		if !want[tag] && !flowHTML[tag] {
			t.Errorf("the page creates <%s>, which is in neither PageTags nor FlowTags", strings.ToLower(tag))
		}
	}
	for tag := range want {
		if !htmlTags[tag] {
			t.Errorf("PageTags lists %s, which no script of the page creates", tag)
		}
	}
	for tag := range flowHTML {
		if outsideFlow[tag] {
			t.Errorf("<%s> is created outside flow.js, so it is no flow-only tag", strings.ToLower(tag))
		}
		if !htmlTags[tag] {
			t.Errorf("FlowTags lists %s, which flow.js does not create", tag)
		}
	}
	for tag := range svgTags {
		if !flowSVG[tag] {
			t.Errorf("flow.js draws <%s>, which FlowTags lacks", tag)
		}
	}
	for tag := range flowSVG {
		if !svgTags[tag] {
			t.Errorf("FlowTags lists %s, which flow.js does not draw", tag)
		}
	}
}
