//go:build !js

package flow

import (
	"bytes"
	"compress/flate"
	"io"
	"os"
	"os/exec"
	"testing"
)

// The fixed block's code tables are built by the first stream that has a
// fixed block, not at start-up (a SAML redirect is rare in a paste). Checked
// in a fresh process of this test binary, where nothing has inflated yet.
func TestFixedCodesBuiltOnFirstUse(t *testing.T) {
	if os.Getenv("AUTHTRIAGE_FRESH_INFLATE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFixedCodesBuiltOnFirstUse$", "-test.count=1")
		cmd.Env = append(os.Environ(), "AUTHTRIAGE_FRESH_INFLATE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("in a fresh process: %v\n%s", err, out)
		}
		return
	}
	if len(fixedLit.symbol) != 0 {
		t.Fatal("the fixed codes were built at start-up")
	}
	// One final block of fixed codes (BTYPE 01), as zlib writes it with
	// Z_FIXED.
	fixed := []byte{0x0b, 0x76, 0xf4, 0xf5, 0x09, 0x4a, 0x2d, 0x2c, 0x4d, 0x2d, 0x2e, 0x51, 0x48, 0xcb, 0x2f, 0x52,
		0x28, 0xc9, 0x48, 0x55, 0x48, 0xcb, 0xac, 0x48, 0x4d, 0x51, 0x48, 0xce, 0x4f, 0x49, 0x2d, 0x06, 0x00}
	want, err := io.ReadAll(flate.NewReader(bytes.NewReader(fixed)))
	if err != nil || string(want) != "SAMLRequest for the fixed codes" {
		t.Fatalf("compress/flate: %q, %v", want, err)
	}
	if out, ok := inflate(fixed, 1<<10); !ok || !bytes.Equal(out, want) {
		t.Fatalf("inflate: %q, %v; want %q", out, ok, want)
	}
	if len(fixedLit.symbol) != 288 {
		t.Errorf("a fixed block was decoded with %d fixed literal codes built, want 288", len(fixedLit.symbol))
	}
}
