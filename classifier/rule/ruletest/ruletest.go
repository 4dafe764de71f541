// Package ruletest runs a rule's fixtures, as go/analysis's analysistest
// runs an analyzer's: each fixture is a paste, byte for byte, in
// testdata/<ID>/<name>.txt (or .har), and its sibling <name>.txt.want lists
// what rule <ID> must report, one line each:
//
//	L4 "regexp on the message"    a finding whose first evidence is on line 4
//	* "regexp"                     a finding on any line
//	class: authorization           the verdict of the last exchange
//	class[0]: authentication       the verdict of exchange 0
//
// Findings of rule <ID> not listed fail the test, so an empty (or absent)
// .want file asserts the rule stays silent. Findings of other rules are
// ignored. The paste goes through the whole pipeline (classifier.Analyze),
// so a fixture also checks the facts and the verdict the rule rests on.
//
// A rule package runs its fixtures from an external test:
//
//	func TestFixtures(t *testing.T) { ruletest.RunAll(t, "testdata", rules.ByID) }
package ruletest

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// RunAll runs Run for every testdata/AT* directory under dir; byID finds
// the rule a directory is named for, and a directory naming no rule fails.
func RunAll(t *testing.T, dir string, byID func(string) *rule.Rule) {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(dir, "AT*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		id := filepath.Base(d)
		if byID(id) == nil {
			t.Errorf("%s: no rule with ID %s", d, id)
			continue
		}
		Run(t, d, id)
	}
}

// Run checks rule id against every fixture in dir, each as a subtest
// named id/<file>.
func Run(t *testing.T, dir, id string) {
	t.Helper()
	for _, p := range Fixtures(dir) {
		t.Run(id+"/"+filepath.Base(p), func(t *testing.T) { Check(t, id, p) })
	}
}

// Fixtures lists the pastes in dir: *.txt and *.har.
func Fixtures(dir string) []string {
	pastes, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	hars, _ := filepath.Glob(filepath.Join(dir, "*.har"))
	return append(pastes, hars...)
}

// Kinds reports whether dir holds a fixture expecting a finding and one
// expecting silence.
func Kinds(dir string) (firing, silent bool) {
	for _, p := range Fixtures(dir) {
		b, err := os.ReadFile(p + ".want")
		if err != nil || firstWant(b) == "" {
			silent = true
		} else {
			firing = true
		}
	}
	return firing, silent
}

type wantFinding struct {
	line int // 0 = any
	re   *regexp.Regexp
	text string
}

var (
	wantLine  = regexp.MustCompile(`^(L(\d+)|\*)\s+"(.*)"$`)
	classLine = regexp.MustCompile(`^class(?:\[(\d+)\])?:\s*(\S+)$`)
)

// Check runs the paste at path through the classifier and compares rule
// id's findings, and the verdicts named, with path.want.
func Check(t *testing.T, id, path string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var wants []wantFinding
	classes := map[int]string{} // -1 = last exchange
	if f, err := os.Open(path + ".want"); err == nil {
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			l := strings.TrimSpace(sc.Text())
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if m := classLine.FindStringSubmatch(l); m != nil {
				idx := -1
				if m[1] != "" {
					idx, _ = strconv.Atoi(m[1])
				}
				classes[idx] = m[2]
				continue
			}
			m := wantLine.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("%s.want:%d: malformed line %q", path, n, l)
			}
			w := wantFinding{text: m[3], re: regexp.MustCompile(m[3])}
			if m[2] != "" {
				w.line, _ = strconv.Atoi(m[2])
			}
			wants = append(wants, w)
		}
		f.Close()
	}
	rep, err := classifier.Analyze(string(src), classifier.Options{})
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	var got []rule.Finding
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Rule == id {
				got = append(got, f)
			}
		}
	}
	for _, f := range rep.Findings {
		if f.Rule == id {
			got = append(got, f)
		}
	}
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, f := range got {
			if used[i] || !w.re.MatchString(f.Message) {
				continue
			}
			if w.line != 0 && (len(f.Evidence) == 0 || f.Evidence[0].Pos.Line != w.line) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("missing finding %s at line %d matching %q; got:\n%s", id, w.line, w.text, describe(got))
		}
	}
	for i, f := range got {
		if !used[i] {
			t.Errorf("unexpected finding L%d %q", firstLine(f), f.Message)
		}
	}
	for idx, want := range classes {
		i := idx
		if i < 0 {
			i = len(rep.Exchanges) - 1
		}
		if i >= len(rep.Exchanges) {
			t.Errorf("class[%d]: only %d exchanges", idx, len(rep.Exchanges))
			continue
		}
		if got := string(rep.Exchanges[i].Verdict.Class); got != want {
			t.Errorf("exchange %d: class %s, want %s (reasons: %v)", i, got, want, rep.Exchanges[i].Verdict.Reasons)
		}
	}
}

func firstLine(f rule.Finding) int {
	if len(f.Evidence) > 0 {
		return f.Evidence[0].Pos.Line
	}
	return 0
}

func describe(fs []rule.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  L" + strconv.Itoa(firstLine(f)) + " " + strconv.Quote(f.Message) + "\n")
	}
	if b.Len() == 0 {
		return "  (none)\n"
	}
	return b.String()
}

// firstWant returns the first finding line of a .want file, or "".
func firstWant(b []byte) string {
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if wantLine.MatchString(l) {
			return l
		}
	}
	return ""
}
