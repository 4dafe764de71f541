// Package house holds checks on the repository itself rather than on what
// the classifier answers.
package house

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// foreignNotice matches the notices that come with code taken from
// elsewhere: a copyright line, an SPDX tag, a licence pointer.
var foreignNotice = regexp.MustCompile(`(?i)copyright (\(c\)|©|\d{4})|SPDX-Licen[s]e-Identifier|licen[cs]e that can be found`)

// TestNoCopiedCode holds the developers' rule that code and prose from
// elsewhere are not copied into the tree (facts and figures may be used; a
// maintained module is depended on, not pasted in): no source, page or
// script file carries another author's copyright or licence notice. Test
// data (real pastes) is exempt, as are the installed npm packages.
func TestNoCopiedCode(t *testing.T) {
	root := repoRoot(t)
	checked := 0
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules", "testdata", "dist":
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".js", ".mjs", ".css", ".html", ".sh":
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		checked++
		if loc := foreignNotice.FindIndex(b); loc != nil {
			name, _ := filepath.Rel(root, p)
			line := 1 + strings.Count(string(b[:loc[0]]), "\n")
			t.Errorf("%s:%d carries a copyright or licence notice (%q): code from elsewhere is not copied into the tree (developers' guide, Standards) — write your own, or depend on a maintained module; removing the notice from copied code is not a fix", name, line, b[loc[0]:loc[1]])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("checked only %d files: the listing looks wrong", checked)
	}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s", dir)
	}
	return dir
}
