package classifier

import (
	"strings"
	"testing"
)

// firstFindings analyses paste and returns the names of its first
// exchange's findings, each followed by a space, for tests that look for
// one name with strings.Contains.
func firstFindings(t *testing.T, paste string) string {
	t.Helper()
	rep, err := Analyze(paste, Options{})
	if err != nil || len(rep.Exchanges) == 0 {
		t.Fatalf("not read: %v", err)
	}
	var b strings.Builder
	for _, f := range rep.Exchanges[0].Findings {
		b.WriteString(f.Name + " ")
	}
	return b.String()
}
