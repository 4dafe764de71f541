package wordlist

import "testing"

func TestSetAndMap(t *testing.T) {
	s := Set{"GET", "POST", ""}
	for w, want := range map[string]bool{"GET": true, "POST": true, "": true, "get": false, "GETX": false, "PUT": false} {
		if s.Has(w) != want {
			t.Errorf("Set.Has(%q) = %v, want %v", w, !want, want)
		}
	}
	if (Set{}).Has("") {
		t.Error(`an empty Set has ""`)
	}
	m := Map[int]{{K: "a", V: 1}, {K: "b", V: 0}}
	for _, c := range []struct {
		w  string
		v  int
		ok bool
	}{{"a", 1, true}, {"b", 0, true}, {"c", 0, false}, {"A", 0, false}} {
		if v, ok := m.Lookup(c.w); v != c.v || ok != c.ok {
			t.Errorf("Map.Lookup(%q) = %v, %v; want %v, %v", c.w, v, ok, c.v, c.ok)
		}
		if v := m.Get(c.w); v != c.v {
			t.Errorf("Map.Get(%q) = %v, want %v", c.w, v, c.v)
		}
	}
}

func TestRepeated(t *testing.T) {
	if w := (Map[int]{{K: "a", V: 1}, {K: "b", V: 2}, {K: "a", V: 3}}).Repeated(); w != "a" {
		t.Errorf("Repeated = %q, want a", w)
	}
	if w := (Map[int]{{K: "a", V: 1}, {K: "b", V: 2}}).Repeated(); w != "" {
		t.Errorf("Repeated = %q, want none", w)
	}
}

func TestSorted(t *testing.T) {
	s := Sorted{"", "accept", "age", "via", "x-cache"}
	if w := s.Unsorted(); w != "" {
		t.Fatalf("Unsorted = %q", w)
	}
	for _, w := range s {
		if !s.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	for _, w := range []string{"a", "accepts", "agf", "zzz", "Accept", "vi"} {
		if s.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
	if (Sorted{}).Has("") {
		t.Error(`an empty Sorted has ""`)
	}
	if w := (Sorted{"b", "a"}).Unsorted(); w != "a" {
		t.Errorf("Unsorted = %q, want a", w)
	}
	if w := (Sorted{"a", "a"}).Unsorted(); w != "a" {
		t.Errorf("Unsorted = %q, want a (repeated)", w)
	}
}
