package flow

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lazyre/lazyretest"
)

// The package's expressions compile on first use (lazyre), not when the
// module starts: every one of them compiles.
func TestExpressionsCompile(t *testing.T) { lazyretest.CompileAll(t, ".") }
