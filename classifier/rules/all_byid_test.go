package rules

import "testing"

// TestByID finds every rule of the catalogue by its ID, and nothing for an
// unknown one.
func TestByID(t *testing.T) {
	for _, r := range All {
		if got := ByID(r.ID); got == nil || got.ID != r.ID {
			t.Errorf("ByID(%q) = %v", r.ID, got)
		}
	}
	for _, id := range []string{"", "AT0000x", "ZZ9999", "A"} {
		if got := ByID(id); got != nil {
			t.Errorf("ByID(%q) = %v, want nil", id, got.ID)
		}
	}
}
