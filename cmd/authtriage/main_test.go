package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// result is one run of the command.
type result struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// corpusDir is the repository's one copy of the labelled corpus.
var corpusDir = filepath.Join("..", "..", "classifier", "testdata", "corpus", "cases")

// corpusSample names the corpus cases the command is run on: one of each
// kind of paste (raw, curl -v, h2, HAR rebuilt, a malformed one, a debug
// page) rather than all of them, whose formats the classifier's own tests
// cover.
var corpusSample = []string{
	"004-docker-registry-htpasswd-401-basic.txt",
	"005-dockerhub-401-insufficient-scope-with-token.txt",
	"012-cloudflare-managed-challenge-h2-403-curl-v.txt",
	"027-isa-server-407-ntlm-kerberos-negotiate-curl-v.txt",
	"044-api-401-malformed-paste-status-split.txt",
	"052-h2-200-nginx-head-control.txt",
	"060-elasticsearch-shield-401-empty-user-pretty-json.txt",
	"066-har-reconstructed-k8s-apiserver-403-client-cert.txt",
	"069-har-reconstructed-dockerhub-token-flow-insufficient-scope.txt",
	"076-django-csrf-403-origin-check-debug-page.txt",
}

// corpus returns the paths of the sample's cases.
func corpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, name := range corpusSample {
		p := filepath.Join(corpusDir, name)
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("corpus case: %v", err)
		}
		files = append(files, p)
	}
	return files
}

func readText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sarifSchema compiles the SARIF 2.1.0 schema vendored by package report.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../../classifier/report/testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestCorpusFormats runs every format over every corpus case.
func TestCorpusFormats(t *testing.T) {
	schema := sarifSchema(t)
	for _, file := range corpus(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text := readText(t, file)
			rep, err := classifier.Analyze(text, classifier.Options{})
			if err != nil {
				// The reader does not take this paste (yet): every format must
				// then fail cleanly, naming the file and line.
				t.Logf("the classifier refuses this case: %v", err)
				for _, format := range []string{"text", "json", "sarif", "markdown"} {
					r := runCmd(t, "", "-format", format, file)
					if r.code != exitError || !strings.HasPrefix(r.stderr, "authtriage: "+file+":") {
						t.Errorf("%s on a refused paste: exit %d, stderr %q", format, r.code, r.stderr)
					}
				}
				return
			}

			r := runCmd(t, "", "-format", "json", file)
			if r.code != exitOK || r.stderr != "" {
				t.Fatalf("json: exit %d, stderr %q", r.code, r.stderr)
			}
			var got bytes.Buffer
			if err := json.Compact(&got, []byte(r.stdout)); err != nil {
				t.Fatalf("json output does not parse: %v", err)
			}
			// rep is the report as analysed: -format json prints it masked.
			if want, _ := json.Marshal(rep.Masked()); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("json output differs from classifier.Analyze's report, masked")
			}
			kept := runCmd(t, "", "-format", "json", "-keep-secrets", file)
			got.Reset()
			if err := json.Compact(&got, []byte(kept.stdout)); err != nil {
				t.Fatalf("json -keep-secrets output does not parse: %v", err)
			}
			if want := classifier.AnalyzeJSON(text, classifier.Options{}); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("json -keep-secrets output differs from classifier.AnalyzeJSON")
			}
			var shape struct{ Exchanges []json.RawMessage }
			if err := json.Unmarshal(got.Bytes(), &shape); err != nil || len(shape.Exchanges) == 0 {
				t.Errorf("json has no exchanges (err %v)", err)
			}

			r = runCmd(t, "", "-format", "sarif", file)
			if r.code != exitOK {
				t.Fatalf("sarif: exit %d, stderr %q", r.code, r.stderr)
			}
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(r.stdout))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("sarif does not validate: %v", err)
			}
			if n := strings.Count(r.stdout, `"ruleId"`); n != countFindings(rep) {
				t.Errorf("sarif has %d results for %d findings", n, countFindings(rep))
			}

			r = runCmd(t, "", "-format", "markdown", file)
			if r.code != exitOK {
				t.Fatalf("markdown: exit %d, stderr %q", r.code, r.stderr)
			}
			for _, x := range rep.Exchanges {
				h := "\n## Exchange " + itoa(x.Index+1) + ": " + string(x.Verdict.Class) + "\n"
				if !strings.Contains(r.stdout, h) {
					t.Errorf("markdown lacks the heading %q", strings.TrimSpace(h))
				}
			}

			r = runCmd(t, "", file)
			if r.code != exitOK {
				t.Fatalf("text: exit %d, stderr %q", r.code, r.stderr)
			}
			for _, x := range rep.Exchanges {
				if !strings.Contains(r.stdout, "["+itoa(x.Index+1)+"] "+string(x.Verdict.Class)+": ") {
					t.Errorf("text does not give exchange %d's verdict %s", x.Index+1, x.Verdict.Class)
				}
			}
		})
	}
}

