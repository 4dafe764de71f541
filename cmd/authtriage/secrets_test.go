package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/internal/planted"
)

// Every planted credential, in every paste form, is masked in every format
// the command writes; with -keep-secrets the same check finds them, so it
// is not blind.
func TestPlantedSecretsMasked(t *testing.T) {
	dir := t.TempDir()
	masked, total, kept := 0, 0, 0
	for _, c := range planted.Cases() {
		file := filepath.Join(dir, c.Name+".txt")
		if err := os.WriteFile(file, []byte(c.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"-format", "text"}, {"-format", "text", "-summary"}, {"-format", "json"}, {"-format", "sarif"}, {"-format", "markdown"}} {
			format := strings.Join(args[1:], " ")
			r := runCmd(t, "", append(args, file)...)
			out := r.stdout + r.stderr
			if len(out) < 50 {
				t.Errorf("%s, %s: no report:\n%s", c.Name, format, out)
			}
			leaks := planted.Leaks(out, c)
			total += len(c.Values) + len(c.Derived)
			masked += len(c.Values) + len(c.Derived) - len(leaks)
			if len(leaks) > 0 {
				t.Errorf("%s, -format %s: %d credentials not masked: %q", c.Name, format, len(leaks), leaks)
			}
			k := runCmd(t, "", append(args, "-keep-secrets", file)...)
			kept += len(planted.Leaks(k.stdout+k.stderr, c))
		}
	}
	t.Logf("%d of %d planted credentials masked over every format; %d shown with -keep-secrets", masked, total, kept)
	if kept == 0 {
		t.Error("with -keep-secrets no planted credential is in any output: the check is blind")
	}
}
