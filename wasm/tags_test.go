//go:build !js

package main

import (
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// jsOnly reports whether expr holds for js/wasm and for no native target.
func jsOnly(expr constraint.Expr) bool {
	on := func(goos, goarch string) bool {
		return expr.Eval(func(tag string) bool { return tag == goos || tag == goarch })
	}
	return on("js", "wasm") && !on("linux", "amd64") && !on("darwin", "arm64") && !on("windows", "amd64") && !on("wasip1", "wasm")
}

// Every file in this directory that touches JavaScript must build only for
// js/wasm, and every other non-test file must say which targets it is for,
// so that `go vet ./...` works natively and under GOOS=js alike.
func TestBuildConstraints(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files here (%v)", err)
	}
	fset := token.NewFileSet()
	jsFiles, stubs := 0, 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		var expr constraint.Expr
		for _, c := range f.Comments {
			if c.Pos() > f.Package {
				break
			}
			for _, l := range c.List {
				if constraint.IsGoBuild(l.Text) {
					if expr, err = constraint.Parse(l.Text); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
				}
			}
		}
		touchesJS := false
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if p == "syscall/js" || strings.HasPrefix(p, "github.com/hack-pad/safejs") {
				touchesJS = true
			}
		}
		switch {
		case touchesJS:
			if expr == nil || !jsOnly(expr) {
				t.Errorf("%s imports JavaScript bindings but lacks //go:build js && wasm", name)
			}
			jsFiles++
		case name == "main_other.go":
			if expr == nil || expr.Eval(func(tag string) bool { return tag == "js" || tag == "wasm" }) {
				t.Errorf("%s must be excluded from js/wasm builds: //go:build !(js && wasm)", name)
			}
			stubs++
		case strings.HasSuffix(name, "_test.go"), name == "analyze.go", name == "session.go", name == "decode.go":
			// Portable on purpose: the JSON-only half of the bridge and its tests.
		default:
			if expr == nil {
				t.Errorf("%s has no //go:build line; say which targets it is for", name)
			}
		}
	}
	if jsFiles == 0 || stubs != 1 {
		t.Errorf("found %d js/wasm files and %d native stubs, want at least 1 and exactly 1", jsFiles, stubs)
	}
}
