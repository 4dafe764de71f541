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
