package rules

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
)

// The rules' expressions compile on first use (lazyre): every one of them
// compiles.
func TestExpressionsCompile(t *testing.T) {
	if expr, err := lazyre.AllValid(); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}
