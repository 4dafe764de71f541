// Command gendocs writes the rule reference from the rule values themselves:
// docs/rules.md for the repository and web/rules.html for the page, where each
// finding links to rules.html#<ID>. Nothing in either file is written by hand,
// so the reference cannot drift from the code; TestDocsUpToDate fails when
// the committed files are stale.
//
// Run it from anywhere in the module:
//
//	go generate ./classifier        (or go generate ./...)
//	go run ./classifier/internal/gendocs
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/authtriage/authtriage/classifier/rules"
)

// The generated files, relative to the module root.
var (
	markdownPath = filepath.Join("docs", "rules.md")
	htmlPath     = filepath.Join("web", "rules.html")
)

func main() {
	root := flag.String("root", "", "module root (default: the directory holding go.mod, searched upwards)")
	flag.Parse()
	if err := run(*root, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "gendocs: %v\n", err)
		os.Exit(1)
	}
}

// run renders both files under root, rewriting only those that changed, and
// says which it wrote on log.
func run(root string, log io.Writer) error {
	if root == "" {
		var err error
		if root, err = moduleRoot(); err != nil {
			return err
		}
	}
	md := renderMarkdown(rules.All)
	page, err := renderHTML(rules.All)
	if err != nil {
		return err
	}
	for _, out := range []struct {
		path string
		data []byte
	}{{markdownPath, md}, {htmlPath, page}} {
		p := filepath.Join(root, out.path)
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, out.data) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, out.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(log, "gendocs: wrote %s (%d rules)\n", out.path, len(rules.All))
	}
	return nil
}

// moduleRoot finds the directory of the go.mod declaring this module, from
// the working directory upwards (go generate runs in classifier/).
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(b), "module github.com/authtriage/authtriage\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod for github.com/authtriage/authtriage above the working directory; pass -root")
		}
		dir = parent
	}
}
