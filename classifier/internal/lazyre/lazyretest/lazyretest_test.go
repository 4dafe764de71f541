package lazyretest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestExprs(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nimport \"x/lazyre\"\n\nconst a = `b+`\nconst c = \"(\" + a + \")\"\n\nvar (\n\tr1 = lazyre.New(`x` + c)\n\tr2 = lazyre.New(\"y\\\\d\")\n\tr5 = &lazyre.Regexp{Expr: a + \"z\"}\n)\n"
	os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644)
	os.WriteFile(filepath.Join(dir, "p_test.go"), []byte("package p\n\nvar r3 = lazyre.New(`ignored`)\n"), 0o644)
	got, err := Exprs(dir)
	if err != nil || !slices.Equal(got, []string{"x(b+)", `y\d`, "b+z"}) {
		t.Fatalf("Exprs = %q, %v", got, err)
	}
	os.WriteFile(filepath.Join(dir, "q.go"), []byte("package p\n\nvar r4 = lazyre.New(f())\n"), 0o644)
	if _, err := Exprs(dir); err == nil {
		t.Error("a non-constant argument is not an error")
	}
}
