package flow

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// Names and Titles are lists (wordlist.Map), where a map literal refused a
// word given twice at compile time: each word is in them once, and each
// cause and flow kind has a name.
func TestNamesAndTitlesOnce(t *testing.T) {
	for list, m := range map[string]wordlist.Map[string]{"Names": Names, "Titles": Titles} {
		if w := m.Repeated(); w != "" {
			t.Errorf("%s holds %q twice", list, w)
		}
		for _, p := range m {
			if p.V == "" {
				t.Errorf("%s: %q has no value", list, p.K)
			}
		}
	}
	for _, id := range []string{StateMismatch, CodeRefused, TokenCORS, SAMLTimeWindow} {
		if Names.Get(id) == "" {
			t.Errorf("cause %s has no name", id)
		}
	}
	if Titles.Get("oauth-code-pkce") == "" || Titles.Get("no-such-kind") != "" {
		t.Errorf("Titles.Get: %q, %q", Titles.Get("oauth-code-pkce"), Titles.Get("no-such-kind"))
	}
}
