// Package lazyretest finds, for a package's tests, every expression the
// package passes to lazyre.New or writes as a lazyre.Regexp literal, so
// that they can all be compiled before one is first used. It reads the
// package's source: lazyre keeps no list (a call with a side effect while
// a package's variables initialise would make the compiler build the
// rules' table with code at start).
package lazyretest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Exprs returns the expressions passed to lazyre.New, or written as
// lazyre.Regexp{Expr: …}, in the non-test Go files of dir. Each must be a constant made of string literals, the
// package's string constants and +; anything else is an error.
func Exprs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, af)
	}
	// The package's constants, by name, unevaluated.
	consts := map[string]ast.Expr{}
	for _, af := range parsed {
		for _, d := range af.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						consts[n.Name] = vs.Values[i]
					}
				}
			}
		}
	}
	var eval func(e ast.Expr, depth int) (string, error)
	eval = func(e ast.Expr, depth int) (string, error) {
		if depth > 50 {
			return "", fmt.Errorf("constant too deep")
		}
		switch e := e.(type) {
		case *ast.BasicLit:
			if e.Kind == token.STRING {
				return strconv.Unquote(e.Value)
			}
		case *ast.ParenExpr:
			return eval(e.X, depth+1)
		case *ast.BinaryExpr:
			if e.Op == token.ADD {
				a, err := eval(e.X, depth+1)
				if err != nil {
					return "", err
				}
				b, err := eval(e.Y, depth+1)
				return a + b, err
			}
		case *ast.Ident:
			if c, ok := consts[e.Name]; ok {
				return eval(c, depth+1)
			}
		}
		return "", fmt.Errorf("%s: not a string constant lazyretest can read", fset.Position(e.Pos()))
	}
	var out []string
	var errs []error
	for _, af := range parsed {
		ast.Inspect(af, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok && isLazyre(lit.Type, "Regexp") {
				for _, el := range lit.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if k, isIdent := kv.Key.(*ast.Ident); !ok || !isIdent || k.Name != "Expr" {
						continue
					}
					s, err := eval(kv.Value, 0)
					if err != nil {
						errs = append(errs, err)
						return true
					}
					out = append(out, s)
				}
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if !isLazyre(call.Fun, "New") {
				return true
			}
			if len(call.Args) != 1 {
				errs = append(errs, fmt.Errorf("%s: lazyre.New with %d arguments", fset.Position(call.Pos()), len(call.Args)))
				return true
			}
			s, err := eval(call.Args[0], 0)
			if err != nil {
				errs = append(errs, err)
				return true
			}
			out = append(out, s)
			return true
		})
	}
	if len(errs) > 0 {
		return out, errs[0]
	}
	return out, nil
}

// isLazyre reports whether e is lazyre.name.
func isLazyre(e ast.Expr, name string) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Name == "lazyre"
}

// CompileAll is a package's whole test: it finds the expressions of dir's
// lazyre.New calls and lazyre.Regexp literals and compiles every one, failing t for each that does not
// compile, or when none is found (the test would read the wrong files).
func CompileAll(t *testing.T, dir string) {
	t.Helper()
	exprs, err := Exprs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(exprs) == 0 {
		t.Fatal("no lazyre expression found: the test reads the wrong files")
	}
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			t.Errorf("%s: %v", e, err)
		}
	}
}

// SameAnchored holds a lazyre.Regexp's hand-written Guard and Anchored
// (either may be nil) to its expression
// at every offset of every text (texts with a Kelvin sign or a long s
// excepted: the prefilter hands those to regexp): Anchored's submatches
// must be regexp's for ^(?:expr), and Guard must pass wherever that
// expression matches. It returns how many offsets matched, so that a test
// can check its texts reach the matches.
func SameAnchored(t *testing.T, expr string, guard func(string) bool, anchored func(string) []int, texts []string) (matches int) {
	t.Helper()
	if guard == nil && anchored == nil {
		t.Fatalf("%s: neither Guard nor Anchored", expr)
	}
	re := regexp.MustCompile(`^(?:` + expr + `)`)
	for _, s := range texts {
		if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
			continue
		}
		for i := 0; i <= len(s); i++ {
			want := re.FindStringSubmatchIndex(s[i:])
			if want != nil {
				matches++
			}
			if guard != nil && want != nil && !guard(s[i:]) {
				t.Errorf("%s: Guard refuses %q, which matches", expr, s[i:])
			}
			if anchored != nil {
				if got := anchored(s[i:]); !slices.Equal(got, want) {
					t.Errorf("%s: Anchored(%q) = %v, regexp says %v", expr, s[i:], got, want)
				}
			}
		}
	}
	return matches
}
