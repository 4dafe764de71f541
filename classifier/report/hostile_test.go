package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/hostile"
)

// rawTag is an HTML tag or comment that Markdown would pass through.
var rawTag = regexp.MustCompile(`<[A-Za-z!/?]`)

// TestWritersOnHostileCorpus renders every case of the project's hostile-input
// corpus (XSS, injection, bidi and control vectors in every part of a paste)
// in all three formats: the terminal text holds no control character, the
// Markdown no raw HTML, heading, stray table cell or unclosed fence, and the
// SARIF validates against the 2.1.0 schema.
func TestWritersOnHostileCorpus(t *testing.T) {
	cases, err := hostile.Pastes()
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		cases = cases[:len(cases)/10]
	}
	schema := sarifSchema(t)
	var srcs []Source
	for _, c := range cases {
		rep, err := classifier.Analyze(c.Paste, classifier.Options{})
		if err != nil {
			continue // the hostile package's own tests judge refusals
		}
		src := Source{Name: c.Name, Report: rep}
		srcs = append(srcs, src)

		var text bytes.Buffer
		if err := Text(&text, src, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(text.String(), "\n") {
			if i := strings.IndexFunc(line, isControl); i >= 0 || strings.ContainsRune(line, '\t') {
				t.Errorf("%s: text output holds a control character: %q", c.Name, line)
				break
			}
		}

		var md bytes.Buffer
		if err := Markdown(&md, src); err != nil {
			t.Fatal(err)
		}
		prose := linkDestR.ReplaceAllString(stripCode(t, md.String()), "](LINK)")
		for i, line := range strings.Split(prose, "\n") {
			if loc := rawTag.FindStringIndex(line); loc != nil && (loc[0] == 0 || line[loc[0]-1] != '\\') {
				t.Errorf("%s: Markdown line %d passes raw HTML: %s", c.Name, i+1, line)
			}
			if strings.HasPrefix(strings.TrimSpace(line), "#") && !ourHeading.MatchString(line) {
				t.Errorf("%s: Markdown line %d is a heading the writer did not make: %s", c.Name, i+1, line)
			}
			if strings.HasPrefix(line, "|") {
				if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
					t.Errorf("%s: Markdown table row with %d pipes: %s", c.Name, n, line)
				}
			}
		}
		if t.Failed() {
			t.Logf("paste:\n%s", c.Paste)
			return
		}
	}
	if len(srcs) == 0 {
		t.Fatal("the classifier refused every hostile case")
	}
	var buf bytes.Buffer
	if err := SARIF(&buf, srcs, nil); err != nil {
		t.Fatal(err)
	}
	if err := validateSARIF(t, schema, buf.Bytes()); err != nil {
		t.Errorf("SARIF over %d hostile cases does not validate: %v", len(srcs), err)
	}
}
