// Command eval scores authtriage on the labelled corpora: the held-out real
// pastes (classifier/testdata/real, split into tune/ and test/ by a hash of the
// file name) and the project's copy of the shared corpus. For each split and
// each family of paste it prints verdict accuracy, the status-only rule's
// accuracy on the same cases, how often every labelled status was read, the
// expected findings found and the false findings per case.
//
//	go run ./internal/eval [-v] [-md] [-real DIR] [-corpus DIR]
//
// -v lists each failing case of tune/ and of the shared corpus with its
// reasons; for test/ it prints only counts per family and cause category,
// never a case's name or content, so that nobody tunes on them. The exit
// status is 1 when a file sits in the wrong split or a label row is broken.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

func main() {
	verbose := flag.Bool("v", false, "list failing tune/ and corpus cases with reasons, and test/ failure counts by cause")
	md := flag.Bool("md", false, "print the tables as Markdown (for the README)")
	realDir := flag.String("real", filepath.Join("classifier", "testdata", "real"), "the held-out corpus")
	corpusDir := flag.String("corpus", filepath.Join("classifier", "testdata", "corpus"), "the copy of the shared corpus")
	vendors := flag.Bool("vendors", false, "print only the attribution measure: tune/ and studied cases whose named product shares no word with the labelled one")
	flag.Parse()
	if *vendors {
		os.Exit(runAttribution(os.Stdout, *realDir))
	}
	os.Exit(run(os.Stdout, *realDir, *corpusDir, *verbose, *md))
}

func run(w io.Writer, realDir, corpusDir string, verbose, md bool) int {
	real, probs, err := LoadReal(realDir)
	if err != nil {
		fmt.Fprintln(w, "eval:", err)
		return 2
	}
	var corpus []*Case
	if corpusDir != "" {
		if corpus, err = LoadCorpus(corpusDir); err != nil {
			fmt.Fprintln(w, "eval:", err)
			return 2
		}
	}
	bySplit := map[string][]*Result{}
	for _, c := range append(real, corpus...) {
		bySplit[c.Split] = append(bySplit[c.Split], Run(c))
	}
	fmt.Fprintln(w, "status-only rule: 401/407 → authentication, 403 → authorization, 404/429 → blocked, 200 → none, else unknown (from the labelled status of the primary response)")
	fmt.Fprintln(w, "status found: every labelled status read, in order (`unknown` matches no status read, or a status only implied by a body template)")
	fmt.Fprintln(w, FalseFindingDefinition)
	for _, split := range []string{"tune", "test", "studied", "corpus"} {
		rs := bySplit[split]
		if split == "studied" && len(rs) == 0 {
			continue
		}
		fmt.Fprintln(w)
		title := map[string]string{"tune": "real/tune", "test": "real/test (held out, never studied)",
			"studied": "real/test, studied for causes (" + StudiedFile + ")", "corpus": "shared corpus"}[split]
		if md {
			fmt.Fprintf(w, "**%s**: %d cases\n\n", title, len(rs))
		} else {
			fmt.Fprintf(w, "%s: %d cases\n", title, len(rs))
		}
		if len(rs) == 0 {
			continue
		}
		printTable(w, rs, md)
		printSlices(w, rs, md)
		if verbose {
			fmt.Fprintln(w)
			if split == "test" {
				printCauseCounts(w, rs)
			} else {
				printFailures(w, rs)
			}
		}
	}
	if len(probs) > 0 {
		fmt.Fprintf(w, "\nlayout problems in %s (%d):\n", realDir, len(probs))
		for _, p := range probs {
			fmt.Fprintln(w, "  "+p.Text)
		}
		return 1
	}
	return 0
}

// row is one line of a table: the sums over a set of results.
type row struct {
	name                                       string
	cases, verdict, statusOnly, status         int
	findingsWant, findingsFound, falseFindings int
}

