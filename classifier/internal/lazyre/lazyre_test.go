package lazyre

import (
	"slices"
	"testing"
)

func TestLazy(t *testing.T) {
	r := New(`a(b+)c`)
	if r.re != nil {
		t.Fatal("compiled before first use")
	}
	if !r.MatchString("xabbc") || r.FindString("xabbcabc") != "abbc" {
		t.Error("does not match like regexp")
	}
	if got := r.FindAllStringSubmatchIndex("abc abbc", -1); !slices.Equal(got[1], []int{4, 8, 5, 7}) {
		t.Errorf("FindAllStringSubmatchIndex = %v", got)
	}
	if r.String() != `a(b+)c` {
		t.Error("String")
	}
}

// TestGuardAndAnchored: the prefilter's places go to Guard, then to
// Anchored in place of the compiled expression, which is never compiled
// when they answer every place.
func TestGuardAndAnchored(t *testing.T) {
	calls := 0
	r := &Regexp{Expr: `id=(\d+)`,
		Guard: func(s string) bool { calls++; return len(s) > 3 && s[3] >= '0' && s[3] <= '9' },
		Anchored: func(s string) []int {
			j := 3
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			return []int{0, j, 3, j}
		}}
	text := "id=x id= id=42;id=7"
	if got := r.FindAllStringSubmatchIndex(text, -1); len(got) != 2 || !slices.Equal(got[0], []int{9, 14, 12, 14}) || !slices.Equal(got[1], []int{15, 19, 18, 19}) {
		t.Errorf("FindAllStringSubmatchIndex = %v", got)
	}
	if got := r.FindStringIndex(text); !slices.Equal(got, []int{9, 14}) {
		t.Errorf("FindStringIndex = %v", got)
	}
	if !r.MatchString(text) || r.MatchString("id=a") {
		t.Error("MatchString")
	}
	if calls == 0 || r.pre == nil || r.pre.anchored != nil || r.re != nil {
		t.Errorf("guard called %d times; anchored expression compiled: %v, whole: %v", calls, r.pre != nil && r.pre.anchored != nil, r.re != nil)
	}
}
