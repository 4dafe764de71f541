package parse

import "testing"

// TestStartUpLists checks the lists read in place of tables that were
// built at start-up (issue #14): registeredNames is sorted, so that its
// binary search finds every name, and every DevTools alias counts as a
// "General" and a known name, as when it was copied into both maps.
func TestStartUpLists(t *testing.T) {
	if w := registeredNames.Unsorted(); w != "" {
		t.Errorf("registeredNames: %q is out of order or repeated", w)
	}
	for _, n := range registeredNames {
		if !registeredNames.Has(n) {
			t.Errorf("registeredNames.Has(%q) = false", n)
		}
	}
	for k := range generalAliases {
		if !isGeneralName(k) || !isKnownName(k) {
			t.Errorf("alias %q: general %v, known %v", k, isGeneralName(k), isKnownName(k))
		}
	}
	for n := range generalNames {
		if !isGeneralName(n) || !isKnownName(n) {
			t.Errorf("general name %q: general %v, known %v", n, isGeneralName(n), isKnownName(n))
		}
	}
	if isGeneralName("content-type") || !isKnownName("content-type") || isKnownName("warning") {
		t.Error("isGeneralName or isKnownName answers a plain field name wrongly")
	}
}

// TestCodeOfName holds the written-out codeOfName to reasonOf squashed,
// and the three older names.
func TestCodeOfName(t *testing.T) {
	want := map[string]int{"requestentitytoolarge": 413, "requesturitoolong": 414, "unprocessablecontent": 422}
	for c, r := range reasonOf {
		want[squash(r)] = c
	}
	if len(codeOfName) != len(want) {
		t.Errorf("codeOfName has %d names, want %d", len(codeOfName), len(want))
	}
	for n, c := range want {
		if got, ok := codeOfName[n]; !ok || got != c {
			t.Errorf("codeOfName[%q] = %d, %v; want %d", n, got, ok, c)
		}
	}
}
