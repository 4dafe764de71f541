// Package house holds checks on the repository itself rather than on what
// the classifier answers.
package house

import (
	"bytes"
	"io"
	"os"
	"os/exec"
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

// buildOutputMagic are the first bytes of what `go build` and the wasm build
// write: ELF, a wasm module, a Mach-O image (both byte orders) and a Windows
// PE image.
var buildOutputMagic = [][]byte{{0x7f, 'E', 'L', 'F'}, {0, 'a', 's', 'm'}, {0xcf, 0xfa, 0xed, 0xfe}, {0xfe, 0xed, 0xfa, 0xcf}, {'M', 'Z'}}

// TestNoBuildOutputTracked holds the tree to sources: no file git tracks is
// a compiled program (a `go build ./cmd/authtriage` at the top level once
// put a 7 MB binary into a merge). Build output goes to dist/ and bin/,
// which .gitignore keeps out. Skipped outside a git checkout.
func TestNoBuildOutputTracked(t *testing.T) {
	root := repoRoot(t)
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("not a git checkout (or no git): %v", err)
	}
	files := strings.Split(strings.TrimRight(string(out), "\x00"), "\x00")
	if len(files) < 100 {
		t.Fatalf("git lists only %d files: the listing looks wrong", len(files))
	}
	for _, name := range files {
		f, err := os.Open(filepath.Join(root, name))
		if err != nil {
			continue // deleted in the working tree, not yet committed
		}
		head := make([]byte, 4)
		n, _ := io.ReadFull(f, head)
		f.Close()
		for _, m := range buildOutputMagic {
			if n >= len(m) && bytes.Equal(head[:len(m)], m) {
				t.Errorf("%s is tracked and is a compiled program (starts % x): build into bin/ or dist/, and git rm --cached it", name, m)
			}
		}
	}
}