func sum(name string, rs []*Result) row {
	r := row{name: name, cases: len(rs)}
	for _, x := range rs {
		r.verdict += b2i(x.VerdictOK)
		r.statusOnly += b2i(x.StatusOnlyOK)
		r.status += b2i(x.StatusOK)
		r.findingsWant += x.FindingsWant
		r.findingsFound += x.FindingsWant - len(x.Missing)
		r.falseFindings += len(x.False)
	}
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func familiesOf(rs []*Result) []string {
	seen := map[string]bool{}
	for _, r := range rs {
		seen[r.Case.Family] = true
	}
	var out []string
	for _, f := range Families {
		if seen[f] {
			out = append(out, f)
			delete(seen, f)
		}
	}
	var rest []string
	for f := range seen {
		rest = append(rest, f)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func printTable(w io.Writer, rs []*Result, md bool) {
	var rows []row
	for _, f := range familiesOf(rs) {
		var sub []*Result
		for _, r := range rs {
			if r.Case.Family == f {
				sub = append(sub, r)
			}
		}
		rows = append(rows, sum(f, sub))
	}
	rows = append(rows, sum("all", rs))
	head := []string{"family", "cases", "verdict right", "status-only rule", "status found", "expected findings found", "false findings / case"}
	var cells [][]string
	for _, r := range rows {
		cells = append(cells, []string{r.name, fmt.Sprint(r.cases), pct(r.verdict, r.cases), pct(r.statusOnly, r.cases),
			pct(r.status, r.cases), pct(r.findingsFound, r.findingsWant), fmt.Sprintf("%.2f (%d)", ratio(r.falseFindings, r.cases), r.falseFindings)})
	}
	if md {
		fmt.Fprintln(w, "| "+strings.Join(head, " | ")+" |")
		fmt.Fprintln(w, "|---|"+strings.Repeat("---:|", len(head)-1))
		for _, c := range cells {
			fmt.Fprintln(w, "| "+strings.Join(c, " | ")+" |")
		}
		return
	}
	width := make([]int, len(head))
	for i, h := range head {
		width[i] = len([]rune(h))
	}
	for _, c := range cells {
		for i, s := range c {
			width[i] = max(width[i], len([]rune(s)))
		}
	}
	line := func(c []string) {
		var b strings.Builder
		for i, s := range c {
			pad := strings.Repeat(" ", width[i]-len([]rune(s)))
			if i == 0 {
				b.WriteString(s + pad)
			} else {
				b.WriteString("  " + pad + s)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	line(head)
	for _, c := range cells {
		line(c)
	}
}

func pct(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d %.0f%%", n, d, 100*float64(n)/float64(d))
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// printFailures lists each case with a cause (tune/ and the shared corpus only).
func printFailures(w io.Writer, rs []*Result) {
	sorted := slices.Clone(rs)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Case.Name < sorted[j].Case.Name })
	n := 0
	for _, r := range sorted {
		causes := r.Causes()
		if len(causes) == 0 {
			continue
		}
		n++
		got := string(r.Got)
		if r.Err != "" {
			got = "(" + r.Err + ")"
		}
		fmt.Fprintf(w, "%s [%s] label %s, got %s", r.Case.Name, r.Case.Family, r.Case.Class, got)
		if r.Decided != "" {
			fmt.Fprintf(w, " by %s", r.Decided)
		}
		fmt.Fprintln(w)
		if !r.StatusOK {
			fmt.Fprintf(w, "    status labelled %s, read %s\n", statuses(r.Case.Statuses), statuses(r.StatusRead))
		}
		for _, c := range causes {
			if !strings.HasPrefix(c, "status") {
				fmt.Fprintln(w, "    "+c)
			}
		}
	}
	if n == 0 {
		fmt.Fprintln(w, "no failing case")
	}
}

func statuses(s []int) string {
	if len(s) == 0 {
		return "none"
	}
	var out []string
	for _, n := range s {
		if n == 0 {
			out = append(out, "unknown")
		} else {
			out = append(out, fmt.Sprint(n))
		}
	}
	return strings.Join(out, ",")
}

// printCauseCounts prints, for test/, how many cases of each family fail for
// each cause category: no names, no content.
func printCauseCounts(w io.Writer, rs []*Result) {
	counts := map[string]map[string]int{}
	for _, r := range rs {
		for _, c := range r.Causes() {
			if counts[c] == nil {
				counts[c] = map[string]int{}
			}
			counts[c][r.Case.Family]++
		}
	}
	if len(counts) == 0 {
		fmt.Fprintln(w, "no failing case")
		return
	}
	var causes []string
	for c := range counts {
		causes = append(causes, c)
	}
	sort.Strings(causes)
	fmt.Fprintln(w, "failures by cause (held out: counts only)")
	for _, c := range causes {
		var parts []string
		total := 0
		for _, f := range familiesOf(rs) {
			if n := counts[c][f]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", f, n))
				total += n
			}
		}
		fmt.Fprintf(w, "  %-58s %3d  (%s)\n", c, total, strings.Join(parts, ", "))
	}
}

// statusMisuse names the findings that mark a status that misstates the
// refusal (issue #10's "status-misuse cases").
var statusMisuse = map[string]bool{"authn-failure-as-403": true, "auth-failure-as-200": true, "authz-failure-as-401": true,
	"bearer-insufficient-scope-on-401": true}

// printSlices prints verdict accuracy on two slices issue #10 measures: the
// cases labelled not-auth (the blocked class) and the status-misuse cases.
func printSlices(w io.Writer, rs []*Result, md bool) {
	var blocked, misuse []*Result
	for _, r := range rs {
		if r.Case.Class == "not-auth" {
			blocked = append(blocked, r)
		}
		for _, f := range r.Case.Findings {
			if statusMisuse[f] {
				misuse = append(misuse, r)
				break
			}
		}
	}
	b, m := sum("", blocked), sum("", misuse)
	ties := 0
	for _, r := range rs {
		if r.Ties > 0 {
			ties++
		}
	}
	var firm []*Result
	for _, r := range rs {
		if !r.Case.Arguable {
			firm = append(firm, r)
		}
	}
	f := sum("", firm)
	line := fmt.Sprintf("verdict right on the not-auth (blocked-class) cases: %s; on the status-misuse cases (expected %s): %s; on the cases whose label is not marked arguable (REVIEW:): %s; cases where two signatures tie: %d",
		pct(b.verdict, b.cases), "authn-failure-as-403, auth-failure-as-200, authz-failure-as-401 or bearer-insufficient-scope-on-401", pct(m.verdict, m.cases), pct(f.verdict, f.cases), ties)
	if md {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, line)
	if md {
		fmt.Fprintln(w)
	}
}

func runAttribution(w io.Writer, realDir string) int {
	real, _, err := LoadReal(realDir)
	if err != nil {
		fmt.Fprintln(w, "eval:", err)
		return 2
	}
	bySplit := map[string][]*Result{}
	for _, c := range real {
		if c.Split == "tune" || c.Split == "studied" {
			bySplit[c.Split] = append(bySplit[c.Split], Run(c))
		}
	}
	for _, split := range []string{"tune", "studied"} {
		printAttribution(w, split, bySplit[split])
	}
	return 0
}
