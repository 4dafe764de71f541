package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/signature"
)

// Vocabulary is the label vocabulary of findings (shared/corpus/README.md,
// "expected_findings"). A reported finding whose name is here but not in a
// case's expected findings is a false finding; names outside it (notes such
// as jwt-decoded, secrets-in-paste) are neither right nor wrong.
var Vocabulary = []string{
	"missing-www-authenticate", "missing-proxy-authenticate", "server-version-leak", "x-powered-by-leak",
	"stack-trace", "internal-ip", "internal-hostname", "identity-leak", "policy-leak",
	"bearer-insufficient-scope-on-401", "bearer-error-without-credentials", "credentials-sent",
	"basic-without-realm", "nonstandard-challenge", "cors-hides-401", "preflight-auth-required",
	"cacheable-auth-error", "404-hides-resource", "user-enumeration", "authn-failure-as-403", "auth-failure-as-200",
}

// FalseFindingDefinition is printed with every table.
const FalseFindingDefinition = "false finding: a finding reported anywhere in the paste whose name is in the label " +
	"vocabulary (shared/corpus/README.md, expected_findings) but not among the case's expected findings; " +
	"each name counts once per case"

// Families in print order; a label's family outside this list is printed after them.
var Families = []string{"client-error", "cli-debug", "app-log", "page", "body-only", "classic"}

// Case is one labelled paste.
type Case struct {
	Split    string // tune, test, corpus
	Name     string // file name
	Path     string
	Family   string
	Statuses []int // labelled statuses in order; 0 for "unknown"
	Primary  int   // 1-based among responses
	Class    string
	Findings []string
	// Arguable is set when the label's notes mark it "REVIEW:": its author
	// found the class or a finding open to argument.
	Arguable bool
	// Vendor is the labelled product that answered ("unknown" if none).
	Vendor string
}

// Result is how authtriage did on one case.
type Result struct {
	Case         *Case
	Err          string // analysis error or "no primary response"
	Got          rule.Class
	Decided      string // the strongest reason's kind and rule
	VerdictOK    bool
	StatusOnlyOK bool
	StatusRead   []int  // statuses of the responses read, in order
	implied      []bool // per response read: its status was implied, not shown
	StatusOK     bool
	Missing      []string
	False        []string
	FindingsWant int
	// Ties counts the responses on which two signatures of different vendors
	// or classes tie for the verdict (issue #10: none may).
	Ties int
	// Named is the product the primary response's explanation names: the
	// strongest vendor hit of the decided class ("vendor / product"), as
	// verdict.explain picks it; "" when none.
	Named string
	// Listed is the strongest vendor hit the report lists for the primary
	// response, whatever its class ("" when none).
	Listed string
}

// Causes names why a case failed, one entry per cause, in categories that say
// nothing of the case's content (safe to print for test/).
func (r *Result) Causes() []string {
	var out []string
	switch {
	case r.Err != "":
		out = append(out, "no primary response read")
	case !r.VerdictOK && r.Got == rule.Unknown:
		out = append(out, "verdict unknown (label "+r.Case.Class+")")
	case !r.VerdictOK:
		out = append(out, "verdict "+string(r.Got)+" (label "+r.Case.Class+")")
	}
	if !r.VerdictOK && r.StatusOnlyOK && r.primaryStatusRead() {
		out = append(out, "worse than the status-only rule, its status read")
	}
	if !r.StatusOK {
		out = append(out, statusCause(r.Case.Statuses, r.StatusRead))
	}
	for _, m := range r.Missing {
		out = append(out, "missing finding "+m)
	}
	for _, f := range r.False {
		out = append(out, "false finding "+f)
	}
	return out
}

// primaryStatusRead reports whether the primary response's labelled status was read.
func (r *Result) primaryStatusRead() bool {
	p := r.Case.Primary - 1
	return p < len(r.StatusRead) && p < len(r.Case.Statuses) && r.StatusRead[p] == r.Case.Statuses[p] && r.StatusRead[p] != 0
}

func statusCause(want, got []int) string {
	if len(got) != len(want) {
		return fmt.Sprintf("status: %d responses read, %d labelled", len(got), len(want))
	}
	for i := range want {
		if want[i] != got[i] {
			if got[i] == 0 {
				return "status: a labelled status not read"
			}
			if want[i] == 0 {
				return "status: a status read where the label has none"
			}
			return "status: a status read wrong"
		}
	}
	return "status"
}

// StatusOnly is the one-line rule the verdicts are measured against: the
// class the primary response's labelled status alone suggests.
func StatusOnly(status int) rule.Class {
	switch status {
	case 401, 407:
		return rule.Authentication
	case 403:
		return rule.Authorization
	case 404, 429:
		return rule.Blocked
	case 200:
		return rule.None
	}
	return rule.Unknown
}

