package rules

import "testing"

// unescapedQuotes maps each offset of the text it decodes back to the same
// character of the original.
func TestUnescapedQuotesOffsets(t *testing.T) {
	s := `{"detail":"the \u0027tickets.close\u0027 right, \"ops\" group"}`
	d, at := unescapedQuotes(s)
	if want := `{"detail":"the 'tickets.close' right, "ops" group"}`; d != want {
		t.Fatalf("decoded %q, want %q", d, want)
	}
	for i := 0; i < len(d); i++ {
		if c := d[i]; c != '\'' && c != '"' && s[at(i)] != c {
			t.Errorf("offset %d (%q) maps to %d (%q)", i, c, at(i), s[at(i)])
		}
	}
}
