package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

func TestSplitOf(t *testing.T) {
	// printf %s NAME | sha256sum: a.txt 18…, b.txt ff…, c.txt 4f…, d.txt fc…
	for name, want := range map[string]string{"a.txt": "test", "b.txt": "tune", "c.txt": "tune", "d.txt": "test"} {
		if got := SplitOf(name); got != want {
			t.Errorf("SplitOf(%q) = %s, want %s", name, got, want)
		}
	}
}

func TestStatusOnly(t *testing.T) {
	for st, want := range map[int]rule.Class{401: rule.Authentication, 407: rule.Authentication, 403: rule.Authorization,
		404: rule.Blocked, 429: rule.Blocked, 200: rule.None, 500: rule.Unknown, 0: rule.Unknown, 302: rule.Unknown} {
		if got := StatusOnly(st); got != want {
			t.Errorf("StatusOnly(%d) = %s, want %s", st, got, want)
		}
	}
	if !ClassMatches("not-auth", rule.Blocked) || !ClassMatches("not-auth", rule.None) || ClassMatches("ok", rule.Blocked) ||
		ClassMatches("authentication", rule.Unknown) || !ClassMatches("authorization", rule.Authorization) {
		t.Error("ClassMatches does not follow the class mapping")
	}
}

const header = "file\tsource\tfamily\tvendor\tformat\tstatus\tprimary\texpected_class\texpected_findings\tnotes\n"

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A tiny corpus: b.txt (tune) is a 401 without a challenge, a.txt (test) a
// 403, c.txt sits in test/ although its hash says tune, d.txt has no label.
func fixture(t *testing.T) string {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "labels", "classic.tsv"), header+
		"b.txt\tx\tclassic\tunknown\traw\t401\t1\tauthentication\tmissing-www-authenticate;stack-trace\t-\n"+
		"a.txt\tx\tclient-error\tunknown\traw\t403,unknown\t1\tauthorization\t-\t-\n"+
		"c.txt\tx\tclassic\tunknown\traw\t200\t1\tok\t-\t-\n")
	write(t, filepath.Join(dir, "tune", "b.txt"), "HTTP/1.1 401 Unauthorized\r\nServer: nginx/1.25.3\r\n\r\n")
	write(t, filepath.Join(dir, "test", "a.txt"), "HTTP/1.1 403 Forbidden SECRET-CONTENT\r\nContent-Length: 0\r\n\r\n")
	write(t, filepath.Join(dir, "test", "c.txt"), "HTTP/1.1 200 OK\r\n\r\n")
	write(t, filepath.Join(dir, "test", "d.txt"), "HTTP/1.1 200 OK\r\n\r\n")
	return dir
}

func TestLoadRealLayout(t *testing.T) {
	cases, probs, err := LoadReal(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 {
		t.Fatalf("got %d cases, want 2 (a.txt, b.txt)", len(cases))
	}
	var text []string
	for _, p := range probs {
		text = append(text, p.Text)
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"c.txt sits in test/ but its hash puts it in tune/", "test/d.txt has no label row"} {
		if !strings.Contains(all, want) {
			t.Errorf("layout problems lack %q:\n%s", want, all)
		}
	}
}

func TestRunScores(t *testing.T) {
	dir := fixture(t)
	cases, _, err := LoadReal(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		r := Run(c)
		switch c.Name {
		case "b.txt":
			if !r.VerdictOK || !r.StatusOnlyOK || !r.StatusOK {
				t.Errorf("b.txt: %+v", r)
			}
			if len(r.Missing) != 1 || r.Missing[0] != "stack-trace" {
				t.Errorf("b.txt missing = %v, want [stack-trace]", r.Missing)
			}
			if !slicesContain(r.False, "server-version-leak") {
				t.Errorf("b.txt false findings = %v, want server-version-leak among them", r.False)
			}
		case "a.txt":
			// Two statuses labelled, one response in the paste: not all read.
			if r.StatusOK {
				t.Errorf("a.txt: status found with %v read for %v labelled", r.StatusRead, c.Statuses)
			}
		}
	}
	var out strings.Builder
	if code := run(&out, dir, "", true, false); code != 1 {
		t.Errorf("run exit = %d, want 1 for the layout problems", code)
	}
	s := out.String()
	testPart := s[strings.Index(s, "real/test"):strings.Index(s, "layout problems")]
	if strings.Contains(testPart, "a.txt") || strings.Contains(testPart, "SECRET") {
		t.Errorf("the held-out section names a case or shows content:\n%s", testPart)
	}
	if !strings.Contains(testPart, "failures by cause") {
		t.Errorf("the held-out section has no cause counts:\n%s", testPart)
	}
	if !strings.Contains(s, "b.txt [classic]") {
		t.Errorf("tune failures are not listed:\n%s", s)
	}
}

func slicesContain(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// The vocabulary is the one the corpus README documents.
func TestVocabularyMatchesCorpusReadme(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "classifier", "testdata", "corpus", "README.md"))
	if err != nil {
		t.Skip("no corpus copy:", err)
	}
	text := strings.Join(strings.Fields(string(b)), " ")
	for _, v := range Vocabulary {
		if !strings.Contains(text, v) {
			t.Errorf("%s is not in the corpus README's vocabulary", v)
		}
	}
}

// A test/ case named in studied.txt is scored apart and listed by name; the
// rest of test/ stays counts only.
func TestStudiedCasesScoredApart(t *testing.T) {
	dir := fixture(t)
	write(t, filepath.Join(dir, StudiedFile), "# opened for causes\na.txt\n")
	cases, _, err := LoadReal(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Name == "a.txt" && c.Split != "studied" {
			t.Errorf("a.txt split = %q, want studied", c.Split)
		}
	}
	var out strings.Builder
	run(&out, dir, "", true, false)
	s := out.String()
	if !strings.Contains(s, "real/test, studied for causes") || !strings.Contains(s, "a.txt [client-error]") {
		t.Errorf("the studied case is not scored apart and listed:\n%s", s)
	}
}