// ClassMatches reports whether a verdict class satisfies a label class.
func ClassMatches(label string, got rule.Class) bool {
	switch label {
	case "not-auth":
		return got == rule.Blocked || got == rule.None
	case "ok":
		return got == rule.None
	case "authentication", "authorization":
		return string(got) == label
	}
	return false
}

// SplitOf is the split a file name belongs to: test when the first byte of
// SHA-256(name) is even, tune otherwise.
func SplitOf(name string) string {
	sum := sha256.Sum256([]byte(name))
	if sum[0]%2 == 0 {
		return "test"
	}
	return "tune"
}

// Run analyses one case.
func Run(c *Case) *Result {
	r := &Result{Case: c, FindingsWant: len(c.Findings)}
	if c.Primary >= 1 && c.Primary <= len(c.Statuses) {
		r.StatusOnlyOK = ClassMatches(c.Class, StatusOnly(c.Statuses[c.Primary-1]))
	}
	src, err := os.ReadFile(c.Path)
	if err != nil {
		r.Err = err.Error()
		r.Missing = c.Findings
		return r
	}
	rep, err := classifier.Analyze(string(src), classifier.Options{})
	if err != nil {
		r.Err = "analyze: " + err.Error()
		r.Missing = c.Findings
		return r
	}
	n := 0
	for i := range rep.Exchanges {
		x := &rep.Exchanges[i]
		if x.Response == nil {
			continue
		}
		n++
		if signature.Contradiction(x.Vendor) != "" {
			r.Ties++
		}
		r.StatusRead = append(r.StatusRead, x.Response.Status)
		r.implied = append(r.implied, x.Reading.Status == "implied")
		if n == c.Primary {
			r.Got = x.Verdict.Class
			r.VerdictOK = ClassMatches(c.Class, r.Got)
			if len(x.Vendor) > 0 {
				r.Listed = x.Vendor[0].Vendor + " / " + x.Vendor[0].Product
			}
			for _, h := range x.Vendor {
				if h.Class == r.Got {
					r.Named = h.Vendor + " / " + h.Product
					break
				}
			}
			if len(x.Verdict.Reasons) > 0 {
				s := x.Verdict.Reasons[0]
				r.Decided = string(s.Kind)
				if s.Rule != "" {
					r.Decided += " " + s.Rule
				}
			}
		}
	}
	if n < c.Primary {
		r.Err = fmt.Sprintf("only %d responses read, primary is #%d", n, c.Primary)
	}
	r.StatusOK = len(r.StatusRead) == len(c.Statuses)
	for i := 0; r.StatusOK && i < len(c.Statuses); i++ {
		// A status implied by a body template (not shown) matches the
		// labelled status or a label of unknown (the status not shown).
		r.StatusOK = r.StatusRead[i] == c.Statuses[i] || r.implied[i] && c.Statuses[i] == 0
	}
	names := rep.FindingNames()
	want := map[string]bool{}
	for _, f := range c.Findings {
		want[f] = true
		if !names[f] {
			r.Missing = append(r.Missing, f)
		}
	}
	for _, v := range Vocabulary {
		if names[v] && !want[v] {
			r.False = append(r.False, v)
		}
	}
	return r
}

// Problem is a fault in the corpus layout (a misplaced file, a label with no file).
type Problem struct{ Text string }

// LoadReal reads testdata/real: every label row whose file sits in tune/ or
// test/, and the layout problems found.
func LoadReal(dir string) ([]*Case, []Problem, error) {
	var cases []*Case
	var probs []Problem
	labels, err := filepath.Glob(filepath.Join(dir, "labels", "*.tsv"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(labels)
	studied, err := readStudied(filepath.Join(dir, StudiedFile))
	if err != nil {
		return nil, nil, err
	}
	labelled := map[string]bool{}
	for _, lf := range labels {
		rows, err := readTSV(lf)
		if err != nil {
			return nil, nil, err
		}
		for _, row := range rows {
			name := row["file"]
			if labelled[name] {
				probs = append(probs, Problem{fmt.Sprintf("%s: %s labelled twice", filepath.Base(lf), name)})
				continue
			}
			labelled[name] = true
			c, err := caseFromRow(row)
			if err != nil {
				probs = append(probs, Problem{fmt.Sprintf("%s: %s: %v", filepath.Base(lf), name, err)})
				continue
			}
			c.Split = SplitOf(name)
			c.Path = filepath.Join(dir, c.Split, name)
			if c.Split == "test" && studied[name] {
				c.Split = "studied"
			}
			if _, err := os.Stat(c.Path); err != nil {
				other := filepath.Join(dir, otherSplit(c.Split), name)
				if _, err2 := os.Stat(other); err2 == nil {
					probs = append(probs, Problem{fmt.Sprintf("%s sits in %s/ but its hash puts it in %s/", name, otherSplit(c.Split), c.Split)})
				} else {
					probs = append(probs, Problem{fmt.Sprintf("%s: labelled in %s but no file in %s/", name, filepath.Base(lf), c.Split)})
				}
				continue
			}
			cases = append(cases, c)
		}
	}
	for _, split := range []string{"tune", "test"} {
		entries, err := os.ReadDir(filepath.Join(dir, split))
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return nil, nil, err
		}
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if SplitOf(e.Name()) != split {
				if !labelled[e.Name()] {
					probs = append(probs, Problem{fmt.Sprintf("%s sits in %s/ but its hash puts it in %s/", e.Name(), split, otherSplit(split))})
				}
				continue
			}
			if !labelled[e.Name()] {
				probs = append(probs, Problem{fmt.Sprintf("%s/%s has no label row", split, e.Name())})
			}
		}
	}
	return cases, probs, nil
}

