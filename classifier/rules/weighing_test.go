package rules_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesSayWhatTheySaw: signals from the rules, the verdict and the flows
// name a rule.Sign and leave Kind and Weight to the weighing table
// (rule/weigh.go); no file of theirs spells a signal's kind or weight.
func TestRulesSayWhatTheySaw(t *testing.T) {
	for _, dir := range []string{".", "../verdict", "../flow"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					if !isSignalType(n.Type) {
						return true
					}
					for _, e := range n.Elts {
						if kv, ok := e.(*ast.KeyValueExpr); ok {
							if k, ok := kv.Key.(*ast.Ident); ok && (k.Name == "Weight" || k.Name == "Kind") {
								t.Errorf("%s: a signal spells its %s; give its Sign instead", fset.Position(kv.Pos()), k.Name)
							}
						}
					}
				case *ast.AssignStmt:
					for _, l := range n.Lhs {
						if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Weight" {
							t.Errorf("%s: a weight is set outside the weighing table", fset.Position(sel.Pos()))
						}
					}
				}
				return true
			})
		}
	}
}

func isSignalType(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "rule" && (sel.Sel.Name == "Signal" || sel.Sel.Name == "VendorHit")
}
