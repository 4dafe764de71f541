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

// TestSignatureWeighing: every signature kind's usual weight, moved by any
// strength, stays inside its tier; infrastructure kinds weigh at the
// infrastructure tier (the AT8 rules report them); Refines ranks just above
// the protocol tier's OAuth error code it refines; an exception never falls
// back to its kind.
func TestSignatureWeighing(t *testing.T) {
	strengths := []Strength{Faint, Weaker, Weak, Usual, Strong, Stronger}
	for k, u := range signatureWeighing {
		if k.Infra() != (u.tier == TierInfra) {
			t.Errorf("%s: usual tier %d, but Infra() is %v", k, u.tier, k.Infra())
		}
		for _, s := range strengths {
			w := SignatureWeight("", k, s)
			if w < int(u.tier) || w >= int(u.tier)+100 {
				t.Errorf("%s, strength %d: weight %d leaves tier %d", k, s, w, u.tier)
			}
		}
		if SignatureWeight("", k, Weak) >= SignatureWeight("", k, Usual) || SignatureWeight("", k, Strong) <= SignatureWeight("", k, Usual) {
			t.Errorf("%s: strengths out of order", k)
		}
	}
	if w, oauth := SignatureWeight("", KindVendor, Refines), SignOAuthError.Weight(); w <= oauth || w >= oauth+10 {
		t.Errorf("Refines weighs %d, want just above the OAuth error code's %d", w, oauth)
	}
	if SignatureWeight("", Kind("no-such-kind"), Usual) != 0 {
		t.Error("a kind the signature table does not give has a weight")
	}
	for id, e := range signatureExceptions {
		if e.tier == 0 || e.adjust < 0 || e.adjust > 99 {
			t.Errorf("%s: exception %+v out of the tiers", id, e)
		}
		if SignatureWeight(id, KindVendor, Stronger) != e.tier.Weight(e.adjust) {
			t.Errorf("%s: its exception is not what it weighs", id)
		}
	}
}
