package verdict

import "testing"

// ownNetworkBlocks reads a block in the person's own network per clause,
// and a negated one as none.
func TestOwnNetworkBlocks(t *testing.T) {
	for l, want := range map[string]bool{
		"plain http is blocked completely in our corporate network for privacy reasons.": true,
		"our office network is blocking the download host":                               true,
		"other sites are not blocked in our company network, only this api answers":      false,
		"in our company network the call is slow, but it is blocked from home":           false,
		"the api is blocked for everyone":                                                false,
	} {
		if got := ownNetworkBlocks(l); got != want {
			t.Errorf("ownNetworkBlocks(%q) = %v, want %v", l, got, want)
		}
	}
}

// A rule named in a person's words is ruled out by a negation before it
// (RuleNamed), and a change of network "works" only with a word that says
// so, not the "loads" inside "downloads" (networkDecides).
func TestRuleNamedAndNetworkWordsNotMisread(t *testing.T) {
	for l, want := range map[string]bool{
		"the portal is not blocked in our company network; the team opens it": false,
		"the portal is blocked in our company network since monday":           true,
	} {
		if _, got := RuleNamed(l); got != want {
			t.Errorf("RuleNamed(%q) = %v, want %v", l, got, want)
		}
	}
	for l, want := range map[string]bool{
		"from my home network the downloads fail the same way": false,
		"from my home network it loads without a problem":      true,
		"with a vpn turned on it works":                        true,
	} {
		if got := networkDecides(l); got != want {
			t.Errorf("networkDecides(%q) = %v, want %v", l, got, want)
		}
	}
}
