package parse

import (
	"slices"
	"testing"
)

// firstPlaces yields the first n places of a key, left to right, each past
// the one before, and stops when the caller does.
func TestFirstPlaces(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		n      int
		want   []int
	}{
		{"url=a url=b url=c", "url", 2, []int{0, 6}},
		{"url=a url=b url=c", "url", 4, []int{0, 6, 12}},
		{"aaaa", "aa", 4, []int{0, 2}},
		{"no key here", "url", 4, nil},
	} {
		if got := slices.Collect(firstPlaces(c.s, c.sub, c.n)); !slices.Equal(got, c.want) {
			t.Errorf("firstPlaces(%q, %q, %d) = %v, want %v", c.s, c.sub, c.n, got, c.want)
		}
	}
	for i := range firstPlaces("x x x", "x", 4) {
		if i > 0 {
			t.Errorf("went on to %d after the caller stopped", i)
		}
		break
	}
}
