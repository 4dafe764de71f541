package rule

import "testing"

// TestWeighingTable: every sign has a kind and a tier, and its weight stays
// within reach of its tier (an adjustment orders signals inside a tier; it
// never lifts one into the next).
func TestWeighingTable(t *testing.T) {
	for g := signNone + 1; g < signCount; g++ {
		w := weighing[g]
		if w.kind == "" || w.tier == 0 {
			t.Errorf("sign %d: no kind or tier in the weighing table", g)
			continue
		}
		if w.adjust < -10 || w.adjust > 99 {
			t.Errorf("sign %d (%s): adjustment %d leaves its tier", g, w.kind, w.adjust)
		}
		if got := g.Signal(Authentication, "", nil); got.Kind != w.kind || got.Weight != w.tier.Weight(w.adjust) {
			t.Errorf("sign %d: Signal gives kind %q weight %d", g, got.Kind, got.Weight)
		}
	}
	if s := (Signal{Kind: KindVendor, Weight: 445}).Weigh(); s.Kind != KindVendor || s.Weight != 445 {
		t.Errorf("a signal without a sign lost its own kind or weight: %+v", s)
	}
}
