//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// goList runs `go list` from the module root with extra environment.
func goList(t *testing.T, env []string, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	return strings.Fields(string(out))
}

// net/http would double the wasm download and the page must not fetch
// anything anyway; the parser uses its own reader.
func TestWasmDepsExcludeNetHTTP(t *testing.T) {
	deps := goList(t, []string{"GOOS=js", "GOARCH=wasm"}, "-deps", "./wasm")
	found := map[string]bool{}
	for _, d := range deps {
		found[d] = true
	}
	if !found["github.com/hack-pad/safejs"] || !found["github.com/authtriage/authtriage/classifier"] {
		t.Fatalf("go list -deps ./wasm looks wrong (no safejs or classifier):\n%s", strings.Join(deps, "\n"))
	}
	for _, bad := range []string{"net/http"} {
		if found[bad] {
			t.Errorf("the wasm build depends on %s", bad)
		}
	}
}

// The classifier stays pure Go for both targets: JavaScript is the bridge's
// business alone.
func TestClassifierDoesNotImportJS(t *testing.T) {
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		lines := goList(t, env, "-deps", "-test", "-f", "{{.ImportPath}}:{{join .Imports \",\"}}", "./classifier/...")
		n := 0
		for _, l := range lines {
			pkg, imps, _ := strings.Cut(l, ":")
			if !strings.HasPrefix(pkg, "github.com/authtriage/authtriage/classifier") {
				continue
			}
			n++
			for _, imp := range strings.Split(imps, ",") {
				if imp == "syscall/js" || strings.HasPrefix(imp, "github.com/hack-pad/safejs") {
					t.Errorf("%v: %s imports %s", env, pkg, imp)
				}
			}
		}
		if n == 0 {
			t.Fatalf("%v: go list found no classifier packages", env)
		}
	}
}
