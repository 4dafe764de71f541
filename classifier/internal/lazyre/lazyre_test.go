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