func countFindings(rep *classifier.Report) int {
	n := len(rep.Findings)
	for _, x := range rep.Exchanges {
		n += len(x.Findings)
	}
	return n
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestFailOn checks the exit status against each threshold, for a paste built
// to have a medium finding (AT1001) and for every corpus case.
func TestFailOn(t *testing.T) {
	const noChallenge = "HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nno\n"
	for failOn, want := range map[string]int{"": exitOK, "none": exitOK, "high": exitOK, "medium": exitFindings, "low": exitFindings, "info": exitFindings} {
		args := []string{}
		if failOn != "" {
			args = append(args, "-fail-on", failOn)
		}
		if r := runCmd(t, noChallenge, args...); r.code != want {
			t.Errorf("-fail-on %q on a 401 without challenge: exit %d, want %d\n%s", failOn, r.code, want, r.stdout)
		}
	}
	if r := runCmd(t, noChallenge, "-fail-on", "medium", "-disable", "AT1001"); strings.Contains(r.stdout, "AT1001") {
		t.Errorf("-disable AT1001 still reports it:\n%s", r.stdout)
	}
	for _, file := range corpus(t) {
		rep, err := classifier.Analyze(readText(t, file), classifier.Options{})
		if err != nil {
			continue // TestCorpusFormats covers refused pastes
		}
		worst := rule.Severity(-1)
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				worst = max(worst, f.Severity)
			}
		}
		for _, f := range rep.Findings {
			worst = max(worst, f.Severity)
		}
		for s := rule.Info; s <= rule.High; s++ {
			want := exitOK
			if worst >= s {
				want = exitFindings
			}
			if r := runCmd(t, "", "-fail-on", s.String(), "-format", "json", file); r.code != want {
				t.Errorf("%s -fail-on %s: exit %d, want %d (worst finding %v)", file, s, r.code, want, worst)
			}
		}
	}
}

func TestStdin(t *testing.T) {
	file := corpus(t)[0]
	text := readText(t, file)
	for _, args := range [][]string{nil, {"-"}} {
		r := runCmd(t, text, args...)
		if r.code != exitOK || !strings.HasPrefix(r.stdout, "stdin: ") {
			t.Errorf("args %q: exit %d, output starts %q", args, r.code, firstLine(r.stdout))
		}
	}
	r := runCmd(t, text, "-format", "sarif")
	if !strings.Contains(r.stdout, `"uri": "stdin"`) {
		t.Errorf("sarif from standard input does not name it stdin")
	}
	r = runCmd(t, text, "-", "-")
	if r.code != exitError || !strings.Contains(r.stderr, "more than once") {
		t.Errorf("reading standard input twice: exit %d, stderr %q", r.code, r.stderr)
	}
}

// badHAR is a HAR file that breaks on line 4; empty input has no line at all.
const badHAR = "{\n  \"log\": {\n    \"entries\": [\n      oops\n    ]\n  }\n}\n"

var parseErrorLine = regexp.MustCompile(`^authtriage: stdin:4: .*HAR`)

