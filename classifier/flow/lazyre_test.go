package flow

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
)

// The SAML reader's expressions compile on first use (lazyre), not when the
// module starts: every one of them compiles.
func TestExpressionsCompile(t *testing.T) {
	if expr, err := lazyre.AllValid(); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}
