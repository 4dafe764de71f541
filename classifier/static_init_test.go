//go:build !js

package classifier_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The classifier's tables (the rules, their references, the vendor
// signatures) are laid out as data by the compiler, not built by code at
// start: code built at start is downloaded, compiled by the browser before
// the bridge is ready and run on every visit. The compiler stops laying a
// package's variables out statically once one variable's initialiser calls
// a function or appends (an `append` in one declaration made rules.init
// 48 KB of code); its -d=staticcopy=1 report names every copy it then
// skips, and must name none.
func TestTablesLaidOutStatically(t *testing.T) {
	cmd := exec.Command("go", "build", "-gcflags=github.com/authtriage/authtriage/classifier/...=-d=staticcopy=1", "./classifier/...")
	cmd.Dir = ".." // the module root
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var skipped []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "skipping static copy") {
			skipped = append(skipped, l)
		}
	}
	if len(skipped) > 0 {
		t.Errorf("%d parts of package variables are built with code at start (copies the compiler skipped); the first follows a declaration that calls a function or appends (move that into an init function):\n%s",
			len(skipped), strings.Join(skipped[:min(len(skipped), 5)], "\n"))
	}
}