func TestParseError(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "markdown"} {
		r := runCmd(t, badHAR, "-format", format)
		if r.code != exitError {
			t.Errorf("%s: exit %d, want %d", format, r.code, exitError)
		}
		if !parseErrorLine.MatchString(r.stderr) {
			t.Errorf("%s: stderr %q does not name stdin and line 4", format, r.stderr)
		}
	}
	r := runCmd(t, badHAR, "-format", "json")
	var e classifier.ErrorJSON
	if err := json.Unmarshal([]byte(r.stdout), &e); err != nil || e.Error.Line != 4 {
		t.Errorf("json error object = %q (%v)", r.stdout, err)
	}
	r = runCmd(t, badHAR)
	if r.stdout != "" {
		t.Errorf("text output for a single failed input repeats the error on stdout: %q", r.stdout)
	}
	r = runCmd(t, "\n\n")
	if r.code != exitError || !strings.HasPrefix(r.stderr, "authtriage: stdin: ") {
		t.Errorf("empty input: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runCmd(t, "", "testdata/no-such-file.txt")
	if r.code != exitError || !strings.Contains(r.stderr, "testdata/no-such-file.txt") {
		t.Errorf("missing file: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestSeveralFiles: one report per file in text and Markdown, a JSON array
// naming each file, one SARIF run; a bad file does not hide the good ones.
func TestSeveralFiles(t *testing.T) {
	corpus(t)
	schema := sarifSchema(t)
	t.Chdir(corpusDir) // short names, as a user would type them
	files := corpusSample[:2]
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte(badHAR), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{}, files...), bad)

	r := runCmd(t, "", append([]string{"-format", "json"}, args...)...)
	if r.code != exitError {
		t.Errorf("exit %d with a bad file, want %d", r.code, exitError)
	}
	var arr []struct {
		File   string          `json:"file"`
		Report json.RawMessage `json:"report"`
		Error  *struct {
			Line int `json:"line"`
		} `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &arr); err != nil {
		t.Fatalf("json for several files: %v", err)
	}
	if len(arr) != 3 || arr[0].File != files[0] || arr[1].File != files[1] || arr[2].File != bad ||
		arr[0].Report == nil || arr[2].Error == nil || arr[2].Error.Line != 4 {
		t.Errorf("json array = %s", r.stdout)
	}
	if !strings.Contains(r.stderr, bad+":4: ") {
		t.Errorf("stderr %q does not name %s:4", r.stderr, bad)
	}

	r = runCmd(t, "", append([]string{"-format", "sarif"}, args...)...)
	if err := schema.Validate(mustJSON(t, r.stdout)); err != nil {
		t.Errorf("sarif: %v", err)
	}
	var log struct {
		Runs []struct {
			Artifacts []struct{ Location struct{ URI string } }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Artifacts) != 3 {
		t.Errorf("sarif for 3 files: %d runs (err %v)", len(log.Runs), err)
	}

	r = runCmd(t, "", args...)
	for _, f := range args {
		if !strings.Contains(r.stdout, "\n"+f+": ") && !strings.HasPrefix(r.stdout, f+": ") {
			t.Errorf("text output has no section for %s", f)
		}
	}
	r = runCmd(t, "", append([]string{"-format", "markdown"}, args...)...)
	if n := strings.Count(r.stdout, "# authtriage report: "); n != 3 {
		t.Errorf("markdown has %d reports for 3 files", n)
	}
}

func mustJSON(t *testing.T, s string) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"}, {"-fail-on", "critical"}, {"-disable", "AT0000"}, {"-no-such-flag"},
	} {
		r := runCmd(t, "HTTP/1.1 401 Unauthorized\n\n", args...)
		if r.code != exitError || r.stderr == "" || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	r := runCmd(t, "", "-version")
	if r.code != exitOK || !strings.Contains(r.stdout, classifier.Version) {
		t.Errorf("-version: exit %d, %q", r.code, r.stdout)
	}
	r = runCmd(t, "", "-help")
	if r.code != exitOK || !strings.Contains(r.stderr, "-fail-on") || !strings.Contains(r.stderr, "Exit status") {
		t.Errorf("-help: exit %d, %q", r.code, r.stderr)
	}
	if len(rules.All) > 0 {
		r = runCmd(t, "HTTP/1.1 401 Unauthorized\n\n", "-disable", rules.All[0].Name+" , "+rules.All[len(rules.All)-1].ID)
		if r.code != exitOK {
			t.Errorf("-disable with a name and an ID: exit %d, %q", r.code, r.stderr)
		}
	}
}

func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.md")
	r := runCmd(t, "HTTP/1.1 401 Unauthorized\n\n", "-format", "markdown", "-o", out)
	if r.code != exitOK || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "## Exchange 1") {
		t.Errorf("-o file: %q, %v", b, err)
	}
	r = runCmd(t, "HTTP/1.1 401 Unauthorized\n\n", "-o", filepath.Join(t.TempDir(), "no", "dir", "x"))
	if r.code != exitError {
		t.Errorf("unwritable -o: exit %d", r.code)
	}
}

// runIn runs the command on file from dir, so that reports name the file
// as a user in dir would type it.
func runIn(t *testing.T, dir, file string) result {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := os.Chdir(wd); err != nil {
			t.Fatal(err)
		}
	}()
	return runCmd(t, "", file)
}

// TestGoldenText compares the text report of two corpus cases with reviewed
// copies. After a deliberate change to the rules or the layout, review the
// diff and run: go test ./cmd/authtriage -run TestGoldenText -update
func TestGoldenText(t *testing.T) {
	for _, name := range []string{
		"005-dockerhub-401-insufficient-scope-with-token.txt",
		"076-django-csrf-403-origin-check-debug-page.txt",
	} {
		r := runIn(t, corpusDir, name)
		if r.code != exitOK {
			t.Fatalf("%s: exit %d: %s", name, r.code, r.stderr)
		}
		golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".golden")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (create it with -update)", err)
		}
		if r.stdout != string(want) {
			t.Errorf("%s: text report differs from %s; if the change is intended, review it and run go test ./cmd/authtriage -run TestGoldenText -update\n%s",
				name, golden, lineDiff(string(want), r.stdout))
		}
	}
}

// lineDiff shows the first lines where two texts part.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return "(texts are equal)"
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
