package flow

import (
	"regexp"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lazyre/lazyretest"
)

// The package's expressions compile on first use (lazyre), not when the
// module starts: every one of them compiles.
func TestExpressionsCompile(t *testing.T) {
	exprs, err := lazyretest.Exprs(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(exprs) == 0 {
		t.Fatal("no lazyre.New found: the test reads the wrong files")
	}
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			t.Errorf("%s: %v", e, err)
		}
	}
}