// StudiedFile names, in the real corpus's directory, the test/ cases that
// were opened to find the general causes of their failures (issue #9 allows
// it): they are scored apart ("studied"), and "test" keeps only the cases
// nobody has looked at since they were written.
const StudiedFile = "studied.txt"

// readStudied reads StudiedFile: one file name per line; blank lines and
// lines starting with '#' are skipped. A missing file studies nothing.
func readStudied(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for l := range strings.Lines(string(b)) {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			out[l] = true
		}
	}
	return out, nil
}

func otherSplit(s string) string {
	if s == "test" {
		return "tune"
	}
	return "test"
}

func caseFromRow(row map[string]string) (*Case, error) {
	c := &Case{Name: row["file"], Family: strings.TrimSpace(row["family"]), Class: strings.TrimSpace(row["expected_class"]),
		Findings: splitList(row["expected_findings"], ";"), Arguable: strings.Contains(row["notes"], "REVIEW:"),
		Vendor: strings.TrimSpace(row["vendor"])}
	if c.Name == "" {
		return nil, fmt.Errorf("no file name")
	}
	switch c.Class {
	case "authentication", "authorization", "not-auth", "ok":
	default:
		return nil, fmt.Errorf("bad expected_class %q", c.Class)
	}
	st, err := parseStatuses(row["status"])
	if err != nil {
		return nil, err
	}
	c.Statuses = st
	p, err := strconv.Atoi(strings.TrimSpace(row["primary"]))
	if err != nil || p < 1 || p > len(st) {
		return nil, fmt.Errorf("bad primary %q for %d statuses", row["primary"], len(st))
	}
	c.Primary = p
	return c, nil
}

func parseStatuses(s string) ([]int, error) {
	var out []int
	for _, f := range splitList(s, ",") {
		if strings.EqualFold(f, "unknown") {
			out = append(out, 0)
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || (n != 0 && (n < 100 || n > 999)) { // 0: a HAR entry that got no response
			return nil, fmt.Errorf("bad status %q", f)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no status")
	}
	return out, nil
}

// LoadCorpus reads the project's copy of the shared corpus (labels.tsv and
// meta.tsv). Its cases carry no family; one is derived from meta's format.
func LoadCorpus(dir string) ([]*Case, error) {
	meta, err := readTSV(filepath.Join(dir, "meta.tsv"))
	if err != nil {
		return nil, err
	}
	byFile := map[string]map[string]string{}
	for _, m := range meta {
		byFile[m["file"]] = m
	}
	rows, err := readTSV(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		return nil, err
	}
	var out []*Case
	for _, row := range rows {
		m, ok := byFile[row["file"]]
		if !ok {
			return nil, fmt.Errorf("meta.tsv has no row for %s", row["file"])
		}
		row["primary"] = m["primary_response"]
		row["family"] = CorpusFamily(m["format"])
		c, err := caseFromRow(row)
		if err != nil {
			return nil, fmt.Errorf("corpus %s: %v", row["file"], err)
		}
		c.Split = "corpus"
		c.Path = filepath.Join(dir, "cases", c.Name)
		out = append(out, c)
	}
	return out, nil
}

// CorpusFamily maps a shared-corpus format description to a family of the
// real corpus (testdata/real/README.md).
func CorpusFamily(format string) string {
	f := strings.ToLower(format)
	switch {
	case strings.Contains(f, "body only"):
		return "body-only"
	case strings.Contains(f, "rendered"), strings.Contains(f, "scanner report"), strings.Contains(f, "documentation"):
		return "page"
	case strings.Contains(f, "sdk exception"), strings.Contains(f, "tuple"), strings.Contains(f, "wire trace"), strings.Contains(f, "httr"):
		return "client-error"
	case strings.Contains(f, "cli error"), strings.Contains(f, "debug log"):
		return "cli-debug"
	}
	return "classic"
}

func readTSV(path string) ([]map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"), "\n")
	if len(lines) == 0 || lines[0] == "" {
		return nil, fmt.Errorf("%s: empty", path)
	}
	head := strings.Split(lines[0], "\t")
	var rows []map[string]string
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		row := map[string]string{}
		for i, h := range head {
			if i < len(cols) {
				row[strings.TrimSpace(h)] = cols[i]
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func splitList(s, sep string) []string {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, f := range strings.Split(s, sep) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
