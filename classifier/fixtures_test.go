package classifier_test

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
	"github.com/authtriage/authtriage/classifier/rules"
)

// Rule fixtures live in rules/testdata/<ID>/<name>.txt: a paste, byte for byte.
// Its sibling <name>.txt.want lists what rule <ID> must report, one line each:
//
//	L4 "regexp on the message"    a finding whose first evidence is on line 4
//	* "regexp"                     a finding on any line
//	class: authorization           the verdict of the last exchange
//	class[0]: authentication       the verdict of exchange 0
//
// Findings of rule <ID> not listed fail the test, so an empty (or absent) .want
// file asserts the rule stays silent. Findings of other rules are ignored.
func TestRuleFixtures(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("rules", "testdata", "AT*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		id := filepath.Base(dir)
		if rules.ByID(id) == nil {
			t.Errorf("%s: no rule with ID %s", dir, id)
			continue
		}
		pastes, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		pastes2, _ := filepath.Glob(filepath.Join(dir, "*.har"))
		for _, p := range append(pastes, pastes2...) {
			t.Run(id+"/"+filepath.Base(p), func(t *testing.T) { checkFixture(t, id, p) })
		}
	}
}

type wantFinding struct {
	line int // 0 = any
	re   *regexp.Regexp
	text string
}

var wantLine = regexp.MustCompile(`^(L(\d+)|\*)\s+"(.*)"$`)
var classLine = regexp.MustCompile(`^class(?:\[(\d+)\])?:\s*(\S+)$`)

func checkFixture(t *testing.T, id, path string) {
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
			line := 0
			if len(f.Evidence) > 0 {
				line = f.Evidence[0].Pos.Line
			}
			t.Errorf("unexpected finding L%d %q", line, f.Message)
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

func describe(fs []rule.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		line := 0
		if len(f.Evidence) > 0 {
			line = f.Evidence[0].Pos.Line
		}
		b.WriteString("  L" + strconv.Itoa(line) + " " + strconv.Quote(f.Message) + "\n")
	}
	if b.Len() == 0 {
		return "  (none)\n"
	}
	return b.String()
}

// TestRegistry checks every rule's identity and docs, and that each has a
// firing and a silent fixture.
func TestRegistry(t *testing.T) {
	idRe := regexp.MustCompile(`^AT[0-9]\d{3}$`)
	nameRe := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ids, names := map[string]bool{}, map[string]bool{}
	for _, r := range rules.All {
		if !idRe.MatchString(r.ID) {
			t.Errorf("%s: ID does not match %s", r.ID, idRe)
		}
		if !nameRe.MatchString(r.Name) {
			t.Errorf("%s: name %q is not kebab-case", r.ID, r.Name)
		}
		if ids[r.ID] || names[r.Name] {
			t.Errorf("%s (%s): duplicate ID or name", r.ID, r.Name)
		}
		ids[r.ID], names[r.Name] = true, true
		if r.Title == "" || r.Doc == "" || r.Fix == "" || len(r.Refs) == 0 || r.Run == nil {
			t.Errorf("%s: Title, Doc, Fix, Refs and Run are required", r.ID)
		}
		if strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title ends with a period", r.ID)
		}
		if want := r.ID[2] - '0'; familyDigit(r.Category) != want {
			t.Errorf("%s: category %s belongs to family AT%d", r.ID, r.Category, familyDigit(r.Category))
		}
		firing, silent := fixtureKinds(t, r.ID)
		if !firing || !silent {
			t.Errorf("%s: needs a firing and a silent fixture in rules/testdata/%s (firing %v, silent %v)", r.ID, r.ID, firing, silent)
		}
	}
}

func familyDigit(c rule.Category) byte {
	switch c {
	case rule.CatFlow:
		return 0
	case rule.CatChallenge:
		return 1
	case rule.CatHiding:
		return 2
	case rule.CatCaching:
		return 3
	case rule.CatCORS:
		return 4
	case rule.CatCookies:
		return 5
	case rule.CatErrorBody:
		return 6
	case rule.CatLeak:
		return 7
	case rule.CatBlocked:
		return 8
	case rule.CatInput:
		return 9
	}
	return 255
}

// fixtureKinds reports whether the rule has a fixture expecting a finding and
// one expecting silence.
func fixtureKinds(t *testing.T, id string) (firing, silent bool) {
	pastes, _ := filepath.Glob(filepath.Join("rules", "testdata", id, "*.txt"))
	pastes2, _ := filepath.Glob(filepath.Join("rules", "testdata", id, "*.har"))
	for _, p := range append(pastes, pastes2...) {
		b, err := os.ReadFile(p + ".want")
		if err != nil || !wantLine.Match(firstWant(b)) {
			silent = true
		} else {
			firing = true
		}
	}
	return firing, silent
}

// firstWant returns the first finding line of a .want file, or nil.
func firstWant(b []byte) []byte {
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if wantLine.MatchString(l) {
			return []byte(l)
		}
	}
	return nil
}
