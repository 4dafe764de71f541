package classifier_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// TestFindingsOrdered checks that every exchange's findings come most severe
// first and, within a severity, by the line of their first evidence.
func TestFindingsOrdered(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	more, _ := filepath.Glob(filepath.Join("rules", "testdata", "AT*", "*.txt"))
	paths = append(paths, more...)
	checked := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		rep, err := classifier.Analyze(string(src), classifier.Options{})
		if err != nil {
			continue
		}
		for _, x := range rep.Exchanges {
			for i := 1; i < len(x.Findings); i++ {
				a, b := x.Findings[i-1], x.Findings[i]
				if a.Severity < b.Severity {
					t.Errorf("%s: exchange %d: %s (%s) before %s (%s)", p, x.Index, a.Rule, a.Severity, b.Rule, b.Severity)
				}
				if a.Severity == b.Severity && len(a.Evidence) > 0 && len(b.Evidence) > 0 && a.Evidence[0].Pos.Line > b.Evidence[0].Pos.Line {
					t.Errorf("%s: exchange %d: %s (line %d) before %s (line %d)", p, x.Index, a.Rule, a.Evidence[0].Pos.Line, b.Rule, b.Evidence[0].Pos.Line)
				}
			}
			if len(x.Findings) > 1 {
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no exchange with two findings or more was checked")
	}
}
